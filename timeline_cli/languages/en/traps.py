"""English rules that tag nothing: words that look like dates and are not (ages, rates,
counts). A rule of kind `ignore` wins its span, so it must come before the rule it stops.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R

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
)
