"""Basic support for languages other than French and English, through dateparser.

Only absolute calendar expressions are taken: a day with a month name ("13 de mayo de 1901",
"3. Oktober 1990"), a month name with a year ("mayo de 1901"), a numeric date ("30/06/2009",
"2009-06-30") and a lone year where the words around it say it is one ("im Frühjahr 1945",
"(1901-1948)"). Nothing relative ("ayer", "hace tres años") and no bare numbers. Month names
are dateparser's, for any language it knows; each expression is resolved by dateparser, to
the range of the precision it reports (day, month or year). dateparser is imported here only,
and this module only for a document that needs it: French and English runs never load it.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from .labels import label
from .languages.others import OTHER_LANGUAGES
from .lexicon import fold
from .model import DocumentInfo, Entry, Granularity, Reference, Resolution, Timeline
from .refsources import first_line_date
from .sentences import split_sentences

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

WARNING = (
    "basic support: only absolute dates (a day or month with its name, a year) are found, "
    "nothing relative such as 'yesterday' or 'three years ago'"
)

_DAY = r"(?P<day>[0-3]?\d)(?:\.|º|°|ª|er|e)?"
_YEAR = r"(?P<year>1\d{3}|20\d{2})"
# between day, month and year: a comma, or a short lower-case word ("13 de mayo de 1901")
_LINK = r",?\s+(?:(?-i:[a-zà-ÿ]{1,3})\s+)?"
_NUMERIC = (
    r"(?P<numeric>(?<![\d.,/-])(?:[0-3]?\d[./][01]?\d[./](?:1\d|20)\d{2}"
    r"|(?:1\d|20)\d{2}-[01]\d-[0-3]\d)(?![\d.,/-]\d))"
)
_RANGE_LINK = r"\s*(?:[-–—/]|[^\W\d]{1,4})\s*"  # "1939-1945", "1939 bis 1945", "1939 y 1945"
_LONE_YEAR = re.compile(r"(?<![\w.,/])(1\d{3}|20\d{2})(?![\w%°]|[.,]\d|\s*%)")
_WORD = re.compile(r"[^\W\d_]+")
# a number that opens a line or a sentence ("1946 wurde er Vorsitzender"): a year, unless a
# count word follows; news avoids opening a sentence with a count
_STARTS_SENTENCE = re.compile(r"(?:^|[.;!?]\s+|\n\s*)$")


@dataclass(frozen=True, slots=True)
class BasicDate:
    """An absolute date found by basic support: its extent and the range it covers."""

    start: int
    end: int
    text: str
    rule: str
    value: str
    granularity: Granularity
    first: dt.date
    last: dt.date
    year_given: bool  # False for "13 de mayo": the year is the reference date's


def find_dates(text: str, language: str, reference: dt.date) -> list[BasicDate]:
    """The absolute dates of `text` in `language` (a dateparser code; "und" for numeric
    dates and marked years only), in textual order. A day and month without a year take the
    reference date's year."""
    found: list[BasicDate] = []
    taken: list[tuple[int, int]] = []  # sorted, disjoint
    for start, end, rule in _candidates(text, language):
        i = bisect.bisect_left(taken, (start, end))
        if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
            continue
        if text[end - 1] == "." and text[end - 5 : end - 1].isalpha():
            end -= 1  # "am 9. November." ends a sentence; "sept." keeps its dot
        span = text[start:end]
        date = _resolve(span, rule, language, reference)
        if date is None:
            continue
        value, granularity, first, last = date
        year_given = re.search(r"\d{4}", span) is not None
        found.append(BasicDate(start, end, span, rule, value, granularity, first, last, year_given))
        taken.insert(i, (start, end))
    return sorted(found, key=lambda d: d.start)


def _candidates(text: str, language: str) -> Iterator[tuple[int, int, str]]:
    """Spans that may be dates, the longest kinds first."""
    pattern = _pattern(language)
    if pattern is not None:
        for m in pattern.finditer(text):
            kind = m.lastgroup or ""
            yield m.start(kind), m.end(kind), kind
    for m in re.finditer(_NUMERIC, text):
        yield m.start(), m.end(), "numeric"
    yield from _lone_years(text, language)


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    """Day-month-year, month-day-year and month-year patterns with the language's month names."""
    months = _month_names(language)
    if not months:
        return None
    month = r"(?P<month>" + "|".join(re.escape(m) for m in months) + r")\.?"
    day_first = rf"{_DAY}{_LINK}{month}(?:{_LINK}{_YEAR})?"
    month_first = rf"{month}\s+{_DAY},?\s+{_YEAR}"
    month_year = rf"{month}{_LINK}{_YEAR}"
    parts = {"day_month": day_first, "month_day": month_first, "month_year": month_year}
    alternatives = "|".join(
        rf"(?P<{name}>(?<![\w.]){_rename(body, name)}(?!\w))" for name, body in parts.items()
    )
    return re.compile(alternatives, re.IGNORECASE)


def _rename(body: str, name: str) -> str:
    """The pattern with its groups renamed for one alternative (group names must be unique)."""
    return re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}_\1>", body)


@cache
def _month_names(language: str) -> tuple[str, ...]:
    if language == "und":
        return ()
    from dateparser.languages.loader import default_loader

    info: dict[str, Any] = default_loader.get_locale(language).info
    names = {
        n.rstrip(".")
        for month in calendar.month_name[1:]
        for n in info.get(month.lower(), [])
        if len(n.rstrip(".")) >= 3 and not n.isdigit()
    }
    return tuple(sorted(names, key=len, reverse=True))


def _lone_years(text: str, language: str) -> Iterator[tuple[int, int, str]]:
    """Four-digit numbers that are years: after a cue word ("im Frühjahr 1945"), in a range
    of years ("1939-1945"), in brackets ("(1901)"), opening a line or a sentence; never
    before a count word ("2000 Menschen")."""
    words = OTHER_LANGUAGES.get(language)
    cues = words.year_cues if words else frozenset()
    counts = words.count_words if words else frozenset()
    for m in _LONE_YEAR.finditer(text):
        s, e = m.span()
        after = _WORD.match(text, e + 1) if text[e : e + 1] == " " else None
        if after and fold(after.group(0)) in counts:
            continue
        before = [fold(w) for w in _WORD.findall(text[max(0, s - 40) : s])[-2:]]
        bracketed = text[s - 1 : s] == "(" or text[e : e + 1] == ")"
        first = _STARTS_SENTENCE.search(text, max(0, s - 4), s) is not None or s == 0
        if any(w in cues for w in before) or bracketed or first or _in_range(text, s, e):
            yield s, e, "year"


def _in_range(text: str, s: int, e: int) -> bool:
    later = re.match(_RANGE_LINK + r"(1\d{3}|20\d{2})(?!\d)", text[e : e + 12])
    if later and int(later.group(1)) > int(text[s:e]):
        return True
    earlier = re.search(r"(1\d{3}|20\d{2})" + _RANGE_LINK + r"$", text[max(0, s - 12) : s])
    return bool(earlier and int(earlier.group(1)) < int(text[s:e]))


_PRECISION = {"day": Granularity.DAY, "month": Granularity.MONTH, "year": Granularity.YEAR}


@lru_cache(maxsize=20_000)  # dateparser takes about a millisecond a date; news repeats dates
def _resolve(
    span: str, rule: str, language: str, reference: dt.date
) -> tuple[str, Granularity, dt.date, dt.date] | None:
    """The value, precision and range dateparser gives the span, or None."""
    if rule == "year":
        year = int(span)
        return span, Granularity.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31)
    data = _parser(language, reference).get_date_data(span)
    if data.date_obj is None or data.period not in _PRECISION:
        return None
    g = _PRECISION[data.period]
    d = data.date_obj.date()
    if g is Granularity.DAY:
        return d.isoformat(), g, d, d
    if g is Granularity.MONTH:
        last = calendar.monthrange(d.year, d.month)[1]
        return d.isoformat()[:7], g, d.replace(day=1), d.replace(day=last)
    return str(d.year), g, dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)


@cache
def _parser(language: str, reference: dt.date) -> DateDataParser:
    """A parser whose missing parts (the year of "13 de mayo") come from the reference date,
    never from today."""
    from dateparser.date import DateDataParser

    base = dt.datetime(reference.year, reference.month, reference.day)
    settings: dict[str, Any] = {"PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": base}
    if language == "und":  # numeric dates only: day first, as everywhere but in the US
        return DateDataParser(languages=["en"], settings=settings | {"DATE_ORDER": "DMY"})
    return DateDataParser(languages=[language], settings=settings)


def basic_timeline(
    text: str,
    language: str,
    language_source: str,
    source: str,
    given: Reference | None,
    fallback: Reference | None,
    *,
    offset: int = 0,
) -> Timeline:
    """The timeline of a document in a language of basic support (see `pipeline`; `offset`
    places a block of a big text). The reference date only gives a year to "13 de mayo"."""
    first = given or fallback
    dates = find_dates(text, language, first.date if first else dt.date.today())
    if given is None:
        days = [(d.start, d.end, d.first if d.granularity is Granularity.DAY and d.year_given
                 else None) for d in dates]  # fmt: skip
        stated = first_line_date(text, days)
        reference = stated or fallback or _latest_day(dates)
        yearless = any(not d.year_given for d in dates)
        if yearless and reference is not None and reference != first:  # "13 de mayo" moves
            dates = find_dates(text, language, reference.date)
    else:
        reference = given
    reference = reference or Reference(dt.date.today(), "today", "no date in the text")
    sentences = _joined(split_sentences(text, ()), dates)
    starts = [s for s, _ in sentences]
    entries = [_entry(d, text, source, language, sentences, starts, offset) for d in dates]
    info = DocumentInfo(source, language, language_source, reference, offset + len(text),
                        support="basic")  # fmt: skip
    return Timeline(info, tuple(sorted(entries, key=_chronological)))


def _joined(sentences: list[tuple[int, int]], dates: list[BasicDate]) -> list[tuple[int, int]]:
    """The sentences, joined where a break falls inside a date: "am 3. Oktober 1990" is one
    date, not the end of a sentence after "3."."""
    inside = {i for d in dates for i in range(d.start + 1, d.end)}
    joined: list[tuple[int, int]] = []
    for s, e in sentences:
        if joined and joined[-1][1] in inside:
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return joined


def _latest_day(dates: list[BasicDate]) -> Reference | None:
    days = [d.first for d in dates if d.granularity is Granularity.DAY and d.year_given]
    if not days:
        return None
    return Reference(max(days), "estimated", "the latest explicit date in the text")


def _entry(
    d: BasicDate,
    text: str,
    source: str,
    language: str,
    sentences: list[tuple[int, int]],
    starts: list[int],
    offset: int,
) -> Entry:
    i = max(bisect.bisect_right(starts, d.start) - 1, 0)
    s, e = sentences[i] if sentences else (0, len(text))
    sentence = text[s:e].replace("\n", " ").replace("\r", " ").replace("\t", " ")
    res = Resolution(type="DATE", value=d.value, start=d.first, end=d.last,
                     granularity=d.granularity)  # fmt: skip
    return Entry(
        source=source, language=language, text=d.text, char_start=d.start + offset,
        char_end=d.end + offset, sentence=sentence, sentence_start=s + offset, type="DATE",
        value=d.value, mod=None, start=d.first, end=d.last, granularity=d.granularity.value,
        approximate=False, relation=None, label=label(res, None), rule=f"basic:{d.rule}",
        explanation=None if d.year_given else "the reference date's year",
    )  # fmt: skip


def _chronological(e: Entry) -> tuple[object, ...]:
    return (e.start, e.end, e.char_start)


def supported(code: str) -> bool:
    """Whether dateparser knows the language code (loads dateparser's language table)."""
    from dateparser.data import languages_info

    return code in languages_info.language_order
