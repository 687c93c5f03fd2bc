"""The timeline as TimelineJS3 JSON (Knight Lab): one event per dated entry, its dates at the
entry's precision, its label as the displayed date, its sentence as the text."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from html import escape as _escape
from typing import Any

from ..model import Entry, Timeline
from .common import display_source, sentence_parts
from .edtf import edtf

_HEADLINE_WORDS = 12
_NOT_ID = re.compile(r"[^a-z0-9]+")


def escape(text: str) -> str:
    """Text for an HTML text node; quotes stay as written ("d'ici", not "d&#x27;ici")."""
    return _escape(text, quote=False)


def to_timelinejs(timelines: Sequence[Timeline], entries: Sequence[Entry]) -> str:
    """`{"title", "events"}`; undated entries are left out, as TimelineJS needs a start."""
    several = len(timelines) > 1
    events, ids = [], set[str]()
    for e in entries:
        if e.start is None and e.end is None:
            continue
        event = _dates(e)
        event["display_date"] = e.label
        event["edtf"] = edtf(e)  # not read by TimelineJS; kept for other readers
        event["text"] = {"headline": _headline(e.sentence), "text": _marked(e)}
        if several:
            event["group"] = display_source(e.source)
        event["unique_id"] = _unique_id(e, ids)
        events.append(event)
    doc = {"title": _title(timelines), "events": events}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _title(timelines: Sequence[Timeline]) -> dict[str, Any]:
    lines = [
        f"{escape(display_source(t.document.source))}: reference date "
        f"{t.document.reference.date.isoformat()}"
        for t in timelines
    ]
    headline = display_source(timelines[0].document.source) if len(timelines) == 1 else "Timeline"
    return {"text": {"headline": escape(headline), "text": "<br>".join(lines)}}


def _dates(e: Entry) -> dict[str, Any]:
    """`start_date` and `end_date` at the precision of the entry's EDTF form; an entry with
    only an end starts at its end."""
    value = edtf(e) or ""
    low, _, high = value.partition("/")
    dates: dict[str, Any] = {}
    start = e.start if e.start is not None else e.end
    assert start is not None
    dates["start_date"] = _date(start, _precision(low if e.start else high, start, e), e)
    if e.start is not None and e.end is not None and e.end != e.start:
        dates["end_date"] = _date(e.end, _precision(high or low, e.end, e), e)
    return dates


def _precision(edtf_part: str, d: dt.date, e: Entry) -> int:
    """3 for a day, 2 for a month, 1 for a year: what the EDTF form says of this end. A
    grouping, decade or century is shown as its first or last month or year."""
    part = edtf_part.strip("~.")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", part):
        return 3
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", part):
        return 2
    if re.fullmatch(r"\d{4}", part) or "X" in part:
        return 1
    return 2 if d.day in (1, _last_day(d)) else 3


def _last_day(d: dt.date) -> int:
    following = d.replace(day=28) + dt.timedelta(days=4)
    return (following - dt.timedelta(days=following.day)).day


def _date(d: dt.date, precision: int, e: Entry) -> dict[str, Any]:
    out: dict[str, Any] = {"year": d.year}
    if precision >= 2:
        out["month"] = d.month
    if precision >= 3:
        out["day"] = d.day
        if e.type == "TIME" and e.value and re.search(r"T\d{2}:\d{2}$", e.value):
            out["hour"], out["minute"] = int(e.value[-5:-3]), int(e.value[-2:])
    return out


def _headline(sentence: str) -> str:
    words = sentence.split()
    cut = " ".join(words[:_HEADLINE_WORDS])
    return escape(cut + (" …" if len(words) > _HEADLINE_WORDS else ""))


def _marked(e: Entry) -> str:
    before, expression, after = sentence_parts(e)
    return f"{escape(before)}<mark>{escape(expression)}</mark>{escape(after)}"


def _unique_id(e: Entry, taken: set[str]) -> str:
    """The same id on every run: the source's name and the expression's offset."""
    base = _NOT_ID.sub("-", display_source(e.source).lower()).strip("-") or "text"
    uid = candidate = f"{base}-{e.char_start}"
    n = 1
    while uid in taken:
        n += 1
        uid = f"{candidate}-{n}"
    taken.add(uid)
    return uid
