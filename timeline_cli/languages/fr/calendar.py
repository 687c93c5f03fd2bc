"""French rules for calendar dates: days, months, weekdays and clock times, with or
without their year.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R
from ..common import CLOCK

DATES: tuple[R, ...] = (
    R(
        "date et moment de la journée",
        r"{LE}{WDOPT}{DM}(?:\s+(?P<year>{YEAR}))?\s+(?:au|dans\s+la|en|dans\s+l')\s+(?P<pod>{POD})",
        (ex("25 décembre 2014 au soir", "2014-12-25TEV", "2014-12-25", "2014-12-25", "TIME"),),
        kind=Kind.TIME,
    ),
    R(
        "date complète",
        r"{LE}{WDOPT}{DMY}",
        (
            ex("3 mars 2012", "2012-03-03", "2012-03-03", "2012-03-03", "DATE"),
            ex("1er décembre 2015", "2015-12-01"),
            ex("mardi 22 septembre 2015", "2015-09-22"),
            ex("14 juillet 1789", "1789-07-14"),
            ex("le 10 novembre 93", "1993-11-10"),
            ex("le jeudi 7 octobre 1999", "1999-10-07"),
        ),
    ),
    R(
        "date en chiffres",
        r"(?<![\d/.-])(?P<day>{DAY})[/.-](?P<month>0?[1-9]|1[0-2])[/.-](?P<year>[12]\d{3})(?![\d/])",
        (
            ex("12/05/2013", "2013-05-12", "2013-05-12", "2013-05-12"),
            ex("3.7.2014", "2014-07-03"),
        ),
    ),
    R(
        "plage de jours",
        r"{LE}{WDOPT}(?P<day>{DAY})(?:\s*[-–]\s*|\s+(?:au|et)\s+(?:le\s+)?){WDOPT2}(?P<day2>{DAY})\s+"
        r"(?P<month2>{MONTH})(?:\s+(?P<year2>{YEAR})|\s+(?P<deictic2>{NEXT_LAST}))?",
        (
            ex("3 au 5 juillet 2016", "", "2016-07-03", "2016-07-05"),
            ex("Les 26 et 27 juin 2015", "", "2015-06-26", "2015-06-27"),
            ex("entre [le 2 et le 6 novembre]", "", "2015-11-02", "2015-11-06"),
            ex("Le stage ([1er-8 septembre]) est complet.", "", "2015-09-01", "2015-09-08"),
        ),
    ),
    R(
        "plage d'années",
        r"(?P<year>{YEAR})\s*[-–]\s*(?P<year2>{YEAR}|\d\d(?!\d))",
        (
            ex("1914-1918", "", "1914-01-01", "1918-12-31"),
            ex("2014-15", "", "2014-01-01", "2015-12-31"),
        ),
    ),
    R(
        "jour et mois",
        r"{LE}{WDOPT}{DM}(?:\s+(?P<deictic>{NEXT_LAST}))?",
        (
            ex("11 septembre", "2015-09-11", "2015-09-11", "2015-09-11"),
            ex("1er janvier prochain", "2016-01-01"),
            ex("5 novembre prochain", "2015-11-05"),
        ),
    ),
    R(
        "jour de la semaine et date",
        r"(?P<weekday>{WEEKDAY})\s+(?P<day>{DAY})(?!\s*(?:h|:\s*\d|\d))",
        (ex("mardi 8", "2015-09-08"),),
    ),
)

MONTHS: tuple[R, ...] = (
    R(
        "mois et année",
        r"(?:(?P<mod>{MOD})(?:\s*-\s*|\s+d'|\s+de\s+|\s+)|mois\s+d'|mois\s+de\s+)?"
        r"(?P<month>{MONTH})\s+(?:de\s+l'année\s+)?(?P<year>{YY})",
        (
            ex("août 2014", "2014-08", "2014-08-01", "2014-08-31"),
            ex("Fin août 2014", "2014-08", "2014-08-21", "2014-08-31"),
            ex("mi-juillet 2015", "2015-07", "2015-07-11", "2015-07-20"),
            ex("mars 2000", "2000-03", "2000-03-01", "2000-03-31"),
            ex("dès [octobre 98]", "1998-10"),
        ),
    ),
    R(
        "partie de mois",
        r"(?P<mod>{MOD})(?:\s*-\s*|\s+d'|\s+de\s+|\s+)(?P<month>{MONTH})"
        r"(?:\s+(?P<deictic>{NEXT_LAST}))?",
        (
            ex("début octobre", "2015-10", "2015-10-01", "2015-10-10"),
            ex("fin août", "2015-08", "2015-08-21", "2015-08-31"),
            ex("L'usine fermera [fin mars prochain].", "2016-03", "2016-03-21", "2016-03-31"),
            ex("Il est arrivé [mi-octobre dernier].", "2014-10", "2014-10-11", "2014-10-20"),
            ex("Elle a signé [début août dernier].", "2015-08", "2015-08-01", "2015-08-10"),
        ),
    ),
    R(
        "mois seul",
        r"(?<!\w)(?:en|depuis|dès|jusqu'en|entre|et|à|de|d'|d'ici)\s*(?P<x>(?-i:(?P<month>{MONTH}))"
        r"(?:\s+(?P<deictic>{NEXT_LAST}))?)"
        r"(?!\s+\d)",
        (
            ex("En [mars]", "2015-03", "2015-03-01", "2015-03-31"),
            ex("en [mars prochain]", "2016-03"),
            ex("depuis [janvier]", "2015-01", "2015-01-01", "2015-09-15"),
            ex("la rentrée de [septembre]", "2015-09"),
            ex("en mai et [juin derniers]", "2015-06"),
        ),
    ),
    R(
        "mois de",
        r"mois\s+(?:de\s+|d')(?P<month>{MONTH})(?:\s+(?P<deictic>{NEXT_LAST}))?",
        (ex("à partir du [mois de juin]", "2015-06", "2015-06-01", "-"),),
    ),
)

PARTS_OF_DAY: tuple[R, ...] = (
    R(
        "moment de la journée",
        r"(?:la|le)\s+(?P<pod>soirée|nuit|matinée)",
        (ex("Le 24 mars, il a passé [la soirée] chez lui.", "2015-03-24TEV"),),
    ),
    R(
        "partie de la journée",
        r"(?P<mod>{MOD})\s+(?:d'|de\s+)(?P<pod>{POD})",
        (ex("Le 24 mars, en [fin d'après-midi], il est parti.", "2015-03-24TAF"),),
    ),
)

WEEKDAYS: tuple[R, ...] = (
    R(
        "jour de la semaine",
        r"(?<!\w)(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{POD}))?",
        (
            ex("[Mercredi], il viendra", "2015-09-16"),
            ex("[Vendredi], il a parlé", "2015-09-11"),
            ex("[mardi soir], il a parlé", "2015-09-15TEV"),
        ),
    ),
)

CLOCK_TIMES: tuple[R, ...] = (
    R(
        "heure",
        # "15 h 30"; a colon ("15:30") only after a cue word, in times.py: "Jean 3:16"
        r"(?<![\d,.:])(?:(?P<qmod>vers)\s+)?" + CLOCK + r"(?<!:\d\d)(?!:\d){DAY_AFTER}",
        (
            ex("Le 3 mars 2012, il part [vers 20 h 30].", "2012-03-03T20:30"),
            ex("La séance reprendra à [14 h 30] jeudi.", "2015-09-17T14:30"),
        ),
        kind=Kind.TIME,
    ),
)
