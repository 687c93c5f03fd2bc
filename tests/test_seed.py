"""The article the product was specified from gives exactly the specified timeline, in every
format (read from ../shared, never copied here)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from .conftest import SEED, needs_shared, run_cli

# (text, start, end, relation) of the dated entries, in order, with --ref-date 2015-09-15
EXPECTED_DATED = [
    ("il y a 5-7 ans", "2008-01-01", "2010-12-31", None),
    ("2011", "2011-01-01", "2015-09-15", "since"),
    ("Début 2014", "2014-01-01", "2014-04-30", None),
    ("août 2014", "2014-08-01", "2015-09-15", "since"),
]
EXPECTED_UNDATED = {"plus tard", "pour l’instant"}


def _build(fmt: str, *extra: str) -> str:
    result = run_cli(
        "build", "--ref-date", "2015-09-15", "-f", fmt, *extra, str(needs_shared(SEED))
    )
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode("utf-8")


def test_seed_json_timeline() -> None:
    doc = json.loads(_build("json"))
    assert doc["schema_version"] == 1
    assert doc["documents"][0]["reference_date"] == "2015-09-15"
    assert doc["documents"][0]["reference_date_source"] == "option"
    assert doc["documents"][0]["language"] == "fr"
    dated = [(e["text"], e["start"], e["end"], e["relation"]) for e in doc["entries"] if e["start"]]
    assert dated == EXPECTED_DATED
    undated = {e["text"] for e in doc["entries"] if not e["start"] and not e["end"]}
    assert undated == EXPECTED_UNDATED
    text = SEED.read_text(encoding="utf-8")
    for e in doc["entries"]:
        assert text[e["char_start"] : e["char_end"]] == e["text"]
        assert e["text"] in e["sentence"]
    assert not any("70" in e["text"] for e in doc["entries"]), "la 70ème session is not a date"


def test_seed_jsonl_matches_json() -> None:
    lines = [json.loads(line) for line in _build("jsonl").splitlines()]
    whole = json.loads(_build("json"))
    document = whole["documents"][0]
    for line in lines:  # each line also says which reference date its document counted from
        assert line["reference_date"] == document["reference_date"]
        assert line["reference_date_source"] == document["reference_date_source"]
    assert lines == whole["entries"]


def test_seed_csv_has_dated_rows_only_unless_all() -> None:
    rows = list(csv.DictReader(io.StringIO(_build("csv"))))
    assert [(r["text"], r["start"], r["end"]) for r in rows] == [e[:3] for e in EXPECTED_DATED]
    assert len(list(csv.DictReader(io.StringIO(_build("csv", "--all"))))) == 6


def test_seed_table_reads_as_a_timeline() -> None:
    out = _build("table")
    assert "\x1b[" not in out
    assert "reference date 2015-09-15 (from --ref-date)" in out
    labels = ["2008–2010 (≈)", "depuis 2011", "début 2014", "depuis août 2014"]
    positions = [out.index(label) for label in labels]
    assert positions == sorted(positions)
    assert "[Depuis août 2014]" not in out and "Depuis [août 2014]" in out
    assert "2 undated expressions hidden" in out


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_seed_without_ref_date_warns_and_estimates(fmt: str) -> None:
    result = run_cli("build", "-f", fmt, str(needs_shared(SEED)))
    assert result.returncode == 0
    assert "--ref-date" in result.stderr.decode()
    assert len(result.stderr.decode().strip().splitlines()) == 1
