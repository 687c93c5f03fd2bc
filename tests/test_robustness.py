"""Unbreakable on bad input: generated text, adversarial text, bad files, dates at the edges.

The property tests run a few dozen examples by default; the thorough profile runs 10,000:

    HYPOTHESIS_PROFILE=thorough .venv/bin/python -m pytest tests/test_robustness.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_cli import build_timeline
from timeline_cli.model import Timeline

from .conftest import REF, ROOT, adversarial_text, run_cli

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
    st.dates(min_value=dt.date(1, 1, 1)).map(dt.date.isoformat),
    st.text(min_size=1, max_size=6),  # any Unicode: accents, emoji, controls, surrogates
)
TEXT = st.lists(_PIECE, max_size=60).flatmap(
    lambda pieces: st.lists(st.sampled_from([" ", "", "\n", "  "]), min_size=len(pieces),
                            max_size=len(pieces)).map(
        lambda seps: "".join(p + s for p, s in zip(pieces, seps, strict=True))
    )
)  # fmt: skip
REF_DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1)))


def _check(text: str, timeline: Timeline) -> None:
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


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_pathological_pattern(lang: str) -> None:
    """1 MB of runs of digits, dashes, slashes, month names, "il y a"... takes about 1 s;
    the bound is generous, only a blow-up (backtracking) should break it."""
    text = adversarial_text(1_000_000)
    started = time.perf_counter()
    timeline = build_timeline(text, lang=lang, ref_date=REF)
    assert time.perf_counter() - started < 20
    _check(text, timeline)


# Bad input through the command, with an output file: a correct result, or one line on stderr,
# a non-zero exit and no output file at all.

FR = (ROOT / "samples" / "barrage-fr.txt").read_text(encoding="utf-8")
TEXT_FR = "Début 2014, il a été élu. Depuis août 2014, l'élu règne.\n"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


INPUTS = {
    "missing": (lambda d: d / "missing.txt", "no such file"),
    "directory": (lambda d: (d / "folder").mkdir() or d / "folder", "no *.txt, *.md, *.html"),
    "png": (lambda d: _write(d / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(256)),
            "binary"),
    "empty": (lambda d: _write(d / "empty.txt", b""), "empty"),
    "whitespace": (lambda d: _write(d / "blank.txt", b" \n\t\r\n \xc2\xa0\n"), "empty"),
    "latin-1": (lambda d: _write(d / "latin1.txt", TEXT_FR.encode("latin-1")), None),
    "windows-1252": (lambda d: _write(d / "cp1252.txt", TEXT_FR.replace("'", "’").encode("cp1252")),
                     None),
    "utf-16": (lambda d: _write(d / "utf16.txt", TEXT_FR.encode("utf-16")), None),
    "utf-8-bom": (lambda d: _write(d / "bom.txt", TEXT_FR.encode("utf-8-sig")), None),
}  # fmt: skip


def _no_output(target: Path) -> None:
    assert not target.exists()
    assert not [p for p in target.parent.glob(f".{target.name}*")]  # no temporary file left


def _one_error_line(result: object) -> str:
    err = result.stderr.decode()  # type: ignore[attr-defined]
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
@pytest.mark.parametrize("name", list(INPUTS))
def test_bad_input_matrix(tmp_path: Path, name: str, fmt: str) -> None:
    make, needle = INPUTS[name]
    path = make(tmp_path)
    target = tmp_path / "out" / f"timeline.{fmt}"
    target.parent.mkdir()
    result = run_cli("build", "-f", fmt, "--ref-date", "2015-09-15", "-o", str(target), str(path))
    if needle is None:  # decoded: the expected entries
        assert result.returncode == 0, result.stderr
        text = target.read_text(encoding="utf-8")
        entries = json.loads(text)["entries"] if fmt == "json" else list(
            map(json.loads, text.splitlines()))  # fmt: skip
        assert [e["text"] for e in entries] == ["Début 2014", "août 2014"]
        return
    assert result.returncode == 1
    line = _one_error_line(result)
    assert line.startswith("timeline: error: ") and needle in line and str(path) in line
    _no_output(target)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--ref-date", "2015-02-30"], "--ref-date"),
        (["--ref-date", "yesterday"], "YYYY-MM-DD"),
        (["--ref-date", "0000-01-01"], "--ref-date"),
        (["--lang", "xx"], "--lang"),
        (["--ref-dates", "{tmp}/missing.csv"], "--ref-dates"),
        (["--format", "xml"], "--format"),
        (["-o", "{tmp}/missing/out.json"], "does not exist"),
        (["-o", "{tmp}"], "is a folder"),
        (["--jobs", "0"], "--jobs"),
        (["--bogus"], "--bogus"),
    ],
    ids=[
        "feb-30",
        "yesterday",
        "year-0",
        "lang",
        "ref-dates-missing",
        "format",
        "missing-folder",
        "folder",
        "jobs",
        "unknown-option",
    ],
)
def test_bad_options_stop_before_any_work(tmp_path: Path, args: list[str], needle: str) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = run_cli("build", "-f", "json", *args, str(ROOT / "samples" / "barrage-fr.txt"))
    assert result.returncode == 2 and result.stdout == b""
    line = _one_error_line(result)
    assert line.startswith("timeline: error: ") and needle in line
    assert list(tmp_path.iterdir()) == []


def test_a_5_mb_line_without_sentence_breaks(tmp_path: Path) -> None:
    """A sentence of 5 MB: the entries keep only the words around the expression."""
    words = "les habitants de la vallée attendent toujours la décision " * 30
    line = "".join(f"{words}depuis le {1 + i % 28} mars {1990 + i % 30}, " for i in range(2900))
    path = _write(tmp_path / "line.txt", line.encode())
    target = tmp_path / "out.jsonl"
    result = run_cli("build", "-f", "jsonl", "--ref-date", "2015-09-15", "-o", str(target),
                     str(path))  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = path.read_text(encoding="utf-8")
    entries = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(text) > 5_000_000 and "\n" not in text and "." not in text
    assert len(entries) == 2900
    for e in entries[:: len(entries) // 50]:
        assert text[e["char_start"] : e["char_end"]] == e["text"]
        assert len(e["sentence"]) <= 700 and e["text"] in e["sentence"]


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
