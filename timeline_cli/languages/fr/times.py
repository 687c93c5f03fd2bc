"""French rules for times of day: clock times in digits or words ("à quinze heures trente",
"3 heures du matin"), noon and midnight, a date or a day word with its clock time ("le 16 à
18 h", "jeudi 17 à 9 heures", "à 6 h 45, lundi"), one night ("la nuit de samedi à dimanche")
and night as an adjective ("nocturne").

A clock time counted in hours ("15 heures") is a time only where a clock time is meant: after
"à", "vers", "dès"... or with "du matin"; "pendant 15 heures" stays a duration.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R
from ..common import CLOCK

# a day word right after a clock time gives it its date: "à 6 h 45, lundi", "à 7 h, hier"
_DAY_AFTER = r"(?=,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<rel>{RELDAY}))(?![\w-]))"

DATE_AND_TIME: tuple[R, ...] = (
    R(
        "date complète et heure",
        r"{LE}{WDOPT}{DMY},?\s+(?:à|vers)\s+{CLOCK_ANY}{NOT_A_CLOCK}",
        (
            ex("Le 2 octobre 2014 à 18h05", "2014-10-02T18:05", "2014-10-02", "2014-10-02", "TIME"),
            ex("le 3 mars 2012 à 15 heures", "2012-03-03T15:00"),
        ),
        kind=Kind.TIME,
    ),
    R(
        "jour et mois et heure",
        r"{LE}{WDOPT}{DM},?\s+(?:à|vers)\s+{CLOCK_ANY}{NOT_A_CLOCK}",
        (ex("Le concert aura lieu [le 20 septembre à 21 h].", "2015-09-20T21:00", type="TIME"),),
        kind=Kind.TIME,
    ),
    R(
        "jour de la semaine, jour du mois et heure",
        r"(?P<weekday>{WEEKDAY})\s+(?P<day>{DAY})\s+(?:à|vers)\s+{CLOCK_ANY}{NOT_A_CLOCK}",
        (ex("Rendez-vous [jeudi 17 à 9 heures].", "2015-09-17T09:00", type="TIME"),),
        kind=Kind.TIME,
    ),
    R(
        "jour du mois et heure",
        r"(?<!\w)le\s+(?P<x>(?P<day>{DAY})\s+(?:à|vers)\s+{CLOCK_ANY}){NOT_A_CLOCK}",
        (ex("Le match aura lieu le [26 à 20 h 45].", "2015-09-26T20:45", type="TIME"),),
        kind=Kind.TIME,
    ),
    R(
        "jour de la semaine et heure",
        r"(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{POD}))?,?\s+(?:à|vers)\s+{CLOCK_ANY}{NOT_A_CLOCK}",
        (
            ex("[Vendredi à 15 heures], le préfet s'exprimera.", "2015-09-18T15:00", type="TIME"),
            ex("[Lundi soir à 20 h 30], il a parlé.", "2015-09-14T20:30"),
        ),
        kind=Kind.TIME,
    ),
    R(
        "jour relatif et heure",
        r"(?P<rel>{RELDAY})(?:\s+(?P<pod>{POD}))?,?\s+(?:à|vers)\s+{CLOCK_ANY}{NOT_A_CLOCK}",
        (ex("La séance reprendra [demain à 9 h 30].", "2015-09-16T09:30", type="TIME"),),
        kind=Kind.TIME,
    ),
)

CLOCK_TIMES: tuple[R, ...] = (
    R(
        "heure avant un jour",
        r"(?:{AT}\s+)?(?<![\d,.:])(?P<x>(?:(?P<qmod>vers)\s+)?" + CLOCK + r")" + _DAY_AFTER,
        (
            ex("Le train a déraillé à [6 h 45], lundi.", "2015-09-14T06:45", type="TIME"),
            ex("Le colis a été déposé à [7 h], hier.", "2015-09-14T07:00"),
            ex("La séance reprendra à [14 h 30] jeudi.", "2015-09-17T14:30"),
        ),
        kind=Kind.TIME,
    ),
    R(
        "heure en heures",
        r"(?:{AT}\s+|(?=vers\s))(?P<x>(?:(?P<qmod>vers)\s+)?{CLOCK_ANY}){NOT_A_CLOCK}",
        (
            ex("Le train partira à [quinze heures trente].", "2015-09-15T15:30", type="TIME"),
            ex("Il a été réveillé à [3 heures du matin].", "2015-09-15T03:00"),
            ex("Le bureau ouvre à [9 heures et quart].", "2015-09-15T09:15"),
            ex("Le direct reprend à [10:30].", "2015-09-15T10:30"),
            ex("Le convoi partira à [8 heures du soir].", "2015-09-15T20:00"),
        ),
        kind=Kind.TIME,
    ),
    R(
        "heure du matin",
        r"(?P<hour>[01]?\d|2[0-3]|{NUMBER})\s+heures?(?:\s+(?P<minute>[0-5]\d|{MINUTE_WORDS}))?"
        r"\s+(?P<ampm>{DAY_HALF})",
        (ex("Il est [4 heures du matin] à Paris.", "2015-09-15T04:00", type="TIME"),),
        kind=Kind.TIME,
    ),
    R(
        "de telle heure à telle heure",
        r"(?:de|entre)\s+(?P<x>(?P<hour>[01]?\d|2[0-3])(?:\s*h\s*(?P<minute>[0-5]\d)?)?\s*"
        r"(?:à|et|-)\s*(?P<hour2>[01]?\d|2[0-3])\s*(?:heures|h)(?:\s*(?P<minute2>[0-5]\d))?)",
        (ex("Le guichet est ouvert de [9 à 17 heures].", "2015-09-15T09:00/2015-09-15T17:00"),),
        kind=Kind.TIME,
    ),
    R(
        "midi et minuit",
        r"(?:{AT}|vers)\s+(?P<x>(?-i:(?P<pod>midi|minuit)))(?![\w-])",
        (
            ex("Hier, à [midi], un camion s'est renversé.", "2015-09-14T12:00", type="TIME"),
            ex("Le bar devra fermer à [minuit].", "2015-09-15T24:00"),
            ex("Le 4 mars 2014, vers [midi], la foule s'est dispersée.", "2014-03-04T12:00"),
        ),
    ),
    R(
        "nuit de tel jour à tel jour",
        r"(?:la\s+)?(?P<pod>nuit)\s+(?:de\s+(?P<weekday>{WEEKDAY})(?:\s+(?:à|au)\s+{WEEKDAY})?"
        r"|du\s+(?P<day>{DAY})\s+au\s+{DAY}\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?)",
        (
            ex("Dans [la nuit de samedi à dimanche], trois voitures ont brûlé.", "2015-09-12TNI"),
            ex("Le scrutin sera dépouillé dans [la nuit de mercredi à jeudi].", "2015-09-16TNI"),
            ex("[La nuit du 13 au 14 juillet 2014], la foule a dansé.", "2014-07-13TNI"),
        ),
        kind=Kind.TIME,
    ),
    # an adjective of the night, after its noun: "une fusillade nocturne", "des randonnées
    # nocturnes"; the noun ("un nocturne de Chopin") is not a time
    R(
        "nocturne",
        r"(?<!\bun\s)(?<!\bune\s)(?<!\ble\s)(?<!\bles\s)(?<!\bdes\s)(?<!\bdu\s)(?<!\bce\s)"
        r"(?<!\bces\s)(?<!\bson\s)(?<!\bses\s)(?P<pod>nocturnes?)",
        (ex("Une fusillade [nocturne] a fait deux blessés.", "TNI", "-", "-", "TIME"),),
        kind=Kind.GENERIC,
    ),
)
