"""French pattern fragments: named pieces the rules share, as `{NAME}` placeholders; a
trailing 2 on a group name is the second end of a range."""

from __future__ import annotations

from ..common import DAY_DIGITS

FRAGMENTS = {
    "DAY": rf"(?:1er|{DAY_DIGITS})",
    "LE": r"(?:le\s+|les\s+)?",
    "WDOPT": r"(?:(?P<weekday>{WEEKDAY})\s+)?",
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
    "NUM": r"(?:{NUMBER}|(?<![\d.,])\d+(?:[.,]\d+)?)",
    "AMOUNT": r"(?:(?P<qmod>{QMOD})\s+)?"
    r"(?:(?P<amount>{NUM})(?:\s*(?:-|à|ou)\s*(?P<amount_hi>{NUM}))?"
    r"|(?P<approx_amount>{APPROX_NUMBER})\s+d(?:e\s+|')"
    r"|(?P<vague>quelques|plusieurs|des(?=\s+(?:années|mois|décennies|siècles|semaines)))\s)",
}  # fmt: skip
