"""English rules for years and the periods that name one: parts of a year, seasons,
quarters, halves, decades, centuries.
"""

from __future__ import annotations

from itertools import pairwise

from ...model import Unit
from ...schema import Example as ex
from ...schema import Rule as R

YEAR_PARTS: tuple[R, ...] = (
    R(
        "part of a year",
        r"(?P<mod>{MOD})(?:\s*-\s*|\s+in\s+|\s+|\s+of\s+)(?P<year>{YEAR})",
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
        r"(?:the\s+)?(?:(?P<mod>{MOD})(?:\s+in\s+the\s+|\s+the\s+|\s+|-))?"
        r"(?P<decade>(?:1[0-9]|20)[0-9]0|'[0-9]0|’[0-9]0)'?s",
        (
            ex("1990s", "199", "1990-01-01", "1999-12-31"),
            ex("'80s", "198", "1980-01-01", "1989-12-31"),
            ex("the late 1980s", "198", "1987-01-01", "1989-12-31"),
            ex("by [the mid-1990s]", "199"),
            ex("planned at [the end of the 1950s]", "195", "1957-01-01", "1959-12-31"),
        ),
    ),
    # a decade in words is a decade after "the" ("in the twenties"); a possessive makes it an
    # age ("in her twenties": traps.py), and so do age words and temperatures
    R(
        "decade in words",
        r"(?=the\s)(?:the\s+)?(?:(?P<mod>{MOD})(?:\s+the\s+|\s+|-))?['’]?(?P<decade>{DECADE})",
        (
            ex("Prices soared in [the nineties].", "199", "1990-01-01", "1999-12-31"),
            ex("[the early eighties]", "198", "1980-01-01", "1983-12-31"),
            ex("built in [the 'nineties]", "199"),
            ex("[the end of the seventies]", "197", "1977-01-01", "1979-12-31"),
            ex("in [the nineteen-twenties]", "192"),
        ),
    ),
    R(
        "century",
        r"(?:(?P<mod>{MOD})\s+(?:in\s+)?)?(?:the\s+)?(?P<century>\d{1,2})(?:st|nd|rd|th)[\s-]+century"
        r"(?:\s+(?-i:(?P<bc>BC|B\.C\.|BCE|B\.C\.E\.)|AD|A\.D\.|CE)(?!\w))?",
        (
            ex("20th century", "19", "1900-01-01", "1999-12-31"),
            ex("The temple dates from [the 1st century BC].", "BC00", "-", "-"),
        ),
    ),
    R(
        "before Christ",
        r"(?P<bc>(?P<year>\d{1,4})\s+(?:BC|B\.C\.|BCE|B\.C\.E\.))",
        (ex("52 BC", "BC0052"),),
    ),
)

SEASONS: tuple[R, ...] = (
    R(
        "season and year",
        r"(?:(?P<mod>{MOD})\s+)?(?:the\s+)?(?P<season>{SEASON})\s+(?:of\s+)?"
        r"(?P<year>{YEAR}|['’]\d\d(?![\w'’]))",
        (
            ex("summer of 2014", "2014-SU", "2014-06-01", "2014-08-31"),
            ex("spring 2015", "2015-SP"),
            ex("They met in Rome in [spring '76].", "1976-SP"),
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
)

_QUARTER_NAMES = ("(?:first|1st)", "(?:second|2nd)", "(?:third|3rd)", "(?:fourth|4th)")
# a quarter's name, when the next quarter's name follows it after a joiner
_ADJACENT_QUARTERS = "|".join(
    rf"{a}(?=\s+(?:and|to|through)\s+{b}\b)" for a, b in pairwise(_QUARTER_NAMES)
)

QUARTERS: tuple[R, ...] = (
    # two quarters in a row named once, in the plural: "the second and third quarters (of
    # 2014)": one range; not two apart ("the second and fourth quarters": a list)
    R(
        "quarters",
        rf"(?:the\s+)?(?P<quarter>{_ADJACENT_QUARTERS})\s+(?:and|to|through)\s+"
        r"(?P<quarter2>{ORDINAL})\s+(?:fiscal\s+)?quarters"
        r"(?:\s+(?:of\s+)?{FISCAL}(?P<year2>{YEAR}))?",
        (
            ex(
                "in [the second and third quarters of 2014]",
                "2014-Q2/2014-Q3",
                "2014-04-01",
                "2014-09-30",
            ),
        ),
    ),
    R(
        "quarter of a year",
        r"(?:the\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?P<quarter>{ORDINAL})"
        r"\s+(?:fiscal\s+)?quarter\s+(?:of\s+)?{FISCAL}(?P<year>{YEAR})",
        (
            ex("first quarter of 2015", "2015-Q1", "2015-01-01", "2015-03-31"),
            ex("Profit doubled in [the 4th quarter 2018].", "2018-Q4"),
            ex("Sales fell in [the third quarter of fiscal year 2011].", "2011-Q3"),
        ),
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
        tense=-1,
    ),
    R(
        "quarter as an adjective",
        r"(?:(?:fiscal|calendar)[\s-]+)?(?P<quarter>{ORDINAL})-quarter",
        (
            ex("the [third-quarter] loss", "2015-Q3"),
            ex("a [fiscal second-quarter] profit", "2015-Q2"),
        ),
        tense=-1,
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
        unit=Unit.YEAR,
    ),
    R(
        "quarter of the relative year",
        r"(?:the\s+)?(?P<quarter>{ORDINAL})\s+quarter\s+of\s+(?P<deictic>last|this|next)\s+year",
        (ex("the second quarter of next year", "2016-Q2"),),
        unit=Unit.YEAR,
    ),
    R(
        "half of a relative year",
        r"(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+(?P<deictic>last|this|next)\s+year",
        (ex("the first half of next year", "2016-H1", "2016-01-01", "2016-06-30"),),
        unit=Unit.YEAR,
    ),
    R(
        "quarter code",
        r"Q(?P<quarter>[1-4])\s+(?:(?-i:FY)\s*['’]?)?(?P<year>{YEAR}|\d\d(?!\w))",
        (
            ex("Q3 2014", "2014-Q3", "2014-07-01", "2014-09-30"),
            ex("The firm reports [Q2 FY'04] results.", "2004-Q2"),
            ex("Sales rose in [Q4 FY2015].", "2015-Q4"),
        ),
    ),
    # a fiscal year abbreviated: "FY2016", "FY '04", "FY09"
    R(
        "fiscal year code",
        r"(?-i:FY)\s*['’]?(?P<year>{YEAR}|\d\d(?!\w))",
        (
            ex("Guidance for [FY2016] was cut.", "2016"),
            ex("Sales in [FY'04] rose.", "2004"),
        ),
    ),
    R(
        "half",
        r"(?:the\s+)?(?P<half>first|second)\s+half(?:\s+of\s+{FISCAL}(?P<year>{YEAR}))?",
        (
            ex("the second half of 2014", "2014-H2", "2014-07-01", "2014-12-31"),
            ex("in [the first half of the fiscal year 2009]", "2009-H1"),
            ex("in [the first half]", "2015-H1"),
        ),
    ),
)

BARE_YEARS: tuple[R, ...] = (
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
    # an earlier year alone in brackets, as biographies and histories date what they name:
    # "the siege of Vienna (1683)", "(I, II; 1612)"; not a count ("(1500 in all)", "(1200,
    # mostly infantry)")
    R(
        "year in brackets",
        r"\((?:[^()\n]{0,30}?[;,]\s*)?(?P<x>(?P<year>1[1-7]\d\d))(?=\s*[);])",
        (
            ex("The siege of Vienna ([1683]) ended the war.", "1683", "1683-01-01", "1683-12-31"),
            ex("He married Jean Armour ([1788]), had four children.", "1788"),
            ex("He continued the poem (III, [1616]; IV, in Rome).", "1616"),
        ),
    ),
)
