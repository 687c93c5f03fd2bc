"""Which occurrence of a date that leaves out its year, its month or its week: the one the
words name ("lundi dernier", "janvier prochain"), else the nearest one in the direction of
the tense, the closest when the tense does not tell."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from . import monthdays as D
from . import periods as P
from .model import Frame, Unit
from .storytime import pinned

if TYPE_CHECKING:
    from .resolve import Context


def in_year(f: Frame, year: int) -> P.Period:
    """The frame's period in that year: a feast, a day, a fortnight, a month, a season, a
    quarter, a half, or the year itself."""
    if f.feast is not None:
        return D.feast(f.feast, year)
    if f.month is not None and f.day is not None:
        return D.day_in_year(f, year)
    if f.month is not None and f.half is not None:  # "la première quinzaine d'avril"
        return D.fortnight(year, f.month, f.half)
    if f.month is not None:
        return P.month(year, f.month)
    if f.season is not None:
        return P.season(year, f.season)
    if f.quarter is not None:
        return P.quarter(year, f.quarter)
    if f.half is not None:
        return P.half(year, f.half)
    return P.year(year)


def nearest(f: Frame, ctx: Context) -> P.Period | None:
    """A date that leaves out its year (or month): the occurrence the sentence's tense points
    to, the closest one when the tense does not tell. A rule that reads the direction next to
    the date ("said Friday") gives it as the frame's tense, which outranks the sentence."""
    ref, tense = ctx.reference, f.tense or ctx.tense
    if f.weekday is not None and f.day is not None and f.month is not None:
        # the year the weekday pins, when it is near the day's own occurrence; farther, the
        # weekday is more likely a slip than the date years away ("du lundi 12 au vendredi
        # 17 mars" in a notice of March 2012, where the 17th is a Saturday, is not 2017): the
        # date is kept, with a warning (see resolve)
        day = nearest(replace(f, weekday=None), ctx)
        year = pinned(f, ref, tense, in_year)
        if year is not None and (
            day is None or abs(year.start.year - day.start.year) <= _PIN_REACH
        ):
            return year
        return day
    if f.weekday is not None and f.month is None and f.day is None:
        return P.day(_weekday(ref, f.weekday, tense, f.lean))
    if f.day is not None and f.month is None and f.weekday is None:
        # the month of the story where it holds (a narrative; a sentence that opened with its
        # date), else the day nearest the reference: news names a month when it changes
        story = ctx.focus or (ctx.story if ctx.narrative else None)
        return D.day_alone(f, ctx.reference, story, tense)
    if f.day is not None and f.month is None:
        return _day_of_month(f, ref, tense)
    names = (f.month, f.season, f.quarter, f.half, f.feast)
    if all(x is None for x in names):
        return P.day(ref) if f.part_of_day else None
    candidates = _occurrences(f, range(ref.year - 1, ref.year + 2))
    if not any(p.start <= ref for p in candidates) or not any(p.end >= ref for p in candidates):
        candidates = _occurrences(f, _years_around(ref))  # 29 February, the calendar's ends
    if not candidates:
        return None
    closest = min(candidates, key=lambda p: _distance(p, ref))
    if f.day is not None and _distance(closest, ref) <= _NEAR_DAY:
        return closest  # "the Jan. 14 deadline" said on 5 January: the verb is not its own
    past = [p for p in candidates if p.start <= ref]
    if tense < 0:
        return past[-1] if past else candidates[0]
    future = [p for p in candidates if p.end >= ref]
    if tense > 0:
        return future[0] if future else candidates[-1]
    if f.lean < 0 and past and future:
        return _leaning_back(past[-1], future[0], ref)
    return closest


_PIN_REACH = 2  # years: how far from the date's own occurrence a weekday may move it
_NEAR_DAY = 14  # days: a day of a month this near the reference date is that one, any tense
_LEAN = 3  # a past occurrence counts as this many times closer than a future one


def _leaning_back(past: P.Period, future: P.Period, ref: dt.date) -> P.Period:
    """The past occurrence, unless the next one is much closer: news mostly reports what
    happened ("sold it Friday", "in March"), and names the near future ("Wednesday") too."""
    return future if _LEAN * _distance(future, ref) < _distance(past, ref) else past


def _distance(period: P.Period, day: dt.date) -> int:
    """Days from the day to the nearest edge of the period (0 inside it)."""
    return max((period.start - day).days, (day - period.end).days, 0)


def _weekday(ref: dt.date, weekday: int, tense: int, lean: int = 0) -> dt.date:
    """The weekday the tense points to; when it does not tell, the closest one, or with a
    lean to the past the last one (today included) unless it is tomorrow."""
    back = ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)
    ahead = ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)
    if tense < 0:
        return back
    if tense > 0:
        return ahead
    if lean < 0:
        return _leaning_back(P.day(back), P.day(ahead), ref).start
    return back if (ref - back) <= (ahead - ref) else ahead


_MONTHS_AROUND = (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6)


def _day_of_month(f: Frame, ref: dt.date, tense: int = 0) -> P.Period | None:
    """ "mardi 8", "Tuesday the 19th": the 8th, in the nearest month around the reference date
    where it is a Tuesday (only before it in a past sentence, only after in a future one)."""
    assert f.day is not None
    for months in _MONTHS_AROUND:
        if months * tense < 0:
            continue
        first = P.shift(ref.replace(day=1), Unit.MONTH, months)
        try:
            day = first.replace(day=f.day)
        except ValueError:
            continue
        if f.weekday is None or day.weekday() == f.weekday:
            return P.day(day)
    return None


def deictic(f: Frame, ctx: Context) -> P.Period | None:
    """ "lundi dernier", "janvier prochain", "l'hiver dernier", "ce matin"."""
    ref, step = ctx.reference, f.deictic or 0
    if f.weekday is not None and f.month is None:
        if step == 0:
            return P.day(_weekday(ref, f.weekday, ctx.tense))
        gap = (
            (ref.weekday() - f.weekday) % 7 or 7
            if step < 0
            else (f.weekday - ref.weekday()) % 7 or 7
        )
        return P.day(ref + dt.timedelta(days=gap * step))
    if f.month is None and f.season is None and f.feast is None:
        return P.day(ref) if f.part_of_day is not None or step == 0 else None
    candidates = _occurrences(f, _years_around(ref))
    if step > 0:
        return next((p for p in candidates if p.start > ref), None)
    if step < 0:
        return next((p for p in reversed(candidates) if p.end < ref), None)
    # "cet hiver" said in February is the winter under way, which began the year before
    current = [p for p in candidates if p.start <= ref <= p.end]
    if current:
        return current[0]
    return next((p for p in candidates if p.start.year == ref.year), None)


def _years_around(ref: dt.date) -> range:
    """Years searched for a date that leaves out its year: 29 February comes back within
    eight years (1896 to 1904), whichever the direction."""
    return range(ref.year - 8, ref.year + 9)


def _occurrences(f: Frame, years: range) -> list[P.Period]:
    """The frame's period in each of these years that has it (not 29 February in a common
    year, not a year outside 1-9999, not a feast out of the tables), in order."""
    found = []
    for year in years:
        try:
            found.append(in_year(f, year))
        except (ValueError, OverflowError):
            continue
    return found
