"""French labels: the words and templates `labels.py` fills ("début 2014", "depuis août 2014",
"il y a 2 ans → 2022", "mi-juin 2014", "hiver 2014–2015", "quelques semaines", "chaque mardi")."""

from __future__ import annotations

from ...model import Origin, Relation, Unit
from ...schema import LabelWords, UnitWords


def _ordinal(n: int) -> str:
    return "1er" if n == 1 else f"{n}e"


def _unit(one: str, plural: str, several: str, every: str, every_count: str) -> UnitWords:
    return UnitWords(one=one, count=f"{{n}} {plural}", several=several, every=every,
                     every_count=every_count)  # fmt: skip


LABELS = LabelWords(
    months=tuple(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        .split()
    ),
    weekdays=tuple("lundi mardi mercredi jeudi vendredi samedi dimanche".split()),
    numbers=dict(enumerate(
        "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze"
        " seize dix-sept dix-huit dix-neuf vingt".split()
    )) | {30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante", 70: "soixante-dix",
          80: "quatre-vingts", 90: "quatre-vingt-dix"},
    decimal_point=",",
    ordinal=_ordinal,
    day_numbers={1: "1er"},
    periods={
        "century": "{roman}e siècle", "decade": "années {decade}", "year": "{year}",
        "half": "{nth} semestre {year}", "quarter": "{nth} trimestre {year}",
        "season": "{season} {year}", "winter": "{season} {year}–{next}",
        "month": "{month} {year}", "week": "semaine du {day}", "weekend": "week-end du {day}",
        "day": "{d} {month} {year}", "part_of_day": "{day}, {pod}", "time": "{day} à {clock}",
    },
    seasons={"SP": "printemps", "SU": "été", "FA": "automne", "WI": "hiver"},
    parts_of_day={"MO": "matin", "AF": "après-midi", "EV": "soir", "NI": "nuit"},
    parts_of_day_of={"MO": "de matinée", "AF": "d'après-midi", "EV": "de soirée", "NI": "de nuit"},
    clock="{hour}h{mm}",
    clock_on_the_hour="{hour}h",
    mods={
        ("START", ""): "début {x}", ("MID", ""): "mi-{x}", ("END", ""): "fin {x}",
        ("START", "decade"): "début des {x}", ("MID", "decade"): "milieu des {x}",
        ("END", "decade"): "fin des {x}",
        ("START", "century"): "début du {x}", ("MID", "century"): "milieu du {x}",
        ("END", "century"): "fin du {x}",
        ("START", "week"): "début de la {x}", ("MID", "week"): "milieu de la {x}",
        ("END", "week"): "fin de la {x}",
        ("START", "day"): "{x}, en début de journée", ("MID", "day"): "{x}, à la mi-journée",
        ("END", "day"): "{x}, en fin de journée",
        ("START", "part_of_day"): "{day}, début {pod_of}",
        ("MID", "part_of_day"): "{day}, milieu {pod_of}",
        ("END", "part_of_day"): "{day}, fin {pod_of}",
    },
    relations={
        Relation.SINCE: "depuis {x}", Relation.FROM: "à partir de {x}",
        Relation.AFTER: "après {x}", Relation.BEFORE: "avant {x}",
        Relation.UNTIL: "jusqu'à {x}", Relation.BY: "d'ici {x}",
    },
    ranges={"year": "{a}–{b}", "": "{a} – {b}"},
    approximate="{x} (≈)",
    moves={
        (Origin.REFERENCE, -1): "il y a {amount} → {date}",
        (Origin.REFERENCE, 1): "dans {amount} → {date}",
        (Origin.STORY, -1): "{amount} plus tôt → {date}",
        (Origin.STORY, 1): "{amount} plus tard → {date}",
    },
    units={
        Unit.YEAR: _unit("un an", "ans", "quelques années", "chaque année", "tous les {n} ans"),
        Unit.MONTH: _unit("un mois", "mois", "quelques mois", "chaque mois", "tous les {n} mois"),
        Unit.WEEK: _unit("une semaine", "semaines", "quelques semaines", "chaque semaine",
                         "toutes les {n} semaines"),
        Unit.DAY: _unit("un jour", "jours", "quelques jours", "chaque jour",
                        "tous les {n} jours"),
        Unit.WEEKEND: _unit("un week-end", "week-ends", "quelques week-ends", "chaque week-end",
                            "tous les {n} week-ends"),
        Unit.HOUR: _unit("une heure", "heures", "quelques heures", "chaque heure",
                         "toutes les {n} heures"),
        Unit.MINUTE: _unit("une minute", "minutes", "quelques minutes", "chaque minute",
                           "toutes les {n} minutes"),
        Unit.SECOND: _unit("une seconde", "secondes", "quelques secondes", "chaque seconde",
                           "toutes les {n} secondes"),
        Unit.DECADE: _unit("une décennie", "décennies", "quelques décennies", "chaque décennie",
                           "toutes les {n} décennies"),
        Unit.CENTURY: _unit("un siècle", "siècles", "quelques siècles", "chaque siècle",
                            "tous les {n} siècles"),
        Unit.QUARTER: _unit("un trimestre", "trimestres", "quelques trimestres",
                            "chaque trimestre", "tous les {n} trimestres"),
        Unit.HALF: _unit("un semestre", "semestres", "quelques semestres", "chaque semestre",
                         "tous les {n} semestres"),
    },
    and_=" et ",
    quantity_mods={
        "MORE_THAN": "plus de {x}", "LESS_THAN": "moins de {x}",
        "EQUAL_OR_MORE": "au moins {x}", "EQUAL_OR_LESS": "au plus {x}",
    },
    every_weekday="chaque {weekday}",
    references={
        "PRESENT_REF": "maintenant", "PAST_REF": "dans le passé", "FUTURE_REF": "à l'avenir",
    },
    generic="{x} (sans année)",
    some_year="une année",
    before_christ="{year} av. J.-C.",
    some_day="{clock}, jour inconnu",
    undated="sans date",
)  # fmt: skip
