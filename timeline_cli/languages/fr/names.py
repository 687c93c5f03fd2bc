"""French names that hold a weekday and are not dates: newspapers ("le Journal du dimanche"),
titles ("le film Vendredi 13"). Kind `ignore`: they claim their words.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R

WEEKDAY_NAMES: tuple[R, ...] = (
    R(
        "jour de la semaine dans un nom",
        r"(?-i:Journal\s+du\s+dimanche|(?:[Ff]ilm|[Ss]érie|[Rr]oman|[Ll]ivre|[Jj]ournal)\s+"
        r"(?:«\s*)?[A-Z]\w+(?:\s+\d{1,2})?)",
        (
            ex("Le [Journal du dimanche] a révélé l'affaire."),
            ex("Le [film Vendredi 13] ressort en salle."),
        ),
        kind=Kind.IGNORE,
    ),
)
