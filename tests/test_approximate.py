"""A word before a date or a clock time that makes it approximate ("vers", "around", "circa")
joins the expression and marks it: TIMEX3 mod APPROX, `approximate` true."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_cli import build_timeline

REF = dt.date(2015, 9, 15)


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "approximate"),
    [
        ("fr", "La chapelle a été bâtie vers 1750.", "vers 1750", True),
        ("fr", "Il avait quitté la fête vers 4 heures du matin.", "vers 4 heures du matin", True),
        ("fr", "Le convoi est arrivé vers 0 h 40, hier.", "vers 0 h 40", True),
        ("fr", "Elle est partie vers le 3 mars 2012.", "vers le 3 mars 2012", True),
        ("fr", "Il avait quitté la fête à 4 heures du matin.", "4 heures du matin", False),
        ("en", "The mill was built circa 1750.", "circa 1750", True),
        ("en", "The blast came at around 4 a.m. on Friday.", "around 4 a.m. on Friday", True),
        ("en", "The blast came at 4 a.m. on Friday.", "4 a.m. on Friday", False),
        ("en", "He wrote a report about 2015 results.", "2015", False),
    ],
)
def test_an_approximating_word(lang: str, sentence: str, text: str, approximate: bool) -> None:
    entries = build_timeline(sentence, lang=lang, ref_date=REF).entries
    (entry,) = [e for e in entries if text in e.text or e.text in text]
    assert entry.text == text
    assert entry.approximate is approximate
    assert entry.mod == ("APPROX" if approximate else None)
