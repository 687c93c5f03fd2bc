"""Sentence boundaries, as character spans into the original text."""

from __future__ import annotations

import re
from collections.abc import Collection

# Linear on a run of 100,000 dots: a match starts only where a run of marks starts (the
# look-behind) and the possessive quantifiers never give back, so no run is rescanned.
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"'»”’)\]]*+(?=\s)|\n")
_LAST_WORD = re.compile(r"([\w.'’-]+)\.*$")


def split_sentences(text: str, abbreviations: Collection[str]) -> list[tuple[int, int]]:
    """Spans of the sentences of a text: a break after . ! ? or a line end, unless the period
    closes an abbreviation or an initial, or the next word starts in lower case."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0) != "\n" and not _is_break(text, start, m.start(), m.end(), abbreviations):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[1] > s[0]]


def _is_break(text: str, start: int, stop: int, after: int, abbreviations: Collection[str]) -> bool:
    if text[stop] == ".":
        word = _LAST_WORD.search(text, max(start, stop - 20), stop)
        if word:
            w = word.group(1).lower()
            if w in abbreviations or (len(w) == 1 and w.isalpha()):
                return False
    following = text[after : after + 3].lstrip()
    return not following or not following[0].islower()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
