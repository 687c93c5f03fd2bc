"""French rules for spans of time beyond "trois ans": fractions of a unit ("un demi-siècle",
"trois quarts d'heure"; "deux ans et demi" is in durations.py), race times ("2 h 05 min 11 s"),
rolling windows anchored at the reference date ("les 2 derniers mois", "les cinq prochaines
années", "la prochaine décennie") and spans of unsaid length ("ces dernières semaines",
"les prochaines semaines").
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R

FRACTIONS: tuple[R, ...] = (
    R(
        "demi-unité",
        r"(?:(?P<qmod>{QMOD})\s+)?(?P<amount>une?\s+demi)-(?P<unit>{UNIT})",
        (
            ex("pendant [un demi-siècle]", "P50Y", "-", "-", "DURATION"),
            ex("Le trajet prend [une demi-heure].", "PT30M"),
            ex("Il a attendu [une demi-journée].", "PT12H"),
        ),
        kind=Kind.DURATION,
    ),
    R(
        "quart d'unité",
        r"(?:(?P<qmod>{QMOD})\s+)?(?P<amount>un\s+quart|trois\s+quarts)\s+d(?:e\s+|')"
        r"(?P<unit>{UNIT})",
        (
            ex("La réunion a duré [trois quarts d'heure].", "PT45M", "-", "-", "DURATION"),
            ex("au bout d'[un quart d'heure]", "PT15M"),
            ex("Le chantier aura duré [trois quarts de siècle].", "P75Y"),
        ),
        kind=Kind.DURATION,
    ),
)

RACE_TIMES: tuple[R, ...] = (
    R(
        "temps de course",
        r"(?:(?P<span_hours>\d{1,2})\s*h\s*)?(?P<span_minutes>[0-5]?\d)"
        r"\s*(?:min|')\s*(?P<span_seconds>[0-5]\d)\s*(?:s|''|\")",
        (
            ex("Il a bouclé les 42 km en [2 h 05 min 11 s].", "PT2H5M11S", "-", "-", "DURATION"),
            ex("Temps du vainqueur : [3h12'45''].", "PT3H12M45S"),
            ex("Le Belge termine à [4 min 12 s] du vainqueur.", "PT4M12S"),
        ),
        kind=Kind.DURATION,
    ),
)

# the word "derniers" / "prochains" says which way the window runs from the reference date
WINDOWS: tuple[R, ...] = (
    # the first units of a date: placed at its start when the date follows ("de 2014"), a
    # length otherwise; "les trois derniers mois de 2014" is the window below, moved to the
    # end of the date that follows (Grammar._anchor_edges)
    R(
        "les n premières unités",
        r"(?:les|des|aux)\s+(?P<amount>{NUM})\s+(?:premiers|premières)\s+(?P<unit>{UNIT})",
        (
            ex(
                "Sur [les neuf premiers mois] de 2014, les ventes ont reculé.",
                "P9M",
                "2014-01-01",
                "2014-09-30",
                "DURATION",
            ),
            ex(
                "Au cours [des deux premières semaines] de mars 2015, il a plu.",
                "P2W",
                "2015-03-01",
                "2015-03-14",
            ),
            ex("[Les six premiers mois] ont été difficiles.", "P6M", "-", "-"),
        ),
        kind=Kind.DURATION,
        edge=1,
    ),
    R(
        "les n dernières unités",
        r"(?:les|ces|des)\s+(?P<amount>{NUM})\s+"
        r"(?P<deictic>derniers|dernières|prochains|prochaines)\s+(?P<unit>{UNIT})",
        (
            ex(
                "[Les 2 derniers mois], les ventes ont chuté.",
                "P2M",
                "2015-07-15",
                "2015-09-15",
                "DURATION",
            ),
            ex("Au cours [des deux dernières années], la dette a doublé.", "P2Y", "2013-09-15"),
            ex("[Les quinze derniers jours] ont été décisifs.", "P15D", "2015-08-31"),
            ex(
                "Dans [les cinq prochaines années], 200 logements seront construits.",
                "P5Y",
                "2015-09-15",
                "2020-09-15",
            ),
        ),
        kind=Kind.DURATION,
    ),
    # the same window with the word after the unit: "les douze mois écoulés", "les trois
    # années passées", "les deux semaines à venir"
    R(
        "les n unités écoulées",
        r"(?:les|ces|des)\s+(?P<amount>{NUM})\s+(?P<unit>{UNIT})\s+"
        r"(?P<deictic>écoulée?s|passée?s|à\s+venir)(?!\w)",
        (
            ex("Sur [les douze mois écoulés], les prix ont augmenté.", "P12M", "2014-09-15"),
            ex("[Les trois années passées] ont été dures.", "P3Y", "2012-09-15"),
            ex("Dans [les deux semaines à venir], il votera.", "P2W", "2015-09-15", "2015-09-29"),
        ),
        kind=Kind.DURATION,
    ),
    R(
        "la dernière décennie",
        r"(?:la|le)\s+(?P<deictic>dernière|prochaine|dernier|prochain)\s+"
        r"(?P<unit>décennie|siècle)(?!\s+(?:de|d')\s)",
        (
            ex(
                "Au cours de [la dernière décennie], le lac a reculé.",
                "P10Y",
                "2005-09-15",
                "2015-09-15",
                "DURATION",
            ),
            ex(
                "Au cours de [la prochaine décennie], la population doublera.",
                "P10Y",
                "2015-09-15",
                "2025-09-15",
            ),
        ),
        kind=Kind.DURATION,
        amount=1,
    ),
)

UNSAID_LENGTHS: tuple[R, ...] = (
    R(
        "ces dernières unités",
        r"(?:ces|les|des)\s+(?:dernières|derniers)\s+(?P<unit>{UNIT})",
        (
            ex("[Ces dernières semaines], les prix ont flambé.", "PXW", "-", "-", "DURATION"),
            ex("Au cours [des derniers mois], les loyers ont grimpé.", "PXM"),
            ex("Le climat s'est réchauffé [ces dernières décennies].", "PXDE"),
        ),
        kind=Kind.DURATION,
        approximate=True,
    ),
    R(
        "les prochaines unités",
        r"(?:ces|les|des)\s+(?:prochaines|prochains)\s+(?P<unit>{UNIT})",
        (ex("Le décret sera publié dans [les prochaines semaines].", "PXW", "-", "-", "DURATION"),),
        kind=Kind.DURATION,
        approximate=True,
    ),
    R(
        "les unités à venir",
        r"(?:les|des)\s+(?P<unit>semaines|mois|années|jours)\s+(?:à\s+venir|qui\s+viennent)",
        (
            ex("Il décidera dans [les semaines à venir].", "PXW", "-", "-", "DURATION"),
            ex("Le chantier reprendra dans [les mois qui viennent].", "PXM"),
        ),
        kind=Kind.DURATION,
        approximate=True,
    ),
)

# A range whose first end leaves out what the second says: one entry with its two parts.
ELLIPTICAL_RANGES: tuple[R, ...] = (
    R(
        "de n à m unités",
        r"(?:de|entre)\s+(?P<x>(?P<amount>{NUM})\s+(?:à|et)\s+(?P<amount2>{NUM})\s*"
        r"(?P<unit2>{UNIT}))",
        (
            ex("Les travaux dureront de [6 à 9 mois].", "P6M/P9M", "-", "-", "DURATION"),
            ex("Il encourt entre [3 et 5 ans] de prison.", "P3Y/P5Y"),
        ),
        kind=Kind.DURATION,
    ),
    R(
        "mois-mois",
        r"(?P<month>{MONTH})\s*[-–]\s*(?P<month2>{MONTH})(?:\s+(?P<year2>{YEAR}))?",
        (
            ex(
                "Ils ont exploité le fichier de [janvier-février].",
                "2015-01/2015-02",
                "2015-01-01",
                "2015-02-28",
            ),
            ex("les soldes de [juillet-août 2014]", "2014-07/2014-08", "2014-07-01"),
        ),
    ),
    R(
        "années-années",
        r"années\s+(?P<decade>(?:1[0-9]|20)?[0-9]0)\s*[-–]\s*(?P<decade2>(?:1[0-9]|20)?[0-9]0)"
        r"(?!\d)",
        (ex("La mode des [années 1950-60] revient.", "195/196", "1950-01-01", "1969-12-31"),),
    ),
    R(
        "du jour au jour",
        r"(?<![\w'])du\s+(?P<x>{WDOPT}(?P<day>{DAY})\s+au\s+{WDOPT2}(?P<day2>{DAY}))"
        r"(?!\s*(?:{MONTH}|\d|%|h\b|heures|e\b|ème))",
        (
            ex(
                "Le festival se tiendra du [13 au 18].",
                "2015-09-13/2015-09-18",
                "2015-09-13",
                "2015-09-18",
            ),
        ),
    ),
)

# After a noun that takes a length, "de 5 ans" is a duration, not an age ("une peine de 5 ans",
# "une interdiction de séjour de 5 ans"); after a person it is an age (traps.py)
LENGTHS_OF: tuple[R, ...] = (
    R(
        "durée d'une chose",
        r"(?:peine|mandat|contrat|interdiction(?:\s+de\s+séjour)?|séjour|retard|moratoire|congé"
        r"|durée|période|délai|bail|engagement|garantie|absence|suspension|exil|réclusion"
        r"|emprisonnement|sursis|programme|plan|stage|formation|cycle|trêve|détention|chantier"
        r"|travaux|prison|service|carrière|règne|mission)s?(?:\s+[a-zé]+)?\s+(?:de\s+|d')"
        r"(?P<x>(?:(?P<qmod>{QMOD})\s+)?(?P<amount>{NUM})\s*(?P<unit>{UNIT}))",
        (
            ex(
                "Le tribunal a prononcé une interdiction de séjour de [5 ans].",
                "P5Y",
                "-",
                "-",
                "DURATION",
            ),
            ex("Le président est élu pour un mandat de [5 ans].", "P5Y"),
        ),
        kind=Kind.DURATION,
    ),
)
