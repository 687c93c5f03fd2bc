"""The `edtf` field: every kind of range the issue lists, written as EDTF levels 1-2 and read
back by a real EDTF parser (the `edtf` package) to the same dates."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from timeline_cli import build_timeline
from timeline_cli.formats.edtf import edtf

from .conftest import REF, run_cli

# (language, sentence, expression, EDTF), with the reference date 2015-09-15
KINDS = [
    ("fr", "Il a été élu en 2014.", "2014", "2014"),
    ("fr", "Il y a 5-7 ans, il partit.", "Il y a 5-7 ans", "2008~/2010~"),
    ("en", "About four years ago, it fell.", "About four years ago", "2011~"),
    ("fr", "Début 2014, il partit.", "Début 2014", "2014-37"),
    ("fr", "Mi-2014, il partit.", "Mi-2014", "2014-38"),
    ("fr", "Fin 2014, il partit.", "Fin 2014", "2014-39"),
    ("fr", "Au premier trimestre 2015, il partit.", "premier trimestre 2015", "2015-33"),
    ("en", "In the first quarter of 2015, it fell.", "the first quarter of 2015", "2015-33"),
    ("fr", "Au premier semestre 2014, il partit.", "premier semestre 2014", "2014-40"),
    ("en", "In the second half of 2014, it fell.", "the second half of 2014", "2014-41"),
    ("fr", "Au printemps 2014, il partit.", "printemps 2014", "2014-21"),
    ("fr", "En été 2014, il partit.", "été 2014", "2014-22"),
    ("fr", "En automne 2013, il partit.", "automne 2013", "2013-23"),
    ("fr", "En hiver 2014, il partit.", "hiver 2014", "2014-24"),
    ("fr", "Dans les années 1990, il partit.", "années 1990", "199X"),
    ("fr", "Au XIXe siècle, il partit.", "XIXe siècle", "18XX"),
    ("fr", "Au début du XXe siècle, il partit.", "début du XXe siècle", "1900/1939"),
    ("fr", "Depuis 2011, la guerre dure.", "2011", "2011/2015-09-15"),
    ("fr", "La mise en eau est prévue d'ici 2027.", "2027", "../2027"),
    ("en", "Until the early 1970s, it was open.", "the early 1970s", "../1973"),
    ("fr", "Avant 2010, il pleuvait.", "2010", "../2009"),
    ("fr", "Après 2016, il partit.", "2016", "2017/.."),
    ("fr", "En août 2014, il partit.", "août 2014", "2014-08"),
    ("fr", "Début août 2014, il partit.", "Début août 2014", "2014-08-01/2014-08-10"),
    ("fr", "Le 3 mars 2012, il partit.", "Le 3 mars 2012", "2012-03-03"),
    ("fr", "De 2011 à 2014, il resta.", "2011 à 2014", "2011/2014"),
    ("fr", "La semaine dernière, il partit.", "La semaine dernière", "2015-09-07/2015-09-13"),
    ("fr", "Hier à 15h, il partit.", "15h", "2015-09-14"),
    ("fr", "Il resta pendant trois ans.", "trois ans", None),
    ("fr", "Il vient chaque année.", "chaque année", None),
]


def _entry(lang: str, sentence: str, expression: str):  # type: ignore[no-untyped-def]
    entries = [e for e in build_timeline(sentence, lang=lang, ref_date=REF).entries
               if e.text == expression]  # fmt: skip
    assert entries, f"{expression!r} not found in {sentence!r}"
    return entries[0]


def _day(t: object) -> dt.date | None:
    """A bound of the parser (a struct_time, or ±infinity for an open side) as a date."""
    year = getattr(t, "tm_year", None)
    return None if year is None else dt.date(year, t.tm_mon, t.tm_mday)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("lang", "sentence", "expression", "want"), KINDS,
                         ids=[k[3] or k[2] for k in KINDS])  # fmt: skip
def test_edtf_kind(lang: str, sentence: str, expression: str, want: str | None) -> None:
    entry = _entry(lang, sentence, expression)
    assert edtf(entry) == want
    if want is None:
        return
    parser = pytest.importorskip("edtf", reason="the EDTF parser (pip install edtf) is absent")
    parsed = parser.parse_edtf(want)
    assert parsed is not None, want
    low, high = _day(parsed.lower_strict()), _day(parsed.upper_strict())
    if want.endswith("-24"):  # the parser reads winter as December alone; ours runs to February
        assert (low, entry.start) == (dt.date(2014, 12, 1), dt.date(2014, 12, 1))
        return
    assert (low, high) == (entry.start, entry.end)


def test_edtf_is_in_every_format() -> None:
    text = "Début 2014, les travaux ont été gelés. Depuis 2011, la guerre dure."
    args = ("build", "--ref-date", "2015-09-15", "-l", "fr")
    rows = [
        json.loads(line)
        for line in run_cli(*args, "-f", "jsonl", "-", stdin=text.encode()).stdout.splitlines()
    ]
    assert [r["edtf"] for r in rows] == ["2011/2015-09-15", "2014-37"]
    json_doc = json.loads(run_cli(*args, "-f", "json", "-", stdin=text.encode()).stdout)
    assert [r["edtf"] for r in json_doc["entries"]] == ["2011/2015-09-15", "2014-37"]
    csv_out = run_cli(*args, "-f", "csv", "-", stdin=text.encode()).stdout.decode()
    assert "edtf" in csv_out.splitlines()[0].split(",") and ",2014-37," in csv_out
    html = run_cli(*args, "-f", "html", "-", stdin=text.encode()).stdout.decode()
    assert '<time datetime="2014-37">' in html and '<time datetime="2011/2015-09-15">' in html
