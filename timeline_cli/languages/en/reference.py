"""English rules for expressions relative to the reference date: "yesterday", "last
month", "three years ago", "now".
"""

from __future__ import annotations

from ...model import Kind, Origin, Unit
from ...schema import Example as ex
from ...schema import Rule as R

RELATIVE_DAYS: tuple[R, ...] = (
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
        r"(?:(?:earlier|later)\s+)?(?:this\s+(?P<pod>{POD})|tonight)",
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
        kind=Kind.TIME,
    ),
    # a part of the day alone is on the day of the story (the reference date at first)
    R(
        "part of day alone",
        r"(?<!\w)(?:at|by|in|until|around|during|after|before|past)\s+"
        r"(?P<x>(?:the\s+)?(?:early\s+|late\s+)?(?P<pod>{POD}))"
        r"(?!['’\w-]|\s+(?:of|on|{POD_HEADS})\b)",
        (
            ex("He was charged in court at [midday].", "2015-09-15T12:00", type="TIME"),
            ex("On March 3, 2012 the talks resumed in [the morning].", "2012-03-03TMO"),
            ex("Traffic was light in [the evening] as rain fell.", "2015-09-15TEV"),
        ),
    ),
)

RELATIVE_UNITS: tuple[R, ...] = (
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
        r"(?:(?P<mod>{MOD})\s+(?:in\s+)?)?the\s+(?:(?:full|whole|entire|current)\s+)?"
        r"(?:fiscal\s+)?(?P<unit>year|month|week)(?!\s+(?:of|before|after|earlier|later|ago|\d)\b)"
        r"(?!['’\w-])",
        (
            ex("Sales for [the year] rose.", "2015"),
            ex("at [the end of the month]", "2015-09", "2015-09-21", "2015-09-30"),
            ex("for [the full year]", "2015"),
        ),
        deictic=0,
        origin=Origin.REFERENCE,
    ),
    R(
        "the weekend",
        r"(?:the|this|last|next)\s+weekend",
        (
            ex("Talks were held over [the weekend].", "2015-W37-WE"),
            ex("Talks will resume over [the weekend].", "2015-W38-WE"),
        ),
        unit=Unit.WEEKEND,
        deictic=0,
        origin=Origin.REFERENCE,
    ),
    R(
        "earlier in the unit",
        r"(?:earlier|later)\s+in\s+the\s+(?P<unit>year|month|week)",
        (ex("Rains came [earlier in the year].", "2015"),),
        deictic=0,
        origin=Origin.REFERENCE,
    ),
    R(
        "year end",
        r"(?:the\s+)?year[\s-]end|year'?s\s+end|the\s+end\s+of\s+the\s+year",
        (
            ex("The books are closed at [year-end].", "2015", "2015-09-01", "2015-12-31"),
            ex("around [year end]", "2015"),
        ),
        unit=Unit.YEAR,
        deictic=0,
        mod="END",
        origin=Origin.REFERENCE,
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
)

AGO_AND_IN: tuple[R, ...] = (
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
        direction=-1,
        origin=Origin.REFERENCE,
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
        direction=1,
        origin=Origin.REFERENCE,
    ),
)

VAGUE: tuple[R, ...] = (
    R(
        "recent",
        r"(?:recent|past)\s+(?P<unit>days|weeks|months|years|decades|quarters)"
        r"(?:\s+and\s+(?:days|weeks|months|years))?",
        (
            ex("In [recent years]", "PXY", "-", "-", "DURATION"),
            ex("in [recent weeks and months]", "PXW"),
        ),
        kind=Kind.DURATION,  # a span of unsaid length that ends now, as "ces dernières années"
        approximate=True,
    ),
    R(
        "coming",
        r"(?:(?:the\s+)?(?:coming|upcoming)\s+|the\s+(?=\w+\s+ahead))"
        r"(?P<unit>days|weeks|months|years|decades|quarters)(?:\s+ahead)?",
        (
            ex("in [the coming months]", "PXM", "-", "-", "DURATION"),
            ex("in [the weeks ahead]", "PXW"),
        ),
        kind=Kind.DURATION,
        approximate=True,
    ),
    R(
        "future units",
        r"future\s+(?P<unit>days|weeks|months|years|decades|quarters)",
        (ex("in [future years]", "FUTURE_REF", "-", "-"),),
        kind=Kind.FUTURE,
        approximate=True,
    ),
    # "current" and "soon" alone, as TimeML tags them: [current] market conditions, will [soon]
    R(
        "current as an adjective",
        r"(?<!then\s)current(?=\s+[a-z])"
        r"(?!\s+(?:account|accounts|assets|liabilities|affairs|events|year|quarter|month|week"
        r"|fiscal|period)\b)",
        (ex("The [current] market conditions are poor.", "PRESENT_REF", "-", "-"),),
        kind=Kind.PRESENT,
    ),
    R(
        "soon",
        r"(?<!as\s)soon(?!\s+(?:as|after|afterwards?|thereafter)\b)",
        (ex("Prices will [soon] rise.", "FUTURE_REF", "-", "-"),),
        kind=Kind.FUTURE,
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
)
