"""Pattern pieces that are the same in every language: numbers, ISO dates, clock times."""

from __future__ import annotations

from ..model import Kind
from ..schema import Example, Rule

# A day of the month written in digits.
DAY_DIGITS = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
# A clock time: 15:30, 15h, 15 h 30.
CLOCK = r"(?P<hour>[01]?\d|2[0-3])\s*(?:h|:(?=\s*[0-5]\d))(?:\s*(?P<minute>[0-5]\d))?(?![\d])"

# A maker's name before a model number names a product, not a year: "une Peugeot 2008".
PRODUCT_NAMES = (
    r"(?-i:Peugeot|Renault|Citroën|Citroen|Dacia|Fiat|Ford|Audi|BMW|Mercedes|Volvo|Toyota|Nissan"
    r"|Airbus|Boeing|Windows|Office|Nokia|Canon|Nikon)\s+[A-Z]?\d{2,4}(?!\d)"
)

# Numbers joined by colons that are no clock: a ratio or a timecode ("1:10:100", "01:02:03:04").
RATIO = r"\d+(?::\d+)*:\d{3,}(?::\d+)*|\d+(?::\d+){3,}"

# A race time, hours:minutes:seconds, is a span, not a clock time: "won in 2:21:36".
RACE_TIMES: tuple[Rule, ...] = (
    Rule(
        "race time",
        r"(?<![\d:.,])(?P<span_hours>\d{1,2}):(?P<span_minutes>[0-5]\d):(?P<span_seconds>[0-5]\d)"
        r"(?![\d:]|[.,]\d)",
        (
            Example("2:21:36", "PT2H21M36S", "-", "-", "DURATION"),
            Example("1:02:47", "PT1H2M47S"),
        ),
        kind=Kind.DURATION,
    ),
)

# A web address is no expression, whatever words or numbers it holds
# ("/story/tuesday-morning-corporation", "/2016/05/17/").
WEB_ADDRESSES: tuple[Rule, ...] = (
    Rule(
        "web address",
        r"(?:https?://|www\.)[^\s<>\"»]+",
        (Example("# source: [https://example.com/2016/05/17/tuesday-morning-news]"),),
        kind=Kind.IGNORE,
    ),
)

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
