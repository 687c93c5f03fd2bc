"""What the publishing formats share: the entries to show, their position on the timeline,
and the sentence cut around the expression."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence

from ..model import Entry, Timeline


def display_source(source: str) -> str:
    """The file name of a source path, for people (`<stdin>` stays as it is)."""
    return os.path.basename(source) or source


def position(e: Entry) -> dt.date | None:
    """Where an entry sits on the timeline: its start, or its end when only the end is known."""
    return e.start if e.start is not None else e.end


def sentence_parts(e: Entry) -> tuple[str, str, str]:
    """The sentence as (before, expression, after); all of it before when the offsets do not
    fall inside it."""
    begin = e.char_start - e.sentence_start
    end = e.char_end - e.sentence_start
    if not 0 <= begin <= end <= len(e.sentence):
        return e.sentence, "", ""
    return e.sentence[:begin], e.sentence[begin:end], e.sentence[end:]


def reference_line(t: Timeline) -> str:
    """Which reference date a document's relative dates count from, and where it came from."""
    from ..render import REFERENCE_SOURCES

    d = t.document
    how = REFERENCE_SOURCES.get(d.reference.source, d.reference.source)
    return f"{display_source(d.source)} ({d.language}): reference date {d.reference.date} ({how})"


def languages(timelines: Sequence[Timeline]) -> list[str]:
    """The documents' languages, each once, in order."""
    return list(dict.fromkeys(t.document.language for t in timelines))
