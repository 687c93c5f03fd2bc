"""English holidays: the names (`NAMES`, the vocabulary table `HOLIDAYS` of `vocabulary.py`)
and the rules that find them. A name means a fixed day, the first given weekday on or after a
day (Thanksgiving: the Thursday on or after 22 November; see `Rule.calendar`), or a movable
feast by its key in `timeline_cli.feasts` (Easter and the days that hang on it, the feasts of
the Islamic, Hebrew, Hindu and Chinese calendars). A holiday is never the plain weekday in its
name ("Good Friday" is not last Friday), and a name used as an attribute ("a Christmas tree",
"Easter Island") is no date. The names are found in lower case too ("christmas"), except the
few whose words are ordinary English ("a good Friday", "on election day"), which have their own
case-sensitive rules.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R

_FIXED: dict[str, tuple[int, int, int | None]] = {
    **dict.fromkeys(("New Year's Day", "New Years Day", "New Year's", "New Years"), (1, 1, None)),
    **dict.fromkeys(("New Year's Eve", "New Years Eve"), (12, 31, None)),
    "Christmas Eve": (12, 24, None),
    **dict.fromkeys(("Christmas", "Christmas Day", "Xmas"), (12, 25, None)),
    **dict.fromkeys(("Fourth of July", "the Fourth of July", "July Fourth"), (7, 4, None)),
    **dict.fromkeys(("Valentine's Day", "Valentines Day", "St. Valentine's Day",
                     "St Valentine's Day", "Saint Valentine's Day"), (2, 14, None)),
    "Halloween": (10, 31, None),
    **dict.fromkeys(("Veterans Day", "Veterans' Day", "Armistice Day", "Remembrance Day"),
                    (11, 11, None)),
    **dict.fromkeys(("St Patrick's Day", "St. Patrick's Day", "Saint Patrick's Day",
                     "St Patricks Day"), (3, 17, None)),
    "Boxing Day": (12, 26, None),
    "Black Friday": (11, 23, 4),  # the day after Thanksgiving
    **dict.fromkeys(("Martin Luther King Day", "Martin Luther King Jr. Day",
                     "Martin Luther King Jr Day", "Martin Luther King, Jr. Day", "MLK Day"),
                    (1, 15, 0)),
    **dict.fromkeys(("Presidents' Day", "Presidents Day", "President's Day"), (2, 15, 0)),
    "Memorial Day": (5, 25, 0),
    "Labor Day": (9, 1, 0),
    **dict.fromkeys(("Thanksgiving", "Thanksgiving Day"), (11, 22, 3)),
}  # fmt: skip

_MOVABLE = {
    **dict.fromkeys(("Easter", "Easter Sunday", "Easter Day"), "easter"),
    "Easter Monday": "easter_monday",
    **dict.fromkeys(("Maundy Thursday", "Holy Thursday"), "holy_thursday"),
    "Palm Sunday": "palm_sunday",
    "Ash Wednesday": "ash_wednesday",
    **dict.fromkeys(("Mardi Gras", "Shrove Tuesday", "Pancake Day", "Pancake Tuesday"),
                    "shrove_tuesday"),
    **dict.fromkeys(("Ascension Day", "Ascension Thursday"), "ascension"),
    **dict.fromkeys(("Pentecost", "Pentecost Sunday", "Whitsun", "Whitsunday"), "pentecost"),
    **dict.fromkeys(("Whit Monday", "Pentecost Monday"), "whit_monday"),
    **dict.fromkeys(("Ramadan", "Ramadhan"), "ramadan"),
    **dict.fromkeys(("Eid al-Fitr", "Eid ul-Fitr", "Eid el-Fitr"), "eid_al_fitr"),
    **dict.fromkeys(("Eid al-Adha", "Eid ul-Adha", "Eid el-Adha"), "eid_al_adha"),
    **dict.fromkeys(("Rosh Hashanah", "Rosh Hashana"), "rosh_hashanah"),
    "Yom Kippur": "yom_kippur",
    **dict.fromkeys(("Hanukkah", "Hanukah", "Chanukah", "Chanukkah"), "hanukkah"),
    "Passover": "passover",
    **dict.fromkeys(("Diwali", "Deepavali"), "diwali"),
    **dict.fromkeys(("Chinese New Year", "Lunar New Year"), "chinese_new_year"),
}  # fmt: skip

NAMES: dict[str, object] = {**_FIXED, **_MOVABLE}  # the vocabulary slot "holidays"

# A holiday's name used as an attribute of a thing: "a Christmas tree", "Easter eggs".
_ATTRIBUTE = (
    r"tree|trees|card|cards|carols?|gifts?|presents?|lights|eggs?|bunny|Island|deals?"
    r"|turkey|dinner|customs?|traditions?|specials?|party|parties|menu"
    r"|decorations?|album|songs?|movie|film|bonus|spirit|comedy|comedies|story|stories"
    r"|classic|classics|music|market|markets|stocking|stockings|sweater|jumper|wish|wishes"
)
_DEICTIC = r"(?:(?P<deictic>last|next|this)\s+)?"
_YEAR = r"(?:,?\s+(?P<year>{YEAR}))?(?![\'’\w-])"

HOLIDAYS: tuple[R, ...] = (
    R(
        "holiday name as an attribute",
        rf"{{HOLIDAY}}\s+(?:{_ATTRIBUTE})\b|Good\s+Friday\s+(?:Agreement|accord)"
        r"|Father\s+Christmas",
        (
            ex("a [Christmas tree]"),
            ex("[Father Christmas] arrived by sleigh."),
            ex("[Easter Island] lies in the Pacific."),
            ex("a [Black Friday deal]"),
        ),
        kind=Kind.IGNORE,
    ),
    R(
        "holiday",
        rf"{_DEICTIC}(?P<holiday>{{HOLIDAY}}){_YEAR}",
        (
            ex("The shops will close on [Christmas Day].", "2015-12-25"),
            ex("We will be home for [christmas].", "2015-12-25"),
            ex("The boy was found on [Thanksgiving Day].", "2014-11-27"),
            ex("Stores were packed on [Black Friday].", "2014-11-28"),
            ex("Schools closed on [Martin Luther King Jr. Day].", "2015-01-19"),
            ex("The campaign began after [Labor Day].", "2015-09-07"),
            ex("Crowds gathered on [New Year's Eve 1999].", "1999-12-31"),
            ex("The hostages were freed at [Easter].", "2015-04-05"),
            ex("The carnival ended on [Ash Wednesday].", "2015-02-18"),
            ex("[Palm Sunday 2012] drew crowds.", "2012-04-01"),
            ex("Ramadan began in June: [Ramadan 2016].", "2016-06-06/2016-07-05"),
            ex("Prisoners were released for [Eid al-Fitr].", "2015-07-17"),
            ex("[Rosh Hashanah 2016] falls in October.", "2016-10-03/2016-10-04"),
            ex("The festival will open during [Hanukkah].", "2015-12-07/2015-12-14"),
            ex("[Passover 2016] starts late in April.", "2016-04-23/2016-04-30"),
            ex("Shops expect record sales at [Diwali].", "2015-11-11"),
            ex("Millions travelled home for [Chinese New Year].", "2015-02-19"),
        ),
        lean=-1,
    ),
    # names whose words are ordinary English: with their capitals only
    R(
        "Independence Day",
        rf"(?:(?P<deictic>[Ll]ast|[Nn]ext|[Tt]his)\s+)?Independence\s+Day{_YEAR}",
        (ex("The bridge opened on [Independence Day 1976].", "1976-07-04"),),
        lean=-1,
        case_sensitive=True,
        calendar=(7, 4, None),
    ),
    R(
        "Election Day",
        rf"(?:(?P<deictic>[Ll]ast|[Nn]ext|[Tt]his)\s+)?Election\s+Day{_YEAR}",
        (ex("Polls open at dawn on [Election Day].", "2015-11-03"),),
        lean=-1,
        case_sensitive=True,
        calendar=(11, 2, 1),
    ),
    R(
        "Good Friday",
        rf"(?:(?P<deictic>[Ll]ast|[Nn]ext|[Tt]his)\s+)?Good\s+Friday{_YEAR}",
        (ex("The march took place on [Good Friday].", "2015-04-03"),),
        lean=-1,
        case_sensitive=True,
        feast="good_friday",
    ),
    R(
        "Easter week",
        rf"(?:(?P<deictic>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:Easter|Holy)\s+[Ww]eek{_YEAR}",
        (ex("Protests grew as [Easter week] began.", "2015-W14"),),
        lean=-1,
        case_sensitive=True,
        feast="holy_week",
    ),
)
