"""French rules for expressions relative to the story: counted from the last date placed
before them in the text ("three years later", "the next day", "that year").
"""

from __future__ import annotations

from ...model import Origin, Unit
from ...schema import Example as ex
from ...schema import Rule as R

LATER_EARLIER: tuple[R, ...] = (
    R(
        "plus tard",
        r"{AMOUNT}\s*(?P<unit>{UNIT})\s+plus\s+tard",
        (ex("En 1998 il part. [Trois ans plus tard], il revient.", "2001", "2001-01-01"),),
        direction=1,
        origin=Origin.STORY,
    ),
    R(
        "plus tôt",
        r"{AMOUNT}\s*(?P<unit>{UNIT})\s+(?:plus\s+tôt|auparavant)",
        (ex("En 1998 il part. [Deux ans plus tôt], il était venu.", "1996"),),
        direction=-1,
        origin=Origin.STORY,
    ),
    R(
        "lendemain",
        r"(?:le\s+)?lendemain(?:\s+(?P<pod>{POD}))?",
        (ex("Le 3 mars 2012, il part. [Le lendemain], il revient.", "2012-03-04"),),
        direction=1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
    ),
    R(
        "surlendemain",
        r"(?:le\s+)?surlendemain",
        (ex("Le 3 mars 2012, il part. [Le surlendemain], il revient.", "2012-03-05"),),
        direction=1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=2,
    ),
    R(
        "veille",
        # "la" is required: "elle veille sur", "en veille" are the verb and another noun
        r"la\s+veille(?:\s+au\s+(?P<pod>{POD}))?(?!\s+(?:de|du|des|d')\s)"
        r"(?!\s+(?:technologique|stratégique|sanitaire|juridique|médiatique|informationnelle)\b)",
        (ex("Le 3 mars 2012, il part. [La veille], il était venu.", "2012-03-02"),),
        direction=-1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=1,
    ),
)

SAME_DAY: tuple[R, ...] = (
    R(
        "matin même",
        r"(?:le|la)\s+(?P<pod>matin|soir|soirée|nuit)\s+même",
        (ex("Le 3 mars 2012, il part. [Le matin même], il pleuvait.", "2012-03-03TMO"),),
        direction=1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=0,
    ),
    R(
        "même jour",
        r"(?:le\s+)?même\s+jour",
        (ex("Le 3 mars 2012, il part. [Le même jour], il revient.", "2012-03-03"),),
        direction=1,
        origin=Origin.STORY,
        unit=Unit.DAY,
        amount=0,
    ),
)
