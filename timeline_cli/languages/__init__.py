"""The registry of languages: one package per language (`languages/<code>/`), all of the same
shape. Adding a language is adding its folder and one line to `_PACKAGES`."""

from __future__ import annotations

from importlib import import_module

from ..schema import CaseTable, LabelWords, LanguageResource

# code -> name of the LanguageResource in the package's __init__.py; the order is the order of
# the help texts
_PACKAGES = {
    "fr": "FRENCH",
    "en": "ENGLISH",
}
LANGUAGES: tuple[str, ...] = tuple(_PACKAGES)
# `auto` detection: when two languages' function words are as frequent (or the text has none),
# the first of them in this list is chosen; a language not listed comes after these. English
# first keeps the behaviour the tool has always had (a choice, not a measured one).
TIE_BREAK: tuple[str, ...] = ("en", "fr")


def _check(code: str) -> None:
    if code not in _PACKAGES:
        raise KeyError(f"unknown language {code!r} (supported: {', '.join(LANGUAGES)})")


def resource(code: str) -> LanguageResource:
    """The resource for a language code; KeyError names the supported ones."""
    _check(code)
    found: LanguageResource = getattr(import_module(f"{__name__}.{code}"), _PACKAGES[code])
    return found


def cases(code: str) -> CaseTable:
    """The language's case tables (`languages/<code>/cases.py`), for the tests."""
    _check(code)
    table: CaseTable = import_module(f"{__name__}.{code}.cases").TABLE
    return table


def label_words(code: str) -> LabelWords:
    """The words of the language's labels (`languages/<code>/labels.py`)."""
    _check(code)
    words: LabelWords = import_module(f"{__name__}.{code}.labels").LABELS
    return words
