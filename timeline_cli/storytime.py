"""Story time: the year a date that leaves it out takes from the story's focus, and the year a
weekday pins for a day of a month ("mardi 14 juin").

The pipeline decides when the focus holds (genre, how recent it is, the clause); these
functions only place a frame in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from . import periods as P
from .model import Frame, Origin, Resolution, Unit
from .model import Granularity as G

InYear = Callable[[Frame, int], P.Period]

_FOCUS_YEAR = (G.YEAR, G.HALF, G.QUARTER, G.SEASON, G.MONTH, G.WEEK, G.DAY, G.PART_OF_DAY, G.TIME)
_PIN_YEARS = 28  # the calendar repeats every 28 years: a weekday and a day meet in that reach
_NEAR_FUTURE = 365  # days: a weekday + day of unknown tense is the next one only within a year
_NEAR = 7  # days: a weekday + day this near the reference is that one, whatever the tense
_LEAN = 3  # ... and only when it is this many times closer than the last one
_WEEK = 7
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def in_focus(f: Frame, focus: Resolution, in_year: InYear) -> P.Period | None:
    """A yearless date in the year of the story's focus: "En 1987, l'usine ferme en avril".
    A bare weekday is the first such day after a focus day ("Le 3 mars 1999... Jeudi"); a
    weekday with a day of the month keeps the focus year only when they agree, else the
    nearest year around it where they do."""
    if focus.start is None or focus.granularity not in _FOCUS_YEAR:
        return None
    year = focus.start.year
    if f.weekday is not None and f.month is None and f.day is None:
        if focus.granularity not in (G.DAY, G.PART_OF_DAY, G.TIME):
            return None
        gap = (f.weekday - focus.start.weekday()) % _WEEK or _WEEK
        return P.day(focus.start + dt.timedelta(days=gap))
    if f.weekday is not None and f.day is not None and f.month is None:
        return _weekday_and_day(f, focus.start)  # "le mardi 16 septembre [...] le samedi 20"
    if f.month is None and f.season is None and f.quarter is None and f.half is None:
        return None
    if f.weekday is not None and f.day is not None and f.month is not None:
        agreeing = _agreeing(f, year, in_year)
        return min(agreeing, key=lambda p: abs(p.start.year - year)) if agreeing else None
    try:
        period = in_year(f, year)
    except ValueError:  # 29 February in a common year
        return None
    if f.tense > 0 and period.start <= (focus.end or focus.start):
        period = in_year(f, year + 1)  # "le 2 juillet suivant", "the following spring": after
    return period


def _weekday_and_day(f: Frame, focus: dt.date) -> P.Period | None:
    """A weekday and a day of the month without the month ("le samedi 20"): in the focus's
    month when they agree there, else in the first month after it where they do (a story
    moves on); None when no month of the year after agrees."""
    assert f.day is not None
    year, month = focus.year, focus.month
    for _ in range(12):
        try:
            day = dt.date(year, month, f.day)
        except ValueError:  # the 31st of a short month
            day = None
        if day is not None and day.weekday() == f.weekday:
            return P.day(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _agreeing(f: Frame, around: int, in_year: InYear) -> list[P.Period]:
    """The periods of the frame, in the years around `around`, on the frame's weekday."""
    out = []
    for year in range(around - _PIN_YEARS, around + _PIN_YEARS + 1):
        try:
            period = in_year(f, year)
        except (ValueError, P.OutOfRange):
            continue
        if period.start.weekday() == f.weekday:
            out.append(period)
    return out


def pinned(f: Frame, ref: dt.date, tense: int, in_year: InYear) -> P.Period | None:
    """ "Le mardi 14 juin": the year where the day of the month falls on that weekday, the
    nearest one in the tense's direction from `ref` (the past one when the tense does not
    tell, unless the next one is within a year and much closer)."""
    candidates = _agreeing(f, ref.year, in_year)
    near = [p for p in candidates if abs((p.start - ref).days) <= _NEAR]
    if near:  # "said in an editorial on Saturday, April 25": the paper of the next day
        return near[0]
    past = [p for p in candidates if p.start <= ref]
    future = [p for p in candidates if p.start > ref]
    if tense < 0 or (tense == 0 and not future):
        return past[-1] if past else None
    if tense > 0 or not past:
        return future[0] if future else None
    ahead, back = (future[0].start - ref).days, (ref - past[-1].start).days
    return future[0] if ahead <= _NEAR_FUTURE and _LEAN * ahead < back else past[-1]


def against_tense(period: P.Period, tense: int, reference: dt.date) -> bool:
    """A date in the story's year that its own verb contradicts: spoken of in the past but
    after the reference date, or ahead but before it. In news the tense wins over the focus."""
    return (tense < 0 and period.start > reference) or (tense > 0 and period.end < reference)


_NARRATED_UNITS = (Unit.YEAR, Unit.MONTH, Unit.WEEK, Unit.DECADE, Unit.QUARTER)


def narrated(f: Frame) -> bool:
    """Words that in a narrative count from the story's date, as narration does: "the month",
    "the next month", "l'année dernière" (not "hier" or "today": the reader's days)."""
    return (
        f.origin is Origin.REFERENCE
        and f.deictic is not None
        and f.amount is None
        and f.unit in _NARRATED_UNITS
    )


def weekday_warning(f: Frame, day: dt.date) -> str | None:
    """A weekday that contradicts its explicit date: the date wins, with this warning."""
    if f.weekday is None or f.day is None or f.on_or_after or day.weekday() == f.weekday:
        return None
    return (
        f"the weekday written ({_DAY_NAMES[f.weekday]}) is not that of "
        f"{day.isoformat()} (a {_DAY_NAMES[day.weekday()]}); the date is kept"
    )
