"""Keeping the entries of a date window (`--from`, `--to`)."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt

from .model import Entry, Timeline


def window_date(value: str, *, last: bool) -> dt.date:
    """YYYY-MM-DD; YYYY-MM or YYYY as its first day, or its last day with `last`."""
    parts = value.split("-")
    if len(parts) == 3 and len(value) == 10:
        return dt.date.fromisoformat(value)
    if not all(p.isdigit() for p in parts) or len(parts[0]) != 4 or len(parts) > 2:
        raise ValueError(value)
    year = int(parts[0])
    if len(parts) == 2:
        if len(parts[1]) != 2:
            raise ValueError(value)
        month = int(parts[1])
        day = calendar.monthrange(year, month)[1] if last else 1
        return dt.date(year, month, day)
    return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)


def meets(e: Entry, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether the entry's range (an open side reaching as far as it goes) meets the window;
    an undated entry meets no window."""
    if not e.dated:
        return start is None and end is None
    after_start = start is None or e.end is None or e.end >= start
    before_end = end is None or e.start is None or e.start <= end
    return after_start and before_end


def within(t: Timeline, start: dt.date | None, end: dt.date | None) -> Timeline:
    """The timeline with only the entries that meet the window from `start` to `end`."""
    if start is None and end is None:
        return t
    return dataclasses.replace(t, entries=tuple(e for e in t.entries if meets(e, start, end)))
