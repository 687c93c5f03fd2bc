"""French: the rules in priority order.

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
    numeric,
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
    *traps.NOT_DATES,  # ages ("Jean Martin, 45 ans"): traps, first so they win ties
    *names.WEEKDAY_NAMES,  # "The Sunday Times", "Journal du dimanche": names, not dates
    # the families below read a longer construction than the rules after them and must win
    # their ties: a clock time before a day word ("à 6 h 45, lundi") over the bare clock time,
    # "ces dernières semaines" over "semaines"
    *times.CLOCK_TIMES,  # "à 6 h 45, lundi", "à quinze heures trente", "à midi", "nocturne"
    *RACE_TIMES,  # "2:21:36": a span, not a clock time
    *spans.RACE_TIMES,  # "2 h 05 min 11 s", "4 min 12 s"
    *spans.FRACTIONS,  # "un demi-siècle", "trois quarts d'heure", "deux ans et demi"
    *spans.WINDOWS,  # "les 2 derniers mois", "les cinq prochaines années": anchored spans
    *spans.UNSAID_LENGTHS,  # "ces dernières semaines", "les prochaines semaines"
    *vague.VAGUE,  # "le prochain congrès", "les futurs locataires", "d'[ici] trois ans"
    *vague.SETS,  # "les jeudis", "chaque matin", "le premier lundi de chaque mois"
    *spans.LENGTHS_OF,  # "une peine de [5 ans]": a duration where "de 5 ans" would be an age
    *spans.ELLIPTICAL_RANGES,  # "de 6 à 9 mois", "janvier-février", "du 13 au 18"
    *periods.NOT_DATES,  # "en veille", "premier trimestre de grossesse": traps too
    *calendar.DATES,  # "3 mars 2012", "12/05/2013", "3 au 5 juillet 2016", "1914-1918", "mardi 8"
    *numeric.NUMERIC,  # "le 17/02", "20/02/14", "2/2013", "en 98": after the full numeric dates
    *calendar.MONTHS,  # "août 2014", "début octobre", "en mars", "le mois de juin"
    *years.YEAR_PARTS,  # "début 2014", "années 1990", "XXe siècle", "52 av. J.-C.", "été 2014"
    *calendar.PARTS_OF_DAY,  # "la soirée", "en fin d'après-midi"
    *reference.THIS_SEASON,  # "cet été"
    *years.QUARTERS,  # "premier trimestre 2015", "second semestre 2014"
    # "l'année suivante", "cette année-là", "le 2 juillet suivant": from the story; before the
    # relative days, whose "unité relative" matches the same words counted from the reference
    *story.STORY_UNITS,
    *periods.PERIODS,  # "en fin d'année", "la nouvelle année", "T4 2018", "le jour suivant"
    *reference.RELATIVE_DAYS,  # "aujourd'hui", "ce matin", "l'an dernier", "lundi dernier"
    *holidays.HOLIDAYS,  # "Noël", "lundi de Pâques", "le ramadan": before the weekdays in names
    *calendar.WEEKDAYS,  # "mercredi" alone, after "lundi dernier"
    *reference.AGO_AND_IN,  # "il y a 5-7 ans", "dans deux semaines"
    *story.LATER_EARLIER,  # "trois ans plus tard", "le lendemain", "la veille"
    *reference.VAGUE,  # "ces dernières années", "pour l'instant"
    *durations.SETS_OF_DAYS,  # "chaque mardi", "tous les ans"
    *calendar.CLOCK_TIMES,  # "vers 20 h 30"
    *years.BARE_YEARS,  # "en 1905", "la crise de 2008": a year alone, late: more context wins
    *durations.DURATIONS,  # "ces dernières 24 heures", "pendant dix ans", "un quinquennat"
    *durations.SETS,  # "hebdomadaire", "mensuel", "annuel", "par semestre"
    *years.GENERIC_SEASONS,  # "en été": any summer
    *story.SAME_DAY,  # "le matin même", "le même jour": from the story
)
