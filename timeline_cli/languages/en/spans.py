"""English rules for spans of time beyond "three years": rolling windows anchored at the
reference date ("the past three years", "over the next decade"), "in" + a length that is the
span something took ("the highest rate in 20 years"), plural
units alone ("minutes before the blast", "could take weeks"), and ranges whose first end leaves
out its unit or month ("between 4 and 6 weeks", "12 to 16 September", "January-February").
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R

_UNIT_AFTER = r"(?!['’\w-]|\s+(?:ago|later|earlier|before|after|old|from\s+now)\b|[\s-]+old\b)"

# the word "past" / "next" says which way the window runs from the reference date
WINDOWS: tuple[R, ...] = (
    # the first units of a date: placed at its start when the date follows ("of 2014"), a
    # length otherwise; "the last three months of 2014" is the window below, moved to the end
    # of the date that follows (Grammar._anchor_edges)
    R(
        "the first n units",
        r"(?:the\s+|its\s+|their\s+)?(?:first|opening|initial)\s+(?P<amount>{NUM})\s+"
        r"(?P<unit>{UNIT})" + _UNIT_AFTER,
        (
            ex(
                "In [the first nine months] of 2014, sales fell 4%.",
                "P9M",
                "2014-01-01",
                "2014-09-30",
                "DURATION",
            ),
            ex(
                "In [the first two weeks] of March 2015, it rained.",
                "P2W",
                "2015-03-01",
                "2015-03-14",
            ),
            ex("Sales fell in [the first nine months].", "P9M", "-", "-"),
        ),
        kind=Kind.DURATION,
        edge=1,
    ),
    R(
        "the past n units",
        r"(?:the\s+)?(?P<deictic>past|last|previous|next|coming)\s+(?P<amount>{NUM})\s+"
        r"(?P<unit>{UNIT})" + _UNIT_AFTER,
        (
            ex(
                "She has led the union for [the past three years].",
                "P3Y",
                "2012-09-15",
                "2015-09-15",
                "DURATION",
            ),
            ex("Sales rose 8% over [the last 2 years].", "P2Y", "2013-09-15", "2015-09-15"),
            ex("Three ships were seized in [the past 24 hours].", "PT24H", "2015-09-14"),
            ex(
                "The city will plant trees over [the next five years].",
                "P5Y",
                "2015-09-15",
                "2020-09-15",
            ),
        ),
        kind=Kind.DURATION,
    ),
    R(
        "the past decade",
        r"the\s+(?P<deictic>past|last|previous|next|coming)\s+(?P<unit>decade|century)"
        r"(?!\s+of\b|['’\w-])",
        (
            ex(
                "Over [the last decade], the region lost jobs.",
                "P10Y",
                "2005-09-15",
                "2015-09-15",
                "DURATION",
            ),
            ex("Demand will double over [the next decade].", "P10Y", "2015-09-15", "2025-09-15"),
        ),
        kind=Kind.DURATION,
        amount=1,
    ),
)

# "in" + a length is the span something took after a superlative ("the worst drought in a
# decade") or a verb of completion or change in the past ("built the bridge in 90 days");
# elsewhere "in [two weeks]" (reference.py) is a date ahead, unless the sentence is past
IN_SPANS: tuple[R, ...] = (
    R(
        "in a span after a superlative",
        r"(?:{SUPERLATIVE}|most\s+\w+|least\s+\w+)\s+(?:[\w'’-]+\s+){0,3}?"
        r"in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?P<x>{AMOUNT}\s+(?P<unit>{UNIT}))"
        + _UNIT_AFTER,
        (
            ex("Inflation hit its highest rate in [20 years].", "P20Y", "-", "-", "DURATION"),
            ex("It could become the worst drought in [a decade].", "P10Y"),
            ex("Prices fell for the first time in [three months].", "P3M"),
        ),
        kind=Kind.DURATION,
    ),
    # a quantity counted in a length is a span, not a date ahead: "3,300 calls in [eight
    # hours]", "11 inches of rain in [48 hours]", "five cities in [two weeks]"
    R(
        "in a span after a count",
        r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|{NUMBER})\s+(?:million\s+|billion\s+)?"
        r"(?!(?:years?|months?|weeks?|days?|hours?|minutes?)\b)[a-z][\w'’-]*\s+"
        r"(?:(?:of|more)\s+[\w'’-]+\s+)?in\s+(?P<x>{AMOUNT}\s+(?P<unit>{UNIT}))" + _UNIT_AFTER,
        (
            ex("The center received 3,300 calls in [eight hours].", "PT8H", "-", "-", "DURATION"),
            ex("Atlanta got 11 inches of rain in [48 hours].", "PT48H"),
        ),
        kind=Kind.DURATION,
    ),
    R(
        "in a span after a verb of completion",
        r"{COMPLETED}\s+(?:[\w'’-]+\s+){0,4}?in\s+(?:just\s+|only\s+|under\s+|less\s+than\s+)?"
        r"(?P<x>{AMOUNT}\s+(?P<unit>{UNIT}))" + _UNIT_AFTER,
        (
            ex("The engineers built the bridge in [90 days].", "P90D", "-", "-", "DURATION"),
            ex("The crew repaired the line in [six hours].", "PT6H"),
            ex("Sales doubled in [three years].", "P3Y"),
        ),
        kind=Kind.DURATION,
    ),
)

BARE_PLURALS: tuple[R, ...] = (
    R(
        "plural unit after a verb of duration",
        r"(?<!\w)(?:take|takes|took|taking|taken|last|lasts|lasted|lasting|wait|waits|waited"
        r"|waiting|spend|spends|spent|spending)\s+(?P<x>(?P<unit>years|months|weeks|days|hours"
        r"|minutes|decades))(?!['’\w-]|\s+(?:ago|of|to)\b)",
        (
            ex("Repairing the line could take [weeks].", "PXW", "-", "-", "DURATION"),
            ex("The family waited [years] for an answer.", "PXY"),
        ),
        kind=Kind.DURATION,
    ),
    R(
        "plural unit before before or after",
        r"(?<![\w'’-])(?<!\bthe\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bfirst\s)(?<!\blast\s)"
        r"(?<!\bearly\s)(?<!\bfinal\s)(?<!\bfew\s)(?P<unit>years|months|weeks|days|hours"
        r"|minutes)(?=\s+(?:before|after|later|earlier)\b)",
        (
            ex("The suspect fled [minutes] before the blast.", "PTXM", "-", "-", "DURATION"),
            ex("He was discharged [days] after the operation.", "PXD"),
        ),
        kind=Kind.DURATION,
    ),
    R(
        "within hours",
        r"(?<!\w)(?:within|in|for|over|after)\s+(?P<x>(?P<unit>hours|minutes|days))"
        r"(?!['’\w-]|\s+(?:ago|later|earlier|before|after|of|trading)\b)",
        (ex("Within [hours], the video had spread.", "PTXH", "-", "-", "DURATION"),),
        kind=Kind.DURATION,
    ),
)

ELLIPTICAL_RANGES: tuple[R, ...] = (
    R(
        "between n and m units",
        r"(?:between|from)\s+(?P<x>(?P<amount>{NUM})\s+(?:and|to)\s+(?P<amount2>{NUM})\s+"
        r"(?P<unit2>{UNIT}))" + _UNIT_AFTER,
        (
            ex("The repairs will take between [4 and 6 weeks].", "P4W/P6W", "-", "-", "DURATION"),
            ex("The course lasts from [three to five years].", "P3Y/P5Y"),
        ),
        kind=Kind.DURATION,
    ),
    R(
        "day to day of a month",
        r"{WDOPT}(?P<day>{DAY})\s*(?:-|–|to|and|through)\s*{WDOPT2}(?P<day2>{DAY})\s+(?:of\s+)?"
        r"(?P<month2>{MONTH})(?:,?\s+(?P<year2>{YEAR}))?",
        (
            ex(
                "The fair was held from [13 to 15 July].",
                "2015-07-13/2015-07-15",
                "2015-07-13",
                "2015-07-15",
            ),
            ex("Classes were suspended [1-8 September].", "2015-09-01/2015-09-08"),
        ),
    ),
    # "the 2005-06 season": the two years of a season or a fiscal year, not June 2005
    R(
        "season of two years",
        r"the\s+(?P<x>(?P<year>{YEAR})\s*[-–/]\s*(?P<year2>\d\d))(?=\s+(?:season|campaign"
        r"|school\s+year|academic\s+year|fiscal\s+year|financial\s+year|tax\s+year|term)\b)",
        (
            ex(
                "He coached the club in the [2005-06] season.",
                "2005/2006",
                "2005-01-01",
                "2006-12-31",
            ),
        ),
    ),
    R(
        "month to month",
        r"(?P<month>{MONTH})\s*[-–]\s*(?P<month2>{MONTH})(?:,?\s+(?P<year2>{YEAR}))?",
        (
            ex(
                "The inquiry was on the [January-February] figures.",
                "2015-01/2015-02",
                "2015-01-01",
                "2015-02-28",
            ),
        ),
    ),
)
