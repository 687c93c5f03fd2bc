"""French rules that tag nothing: words that look like dates and are not (ages, rates,
counts). A rule of kind `ignore` wins its span, so it must come before the rule it stops.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R

NOT_DATES: tuple[R, ...] = (
    R(
        "âge",
        r"(?:(?<=,\s)|(?<=\bde\s)|(?<=\bles\s)|(?<=\bdes\s)|(?<=\baux\s)|(?<=\bâgée\s)|(?<=\bâgé\s))"
        r"\d{1,3}(?:\s*(?:-|à)\s*\d{1,3})?\s+ans(?!\s+(?:plus\s+tard|plus\s+tôt|après|avant))",
        (
            ex("Jean Dupont, [87 ans], a été blessé."),
            ex("un enfant de [6 ans]"),
            ex("pour les [0-6 ans]"),
        ),
        kind=Kind.IGNORE,
    ),
)
