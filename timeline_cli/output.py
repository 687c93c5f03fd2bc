"""Writing results: atomically to a regular file, straight through to anything else.

A regular file (new or existing, also behind a symlink) is written to a temporary file beside
it that replaces it only once complete, with the mode (and owner) the file had, or
`0666 & ~umask` for a new one: an output file is written completely or not at all. A device,
a FIFO or standard output (`-`, `/dev/stdout`) is written straight through: replacing
`/dev/null` with a regular file would break every other program on the machine.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .errors import InputError, OutputError

TEMP_PREFIX = ".timeline-"  # short: a 250-character output name must still work
TEMP_SUFFIX = ".tmp"


_PICTURES = (
    {c: 0x2400 + c for c in range(32)} | {0x7F: 0x2421} | {c: 0xFFFD for c in range(0x80, 0xA0)}
)


def visible(text: str) -> str:
    """Control characters as their pictures (ESC as ␛), one character for one, so that offsets
    into the text still hold: an article must not drive the terminal it is shown on."""
    return text.translate(_PICTURES)


def is_stdout(path: Path | None) -> bool:
    """No path, `-`, or a path that is the file standard output already writes to."""
    if path is None or str(path) == "-":
        return True
    try:
        here, out = os.stat(path), os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return (here.st_dev, here.st_ino) == (out.st_dev, out.st_ino)


def check_destination(path: Path | None, inputs: Sequence[str] = ()) -> None:
    """Refuse, before any work, an output that cannot be written or that is one of the
    inputs (writing it would destroy the article)."""
    if is_stdout(path):
        return
    assert path is not None
    target = Path(os.path.realpath(path))
    folder = target.parent
    if not folder.is_dir():
        raise InputError(f"{path}: the folder {path.parent} does not exist")
    if target.is_dir():
        raise InputError(f"{path}: is a folder; give a file name for the output")
    try:
        info = os.stat(target)
    except OSError:
        info = None
    if info is not None and stat.S_ISREG(info.st_mode) and not _writable(target, info):
        raise InputError(f"{path}: is read-only; give another output file or make it writable")
    for name in inputs:
        if name != "-" and _same_file(name, target):
            raise InputError(f"{path}: is also an input; writing it would replace the article")


def _writable(path: Path, info: os.stat_result) -> bool:
    # root may write anything: a file nobody may write is still refused, as it was meant
    return os.access(path, os.W_OK) and bool(info.st_mode & 0o222)


def _same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


@contextlib.contextmanager
def destination(path: Path | None) -> Iterator[TextIO]:
    """A text stream to write to: standard output, a device or FIFO written straight through,
    or a temporary file that replaces the regular file `path` when the block completes."""
    if is_stdout(path):
        if sys.stdout is None:  # started with stdout closed (`>&-`)
            raise OutputError("standard output is closed; redirect it, or give -o FILE")
        yield sys.stdout
        sys.stdout.flush()
        return
    assert path is not None
    check_destination(path)
    target = Path(os.path.realpath(path))  # a symlink is followed, not replaced
    try:
        info: os.stat_result | None = os.stat(target)
    except OSError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        with _straight_through(path) as out:
            yield out
        return
    with _replacing(path, target, info) as out:
        yield out


@contextlib.contextmanager
def _straight_through(path: Path) -> Iterator[TextIO]:
    try:
        f = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc
    try:
        yield f
        f.flush()
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc
    finally:
        with contextlib.suppress(OSError):
            f.close()


@contextlib.contextmanager
def _replacing(path: Path, target: Path, info: os.stat_result | None) -> Iterator[TextIO]:
    try:
        fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc
    try:
        _set_mode(fd, info)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            try:
                yield f
            except OSError as exc:
                raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc
        os.replace(tmp, target)
    except OSError as exc:  # closing (flushing) or renaming failed: a full disk
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc
    except BaseException:  # an error, Ctrl-C, SIGTERM: no temporary file is left behind
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _set_mode(fd: int, info: os.stat_result | None) -> None:
    """The mode of the file replaced, or 0666 less the umask for a new one (mkstemp makes
    0600); the owner of the file replaced where we may."""
    if info is None:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        return
    os.fchmod(fd, stat.S_IMODE(info.st_mode))
    with contextlib.suppress(OSError):
        os.fchown(fd, info.st_uid, info.st_gid)
