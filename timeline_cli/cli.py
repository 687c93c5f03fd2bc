"""The `timeline` command: reads input, calls the library, renders, returns an exit code."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from typer.exceptions import TyperException

from . import __version__, render
from .batch import Job, Outcome, expand_inputs, run_all
from .errors import ExitCode, InputError
from .languages import LANGUAGES
from .model import Timeline

FORMATS = ("table", "json", "jsonl", "csv")
app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Turn French or English news text into a chronological timeline of dated events.",
)


def _stderr() -> Console:
    return Console(file=sys.stderr, highlight=False, soft_wrap=True)


def say(message: str) -> None:
    """One line on stderr."""
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


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        print(__version__)
        raise typer.Exit(ExitCode.OK)


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
        typer.Option("--ref-date", help="Reference date YYYY-MM-DD for 'yesterday', 'il y a 3 ans'."),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="Output format: table, json, jsonl or csv.")
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
) -> None:
    """Find the temporal expressions of each document and print them in chronological order."""
    _check_choice("--lang", lang, ("auto", *LANGUAGES))
    _check_choice("--format", fmt, FORMATS)
    reference = parse_ref_date(ref_date)
    paths, errors = expand_inputs(files or ["-"], glob)
    if paths == ["-"] and sys.stdin.isatty():
        raise _fail("no input: give a file, or pipe text into timeline build")
    for message in errors:
        say(f"error: {message}")
    outcomes = run_all([Job(p, lang, reference) for p in paths], jobs)
    try:
        ok = _write(_reported(outcomes, len(paths)), fmt, output, show_all)
    except InputError as exc:
        raise _fail(str(exc)) from None
    failed = bool(errors) or ok < len(paths)
    raise typer.Exit(ExitCode.FAILURE if failed else ExitCode.OK)


def _reported(outcomes: Iterable[Outcome], total: int) -> Iterator[Timeline]:
    """Timelines as they finish; errors and reference-date warnings go to stderr."""
    progress = _progress(total)
    for outcome in outcomes:
        progress()
        if outcome.timeline is None:
            say(f"error: {outcome.error}")
            continue
        _warn_reference(outcome.timeline)
        yield outcome.timeline


def _progress(total: int) -> Callable[[], None]:
    """A progress bar on stderr for a batch, when stderr is a terminal."""
    if total < 2 or not sys.stderr.isatty():
        return lambda: None
    from rich.progress import Progress

    bar = Progress(console=_stderr(), transient=True)
    task = bar.add_task("documents", total=total)
    bar.start()

    def advance() -> None:
        bar.advance(task)
        if bar.tasks[0].completed >= total:
            bar.stop()

    return advance


def _warn_reference(t: Timeline) -> None:
    ref = t.document.reference
    if ref.source in ("estimated", "today"):
        why = "the latest date in the text" if ref.source == "estimated" else "today"
        say(
            f"warning: {t.document.source}: no publication date found; relative dates count "
            f"from {ref.date.isoformat()} ({why}); pass --ref-date YYYY-MM-DD to set it"
        )


def _write(timelines: Iterable[Timeline], fmt: str, output: Path | None, show_all: bool) -> int:
    """Render the timelines; return how many documents were written."""
    from .output import destination

    if fmt == "jsonl":  # streamed: one document at a time
        count = 0
        with destination(output) as out:
            for t in timelines:
                out.writelines(render.jsonl_lines(t))
                count += 1
        return count
    collected = list(timelines)
    if not collected:
        return 0
    with destination(output) as out:
        _render(collected, fmt, out, show_all, output is None)
    return len(collected)


def _render(timelines: list[Timeline], fmt: str, out: TextIO, show_all: bool, tty: bool) -> None:
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
