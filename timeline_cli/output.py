"""Writing results: atomically to a file, or to standard output."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from .errors import InputError


def check_destination(path: Path | None) -> None:
    """Refuse, before any work, an output path that cannot be written."""
    if path is None:
        return
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: the folder {folder} does not exist")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name for the output")


@contextlib.contextmanager
def destination(path: Path | None) -> Iterator[TextIO]:
    """A text stream to write to: stdout, or a temporary file beside `path` that replaces it
    only when the block completes, so an output file is written completely or not at all."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    check_destination(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            try:
                yield f
            except OSError as exc:
                raise InputError(f"{path}: cannot write ({exc.strerror})") from exc
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
