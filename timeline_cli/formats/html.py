"""The timeline as one standalone HTML page: inline CSS, no script, no network; a vertical
timeline grouped by year, readable on a phone and printable."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from html import escape as _escape

from ..model import Entry, Timeline
from .common import display_source, languages, position, reference_line, sentence_parts
from .edtf import edtf

_CSS = """
:root { color-scheme: light; --line: #b8c4d6; --accent: #1d4e89; --muted: #5b6472; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f24; background: #fff; }
main, header { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
.documents { margin: 0 0 1rem; padding: 0; list-style: none; color: var(--muted);
  font-size: .9rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; color: var(--accent); }
ol.entries { list-style: none; margin: 0; padding: 0 0 0 1.25rem;
  border-left: 3px solid var(--line); }
li.entry { position: relative; margin: 0 0 1rem; padding-left: .5rem;
  break-inside: avoid; page-break-inside: avoid; }
li.entry::before { content: ""; position: absolute; left: -1.85rem; top: .45rem;
  width: .9rem; height: .9rem; border-radius: 50%; background: var(--accent);
  border: 2px solid #fff; }
time { display: block; font-weight: 600; color: var(--accent); }
.event { margin: .15rem 0; overflow-wrap: anywhere; }
mark { background: #ffe58a; padding: 0 .1em; border-radius: 2px; }
.source { margin: 0; font-size: .85rem; color: var(--muted); }
@media (max-width: 30rem) {
  body { font-size: 15px; }
  main, header { padding: 0 .75rem; }
  ol.entries { padding-left: 1rem; }
  li.entry::before { left: -1.6rem; }
}
@media print {
  body { font-size: 11pt; }
  main, header { max-width: none; padding: 0 0 0 .75rem; }
  h2 { break-after: avoid; page-break-after: avoid; }
  mark { background: none; font-weight: 700; text-decoration: underline; }
  li.entry::before { border-color: #000; background: #000; }
}
"""


def escape(text: str) -> str:
    """Text for an HTML text node; quotes stay as written ("d'ici", not "d&#x27;ici")."""
    return _escape(text, quote=False)


def to_html(timelines: Sequence[Timeline], entries: Sequence[Entry]) -> str:
    """The page: a header with each document's reference date, then the entries (in the order
    given) under one heading per year; undated entries, when given, last."""
    langs = languages(timelines)
    page_lang = langs[0] if len(langs) == 1 else "mul"
    title = display_source(timelines[0].document.source) if len(timelines) == 1 else "Timeline"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{page_lang}">',
        '<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)} – timeline</title>",
        f"<style>{_CSS}</style>\n</head>\n<body>",
        f'<header>\n<h1>{escape(title)}</h1>\n<ul class="documents">',
        *(_document(t) for t in timelines),
        "</ul>\n</header>\n<main>",
    ]
    for year, group in itertools.groupby(entries, key=_year):
        heading = "Undated" if year is None else str(year)
        parts.append(f'<section class="year">\n<h2>{heading}</h2>\n<ol class="entries">')
        parts.extend(_entry(e) for e in group)
        parts.append("</ol>\n</section>")
    parts.append("</main>\n</body>\n</html>\n")
    return "\n".join(parts)


def _year(e: Entry) -> int | None:
    when = position(e)
    return when.year if when else None


def _document(t: Timeline) -> str:
    return f'<li lang="{t.document.language}">{escape(reference_line(t))}</li>'


def _entry(e: Entry) -> str:
    before, expression, after = sentence_parts(e)
    value = edtf(e)
    when = f' datetime="{_escape(value)}"' if value else ""
    return (
        f'<li class="entry" lang="{e.language}">'
        f"<time{when}>{escape(e.label)}</time>"
        f'<p class="event">{escape(before)}<mark>{escape(expression)}</mark>{escape(after)}</p>'
        f'<p class="source">{escape(display_source(e.source))}</p></li>'
    )
