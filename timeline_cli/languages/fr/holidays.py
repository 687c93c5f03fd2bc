"""French holidays: the names (`NAMES`, the vocabulary table `HOLIDAYS` of `vocabulary.py`) and
the rules that find them. A name means a fixed day (`Rule.calendar`), or a movable feast by its
key in `timeline_cli.feasts` (Pâques and the days that hang on it, the feasts of the Islamic,
Hebrew, Hindu and Chinese calendars). The names are matched with their capitals as written
below: "l'Ascension", "la Toussaint", "l'Armistice" are holidays, "l'ascension d'un col", "un
armistice" are not. A holiday is never the plain weekday in its name ("Mardi gras" is not
last Tuesday); a name that is a person, a place or an agreement ("Toussaint Louverture", "l'île
de Pâques", "le Père Noël", "l'accord du Vendredi saint") is no date.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R


def _cases(*names: str) -> tuple[str, ...]:
    """Each name as written and with a capital or small first letter ("mardi gras")."""
    return tuple({v for n in names for v in (n, n[0].upper() + n[1:], n[0].lower() + n[1:])})


_FIXED: dict[str, tuple[int, int, int | None]] = {
    "Noël": (12, 25, None),
    **dict.fromkeys(_cases("réveillon de Noël", "veille de Noël"), (12, 24, None)),
    **dict.fromkeys(_cases("jour de l'an", "Nouvel An", "premier de l'an"), (1, 1, None)),
    **dict.fromkeys(("Saint-Sylvestre", *_cases("réveillon de la Saint-Sylvestre",
                     "réveillon du Nouvel An", "réveillon du nouvel an")), (12, 31, None)),
    "Toussaint": (11, 1, None),
    **dict.fromkeys(_cases("fête du Travail"), (5, 1, None)),
    "Armistice": (11, 11, None),
    "Assomption": (8, 15, None),
    "Saint-Valentin": (2, 14, None),
    **dict.fromkeys(("Épiphanie", "Epiphanie"), (1, 6, None)),
    "Chandeleur": (2, 2, None),
    **dict.fromkeys(_cases("fête de la musique", "Fête de la Musique"), (6, 21, None)),
}  # fmt: skip

_MOVABLE = {
    **dict.fromkeys(("Pâques", *_cases("dimanche de Pâques", "jour de Pâques")), "easter"),
    **dict.fromkeys(_cases("lundi de Pâques"), "easter_monday"),
    **dict.fromkeys(_cases("vendredi saint", "Vendredi Saint"), "good_friday"),
    **dict.fromkeys(_cases("jeudi saint", "Jeudi Saint"), "holy_thursday"),
    **dict.fromkeys(("Rameaux", *_cases("dimanche des Rameaux")), "palm_sunday"),
    **dict.fromkeys(_cases("mercredi des Cendres", "mercredi des cendres"), "ash_wednesday"),
    **dict.fromkeys(_cases("mardi gras", "Mardi Gras"), "shrove_tuesday"),
    **dict.fromkeys(("Ascension", *_cases("jeudi de l'Ascension")), "ascension"),
    **dict.fromkeys(("Pentecôte", *_cases("dimanche de Pentecôte")), "pentecost"),
    **dict.fromkeys(_cases("lundi de Pentecôte"), "whit_monday"),
    **dict.fromkeys(("Semaine sainte", "semaine sainte"), "holy_week"),
    **dict.fromkeys(_cases("ramadan", "ramadhan", "mois de ramadan", "mois du ramadan"),
                    "ramadan"),
    **dict.fromkeys(("Aïd el-Fitr", "Aïd al-Fitr", "Aid el-Fitr", "Aïd el-Séghir",
                     "Aïd el-Seghir", "Aïd es-Seghir"), "eid_al_fitr"),
    **dict.fromkeys(("Aïd el-Kébir", "Aïd el-Kebir", "Aid el-Kebir", "Aïd al-Adha",
                     "Aïd el-Adha", "Tabaski"), "eid_al_adha"),
    **dict.fromkeys(("Roch Hachana", "Roch Hachanah", "Rosh Hashana", "Rosh Hashanah"),
                    "rosh_hashanah"),
    **dict.fromkeys(("Yom Kippour", "Yom Kippur"), "yom_kippur"),
    **dict.fromkeys(("Hanoukka", "Hanouka", "Hanoukah", "Hanukkah"), "hanukkah"),
    **dict.fromkeys(("Pessah", "Pessa'h", "Pâque juive"), "passover"),
    **dict.fromkeys(("Diwali", "Deepavali"), "diwali"),
    **dict.fromkeys(_cases("Nouvel An chinois", "Nouvel An lunaire", "nouvel an chinois"),
                    "chinese_new_year"),
}  # fmt: skip

NAMES: dict[str, object] = {**_FIXED, **_MOVABLE}  # the vocabulary slot "holidays"

# "la fête de Pentecôte", "cette fête de Pâques": one expression with the name
_FEAST_OF = r"(?:(?:la|cette)\s+fête\s+(?:de\s+l'|de\s+la\s+|de\s+|du\s+))?"
_ARTICLE = r"(?:(?:la|le|Le|La)\s+|[Ll]')?"
# "l'armistice de 1918" is that armistice; "l'Ascension du mont Blanc" no feast
_AFTER = r"(?:\s+(?P<year>{YEAR})|\s+(?P<deictic>{NEXT_LAST}))?(?![\w-])(?!\s+(?:du|des|d')\s)"

HOLIDAYS: tuple[R, ...] = (
    R(
        "nom de fête qui n'est pas une date",
        # a first name before a surname too: "Noël Mamère", "Toussaint Louverture"
        r"(?:[Pp]ère|[Pp]apa)\s+Noël|(?:arbre|sapins?)\s+de\s+Noël|[îi]le\s+de\s+Pâques"
        r"|œufs?\s+de\s+Pâques|(?<![Àà]\s)(?<!depuis\s)(?:Toussaint|Noël)\s+(?:Le\s+|De\s+)?"
        r"[A-Z][a-zà-ÿ]+"
        r"|accords?\s+du\s+[Vv]endredi\s+[Ss]aint",
        (
            ex("[Le Père Noël] a distribué des jouets."),
            ex("Le [père Noël] passera ce soir."),
            ex("[Noël Mamère] a quitté le parti."),
            ex("[Toussaint Louverture] est mort au fort de Joux."),
            ex("Les statues de [l'île de Pâques]."),
            ex("[L'accord du Vendredi saint] a mis fin au conflit."),
        ),
        kind=Kind.IGNORE,
        case_sensitive=True,
    ),
    R(
        "fête",
        rf"{_FEAST_OF}{_ARTICLE}(?P<holiday>{{HOLIDAY}}){_AFTER}",
        (
            ex("À [Noël], les enfants ouvriront leurs cadeaux.", "2015-12-25"),
            ex("[Le jour de l'an 2014], la neige est tombée.", "2014-01-01"),
            ex("Les cimetières seront fleuris pour [la Toussaint].", "2015-11-01"),
            ex("Le défilé de [la fête du Travail] a réuni 20 000 personnes.", "2015-05-01"),
            ex("Ils se rassembleront pour [l'Armistice].", "2015-11-11"),
            ex("À [Pâques], les cloches sonneront.", "2016-03-27"),
            ex("[Le lundi de Pâques 2015], la circulation était dense.", "2015-04-06"),
            ex("Le carnaval défilera le jour de [Mardi gras].", "2016-02-09"),
            ex("Le pont de [l'Ascension] a vidé les bureaux.", "2015-05-14"),
            ex("Il viendra pour [cette fête de Pentecôte].", "2016-05-15"),
            ex("Pendant [le ramadan], le marché a changé d'horaires.", "2015-06-18/2015-07-16"),
            ex("[L'Aïd el-Fitr] a été célébré dans la joie.", "2015-07-17"),
            ex("[L'Aïd el-Kébir] sera fêté la semaine prochaine.", "2015-09-23"),
            ex("[Roch Hachana] a été célébré lundi.", "2015-09-14/2015-09-15"),
            ex("Les bougies de [Hanoukka] seront allumées.", "2015-12-07/2015-12-14"),
            ex("La famille s'est réunie pour [Pessah].", "2015-04-04/2015-04-11"),
            ex("[Le Nouvel An chinois 2016] sera celui du Singe.", "2016-02-08"),
            ex("[Diwali] sera fêté à La Chapelle en novembre.", "2015-11-11"),
        ),
        case_sensitive=True,
    ),
)
