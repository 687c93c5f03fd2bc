"""The notebook API: an archive's timelines as lazy Dask DataFrames with the Parquet schema.

    import timeline_cli.dask
    entries = timeline_cli.dask.entries("archive/", ref_date=datetime.date(2015, 9, 15))
    entries[entries.language == "fr"].groupby("source").size().compute()

Columns hold Arrow types (`date32[day][pyarrow]`, `list<struct<start, end>>[pyarrow]`...),
so what `to_parquet` writes has the schema of `timeline build -f parquet`. One partition per
batch of sources (cut as `timeline build -f parquet` cuts them), computed where Dask runs: on
the cluster of the current `distributed.Client`, else in this process.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .cluster import PARTITION_SIZE, Batch, compute, plan, require
from .sources import list_sources

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

__all__ = ["documents", "entries", "errors"]


def entries(sources: str | Sequence[str], **options: Any) -> dd.DataFrame:
    """One row per entry: the JSON Lines fields, typed, then `sentence_start` and `parts`.

    `sources`: files, folders (searched for `glob`, default "*.txt") and fsspec URLs
    (s3://bucket/news/, gs://...); options: `lang` ("auto"), `ref_date` (a date for every
    document), `ref_dates` (a mapping of source to date, for the others), `glob`,
    `partition_size` (input bytes per partition)."""
    return _frame(sources, 1, **options)


def documents(sources: str | Sequence[str], **options: Any) -> dd.DataFrame:
    """One row per document read: its language and reference date, as in the JSON output."""
    return _frame(sources, 0, **options)


def errors(sources: str | Sequence[str], **options: Any) -> dd.DataFrame:
    """One row (path, message) per source that could not be read."""
    return _frame(sources, 2, **options)


def _frame(
    sources: str | Sequence[str],
    which: int,
    *,
    lang: str = "auto",
    ref_date: dt.date | None = None,
    ref_dates: Mapping[str, dt.date] | None = None,
    glob: str = "*.txt",
    partition_size: int = PARTITION_SIZE,
) -> dd.DataFrame:
    require(["dask.dataframe", "pyarrow", "fsspec"], "timeline_cli.dask")
    import dask.dataframe as dd
    import pandas as pd

    from .formats import parquet

    found, missing = list_sources([sources] if isinstance(sources, str) else sources, glob)
    if missing:
        raise FileNotFoundError("; ".join(missing))
    batches = plan(found, lang=lang, ref_date=ref_date, ref_dates=ref_dates,
                   partition_size=partition_size)  # fmt: skip
    schema = (parquet.document_schema(), parquet.entry_schema(), parquet.ERRORS)[which]
    meta = schema.empty_table().to_pandas(types_mapper=pd.ArrowDtype)
    if not batches:
        return cast("dd.DataFrame", dd.from_pandas(meta, npartitions=1))
    name = ("timeline-documents", "timeline-entries", "timeline-errors")[which]
    frame = dd.from_map(_partition, batches, args=(which,), meta=meta, label=name,
                       enforce_metadata=False)  # fmt: skip
    return cast("dd.DataFrame", frame)


def _partition(batch: Batch, which: int) -> pd.DataFrame:
    """A batch's rows, every column an Arrow type (dates stay dates, `parts` a list)."""
    import pandas as pd

    return cast("pd.DataFrame", compute(batch)[which].to_pandas(types_mapper=pd.ArrowDtype))
