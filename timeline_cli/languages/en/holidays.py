"""English rules for holidays: a fixed day, or the first given weekday on or after a day
(see `Rule.calendar`)."""

from __future__ import annotations

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
    ("Martin Luther King Day", r"Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day", (1, 15, 0),
     "Schools closed on [Martin Luther King Day].", "2015-01-19"),
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

HOLIDAYS: tuple[R, ...] = (
    *(
        R(
            f"holiday: {name}",
            rf"(?:(?P<deictic>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?:{words})(?:,?\s+(?P<year>{{YEAR}}))?"
            r"(?!['’\w-]|\s+(?:tree|trees|card|cards|carols?|gifts?|presents?|lights)\b)",
            (ex(example, value),),
            calendar=calendar,
            lean=-1,
            case_sensitive=True,
        )
        for name, words, calendar, example, value in _DAYS
    ),
)
