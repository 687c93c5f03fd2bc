"""The rough edges a new user hits, through the CLI: order of open starts, CSV safety, date
filters, the JSON Schema, the library helpers, help and shell completion."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from timeline_cli import build_timeline, build_timelines

from .conftest import ROOT, run_cli

GOLDEN = ROOT / "tests" / "golden"
REF = ("--ref-date", "2015-09-15", "-l", "fr")


def _jsonl(*args: str, text: str) -> list[dict[str, object]]:
    result = run_cli("build", "-f", "jsonl", *REF, *args, "-", stdin=text.encode())
    assert result.returncode == 0, result.stderr.decode()
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_an_entry_with_only_an_end_is_listed_at_its_end() -> None:
    text = "La mise en eau est prévue d'ici 2027. En 2020, rien. En 2030, tout. Avant 1990, non."
    rows = _jsonl(text=text)
    assert [r["text"] for r in rows] == ["1990", "2020", "2027", "2030"]
    table = run_cli("build", *REF, "-", stdin=text.encode()).stdout.decode()
    assert table.index("[2020]") < table.index("[2027]") < table.index("[2030]")


def _csv(*args: str, text: str) -> bytes:
    result = run_cli("build", "-f", "csv", *REF, *args, "-", stdin=text.encode())
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_that_look_like_formulas_are_inert(start: str) -> None:
    text = f'{start}HYPERLINK("x") En 2014, il partit.'
    rows = list(csv.DictReader(io.StringIO(_csv(text=text).decode())))
    assert rows[0]["sentence"] == f'\'{start}HYPERLINK("x") En 2014, il partit.'
    assert rows[0]["text"] == "2014" and rows[0]["start"] == "2014-01-01"  # others untouched
    raw = list(csv.DictReader(io.StringIO(_csv("--raw-csv", text=text).decode())))
    assert raw[0]["sentence"].startswith(start)


def test_csv_excel_adds_a_bom_and_is_for_csv_only() -> None:
    text = "En 2014, il partit."
    assert _csv("--excel", text=text).startswith(b"\xef\xbb\xbfsource,")
    assert not _csv(text=text).startswith(b"\xef\xbb\xbf")
    wrong = run_cli("build", "-f", "json", "--excel", "-", stdin=text.encode())
    assert wrong.returncode == 2 and wrong.stdout == b""
    assert wrong.stderr.decode().count("\n") == 1 and "--excel" in wrong.stderr.decode()


def test_from_and_to_keep_the_entries_that_meet_the_window() -> None:
    text = ("En 1998, il naquit. Début 2014, il partit. D'ici 2027, il reviendra. "
            "Depuis 2011, il pleut. Pour l'instant, rien. En mars 2016, tout.")  # fmt: skip

    def kept(*args: str) -> list[object]:
        return [r["text"] for r in _jsonl(*args, text=text)]

    everything = kept()
    assert "Pour l'instant" in everything
    assert kept("--from", "2014", "--to", "2014") == ["2011", "Début 2014", "2027"]
    assert kept("--from", "2015-09-16") == ["mars 2016", "2027"]
    assert kept("--to", "2013-12") == ["1998", "2011", "2027"]
    bad = run_cli("build", "--from", "2014-13", "-", stdin=text.encode())
    assert bad.returncode == 2 and "--from" in bad.stderr.decode() and bad.stdout == b""


def test_schema_command_and_every_golden_file_validates() -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="pip install jsonschema")
    result = run_cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    document = jsonschema.Draft202012Validator(schema)
    entry = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/entry"})
    goldens = sorted(GOLDEN.glob("*.json")) + sorted(GOLDEN.glob("*.jsonl"))
    checked = [p for p in goldens if not p.name.endswith(".timelinejs.json")]
    assert len(checked) == 4
    for path in checked:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            document.validate(json.loads(text))
        else:
            for line in text.splitlines():
                entry.validate(json.loads(line))
    several = json.loads(run_cli("build", "-f", "json", "--all", "samples/barrage-fr.txt",
                                 "samples/harbour-en.txt").stdout)  # fmt: skip
    document.validate(several)


def test_jsonl_and_csv_rows_carry_reference_date_and_sentence_start() -> None:
    text = "Publié le 15/09/2015\nLe ministre est parti. Début 2014, il partit."
    [row] = [r for r in _jsonl(text=text) if r["text"] == "Début 2014"]
    sentence, start = str(row["sentence"]), int(row["sentence_start"])  # type: ignore[call-overload]
    begin = int(row["char_start"]) - start  # type: ignore[call-overload]
    assert sentence[begin : begin + len(str(row["text"]))] == "Début 2014"
    assert row["reference_date"] == "2015-09-15"
    [csv_row] = [r for r in csv.DictReader(io.StringIO(_csv(text=text).decode()))
                 if r["text"] == "Début 2014"]  # fmt: skip
    assert (csv_row["reference_date"], csv_row["sentence_start"]) == ("2015-09-15", str(start))


def test_library_ref_date_records_and_many_texts() -> None:
    text = "Hier, il a plu. Il y a 5-7 ans, rien."
    same = [build_timeline(text, lang="fr", ref_date=value).entries for value in
            (dt.date(2015, 9, 15), dt.datetime(2015, 9, 15, 18, 30), "2015-09-15",
             "2015-09-15T08:00:00")]  # fmt: skip
    assert all(entries == same[0] for entries in same) and same[0][1].start == dt.date(2015, 9, 14)
    with pytest.raises(ValueError, match="ISO date"):
        build_timeline(text, ref_date="15/09/2015")
    timeline = build_timeline(text, lang="fr", ref_date="2015-09-15", source="a.txt")
    cli = _jsonl(text=text)
    assert [{**r, "source": "a.txt"} for r in cli] == timeline.to_records()
    many = build_timelines([text, ("b.txt", "En 2014, rien.")], lang="fr", ref_date="2015-09-15")
    assert [t.document.source for t in many] == ["<text 1>", "b.txt"]
    assert many[0].entries == tuple(replace(e, source="<text 1>") for e in timeline.entries)


def test_pandas_helper_has_fixed_column_types() -> None:
    pytest.importorskip("pandas", reason="the [pandas] extra is not installed")
    from timeline_cli.dataframe import DTYPES, to_dataframe

    timelines = build_timelines(["En 2014, il partit. Hier, rien.", "Rien du tout ici."],
                                lang="fr", ref_date="2015-09-15")  # fmt: skip
    full, empty = to_dataframe(timelines), to_dataframe(timelines[1])
    assert len(full) == 2 and len(empty) == 0
    assert {k: str(v) for k, v in full.dtypes.items()} == DTYPES
    assert full.dtypes.equals(empty.dtypes)
    assert str(full["start"].iloc[0].date()) == "2014-01-01"


def test_help_shows_choices_and_ends_with_examples() -> None:
    for command in ("build", "eval", "schema"):
        result = run_cli(command, "--help", env={"COLUMNS": "200"})
        out = result.stdout.decode()
        assert result.returncode == 0
        tail = out.rstrip().split("\n\n")
        assert tail[-2].strip() == "Examples:" and "timeline " in tail[-1], command
    build_help = run_cli("build", "--help", env={"COLUMNS": "200"}).stdout.decode()
    assert "[table|json|jsonl|csv|markdown|html|timelinejs|timeml|parquet]" in build_help
    assert "[auto|fr|en|CODE]" in build_help
    assert "--install-completion" in run_cli("--help").stdout.decode()


def test_shell_completion_offers_the_formats() -> None:
    env = {**os.environ, "_TIMELINE_COMPLETE": "complete_bash",
           "COMP_WORDS": "timeline build -f tim", "COMP_CWORD": "3"}  # fmt: skip
    script = "import sys; sys.argv[0] = 'timeline'; from timeline_cli.cli import main; main()"
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            timeout=60, cwd=Path(ROOT))  # fmt: skip
    assert result.stdout.decode().split() == ["timelinejs", "timeml"]
