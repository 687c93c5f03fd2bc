"""The command as a user runs it: formats, golden files, reference dates, stdin, errors."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_cli.render import RENDERERS

from .conftest import ROOT, read_terminal, run_cli

GOLDEN = ROOT / "tests" / "golden"
SAMPLES = ["samples/barrage-fr.txt", "samples/harbour-en.txt"]
EXTENSIONS = {name: r.extension for name, r in RENDERERS.items()}  # every registered format


@pytest.mark.parametrize("sample", SAMPLES)
@pytest.mark.parametrize("fmt", list(EXTENSIONS))
def test_sample_golden(sample: str, fmt: str) -> None:
    """Regenerate with UPDATE_GOLDEN=1 after a deliberate change, and review the diff."""
    result = run_cli("build", "-f", fmt, sample)
    assert result.returncode == 0, result.stderr.decode()
    golden = GOLDEN / f"{Path(sample).stem}.{EXTENSIONS[fmt]}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(result.stdout)
    assert result.stdout == golden.read_bytes()


def test_json_offsets_point_at_the_text() -> None:
    for sample in SAMPLES:
        text = (ROOT / sample).read_text(encoding="utf-8")
        doc = json.loads(run_cli("build", "-f", "json", sample).stdout)
        assert doc["entries"]
        for e in doc["entries"]:
            assert text[e["char_start"] : e["char_end"]] == e["text"]
            if e["start"] and e["end"]:
                assert e["start"] <= e["end"]


def test_csv_is_rfc4180_and_utf8() -> None:
    out = run_cli("build", "-f", "csv", SAMPLES[0]).stdout
    assert out.startswith(b"source,language,text,char_start")
    assert b"\r\n" in out
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"))))
    assert any("«" in r["sentence"] for r in rows)  # quoted fields with commas and quotes
    assert all(r["start"] or r["end"] for r in rows)


def _on_a_terminal(*args: str, stream: str, env: dict[str, str] | None = None
                   ) -> tuple[int, bytes]:  # fmt: skip
    """Run the command with its stdin or stdout on a pseudo-terminal; what it wrote there."""
    main, secondary = pty.openpty()
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    process = subprocess.Popen(
        [sys.executable, "-m", "timeline_cli", *args], cwd=ROOT, env={**full_env, **(env or {})},
        stdin=secondary if stream == "stdin" else subprocess.DEVNULL,
        stdout=secondary if stream == "stdout" else subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    os.close(secondary)
    captured = read_terminal(main, process)
    code = process.wait(timeout=60)
    os.close(main)
    assert process.stderr is not None
    return code, captured if stream == "stdout" else process.stderr.read()


def test_table_is_plain_when_piped_or_no_color() -> None:
    assert b"\x1b[" not in run_cli("build", SAMPLES[0]).stdout
    code, coloured = _on_a_terminal("build", SAMPLES[0], stream="stdout")
    assert code == 0 and b"\x1b[" in coloured  # on a terminal: colour
    code, plain = _on_a_terminal("build", SAMPLES[0], stream="stdout", env={"NO_COLOR": "1"})
    assert code == 0 and b"\x1b[" not in plain and b"barrage" in plain


def test_no_input_on_a_terminal_is_explained() -> None:
    code, err = _on_a_terminal("build", stream="stdin")
    assert code == 2
    assert err == b"timeline: error: no input: give a file, or pipe text into timeline build\n"


def test_table_all_shows_undated() -> None:
    plain = run_cli("build", SAMPLES[1]).stdout.decode()
    full = run_cli("build", "--all", SAMPLES[1]).stdout.decode()
    assert "For [now]" not in plain and "undated expressions hidden" in plain
    assert "now                         For [now]" in full  # PRESENT_REF, in words


def test_stdin_dash_and_no_argument() -> None:
    """`-` and no argument both read standard input, with the same result."""
    data = (ROOT / SAMPLES[1]).read_bytes()
    dash, bare = (run_cli("build", "-f", "jsonl", *args, stdin=data) for args in (["-"], []))
    assert dash.returncode == bare.returncode == 0 and dash.stdout == bare.stdout
    entries = [json.loads(line) for line in dash.stdout.splitlines()]
    assert entries and all(e["source"] == "<stdin>" for e in entries)


def _reference(text: str, *args: str) -> dict[str, str]:
    result = run_cli("build", "-f", "json", *args, "-", stdin=text.encode())
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)["documents"][0]
    return {"date": doc["reference_date"], "source": doc["reference_date_source"],
            "stderr": result.stderr.decode()}  # fmt: skip


def test_reference_date_order() -> None:
    article = "Publié le 15/09/2015\nHier, le ministre a parlé. La loi date du 3 mars 2012."
    assert _reference(article, "--ref-date", "2016-01-02")["date"] == "2016-01-02"
    stated = _reference(article)
    assert (stated["date"], stated["source"], stated["stderr"]) == ("2015-09-15", "document", "")
    english = _reference("Published September 15, 2015\nYesterday, the minister spoke.")
    assert (english["date"], english["source"]) == ("2015-09-15", "document")
    front = _reference("date: 2015-09-15\n\nYesterday, the minister spoke at length.")
    assert (front["date"], front["source"]) == ("2015-09-15", "document")
    estimated = _reference("Le 3 mars 2012, il est parti. Il est revenu le 5 avril 2013.")
    assert (estimated["date"], estimated["source"]) == ("2013-04-05", "estimated")
    assert "--ref-date" in estimated["stderr"]
    none = _reference("Hier, il a plu sur la ville et les rues étaient vides.")
    assert none["source"] == "today" and "--ref-date" in none["stderr"]


def test_relative_dates_follow_the_reference() -> None:
    result = run_cli("build", "-f", "jsonl", "--ref-date", "2015-09-15", "-",
                     stdin=b"Hier, il a plu. Il y a 5-7 ans, rien.")  # fmt: skip
    entries = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["start"], e["end"]) for e in entries] == [
        ("2008-01-01", "2010-12-31"), ("2015-09-14", "2015-09-14")]  # fmt: skip


def test_language_is_detected_per_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Depuis 2011, la Syrie est en guerre.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Since 2011, Syria has been at war.", encoding="utf-8")
    result = run_cli("build", "-f", "json", "--ref-date", "2015-09-15", str(tmp_path))
    docs = json.loads(result.stdout)["documents"]
    assert [(Path(d["source"]).name, d["language"], d["language_source"]) for d in docs] == [
        ("a.txt", "fr", "detected"), ("b.txt", "en", "detected")]  # fmt: skip


def test_output_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = run_cli("build", "-f", "json", "-o", str(target), SAMPLES[0])
    assert result.returncode == 0 and result.stdout == b""
    assert json.loads(target.read_text(encoding="utf-8"))["entries"]
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
