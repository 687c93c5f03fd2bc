"""Which encoding bytes are in, and what went wrong with them upstream.

The fast path: valid UTF-8 (or a BOM) is decoded as such, and only a text in which mojibake
appears ("Ã©tÃ©", "â€™": UTF-8 once decoded as Windows-1252) is handed to ftfy. Anything else
is suspicious: UTF-8 with a few stray bytes is still UTF-8 (the bytes replaced, and said);
UTF-16 without a BOM is recognised by its zero bytes; a legacy single-byte text is read as
the code page (Windows-1252, Mac Roman, CP850) in which its accented letters sit inside words
as lower-case letters. The choice, and any repair, is recorded as the document's `encoding`
and `encoding_note`.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 12, 13}))
_LEGACY = ("cp1252", "mac_roman", "cp850")  # the order breaks ties
_SPACE = " \t\n\r\x0b\x0c\x85\xa0\u2028\u2029\ufeff"
_SAMPLE = 1 << 16  # bytes the legacy code page and the binary check are decided on
_CONTROL_SAMPLE = 4096  # characters searched for control codes: a binary file shows them early
# UTF-8 read as Windows-1252: Ã or Â then a Latin-1 / cp1252 high character, or â€
_MOJIBAKE = re.compile(
    "Ã[\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a"
    "\u20ac\u2122]|Â[\u00a0-\u00bf]|â€"
)
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
_NEAR_LETTER = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f]|[^\x00-\x7f](?=[a-z])")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Choice:
    encoding: str
    note: str | None = None
    mojibake: bool = False


def decode(data: bytes, name: str) -> Decoded:
    """The text of a whole input and how it was read. Binary and empty input is refused."""
    sniff_binary(data[:_SAMPLE], name)
    if not _bom(data) and not _utf16(data[:_SAMPLE]):
        try:
            return _checked(_repaired(data.decode("utf-8"), "utf-8", None), name)  # fast path
        except UnicodeDecodeError:
            pass
    chosen = choose(data, name)
    try:
        text = data.decode(chosen.encoding, errors="replace")
    except UnicodeDecodeError as exc:  # pragma: no cover (replace never raises)
        raise InputError(f"{name}: cannot decode the text ({exc.reason})") from exc
    return _checked(_repaired(text, chosen.encoding, chosen.note), name)


def choose(
    head: bytes, name: str, *, complete: bool = True, chunks: Iterable[bytes] | None = None
) -> Choice:
    """The encoding of `head` (or of all of `chunks`, scanned once without keeping them)."""
    stats = _Scan(chunks if chunks is not None else [head], final=complete)
    sample = stats.sample
    sniff_binary(sample, name)
    if _blank(stats, sample):
        raise InputError(f"{name}: the input is empty; give an article with some text")
    if bom := _bom(sample):
        if bom != "utf-8-sig" and stats.bad_in(bom):
            raise InputError(f"{name}: not valid {bom} text (some bytes cannot be decoded)")
        return Choice(bom, None, _has_mojibake(sample.decode(bom, "replace")))
    if utf16 := _utf16(sample):
        _no_controls(sample.decode(utf16, "replace")[:_CONTROL_SAMPLE], name)
        return Choice(utf16, "UTF-16 without a byte-order mark")
    bad, wide = stats.utf8_bad, stats.utf8_wide
    if bad == 0:
        return Choice("utf-8", None, stats.mojibake)
    if wide >= 4 * bad:  # overwhelmingly UTF-8: a stray byte is not a reason to misread it all
        note = f"{bad} byte{'s that are' if bad > 1 else ' that is'} not UTF-8 replaced with U+FFFD"
        return Choice("utf-8", note, stats.mojibake)
    legacy = _legacy(sample)
    return Choice(legacy, None if legacy == "cp1252" else "a legacy code page, by its letters")


def repair(text: str) -> str:
    """Undo mojibake where it appears (ftfy is imported only then)."""
    if not _has_mojibake(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def sniff_binary(sample: bytes, name: str) -> None:
    """Refuse binary data on its first bytes, before reading on (an endless /dev/zero)."""
    if _bom(sample) or _utf16(sample):
        return
    controls = sum(sample.count(c) for c in _CONTROL)
    if b"\x00" in sample or controls > max(2, len(sample) // 100):
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt article")


def _checked(decoded: Decoded, name: str) -> Decoded:
    if not decoded.text.strip():
        raise InputError(f"{name}: the input is empty; give an article with some text")
    _no_controls(decoded.text[:_CONTROL_SAMPLE], name)
    return decoded


def _no_controls(sample: str, name: str) -> None:
    """Decoded text full of control characters is binary data that happened to decode."""
    controls = len(_CONTROL_CHARS.findall(sample))
    if controls > max(2, len(sample) // 100):
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt article")


def _repaired(text: str, encoding: str, note: str | None) -> Decoded:
    if not _has_mojibake(text):
        return Decoded(text, encoding, note)
    fixed = repair(text)
    if fixed == text:
        return Decoded(text, encoding, note)
    said = "mojibake repaired with ftfy (UTF-8 text that had been decoded as Windows-1252)"
    return Decoded(fixed, encoding, f"{note}; {said}" if note else said)


def _blank(stats: _Scan, sample: bytes) -> bool:
    wide = _bom(sample) or _utf16(sample)
    if wide and wide != "utf-8-sig":  # the scan read UTF-8: judge a UTF-16/32 text by its start
        return not sample.decode(wide, "replace").strip(_SPACE)
    return stats.blank


def _has_mojibake(text: str) -> bool:
    return _MOJIBAKE.search(text) is not None


def _bom(data: bytes) -> str | None:
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM: text in a Latin script has a zero byte in every other place."""
    n = len(sample) // 2
    if n < 8:
        return None
    even, odd = sample[0 : 2 * n : 2].count(0), sample[1 : 2 * n : 2].count(0)
    if odd >= 0.3 * n and even <= 0.02 * n:
        return "utf-16-le"
    if even >= 0.3 * n and odd <= 0.02 * n:
        return "utf-16-be"
    return None


def _legacy(sample: bytes) -> str:
    """The code page in which the sample's non-ASCII characters read as letters in words."""
    best, best_score = "latin-1", None
    for encoding in _LEGACY:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _letter_score(text)
        if best_score is None or score > best_score:
            best, best_score = encoding, score
    return best


def _letter_score(text: str) -> int:
    score = 0
    for m in _NEAR_LETTER.finditer(text):
        c, at = m.group(), m.start()
        capital_first = c.isupper() and (at == 0 or not text[at - 1].isalpha())
        score += 1 if c.isalpha() and (c.islower() or capital_first) else -1
    return score


class _Scan:
    """One pass over the bytes: a sample, whether all is blank, UTF-8 errors and characters."""

    def __init__(self, chunks: Iterable[bytes], *, final: bool) -> None:
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.sample, self.blank, self.utf8_bad, self.utf8_wide = b"", True, 0, 0
        self.mojibake, self._chunks = False, 0
        for chunk in chunks:
            if len(self.sample) < _SAMPLE:
                self.sample += chunk[: _SAMPLE - len(self.sample)]
            self._count(decoder.decode(chunk))
        if final:  # a head cut in the middle of a character is not an error
            self._count(decoder.decode(b"", final=True))

    def _count(self, piece: str) -> None:
        if not piece:
            return
        bad = piece.count("\ufffd")
        self.utf8_bad += bad
        self.utf8_wide += len(piece) - len(piece.encode("ascii", "ignore")) - bad
        self.blank = self.blank and not piece.strip(_SPACE)
        if self._chunks < 4:
            self.mojibake = self.mojibake or _has_mojibake(piece)
            self._chunks += 1

    def bad_in(self, encoding: str) -> bool:
        try:
            self.sample.decode(encoding)
        except UnicodeDecodeError as exc:
            return exc.reason != "truncated data" and exc.start < len(self.sample) - 4
        return False
