"""The timeline as TimeML: one document per input, its reference date as the DCT, and an
inline TIMEX3 tag at each expression (the two parts of a joined range as two tags), so that
`timeline eval` can read it back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePath
from xml.sax.saxutils import escape, quoteattr

from ..model import Entry, Timeline

# characters XML 1.0 cannot hold; each becomes a space so that offsets stay in place
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def to_timeml(timeline: Timeline) -> str:
    """The TimeML document of a timeline built with `keep_text=True`."""
    text = timeline.document.text
    if text is None:
        raise ValueError("TimeML needs the document's text: build it with keep_text=True")
    d = timeline.document
    doc_id = PurePath(d.source).stem if d.source != "<stdin>" else "stdin"
    dct = d.reference.date.isoformat()
    return "".join([
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n',
        f"<DOCID>{escape(doc_id)}</DOCID>\n",
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">'
        f"{dct}</TIMEX3></DCT>\n",
        "<TEXT>", *_tagged(text, timeline.entries), "</TEXT>\n</TimeML>\n",
    ])  # fmt: skip


def _tagged(text: str, entries: tuple[Entry, ...]) -> Iterator[str]:
    """The text with a TIMEX3 around each expression, in textual order."""
    at, tid = 0, 0
    for start, end, kind, value, mod in _timexes(entries):
        if start < at:  # overlapping extents cannot both be tagged inline
            continue
        tid += 1
        modifier = f" mod={quoteattr(mod)}" if mod else ""
        yield _text(text[at:start])
        yield (f'<TIMEX3 tid="t{tid}" type={quoteattr(kind)} value={quoteattr(value)}{modifier}>'
               f"{_text(text[start:end])}</TIMEX3>")  # fmt: skip
        at = end
    yield _text(text[at:])


def _timexes(entries: tuple[Entry, ...]) -> list[tuple[int, int, str, str, str | None]]:
    """(start, end, type, value, mod) of each TIMEX3: a joined range is its two parts, each
    with its own type and value."""
    found: list[tuple[int, int, str, str, str | None]] = []
    for e in entries:
        if e.parts:
            found += [(p.char_start, p.char_end, p.type, p.value or "", None) for p in e.parts]
        else:
            found.append((e.char_start, e.char_end, e.type, e.value or "", e.mod))
    return sorted(found, key=lambda x: (x[0], x[1]))


def _text(chunk: str) -> str:
    """Character data that an XML parser gives back unchanged (a bare carriage return would
    be read as a line feed)."""
    return escape(_NOT_XML.sub(" ", chunk)).replace("\r", "&#13;")
