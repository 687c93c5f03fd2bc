"""Value objects shared by every stage of the pipeline: frames, resolutions, entries, timelines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from enum import StrEnum
from typing import Any, TypeVar


class Granularity(StrEnum):
    """How precise a resolved date is; the date range is derived from it."""

    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    TIME = "time"


class Kind(StrEnum):
    """What a rule's words are: a date or time, a duration, a set, a vague reference to the
    present, past or future, a generic date ("en été": any summer), or a trap (`IGNORE`: the
    words are claimed and nothing is tagged)."""

    DATE = "date"
    TIME = "time"
    DURATION = "duration"
    SET = "set"
    PRESENT = "present"
    PAST = "past"
    FUTURE = "future"
    GENERIC = "generic"
    IGNORE = "ignore"


class Origin(StrEnum):
    """Where a relative expression counts from."""

    REFERENCE = "ref"  # the reference date: "hier", "three years ago"
    STORY = "story"  # the last date placed before it: "trois ans plus tard", "the next day"
    PERIOD = "period"  # the last period placed before it: "the year-ago quarter"


class Relation(StrEnum):
    """How a signal word opens or bounds the period ("depuis 2011", "until March"), or a range."""

    SINCE = "since"
    UNTIL = "until"
    BY = "by"
    BEFORE = "before"
    AFTER = "after"
    FROM = "from"
    RANGE = "range"


class Unit(StrEnum):
    """A unit of time, as the vocabulary tables and rules write it; its properties are in
    `UNITS`."""

    YEAR = "Y"
    MONTH = "M"
    WEEK = "W"
    DAY = "D"
    WEEKEND = "WE"
    HOUR = "H"
    MINUTE = "MIN"
    SECOND = "S"
    DECADE = "DE"
    CENTURY = "CE"
    QUARTER = "Q"
    HALF = "HALF"


@dataclass(frozen=True, slots=True, kw_only=True)
class UnitInfo:
    """How a unit moves a date, which period it names, and how TIMEX3 writes a span of it."""

    granularity: Granularity  # a move of whole units lands in a period of this size
    months: int | None = None  # a calendar unit: moves by this many months
    days: float = 1.0  # otherwise: moves by this many days
    timex: str  # the TIMEX3 duration letter (PT for a clock unit)
    clock: bool = False  # written after the T of a TIMEX3 duration: PT5H
    smaller: tuple[Unit, int] | None = None  # a fraction is written in this unit: P2Y6M
    in_years: int | None = None  # written in years, as TimeBank does: two decades is P20Y


G_ = Granularity
UNITS: dict[Unit, UnitInfo] = {
    Unit.YEAR: UnitInfo(granularity=G_.YEAR, months=12, timex="Y", smaller=(Unit.MONTH, 12)),
    Unit.MONTH: UnitInfo(granularity=G_.MONTH, months=1, timex="M"),
    Unit.WEEK: UnitInfo(granularity=G_.WEEK, days=7, timex="W", smaller=(Unit.DAY, 7)),
    Unit.DAY: UnitInfo(granularity=G_.DAY, days=1, timex="D", smaller=(Unit.HOUR, 24)),
    Unit.WEEKEND: UnitInfo(granularity=G_.DAY, days=7, timex="WE"),
    Unit.HOUR: UnitInfo(granularity=G_.DAY, days=1 / 24, timex="H", clock=True,
                        smaller=(Unit.MINUTE, 60)),
    Unit.MINUTE: UnitInfo(granularity=G_.DAY, days=1 / 1440, timex="M", clock=True,
                          smaller=(Unit.SECOND, 60)),
    Unit.SECOND: UnitInfo(granularity=G_.DAY, days=1 / 86400, timex="S", clock=True),
    Unit.DECADE: UnitInfo(granularity=G_.YEAR, months=120, timex="DE", in_years=10),
    Unit.CENTURY: UnitInfo(granularity=G_.YEAR, months=1200, timex="CE", in_years=100),
    Unit.QUARTER: UnitInfo(granularity=G_.QUARTER, months=3, timex="Q"),
    Unit.HALF: UnitInfo(granularity=G_.HALF, months=6, timex="H"),
}  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class Frame:
    """What an expression says, before any reference date is known.

    Calendar fields hold what the text gives; relative fields say how to move from an origin
    (the reference date, the previous date of the story, or its previous period).
    """

    kind: Kind = Kind.DATE
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 19 for the 1900s (20th century)
    season: str | None = None  # SP SU FA WI
    quarter: int | None = None
    half: int | None = None
    part_of_day: str | None = None  # MO AF EV NI
    hour: int | None = None
    minute: int | None = None
    mod: str | None = None  # START MID END APPROX ...
    amount: float | None = None  # for moves and durations; None = unspecified ("des années")
    amount_hi: float | None = None  # upper bound of "5-7 ans"
    unit: Unit | None = None
    origin: Origin | None = None  # what a relative expression counts from; None: absolute
    direction: int = 0  # from the origin: -1 back ("il y a", "ago"), +1 forward, 0 none
    tense: int = 0  # a date without its year: -1 the past one ("said Friday"), +1 the next one
    deictic: int | None = None  # -1 last, 0 this, +1 next
    approximate: bool = False
    bc: bool = False
    quant: str | None = None  # EVERY for sets
    lean: int = 0  # -1: a weekday of unknown tense is the past one (see Rule.lean)
    # the weekday on or after the month and day, not the day itself: a holiday such as the
    # fourth Thursday of November is the Thursday on or after 22 November
    on_or_after: bool = False
    reference_type: str = "DATE"  # the TIMEX3 type of a vague reference (see LanguageResource)
    feast: str | None = None  # a movable holiday by its key in `feasts` ("easter", "ramadan")
    # a length at the start (+1) or the end (-1) of the date that follows it: "the first nine
    # months [of 2014]", "les trois derniers mois [de 2014]" (see Grammar._anchor_edges)
    edge: int = 0
    # a day of a list of days of one month whose year is not written ("les [16], 17 et 18
    # décembre"): the list's last day, whose year every day of the list takes (daylists.py)
    list_last: Frame | None = None

    @property
    def clock_only(self) -> bool:
        """A clock time and nothing else: "17h21", "9:30 a.m." (no day, no origin)."""
        dated = (self.year, self.month, self.day, self.weekday, self.season, self.feast)
        return (
            self.hour is not None
            and self.origin is None
            and self.deictic is None
            and all(v is None for v in dated)
        )

    @property
    def place_in_year(self) -> tuple[int, int]:
        """Where in its year a date without its year lies, as (month, day): a month, a day of
        one, a season, a quarter or a half; (-1, -1) when its words do not say (a year, a week,
        a feast)."""
        if self.month is not None:
            return self.month, self.day or 0
        if self.season in _SEASON_MONTHS:
            return _SEASON_MONTHS[self.season], 0
        if self.quarter is not None:
            return 3 * self.quarter - 2, 0
        if self.half is not None:
            return 6 * self.half - 5, 0
        return -1, -1


_SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season begins in


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A temporal expression found in the text, with what it says."""

    start: int
    end: int
    text: str
    rule: str
    frame: Frame
    frame_end: Frame | None = None  # second end of a range ("de 2011 à 2014")
    relation: Relation | None = None
    parts: tuple[tuple[int, int], ...] = ()  # sub-extents of a range, for TimeML scoring
    # the baseline of a comparison ("up from [the year-ago quarter]"): placed, but not a date
    # of the story, as a date with a signal is not
    baseline: bool = False


@dataclass(frozen=True, slots=True)
class Move:
    """How far a relative expression moves from its origin ("il y a deux ans": 2 years back
    from the reference date), kept on its entry for the label ("il y a 2 ans → 2022")."""

    amount: float
    unit: Unit
    direction: int  # -1 back, +1 forward
    origin: Origin

    @staticmethod
    def of(f: Frame) -> Move | None:
        """The move a frame states with an exact amount; None for anything vaguer."""
        if f.amount is None or f.amount_hi is not None or f.approximate or f.unit is None:
            return None
        if f.direction == 0 or f.origin not in (Origin.REFERENCE, Origin.STORY):
            return None
        return Move(f.amount, f.unit, f.direction, f.origin)


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolution:
    """A mention placed on the calendar: TIMEX3 attributes plus an inclusive date range."""

    type: str  # DATE TIME DURATION SET
    value: str | None
    mod: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: Granularity | None = None
    approximate: bool = False
    explanation: str | None = None  # which date it was computed from, in words
    moved: tuple[float, Unit] | None = None  # (amount, unit) it was moved from the last period
    warning: str | None = None  # a contradiction in the words ("lundi 16 septembre 2015")


@dataclass(frozen=True, slots=True)
class Reference:
    """The date relative expressions count from, and where it came from."""

    date: dt.date
    # "option" | "csv" | "metadata" | "document" | "filename" | "estimated" | "today"
    source: str
    detail: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Part:
    """One of the two expressions a range was joined from ("[2008]" in "entre 2008 et 2012"),
    with its own TIMEX3 type and value: written in `parts`, scored as TimeML tags it."""

    text: str
    char_start: int
    char_end: int
    type: str
    value: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One row of the timeline: an expression, its dates and the sentence it belongs to."""

    source: str
    language: str
    text: str
    char_start: int
    char_end: int
    sentence: str
    sentence_start: int
    type: str
    value: str | None
    mod: str | None
    start: dt.date | None
    end: dt.date | None
    granularity: str | None
    approximate: bool
    relation: Relation | None
    label: str
    rule: str
    explanation: str | None  # written as the output field `anchor` (see render.FIELDS)
    parts: tuple[Part, ...] = ()
    # a relative expression's move from its origin: for its label only, in no output format
    move: Move | None = field(default=None, metadata={"output": False})

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


class Genre(StrEnum):
    """How a document places yearless dates and relative words: a news article around its
    reference date, a narrative (biography, history) in its story."""

    NEWS = "news"
    NARRATIVE = "narrative"


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    source: str
    language: str
    language_source: str  # "option" | "detected"
    reference: Reference
    characters: int
    support: str = "full"  # "full" (French, English) or "basic" (any other language)
    title: str | None = None  # of a web page
    url: str | None = None  # a web page's canonical URL
    text: str | None = None  # the text offsets index, kept only on request (--with-text)
    encoding: str | None = None  # how the bytes were read (None: given as text)
    encoding_note: str | None = None  # what was odd about them and what was done
    genre: Genre = Genre.NEWS
    genre_source: str = ""  # "option", or the measures it was decided from


@dataclass(frozen=True, slots=True)
class Timeline:
    document: DocumentInfo
    entries: tuple[Entry, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = ()  # expressions that could not be resolved, left undated

    def to_records(self) -> list[dict[str, Any]]:
        """The entries as the rows of the JSON output (`timeline schema`, `$defs/entry`)."""
        from .render import json_record

        return [json_record(e, self.document.reference) for e in self.entries]


T = TypeVar("T")


def maker(cls: type[T]) -> Callable[..., T]:
    """A function that makes an instance of the frozen dataclass `cls` (with slots) from the
    same arguments and defaults as `cls(...)` (keywords, or the fields in order), for the
    objects a dense text makes one or more of per expression (an entry, its parts, a mention).

    A frozen class guards `__setattr__`, so its own `__init__` sets each field through
    `object.__setattr__`. Here the fields are set on an instance of a twin class with the
    same slots and no guard (a plain attribute store, which the interpreter does fastest),
    and the instance then becomes a `cls`: the same layout, so the same object. An entry is
    made in a third of the time of setting each slot's descriptor, a quarter of `cls(...)`."""
    names, defaults = [], {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: a default factory is not supported")
        names.append(f"{f.name}=_d_{f.name}" if f.default is not MISSING else f.name)
        if f.default is not MISSING:
            defaults[f"_d_{f.name}"] = f.default
    slots = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if tuple(getattr(cls, "__slots__", ())) != tuple(slots) or cls.__bases__ != (object,):
        raise TypeError(f"{cls.__name__}: a dataclass with slots, of its fields only")
    twin = type(f"_{cls.__name__}", (), {"__slots__": tuple(slots)})
    body = "".join(f"    self.{name} = {name}\n" for name in slots)
    source = (f"def make({', '.join(names)}):\n    self = _new(_twin)\n{body}"
              "    self.__class__ = _cls\n    return self\n")  # fmt: skip
    scope: dict[str, Any] = {"_new": object.__new__, "_twin": twin, "_cls": cls, **defaults}
    exec(source, scope)
    made: Callable[..., T] = scope["make"]
    made.__doc__ = f"`{cls.__name__}(...)`, faster (see `model.maker`)."
    return made


def chronological(e: Entry) -> tuple[object, ...]:
    """By start, an entry with only an end ("d'ici 2027") at its end; then by end and position;
    undated entries last."""
    start, end = e.start, e.end  # (read once: a dense text sorts an entry per expression)
    return (
        start is None and end is None,
        start or end or dt.date.min,
        end or dt.date.max,
        e.source,
        e.char_start,
    )
