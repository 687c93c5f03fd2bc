"""Compiled regular expressions kept on disk between runs, so that start-up need not compile a
language's grammar again (a one-article run spent 0.1 s of its 0.24 s doing so).

Why it is built this way: a grammar is about 150 patterns whose vocabulary placeholders expand
to long alternations; `re.compile` parses each and translates it into the program the regex
engine runs, which is all of that time. Python cannot store a compiled pattern (pickling one
compiles it again), so the program is stored: CPython's `re._compiler.compile` is parse ->
`_code` -> `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`, and that last
step alone, given the stored program, takes about 1 ms for a whole grammar.

That is CPython's private interface, hence the guards: a file serves only the Python build
that wrote it (`sys.version`, `_sre.MAGIC`, `_sre.CODESIZE` in its first line) and only if its
checksum holds; a program is looked up by the exact pattern and flags; any error (no file, a
damaged or foreign one, an unwritable folder, a changed signature) falls back to `re.compile`,
which is also what runs with `TIMELINE_NO_CACHE` set. Files are written whole (a temporary file
renamed over the old one) to `$XDG_CACHE_HOME/timeline` (`~/.cache/timeline`), one per grammar
and Python version, rewritten when the grammar changes.

`kept` keeps plain data the same way, under a key the caller derives from everything the data
depends on: the prefilter's analysis of a grammar's rules (0.3 s of work on each long text).
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import importlib
import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

# CPython's regex engine and compiler: private modules, used only under the guards above
_sre: Any = importlib.import_module("_sre")
_compiler: Any = importlib.import_module("re._compiler")
_parser: Any = importlib.import_module("re._parser")

_CODE_UNIT = "I" if _sre.CODESIZE == 4 else "Q"  # the array type of a program's code unit
DISABLE = "TIMELINE_NO_CACHE"  # set (to anything but "") to compile without the cache
_FORMAT = 1  # the layout of a file; raise it when the layout changes
# (flags with those the pattern sets inline, code, groups, groupindex, indexgroup): the
# arguments of `_sre.compile` after the pattern
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]  # a pattern and the flags it is compiled with
T = TypeVar("T")


def _header() -> bytes:
    """The first line of a file: which Python's regex engine its programs are for."""
    build = f"timeline-regex {_FORMAT} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}"
    return build.replace("\n", " ").encode("utf-8", "backslashreplace") + b"\n"


def cache_folder() -> Path | None:
    """Where the files go: `$XDG_CACHE_HOME/timeline` (an absolute path, as the XDG
    specification requires), else `~/.cache/timeline`; None when there is no home."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home directory for this user
            return None
    return Path(base) / "timeline"


class RegexCache:
    """The compiled patterns of one set (a language's grammar), read from its file when it
    holds them and written back by `save` when it did not hold exactly the set compiled."""

    def __init__(self, name: str) -> None:
        folder = None if os.environ.get(DISABLE) else cache_folder()
        self._path = folder / f"regex-{name}-{sys.implementation.cache_tag}.bin" if folder else None
        self._stored = self._load()
        self._used: dict[_Key, _Program] = {}
        self._changed = False

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """`re.compile(pattern, flags)`, from the stored program when there is one."""
        if self._path is None:  # no cache: turned off, no home, or `re` has changed
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        program = self._stored.get(key)
        if program is not None:
            try:
                compiled: re.Pattern[str] = _sre.compile(pattern, *program)
                self._used[key] = program
                return compiled
            except Exception:  # a program this Python does not take: compiled afresh
                self._stored.pop(key)
        self._changed = True
        try:
            program = _program(pattern, key[1])
            compiled = _sre.compile(pattern, *program)
        except Exception:  # a bad pattern (re.compile raises its error) or a changed `re`
            compiled = re.compile(pattern, flags)
            self._path = None  # compiled, so `re` has changed: this Python gets no file
            return compiled
        self._used[key] = program
        return compiled

    def save(self) -> None:
        """Write the file anew if it did not hold exactly the patterns compiled; quietly
        nothing when it cannot be written."""
        if self._path is None or not (self._changed or self._stored.keys() - self._used.keys()):
            return
        entries = [(*key, *program) for key, program in self._used.items()]
        with contextlib.suppress(Exception):
            _write_whole(self._path, _encode(entries))
        self._stored = dict(self._used)
        self._changed = False

    def _load(self) -> dict[_Key, _Program]:
        if self._path is None:
            return {}
        try:
            data = self._path.read_bytes()
            return {(e[0], e[1]): e[2:] for e in _decode(data)}
        except Exception:  # missing, unreadable, damaged, from another Python: compile afresh
            return {}


def kept(name: str, key: bytes, make: Callable[[], T]) -> T:
    """`make()`, or what it returned in an earlier run for the same `key`: bytes the caller
    derives from everything the result depends on. The result is plain data that marshal
    stores (tuples, strings, numbers), kept in the file `name` of the cache folder, written
    whole and guarded as the compiled programs are; without a cache it is made each time."""
    folder = None if os.environ.get(DISABLE) else cache_folder()
    if folder is None:
        return make()
    path = folder / f"{name}-{sys.implementation.cache_tag}.bin"
    digest = hashlib.sha256(key).digest()
    with contextlib.suppress(Exception):  # missing, damaged, another Python's: made again
        stored, value = _decode(path.read_bytes())
        if stored == digest:
            return cast(T, value)
    value = make()
    with contextlib.suppress(Exception):
        _write_whole(path, _encode((digest, value)))
    return value


def _program(pattern: str, flags: int) -> _Program:
    """What `re._compiler.compile` passes to `_sre.compile` for this pattern (CPython 3.11+)."""
    parsed = _parser.parse(pattern, flags)
    # the opcodes are int subclasses, which marshal does not store: plain ints, through an
    # array of the engine's code unit (several times faster than int() on each)
    code = array.array(_CODE_UNIT, _compiler._code(parsed, flags)).tolist()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for group_name, number in groupindex.items():
        indexgroup[number] = group_name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))  # fmt: skip


def _encode(entries: Any) -> bytes:
    body = marshal.dumps(entries)
    return _header() + _checksum(body) + body


def _checksum(body: bytes) -> bytes:
    """The body's length and CRC-32: what a truncated or damaged file no longer matches."""
    return len(body).to_bytes(8, "big") + zlib.crc32(body).to_bytes(4, "big")


def _decode(data: bytes) -> Any:
    """What a file holds; ValueError unless it was written whole by this Python build
    (checked before marshal reads a byte of it)."""
    header = _header()
    start = len(header) + 12
    body = data[start:]
    if not data.startswith(header) or data[len(header) : start] != _checksum(body):
        raise ValueError("not a regex cache of this Python, or damaged")
    return marshal.loads(body)


def _write_whole(path: Path, data: bytes) -> None:
    """The file replaced at once (a temporary file renamed over it), never seen half written
    by a process starting at the same time."""
    import tempfile  # only when a file is written

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".regex-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
