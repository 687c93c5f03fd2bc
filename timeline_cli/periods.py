"""Calendar periods: the inclusive date range of a year, month, week, season, decade..., and the
documented thirds convention for START / MID / END."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from .model import UNITS, Unit
from .model import Granularity as G

SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month; winter runs into next year
_COARSENESS = [G.CENTURY, G.DECADE, G.YEAR, G.HALF, G.QUARTER, G.SEASON, G.MONTH, G.WEEK, G.DAY,
               G.PART_OF_DAY, G.TIME]  # fmt: skip


class OutOfRange(ValueError):
    """A date the calendar cannot hold (before year 1 or after 9999)."""


@dataclass(frozen=True, slots=True)
class Period:
    start: dt.date
    end: dt.date
    granularity: G
    value: str


def finer_or_equal(a: G, b: G) -> bool:
    return _COARSENESS.index(a) >= _COARSENESS.index(b)


def _date(year: int, month: int, day: int) -> dt.date:
    if not 1 <= year <= 9999:
        raise OutOfRange(f"year {year} is outside 1-9999")
    return dt.date(year, month, day)


def _month_end(year: int, month: int) -> dt.date:
    return _date(year, month, calendar.monthrange(year, month)[1])


def year(y: int) -> Period:
    return Period(_date(y, 1, 1), _date(y, 12, 31), G.YEAR, f"{y:04d}")


def month(y: int, m: int) -> Period:
    return Period(_date(y, m, 1), _month_end(y, m), G.MONTH, f"{y:04d}-{m:02d}")


def day(d: dt.date) -> Period:
    return Period(d, d, G.DAY, d.isoformat())


def week(d: dt.date) -> Period:
    monday = d - dt.timedelta(days=d.weekday())
    iso_year, iso_week, _ = d.isocalendar()
    return Period(monday, monday + dt.timedelta(days=6), G.WEEK, f"{iso_year:04d}-W{iso_week:02d}")


def weekend(d: dt.date) -> Period:
    """The Saturday and Sunday of the ISO week of d."""
    saturday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
    iso_year, iso_week, _ = d.isocalendar()
    value = f"{iso_year:04d}-W{iso_week:02d}-WE"
    return Period(saturday, saturday + dt.timedelta(days=1), G.WEEK, value)


def season(y: int, s: str) -> Period:
    first = _date(y, SEASON_MONTHS[s], 1)
    last = first + relativedelta(months=3) - dt.timedelta(days=1)
    return Period(first, last, G.SEASON, f"{y:04d}-{s}")


def quarter(y: int, q: int) -> Period:
    first = _date(y, 3 * q - 2, 1)
    return Period(first, _month_end(y, 3 * q), G.QUARTER, f"{y:04d}-Q{q}")


def half(y: int, h: int) -> Period:
    first = _date(y, 6 * h - 5, 1)
    return Period(first, _month_end(y, 6 * h), G.HALF, f"{y:04d}-H{h}")


def decade(d: int) -> Period:
    return Period(_date(d * 10, 1, 1), _date(d * 10 + 9, 12, 31), G.DECADE, f"{d:03d}")


def century(c: int) -> Period:
    first = max(c * 100, 1)
    return Period(_date(first, 1, 1), _date(c * 100 + 99, 12, 31), G.CENTURY, f"{c:02d}")


def containing(d: dt.date, granularity: G) -> Period:
    """The period of the given granularity that contains the day."""
    if granularity is G.YEAR:
        return year(d.year)
    if granularity is G.MONTH:
        return month(d.year, d.month)
    if granularity is G.WEEK:
        return week(d)
    if granularity is G.QUARTER:
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if granularity is G.HALF:
        return half(d.year, (d.month - 1) // 6 + 1)
    if granularity is G.DECADE:
        return decade(d.year // 10)
    if granularity is G.CENTURY:
        return century(d.year // 100)
    return day(d)


def shift(d: dt.date, unit: Unit, amount: float) -> dt.date:
    """The day `amount` units after d (before, when negative)."""
    info = UNITS[unit]
    try:
        if info.months is not None:
            return d + relativedelta(months=round(amount * info.months))
        return d + dt.timedelta(days=round(amount * info.days))
    except (OverflowError, ValueError) as exc:
        raise OutOfRange(str(exc)) from exc


def shift_span(start: dt.date, end: dt.date, unit: Unit, amount: float) -> tuple[dt.date, dt.date]:
    """The inclusive span [start, end] moved by `amount` units, each end as its own: a fiscal
    quarter of 29 Aug.-28 Nov. a year back is 29 Aug.-28 Nov. (the day after the end moves,
    so a month's last day stays one). Raises OutOfRange past the calendar's ends."""
    after = shift(end + dt.timedelta(days=1), unit, amount)
    return shift(start, unit, amount), after - dt.timedelta(days=1)


QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")  # a quarter's TIMEX3 value: "2004-Q2"


def window(ref: dt.date, unit: Unit | None, amount: float) -> tuple[dt.date, dt.date] | None:
    """The span of `amount` units that ends at the reference date (back, negative) or starts
    there (ahead, positive): "the past three years", "les cinq prochaines années"; None
    without a unit or an amount."""
    if unit is None or not amount:
        return None
    other = shift(ref, unit, amount)
    return (other, ref) if other < ref else (ref, other)


def edge(period: Period, unit: Unit | None, amount: float) -> tuple[dt.date, dt.date] | None:
    """The first (`amount` > 0) or the last (< 0) units of a period, within it: "the first
    nine months of 2014", "les trois derniers mois de 2014"; None without a unit or amount."""
    if unit is None or not amount:
        return None
    if amount > 0:
        last = shift(period.start, unit, amount) - dt.timedelta(days=1)
        return period.start, min(last, period.end)
    first = shift(period.end + dt.timedelta(days=1), unit, amount)
    return max(first, period.start), period.end


def part(period: Period, mod: str | None) -> tuple[dt.date, dt.date]:
    """The part of a period that START, MID or END select: its first, middle or last third,
    counted in the period's natural sub-unit (months of a year, days of a month, years of a
    decade, decades of a century)."""
    if mod not in ("START", "MID", "END"):
        return period.start, period.end
    index = ("START", "MID", "END").index(mod)
    g = period.granularity
    if g is G.MONTH:
        first = period.start + dt.timedelta(days=10 * index)
        last = period.end if mod == "END" else first + dt.timedelta(days=9)
        return first, last
    if g in (G.DECADE, G.CENTURY):
        step = 1 if g is G.DECADE else 10
        bounds = ((0, 3), (4, 6), (7, 9))[index]
        first_year = period.start.year - period.start.year % (10 * step) + bounds[0] * step
        last_year = (
            period.start.year - period.start.year % (10 * step) + bounds[1] * step + step - 1
        )
        return _date(max(first_year, 1), 1, 1), _date(last_year, 12, 31)
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    if months >= 3:
        third = months // 3
        first = period.start + relativedelta(months=third * index)
        last = period.end if mod == "END" else first + relativedelta(months=third, days=-1)
        return first, last
    days = (period.end - period.start).days + 1
    if days < 3:  # a day has no thirds: "fin d'après-midi" is a part of the day, not of dates
        return period.start, period.end
    third = days // 3
    first = period.start + dt.timedelta(days=third * index)
    last = period.end if mod == "END" else min(first + dt.timedelta(days=third - 1), period.end)
    return first, last
