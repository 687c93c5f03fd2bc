"""From a rule's matched groups to a `Frame`: what the expression says, in language-free terms."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from .lexicon import Vocabulary
from .model import Frame, Kind, Origin, Unit
from .schema import SLOT, Rule

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_LETTERS = re.compile(r"[\W\d_]+")  # what is not a letter: "p. m." is looked up as "pm"
_NOT_DIGITS = re.compile(r"\D+")
_HALF_DAY = 12  # hours on a 12-hour clock
_TWO_DIGIT_DECADES = 190  # "'90s" is 199: two-digit decades are of the 1900s
_PIVOT = 30  # two-digit years: up to 30 is 20xx, above is 19xx (1931-2030)
_MAX_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_REF_KINDS = {"PRESENT_REF": Kind.PRESENT, "PAST_REF": Kind.PAST, "FUTURE_REF": Kind.FUTURE}


def _read(g: _Groups, vocab: Vocabulary, slot: str) -> Any:
    """The meaning of the word in the slot's own group (`schema.SLOTS`), or None."""
    group = SLOT[slot].group
    return None if group is None else vocab.word(slot, g.get(group))


def _number(word: str | None, vocab: Vocabulary) -> float | None:
    if word is None:
        return None
    digits = word.replace(",", ".").replace(" ", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits)
    fraction = re.fullmatch(r"(\d+)?\s*([1-9])/([1-9])", word.strip())  # "2 1/2"
    if fraction:
        return int(fraction.group(1) or 0) + int(fraction.group(2)) / int(fraction.group(3))
    found: float | None = vocab.word("numbers", word)
    return found


def _ordinal(word: str | None, vocab: Vocabulary) -> int | None:
    if word is None:
        return None
    found: int | None = vocab.word("ordinals", word)
    if found is not None:
        return found
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group(0))
    number = vocab.word("numbers", word)  # a day in words: "le trente et un décembre"
    return int(number) if number is not None else None


def _roman(numeral: str) -> int:
    values = [_ROMAN[c] for c in numeral.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _century(word: str) -> int:
    """The TIMEX3 century value: the 20th century ("XXe", "20th") is 19."""
    number = int(word) if word.isdigit() else _roman(word)
    return number - 1


def _decade(word: str, vocab: Vocabulary) -> int | None:
    """The TIMEX3 decade value: the 1990s are 199; a decade of two digits ("the '90s", "les
    années 70") is of the 1900s, as news means it, and so is one in words ("the nineties", "les
    années quatre-vingt": the language's `decades`)."""
    digits = _NOT_DIGITS.sub("", word)
    if not digits:
        found: int | None = vocab.word("decades", word.lstrip("'’"))
        return found
    if len(digits) == 2:
        return _TWO_DIGIT_DECADES + int(digits) // 10
    return int(digits) // 10


def _year(word: str, pivot: bool) -> int:
    """A year as written; two digits ("octobre 98", "'93") are 1931-2030, except before
    Christ."""
    digits = word.lstrip("'’")
    year = int(digits)
    if len(digits) == 2 and pivot:
        year += 2000 if year <= _PIVOT else 1900
    return year


def _year_of(word: str, pivot: bool, vocab: Vocabulary) -> int | None:
    return _year(word, pivot) if word.lstrip("'’").isdigit() else _spoken_year(word, vocab)


def _spoken_year(words: str, vocab: Vocabulary) -> int | None:
    """A year said in words: one number ("two thousand"), or its hundreds then the rest
    ("nineteen ninety-six")."""
    whole = vocab.word("numbers", words)
    if whole is not None:
        return int(whole)
    head, _, tail = words.strip().partition(" ")
    hundreds, rest = vocab.word("numbers", head), vocab.word("numbers", tail)
    if hundreds is None or rest is None:
        return None
    return int(hundreds) * 100 + int(rest)


def _hour(hour: str | None, ampm: str | None, vocab: Vocabulary) -> int | None:
    """The hour on a 24-hour clock; "3 p.m." is 15 (the language's `day_halves` say which half
    of the day a marker names, by its letters: "p.m." is looked up as "pm")."""
    if hour is None:
        return None
    number = _number(hour, vocab)  # "15", or "quinze" in "à quinze heures"
    if number is None:
        return None
    value = int(number)
    half = vocab.word("day_halves", _LETTERS.sub("", ampm)) if ampm else None
    if half is not None:
        value = value % _HALF_DAY + half
    return value


def _minute(word: str | None, vocab: Vocabulary) -> int:
    """Minutes past the hour: "30", "trente", or a fraction of the hour ("et demie" is 30)."""
    number = _number(word, vocab) if word else 0
    if number is None:
        return 0
    return round(number * 60) if 0 < number < 1 else int(number)


def _span_in_hours(g: _Groups) -> float | None:
    """A race time read as a clock ("2:21:36", "2 h 05 min 11 s"): the span, in hours."""
    parts = [g.get(name) for name in ("span_hours", "span_minutes", "span_seconds")]
    if not any(parts):
        return None
    hours, minutes, seconds = (int(p or 0) for p in parts)
    return hours + minutes / 60 + seconds / 3600


class _Groups:
    """Reads one end of a match: `get("day")` is group day, or day2 for the second end."""

    def __init__(self, groups: Mapping[str, str | None], suffix: str) -> None:
        self.groups = groups
        self.suffix = suffix

    def get(self, name: str) -> str | None:
        return self.groups.get(name + self.suffix)


def _calendar_fields(g: _Groups, vocab: Vocabulary) -> dict[str, object] | None:
    month_word = g.get("month")
    month = None
    if month_word is not None:
        month = int(month_word) if month_word.isdigit() else vocab.word("months", month_word)
    year_word = g.get("year")
    fields: dict[str, object] = {
        # two digits are 1931-2030, except with an era: "14 AD", "52 av. J.-C."
        "year": _year_of(year_word, g.get("bc") is None and g.get("era") is None, vocab)
        if year_word
        else None,
        "month": month,
        "day": _ordinal(g.get("day"), vocab),
        "weekday": _read(g, vocab, "weekdays"),
        "season": _read(g, vocab, "seasons"),
        "quarter": _ordinal(g.get("quarter"), vocab),
        "half": _ordinal(g.get("half"), vocab),
        "part_of_day": _read(g, vocab, "parts_of_day"),
        "hour": _hour(g.get("hour"), g.get("ampm"), vocab),
        "minute": _minute(g.get("minute"), vocab) if g.get("hour") else None,
        "decade": _decade(g.get("decade") or "", vocab) if g.get("decade") else None,
        "century": _century(g.get("century") or "") if g.get("century") else None,
    }
    clock, past = fields["part_of_day"], g.get("pod_minute")
    if past and isinstance(clock, str) and re.fullmatch(r"\d\d:00", clock):
        # minutes after noon or midnight said by name: "minuit trente" is 00:30
        fields |= {"part_of_day": None, "hour": int(clock[:2]) % 24,
                   "minute": _minute(past, vocab)}  # fmt: skip
    if year_word and fields["year"] is None:
        return None
    if not _valid(fields):
        return None
    return _nth_of_month(fields, g, vocab)


def _nth_of_month(fields: dict[str, object], g: _Groups, vocab: Vocabulary) -> dict[str, object]:
    """ "the first Tuesday of October", "la dernière semaine de septembre": the weekday (or the
    week, the weekend) on or after a day of the month: the 1st for the first, the 8th for the
    second..., seven days before the month's end for the last (-7: counted from its end)."""
    if g.get("last_quarter") is not None:  # "the final quarter of 2011"
        fields["quarter"] = 4
    if g.get("last_half") is not None:  # "le dernier semestre 2014"
        fields["half"] = 2
    nth = _ordinal(g.get("nth"), vocab)
    if nth is not None and 1 <= nth <= 5:
        fields |= {"day": 1 + 7 * (nth - 1), "on_or_after": True}
    elif g.get("nth_last") is not None:
        fields |= {"day": -7, "on_or_after": True}
    return fields


def _valid(f: Mapping[str, object]) -> bool:
    month, day, year = f["month"], f["day"], f["year"]
    if month is not None and not (isinstance(month, int) and 1 <= month <= 12):
        return False
    if day is not None:
        if not isinstance(day, int) or not 1 <= day <= 31:
            return False
        if isinstance(month, int):
            limit = _MAX_DAYS[month - 1]
            if isinstance(year, int) and 1 <= year <= 9999:
                limit = calendar.monthrange(year, month)[1]
            if day > limit:
                return False
    hour, minute = f["hour"], f["minute"]
    if (isinstance(hour, int) and not 0 <= hour <= 24) or (isinstance(minute, int) and minute > 59):
        return False
    quarter, half = f["quarter"], f["half"]
    if quarter is not None and quarter not in (1, 2, 3, 4):
        return False
    return half is None or half in (1, 2)


def _frame(
    groups: Mapping[str, str | None], rule: Rule, vocab: Vocabulary, sfx: str
) -> Frame | None:
    g = _Groups(groups, sfx)
    fields = _calendar_fields(g, vocab)
    if fields is None:
        return None
    if rule.calendar is not None:
        fields["month"], fields["day"], fields["weekday"] = rule.calendar
        fields["on_or_after"] = rule.calendar[2] is not None
    if rule.feast is not None:
        fields["feast"] = rule.feast
    holiday = _read(g, vocab, "holidays")
    if isinstance(holiday, str):  # a movable feast: "Easter", "le ramadan"
        fields["feast"] = holiday
    elif holiday is not None:  # a fixed day, or the nth weekday of a month
        fields["month"], fields["day"], fields["weekday"] = holiday
        fields["on_or_after"] = holiday[2] is not None
    frame = Frame(kind=rule.kind, origin=rule.origin, direction=rule.direction, tense=rule.tense,
                  unit=rule.unit, amount=rule.amount, approximate=rule.approximate, mod=rule.mod,
                  lean=rule.lean, quant=rule.quant, deictic=rule.deictic, edge=rule.edge,
                  bc=g.get("bc") is not None, **fields)  # type: ignore[arg-type]  # fmt: skip
    return _relative_fields(frame, g, vocab)


def _relative_fields(frame: Frame, g: _Groups, vocab: Vocabulary) -> Frame:
    changes: dict[str, object] = {}
    mod = _read(g, vocab, "modifiers")
    if mod is not None:
        changes["mod"] = mod or None
    qmod = _read(g, vocab, "quantity_modifiers")
    if qmod is not None:
        changes["mod"] = qmod
        changes["approximate"] = qmod == "APPROX"
    if g.get("unit"):
        unit = _read(g, vocab, "units")
        changes["unit"] = None if unit is None else Unit(unit)
    amount = _number(g.get("amount"), vocab)
    if amount is not None:
        fraction = _number(g.get("fraction") or g.get("and_fraction"), vocab)  # "and a half"
        changes["amount"] = amount + (fraction or 0)
        changes["amount_hi"] = _number(g.get("amount_hi"), vocab)
    approx_amount = _read(g, vocab, "approximate_numbers")
    if approx_amount is not None:
        changes |= {"amount": approx_amount, "approximate": True}
    if g.get("vague") is not None:
        changes["amount"] = None
    rel = _read(g, vocab, "relative_days")
    if rel is not None:
        # the word says which way, whatever the verb: "a publié ses prévisions pour demain"
        # is tomorrow, not a one-day span as "in two weeks" in a past sentence is
        way = (rel > 0) - (rel < 0)
        changes |= {
            "unit": Unit.DAY,
            "amount": abs(rel),
            "direction": way,
            "origin": Origin.REFERENCE,
            "tense": way,
        }
    deictic = _read(g, vocab, "deictics")
    if deictic is not None:
        changes |= {"deictic": deictic, "origin": Origin.REFERENCE}
    ref = _read(g, vocab, "reference_words")
    if ref is not None:
        changes["kind"] = _REF_KINDS[ref]
    if changes.get("kind", frame.kind) in _REF_KINDS.values():
        changes["reference_type"] = vocab.reference_type
    span = _span_in_hours(g)
    if span is not None:
        changes |= {"amount": span, "unit": Unit.HOUR}
    if frame.kind is Kind.DATE and (frame.hour is not None or frame.part_of_day is not None):
        changes["kind"] = Kind.TIME
    return replace(frame, **changes) if changes else frame  # type: ignore[arg-type]


def frames_from_groups(
    groups: Mapping[str, str | None], rule: Rule, vocab: Vocabulary
) -> tuple[Frame, Frame | None] | None:
    """The frame of a match, and of its second end when the match is a range."""
    first = _frame(groups, rule, vocab, "")
    if first is None:
        return None
    if not any(k.endswith("2") and v is not None for k, v in groups.items()):
        return first, None
    year2 = groups.get("year2")
    fixed = dict(groups)
    if year2 is not None and len(year2) == 2 and first.year is not None:  # 1914-18
        full = first.year // 100 * 100 + int(year2)
        if full <= first.year:  # "1999-01" is not 1999 to 1901
            return None
        fixed["year2"] = str(full)
    second = _frame(fixed, rule, vocab, "2")
    if second is None:
        return None
    return complete_range(first, second)


def complete_range(first: Frame, second: Frame) -> tuple[Frame, Frame]:
    """Each end of a range takes what it leaves out from the other: "entre mars et mai 2015",
    "du 3 au 5 juillet 2016", "July 3-5, 2016"."""
    if first.unit is None and first.amount is not None:  # "de 6 à 9 mois"
        first = replace(first, unit=second.unit)
    if first.day is not None and first.month is None:
        first = replace(first, month=second.month)
    if second.day is not None and second.month is None:
        second = replace(second, month=first.month)
    names_part = first.place_in_year >= (0, 0)  # a month, a season, a quarter or a half
    if first.year is None and second.year is not None and first.decade is None and names_part:
        # a range runs forward: a first end later in the year than the second is in the year
        # before it ("from October through March 2021", "du 28 décembre au 3 janvier 2016")
        later = first.place_in_year > second.place_in_year >= (0, 0)
        first = replace(first, year=second.year - 1 if later else second.year)
    return first, second
