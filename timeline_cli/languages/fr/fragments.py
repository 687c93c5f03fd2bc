"""French pattern fragments: named pieces the rules share, as `{NAME}` placeholders; a
trailing 2 on a group name is the second end of a range."""

from __future__ import annotations

from ..common import DAY_DIGITS

# adverbs that may stand between "depuis" / "il y a" and the length they count: "depuis
# maintenant trois ans", "il y a déjà dix ans", "il y a aujourd'hui 70 ans"
INSERTED_ADVERBS = ("maintenant", "déjà", "désormais", "bientôt", "aujourd'hui")

FRAGMENTS = {
    # "de l'année passée", "de l'an prochain", "de cette année": the year of a quarter or a
    # half, counted from the reference date
    "OF_RELATIVE_YEAR": r"de\s+(?:l['’](?:année|an)\s+|(?=cette\s+année))"
    r"(?P<deictic>derni(?:er|ère)|passée?|prochaine?|en\s+cours|cette)(?:(?<=cette)\s+année)?"
    r"(?!\w)",
    "INSERTED_ADVERB": "(?:" + "|".join(INSERTED_ADVERBS) + ")",
    "DAY": rf"(?:1er|{DAY_DIGITS})",
    "LE": r"(?:le\s+|les\s+)?",
    "WDOPT": r"(?:(?P<weekday>{WEEKDAY})\s+)?",
    "WEEKEND": r"(?:week-?end|week\s+end)",
    "WDOPT2": r"(?:(?P<weekday2>{WEEKDAY})\s+)?",  # the second end's: "au mercredi 5 mars"
    "YY": r"(?:{YEAR}|'?\d\d(?!\d|[,.]\d|\s*(?:h\b|ans|{NOT_AFTER_NUMBER})))",
    "NEXT_LAST": r"(?:prochain|dernier|passé)(?:e|s|es)?",
    # a day in words before its month: "le premier mars", "le trente et un décembre"
    "DAY_WORD": r"(?:premier|trente\s+et\s+un|trente|vingt(?:-(?:deux|trois|quatre|cinq|six|sept"
    r"|huit|neuf)|\s+et\s+un)?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix(?:-(?:sept|huit"
    r"|neuf))?|onze|douze|treize|quatorze|quinze|seize)",
    "DMY": r"(?P<day>{DAY})\s+(?P<month>{MONTH})\s+(?P<year>{YY})",
    "DM": r"(?P<day>{DAY})\s+(?P<month>{MONTH})",
    "YEAR_CUE": r"(?:en|dès|depuis|d'ici|de|d'|avant|après|jusqu'en|vers|an|année|l'an|fin|début"
    r"|courant|entre|et|à|mi-|mi)",
    "NUM": r"(?:{NUMBER}|(?<![\d.,])\d++(?:[.,]\d+)?)",
    # the kinds of street a house number is written before ("au 5, rue de la Paix")
    "STREET": r"(?:rue|avenue|av\.|boulevard|bd|place|quai|impasse|allée|chemin|route|cours"
    r"|passage|square|villa|cité|esplanade|rond-point|faubourg|sentier|voie|parvis)",
    # a clock time in digits or words: "15h30", "15 h", "15:30", "quinze heures trente",
    # "9 heures et quart", "3 heures du matin"
    "CLOCK_ANY": r"(?P<hour>[01]?\d|2[0-3]|{HOUR_WORDS})\s*(?:heures?|h(?![a-zà-ÿ])|:(?=[0-5]\d))"
    r"(?:\s*(?P<minute>[0-5]\d(?!\d)|{MINUTE_WORDS}))?(?:\s+(?P<ampm>{DAY_HALF}))?",
    "HOUR_WORDS": r"(?:zéro|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
    r"|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:\s+et\s+une|-deux|-trois)?)"
    r"(?![\w-])",
    "MINUTE_WORDS": r"(?:et\s+demie|et\s+quart|dix|quinze|vingt(?:-cinq)?|trente(?:-cinq)?"
    r"|quarante(?:-cinq)?|cinquante(?:-cinq)?)(?![\w-])",
    "DAY_HALF": r"(?:du\s+matin|du\s+soir|de\s+l'après-midi|de\s+la\s+nuit)",
    # what follows "à 3 heures" when it is a distance or an amount of time, not a clock time
    "NOT_A_CLOCK": r"(?![\s-]*(?:de\s|d'|du\s|des\s|plus\s+tard|plus\s+tôt|après|avant|près"
    r"|par\b|sur\b|supplémentaires|ou\b))",
    # a day word right after a clock time gives it its date: "à 6 h 45, lundi", "à 7 h, hier"
    # (read ahead, so the day word stays an expression of its own)
    "DAY_AFTER": r"(?:(?=,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<rel>{RELDAY}))(?![\w-]))|)",
    # the words before a clock time ("à 15 heures", "dès 8 h", "jusqu'à minuit")
    "AT": r"(?<![\w'])(?:à|dès|avant|après|jusqu'à|entre|à\s+partir\s+de|sur\s+le\s+coup\s+de)",
    "AMOUNT": r"(?:(?P<qmod>{QMOD})\s+)?"
    # "jeudi 17 à 9 heures" is a day and a clock time, not 17 to 9 hours
    r"(?:(?P<amount>{NUM})(?:\s*(?:-|à(?!\s*\d{1,2}\s*heures?\b)|ou)\s*(?P<amount_hi>{NUM}))?"
    r"|(?P<approx_amount>{APPROX_NUMBER})\s+d(?:e\s+|')"
    r"|(?P<vague>quelques|plusieurs|des(?=\s+(?:années|mois|décennies|siècles|semaines"
    r"|(?:heures|minutes)(?!\s+{SCHEDULE}))))\s)",
    # hours as a schedule, not a length: "des heures supplémentaires", "des heures scolaires"
    "SCHEDULE": r"(?:supplémentaires|scolaires|ouvrables|ouvrées|creuses|sup|de\s+pointe"
    r"|d'ouverture|de\s+travail|de\s+cours|de\s+bureau|de\s+vol|de\s+classe)",
}  # fmt: skip
