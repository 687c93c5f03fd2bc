"""Many documents: expanding paths, processing them in worker processes, in a stable order.

Memory stays flat however many documents there are: at most a few documents per worker are
in flight, and a big input with `stream` is processed block by block in the main process,
its timelines handed on as each block is done.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .model import Timeline
from .pipeline import build_timeline, stream_timeline
from .reading import open_input

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

STREAM_ABOVE = 8 * 1024 * 1024  # bytes: a bigger input is streamed when the output allows it
_IN_FLIGHT = 4  # documents queued per worker


@dataclass(frozen=True, slots=True)
class Job:
    path: str
    lang: str
    ref_date: dt.date | None
    stream: bool = False  # a big input may be processed in blocks (JSON Lines output)
    genre: str = "auto"  # auto, news or narrative (see pipeline.build_timeline)


@dataclass(frozen=True, slots=True)
class Outcome:
    """A document's timeline, or its timelines block by block when streamed, or an error.
    Iterating a streamed document's timelines raises InputError if it fails midway."""

    path: str
    timelines: Iterable[Timeline]
    error: str | None


def expand_inputs(paths: Sequence[str], glob: str) -> tuple[list[str], list[str]]:
    """Files to read, in order (directories walked recursively for `glob`), and the errors of
    paths that name nothing to read."""
    files, errors = [], []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            found = sorted(str(f) for f in path.rglob(glob) if f.is_file())
            if not found:
                errors.append(f"{p}: is a directory with no {glob} files")
            files.extend(found)
        else:
            files.append(p)
    return files, errors


def run(job: Job) -> Outcome:
    """Read and process one document; a bad input is an outcome, not an exception."""
    try:
        document = open_input(job.path, STREAM_ABOVE if job.stream else None)
    except InputError as exc:
        return Outcome(job.path, (), str(exc))
    source = "<stdin>" if job.path == "-" else job.path
    if document.text is None:
        blocks = stream_timeline(document.blocks(), lang=job.lang, ref_date=job.ref_date,
                                 source=source, genre=job.genre)  # fmt: skip
        return Outcome(job.path, _guarded(job.path, blocks), None)
    try:
        timeline = build_timeline(document.text, lang=job.lang, ref_date=job.ref_date,
                                  source=source, genre=job.genre)  # fmt: skip
    except Exception as exc:  # a bug must not lose the other documents of a batch
        return Outcome(job.path, (), _internal(job.path, exc))
    return Outcome(job.path, (timeline,), None)


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

    pool = ProcessPoolExecutor(max_workers=workers)
    pool.submit(int)  # starts every worker
    return _in_order(pool, jobs, workers)


def _in_order(pool: ProcessPoolExecutor, jobs: Sequence[Job], workers: int) -> Iterator[Outcome]:
    with pool:
        queued: deque[tuple[Job, Future[Outcome] | None]] = deque()
        for job in jobs:
            here = job.path == "-" or (job.stream and _size(job.path) > STREAM_ABOVE)
            queued.append((job, None if here else _submit(pool, job)))
            while len(queued) > workers * _IN_FLIGHT:
                yield _outcome(*queued.popleft())
        while queued:
            yield _outcome(*queued.popleft())


def _submit(pool: ProcessPoolExecutor, job: Job) -> Future[Outcome] | None:
    try:
        return pool.submit(run, job)
    except RuntimeError:  # the pool broke (a worker was killed): go on in this process
        return None


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _outcome(job: Job, future: Future[Outcome] | None) -> Outcome:
    if future is None:
        return run(job)
    try:
        return future.result()
    except Exception as exc:  # a worker that died: report the document, keep the others
        return Outcome(job.path, (), f"{job.path}: could not be processed ({exc!r})")
