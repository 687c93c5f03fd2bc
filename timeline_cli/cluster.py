"""Archives to partitioned Parquet, on this machine (`--jobs`) or on a Dask cluster (`--cluster`).

OUT/ is the entries dataset (`pandas.read_parquet(OUT)`), OUT/_documents/ the documents and
OUT/_errors/ the sources that could not be read (path, message); readers skip folders and files
whose names start with `_` or `.`. The sources are cut into batches, one partition of each
dataset per batch, named by a hash of its sources (name and size), the options, the version and
the schema. A batch ends after a source chosen by a hash of its name, so adding a file to an
archive changes one batch, not all that follow. Each partition is written atomically, entries
last: a batch whose entries partition exists is done, and a run into the same folder skips it.
At the end of a run that wrote every batch, partitions of batches no longer planned (the source
list or the options changed) are removed: OUT holds the result of the last command.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import uuid
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import __version__
from .batch import Job, run
from .errors import ExitCode, InputError
from .model import Reference, Timeline
from .pipeline import build_timeline
from .sources import Source, is_url, list_sources, read_url

if TYPE_CHECKING:
    import pyarrow as pa
    from distributed import Client
    from fsspec import AbstractFileSystem

INSTALL = "pip install 'timeline-cli[dask]'"
PARTITION_SIZE = 16 << 20  # bytes of input per batch, about 10 s of work for one core
DOCUMENTS, ERRORS = "_documents", "_errors"
_PART = re.compile(r"part-([0-9a-f]{16})\.parquet")
_ADDRESS = re.compile(r"((tcp|tls|ws|wss|ucx)://)?(\[[0-9a-fA-F:]+\]|[\w.-]+):\d+")
_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def require(modules: Sequence[str], what: str) -> None:
    """Raise InputError, in one line saying what to install, when the extra is missing."""
    import importlib

    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError:
            raise InputError(
                f"{what} needs the Dask extra ({module} is missing): {INSTALL}"
            ) from None


def parse_size(value: str) -> int:
    """A size in bytes, with an optional K, M or G suffix: '16M'."""
    match = re.fullmatch(r"\s*(\d+)\s*([KMG]?)B?\s*", value.upper())
    if not match or int(match[1]) == 0:
        raise InputError(f"--partition-size {value!r} is not a size; give bytes, e.g. 16M or 500K")
    return int(match[1]) * _UNITS[match[2]]


@dataclass(frozen=True, slots=True)
class Batch:
    name: str  # the hash that names its partitions
    sources: tuple[Source, ...]
    lang: str
    ref_dates: tuple[dt.date | None, ...]  # one per source
    from_option: bool = False  # the dates are --ref-date's, else each is its --ref-dates row


@dataclass(frozen=True, slots=True)
class Written:
    """What a batch wrote, or, with `failure`, why it could not be."""

    name: str
    documents: int
    entries: int = 0
    errors: tuple[str, ...] = ()
    estimated: int = 0  # documents whose reference date is an estimate or today
    failure: str | None = None


def plan(
    sources: Sequence[Source],
    *,
    lang: str,
    ref_date: dt.date | None = None,
    ref_dates: Mapping[str, dt.date] | None = None,
    partition_size: int = PARTITION_SIZE,
) -> list[Batch]:
    """The sources cut into batches of about `partition_size` bytes, in order. A reference
    date for a source comes from `ref_date`, else from `ref_dates` (by name or location)."""
    dates = ref_dates or {}
    batches: list[Batch] = []
    current: list[Source] = []
    size = 0
    for source in sources:
        current.append(source)
        size += source.size
        if _ends_batch(source, partition_size) or size >= 4 * partition_size:
            batches.append(_batch(current, lang, ref_date, dates))
            current, size = [], 0
    if current:
        batches.append(_batch(current, lang, ref_date, dates))
    return batches


def _ends_batch(source: Source, partition_size: int) -> bool:
    """True for about one source in `partition_size / size`: batches of about that many
    bytes, their ends decided by each source's name alone."""
    draw = zlib.crc32(source.name.encode("utf-8")) / 2**32
    return draw < max(source.size, 1) / partition_size


def _batch(
    sources: list[Source], lang: str, ref_date: dt.date | None, dates: Mapping[str, dt.date]
) -> Batch:
    refs = tuple(ref_date or dates.get(s.name) or dates.get(s.url) for s in sources)
    from .formats.parquet import document_schema, entry_schema

    listed = [
        [s.name, s.size, r.isoformat() if r else None] for s, r in zip(sources, refs, strict=True)
    ]
    key = json.dumps([__version__, str(entry_schema()), str(document_schema()), lang, listed])
    name = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return Batch(name, tuple(sources), lang, refs, from_option=ref_date is not None)


def compute(batch: Batch) -> tuple[pa.Table, pa.Table, pa.Table]:
    """The documents, entries and errors of a batch, each document read and processed by the
    same library call as a local run."""
    from .formats import parquet

    documents, entries, errors = [], [], []
    for source, ref_date in zip(batch.sources, batch.ref_dates, strict=True):
        try:
            given = None if ref_date is None else (
                Reference(ref_date, "option", "--ref-date") if batch.from_option
                else Reference(ref_date, "csv", "--ref-dates")
            )  # fmt: skip
            timeline = _timeline(source, batch.lang, given)
        except InputError as exc:
            errors.append({"path": source.name, "message": str(exc)})
            continue
        except Exception as exc:  # a bug must not lose the other documents of the batch
            message = f"{source.name}: internal error ({exc!r}); please report it"
            errors.append({"path": source.name, "message": message})
            continue
        document, rows = parquet.records(timeline)
        for row in (document, *rows):  # a local file was read at its absolute path
            row["source"] = source.name
        documents.append(document)
        entries.extend(rows)
    return (
        parquet.table(documents, parquet.document_schema()),
        parquet.table(entries, parquet.entry_schema()),
        parquet.table(errors, parquet.ERRORS),
    )


def _timeline(source: Source, lang: str, given: Reference | None) -> Timeline:
    """A local file goes through `batch.run`, exactly as with `--jobs`; a URL is read through
    fsspec and decoded as a file would be."""
    if is_url(source.url):
        text = read_url(source)
        return build_timeline(text, lang=lang, ref_date=given, source=source.name)
    option = given.date if given and given.source == "option" else None
    rows = {source.url: given.date} if given and given.source == "csv" else None
    outcome = run(Job(source.url, lang, option, ref_dates=rows))
    if outcome.error is not None:  # said with the name the user knows the file by
        raise InputError(outcome.error.replace(source.url, source.name, 1))
    (timeline,) = outcome.timelines
    return timeline


def write_batch(batch: Batch, out: str) -> Written:
    """Compute a batch and write its three partitions into `out`, the entries last."""
    from fsspec.core import url_to_fs

    from .formats.parquet import write

    documents, entries, errors = compute(batch)
    fs, root = url_to_fs(out)
    part = f"part-{batch.name}.parquet"
    write(fs, f"{root}/{ERRORS}/{part}", errors)
    write(fs, f"{root}/{DOCUMENTS}/{part}", documents)
    write(fs, f"{root}/{part}", entries)
    sources = documents.column("reference_date_source").to_pylist()
    return Written(
        batch.name,
        documents.num_rows,
        entries.num_rows,
        tuple(errors.column("message").to_pylist()),
        sum(s in ("estimated", "today") for s in sources),
    )


def _guarded(batch: Batch, out: str) -> Written:
    try:
        return write_batch(batch, out)
    except Exception as exc:
        return _failed(batch, exc)


def _failed(batch: Batch, exc: BaseException) -> Written:
    first = batch.sources[0].name
    message = (
        f"the partition of {len(batch.sources)} documents from {first} could not be written "
        f"({exc!r}); run the same command again to retry it"
    )
    return Written(batch.name, 0, failure=message)


def build(
    paths: Sequence[str],
    out: str,
    *,
    glob: str,
    lang: str,
    ref_date: dt.date | None,
    ref_dates: Mapping[str, dt.date] | None = None,
    jobs: int = 1,
    address: str | None = None,
    partition_size: int = PARTITION_SIZE,
    say: Callable[[str], None],
) -> ExitCode:
    """`timeline build -f parquet -o OUT`: write what is not written yet, report on stderr."""
    require(["distributed"] if address else [], "--cluster")
    require(["pyarrow", "fsspec"], "-f parquet")
    with contextlib.ExitStack() as stack:
        client = stack.enter_context(_connect(address, say)) if address else None
        return _build(paths, out, glob=glob, lang=lang, ref_date=ref_date, ref_dates=ref_dates,
                      jobs=jobs, client=client, partition_size=partition_size, say=say)  # fmt: skip


def _build(
    paths: Sequence[str],
    out: str,
    *,
    glob: str,
    lang: str,
    ref_date: dt.date | None,
    ref_dates: Mapping[str, dt.date] | None,
    jobs: int,
    client: Client | None,
    partition_size: int,
    say: Callable[[str], None],
) -> ExitCode:
    out = out if is_url(out) else os.path.abspath(out)  # the same folder for every worker
    fs, root = _prepare(out)
    sources, listing_errors = list_sources(paths, glob)
    for message in listing_errors:
        say(f"error: {message}")
    batches = plan(sources, lang=lang, ref_date=ref_date, ref_dates=ref_dates,
                   partition_size=partition_size)  # fmt: skip
    written = _written(fs, root)
    todo = [b for b in batches if b.name not in written]
    say(
        f"{len(sources)} documents in {len(batches)} partition{'s' * (len(batches) != 1)}: "
        f"{len(batches) - len(todo)} already written, {len(todo)} to write"
    )
    results = _on_cluster(client, todo, out) if client else _here(todo, out, jobs)
    failed, unreadable = _report(results, len(todo), say)
    if not failed:
        _prune(fs, root, {b.name for b in batches})
    return ExitCode.FAILURE if failed or unreadable or listing_errors else ExitCode.OK


def _prepare(out: str) -> tuple[AbstractFileSystem, str]:
    """The output folder, made if needed; refused if it holds files timeline did not write."""
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(out)
    root = root.rstrip("/")
    if fs.exists(root):
        if not fs.isdir(root):
            raise InputError(f"{out}: is a file; -f parquet writes a folder of partitions")
        names = [p.rstrip("/").rsplit("/", 1)[-1] for p in fs.ls(root, detail=False)]
        strange = [n for n in names if not _ours(n)]
        if strange:
            raise InputError(
                f"{out}: holds files timeline did not write ({strange[0]}...); "
                "give a new or empty folder"
            )
    elif not is_url(out) and not os.path.isdir(os.path.dirname(root)):
        raise InputError(f"{out}: the folder {os.path.dirname(root)} does not exist")
    for folder in (root, f"{root}/{DOCUMENTS}", f"{root}/{ERRORS}"):
        fs.makedirs(folder, exist_ok=True)
    return fs, root


def _ours(name: str) -> bool:
    return bool(_PART.fullmatch(name)) or name in (DOCUMENTS, ERRORS) or _leftover(name)


def _leftover(name: str) -> bool:
    """A temporary file of a write that did not finish (a worker killed while writing)."""
    return name.startswith(".part-") and name.endswith(".tmp")


def _written(fs: AbstractFileSystem, root: str) -> set[str]:
    names = (p.rsplit("/", 1)[-1] for p in fs.ls(root, detail=False))
    return {m[1] for n in names if (m := _PART.fullmatch(n))}


def _prune(fs: AbstractFileSystem, root: str, planned: set[str]) -> None:
    """Remove the partitions of batches this run did not plan, and leftover temporary files."""
    for folder in (root, f"{root}/{DOCUMENTS}", f"{root}/{ERRORS}"):
        for path in fs.ls(folder, detail=False):
            name = path.rstrip("/").rsplit("/", 1)[-1]
            match = _PART.fullmatch(name)
            if (match and match[1] not in planned) or _leftover(name):
                fs.rm(path)


def _here(batches: list[Batch], out: str, jobs: int) -> Iterator[Written]:
    """Batches in this process, or in `jobs` worker processes, as they finish."""
    if jobs <= 1 or len(batches) <= 1:
        yield from (_guarded(b, out) for b in batches)
        return
    from concurrent.futures import ProcessPoolExecutor, as_completed

    pool = ProcessPoolExecutor(max_workers=jobs)
    try:
        futures = {pool.submit(_guarded, b, out): b for b in batches}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # a worker process that died
                yield _failed(futures[future], exc)
    finally:  # interrupted: the batches not started are left for the next run
        pool.shutdown(wait=True, cancel_futures=True)


def _connect(address: str, say: Callable[[str], None]) -> Client:
    """A client of the scheduler at `address`, before anything is written."""
    from distributed import Client

    if not _ADDRESS.fullmatch(address):  # a Client given a bad one waits, then complains
        raise InputError(f"--cluster {address!r} is not a scheduler address: tcp://HOST:PORT")
    try:
        client = Client(address, timeout="10s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(
            f"cannot reach the Dask scheduler at {address} ({exc}); start one with "
            "`dask scheduler`, or give its address with --cluster"
        ) from None
    workers = len(client.scheduler_info().get("workers", {}))
    say(f"Dask cluster {address}: {workers} workers; dashboard {client.dashboard_link}")
    return client


def _on_cluster(client: Client, batches: list[Batch], out: str) -> Iterator[Written]:
    """Batches on the Dask cluster, as they finish. A task on a worker that is lost is run
    again on another by the scheduler; an exception is retried twice."""
    from distributed import as_completed

    run = uuid.uuid4().hex[:8]
    futures = {
        client.submit(write_batch, b, out, key=f"timeline-{b.name}-{run}", retries=2): b
        for b in batches
    }
    for future in as_completed(futures, loop=client.loop):
        try:
            yield future.result()
        except Exception as exc:  # lost too often (KilledWorker), or failed three times
            yield _failed(futures[future], exc)
        future.release()


def _report(
    results: Iterator[Written], total: int, say: Callable[[str], None]
) -> tuple[bool, bool]:
    """Say each error, the progress and a summary on stderr: whether a batch failed, and
    whether a document could not be read."""
    documents = entries = estimated = 0
    failed, unreadable, shown = False, False, 0
    for done, result in enumerate(results, 1):
        documents += result.documents
        entries += result.entries
        estimated += result.estimated
        for message in result.errors:
            unreadable = True
            say(f"error: {message}")
        if result.failure:
            failed = True
            say(f"error: {result.failure}")
        if done * 10 // max(total, 1) > shown or done == total:  # a line every tenth
            shown = done * 10 // max(total, 1)
            say(f"{done}/{total} partitions written ({documents} documents, {entries} entries)")
    if estimated:
        say(
            f"warning: {estimated} documents have no publication date: their relative dates "
            "count from an estimate (reference_date_source in _documents); pass --ref-date"
        )
    return failed, unreadable
