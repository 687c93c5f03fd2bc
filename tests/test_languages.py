"""The shape of the language packages: the registry, and vocabulary categories declared once
(`schema.SLOTS`), optional ones empty when a language leaves them out."""

from __future__ import annotations

import dataclasses
import types

import pytest

from timeline_cli.grammar import Grammar
from timeline_cli.langid import identify_language as detect_language
from timeline_cli.languages import LANGUAGES, TIE_BREAK, cases, resource
from timeline_cli.schema import SLOTS, vocabulary_of


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_rules_cases_and_required_words(code: str) -> None:
    res = resource(code)
    assert res.code == code and res.rules
    assert cases(code).cases and cases(code).negative
    for slot in SLOTS:
        if slot.required:
            assert res.words(slot.name), f"{code} has no {slot.name}"


def test_a_left_out_category_is_empty_and_matches_nothing() -> None:
    french = resource("fr")
    vocabulary = {k: v for k, v in french.vocabulary.items() if k != "seasons"}
    grammar = Grammar(dataclasses.replace(french, vocabulary=vocabulary))
    found = [m.text for m in grammar.find("En mars 2014, au printemps 2014.")]
    assert "mars 2014" in found and not [t for t in found if "printemps" in t]


def test_a_misspelt_category_is_refused() -> None:
    module = types.ModuleType("vocabulary")
    module.MONTH = {"janvier": 1}  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="not vocabulary slots"):
        vocabulary_of(module)


def test_a_missing_required_category_is_refused() -> None:
    french = resource("fr")
    vocabulary = {k: v for k, v in french.vocabulary.items() if k != "months"}
    with pytest.raises(ValueError, match="missing"):
        dataclasses.replace(french, vocabulary=vocabulary)


def test_a_tie_in_detection_goes_by_the_explicit_rule() -> None:
    assert set(TIE_BREAK) <= set(LANGUAGES)
    assert detect_language("") == TIE_BREAK[0]  # no function word at all
    assert detect_language("le the") == TIE_BREAK[0]  # one of each
    assert detect_language("le le the") == "fr"


def test_clock_halves_are_vocabulary() -> None:
    english = resource("en")
    assert english.words("day_halves")  # the engine knows no "p.m."
    french = resource("fr")
    vocabulary = {k: v for k, v in french.vocabulary.items() if k != "day_halves"}
    # a category a language leaves out is empty
    assert not dataclasses.replace(french, vocabulary=vocabulary).words("day_halves")
