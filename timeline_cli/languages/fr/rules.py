"""French: the rules in priority order.

Where two matches overlap, the longest wins, then the one of the earlier rule here; a rule
of kind `ignore` wins its span and tags nothing. So the order below matters only between
rules that can match the same words with the same length: each line says why it stands
where it does. A new rule goes in its family's file, in the tuple named here.
"""

from __future__ import annotations

from ...schema import Rule
from ..common import ISO_RULES
from . import calendar, durations, reference, story, traps, years

RULES: tuple[Rule, ...] = (
    *ISO_RULES,  # 2014-07-03, 2014-07-03T15:30: unambiguous, the same in every language
    *traps.NOT_DATES,  # ages ("Jean Martin, 45 ans"): before the durations they look like
    *calendar.DATES,  # full dates, ranges of days and years, day and month
    *calendar.MONTHS,  # a month with its year, part of a month, a month alone
    *years.YEAR_PARTS,  # parts of a year, decades, centuries, seasons, "l'année"
    *calendar.PARTS_OF_DAY,
    *reference.THIS_SEASON,  # "cet été"
    *years.QUARTERS,
    *reference.RELATIVE_DAYS,  # "hier soir", "l'an dernier", "mardi prochain"
    *calendar.WEEKDAYS,  # a weekday alone, after "mardi prochain"
    *reference.AGO_AND_IN,  # "il y a trois ans", "dans deux semaines"
    *story.LATER_EARLIER,  # "trois ans plus tard", "le lendemain", "la veille"
    *reference.VAGUE,  # "ces dernières années", "actuellement"
    *durations.SETS_OF_DAYS,  # "tous les lundis"
    *calendar.CLOCK_TIMES,
    *years.BARE_YEARS,  # a year alone: after every rule that reads more around it
    *durations.DURATIONS,  # a duration is what is left when no date rule fits
    *durations.SETS,  # "hebdomadaire", "par an"
    *years.GENERIC_SEASONS,  # "en été": any summer, after the seasons with a year
    *story.SAME_DAY,  # "le matin même", "le même jour"
)
