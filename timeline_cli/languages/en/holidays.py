"""English rules for holidays: a fixed day, the first given weekday on or after a day (see
`Rule.calendar`), or a movable feast named by its key in `timeline_cli.feasts` (Easter and the
days that hang on it, the feasts of the Islamic, Hebrew, Hindu and Chinese calendars). A
holiday is never the plain weekday in its name ("Good Friday" is not last Friday), and a name
used as an attribute ("a Christmas tree", "Easter Island") is no date.
"""

from __future__ import annotations

from ...model import Kind
from ...schema import Example as ex
from ...schema import Rule as R

# Holidays: name, words, (month, day, weekday or None; see Rule.calendar), example, value
_DAYS = (
    ("New Year's Day", r"New\s+Year['’]?s(?:\s+Day)?", (1, 1, None),
     "Markets were shut on [New Year's Day].", "2015-01-01"),
    ("New Year's Eve", r"New\s+Year['’]?s\s+Eve", (12, 31, None),
     "Crowds gathered on [New Year's Eve 1999].", "1999-12-31"),
    ("Christmas Eve", r"Christmas\s+Eve", (12, 24, None), "He left on [Christmas Eve].",
     "2014-12-24"),
    ("Christmas", r"Christmas(?:\s+Day)?", (12, 25, None),
     "The shops will close on [Christmas Day].", "2015-12-25"),
    ("Independence Day", r"Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|July\s+Fourth",
     (7, 4, None), "Fireworks lit the sky on [the Fourth of July].", "2015-07-04"),
    ("Valentine's Day", r"(?:St\.?\s+|Saint\s+)?Valentine['’]?s\s+Day", (2, 14, None),
     "They married on [Valentine's Day].", "2015-02-14"),
    ("Halloween", r"Halloween", (10, 31, None), "The parade is planned for [Halloween].",
     "2015-10-31"),
    ("Veterans Day", r"Veterans['’]?\s+Day", (11, 11, None), "He will speak on [Veterans Day].",
     "2015-11-11"),
    ("St Patrick's Day", r"(?:St\.?\s+|Saint\s+)Patrick['’]?s\s+Day", (3, 17, None),
     "The parade was held on [St Patrick's Day].", "2015-03-17"),
    ("Boxing Day", r"Boxing\s+Day", (12, 26, None), "The sales will start on [Boxing Day].",
     "2015-12-26"),
    ("Black Friday", r"Black\s+Friday", (11, 23, 4), "Stores were packed on [Black Friday].",
     "2014-11-28"),
    ("Martin Luther King Day",
     r"(?:Martin\s+Luther\s+King(?:\s+Jr\.?,?)?|MLK)\s+Day", (1, 15, 0),
     "Schools closed on [Martin Luther King Jr. Day].", "2015-01-19"),
    ("Presidents' Day", r"Presidents['’]?\s+Day", (2, 15, 0), "Banks closed on [Presidents' Day].",
     "2015-02-16"),
    ("Memorial Day", r"Memorial\s+Day", (5, 25, 0), "The pool opened on [Memorial Day].",
     "2015-05-25"),
    ("Labor Day", r"Labor\s+Day", (9, 1, 0), "The campaign began after [Labor Day].",
     "2015-09-07"),
    ("Election Day", r"Election\s+Day", (11, 2, 1), "Polls open at dawn on [Election Day].",
     "2015-11-03"),
    ("Thanksgiving", r"Thanksgiving(?:\s+Day)?", (11, 22, 3),
     "The boy was found on [Thanksgiving Day].", "2014-11-27"),
)  # fmt: skip

# Movable feasts: name, words, key in timeline_cli.feasts, example, value
_FEASTS = (
    ("Easter", r"Easter(?:\s+Sunday|\s+Day)?", "easter", "The hostages were freed at [Easter].",
     "2015-04-05"),
    ("Easter week", r"(?:Easter|Holy)\s+[Ww]eek", "holy_week",
     "Protests grew as [Easter week] began.",
     "2015-W14"),
    ("Easter Monday", r"Easter\s+Monday", "easter_monday", "It began on [Easter Monday].",
     "2015-04-06"),
    ("Good Friday", r"Good\s+Friday", "good_friday", "The march took place on [Good Friday].",
     "2015-04-03"),
    ("Maundy Thursday", r"(?:Maundy|Holy)\s+Thursday", "holy_thursday",
     "He washed feet on [Maundy Thursday 2016].", "2016-03-24"),
    ("Palm Sunday", r"Palm\s+Sunday", "palm_sunday", "[Palm Sunday 2012] drew crowds.",
     "2012-04-01"),
    ("Ash Wednesday", r"Ash\s+Wednesday", "ash_wednesday", "The carnival ended on [Ash Wednesday].",
     "2015-02-18"),
    ("Mardi Gras", r"Mardi\s+Gras|Shrove\s+Tuesday|Pancake\s+(?:Day|Tuesday)", "shrove_tuesday",
     "The parade rolled on [Mardi Gras 2014].", "2014-03-04"),
    ("Ascension Day", r"Ascension\s+(?:Day|Thursday)", "ascension",
     "Banks were shut on [Ascension Day].", "2015-05-14"),
    ("Pentecost", r"Pentecost(?:\s+Sunday)?|Whitsun(?:day)?", "pentecost",
     "The pope spoke on [Pentecost].", "2015-05-24"),
    ("Whit Monday", r"Whit\s+Monday|Pentecost\s+Monday", "whit_monday",
     "Shops closed on [Whit Monday].", "2015-05-25"),
    ("Ramadan", r"Ramadan|Ramadhan", "ramadan", "Ramadan began in June: [Ramadan 2016].",
     "2016-06-06/2016-07-05"),
    ("Eid al-Fitr", r"Eid(?:[\s-]+(?:al|ul|el)[\s-]+|\s+)Fitr", "eid_al_fitr",
     "Prisoners were released for [Eid al-Fitr].", "2015-07-17"),
    ("Eid al-Adha", r"Eid(?:[\s-]+(?:al|ul|el)[\s-]+|\s+)Adha", "eid_al_adha",
     "Pilgrims gathered for [Eid al-Adha 2014].", "2014-10-04"),
    ("Rosh Hashanah", r"Rosh\s+Hashana(?:h)?", "rosh_hashanah",
     "[Rosh Hashanah 2016] falls in October.", "2016-10-03/2016-10-04"),
    ("Yom Kippur", r"Yom\s+Kippur", "yom_kippur", "The markets will close for [Yom Kippur].",
     "2015-09-23"),
    ("Hanukkah", r"Hanukk?ah|Chanukk?ah", "hanukkah", "The festival will open during [Hanukkah].",
     "2015-12-07/2015-12-14"),
    ("Passover", r"Passover", "passover", "[Passover 2016] starts late in April.",
     "2016-04-23/2016-04-30"),
    ("Diwali", r"Diwali|Deepavali", "diwali", "Shops expect record sales at [Diwali].",
     "2015-11-11"),
    ("Chinese New Year", r"(?:Chinese|Lunar)\s+New\s+Year", "chinese_new_year",
     "Millions travelled home for [Chinese New Year].", "2015-02-19"),
)  # fmt: skip

# A holiday's name used as an attribute of a thing: "a Christmas tree", "Easter eggs".
_ATTRIBUTE = (
    r"tree|trees|card|cards|carols?|gifts?|presents?|lights|eggs?|bunny|Island|deals?"
    r"|turkey|dinner|customs?|traditions?|specials?|party|parties|menu"
    r"|decorations?|album|songs?|movie|film|bonus"
)
# Names found in lower case too ("christmas"), except those whose words are ordinary English
_CASE_SENSITIVE = {"Good Friday", "Easter week", "Election Day", "Independence Day"}
_ALL_NAMES = "|".join(words for _, words, *_ in (*_DAYS, *_FEASTS))

HOLIDAYS: tuple[R, ...] = (
    R(
        "holiday name as an attribute",
        rf"(?:{_ALL_NAMES})\s+(?:{_ATTRIBUTE})\b",
        (
            ex("a [Christmas tree]"),
            ex("[Easter Island] lies in the Pacific."),
            ex("a [Black Friday deal]"),
        ),
        kind=Kind.IGNORE,
    ),
    *(
        R(
            f"holiday: {name}",
            rf"(?:(?P<deictic>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:{words})(?:,?\s+(?P<year>{{YEAR}}))?"
            r"(?!['’\w-])",
            (ex(example, value),),
            feast=key,
            lean=-1,
            case_sensitive=name in _CASE_SENSITIVE,
        )
        for name, words, key, example, value in _FEASTS
    ),
    *(
        R(
            f"holiday: {name}",
            rf"(?:(?P<deictic>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:{words})(?:,?\s+(?P<year>{{YEAR}}))?"
            r"(?!['’\w-])",
            (ex(example, value),),
            calendar=calendar,
            lean=-1,
            case_sensitive=name in _CASE_SENSITIVE,
        )
        for name, words, calendar, example, value in _DAYS
    ),
)
