"""The shape of a language resource: the vocabulary categories (`SLOTS`), rules with examples,
case tables, and the resource that joins them.

Every package in `timeline_cli.languages` builds one `LanguageResource`; the engine reads only
this shape, so adding a language is adding a package.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from .model import Kind, Origin, Relation, Unit


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
    pattern may require context it does not tag; group `first` may hold a range's first
    expression whole when its own groups end before it does ("[10 h] à 12 h"). Fixed
    attributes fill what the words imply.
    """

    name: str
    pattern: str
    examples: tuple[Example, ...]
    kind: Kind = Kind.DATE
    origin: Origin | None = None  # what the expression counts from; None: it is absolute
    direction: int = 0  # from the origin: -1 back, +1 forward
    tense: int = 0  # which occurrence of a date without its year: -1 past, +1 next, 0 by tense
    unit: Unit | None = None
    amount: float | None = None
    approximate: bool = False
    mod: str | None = None
    quant: str | None = None
    deictic: int | None = None
    relation: Relation | None = None
    case_sensitive: bool = False
    # which way a weekday leans when neither the words nor the sentence's tense tell: -1 the
    # past one (news reports what happened "Friday"), 0 the closest one
    lean: int = 0
    # a day of the year the words name, as (month, day, weekday): a fixed holiday with no
    # weekday (12, 25, None); with one, the first such weekday on or after that day (the
    # fourth Thursday of November is (11, 22, 3))
    calendar: tuple[int, int, int | None] | None = None
    # a movable holiday, by its language-free key in `feasts` ("easter_monday", "ramadan")
    feast: str | None = None
    # a length at the start (+1) of the date that may follow it: "the first nine months"
    edge: int = 0


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


@dataclass(frozen=True, slots=True, kw_only=True)
class Slot:
    """A vocabulary category, declared once: each language's `vocabulary.py` gives its words as
    a table named `name` in upper case (`MONTHS = {"janvier": 1, ...}`); rules match any of them
    with `{placeholder}` and name the match `(?P<group>...)`, which the engine looks up in the
    table. A category that is not `required` may be left out of a language: it is empty."""

    name: str
    placeholder: str | None  # None: not matched in patterns (signals are read before a mention)
    group: str | None  # the named group read back (numbers and ordinals are read from others too)
    required: bool = False


SLOTS: tuple[Slot, ...] = (
    Slot(name="months", placeholder="MONTH", group="month", required=True),  # -> 1..12
    Slot(name="weekdays", placeholder="WEEKDAY", group="weekday", required=True),  # -> 0 = Monday
    Slot(name="numbers", placeholder="NUMBER", group="amount", required=True),  # -> a number
    Slot(name="approximate_numbers", placeholder="APPROX_NUMBER", group="approx_amount"),
    Slot(name="ordinals", placeholder="ORDINAL", group="day"),  # also quarter, half -> 1, 2...
    Slot(name="units", placeholder="UNIT", group="unit", required=True),  # -> a Unit code
    Slot(name="modifiers", placeholder="MOD", group="mod"),  # -> START MID END, "" for none
    Slot(name="quantity_modifiers", placeholder="QMOD", group="qmod"),  # -> APPROX MORE_THAN...
    Slot(name="seasons", placeholder="SEASON", group="season"),  # -> SP SU FA WI
    # -> the TIMEX3 decade a word names: "nineties", "quatre-vingt" (after "années") -> 199, 198
    Slot(name="decades", placeholder="DECADE", group="decade"),
    Slot(name="parts_of_day", placeholder="POD", group="pod"),  # -> MO AF EV NI or a clock time
    Slot(name="relative_days", placeholder="RELDAY", group="rel"),  # -> days from the reference
    Slot(name="deictics", placeholder="DEICTIC", group="deictic"),  # -> -1 last, 0 this, +1 next
    Slot(name="reference_words", placeholder="REFWORD", group="refword"),  # -> PRESENT_REF...
    # -> a holiday: (month, day, weekday or None) as `Rule.calendar`, or a key of `feasts`
    Slot(name="holidays", placeholder="HOLIDAY", group="holiday"),
    Slot(name="signals", placeholder=None, group=None),  # -> a Relation, the word before a date
    # -> "APPROX": a word right before a date or time that makes it approximate ("vers 0 h 40",
    # "around Nov. 1"); TimeML tags it inside the expression
    Slot(name="approximators", placeholder=None, group=None),
    Slot(name="day_halves", placeholder=None, group="ampm"),  # "pm" -> 12: hours to add
)
SLOT = {slot.name: slot for slot in SLOTS}


def vocabulary_of(module: ModuleType) -> dict[str, Mapping[str, Any]]:
    """The tables of a language's vocabulary module, by slot name (`MONTHS` is "months")."""
    tables = {
        name.lower(): table
        for name, table in vars(module).items()
        if name.isupper() and not name.startswith("_") and isinstance(table, Mapping)
    }
    unknown = set(tables) - set(SLOT)
    if unknown:  # a misspelt category would silently be empty
        raise ValueError(f"{module.__name__}: {sorted(unknown)} are not vocabulary slots")
    return tables


# The tense a verb cue gives for a past that is background to the story: the past perfect
# ("had surrendered four days earlier", "avait capitulé"). A date it governs is past, and does
# not move the story's date (see pipeline._entries).
BACKGROUND_TENSE = -2


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageResource:
    """Everything the engine knows about one language."""

    code: str
    name: str
    vocabulary: Mapping[str, Mapping[str, Any]]  # slot name -> words -> meaning (see SLOTS)
    fragments: Mapping[str, str]
    rules: tuple[Rule, ...]
    # letters whose capital the language's texts often type without the accent, with that
    # bare capital: French "A partir de 2016", "Eté 2014", "FEVRIER" (patterns.letter_variants)
    bare_capitals: Mapping[str, str] = field(default_factory=dict)
    range_openers: tuple[str, ...] = ()
    range_joiners: tuple[str, ...] = ()
    # joiners that make a range without an opener: "1914-1918", "13 juillet au 15 juillet"
    bare_range_joiners: tuple[str, ...] = ("-", "–")
    # what joins a length to the date it is a part of: "the first nine months [of] 2014"
    part_joiners: tuple[str, ...] = ()
    # what joins a quarter, a half or a length to the date it ends on: "its first quarter
    # [ended] Sept. 30" (a fiscal quarter: July to September), "les neuf mois [clos] le 30
    # septembre"; the quarter keeps the value its words give, its dates end there
    end_joiners: tuple[str, ...] = ()
    # adverbs that may stand between a signal and its expression: "depuis [maintenant] trois
    # ans", "depuis [déjà] deux mois" (the signal still opens the range)
    signal_adverbs: tuple[str, ...] = ()
    function_words: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()
    future_cues: str = "(?!)"
    past_cues: str = "(?!)"
    publication_cues: tuple[str, ...] = ()
    month_case_sensitive: bool = False
    # the TIMEX3 type of PRESENT_REF, PAST_REF and FUTURE_REF in the language's annotation
    # tradition: TimeBank writes DATE ("now"), French TimeBank TIME ("maintenant", "l'avenir")
    reference_type: str = "DATE"
    not_after_number: tuple[str, ...] = field(default_factory=tuple)
    # lists of days that share one month ("les 16, 17 et 18 décembre", "March 3, 5 and 7"; see
    # daylists.py): the pattern of a day in a list (placeholders allowed), what separates its
    # days, the words before its last day, and the determiners that belong to its first day
    # (French TimeBank tags "[les 6] et 13 avril"); a language without them reads no lists
    list_day: str = "(?!)"
    list_separators: tuple[str, ...] = (",",)
    list_conjunctions: tuple[str, ...] = ()
    list_determiners: tuple[str, ...] = ()
    # Discourse (see pipeline.py and README "Story time and genre"): verb patterns with the
    # tense they give a date they govern, tried in order before `future_cues` / `past_cues`
    # ("aurait démissionné" is past, "aurait lieu" ahead); what ends a clause for the verb
    # that governs a date ("que", "that", ";"); what opens an embedded clause whose dates are
    # background, not the story ("qui", "fondé en", "which", "built in"); words before a
    # weekday that make it that one day, in a direction ("dès jeudi": +1); and the cues that
    # measure the genre (biography and history words; reporting words of news)
    tense_verbs: tuple[tuple[str, int], ...] = ()
    adjacent_verbs: tuple[tuple[str, int], ...] = ()  # the same, right before the date only
    clause_breaks: str = "(?!)"
    background_openers: str = "(?!)"
    weekday_signals: Mapping[str, int] = field(default_factory=dict)
    # a negation in the clause before "until" / "before": the date is when the event happens,
    # not a bound ("did not begin until July 9" began then; "ne rouvrira pas avant 2020" is
    # 2020 at the earliest)
    negations: str = "(?!)"
    # a change measured against a date, just before "from": the date is the baseline of the
    # comparison, not a start ("sales rose 5% from the year before", "up from 2014")
    comparisons: str = "(?!)"
    narrative_cues: str = "(?!)"
    news_cues: str = "(?!)"

    def __post_init__(self) -> None:
        unknown = set(self.vocabulary) - set(SLOT)
        missing = {s.name for s in SLOTS if s.required} - set(self.vocabulary)
        if unknown or missing:
            raise ValueError(
                f"{self.code} vocabulary: unknown {sorted(unknown)}, missing {sorted(missing)}"
            )

    def words(self, slot: str) -> Mapping[str, Any]:
        """The words of a vocabulary category; empty when the language leaves it out."""
        return self.vocabulary.get(SLOT[slot].name, {})


@dataclass(frozen=True, slots=True, kw_only=True)
class UnitWords:
    """How a language names amounts of one unit of time in a label (`{n}` is the amount)."""

    one: str  # "un an", "one year"
    count: str  # "{n} ans", "{n} years"
    several: str  # an unspecified amount: "quelques années", "several years"
    every: str  # a set of one unit: "chaque année", "every year"
    every_count: str  # a set of several: "tous les {n} ans", "every {n} years"


@dataclass(frozen=True, slots=True, kw_only=True)
class LabelWords:
    """The words of a language's labels (`languages/<code>/labels.py`, `LABELS`): templates
    that `labels.py` fills, so the one label engine speaks every language that gives these.

    Templates take named fields: `{x}` the period being modified, opened or bounded; `{year}`,
    `{next}` (the year after), `{month}`, `{day}` (a day's label or number), `{nth}` (an
    ordinal), `{roman}`, `{decade}`, `{pod}`, `{clock}`, `{end}`, `{n}`, `{amount}`, `{date}`.
    """

    months: tuple[str, ...]  # January first
    weekdays: tuple[str, ...]  # Monday first
    numbers: Mapping[int, str]  # number words; an amount without one is written in figures
    decimal_point: str  # "1,5 an", "1.5 years"
    ordinal: Callable[[int], str]  # 1 -> "1er" / "1st"
    day_numbers: Mapping[int, str]  # the day of the month where it is not its figure: 1 -> "1er"
    periods: Mapping[str, str]  # granularity -> template: "year": "{year}", "week": ...
    seasons: Mapping[str, str]  # SP SU FA WI -> template: "hiver {year}–{next}"
    parts_of_day: Mapping[str, str]  # MO AF EV NI -> "matin", "morning"
    parts_of_day_of: Mapping[str, str]  # after a modifier: AF -> "d'après-midi"
    clock: str  # "{hour}h{minute}", "{hour}:{minute}"
    clock_on_the_hour: str  # "{hour}h", "{hour}:00"
    mods: Mapping[tuple[str, str], str]  # (mod, granularity or "" for any) -> "début {x}"
    relations: Mapping[Relation, str]  # "depuis {x}", "{x} → {end}", "d'ici {x}"
    ranges: Mapping[str, str]  # granularity or "" -> "{a}–{b}"
    approximate: str  # "{x} (≈)"
    moves: Mapping[tuple[Origin, int], str]  # (origin, direction) -> "il y a {amount} → {date}"
    units: Mapping[Unit, UnitWords]
    and_: str  # joins the parts of a duration: "deux ans et six mois"
    quantity_mods: Mapping[str, str]  # MORE_THAN -> "plus de {x}"
    every_weekday: str  # "chaque {weekday}"
    references: Mapping[str, str]  # PRESENT_REF -> "maintenant"
    generic: str  # a date of no year: "{x} (sans année)"
    some_year: str  # a generic year: "une année"
    before_christ: str  # "{year} av. J.-C."
    some_day: str  # a clock time or part of day of an unknown day: "{clock}, jour inconnu"
    undated: str  # what is left: "sans date"
