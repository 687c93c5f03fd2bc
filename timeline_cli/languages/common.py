"""Pattern pieces that are the same in every language: numbers, ISO dates, clock times."""

from __future__ import annotations

from ..model import Kind
from ..schema import Example, Rule

# A day of the month written in digits.
DAY_DIGITS = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
# A clock time: 15:30, 15h, 15 h 30.
CLOCK = r"(?P<hour>[01]?\d|2[0-3])\s*(?:h|:)\s*(?P<minute>[0-5]\d)?(?![\d])"

ISO_RULES: tuple[Rule, ...] = (
    Rule(
        "iso date",
        r"(?<![\d/-])(?P<year>[12]\d{3})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d])",
        (Example("2014-07-03", "2014-07-03", "2014-07-03", "2014-07-03", "DATE"),),
    ),
    Rule(
        "iso date and time",
        r"(?<![\d/-])(?P<year>[12]\d{3})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
        r"[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::\d\d)?(?![\d])",
        (Example("2014-07-03T15:30", "2014-07-03T15:30", "2014-07-03", "2014-07-03", "TIME"),),
        kind=Kind.TIME,
    ),
    # year first with one-digit month or day, or slashes: "2015-3-3", "2015/09/01"
    Rule(
        "year-first date",
        r"(?<![\d/.-])(?P<year>[12]\d{3})[-/](?P<month>0?[1-9]|1[0-2])[-/]"
        r"(?P<day>0?[1-9]|[12]\d|3[01])(?![\d/-])",
        (Example("2015-3-3", "2015-03-03"), Example("2015/09/01", "2015-09-01")),
    ),
)
