"""Bad input and hostile output targets, through the command: the right result, or one line on
stderr, the documented exit code, no traceback, no partial output, nothing destroyed."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .conftest import ROOT, one_error_line, run_cli

SAMPLE = str(ROOT / "samples" / "barrage-fr.txt")
TEXT_FR = "Début 2014, il a été élu. Depuis août 2014, l'élu règne.\n"
EXPECTED = ["Début 2014", "août 2014"]
ROOT_ONLY = pytest.mark.skipif(os.geteuid() != 0, reason="mknod, chown and reading past modes "
                               "need root")  # fmt: skip


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _loop(folder: Path) -> Path:
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    return folder / "loop.txt"


# An input, and the message it must be refused with (None: decoded, with the expected entries)
INPUTS: dict[str, tuple[Callable[[Path], Path], str | None]] = {
    "missing": (lambda d: d / "missing.txt", "no such file"),
    "directory": (lambda d: (d / "folder").mkdir() or d / "folder",
                  "no *.txt, *.md, *.html or *.htm files"),
    "symlink-loop": (_loop, "symlink loop"),
    "png": (lambda d: _write(d / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(256)),
            "binary"),
    "controls": (lambda d: _write(d / "c.txt", b"\x01\x02\x03\x04" * 300), "binary"),
    "empty": (lambda d: _write(d / "empty.txt", b""), "empty"),
    "whitespace": (lambda d: _write(d / "blank.txt", b" \n\t\r\n \xc2\xa0\n"), "empty"),
    "latin-1": (lambda d: _write(d / "latin1.txt", TEXT_FR.encode("latin-1")), None),
    "windows-1252": (lambda d: _write(d / "cp1252.txt", TEXT_FR.replace("'", "’").encode("cp1252")),
                     None),
    "utf-16": (lambda d: _write(d / "utf16.txt", TEXT_FR.encode("utf-16")), None),
    "utf-16-le-no-bom": (lambda d: _write(d / "le.txt", TEXT_FR.encode("utf-16-le")), None),
    "utf-16-be-no-bom": (lambda d: _write(d / "be.txt", TEXT_FR.encode("utf-16-be")), None),
    "utf-8-bom": (lambda d: _write(d / "bom.txt", TEXT_FR.encode("utf-8-sig")), None),
    "mac-roman": (lambda d: _write(d / "mac.txt", TEXT_FR.encode("mac_roman")), None),
    "cp850": (lambda d: _write(d / "dos.txt", TEXT_FR.encode("cp850")), None),
    "mojibake": (lambda d: _write(d / "moji.txt", TEXT_FR.encode().decode("cp1252").encode()),
                 None),
}  # fmt: skip


def _entries(target: Path, fmt: str) -> list[dict[str, object]]:
    text = target.read_text(encoding="utf-8")
    if fmt == "json":
        return list(json.loads(text)["entries"])
    return [json.loads(line) for line in text.splitlines()]


def no_output(target: Path) -> None:
    assert not target.exists()
    assert not list(target.parent.glob(".timeline-*"))  # no temporary file left


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
@pytest.mark.parametrize("name", list(INPUTS))
def test_bad_input_matrix(tmp_path: Path, name: str, fmt: str) -> None:
    make, needle = INPUTS[name]
    path = make(tmp_path)
    target = tmp_path / "out" / f"timeline.{fmt}"
    target.parent.mkdir()
    result = run_cli("build", "-f", fmt, "--ref-date", "2015-09-15", "-o", str(target), str(path))
    if needle is None:
        assert result.returncode == 0, result.stderr
        assert [e["text"] for e in _entries(target, fmt)] == EXPECTED
        return
    one_error_line(result, 1, needle, str(path))
    assert result.stdout == b""
    no_output(target)


def test_bad_file_in_a_batch_keeps_the_others(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    target = tmp_path / "out.jsonl"
    result = run_cli("build", "-f", "jsonl", "-o", str(target), SAMPLE, str(missing), SAMPLE)
    one_error_line(result, 1, "missing.txt")
    assert {e["source"] for e in _entries(target, "jsonl")} == {SAMPLE}


# Encodings: what was used and what was repaired is in the document info


def _document(data: bytes) -> tuple[dict[str, object], list[str], str]:
    result = run_cli("build", "-f", "json", "--ref-date", "2015-09-15", "-", stdin=data)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    return out["documents"][0], [e["text"] for e in out["entries"]], result.stderr.decode()


def test_a_stray_byte_keeps_the_text_utf_8() -> None:
    data = (TEXT_FR * 20).encode() + b"\xff Fin.\n"
    doc, texts, err = _document(data)
    assert sorted(texts) == sorted(EXPECTED * 20)  # not "2014" alone: "août" read right
    assert doc["encoding"] == "utf-8" and "1 byte" in str(doc["encoding_note"])
    assert "warning: <stdin>: read as utf-8: 1 byte" in err


def test_mostly_legacy_text_stays_legacy() -> None:
    """Seven Windows-1252 letters and one UTF-8 one: Windows-1252, the UTF-8 letter repaired."""
    doc, texts, err = _document(TEXT_FR.encode("cp1252") + "Fin à Lyon.".encode())
    assert doc["encoding"] == "cp1252" and texts == EXPECTED
    assert "ftfy" in str(doc["encoding_note"]) and "ftfy" in err


@pytest.mark.parametrize(
    ("encoding", "note"),
    [("mac_roman", "legacy code page"), ("cp850", "legacy code page"),
     ("utf-16-le", "without a byte-order mark"), ("utf-16-be", "without a byte-order mark")],
)  # fmt: skip
def test_suspicious_encodings_are_detected(encoding: str, note: str) -> None:
    doc, texts, err = _document(TEXT_FR.encode(encoding))
    assert texts == EXPECTED
    assert doc["encoding"] == encoding and note in str(doc["encoding_note"])
    assert f"read as {encoding}" in err


def test_mojibake_is_repaired_only_where_it_appears() -> None:
    twice = (TEXT_FR + "Il l’a dit.\n").encode().decode("cp1252")  # "DÃ©but", "lâ€™a"
    doc, texts, _ = _document(twice.encode())
    assert texts == EXPECTED and "ftfy" in str(doc["encoding_note"])
    clean, _, err = _document("Ã la carte: 3 mars 2015, rien.".encode())  # no such pattern
    assert clean["encoding_note"] is None and err == ""


def test_plain_utf_8_has_no_note() -> None:
    doc, texts, err = _document(TEXT_FR.encode())
    assert (doc["encoding"], doc["encoding_note"], texts, err) == ("utf-8", None, EXPECTED, "")


# Options: refused before any work, nothing written


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--ref-date", "2015-02-30"], "--ref-date"),
        (["--ref-date", "yesterday"], "YYYY-MM-DD"),
        (["--ref-date", "0000-01-01"], "--ref-date"),
        (["--ref-date", "2015-W38-1"], "YYYY-MM-DD"),
        (["--ref-date", "20150915"], "YYYY-MM-DD"),
        (["--lang", "xx"], "--lang"),
        (["--ref-dates", "{tmp}/missing.csv"], "--ref-dates"),
        (["--format", "xml"], "--format"),
        (["-o", "{tmp}/missing/out.json"], "does not exist"),
        (["-o", "{tmp}"], "is a folder"),
        (["-o", SAMPLE], "is also an input"),
        (["--glob", "/etc/*"], "relative to the folder"),
        (["--glob", "../*"], "relative to the folder"),
        (["--jobs", "0"], "--jobs"),
        (["--bogus"], "--bogus"),
    ],
    ids=["feb-30", "yesterday", "year-0", "iso-week", "basic-format", "lang", "ref-dates-missing",
         "format",
         "missing-folder", "folder", "output-is-input", "absolute-glob", "parent-glob", "jobs",
         "unknown-option"],
)  # fmt: skip
def test_bad_options_stop_before_any_work(tmp_path: Path, args: list[str], needle: str) -> None:
    before = Path(SAMPLE).read_bytes()
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = run_cli("build", "-f", "json", *args, SAMPLE)
    assert result.stdout == b""
    line = one_error_line(result, 2, needle)
    assert line.startswith("timeline: error: ")
    assert list(tmp_path.iterdir()) == [] and Path(SAMPLE).read_bytes() == before


def test_an_input_named_as_output_is_not_touched(tmp_path: Path) -> None:
    article = _write(tmp_path / "b.txt", TEXT_FR.encode())
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    for output in (article, link):
        result = run_cli("build", str(article), "-o", str(output))
        one_error_line(result, 2, "is also an input")
        assert article.read_bytes() == TEXT_FR.encode()


def test_a_folder_run_does_not_read_its_own_output(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", TEXT_FR.encode())
    target = tmp_path / "timeline.txt"  # matches the glob *.txt
    args = ("build", "-f", "csv", "--ref-date", "2015-09-15", "-o", str(target), str(tmp_path))
    first = run_cli(*args)
    assert first.returncode == 0, first.stderr
    again = run_cli(*args)
    assert again.returncode == 0 and again.stderr == b""
    rows = target.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 3 and all(row.startswith(str(tmp_path / "a.txt")) for row in rows[1:])


# Output targets: a regular file is replaced atomically, anything else written through


def _build_to(target: Path | str, *extra: str) -> subprocess.CompletedProcess[bytes]:
    return run_cli("build", "-f", "json", "--ref-date", "2015-09-15", "-o", str(target), *extra,
                   SAMPLE)  # fmt: skip


@ROOT_ONLY
def test_a_device_is_written_through_not_replaced(tmp_path: Path) -> None:
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a /dev/null of our own
    result = _build_to(null)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(null.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


def test_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    result = _build_to(fifo)
    out, _ = reader.communicate(timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(out)["entries"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_symlink_is_followed(tmp_path: Path) -> None:
    real = _write(tmp_path / "real.json", b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    assert _build_to(link).returncode == 0
    assert link.is_symlink() and json.loads(real.read_bytes())["entries"]


def test_modes_are_kept_or_follow_the_umask(tmp_path: Path) -> None:
    existing = _write(tmp_path / "existing.json", b"old")
    existing.chmod(0o640)
    assert _build_to(existing).returncode == 0
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640
    new = tmp_path / "new.json"
    result = subprocess.run(
        [
            "sh",
            "-c",
            'umask 027 && exec "$@"',
            "sh",
            sys.executable,
            "-m",
            "timeline_cli",
            "build",
            "-f",
            "json",
            "-o",
            str(new),
            SAMPLE,
        ],
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(new.stat().st_mode) == 0o640  # 0666 & ~027


@ROOT_ONLY
def test_the_owner_is_kept(tmp_path: Path) -> None:
    existing = _write(tmp_path / "owned.json", b"old")
    os.chown(existing, 65534, 65534)
    assert _build_to(existing).returncode == 0
    assert (existing.stat().st_uid, existing.stat().st_gid) == (65534, 65534)


def test_a_read_only_file_is_refused(tmp_path: Path) -> None:
    target = _write(tmp_path / "ro.json", b"keep")
    target.chmod(0o444)
    one_error_line(_build_to(target), 2, "read-only")
    assert target.read_bytes() == b"keep"


def test_a_long_legal_name_works(tmp_path: Path) -> None:
    target = tmp_path / ("a" * 250 + ".json")
    assert _build_to(target).returncode == 0
    assert json.loads(target.read_bytes())["entries"]
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_dash_is_standard_output(tmp_path: Path) -> None:
    result = run_cli("build", "-f", "json", "-o", "-", SAMPLE, cwd=tmp_path)
    assert result.returncode == 0 and json.loads(result.stdout)["entries"]
    assert list(tmp_path.iterdir()) == []


def test_dev_stdout_is_written_through(tmp_path: Path) -> None:
    result = run_cli("build", "-f", "json", "-o", "/dev/stdout", SAMPLE, cwd=tmp_path)
    assert result.returncode == 0 and json.loads(result.stdout)["entries"]
    assert list(tmp_path.iterdir()) == []


def test_a_file_name_that_is_not_utf_8(tmp_path: Path) -> None:
    target = os.fsencode(tmp_path) + b"/out\xff.json"
    result = subprocess.run(
        [sys.executable, "-m", "timeline_cli", "build", "-f", "json", "-o", target, SAMPLE],
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    assert json.loads(Path(os.fsdecode(target)).read_bytes())["entries"]
    missing = os.fsencode(tmp_path) + b"/in\xff.txt"
    result = subprocess.run(
        [sys.executable, "-m", "timeline_cli", "build", missing],
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )
    one_error_line(result, 1, "no such file")


def test_an_article_whose_name_is_not_utf_8(tmp_path: Path) -> None:
    """A Latin-1 file name ("café" from an old archive) is the `source` of its entries with
    the byte escaped: every format writes valid UTF-8, to a file as to standard output (the
    name once reached the writer with a lone surrogate: a traceback with -o, bytes that are
    not UTF-8 on standard output)."""
    article = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    Path(os.fsdecode(article)).write_text("Le 3 mars 2015, la mairie a voté.", encoding="utf-8")
    for fmt in ("jsonl", "json", "csv"):
        target = tmp_path / f"out.{fmt}"
        for output in (["-o", str(target)], []):
            result = subprocess.run(
                [sys.executable, "-m", "timeline_cli", "build", "-f", fmt, "--ref-date",
                 "2015-09-15", *output, article],
                capture_output=True, timeout=120, cwd=ROOT,
            )  # fmt: skip
            assert result.returncode == 0, result.stderr
            written = (target.read_bytes() if output else result.stdout).decode("utf-8")
            first = (
                json.loads(written)["entries"][0] if fmt == "json"
                else json.loads(written.splitlines()[0]) if fmt == "jsonl"
                else next(csv.DictReader(io.StringIO(written)))
            )  # fmt: skip
            assert first["source"].endswith("/caf\\xe9.txt") and first["value"] == "2015-03-03"


# Output failures are exit 3, never 2 ("nothing processed") and never a traceback


@ROOT_ONLY
def test_a_full_disk_is_an_output_error(tmp_path: Path) -> None:
    full = tmp_path / "full"
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # a /dev/full of our own
    with full.open("wb") as out:
        result = subprocess.run(
            [sys.executable, "-m", "timeline_cli", "build", "-f", "json", SAMPLE],
            stdout=out,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    one_error_line(result, 3, "No space left")


@pytest.mark.parametrize("command", [["build", SAMPLE], ["eval", "{tml}"]])
def test_a_closed_standard_output_is_an_output_error(tmp_path: Path, command: list[str]) -> None:
    tml = _write(tmp_path / "a.tml", b"<TimeML><TEXT>In <TIMEX3 tid='t1' type='DATE' "
                 b"value='2014'>2014</TIMEX3>.</TEXT></TimeML>")  # fmt: skip
    args = [a.replace("{tml}", str(tml)) for a in command]
    result = subprocess.run(
        [sys.executable, "-m", "timeline_cli", *args],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),
        timeout=120,
        cwd=ROOT,
    )
    one_error_line(result, 3, "standard output is closed")


# Folders


@pytest.fixture
def shared_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder whose locked parts are unlocked again for the clean-up."""
    yield tmp_path
    for path in [tmp_path, *tmp_path.rglob("*")]:
        path.chmod(0o755)


def _as_another_user(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run the command without the power to read any folder: root, without the capabilities
    that bypass permissions (setpriv), or any other user as is."""
    prefix = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root reads every folder, and setpriv is not here to drop that power")
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "timeline_cli", *args],
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )


def test_an_unreadable_sub_folder_is_reported(shared_folder: Path) -> None:
    for name in ("a", "locked/b", "z"):
        (shared_folder / name).parent.mkdir(exist_ok=True)
        _write(shared_folder / f"{name}.txt", TEXT_FR.encode()).chmod(0o644)
    (shared_folder / "locked").chmod(0o000)
    result = _as_another_user("build", "-f", "jsonl", "--ref-date", "2015-09-15",
                              str(shared_folder))  # fmt: skip
    one_error_line(result, 1, "locked", "cannot read the folder")
    sources = {Path(json.loads(line)["source"]).name for line in result.stdout.splitlines()}
    assert sources == {"a.txt", "z.txt"}


def test_an_unreadable_top_folder_is_not_an_empty_one(shared_folder: Path) -> None:
    locked = shared_folder / "locked"
    locked.mkdir()
    _write(locked / "a.txt", TEXT_FR.encode())
    locked.chmod(0o000)
    result = _as_another_user("build", str(locked))
    line = one_error_line(result, 1, "cannot read the folder")
    assert "no *.txt" not in line


def test_a_glob_stays_inside_its_folder(tmp_path: Path) -> None:
    inside = tmp_path / "inside"
    inside.mkdir()
    _write(inside / "a.txt", TEXT_FR.encode())
    _write(tmp_path / "outside.txt", TEXT_FR.encode())
    result = run_cli("build", "-f", "jsonl", "--glob", "sub/../*.txt", str(inside))
    one_error_line(result, 2, "relative to the folder")
    result = run_cli("build", "-f", "jsonl", "--glob", "a**b", str(inside))
    one_error_line(result, 1, "no a**b files")


# What reaches the terminal


def test_escape_sequences_are_shown_escaped(tmp_path: Path) -> None:
    article = _write(tmp_path / "evil\x1b]0;owned\x07.txt",
                     b"Le 3 mars 2015, \x1b[2J il a plu.\n")  # fmt: skip
    result = run_cli("build", str(article))
    assert result.returncode == 0
    assert b"\x1b" not in result.stdout and b"\x1b" not in result.stderr
    assert "␛[2J".encode() in result.stdout and b"\\x1b]0;owned\\x07" in result.stderr


def test_brackets_and_colons_in_names_and_text_are_not_markup(tmp_path: Path) -> None:
    """The table shows file names and sentences as written: "[red]" is no colour, ":smile:"
    no emoji, "[/x]" no error."""
    odd = _write(tmp_path / "[red]notes.txt", b"Le 3 mars 2015 [/x] la loi :smile: est votee.\n")
    plain = _write(tmp_path / "plain.txt", b"Le 4 mars 2015, il a plu.\n")
    result = run_cli("build", "--lang", "fr", "--ref-date", "2015-09-15", str(odd), str(plain))
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.decode().splitlines() if "3 mars 2015" in line)
    assert "[red]notes.txt" in row and "[/x] la loi :smile:" in row


def test_json_lines_escape_line_separators() -> None:
    result = run_cli("build", "-f", "jsonl", "--ref-date", "2015-09-15", "-",
                     stdin="Le 3 mars 2015,\u2028il a plu\u2029 fort.\n".encode())  # fmt: skip
    lines = result.stdout.decode().splitlines()  # str.splitlines cuts at U+2028 too
    assert len(lines) == 1 and "\u2028" in json.loads(lines[0])["sentence"]


# Decoding is tested in every encoding codecs knows by its BOM


@pytest.mark.parametrize("bom", [codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE])
def test_utf_32_with_a_bom(bom: bytes) -> None:
    encoding = "utf-32-le" if bom == codecs.BOM_UTF32_LE else "utf-32-be"
    doc, texts, _ = _document(bom + TEXT_FR.encode(encoding))
    assert texts == EXPECTED and doc["encoding"] == "utf-32"


# timeline eval: bad corpora


def _tml(path: Path, body: str) -> Path:
    return _write(path, f"<TimeML><DCT><TIMEX3 tid='t0' type='DATE' value='2026-03-01' "
                        f"functionInDocument='CREATION_TIME'>2026-03-01</TIMEX3></DCT>"
                        f"<TEXT>{body}</TEXT></TimeML>".encode())  # fmt: skip


def test_eval_of_a_folder_without_timeml_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", TEXT_FR.encode())
    result = run_cli("eval", str(tmp_path))
    one_error_line(result, 2, "no .tml files")
    assert result.stdout == b""


def test_eval_skips_a_bad_file_and_scores_the_others(tmp_path: Path) -> None:
    _tml(tmp_path / "a.tml", "In <TIMEX3 tid='t1' type='DATE' value='2014'>2014</TIMEX3>, rain.")
    _write(tmp_path / "b.tml", b"<TimeML><TEXT>unclosed")
    _tml(tmp_path / "c.tml", "<x>" * 5000 + "2014" + "</x>" * 5000)  # nested too deeply
    _tml(tmp_path / "d.tml", "Le <TIMEX3 tid='t1' type='DATE' value='2024-02-29'>29 février"
                             "</TIMEX3>, il a plu.")  # fmt: skip
    result = run_cli("eval", "-f", "json", str(tmp_path))
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err
    assert [line.split(": ")[2].rsplit("/", 1)[-1] for line in err.splitlines()] == [
        "b.tml", "c.tml"]  # fmt: skip
    scores = json.loads(result.stdout)
    assert scores["documents"] == 2 and scores["value_accuracy"] == 1.0
