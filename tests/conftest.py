"""Shared test helpers: where ../shared is, and how to run the installed command."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "syria-2015-fr.txt"
REF = dt.date(2015, 9, 15)


def pytest_configure(config: pytest.Config) -> None:
    """The cache of compiled patterns (regexcache.py) in a folder of the test run, not in the
    user's home, from before collection (some test modules build grammars as they load): the
    first grammar of the run compiles, the commands the tests run later load it."""
    # the commands the tests interrupt see Ctrl-C as from a terminal, even when the test run
    # itself was started in the background (a shell starts a background job with SIGINT
    # ignored, and its children would inherit that, never raising KeyboardInterrupt)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    folder = tempfile.mkdtemp(prefix="timeline-test-cache-")
    config.stash[_CACHE_KEY] = (folder, os.environ.get("XDG_CACHE_HOME"))
    os.environ["XDG_CACHE_HOME"] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    folder, before = config.stash[_CACHE_KEY]
    shutil.rmtree(folder, ignore_errors=True)
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


_CACHE_KEY = pytest.StashKey[tuple[str, str | None]]()


def needs_shared(path: Path) -> Path:
    """The path inside ../shared, or skip the test with the reason."""
    if not path.exists():
        pytest.skip(f"{path} is not here: ../shared is not beside this checkout")
    return path


def run_cli(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:  # fmt: skip
    """Run `timeline` as a user would, in a separate process."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("FORCE_COLOR", None)
    return subprocess.run(
        [sys.executable, "-m", "timeline_cli", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=120,
    )


def one_error_line(result: subprocess.CompletedProcess[bytes], code: int, *needles: str) -> str:
    """The one error line of a failed run, which has the exit code and says each needle."""
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if "error" in line]
    assert len(lines) == 1, err
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def _adversarial_module() -> Any:
    spec = importlib.util.spec_from_file_location("adversarial", ROOT / "bench" / "adversarial.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def adversarial_text(size: int, kind: str = "mixed") -> str:
    """The benchmark's adversarial input (bench/adversarial.py) of that kind, `size` long."""
    text: str = _adversarial_module().KINDS[kind](size)
    return text


ADVERSARIAL_KINDS: tuple[str, ...] = tuple(_adversarial_module().KINDS)


def read_terminal(main: int, process: subprocess.Popen[bytes], timeout: float = 120) -> bytes:
    """What a process wrote to the pseudo-terminal whose main side is `main`, until it closes
    it or ends (at most `timeout` seconds); the terminal is closed after."""
    captured = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            captured += chunk
        elif process.poll() is not None:
            break
    return captured
