"""Renderers: the timeline as a terminal table, JSON, JSON Lines or CSV, and the registry of
output formats (`RENDERERS`) that the CLI offers and validates `--format` against (the
publishing formats live in `formats/`).

Adding a format is one function `(timelines, out, options) -> None` and one `Renderer` line in
`RENDERERS` (plus its golden file in tests/golden/)."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO, cast

from .formats.common import display_source
from .formats.edtf import edtf
from .model import Entry, Reference, Timeline, chronological

if TYPE_CHECKING:  # rich is imported only when a table is drawn: it is slow to import
    from rich.console import Console
    from rich.text import Text

SCHEMA_VERSION = 1
FIELDS = (
    "source", "language", "text", "char_start", "char_end", "sentence", "type", "value", "mod",
    "start", "end", "granularity", "approximate", "relation", "label", "anchor", "rule",
    "edtf", "sentence_start", "reference_date", "reference_date_source",
)  # fmt: skip
REFERENCE_SOURCES = {
    "option": "from --ref-date",
    "csv": "from --ref-dates",
    "metadata": "from the page's metadata",
    "document": "stated in the document",
    "filename": "from the file name",
    "estimated": "estimated: the latest date in the text",
    "today": "today's date: the text has no date",
}


# output field -> Entry attribute, where the names differ (the output contract keeps "anchor")
RENAMED = {"anchor": "explanation"}


def entry_dict(e: Entry, reference: Reference | None) -> dict[str, Any]:
    """An entry as a JSON object, with the reference date of its document."""
    computed = {
        "edtf": edtf(e),
        "reference_date": reference.date.isoformat() if reference else None,
        "reference_date_source": reference.source if reference else None,
    }
    values: dict[str, Any] = {
        name: computed[name] if name in computed else getattr(e, RENAMED.get(name, name))
        for name in FIELDS
    }
    for name in ("start", "end"):
        values[name] = values[name].isoformat() if values[name] else None
    return values


def references(timelines: Sequence[Timeline]) -> dict[int, Reference]:
    """The reference date of each entry's document, by the entry's id."""
    return {id(e): t.document.reference for t in timelines for e in t.entries}


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
        "support": d.support,
        "title": d.title,
        "url": d.url,
        "encoding": d.encoding,
        "encoding_note": d.encoding_note,
        "genre": d.genre.value,
        "genre_source": d.genre_source,
    } | ({"text": d.text} if d.text is not None else {})


def merged(timelines: Sequence[Timeline]) -> list[Entry]:
    """All entries of several documents as one chronological timeline."""
    entries = [e for t in timelines for e in t.entries]
    return sorted(entries, key=chronological) if len(timelines) > 1 else entries


def json_record(e: Entry, reference: Reference | None) -> dict[str, Any]:
    """JSON and JSON Lines: the entry and `parts`, the expressions a range was joined from."""
    values = entry_dict(e, reference)
    values["parts"] = [
        {"text": p.text, "char_start": p.char_start, "char_end": p.char_end, "type": p.type,
         "value": p.value}
        for p in e.parts
    ]  # fmt: skip
    return values


def to_json(timelines: Sequence[Timeline]) -> str:
    import json  # here, not at the top: a table or CSV run need not load it

    refs = references(timelines)
    doc = {
        "schema_version": SCHEMA_VERSION,
        "documents": [document_dict(t) for t in timelines],
        "entries": [json_record(e, refs[id(e)]) for e in merged(timelines)],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def jsonl_lines(timeline: Timeline) -> Iterator[str]:
    """The JSON Lines of a timeline as text (see `jsonl_bytes`)."""
    return (line.decode("utf-8") for line in jsonl_bytes(timeline))


def jsonl_bytes(timeline: Timeline) -> Iterator[bytes]:
    """The JSON Lines of a timeline in UTF-8: per entry, `json.dumps(json_record(...),
    ensure_ascii=False)` with U+2028/U+2029 escaped, one entry at a time. (A lone surrogate,
    which a text from Python may hold but UTF-8 cannot, is written as its JSON escape.)

    Each line is put together from pieces rather than from a dict: what the entry's resolution
    decides (type to edtf, with the EDTF computed) is encoded once per distinct resolution, the
    document's own fields once per document, the sentence once for the entries that share it,
    and only the text, offsets and parts per entry: news repeats "en 2014", and a dense text
    gives an entry every few characters. The pieces are bytes, so a line is never encoded
    whole. tests/test_json_lines.py checks the lines against `json.dumps` of `json_record`."""
    from json.encoder import encode_basestring as encode  # json.dumps(ensure_ascii=False)

    reference = timeline.document.reference
    tail = _utf8(", ".join(
        f'"{name}": {_json_value(value)}'
        for name, value in (
            ("reference_date", reference.date.isoformat() if reference else None),
            ("reference_date_source", reference.source if reference else None),
        )
    ))  # fmt: skip
    heads: dict[tuple[str, str], bytes] = {}
    middles: dict[tuple[object, ...], bytes] = {}
    last_sentence, last_quoted = None, b""
    # a range's parts: their words and values repeat, their offsets do not
    part_text: dict[str, bytes] = {}
    part_values: dict[tuple[str, str | None], bytes] = {}
    for e in timeline.entries:
        head = heads.get((e.source, e.language))
        if head is None:
            head = heads[e.source, e.language] = _utf8(
                f'{{"source": {_quoted(e.source)}, "language": {_quoted(e.language)}, "text": '
            )
        key = (e.type, e.value, e.mod, e.start, e.end, e.granularity, e.approximate,
               e.relation, e.label, e.explanation, e.rule)  # fmt: skip
        middle = middles.get(key)
        if middle is None:
            middle = middles[key] = _utf8(_middle(e))
        if e.sentence is not last_sentence:
            last_sentence, last_quoted = e.sentence, _utf8(_quoted(e.sentence))
        parts = b", ".join([
            b'%b%d, "char_end": %d, %b' % (
                part_text.get(p.text) or _part_text(part_text, p.text), p.char_start,
                p.char_end,
                part_values.get((p.type, p.value)) or _part_values(part_values, p.type, p.value),
            )
            for p in e.parts
        ]) if e.parts else b""  # fmt: skip
        text = _line_safe(encode(e.text))
        yield (
            b'%b%b, "char_start": %d, "char_end": %d, "sentence": %b, %b, "sentence_start": %d, '
            b'%b, "parts": [%b]}\n'
        ) % (head, _utf8(text), e.char_start, e.char_end, last_quoted, middle,
             e.sentence_start, tail, parts)  # fmt: skip


def _quoted(text: str) -> str:
    """A JSON string as `json.dumps(text, ensure_ascii=False)` writes it (see `_line_safe`)."""
    from json.encoder import encode_basestring

    return _line_safe(encode_basestring(text))


def _line_safe(json_text: str) -> str:
    """JSON text with U+2028 and U+2029 escaped: they end a line for some line-oriented
    readers (JSON allows either)."""
    if "\u2028" in json_text or "\u2029" in json_text:
        return json_text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return json_text


def _utf8(json_text: str) -> bytes:
    # a lone surrogate cannot be UTF-8: "\udce9" is its escape in Python and in JSON alike
    return json_text.encode("utf-8", "backslashreplace")


def _part_text(known: dict[str, bytes], text: str) -> bytes:
    known[text] = found = _utf8(f'{{"text": {_quoted(text)}, "char_start": ')
    return found


def _part_values(
    known: dict[tuple[str, str | None], bytes], type_: str, value: str | None
) -> bytes:
    shown = "null" if value is None else _quoted(value)
    known[type_, value] = found = _utf8(f'"type": {_quoted(type_)}, "value": {shown}}}')
    return found


# the fields of an entry that its resolution decides, in output order (see FIELDS)
_RESOLVED = FIELDS[FIELDS.index("type") : FIELDS.index("edtf") + 1]


def _middle(e: Entry) -> str:
    """`"type": ..., ..., "edtf": ...` of an entry, as json.dumps writes them."""
    values = entry_dict(e, None)
    return ", ".join(f'"{name}": {_json_value(values[name])}' for name in _RESOLVED)


def _json_value(value: object) -> str:
    import json

    return _line_safe(json.dumps(value, ensure_ascii=False))


# a cell starting with one of these is run as a formula by spreadsheets (CSV injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: str) -> str:
    """The cell as text a spreadsheet shows rather than runs: a leading apostrophe before
    what would start a formula (the OWASP advice)."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def to_csv(timelines: Sequence[Timeline], show_all: bool, *, raw: bool = False) -> str:
    """A header and a row per entry (dated ones unless `show_all`); formula-like cells made
    inert unless `raw`."""
    refs = references(timelines)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for e in shown(merged(timelines), show_all):
        row = entry_dict(e, refs[id(e)])
        row["approximate"] = "true" if row["approximate"] else "false"
        cells = {k: "" if v is None else v for k, v in row.items()}
        if not raw:
            cells = {k: inert(v) if isinstance(v, str) else v for k, v in cells.items()}
        writer.writerow(cells)
    return out.getvalue()


def shown(entries: Iterable[Entry], show_all: bool) -> list[Entry]:
    return [e for e in entries if show_all or e.dated]


def _event(row: Sequence[Entry], plain: bool) -> Text:
    """The sentence of a row with each of its expressions marked: bold on a terminal,
    bracketed in plain text."""
    from rich.text import Text

    first = row[0]
    spans = sorted(
        (e.char_start - first.sentence_start, e.char_end - first.sentence_start) for e in row
    )
    text, at = Text(), 0
    for begin, end in spans:
        if not at <= begin <= end <= len(first.sentence):
            continue  # outside the sentence, or overlapping a span already marked
        text.append(first.sentence[at:begin])
        expression = first.sentence[begin:end]
        text.append(f"[{expression}]" if plain else expression, None if plain else "bold yellow")
        at = end
    text.append(first.sentence[at:])
    return text


def sentence_rows(entries: Sequence[Entry]) -> list[list[Entry]]:
    """The entries grouped by sentence, each group where its first entry is: a sentence that
    holds several dates is one row."""
    rows: dict[tuple[str, int, str], list[Entry]] = {}
    for e in entries:
        rows.setdefault((e.source, e.sentence_start, e.sentence), []).append(e)
    return list(rows.values())


def render_table(timelines: Sequence[Timeline], console: Console, show_all: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    plain = not console.is_terminal or console.no_color
    for t in timelines:
        d = t.document
        how = REFERENCE_SOURCES.get(d.reference.source, d.reference.source)
        support = ", basic support" if d.support == "basic" else ""
        console.print(
            f"{d.source} ({d.language}{support}): reference date "
            f"{d.reference.date.isoformat()} ({how})",
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
    for i, row in enumerate(sentence_rows(rows)):
        if i:  # a blank line between rows: a row may be several lines in either column
            table.add_row()
        # cells as Text, never as markup: a file named "[red]x.txt" is shown as it is named
        source = [Text(display_source(row[0].source))] if len(timelines) > 1 else []
        table.add_row(Text("\n".join(e.label for e in row)), *source, _event(row, plain))
    hidden = len(entries) - len(rows)
    if hidden:
        table.caption = f"{hidden} undated expression{'s' * (hidden > 1)} hidden; --all shows them"
        table.caption_justify = "left"
    if not plain:
        console.print(table)
    else:
        with console.capture() as captured:
            console.print(table)
        console.file.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
    for note in _reference_notes(timelines):
        console.print(note, highlight=False, markup=False, soft_wrap=True)


def _reference_notes(timelines: Sequence[Timeline]) -> Iterator[str]:
    """A note for each document whose relative dates count from a guess."""
    for t in timelines:
        ref = t.document.reference
        if ref.source in ("estimated", "today"):
            guess = "an estimate" if ref.source == "estimated" else "today's date"
            yield (
                f"note: {t.document.source}: the reference date {ref.date.isoformat()} is "
                f"{guess}; set it with --ref-date or --ref-dates"
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """What the command asks of every renderer."""

    show_all: bool = False  # also the entries that cannot be placed on a timeline
    terminal: bool = False  # the output is the terminal (stdout), so a table may use colour
    excel: bool = False  # CSV: a UTF-8 byte order mark first, which Excel needs
    raw_csv: bool = False  # CSV: formula-like cells kept as they are


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
    needs_text: bool = False  # the documents' text must be kept in the timelines (TimeML)


def write_table(timelines: Sequence[Timeline], out: TextIO, options: Options) -> None:
    from rich.console import Console

    color = options.terminal and out.isatty() and not os.environ.get("NO_COLOR")
    console = Console(file=out, highlight=False, no_color=not color,
                      force_terminal=color, width=None if color else _PLAIN_WIDTH)  # fmt: skip
    console.on_broken_pipe = _reader_gone  # type: ignore[method-assign]
    render_table([_visible(t) for t in timelines], console, options.show_all)


def _visible(t: Timeline) -> Timeline:
    """The timeline with control characters shown as pictures, so that an article or a file
    name cannot send escape sequences to the terminal (offsets into the text still hold)."""
    from dataclasses import replace

    from .output import visible

    entries = tuple(replace(e, sentence=visible(e.sentence), text=visible(e.text),
                            source=visible(e.source)) for e in t.entries)  # fmt: skip
    return replace(t, document=replace(t.document, source=visible(t.document.source)),
                   entries=entries)  # fmt: skip


def _reader_gone() -> None:
    """rich exits with 1 on a broken pipe; `| head` is handled like in every other format."""
    raise BrokenPipeError


_PLAIN_WIDTH = 120  # columns of a table written to a file or a pipe, where no terminal says


def write_json(timelines: Sequence[Timeline], out: TextIO, options: Options) -> None:
    out.write(to_json(timelines))


def write_jsonl(timelines: Sequence[Timeline], out: TextIO, options: Options) -> None:
    binary = _utf8_layer(out)
    for t in timelines:
        lines = jsonl_bytes(t)
        while batch := list(islice(lines, 512)):  # one write per 512 lines, not one per line
            if binary is not None:
                binary.write(b"".join(batch))
            else:
                out.write(b"".join(batch).decode("utf-8"))


def _utf8_layer(out: TextIO) -> BinaryIO | None:
    """The bytes under a text stream that writes UTF-8, with the text written so far flushed
    to it: lines made in UTF-8 go there as they are, not decoded to be encoded again."""
    import codecs

    buffer, encoding = getattr(out, "buffer", None), getattr(out, "encoding", None)
    if buffer is None or not encoding or codecs.lookup(encoding).name != "utf-8":
        return None
    out.flush()
    return cast("BinaryIO", buffer)


def write_csv(timelines: Sequence[Timeline], out: TextIO, options: Options) -> None:
    bom = "\ufeff" if options.excel else ""
    out.write(bom + to_csv(timelines, options.show_all, raw=options.raw_csv))


def _publisher(name: str) -> Callable[[Sequence[Timeline], TextIO, Options], None]:
    """A publishing format of `formats/`, imported when it is used."""

    def write(timelines: Sequence[Timeline], out: TextIO, options: Options) -> None:
        from .formats.publish import PUBLISHERS

        out.write(PUBLISHERS[name](timelines, options.show_all))

    return write


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
        Renderer(name="markdown", help="a Markdown table", extension="md",
                 write=_publisher("markdown")),
        Renderer(name="html", help="a standalone HTML page", extension="html",
                 write=_publisher("html")),
        Renderer(name="timelinejs", help="TimelineJS3 JSON", extension="timelinejs.json",
                 write=_publisher("timelinejs")),
        Renderer(name="timeml", help="TimeML, one document per input", extension="tml",
                 write=_publisher("timeml"), needs_text=True),
    )
}  # fmt: skip
FORMATS: tuple[str, ...] = tuple(RENDERERS)
