"""English names that hold a weekday or a date and are not dates: newspapers ("The Sunday
Times"), shows ("Saturday Night Live"), companies ("Tuesday Morning Corporation"), movements
("the 12 November Movement"), "Girl Friday". Kind `ignore`: they claim their words.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R

WEEKDAY_NAMES: tuple[R, ...] = (
    R(
        "weekday in a name",
        r"(?-i:(?:{WEEKDAY})\s+(?:(?:Times|Telegraph|Express|Mirror|Mail|Post|People|Herald"
        r"|Independent|Observer|Sport|Star)\b|[Pp]apers?\b|Night\s+(?:Live|Football|Fever)"
        r"|[A-Z][a-z]+\s+(?:Corporation|Corp\.|Inc\.|Company|Group|Club)))"
        r"|(?-i:(?:Girl|Man)\s+Friday)",
        (
            ex("[Sunday Times] sold 800,000 copies."),
            ex("The last [Saturday Night Live] show aired."),
            ex("[Tuesday Morning Corporation] reported lower sales."),
            ex("She reads the [Sunday papers]."),
            ex("[Girl Friday] is a 1940 comedy classic."),
        ),
        kind=Kind.IGNORE,
    ),
    R(
        "date in a name",
        r"(?-i:(?:the\s+|The\s+)?\d{1,2}\s+(?:{MONTH})\s+(?:Movement|Group|Brigade|Front"
        r"|Coalition|Alliance|Party))",
        (ex("[The 12 November Movement] held a rally."),),
        kind=Kind.IGNORE,
    ),
)
