"""Human labels for resolved dates: "early 2014", "Aug 2014 → 15 Sep 2015", "2008–2010 (≈)"."""

from __future__ import annotations

import datetime as dt

from .model import Granularity as G
from .model import Relation, Resolution

_MOD_WORDS = {"START": "early ", "MID": "mid ", "END": "late "}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_POD = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}


def _day(d: dt.date) -> str:
    return f"{d.day} {d:%b} {d.year}"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _period(value: str, g: G) -> str:
    """The label of a TIMEX3 value of the given granularity."""
    if g is G.CENTURY:
        return f"{_ordinal(int(value[:2]) + 1)} century"
    if g is G.DECADE:
        return f"{value[:3]}0s"
    if g in (G.YEAR, G.HALF, G.QUARTER):
        return value[:4] if g is G.YEAR else f"{value[5:]} {value[:4]}"
    if g is G.SEASON:
        return f"{_SEASONS.get(value[5:], value[5:])} {value[:4]}"
    if g is G.MONTH:
        return f"{dt.date(int(value[:4]), int(value[5:7]), 1):%b} {value[:4]}"
    if g is G.WEEK:
        monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if value.endswith("-WE"):
            return f"weekend of {_day(monday + dt.timedelta(days=5))}"
        return f"week of {_day(monday)}"
    day = _day(dt.date.fromisoformat(value[:10]))
    if g is G.PART_OF_DAY:
        return f"{day}, {_POD.get(value[11:], value[11:])}"
    return f"{day} {value[11:16]}" if g is G.TIME else day


def point_label(res: Resolution) -> str:
    """The label of the period an expression names, before a signal word opens it."""
    if res.value is None or res.granularity is None or (res.start is None and res.end is None):
        return res.value or "undated"
    return _MOD_WORDS.get(res.mod or "", "") + _period(res.value, res.granularity)


def label(res: Resolution, relation: Relation | None) -> str:
    """The label shown for an entry: its period, opened or bounded by its relation."""
    if res.start is None and res.end is None:
        return f"undated ({res.value})" if res.value else "undated"
    if relation == Relation.RANGE or res.type == "DURATION" or (res.value and "/" in res.value):
        text = _range_label(res)
    elif relation == Relation.SINCE and res.end is not None:
        text = f"{point_label(res)} → {_day(res.end)}"
    elif relation in (Relation.FROM, Relation.AFTER):
        text = f"{'after ' if relation == Relation.AFTER else ''}{point_label(res)} →"
    elif relation == Relation.BEFORE:
        text = f"before {point_label(res)}"
    elif relation in (Relation.UNTIL, Relation.BY):
        text = f"→ {point_label(res)}"
    else:
        text = point_label(res)
    return text + (" (≈)" if res.approximate else "")


def _range_label(res: Resolution) -> str:
    start, end = res.start, res.end
    assert start is not None and end is not None
    if res.granularity in (G.YEAR, G.DECADE, G.CENTURY):
        return f"{start.year}–{end.year}"
    if res.granularity is G.MONTH:
        return f"{start:%b} {start.year} – {end:%b} {end.year}"
    return f"{_day(start)} – {_day(end)}"
