"""Renderers: the timeline as a terminal table, JSON, JSON Lines or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .model import Entry, Timeline
from .pipeline import chronological

SCHEMA_VERSION = 1
FIELDS = (
    "source", "language", "text", "char_start", "char_end", "sentence", "type", "value", "mod",
    "start", "end", "granularity", "approximate", "relation", "label", "anchor", "rule",
)  # fmt: skip
REFERENCE_SOURCES = {
    "option": "from --ref-date",
    "document": "stated in the document",
    "estimated": "estimated: the latest date in the text",
    "today": "today's date: the text has no date",
}


def entry_dict(e: Entry) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(e, name) for name in FIELDS}
    for name in ("start", "end"):
        values[name] = values[name].isoformat() if values[name] else None
    return values


def document_dict(t: Timeline) -> dict[str, Any]:
    d = t.document
    return {
        "source": d.source,
        "language": d.language,
        "language_source": d.language_source,
        "reference_date": d.reference.date.isoformat(),
        "reference_date_source": d.reference.source,
        "reference_date_detail": d.reference.detail,
        "characters": d.characters,
        "encoding": d.encoding,
        "encoding_note": d.encoding_note,
    }


def merged(timelines: Sequence[Timeline]) -> list[Entry]:
    """All entries of several documents as one chronological timeline."""
    entries = [e for t in timelines for e in t.entries]
    return sorted(entries, key=chronological) if len(timelines) > 1 else entries


def to_json(timelines: Sequence[Timeline]) -> str:
    doc = {
        "schema_version": SCHEMA_VERSION,
        "documents": [document_dict(t) for t in timelines],
        "entries": [entry_dict(e) for e in merged(timelines)],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def jsonl_lines(timeline: Timeline) -> Iterator[str]:
    for e in timeline.entries:
        line = json.dumps(entry_dict(e), ensure_ascii=False)
        # U+2028/U+2029 end a line for some line-oriented readers: escaped, as JSON allows
        yield line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def to_csv(entries: Iterable[Entry]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for e in entries:
        row = entry_dict(e)
        row["approximate"] = "true" if row["approximate"] else "false"
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()


def shown(entries: Iterable[Entry], show_all: bool) -> list[Entry]:
    return [e for e in entries if show_all or e.dated]


def _event(e: Entry, plain: bool) -> Text:
    """The sentence with the expression marked: bold on a terminal, bracketed in plain text."""
    begin = e.char_start - e.sentence_start
    end = e.char_end - e.sentence_start
    if not 0 <= begin <= end <= len(e.sentence):
        return Text(e.sentence)
    if plain:
        return Text(f"{e.sentence[:begin]}[{e.sentence[begin:end]}]{e.sentence[end:]}")
    text = Text(e.sentence)
    text.stylize("bold yellow", begin, end)
    return text


def render_table(timelines: Sequence[Timeline], console: Console, show_all: bool) -> None:
    plain = not console.is_terminal or console.no_color
    for t in timelines:
        d = t.document
        how = REFERENCE_SOURCES.get(d.reference.source, d.reference.source)
        console.print(
            f"{d.source} ({d.language}): reference date {d.reference.date.isoformat()} ({how})",
            highlight=False,
            markup=False,
        )
    entries = merged(timelines)
    rows = shown(entries, show_all)
    table = Table(box=None, pad_edge=False)
    table.add_column("When", no_wrap=True, style=None if plain else "cyan")
    if len(timelines) > 1:
        table.add_column("Source", no_wrap=True)
    table.add_column("Event", overflow="fold")
    for e in rows:
        cells = [e.label] + ([e.source] if len(timelines) > 1 else []) + [_event(e, plain)]
        table.add_row(*cells)
    hidden = len(entries) - len(rows)
    if hidden:
        table.caption = f"{hidden} undated expression{'s' * (hidden > 1)} hidden; --all shows them"
        table.caption_justify = "left"
    if not plain:
        console.print(table)
        return
    with console.capture() as captured:
        console.print(table)
    console.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
