"""Renderers: the timeline as a terminal table, JSON, JSON Lines or CSV, and the registry of
output formats (`RENDERERS`) that the CLI offers and validates `--format` against.

Adding a format is one function `(timelines, out, options) -> None` and one `Renderer` line in
`RENDERERS` (plus its golden file in tests/golden/)."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from .model import Entry, Timeline, chronological

if TYPE_CHECKING:  # rich is imported only when a table is drawn: it is slow to import
    from rich.console import Console
    from rich.text import Text

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


# output field -> Entry attribute, where the names differ (the output contract keeps "anchor")
_ATTRIBUTES = {"anchor": "explanation"}


def entry_dict(e: Entry) -> dict[str, Any]:
    values: dict[str, Any] = {name: getattr(e, _ATTRIBUTES.get(name, name)) for name in FIELDS}
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
        "genre": d.genre.value,
        "genre_source": d.genre_source,
    }


def merged(timelines: Sequence[Timeline]) -> list[Entry]:
    """All entries of several documents as one chronological timeline."""
    entries = [e for t in timelines for e in t.entries]
    return sorted(entries, key=chronological) if len(timelines) > 1 else entries


def _with_parts(e: Entry) -> dict[str, Any]:
    """JSON and JSON Lines: the entry and `parts`, the expressions a range was joined from."""
    values = entry_dict(e)
    values["parts"] = [
        {"text": p.text, "char_start": p.char_start, "char_end": p.char_end, "type": p.type,
         "value": p.value}
        for p in e.parts
    ]  # fmt: skip
    return values


def to_json(timelines: Sequence[Timeline]) -> str:
    doc = {
        "schema_version": SCHEMA_VERSION,
        "documents": [document_dict(t) for t in timelines],
        "entries": [_with_parts(e) for e in merged(timelines)],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def jsonl_lines(timeline: Timeline) -> Iterator[str]:
    for e in timeline.entries:
        yield json.dumps(_with_parts(e), ensure_ascii=False) + "\n"


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
    from rich.text import Text

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
    from rich.table import Table

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


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """What the command asks of every renderer."""

    show_all: bool = False  # also the entries that cannot be placed on a timeline
    terminal: bool = False  # the output is the terminal (stdout), so a table may use colour


@dataclass(frozen=True, slots=True, kw_only=True)
class Renderer:
    """An output format. A renderer that `streams` is called once per timeline, as each
    document (or block of a big one) is done, and must write only that timeline's part; the
    others are called once with every timeline."""

    name: str
    help: str
    extension: str  # of a file in this format (the golden files of tests/golden/ use it)
    write: Callable[[Sequence[Timeline], TextIO, Options], None]
    streams: bool = False


def write_table(timelines: Sequence[Timeline], out: TextIO, options: Options) -> None:
    from rich.console import Console

    color = options.terminal and out.isatty() and not os.environ.get("NO_COLOR")
    console = Console(file=out, highlight=False, no_color=not color,
                      force_terminal=color, width=None if color else _PLAIN_WIDTH)  # fmt: skip
    render_table(timelines, console, options.show_all)


_PLAIN_WIDTH = 120  # columns of a table written to a file or a pipe, where no terminal says


def write_json(timelines: Sequence[Timeline], out: TextIO, options: Options) -> None:
    out.write(to_json(timelines))


def write_jsonl(timelines: Sequence[Timeline], out: TextIO, options: Options) -> None:
    for t in timelines:
        out.writelines(jsonl_lines(t))


def write_csv(timelines: Sequence[Timeline], out: TextIO, options: Options) -> None:
    out.write(to_csv(shown(merged(timelines), options.show_all)))


RENDERERS: dict[str, Renderer] = {
    r.name: r
    for r in (
        Renderer(name="table", help="a table for the terminal", extension="txt", write=write_table),
        Renderer(name="json", help="one JSON document", extension="json", write=write_json),
        Renderer(
            name="jsonl",
            help="JSON Lines, one entry a line",
            extension="jsonl",
            write=write_jsonl,
            streams=True,
        ),
        Renderer(name="csv", help="CSV, one entry a row", extension="csv", write=write_csv),
    )
}
FORMATS: tuple[str, ...] = tuple(RENDERERS)
