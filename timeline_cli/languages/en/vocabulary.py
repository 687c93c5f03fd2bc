"""English vocabulary: the words of each category the rules refer to by placeholder
(`{MONTH}`, `{UNIT}`...), signal words, and the cue words of tense and publication."""

from __future__ import annotations

from .holidays import NAMES as HOLIDAYS  # noqa: F401  # the slot "holidays", by its rules

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

_ONES = (
     "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
     " fifteen sixteen seventeen eighteen nineteen"
 ).split()  # fmt: skip
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
              "two thousand": 2000,
              "half a": 0.5, "a half": 0.5, "a couple of": 2, "couple of": 2,
              # fractions of a unit: "half an hour", "three-quarters of an hour"
              "half an": 0.5, "a quarter of a": 0.25, "a quarter of an": 0.25,
              "three quarters of a": 0.75, "three quarters of an": 0.75}  # fmt: skip
    return words


NUMBERS = _number_words()
APPROXIMATE_NUMBERS = {"dozens of": 24, "a dozen": 12, "about a dozen": 12}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    **{word: n for n, word in enumerate(
        "fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth"
        " sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=5)},
    **{f"twenty-{word}": 20 + n for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth".split(), start=1)},
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip
UNITS = {
    "year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W",
    "day": "D", "days": "D", "hour": "H", "hours": "H", "minute": "MIN", "minutes": "MIN",
    "second": "S", "seconds": "S", "decade": "DE", "decades": "DE", "century": "CE",
    "centuries": "CE", "quarter": "Q", "quarters": "Q", "weekend": "WE", "weekends": "WE",
    "trading day": "D", "trading days": "D", "business day": "D", "business days": "D",
}  # fmt: skip
MODIFIERS = {
    "early": "START", "the early": "START", "the beginning of": "START",
    "the start of": "START", "mid": "MID", "the middle of": "MID", "the mid": "MID",
    "late": "END", "the late": "END", "the end of": "END",
    # before a weekday: "by the end of the day Friday" (TimeBank leaves "the close of
    # business" out of "the close of business Thursday")
    "the end of the day": "END", "end of day": "END",
}  # fmt: skip
QUANTITY_MODIFIERS = {
    "about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX",
    "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "more than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "no less than": "EQUAL_OR_MORE", "just over": "MORE_THAN", "just under": "LESS_THAN",
}  # fmt: skip
# Decades in words, as TIMEX3 decades: two digits are of the 1900s, as "the '90s" ("the
# nineties" is 199); with their century said ("the nineteen-eighties") they say it themselves.
DECADES = {
    **{f"{name[:-1]}ies": 190 + tens // 10 for tens, name in _TENS.items()},
    **{f"nineteen {name[:-1]}ies": 190 + tens // 10 for tens, name in _TENS.items()},
    "nineteen tens": 191, "roaring twenties": 192, "noughties": 200,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# The code of a part of the day; noon and midnight are clock times.
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "evening": "EV", "night": "NI",
    "noon": "12:00", "midday": "12:00", "midnight": "24:00",
}  # fmt: skip
# The half of the day a clock marker names, by its letters ("p.m." is "pm"): hours to add.
DAY_HALVES = {
    "am": 0, "pm": 12, "inthemorning": 0, "intheafternoon": 12, "intheevening": 12,
    "onthemorningof": 0, "ontheafternoonof": 12, "ontheeveningof": 12,
}  # fmt: skip
RELATIVE_DAYS = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "the day after tomorrow": 2,
    "the day before yesterday": -2,
}  # fmt: skip
DEICTICS = {
    "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0,
    "this past": -1, "this coming": 1,
}  # fmt: skip
REFERENCE_WORDS = {
    # a sports or theatre season straddles two years and its dates are the league's: found,
    # placed before, at or after the reference date, not dated
    "last season": "PAST_REF", "this season": "PRESENT_REF", "next season": "FUTURE_REF",
    "the coming season": "FUTURE_REF", "the previous season": "PAST_REF",
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "a later date": "FUTURE_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "the past": "PAST_REF",
}  # fmt: skip
# a word right before a date or time that makes it approximate: inside the expression, as
# TimeBank tags "[around Nov. 1]"; not "about" ("a report about 2015 results")
APPROXIMATORS = {
    "around": "APPROX", "circa": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
}  # fmt: skip

# "as of" is no signal: "as of June 30 the fund held $3 billion" is a state at that date, and
# "as of January 1, the fee will rise" places the change on that day
SIGNALS = {
    "since": "since", "until": "until", "till": "until",
    "before": "before", "after": "after", "from": "from", "starting": "from",
    "starting in": "from", "beginning in": "from", "by": "by",
}  # fmt: skip
