"""Bad input: a one-line message on stderr, a non-zero exit, no traceback, no partial output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import ROOT, run_cli

SAMPLE = str(ROOT / "samples" / "barrage-fr.txt")


def _one_line_error(result: object, code: int, *needles: str) -> str:
    assert result.returncode == code  # type: ignore[attr-defined]
    err = result.stderr.decode()  # type: ignore[attr-defined]
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if "error" in line]
    assert len(lines) == 1, err
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def _png(tmp_path: Path) -> Path:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "no *.txt, *.md, *.html or *.htm files"),
        (_png, "binary"),
        (lambda d: (d / "empty.txt", (d / "empty.txt").write_bytes(b""))[0], "empty"),
        (lambda d: (d / "blank.txt", (d / "blank.txt").write_bytes(b" \n\t \n"))[0], "empty"),
    ],
    ids=["missing", "directory", "binary", "empty", "whitespace"],
)
def test_bad_file(tmp_path: Path, make: object, needle: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    result = run_cli("build", str(path))
    _one_line_error(result, 1, str(path), needle)
    assert result.stdout == b""


def test_bad_file_in_a_batch_keeps_the_others(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    target = tmp_path / "out.jsonl"
    result = run_cli("build", "-f", "jsonl", "-o", str(target), SAMPLE, str(missing), SAMPLE)
    _one_line_error(result, 1, "missing.txt")
    sources = {json.loads(line)["source"] for line in target.read_text().splitlines()}
    assert sources == {SAMPLE}


def test_encodings_are_decoded(tmp_path: Path) -> None:
    text = "Début 2014, il a été élu. Depuis août 2014, l'élu règne.\n"
    for name, data in {
        "latin1.txt": text.encode("latin-1"),
        "cp1252.txt": text.replace("'", "’").encode("cp1252"),
        "utf16.txt": text.encode("utf-16"),
        "bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
    }.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = run_cli("build", "-f", "jsonl", "--ref-date", "2015-09-15", str(path))
        assert result.returncode == 0, result.stderr
        texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
        assert texts == ["Début 2014", "août 2014"], name


def test_no_input_on_a_terminal_is_explained() -> None:
    result = run_cli("--help")
    assert result.returncode == 0 and b"build" in result.stdout
