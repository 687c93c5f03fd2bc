"""Choosing the reference date: the option, a publication date in the first lines, or an
estimate from the latest explicit date in the text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .grammar import Grammar
from .model import Granularity as G
from .model import Kind, Mention, Reference
from .resolve import Context, resolve

_HEAD_LINES = 6


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


def estimated_reference(mentions: Sequence[Mention]) -> Reference | None:
    """The latest explicit date the text mentions, preferring the most precise ones."""
    best: dict[int, dt.date] = {}
    today = dt.date.today()
    for m in mentions:
        if not _absolute(m):
            continue
        res = resolve(m, Context(today))
        if res.start is None or res.granularity is None:
            continue
        rank = 0 if res.granularity in (G.DAY, G.TIME, G.PART_OF_DAY) else 1
        if res.granularity in (G.YEAR, G.DECADE, G.CENTURY):
            rank = 2
        if rank not in best or res.start > best[rank]:
            best[rank] = res.start
    if not best:
        return None
    rank = min(best)
    return Reference(best[rank], "estimated", "the latest explicit date in the text")
