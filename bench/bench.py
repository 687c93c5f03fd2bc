"""Benchmark of `timeline` against the targets, with dateparser as the baseline, in one run.

    .venv/bin/python bench/bench.py            # everything, a few minutes
    .venv/bin/python bench/bench.py --quick    # a 20 MB stream instead of 100 MB, fewer repeats
    .venv/bin/python bench/bench.py --cluster  # only: --jobs 1/2 next to Dask with 1/2 workers

Measures, on one core:
- throughput of extraction + resolution (`build_timeline`, language given, reference date
  given) on the French TimeML corpus, the English TimeML corpora (TimeBank + AQUAINT) and the
  French sample repeated to about 1 MB, and dateparser's `search_dates` on the same texts with
  the language pinned; median of the repeats, after one cold run that is reported apart;
- the wall time of the whole `timeline build samples/barrage-fr.txt` process (with bytecode
  caches and the grammar's compiled patterns stored, as after a first run; and that first run
  alone), and of a process that imports dateparser and searches the same article;
- the peak resident memory of `timeline build -f jsonl` on a 100 MB file;
- the wall time and peak memory of the whole `timeline build -f jsonl -o FILE` process on 1 MB
  of each kind of adversarial input (bench/adversarial.py: mixed runs, punctuation runs, digit
  runs, dense dates), and the time of extraction and resolution alone on it.

The corpora are read from ../shared/corpora, never copied.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
SAMPLE = ROOT / "samples" / "barrage-fr.txt"
REF = dt.date(2015, 9, 15)
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from adversarial import KINDS  # noqa: E402

from timeline_cli import build_timeline  # noqa: E402
from timeline_cli.evaluation.timeml import read_timeml  # noqa: E402
from timeline_cli.grammar import grammar_for  # noqa: E402

TARGETS = {"throughput": 1_000_000, "wall": 0.25, "rss_mb": 200, "adversarial": 2.0}


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def texts() -> list[tuple[str, str, str]]:
    """(name, language, text): the corpora's texts concatenated, and the sample repeated."""
    found = []
    fr = sorted(glob.glob(str(CORPORA / "fr-timebank-1.1" / "Data" / "*.tml")))
    en = sorted(glob.glob(str(CORPORA / "tbaq-cleaned" / "TimeBank" / "*.tml")))
    en += sorted(glob.glob(str(CORPORA / "tbaq-cleaned" / "AQUAINT" / "*.tml")))
    if fr:
        found.append(("French TimeML corpus", "fr", "\n\n".join(read_timeml(p).text for p in fr)))
    if en:
        found.append(("English TimeML corpora", "en", "\n\n".join(read_timeml(p).text for p in en)))
    sample = SAMPLE.read_text(encoding="utf-8")
    repeated = "\n\n".join([sample] * (1_000_000 // len(sample)))
    found.append(("French sample x ~1 MB", "fr", repeated))
    return found


def timed(run: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def throughput(repeat: int, baseline_repeat: int) -> list[dict[str, object]]:
    from dateparser.search import search_dates

    relative = dt.datetime(REF.year, REF.month, REF.day)
    rows = []
    for name, code, text in texts():
        grammar_for(code)  # compiled once per process, as in a batch
        started = time.perf_counter()
        build_timeline(text, lang=code, ref_date=REF)
        cold = time.perf_counter() - started  # includes building the prefilter
        ours, _ = timed(lambda: build_timeline(text, lang=code, ref_date=REF), repeat)  # noqa: B023
        search_dates("Le 3 mars 2012." if code == "fr" else "On March 3, 2012.", languages=[code])

        def baseline() -> object:
            return search_dates(text, languages=[code], settings={"RELATIVE_BASE": relative})  # noqa: B023

        theirs, _ = timed(baseline, baseline_repeat)
        rows.append({"text": name, "chars": len(text), "ours": len(text) / ours,
                     "cold": len(text) / cold, "dateparser": len(text) / theirs})  # fmt: skip
    return rows


def command() -> list[str]:
    script = Path(sys.executable).parent / "timeline"
    return [str(script)] if script.exists() else [sys.executable, "-m", "timeline_cli"]


def wall_times(repeat: int) -> dict[str, float]:
    """Median wall times of whole processes, run as after a normal install: with bytecode
    caches (PYTHONDONTWRITEBYTECODE unset for them) and each command run once before it is
    timed, which also stores the grammar's compiled patterns (regexcache.py). "first" is the
    article with an empty cache of compiled patterns: the first run after an install."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}

    def run(args: list[str], **extra: str) -> float:
        started = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**env, **extra})  # fmt: skip
        return time.perf_counter() - started

    def runs(args: list[str], count: int) -> list[float]:
        run(args)  # warm: bytecode written, compiled patterns stored
        return [run(args) for _ in range(count)]

    article = [*command(), "build", str(SAMPLE)]
    ours = runs(article, repeat)
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        first = [run(article, XDG_CACHE_HOME=f"{tmp}/{i}") for i in range(max(3, repeat // 3))]
    search = (
        "from dateparser.search import search_dates;"
        f"search_dates(open({str(SAMPLE)!r}, encoding='utf-8').read(), languages=['fr'])"
    )
    theirs = runs([sys.executable, "-c", search], max(3, repeat // 3))
    python = runs([sys.executable, "-c", "pass"], repeat)
    imports = runs([sys.executable, "-c", "import dateparser.search"], 3)
    return {
        "ours": statistics.median(ours),
        "first": statistics.median(first),
        "dateparser": statistics.median(theirs),
        "python": statistics.median(python),
        "dateparser_import": statistics.median(imports) - statistics.median(python),
    }


def big_file(path: Path, megabytes: int) -> int:
    """A French news archive of `megabytes` MB in one file: the French corpus's texts and the
    sample, over and over (one language: a document's language is decided once)."""
    pieces = [text for _name, code, text in texts() if code == "fr"]
    unit = "\n\n".join(pieces) + "\n\n"
    size = 0
    with path.open("w", encoding="utf-8") as f:
        while size < megabytes * 1_000_000:
            f.write(unit)
            size += len(unit.encode("utf-8"))
    return size


def memory(megabytes: int, fifo: bool = False) -> dict[str, float]:
    """The peak memory of streaming a big archive to JSON Lines, from a file or (`fifo`) from
    a named pipe, as `<(zcat archive.gz)` gives one: a source that cannot seek."""
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        source = Path(tmp) / "archive.txt"
        size = big_file(source, megabytes)
        target = Path(tmp) / "out.jsonl"
        read = source
        if fifo:
            read = Path(tmp) / "archive.fifo"
            os.mkfifo(read)
            threading.Thread(target=_feed, args=(source, read), daemon=True).start()
        args = [*command(), "build", "-f", "jsonl", "--ref-date", REF.isoformat(), "-o",
                str(target), str(read)]  # fmt: skip
        started = time.perf_counter()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        if process.returncode != 0:
            raise SystemExit(f"timeline failed on the big file: {process.stderr.read()!r}")  # type: ignore[union-attr]
        with target.open("rb") as f:
            lines = sum(1 for _ in f)
    return {"bytes": size, "rss_mb": usage.ru_maxrss / 1024, "wall": wall, "entries": lines}


def _feed(source: Path, fifo: Path) -> None:
    with source.open("rb") as f, fifo.open("wb") as out:
        shutil.copyfileobj(f, out, 1 << 20)


def adversarial_runs(repeat: int) -> dict[str, dict[str, float]]:
    """Per kind: the median wall time and the peak resident memory of the whole
    `timeline build -f jsonl -o FILE` process on 1 MB, as a user runs it (start-up, reading,
    extraction, resolution and writing the output). Measured before this process grows:
    Linux carries a parent's peak into a forked child."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    out: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as tmp:
        for kind, make in KINDS.items():
            path = Path(tmp) / "input.txt"
            path.write_text(make(1_000_000), encoding="utf-8")
            walls, peaks = [], []
            for i in range(repeat + 1):  # the first run writes the bytecode and pattern caches
                target = Path(tmp) / f"out-{i}.jsonl"
                args = [*command(), "build", "-f", "jsonl", "--lang", "fr", "--ref-date",
                        REF.isoformat(), "-o", str(target), str(path)]  # fmt: skip
                started = time.perf_counter()
                process = subprocess.Popen(args, stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL, env=env)  # fmt: skip
                _pid, _status, usage = os.wait4(process.pid, 0)
                walls.append(time.perf_counter() - started)
                peaks.append(usage.ru_maxrss / 1024)
                target.unlink(missing_ok=True)
            out[kind] = {"wall": statistics.median(walls[1:]), "rss_mb": max(peaks)}
    return out


def adversarial(repeat: int) -> dict[str, float]:
    """Per kind: the median time of `build_timeline` (French grammar) on 1 MB, in a process
    that has read text before: the engine's share of the whole process."""
    grammar_for("fr")
    out = {}
    for kind, make in KINDS.items():
        text = make(1_000_000)
        build_timeline(text[:100_000], lang="fr", ref_date=REF)  # builds the prefilter
        out[kind], _ = timed(lambda: build_timeline(text, lang="fr", ref_date=REF), repeat)  # noqa: B023
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 MB stream, fewer repeats")
    parser.add_argument("--repeat", type=int, default=0, help="runs per measure (median)")
    parser.add_argument(
        "--cluster",
        action="store_true",
        help="only: --jobs 1/2 against a Dask LocalCluster of 1/2 workers "
        "(the [dask] extra), on the TimeML texts repeated to --megabytes",
    )
    parser.add_argument("--megabytes", type=float, default=4.0, help="input size for --cluster")
    options = parser.parse_args()
    if options.cluster:
        return cluster_section(options.megabytes)
    repeat = options.repeat or (3 if options.quick else 7)
    baseline_repeat = 1 if options.quick else 3
    megabytes = 20 if options.quick else 100

    # the memory measures first, while this process is small (see adversarial_runs)
    mem = memory(megabytes)
    mem_fifo = memory(megabytes, fifo=True)
    adv_runs = adversarial_runs(max(1, repeat // 2) + 1)
    print(f"machine: {machine()}")
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(f"date: {dt.datetime.now().isoformat(timespec='seconds')}\n")
    print("| measure | timeline | dateparser | ratio | target |\n|---|---|---|---|---|")
    for row in throughput(repeat, baseline_repeat):
        ok = "met" if row["ours"] >= TARGETS["throughput"] else "MISSED"  # type: ignore[operator]
        print(f"| throughput, {row['text']} ({row['chars']:,} chars) | "
              f"{row['ours'] / 1e6:.2f} M chars/s (cold {row['cold'] / 1e6:.2f}) | "  # type: ignore[operator]
              f"{row['dateparser'] / 1e3:.0f} k chars/s | "  # type: ignore[operator]
              f"x{row['ours'] / row['dateparser']:.0f} | >= 1 M chars/s: {ok} |")  # type: ignore[operator]  # fmt: skip
    walls = wall_times(repeat * 2)
    ok = "met" if walls["ours"] <= TARGETS["wall"] else "MISSED"
    print(f"| `timeline build` one article, whole process | {walls['ours']:.3f} s "
          f"(first run {walls['first']:.2f}) | "
          f"{walls['dateparser']:.3f} s (import {walls['dateparser_import']:.2f} s) | "
          f"x{walls['dateparser'] / walls['ours']:.1f} | <= 0.25 s: {ok} |")  # fmt: skip
    adv = adversarial(max(1, repeat // 2))
    for kind, run in adv_runs.items():
        ok = "met" if run["wall"] <= TARGETS["adversarial"] else "MISSED"
        print(f"| 1 MB adversarial input, {kind}: whole `build -f jsonl` process | "
              f"{run['wall']:.2f} s (peak RSS {run['rss_mb']:.0f} MB; extraction and "
              f"resolution alone {adv[kind]:.2f} s) | | | <= 2 s: {ok} |")  # fmt: skip
    ok = "met" if mem["rss_mb"] <= TARGETS["rss_mb"] else "MISSED"
    rate = mem["bytes"] / mem["wall"] / 1e6
    print(f"| peak RSS, {mem['bytes'] / 1e6:.0f} MB streamed to jsonl | {mem['rss_mb']:.0f} MB "
          f"({mem['wall']:.0f} s, {mem['entries']:,} entries, {rate:.2f} MB/s with output) "
          f"| | | <= 200 MB: {ok} |")  # fmt: skip
    ok = "met" if mem_fifo["rss_mb"] <= TARGETS["rss_mb"] else "MISSED"
    print(f"| peak RSS, the same read from a named pipe | {mem_fifo['rss_mb']:.0f} MB "
          f"({mem_fifo['wall']:.0f} s, {mem_fifo['entries']:,} entries) | | | "
          f"<= 200 MB: {ok} |")  # fmt: skip
    print(f"\n(python start-up alone: {walls['python']:.3f} s)")


def cluster_section(megabytes: float) -> None:
    from cluster import measure

    print(f"machine: {machine()}")
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(f"date: {dt.datetime.now().isoformat(timespec='seconds')}\n")
    rows, sizes = measure(command(), CORPORA, megabytes)
    print("| how (whole process, Parquet partitions of 256 KB) | throughput | per worker |")
    print("|---|---|---|")
    for name, rate in rows:
        workers = 2 if "2" in name else 1
        print(f"| {name} | {rate / 1e6:.2f} M chars/s | {rate / workers / 1e6:.2f} M chars/s |")
    print(
        f"\noutput for {sizes['docs'] / 1e6:.1f} MB of input: JSON Lines "
        f"{sizes['jobs1.jsonl'] / 1e6:.1f} MB, Parquet {sizes['jobs1-parquet'] / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
