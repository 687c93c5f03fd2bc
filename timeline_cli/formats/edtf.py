"""The EDTF form (Library of Congress Extended Date/Time Format, levels 1 and 2) of an entry's
date range: `2014`, `2014-37` (first third), `199X`, `2008~/2010~`, `../2027`."""

from __future__ import annotations

import calendar
import datetime as dt

from ..model import Entry

# EDTF level 2 sub-year groupings, by (first month, last month) of a calendar year
_GROUPINGS = {
    (1, 3): 33, (4, 6): 34, (7, 9): 35, (10, 12): 36,  # quarters
    (1, 4): 37, (5, 8): 38, (9, 12): 39,  # four-month thirds: early / mid / late
    (1, 6): 40, (7, 12): 41,  # halves
}  # fmt: skip
_SEASONS = {(3, 5): 21, (6, 8): 22, (9, 11): 23}  # winter (24) runs into the next year
# granularities whose range ends may be written as whole years, or as whole months
_YEARLY = {"century", "decade", "year"}
_MONTHLY = _YEARLY | {"half", "quarter", "season", "month"}


def edtf(entry: Entry) -> str | None:
    """The EDTF string of the entry's range, or None when it has none (a set, an expression
    that cannot be placed on the timeline)."""
    if entry.type == "SET" or (entry.start is None and entry.end is None):
        return None
    g = entry.granularity or "day"
    mark = "~" if entry.approximate else ""
    start, end = entry.start, entry.end
    if start is None:
        return f"../{_endpoint(end, g, last=True)}{mark}"  # type: ignore[arg-type]
    if end is None:
        return f"{_endpoint(start, g, last=False)}{mark}/.."
    if entry.relation is None:
        single = _single(start, end, g, approximate=entry.approximate)
        if single is not None:
            return single + mark
    # both ends within one month are days, within one year at least months: "2014-08-01/2014-08-10"
    if (start.year, start.month) == (end.year, end.month):
        g = "day"
    elif start.year == end.year and g in _YEARLY:
        g = "month"
    return f"{_endpoint(start, g, last=False)}{mark}/{_endpoint(end, g, last=True)}{mark}"


def _single(start: dt.date, end: dt.date, g: str, *, approximate: bool) -> str | None:
    """One EDTF date for a range that is exactly one day, month, grouping, year, decade or
    century; None otherwise. EDTF does not qualify groupings with `~`, so an approximate
    grouping is written as an interval."""
    if start == end:
        return start.isoformat()
    if start.day != 1 or end != _month_end(end):
        return None
    y = start.year
    if g == "season" and not approximate:
        if (start.month, end.month, end.year) == (12, 2, y + 1):
            return f"{y:04d}-24"
        if end.year == y and (start.month, end.month) in _SEASONS:
            return f"{y:04d}-{_SEASONS[start.month, end.month]}"
    if (start.month, end.month) == (1, 12):
        span = end.year - y + 1
        if span == 1:
            return f"{y:04d}"
        if span == 10 and y % 10 == 0:
            return f"{y // 10:03d}X"
        if span == 100 and y % 100 == 0:
            return f"{y // 100:02d}XX"
        return None
    if end.year != y:
        return None
    if start.month == end.month:
        return f"{y:04d}-{start.month:02d}"
    grouping = _GROUPINGS.get((start.month, end.month))
    return f"{y:04d}-{grouping}" if grouping and not approximate else None


def _endpoint(d: dt.date, g: str, *, last: bool) -> str:
    """One end of an interval, as coarse as the entry's granularity and the date allow."""
    year_edge = (d.month, d.day) == ((12, 31) if last else (1, 1))
    month_edge = d == _month_end(d) if last else d.day == 1
    if g in _YEARLY and year_edge:
        return f"{d.year:04d}"
    if g in _MONTHLY and month_edge:
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _month_end(d: dt.date) -> dt.date:
    """The month's last day (December 9999 too: no day after it is needed)."""
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])
