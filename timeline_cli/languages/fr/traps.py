"""French rules that tag nothing: words that look like dates and are not (ages, rates,
counts, names). A rule of kind `ignore` wins its span, so it must come before the rule it stops.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R
from ..common import PRODUCT_NAMES, RATIO

# people and animals whose "de 6 ans" is an age; after another noun it is a duration ("une
# peine de 5 ans", "un contrat de dix-huit mois")
_AGED = (
    r"(?:enfant|homme|femme|fille|fillette|garçon|bébé|nourrisson|jeune|adolescente?|ado"
    r"|victime|conducteur|conductrice|automobiliste|passager|passagère|piéton|piétonne|personne"
    r"|patiente?|individu|suspecte?|mineure?|retraitée?|dame|monsieur|étudiante?|élève|fils"
    r"|frère|sœur|soeur|père|mère|grand-père|grand-mère|chien|chienne|cheval|jument|chat"
    r"|militaire|soldat|policier|policière|salariée?|ouvrier|ouvrière|cycliste|motard"
    r"|quadragénaire|quinquagénaire|sexagénaire|septuagénaire|octogénaire|nonagénaire)s?"
)
_AGE = (
    r"(?:\d{1,3}(?:\s*(?:-|à)\s*\d{1,3})?\s+|{NUMBER}\s+|{APPROX_NUMBER}\s+d(?:e\s+|'))"
    r"(?:ans|mois|semaines|années)"
)

NOT_DATES: tuple[R, ...] = (
    # "au plus tard" / "au plus tôt" bound the date before them ("le 24 février au plus
    # tard"): not the vague "plus tard" (later on) of their own
    R(
        "au plus tard",
        r"au\s+plus\s+(?:tard|tôt)",
        (
            ex("Les travaux s'achèveront le 24 février [au plus tard]."),
            ex("Le dossier sera rendu [au plus tôt] en mars."),
        ),
        kind=Kind.IGNORE,
    ),
    # "la soirée" qu'on quitte ou qu'on organise est une fête, pas le soir : "il avait quitté
    # la soirée vers 4 heures", "une soirée d'anniversaire"
    R(
        "soirée comme fête",
        r"\b(?:quitt|rejoi[gn]|organis|anim|gâch)\w*\s+(?:la|une|cette|sa|leur)\s+soirée"
        r"|soirées?\s+(?:d['’]anniversaire|de\s+gala|dansantes?|de\s+soutien|électorales?"
        r"|festives?|privées?|de\s+lancement|de\s+clôture|d['’]ouverture)",
        (
            ex("Il avait [quitté la soirée] vers 4 heures."),
            ex("Une [soirée de gala] réunira les donateurs."),
        ),
        kind=Kind.IGNORE,
    ),
    # une plaque d'immatriculation : "immatriculée 2066 AB 31"
    R(
        "plaque d'immatriculation",
        r"(?:plaques?\s+d['’]immatriculation|immatricul(?:ée?s?|ation))\s+(?:n°\s*)?"
        r"(?-i:[A-Z0-9-]*\d[A-Z0-9-]*(?:\s+[A-Z]{1,3}\b)?(?:\s+\d{2,3}\b)?)",
        (ex("Une voiture [immatriculée 2066 AB 31] a été volée."),),
        kind=Kind.IGNORE,
    ),
    R(
        "âge",
        r"(?:(?<=,\s)|(?<=\bde\s)|(?<=\bles\s)|(?<=\bdes\s)|(?<=\baux\s))"
        r"\d{1,3}(?:\s*(?:-|à)\s*\d{1,3})?\s+ans(?!\s+(?:plus\s+tard|plus\s+tôt|après|avant))"
        r"|(?<=\bd')une\s+(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine)"
        r"\s+d'années",
        (
            ex("Jean Dupont, [87 ans], a été blessé."),
            ex("pour les [0-6 ans]"),
            ex("Une Alsacienne de [6 ans] se noie."),
            ex("Une femme d'[une trentaine d'années] a été blessée."),
        ),
        kind=Kind.IGNORE,
    ),
    R(
        "âge après son nom",
        _AGED + r"(?:\s+âgée?s?)?\s+(?:de\s+|d')(?:(?:environ|près\s+de)\s+)?" + _AGE,
        (
            ex("un [enfant de 6 ans]"),
            ex("Une [femme d'une quarantaine d'années] a été interpellée."),
            ex("Un [bébé de trois mois] a été retrouvé."),
        ),
        kind=Kind.IGNORE,
    ),
    R(
        "âgé de",
        r"[aâ]gée?s?\s+(?:de\s+|d')(?:(?:environ|près\s+de)\s+)?" + _AGE,
        (ex("Un enfant [âgé de 18 mois] a été hospitalisé."),),
        kind=Kind.IGNORE,
    ),
    # a decade in words after a possessive is a time of one's life, not the decade: "ses
    # années trente" (a decade in figures, "ses années 80", stays the decade)
    R(
        "années d'une vie",
        r"(?:mes|tes|ses|nos|vos|leurs)\s+années\s+{DECADE}(?!-)",
        (
            ex("Elle a passé [ses années trente] à voyager."),
            ex("[Leurs années soixante] ont été studieuses."),
        ),
        kind=Kind.IGNORE,
    ),
    # "À 65 ans, il a pris sa retraite": at that age; "condamné à 5 ans de prison" is a duration
    R(
        "à tel âge",
        r"(?<!condamné\s)(?<!condamnée\s)(?<![\w'])(?:à|dès)\s+(?:l'âge\s+de\s+)?\d{1,3}\s+ans"
        r"(?!\s+(?:de|d'|ferme|avec|plus|après|avant)\b)",
        (ex("[À 65 ans], il a pris sa retraite."),),
        kind=Kind.IGNORE,
    ),
    # an age said with "avoir" ("Il a 60 ans", "elle avait 19 ans quand", "A 60 ans, elle
    # ..." where the capital lost its accent, "il a alors trente-quatre ans"); "a 10 ans de
    # retard", "il y a 60 ans" are not; "il a aujourd'hui 60 ans" keeps its "aujourd'hui"
    R(
        "âge avec avoir",
        r"(?<![\w'’])(?<!y\s)(?:a|avait|aura|aurait|ont|avaient|auront|auraient|avoir|ayant)\s+"
        r"(?:(?:déjà|presque|bientôt|seulement|tout\s+juste|à\s+peine|alors|désormais"
        r"|encore|donc|enfin)\s+)?(?:\d{1,3}|{NUM})\s+ans"
        r"(?!\s*(?:de|d'|d’|ferme|plus|après|avant|depuis|que|qu'|qu’|lorsque|pour)\b)",
        (
            ex("Elle [a 60 ans] et vit à Paris."),
            ex("Il [avait 19 ans] quand il est parti."),
            ex("[A 60 ans], elle dirige encore l'entreprise."),
            ex("Le sculpteur [a alors trente-quatre ans]."),
        ),
        kind=Kind.IGNORE,
    ),
    # numbers that are no date: a count before "autres" ("avec 1500 autres manifestants"), a
    # capitalised unit that names something ("les 24 Heures du Mans", "20 Minutes"), a ratio
    # ("1:10:100"; "Jean 3:16" is no time: a colon needs a cue word, times.py); one rule, as
    # they all start on a digit
    R(
        "nombre qui n'est pas une date",
        r"(?<![\d.,])(?:\d{1,3}(?:[\s.]\d{3})+|\d+)\s+(?:autres|nouveaux|nouvelles)\b"
        r"|(?-i:\d+\s+(?:Heures|Minutes|Secondes))(?=\s*[,;:.)»\"']*\s*(?:[a-zà-ÿ]|$))|" + RATIO,
        (
            ex("Il a défilé avec [1800 autres] grévistes."),
            ex("Il a remporté les [24 Heures] du Mans."),
            ex("Selon le quotidien [20 Minutes], l'accord est proche."),
            ex("Le ratio est de [1:10:100]."),
        ),
        kind=Kind.IGNORE,
    ),
    R(
        "une seconde fois",
        r"(?:une|la|sa|leur|cette)\s+seconde(?=\s+[a-zà-ÿ])"
        r"(?!\s+(?:plus|après|avant|de|d'|près|à|et|ou|pour|seulement|suffit|suffisent)\b)",
        (
            ex("Elle a tenté sa chance [une seconde] fois."),
            ex("[La Seconde] Guerre mondiale a ravagé la ville."),
        ),
        kind=Kind.IGNORE,
    ),
    R(
        "du jour au lendemain",
        r"du\s+jour\s+au\s+lendemain|sans\s+lendemain",
        (ex("Il est devenu célèbre [du jour au lendemain]."),),
        kind=Kind.IGNORE,
    ),
    # a kind of day, not one day long: "un jour faste", "un jour férié"
    R(
        "un jour qualifié",
        r"(?:un|une)\s+(?:jour|journée)\s+(?:faste|néfaste|férié|chômé|ouvré|ouvrable|ordinaire"
        r"|noir|sombre|historique|béni|maudit|mémorable|comme\s+les\s+autres)",
        (ex("C'était [un jour faste] pour la Bourse."),),
        kind=Kind.IGNORE,
    ),
    R(
        "nom de produit",
        PRODUCT_NAMES,
        (ex("Il conduit une [Peugeot 2008] grise."),),
        kind=Kind.IGNORE,
    ),
    R(
        "nom propre avec un jour",
        r"(?-i:Journal\s+du\s+dimanche)",
        (ex("Le [Journal du dimanche] a révélé l'affaire."),),
        kind=Kind.IGNORE,
    ),
)
