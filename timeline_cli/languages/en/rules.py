"""English: the rules in priority order.

Where two matches overlap, the longest wins, then the one of the earlier rule here; a rule
of kind `ignore` wins its span and tags nothing. So the order below matters only between
rules that match the same words with the same length. It is the order the rules were
written and tuned in (the corpus scores depend on it); each line says what the family
holds. A new rule goes in its family's file, in the tuple named here, placed before the
rules it must win a tie against.
"""

from __future__ import annotations

from ...schema import Rule
from ..common import ISO_RULES, RACE_TIMES, WEB_ADDRESSES
from . import (
    calendar,
    durations,
    holidays,
    names,
    periods,
    reference,
    spans,
    story,
    times,
    traps,
    vague,
    years,
)

RULES: tuple[Rule, ...] = (
    *ISO_RULES,  # 2014-07-03, 2014-07-03T15:30: unambiguous, the same in every language
    *WEB_ADDRESSES,  # "https://…/2016/05/17/": a web address tags nothing
    *traps.NOT_DATES,  # ages, rates, fractions, addresses, shows: traps, first so they win ties
    *names.WEEKDAY_NAMES,  # "The Sunday Times", "Journal du dimanche": names, not dates
    # the families below read a longer construction than the rules after them and must win
    # their ties: "the past decade" over "the past" + "decade", "14:00 GMT Monday" over
    # "Monday"
    *times.TIMES,  # "8 p.m. tomorrow", "14:00 GMT Monday", "at 4:23"
    *RACE_TIMES,  # "2:21:36": a span, not a clock time
    *spans.WINDOWS,  # "the past three years", "over the next decade": anchored spans
    *spans.IN_SPANS,  # "the highest rate in [20 years]", "built it in [90 days]"
    *spans.BARE_PLURALS,  # "minutes before", "could take weeks", "within hours"
    *spans.ELLIPTICAL_RANGES,  # "between 4 and 6 weeks", "13 to 15 July", "January-February"
    *vague.VAGUE,  # "at the time", "a future date"
    *vague.SETS,  # "every morning", "on Sundays", "every other month"
    *periods.NOT_DATES,  # "the first half" of a game: a trap, before the "half" rule it ties
    *calendar.DATE_TIMES,  # "3 p.m. on March 5, 2015", "Friday at noon"
    *calendar.FULL_DATES,  # "March 5, 2015", "5/3/2015", "July 3-5, 2016", "1914-18"
    *calendar.DAYS_AND_MONTHS,  # "[the year] ended June 30", "issued [July 1]", "September 11"
    *years.YEAR_PARTS,  # "early 2014", "fiscal 1998", "the 1990s", "52 BC"
    *years.SEASONS,  # "summer of 2014", "the summer", "last winter"
    *years.QUARTERS,  # "the third quarter", "Q3 2014", "the first half of next year"
    *periods.PERIODS,  # "in '98", "30/06/2009", "on 7/4", "the last fiscal year", "last night"
    *story.SAME_PERIOD,  # "the year-ago quarter", "the latest period": from the last period placed
    *reference.RELATIVE_DAYS,  # "today", "mid-afternoon yesterday", "this morning", "at midday"
    *story.STORY_UNITS,  # "the following year", "later that year", "earlier that day"
    *reference.RELATIVE_UNITS,  # "last year", "the weekend", "year-end", "last Monday"
    *holidays.HOLIDAYS,  # "Christmas", "Thanksgiving": before the weekday rules
    *calendar.WEEKDAYS,  # "said [Friday]" (a verb tells the tense), then "on [Friday]" alone
    *reference.AGO_AND_IN,  # "three years ago", "in five years"
    *story.LATER_EARLIER,  # "three days later", "the next day", "the day before"
    *reference.VAGUE,  # "recent years", "the coming months", "current", "soon", "now"
    *durations.SETS,  # "every Tuesday", "daily", "annually"
    *calendar.CLOCK_TIMES,  # "at 9 p.m."
    *years.BARE_YEARS,  # "in 1905", "the 2008 crisis": a year alone, late so more context wins ties
    *durations.DURATIONS,  # "the past three years", "for years", "a three-year period", "ten years"
)
