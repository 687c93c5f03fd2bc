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
    r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:]|[.,]\d)"
    r"(?:\s+(?:GMT|UTC|[ECMP][SD]T|local\s+time|hours|hrs)(?!\w))?"
)

TIMES: tuple[R, ...] = (
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
