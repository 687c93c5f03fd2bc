"""English rules for the calendar families: two-digit years ("in '98", "spring '76"), numeric
dates beyond the full month/day/year ("30/06/2009" when the day is over 12, "12/31/99", "on
7/4", "2/2013", "in 2014-10"), fiscal years named from the reference date ("the last fiscal
year"), "the first half of the year", quarter codes ("2018Q4"), the night before ("last
night"), a weekday of a named week ("Wednesday next week"), and eras ("14 AD", "AD 43").
English writes an ambiguous numeric date month first; a day over 12 can only be first.
"""

from __future__ import annotations

from ...model import Kind, Origin, Unit
from ...schema import Example as ex
from ...schema import Rule as R

_DAY_DIGITS = r"(?:3[01]|[12]\d|0?[1-9])"

PERIODS: tuple[R, ...] = (
    # the week a day falls in: "the week of September 8", "week of Sept. 1st", "the week of
    # 8 September 2014"; and the weekend: "the weekend of July 4"
    R(
        "the week or weekend of",
        r"(?:the\s+)?(?P<unit>week|weekend)\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY})"
        r"(?:,?\s+(?P<year>{YEAR}))?(?!\s*\d)",
        (
            ex(
                "Invitations go out [the week of September 8].",
                "2015-W37",
                "2015-09-07",
                "2015-09-13",
            ),
            # the weekend a day falls in, or the long one a Monday or Tuesday ends
            ex(
                "Traffic peaks [the weekend of July 4, 2016].",
                "2016-W26-WE",
                "2016-07-02",
                "2016-07-03",
            ),
        ),
    ),
    R(
        "the week or weekend of a day and month",
        r"(?:the\s+)?(?P<unit>week|weekend)\s+of\s+(?P<day>{DAY})\s+(?P<month>{MONTH})"
        r"(?:,?\s+(?P<year>{YEAR}))?(?!\s*\d)",
        (ex("Printing starts in [the week of 5 October 2015].", "2015-W41"),),
    ),
    R(
        "two-digit year after an apostrophe",
        r"(?<![\w'’])['’](?P<year>\d\d)(?![\w'’%]|\s*percent)",
        (
            ex("The plant closed in ['98] and reopened.", "1998", "1998-01-01", "1998-12-31"),
            ex("She graduated with the class of ['87].", "1987"),
            ex("Nothing had changed since ['05].", "2005", "2005-01-01", "2015-09-15"),
        ),
    ),
    R(
        "day-first numeric date",
        r"(?<![\d/.])(?P<day>1[3-9]|2\d|3[01])[/.](?P<month>0?[1-9]|1[0-2])[/.]"
        r"(?P<year>[12]\d{3})(?![\d/])",
        (
            ex("The minutes dated [30/06/2009] were lost.", "2009-06-30"),
            ex("The decree of [30.06.2009] was annulled.", "2009-06-30"),
        ),
    ),
    R(
        "numeric date with a two-digit year",
        rf"(?<![\d/.])(?P<month>0?[1-9]|1[0-2])/(?P<day>{_DAY_DIGITS})/(?P<year>\d\d)(?![\d/])",
        (ex("The warranty expires [12/31/99].", "1999-12-31"),),
    ),
    R(
        "month and day in figures",
        r"(?<!\w)(?:on|since|until|by|before|after)\s+"
        rf"(?P<x>(?P<month>0?[1-9]|1[0-2])/(?P<day>{_DAY_DIGITS}))(?![/\d]|[.,]\d)",
        (ex("Shipments resumed on [7/4].", "2015-07-04"),),
    ),
    R(
        "month and year in figures",
        r"(?<![\d/.,])(?P<month>0?[1-9]|1[0-2])/(?P<year>[12]\d{3})(?![\d/])",
        (ex("The figures for [2/2013] were revised.", "2013-02", "2013-02-01", "2013-02-28"),),
    ),
    # YYYY-MM after a preposition; from 2000 to 2011 "2005-06" is rather a season (a range)
    R(
        "year and month ISO",
        r"(?<!\w)(?:in|since|from|until|by|of)\s+(?P<x>(?P<year>(?:19|20)(?:1[2-9]|[2-9]\d))"
        r"-(?P<month>0[1-9]|1[0-2]))(?![\d/-])",
        (ex("The index was launched in [2014-10].", "2014-10", "2014-10-01", "2014-10-31"),),
    ),
    # TimeBank writes a fiscal year by the calendar year that names it: "fiscal 1998" is 1998
    R(
        "relative fiscal year",
        r"(?:the\s+)?(?P<deictic>this|last|next|current|previous|past|coming)\s+fiscal\s+year",
        (
            ex("The deficit will narrow [this fiscal year].", "2015"),
            ex("Dividends were cut in [the last fiscal year].", "2014"),
        ),
        unit=Unit.YEAR,
    ),
    R(
        "latest fiscal year",
        r"(?:the|its|their)\s+(?:latest|most\s+recent)\s+fiscal\s+year",
        (ex("Sales rose in [the latest fiscal year].", "2014"),),
        unit=Unit.YEAR,
        deictic=-1,
        origin=Origin.REFERENCE,
    ),
    R(
        "half of the year",
        r"(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+the\s+year",
        (
            ex(
                "Prices rose in [the first half of the year].",
                "2015-H1",
                "2015-01-01",
                "2015-06-30",
            ),
        ),
        unit=Unit.YEAR,
        deictic=0,
        origin=Origin.REFERENCE,
    ),
    # with its year only: "the final quarter of the match" is no date
    R(
        "last quarter or half of a year",
        r"(?:the\s+)?(?:final|last)\s+(?:(?P<last_quarter>quarter)|(?P<last_half>half))\s+"
        r"(?:of\s+)?(?P<year>{YEAR})",
        (
            ex(
                "Output fell in [the final quarter of 2011].", "2011-Q4", "2011-10-01", "2011-12-31"
            ),
            ex("The plant was idle in [the last half of 2013].", "2013-H2"),
        ),
    ),
    R(
        "quarter code after its year",
        r"(?P<year>{YEAR})\s?Q(?P<quarter>[1-4])",
        (ex("The [2018Q4] figures were revised.", "2018-Q4", "2018-10-01", "2018-12-31"),),
    ),
    R(
        "last night",
        r"last\s+(?P<pod>night)",
        (ex("Two cars were set alight [last night].", "2015-09-14TNI", type="TIME"),),
        origin=Origin.REFERENCE,
        unit=Unit.DAY,
        amount=1,
        direction=-1,
    ),
    R(
        "a span from today",
        r"(?:an?|one|(?P<amount>{NUM}))\s+(?P<unit>days?|weeks?|months?|years?)\s+from\s+"
        r"(?:today|now)",
        (
            ex("The report is due [a week from today].", "2015-09-22"),
            ex("The law takes effect [three months from now].", "2015-12"),
        ),
        origin=Origin.REFERENCE,
        amount=1,
        direction=1,
    ),
    R(
        "weekday of a relative week",
        r"(?P<weekday>{WEEKDAY})\s+(?:of\s+)?(?P<deictic>next|last|this)\s+week",
        (
            ex("The board will meet [Wednesday next week].", "2015-09-23"),
            ex("The talks collapsed on [Monday of last week].", "2015-09-07"),
        ),
        unit=Unit.WEEK,
    ),
    # the nth weekday, week or weekend of a month; a week belongs to the month of its Thursday
    # (ISO), a weekend to the month of its Saturday
    R(
        "nth weekday, week or weekend of a month",
        r"(?:the\s+)?(?:(?P<nth>{ORDINAL})|(?P<nth_last>last|final))\s+"
        r"(?:(?P<weekday>{WEEKDAY})|(?P<unit>week|weekend))\s+"
        r"(?:of|in)\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
        (
            ex("The vote is held on [the first Tuesday of October].", "2015-10-06"),
            ex("Stores will open on [the last Friday of November].", "2015-11-27"),
            ex(
                "The plant was shut during [the last week of September 2014].",
                "2014-W39",
                "2014-09-22",
                "2014-09-28",
            ),
            ex("The fair is on [the first weekend of October].", "2015-W40-WE", "2015-10-03"),
        ),
    ),
    R(
        "weekday and day of the month",
        r"(?P<weekday>{WEEKDAY}),?\s+the\s+(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))",
        (
            ex("The vote will take place on [Tuesday the 22nd].", "2015-09-22"),
            ex("The contract was signed on [Tuesday the 19th].", "2015-05-19"),
        ),
    ),
    # a day of the month alone: the month of the story, else the nearest one in the tense
    R(
        "day of the month alone",
        r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s))the\s+"
        r"(?P<day>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))"
        r"(?=\s*[,.;:!?)]|\s+(?:he|she|it|they|we|I|the|a|and|but|at|when)\b)",
        (
            ex("Payments are due on [the 30th].", "2015-09-30"),
            ex("He arrived on 2 May 1755. On [the 9th] he sailed.", "1755-05-09"),
        ),
    ),
    R(
        "ordinal day of a month",
        r"the\s+(?P<day>{ORDINAL})\s+of\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
        (
            ex("The law took effect on [the first of March].", "2015-03-01"),
            ex("They married on [the twenty-first of June, 1998].", "1998-06-21"),
        ),
        lean=-1,
    ),
    R(
        "month and ordinal word",
        r"(?P<month>{MONTH})\s+(?P<day>{ORDINAL})(?![\w-])"
        r"(?!\s+(?:half|quarter|time|week|weekend|day|round|place|of)\b)",
        (ex("The timetable will apply [March first].", "2016-03-01"),),
        lean=-1,
    ),
    # month names in lower case, only with a day or a year: "may", "march" are words too
    R(
        "lowercase month and day",
        r"(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?P<month>january|february|march|april|may|june|july|august|september|october"
        r"|november|december)\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?(?!\s*(?:%|percent|\d))",
        (
            ex("The vote will be held on [february 15].", "2016-02-15"),
            ex("The ruling came on [march 3].", "2015-03-03"),
        ),
        lean=-1,
    ),
    R(
        "lowercase month and year",
        r"(?P<month>january|february|march|april|may|june|july|august|september|october"
        r"|november|december)\s+(?P<year>{YEAR})",
        (ex("prices fell in [january 2014].", "2014-01"),),
    ),
    R(
        "year of our era",
        r"(?P<year>\d{1,4})\s+(?P<era>AD|A\.D\.|CE|C\.E\.)(?!\w)",
        (
            ex("Augustus died in [14 AD].", "0014", "0014-01-01", "0014-12-31"),
            ex("founded in [800 CE]", "0800"),
        ),
        case_sensitive=True,
    ),
    R(
        "our era before the year",
        r"(?P<era>AD|A\.D\.)\s+(?P<year>\d{1,4})(?![\d,.]\d)",
        (ex("The town was founded in [AD 43].", "0043"),),
        case_sensitive=True,
    ),
)

# Not dates; registered with the traps, so they win ties against "the first half".
NOT_DATES: tuple[R, ...] = (
    # a half of a game, a match or a book is no date
    R(
        "half of a game",
        r"(?:the\s+)?(?:first|second)\s+half(?=\s+(?:ended|finished|kicked\s+off|was\s+goalless"
        r"|of\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:game|match|season|film|book|race|course|play)))",
        (ex("[The first half] ended goalless."),),
        kind=Kind.IGNORE,
    ),
)
