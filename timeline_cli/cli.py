"""The `timeline` command: reads input, calls the library, renders, returns an exit code."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import re
import signal
import sys
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from typer.exceptions import TyperException

from . import __version__
from .batch import Job, Outcome, check_glob, expand_inputs, run_all, worker_count
from .errors import ExitCode, InputError, OutputError, Stopped
from .languages import LANGUAGES
from .model import Timeline

if TYPE_CHECKING:  # rich is imported when a table or a progress bar is drawn
    from rich.console import Console
    from rich.progress import Progress

FORMATS = ("table", "json", "jsonl", "csv")
# entries held for the formats that render everything at once: up to 8 KB each while
# rendering (text packed with dates, each entry with 600 characters of sentence)
ENTRY_LIMIT = 50_000
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


_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escaped(text: str) -> str:
    """Control characters shown as escapes: an article or a file name must not drive the
    terminal (an ESC sequence could clear it or retitle it)."""
    return _CONTROLS.sub(lambda m: repr(m.group())[1:-1], text)


def say(message: str) -> None:
    """One line on stderr (above the progress bar, when one is drawn)."""
    message = escaped(message.encode("utf-8", "backslashreplace").decode("utf-8"))
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
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # not 2015-W38-1, not 20150915
            return _bad_date(value)
        return dt.date.fromisoformat(value)
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
        str, typer.Option("--format", "-f", help="Output format: table, json, jsonl or csv.")
    ] = "table",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (atomically); - for stdout."),
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
    if (why := check_glob(glob)) is not None:
        raise _fail(why)
    from .output import check_destination, is_stdout

    output = None if is_stdout(output) else output
    try:
        check_destination(output, files or [])
    except InputError as exc:
        raise _fail(str(exc)) from None
    paths, errors = expand_inputs(files or ["-"], glob, skip=output)
    if paths == ["-"] and _stdin_is_a_terminal():
        raise _fail("no input: give a file, or pipe text into timeline build")
    for message in errors:
        say(f"error: {message}")
    workers = worker_count(jobs, len(paths))
    if workers < jobs and len(paths) > 1:
        say(f"note: --jobs {jobs} capped to {workers} (one worker per document and per CPU)")
    # JSON Lines is written as each document (or block of a big one) is done: it can stream
    outcomes = run_all([Job(p, lang, reference, stream=fmt == "jsonl") for p in paths], workers)
    failures: list[str] = []
    try:
        with _progress(len(paths)), contextlib.closing(_reported(outcomes, failures)) as done:
            _write(done, fmt, output, show_all)
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


def _stdin_is_a_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # closed
        return False


def _reported(outcomes: Iterable[Outcome], failures: list[str]) -> Generator[Timeline, None, None]:
    """Timelines as they finish; errors and warnings go to stderr, and the paths that failed
    to `failures`. Closing it stops the workers."""
    try:
        yield from _each_reported(outcomes, failures)
    finally:
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()


def _each_reported(outcomes: Iterable[Outcome], failures: list[str]) -> Iterator[Timeline]:
    for outcome in outcomes:
        if outcome.error is not None:
            failures.append(outcome.path)
            say(f"error: {outcome.error}")
        else:
            try:
                for i, timeline in enumerate(outcome.timelines):
                    if i == 0:
                        _warn_reference(timeline)
                    for warning in timeline.warnings:
                        say(f"warning: {timeline.document.source}: {warning}")
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
    if t.document.encoding_note:
        say(f"warning: {t.document.source}: read as {t.document.encoding}: "
            f"{t.document.encoding_note}")  # fmt: skip
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
    collected, held = [], 0
    for t in timelines:
        held += len(t.entries)
        if held > ENTRY_LIMIT:
            raise InputError(
                f"more than {ENTRY_LIMIT:,} entries, too many to hold for -f {fmt}; "
                "use -f jsonl, which streams any number"
            )
        collected.append(t)
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
        console.on_broken_pipe = _reader_gone  # type: ignore[method-assign]
        render.render_table([_visible(t) for t in timelines], console, show_all)


def _visible(t: Timeline) -> Timeline:
    from dataclasses import replace

    from .output import visible

    entries = tuple(replace(e, sentence=visible(e.sentence), text=visible(e.text),
                            source=visible(e.source)) for e in t.entries)  # fmt: skip
    return replace(t, document=replace(t.document, source=visible(t.document.source)),
                   entries=entries)  # fmt: skip


def _reader_gone() -> None:
    """rich exits with 1 on a broken pipe; `| head` is handled like in every other format."""
    raise BrokenPipeError


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
    if sys.stdout is None:
        raise OutputError("standard output is closed; redirect it to a file")
    failed: list[str] = []
    try:
        scores, found = evaluate_paths(paths, lang, failed)
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
