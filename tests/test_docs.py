"""The README stays true: its set-up commands, and every command and option it must document."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, SHARED, run_cli

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


def _usage_commands() -> list[str]:
    usage = README.split("## Usage", 1)[1].split("\n### ", 1)[0]
    block = re.search(r"```sh\n(.+?)\n```", usage, re.S)
    assert block
    return [line.split("  #")[0].strip() for line in block.group(1).splitlines() if line.strip()]


_PAGE = """<!doctype html><html lang="fr"><head><title>Le pont rouvre</title>
<meta property="article:published_time" content="2023-06-02T08:00:00+02:00"></head>
<body><nav>Accueil | Sports | Archives 2019</nav><article><h1>Le pont rouvre</h1>
<p>Fermé depuis mars 2021 pour des travaux de renforcement, le pont de la Garenne a rouvert
hier aux voitures, a annoncé la mairie dans un communiqué publié vendredi matin.</p>
<p>Les travaux, lancés en 2019 après une inspection jugée alarmante, devaient durer deux ans.
Les piétons pourront l'emprunter à partir du 15 juin 2023.</p></article></body></html>
"""
_SPANISH = (
    "El puente fue inaugurado el 13 de mayo de 1901 y cerrado en marzo de 1948. "
    "Las obras de reparación comenzaron en 1999 y terminaron el 2 de febrero de 2004.\n"
)


def test_readme_usage_examples_run(tmp_path: Path) -> None:
    """Each line of the README's Usage block, run as written by a shell, in a folder holding an
    `article.txt` and an `archive/` folder, with `timeline` on the PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "timeline"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m timeline_cli "$@"\n')
    shim.chmod(0o755)
    work = tmp_path / "work"
    (work / "archive" / "2015").mkdir(parents=True)
    shutil.copy(ROOT / "samples" / "barrage-fr.txt", work / "article.txt")
    shutil.copy(ROOT / "samples" / "barrage-fr.txt", work / "archive" / "a.txt")
    shutil.copy(ROOT / "samples" / "harbour-en.txt", work / "archive" / "2015" / "b.txt")
    (work / "page.html").write_text(_PAGE, encoding="utf-8")
    (work / "dates.csv").write_text("path,date\narchive/a.txt,2024-03-14\n", encoding="utf-8")
    (work / "articulo.txt").write_text(_SPANISH, encoding="utf-8")
    (tmp_path / "shared").symlink_to(SHARED)  # ../shared, seen from the work folder
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": str(ROOT)}  # fmt: skip
    commands = _usage_commands()
    assert len(commands) >= 8
    for command in commands:
        if "jq " in command and not shutil.which("jq"):
            continue
        if "../shared" in command and not SHARED.exists():
            continue
        before = set(work.rglob("*"))
        result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=work, env=env,
                                capture_output=True, timeout=300)  # fmt: skip
        assert result.returncode == 0, f"{command}: {result.stderr.decode()}"
        assert result.stdout.strip() or set(work.rglob("*")) - before, f"{command}: no output"
