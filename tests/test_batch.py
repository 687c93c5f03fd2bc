"""Many documents and big ones: folders, worker processes, a stable order, streaming, progress."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_cli.batch import DEFAULT_GLOBS, Job, expand_inputs, run_all

from .conftest import REF, ROOT, read_terminal, run_cli

FR = (ROOT / "samples" / "barrage-fr.txt").read_text(encoding="utf-8")
EN = (ROOT / "samples" / "harbour-en.txt").read_text(encoding="utf-8")


def _archive(root: Path, count: int = 6) -> Path:
    """A folder of articles, some in sub-folders, with a file of another kind beside them."""
    for i in range(count):
        folder = root / "archive" / ("sub" if i % 2 else "") / ("deep" if i % 3 == 0 else "")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:02d}.txt").write_text(FR if i % 2 else EN, encoding="utf-8")
    (root / "archive" / "notes.md").write_text(FR, encoding="utf-8")
    return root / "archive"


def _sources(stdout: bytes) -> list[str]:
    seen: list[str] = []
    for line in stdout.splitlines():
        source = json.loads(line)["source"]
        if not seen or seen[-1] != source:
            seen.append(source)
    return seen


def test_folders_are_read_recursively_in_a_stable_order(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    files, errors = expand_inputs([str(archive)], "*.txt")
    assert errors == [] and files == sorted(files) and len(files) == 6
    result = run_cli("build", "-f", "jsonl", "--ref-date", "2015-09-15", str(archive))
    assert result.returncode == 0, result.stderr
    default, _ = expand_inputs([str(archive)], DEFAULT_GLOBS)  # *.txt, *.md, *.html, *.htm
    assert _sources(result.stdout) == default  # each document's entries together, in order
    md, _ = expand_inputs([str(archive)], "*.md")
    assert [Path(p).name for p in md] == ["notes.md"]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_worker_processes_give_the_same_output(tmp_path: Path, fmt: str) -> None:
    archive = _archive(tmp_path, 9)
    args = ("build", "-f", fmt, "--ref-date", "2015-09-15", str(archive))
    one, two = run_cli(*args), run_cli(*args, "--jobs", "2")
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout and one.stdout


def test_run_all_keeps_the_order_with_workers(tmp_path: Path) -> None:
    paths = []
    for i in range(20):  # more documents than the queue of a worker holds
        paths.append(tmp_path / f"{i:02d}.txt")
        paths[-1].write_text(f"Le {i + 1} mars 2012, il est parti.", encoding="utf-8")
    jobs = [Job(str(p), "fr", REF) for p in paths]
    outcomes = list(run_all(jobs, workers=2))
    assert [o.path for o in outcomes] == [str(p) for p in paths]
    days = [next(iter(o.timelines)).entries[0].start.day for o in outcomes]  # type: ignore[union-attr]
    assert days == list(range(1, 21))


def test_a_bad_document_is_reported_and_skipped(tmp_path: Path) -> None:
    archive = _archive(tmp_path, 4)
    (archive / "02b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (archive / "03b.txt").write_bytes(b"   \n")
    target = tmp_path / "out.jsonl"
    args = ["build", "-f", "jsonl", "--ref-date", "2015-09-15", "-o", str(target), str(archive)]
    for jobs in ("1", "2"):
        result = run_cli(*args, "--jobs", jobs)
        assert result.returncode == 1
        err = result.stderr.decode()
        assert "Traceback" not in err
        assert [line for line in err.splitlines() if "error" in line] == [
            f"timeline: error: {archive / '02b.txt'}: looks like a binary file, not text; "
            "give a .txt article",
            f"timeline: error: {archive / '03b.txt'}: the input is empty; give an article with "
            "some text",
        ]
        good = [p for p in expand_inputs([str(archive)], DEFAULT_GLOBS)[0] if "b.txt" not in p]
        assert _sources(target.read_bytes()) == good


def _stderr_on_a_terminal(*args: str) -> tuple[int, str]:
    """Run the command with stderr on a pseudo-terminal, stdout on a pipe."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "timeline_cli", *args],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=secondary, cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")},
    )  # fmt: skip
    os.close(secondary)
    captured = read_terminal(main, process)
    assert process.stdout is not None
    process.stdout.read()
    code = process.wait(timeout=60)
    os.close(main)
    return code, captured.decode("utf-8", "replace")


def test_progress_bar_only_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    archive = _archive(tmp_path, 6)
    args = ("build", "-f", "jsonl", "--ref-date", "2015-09-15", str(archive))
    code, terminal = _stderr_on_a_terminal(*args)
    assert code == 0
    assert "documents" in terminal and "\x1b[" in terminal  # drawn, then cleared
    piped = run_cli(*args)
    assert piped.returncode == 0 and piped.stderr == b""
    one = expand_inputs([str(archive)], "*.txt")[0][0]
    code, single = _stderr_on_a_terminal("build", "-f", "jsonl", one)
    assert code == 0 and "documents" not in single  # one document: no bar


def test_errors_show_above_the_progress_bar(tmp_path: Path) -> None:
    archive = _archive(tmp_path, 3)
    (archive / "zz.txt").write_bytes(b"\x00\x01" * 100)
    code, terminal = _stderr_on_a_terminal("build", "-f", "jsonl", str(archive))
    assert code == 1
    assert "zz.txt: looks like a binary file" in terminal and "Traceback" not in terminal
