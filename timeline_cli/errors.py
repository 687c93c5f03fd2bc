"""Exit codes and the errors every user-facing failure is reported as."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # also when the reader of standard output went away (`| head`)
    FAILURE = 1  # some input could not be processed; the rest was
    USAGE = 2  # bad option or argument; nothing was processed
    OUTPUT = 3  # the output could not be written (full disk, closed standard output...)
    HANGUP = 129  # SIGHUP
    INTERRUPTED = 130  # Ctrl-C, SIGINT
    TERMINATED = 143  # SIGTERM


class InputError(Exception):
    """A problem with the user's input, reported as one line on stderr."""


class OutputError(Exception):
    """The output cannot be written, reported as one line on stderr (exit 3)."""


class Stopped(BaseException):
    """A signal (SIGTERM, SIGHUP) asked us to stop: raised from its handler so that every
    `finally` runs and temporary files are removed; carries the exit code."""

    def __init__(self, code: ExitCode) -> None:
        super().__init__(code)
        self.code = code
