"""English: vocabulary, signal words and the rules of the temporal grammar, with examples.

Examples resolve against the reference date 2015-09-15 (a Tuesday); brackets mark the extent
when an example carries context the rule does not tag.
"""

from __future__ import annotations

from ..lexicon import Example as ex
from ..lexicon import LanguageResource
from ..lexicon import Rule as R
from .common import CLOCK, DAY_DIGITS, ISO_RULES

MONTHS = {
    "January": 1, "Jan.": 1, "February": 2, "Feb.": 2, "March": 3, "Mar.": 3, "April": 4,
    "Apr.": 4, "May": 5, "June": 6, "July": 7, "August": 8, "Aug.": 8, "September": 9,
    "Sept.": 9, "Sep.": 9, "October": 10, "Oct.": 10, "November": 11, "Nov.": 11,
    "December": 12, "Dec.": 12, "JANUARY": 1, "FEBRUARY": 2, "MARCH": 3, "APRIL": 4, "MAY": 5,
    "JUNE": 6, "JULY": 7, "AUGUST": 8, "SEPTEMBER": 9, "OCTOBER": 10, "NOVEMBER": 11,
    "DECEMBER": 12, "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5,
    "Sunday": 6, "Tue.": 1, "Tues.": 1, "Wed.": 2, "Thu.": 3, "Thurs.": 3, "Fri.": 4,
}  # fmt: skip

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
         " fifteen sixteen seventeen eighteen nineteen").split()  # fmt: skip
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
         80: "eighty", 90: "ninety"}  # fmt: skip


def _number_words() -> dict[str, float]:
    """Number words from zero to ninety-nine, plus a few common quantities."""
    words: dict[str, float] = {w: n for n, w in enumerate(_ONES)}
    for tens, name in _TENS.items():
        words[name] = tens
        for unit in range(1, 10):
            words[f"{name}-{_ONES[unit]}"] = tens + unit
    words |= {"a": 1, "an": 1, "a hundred": 100, "one hundred": 100, "a thousand": 1000,
              "half a": 0.5, "a half": 0.5, "a couple of": 2, "couple of": 2}  # fmt: skip
    return words


NUMBERS = _number_words()
APPROXIMATE_NUMBERS = {"dozens of": 24, "a dozen": 12, "about a dozen": 12}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
UNITS = {
    "year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W",
    "day": "D", "days": "D", "hour": "H", "hours": "H", "minute": "MIN", "minutes": "MIN",
    "second": "S", "seconds": "S", "decade": "DE", "decades": "DE", "century": "CE",
    "centuries": "CE", "quarter": "Q", "quarters": "Q", "weekend": "WE", "weekends": "WE",
}  # fmt: skip
MODIFIERS = {
    "early": "START", "the early": "START", "the beginning of": "START",
    "the start of": "START", "mid": "MID", "the middle of": "MID", "the mid": "MID",
    "late": "END", "the late": "END", "the end of": "END",
}  # fmt: skip
QUANTITY_MODIFIERS = {
    "about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX",
    "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "more than": "MORE_THAN",
    "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN",
    "under": "LESS_THAN", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
DEICTICS = {
    "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0,
}  # fmt: skip
REFERENCE_WORDS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "for now": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "later": "FUTURE_REF", "in the future": "FUTURE_REF", "soon": "FUTURE_REF",
    "formerly": "PAST_REF", "previously": "PAST_REF", "recently": "PAST_REF",
    "in the past": "PAST_REF",
}  # fmt: skip
SIGNALS = {
    "since": "since", "until": "until", "till": "until", "through": "until",
    "before": "before", "after": "after", "from": "from", "starting": "from",
    "starting in": "from", "beginning in": "from", "as of": "from", "by": "by",
}  # fmt: skip

FRAGMENTS = {
    "DAY": rf"(?:{DAY_DIGITS}(?:st|nd|rd|th)?)",
    "WDOPT": r"(?:(?P<weekday>{WEEKDAY}),?\s+)?",
    "MDY": r"(?P<month>{MONTH})\s+(?P<day>{DAY}),?\s+(?P<year>{YEAR})",
    "DMY": r"(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})",
    "MD": r"(?P<month>{MONTH})\s+(?P<day>{DAY})(?!\s*,?\s*\d)",
    "YEAR_CUE": r"(?:in|since|from|by|until|before|after|of|the|to|through|and|year|early|late"
    r"|mid|mid-|spring|summer|autumn|fall|winter|between|around|circa|during)",
    "NUM": r"(?:{NUMBER}|\d+(?:[.,]\d+)?)",
    "AMOUNT": r"(?:(?P<qmod>{QMOD})\s+)?(?:(?P<amount>{NUM})(?:\s*(?:-|to|or)\s*(?P<amount_hi>{NUM}))?"
    r"|(?P<approx_amount>{APPROX_NUMBER})|(?P<vague>several|a\s+few|few|many|some))",
    "AMPM": r"(?P<ampm>[ap]\.?\s?m\.?)",
}  # fmt: skip

RULES = (
    *ISO_RULES,
    R("time on a date",
      r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*{AMPM}\s+(?:on\s+)?{WDOPT}{MDY}", (
        ex("3 p.m. on March 3, 2012", "2012-03-03T15:00", "2012-03-03", "2012-03-03", "TIME"),
    ), kind="time"),
    R("date and time", r"{WDOPT}{MDY}(?:,?\s+at)?\s+(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?"
      r"\s*{AMPM}", (ex("March 3, 2012 at 3 pm", "2012-03-03T15:00"),), kind="time"),
    R("part of a date", r"(?:the\s+)?(?P<pod>{POD})\s+of\s+{WDOPT}{MDY}", (
        ex("evening of December 25, 2014", "2014-12-25TEV", "2014-12-25", "2014-12-25", "TIME"),
    ), kind="time"),
    R("month day year", r"{WDOPT}{MDY}", (
        ex("March 3, 2012", "2012-03-03", "2012-03-03", "2012-03-03", "DATE"),
        ex("July 14, 1789", "1789-07-14"),
        ex("Tuesday, Sept. 22, 2015", "2015-09-22"),
    )),
    R("day month year", r"{WDOPT}(?:the\s+)?{DMY}", (
        ex("3 March 2012", "2012-03-03", "2012-03-03", "2012-03-03"),
        ex("the 1st of December 2015", "2015-12-01"),
    )),
    R("numeric date",
      r"(?<![\d/.])(?P<month>0?[1-9]|1[0-2])/(?P<day>{DAY})/(?P<year>[12]\d{3})(?![\d/])", (
        ex("05/12/2013", "2013-05-12", "2013-05-12", "2013-05-12"),
    )),
    R("day range", r"(?P<month>{MONTH})\s+(?P<day>{DAY})\s*(?:-|–|to|and)\s*(?P<day2>{DAY}),?"
      r"(?:\s+(?P<year2>{YEAR}))?", (
        ex("July 3-5, 2016", "", "2016-07-03", "2016-07-05"),
    )),
    R("year range", r"(?P<year>{YEAR})\s*[-–]\s*(?P<year2>{YEAR}|\d\d(?!\d))", (
        ex("1914-1918", "", "1914-01-01", "1918-12-31"),
    )),
    R("month and day", r"{WDOPT}(?:(?P<deictic>next|last|this)\s+)?{MD}", (
        ex("September 11", "2015-09-11", "2015-09-11", "2015-09-11"),
        ex("Friday, Sept. 11", "2015-09-11"),
    )),
    R("day of month", r"{WDOPT}(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})", (
        ex("the 11th of September", "2015-09-11"),
    )),
    R("month and year", r"(?:(?P<mod>{MOD})(?:\s*-\s*|\s+)|(?:the\s+)?month\s+of\s+)?"
      r"(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})", (
        ex("August 2014", "2014-08", "2014-08-01", "2014-08-31"),
        ex("March 2000", "2000-03"),
        ex("late August 2014", "2014-08", "2014-08-21", "2014-08-31"),
    )),
    R("part of a month", r"(?P<mod>{MOD})(?:\s*-\s*|\s+)(?P<month>{MONTH})", (
        ex("early October", "2015-10", "2015-10-01", "2015-10-10"),
    )),
    R("month alone",
      r"(?<!\w)(?:in|since|by|until|from|through|between|and|to|early|late|mid"
      r"|of)\s+(?P<x>(?P<month>{MONTH}))(?!\s+\d)", (
        ex("in [May]", "2015-05", "2015-05-01", "2015-05-31"),
    )),
    R("next month name", r"(?P<deictic>next|last|this)\s+(?P<month>{MONTH})(?!\s+\d)", (
        ex("next January", "2016-01", "2016-01-01", "2016-01-31"),
        ex("last March", "2015-03"),
    )),
    R("part of a year", r"(?P<mod>{MOD})(?:\s*-\s*|\s+|\s+of\s+)(?P<year>{YEAR})", (
        ex("early 2014", "2014", "2014-01-01", "2014-04-30"),
        ex("late 2014", "2014", "2014-09-01", "2014-12-31"),
        ex("mid-2013", "2013", "2013-05-01", "2013-08-31"),
        ex("the end of 2016", "2016", "2016-09-01", "2016-12-31"),
    )),
    R("fiscal year", r"fiscal\s+(?P<year>{YEAR})", (ex("fiscal 1998", "1998"),)),
    R("decade", r"(?:(?P<mod>{MOD})\s+)?(?P<decade>(?:1[0-9]|20)[0-9]0|'[0-9]0|’[0-9]0)'?s", (
        ex("1990s", "199", "1990-01-01", "1999-12-31"),
        ex("'80s", "198", "1980-01-01", "1989-12-31"),
        ex("the late 1980s", "198", "1987-01-01", "1989-12-31"),
    )),
    R("century", r"(?:(?P<mod>{MOD})\s+)?(?:the\s+)?(?P<century>\d{1,2})(?:st|nd|rd|th)[\s-]+century", (
        ex("20th century", "19", "1900-01-01", "1999-12-31"),
    )),
    R("before Christ", r"(?P<bc>(?P<year>\d{1,4})\s+(?:BC|B\.C\.|BCE|B\.C\.E\.))", (
        ex("52 BC", "BC0052"),
    )),
    R("season and year",
      r"(?:(?P<mod>{MOD})\s+)?(?:the\s+)?(?P<season>{SEASON})\s+(?:of\s+)?(?P<year>{YEAR})", (
        ex("summer of 2014", "2014-SU", "2014-06-01", "2014-08-31"),
        ex("spring 2015", "2015-SP"),
    )),
    R("relative season", r"(?P<deictic>{DEICTIC})\s+(?P<season>{SEASON})", (
        ex("Last winter", "2014-WI", "2014-12-01", "2015-02-28"),
        ex("this summer", "2015-SU"),
    )),
    R("quarter", r"(?:the\s+)?(?P<quarter>{ORDINAL})\s+quarter(?:\s+of)?(?:\s+(?P<year>{YEAR}))?", (
        ex("first quarter of 2015", "2015-Q1", "2015-01-01", "2015-03-31"),
    )),
    R("quarter code", r"Q(?P<quarter>[1-4])\s+(?P<year>{YEAR})", (
        ex("Q3 2014", "2014-Q3", "2014-07-01", "2014-09-30"),
    )),
    R("half", r"(?:the\s+)?(?P<half>first|second)\s+half(?:\s+of)?(?:\s+(?P<year>{YEAR}))?", (
        ex("the second half of 2014", "2014-H2", "2014-07-01", "2014-12-31"),
    )),
    R("relative day", r"(?P<rel>{RELDAY})(?:\s+(?P<pod>{POD}))?", (
        ex("Today", "2015-09-15", "2015-09-15", "2015-09-15"),
        ex("Yesterday", "2015-09-14"),
        ex("tomorrow", "2015-09-16"),
        ex("yesterday morning", "2015-09-14TMO"),
    )),
    R("relative part of day", r"(?:this|tonight)(?:\s+(?P<pod>{POD}))?|(?P<rel>last)\s+night", (
        ex("this morning", "2015-09-15TMO", "2015-09-15", "2015-09-15", "TIME"),
    ), deictic=0),
    R("relative unit", r"(?P<deictic>{DEICTIC})\s+(?P<unit>year|month|week|decade)", (
        ex("Last year", "2014", "2014-01-01", "2014-12-31"),
        ex("Next year", "2016"),
        ex("last month", "2015-08", "2015-08-01", "2015-08-31"),
        ex("Last week", "2015-W37", "2015-09-07", "2015-09-13"),
        ex("this year", "2015"),
    )),
    R("relative weekday", r"(?P<deictic>last|next|this)\s+(?P<weekday>{WEEKDAY})", (
        ex("Last Monday", "2015-09-14", "2015-09-14", "2015-09-14"),
        ex("next Friday", "2015-09-18"),
    )),
    R("weekday", r"(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{POD}))?", (
        ex("On [Wednesday], the government will present", "2015-09-16"),
        ex("On [Friday], the government presented", "2015-09-11"),
    )),
    R("ago", r"{AMOUNT}\s+(?P<unit>{UNIT})\s+(?:ago|before\s+now)", (
        ex("5-7 years ago", "2008/2010", "2008-01-01", "2010-12-31"),
        ex("three years ago", "2012", "2012-01-01", "2012-12-31"),
        ex("two months ago", "2015-07"),
        ex("A decade ago", "2005"),
    ), shift=-1, anchor="ref"),
    R("in amount", r"(?<!\w)(?:in|within)\s+{AMOUNT}\s+(?P<unit>{UNIT})(?!\s+(?:ago|later))", (
        ex("in two weeks", "2015-09-29", "2015-09-29", "2015-09-29"),
        ex("in five years", "2020"),
    ), shift=1, anchor="ref"),
    R("later", r"{AMOUNT}\s+(?P<unit>{UNIT})\s+(?:later|afterwards?)", (
        ex("He died in 1998. [Three years later], she wrote.", "2001", "2001-01-01"),
    ), shift=1, anchor="story"),
    R("earlier", r"{AMOUNT}\s+(?P<unit>{UNIT})\s+(?:earlier|before)", (
        ex("He left in 1998. [Two years earlier], he came back.", "1996"),
    ), shift=-1, anchor="story"),
    R("next day", r"(?:the\s+)?(?:next|following)\s+day(?:\s+(?P<pod>{POD}))?", (
        ex("He left on March 3, 2012. [The next day], he came back.", "2012-03-04"),
    ), shift=1, anchor="story", unit="D", amount=1),
    R("day before", r"(?:the\s+)?(?:previous\s+day|day\s+before)(?!\s+(?:yesterday|the|a)\b)", (
        ex("He left on March 3, 2012. [The day before], he came.", "2012-03-02"),
    ), shift=-1, anchor="story", unit="D", amount=1),
    R("recent", r"(?:recent|the\s+past\s+few|the\s+last\s+few)\s+(?P<unit>{UNIT})", (
        ex("In [recent years]", "PAST_REF", "-", "-"),
    ), kind="past", approximate=True),
    R("vague reference", r"(?P<refword>{REFWORD})", (
        ex("for now", "PRESENT_REF", "-", "-"),
    )),
    R("set of weekdays", r"(?:every|each)\s+(?P<weekday>{WEEKDAY})", (
        ex("every Tuesday", "XXXX-WXX-2", "-", "-", "SET"),
    ), kind="set", quant="EVERY"),
    R("set", r"(?:every|each)\s+(?:(?P<amount>{NUM})\s+)?(?P<unit>{UNIT})", (
        ex("every month", "P1M", "-", "-", "SET"),
    ), kind="set", quant="EVERY"),
    R("clock time", r"(?:(?P<qmod>about|around)\s+)?(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?"
      r"\s*{AMPM}", (ex("He left on March 3, 2012. At [9 p.m.], he came back.", "2012-03-03T21:00"),), kind="time"),
    R("year after a cue", r"(?<!\w){YEAR_CUE}\s*(?P<x>(?P<year>{YEAR}))", (
        ex("in [1905]", "1905", "1905-01-01", "1905-12-31"),
        ex("Since [2011]", "2011", "2011-01-01", "2015-09-15"),
        ex("Before [2010]", "2010", "-", "2009-12-31"),
        ex("until [2017]", "2017", "", "2017-12-31"),
        ex("by [2020]", "2020", "", "2020-12-31"),
    )),
    R("year", r"(?P<year>(?:1[89]|20)\d\d(?![\d]))(?!\s*{NOT_AFTER_NUMBER})", (
        ex("The [2008] crisis", "2008", "2008-01-01", "2008-12-31"),
    )),
    R("duration", r"{AMOUNT}[\s-]+(?P<unit>{UNIT})(?:\s+long)?", (
        ex("for [ten years]", "P10Y", "-", "-", "DURATION"),
        ex("seven-month", "P7M"),
        ex("for [three years]", "P3Y"),
        ex("more than twenty years", "P20Y"),
        ex("several days", "PXD"),
    ), kind="duration"),
)

ENGLISH = LanguageResource(
    code="en",
    name="English",
    months=MONTHS,
    weekdays=WEEKDAYS,
    numbers=NUMBERS,
    approximate_numbers=APPROXIMATE_NUMBERS,
    ordinals=ORDINALS,
    units=UNITS,
    modifiers=MODIFIERS,
    quantity_modifiers=QUANTITY_MODIFIERS,
    seasons=SEASONS,
    parts_of_day=PARTS_OF_DAY,
    relative_days=RELATIVE_DAYS,
    deictics=DEICTICS,
    reference_words=REFERENCE_WORDS,
    signals=SIGNALS,
    range_openers=("from", "between"),
    range_joiners=("to", "and", "-", "–", "through", "until"),
    determiners=("the",),
    function_words=frozenset(
        "the of and to in is was that for on with as by at from it are were be has have this"
        " which said will would its their been who not but".split()
    ),
    abbreviations=frozenset(
        "mr mrs ms dr st jr sr gen col lt sgt gov sen rep inc corp co ltd u.s u.k e.g i.e vs"
        " jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun no".split()
    ),
    future_cues=r"\b(?:will|shall|going\s+to|plans?\s+to|is\s+to|are\s+to|next|upcoming"
    r"|scheduled|expected\s+to)\b|'ll\b",
    past_cues=r"\b(?:was|were|had|did|ago|last|yesterday)\b|\b\w{3,}ed\b",
    publication_cues=("published", "updated", "posted", "date", "dateline"),
    fragments=FRAGMENTS,
    rules=RULES,
    month_case_sensitive=True,
    not_after_number=(
        "%", "percent", "per\\s+cent", "\\$", "dollars?", "euros?", "people", "troops",
        "soldiers", "dead", "killed", "tons?", "miles?", "km", "kilometers?", "residents",
        "jobs", "votes",
    ),
)  # fmt: skip
