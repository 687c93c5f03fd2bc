"""Many documents: expanding paths, processing them in worker processes, in a stable order.

Memory stays flat however many documents there are: at most a few documents per worker are
in flight, and a big input with `stream` is processed block by block in the main process,
its timelines handed on as each block is done.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
import signal
import stat
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from .errors import InputError
from .ingest import finished, prepare
from .model import Timeline
from .output import TEMP_PREFIX
from .pipeline import build_timeline, stream_timeline
from .reading import Input, open_input
from .webpage import HTML_SUFFIXES

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

STREAM_ABOVE = 1024 * 1024  # bytes: a bigger input is streamed when the output allows it
_IN_FLIGHT = 4  # documents queued per worker
# Set once the workers were stopped midway: the pool's threads are then in no state for the
# interpreter's usual exit (it waits for them, or wakes them through closed pipes), so the
# command ends with os._exit once its files are cleaned up (see cli.main).
workers_stopped = False


@dataclass(frozen=True, slots=True)
class Job:
    path: str
    lang: str
    ref_date: dt.date | None
    stream: bool = False  # a big input may be processed in blocks (JSON Lines output)
    ref_dates: Mapping[str, dt.date] | None = None  # --ref-dates, by absolute path
    with_text: bool = False  # keep the processed text in the document info (--with-text, TimeML)
    genre: str = "auto"  # auto, news or narrative (see pipeline.build_timeline)


@dataclass(frozen=True, slots=True)
class Outcome:
    """A document's timeline, or its timelines block by block when streamed, or an error.
    Iterating a streamed document's timelines raises InputError if it fails midway."""

    path: str
    timelines: Iterable[Timeline]
    error: str | None


DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.htm")


def check_glob(glob: str) -> str | None:
    """Why a --glob pattern cannot be used, or None: it must stay inside its folder."""
    parts = PurePath(glob).parts
    if not glob or PurePath(glob).is_absolute() or ".." in parts:
        return f"--glob {glob!r} must be a pattern relative to the folder, such as '*.txt'"
    return None


def expand_inputs(
    paths: Sequence[str], glob: str | Sequence[str], skip: Path | None = None
) -> tuple[list[str], list[str]]:
    """Files to read, in order (directories walked recursively for the `glob` patterns), and
    the errors of paths that name nothing to read or folders that cannot be read. `skip` (the
    output file) is never taken from a folder, nor are our temporary files."""
    patterns = (glob,) if isinstance(glob, str) else tuple(glob)
    files, errors = [], []
    for p in paths:
        if p != "-" and os.path.isdir(p):
            found, failed = _walk(p, patterns, skip)
            errors.extend(failed)
            if not found and not failed:
                errors.append(f"{p}: is a directory with no {_either(patterns)} files")
            files.extend(found)
        else:
            files.append(p)
    return files, errors


def _either(patterns: Sequence[str]) -> str:
    return " or ".join(p for p in (", ".join(patterns[:-1]), patterns[-1]) if p)


def _walk(folder: str, patterns: Sequence[str], skip: Path | None) -> tuple[list[str], list[str]]:
    found, failed = [], []

    def unreadable(exc: OSError) -> None:
        failed.append(f"{exc.filename}: cannot read the folder ({exc.strerror}); its files "
                      "were skipped")  # fmt: skip

    skipped = os.path.realpath(skip) if skip is not None else None
    for top, dirs, names in os.walk(folder, onerror=unreadable):
        dirs.sort()
        for name in names:
            path = os.path.join(top, name)
            relative = os.path.relpath(path, folder)
            if name.startswith(TEMP_PREFIX):
                continue
            if not any(_matches(relative, name, glob) for glob in patterns):
                continue
            if os.path.isfile(path) and os.path.realpath(path) != skipped:
                found.append(path)
    return sorted(found), failed


def _matches(relative: str, name: str, glob: str) -> bool:
    if "/" not in glob:
        return fnmatch.fnmatchcase(name, glob)
    return PurePath(relative).match(glob)


def source_name(path: str) -> str:
    """The `source` of a document read from `path`: the path, with any byte of its name that
    is not UTF-8 (a Latin-1 "caf\\xe9.txt") written as a backslash escape, so every output is
    valid UTF-8 (the name as Python holds it would carry a lone surrogate)."""
    if path == "-":
        return "<stdin>"
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def run(job: Job) -> Outcome:
    """Read and process one document; a bad input is an outcome, not an exception."""
    web = job.path.lower().endswith(HTML_SUFFIXES)  # a page is read whole, never streamed
    try:
        document = open_input(job.path, STREAM_ABOVE if job.stream and not web else None)
    except InputError as exc:
        return Outcome(job.path, (), str(exc))
    source = source_name(job.path)
    if document.text is None:
        given = prepare(job.path, "", job.ref_date, job.ref_dates)
        blocks = stream_timeline(document.blocks(), lang=job.lang, ref_date=given.given,
                                 source=source, fallback=given.fallback,
                                 genre=job.genre)  # fmt: skip
        return Outcome(job.path, _guarded(job.path, _with_encoding(blocks, document)), None)
    try:
        prepared = prepare(job.path, document.text, job.ref_date, job.ref_dates)
        timeline = build_timeline(prepared.text, lang=job.lang, ref_date=prepared.given,
                                  source=source, fallback=prepared.fallback,
                                  genre=job.genre)  # fmt: skip
    except InputError as exc:
        return Outcome(job.path, (), str(exc))
    except MemoryError:
        return Outcome(job.path, (), f"{job.path}: out of memory; try -f jsonl, which streams")
    except Exception as exc:  # a bug must not lose the other documents of a batch
        return Outcome(job.path, (), _internal(job.path, exc))
    timeline = finished(timeline, prepared, job.with_text)
    return Outcome(job.path, tuple(_with_encoding([timeline], document)), None)


def _with_encoding(timelines: Iterable[Timeline], document: Input) -> Iterator[Timeline]:
    for t in timelines:
        info = replace(t.document, encoding=document.encoding, encoding_note=document.note)
        yield replace(t, document=info)


def _guarded(path: str, timelines: Iterator[Timeline]) -> Iterator[Timeline]:
    try:
        yield from timelines
    except InputError:
        raise
    except Exception as exc:
        raise InputError(_internal(path, exc)) from exc


def _internal(path: str, exc: Exception) -> str:
    return f"{path}: internal error ({exc!r}); please report it"


def run_all(jobs: Sequence[Job], workers: int) -> Iterator[Outcome]:
    """Outcomes in the order of the jobs, computed by `workers` processes. Standard input and
    big inputs to stream are processed in this process, when their turn comes.

    The worker processes are started here and now, before the caller starts any thread (a
    progress bar): forking a process that runs threads can leave its locks held."""
    if workers <= 1 or len(jobs) <= 1:
        return map(run, jobs)
    from concurrent.futures import ProcessPoolExecutor  # only for a batch: it takes a while

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_signals)
    pool.submit(int)  # starts every worker
    return _in_order(pool, jobs, workers)


def worker_count(asked: int, documents: int) -> int:
    """At most one worker per document and per CPU: more only cost memory."""
    return max(1, min(asked, documents, os.cpu_count() or 1))


def _worker_signals() -> None:
    """Workers leave Ctrl-C and SIGTERM to the main process, which stops them: no traceback
    from each worker, no worker left waiting for work that will not come."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def _in_order(pool: ProcessPoolExecutor, jobs: Sequence[Job], workers: int) -> Iterator[Outcome]:
    try:
        queued: deque[tuple[Job, Future[Outcome] | None]] = deque()
        for job in jobs:
            # a streamed document's timelines are a generator: it cannot come from a worker
            here = job.path == "-" or (job.stream and _size(job.path) > STREAM_ABOVE)
            queued.append((job, None if here else _submit(pool, job)))
            while len(queued) > workers * _IN_FLIGHT:
                yield _outcome(*queued.popleft())
        while queued:
            yield _outcome(*queued.popleft())
    except BaseException:  # the reader went away, Ctrl-C, SIGTERM: stop the workers now
        stop(pool)
        raise
    pool.shutdown()


def stop(pool: ProcessPoolExecutor) -> None:
    """End the workers at once, not after the work queued for them."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=5)
    global workers_stopped
    workers_stopped = True


def _submit(pool: ProcessPoolExecutor, job: Job) -> Future[Outcome] | None:
    try:
        return pool.submit(run, job)
    except RuntimeError:  # the pool broke (a worker was killed): go on in this process
        return None


def _size(path: str) -> int:
    """The size of a regular file; a FIFO or a device counts as endless."""
    try:
        info = os.stat(path)
    except OSError:
        return 0
    return info.st_size if stat.S_ISREG(info.st_mode) else sys.maxsize


def _outcome(job: Job, future: Future[Outcome] | None) -> Outcome:
    if future is None:
        return run(job)
    try:
        return future.result()
    except Exception as exc:  # a worker that died: report the document, keep the others
        return Outcome(job.path, (), f"{job.path}: could not be processed ({exc!r})")
