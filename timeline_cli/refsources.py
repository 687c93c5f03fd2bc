"""Where a document's reference date can come from besides its text: a CSV of dates for an
archive (`--ref-dates`), a date in the file name, and a bare date on the first line.

The order in which the sources are tried (see README, "The reference date") is: option, csv,
metadata (decided in `ingest`), then document, filename, estimated, today (in `pipeline`).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from .errors import InputError
from .model import Reference

# 2018-12-04, 2018_12_04, 2018.12.04 or 20181204, not inside a longer number
_NAME_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[-_.]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?!\d)"
)


def load_ref_dates(csv_path: str) -> dict[str, dt.date]:
    """The `path,date` rows of a CSV, keyed by absolute path; a path counts both as given
    (from the current folder) and relative to the CSV's folder. A header row is allowed."""
    try:
        with open(csv_path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
    except OSError as exc:
        raise InputError(f"--ref-dates {csv_path}: cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"--ref-dates {csv_path}: not UTF-8 text") from exc
    folder = Path(csv_path).parent
    dates: dict[str, dt.date] = {}
    for number, row in enumerate(rows, 1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if len(row) < 2:
            raise InputError(f"--ref-dates {csv_path}, line {number}: expected path,date")
        path, value = row[0].strip(), row[1].strip()
        try:
            date = dt.date.fromisoformat(value) if len(value) == 10 else None
        except ValueError:
            date = None
        if date is None:
            if number == 1 and not any(c.isdigit() for c in value):  # a header row
                continue
            raise InputError(
                f"--ref-dates {csv_path}, line {number}: {value!r} is not a date YYYY-MM-DD"
            )
        for candidate in (Path(path), folder / path):
            dates.setdefault(_key(str(candidate)), date)
    return dates


def _key(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def csv_reference(ref_dates: Mapping[str, dt.date], path: str) -> Reference | None:
    date = ref_dates.get(_key(path)) if path != "-" else None
    return Reference(date, "csv", "--ref-dates") if date else None


def filename_reference(path: str) -> Reference | None:
    """A date in the file name: 2018-12-04-lematin.txt, 20181204_article.html,
    lematin_2018-12-04.txt (the last such date in the name)."""
    if path == "-":
        return None
    name = os.path.basename(path)
    for m in reversed(list(_NAME_DATE.finditer(name))):
        try:
            date = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
        except ValueError:
            continue
        return Reference(date, "filename", name)
    return None


def first_line_date(
    text: str, dates: Sequence[tuple[int, int, dt.date | None]]
) -> Reference | None:
    """A bare date that is a whole line at the top ("Tuesday, June 30, 2009", "30/06/2009"):
    one of the first `_DATE_LINE_REACH` non-empty lines (a title may come before it) holds
    nothing but dates and punctuation, one of them a day; the first such line. `dates` are
    the (start, end, day or None) of the expressions found in the text."""
    start, seen = 0, 0
    while seen < _DATE_LINE_REACH and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            seen += 1
            found = _date_line(text, start, end, dates)
            if found is not None:
                return found
        start = end + 1
    return None


_DATE_LINE_REACH = 3  # non-empty lines: a title, a byline, then the date


def _date_line(
    text: str, start: int, end: int, dates: Sequence[tuple[int, int, dt.date | None]]
) -> Reference | None:
    line = sorted((s, e, day) for s, e, day in dates if start <= s and e <= end)
    rest = text[start:end]
    for s, e, _ in reversed(line):
        rest = rest[: s - start] + rest[e - start :]
    if not line or any(c.isalnum() for c in rest):
        return None
    day = next((day for _, _, day in line if day is not None), None)
    return Reference(day, "document", text[start:end].strip()[:80]) if day else None
