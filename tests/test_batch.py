"""Many documents and big ones: folders, worker processes, a stable order, streaming, progress."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline_cli import batch, cli, reading
from timeline_cli.batch import DEFAULT_GLOBS, Job, expand_inputs, run, run_all
from timeline_cli.errors import InputError
from timeline_cli.reading import open_input

from .conftest import REF, ROOT, run_cli

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


def test_jsonl_is_written_as_each_document_is_done(tmp_path: Path) -> None:
    """The second input is a pipe nobody writes to yet: the first document's entries must
    already be out."""
    first = tmp_path / "first.txt"
    first.write_text(FR, encoding="utf-8")
    fifo = tmp_path / "second.txt"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [sys.executable, "-m", "timeline_cli", "build", "-f", "jsonl", "--ref-date",
         "2015-09-15", str(first), str(fifo)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "nothing written while the second document is pending"
        line = process.stdout.readline()
        assert json.loads(line)["source"] == str(first)
        assert process.poll() is None  # still waiting for the second document
        fifo.write_text(EN, encoding="utf-8")
        out = process.stdout.read()  # the rest, after what readline buffered
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()
    assert _sources(line + out) == [str(first), str(fifo)]


def _stderr_on_a_terminal(*args: str) -> tuple[int, str]:
    """Run the command with stderr on a pseudo-terminal, stdout on a pipe."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "timeline_cli", *args],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=secondary, cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")},
    )  # fmt: skip
    os.close(secondary)
    captured = b""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            captured += chunk
        elif process.poll() is not None:
            break
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


# Big inputs, with the thresholds made small so that a few kilobytes count as big


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "STREAM_ABOVE", 2000)
    monkeypatch.setattr(reading, "BLOCK", 1500)


def test_a_big_input_is_processed_in_blocks(tmp_path: Path, small_blocks: None) -> None:
    text = "\n\n".join([FR] * 6)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    streamed = run(Job(str(path), "fr", REF, stream=True))
    timelines = list(streamed.timelines)
    assert len(timelines) > 3 and streamed.error is None
    entries = [e for t in timelines for e in t.entries]
    assert all(text[e.char_start : e.char_end] == e.text for e in entries)
    whole = list(run(Job(str(path), "fr", REF)).timelines)
    assert len(whole) == 1
    assert sorted(entries, key=lambda e: e.char_start) == sorted(
        whole[0].entries, key=lambda e: e.char_start
    )


def test_the_command_streams_a_big_input(tmp_path: Path, small_blocks: None) -> None:
    text = "\n\n".join([FR] * 6)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="cp1252", errors="replace")
    runner = CliRunner()
    result = runner.invoke(cli.app, ["build", "-f", "jsonl", "--ref-date", "2015-09-15", str(path)])
    assert result.exit_code == 0, result.output
    entries = [json.loads(line) for line in result.stdout.splitlines()]
    decoded = path.read_bytes().decode("cp1252")
    assert entries and all(decoded[e["char_start"] : e["char_end"]] == e["text"] for e in entries)


def test_big_standard_input_is_spooled_and_removed(
    monkeypatch: pytest.MonkeyPatch, small_blocks: None
) -> None:
    data = "\n\n".join([FR] * 4).encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    document = open_input("-", stream_above=2000)
    assert document.text is None and document.path is not None and document.spooled
    assert document.path.exists() and document.encoding == "utf-16"
    assert "".join(document.blocks()) == data.decode("utf-16")
    assert not document.path.exists()


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"\xef\xbb\xbf" + b" \n" * 3000, "empty"),
        (b"\x00\x01\x02" * 3000, "binary"),
        (b"\xff\xfe" + b"\x00\xd8" * 3000, "not valid utf-16"),
    ],
    ids=["blank", "binary", "bad-utf16"],
)
def test_a_big_bad_input_is_refused_before_any_output(
    tmp_path: Path, small_blocks: None, data: bytes, needle: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=needle):
        open_input(str(path), stream_above=2000)


def test_big_inputs_keep_the_encoding_of_the_whole(tmp_path: Path) -> None:
    """A late byte that is not UTF-8 makes the whole file Windows-1252, as for a small file."""
    data = ("é" * 3000).encode("utf-8") + "’".encode("cp1252")
    path = tmp_path / "late.txt"
    path.write_bytes(data)
    streamed = open_input(str(path), stream_above=100)
    whole = open_input(str(path))
    assert streamed.encoding == whole.encoding == "cp1252"
    assert "".join(streamed.blocks(size=500)) == whole.text


def test_a_document_failing_midway_is_an_input_error() -> None:
    def blocks():  # type: ignore[no-untyped-def]
        yield from run(Job(str(ROOT / "samples" / "barrage-fr.txt"), "fr", REF)).timelines
        raise ZeroDivisionError

    guarded = batch._guarded("doc.txt", blocks())
    assert next(guarded).entries
    with pytest.raises(InputError, match=r"doc.txt: internal error \(ZeroDivisionError"):
        next(guarded)
