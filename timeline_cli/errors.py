"""Exit codes and the error every user-facing failure is reported as."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1  # some input could not be processed; the rest was
    USAGE = 2  # bad option or argument; nothing was processed
    INTERRUPTED = 130


class InputError(Exception):
    """A problem with the user's input, reported as one line on stderr."""
