"""French rules for expressions relative to the reference date: "yesterday", "last
month", "three years ago", "now".
"""

from __future__ import annotations

from ...model import Origin
from ...schema import Example as ex
from ...schema import Rule as R

THIS_SEASON: tuple[R, ...] = (
    R(
        "cette saison",
        r"(?P<deictic>cet|ce)\s+(?P<season>{SEASON})",
        (ex("cet été", "2015-SU", "2015-06-01", "2015-08-31"),),
    ),
)

RELATIVE_DAYS: tuple[R, ...] = (
    R(
        "jour relatif",
        r"(?P<rel>{RELDAY})(?:\s+{WEEKDAY})?"
        r"(?:\s+(?:en\s+(?P<mod>début|fin)\s+(?:d'|de\s+))?(?P<pod>{POD}))?",
        (
            ex("Aujourd'hui", "2015-09-15", "2015-09-15", "2015-09-15"),
            ex("Hier", "2015-09-14"),
            ex("demain", "2015-09-16"),
            ex("Avant-hier", "2015-09-13"),
            ex("hier soir", "2015-09-14TEV", "2015-09-14", "2015-09-14", "TIME"),
            ex("aujourd'hui mardi", "2015-09-15"),
            ex("hier en début d'après-midi", "2015-09-14TAF"),
        ),
    ),
    R(
        "moment de ce jour",
        r"(?:ce|cette|cet)\s+(?P<pod>{POD})",
        (ex("ce matin", "2015-09-15TMO", "2015-09-15", "2015-09-15", "TIME"),),
        deictic=0,
    ),
    R(
        "unité relative",
        r"(?:l'|la\s+|le\s+|(?<=\b[ad]u\s))(?P<unit>année|an|mois|semaine|décennie|trimestre"
        r"|semestre|{WEEKEND})\s+(?P<deictic>{DEICTIC})",
        (
            ex("L'an dernier", "2014", "2014-01-01", "2014-12-31"),
            ex("[Le week-end dernier], il a plu.", "2015-W37-WE", "2015-09-12", "2015-09-13"),
            ex("[le weekend prochain]", "2015-W38-WE", "2015-09-19", "2015-09-20"),
            ex("Au [trimestre dernier], le PIB a reculé.", "2015-Q2", "2015-04-01", "2015-06-30"),
            ex("L'année prochaine", "2016", "2016-01-01", "2016-12-31"),
            ex("Le mois dernier", "2015-08", "2015-08-01", "2015-08-31"),
            ex("La semaine dernière", "2015-W37", "2015-09-07", "2015-09-13"),
        ),
    ),
    R(
        "cette unité",
        r"(?P<deictic>cette|ce|cet)\s+(?P<unit>année|an|mois|semaine|décennie|trimestre|semestre"
        r"|{WEEKEND})(?![-\s]là\b)",
        (
            ex("Cette année", "2015", "2015-01-01", "2015-12-31"),
            ex("[ce week-end], il jouera", "2015-W38-WE", "2015-09-19", "2015-09-20"),
            ex("[ce week-end], il a joué", "2015-W37-WE", "2015-09-12", "2015-09-13"),
        ),
    ),
    # "prochain" before its unit: "le prochain week-end", "la prochaine semaine" (not "le
    # dernier week-end", which is too often the last of a month: "le dernier week-end de juin")
    R(
        "prochaine unité",
        r"(?:la\s+|le\s+)(?P<deictic>prochaine?)\s+(?P<unit>semaine|{WEEKEND})"
        r"(?!\s+(?:de|d'|du)\b)",
        (
            ex(
                "Le festival revient [le prochain week-end].",
                "2015-W38-WE",
                "2015-09-19",
                "2015-09-20",
            ),
        ),
    ),
    R(
        "jour de la semaine relatif",
        r"(?P<weekday>{WEEKDAY})\s+(?P<deictic>dernier|prochain)",
        (
            ex("Lundi dernier", "2015-09-14", "2015-09-14", "2015-09-14"),
            ex("mardi prochain", "2015-09-22"),
        ),
    ),
)

AGO_AND_IN: tuple[R, ...] = (
    R(
        "il y a",
        r"il\s+y\s+a\s+(?:{INSERTED_ADVERB}\s+)?{AMOUNT}\s*(?P<unit>{UNIT})",
        (
            ex("il y a 5-7 ans", "2008/2010", "2008-01-01", "2010-12-31"),
            ex("[Il y a maintenant dix ans], la ville a changé.", "2005"),
            ex("[Il y a déjà trois mois], le pont a cédé.", "2015-06"),
            ex("il y a trois ans", "2012", "2012-01-01", "2012-12-31"),
            ex("il y a deux mois", "2015-07", "2015-07-01", "2015-07-31"),
            ex("il y a 10 jours", "2015-09-05", "2015-09-05", "2015-09-05"),
            ex("Il y a une dizaine d'années", "2005"),
        ),
        direction=-1,
        origin=Origin.REFERENCE,
    ),
    R(
        "dans",
        r"(?<!\w)dans\s+{AMOUNT}\s*(?P<unit>{UNIT})",
        (
            ex("dans deux semaines", "2015-09-29", "2015-09-29", "2015-09-29"),
            ex("dans cinq ans", "2020", "2020-01-01", "2020-12-31"),
        ),
        direction=1,
        origin=Origin.REFERENCE,
    ),
)

VAGUE: tuple[R, ...] = (
    R(
        "référence vague",
        r"(?!(?-i:L'A|L’A))(?P<refword>{REFWORD})",
        (
            ex("pour l'instant", "PRESENT_REF", "-", "-", "TIME"),
            ex("Le procès a été renvoyé à [une date ultérieure].", "FUTURE_REF"),
            ex("plus tard", "FUTURE_REF", "-", "-"),
        ),
    ),
)
