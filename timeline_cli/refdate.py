"""Choosing the reference date: the option, a publication date in the first lines, or an
estimate from the dates the text speaks of in the past and ahead."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from .discourse import Tenses
from .grammar import Grammar
from .model import Granularity as G
from .model import Kind, Mention, Reference, Resolution
from .refsources import first_line_date
from .resolve import Context, resolve

_HEAD_LINES = 6
_TOP = 2000  # characters where a date line may open the document (refsources.first_line_date)
_ONE_DAY = dt.timedelta(days=1)
_YEAR = 366  # days: a weekday + day joins the estimate only this near to it
_YEARS = 2  # the rank of a year (or coarser): only a year spoken of ahead bounds the estimate


def _absolute(m: Mention) -> bool:
    f = m.frame
    return (
        m.frame_end is None
        and f.origin is None
        and f.deictic is None
        and not f.bc
        and f.kind in (Kind.DATE, Kind.TIME)
        and (f.year is not None or f.decade is not None)
    )


def stated_reference(text: str, grammar: Grammar, mentions: Sequence[Mention]) -> Reference | None:
    """A publication date stated in the document's first lines: "Publié le 15/09/2015",
    "Published September 15, 2015", a `date:` front-matter line."""
    cue = grammar.publication_cue
    offset = 0
    for line in text.splitlines(keepends=True)[:_HEAD_LINES]:
        end = offset + len(line)
        if cue.search(line):  # the cue "date" also finds a `date:` front-matter line
            for m in mentions:
                if offset <= m.start < end and _absolute(m):
                    res = resolve(m, Context(dt.date.today()))
                    if res.start is not None and res.granularity in (G.DAY, G.TIME, G.PART_OF_DAY):
                        return Reference(res.start, "document", line.strip()[:80])
        offset = end
    return None


def _rank(res: Resolution) -> int:
    """0: a day or finer, 1: a month, week, quarter or season, 2: a year or coarser."""
    if res.granularity in (G.DAY, G.TIME, G.PART_OF_DAY):
        return 0
    return 2 if res.granularity in (G.YEAR, G.DECADE, G.CENTURY) else 1


def estimated_reference(
    mentions: Sequence[Mention], text: str = "", grammar: Grammar | None = None
) -> Reference | None:
    """The reference date a text without one implies: the latest date it speaks of in the
    past or without tense (a whole period spoken of in the past is over: the day after it),
    the most precise ones first; not after a date it speaks of only ahead; a weekday with a
    day of the month ("Tuesday, June 30") joins as the nearest such day that agrees."""
    today = dt.date.today()
    tenses = Tenses(text, grammar) if grammar is not None and text else None
    sentences = grammar.sentences(text) if tenses is not None and grammar is not None else []
    starts = [s for s, _ in sentences]
    best: dict[int, tuple[dt.date, str]] = {}
    past = _Later()  # the latest month or year spoken of in the past
    ahead: list[tuple[dt.date, int, str]] = []
    spoken: set[int] = set()  # years of the dates spoken of in the past or without tense
    pinned: list[tuple[Mention, int]] = []
    for m in mentions:
        tense = 0
        if tenses is not None and sentences:
            tense = tenses.of(sentences[max(bisect.bisect_right(starts, m.start) - 1, 0)], m)
        if m.frame_end is not None:  # a range counts as its end: "1827 – 18 July 1890"
            m = replace(m, frame=m.frame_end, frame_end=None, relation=None)
        if not _absolute(m):
            f = m.frame
            if f.weekday is not None and f.day is not None and f.month is not None and not f.year:
                pinned.append((m, tense))
            continue
        res = resolve(m, Context(today))
        if res.start is None or res.end is None or res.granularity is None:
            continue
        if tense > 0 and _rank(res) == _YEARS:  # a year spoken of ahead: the reference is
            ahead.append((res.end, res.start.year, f"{m.text!r} is ahead"))  # not after it
            continue
        day, why = res.start, f"{m.text!r}"
        if tense < 0 and _rank(res) > 0:
            day, why = res.end + _ONE_DAY, f"after {m.text!r}, spoken of in the past"
            if res.granularity not in (G.DECADE, G.CENTURY):  # not a background era
                past.note(res.start.year, day, why)
        rank = _rank(res)
        spoken.add(res.start.year)
        if rank not in best or day > best[rank][0]:
            best[rank] = (day, why)
    if best and pinned:
        _add_pinned(best, pinned, best[min(best)][0])
    only_ahead = [(day, why) for day, year, why in ahead if year not in spoken]
    return _estimate(past.over(best), only_ahead)


class _Later:
    """The latest month or year a text speaks of in the past. It wins over a more precise date
    of an earlier year: a biography that says "born on 1 April 1873 ... in 1902 she died" is
    read after 1902, not in April 1873; a past year of the precise date's own year ("on 3
    March 2009 ... sales fell in 2009") leaves the precise date."""

    def __init__(self) -> None:
        self.latest: tuple[int, dt.date, str] | None = None

    def note(self, year: int, after: dt.date, why: str) -> None:
        if self.latest is None or after > self.latest[1]:
            self.latest = (year, after, why)

    def over(self, best: dict[int, tuple[dt.date, str]]) -> dict[int, tuple[dt.date, str]]:
        """The estimates by rank, the most precise one replaced by this past period when that
        lies in a later year."""
        if self.latest is None or not best:
            return best
        year, after, why = self.latest
        rank = min(best)
        if year <= best[rank][0].year:
            return best
        return {**best, rank: (after, f"{why}, later than {best[rank][0]}")}


def _add_pinned(
    best: dict[int, tuple[dt.date, str]], pinned: list[tuple[Mention, int]], around: dt.date
) -> None:
    """A weekday with a day of the month: the day that agrees nearest to the estimate."""
    for m, tense in pinned:
        res = resolve(m, Context(around, tense=tense))
        near = res.start is not None and abs((res.start - around).days) <= _YEAR
        if near and res.start is not None and (0 not in best or res.start > best[0][0]):
            best[0] = (res.start, f"{m.text!r} (its weekday agrees)")


def _estimate(
    best: dict[int, tuple[dt.date, str]], ahead: list[tuple[dt.date, str]]
) -> Reference | None:
    if not best and not ahead:
        return None
    limit = min(ahead) if ahead else None
    if not best:
        assert limit is not None
        day = dt.date(limit[0].year, 1, 1) - _ONE_DAY
        return Reference(
            day, "estimated", f"the eve of the first year it speaks of ahead: {limit[1]}"
        )
    day, why = best[min(best)]
    detail = f"the latest date spoken of in the past or without tense: {why}"
    if limit is not None and day > limit[0]:
        day, detail = limit[0], f"{detail}; not after {limit[1]}"
    return Reference(day, "estimated", detail)


def first_line_reference(text: str, mentions: Sequence[Mention]) -> Reference | None:
    """A bare date that is a whole line at the top ("Tuesday, June 30, 2009"), see
    `refsources.first_line_date`."""
    days: list[tuple[int, int, dt.date | None]] = []
    for m in mentions:
        if m.start >= _TOP:
            break
        day = None
        if m.frame.year is not None and m.frame.origin is None and m.frame_end is None:
            res = resolve(m, Context(dt.date.today()))  # an absolute date: any reference will do
            day = res.start if res.granularity in (G.DAY, G.TIME, G.PART_OF_DAY) else None
        days.append((m.start, m.end, day))
    return first_line_date(text, days)
