"""The `timeline` command: reads input, calls the library, renders, returns an exit code."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer
from typer.exceptions import TyperException

from . import __version__
from .batch import Job, Outcome, expand_inputs, run_all
from .errors import ExitCode, InputError
from .languages import LANGUAGES
from .model import Timeline

if TYPE_CHECKING:  # rich is imported when a table or a progress bar is drawn
    from rich.console import Console
    from rich.progress import Progress

FORMATS = ("table", "json", "jsonl", "csv", "parquet")
app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Turn French or English news text into a chronological timeline of dated events.",
)


def _stderr() -> Console:
    from rich.console import Console

    return Console(file=sys.stderr, highlight=False, soft_wrap=True)


_bar: Progress | None = None  # the progress bar being drawn on stderr, if any


def say(message: str) -> None:
    """One line on stderr (above the progress bar, when one is drawn)."""
    if _bar is not None:
        _bar.console.print(f"timeline: {message}", markup=False, highlight=False)
    else:
        print(f"timeline: {message}", file=sys.stderr)


def _fail(message: str) -> typer.Exit:
    say(f"error: {message}")
    return typer.Exit(ExitCode.USAGE)


def parse_ref_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else _bad_date(value)
    except ValueError:
        return _bad_date(value)


def _bad_date(value: str) -> dt.date:
    raise _fail(f"--ref-date {value!r} is not a valid date; give it as YYYY-MM-DD, e.g. 2015-09-15")


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


@app.command()
def build(
    files: Annotated[
        list[str] | None,
        typer.Argument(help="Text files or folders to read; - or nothing reads standard input."),
    ] = None,
    lang: Annotated[
        str, typer.Option("--lang", "-l", help="Language: auto (per document), fr or en.")
    ] = "auto",
    ref_date: Annotated[
        str | None,
        typer.Option(
            "--ref-date", help="Reference date YYYY-MM-DD for 'yesterday', 'il y a 3 ans'."
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="Output format: table, json, jsonl, csv or parquet (-o DIR)."
        ),
    ] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (atomically).")
    ] = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Table and CSV: also list undated expressions.")
    ] = False,
    glob: Annotated[
        str, typer.Option("--glob", help="Files to take from folders (recursively).")
    ] = "*.txt",
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
) -> None:
    """Find the temporal expressions of each document and print them in chronological order."""
    _check_choice("--lang", lang, ("auto", *LANGUAGES))
    _check_choice("--format", fmt, FORMATS)
    reference = parse_ref_date(ref_date)
    if fmt == "parquet" or cluster:
        _parquet(files or [], output, fmt, cluster, glob=glob, lang=lang, ref_date=reference,
                 jobs=jobs, partition_size=partition_size)  # fmt: skip
    from .output import check_destination

    try:
        check_destination(output)
    except InputError as exc:
        raise _fail(str(exc)) from None
    paths, errors = expand_inputs(files or ["-"], glob)
    if paths == ["-"] and sys.stdin.isatty():
        raise _fail("no input: give a file, or pipe text into timeline build")
    for message in errors:
        say(f"error: {message}")
    # JSON Lines is written as each document (or block of a big one) is done: it can stream
    outcomes = run_all([Job(p, lang, reference, stream=fmt == "jsonl") for p in paths], jobs)
    failures: list[str] = []
    try:
        with _progress(len(paths)):
            _write(_reported(outcomes, failures), fmt, output, show_all)
    except InputError as exc:
        raise _fail(str(exc)) from None
    failed = bool(errors) or bool(failures)
    raise typer.Exit(ExitCode.FAILURE if failed else ExitCode.OK)


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
        # --ref-dates FILE (another branch) is passed here as ref_dates={path: date}
        code = parquet_run.build(files, str(output), address=address, partition_size=size,
                                 say=say, **options)  # fmt: skip
    except InputError as exc:
        raise _fail(str(exc)) from None
    raise typer.Exit(code)


def _reported(outcomes: Iterable[Outcome], failures: list[str]) -> Iterator[Timeline]:
    """Timelines as they finish; errors and reference-date warnings go to stderr, and the
    paths that failed to `failures`."""
    for outcome in outcomes:
        if outcome.error is not None:
            failures.append(outcome.path)
            say(f"error: {outcome.error}")
        else:
            try:
                for i, timeline in enumerate(outcome.timelines):
                    if i == 0:
                        _warn_reference(timeline)
                    yield timeline
            except InputError as exc:  # a streamed document that failed midway
                failures.append(outcome.path)
                say(f"error: {exc}")
        if _bar is not None:
            _bar.advance(_bar.task_ids[0])


@contextlib.contextmanager
def _progress(total: int) -> Iterator[None]:
    """A progress bar on stderr for a batch, when stderr is a terminal."""
    global _bar
    if total < 2 or not sys.stderr.isatty():
        yield
        return
    from rich.progress import Progress

    _bar = Progress(console=_stderr(), transient=True)
    _bar.add_task("documents", total=total)
    try:
        with _bar:
            yield
    finally:
        _bar = None


def _warn_reference(t: Timeline) -> None:
    ref = t.document.reference
    if ref.source in ("estimated", "today"):
        why = "the latest date in the text" if ref.source == "estimated" else "today"
        say(
            f"warning: {t.document.source}: no publication date found; relative dates count "
            f"from {ref.date.isoformat()} ({why}); pass --ref-date YYYY-MM-DD to set it"
        )


def _write(timelines: Iterable[Timeline], fmt: str, output: Path | None, show_all: bool) -> None:
    """Render the timelines: JSON Lines as they come, the other formats once all are done
    (nothing is written when no document could be read)."""
    from . import render
    from .output import destination

    if fmt == "jsonl":
        stream = iter(timelines)
        first = next(stream, None)
        if first is None:
            return
        with destination(output) as out:
            for t in itertools.chain([first], stream):
                out.writelines(render.jsonl_lines(t))
                out.flush()  # a reader downstream gets each document as soon as it is done
        return
    collected = list(timelines)
    if collected:
        with destination(output) as out:
            _render(collected, fmt, out, show_all, output is None)


def _render(timelines: list[Timeline], fmt: str, out: TextIO, show_all: bool, tty: bool) -> None:
    from rich.console import Console

    from . import render

    if fmt == "json":
        out.write(render.to_json(timelines))
    elif fmt == "csv":
        out.write(render.to_csv(render.shown(render.merged(timelines), show_all)))
    else:
        color = tty and out.isatty() and not os.environ.get("NO_COLOR")
        console = Console(file=out, highlight=False, no_color=not color,
                          force_terminal=color, width=None if color else 120)  # fmt: skip
        render.render_table(timelines, console, show_all)


@app.command("eval")
def evaluate(
    paths: Annotated[list[Path], typer.Argument(help="TimeML files (.tml) or folders of them.")],
    lang: Annotated[str, typer.Option("--lang", "-l", help="auto, fr or en.")] = "auto",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    errors: Annotated[
        bool, typer.Option("--errors", help="List every miss, false alarm and wrong value.")
    ] = False,
) -> None:
    """Score the extractor on TimeML files the TempEval-3 way (strict, relaxed, value F1)."""
    from .evaluation.runner import evaluate_paths, format_errors, format_scores
    from .evaluation.timeml import TimeMLError

    _check_choice("--lang", lang, ("auto", *LANGUAGES))
    _check_choice("--format", fmt, ("table", "json"))
    try:
        scores, found = evaluate_paths(paths, lang)
    except TimeMLError as exc:
        raise _fail(str(exc)) from None
    if errors:
        print(format_errors(found))
    print(format_scores(scores, fmt))


def main() -> None:
    """Console-script entry point: every failure is one line on stderr and an exit code."""
    try:
        code = app(standalone_mode=False)
    except TyperException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            print(exc.format_message(), file=sys.stderr)
        else:
            say(f"error: {exc.format_message()} (see timeline --help)")
        code = ExitCode.USAGE
    except (KeyboardInterrupt, typer.Abort):
        code = ExitCode.INTERRUPTED
    except BrokenPipeError:
        code = ExitCode.OK
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(int(code or 0))
