"""French rules for times of day: clock times in digits or words ("à quinze heures trente",
"3 heures du matin"), noon and midnight, a clock time before its day word ("à 6 h 45, lundi"),
one night ("la nuit de samedi à dimanche") and night as an adjective ("nocturne").

A date and its clock time are two expressions, as French TimeBank tags them ("[samedi 24
juillet] à [15 h 45]"); the clock time takes the day of the date before it (the story), or of
the day word right after it.

A clock time counted in hours ("15 heures") is a time only where a clock time is meant: after
"à", "vers", "dès"... or with "du matin"; "pendant 15 heures" stays a duration.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R

CLOCK_TIMES: tuple[R, ...] = (
    R(
        "heure après une préposition",
        r"(?:{AT}\s+|(?=vers\s)|(?:depuis|de|à\s+partir\s+de)\s+(?=(?:[01]?\d|2[0-3]):\d\d))"
        r"(?:vers\s+)?(?P<x>(?:{CLOCK_ANY}{NOT_A_CLOCK}"
        r"|(?-i:(?P<pod>midi|minuit))"
        r"(?:\s+(?P<pod_minute>et\s+demi(?!e)|{MINUTE_WORDS}|[0-5]\d(?!\d)))?"
        r"(?![\w-])))"
        r"{DAY_AFTER}",
        (
            ex("Le train partira à [quinze heures trente].", "2015-09-15T15:30", type="TIME"),
            ex("Il a été réveillé à [3 heures du matin].", "2015-09-15T03:00"),
            ex("Le bureau ouvre à [9 heures et quart].", "2015-09-15T09:15"),
            ex("La liaison est rétablie depuis [10:30].", "2015-09-15T10:30"),
            ex("Le train a déraillé à [6 h 45], lundi.", "2015-09-14T06:45"),
            ex("Le colis a été déposé à [7 h], hier.", "2015-09-14T07:00"),
            # noon and midnight: "12:00" and "24:00" of the day
            ex("Hier, à [midi], un camion s'est renversé.", "2015-09-14T12:00"),
            ex("Le bar devra fermer à [minuit].", "2015-09-15T24:00"),
            # minutes after noon or midnight: "minuit trente" is half past midnight
            ex("Il a quitté la salle [vers minuit trente].", "2015-09-15T00:30"),
            ex("Le train part à [midi et quart].", "2015-09-15T12:15"),
            ex("Le convoi partira à [8 heures du soir].", "2015-09-15T20:00"),
            ex("À partir de [10 heures], jeux pour enfants.", "2015-09-15T10:00"),
        ),
        kind=Kind.TIME,
    ),
    # a clock time alone in brackets after what happens then, as programmes write it: "Le feu
    # d'artifice (23 heures)", "la messe (10 h 30)"; a length in brackets has its own word
    # ("(48 heures de garde à vue)")
    R(
        "heure entre parenthèses",
        r"(?<=\()\s*(?P<x>{CLOCK_ANY})\s*(?=\))",
        (
            ex("Le feu d'artifice ([23 heures]) sera tiré du pont.", "2015-09-15T23:00"),
            ex("La messe ([10 h 30]) ouvre la fête.", "2015-09-15T10:30"),
        ),
        kind=Kind.TIME,
    ),
    R(
        "heure du matin",
        r"(?P<hour>[01]?\d|2[0-3]|{HOUR_WORDS})\s+heures?(?:\s+(?P<minute>[0-5]\d|{MINUTE_WORDS}))?"
        r"\s+(?P<ampm>{DAY_HALF})",
        (ex("Il est [4 heures du matin] à Paris.", "2015-09-15T04:00", type="TIME"),),
        kind=Kind.TIME,
    ),
    R(
        # the first end may leave out its "heures" ("de 9 à 17 heures"); with it, "14 heures"
        # would otherwise be read as a length ("de 14 heures à 18 heures"); not hours of work
        # a day ("de 6 heures à 8 heures par jour")
        "de telle heure à telle heure",
        # ("first": the first expression whole, "10 h", for its part in a range)
        r"(?:de|entre)\s+(?P<x>(?P<first>(?P<hour>[01]?\d|2[0-3])"
        r"(?:\s*(?:heures?|h)(?:\s*(?P<minute>[0-5]\d))?)?)\s*(?:à|et|-)\s*(?P<hour2>[01]?\d|2[0-3])\s*(?:heures|h)(?:\s*(?P<minute2>[0-5]\d))?)"
        r"(?![\w-])(?!\s+(?:par\s|de\s+(?:travail|route|trajet|vol|marche|cours|retard|sommeil)))"
        # a weekday right after it gives both ends their day: "de 9 heures à 17 heures vendredi"
        r"(?:(?=,?\s+(?P<weekday2>{WEEKDAY})(?![\w-]))|)",
        (
            ex("Le guichet est ouvert de [9 à 17 heures].", "2015-09-15T09:00/2015-09-15T17:00"),
            ex("Le bureau ouvre de [14 heures à 18 heures].", "2015-09-15T14:00/2015-09-15T18:00"),
            ex(
                "Le couvre-feu s'applique entre [21 heures et 6 heures].",
                "2015-09-15T21:00/2015-09-16T06:00",
            ),
            ex("Visite de [10h30 à 12h].", "2015-09-15T10:30/2015-09-15T12:00"),
            ex(
                "Le magasin sera ouvert de [9 heures à 17 heures] vendredi.",
                "2015-09-18T09:00/2015-09-18T17:00",
            ),
        ),
        kind=Kind.TIME,
    ),
    R(
        "nuit de tel jour à tel jour",
        r"(?:la\s+)?(?P<pod>nuit)\s+(?:de\s+(?P<weekday>{WEEKDAY})(?:\s+(?:à|au)\s+{WEEKDAY})?"
        r"|du\s+(?P<day>{DAY})\s+au\s+{DAY}(?:\s+(?P<month>{MONTH})(?:\s+(?P<year>{YEAR}))?)?)",
        (
            ex("Dans [la nuit de samedi à dimanche], trois voitures ont brûlé.", "2015-09-12TNI"),
            ex("Le scrutin sera dépouillé dans [la nuit de mercredi à jeudi].", "2015-09-16TNI"),
            ex("[La nuit du 13 au 14 juillet 2014], la foule a dansé.", "2014-07-13TNI"),
            ex("Le marquage se fera dans [la nuit du 21 au 22].", "2015-09-21TNI"),
        ),
        kind=Kind.TIME,
    ),
    # an adjective of the night, after its noun: "une fusillade nocturne", "des randonnées
    # nocturnes"; the noun ("un nocturne de Chopin") is not a time
    R(
        "nocturne",
        r"(?<!\bun\s)(?<!\bune\s)(?<!\ble\s)(?<!\bles\s)(?<!\bdes\s)(?<!\bdu\s)(?<!\bce\s)"
        r"(?<!\bces\s)(?<!\bson\s)(?<!\bses\s)(?P<pod>nocturnes?)",
        (ex("Une fusillade [nocturne] a fait deux blessés.", "TNI", "-", "-", "TIME"),),
        kind=Kind.GENERIC,
    ),
)
