"""French rules for years and the periods that name one: parts of a year, seasons,
quarters, halves, decades, centuries.
"""

from __future__ import annotations

from itertools import pairwise

from ...model import Kind, Unit
from ...schema import Example as ex
from ...schema import Rule as R

YEAR_PARTS: tuple[R, ...] = (
    R(
        "partie d'année",
        r"(?P<mod>{MOD})(?:\s*-\s*|\s+de\s+l'année\s+|\s+de\s+l'an\s+|\s+)(?P<year>{YEAR})",
        (
            ex("Début 2014", "2014", "2014-01-01", "2014-04-30"),
            ex("Fin 2014", "2014", "2014-09-01", "2014-12-31"),
            ex("mi-2013", "2013", "2013-05-01", "2013-08-31"),
            ex("Courant 2016", "2016", "2016-01-01", "2016-12-31"),
        ),
    ),
    R(
        "décennie",
        r"(?:(?P<mod>{MOD})\s+(?:des\s+)?)?années\s+"
        r"(?P<decade>(?:1[0-9]|20)?[0-9]0(?!\d)|{DECADE}(?!-))",
        (
            ex("années 1990", "199", "1990-01-01", "1999-12-31"),
            ex("années 80", "198", "1980-01-01", "1989-12-31"),
            ex("début des années 2000", "200", "2000-01-01", "2003-12-31"),
            # in words (the `decades` table): of the 1900s, as "années 80"
            ex("dans les [années quatre-vingt]", "198", "1980-01-01", "1989-12-31"),
            ex("[fin des années soixante-dix]", "197", "1977-01-01", "1979-12-31"),
        ),
    ),
    R(
        "siècle",
        r"(?:(?P<mod>{MOD})\s+(?:du\s+)?)?(?P<century>[IVX]{1,5}|\d{1,2})(?:e|ème|è|eme)\s+siècle"
        r"(?:\s+(?P<bc>avant\s+(?:notre\s+ère|Jésus-Christ|J\.-C\.)|av\.\s*J\.?-?C\.))?",
        (
            ex("IIIe siècle avant notre ère", "BC02", "-", "-"),
            ex("XXe siècle", "19", "1900-01-01", "1999-12-31"),
            ex("fin du XIXe siècle", "18", "1870-01-01", "1899-12-31"),
        ),
    ),
    R(
        "avant ou après Jésus-Christ",
        r"(?P<year>\d{1,4})\s+(?:(?P<bc>av\.?\s*J\.?\s*-?\s*C\.?|avant\s+Jésus-Christ"
        r"|avant\s+notre\s+ère)|(?P<era>apr\.?\s*J\.?\s*-?\s*C\.?|après\s+Jésus-Christ"
        r"|de\s+notre\s+ère))",
        (ex("52 av. J.-C.", "BC0052"), ex("L'Empire disparaît en [476 apr. J.-C.]", "0476")),
    ),
    R(
        "saison et année",
        r"(?:(?P<mod>{MOD})\s+(?:de\s+l'|du\s+|de\s+)?)?(?P<season>{SEASON})"
        r"\s+(?P<year>{YY})",
        (
            ex("été 2014", "2014-SU", "2014-06-01", "2014-08-31"),
            ex("printemps 2015", "2015-SP", "2015-03-01", "2015-05-31"),
        ),
    ),
    R(
        "saison avec article",
        r"l'(?P<season>automne|hiver|été)(?!\s+(?:\d|de|d'|{NEXT_LAST}))",
        (ex("à [l'automne], il partira", "2015-FA", "2015-09-01", "2015-11-30"),),
    ),
    R(
        "saison relative",
        r"(?:l'|le\s+|la\s+)?(?P<season>{SEASON})\s+(?P<deictic>dernier|prochain)",
        (ex("L'hiver dernier", "2014-WI", "2014-12-01", "2015-02-28"),),
    ),
    R("l'année", r"l'(?:année|an)\s+(?P<year>{YEAR})", (ex("dès [l'année 2001]", "2001"),)),
)

_QUARTER_NAMES = (
    "(?:premier|1er)", "(?:deuxième|second|2e|2ème)", "(?:troisième|3e|3ème)",
    "(?:quatrième|4e|4ème)",
)  # fmt: skip
# a quarter's name, when the next quarter's name follows it after a joiner
_ADJACENT_QUARTERS = "|".join(
    rf"{a}(?=\s+(?:et|à|au)\s+{b}(?!\w))" for a, b in pairwise(_QUARTER_NAMES)
)

QUARTERS: tuple[R, ...] = (
    # two quarters in a row, or the two halves, named once, in the plural: "aux deuxième et
    # troisième trimestres", "les premier et second semestres 2014": one range; not two apart
    # ("aux premier et troisième trimestres": a list)
    R(
        "trimestres",
        rf"(?P<quarter>{_ADJACENT_QUARTERS})\s+(?:et|à|au)\s+(?P<quarter2>{{ORDINAL}})\s+trimestres"
        r"(?:\s+(?:de\s+|d')?(?P<year2>{YEAR}))?",
        (
            ex(
                "aux [deuxième et troisième trimestres 2014]",
                "2014-Q2/2014-Q3",
                "2014-04-01",
                "2014-09-30",
            ),
        ),
    ),
    R(
        "semestres",
        r"(?P<half>{ORDINAL})\s+(?:et|à|au)\s+(?P<half2>{ORDINAL})\s+semestres"
        r"(?:\s+(?:de\s+|d')?(?P<year2>{YEAR}))?",
        (ex("les [premier et second semestres 2014]", "2014-H1/2014-H2"),),
    ),
    R(
        "trimestre",
        r"(?P<quarter>{ORDINAL})\s+trimestre(?:\s+(?:de\s+(?:l['’]année\s+)?|d')?(?P<year>{YEAR}))?",
        (
            ex("premier trimestre 2015", "2015-Q1", "2015-01-01", "2015-03-31"),
            ex("au [troisième trimestre de l'année 2012]", "2012-Q3"),
        ),
    ),
    R(
        "semestre",
        r"(?P<half>{ORDINAL})\s+semestre(?:\s+(?:de\s+|d')?(?P<year>{YEAR}))?",
        (ex("second semestre 2014", "2014-H2", "2014-07-01", "2014-12-31"),),
    ),
    # un trimestre ou un semestre de l'année d'avant ou d'après la date de référence : une
    # seule expression ("le premier trimestre de l'année passée"), pas deux
    R(
        "trimestre de l'année relative",
        r"(?P<quarter>{ORDINAL})\s+trimestre\s+{OF_RELATIVE_YEAR}",
        (
            ex("au [premier trimestre de l'année passée]", "2014-Q1", "2014-01-01", "2014-03-31"),
            ex("le [troisième trimestre de l'an prochain]", "2016-Q3"),
            ex("au [deuxième trimestre de cette année]", "2015-Q2"),
        ),
        unit=Unit.YEAR,
    ),
    R(
        "semestre de l'année relative",
        r"(?P<half>{ORDINAL})\s+semestre\s+{OF_RELATIVE_YEAR}",
        (ex("au [second semestre de l'an dernier]", "2014-H2", "2014-07-01", "2014-12-31"),),
        unit=Unit.YEAR,
    ),
)

BARE_YEARS: tuple[R, ...] = (
    R(
        "année après un mot",
        r"(?<!\w){YEAR_CUE}\s*(?P<x>(?P<year>{YEAR}))",
        (
            ex("en [1905]", "1905", "1905-01-01", "1905-12-31"),
            ex("Depuis [2011]", "2011", "2011-01-01", "2015-09-15"),
            ex("Avant [2010]", "2010", "-", "2009-12-31"),
            ex("jusqu'en [2017]", "2017", "", "2017-12-31"),
            ex("À partir de [2016]", "2016", "2016-01-01", "-"),
            ex("d'ici [2020]", "2020", "", "2020-12-31"),
        ),
    ),
    R(
        "année",
        r"(?P<year>(?:1[89]|20)\d\d(?![\d]))(?!\s*{NOT_AFTER_NUMBER})",
        (ex("La crise de [2008]", "2008", "2008-01-01", "2008-12-31"),),
    ),
    # une année plus ancienne seule entre parenthèses, comme biographies et histoires datent
    # ce qu'elles nomment : "le siège de Vienne (1683)", "(tome II ; 1612)" ; pas un compte
    # ("(1500 au total)", "(1200, surtout des fantassins)")
    R(
        "année entre parenthèses",
        r"\((?:[^()\n]{0,30}?[;,]\s*)?(?P<x>(?P<year>1[1-7]\d\d))(?=\s*[);])",
        (
            ex(
                "Le siège de Vienne ([1683]) met fin à la guerre.",
                "1683",
                "1683-01-01",
                "1683-12-31",
            ),
            ex("Il épouse Jean Armour ([1788]) et a quatre enfants.", "1788"),
            ex("Il poursuit le poème (chant III ; [1616]) à Rome.", "1616"),
        ),
    ),
)

GENERIC_SEASONS: tuple[R, ...] = (
    R(
        "saison générique",
        # not a named event: "le printemps de l'environnement", "l'été du cinéma"
        r"(?:en|au)\s+(?P<x>(?P<season>été|hiver|automne|printemps))(?!\s+\d)"
        r"(?!\s+(?:de|du|des|d')(?!\w))",
        (
            ex("un boom en [été]", "XXXX-SU", "-", "-", "DATE"),
            ex("En 1919, elle organise la grève. Au [printemps], ils cèdent.", "1919-SP"),
        ),
        kind=Kind.GENERIC,
    ),
)
