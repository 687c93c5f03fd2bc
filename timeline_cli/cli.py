"""The `timeline` command: reads input, calls the library, renders, returns an exit code."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer.exceptions import TyperException

from . import __version__
from .batch import Job, Outcome, expand_inputs, run_all
from .errors import ExitCode, InputError
from .languages import LANGUAGES
from .model import Timeline
from .pipeline import GENRES
from .render import FORMATS, RENDERERS, Options

if TYPE_CHECKING:  # rich is imported when a table or a progress bar is drawn
    from rich.console import Console
    from rich.progress import Progress

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
        str,
        typer.Option(
            "--lang", "-l", help=f"Language: auto (per document), {', '.join(LANGUAGES)}."
        ),
    ] = "auto",
    ref_date: Annotated[
        str | None,
        typer.Option(
            "--ref-date", help="Reference date YYYY-MM-DD for 'yesterday', 'il y a 3 ans'."
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMATS)}.")
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
    genre: Annotated[
        str,
        typer.Option(
            "--genre",
            help=f"Genre: {', '.join(GENRES)}; a narrative places yearless dates in its "
            "story, news around the reference date; auto decides per document.",
        ),
    ] = "auto",
) -> None:
    """Find the temporal expressions of each document and print them in chronological order."""
    _check_choice("--lang", lang, ("auto", *LANGUAGES))
    _check_choice("--genre", genre, GENRES)
    _check_choice("--format", fmt, FORMATS)
    reference = parse_ref_date(ref_date)
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
    # a streaming format (JSON Lines) is written as each document (or block of one) is done
    streams = RENDERERS[fmt].streams
    outcomes = run_all([Job(p, lang, reference, stream=streams, genre=genre) for p in paths], jobs)
    failures: list[str] = []
    try:
        with _progress(len(paths)):
            _write(_reported(outcomes, failures), fmt, output, show_all)
    except InputError as exc:
        raise _fail(str(exc)) from None
    failed = bool(errors) or bool(failures)
    raise typer.Exit(ExitCode.FAILURE if failed else ExitCode.OK)


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
    for warning in t.document.warnings:  # a weekday that contradicts its date...
        say(f"warning: {t.document.source}: {warning}")
    if ref.source in ("estimated", "today"):
        why = f"estimated: {ref.detail}" if ref.source == "estimated" else "today"
        say(
            f"warning: {t.document.source}: no publication date found; relative dates count "
            f"from {ref.date.isoformat()} ({why}); pass --ref-date YYYY-MM-DD to set it"
        )


def _write(timelines: Iterable[Timeline], fmt: str, output: Path | None, show_all: bool) -> None:
    """Render the timelines: a streaming format as they come, the others once all are done
    (nothing is written when no document could be read)."""
    from .output import destination

    renderer, options = RENDERERS[fmt], Options(show_all=show_all, terminal=output is None)
    if not renderer.streams:
        collected = list(timelines)
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


@app.command("eval")
def evaluate(
    paths: Annotated[list[Path], typer.Argument(help="TimeML files (.tml) or folders of them.")],
    lang: Annotated[
        str, typer.Option("--lang", "-l", help=f"auto, {', '.join(LANGUAGES)}.")
    ] = "auto",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
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

    _check_choice("--lang", lang, ("auto", *LANGUAGES))
    _check_choice("--format", fmt, ("table", "json"))
    _check_choice("--part", part, PARTS)
    try:
        scores, found = evaluate_paths(paths, lang, part)
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
