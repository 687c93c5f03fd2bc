"""The timeline as a Markdown table: `| When | Event | Source |`, the expression in bold."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Entry, Timeline
from .common import display_source, reference_line, sentence_parts

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """Text that Markdown shows as written, inside a table cell."""
    return _SPECIAL.sub(r"\\\1", text)


def to_markdown(timelines: Sequence[Timeline], entries: Sequence[Entry]) -> str:
    """One reference-date line per document, then one table row per entry (in the order
    given)."""
    lines = []
    for t in timelines:
        lines.append(f"- {escape(reference_line(t))}")
    lines += ["", "| When | Event | Source |", "|---|---|---|"]
    for e in entries:
        before, expression, after = sentence_parts(e)
        marked = f"**{escape(expression)}**" if expression.strip() else escape(expression)
        event = f"{escape(before)}{marked}{escape(after)}"
        lines.append(f"| {escape(e.label)} | {event} | {escape(display_source(e.source))} |")
    return "\n".join(lines) + "\n"
