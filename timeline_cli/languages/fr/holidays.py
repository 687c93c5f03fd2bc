"""French rules for holidays: a fixed day (`Rule.calendar`), or a movable feast named by its key
in `timeline_cli.feasts` (Pâques and the days that hang on it, the feasts of the Islamic, Hebrew,
Hindu and Chinese calendars). A holiday is never the plain weekday in its name ("Mardi gras" is
not last Tuesday); a name that is a person or a place ("Toussaint Louverture", "l'île de Pâques",
"le Père Noël") is no date.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R

# Fixed days: name, words, (month, day, weekday or None; see Rule.calendar), example, value.
# Words that are also common nouns ("l'ascension d'un col", "un armistice") need their capital.
_DAYS = (
    ("Noël", r"(?-i:N)oël", (12, 25, None), "À [Noël], les enfants ouvriront leurs cadeaux.",
     "2015-12-25"),
    ("réveillon de Noël", r"(?:le\s+)?réveillon\s+de\s+Noël|(?:la\s+)?veille\s+de\s+Noël",
     (12, 24, None), "Il a quitté Paris [la veille de Noël].", "2014-12-24"),
    ("jour de l'an", r"(?:le\s+)?jour\s+de\s+l'an|(?-i:N)ouvel\s+An(?!\s+chinois)",
     (1, 1, None), "[Le jour de l'an 2014], la neige est tombée.", "2014-01-01"),
    ("Saint-Sylvestre", r"(?:la\s+)?(?-i:S)aint[\s-]Sylvestre|réveillon\s+du\s+(?:31\s+décembre"
     r"|nouvel\s+an)", (12, 31, None), "La fête aura lieu à [la Saint-Sylvestre].",
     "2015-12-31"),
    ("Toussaint", r"(?:la\s+)?(?-i:T)oussaint", (11, 1, None),
     "Les cimetières seront fleuris pour [la Toussaint].", "2015-11-01"),
    ("fête du Travail", r"(?:la\s+)?fête\s+du\s+(?-i:T)ravail", (5, 1, None),
     "Le défilé de [la fête du Travail] a réuni 20 000 personnes.", "2015-05-01"),
    ("Armistice", r"(?:l')?(?-i:A)rmistice(?!\s+(?:de|du|d')\s)", (11, 11, None),
     "Ils se rassembleront pour [l'Armistice].", "2015-11-11"),
    ("Assomption", r"(?:l')?(?-i:A)ssomption", (8, 15, None),
     "Le pont de [l'Assomption] a été chargé.",
     "2015-08-15"),
    ("Saint-Valentin", r"(?:la\s+)?(?-i:S)aint[\s-]Valentin", (2, 14, None),
     "Les fleuristes ont été débordés à [la Saint-Valentin].", "2015-02-14"),
    ("Épiphanie", r"(?:l')?(?-i:É|E)piphanie", (1, 6, None),
     "La galette sera partagée à [l'Épiphanie].",
     "2016-01-06"),
    ("Chandeleur", r"(?:la\s+)?(?-i:C)handeleur", (2, 2, None),
     "Ils ont mangé des crêpes à [la Chandeleur].",
     "2015-02-02"),
    ("fête de la musique", r"(?:la\s+)?(?-i:F)ête\s+de\s+la\s+(?-i:M|m)usique", (6, 21, None),
     "[La Fête de la musique] a attiré les foules.", "2015-06-21"),
)  # fmt: skip

# Movable feasts: name, words, key in timeline_cli.feasts, example, value
_FEASTS = (
    ("Pâques", r"(?:le\s+(?:dimanche|jour)\s+de\s+)?Pâques", "easter",
     "À [Pâques], les cloches sonneront.", "2016-03-27"),
    ("lundi de Pâques", r"(?:le\s+)?lundi\s+de\s+Pâques", "easter_monday",
     "[Le lundi de Pâques 2015], la circulation était dense.", "2015-04-06"),
    ("Vendredi saint", r"(?:le\s+)?(?-i:V|v)endredi\s+saint", "good_friday",
     "La procession a eu lieu [le Vendredi saint].", "2015-04-03"),
    ("Jeudi saint", r"(?:le\s+)?(?-i:J|j)eudi\s+saint", "holy_thursday",
     "La messe a été dite [le Jeudi saint].", "2015-04-02"),
    ("Rameaux", r"(?:le\s+)?(?:dimanche\s+des\s+|jour\s+des\s+)?(?-i:R)ameaux", "palm_sunday",
     "[Le dimanche des Rameaux 2012] a attiré les fidèles.", "2012-04-01"),
    ("mercredi des Cendres", r"(?:le\s+)?mercredi\s+des\s+(?-i:C|c)endres", "ash_wednesday",
     "Le carnaval a pris fin [le mercredi des Cendres].", "2015-02-18"),
    ("Mardi gras", r"(?-i:M|m)ardi[\s-](?-i:G|g)ras", "shrove_tuesday",
     "Le carnaval défilera le jour de [Mardi gras].", "2016-02-09"),
    ("Ascension", r"(?:l')?(?-i:A)scension(?!\s+(?:du|de|d'|des)\s)", "ascension",
     "Le pont de [l'Ascension] a vidé les bureaux.", "2015-05-14"),
    ("Pentecôte", r"(?:la\s+)?(?-i:P)entecôte", "pentecost",
     "Le pèlerinage a lieu à [la Pentecôte].", "2015-05-24"),
    ("fête de Pentecôte", r"Pentecôte", "pentecost", "Il viendra pour [cette fête de Pentecôte].",
     "2016-05-15"),
    ("lundi de Pentecôte", r"(?:le\s+)?lundi\s+de\s+(?-i:P)entecôte", "whit_monday",
     "[Le lundi de Pentecôte 2015] était travaillé.", "2015-05-25"),
    ("ramadan", r"(?:le\s+)?(?:mois\s+de\s+|mois\s+du\s+)?(?:ramadan|ramadhan)", "ramadan",
     "Pendant [le ramadan], le marché a changé d'horaires.", "2015-06-18/2015-07-16"),
    ("Aïd el-Fitr", r"(?:l')?A[ïi]d(?:[\s-]+(?:el|al)[\s-]+|\s+)(?:Fitr|Séghir|Seghir)",
     "eid_al_fitr", "[L'Aïd el-Fitr] a été célébré dans la joie.", "2015-07-17"),
    ("Aïd el-Kébir", r"(?:l')?A[ïi]d(?:[\s-]+(?:el|al)[\s-]+|\s+)(?:Kébir|Kebir|Adha)|(?:la\s+)?"
     r"(?-i:T)abaski", "eid_al_adha", "[L'Aïd el-Kébir] sera fêté la semaine prochaine.",
     "2015-09-23"),
    ("Roch Hachana", r"R(?:o|a)(?:ch|sh)\s+Ha(?:ch|sh)ana(?:h)?", "rosh_hashanah",
     "[Roch Hachana] a été célébré lundi.", "2015-09-14/2015-09-15"),
    ("Yom Kippour", r"Yom\s+Kippou?r", "yom_kippur",
     "Les écoles seront fermées pour [Yom Kippour].",
     "2015-09-23"),
    ("Hanoukka", r"(?:la\s+fête\s+de\s+)?(?:Hanouk(?:k)?a(?:h)?|Hanukk?ah|Chanukk?ah)", "hanukkah",
     "Les bougies de [Hanoukka] seront allumées.", "2015-12-07/2015-12-14"),
    ("Pessah", r"Pessa(?:c)?h|(?:la\s+)?(?-i:P)âque\s+juive", "passover",
     "La famille s'est réunie pour [Pessah].", "2015-04-04/2015-04-11"),
    ("Diwali", r"Diwali|Deepavali", "diwali", "[Diwali] sera fêté à La Chapelle en novembre.",
     "2015-11-11"),
    ("Nouvel An chinois", r"(?:le\s+)?(?-i:N|n)ouvel[\s-](?-i:A|a)n\s+(?:chinois|lunaire)",
     "chinese_new_year", "[Le Nouvel An chinois 2016] sera celui du Singe.", "2016-02-08"),
)  # fmt: skip

_FEAST_OF = r"(?:(?:la|cette)\s+fête\s+(?:de\s+l'|de\s+la\s+|de\s+|du\s+))?"
_YEAR = r"(?:\s+(?P<year>{YEAR})|\s+(?P<deictic>{NEXT_LAST}))?(?![\w-])"

HOLIDAYS: tuple[R, ...] = (
    R(
        "nom de fête qui n'est pas une date",
        r"(?-i:P)ère\s+Noël|papa\s+Noël|arbre\s+de\s+Noël|sapins?\s+de\s+Noël|île\s+de\s+Pâques"
        r"|œufs?\s+de\s+Pâques|(?-i:Toussaint\s+[A-Z]\w+)|accords?\s+du\s+[Vv]endredi\s+saint",
        (
            ex("[Le Père Noël] a distribué des jouets."),
            ex("[Toussaint Louverture] est mort au fort de Joux."),
            ex("Les statues de [l'île de Pâques]."),
            ex("[L'accord du Vendredi saint] a mis fin au conflit."),
        ),
        kind=Kind.IGNORE,
    ),
    *(
        R(f"fête: {name}", rf"{_FEAST_OF}(?:{words}){_YEAR}", (ex(example, value),), feast=key)
        for name, words, key, example, value in _FEASTS
    ),
    *(
        R(f"fête: {name}", rf"(?:{words}){_YEAR}", (ex(example, value),), calendar=calendar)
        for name, words, calendar, example, value in _DAYS
    ),
)
