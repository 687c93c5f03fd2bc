"""English: vocabulary, signal words and the rules of the temporal grammar, with examples.

Examples resolve against the reference date 2015-09-15 (a Tuesday); brackets mark the extent
when an example carries context the rule does not tag. Extents follow TimeML: determiners and
modifiers are inside ("[the past three years]", "[early next year]", "[a year ago]"), the
signal word stays outside ("since [2011]", "in [five years]", "within [a week]").
"""

from __future__ import annotations

from ..lexicon import Example as ex
from ..lexicon import LanguageResource
from ..lexicon import Rule as R
from .common import DAY_DIGITS, ISO_RULES

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
    "trading day": "D", "trading days": "D", "business day": "D", "business days": "D",
}  # fmt: skip
MODIFIERS = {
    "early": "START", "the early": "START", "the beginning of": "START",
    "the start of": "START", "mid": "MID", "the middle of": "MID", "the mid": "MID",
    "late": "END", "the late": "END", "the end of": "END",
}  # fmt: skip
QUANTITY_MODIFIERS = {
    "about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX",
    "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "more than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "no less than": "EQUAL_OR_MORE", "just over": "MORE_THAN", "just under": "LESS_THAN",
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# The code of a part of the day; noon and midnight are clock times.
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "evening": "EV", "night": "NI",
    "noon": "12:00", "midday": "12:00", "midnight": "24:00",
}  # fmt: skip
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
DEICTICS = {
    "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0,
    "this past": -1, "this coming": 1,
}  # fmt: skip
REFERENCE_WORDS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "a later date": "FUTURE_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "the past": "PAST_REF",
}  # fmt: skip
SIGNALS = {
    "since": "since", "until": "until", "till": "until",
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
    # a year said in words, as broadcast transcripts write it: "nineteen ninety-six"
    "SPOKEN_YEAR": r"(?:(?:eighteen|nineteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?![\s-]*(?:{UNIT}|old|percent)\b|-\w))",
    "NUM": r"(?:{NUMBER}|\d+\s+[13]/[24](?![\d/])|\d+(?:[.,]\d+)?)",
    # "two and a half years", "2 1/2 years"; "a year and a half" is in the duration rule
    "AMOUNT": r"(?:(?P<qmod>{QMOD})\s+)?"
    r"(?:(?P<amount>{NUM})(?:\s+and\s+(?P<fraction>a\s+half))?"
    r"(?:\s*(?:-|to|or)\s*(?P<amount_hi>{NUM}))?"
    r"|(?P<approx_amount>{APPROX_NUMBER})|(?P<vague>several|a\s+few|few|many|some))",
    "AMPM": r"(?P<ampm>[ap]\.?\s?m\.?)",
    "CLOCK": r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*{AMPM}(?:\s+[ECMP][SD]T)?",
    # "the past three", "the next few", "the first nine": a determiner before an amount
    "SPAN": r"(?:the|its|their)\s+(?:(?:past|last|next|first|coming|following|previous|latest"
    r"|final|remaining|initial|same|comparable|year-earlier|year-ago)\s+)?",
    "EARLIER": r"(?:(?P<mod>{MOD})\s+|(?:earlier|later|sometime)\s+)",
    "YEAR_AGO": r"(?:year[\s-](?:ago|earlier)|prior[\s-]year|previous[\s-]year)",
    "PERIOD": r"(?:quarter|period|three\s+months)",
    # A verb right before a date that leaves out its year tells which way it looks,
    # unless a future passive: "will be paid [Dec. 14]"
    "PAST_VERB": r"(?<!\bbe\s)(?:(?!(?:scheduled|planned|expected|postponed|delayed|extended"
    r"|deferred|slated|adjourned|rescheduled)\b)\w{3,}ed|said|told|met|began|held|took|came|went"
    r"|made|gave|rose|fell|won|lost|left|sent|paid|saw|was|were|struck|shot|broke|hit|quit|ended)",
    "FUTURE_VERB": r"(?:(?:will|shall|'ll)(?:\s+not)?(?:\s+(?!on\b)\w+){1,3}?"
    r"|(?:postponed|delayed|adjourned|deferred)\s+(?:until|till|to))",
}  # fmt: skip

# Holidays: name, words, (month, day, weekday or None; see Rule.calendar), example, value
HOLIDAYS = (
    ("New Year's Day", r"New\s+Year['’]?s(?:\s+Day)?", (1, 1, None),
     "Markets were shut on [New Year's Day].", "2015-01-01"),
    ("New Year's Eve", r"New\s+Year['’]?s\s+Eve", (12, 31, None),
     "Crowds gathered on [New Year's Eve 1999].", "1999-12-31"),
    ("Christmas Eve", r"Christmas\s+Eve", (12, 24, None), "He left on [Christmas Eve].",
     "2014-12-24"),
    ("Christmas", r"Christmas(?:\s+Day)?", (12, 25, None),
     "The shops will close on [Christmas Day].", "2015-12-25"),
    ("Independence Day", r"Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|July\s+Fourth",
     (7, 4, None), "Fireworks lit the sky on [the Fourth of July].", "2015-07-04"),
    ("Valentine's Day", r"(?:St\.?\s+|Saint\s+)?Valentine['’]?s\s+Day", (2, 14, None),
     "They married on [Valentine's Day].", "2015-02-14"),
    ("Halloween", r"Halloween", (10, 31, None), "The parade is planned for [Halloween].",
     "2015-10-31"),
    ("Veterans Day", r"Veterans['’]?\s+Day", (11, 11, None), "He will speak on [Veterans Day].",
     "2015-11-11"),
    ("Martin Luther King Day", r"Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day", (1, 15, 0),
     "Schools closed on [Martin Luther King Day].", "2015-01-19"),
    ("Presidents' Day", r"Presidents['’]?\s+Day", (2, 15, 0), "Banks closed on [Presidents' Day].",
     "2015-02-16"),
    ("Memorial Day", r"Memorial\s+Day", (5, 25, 0), "The pool opened on [Memorial Day].",
     "2015-05-25"),
    ("Labor Day", r"Labor\s+Day", (9, 1, 0), "The campaign began after [Labor Day].",
     "2015-09-07"),
    ("Election Day", r"Election\s+Day", (11, 2, 1), "Polls open at dawn on [Election Day].",
     "2015-11-03"),
    ("Thanksgiving", r"Thanksgiving(?:\s+Day)?", (11, 22, 3),
     "The boy was found on [Thanksgiving Day].", "2014-11-27"),
)  # fmt: skip

RULES = (
    *ISO_RULES,
    # Not dates: ages and rates that look like durations claim their words and tag nothing.
    R(
        "age",
        r"(?:\d{1,3}|{NUMBER})[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old",
        (
            ex("a [6-year-old] boy"),
            ex("Mr. Smith, [52 years old], will retire."),
            ex("a [two-month-old] puppy"),
        ),
        kind="ignore",
    ),
    R(
        "rate",
        r"(?:(?<![\d.,])\d+(?:[.,]\d+)*|million|billion|thousand|hundred|percent|%|times|dollars"
        r"|cents)\s+"
        r"(?:an?|per)\s+(?:year|month|week|day|hour)(?!\s+(?:ago|earlier|later|before|after)\b)"
        r"|(?:(?<![\d.,])\d+(?:[.,]\d+)*\s*%|percent)\s+(?:annually|yearly)",
        (
            ex("It saves [$500 million a year]."),
            ex("They meet [three times a week]."),
            ex("Sales should grow [8% annually]."),
        ),
        kind="ignore",
    ),
    R(
        "fraction",
        r"(?:{QMOD}\s+)?(?:an?|one|two|three)[\s-]+(?:quarters?|thirds?)\s+of"
        r"(?!\s+(?:an?\s+|the\s+|this\s+|that\s+|its\s+)?"
        r"(?:century|year|decade|hour|season|month)\b)",
        (
            ex("Iraq imports [three-quarters of] its food."),
            ex("It holds [more than a quarter of] the market."),
        ),
        kind="ignore",
    ),
    # "today's world": these days in general, not the day of the article
    R(
        "today's in general",
        r"today['’]s\s+(?:\w+\s+)?(?:world|youth|society|generation|young|children|kids"
        r"|teenagers|families|standards|technology|computers)\b",
        (ex("Such rules make no sense in [today's world]."),),
        kind="ignore",
    ),
    R(
        "average daily",
        r"average\s+daily",
        (ex("The [average daily] volume fell."),),
        kind="ignore",
    ),
    R("television show", r"(?-i:60\s+Minutes)", (ex("He told [60 Minutes] that"),), kind="ignore"),
    R(
        "street address",
        r"\d{1,5}\s+(?-i:(?:[A-Z][a-z]+\s+){1,3}"
        r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place|Square))",
        (ex("He lives at [2014 Elm Street] downtown."),),
        kind="ignore",
    ),
    R(
        "second as an ordinal",
        r"(?:an?|the|one)\s+second(?=\s+[a-z])"
        r"(?!\s+(?:later|earlier|ago|before|after|or|and|of|in|to|for|at|longer|more|less)\b)",
        (ex("She asked for [a second] opinion."),),
        kind="ignore",
    ),
    R(
        "time on a date",
        r"{CLOCK},?\s+(?:on\s+)?{WDOPT}{MDY}",
        (ex("3 p.m. on March 3, 2012", "2012-03-03T15:00", "2012-03-03", "2012-03-03", "TIME"),),
        kind="time",
    ),
    R(
        "time on a day",
        r"{CLOCK},?\s+(?:on\s+)?{WDOPT}{MD}",
        (ex("The offer runs until [5 p.m. EST Sept. 18].", "2015-09-18T17:00", type="TIME"),),
        kind="time",
    ),
    R(
        "time on a weekday",
        r"{CLOCK},?\s+(?:on\s+)?(?P<weekday>{WEEKDAY})",
        (
            ex(
                "The fire broke out at [10 p.m. Sunday], police said.",
                "2015-09-13T22:00",
                type="TIME",
            ),
        ),
        kind="time",
        lean=-1,
    ),
    R(
        "weekday at a time",
        r"(?P<weekday>{WEEKDAY})(?:,\s+|\s+at\s+|\s+)(?:about\s+)?{CLOCK}",
        (ex("The polls closed [Sunday at 8 p.m.], officials said.", "2015-09-13T20:00"),),
        kind="time",
        lean=-1,
    ),
    R(
        "date and time",
        r"{WDOPT}{MDY}(?:,?\s+at)?\s+"
        r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*{AMPM}",
        (ex("March 3, 2012 at 3 pm", "2012-03-03T15:00"),),
        kind="time",
    ),
    R(
        "part of a date",
        r"(?:the\s+)?(?P<pod>{POD})\s+of\s+{WDOPT}{MDY}",
        (ex("evening of December 25, 2014", "2014-12-25TEV", "2014-12-25", "2014-12-25", "TIME"),),
        kind="time",
    ),
    R(
        "month day year",
        r"{WDOPT}{MDY}",
        (
            ex("March 3, 2012", "2012-03-03", "2012-03-03", "2012-03-03", "DATE"),
            ex("July 14, 1789", "1789-07-14"),
            ex("Tuesday, Sept. 22, 2015", "2015-09-22"),
        ),
    ),
    R(
        "day month year",
        r"{WDOPT}(?:the\s+)?{DMY}",
        (
            ex("3 March 2012", "2012-03-03", "2012-03-03", "2012-03-03"),
            ex("the 1st of December 2015", "2015-12-01"),
        ),
    ),
    R(
        "numeric date",
        r"(?<![\d/.])(?P<month>0?[1-9]|1[0-2])/(?P<day>{DAY})/(?P<year>[12]\d{3})(?![\d/])",
        (ex("05/12/2013", "2013-05-12", "2013-05-12", "2013-05-12"),),
    ),
    R(
        "day range",
        r"(?P<month>{MONTH})\s+(?P<day>{DAY})\s*(?:-|–|to|and)\s*(?P<day2>{DAY}),?"
        r"(?:\s+(?P<year2>{YEAR}))?",
        (ex("July 3-5, 2016", "", "2016-07-03", "2016-07-05"),),
    ),
    R(
        "year range",
        r"(?P<year>{YEAR})\s*[-–]\s*(?P<year2>{YEAR}|\d\d(?!\d))",
        (ex("1914-1918", "", "1914-01-01", "1918-12-31"),),
    ),
    # before the dates after a past verb: "[the year] ended [March 31]" tags both
    R(
        "the year ended",
        r"(?P<x>the\s+(?:fiscal\s+)?(?P<unit>year))\s+(?:ended|ending)\b",
        (ex("Net rose in [the year] ended June 30.", "P1Y", type="DURATION"),),
        kind="duration",
        amount=1,
    ),
    R(
        "month and day after a past verb",
        r"{PAST_VERB}\s+(?:on\s+)?(?P<x>{WDOPT}{MD})",
        (ex("The shares were issued [July 1] to employees.", "2015-07-01"),),
        shift=-1,
    ),
    R(
        "month and day after a future word",
        r"(?:expires?|expiring|payable|effective|extended\s+to"
        r"|due|deadline\s+of|scheduled\s+for|set\s+for|until|till)\s+(?:on\s+)?(?P<x>{WDOPT}{MD})",
        (
            ex("The offer had been due to expire [Sept. 20].", "2015-09-20"),
            ex("The dividend is payable [Jan. 2] to holders.", "2016-01-02"),
        ),
        shift=1,
    ),
    R(
        "month after a future word",
        r"(?:scheduled|planned|set|slated|due|expected)\s+(?:for|in)\s+"
        r"(?P<x>(?:(?P<mod>{MOD})(?:\s*-\s*|\s+))?(?P<month>{MONTH}))(?!\.?\s+\d)",
        (ex("The vote was scheduled for [early March].", "2016-03", "2016-03-01", "2016-03-10"),),
        shift=1,
    ),
    R(
        "month and day",
        r"(?:(?P<qmod>about|around)\s+)?{WDOPT}(?:(?P<deictic>next|last|this)\s+)?{MD}",
        (
            ex("September 11", "2015-09-11", "2015-09-11", "2015-09-11"),
            ex("Friday, Sept. 11", "2015-09-11"),
            ex("The deal should close [around Oct. 1].", "2015-10-01"),
        ),
        lean=-1,
    ),
    R(
        "day of month",
        r"{WDOPT}(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})",
        (ex("the 11th of September", "2015-09-11"),),
        lean=-1,
    ),
    R(
        "month and year",
        r"(?:(?P<mod>{MOD})(?:\s*-\s*|\s+)|(?:the\s+)?month\s+of\s+)?"
        r"(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})",
        (
            ex("August 2014", "2014-08", "2014-08-01", "2014-08-31"),
            ex("March 2000", "2000-03"),
            ex("late August 2014", "2014-08", "2014-08-21", "2014-08-31"),
        ),
    ),
    R(
        "month of a relative year",
        r"(?P<month>{MONTH})(?:\s+(?P<day>{DAY}))?,?\s+(?:of\s+)?"
        r"(?P<deictic>last|this|next)\s+year",
        (
            ex("June last year", "2014-06", "2014-06-01", "2014-06-30"),
            ex("January this year", "2015-01"),
            ex("March 3 next year", "2016-03-03"),
        ),
        unit="Y",
    ),
    R(
        "part of a month",
        r"(?P<mod>{MOD})(?:\s*-\s*|\s+)(?P<month>{MONTH})",
        (ex("early October", "2015-10", "2015-10-01", "2015-10-10"),),
        lean=-1,
    ),
    R(
        "month alone",
        r"(?<!\w)(?:in|since|by|until|from|through|between|and|to|early|late|mid|during|for"
        r"|of)\s+(?P<x>(?P<month>{MONTH}))(?!\.?\s+\d)(?!(?<=Jan)\s+(?-i:[A-Z]))",
        (
            ex("in [May]", "2015-05", "2015-05-01", "2015-05-31"),
            ex("The figures for [August] were weak.", "2015-08"),
        ),
        lean=-1,
    ),
    R(
        "next month name",
        r"(?P<deictic>next|last|this)\s+(?P<month>{MONTH})(?!\s+\d)",
        (
            ex("next January", "2016-01", "2016-01-01", "2016-01-31"),
            ex("last March", "2015-03"),
        ),
    ),
    R(
        "part of a year",
        r"(?P<mod>{MOD})(?:\s*-\s*|\s+|\s+of\s+)(?P<year>{YEAR})",
        (
            ex("early 2014", "2014", "2014-01-01", "2014-04-30"),
            ex("late 2014", "2014", "2014-09-01", "2014-12-31"),
            ex("mid-2013", "2013", "2013-05-01", "2013-08-31"),
            ex("the end of 2016", "2016", "2016-09-01", "2016-12-31"),
        ),
    ),
    R(
        "fiscal year",
        r"(?:the\s+)?fiscal(?:\s+year)?\s+(?P<year>{YEAR})",
        (
            ex("fiscal 1998", "1998"),
            ex("the fiscal year 2016", "2016"),
        ),
    ),
    R(
        "the year and a number",
        r"(?:the\s+)?year\s+(?P<year>{YEAR}|{SPOKEN_YEAR}|two\s+thousand)",
        (
            ex("by [the year 2000]", "2000"),
            ex("by [the year two thousand]", "2000"),
        ),
    ),
    R(
        "spoken year",
        r"(?:(?:the\s+)?(?P<season>{SEASON})\s+of\s+|(?P<month>{MONTH}),?\s+)?"
        r"(?P<year>{SPOKEN_YEAR})",
        (
            ex("It happened in [nineteen ninety-six].", "1996", "1996-01-01", "1996-12-31"),
            ex("[January nineteen ninety-seven]. A bomb went off.", "1997-01"),
            ex("prices seen in [the winter of nineteen ninety-four]", "1994-WI"),
        ),
    ),
    R(
        "decade",
        r"(?:the\s+)?(?:(?P<mod>{MOD})(?:\s+|-))?"
        r"(?P<decade>(?:1[0-9]|20)[0-9]0|'[0-9]0|’[0-9]0)'?s",
        (
            ex("1990s", "199", "1990-01-01", "1999-12-31"),
            ex("'80s", "198", "1980-01-01", "1989-12-31"),
            ex("the late 1980s", "198", "1987-01-01", "1989-12-31"),
            ex("by [the mid-1990s]", "199"),
        ),
    ),
    R(
        "century",
        r"(?:(?P<mod>{MOD})\s+)?(?:the\s+)?(?P<century>\d{1,2})(?:st|nd|rd|th)[\s-]+century"
        r"(?:\s+(?P<bc>BC|B\.C\.|BCE|B\.C\.E\.))?",
        (ex("20th century", "19", "1900-01-01", "1999-12-31"), ex("1st century BC", "BC00")),
    ),
    R(
        "before Christ",
        r"(?P<bc>(?P<year>\d{1,4})\s+(?:BC|B\.C\.|BCE|B\.C\.E\.))",
        (ex("52 BC", "BC0052"),),
    ),
    R(
        "season and year",
        r"(?:(?P<mod>{MOD})\s+)?(?:the\s+)?(?P<season>{SEASON})\s+(?:of\s+)?(?P<year>{YEAR})",
        (
            ex("summer of 2014", "2014-SU", "2014-06-01", "2014-08-31"),
            ex("spring 2015", "2015-SP"),
        ),
    ),
    # "the summer" without its year: the one the tense points to, else the last one
    R(
        "the season",
        r"(?:(?P<mod>{MOD})\s+(?:the\s+)?|the\s+)(?P<season>{SEASON})"
        r"(?!\s+(?:of|in|on|to|from)\b|\s*,?\s*\d|['’\w-])",
        (
            ex("Demand held up well into [the summer].", "2015-SU", "2015-06-01", "2015-08-31"),
            ex("Sales rose from [the early summer] lows.", "2015-SU"),
        ),
        lean=-1,
    ),
    R(
        "relative season",
        r"(?P<deictic>{DEICTIC})\s+(?P<season>{SEASON})",
        (
            ex("Last winter", "2014-WI", "2014-12-01", "2015-02-28"),
            ex("this summer", "2015-SU"),
            ex("this past spring", "2015-SP"),
        ),
    ),
    R(
        "quarter of a year",
        r"(?:the\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?P<quarter>{ORDINAL})"
        r"\s+(?:fiscal\s+)?quarter\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR})",
        (ex("first quarter of 2015", "2015-Q1", "2015-01-01", "2015-03-31"),),
    ),
    # A quarter named without its year is the latest one begun: news reports on quarters
    # already under way or over ("third-quarter profit", "the fourth quarter" in November).
    R(
        "quarter",
        r"(?:the\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?P<quarter>{ORDINAL})"
        r"\s+(?:fiscal\s+)?quarter",
        (
            ex("Profits rose in [the third quarter].", "2015-Q3"),
            ex("in [the fiscal second quarter]", "2015-Q2"),
            ex("its [fourth quarter] ended in December", "2014-Q4"),
        ),
        shift=-1,
    ),
    R(
        "quarter as an adjective",
        r"(?:(?:fiscal|calendar)[\s-]+)?(?P<quarter>{ORDINAL})-quarter",
        (
            ex("the [third-quarter] loss", "2015-Q3"),
            ex("a [fiscal second-quarter] profit", "2015-Q2"),
        ),
        shift=-1,
    ),
    R(
        "quarter before its year",
        r"(?:the\s+)?(?P<year>{YEAR})\s+(?:fiscal\s+)?(?P<quarter>{ORDINAL})[\s-]+quarter",
        (ex("in [the 2014 fourth quarter]", "2014-Q4"),),
    ),
    R(
        "quarter of a relative year",
        r"(?:(?P<deictic>last|this|next)\s+year'?s\s+(?P<quarter>{ORDINAL})[\s-]+quarter)",
        (
            ex("next year's first quarter", "2016-Q1", "2016-01-01", "2016-03-31"),
            ex("last year's fourth quarter", "2014-Q4"),
        ),
        unit="Y",
    ),
    R(
        "quarter of the relative year",
        r"(?:the\s+)?(?P<quarter>{ORDINAL})\s+quarter\s+of\s+(?P<deictic>last|this|next)\s+year",
        (ex("the second quarter of next year", "2016-Q2"),),
        unit="Y",
    ),
    R(
        "half of a relative year",
        r"(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+(?P<deictic>last|this|next)\s+year",
        (ex("the first half of next year", "2016-H1", "2016-01-01", "2016-06-30"),),
        unit="Y",
    ),
    R(
        "quarter code",
        r"Q(?P<quarter>[1-4])\s+(?P<year>{YEAR})",
        (ex("Q3 2014", "2014-Q3", "2014-07-01", "2014-09-30"),),
    ),
    R(
        "half",
        r"(?:the\s+)?(?P<half>first|second)\s+half(?:\s+of\s+(?P<year>{YEAR}))?",
        (
            ex("the second half of 2014", "2014-H2", "2014-07-01", "2014-12-31"),
            ex("in [the first half]", "2015-H1"),
        ),
    ),
    R(
        "the same period a year before",
        r"(?:the\s+)?(?:same\s+|comparable\s+|corresponding\s+)?(?:{YEAR_AGO}\s+)?"
        r"(?:{PERIOD})\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)"
        r"|(?:the\s+)?(?:comparable\s+|same\s+)?{YEAR_AGO}\s+(?:(?P<quarter>{ORDINAL})\s+)?"
        r"(?:{PERIOD})"
        r"|last\s+year'?s\s+(?:{PERIOD})|(?:an?|one)\s+year\s+(?:ago|earlier)|{YEAR_AGO}",
        (
            ex("Sales rose in the third quarter, from [the year-ago quarter].", "2014-Q3"),
            ex("Net fell in the third quarter; [year-earlier] results were better.", "2014-Q3"),
            ex(
                "In the third quarter it lost money; in [the same period last year] it did not.",
                "2014-Q3",
            ),
        ),
        anchor="period",
        unit="Y",
        amount=1,
        shift=-1,
    ),
    R(
        "the latest quarter",
        r"(?:the|its|their)\s+(?:latest|most\s+recent)\s+(?:quarter|period)",
        (ex("Costs fell in [the latest quarter].", "2015-Q2", "2015-04-01", "2015-06-30"),),
        anchor="ref",
        unit="Q",
        deictic=-1,
    ),
    R(
        "the period just reported",
        r"(?:the|that|this)\s+(?:(?:same|comparable)\s+)?(?:quarter|period)"
        r"(?!\s+(?:of|ended|ending|to)\s+(?:\w+\s+)?\d)",
        (
            ex("Revenue rose in the first quarter. In [that quarter], costs fell.", "2015-Q1"),
            ex("Costs fell. [The quarter] was hard for the company.", "2015-Q2"),
        ),
        anchor="period",
        unit="Q",
        amount=0,
    ),
    R(
        "relative day",
        r"{EARLIER}?(?P<rel>{RELDAY})(?:\s+(?P<pod>{POD}))?",
        (
            ex("Today", "2015-09-15", "2015-09-15", "2015-09-15"),
            ex("Yesterday", "2015-09-14"),
            ex("tomorrow", "2015-09-16"),
            ex("yesterday morning", "2015-09-14TMO"),
            ex("He spoke [late yesterday].", "2015-09-14"),
            ex("A court ruled [earlier today].", "2015-09-15"),
        ),
    ),
    R(
        "part of a relative day",
        r"(?:early\s+|late\s+)?(?P<pod>{POD})\s+(?P<rel>{RELDAY})",
        (ex("Shares rose at [mid-afternoon yesterday].", "2015-09-14TAF", type="TIME"),),
    ),
    R(
        "relative part of day",
        r"(?:(?:earlier|later)\s+)?(?:this\s+(?P<pod>{POD})|tonight)"
        r"|(?P<rel>last)\s+night",
        (
            ex("this morning", "2015-09-15TMO", "2015-09-15", "2015-09-15", "TIME"),
            ex("He will speak [later this afternoon].", "2015-09-15TAF"),
        ),
        deictic=0,
    ),
    R(
        "hour in the morning",
        r"(?<![\d.,:])(?P<hour>1[0-2]|0?[1-9])(?:\s+o['’]clock)?\s+in\s+the\s+morning",
        (ex("The convoy will leave at [4 in the morning].", "2015-09-15T04:00", type="TIME"),),
        kind="time",
    ),
    # a part of the day alone is on the day of the story (the reference date at first)
    R(
        "part of day alone",
        r"(?<!\w)(?:at|by|in|until|around|during)\s+"
        r"(?P<x>(?:the\s+)?(?:early\s+|late\s+)?(?P<pod>{POD}))"
        r"(?!['’\w-]|\s+(?:of|on|hours|edition|news|papers?|show)\b)",
        (
            ex("He was charged in court at [midday].", "2015-09-15T12:00", type="TIME"),
            ex("On March 3, 2012 the talks resumed in [the morning].", "2012-03-03TMO"),
        ),
    ),
    R(
        "following unit",
        r"(?:the\s+)?(?:following|preceding)\s+(?P<unit>year|month|week)(?!\s+\d)",
        (
            ex("He arrived in 2010 and left [the following year].", "2011"),
            ex("The board met in March 2014. [The following month], it sold the unit.", "2014-04"),
        ),
        shift=1,
        anchor="story",
        amount=1,
    ),
    R(
        "preceding unit",
        r"(?:the\s+)?(?:preceding|previous|prior)\s+(?P<unit>year|month|week)"
        r"(?!\s+\d)",
        (ex("Profits fell in 2010 after rising [the previous year].", "2009"),),
        shift=-1,
        anchor="story",
        amount=1,
    ),
    # "that year", "later that day": the year, month or day of the last date of the story
    R(
        "that unit",
        r"(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?P<unit>year|month)(?!['’\w-])",
        (
            ex("He came back in June 1998 and left [later that year].", "1998"),
            ex("The war ended in 1945; [that year] he married.", "1945"),
        ),
        anchor="story",
        amount=0,
    ),
    R(
        "that day",
        r"(?:(?:earlier|later)\s+that|that\s+same)\s+day(?!['’\w-])",
        (ex("He was shot on Oct. 23, 1998. [Earlier that day], he spoke.", "1998-10-23"),),
        anchor="story",
        unit="D",
        amount=0,
    ),
    R(
        "relative unit",
        r"{EARLIER}?(?:the\s+)?(?P<deictic>{DEICTIC})\s+"
        r"(?P<unit>year|month|week|decade|quarter|century|weekend)(?![\s-]+(?:old|long)\b)",
        (
            ex("Last year", "2014", "2014-01-01", "2014-12-31"),
            ex("Next year", "2016"),
            ex("last month", "2015-08", "2015-08-01", "2015-08-31"),
            ex("Last week", "2015-W37", "2015-09-07", "2015-09-13"),
            ex("this year", "2015"),
            ex("over [the past year]", "2014"),
            ex("It grew [earlier this year].", "2015"),
            ex("It will open [early next year].", "2016", "2016-01-01", "2016-04-30"),
            ex("by [the end of this week]", "2015-W38"),
            ex("last quarter", "2015-Q2"),
        ),
    ),
    R(
        "the current unit",
        r"(?:(?P<mod>{MOD})\s+)?the\s+(?:(?:full|whole|entire|current)\s+)?"
        r"(?:fiscal\s+)?(?P<unit>year|month|week)(?!\s+(?:of|before|after|earlier|later|ago|\d)\b)"
        r"(?!['’\w-])",
        (
            ex("Sales for [the year] rose.", "2015"),
            ex("at [the end of the month]", "2015-09", "2015-09-21", "2015-09-30"),
            ex("for [the full year]", "2015"),
        ),
        deictic=0,
        anchor="ref",
    ),
    R(
        "the weekend",
        r"(?:the|this|last|next)\s+weekend",
        (
            ex("Talks were held over [the weekend].", "2015-W37-WE"),
            ex("Talks will resume over [the weekend].", "2015-W38-WE"),
        ),
        unit="WE",
        deictic=0,
        anchor="ref",
    ),
    R(
        "earlier in the unit",
        r"(?:earlier|later)\s+in\s+the\s+(?P<unit>year|month|week)",
        (ex("Rains came [earlier in the year].", "2015"),),
        deictic=0,
        anchor="ref",
    ),
    R(
        "year end",
        r"(?:the\s+)?year[\s-]end|year'?s\s+end|the\s+end\s+of\s+the\s+year",
        (
            ex("The books are closed at [year-end].", "2015", "2015-09-01", "2015-12-31"),
            ex("around [year end]", "2015"),
        ),
        unit="Y",
        deictic=0,
        mod="END",
        anchor="ref",
    ),
    R(
        "relative weekday",
        r"(?P<deictic>last|next|this|this\s+coming|this\s+past)\s+"
        r"(?P<weekday>{WEEKDAY})",
        (
            ex("Last Monday", "2015-09-14", "2015-09-14", "2015-09-14"),
            ex("next Friday", "2015-09-18"),
        ),
    ),
    # Holidays: a fixed day, or the first given weekday on or after a day (see Rule.calendar)
    *(
        R(
            f"holiday: {name}",
            rf"(?:(?P<deictic>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:{words})(?:,?\s+(?P<year>{{YEAR}}))?"
            r"(?!['’\w-]|\s+(?:tree|trees|card|cards|carols?|gifts?|presents?|lights)\b)",
            (ex(example, value),),
            calendar=calendar,
            lean=-1,
            case_sensitive=True,
        )
        for name, words, calendar, example, value in HOLIDAYS
    ),
    R(
        "weekday after a past verb",
        r"{PAST_VERB}\s+(?:on\s+)?"
        r"(?P<x>{EARLIER}?(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{POD}))?)",
        (
            ex("The minister said [Friday] that talks will resume.", "2015-09-11"),
            ex("Prices rose [Tuesday].", "2015-09-15"),
        ),
        shift=-1,
    ),
    R(
        "weekday before a past verb",
        r"(?:^|(?<=\n)|(?<=[.!?]\s)(?<![ap]\.m\.\s)|(?<=[.!?][\"”’]\s))(?:on\s+)?"
        r"(?P<x>{EARLIER}?(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{POD}))?)"
        r",\s+(?:[\w'’]+\s+){0,4}?{PAST_VERB}\b",
        (ex("On [Friday], the government presented its budget.", "2015-09-11"),),
        shift=-1,
    ),
    R(
        "weekday after a future verb",
        r"{FUTURE_VERB}\s+(?:on\s+)?"
        r"(?P<x>{EARLIER}?(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{POD}))?)",
        (
            ex("The talks were postponed until [Monday].", "2015-09-21"),
            ex("She will meet the mayor on [Friday], aides said last week.", "2015-09-18"),
        ),
        shift=1,
    ),
    R(
        "weekday",
        r"{EARLIER}?(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{POD}))?",
        (
            ex("On [Wednesday], the government will present", "2015-09-16"),
            ex("On [Friday], the plan was presented", "2015-09-11"),
            ex("Crowds gathered [early Sunday].", "2015-09-13"),
            ex("The vote was held [Saturday night].", "2015-09-12TNI", type="TIME"),
            ex("Shares of the firm closed higher [Friday].", "2015-09-11"),
            ex("Talks resume [Wednesday] in Geneva.", "2015-09-16"),
        ),
        lean=-1,
    ),
    R(
        "part of day and weekday",
        r"(?:early\s+|late\s+)?(?P<pod>{POD})\s+(?:on\s+)?"
        r"(?P<weekday>{WEEKDAY})",
        (ex("Talks were halted at [noon Friday].", "2015-09-11T12:00", type="TIME"),),
        lean=-1,
    ),
    R(
        "ago",
        r"{AMOUNT}\s+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?:ago|before\s+now)",
        (
            ex("5-7 years ago", "2008/2010", "2008-01-01", "2010-12-31"),
            ex("three years ago", "2012", "2012-01-01", "2012-12-31"),
            ex("two months ago", "2015-07"),
            ex("A decade ago", "2005"),
            ex("a week or so ago", "2015-09-08"),
        ),
        shift=-1,
        anchor="ref",
    ),
    R(
        "in amount",
        r"(?<!\w)in\s+(?P<x>{AMOUNT}\s+(?P<unit>{UNIT}))"
        r"(?!\s+(?:ago|later|earlier|old|before|after|that|which|when|or)\b|[\s-]+old\b)",
        (
            ex("in [two weeks]", "2015-09-29", "2015-09-29", "2015-09-29"),
            ex("in [five years]", "2020"),
            # in a past sentence, the span it took
            ex("It was the third crash in [two weeks].", "P2W", type="DURATION"),
        ),
        shift=1,
        anchor="ref",
    ),
    R(
        "later",
        r"{AMOUNT}\s+(?P<unit>{UNIT})\s+(?:later|afterwards?)",
        (ex("He died in 1998. [Three years later], she wrote.", "2001", "2001-01-01"),),
        shift=1,
        anchor="story",
    ),
    R(
        "earlier",
        r"{AMOUNT}\s+(?P<unit>{UNIT})\s+(?:earlier|before)(?=\s*[,.;:)]|\s*$)",
        (ex("He left in 1998. [Two years earlier], he came back.", "1996"),),
        shift=-1,
        anchor="story",
    ),
    R(
        "next day",
        r"(?:the\s+)?(?:next|following)\s+day(?:\s+(?P<pod>{POD}))?",
        (ex("He left on March 3, 2012. [The next day], he came back.", "2012-03-04"),),
        shift=1,
        anchor="story",
        unit="D",
        amount=1,
    ),
    R(
        "day before",
        r"(?:the\s+)?(?:previous\s+day|day\s+before)(?=\s*[,.;:)]|\s*$)",
        (ex("He left on March 3, 2012. [The day before], he came.", "2012-03-02"),),
        shift=-1,
        anchor="story",
        unit="D",
        amount=1,
    ),
    R(
        "recent",
        r"(?:recent|past)\s+(?P<unit>days|weeks|months|years|decades|quarters)"
        r"(?:\s+and\s+(?:days|weeks|months|years))?",
        (
            ex("In [recent years]", "PAST_REF", "-", "-"),
            ex("in [recent weeks and months]", "PAST_REF"),
        ),
        kind="past",
        approximate=True,
    ),
    R(
        "coming",
        r"(?:(?:the\s+)?(?:coming|upcoming)|future)\s+(?P<unit>days|weeks|months|years"
        r"|decades|quarters)|the\s+(?:days|weeks|months|years)\s+ahead",
        (
            ex("in [the coming months]", "FUTURE_REF", "-", "-"),
            ex("in [future years]", "FUTURE_REF"),
        ),
        kind="future",
        approximate=True,
    ),
    # "current" and "soon" alone, as TimeML tags them: [current] market conditions, will [soon]
    R(
        "current as an adjective",
        r"(?<!then\s)current(?=\s+[a-z])"
        r"(?!\s+(?:account|accounts|assets|liabilities|affairs|events|year|quarter|month|week"
        r"|fiscal|period)\b)",
        (ex("The [current] market conditions are poor.", "PRESENT_REF", "-", "-"),),
        kind="present",
    ),
    R(
        "soon",
        r"(?<!as\s)soon(?!\s+(?:as|after|afterwards?|thereafter)\b)",
        (ex("Prices will [soon] rise.", "FUTURE_REF", "-", "-"),),
        kind="future",
    ),
    R(
        "vague reference",
        r"(?P<refword>{REFWORD})",
        (
            ex("for [now]", "PRESENT_REF", "-", "-"),
            ex("in [the past]", "PAST_REF"),
            ex("in [the future]", "FUTURE_REF"),
        ),
    ),
    R(
        "set of weekdays",
        r"(?:every|each)\s+(?P<weekday>{WEEKDAY})",
        (ex("every Tuesday", "XXXX-WXX-2", "-", "-", "SET"),),
        kind="set",
        quant="EVERY",
    ),
    R(
        "set",
        r"(?:every|each)\s+(?:(?P<amount>{NUM})\s+)?(?P<unit>{UNIT})",
        (ex("every month", "P1M", "-", "-", "SET"),),
        kind="set",
        quant="EVERY",
    ),
    *(
        R(
            f"every {unit_name}",
            words,
            (ex(f"The survey is run [{example}].", value, type="SET"),),
            kind="set",
            quant="EVERY",
            amount=1,
            unit=unit,
        )
        for unit_name, words, example, value, unit in (
            ("day", r"daily|every\s+day", "daily", "P1D", "D"),
            ("week", r"weekly|every\s+week", "weekly", "P1W", "W"),
            ("month", r"monthly", "monthly", "P1M", "M"),
            ("year", r"annually|yearly|every\s+year", "annually", "P1Y", "Y"),
            ("hour", r"hourly", "hourly", "PT1H", "H"),
        )
    ),
    R(
        "clock time",
        r"(?:(?P<qmod>about|around)\s+)?{CLOCK}",
        (ex("He left on March 3, 2012. At [9 p.m.], he came back.", "2012-03-03T21:00"),),
        kind="time",
    ),
    R(
        "year after a cue",
        r"(?<!\w){YEAR_CUE}\s*(?P<x>(?P<year>{YEAR}))",
        (
            ex("in [1905]", "1905", "1905-01-01", "1905-12-31"),
            ex("Since [2011]", "2011", "2011-01-01", "2015-09-15"),
            ex("Before [2010]", "2010", "-", "2009-12-31"),
            ex("until [2017]", "2017", "", "2017-12-31"),
            ex("by [2020]", "2020", "", "2020-12-31"),
        ),
    ),
    R(
        "the year as a period",
        r"the\s+(?P<year>{YEAR})\s+(?:period|quarter|fiscal\s+year)",
        (ex("compared with [the 2014 period]", "2014"),),
    ),
    R(
        "year",
        r"(?<![\d.,$])(?P<year>(?:1[89]|20)\d\d(?!\d|[.,]\d))(?!\s*{NOT_AFTER_NUMBER})",
        (ex("The [2008] crisis", "2008", "2008-01-01", "2008-12-31"),),
    ),
    R(
        "span",
        r"(?:(?P<qmod>{QMOD})\s+)?(?:each\s+of\s+)?{SPAN}"
        r"(?:(?P<amount>{NUM})(?:\s*(?:-|to|or)\s*(?P<amount_hi>{NUM}))?|(?P<vague>several|few))"
        r"\s+(?P<unit>{UNIT})(?:\s+or\s+so)?",
        (
            ex("in [the past three years]", "P3Y", "-", "-", "DURATION"),
            ex("over [the next few days]", "PXD"),
            ex("for [the first nine months]", "P9M"),
            ex("in [the last twenty-four hours]", "PT24H"),
            ex("over [the next two years or so]", "P2Y"),
        ),
        kind="duration",
    ),
    R(
        "bare plural unit",
        r"(?<!\w)(?:for|within|in|over|after)\s+(?P<x>(?P<unit>years|months|weeks|decades|centuries))"
        r"(?!\s+(?:ago|later|earlier|before|after|of)\b|['’\w-])",
        (
            ex("It lasted for [years].", "PXY", "-", "-", "DURATION"),
            ex("within [weeks]", "PXW"),
        ),
        kind="duration",
    ),
    R(
        "period of a length",
        r"an?\s+(?P<amount>{NUM})-(?P<unit>year|month|week|day)\s+(?:period|span|stretch|term)",
        (ex("over [a three-year period]", "P3Y", type="DURATION"),),
        kind="duration",
    ),
    # "about" stays outside a duration's extent, as both TimeBank and AQUAINT mostly tag it;
    # the duration is still approximate
    R(
        "about a duration",
        r"(?P<qmod>about|around)\s+(?P<x>(?P<amount>{NUM})[\s-]+(?P<unit>{UNIT}))"
        r"(?!\s+(?:ago|later|earlier|before|after|old)\b|[\s-]+old\b)",
        (
            ex("They talked for about [two hours].", "PT2H", type="DURATION"),
            ex("It took about [a week].", "P1W"),
        ),
        kind="duration",
    ),
    R(
        "duration",
        r"{AMOUNT}[\s-]+(?:(?:more|additional|extra|further)\s+)?(?P<unit>{UNIT})"
        r"(?:\s+and\s+(?P<and_fraction>a\s+half))?"
        r"(?:\s+long|-long)?",
        (
            ex("for [ten years]", "P10Y", "-", "-", "DURATION"),
            ex("seven-month", "P7M"),
            ex("for [three years]", "P3Y"),
            ex("more than twenty years", "P20Y"),
            ex("several days", "PXD"),
            ex("within [a week]", "P1W"),
            ex("They waited [2 1/2 years].", "P2Y6M"),
            ex("The talks lasted [two and a half days].", "P2DT12H"),
            ex("The flight took [an hour and a half].", "PT1H30M"),
            ex("The border stayed shut for [two decades].", "P20Y"),
            ex("The base stays for [at least 20 more years].", "P20Y"),
        ),
        kind="duration",
    ),
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
    # "plans to" as a verb only: "announced plans to buy" tells nothing of the tense
    future_cues=r"\b(?:will|shall|going\s+to|(?<!announced\s)(?<!unveiled\s)(?<!its\s)(?<!their\s)"
    r"(?<!the\s)(?<!no\s)(?<!had\s)plans?\s+to|is\s+to|are\s+to|next(?!\s+to\b)|upcoming"
    r"|scheduled|expected\s+to)\b|'ll\b",
    # Auxiliaries and explicit past words only: a word ending in -ed is as often an
    # adjective or a passive ("the reduced dividend", "is expected") as a past verb.
    past_cues=r"\b(?:was|were|had|did|ago|last|yesterday)\b",
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
