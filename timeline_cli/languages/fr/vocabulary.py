"""French vocabulary: the words of each category the rules refer to by placeholder
(`{MONTH}`, `{UNIT}`...), signal words, and the cue words of tense and publication."""

from __future__ import annotations

from .holidays import NAMES as HOLIDAYS  # noqa: F401  # the slot "holidays", by its rules

MONTHS = {
    "janvier": 1, "janv.": 1, "février": 2, "févr.": 2, "fév.": 2, "mars": 3, "avril": 4,
    "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8, "septembre": 9,
    "sept.": 9, "octobre": 10, "oct.": 10, "novembre": 11, "nov.": 11, "décembre": 12, "déc.": 12,
    # without their accents, as the 1990 spelling reform writes "aout" and keyboards often type
    # the others
    "aout": 8, "fevrier": 2, "decembre": 12,
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
    words |= {"cent": 100, "mille": 1000, "mil": 1000}
    # fractions of a unit ("un demi-siècle", "trois quarts d'heure", "deux ans et demi") and of
    # an hour on a clock ("quinze heures et quart")
    words |= {"un demi": 0.5, "une demi": 0.5, "un quart": 0.25, "trois quarts": 0.75,
              "et demi": 0.5, "et demie": 0.5, "et quart": 0.25}  # fmt: skip
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
    "week-ends": "WE", "weekend": "WE", "weekends": "WE",
}  # fmt: skip
MODIFIERS = {
    "début": "START", "au début de": "START", "dès le début de": "START", "fin": "END",
    "commencement": "START", "au commencement de": "START", "dès le commencement de": "START",
    "à la fin de": "END", "mi": "MID", "milieu": "MID", "au milieu de": "MID", "courant": "",
    "dans le courant de": "", "au cours de": "",
}  # fmt: skip
QUANTITY_MODIFIERS = {
    "environ": "APPROX", "près de": "APPROX", "presque": "APPROX", "quelque": "APPROX",
    "plus de": "MORE_THAN", "au moins": "EQUAL_OR_MORE", "moins de": "LESS_THAN",
    "au plus": "EQUAL_OR_LESS", "pas moins de": "EQUAL_OR_MORE",
}  # fmt: skip
# Decades in words after "années", as TIMEX3 decades: two digits are of the 1900s, as "les
# années 70" ("les années quatre-vingt" is 198); not "les années dix", 1910s or 2010s
DECADES = {
    "vingt": 192, "trente": 193, "quarante": 194, "cinquante": 195, "soixante": 196,
    "soixante-dix": 197, "septante": 197, "quatre-vingt": 198, "quatre-vingts": 198,
    "huitante": 198, "octante": 198, "quatre-vingt-dix": 199, "nonante": 199,
    "deux mille": 200,
}  # fmt: skip
SEASONS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
PARTS_OF_DAY = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI",
    "matins": "MO", "soirs": "EV", "nuits": "NI", "nocturne": "NI", "nocturnes": "NI",
    "midi": "12:00", "minuit": "24:00",  # noon and midnight are clock times
}  # fmt: skip
# The half of the day after a clock time ("3 heures du matin", "8 heures du soir"), looked up
# by its letters without accents: hours to add.
DAY_HALVES = {"dumatin": 0, "delanuit": 0, "delapresmidi": 12, "dusoir": 12}
RELATIVE_DAYS = {"aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2}
DEICTICS = {
    "dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "précédent": -1,
    "précédente": -1, "derniers": -1, "dernières": -1, "prochains": 1, "prochaines": 1,
    "passés": -1, "passées": -1, "écoulé": -1, "écoulée": -1, "écoulés": -1, "écoulées": -1,
    "prochain": 1, "prochaine": 1, "suivant": 1, "suivante": 1,
    "ce": 0, "cet": 0, "cette": 0, "en cours": 0, "à venir": 1,
}  # fmt: skip
REFERENCE_WORDS = {
    # une saison sportive ou théâtrale chevauche deux années, ses dates sont celles de la ligue
    "la saison dernière": "PAST_REF", "la saison passée": "PAST_REF", "cette saison": "PRESENT_REF",
    "la saison prochaine": "FUTURE_REF",
    "actuellement": "PRESENT_REF", "maintenant": "PRESENT_REF", "pour l'instant": "PRESENT_REF",
    "pour le moment": "PRESENT_REF", "à présent": "PRESENT_REF", "désormais": "PRESENT_REF",
    "de nos jours": "PRESENT_REF", "jusqu'à nos jours": "PRESENT_REF",
    "à l'heure actuelle": "PRESENT_REF",
    "plus tard": "FUTURE_REF", "à l'avenir": "FUTURE_REF", "prochainement": "FUTURE_REF",
    "bientôt": "FUTURE_REF", "l'avenir": "FUTURE_REF",
    "actuel": "PRESENT_REF", "actuelle": "PRESENT_REF", "actuels": "PRESENT_REF",
    "actuelles": "PRESENT_REF", "autrefois": "PAST_REF", "auparavant": "PAST_REF",
    "jadis": "PAST_REF", "récemment": "PAST_REF", "naguère": "PAST_REF",
    "à l'époque": "PAST_REF", "ultérieurement": "FUTURE_REF", "une date ultérieure": "FUTURE_REF",
    "une date future": "FUTURE_REF",
}  # fmt: skip
# a word right before a date or time that makes it approximate: inside the expression, as
# French TimeBank tags "[Vers 0 h 40]"
APPROXIMATORS = {
    "vers": "APPROX", "environ": "APPROX", "aux alentours de": "APPROX",
    "aux alentours du": "APPROX", "autour de": "APPROX", "autour du": "APPROX",
}  # fmt: skip

SIGNALS = {
    "depuis": "since", "depuis le": "since", "depuis la": "since", "depuis l'": "since",
    "jusqu'en": "until", "jusqu'à": "until", "jusqu'au": "until", "jusqu'à la fin de": "until",
    "avant": "before", "avant le": "before", "avant la": "before", "avant l'": "before",
    "après": "after", "après le": "after", "après la": "after", "après l'": "after",
    "à partir de": "from", "à partir du": "from", "à compter de": "from", "à compter du": "from",
    "à partir d'": "from", "à compter d'": "from", "dès": "from", "dès le": "from",
    "d'ici": "by", "d'ici à": "by", "d'ici la fin de": "by", "à l'horizon": "by",
    "à l'horizon de": "by", "à horizon": "by",
}  # fmt: skip
