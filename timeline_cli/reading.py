"""Reading input: bytes to text, whatever the encoding French news arrives in.

A small input is read and decoded whole. A big one (`open_input` with `stream_above`) is
decoded block by block, so that a 10 GB file never sits in memory: its encoding is decided by
a first pass that decodes it without keeping the text, then `Input.blocks` reads it again.
"""

from __future__ import annotations

import atexit
import codecs
import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = set(range(32)) - {9, 10, 12, 13}
_CHUNK = 1 << 20  # bytes read at a time from a big input
BLOCK = 1 << 20  # characters per block of a big input (about 1 MB of text)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and the encoding it was read with: a BOM's, else UTF-8, else Windows-1252
    (which covers Latin-1 French), else Latin-1. Binary data is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check(data.decode(encoding), name), encoding
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not valid {encoding} text ({exc.reason})") from exc
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt article")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            return _check(data.decode(encoding), name), encoding
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: cannot decode the text")  # unreachable: latin-1 decodes all


def _check(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: the input is empty; give an article with some text")
    _check_sample(text[:4096], name)
    return text


def _check_sample(sample: str, name: str) -> None:
    controls = sum(1 for c in sample if ord(c) in _CONTROL)
    if controls > max(2, len(sample) // 100):
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt article")


def read_path(path: str) -> tuple[str, str]:
    """Text and encoding of a file, or of standard input for "-"."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")
    p = _existing(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    return decode(data, path)


@dataclass(frozen=True, slots=True)
class Input:
    """One document: its whole text, or for a big input a file to decode block by block."""

    name: str
    encoding: str
    text: str | None = None
    path: Path | None = None
    spooled: bool = False  # path is a copy of standard input, removed once read

    def blocks(self, size: int | None = None) -> Iterator[str]:
        """The text in blocks of about `size` characters, each cut after a paragraph break,
        else a line break, else a sentence end, else a space (see `cut`)."""
        if self.text is not None:
            yield self.text
            return
        assert self.path is not None
        try:
            pieces = _decoded(self.path, self.encoding, self.name)
            yield from _cut_blocks(pieces, size or BLOCK)
        finally:
            self.close()

    def close(self) -> None:
        if self.spooled and self.path is not None:
            _remove(self.path)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def open_input(path: str, stream_above: int | None = None) -> Input:
    """A file, or standard input for "-": read whole, or, when it is bigger than
    `stream_above` bytes, checked and left to be read block by block."""
    if path == "-":
        return _open_stdin(stream_above)
    p = _existing(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if stream_above is None or size <= stream_above:
        text, encoding = read_path(path)
        return Input(path, encoding, text=text)
    return Input(path, _stream_encoding(p, path), path=p)


def _existing(path: str) -> Path:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory; give the files inside it")
    return p


def _open_stdin(stream_above: int | None) -> Input:
    name = "<stdin>"
    stdin = sys.stdin.buffer
    head = stdin.read() if stream_above is None else stdin.read(stream_above + 1)
    if stream_above is None or len(head) <= stream_above:
        text, encoding = decode(head, name)
        return Input(name, encoding, text=text)
    # too big to hold: spool it to a temporary file, then read that block by block
    with tempfile.NamedTemporaryFile(prefix="timeline-stdin-", delete=False) as spool:
        try:
            spool.write(head)
            del head
            shutil.copyfileobj(stdin, spool, _CHUNK)
        except BaseException:
            os.unlink(spool.name)
            raise
    path = Path(spool.name)
    atexit.register(_remove, path)  # in case its blocks are never read to the end
    try:
        return Input(name, _stream_encoding(path, name), path=path, spooled=True)
    except BaseException:
        os.unlink(path)
        raise


def _stream_encoding(path: Path, name: str) -> str:
    """The encoding `decode` would choose for the whole file, found without holding it."""
    try:
        with path.open("rb") as f:
            head = f.read(8192)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from exc
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            try:
                _check_decoding(path, encoding, name)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not valid {encoding} text ({exc.reason})") from exc
            return encoding
    if b"\x00" in head:
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt article")
    for encoding in ("utf-8", "cp1252"):
        try:
            _check_decoding(path, encoding, name)
            return encoding
        except UnicodeDecodeError:
            continue
    _check_decoding(path, "latin-1", name)
    return "latin-1"


def _check_decoding(path: Path, encoding: str, name: str) -> None:
    """Decode the whole file, keeping nothing: raise UnicodeDecodeError, or InputError for
    an empty or binary file, as `decode` would."""
    sample, blank = "", True
    for piece in _decoded(path, encoding, name):
        if len(sample) < 4096:
            sample += piece[: 4096 - len(sample)]
        blank = blank and not piece.strip()
    if blank:
        raise InputError(f"{name}: the input is empty; give an article with some text")
    _check_sample(sample, name)


def _decoded(path: Path, encoding: str, name: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                if piece := decoder.decode(chunk):
                    yield piece
            if piece := decoder.decode(b"", final=True):
                yield piece
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from exc


def _cut_blocks(pieces: Iterable[str], size: int) -> Iterator[str]:
    pending = ""
    for piece in pieces:
        pending += piece
        while len(pending) > size:
            at = cut(pending, size)
            yield pending[:at]
            pending = pending[at:]
    if pending:
        yield pending


def cut(text: str, size: int) -> int:
    """Where to end a block of at most `size` characters of `text`: after the last paragraph
    break in its second half, else the last line break, sentence end or space; else at
    `size` (a very long line without spaces)."""
    for separator in ("\n\n", "\n", ". ", " "):
        at = text.rfind(separator, size // 2, size)
        if at >= 0:
            return at + len(separator)
    return size
