"""English pattern fragments: named pieces the rules share, as `{NAME}` placeholders; a
trailing 2 on a group name is the second end of a range."""

from __future__ import annotations

from ..common import DAY_DIGITS

FRAGMENTS = {
    "DAY": rf"(?:{DAY_DIGITS}(?:st|nd|rd|th)?)",
    "WDOPT": r"(?:(?P<weekday>{WEEKDAY}),?\s+)?",
    "WDOPT2": r"(?:(?P<weekday2>{WEEKDAY}),?\s+)?",  # the second end's: "to Wednesday 5 March"
    # before the year of a quarter or a half: "of fiscal 2004", "of the fiscal year 2004"
    "FISCAL": r"(?:(?:the\s+)?fiscal\s+(?:year\s+)?)?",
    "MDY": r"(?P<month>{MONTH})\s+(?P<day>{DAY}),?\s+(?P<year>{YEAR})",
    "DMY": r"(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})",
    "MD": r"(?P<month>{MONTH})\s+(?P<day>{DAY})(?!\s*,?\s*\d)",
    "YEAR_CUE": r"(?:in|since|from|by|until|before|after|of|the|to|through|and|year|early|late"
    r"|mid|mid-|spring|summer|autumn|fall|winter|between|around|circa|during)",
    # a year said in words, as broadcast transcripts write it: "nineteen ninety-six"
    "SPOKEN_YEAR": r"(?:(?:eighteen|nineteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?![\s-]*(?:{UNIT}|old|percent)\b|-\w))",
    "NUM": r"(?:{NUMBER}|\d+\s+[13]/[24](?![\d/])|\d++(?:[.,]\d+)?)",
    # "two and a half years", "2 1/2 years"; "a year and a half" is in the duration rule
    "AMOUNT": r"(?:(?P<qmod>{QMOD})\s+)?"
    r"(?:(?P<amount>{NUM})(?:\s+and\s+(?P<fraction>a\s+half))?"
    r"(?:\s*(?:-|to|or)\s*(?P<amount_hi>{NUM}))?"
    r"|(?P<approx_amount>{APPROX_NUMBER})|(?P<vague>several|a\s+few|few|many|some))",
    # "p.m." with its dots, "pm" without (whose dot after is the sentence's: "at 10 pm.")
    "AMPM": r"(?P<ampm>[ap]\.\s?m\.?|[ap]\s?m\b)",
    # "9:30 a.m.", "10.02pm GMT" (a dot in British use: with "am" / "pm" it is no decimal)
    "CLOCK": r"(?<![\d.])(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*{AMPM}"
    r"(?:\s+(?:[ECMP][SD]T|GMT|BST|UTC))?",
    # "the past three", "the next few", "the first nine": a determiner before an amount
    "SPAN": r"(?:the|its|their)\s+(?:(?:past|last|next|first|coming|following|previous|latest"
    r"|final|remaining|initial|same|comparable|year-earlier|year-ago)\s+)?",
    # a superlative before "in" + a length: "the highest rate in 20 years"
    "SUPERLATIVE": r"(?:highest|lowest|biggest|largest|smallest|greatest|worst|best|first|only"
    r"|strongest|weakest|fastest|slowest|sharpest|steepest|deepest|longest|shortest|heaviest"
    r"|hottest|coldest|wettest|driest|busiest|warmest|latest|last|top|record)",
    # a verb of completion or change in the past: "built the bridge in 90 days"
    "COMPLETED": r"(?:built|completed|finished|repaired|rebuilt|constructed|erected|restored"
    r"|won|lost|ran|raised|sold|grew|rose|fell|climbed|dropped|doubled|tripled|halved|gained"
    r"|jumped|soared|plunged|slumped|surged|tumbled|declined|increased|decreased|recovered"
    r"|cleared|drained|evacuated|reached|covered|crossed|swam|walked|drove|flew)",
    "EARLIER": r"(?:(?P<mod>{MOD})\s+|(?:earlier|later|sometime)\s+)",
    # nouns a part of the day qualifies rather than dates: "at evening classes", "in the
    # morning papers", "during night shifts" (a compound noun, not a time)
    "POD_HEADS": r"(?:hours|edition|news|papers?|newspapers?|show|class(?:es)?|courses?|school"
    r"|shifts?|prayers?|services?|mass|traffic|rush|meals?|sessions?|lectures?|walks?|star"
    r"|sky|programs?|programmes?|bulletins?|broadcasts?|flights?|trains?|commute|routine"
    r"|sun|light|dress|gowns?|wear|tea|coffee|paper|market|markets)",
    "YEAR_AGO": r"(?:year[\s-](?:ago|earlier)|prior[\s-]year|previous[\s-]year)",
    "PERIOD": r"(?:quarter|period|three\s+months)",
    # A verb right before a date that leaves out its year tells which way it looks,
    # unless a future passive: "will be paid [Dec. 14]"
    "PAST_VERB": r"(?<!\bbe\s)(?:(?!(?:scheduled|planned|expected|postponed|delayed|extended"
    r"|deferred|slated|adjourned|rescheduled)\b)\w{3,}ed|said|told|met|began|held|took|came|went"
    r"|made|gave|rose|fell|won|lost|left|sent|paid|saw|was|were|struck|shot|broke|hit|quit|ended)",
    "FUTURE_VERB": r"(?:(?:will|shall|'ll)(?:\s+not)?(?:\s+(?!on\b)\w+){1,3}?"
    r"|(?:postponed|delayed|adjourned|deferred)\s+(?:until|till|to))",
    # a weekday followed by its date ("Monday, October 3") is left to the full date rule
    "NOT_A_DATE_AFTER": r"(?!,?\s+(?:{MONTH}|\d{1,2}(?:st|nd|rd|th)?\s+{MONTH}))",
}  # fmt: skip
