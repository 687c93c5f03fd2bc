"""Unbreakable on bad input: generated text, adversarial text, bad files, dates at the edges.

The property tests run a few dozen examples by default; the thorough profile runs 10,000:

    HYPOTHESIS_PROFILE=thorough .venv/bin/python -m pytest tests/test_robustness.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_cli import build_timeline
from timeline_cli.languages import LANGUAGES, resource
from timeline_cli.model import Timeline
from timeline_cli.render import jsonl_lines, to_csv

from .conftest import ADVERSARIAL_KINDS, REF, adversarial_text, run_cli

settings.register_profile(
    "thorough", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck)
)
_THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"
PROPERTY = settings(
    settings.get_profile("thorough") if _THOROUGH else settings.default,
    max_examples=10_000 if _THOROUGH else 60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_VOCABULARY = (
    "le la les l' de du des en à au depuis il y a dans ans an mois jours semaines plus tard "
    "tôt avant après jusqu'en d'ici lundi mardi dimanche mars Mars mai été août décembre début "
    "fin mi- courant année années siècle XXe hier demain lendemain veille prochain dernier "
    "the in on of ago later last next since until by May may March Monday Friday early late "
    "mid spring 1990s decade quarter yesterday 1 3 12 31 99 2014 1998 2100 0000 9999 10000 "
    "15h30 8 a.m. 2014-07-03 12/05/2013 29/02/2015 5-7 1914-18 52 av. J.-C. 1er 2e XIXe"
)
_PUNCTUATION = ", . ; : ! ? - – — / ' ’ « » \" ( ) [ ] % € $ … \n \n\n \t \r\n"
_PIECE = st.one_of(
    st.sampled_from(_VOCABULARY.split(" ")),
    st.sampled_from(_PUNCTUATION.split(" ")),
    st.integers(min_value=-5, max_value=10**12).map(str),
    st.dates(min_value=dt.date(1, 1, 1)).map(lambda d: d.strftime("%d/%m/%Y")),
    st.sampled_from(
        [
            "29 février",
            "February 29",
            "le 29 février dernier",
            "Lundi dernier",
            "Cet hiver",
            "1er janvier prochain",
            "next Monday",
            "ce week-end",
        ]
    ),
    st.dates(min_value=dt.date(1, 1, 1)).map(dt.date.isoformat),
    st.text(min_size=1, max_size=6),  # any Unicode: accents, emoji, controls, surrogates
)
TEXT = st.lists(_PIECE, max_size=60).flatmap(
    lambda pieces: st.lists(st.sampled_from([" ", "", "\n", "  "]), min_size=len(pieces),
                            max_size=len(pieces)).map(
        lambda seps: "".join(p + s for p, s in zip(pieces, seps, strict=True))
    )
)  # fmt: skip
# The calendar's ends and leap days on purpose: a random date almost never lands there
EDGE_DATES = (dt.date(1, 1, 1), dt.date(1, 1, 7), dt.date(1, 12, 31), dt.date(9999, 1, 1),
              dt.date(9999, 6, 15), dt.date(9999, 12, 31), dt.date(2024, 2, 29),
              dt.date(2026, 3, 1), dt.date(2100, 2, 28))  # fmt: skip
REF_DATES = st.one_of(st.none(), st.sampled_from(EDGE_DATES), st.dates(min_value=dt.date(1, 1, 1)))


def _check(text: str, timeline: Timeline) -> None:
    # the resolver placed or declined every expression itself
    assert not [w for w in timeline.warnings if "could not be resolved" in w]
    for e in timeline.entries:
        assert text[e.char_start : e.char_end] == e.text
        assert 0 <= e.char_start < e.char_end <= len(text)
        if e.start is not None and e.end is not None:
            assert e.start <= e.end
        begin = e.char_start - e.sentence_start  # the sentence is where the expression starts
        assert 0 <= begin <= len(e.sentence)
        shown = e.sentence[begin : begin + len(e.text)]
        assert shown == e.text.translate({9: 32, 10: 32, 13: 32})[: len(shown)]


@PROPERTY
@given(text=TEXT, lang=st.sampled_from(["auto", "fr", "en"]), ref=REF_DATES)
def test_any_text_gives_a_consistent_timeline(text: str, lang: str, ref: dt.date | None) -> None:
    first = build_timeline(text, lang=lang, ref_date=ref or REF)
    _check(text, first)
    assert build_timeline(text, lang=lang, ref_date=ref or REF) == first  # the same every time


@PROPERTY
@given(text=TEXT)
def test_without_a_reference_date(text: str) -> None:
    timeline = build_timeline(text)
    _check(text, timeline)
    assert timeline.document.reference.source in ("document", "estimated", "today")


@pytest.mark.parametrize("kind", ADVERSARIAL_KINDS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_pathological_pattern(lang: str, kind: str) -> None:
    """1 MB of each adversarial kind (runs of digits, of dots with no space after, dates back
    to back...) takes a second or a few; a quadratic pattern takes hours (100 KB of dots took
    79 s once), so the generous bound only catches a blow-up."""
    text = adversarial_text(1_000_000 if kind == "mixed" else 300_000, kind)
    started = time.perf_counter()
    timeline = build_timeline(text, lang=lang, ref_date=REF)
    assert time.perf_counter() - started < 20
    _check(text, timeline)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il y a 3000 ans, la ville existait.", [("Il y a 3000 ans", None)]),
        ("3000 years ago, the city stood.", [("3000 years ago", None)]),
        ("Dans 9000 ans, rien.", [("Dans 9000 ans", None)]),
        ("Il y a 2014 ans, en l'an 1.", [("Il y a 2014 ans", "0001")]),
        ("Le 29 février 2016, tout.", [("Le 29 février 2016", "2016-02-29")]),
        ("Le 29 février 2015, rien.", []),
        ("February 29, 2015, nothing.", []),
        ("Le 31 avril, il est parti.", []),
        ("Le 31/04/2015 et le 29/02/2015.", []),
        ("En 0000, en 0999, en l'an 0 et en 10000.", []),
        ("Le 0000-01-01 et le 10000-01-01.", []),
        ("In 52 BC and in 9999 av. J.-C.", None),
        ("il y a 10000000000000000000 jours", [("il y a 10000000000000000000 jours", None)]),
        ("dans 99999999999999999999999 semaines", None),
    ],
)
def test_dates_at_the_edges(text: str, expected: list[tuple[str, str | None]] | None) -> None:
    """Outside years 1-9999 an expression keeps no dates; an impossible day is no date."""
    lang = "en" if text.split()[0] in ("3000", "February", "In") else "fr"
    timeline = build_timeline(text, lang=lang, ref_date=REF)
    _check(text, timeline)
    found = [(e.text, e.value) for e in timeline.entries]
    if expected is not None:
        assert found == expected
    for e in timeline.entries:
        if e.value is None or e.value.startswith("BC"):
            assert e.start is None and e.end is None


@pytest.mark.parametrize("ref", EDGE_DATES, ids=str)
def test_every_rule_example_at_the_calendar_ends(ref: dt.date) -> None:
    """Each rule's examples with the reference date at the calendar's ends and on leap days:
    resolved or left undated by the resolver, never an error (303 of 9,900 raised once); and
    written out, EDTF included ("ce mois-ci" on 9999-12-31 once raised in the writer)."""
    for code in LANGUAGES:
        for rule in resource(code).rules:
            for example in rule.examples:
                text = example.text.replace("[", "").replace("]", "")
                timeline = build_timeline(text, lang=code, ref_date=ref)
                _check(text, timeline)
                for line in jsonl_lines(timeline):
                    json.loads(line)
                to_csv([timeline], show_all=True)


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("Le 29 février, il a plu.", "2026-03-01", "2024-02-29"),
        ("Le 29 février, il pleuvra.", "2026-03-01", "2028-02-29"),
        ("Le 29 février dernier, il a plu.", "2026-03-01", "2024-02-29"),
        ("Le 29 février prochain, il pleuvra.", "2026-03-01", "2028-02-29"),
        ("Last February 29, it rained.", "2026-03-01", "2024-02-29"),
        ("Le 29 février dernier, il a plu.", "1905-01-01", "1904-02-29"),  # 1900: no leap day
        ("Le 29 février prochain.", "1897-01-01", "1904-02-29"),  # eight years ahead
        ("Lundi dernier, il a plu.", "0001-01-01", None),
        ("Cet hiver, il a plu.", "9999-12-31", None),
        ("It was the 1st century BC.", "2015-09-15", "BC00"),
    ],
)
def test_leap_days_and_calendar_ends_through_the_command(text: str, ref: str,
                                                          value: str | None) -> None:  # fmt: skip
    result = run_cli("build", "-f", "jsonl", "--ref-date", ref, "-", stdin=text.encode())
    assert result.returncode == 0 and result.stderr == b""
    entries = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["value"] for e in entries] == [value]
    if value is None or value.startswith("BC"):
        assert entries[0]["start"] is None and entries[0]["end"] is None
    else:
        assert entries[0]["start"] == value


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Its fourth quarter ended Dec. 31.", "en"),
        ("Le quatrième trimestre clos le 31 décembre.", "fr"),
    ],
)
def test_a_quarter_ending_on_the_calendars_last_day(text: str, lang: str) -> None:
    """A quarter's span is worked out from the day after the date it ends on, which
    9999-12-31 does not have: the quarter keeps its own dates, the document its entries."""
    result = run_cli("build", "-f", "jsonl", "--lang", lang, "--ref-date", "9999-12-31", "-",
                     stdin=text.encode())  # fmt: skip
    assert result.returncode == 0 and result.stderr == b""
    entries = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["end"] for e in entries] == ["9999-12-31", "9999-12-31"]


def test_an_expression_that_fails_to_resolve_keeps_the_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from timeline_cli import pipeline

    original = pipeline.resolve

    def broken(m: object, ctx: object) -> object:
        if getattr(m, "text", "") == "hier":
            raise OverflowError("date value out of range")
        return original(m, ctx)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "resolve", broken)
    from timeline_cli.cache import BoundedCache

    monkeypatch.setattr(pipeline, "_RESOLVED", BoundedCache(100))  # nothing remembered
    timeline = build_timeline("Le 3 mars 2015, il a plu; hier aussi.", lang="fr", ref_date=REF)
    assert [(e.text, e.start is None) for e in timeline.entries] == [("Le 3 mars 2015", False),
                                                                      ("hier", True)]  # fmt: skip
    assert len(timeline.warnings) == 1 and "'hier'" in timeline.warnings[0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Du 29 février au 3 juillet 2014, rien.", "fr"), ("From February 29 to July 3, 2014.", "en")],
)
def test_a_range_from_a_day_its_year_lacks_is_undated_without_a_warning(
    text: str, lang: str
) -> None:
    """Found by the thorough profile: the first end takes the second's year, which has no 29
    February; the range is left undated by the resolver itself, not by the pipeline's guard."""
    timeline = build_timeline(text, lang=lang, ref_date=REF)
    assert timeline.warnings == ()
    assert [(e.start, e.end) for e in timeline.entries if e.relation == "range"] in (
        [(None, None)],
        [],
    )
