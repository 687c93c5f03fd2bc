"""French: vocabulary, signal words and the rules of the temporal grammar, with examples.

Examples resolve against the reference date 2015-09-15 (a Tuesday); brackets mark the extent
when an example carries context the rule does not tag.
"""

from __future__ import annotations

from ..lexicon import Example as ex
from ..lexicon import LanguageResource
from ..lexicon import Rule as R
from .common import CLOCK, DAY_DIGITS, ISO_RULES

MONTHS = {
    "janvier": 1, "janv.": 1, "février": 2, "févr.": 2, "fév.": 2, "mars": 3, "avril": 4,
    "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8, "septembre": 9,
    "sept.": 9, "octobre": 10, "oct.": 10, "novembre": 11, "nov.": 11, "décembre": 12, "déc.": 12,
}  # fmt: skip
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "lundis": 0, "mardis": 1, "mercredis": 2, "jeudis": 3, "vendredis": 4, "samedis": 5,
    "dimanches": 6,
}  # fmt: skip

_UNITS_1_16 = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
).split()
_TEENS = {10: "dix", 17: "dix-sept", 18: "dix-huit", 19: "dix-neuf"}
_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def _number_words() -> dict[str, float]:
    """Number words from zéro to quatre-vingt-dix-neuf, both with and without "et"."""
    words: dict[str, float] = {w: n for n, w in enumerate(_UNITS_1_16)}
    words |= {"une": 1} | {name: n for n, name in _TEENS.items()}
    for tens, name in _TENS.items():
        words[name] = tens
        for unit in range(1, 10):
            joiner = "-et-" if unit == 1 else "-"
            words[f"{name}{joiner}{_UNITS_1_16[unit]}"] = tens + unit
    for unit in range(10, 20):  # soixante-dix .. soixante-dix-neuf, quatre-vingt-dix ..
        teen = _TEENS.get(unit) or _UNITS_1_16[unit]
        words[f"soixante-{'et-' if unit == 11 else ''}{teen}"] = 60 + unit
        words[f"quatre-vingt-{teen}"] = 80 + unit
    words["quatre-vingts"] = words["quatre-vingt"] = 80
    for unit in range(1, 10):
        words[f"quatre-vingt-{_UNITS_1_16[unit]}"] = 80 + unit
    words |= {"cent": 100, "mille": 1000}
    words.update({k.replace("-et-", " et "): v for k, v in list(words.items()) if "-et-" in k})
    return words


NUMBERS = _number_words()
APPROXIMATE_NUMBERS = {
    "une dizaine": 10, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30,
    "une quarantaine": 40, "une cinquantaine": 50, "une centaine": 100,
}  # fmt: skip
ORDINALS = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "deuxième": 2, "second": 2, "seconde": 2,
    "2e": 2, "2ème": 2, "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4,
}  # fmt: skip
UNITS = {
    "an": "Y", "ans": "Y", "année": "Y", "années": "Y", "mois": "M", "semaine": "W",
    "semaines": "W", "jour": "D", "jours": "D", "journée": "D", "journées": "D", "heure": "H",
    "heures": "H", "minute": "MIN", "minutes": "MIN", "seconde": "S", "secondes": "S",
    "décennie": "DE", "décennies": "DE", "siècle": "CE", "siècles": "CE", "trimestre": "Q",
    "trimestres": "Q", "semestre": "HALF", "semestres": "HALF", "week-end": "WE",
}  # fmt: skip
MODIFIERS = {
    "début": "START", "au début de": "START", "dès le début de": "START", "fin": "END",
    "à la fin de": "END", "mi": "MID", "milieu": "MID", "au milieu de": "MID", "courant": "",
    "dans le courant de": "", "au cours de": "",
}  # fmt: skip
QUANTITY_MODIFIERS = {
    "environ": "APPROX", "près de": "APPROX", "presque": "APPROX", "quelque": "APPROX",
    "plus de": "MORE_THAN", "au moins": "EQUAL_OR_MORE", "moins de": "LESS_THAN",
    "au plus": "EQUAL_OR_LESS", "pas moins de": "EQUAL_OR_MORE",
}  # fmt: skip
SEASONS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
PARTS_OF_DAY = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI",
}  # fmt: skip
RELATIVE_DAYS = {"aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2}
DEICTICS = {
    "dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "précédent": -1,
    "précédente": -1, "derniers": -1, "dernières": -1, "prochains": 1, "prochaines": 1,
    "passés": -1, "passées": -1, "prochain": 1, "prochaine": 1, "suivant": 1, "suivante": 1,
    "ce": 0, "cet": 0, "cette": 0, "en cours": 0,
}  # fmt: skip
REFERENCE_WORDS = {
    "actuellement": "PRESENT_REF", "maintenant": "PRESENT_REF", "pour l'instant": "PRESENT_REF",
    "pour le moment": "PRESENT_REF", "à présent": "PRESENT_REF", "désormais": "PRESENT_REF",
    "de nos jours": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF",
    "plus tard": "FUTURE_REF", "à l'avenir": "FUTURE_REF", "prochainement": "FUTURE_REF",
    "bientôt": "FUTURE_REF", "l'avenir": "FUTURE_REF",
    "actuel": "PRESENT_REF", "actuelle": "PRESENT_REF", "actuels": "PRESENT_REF",
    "actuelles": "PRESENT_REF", "autrefois": "PAST_REF", "auparavant": "PAST_REF",
    "jadis": "PAST_REF", "récemment": "PAST_REF", "naguère": "PAST_REF",
}  # fmt: skip
SIGNALS = {
    "depuis": "since", "depuis le": "since", "depuis la": "since", "depuis l'": "since",
    "jusqu'en": "until", "jusqu'à": "until", "jusqu'au": "until", "jusqu'à la fin de": "until",
    "avant": "before", "avant le": "before", "avant la": "before", "avant l'": "before",
    "après": "after", "après le": "after", "après la": "after", "après l'": "after",
    "à partir de": "from", "à partir du": "from", "à compter de": "from", "à compter du": "from",
    "dès": "from", "dès le": "from", "d'ici": "by", "d'ici à": "by", "d'ici la fin de": "by",
}  # fmt: skip

# Names of rule pieces; a trailing 2 on a group name is the second end of a range.
FRAGMENTS = {
    "DAY": rf"(?:1er|{DAY_DIGITS})",
    "LE": r"(?:le\s+|les\s+)?",
    "WDOPT": r"(?:(?P<weekday>{WEEKDAY})\s+)?",
    "YY": r"(?:{YEAR}|'?\d\d(?!\d|[,.]\d|\s*(?:h\b|ans|{NOT_AFTER_NUMBER})))",
    "NEXT_LAST": r"(?:prochain|dernier|passé)(?:e|s|es)?",
    "DMY": r"(?P<day>{DAY})\s+(?P<month>{MONTH})\s+(?P<year>{YY})",
    "DM": r"(?P<day>{DAY})\s+(?P<month>{MONTH})",
    "YEAR_CUE": r"(?:en|dès|depuis|d'ici|de|d'|avant|après|jusqu'en|vers|an|année|l'an|fin|début"
    r"|courant|entre|et|à|mi-|mi)",
    "NUM": r"(?:{NUMBER}|(?<![\d.,])\d+(?:[.,]\d+)?)",
    "AMOUNT": r"(?:(?P<qmod>{QMOD})\s+)?"
    r"(?:(?P<amount>{NUM})(?:\s*(?:-|à|ou)\s*(?P<amount_hi>{NUM}))?"
    r"|(?P<approx_amount>{APPROX_NUMBER})\s+d(?:e\s+|')"
    r"|(?P<vague>quelques|plusieurs|des(?=\s+(?:années|mois|décennies|siècles|semaines)))\s)",
}  # fmt: skip

RULES = (
    *ISO_RULES,
    R(
        "âge",
        r"(?:(?<=,\s)|(?<=\bde\s)|(?<=\bles\s)|(?<=\bdes\s)|(?<=\baux\s)|(?<=\bâgée\s)|(?<=\bâgé\s))"
        r"\d{1,3}(?:\s*(?:-|à)\s*\d{1,3})?\s+ans(?!\s+(?:plus\s+tard|plus\s+tôt|après|avant))",
        (
            ex("Jean Dupont, [87 ans], a été blessé."),
            ex("un enfant de [6 ans]"),
            ex("pour les [0-6 ans]"),
        ),
        kind="ignore",
    ),
    R(
        "date et moment de la journée",
        r"{LE}{WDOPT}{DM}(?:\s+(?P<year>{YEAR}))?\s+(?:au|dans\s+la|en|dans\s+l')\s+(?P<pod>{POD})",
        (ex("25 décembre 2014 au soir", "2014-12-25TEV", "2014-12-25", "2014-12-25", "TIME"),),
        kind="time",
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
        r"(?<![\d/.])(?P<day>{DAY})[/.](?P<month>0?[1-9]|1[0-2])[/.](?P<year>[12]\d{3})(?![\d/])",
        (
            ex("12/05/2013", "2013-05-12", "2013-05-12", "2013-05-12"),
            ex("3.7.2014", "2014-07-03"),
        ),
    ),
    R(
        "plage de jours",
        r"{LE}(?P<day>{DAY})\s+(?:au|-|–|et)\s+{WDOPT}(?P<day2>{DAY})\s+"
        r"(?P<month2>{MONTH})(?:\s+(?P<year2>{YEAR})|\s+(?P<deictic2>{NEXT_LAST}))?",
        (
            ex("3 au 5 juillet 2016", "", "2016-07-03", "2016-07-05"),
            ex("Les 26 et 27 juin 2015", "", "2015-06-26", "2015-06-27"),
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
        r"(?P<weekday>{WEEKDAY})\s+(?P<day>{DAY})(?!\s*(?:h|:|\d))",
        (ex("mardi 8", "2015-09-08"),),
    ),
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
        r"(?P<mod>{MOD})(?:\s*-\s*|\s+d'|\s+de\s+|\s+)(?P<month>{MONTH})",
        (
            ex("début octobre", "2015-10", "2015-10-01", "2015-10-10"),
            ex("fin août", "2015-08", "2015-08-21", "2015-08-31"),
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
        r"(?:(?P<mod>{MOD})\s+(?:des\s+)?)?années\s+(?P<decade>(?:1[0-9]|20)?[0-9]0)(?![\d])",
        (
            ex("années 1990", "199", "1990-01-01", "1999-12-31"),
            ex("années 80", "198", "1980-01-01", "1989-12-31"),
            ex("début des années 2000", "200", "2000-01-01", "2003-12-31"),
        ),
    ),
    R(
        "siècle",
        r"(?:(?P<mod>{MOD})\s+(?:du\s+)?)?(?P<century>[IVX]{1,5}|\d{1,2})(?:e|ème|è|eme)\s+siècle",
        (
            ex("XXe siècle", "19", "1900-01-01", "1999-12-31"),
            ex("fin du XIXe siècle", "18", "1870-01-01", "1899-12-31"),
        ),
    ),
    R(
        "avant Jésus-Christ",
        r"(?P<bc>(?P<year>\d{1,4})\s+(?:av\.?\s*J\.?\s*-?\s*C\.?|avant\s+Jésus-Christ"
        r"|avant\s+notre\s+ère))",
        (ex("52 av. J.-C.", "BC0052"),),
    ),
    R(
        "saison et année",
        r"(?:(?P<mod>{MOD})\s+(?:de\s+l'|du\s+|de\s+)?)?(?P<season>{SEASON})"
        r"\s+(?P<year>{YEAR})",
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
    R(
        "cette saison",
        r"(?P<deictic>cet|ce)\s+(?P<season>{SEASON})",
        (ex("cet été", "2015-SU", "2015-06-01", "2015-08-31"),),
    ),
    R(
        "trimestre",
        r"(?P<quarter>{ORDINAL})\s+trimestre(?:\s+(?:de\s+|d')?(?P<year>{YEAR}))?",
        (ex("premier trimestre 2015", "2015-Q1", "2015-01-01", "2015-03-31"),),
    ),
    R(
        "semestre",
        r"(?P<half>{ORDINAL})\s+semestre(?:\s+(?:de\s+|d')?(?P<year>{YEAR}))?",
        (ex("second semestre 2014", "2014-H2", "2014-07-01", "2014-12-31"),),
    ),
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
        r"(?:l'|la\s+|le\s+)(?P<unit>année|an|mois|semaine|décennie)\s+(?P<deictic>{DEICTIC})",
        (
            ex("L'an dernier", "2014", "2014-01-01", "2014-12-31"),
            ex("L'année prochaine", "2016", "2016-01-01", "2016-12-31"),
            ex("Le mois dernier", "2015-08", "2015-08-01", "2015-08-31"),
            ex("La semaine dernière", "2015-W37", "2015-09-07", "2015-09-13"),
        ),
    ),
    R(
        "cette unité",
        r"(?P<deictic>cette|ce|cet)\s+(?P<unit>année|an|mois|semaine|décennie|week-end)",
        (
            ex("Cette année", "2015", "2015-01-01", "2015-12-31"),
            ex("[ce week-end], il jouera", "2015-W38-WE", "2015-09-19", "2015-09-20"),
            ex("[ce week-end], il a joué", "2015-W37-WE", "2015-09-12", "2015-09-13"),
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
    R(
        "jour de la semaine",
        r"(?<!\w)(?P<weekday>{WEEKDAY})(?:\s+(?P<pod>{POD}))?",
        (
            ex("[Mercredi], il viendra", "2015-09-16"),
            ex("[Vendredi], il a parlé", "2015-09-11"),
            ex("[mardi soir], il a parlé", "2015-09-15TEV"),
        ),
    ),
    R(
        "il y a",
        r"il\s+y\s+a\s+{AMOUNT}\s*(?P<unit>{UNIT})",
        (
            ex("il y a 5-7 ans", "2008/2010", "2008-01-01", "2010-12-31"),
            ex("il y a trois ans", "2012", "2012-01-01", "2012-12-31"),
            ex("il y a deux mois", "2015-07", "2015-07-01", "2015-07-31"),
            ex("il y a 10 jours", "2015-09-05", "2015-09-05", "2015-09-05"),
            ex("Il y a une dizaine d'années", "2005"),
        ),
        shift=-1,
        anchor="ref",
    ),
    R(
        "dans",
        r"(?<!\w)dans\s+{AMOUNT}\s*(?P<unit>{UNIT})",
        (
            ex("dans deux semaines", "2015-09-29", "2015-09-29", "2015-09-29"),
            ex("dans cinq ans", "2020", "2020-01-01", "2020-12-31"),
        ),
        shift=1,
        anchor="ref",
    ),
    R(
        "plus tard",
        r"{AMOUNT}\s*(?P<unit>{UNIT})\s+plus\s+tard",
        (ex("En 1998 il part. [Trois ans plus tard], il revient.", "2001", "2001-01-01"),),
        shift=1,
        anchor="story",
    ),
    R(
        "plus tôt",
        r"{AMOUNT}\s*(?P<unit>{UNIT})\s+(?:plus\s+tôt|auparavant)",
        (ex("En 1998 il part. [Deux ans plus tôt], il était venu.", "1996"),),
        shift=-1,
        anchor="story",
    ),
    R(
        "lendemain",
        r"(?:le\s+)?lendemain(?:\s+(?P<pod>{POD}))?",
        (ex("Le 3 mars 2012, il part. [Le lendemain], il revient.", "2012-03-04"),),
        shift=1,
        anchor="story",
        unit="D",
        amount=1,
    ),
    R(
        "surlendemain",
        r"(?:le\s+)?surlendemain",
        (ex("Le 3 mars 2012, il part. [Le surlendemain], il revient.", "2012-03-05"),),
        shift=1,
        anchor="story",
        unit="D",
        amount=2,
    ),
    R(
        "veille",
        r"(?:la\s+)?veille(?:\s+au\s+(?P<pod>{POD}))?(?!\s+(?:de|du|des|d')\s)",
        (ex("Le 3 mars 2012, il part. [La veille], il était venu.", "2012-03-02"),),
        shift=-1,
        anchor="story",
        unit="D",
        amount=1,
    ),
    R(
        "ces dernières années",
        r"(?:ces|les)\s+(?:dernières|derniers)\s+(?P<unit>{UNIT})",
        (ex("Ces dernières années", "PAST_REF", "-", "-"),),
        kind="past",
        approximate=True,
    ),
    R(
        "référence vague",
        r"(?P<refword>{REFWORD})",
        (
            ex("pour l'instant", "PRESENT_REF", "-", "-"),
            ex("plus tard", "FUTURE_REF", "-", "-"),
        ),
    ),
    R(
        "ensemble de jours",
        r"(?:chaque|tous\s+les)\s+(?P<weekday>{WEEKDAY})s?",
        (ex("chaque mardi", "XXXX-WXX-2", "-", "-", "SET"),),
        kind="set",
        quant="EVERY",
    ),
    R(
        "ensemble",
        r"(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<amount>{NUM})\s+)?(?P<unit>{UNIT})",
        (ex("tous les ans", "P1Y", "-", "-", "SET"), ex("chaque mois", "P1M")),
        kind="set",
        quant="EVERY",
    ),
    R(
        "heure",
        r"(?<![\d,.])(?:(?P<qmod>vers)\s+)?" + CLOCK,
        (ex("Le 3 mars 2012, il part [vers 20 h 30].", "2012-03-03T20:30"),),
        kind="time",
    ),
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
    R(
        "ces dernières heures",
        r"(?:ces|les)\s+(?:dernières|derniers)\s+{AMOUNT}\s*(?P<unit>{UNIT})",
        (ex("ces dernières 24 heures", "PT24H", "-", "-", "DURATION"),),
        kind="duration",
    ),
    R(
        "durée",
        r"{AMOUNT}\s*(?P<unit>{UNIT})",
        (
            ex("pendant [dix ans]", "P10Y", "-", "-", "DURATION"),
            ex("sept mois", "P7M"),
            ex("depuis [trois ans]", "P3Y", "2012-09-15", "2015-09-15"),
            ex("plus de vingt ans", "P20Y"),
            ex("plusieurs jours", "PXD"),
        ),
        kind="duration",
    ),
    R(
        "quinquennat",
        r"quinquennats?",
        (ex("quinquennat", "P5Y", "-", "-", "DURATION"),),
        kind="duration",
        unit="Y",
        amount=5,
    ),
    R("septennat", r"septennats?", (ex("septennat", "P7Y"),), kind="duration", unit="Y", amount=7),
    R(
        "hebdomadaire",
        r"hebdomadaires?",
        (ex("hebdomadaire", "P1W", "-", "-", "SET"),),
        kind="set",
        unit="W",
        amount=1,
        quant="EVERY",
    ),
    R(
        "mensuel",
        r"mensuel(?:le)?s?",
        (ex("mensuel", "P1M", "-", "-", "SET"),),
        kind="set",
        unit="M",
        amount=1,
        quant="EVERY",
    ),
    R(
        "annuel",
        r"annuel(?:le)?s?",
        (ex("le dîner [annuel]", "P1Y", "-", "-", "SET"),),
        kind="set",
        unit="Y",
        amount=1,
        quant="EVERY",
    ),
    R(
        "par unité",
        r"par\s+(?P<x>(?P<unit>semestre|trimestre|an|année|mois|semaine|jour))",
        (ex("5 milliards par [semestre]", "P6M", "-", "-", "SET"),),
        kind="set",
        quant="EVERY",
        amount=1,
    ),
    R(
        "saison générique",
        r"en\s+(?P<x>(?P<season>été|hiver|automne))(?!\s+\d)",
        (ex("un boom en [été]", "XXXX-SU", "-", "-", "DATE"),),
        kind="generic",
    ),
    R(
        "matin même",
        r"(?:le|la)\s+(?P<pod>matin|soir|soirée|nuit)\s+même",
        (ex("Le 3 mars 2012, il part. [Le matin même], il pleuvait.", "2012-03-03TMO"),),
        shift=1,
        anchor="story",
        unit="D",
        amount=0,
    ),
    R(
        "même jour",
        r"(?:le\s+)?même\s+jour",
        (ex("Le 3 mars 2012, il part. [Le même jour], il revient.", "2012-03-03"),),
        shift=1,
        anchor="story",
        unit="D",
        amount=0,
    ),
)

FRENCH = LanguageResource(
    code="fr",
    name="French",
    months=MONTHS,
    weekdays=WEEKDAYS,
    numbers=NUMBERS,
    approximate_numbers=APPROXIMATE_NUMBERS,
    ordinals=ORDINALS,
    units=UNITS,
    modifiers=MODIFIERS,
    quantity_modifiers=QUANTITY_MODIFIERS,
    seasons=SEASONS,
    parts_of_day=PARTS_OF_DAY,
    relative_days=RELATIVE_DAYS,
    deictics=DEICTICS,
    reference_words=REFERENCE_WORDS,
    signals=SIGNALS,
    range_openers=("de", "du", "d'", "entre", "depuis"),
    range_joiners=("à", "au", "et", "-", "–", "jusqu'à", "jusqu'en", "jusqu'au"),
    determiners=("le", "la", "les", "l'"),
    function_words=frozenset(
        "le la les des du de et est un une que qui dans pour pas au aux sur avec ce cette il"
        " elle sont ont été par mais ou où leur plus selon après depuis".split()
    ),
    abbreviations=frozenset(
        "m mm mme mmes dr me st ste av j.-c etc cf p ex vol janv févr".split()
    ),
    future_cues=r"\b(?:va|vont|devrait|devraient|doit|doivent|prochain|prochaine|prochains"
    r"|prochaines|prévue?s?|programmée?s?)\b|\b\w{2,}(?:ra|ront|rai|rons)\b",
    past_cues=r"\b(?:a|ont|avait|avaient|avons|avez|aurait|auraient|eut|eurent)\s+"
    r"(?:(?:déjà|aussi|encore|également|ensuite|enfin|pourtant|bien|pas|jamais|notamment)\s+)?"
    r"\w+(?:é|ée|és|ées|i|is|ie|it|u|us|ue|ert|ort|aint|eint)\b"
    r"|\b(?:était|étaient|fut|furent|dernier|dernière|derniers|dernières)\b|\b\w{3,}(?:ait|aient)\b",
    publication_cues=("publié le", "publié", "mis à jour le", "mise à jour", "date"),
    fragments=FRAGMENTS,
    rules=RULES,
    not_after_number=(
        "%", "€", "\\$", "euros?", "dollars?", "francs?", "km", "kg", "m²", "personnes",
        "habitants", "morts", "victimes", "soldats", "hommes", "femmes", "enfants", "emplois",
        "tonnes", "millions?", "milliards?", "mille", "voix", "mètres", "litres",
    ),
)  # fmt: skip
