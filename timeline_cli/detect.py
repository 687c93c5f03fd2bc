"""Deciding a document's language from the function words it uses."""

from __future__ import annotations

import re

from .languages import LANGUAGES, TIE_BREAK, resource

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, sample: int = 20_000) -> str:
    """The supported language whose function words are most frequent in the text; a tie goes
    to the language first in `languages.TIE_BREAK`."""
    counts = dict.fromkeys(LANGUAGES, 0)
    words = {code: resource(code).function_words for code in LANGUAGES}
    for m in _WORD.finditer(text[:sample]):
        w = m.group(0).lower()
        for code, table in words.items():
            if w in table:
                counts[code] += 1
    return max(LANGUAGES, key=lambda code: (counts[code], -_rank(code)))


def _rank(code: str) -> int:
    return TIE_BREAK.index(code) if code in TIE_BREAK else len(TIE_BREAK)
