"""English rules for expressions relative to the story: counted from the last date placed
before them in the text ("three years later", "the next day", "that year").
"""

from __future__ import annotations

from ...model import Origin, Unit
from ...schema import Example as ex
from ...schema import Rule as R

SAME_PERIOD: tuple[R, ...] = (
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
        origin=Origin.PERIOD,
        unit=Unit.YEAR,
        amount=1,
        direction=-1,
    ),
    # a quarter named with "a year ago": that quarter of the year before the one in focus
    # ("the second quarter a year ago" in a report on a second quarter is that one, a year
    # back), or before the reference date's
    R(
        "quarter a year before",
        r"(?:the\s+)?(?P<quarter>{ORDINAL})\s+(?:fiscal\s+)?quarter\s+(?:an?|one)\s+year\s+"
        r"(?:ago|earlier|before)",
        (
            ex(
                "Sales rose in the second quarter of 2014 from [the second quarter a year ago].",
                "2013-Q2",
            ),
            ex("Profit was flat, against a loss in [the first quarter a year earlier].", "2014-Q1"),
        ),
        origin=Origin.PERIOD,
        unit=Unit.YEAR,
        amount=1,
        direction=-1,
    ),
    R(
        "the same period of a year",
        r"the\s+(?:same|comparable|corresponding)\s+(?:period|quarter|month|half)\s+(?:of|in)\s+"
        r"(?P<year>{YEAR})",
        (ex("Sales rose in the first quarter from [the same period of 2014].", "2014-Q1"),),
        origin=Origin.PERIOD,
    ),
    R(
        "the latest quarter",
        r"(?:the|its|their)\s+(?:latest|most\s+recent)\s+(?:quarter|period)",
        (ex("Costs fell in [the latest quarter].", "2015-Q2", "2015-04-01", "2015-06-30"),),
        origin=Origin.REFERENCE,
        unit=Unit.QUARTER,
        deictic=-1,
    ),
    R(
        "the period just reported",
        r"(?:the|that|this)\s+(?:(?:same|comparable)\s+)?(?:quarter|period)"
        # not a quarter-final of a competition
        r"(?!-\w)(?!\s+(?:of|in|ended|ending|to)\s+(?:\w+\s+)?\d)",
        (
            ex("Revenue rose in the first quarter. In [that quarter], costs fell.", "2015-Q1"),
            ex("Costs fell. [The quarter] was hard for the company.", "2015-Q2"),
        ),
        origin=Origin.PERIOD,
        unit=Unit.QUARTER,
        amount=0,
    ),
)

STORY_UNITS: tuple[R, ...] = (
    R(
        "following unit",
        r"(?:the\s+)?(?:following|preceding)\s+(?P<unit>year|month|week|decade|quarter)(?!\s+\d)",
        (
            ex("He arrived in 2010 and left [the following year].", "2011"),
            ex("The board met in March 2014. [The following month], it sold the unit.", "2014-04"),
            ex("During [the following decade], the town grew.", "P10Y", "-", "-", "DURATION"),
        ),
        direction=1,
        origin=Origin.STORY,
        amount=1,
    ),
    R(
        "preceding unit",
        r"(?:the\s+)?(?:preceding|previous|prior)\s+(?P<unit>year|month|week|quarter)"
        r"(?!\s+\d)",
        (
            ex("Profits fell in 2010 after rising [the previous year].", "2009"),
            ex("It grew in the second quarter of 2013, after [the previous quarter].", "2013-Q1"),
        ),
        direction=-1,
        origin=Origin.STORY,
        amount=1,
    ),
    # "that year", "later that day": the year, month or day of the last date of the story;
    # "the same year as the war" names another date, not the story's
    R(
        "that unit",
        r"(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?P<unit>year|month|week)"
        r"(?!['’\w-])(?!\s+(?:as|of)\b)",
        (
            ex("He came back in June 1998 and left [later that year].", "1998"),
            ex("The war ended in 1945; [that year] he married.", "1945"),
            ex("The plant shut on 3 May 2011; two more closed [that week].", "2011-W18"),
            ex("She was elected in March 2002 and resigned [the same month].", "2002-03"),
        ),
        origin=Origin.STORY,
        amount=0,
    ),
    # "the year after", "the week before": a unit from the story's date, at the end of a clause
    R(
        "the unit after",
        r"the\s+(?P<unit>year|month|week)\s+after(?=\s*[,.;:)]|\s*$)",
        (ex("She won in 2006 and lost it [the year after].", "2007"),),
        origin=Origin.STORY,
        deictic=1,
    ),
    R(
        "the unit before",
        # opening its sentence only: "down from $450 million the year before" compares
        # amounts, and news annotation leaves it out
        r"(?:^|(?<=\n)|(?<=[.!?;]\s))the\s+(?P<unit>year|month|week)\s+before(?=\s*[,.;:)]|\s*$)",
        (ex("It was signed on 4 April 1949. [The week before], they met.", "1949-W13"),),
        origin=Origin.STORY,
        deictic=-1,
    ),
    # "that spring", "the following spring": a season in the story's year, or after it
    R(
        "that season",
        r"(?:that|the\s+same)\s+(?P<season>{SEASON})",
        (ex("Floods struck in 1953. [That spring], engineers drew up the plan.", "1953-SP"),),
        origin=Origin.STORY,
    ),
    R(
        "the following season",
        r"the\s+(?:following|next)\s+(?P<season>{SEASON})",
        (ex("The emperor fell ill in 1612. [The following spring] he died.", "1613-SP"),),
        origin=Origin.STORY,
        tense=1,
    ),
    # "that day" on its own too, but not a compound ("said that day care costs rose") nor
    # "the same day as the vote", which names another day
    R(
        "that day",
        r"(?:(?:earlier|later)\s+that|that(?:\s+same)?|the\s+same)\s+day(?!['’\w-])"
        r"(?!\s+(?:as|of|care|labou?rers?|trad\w*|jobs?|pass(?:es)?|shifts?|camps?|trips?"
        r"|schools?|rates?)\b)",
        (
            ex("He was shot on Oct. 23, 1998. [Earlier that day], he spoke.", "1998-10-23"),
            ex("The storm hit on July 19, 2019. Two men were hurt [that day].", "2019-07-19"),
            ex("She filed on June 4, 2019, and a judge ruled [the same day].", "2019-06-04"),
        ),
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=0,
    ),
    # a part of the story's day, or of the day before or after it: "that night", "the next
    # morning", "the previous evening", "the night before" (at the end of its clause: "the
    # night before the vote" is before an event)
    R(
        "that part of day",
        r"(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?P<pod>night|morning|afternoon|evening)"
        r"(?!['’\w-])",
        (ex("He landed on March 3, 2012. [That night], it snowed.", "2012-03-03TNI", type="TIME"),),
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=0,
    ),
    R(
        "the next part of day",
        r"the\s+(?:next|following)\s+(?P<pod>night|morning|afternoon|evening)(?!['’\w-])",
        (ex("He landed on March 3, 2012. [The next morning], he left.", "2012-03-04TMO"),),
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
        direction=1,
    ),
    R(
        "the part of day after",
        r"the\s+(?P<pod>morning|night)\s+after(?=\s*[,.;:)]|\s*$)",
        (ex("He landed on March 3, 2012. [The morning after], he left.", "2012-03-04TMO"),),
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
        direction=1,
    ),
    R(
        "the previous part of day",
        r"the\s+previous\s+(?P<pod>night|morning|afternoon|evening)(?!['’\w-])",
        (ex("He landed on March 3, 2012. [The previous night], it rained.", "2012-03-02TNI"),),
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
        direction=-1,
    ),
    R(
        "the part of day before",
        r"the\s+(?P<pod>night|evening)\s+before(?=\s*[,.;:)]|\s*$)",
        (ex("He landed on March 3, 2012. [The night before], it rained.", "2012-03-02TNI"),),
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
        direction=-1,
    ),
)

LATER_EARLIER: tuple[R, ...] = (
    R(
        "later",
        r"{AMOUNT}\s+(?P<unit>{UNIT})\s+(?:later|afterwards?)",
        (ex("He died in 1998. [Three years later], she wrote.", "2001", "2001-01-01"),),
        direction=1,
        origin=Origin.STORY,
    ),
    R(
        "earlier",
        r"{AMOUNT}\s+(?P<unit>{UNIT})\s+(?:earlier|before)(?=\s*[,.;:)]|\s*$)",
        (ex("He left in 1998. [Two years earlier], he came back.", "1996"),),
        direction=-1,
        origin=Origin.STORY,
    ),
    R(
        "next day",
        r"(?:the\s+)?(?:next|following)\s+day(?:\s+(?P<pod>{POD}))?",
        (ex("He left on March 3, 2012. [The next day], he came back.", "2012-03-04"),),
        direction=1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
    ),
    R(
        "day before",
        r"(?:the\s+)?(?:previous\s+day|day\s+before)(?=\s*[,.;:)]|\s*$)",
        (ex("He left on March 3, 2012. [The day before], he came.", "2012-03-02"),),
        direction=-1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
    ),
)
