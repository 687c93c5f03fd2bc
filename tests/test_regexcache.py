"""The cache of compiled patterns (regexcache.py) never changes a result: patterns loaded from
it are the ones `re.compile` makes, and a missing, damaged, foreign or unwritable cache falls
back to compiling."""

from __future__ import annotations

import marshal
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from timeline_cli import prefilter, regexcache
from timeline_cli.grammar import Grammar
from timeline_cli.languages import resource

from .conftest import ROOT, SEED, run_cli

SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in SAMPLES]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    return texts


def _regexes(grammar: Grammar) -> list[re.Pattern[str]]:
    """Every compiled pattern of a grammar: its rules' and the others of `Grammar.__init__`."""
    others = [value for value in vars(grammar).values() if isinstance(value, re.Pattern)]
    return [rule.regex for rule in grammar.rules] + others


def _grammar(monkeypatch: pytest.MonkeyPatch, code: str, cache: Path | None) -> Grammar:
    if cache is None:
        monkeypatch.setenv(regexcache.DISABLE, "1")
    else:
        monkeypatch.delenv(regexcache.DISABLE, raising=False)
        monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    return Grammar(resource(code))


def _cache_files(cache: Path) -> list[Path]:
    return sorted((cache / "timeline").glob("regex-grammar-*.bin"))


def _assert_same(fresh: Grammar, other: Grammar) -> None:
    """The same patterns, flags, groups and programs, and the same matches on real text."""
    texts = _texts()
    pairs = list(zip(_regexes(fresh), _regexes(other), strict=True))
    assert len(pairs) > 100
    for a, b in pairs:
        assert (a.pattern, a.flags, a.groups, a.groupindex) == (
            b.pattern, b.flags, b.groups, b.groupindex)  # fmt: skip
        assert a == b  # CPython compares the programs too
        for text in texts:
            assert [(m.span(), m.groups()) for m in a.finditer(text)] == [
                (m.span(), m.groups()) for m in b.finditer(text)]  # fmt: skip
    for text in texts:
        assert fresh.find(text) == other.find(text)


@pytest.mark.parametrize("code", ["fr", "en"])
def test_patterns_loaded_from_the_cache_are_those_re_compile_makes(
    code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _grammar(monkeypatch, code, None)
    assert _cache_files(tmp_path) == []
    first = _grammar(monkeypatch, code, tmp_path)  # compiles and writes the file
    [written] = _cache_files(tmp_path)
    before = written.read_bytes()

    def no_compiling(*args: Any) -> Any:
        raise AssertionError("compiled, not loaded")

    monkeypatch.setattr(regexcache, "_program", no_compiling)
    monkeypatch.setattr(re, "compile", no_compiling)
    loaded = _grammar(monkeypatch, code, tmp_path)  # every pattern from the file
    monkeypatch.undo()
    assert written.read_bytes() == before  # a file that held them all is not rewritten
    _assert_same(fresh, first)
    _assert_same(fresh, loaded)


def _flags_altered(data: bytes) -> bytes:
    """A file whose body still reads as programs, one of them with other flags: only its
    checksum tells."""
    start = len(regexcache._header()) + 12
    entries = marshal.loads(data[start:])
    pattern, flags, final, *program = entries[0]
    entries[0] = (pattern, flags, final ^ int(re.IGNORECASE), *program)
    return data[:start] + marshal.dumps(entries)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-100] + bytes(b ^ 0x55 for b in data[-100:]),  # bytes changed
        lambda data: data.replace(b"timeline-regex 1 3.", b"timeline-regex 1 9."),  # other Python
        lambda data: b"",
        _flags_altered,
    ],
    ids=["truncated", "altered", "another-python", "empty", "flags-altered"],
)
def test_a_damaged_or_foreign_file_is_compiled_afresh_and_replaced(
    damage: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _grammar(monkeypatch, "fr", None)
    _grammar(monkeypatch, "fr", tmp_path)
    [written] = _cache_files(tmp_path)
    good = written.read_bytes()
    written.write_bytes(damage(good))
    _assert_same(fresh, _grammar(monkeypatch, "fr", tmp_path))
    assert written.read_bytes() == good  # written anew, whole


def test_a_cache_that_cannot_be_written_is_done_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _grammar(monkeypatch, "fr", None)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    _assert_same(fresh, _grammar(monkeypatch, "fr", blocked))  # ~/.cache is a file
    assert blocked.read_text(encoding="utf-8") == "not a folder"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # not absolute: ignored (XDG)
    assert regexcache.cache_folder() != Path("relative/cache/timeline")


def test_a_python_whose_regex_engine_changed_compiles_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _grammar(monkeypatch, "fr", None)
    _grammar(monkeypatch, "fr", tmp_path)  # a file from "before the change"

    class ChangedEngine:
        @staticmethod
        def compile(*args: Any) -> Any:
            raise TypeError("compile() takes 7 arguments")  # a new signature

    monkeypatch.setattr(regexcache, "_sre", ChangedEngine)
    changed = _grammar(monkeypatch, "fr", tmp_path)
    monkeypatch.undo()
    _assert_same(fresh, changed)


def test_a_bad_pattern_raises_what_re_compile_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cache = regexcache.RegexCache("test")
    with pytest.raises(re.error, match="missing \\)"):
        cache.compile("(unclosed", 0)
    assert cache.compile("a(?P<b>c)", re.I) == re.compile("a(?P<b>c)", re.I)


def test_the_command_gives_the_same_output_cold_warm_and_without_cache(tmp_path: Path) -> None:
    def build(**env: str) -> subprocess.CompletedProcess[bytes]:
        result = run_cli("build", "-f", "json", "--ref-date", "2015-09-15", *map(str, SAMPLES),
                         env={"XDG_CACHE_HOME": str(tmp_path), **env})  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result

    without = build(TIMELINE_NO_CACHE="1")
    assert _cache_files(tmp_path) == []
    cold = build()
    assert [p.name.split("-")[2] for p in _cache_files(tmp_path)] == ["en", "fr"]
    warm = build()
    assert without.stdout == cold.stdout == warm.stdout
    assert without.stderr == cold.stderr == warm.stderr == b""


def test_kept_data_is_made_once_and_read_back_for_the_same_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(regexcache.DISABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    made: list[bytes] = []

    def make(key: bytes) -> Any:
        made.append(key)
        return (("a(?=b)", None), key.decode(), (1, -1))

    def kept(key: bytes) -> Any:
        return regexcache.kept("test-plan", key, lambda: make(key))

    first = kept(b"one")
    assert kept(b"one") == first == (("a(?=b)", None), "one", (1, -1)) and made == [b"one"]
    assert kept(b"two")[1] == "two" and made == [b"one", b"two"]  # another key: made again
    [path] = (tmp_path / "timeline").glob("test-plan-*.bin")
    path.write_bytes(path.read_bytes()[:-3])  # damaged: made again, and written whole
    assert kept(b"two")[1] == "two" and made[-1] == b"two" and len(made) == 3
    assert kept(b"two")[1] == "two" and len(made) == 3
    monkeypatch.setenv(regexcache.DISABLE, "1")  # turned off: made every time
    kept(b"two")
    kept(b"two")
    assert len(made) == 5


def test_the_kept_prefilter_finds_what_a_fresh_one_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long texts are read through the prefilter, whose analysis is kept on disk: a grammar
    that reads it back finds the mentions a grammar without any cache finds."""
    long_text = "\n\n".join(_texts() * 30)
    assert len(long_text) > 100_000  # past the length where the prefilter is built
    for code in ("fr", "en"):
        fresh = _grammar(monkeypatch, code, None)
        expected = fresh.find(long_text)
        _grammar(monkeypatch, code, tmp_path).find(long_text)  # works it out and keeps it
        assert list((tmp_path / "timeline").glob(f"prefilter-plan-{code}-*.bin"))

        def no_analysis(*args: Any) -> Any:
            raise AssertionError("worked out, not read back")

        monkeypatch.setattr(prefilter, "rule_beginnings", no_analysis)
        assert _grammar(monkeypatch, code, tmp_path).find(long_text) == expected
        monkeypatch.undo()
