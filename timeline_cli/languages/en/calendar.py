"""English rules for calendar dates: days, months, weekdays and clock times, with or
without their year.
"""

from __future__ import annotations

from ...model import Kind, Unit
from ...schema import Example as ex
from ...schema import Rule as R

DATE_TIMES: tuple[R, ...] = (
    R(
        "time on a date",
        r"{CLOCK},?\s+(?:on\s+)?{WDOPT}{MDY}",
        (ex("3 p.m. on March 3, 2012", "2012-03-03T15:00", "2012-03-03", "2012-03-03", "TIME"),),
        kind=Kind.TIME,
    ),
    R(
        "time on a day",
        r"{CLOCK},?\s+(?:on\s+)?{WDOPT}{MD}",
        (ex("The offer runs until [5 p.m. EST Sept. 18].", "2015-09-18T17:00", type="TIME"),),
        kind=Kind.TIME,
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
        kind=Kind.TIME,
        lean=-1,
    ),
    R(
        "weekday at a time",
        r"(?P<weekday>{WEEKDAY})(?:,\s+|\s+at\s+|\s+)(?:about\s+)?{CLOCK}",
        (ex("The polls closed [Sunday at 8 p.m.], officials said.", "2015-09-13T20:00"),),
        kind=Kind.TIME,
        lean=-1,
    ),
    R(
        "date and time",
        r"{WDOPT}{MDY}(?:,?\s+at)?\s+"
        r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*{AMPM}",
        (ex("March 3, 2012 at 3 pm", "2012-03-03T15:00"),),
        kind=Kind.TIME,
    ),
    R(
        "part of a date",
        r"(?:the\s+)?(?P<pod>{POD})\s+of\s+{WDOPT}{MDY}",
        (ex("evening of December 25, 2014", "2014-12-25TEV", "2014-12-25", "2014-12-25", "TIME"),),
        kind=Kind.TIME,
    ),
)

FULL_DATES: tuple[R, ...] = (
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
)

DAYS_AND_MONTHS: tuple[R, ...] = (
    # before the dates after a past verb: "[the year] ended [March 31]" tags both
    R(
        "the year ended",
        r"(?P<x>the\s+(?:fiscal\s+)?(?P<unit>year))\s+(?:ended|ending)\b",
        (ex("Net rose in [the year] ended June 30.", "P1Y", type="DURATION"),),
        kind=Kind.DURATION,
        amount=1,
    ),
    R(
        "month and day after a past verb",
        r"{PAST_VERB}\s+(?:on\s+)?(?P<x>{WDOPT}{MD})",
        (ex("The shares were issued [July 1] to employees.", "2015-07-01"),),
        tense=-1,
    ),
    R(
        "month and day after a future word",
        r"(?:expires?|expiring|payable|effective|extended\s+to"
        r"|due|deadline\s+of|scheduled\s+for|set\s+for)\s+(?:on\s+)?(?P<x>{WDOPT}{MD})",
        (
            ex("The offer had been due to expire [Sept. 20].", "2015-09-20"),
            ex("The dividend is payable [Jan. 2] to holders.", "2016-01-02"),
        ),
        tense=1,
    ),
    R(
        "month after a future word",
        r"(?:scheduled|planned|set|slated|due|expected)\s+(?:for|in)\s+"
        r"(?P<x>(?:(?P<mod>{MOD})(?:\s*-\s*|\s+))?(?P<month>{MONTH}))(?!\.?\s+\d)",
        (ex("The vote was scheduled for [early March].", "2016-03", "2016-03-01", "2016-03-10"),),
        tense=1,
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
        r"(?:(?P<mod>{MOD})(?:\s*-\s*|\s+in\s+|\s+)|(?:the\s+)?month\s+of\s+)?"
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
        unit=Unit.YEAR,
    ),
    R(
        "part of a month",
        r"(?P<mod>{MOD})(?:\s*-\s*|\s+in\s+|\s+)(?P<month>{MONTH})",
        (ex("early October", "2015-10", "2015-10-01", "2015-10-10"),),
        lean=-1,
    ),
    R(
        "month alone",
        r"(?<!\w)(?:in|since|by|until|from|through|between|and|to|early|late|mid|during|for"
        r"|of|around|about|circa|before|after)\s+(?P<x>(?P<month>{MONTH}))(?!\.?\s+\d)"
        r"(?!(?<=Jan)\s+(?-i:[A-Z]))",
        (
            ex("in [May]", "2015-05", "2015-05-01", "2015-05-31"),
            ex("The figures for [August] were weak.", "2015-08"),
        ),
        lean=-1,
    ),
    R(
        "next month name",
        r"(?:(?P<mod>early|mid|late)[\s-]+)?(?P<deictic>next|last|this)\s+(?P<month>{MONTH})"
        r"(?!\s+\d)",
        (
            ex("next January", "2016-01", "2016-01-01", "2016-01-31"),
            ex("He retired [late last June].", "2015-06", "2015-06-21", "2015-06-30"),
            ex("last March", "2015-03"),
        ),
    ),
)

WEEKDAYS: tuple[R, ...] = (
    R(
        "weekday after a past verb",
        r"{PAST_VERB}\s+(?:on\s+)?"
        r"(?P<x>{EARLIER}?(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{POD}))?){NOT_A_DATE_AFTER}"
        r"(?!,?\s+the\s+\d)",  # "Tuesday the 19th" is a day of the month
        (
            ex("The minister said [Friday] that talks will resume.", "2015-09-11"),
            ex("Prices rose [Tuesday].", "2015-09-15"),
        ),
        tense=-1,
    ),
    R(
        "weekday before a past verb",
        r"(?:^|(?<=\n)|(?<=[.!?]\s)(?<![ap]\.m\.\s)|(?<=[.!?][\"”’]\s))(?:on\s+)?"
        r"(?P<x>{EARLIER}?(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{POD}))?)"
        r",\s+(?:[\w'’]+\s+){0,4}?{PAST_VERB}\b",
        (ex("On [Friday], the government presented its budget.", "2015-09-11"),),
        tense=-1,
    ),
    R(
        "weekday after a future verb",
        r"{FUTURE_VERB}\s+(?:on\s+)?"
        r"(?P<x>{EARLIER}?(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{POD}))?){NOT_A_DATE_AFTER}"
        r"(?!,?\s+the\s+\d)",  # "Tuesday the 19th" is a day of the month
        (
            ex("The talks were postponed until [Monday].", "2015-09-21"),
            ex("She will meet the mayor on [Friday], aides said last week.", "2015-09-18"),
            ex("The museum will reopen on [Monday, October 3].", "2016-10-03"),
        ),
        tense=1,
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
        "part of day and full date",
        r"(?:early\s+|late\s+)?(?P<pod>{POD})\s+(?:on\s+)?{WDOPT}{MDY}",
        (ex("It ends at [midnight on Dec. 31, 2015].", "2015-12-31T24:00", type="TIME"),),
    ),
    R(
        "part of day and date",
        r"(?:early\s+|late\s+)?(?P<pod>{POD})\s+(?:on\s+)?{WDOPT}{MD}",
        (ex("The verdict is due by [noon on Sept. 25].", "2015-09-25T12:00", type="TIME"),),
    ),
)

CLOCK_TIMES: tuple[R, ...] = (
    R(
        "clock time",
        r"(?:(?P<qmod>about|around)\s+)?{CLOCK}",
        (ex("He left on March 3, 2012. At [9 p.m.], he came back.", "2012-03-03T21:00"),),
        kind=Kind.TIME,
    ),
)
