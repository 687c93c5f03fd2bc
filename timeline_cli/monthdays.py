"""Days inside a month that take more than a date: the nth weekday, week or weekend of a month
("the first Tuesday of October", "la dernière semaine de septembre"), a fortnight ("la première
quinzaine d'avril"), a day of the month alone ("le 16"), and movable feasts (`feasts`)."""

from __future__ import annotations

import datetime as dt

from . import periods as P
from .feasts import feast_days
from .model import Frame, Resolution, Unit
from .model import Granularity as G

_DAY_OR_FINER = (G.DAY, G.PART_OF_DAY, G.TIME)
_SATURDAY = 5  # in weekday() numbering
_FORTNIGHT_END = 15  # the first half of a month is its days 1-15


def fortnight(year: int, month: int, half: int) -> P.Period:
    """The first (days 1-15) or second (16 to the end) half of a month."""
    whole = P.month(year, month)
    middle = whole.start.replace(day=_FORTNIGHT_END)
    first, last = (whole.start, middle) if half == 1 else (middle + dt.timedelta(days=1), whole.end)
    return P.Period(first, last, G.DAY, f"{first}/{last}")


_THURSDAY = 3  # a week belongs to the month of its Thursday (ISO), a weekend to its Saturday


def day_in_year(f: Frame, year: int) -> P.Period:
    """A day of a month, or the nth weekday, week or weekend of a month (`Frame.on_or_after`;
    a negative day counts from the month's end: the last Tuesday is on or after its 25th)."""
    assert f.month is not None and f.day is not None
    if f.day > 0:
        day = dt.date(year, f.month, f.day)
    else:
        day = P.month(year, f.month).end + dt.timedelta(days=f.day + 1)
    weekday = f.weekday
    if weekday is None and f.on_or_after and f.unit in (Unit.WEEK, Unit.WEEKEND):
        weekday = _THURSDAY if f.unit is Unit.WEEK else _SATURDAY
    if f.on_or_after and weekday is not None:  # the fourth Thursday of November
        day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    if f.unit is Unit.WEEK:  # "la semaine du 5 octobre", "the last week of September"
        return P.week(day)
    if f.unit is Unit.WEEKEND:
        if not f.on_or_after and day.weekday() < 2:  # "le week-end du 14 juillet", a Monday:
            day -= dt.timedelta(days=day.weekday() + 1)  # the long weekend it ends
        return P.weekend(day)
    return P.day(day)


def feast(key: str, year: int) -> P.Period:
    """A movable holiday (Easter, Ramadan...): one day, or the days it lasts."""
    first, last = feast_days(key, year)
    if (last - first).days == 6 and first.weekday() == 0:  # a week: "Easter week"
        return P.week(first)
    value = first.isoformat() if first == last else f"{first}/{last}"
    return P.Period(first, last, G.DAY, value)


def day_alone(
    f: Frame, reference: dt.date, story: Resolution | None, tense: int
) -> P.Period | None:
    """ "le 16", "on the 15th": in the month of the last date placed before it (the story),
    else the nearest such day around the reference date in the sentence's tense."""
    assert f.day is not None
    if story and story.start and story.granularity in (G.MONTH, *_DAY_OR_FINER):
        try:
            return P.day(story.start.replace(day=f.day))
        except ValueError:  # the 31st of a shorter month
            pass
    days = []
    for months in (-1, 0, 1):
        try:
            days.append(P.shift(reference.replace(day=1), Unit.MONTH, months).replace(day=f.day))
        except ValueError:
            continue

    past, future = [d for d in days if d <= reference], [d for d in days if d >= reference]
    if tense < 0 and past:
        return P.day(past[-1])
    if tense > 0 and future:
        return P.day(future[0])
    return P.day(min(days, key=lambda d: abs((d - reference).days))) if days else None
