"""French rules for periods named without a number: the start or end of the current period
("en fin d'année", "la fin du mois", "la fin de l'année dernière"), its halves ("la première
moitié de l'année"), "la nouvelle année", quarter codes ("T4 2018"), the night before ("la nuit
dernière"), days next to the story's ("le jour précédent", "le jour d'après"), and eras ("l'an
800", "476 apr. J.-C.").
"""

from __future__ import annotations

from ...model import Origin, Unit
from ...schema import Example as ex
from ...schema import Rule as R

_UNIT = r"(?P<unit>année|an|mois|décennie|semaine)"

PERIODS: tuple[R, ...] = (
    # the thirds convention, on the period the unit names around the reference date (or the
    # one before or after it); "en fin de compte", "au début du film" name no unit: no date
    R(
        "partie de la période en cours",
        r"(?:la\s+)?(?P<mod>début|fin|mi|milieu)(?:-|\s+(?:de\s+l'|d'|de\s+la\s+|du\s+|de\s+))"
        + _UNIT
        + r"(?:\s+(?P<deictic>dernière|dernier|prochaine|prochain|précédente|passée|en\s+cours))?"
        r"(?![\w-])",
        (
            ex("Le projet sera livré en [fin d'année].", "2015", "2015-09-01", "2015-12-31"),
            ex("À [la fin du mois], les stocks seront épuisés.", "2015-09", "2015-09-21"),
            ex("À [la fin de l'année dernière], il est parti.", "2014", "2014-09-01", "2014-12-31"),
            ex("À [la mi-année], le bilan était positif.", "2015", "2015-05-01", "2015-08-31"),
            ex("Au [début de la décennie], l'usine tournait.", "201", "2010-01-01", "2013-12-31"),
        ),
        deictic=0,
        origin=Origin.REFERENCE,
    ),
    R(
        "moitié de l'année",
        r"(?:la\s+)?(?P<half>première|seconde|deuxième)\s+moitié\s+de\s+l'(?:année|an)"
        r"(?:\s+(?P<deictic>dernière|prochaine|en\s+cours))?",
        (
            ex(
                "[La première moitié de l'année] a été difficile.",
                "2015-H1",
                "2015-01-01",
                "2015-06-30",
            ),
        ),
        unit=Unit.YEAR,
        deictic=0,
        origin=Origin.REFERENCE,
    ),
    R(
        "la nouvelle année",
        r"(?:la\s+)?nouvelle\s+année",
        (ex("Le pays a abordé [la nouvelle année] avec prudence.", "2015"),),
        unit=Unit.YEAR,
        deictic=0,
        origin=Origin.REFERENCE,
    ),
    R(
        "trimestre en code",
        r"(?-i:T)(?P<quarter>[1-4])\s+(?P<year>{YEAR})",
        (ex("Le chiffre d'affaires du [T4 2018] est en baisse.", "2018-Q4", "2018-10-01"),),
    ),
    R(
        "la nuit dernière",
        r"(?:la\s+)?(?P<pod>nuit)\s+(?:dernière|passée)",
        (ex("[La nuit dernière], le vent a soufflé.", "2015-09-14TNI"),),
        origin=Origin.REFERENCE,
        unit=Unit.DAY,
        amount=1,
        direction=-1,
    ),
    R(
        "le jour d'avant",
        r"(?:le\s+)?jour\s+(?:précédent|d'avant)",
        (ex("Le 9 mars 2012, il part. [Le jour précédent], il a plaidé.", "2012-03-08"),),
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
        direction=-1,
    ),
    R(
        "le jour d'après",
        r"(?:le\s+)?jour\s+(?:suivant|d'après)",
        (ex("Le 9 mars 2012, il part. [Le jour suivant], il revient.", "2012-03-10"),),
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
        direction=1,
    ),
    R(
        "jour d'une semaine relative",
        r"(?P<weekday>{WEEKDAY})\s+de\s+la\s+semaine\s+(?P<deictic>prochaine|dernière|passée)",
        (ex("L'audience est fixée à [mercredi de la semaine prochaine].", "2015-09-23"),),
        unit=Unit.WEEK,
    ),
    R(
        "l'an",
        r"l'an\s+(?P<year>\d{3,4}|mil|mille)(?!\s*(?:av|avant)\b)",
        (
            ex("couronné en [l'an 800]", "0800", "0800-01-01", "0800-12-31"),
            ex("En [l'an mil], la peur régnait.", "1000"),
        ),
    ),
    R(
        "après Jésus-Christ",
        r"(?P<year>\d{1,4})\s+(?P<era>apr\.?\s*J\.?\s*-?\s*C\.?|après\s+Jésus-Christ"
        r"|de\s+notre\s+ère)",
        (ex("L'Empire disparaît en [476 apr. J.-C.]", "0476"),),
    ),
)
