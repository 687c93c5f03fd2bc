"""English: the rules in priority order.

Where two matches overlap, the longest wins, then the one of the earlier rule here; a rule
of kind `ignore` wins its span and tags nothing. So the order below matters only between
rules that can match the same words with the same length: each line says why it stands
where it does. A new rule goes in its family's file, in the tuple named here.
"""

from __future__ import annotations

from ...schema import Rule
from ..common import ISO_RULES
from . import calendar, durations, holidays, reference, story, traps, years

RULES: tuple[Rule, ...] = (
    *ISO_RULES,  # 2014-07-03, 2014-07-03T15:30: unambiguous, the same in every language
    *traps.NOT_DATES,  # ages, rates, addresses, shows: claim their words before any date rule
    *calendar.DATE_TIMES,  # a time on a date is longer than the date alone
    *calendar.FULL_DATES,  # dates with their year, day ranges, year ranges
    *calendar.DAYS_AND_MONTHS,  # a verb next to the date wins over the plain date
    *years.YEAR_PARTS,  # parts of a year, fiscal and spoken years, decades, centuries
    *years.SEASONS,
    *years.QUARTERS,
    *story.SAME_PERIOD,  # "the year-ago quarter": before the relative units it contains
    *reference.RELATIVE_DAYS,  # today, tomorrow morning, parts of the day
    *story.STORY_UNITS,  # "the following week", "that day": before "next week"
    *reference.RELATIVE_UNITS,  # "next week", "this year", "the weekend"
    *holidays.HOLIDAYS,  # before the weekday rules: "Memorial Day" is one day
    *calendar.WEEKDAYS,  # the verb-adjacent weekday rules first, then the plain weekday
    *reference.AGO_AND_IN,  # "three years ago", "in five years"
    *story.LATER_EARLIER,  # "three days later", "the next day"
    *reference.VAGUE,  # "recent", "soon", "now": after every rule with a date in it
    *durations.SETS,  # "every Monday" before the weekday alone would be a tie
    *calendar.CLOCK_TIMES,
    *years.BARE_YEARS,  # a year alone: after every rule that reads more around it
    *durations.DURATIONS,  # last: a duration is what is left when no date rule fits
)
