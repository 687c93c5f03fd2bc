"""Movable feasts: the days a holiday falls on in a given Gregorian year, by a language-free key.

The languages name a holiday (`Rule.feast`, e.g. "easter_monday", "ramadan"); this module
computes its dates. Christian feasts hang on Easter (python-dateutil's `easter`, Gregorian
computus). The feasts of other calendars come from the `holidays` package's calendar tables
(Islamic Umm al-Qura, Hebrew, Hindu, Chinese lunisolar: years 1901-2100, the Hebrew ones from
1947), imported only when such a feast is resolved: the import costs about 50 ms (see README,
"Holidays"). A year the tables do not cover has no date (`OutOfRange`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from dateutil.easter import easter

from .periods import OutOfRange

# Days from Easter Sunday.
_FROM_EASTER = {
    "easter": 0, "easter_monday": 1, "good_friday": -2, "holy_thursday": -3, "palm_sunday": -7,
    "ash_wednesday": -46, "shrove_tuesday": -47, "ascension": 39, "pentecost": 49,
    "whit_monday": 50,
}  # fmt: skip
_HOLY_WEEK = "holy_week"  # Monday to Easter Sunday: the ISO week of Easter

# The feasts of other calendars: which table of `holidays.calendars` and how many days they last
# (Ramadan lasts until the eve of Eid al-Fitr; Passover is the eight days kept outside Israel).
_OTHER = {
    "ramadan": ("islamic", "ramadan_beginning_dates", 0),
    "eid_al_fitr": ("islamic", "eid_al_fitr_dates", 1),
    "eid_al_adha": ("islamic", "eid_al_adha_dates", 1),
    "rosh_hashanah": ("hebrew", "rosh_hashanah_date", 2),
    "yom_kippur": ("hebrew", "yom_kippur_date", 1),
    "hanukkah": ("hebrew", "hanukkah_date", 8),
    "passover": ("hebrew", "passover_date", 8),
    "diwali": ("hindu", "diwali_date", 1),
    "chinese_new_year": ("chinese", "lunar_new_year_date", 1),
}
_CLASSES = {
    "islamic": "_IslamicLunar",
    "hebrew": "_HebrewLunisolar",
    "hindu": "_HinduLunisolar",
    "chinese": "_ChineseLunisolar",
}
_calendars: dict[str, Any] = {}


def feast_days(key: str, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the feast that begins in the Gregorian year."""
    if not 1583 <= year <= 9999 and (key in _FROM_EASTER or key == _HOLY_WEEK):
        raise OutOfRange(f"no Gregorian Easter in {year}")  # the Gregorian computus
    if key == _HOLY_WEEK:
        sunday = easter(year)
        return sunday - dt.timedelta(days=6), sunday
    if key in _FROM_EASTER:
        day = easter(year) + dt.timedelta(days=_FROM_EASTER[key])
        return day, day
    table, method, length = _OTHER[key]
    days = sorted(d for d in _dates(getattr(_calendar(table), method)(year)) if d.year == year)
    if not days:
        raise OutOfRange(f"{key}: no date known in {year}")
    first = days[0]
    if key == "ramadan":  # until the eve of Eid al-Fitr
        ends = [d for d in feast_range_starts("eid_al_fitr", year, year + 1) if d > first]
        if not ends:
            raise OutOfRange(f"{key}: no end known in {year}")
        return first, ends[0] - dt.timedelta(days=1)
    return first, first + dt.timedelta(days=length - 1)


def feast_range_starts(key: str, first_year: int, last_year: int) -> list[dt.date]:
    table, method, _ = _OTHER[key]
    found: list[dt.date] = []
    for year in range(first_year, last_year + 1):
        found += [d for d in _dates(getattr(_calendar(table), method)(year)) if d.year == year]
    return sorted(found)


def _dates(answer: object) -> Iterable[dt.date]:
    """The library answers a date, a (date, is_estimate) pair, or a set or generator of them."""
    items = answer if isinstance(answer, (set, list, tuple)) and not _is_pair(answer) else None
    if items is None and not isinstance(answer, (dt.date, tuple)) and answer is not None:
        items = list(answer)  # type: ignore[call-overload]
    for item in items if items is not None else (answer,):
        day = item[0] if isinstance(item, tuple) else item
        if isinstance(day, dt.date):
            yield day


def _is_pair(answer: object) -> bool:
    return isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[1], bool)


def _calendar(table: str) -> Any:
    """One calendar of the `holidays` package, imported and built on first use."""
    if table not in _calendars:
        from importlib import import_module

        module = import_module(f"holidays.calendars.{table}")
        factory: Callable[[], Any] = getattr(module, _CLASSES[table])
        _calendars[table] = factory()
    return _calendars[table]
