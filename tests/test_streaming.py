"""Streaming: big inputs in blocks, pipes and FIFOs read as they come, endless input refused or
bounded, JSON Lines written as each document is done, and signals and closed pipes that stop a
run at once, leaving no temporary file behind."""

from __future__ import annotations

import io
import json
import os
import select
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline_cli import batch, cli, reading
from timeline_cli.batch import Job, run
from timeline_cli.errors import InputError
from timeline_cli.reading import open_input

from .conftest import REF, ROOT, one_error_line, run_cli

FR = (ROOT / "samples" / "barrage-fr.txt").read_text(encoding="utf-8")
EN = (ROOT / "samples" / "harbour-en.txt").read_text(encoding="utf-8")
COMMAND = [sys.executable, "-m", "timeline_cli"]


def _sources(stdout: bytes) -> list[str]:
    seen: list[str] = []
    for line in stdout.splitlines():
        source = json.loads(line)["source"]
        if not seen or seen[-1] != source:
            seen.append(source)
    return seen


def _archive(root: Path, count: int, copies: int = 1) -> Path:
    folder = root / "archive"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:03d}.txt").write_text("\n\n".join([FR] * copies), encoding="utf-8")
    return folder


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


def test_big_standard_input_is_streamed_without_a_copy(
    monkeypatch: pytest.MonkeyPatch, small_blocks: None, tmp_path: Path
) -> None:
    data = "\n\n".join([FR] * 4).encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    document = open_input("-", stream_above=2000)
    assert document.text is None and document.path is None and document.encoding == "utf-16"
    assert "".join(document.blocks()) == data.decode("utf-16")
    assert list(tmp_path.iterdir()) == []  # nothing spooled


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
    """A late byte that is not UTF-8 in a UTF-8 file: UTF-8 with that byte replaced, said, as
    for a small file; a Windows-1252 file stays Windows-1252 however late its first accent."""
    data = ("é" * 3000).encode("utf-8") + "’".encode("cp1252")
    path = tmp_path / "late.txt"
    path.write_bytes(data)
    streamed, whole = open_input(str(path), stream_above=100), open_input(str(path))
    assert streamed.encoding == whole.encoding == "utf-8"
    assert streamed.note == whole.note == "1 byte that is not UTF-8 replaced with U+FFFD"
    assert "".join(streamed.blocks(size=500)) == whole.text
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(b"a" * 5000 + "été".encode("cp1252"))
    streamed, whole = open_input(str(legacy), stream_above=100), open_input(str(legacy))
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


def test_a_5_mb_line_without_sentence_breaks(tmp_path: Path) -> None:
    """A sentence of 5 MB: the entries keep only the words around the expression."""
    words = "les habitants de la vallée attendent toujours la décision " * 30
    line = "".join(f"{words}depuis le {1 + i % 28} mars {1990 + i % 30}, " for i in range(2900))
    path = tmp_path / "line.txt"
    path.write_bytes(line.encode())
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
        assert len(e["sentence"]) <= 450 and e["text"] in e["sentence"]


# Endless and non-seekable input


def _shell(script: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """A shell pipeline feeding the command, bounded by `head -c` and a timeout."""
    return subprocess.run(["sh", "-c", script, "sh", *COMMAND, *args], capture_output=True,
                          timeout=120, cwd=ROOT)  # fmt: skip


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_endless_binary_input_is_refused_at_once(fmt: str) -> None:
    result = _shell('head -c 200000000 /dev/zero | "$@"', "build", "-f", fmt, "-")
    one_error_line(result, 1, "<stdin>", "binary")
    assert result.stdout == b""


@pytest.mark.skipif(os.geteuid() != 0, reason="mknod needs root")
def test_a_device_input_is_read_as_a_stream(tmp_path: Path) -> None:
    zero = tmp_path / "zero"
    os.mknod(zero, 0o666 | stat.S_IFCHR, os.makedev(1, 5))  # a /dev/zero of our own
    result = run_cli("build", "-f", "jsonl", str(zero))
    one_error_line(result, 1, "zero", "binary")


def test_endless_text_is_bounded_for_whole_document_formats(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = _shell('yes "Le 3 mars 2015, il a plu." | head -c 40000000 | "$@"', "build", "-f",
                    "json", "-o", str(target), "-")  # fmt: skip
    one_error_line(result, 1, "more than 32 MB", "-f jsonl")
    assert list(tmp_path.iterdir()) == []


def test_a_fifo_is_streamed_like_standard_input(tmp_path: Path) -> None:
    text = "\n\n".join([FR] * 1200)  # about 1.4 MB: above the streaming threshold
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    process = subprocess.Popen([*COMMAND, "build", "-f", "jsonl", "--lang", "fr", "--ref-date",
                                "2015-09-15", str(fifo)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=ROOT)  # fmt: skip

    def feed() -> None:  # from a thread: the output is read while the input is written
        with fifo.open("w", encoding="utf-8") as f:
            f.write(text)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    out, err = process.communicate(timeout=120)
    writer.join(timeout=10)
    assert process.returncode == 0, err
    entries = [json.loads(line) for line in out.splitlines()]
    one = next(iter(run(Job(str(ROOT / "samples" / "barrage-fr.txt"), "fr", REF)).timelines))
    assert len(entries) == 1200 * len(one.entries)
    assert all(text[e["char_start"] : e["char_end"]] == e["text"] for e in entries)


def test_a_fifo_in_a_batch_with_workers(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(FR, encoding="utf-8")
    fifo = tmp_path / "b.txt"
    os.mkfifo(fifo)
    process = subprocess.Popen([*COMMAND, "build", "-f", "jsonl", "--jobs", "2", str(first),
                                str(fifo)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               cwd=ROOT)  # fmt: skip
    writer = threading.Thread(target=lambda: fifo.write_text(EN * 1500, encoding="utf-8"))
    writer.start()
    out, err = process.communicate(timeout=120)
    writer.join(timeout=10)
    assert process.returncode == 0, err
    assert _sources(out) == [str(first), str(fifo)]


# Signals and readers that go away


def _wait_for(path: Path, pattern: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not list(path.glob(pattern)):
        assert time.monotonic() < deadline, f"no {pattern} in {path}"
        time.sleep(0.05)


@pytest.mark.parametrize(
    ("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)]
)
def test_a_signal_leaves_no_temporary_file(tmp_path: Path, signum: int, code: int) -> None:
    """The second input is a FIFO nobody writes to: the output's temporary file is open."""
    first = tmp_path / "first.txt"
    first.write_text(FR, encoding="utf-8")
    fifo = tmp_path / "second.txt"
    os.mkfifo(fifo)
    out = tmp_path / "out" / "timeline.jsonl"
    out.parent.mkdir()
    process = subprocess.Popen([*COMMAND, "build", "-f", "jsonl", "-o", str(out), str(first),
                                str(fifo)], stderr=subprocess.PIPE, cwd=ROOT)  # fmt: skip
    try:
        _wait_for(out.parent, ".timeline-*")
        process.send_signal(signum)
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == code and b"Traceback" not in err
    assert list(out.parent.iterdir()) == []


def test_ctrl_c_with_workers_stops_at_once(tmp_path: Path) -> None:
    archive = _archive(tmp_path, 400, copies=40)  # about 20 s of work for two workers
    out = tmp_path / "out.jsonl"  # streamed: no limit on the entries held ends the run first
    process = subprocess.Popen([*COMMAND, "build", "-f", "jsonl", "--jobs", "2", "--ref-date",
                                "2015-09-15", "-o", str(out), str(archive)],
                               stderr=subprocess.PIPE, cwd=ROOT)  # fmt: skip
    try:
        time.sleep(2)  # the workers are busy
        assert process.poll() is None, "finished before the signal: make the archive bigger"
        process.send_signal(signal.SIGINT)
        started = time.monotonic()
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert time.monotonic() - started < 10
    assert process.returncode == 130 and b"Traceback" not in err and err == b""
    assert not out.exists() and not list(tmp_path.glob(".timeline-*"))


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path: Path, fmt: str, jobs: str) -> None:
    archive = _archive(tmp_path, 60)
    process = subprocess.Popen([*COMMAND, "build", "-f", fmt, "--jobs", jobs, "--ref-date",
                                "2015-09-15", str(archive)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=ROOT)  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready and process.stdout.readline()
        process.stdout.close()  # as `| head -1` does
        code = process.wait(timeout=30)
    finally:
        process.kill()
    assert code == 0 and process.stderr.read() == b""


def test_jobs_are_capped(tmp_path: Path) -> None:
    archive = _archive(tmp_path, 3)
    result = run_cli("build", "-f", "jsonl", "--jobs", "10000", str(archive))
    assert result.returncode == 0
    cap = min(3, os.cpu_count() or 1)
    assert result.stderr.decode() == (
        f"timeline: note: --jobs 10000 capped to {cap} (one worker per document and per CPU)\n"
    )
    assert len(_sources(result.stdout)) == 3


def test_too_many_entries_for_a_whole_document_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "ENTRY_LIMIT", 10)
    path = tmp_path / "dense.txt"
    path.write_text("2015-" * 30, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli.app, ["build", "-f", "json", "--ref-date", "2015-09-15", str(path)])
    assert result.exit_code == 1 and result.stdout == ""
    assert "more than 10 entries" in result.stderr and "-f jsonl" in result.stderr
    result = runner.invoke(cli.app, ["build", "-f", "jsonl", "--ref-date", "2015-09-15", str(path)])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) > 10
