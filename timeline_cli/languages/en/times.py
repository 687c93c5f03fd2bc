"""English rules for clock times with their day ("8 p.m. tomorrow", "14:00 GMT Monday",
"tomorrow at 9 a.m.") and 24-hour clock times ("at 15:45 local time", "at 4:23").

A clock time in digits without a.m./p.m. is a time only where a clock time is meant: after
"at", "by", "until"... or before a day word; "John 3:16" and "a 2:1 majority" are not.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R

_H24 = (
    # (not before "am"/"pm": "at 8:20 pm" is a clock time of 12 hours, read by its own rule)
    r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:]|[.,]\d|\s*[ap]\.?\s?m\b)"
    r"(?:\s+(?:GMT|UTC|[ECMP][SD]T|local\s+time|hours|hrs)(?!\w))?"
)

TIMES: tuple[R, ...] = (
    # a clock time and the half of the day it is in, in words, as narratives write it: "1:00
    # in the morning (on Sunday September 30)", "at 8:30 on the evening of her death" (that
    # day is an event's: only the clock time is tagged)
    R(
        "clock time in the morning",
        r"(?:(?P<qmod>about|around)\s+)?(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?"
        r"(?:\s+o['’]clock)?\s+(?P<ampm>in\s+the\s+(?:morning|afternoon|evening))"
        r"(?:,?\s+(?:on\s+)?{WDOPT}{MD})?",
        (
            ex(
                "[Around 1:00 in the morning on Sunday September 27], a cart stopped.",
                "2015-09-27T01:00",
                type="TIME",
            ),
            ex("The shop opened at [9 o'clock in the morning].", "2015-09-15T09:00"),
        ),
        kind=Kind.TIME,
    ),
    R(
        "clock time on the evening of",
        r"(?<![\w'’])(?:at|by|until|around|about|after|before)\s+(?P<x>(?P<hour>1[0-2]|0?[1-9])"
        r"(?::(?P<minute>[0-5]\d))?(?:\s+o['’]clock)?)(?=\s+(?P<ampm>on\s+the\s+(?:morning|afternoon"
        r"|evening)\s+of)\b)",
        (ex("At [8:30] on the evening of the crash, he left.", "2015-09-15T20:30", type="TIME"),),
        kind=Kind.TIME,
    ),
    R(
        "time on a relative day",
        r"{CLOCK},?\s+(?P<rel>{RELDAY})",
        (
            ex("Polls close at [8 p.m. tomorrow].", "2015-09-16T20:00", type="TIME"),
            ex("The fire started at [11 p.m. yesterday].", "2015-09-14T23:00"),
        ),
        kind=Kind.TIME,
    ),
    R(
        "relative day at a time",
        r"(?P<rel>{RELDAY})(?:,\s+|\s+at\s+|\s+)(?:about\s+|around\s+)?{CLOCK}",
        (ex("Markets reopen [tomorrow at 10 a.m.].", "2015-09-16T10:00", type="TIME"),),
        kind=Kind.TIME,
    ),
    R(
        "24-hour time on a day",
        _H24 + r",?\s+(?:on\s+)?(?:(?P<weekday>{WEEKDAY})|(?P<rel>{RELDAY}))",
        (
            ex("Voting will resume at [14:00 GMT Monday].", "2015-09-21T14:00", type="TIME"),
            ex("Trains stop at [23:30 tomorrow].", "2015-09-16T23:30"),
        ),
        kind=Kind.TIME,
        lean=-1,
    ),
    R(
        "24-hour time",
        r"(?<![\w'’])(?:at|by|until|till|from|since|around|about|after|before|to|and|between)\s+"
        r"(?P<x>" + _H24 + r")",
        (
            ex("The first tremor was felt at [4:23].", "2015-09-15T04:23", type="TIME"),
            ex("Flights resumed at [15:45 local time].", "2015-09-15T15:45"),
            ex("The polls will close at [19:00].", "2015-09-15T19:00"),
        ),
        kind=Kind.TIME,
    ),
    R(
        "time with a dot",
        r"(?<![\w'’])(?:at|by|until|from|around|about)\s+"
        r"(?P<x>(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d))"
        r"(?=\s+(?:this\s+(?:morning|afternoon|evening)|tonight|today|tomorrow|yesterday|on\s"
        r"|local\s+time|GMT|UTC|[ECMP][SD]T))",
        (ex("The shop opened at [9.30] this morning.", "2015-09-15T09:30", type="TIME"),),
        kind=Kind.TIME,
    ),
)
