"""Human labels for resolved dates, in the language of the reader: "early 2014" / "début 2014",
"Aug 2014 → 15 Sep 2015" / "depuis août 2014", "2008–2010 (≈)", "several weeks" / "quelques
semaines", "every Tuesday" / "chaque mardi".

One engine for every language: it reads a resolution (or an entry's fields) and fills the
templates of the language's `LabelWords` (`languages/<code>/labels.py`); it holds no word.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache, lru_cache
from importlib.util import find_spec

from .languages import LANGUAGES, label_words
from .model import UNITS, Entry, Move, Relation, Resolution, Timeline, Unit
from .model import Granularity as G
from .schema import LabelWords

# the languages labels can be written in (those whose package has a `labels.py`); a document
# in another language gets English ones
LABEL_LANGUAGES: tuple[str, ...] = tuple(
    code for code in LANGUAGES if find_spec(f"{__package__}.languages.{code}.labels")
)
_FALLBACK = "en"
_YEARS = (G.YEAR, G.DECADE, G.CENTURY)


def label_language(language: str) -> str:
    """The language of an entry's labels under `--labels auto`: its document's, if labels can
    be written in it, else English."""
    return language if language in LABEL_LANGUAGES else _FALLBACK


@cache
def _words(language: str) -> LabelWords:
    return label_words(label_language(language))


def label(
    res: Resolution, relation: Relation | None, language: str = _FALLBACK, move: Move | None = None
) -> str:
    """The label shown for an entry: its period, opened or bounded by its relation, or what an
    undated expression says ("ten years", "every Tuesday", "now")."""
    w = _words(language)
    if res.start is None and res.end is None:
        return _undated(res, w)
    if res.type == "TIME" and res.value and _CLOCK_RANGE.fullmatch(res.value):
        text = _clock_range(res.value, w)  # "6 octobre 2014 à 13h – 19h"
    elif relation == Relation.RANGE or res.type == "DURATION" or (res.value and "/" in res.value):
        text = _range(res.start, res.end, res.granularity, w)
    elif relation is not None and relation in w.relations:
        end = _day(res.end, w) if res.end is not None else ""
        if relation == Relation.SINCE and res.end is None:
            text = point_label(res, w)
        else:
            text = w.relations[relation].format(x=point_label(res, w), end=end)
    else:
        text = _moved(point_label(res, w), move, w)
    return w.approximate.format(x=text) if res.approximate else text


def entry_label(e: Entry, language: str) -> str:
    """An entry's label in `language`, from its own fields (the same label the pipeline gives
    it when `language` is its document's)."""
    res = Resolution(type=e.type, value=e.value, mod=e.mod, start=e.start, end=e.end,
                     granularity=G(e.granularity) if e.granularity else None,
                     approximate=e.approximate)  # fmt: skip
    return _remembered(res, e.relation, language, e.move)


# news repeats the same dates: a timeline relabelled is mostly labels already made
_remembered = lru_cache(maxsize=20_000)(label)


def relabel(timeline: Timeline, language: str) -> Timeline:
    """The timeline with its labels in `language` ("auto": its document's language)."""
    chosen = label_language(timeline.document.language if language == "auto" else language)
    entries = tuple(replace(e, label=entry_label(e, chosen)) for e in timeline.entries)
    return replace(timeline, entries=entries)


def point_label(res: Resolution, w: LabelWords) -> str:
    """The label of the period an expression names, before a signal word opens it."""
    if res.value is None or res.granularity is None:
        return w.undated
    fields = _period(res.value, res.granularity, w)
    text = fields["x"]
    if res.mod:
        g = res.granularity.value
        template = w.mods.get((res.mod, g)) or w.mods.get((res.mod, ""))
        text = template.format(**fields) if template else text
    return text


def _period(value: str, g: G, w: LabelWords) -> dict[str, str]:
    """The label of a TIMEX3 value of the given granularity (`x`), with the pieces a modifier
    template may place differently (`day`, `pod`, `pod_of`)."""
    year = value[:4]
    if g is G.CENTURY:
        n = int(value[:2]) + 1
        return {"x": w.periods["century"].format(nth=w.ordinal(n), roman=_roman(n), n=n)}
    if g is G.DECADE:
        return {"x": w.periods["decade"].format(decade=f"{value[:3]}0")}
    if g is G.YEAR:
        return {"x": w.periods["year"].format(year=year)}
    if g in (G.HALF, G.QUARTER):
        n = int(value[6:])
        return {"x": w.periods[g.value].format(n=n, nth=w.ordinal(n), year=year)}
    if g is G.SEASON:
        code = value[5:]
        template = w.periods["winter" if code == "WI" else "season"]
        season = w.seasons.get(code, code)
        return {"x": template.format(season=season, year=year, next=int(year) + 1)}
    if g is G.MONTH:
        return {"x": w.periods["month"].format(month=w.months[int(value[5:7]) - 1], year=year)}
    if g is G.WEEK:
        monday = dt.date.fromisocalendar(int(year), int(value[6:8]), 1)
        if value.endswith("-WE"):
            saturday = _day(monday + dt.timedelta(days=5), w)
            return {"x": w.periods["weekend"].format(day=saturday)}
        return {"x": w.periods["week"].format(day=_day(monday, w))}
    day = _day(dt.date.fromisoformat(value[:10]), w)
    if g is G.PART_OF_DAY:
        code = value[11:]
        pod = w.parts_of_day.get(code) or _clock(code, w)
        pod_of = w.parts_of_day_of.get(code, pod)
        return {"x": w.periods["part_of_day"].format(day=day, pod=pod), "day": day, "pod": pod,
                "pod_of": pod_of}  # fmt: skip
    if g is G.TIME:
        return {"x": w.periods["time"].format(day=day, clock=_clock(value[11:16], w))}
    return {"x": day}


def _day(d: dt.date, w: LabelWords) -> str:
    number = w.day_numbers.get(d.day, str(d.day))
    return w.periods["day"].format(d=number, month=w.months[d.month - 1], year=d.year)


def _clock(hh_mm: str, w: LabelWords) -> str:
    """A time of day ("18:30") as the language writes it ("18h30"); anything else as it is."""
    if not re.fullmatch(r"\d\d:\d\d", hh_mm):
        return hh_mm
    hh, mm = hh_mm.split(":")
    template = w.clock_on_the_hour if mm == "00" else w.clock
    return template.format(hour=int(hh), hh=hh, mm=mm)


def _roman(n: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _range(start: dt.date | None, end: dt.date | None, g: G | None, w: LabelWords) -> str:
    """From the start of a range to its end, each as coarse as the granularity allows."""
    assert start is not None and end is not None
    if g in _YEARS:
        return w.ranges["year"].format(a=start.year, b=end.year)
    if g is G.MONTH:
        a, b = (_period(d.isoformat()[:7], G.MONTH, w)["x"] for d in (start, end))
    else:
        a, b = _day(start, w), _day(end, w)
    return w.ranges.get(g.value if g else "", w.ranges[""]).format(a=a, b=b)


_CLOCK_RANGE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/(\d{4}-\d\d-\d\d)T(\d\d:\d\d)")


def _clock_range(value: str, w: LabelWords) -> str:
    """A range of clock times with their hours: on one day, the day once ("6 October 2014,
    13:00 – 19:00" as the language writes it); across midnight, each end whole."""
    found = _CLOCK_RANGE.fullmatch(value)
    assert found is not None
    day_a, clock_a, day_b, clock_b = found.groups()
    a, b = _clock(clock_a, w), _clock(clock_b, w)
    if day_a == day_b:
        day = _day(dt.date.fromisoformat(day_a), w)
        return w.periods["time"].format(day=day, clock=w.ranges[""].format(a=a, b=b))
    ends = (w.periods["time"].format(day=_day(dt.date.fromisoformat(d), w), clock=c)
            for d, c in ((day_a, a), (day_b, b)))  # fmt: skip
    return w.ranges[""].format(a=next(ends), b=next(ends))


def _moved(point: str, move: Move | None, w: LabelWords) -> str:
    """The move a relative expression states, then where it lands ("il y a 2 ans → 2022"); a
    move of one day ("hier", "le lendemain") is just its day."""
    if move is None or (move.amount == 1 and move.unit is Unit.DAY):
        return point
    template = w.moves.get((move.origin, move.direction))
    if template is None:
        return point
    return template.format(amount=_amount(move.amount, move.unit, w, words=False), date=point)


# --- what undated expressions say -------------------------------------------------------------

_DURATION = re.compile(r"P(?P<date>(?:(?:\d+(?:\.\d+)?|X)(?:WE|DE|CE|[YMWDQH]))*)"
                       r"(?:T(?P<time>(?:(?:\d+(?:\.\d+)?|X)[HMS])+))?")  # fmt: skip
_PART = re.compile(r"(\d+(?:\.\d+)?|X)(WE|DE|CE|[YMWDQHS])")
# a TIMEX3 unit letter (with whether it is written after the T) -> the unit
_TIMEX_UNITS = {(info.timex, info.clock): unit for unit, info in UNITS.items()}
_WEEKDAY_SET = re.compile(r"XXXX-WXX-([1-7])")
_BC = re.compile(r"BC(\d{4})")
_POINT = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


def _undated(res: Resolution, w: LabelWords) -> str:
    """What an expression that has no place on the timeline says, in words."""
    value = res.value or ""
    if value in w.references:
        return w.references[value]
    text = _set(value, w) if res.type == "SET" else _duration(value, w)
    if text is None and res.type == "DURATION" and value.count("/") == 1:  # "de 6 à 9 mois"
        a, b = (_duration(v, w) for v in value.split("/"))
        text = w.ranges[""].format(a=a, b=b) if a and b else None
    if text is None:
        text = _other_date(value, w)
    if res.mod and res.mod in w.quantity_mods:
        text = w.quantity_mods[res.mod].format(x=text)
    return w.approximate.format(x=text) if res.approximate else text


def _duration(value: str, w: LabelWords) -> str | None:
    """A duration in words ("ten years", "several weeks"); None if `value` is not one."""
    found = _DURATION.fullmatch(value)
    if found is None or not value[1:]:
        return None
    parts = [(n, u, False) for n, u in _PART.findall(found["date"])]
    parts += [(n, u, True) for n, u in _PART.findall(found["time"] or "")]
    said = []
    for amount, letter, clock in parts:
        unit = _TIMEX_UNITS.get((letter, clock))
        if unit is None:
            return None
        if amount == "X":
            said.append(w.units[unit].several)
        else:
            said.append(_amount(float(amount), unit, w, words=True))
    return w.and_.join(said)


def _set(value: str, w: LabelWords) -> str | None:
    """A set in words ("every Tuesday", "every five years"); None if `value` is not one."""
    weekday = _WEEKDAY_SET.fullmatch(value)
    if weekday:
        return w.every_weekday.format(weekday=w.weekdays[int(weekday[1]) - 1])
    found = _DURATION.fullmatch(value)
    parts = _PART.findall(value[1:].replace("T", "")) if found else []
    if len(parts) != 1 or parts[0][0] == "X":
        return None
    amount, letter = parts[0]
    unit = _TIMEX_UNITS.get((letter, "T" in value))
    if unit is None:
        return None
    if float(amount) == 1:
        return w.units[unit].every
    return w.units[unit].every_count.format(n=_number(float(amount), w, words=True))


def _other_date(value: str, w: LabelWords) -> str:
    """A year before Christ, a generic date ("en été": any summer), a range that ends before
    it starts; `undated` for anything else."""
    if bc := _BC.fullmatch(value):
        return w.before_christ.format(year=int(bc[1]))
    if value.startswith("XXXX-XX-XXT"):  # "at 8:30" on a day the text does not give
        code = value[11:]
        return w.some_day.format(clock=w.parts_of_day.get(code) or _clock(code, w))
    if value.startswith("XXXX"):
        code = value[5:]
        if code in w.seasons:
            return w.generic.format(x=w.seasons[code])
        if code.isdigit() and 1 <= int(code) <= 12:
            return w.generic.format(x=w.months[int(code) - 1])
        return w.some_year if value == "XXXX" else w.undated  # "XXXX-XX-XX": some day
    points = value.split("/")
    if len(points) == 2 and all(_POINT.fullmatch(p) for p in points):
        a, b = (_point(p, w) for p in points)
        return w.ranges[""].format(a=a, b=b)
    return w.undated


def _point(value: str, w: LabelWords) -> str:
    g = {4: G.YEAR, 7: G.MONTH}.get(len(value), G.DAY)
    return _period(value, g, w)["x"]


def _amount(amount: float, unit: Unit, w: LabelWords, *, words: bool) -> str:
    """An amount of a unit: "un an", "dix ans" (`words`: number words where the language has
    them), "2 ans"."""
    names = w.units[unit]
    if amount == 1:
        return names.one
    return names.count.format(n=_number(amount, w, words=words))


def _number(amount: float, w: LabelWords, *, words: bool) -> str:
    if float(amount).is_integer():
        n = int(amount)
        return w.numbers.get(n, str(n)) if words else str(n)
    return f"{amount:g}".replace(".", w.decimal_point)
