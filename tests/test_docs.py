"""The README stays true: its set-up commands, and every command and option it must document."""

from __future__ import annotations

import re
import subprocess
import sys

from .conftest import ROOT, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _setup_commands() -> list[str]:
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", setup, re.S)


def test_readme_has_exactly_two_setup_commands() -> None:
    commands = _setup_commands()
    assert len(commands) == 2
    assert "timeline build samples/" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    """Run the Python that .ci/run uses to pick its command: it must pick the README's."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    picker = re.search(r"<<'PY'\n(.+?)\nPY\n", ci, re.S)
    assert picker, ".ci/run no longer picks its command from the README"
    picked = subprocess.run([sys.executable, "-c", picker.group(1)], capture_output=True,
                            cwd=ROOT, timeout=60, check=True)  # fmt: skip
    assert picked.stdout.decode().strip() == _setup_commands()[1]
    assert 'bash -c "$cmd"' in ci


def test_readme_sample_exists() -> None:
    sample = re.search(r"timeline build (samples/\S+)", _setup_commands()[0])
    assert sample and (ROOT / sample.group(1)).is_file()


def _options(command: str) -> set[str]:
    result = run_cli(command, "--help", env={"COLUMNS": "200"})
    assert result.returncode == 0
    return set(re.findall(r"(--[a-z][a-z-]+)", result.stdout.decode())) - {"--help"}


def test_every_option_is_documented() -> None:
    for command in ("build", "eval"):
        options = _options(command)
        assert options, command
        for option in options:
            assert f"`{option}" in README or f"{option} " in README, f"{command} {option}"


def test_every_command_is_documented() -> None:
    result = run_cli("--help")
    commands = re.findall(r"^\s{2}(\w+)\s{2,}", result.stdout.decode(), re.M)
    assert set(commands) >= {"build", "eval"}
    for command in commands:
        assert f"timeline {command}" in README
