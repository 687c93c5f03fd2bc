"""What the command tells its user on stderr: one-line messages with control characters
escaped, each document's warnings as its timeline is reported, and the progress bar of a batch
(which the messages are printed above)."""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Generator, Iterable, Iterator
from typing import TYPE_CHECKING

from .batch import Outcome
from .errors import InputError
from .langid import UNDETERMINED
from .model import Timeline

if TYPE_CHECKING:  # rich is imported when a progress bar is drawn
    from rich.console import Console
    from rich.progress import Progress


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


def reported(outcomes: Iterable[Outcome], failures: list[str]) -> Generator[Timeline, None, None]:
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
                        _warn_support(timeline)
                    for warning in timeline.warnings:
                        say(f"warning: {timeline.document.source}: {warning}")
                    yield timeline
            except InputError as exc:  # a streamed document that failed midway
                failures.append(outcome.path)
                say(f"error: {exc}")
        if _bar is not None:
            _bar.advance(_bar.task_ids[0])


@contextlib.contextmanager
def progress(total: int) -> Iterator[None]:
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
        why = f"estimated: {ref.detail}" if ref.source == "estimated" else "today"
        counts = (
            "a day without a year takes the year of"
            if t.document.support == "basic"
            else "relative dates count from"
        )
        say(
            f"warning: {t.document.source}: no publication date found; {counts} "
            f"{ref.date.isoformat()} ({why}); pass --ref-date YYYY-MM-DD to set it"
        )


def _warn_support(t: Timeline) -> None:
    d = t.document
    if d.support != "basic":
        return
    if d.language == UNDETERMINED:
        say(
            f"warning: {d.source}: language not identified; only numeric dates and marked "
            "years are found; pass --lang CODE (es, de, pl...) for dates with month names"
        )
    else:
        from .basic import WARNING  # basic.py is loaded only for a language of basic support

        say(f"warning: {d.source}: language {d.language}, {WARNING}")
