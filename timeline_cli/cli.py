"""The `timeline` command: reads input, calls the library, renders, returns an exit code."""

# Unlike the other modules, no `from __future__ import annotations`: typer reads the commands'
# annotations on every run, and given strings it evaluates each twice (5 ms of a 0.16 s run);
# plain annotations are built once, as the functions are defined.

import contextlib
import datetime as dt
import itertools
import os
import re
import signal
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.exceptions import TyperException

from . import __version__
from .batch import DEFAULT_GLOBS, Job, check_glob, expand_inputs, run_all, worker_count
from .errors import ExitCode, InputError, OutputError, Stopped
from .labels import LABEL_LANGUAGES
from .languages import LANGUAGES
from .messages import progress, reported, say
from .model import Timeline
from .pipeline import GENRES, check_language
from .refsources import load_ref_dates
from .render import FORMATS as RENDERER_NAMES
from .render import RENDERERS, Options

LANGS = ("auto", *LANGUAGES)
LABEL_CHOICES = ("auto", *LABEL_LANGUAGES)
# parquet writes a folder of partitions (cluster.py), not a stream: it is not a renderer
FORMATS = (*RENDERER_NAMES, "parquet")
# entries held for the formats that render everything at once: up to 8 KB each while
# rendering (text packed with dates, each entry with 600 characters of sentence)
ENTRY_LIMIT = 50_000
app = typer.Typer(
    add_completion=True,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Turn news text or saved web pages into a chronological timeline of dated events"
    " (full support for French and English, basic for other languages).",
)


def _fail(message: str) -> typer.Exit:
    say(f"error: {message}")
    return typer.Exit(ExitCode.USAGE)


def parse_ref_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # not 2015-W38-1, not 20150915
            return _bad_date(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        return _bad_date(value)


def _bad_date(value: str) -> dt.date:
    raise _fail(f"--ref-date {value!r} is not a valid date; give it as YYYY-MM-DD, e.g. 2015-09-15")


def parse_window(option: str, value: str | None, last: bool) -> dt.date | None:
    """A --from / --to date: YYYY-MM-DD, or YYYY-MM / YYYY for its first (--from) or last
    (--to) day."""
    if value is None:
        return None
    from .filters import window_date

    try:
        return window_date(value, last=last)
    except ValueError:
        raise _fail(f"{option} {value!r} is not a date; give YYYY-MM-DD, YYYY-MM or YYYY") from None


def _completion(choices: tuple[str, ...]) -> Callable[[str], list[str]]:
    """Shell completion of an option's values."""
    return lambda incomplete: [c for c in choices if c.startswith(incomplete)]


def _check_choice(option: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise _fail(f"{option} {value!r} is not one of: {', '.join(choices)}")


def _print_version(value: bool) -> None:
    if value:
        print(__version__)
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version and exit.", is_eager=True, callback=_print_version
        ),
    ] = False,
) -> None:
    pass


BUILD_EXAMPLES = """Examples:

\b
  timeline build article.txt
  timeline build --ref-date 2015-09-15 -f json article.txt
  timeline build -f html -o timeline.html article.txt
  timeline build -f csv --excel --from 2010 --to 2015 -o timeline.csv archive/
"""


@app.command(epilog=BUILD_EXAMPLES)
def build(
    files: Annotated[
        list[str] | None,
        typer.Argument(help="Text files or folders to read; - or nothing reads standard input."),
    ] = None,
    lang: Annotated[
        str,
        typer.Option(
            "--lang",
            "-l",
            help="Language: auto (per document), fr, en, or any code dateparser knows (basic).",
            metavar="[auto|fr|en|CODE]",
            autocompletion=_completion(LANGS),
        ),
    ] = "auto",
    ref_date: Annotated[
        str | None,
        typer.Option(
            "--ref-date",
            help="Reference date YYYY-MM-DD for 'yesterday', 'il y a 3 ans'.",
            metavar="YYYY-MM-DD",
        ),
    ] = None,
    ref_dates: Annotated[
        str | None,
        typer.Option(
            "--ref-dates",
            help="CSV of path,date rows: a reference date per document (paths as given or "
            "relative to the CSV).",
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="Output format: "
            + ", ".join(f"{r.name} ({r.help})" for r in RENDERERS.values())
            + ", parquet (a folder of partitions, -o DIR).",
            metavar="[" + "|".join(FORMATS) + "]",
            autocompletion=_completion(FORMATS),
        ),
    ] = "table",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (atomically); - for stdout."),
    ] = None,
    labels: Annotated[
        str,
        typer.Option(
            "--labels",
            help="Language of the labels: auto (each entry in its document's language, English "
            "for a language of basic support), " + ", ".join(LABEL_LANGUAGES) + ".",
            metavar="[" + "|".join(LABEL_CHOICES) + "]",
            autocompletion=_completion(LABEL_CHOICES),
        ),
    ] = "auto",
    show_all: Annotated[
        bool,
        typer.Option("--all", help="Table, CSV, Markdown, HTML: also list undated expressions."),
    ] = False,
    since: Annotated[
        str | None,
        typer.Option(
            "--from",
            help="Keep entries whose range meets this date or later (YYYY-MM-DD, YYYY-MM or YYYY).",
            metavar="DATE",
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--to", help="Keep entries whose range meets this date or earlier.", metavar="DATE"
        ),
    ] = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="CSV: start with a UTF-8 BOM, for Excel.")
    ] = False,
    raw_csv: Annotated[
        bool,
        typer.Option("--raw-csv", help="CSV: keep cells that look like formulas as they are."),
    ] = False,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            help="Files to take from folders (recursively); repeat it or separate patterns "
            "with commas. Default: *.txt, *.md, *.html, *.htm.",
        ),
    ] = None,
    with_text: Annotated[
        bool, typer.Option("--with-text", help="JSON: add each document's text (offsets index it).")
    ] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes.", min=1)] = 1,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            help="Dask scheduler (tcp://HOST:8786) to spread -f parquet over; "
            "default: $DASK_SCHEDULER_ADDRESS.",
        ),
    ] = None,
    partition_size: Annotated[
        str, typer.Option("--partition-size", help="Parquet: input bytes per partition.")
    ] = "16M",
    genre: Annotated[
        str,
        typer.Option(
            "--genre",
            help=f"Genre: {', '.join(GENRES)}; a narrative places yearless dates in its "
            "story, news around the reference date; auto decides per document.",
            metavar="[" + "|".join(GENRES) + "]",
            autocompletion=_completion(GENRES),
        ),
    ] = "auto",
) -> None:
    """Find the temporal expressions of each document and print them in chronological order."""
    _check_language(lang)
    _check_choice("--genre", genre, GENRES)
    _check_choice("--format", fmt, FORMATS)
    _check_choice("--labels", labels, LABEL_CHOICES)
    reference = parse_ref_date(ref_date)
    window = (parse_window("--from", since, False), parse_window("--to", until, True))
    if (excel or raw_csv) and fmt != "csv":
        raise _fail(f"{'--excel' if excel else '--raw-csv'} is for -f csv only")
    patterns = [p.strip() for g in glob or [] for p in g.split(",") if p.strip()] or DEFAULT_GLOBS
    for pattern in patterns:
        if (why := check_glob(pattern)) is not None:
            raise _fail(why)
    dates = _ref_dates(ref_dates)
    if (fmt == "parquet" or cluster) and labels != "auto":
        raise _fail("--labels is not available with -f parquet: its labels are each document's")
    if fmt == "parquet" or cluster:
        _parquet(files or [], output, fmt, cluster, glob=patterns, lang=lang,
                 ref_date=reference, ref_dates=dates, jobs=jobs,
                 partition_size=partition_size)  # fmt: skip
    from .output import check_destination, is_stdout

    output = None if is_stdout(output) else output
    try:
        check_destination(output, files or [])
    except InputError as exc:
        raise _fail(str(exc)) from None
    paths, errors = expand_inputs(files or ["-"], patterns, skip=output)
    if paths == ["-"] and _stdin_is_a_terminal():
        raise _fail("no input: give a file, or pipe text into timeline build")
    for message in errors:
        say(f"error: {message}")
    workers = worker_count(jobs, len(paths))
    if workers < jobs and len(paths) > 1:
        say(f"note: --jobs {jobs} capped to {workers} (one worker per document and per CPU)")
    # a streaming format (JSON Lines) is written as each document (or block of one) is done
    renderer = RENDERERS[fmt]
    keep = with_text or renderer.needs_text
    jobs_ = [Job(p, lang, reference, renderer.streams, dates, keep, genre) for p in paths]
    outcomes = run_all(jobs_, workers)
    failures: list[str] = []
    from .filters import within

    try:
        with progress(len(paths)), contextlib.closing(reported(outcomes, failures)) as done:
            timelines = (within(t, *window) for t in done)
            if labels != "auto":  # labels are made in each document's language: remake them
                from .labels import relabel

                timelines = (relabel(t, labels) for t in timelines)
            _write(timelines, fmt, output, show_all, csv_options=(excel, raw_csv))
    except InputError as exc:
        say(f"error: {exc}")
        raise typer.Exit(ExitCode.FAILURE) from None
    except OutputError as exc:
        say(f"error: {exc}")
        raise typer.Exit(ExitCode.OUTPUT) from None
    except BrokenPipeError:  # the reader went away (`| head`): it has what it wanted
        _quiet_stdout()
        raise typer.Exit(ExitCode.OK) from None
    failed = bool(errors) or bool(failures)
    raise typer.Exit(ExitCode.FAILURE if failed else ExitCode.OK)


def _ref_dates(path: str | None) -> dict[str, dt.date] | None:
    """The --ref-dates CSV, read before anything else so that a bad one stops the run."""
    try:
        return load_ref_dates(path) if path else None
    except InputError as exc:
        raise _fail(str(exc)) from None


def _parquet(
    files: list[str], output: Path | None, fmt: str, cluster: str | None, **options: Any
) -> None:
    """-f parquet -o DIR, here or on a Dask cluster (see cluster.py); exits."""
    from . import cluster as parquet_run

    if fmt != "parquet":
        raise _fail("--cluster writes Parquet: add -f parquet -o DIR")
    if output is None:
        raise _fail("-f parquet writes a folder of partitions: give it with -o DIR")
    if not files:
        raise _fail("-f parquet reads files: give files, folders or URLs")
    address = cluster or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
    try:
        size = parquet_run.parse_size(options.pop("partition_size"))
        code = parquet_run.build(files, str(output), address=address, partition_size=size,
                                 say=say, **options)  # fmt: skip
    except InputError as exc:
        raise _fail(str(exc)) from None
    raise typer.Exit(code)


def _stdin_is_a_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # closed
        return False


def _check_language(lang: str) -> None:
    try:
        check_language(lang)
    except ValueError as exc:
        raise _fail(f"--lang: {exc}") from None


def _write(timelines: Iterable[Timeline], fmt: str, output: Path | None, show_all: bool,
           csv_options: tuple[bool, bool] = (False, False)) -> None:  # fmt: skip
    """Render the timelines: a streaming format as they come, the others once all are done
    (nothing is written when no document could be read)."""
    from .output import destination

    excel, raw_csv = csv_options
    renderer = RENDERERS[fmt]
    options = Options(show_all=show_all, terminal=output is None, excel=excel, raw_csv=raw_csv)
    if not renderer.streams:
        collected = _held(timelines, fmt)
        if collected:
            with destination(output) as out:
                renderer.write(collected, out, options)
        return
    stream = iter(timelines)
    first = next(stream, None)
    if first is None:
        return
    with destination(output) as out:
        for t in itertools.chain([first], stream):
            renderer.write([t], out, options)
            out.flush()  # a reader downstream gets each document as soon as it is done


def _held(timelines: Iterable[Timeline], fmt: str) -> list[Timeline]:
    """The timelines of a format that renders everything at once, within ENTRY_LIMIT."""
    collected, held = [], 0
    for t in timelines:
        held += len(t.entries)
        if held > ENTRY_LIMIT:
            raise InputError(
                f"more than {ENTRY_LIMIT:,} entries, too many to hold for -f {fmt}; "
                "use -f jsonl, which streams any number"
            )
        collected.append(t)
    return collected


EVAL_EXAMPLES = """Examples:

\b
  timeline eval ../shared/corpora/fr-timebank-1.1/Data --lang fr
  timeline eval --errors -f json corpus/
"""


@app.command("eval", epilog=EVAL_EXAMPLES)
def evaluate(
    paths: Annotated[list[Path], typer.Argument(help="TimeML files (.tml) or folders of them.")],
    lang: Annotated[
        str,
        typer.Option(
            "--lang",
            "-l",
            help="Language of the documents.",
            metavar="[" + "|".join(LANGS) + "]",
            autocompletion=_completion(LANGS),
        ),
    ] = "auto",
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="Output format.",
            metavar="[table|json]",
            autocompletion=_completion(("table", "json")),
        ),
    ] = "table",
    errors: Annotated[
        bool, typer.Option("--errors", help="List every miss, false alarm and wrong value.")
    ] = False,
    part: Annotated[
        str,
        typer.Option(
            "--part",
            help="all, dev or validation: in each folder, in sorted order, every third "
            "document is validation, the others dev.",
        ),
    ] = "all",
) -> None:
    """Score the extractor on TimeML files the TempEval-3 way (strict, relaxed, value F1)."""
    from .evaluation.runner import PARTS, evaluate_paths, format_errors, format_scores
    from .evaluation.timeml import TimeMLError

    _check_choice("--lang", lang, LANGS)
    _check_choice("--format", fmt, ("table", "json"))
    _check_choice("--part", part, PARTS)
    if sys.stdout is None:
        raise OutputError("standard output is closed; redirect it to a file")
    failed: list[str] = []
    try:
        scores, found = evaluate_paths(paths, lang, failed, part)
    except TimeMLError as exc:
        raise _fail(str(exc)) from None
    for message in failed:
        say(f"error: {message}")
    if scores.documents == 0:
        raise typer.Exit(ExitCode.FAILURE)
    if errors:
        print(format_errors(found))
    print(format_scores(scores, fmt))
    raise typer.Exit(ExitCode.FAILURE if failed else ExitCode.OK)


def _on_signal(signum: int, _frame: object) -> None:
    raise Stopped(ExitCode.TERMINATED if signum == signal.SIGTERM else ExitCode.HANGUP)


def _catch_signals() -> None:
    """SIGTERM and SIGHUP unwind like Ctrl-C, so that temporary files are removed and the
    workers stopped (a SIGHUP ignored by nohup stays ignored)."""
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) is signal.SIG_DFL:
            signal.signal(signum, _on_signal)


def _quiet_stdout() -> None:
    """After a failed write to stdout, the interpreter's own flush at exit must not fail again."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


SCHEMA_EXAMPLES = """Examples:

\b
  timeline schema > timeline.schema.json
  timeline build -f json article.txt > out.json
  check-jsonschema --schemafile timeline.schema.json out.json
"""


@app.command("schema", epilog=SCHEMA_EXAMPLES)
def schema() -> None:
    """Print the JSON Schema of the JSON output (a JSON Lines row is its `$defs/entry`)."""
    from importlib.resources import files

    print((files("timeline_cli") / "timeline.schema.json").read_text(encoding="utf-8"), end="")


def main() -> None:
    """Console-script entry point: every failure is one line on stderr and an exit code."""
    _catch_signals()
    try:
        code = _run()
    except Stopped as stop:
        code = stop.code
    from . import batch

    if batch.workers_stopped:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(int(code or 0))
    sys.exit(int(code or 0))


def _run() -> int:
    try:
        code = app(standalone_mode=False)
        if sys.stdout is not None:
            sys.stdout.flush()
    except TyperException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            print(exc.format_message(), file=sys.stderr)
        else:
            say(f"error: {exc.format_message()} (see timeline --help)")
        code = ExitCode.USAGE
    except (KeyboardInterrupt, typer.Abort):
        code = ExitCode.INTERRUPTED
    except BrokenPipeError:  # the reader went away (`| head`): not an error
        code = ExitCode.OK
        _quiet_stdout()
    except OSError as exc:  # writing standard output failed: a full disk, a closed stdout
        say(f"error: cannot write the output ({exc.strerror or exc})")
        code = ExitCode.OUTPUT
        _quiet_stdout()
    except OutputError as exc:
        say(f"error: {exc}")
        code = ExitCode.OUTPUT
    except MemoryError:
        say("error: out of memory; for a big input use -f jsonl, which streams")
        code = ExitCode.FAILURE
    return int(code or 0)
