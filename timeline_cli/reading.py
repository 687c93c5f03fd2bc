"""Reading input: bytes to text, whatever the encoding French news arrives in."""

from __future__ import annotations

import codecs
import sys
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
    sample = text[:4096]
    controls = sum(1 for c in sample if ord(c) in _CONTROL)
    if controls > max(2, len(sample) // 100):
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt article")
    return text


def read_path(path: str) -> tuple[str, str]:
    """Text and encoding of a file, or of standard input for "-"."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory; give the files inside it")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    return decode(data, path)
