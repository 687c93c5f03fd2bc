"""Timelines as a pandas DataFrame, one row per entry, with fixed column types (the optional
extra `timeline-cli[pandas]`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .model import Timeline
from .render import FIELDS

if TYPE_CHECKING:
    import pandas

_INTEGERS = {"char_start", "char_end", "sentence_start"}
_DATES = {"start", "end", "reference_date"}
# pandas nullable types: a column keeps its type whatever the rows, with <NA> for null;
# dates are second-resolution datetimes, which reach from year 1 to 9999
DTYPES = {
    name: "Int64" if name in _INTEGERS else "datetime64[s]" if name in _DATES
    else "boolean" if name == "approximate" else "string"
    for name in FIELDS
}  # fmt: skip


def to_dataframe(timelines: Timeline | Iterable[Timeline]) -> pandas.DataFrame:
    """The entries of one or several timelines as a DataFrame with the columns of the CSV
    output, in order, typed as `DTYPES` says."""
    try:
        import pandas
    except ImportError:
        raise ImportError("to_dataframe needs pandas: pip install 'timeline-cli[pandas]'") from None
    if isinstance(timelines, Timeline):
        timelines = [timelines]
    rows = [row for t in timelines for row in t.to_records()]
    frame = pandas.DataFrame.from_records(rows, columns=list(FIELDS))
    for name in _DATES:
        frame[name] = pandas.to_datetime(frame[name], format="ISO8601").astype("datetime64[s]")
    return frame.astype(DTYPES)
