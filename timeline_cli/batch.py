"""Many documents: expanding paths, processing them in worker processes, in a stable order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .model import Timeline
from .pipeline import build_timeline
from .reading import read_path


@dataclass(frozen=True, slots=True)
class Job:
    path: str
    lang: str
    ref_date: dt.date | None


@dataclass(frozen=True, slots=True)
class Outcome:
    path: str
    timeline: Timeline | None
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
        text, _encoding = read_path(job.path)
    except InputError as exc:
        return Outcome(job.path, None, str(exc))
    source = "<stdin>" if job.path == "-" else job.path
    try:
        timeline = build_timeline(text, lang=job.lang, ref_date=job.ref_date, source=source)
    except Exception as exc:  # a bug must not lose the other documents of a batch
        return Outcome(job.path, None, f"{job.path}: internal error ({exc!r}); please report it")
    return Outcome(job.path, timeline, None)


def run_all(jobs: Sequence[Job], workers: int) -> Iterator[Outcome]:
    """Outcomes in the order of the jobs, computed by `workers` processes."""
    if workers <= 1 or len(jobs) <= 1:
        yield from map(run, jobs)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(run, jobs, chunksize=4)
