"""The lexicon of a language: its vocabulary tables keyed by folded spelling, for looking
matched words up. It is derived from the slot table (`schema.SLOTS`) and the resource."""

from __future__ import annotations

import unicodedata
from typing import Any

from .model import Relation
from .schema import SLOT, SLOTS, LanguageResource


class Vocabulary:
    """A language's word tables, one per slot, keyed by `fold`ed spelling."""

    def __init__(self, res: LanguageResource) -> None:
        self.reference_type = res.reference_type
        self._tables = {
            slot.name: {fold(k): v for k, v in res.words(slot.name).items()} for slot in SLOTS
        }

    def word(self, slot: str, word: str | None) -> Any:
        """What the word means in the category, or None (also for no word)."""
        return None if word is None else self._tables[SLOT[slot].name].get(fold(word))

    def signal(self, words: str) -> Relation | None:
        """The relation a signal word sets ("depuis" -> since), or None."""
        found = self._tables["signals"].get(fold(words))
        return None if found is None else Relation(found)


def fold(word: str) -> str:
    """The lookup key of a word: lower case, no accents, straight apostrophes, single hyphens."""
    word = word.lower().replace("’", "'").replace("‘", "'")
    word = "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")
    return "-".join(word.replace("-", " ").split())
