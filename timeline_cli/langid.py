"""Which language a document is in, among French, English and the languages of basic support.

Each language of `languages.others` has its own short list of function words, as French and
English do; one pass counts them all, each word weighted by how many languages share it. The
language with the highest count wins; a text where no list is frequent is in no language we
know ("und"). Between the languages of full support, the plain counts decide, and a tie goes
to the language first in `languages.TIE_BREAK`.
"""

from __future__ import annotations

import re
from functools import cache

from .languages import LANGUAGES, TIE_BREAK, resource
from .languages.others import OTHER_LANGUAGES

UNDETERMINED = "und"  # ISO 639-2 for a language that could not be identified
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000  # characters read to decide
# below this (weighted) share of the function words of any language we know, a text of some
# length is in none of them: at least 8 % in every French and English TimeML document, 3 % in
# a Finnish text (see README, Languages)
_MIN_SHARE = 0.05
_MIN_WORDS = 20  # a shorter text is judged by counts alone


def identify_language(text: str) -> str:
    """ "fr", "en", a code of `languages.others`, or "und"."""
    counts, plain, words = _counts(text[:_SAMPLE])
    best = max(counts, key=lambda code: (counts[code], code in LANGUAGES))
    if words >= _MIN_WORDS and counts[best] < _MIN_SHARE * words:
        return UNDETERMINED
    if best not in LANGUAGES:
        return best
    # between the languages of full support, the plain counts decide; a tie by TIE_BREAK
    return max(LANGUAGES, key=lambda code: (plain[code], -_rank(code)))


def _rank(code: str) -> int:
    return TIE_BREAK.index(code) if code in TIE_BREAK else len(TIE_BREAK)


@cache
def _weights() -> dict[str, dict[str, float]]:
    """Each language's function words, weighted 1/n for a word n languages share ("de" is
    French, Spanish, Dutch and Swedish): the words only one language has decide."""
    tables = {code: {w.lower() for w in resource(code).function_words} for code in LANGUAGES}
    tables |= {code: set(lang.function_words) for code, lang in OTHER_LANGUAGES.items()}
    sharing: dict[str, int] = {}
    for table in tables.values():
        for w in table:
            sharing[w] = sharing.get(w, 0) + 1
    weights: dict[str, dict[str, float]] = {}
    for code, table in tables.items():
        for w in table:
            weights.setdefault(w, {})[code] = 1 / sharing[w]
    return weights


def _counts(sample: str) -> tuple[dict[str, float], dict[str, int], int]:
    """The weighted count of each language's function words in the sample, the plain count
    of each, and the number of words."""
    weights = _weights()
    counts = dict.fromkeys((*LANGUAGES, *OTHER_LANGUAGES), 0.0)
    plain = dict.fromkeys(counts, 0)
    words = 0
    for m in _WORD.finditer(sample):
        words += 1
        for code, weight in weights.get(m.group(0).lower(), {}).items():
            counts[code] += weight
            plain[code] += 1
    return counts, plain, words
