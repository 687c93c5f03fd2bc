"""Throughput of `timeline build` on many documents: `--jobs 1` and `--jobs 2` (JSON Lines and
Parquet) next to a Dask LocalCluster of 1 and 2 workers (`-f parquet --cluster`), whole
processes on the same folder of documents: the TimeML corpora's texts, one file per document,
repeated under new names to a few MB. Run from bench.py with `--cluster`."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timeline_cli.evaluation.timeml import read_timeml


def archive(folder: Path, corpora: Path, megabytes: float) -> tuple[int, int]:
    """The corpora's documents as .txt files, repeated to `megabytes`: (files, characters)."""
    texts = [read_timeml(p).text for p in sorted(corpora.rglob("*.tml"))]
    if not texts:
        raise SystemExit(f"no TimeML files under {corpora}")
    files = chars = 0
    while chars < megabytes * 1_000_000:
        for text in texts:
            (folder / f"doc-{files:06d}.txt").write_text(text, encoding="utf-8")
            files += 1
            chars += len(text)
    return files, chars


def timed(args: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.decode()[-500:]}")
    return time.perf_counter() - started


def measure(
    command: list[str], corpora: Path, megabytes: float
) -> tuple[list[tuple[str, float]], dict[str, int]]:
    """(setting, characters per second) for each way of running, on one folder of documents,
    and the sizes in bytes of the input, the JSON Lines output and the Parquet output."""
    from distributed import LocalCluster

    rows = []
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        files, chars = archive(docs, corpora, megabytes)
        print(f"input: {files:,} documents, {chars:,} characters", file=sys.stderr)
        base = [*command, "build", "--ref-date", "2015-09-15", "--lang", "en"]
        parquet = ["-f", "parquet", "--partition-size", "256K"]
        for jobs in (1, 2):
            out = Path(tmp) / f"jobs{jobs}.jsonl"
            jsonl = [*base, "-f", "jsonl", "--jobs", str(jobs), "-o", str(out), str(docs)]
            rows.append((f"`--jobs {jobs}` -f jsonl", timed(jsonl)))
            out = Path(tmp) / f"jobs{jobs}-parquet"
            rows.append((f"`--jobs {jobs}` -f parquet", timed(
                [*base, *parquet, "--jobs", str(jobs), "-o", str(out), str(docs)])))  # fmt: skip
        for workers in (1, 2):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              host="127.0.0.1", dashboard_address=None) as cluster:  # fmt: skip
                out = Path(tmp) / f"cluster{workers}"
                rows.append((f"Dask, {workers} worker{'s' * (workers > 1)}", timed(
                    [*base, *parquet, "--cluster", cluster.scheduler_address, "-o", str(out),
                     str(docs)])))  # fmt: skip
        sizes = {
            name: _bytes(Path(tmp) / name) for name in ("docs", "jobs1.jsonl", "jobs1-parquet")
        }
    return [(name, chars / seconds) for name, seconds in rows], sizes


def _bytes(path: Path) -> int:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files)
