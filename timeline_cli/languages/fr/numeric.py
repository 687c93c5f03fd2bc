"""French rules for dates written in figures beyond the full day/month/year: two-digit years
("le 20/02/14", "31.10.74"), a day and month without the year ("le 17/02"), a month and year
("2/2013", "en 2014-10"), and two-digit years after a preposition ("en 98", "de 85 à 91").
French writes the day first. Bare numbers separated by a space ("17 02") are no date.
"""

from __future__ import annotations

from ...schema import Example as ex
from ...schema import Rule as R

# What may follow a two-digit year after a preposition: punctuation, the end, or a word that
# starts a new phrase; a noun ("en 11 départs", "en 12 parts") makes it a count.
_AFTER_SHORT_YEAR = (
    r"(?=\s*[,.;:!?)]|\s*$|\s+(?:puis|et|ou|mais|dans|pour|avec|sans|quand|lorsque|alors|déjà"
    r"|avant|après|à|au|aux|en|sur|chez|par|selon|le|la|les|l'|il|elle|ils|elles|on|ce|cette"
    r"|son|sa|ses|leur|leurs|un|une|des|du)\b)"
)

NUMERIC: tuple[R, ...] = (
    R(
        "date en chiffres, année sur deux chiffres",
        r"(?<![\d/.-])(?P<day>[0-3]\d)[/.-](?P<month>0[1-9]|1[0-2])[/.-]"
        r"(?P<year>\d\d)(?![\d/.-]\d|\d)",
        (
            ex("signé le [20/02/14]", "2014-02-20"),
            ex("un courrier daté du [31.10.74]", "1974-10-31"),
        ),
    ),
    R(
        "jour et mois en chiffres",
        r"(?<!\w)(?:le|du|au|dès\s+le|depuis\s+le|jusqu'au|avant\s+le|après\s+le)\s+"
        r"(?P<x>(?P<day>1er|[0-3]?\d)/(?P<month>0?[1-9]|1[0-2]))(?![/\d]|[.,]\d)",
        (
            ex("Le colis a été livré le [17/02].", "2015-02-17"),
            ex("Réouverture prévue le [31/10].", "2015-10-31"),
        ),
    ),
    R(
        "mois et année en chiffres",
        r"(?<![\d/.,])(?P<month>0?[1-9]|1[0-2])/(?P<year>[12]\d{3})(?![\d/])",
        (ex("Facture de [2/2013], restée impayée.", "2013-02", "2013-02-01", "2013-02-28"),),
    ),
    # YYYY-MM after a preposition; from 2000 to 2011 "2005-06" is rather two years (a range)
    R(
        "année et mois ISO",
        r"(?<!\w)(?:en|de|d'|depuis|dès|jusqu'en)\s*(?P<x>(?P<year>(?:19|20)(?:1[2-9]|[2-9]\d))"
        r"-(?P<month>0[1-9]|1[0-2]))(?![\d/-])",
        (ex("Le relevé de [2014-10] montre une hausse.", "2014-10", "2014-10-01", "2014-10-31"),),
    ),
    R(
        "année sur deux chiffres après une préposition",
        r"(?<!\w)(?:en|depuis|dès|jusqu'en|avant|après)\s+(?P<x>(?P<year>\d\d))(?![\d,.]\d|\s*%)"
        + _AFTER_SHORT_YEAR,
        (
            ex("Le magasin a ouvert en [98], à Lille.", "1998", "1998-01-01", "1998-12-31"),
            ex("Depuis [97], le stade n'a pas été rénové.", "1997", "1997-01-01", "2015-09-15"),
            ex("Arrivé en France en [62], il a ouvert une épicerie.", "1962"),
        ),
    ),
    R(
        "années sur deux chiffres de ... à",
        r"(?<!\w)(?:de|entre)\s+(?P<x>(?P<year>\d\d)\s+(?:à|et)\s+(?P<year2>\d\d))"
        r"(?![\d,.]\d|\s*%)" + _AFTER_SHORT_YEAR,
        (
            ex(
                "Ces modèles, fabriqués de [85 à 91], sont recherchés.",
                "",
                "1985-01-01",
                "1991-12-31",
            ),
        ),
    ),
)
