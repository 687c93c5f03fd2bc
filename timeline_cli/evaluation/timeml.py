"""Read TimeML (.tml) files into plain text, gold TIMEX3 spans and a document creation time."""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_TIMEX = "TIMEX3"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class TimeMLError(Exception):
    """A TimeML file is missing, unreadable or not usable."""


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One annotated TIMEX3; start/end are code-point offsets into the document text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """A TimeML document: its tag-free text, creation date and gold timexes."""

    path: Path
    doc_id: str
    text: str
    dct: datetime.date | None
    gold: tuple[GoldTimex, ...]


def read_timeml(path: Path) -> TimeMLDocument:
    """Parse one .tml file; raise TimeMLError with a one-line message on failure."""
    root = _parse(path)
    text_element = next(root.iter("TEXT"), None)
    if text_element is None:
        raise TimeMLError(f"{path}: no <TEXT> element")
    gold: list[GoldTimex] = []
    try:
        text = _flatten(text_element, 0, gold)
    except RecursionError:
        raise TimeMLError(f"{path}: elements nested too deeply to read") from None
    return TimeMLDocument(
        path=path,
        doc_id=_doc_id(root, path),
        text=text,
        dct=_creation_date(root),
        gold=tuple(sorted(gold, key=lambda timex: (timex.start, timex.end))),
    )


def find_timeml_files(paths: Sequence[Path]) -> list[Path]:
    """Expand directories to their *.tml files (recursively, sorted); keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(path.rglob("*.tml"))
            if not inside:
                raise TimeMLError(f"{path}: is a folder with no .tml files")
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            raise TimeMLError(f"{path}: no such file or directory")
    return list(dict.fromkeys(found))


def _parse(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as error:
        raise TimeMLError(f"{path}: not well-formed XML ({error})") from None
    except OSError as error:
        raise TimeMLError(f"{path}: cannot read ({error.strerror or error})") from None


def _flatten(element: ET.Element, offset: int, gold: list[GoldTimex]) -> str:
    """Return the element's content with tags removed, collecting TIMEX3 spans into gold."""
    parts = [element.text or ""]
    position = offset + len(parts[0])
    for child in element:
        inner = _flatten(child, position, gold)
        tail = child.tail or ""
        parts += [inner, tail]
        position += len(inner) + len(tail)
    content = "".join(parts)
    if element.tag == _TIMEX:
        gold.append(_gold_timex(element, offset, content))
    return content


def _gold_timex(element: ET.Element, start: int, text: str) -> GoldTimex:
    return GoldTimex(
        start=start,
        end=start + len(text),
        text=text,
        type=element.get("type", ""),
        value=element.get("value", ""),
    )


def _doc_id(root: ET.Element, path: Path) -> str:
    element = next(root.iter("DOCID"), None)
    doc_id = (element.text or "").strip() if element is not None else ""
    return doc_id or path.stem


def _creation_date(root: ET.Element) -> datetime.date | None:
    timex = _dct_timex(root)
    if timex is None:
        return None
    value = timex.get("value", "")[:10]
    if not _ISO_DAY.fullmatch(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _dct_timex(root: ET.Element) -> ET.Element | None:
    for dct in root.iter("DCT"):
        timex = next(dct.iter(_TIMEX), None)
        if timex is not None:
            return timex
    for timex in root.iter(_TIMEX):
        if timex.get("functionInDocument") == "CREATION_TIME":
            return timex
    return None
