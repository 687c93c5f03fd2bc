"""French rules for vague references, as French TimeBank annotates them (TIMEX3 type TIME):
"prochain" and "futur" before their noun ("le prochain congrès", "les futurs locataires",
"les générations futures"), "précédent" ("le précédent gouvernement"), and the "ici" of
"d'ici" (the reference date the span counts from: "d'ici trois ans"); and sets of days or
parts of days ("les jeudis", "chaque matin", "les premier et troisième samedis du mois").
"""

from __future__ import annotations

from ...model import Kind, Origin, Unit
from ...schema import Example as ex
from ...schema import Rule as R

_DETERMINER = (
    r"(?<![\w'])(?:le|la|les|l'|du|des|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos"
    r"|votre|vos|mon|ma|mes)"
)
# a time word after "prochain" makes a longer expression of its own ("la prochaine semaine")
_NOT_A_UNIT = r"(?!\s+(?:{UNIT}|{WEEKDAY}|{MONTH}|{SEASON})(?!\w))"

VAGUE: tuple[R, ...] = (
    # "un jour" en tête de proposition est un jour non daté du récit ("Un jour, il a reçu une
    # lettre"), pas une durée ("la grève a duré un jour", "un jour de grève", "un jour plus tard")
    R(
        "un jour du récit",
        r"(?:^|(?<=\n)|(?<=[.!?;:,]\s)|(?<=[\"«“]\s)|(?<=[\"«“]))(?P<x>un\s+(?:beau\s+)?jour)"
        r"(?=\s*,|\s+(?:il|elle|ils|elles|on|je|nous|vous|le|la|les|l'|son|sa|ses|leur|alors"
        r"|pourtant|enfin)\b)",
        (
            ex("[Un jour], il a reçu une lettre.", "XXXX-XX-XX", "-", "-", "DATE"),
            ex("Puis, [un beau jour] la lettre est arrivée.", "XXXX-XX-XX"),
        ),
        kind=Kind.GENERIC,
        unit=Unit.DAY,
    ),
    R(
        "prochain devant son nom",
        _DETERMINER + r"\s+(?P<x>prochaine?s?)(?=\s+(?-i:[a-zà-ÿ]))" + _NOT_A_UNIT,
        (
            ex("Le [prochain] congrès se tiendra à Marseille.", "FUTURE_REF", "-", "-", "TIME"),
            ex("Les [prochaines] réunions auront lieu à Metz.", "FUTURE_REF"),
        ),
        kind=Kind.FUTURE,
    ),
    R(
        "futur devant son nom",
        _DETERMINER + r"\s+(?P<x>futur(?:e|s|es)?)(?=\s+(?-i:[a-zà-ÿ]))"
        r"(?!\s+(?:simple|antérieur|proche|composé)\b)",
        (ex("Les [futurs] locataires visiteront l'immeuble.", "FUTURE_REF", "-", "-", "TIME"),),
        kind=Kind.FUTURE,
    ),
    R(
        "futur après son nom",
        r"(?<=[a-zà-ÿ]{3}s\s)(?P<x>futur(?:e?s))(?![\w'-])",
        (ex("pour les générations [futures].", "FUTURE_REF", "-", "-", "TIME"),),
        kind=Kind.FUTURE,
    ),
    R(
        "précédent devant son nom",
        r"(?<![\w'])(?:le|la|les|l'|son|sa|ses|leur|leurs)\s+(?P<x>précédente?s?)(?=\s+(?-i:[a-zà-ÿ]))"
        r"(?!\s+(?:de|du|des|d'|qui|que|historique|dangereux|fâcheux|juridique|{UNIT})\b)",
        (ex("Le [précédent] gouvernement avait promis une baisse.", "PAST_REF", "-", "-", "TIME"),),
        kind=Kind.PAST,
    ),
    # French TimeBank tags the "ici" of "d'ici" as the reference date the span counts from
    R(
        "ici de d'ici",
        r"d'(?P<x>ici)(?=\s+(?:à\s+)?(?:la\s+fin|le\s+début|la\s+mi|fin|début|mi-|\d|{NUMBER}"
        r"|{MONTH}|{WEEKDAY}|{RELDAY}|quelques|plusieurs|l'an|l'année|l'été|l'automne|l'hiver"
        r"|le\s+printemps|ce\s+soir|cette|ce\s+week-end|peu)(?!\w))",
        (
            ex("D'[ici] trois ans, la ligne sera électrifiée.", "2015-09-15", type="DATE"),
            ex("Le chantier doit être achevé d'[ici] la fin du mois.", "2015-09-15"),
        ),
        origin=Origin.REFERENCE,
        unit=Unit.DAY,
        amount=0,
    ),
)

SETS: tuple[R, ...] = (
    R(
        "les jours de la semaine",
        r"(?<![\w'])les\s+(?:(?:{ORDINAL})(?:\s*(?:,|et)\s*(?:{ORDINAL}))*\s+)?"
        r"(?P<weekday>{WEEKDAY})(?<=s)(?:\s+(?:de\s+chaque|du)\s+mois)?",
        (
            ex("[Les jeudis], la bibliothèque ferme tôt.", "XXXX-WXX-4", "-", "-", "SET"),
            ex(
                "Le marché se tient [les premier et troisième samedis de chaque mois].",
                "XXXX-WXX-6",
            ),
        ),
        kind=Kind.SET,
        quant="EVERY",
    ),
    R(
        "tel jour de chaque mois",
        r"le\s+(?:{ORDINAL})\s+(?P<weekday>{WEEKDAY})\s+de\s+chaque\s+mois",
        (
            ex(
                "Le comité se réunit [le premier lundi de chaque mois].",
                "XXXX-WXX-1",
                "-",
                "-",
                "SET",
            ),
        ),
        kind=Kind.SET,
        quant="EVERY",
    ),
    R(
        "chaque moment du jour",
        r"(?:chaque|tous\s+les|toutes\s+les)\s+(?P<pod>matin|matins|soir|soirs|nuit|nuits"
        r"|après-midi)(?![\w-])",
        (ex("Il court [chaque matin] le long du canal.", "XXXX-XX-XXTMO", "-", "-", "SET"),),
        kind=Kind.SET,
        quant="EVERY",
    ),
    R(
        "chaque date",
        r"(?:chaque|tous\s+les)\s+(?P<day>{DAY})\s+(?P<month>{MONTH})",
        (ex("[Chaque 14 juillet], le maire dépose une gerbe.", "XXXX-07-14", "-", "-", "SET"),),
        kind=Kind.SET,
        quant="EVERY",
    ),
)
