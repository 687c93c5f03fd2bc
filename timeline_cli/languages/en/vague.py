"""English rules for vague references ("at the time", "a later date") and sets of parts of
days and weekdays ("every morning", "each night", "on Sundays", "every other month")."""

from __future__ import annotations

from ...model import Kind, Unit
from ...schema import Example as ex
from ...schema import Rule as R

VAGUE: tuple[R, ...] = (
    # "one day" opening a clause is some day, told of without its date ("One day, he was hit
    # by a golf ball"), not a length ("the strike lasted one day", "one day later")
    R(
        "one day as some day",
        r"(?:^|(?<=\n)|(?<=[.!?;:,]\s)|(?<=[\"“]))(?P<x>one\s+(?:fine\s+)?day)"
        r"(?=\s*,|\s+(?:he|she|it|they|we|I|you|the|a|an|his|her|their|in|at|on|while|when|as"
        r"|after|during|soon)\b)",
        (
            ex("[One day], he was hit by a golf ball.", "XXXX-XX-XX", "-", "-", "DATE"),
            ex("Then, [one day] the letter came.", "XXXX-XX-XX"),
        ),
        kind=Kind.GENERIC,
        unit=Unit.DAY,
    ),
    R(
        "at the time",
        # not before a clause: "at the time [he was captured]" is a conjunction
        r"(?<!\w)at\s+(?P<x>the\s+time)(?!\s+(?:of|when|that|being|it|he|she|they|we|I|you"
        r"|the|a|an|his|her|their|its|this|these|those)\b|\s+(?-i:[A-Z])|['’\w-])",
        (ex("He was the club's president at [the time].", "PAST_REF", "-", "-", "DATE"),),
        kind=Kind.PAST,
    ),
    R(
        "a future date",
        r"an?\s+(?:future|later|subsequent)\s+date",
        (ex("Officials will decide at [a future date].", "FUTURE_REF", "-", "-", "DATE"),),
        kind=Kind.FUTURE,
    ),
)

_WEEKDAY_NAMES = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

SETS: tuple[R, ...] = (
    R(
        "every part of the day",
        r"(?:every|each)\s+(?P<pod>morning|afternoon|evening|night)"
        r"(?!['’\w-]|\s+(?:paper|papers|news|show|edition|shift|flight|train|bus|session)\b)",
        (
            ex("He runs [every morning] before work.", "XXXX-XX-XXTMO", "-", "-", "SET"),
            ex("[Each night], the guards lock the gates.", "XXXX-XX-XXTNI"),
        ),
        kind=Kind.SET,
        quant="EVERY",
    ),
    R(
        "weekdays in the plural",
        r"(?<!\w)(?:on|every|most|some|all)\s+(?P<x>(?P<weekday>" + _WEEKDAY_NAMES + r")s)",
        (ex("The market is held on [Sundays].", "XXXX-WXX-7", "-", "-", "SET"),),
        kind=Kind.SET,
        quant="EVERY",
    ),
    R(
        "every other unit",
        r"every\s+other\s+(?P<unit>day|week|month|year)",
        (ex("The bridge is inspected [every other month].", "P2M", "-", "-", "SET"),),
        kind=Kind.SET,
        quant="EVERY",
        amount=2,
    ),
)
