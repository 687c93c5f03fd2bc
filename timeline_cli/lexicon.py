"""The shape of a language resource: vocabulary tables, signal words and rules with examples.

Every language module in `timeline_cli.languages` builds one `LanguageResource`; the engine
reads only this shape, so adding a language is adding a module.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Example:
    """A surface string a rule is for, and what it must resolve to on the reference date
    2015-09-15 (a Tuesday). Brackets mark the expected extent when the example carries
    context: "depuis [2011]". Empty fields are not checked; "-" means null."""

    text: str
    value: str = ""
    start: str = ""
    end: str = ""
    type: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of the grammar.

    Named groups carry meaning (year, month, day, weekday, amount, unit, mod, season, ...; a
    trailing 2 names the second end of a range); group `x`, when present, is the extent, so a
    pattern may require context it does not tag. Fixed attributes fill what the words imply.
    """

    name: str
    pattern: str
    examples: tuple[Example, ...]
    kind: str = "date"
    shift: int = 0
    anchor: str | None = None
    unit: str | None = None
    amount: float | None = None
    approximate: bool = False
    mod: str | None = None
    quant: str | None = None
    deictic: int | None = None
    relation: str | None = None
    case_sensitive: bool = False
    # which way a weekday leans when neither the words nor the sentence's tense tell: -1 the
    # past one (news reports what happened "Friday"), 0 the closest one
    lean: int = 0
    # a day of the year the words name, as (month, day, weekday): a fixed holiday with no
    # weekday (12, 25, None); with one, the first such weekday on or after that day (the
    # fourth Thursday of November is (11, 22, 3))
    calendar: tuple[int, int, int | None] | None = None


@dataclass(frozen=True, slots=True)
class Case:
    """`expr` must be tagged in `sentence` (an overlapping entry); empty fields are not checked,
    "-" means null. The reference date is 2015-09-15 (a Tuesday) unless `ref` says otherwise."""

    sentence: str
    expr: str
    type: str = ""
    value: str = ""
    start: str = ""
    end: str = ""
    ref: str = "2015-09-15"


@dataclass(frozen=True, slots=True)
class CaseTable:
    """A language's cases, run by one parametrised test (tests/test_cases.py): what must be
    found and how it resolves, what must not be tagged, and extents that must be exact."""

    cases: tuple[Case, ...]
    negative: tuple[tuple[str, str], ...]  # (sentence, words in it that are not a date)
    extents: tuple[tuple[str, str], ...] = ()  # (sentence, the one expression tagged in it)


@dataclass(frozen=True, slots=True)
class LanguageResource:
    """Everything the engine knows about one language."""

    code: str
    name: str
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, float]
    approximate_numbers: Mapping[str, float]
    ordinals: Mapping[str, int]
    units: Mapping[str, str]
    modifiers: Mapping[str, str]
    quantity_modifiers: Mapping[str, str]
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    relative_days: Mapping[str, int]
    deictics: Mapping[str, int]
    reference_words: Mapping[str, str]
    signals: Mapping[str, str]
    range_openers: tuple[str, ...]
    range_joiners: tuple[str, ...]
    determiners: tuple[str, ...]
    function_words: frozenset[str]
    abbreviations: frozenset[str]
    future_cues: str
    past_cues: str
    publication_cues: tuple[str, ...]
    fragments: Mapping[str, str]
    rules: tuple[Rule, ...]
    month_case_sensitive: bool = False
    not_after_number: tuple[str, ...] = field(default_factory=tuple)


def fold(word: str) -> str:
    """The lookup key of a word: lower case, no accents, straight apostrophes, single hyphens."""
    word = word.lower().replace("’", "'").replace("‘", "'")
    word = "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")
    return "-".join(word.replace("-", " ").split())
