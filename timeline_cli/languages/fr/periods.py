"""French rules for periods named without a number: the start or end of the current period
("en fin d'année", "la fin du mois", "la fin de l'année dernière"), its halves ("la première
moitié de l'année"), "la nouvelle année", quarter codes ("T4 2018"), the night before ("la nuit
dernière"), days next to the story's ("le jour précédent", "le jour d'après"), and eras ("l'an
800", "476 apr. J.-C.").
"""

from __future__ import annotations

from ...model import Kind, Origin, Unit
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
        r"(?![\w-])(?!\s+(?:de\s+|d')(?:{MONTH}|l'année\s+\d|\d))",
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
        "partie du mois de",
        r"(?:la\s+)?(?P<mod>début|fin|mi|milieu)(?:-|\s+)du\s+mois\s+(?:de\s+|d')(?P<month>{MONTH})"
        r"(?:\s+(?P<year>{YY}))?",
        (
            ex(
                "Le siège commence à partir du [début du mois d'avril].",
                "2015-04",
                "2015-04-01",
                "-",
            ),
            ex(
                "[La fin du mois de juin 2014] a été chaude.", "2014-06", "2014-06-21", "2014-06-30"
            ),
        ),
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
        (ex("En janvier, les vœux pour [la nouvelle année] ont été présentés.", "2015"),),
        unit=Unit.YEAR,
        deictic=0,
        origin=Origin.REFERENCE,
    ),
    R(
        "dernier trimestre ou semestre d'une année",
        r"(?:le\s+)?dernier\s+(?:(?P<last_quarter>trimestre)|(?P<last_half>semestre))\s+"
        r"(?:de\s+|d')?(?:l'année\s+)?(?P<year>{YEAR})",
        (
            ex(
                "Au [dernier trimestre 2011], le PIB a reculé.",
                "2011-Q4",
                "2011-10-01",
                "2011-12-31",
            ),
            ex("Au [dernier semestre de 2013], les ventes ont baissé.", "2013-H2"),
        ),
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
    # the nth weekday, week or weekend of a month; a week belongs to the month of its Thursday
    # (ISO), a weekend to the month of its Saturday
    R(
        "nième jour, semaine ou week-end du mois",
        r"(?:le\s+|la\s+)?(?:(?P<nth>{ORDINAL})|(?P<nth_last>dernier|dernière))\s+"
        r"(?:(?P<weekday>{WEEKDAY})|(?P<unit>semaine|week-end))\s+(?:de\s+|d')(?P<month>{MONTH})"
        r"(?:\s+(?P<year>{YEAR}))?",
        (
            ex("Le scrutin aura lieu [le premier mardi d'octobre].", "2015-10-06"),
            ex("[Le troisième jeudi de novembre], le vin arrivera.", "2015-11-19"),
            ex("Le musée a fermé [le dernier dimanche de mars].", "2015-03-29"),
            ex(
                "[La dernière semaine de septembre 2014], le port a été bloqué.",
                "2014-W39",
                "2014-09-22",
                "2014-09-28",
            ),
            ex(
                "[Le premier week-end de septembre], la braderie a attiré les foules.",
                "2015-W36-WE",
                "2015-09-05",
                "2015-09-06",
            ),
        ),
    ),
    # one rule, not a word alternative in every day rule: number words are frequent
    R(
        "jour en lettres et mois",
        r"(?P<day>{DAY_WORD})\s+(?P<month>{MONTH})(?:\s+(?P<year>{YY}))?",
        (
            ex("Le [premier mars 2013], la réforme est entrée en vigueur.", "2013-03-01"),
            ex("Le [deux décembre 1851], il fait son coup d'État.", "1851-12-02"),
            ex("Le [trente et un décembre], les pompiers ont été mobilisés.", "2014-12-31"),
        ),
    ),
    R(
        "quinzaine du mois",
        r"(?:la\s+)?(?P<half>première|seconde|deuxième)\s+quinzaine\s+(?:de\s+|d')(?P<month>{MONTH})"
        r"(?:\s+(?P<year>{YEAR}))?",
        (
            ex(
                "[La première quinzaine d'avril] a été pluvieuse.",
                "2015-04-01/2015-04-15",
                "2015-04-01",
                "2015-04-15",
            ),
        ),
    ),
    R(
        "la semaine ou le week-end du",
        r"(?:la\s+|le\s+)?(?P<unit>semaine|week-end|weekend)\s+du\s+(?P<day>1er|{DAY})\s+"
        r"(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?",
        (
            ex(
                "Le chantier reprendra [la semaine du 5 octobre].",
                "2015-W41",
                "2015-10-05",
                "2015-10-11",
            ),
            # the weekend a day falls in, or the one a Monday or a Tuesday ends (a long one)
            ex(
                "[Le week-end du 14 juillet 2014], il a plu.",
                "2014-W28-WE",
                "2014-07-12",
                "2014-07-13",
            ),
            ex(
                "[Le week-end du 15 août 2015], la route est fermée.",
                "2015-W33-WE",
                "2015-08-15",
                "2015-08-16",
            ),
        ),
    ),
    # a day of the month alone: the month of the story, else the nearest one in the tense
    R(
        "jour du mois seul",
        r"(?:le|du|au)\s+(?P<x>(?P<day>1er|[0-3]?\d)(?![\d,.]\d))"
        r"(?!\s*,?\s*(?:bis|ter)?,?\s*{STREET}(?!\w))"  # a house number: "au 5, rue de la Paix"
        # then a punctuation mark (a closing quotation mark too), a word that starts a clause,
        # or a clock time ("le 16 à 18h": the day, then the time on it)
        r"(?=\s*[,.;:!?)\"»”]|\s+(?:et|puis|il|elle|ils|elles|on|la|le|les|l'|un|une|des)\b"
        r"|\s+à\s+\d{1,2}\s*(?:h|heures?)(?!\w))",
        (
            ex(
                "Le 14 juin 1940, l'armée entre dans Paris. Le [22], l'armistice est signé.",
                "1940-06-22",
            ),
            ex("« L'ouverture aura lieu le [23] », prévoit l'élu.", "2015-09-23"),
            ex("La réunion aura lieu le [16] à 18h.", "2015-09-16"),
            ex("Le conseil se réunira le [24].", "2015-09-24"),
            ex("Le [3], la police a perquisitionné son domicile.", "2015-09-03"),
            ex("Les travaux reprennent le [5], au centre de la place.", "2015-09-05"),
        ),
    ),
    R(
        "l'an",
        r"l'an\s+(?P<year>\d{3,4}|mil|mille)(?!\s*(?:av|avant)\b)",
        (
            ex("couronné en [l'an 800]", "0800", "0800-01-01", "0800-12-31"),
            ex("En [l'an mil], la peur régnait.", "1000"),
        ),
    ),
)

# Not dates: the noun "veille" (standby, monitoring) and the trimesters of a pregnancy;
# registered with the traps, before the rules they tie with.
NOT_DATES: tuple[R, ...] = (
    R(
        "veille, le nom",
        r"(?:en|mode)\s+veille|veille\s+(?:technologique|stratégique|sanitaire|juridique"
        r"|concurrentielle|médiatique|informationnelle)",
        (
            ex("L'ordinateur est resté [en veille] toute la nuit."),
            ex("Le service de [veille technologique] a été renforcé."),
        ),
        kind=Kind.IGNORE,
    ),
    R(
        "trimestre de grossesse",
        r"(?:{ORDINAL}|dernier)\s+trimestre\s+de\s+(?:la\s+|sa\s+)?grossesse",
        (ex("Au [premier trimestre de grossesse], la fatigue est fréquente."),),
        kind=Kind.IGNORE,
    ),
)
