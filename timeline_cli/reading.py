"""Reading input: bytes to text, whatever the encoding news arrives in, whatever its size.

A small input is read and decoded whole. A big regular file (`open_input` with `stream_above`)
is decoded block by block, so that a 10 GB file never sits in memory: its encoding is decided
by a first pass that decodes it without keeping the text, then `Input.blocks` reads it again.
Standard input, a FIFO or a device is read as it comes: it is refused as binary on its first
kilobytes, and past `stream_above` bytes its encoding is decided on what came so far and the
rest is decoded as it arrives. The formats that hold the whole timeline read at most
`WHOLE_LIMIT` bytes of a document. How bytes become text is in `encodings.py`.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .encodings import Decoded, choose, decode, repair, sniff_binary
from .errors import InputError

_CHUNK = 1 << 20  # bytes read at a time from a big input
BLOCK = 1 << 18  # characters per block of a big input: dense text must not hold too many entries
WHOLE_LIMIT = 32 * 1024 * 1024  # bytes of one document for the formats that hold everything


def too_big(name: str) -> InputError:
    return InputError(
        f"{name}: more than {WHOLE_LIMIT >> 20} MB of text, too big to hold for this format; "
        "use -f jsonl, which streams any size"
    )


def read_path(path: str) -> Decoded:
    """Text and encoding of a file, or of standard input for "-", read whole."""
    document = open_input(path)
    assert document.text is not None
    return Decoded(document.text, document.encoding, document.note)


@dataclass(frozen=True, slots=True)
class Input:
    """One document: its whole text, or for a big input a source to decode block by block
    (a regular file, read again; or a stream, its first bytes `head` already read)."""

    name: str
    encoding: str
    text: str | None = None
    path: Path | None = None
    stream: BinaryIO | None = None
    head: bytes = b""
    note: str | None = None  # what was odd about the encoding, and what was done
    mojibake: bool = False  # repair each block (text that was decoded twice upstream)

    def blocks(self, size: int | None = None) -> Iterator[str]:
        """The text in blocks of about `size` characters, each cut after a paragraph break,
        else a line break, else a sentence end, else a space (see `cut`)."""
        if self.text is not None:
            yield self.text
            return
        pieces = _decoded(self._chunks(), self.encoding, self.name)
        for block in _cut_blocks(pieces, size or BLOCK):
            yield repair(block) if self.mojibake else block

    def _chunks(self) -> Iterator[bytes]:
        if self.path is not None:
            yield from _file_chunks(self.path, self.name)
            return
        assert self.stream is not None
        yield self.head
        yield from _stream_chunks(self.stream, self.name)


def open_input(path: str, stream_above: int | None = None) -> Input:
    """A file, or standard input for "-": read whole, or, when it is bigger than
    `stream_above` bytes, checked and left to be read block by block. Without
    `stream_above`, more than WHOLE_LIMIT bytes is an error."""
    if path == "-":
        return _open_stream(sys.stdin.buffer, "<stdin>", stream_above)
    info = _existing(path)
    if not stat.S_ISREG(info.st_mode):  # a FIFO, <(zcat a.gz), a device: read as it comes
        try:
            f = open(path, "rb")  # noqa: SIM115 (read to the end by blocks())
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
        return _open_stream(f, path, stream_above)
    size = info.st_size
    if stream_above is None or size <= stream_above:
        if size > WHOLE_LIMIT:
            raise too_big(path)
        decoded = decode(b"".join(_file_chunks(Path(path), path)), path)
        return Input(path, decoded.encoding, text=decoded.text, note=decoded.note)
    return _open_big_file(Path(path), path)


def _existing(path: str) -> os.stat_result:
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(
                f"{path}: is a symlink loop; give the file it should point to"
            ) from exc
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise InputError(f"{path}: no such file") from exc
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a directory; give the files inside it")
    return info


def _open_stream(stream: BinaryIO, name: str, stream_above: int | None) -> Input:
    """Read a stream up to `stream_above` bytes (else WHOLE_LIMIT), refusing binary input
    on its first block, before reading on."""
    first = _read(stream, 1 << 16, name)
    sniff_binary(first, name)
    parts, size = [first], len(first)
    limit = WHOLE_LIMIT if stream_above is None else stream_above
    while size <= limit and (more := _read(stream, _CHUNK, name)):
        parts.append(more)
        size += len(more)
    head = b"".join(parts)
    del parts
    if size <= limit:
        decoded = decode(head, name)
        return Input(name, decoded.encoding, text=decoded.text, note=decoded.note)
    if stream_above is None:
        raise too_big(name)
    chosen = choose(head, name, complete=False)
    note = chosen.note and f"{chosen.note} (encoding decided on the first {size:,} bytes)"
    return Input(name, chosen.encoding, stream=stream, head=head, note=note,
                 mojibake=chosen.mojibake)  # fmt: skip


def _read(stream: BinaryIO, size: int, name: str) -> bytes:
    try:
        return stream.read(size) or b""
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from exc


def _open_big_file(path: Path, name: str) -> Input:
    """The encoding `decode` would choose for the whole file, found without holding it."""
    chosen = choose(b"", name, complete=True, chunks=_file_chunks(path, name))
    return Input(name, chosen.encoding, path=path, note=chosen.note, mojibake=chosen.mojibake)


def _file_chunks(path: Path, name: str) -> Iterator[bytes]:
    try:
        with path.open("rb") as f:
            yield from _stream_chunks(f, name)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from exc


def _stream_chunks(stream: BinaryIO, name: str) -> Iterator[bytes]:
    while chunk := _read(stream, _CHUNK, name):
        yield chunk


def _decoded(chunks: Iterable[bytes], encoding: str, name: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    for chunk in chunks:
        if piece := decoder.decode(chunk):
            yield piece
    if piece := decoder.decode(b"", final=True):
        yield piece


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


def stdin_is_closed() -> bool:
    return sys.stdin is None or _closed_fd(0)


def _closed_fd(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return True
    return False
