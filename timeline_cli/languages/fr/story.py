"""French rules for expressions relative to the story: counted from the last date placed
before them in the text ("three years later", "the next day", "that year").
"""

from __future__ import annotations

from ...model import Kind, Origin, Unit
from ...schema import Example as ex
from ...schema import Rule as R

LATER_EARLIER: tuple[R, ...] = (
    R(
        "plus tard",
        r"{AMOUNT}\s*(?P<unit>{UNIT})\s+plus\s+tard",
        (ex("En 1998 il part. [Trois ans plus tard], il revient.", "2001", "2001-01-01"),),
        direction=1,
        origin=Origin.STORY,
    ),
    R(
        "plus tôt",
        r"{AMOUNT}\s*(?P<unit>{UNIT})\s+(?:plus\s+tôt|auparavant)",
        (ex("En 1998 il part. [Deux ans plus tôt], il était venu.", "1996"),),
        direction=-1,
        origin=Origin.STORY,
    ),
    R(
        "lendemain",
        # not the day after an event it names ("au lendemain de l'élection"), as "la veille"
        r"(?:le\s+)?lendemain(?:\s+(?P<pod>{POD}))?(?!\s+(?:de\s|du\s|des\s|d'|d’))",
        (ex("Le 3 mars 2012, il part. [Le lendemain], il revient.", "2012-03-04"),),
        direction=1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
    ),
    # the day after an event it names ("au lendemain de l'élection"): a day, placed only where
    # the event is (not the day after the story's last date)
    R(
        "lendemain d'un événement",
        r"(?:le\s+)?lendemain(?=\s+(?:de\s|du\s|des\s|d'|d’))",
        (ex("Au [lendemain] de l'élection, il a démissionné.", "XXXX-XX-XX", "-", "-"),),
        kind=Kind.GENERIC,
        unit=Unit.DAY,
    ),
    R(
        "surlendemain",
        r"(?:le\s+)?surlendemain",
        (ex("Le 3 mars 2012, il part. [Le surlendemain], il revient.", "2012-03-05"),),
        direction=1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=2,
    ),
    R(
        "veille",
        # "la" is required: "elle veille sur", "en veille" are the verb and another noun
        r"la\s+veille(?:\s+au\s+(?P<pod>{POD}))?(?!\s+(?:de|du|des|d')\s)"
        r"(?!\s+(?:technologique|stratégique|sanitaire|juridique|médiatique|informationnelle)\b)",
        (ex("Le 3 mars 2012, il part. [La veille], il était venu.", "2012-03-02"),),
        direction=-1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
    ),
)

SAME_DAY: tuple[R, ...] = (
    # un moment du jour du récit, de la veille ou du lendemain : "ce soir-là", "cette nuit-là",
    # "la nuit précédente", "le matin suivant"
    R(
        "moment de ce jour-là",
        r"(?:ce|cette)\s+(?P<pod>matin|soir|soirée|nuit|après-midi|matinée)[-\s]là",
        (ex("Le 3 mars 2012, il part. [Ce soir-là], il dîne.", "2012-03-03TEV", type="TIME"),),
        direction=1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=0,
    ),
    R(
        "moment précédent",
        r"(?:le|la)\s+(?P<pod>matin|soir|soirée|nuit|matinée)\s+(?:précédente?|d'avant)",
        (ex("Le 3 mars 2012, il part. [La nuit précédente], il a plu.", "2012-03-02TNI"),),
        direction=-1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
    ),
    R(
        "moment suivant",
        r"(?:le|la)\s+(?P<pod>matin|soir|soirée|nuit|matinée)\s+suivante?",
        (ex("Le 3 mars 2012, il part. [Le matin suivant], il revient.", "2012-03-04TMO"),),
        direction=1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
    ),
    R(
        "matin même",
        r"(?:le|la)\s+(?P<pod>matin|soir|soirée|nuit)\s+même",
        (ex("Le 3 mars 2012, il part. [Le matin même], il pleuvait.", "2012-03-03TMO"),),
        direction=1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=0,
    ),
    R(
        "même jour",
        # "le même jour que le vote" nomme un autre jour que celui du récit
        r"(?:(?:le\s+)?même\s+jour|le\s+jour\s+même)(?!\s+(?:que|qu['’]|de\s+la\s+semaine)\b)",
        (
            ex("Le 3 mars 2012, il part. [Le même jour], il revient.", "2012-03-03"),
            ex("Arrêté le 9 juin 2017, il est relâché [le jour même].", "2017-06-09"),
        ),
        direction=1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=0,
    ),
)

# The unit before or after the story's date, and the story's own day, month or year:
# "l'année suivante" is the year after the last year named, not after the reference date
# ("l'année prochaine"); "cette année-là", "ce jour-là" are the story's year and day.
STORY_UNITS: tuple[R, ...] = (
    R(
        "unité suivante",
        r"(?:l'|la\s+|le\s+)(?P<unit>année|an|mois|semaine|décennie|trimestre)\s+"
        r"(?:suivante?|d'après)",
        (
            ex("Élu en 1983, il démissionne [l'année suivante].", "1984", "1984-01-01"),
            ex("En mars 2003, il part. [Le mois suivant], il revient.", "2003-04"),
            ex("Le 3 mars 2012, il part. [La semaine suivante], il revient.", "2012-W10"),
            ex("Il arrive en 1961. [L'année d'après], il repart.", "1962"),
        ),
        origin=Origin.STORY,
        deictic=1,
    ),
    R(
        "unité précédente",
        r"(?:l'|la\s+|le\s+|(?<=\b[ad]u\s))(?P<unit>année|an|mois|semaine|décennie|trimestre"
        r"|semestre)\s+(?:précédente?|d'avant)",
        (
            ex("En octobre 2008, elle chute ; [le mois précédent], il vend.", "2008-09"),
            ex("En 1990, il gagne ; [l'année précédente], il avait perdu.", "1989"),
            ex(
                "Au 3e trimestre 2023, il croît, contre un recul au [trimestre précédent].",
                "2023-Q2",
            ),
        ),
        origin=Origin.STORY,
        deictic=-1,
    ),
    R(
        "même unité",
        # l'année, la semaine ou le mois du récit ; "la même année que la crise" en nomme une
        # autre
        r"(?:la|le)\s+même\s+(?P<unit>année|semaine|mois)(?!\s+(?:que|qu['’])\b)",
        (
            ex("Il est élu en mars 2002 et démissionne [la même année].", "2002"),
            ex("L'usine ferme le 3 mai 2011 ; deux autres ferment [la même semaine].", "2011-W18"),
        ),
        origin=Origin.STORY,
        amount=0,
    ),
    # la période dont parle le texte (un trimestre, un mois), un an avant ou dans une autre
    # année : "sur la même période de l'an dernier", "la même période en 2012"
    R(
        "même période un an avant",
        r"(?:(?:la|le)\s+|(?<=\b[ad]u\s))même\s+(?:période|trimestre|semestre|mois)\s+(?:de\s+l['’](?:an|année)\s+"
        r"(?:derni(?:er|ère)|passée?|précédente?)|un\s+an\s+(?:plus\s+tôt|auparavant)"
        r"|il\s+y\s+a\s+un\s+an)",
        (
            ex(
                "Au premier trimestre, il gagne 5 %, contre 3 % sur [la même période de l'an "
                "dernier].",
                "2014-Q1",
            ),
        ),
        origin=Origin.PERIOD,
        unit=Unit.YEAR,
        amount=1,
        direction=-1,
    ),
    R(
        "même période d'une année",
        r"(?:(?:la|le)\s+|(?<=\b[ad]u\s))même\s+(?:période|trimestre|semestre|mois)\s+"
        r"(?:en|de|d['’])\s*(?:l['’]année\s+)?(?P<year>{YEAR})",
        (
            ex(
                "Au premier trimestre 2013, il gagne 5 %, contre 3 % sur [la même période en "
                "2012].",
                "2012-Q1",
            ),
        ),
        origin=Origin.PERIOD,
    ),
    R(
        "cette unité-là",
        r"(?:cette|ce|cet)\s+(?P<unit>année|an|mois|jour|semaine|trimestre)[-\s]là",
        (
            ex("Le 2 mars 1932, il dépose un brevet. [Cette année-là], il embauche.", "1932"),
            ex("Le 19 octobre 2023, il pleut. [Ce jour-là], il part.", "2023-10-19"),
            ex("En mai 1968, il part. [Ce mois-là], il écrit.", "1968-05"),
        ),
        origin=Origin.STORY,
        amount=0,
    ),
    R(
        "date suivante",
        r"(?:le\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})\s+suivant",
        (
            ex("Signé le 12 avril 1951, il est ratifié [le 2 juillet suivant].", "1951-07-02"),
            ex("Voté le 3 mars 1999, il est promulgué [le 20 mars suivant].", "1999-03-20"),
            ex("Élu le 3 mai 1999, il démissionne [le 2 février suivant].", "2000-02-02"),
        ),
        origin=Origin.STORY,
        tense=1,
    ),
    R(
        "saison suivante",
        r"(?:l'|le\s+|au\s+|à\s+l')(?P<season>{SEASON})\s+(?:suivant|d'après)",
        (ex("Il tombe malade en 1612. [Le printemps suivant], il meurt.", "1613-SP"),),
        origin=Origin.STORY,
        tense=1,
    ),
)
