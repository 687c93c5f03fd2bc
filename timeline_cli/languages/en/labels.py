"""English labels: the words and templates `labels.py` fills ("early 2014", "Aug 2014 → 15 Sep
2015", "2 years ago → 2022", "several weeks", "every Tuesday")."""

from __future__ import annotations

from ...model import Origin, Relation, Unit
from ...schema import LabelWords, UnitWords


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _unit(name: str, plural: str = "") -> UnitWords:
    plural = plural or name + "s"
    return UnitWords(one=f"one {name}", count=f"{{n}} {plural}", several=f"several {plural}",
                     every=f"every {name}", every_count=f"every {{n}} {plural}")  # fmt: skip


LABELS = LabelWords(
    months=tuple("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()),
    weekdays=tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()),
    numbers=dict(enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen twenty".split()
    )) | {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty",
          90: "ninety"},
    decimal_point=".",
    ordinal=_ordinal,
    day_numbers={},
    periods={
        "century": "{nth} century", "decade": "{decade}s", "year": "{year}",
        "half": "H{n} {year}", "quarter": "Q{n} {year}", "season": "{season} {year}",
        "winter": "{season} {year}–{next}", "month": "{month} {year}", "week": "week of {day}",
        "weekend": "weekend of {day}", "day": "{d} {month} {year}",
        "part_of_day": "{day}, {pod}", "time": "{day} {clock}",
    },
    seasons={"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"},
    parts_of_day={"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"},
    parts_of_day_of={},
    clock="{hh}:{mm}",
    clock_on_the_hour="{hh}:00",
    mods={("START", ""): "early {x}", ("MID", ""): "mid {x}", ("END", ""): "late {x}"},
    relations={
        Relation.SINCE: "{x} → {end}", Relation.FROM: "{x} →", Relation.AFTER: "after {x} →",
        Relation.BEFORE: "before {x}", Relation.UNTIL: "→ {x}", Relation.BY: "→ {x}",
    },
    ranges={"year": "{a}–{b}", "": "{a} – {b}"},
    approximate="{x} (≈)",
    moves={
        (Origin.REFERENCE, -1): "{amount} ago → {date}",
        (Origin.REFERENCE, 1): "in {amount} → {date}",
        (Origin.STORY, -1): "{amount} earlier → {date}",
        (Origin.STORY, 1): "{amount} later → {date}",
    },
    units={
        Unit.YEAR: _unit("year"), Unit.MONTH: _unit("month"), Unit.WEEK: _unit("week"),
        Unit.DAY: _unit("day"), Unit.WEEKEND: _unit("weekend"), Unit.HOUR: _unit("hour"),
        Unit.MINUTE: _unit("minute"), Unit.SECOND: _unit("second"), Unit.DECADE: _unit("decade"),
        Unit.CENTURY: _unit("century", "centuries"), Unit.QUARTER: _unit("quarter"),
        Unit.HALF: _unit("half-year"),
    },
    and_=" and ",
    quantity_mods={
        "MORE_THAN": "more than {x}", "LESS_THAN": "less than {x}",
        "EQUAL_OR_MORE": "at least {x}", "EQUAL_OR_LESS": "at most {x}",
    },
    every_weekday="every {weekday}",
    references={"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"},
    generic="{x} (any year)",
    some_year="some year",
    before_christ="{year} BC",
    some_day="{clock}, day unknown",
    undated="undated",
)  # fmt: skip
