"""Sentence boundaries: a period that closes an abbreviation is no break (a dateline's state,
a court citation), a period that ends a sentence is one."""

from __future__ import annotations

import pytest

from timeline_cli.grammar import grammar_for


@pytest.mark.parametrize(
    ("lang", "text", "sentences"),
    [
        ("en", "See Means v. State, 825 S.W.2d 260 (Tex. Crim. App. 1992). It was cited.",
         ["See Means v. State, 825 S.W.2d 260 (Tex. Crim. App. 1992).", "It was cited."]),
        ("en", "The 5th Cir. agreed in 2004. N.Y. courts did not.",
         ["The 5th Cir. agreed in 2004.", "N.Y. courts did not."]),
        ("en", "AUSTIN, Tex. — The vote was on Monday. Results came Tuesday.",
         ["AUSTIN, Tex. — The vote was on Monday.", "Results came Tuesday."]),
        ("en", "The plant closed in 2009. Texas lost jobs.",
         ["The plant closed in 2009.", "Texas lost jobs."]),
        ("fr", "Le Dr. Martin est arrivé le 3 mars. Il est reparti.",
         ["Le Dr. Martin est arrivé le 3 mars.", "Il est reparti."]),
    ],
)  # fmt: skip
def test_sentences(lang: str, text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in grammar_for(lang).sentences(text)] == sentences
