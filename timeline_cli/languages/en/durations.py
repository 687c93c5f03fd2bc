"""English rules for durations and sets: spans of time ("three years") and repetitions
("every Monday").
"""

from __future__ import annotations

from ...model import Kind, Unit
from ...schema import Example as ex
from ...schema import Rule as R

SETS: tuple[R, ...] = (
    R(
        "set of weekdays",
        r"(?:every|each)\s+(?P<weekday>{WEEKDAY})",
        (ex("every Tuesday", "XXXX-WXX-2", "-", "-", "SET"),),
        kind=Kind.SET,
        quant="EVERY",
    ),
    R(
        "set",
        r"(?:every|each)\s+(?:(?P<amount>{NUM})\s+)?(?P<unit>{UNIT})",
        (ex("every month", "P1M", "-", "-", "SET"),),
        kind=Kind.SET,
        quant="EVERY",
    ),
    *(
        R(
            f"every {unit_name}",
            words,
            (ex(f"The survey is run [{example}].", value, type="SET"),),
            kind=Kind.SET,
            quant="EVERY",
            amount=1,
            unit=unit,
        )
        for unit_name, words, example, value, unit in (
            ("day", r"daily|every\s+day", "daily", "P1D", Unit.DAY),
            ("week", r"weekly|every\s+week", "weekly", "P1W", Unit.WEEK),
            ("month", r"monthly", "monthly", "P1M", Unit.MONTH),
            ("year", r"annually|yearly|every\s+year", "annually", "P1Y", Unit.YEAR),
            ("hour", r"hourly", "hourly", "PT1H", Unit.HOUR),
        )
    ),
)

DURATIONS: tuple[R, ...] = (
    R(
        "span",
        r"(?:(?P<qmod>{QMOD})\s+)?(?:each\s+of\s+)?{SPAN}"
        r"(?:(?P<amount>{NUM})(?:\s*(?:-|to|or)\s*(?P<amount_hi>{NUM}))?|(?P<vague>several|few))"
        r"\s+(?P<unit>{UNIT})(?:\s+or\s+so)?",
        (
            ex("in [the past three years]", "P3Y", "2012-09-15", "2015-09-15", "DURATION"),
            ex("over [the next few days]", "PXD"),
            ex("for [the first nine months]", "P9M"),
            ex("in [the last twenty-four hours]", "PT24H"),
            ex("over [the next two years or so]", "P2Y"),
        ),
        kind=Kind.DURATION,
    ),
    R(
        "bare plural unit",
        r"(?<!\w)(?:for|within|in|over|after)\s+(?P<x>(?P<unit>years|months|weeks|decades|centuries))"
        r"(?!\s+(?:ago|later|earlier|before|after|of)\b|['’\w-])",
        (
            ex("It lasted for [years].", "PXY", "-", "-", "DURATION"),
            ex("within [weeks]", "PXW"),
        ),
        kind=Kind.DURATION,
    ),
    R(
        "period of a length",
        r"an?\s+(?P<amount>{NUM})-(?P<unit>year|month|week|day)\s+(?:period|span|stretch|term)",
        (ex("over [a three-year period]", "P3Y", type="DURATION"),),
        kind=Kind.DURATION,
    ),
    # "about" stays outside a duration's extent, as both TimeBank and AQUAINT mostly tag it;
    # the duration is still approximate
    R(
        "about a duration",
        r"(?P<qmod>about|around)\s+(?P<x>(?P<amount>{NUM})[\s-]+(?P<unit>{UNIT}))"
        r"(?!\s+(?:ago|later|earlier|before|after|old)\b|[\s-]+old\b)",
        (
            ex("They talked for about [two hours].", "PT2H", type="DURATION"),
            ex("It took about [a week].", "P1W"),
        ),
        kind=Kind.DURATION,
    ),
    R(
        "duration",
        r"{AMOUNT}[\s-]+(?:(?:more|additional|extra|further)\s+)?(?P<unit>{UNIT})"
        r"(?:\s+and\s+(?P<and_fraction>a\s+half))?"
        r"(?:\s+long|-long)?",
        (
            ex("for [ten years]", "P10Y", "-", "-", "DURATION"),
            ex("seven-month", "P7M"),
            ex("for [three years]", "P3Y"),
            ex("more than twenty years", "P20Y"),
            ex("several days", "PXD"),
            ex("within [a week]", "P1W"),
            ex("They waited [2 1/2 years].", "P2Y6M"),
            ex("The talks lasted [two and a half days].", "P2DT12H"),
            ex("The flight took [an hour and a half].", "PT1H30M"),
            ex("The border stayed shut for [two decades].", "P20Y"),
            ex("The base stays for [at least 20 more years].", "P20Y"),
        ),
        kind=Kind.DURATION,
    ),
)
