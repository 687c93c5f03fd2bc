"""English rules that tag nothing: words that look like dates and are not (ages, rates,
counts). A rule of kind `ignore` wins its span, so it must come before the rule it stops.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R
from ..common import PRODUCT_NAMES, RATIO

_THIRD = r"(?:early|mid|late)"  # a third of a decade of one's life: "her early thirties"
_WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# what may follow "the future" or "the past" when it is the time, not an adjective before its
# noun ("the future king", "the past tense")
_AS_A_NOUN = (
    r"(?:is|was|will|would|could|can|may|might|looks?|remains?|holds?|of|for|in|and|or|but"
    r"|that|which|when|as|at|to|with|by|seems?|belongs?|has|had|lies|ahead|too|more|is)"
)

NOT_DATES: tuple[R, ...] = (
    # Not dates: ages and rates that look like durations claim their words and tag nothing.
    R(
        "age",
        r"(?:\d{1,3}|{NUMBER})[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old",
        (
            ex("a [6-year-old] boy"),
            ex("Mr. Smith, [52 years old], will retire."),
            ex("a [two-month-old] puppy"),
        ),
        kind=Kind.IGNORE,
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
        kind=Kind.IGNORE,
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
        kind=Kind.IGNORE,
    ),
    # "today's world": these days in general, not the day of the article
    R(
        "today's in general",
        r"today['’]s\s+(?:\w+\s+)?(?:world|youth|society|generation|young|children|kids"
        r"|teenagers|families|standards|technology|computers)\b",
        (ex("Such rules make no sense in [today's world]."),),
        kind=Kind.IGNORE,
    ),
    # an award or a title "of the year" names the best of a year, not a date: "album of the
    # year", "Player of the Year" (the year it was given, when said, is a date of its own)
    R(
        "award of the year",
        r"(?:album|song|record|single|player|person|man|woman|coach|manager|rookie|athlete"
        r"|artist|entertainer|driver|car|book|film|movie|team|club|word|teacher|employee"
        r"|volunteer|company|business|product|goal|game|breakthrough)s?\s+of\s+the\s+year\b",
        (
            ex("The record won [album of the year] twice."),
            ex("She was named [Player of the Year] in 2019."),
        ),
        kind=Kind.IGNORE,
    ),
    # the names of shows and papers: "The Tonight Show", "Today show", "the Sunday Times"
    R(
        "title with a day word",
        r"(?-i:(?:Tonight|Today|Tomorrow)\s+Show|Today\s+programme)",
        (ex("He hosted [Tonight Show] for years."),),
        kind=Kind.IGNORE,
    ),
    # a quarter of a game, not of a year: "the fourth quarter of the Super Bowl"
    R(
        "quarter of a game",
        r"(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|final)\s+quarter\s+of\s+"
        r"(?:the|a|an|this|that|their|his|its)\s+(?:[\w'’-]+\s+){0,2}(?:game|match|Super\s+Bowl"
        r"|final|contest|playoffs?|semifinal|showdown|clash)\b",
        (ex("He scored in [the fourth quarter of the Super Bowl]."),),
        kind=Kind.IGNORE,
    ),
    # a year inside a document number: "IR-2024-203", "COM-2019-11" (read from the year, after
    # a capital and a hyphen, so that the prefilter tries it only at a year)
    R(
        "document number",
        r"(?<=(?-i:[A-Z])-)(?:1[89]|20)\d\d-\d+",
        (ex("See release IR-[2024-203] for details."),),
        kind=Kind.IGNORE,
    ),
    # a number plate or a registration: "the license plate 2066 AAB"
    R(
        "number plate",
        r"(?:licen[cs]e[\s-]+plates?|number[\s-]+plates?|registration)\s+(?:(?:number|no\.)\s+)?"
        r"(?-i:[A-Z0-9-]*\d[A-Z0-9-]*(?:\s+[A-Z]{1,3}\b)?)",
        (ex("Police saw a car with the [license plate 2066 AAB]."),),
        kind=Kind.IGNORE,
    ),
    # a year that opens a case-law database number: "2013 WL 1197896", "2015 U.S. Dist.
    # LEXIS 4021" (the decision's date follows in brackets)
    R(
        "case-law citation number",
        r"(?:1[89]|20)\d\d\s+(?-i:WL|(?:[A-Z][\w.]*\s+){0,3}LEXIS)\s+\d+",
        (
            ex("See Collier v. State, [2013 WL 1197896], at *1 (Tex. App. Mar. 26, 2013)."),
            ex("Smith v. Jones, [2015 U.S. Dist. LEXIS 4021] (S.D.N.Y. 2015)."),
        ),
        kind=Kind.IGNORE,
    ),
    R(
        "average daily",
        r"average\s+daily",
        (ex("The [average daily] volume fell."),),
        kind=Kind.IGNORE,
    ),
    R(
        "television show",
        r"(?-i:60\s+Minutes)",
        (ex("He told [60 Minutes] that"),),
        kind=Kind.IGNORE,
    ),
    R(
        "street address",
        r"\d{1,5}\s+(?-i:(?:[A-Z][a-z]+\s+){1,3}"
        r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place|Square))",
        (ex("He lives at [2014 Elm Street] downtown."),),
        kind=Kind.IGNORE,
    ),
    R(
        "second as an ordinal",
        r"(?:an?|the|one)\s+second(?=\s+[a-z])"
        r"(?!\s+(?:later|earlier|ago|before|after|or|and|of|in|to|for|at|longer|more|less)\b)",
        (ex("She asked for [a second] opinion."),),
        kind=Kind.IGNORE,
    ),
    R(
        "aged",
        r"aged\s+(?:between\s+)?(?:\d{1,3}|{NUMBER})(?:\s+(?:years?|months?|weeks?|days?))?"
        r"(?:\s*(?:-|to|and)\s*(?:\d{1,3}|{NUMBER}))?\s+(?:years?|months?|weeks?|days?)"
        r"(?:\s+old)?",
        (ex("Children [aged 6 months to 5 years] will be vaccinated."),),
        kind=Kind.IGNORE,
    ),
    # a decade in words is an age after a possessive or an age word ("in her twenties", "aged
    # in the sixties", "the twenties age bracket"), a temperature after one ("highs in the
    # mid-eighties")
    R(
        "age in decades",
        r"(?:my|your|his|her|its|our|their|one['’]s)\s+(?:" + _THIRD + r"[\s-]+)?{DECADE}"
        r"|(?:aged?|ages)\s+(?:in\s+)?the\s+(?:" + _THIRD + r"[\s-]+)?{DECADE}"
        r"|the\s+(?:" + _THIRD + r"[\s-]+)?{DECADE}(?=\s+age\b)",
        (
            ex("She is in [her twenties]."),
            ex("Both were in [their early thirties]."),
            ex("Voters [aged in the sixties] backed it."),
            ex("applicants in [the twenties] age bracket"),
        ),
        kind=Kind.IGNORE,
    ),
    R(
        "temperature in decades",
        r"(?:temperatures?|highs?|lows?|readings?)\s+"
        r"(?:(?-i:[a-z]+)\s+){0,3}?(?:in|into|to|near|around)\s+the\s+"  # no name, no number
        r"(?:(?:low|lower|mid|high|upper)[\s-]+)?{DECADE}",
        (
            ex("[Temperatures will climb into the nineties] on Friday."),
            ex("[Highs will be in the mid-eighties]."),
            ex("[temperatures on stage climb into the nineties]"),
        ),
        kind=Kind.IGNORE,
    ),
    # a reporting label: "Nine Month 2021 results", "Six Month 2020 Report"
    R(
        "reporting label",
        r"(?:(?:its|their|the)\s+)?"
        r"(?-i:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d{1,2})"
        r"[\s-]+Months?)(?=\s+{YEAR})",
        (ex("The group published its [Nine Month] 2021 results."),),
        kind=Kind.IGNORE,
    ),
    # a weekday in a name: "The Sunday Times", "Tuesday Morning Corporation", "the Sunday papers"
    R(
        "weekday in a name",
        r"(?-i:" + _WEEKDAY_NAMES + r"(?:\s+(?:Morning|Night|Evening|Afternoon))?\s+"
        r"(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Mail|Sport|Star|Independent"
        r"|Observer|People|Corporation|Corp\.?|Inc\.?|Company|Group|Live|Football|Club))"
        r"|the\s+(?-i:" + _WEEKDAY_NAMES + r")\s+(?:papers?|newspapers?|editions?|supplements?"
        r"|shows?|services?|lunch|roast|school)",
        (
            ex("[Tuesday Morning Corporation] reported lower sales."),
            ex("[The Sunday Times] sold 800,000 copies."),
            ex("She reads [the Sunday papers]."),
        ),
        kind=Kind.IGNORE,
    ),
    R(
        "the future as an adjective",
        r"(?:the|a|her|his|their|its|our|my|your)\s+(?:(?-i:Future)"
        r"|future\s+(?!(?:{UNIT}|dates?|points?|time|" + _AS_A_NOUN + r")\b)(?-i:[a-z]{3,}))"
        r"|the\s+past\s+(?:(?:{NUMBER}|\d+)\s+)?(?!(?:{UNIT}|(?:spring|summer|autumn|fall|winter)s?|few|several|"
        + _AS_A_NOUN
        + r")\b)(?-i:[a-z]{3,})",
        (
            ex("[The future king] visited the school."),
            ex("He watched Back to [the Future] again."),
            ex("[The past tense] is hard for learners."),
            ex("[The past five champions] all came from Kenya."),
        ),
        kind=Kind.IGNORE,
    ),
    # a capitalised unit after a number names something: "the 24 Hours of Le Mans"
    R(
        "title in hours",
        r"(?:the\s+)?(?-i:\d+\s+(?:Hours|Minutes|Seconds))(?=\s*[,;:.)\"'”’]*\s*(?:[a-z]|$))",
        (ex("He won the [24 Hours] of Le Mans twice."),),
        kind=Kind.IGNORE,
    ),
    R(
        "product name",
        PRODUCT_NAMES,
        (ex("He drives a [Peugeot 2008] to work."),),
        kind=Kind.IGNORE,
    ),
    # a ratio or a timecode: "a 1:10:100 dilution" ("John 3:16" is no time: a 24-hour clock
    # time needs a cue word or a day, times.py)
    R(
        "ratio",
        RATIO,
        (ex("The timecode [01:02:03:04] marks the cut."),),
        kind=Kind.IGNORE,
    ),
)
