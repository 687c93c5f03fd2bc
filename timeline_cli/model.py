"""Value objects shared by every stage of the pipeline: frames, resolutions, entries, timelines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


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


@dataclass(frozen=True, slots=True)
class Frame:
    """What an expression says, before any reference date is known.

    Calendar fields hold what the text gives; relative fields say how to move from an anchor
    (the reference date, or the previous date of the story).
    """

    kind: str = "date"  # date | time | duration | set | present | past | future
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
    amount: float | None = None  # for shifts and durations; None = unspecified ("des années")
    amount_hi: float | None = None  # upper bound of "5-7 ans"
    unit: str | None = None  # Y M W D H MIN DE CE Q HALF SEASON
    shift: int = 0  # -1 back from the anchor ("il y a", "ago"), +1 forward, 0 none
    anchor: str | None = None  # "ref" or "story"
    deictic: int | None = None  # -1 last, 0 this, +1 next
    approximate: bool = False
    bc: bool = False
    quant: str | None = None  # EVERY for sets
    lean: int = 0  # -1: a weekday of unknown tense is the past one (see Rule.lean)
    # the weekday on or after the month and day, not the day itself: a holiday such as the
    # fourth Thursday of November is the Thursday on or after 22 November
    on_or_after: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """A temporal expression found in the text, with what it says."""

    start: int
    end: int
    text: str
    rule: str
    frame: Frame
    frame_end: Frame | None = None  # second end of a range ("de 2011 à 2014")
    relation: str | None = None  # since until before after from by range
    parts: tuple[tuple[int, int], ...] = ()  # sub-extents of a range, for TimeML scoring


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mention placed on the calendar: TIMEX3 attributes plus an inclusive date range."""

    type: str  # DATE TIME DURATION SET
    value: str | None
    mod: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: Granularity | None = None
    approximate: bool = False
    anchor: str | None = None  # which date it was computed from, in words
    moved: tuple[float, str] | None = None  # (amount, unit) it was moved from the last period


@dataclass(frozen=True, slots=True)
class Reference:
    """The date relative expressions count from, and where it came from."""

    date: dt.date
    source: str  # "option" | "document" | "estimated" | "today"
    detail: str = ""


@dataclass(frozen=True, slots=True)
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
    relation: str | None
    label: str
    rule: str
    anchor: str | None
    parts: tuple[tuple[int, int], ...] = ()

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    source: str
    language: str
    language_source: str  # "option" | "detected"
    reference: Reference
    characters: int
    encoding: str | None = None  # how the bytes were read (None: given as text)
    encoding_note: str | None = None  # what was odd about them and what was done


@dataclass(frozen=True, slots=True)
class Timeline:
    document: DocumentInfo
    entries: tuple[Entry, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = ()  # expressions that could not be resolved, left undated
