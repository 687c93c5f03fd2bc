"""The HTML page in a real browser: headless Chromium loads it, every entry is in the rendered
DOM in timeline order, and screenshots (desktop and phone width) are saved under the test's
temporary folder for a person to look at."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

from .conftest import run_cli

SAMPLES = ["samples/barrage-fr.txt", "samples/harbour-en.txt"]
# no network, no first-run work, a profile of its own: the browser only renders the file
_QUIET = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run",
          "--hide-scrollbars"]  # fmt: skip


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    pytest.skip("no Chromium here (Debian: apt-get install chromium); .ci/run installs it")


def _browse(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    return subprocess.run([_chromium(), *_QUIET, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=True)  # fmt: skip


def test_page_renders_every_entry_in_order(tmp_path: Path) -> None:
    page = tmp_path / "timeline.html"
    result = run_cli("build", "-f", "html", "--all", "-o", str(page), *SAMPLES)
    assert result.returncode == 0, result.stderr.decode()
    dom = _browse(tmp_path, "--dump-dom", page.as_uri()).stdout
    rendered = [
        (unescape(label), unescape(mark))
        for label, mark in re.findall(
            r'<li class="entry"[^>]*><time[^>]*>(.*?)</time>.*?<mark>(.*?)</mark>', dom
        )
    ]
    entries = json.loads(run_cli("build", "-f", "json", "--all", *SAMPLES).stdout)["entries"]
    assert rendered == [(e["label"], e["text"]) for e in entries]
    for name, size in (("desktop", "1280,1400"), ("phone", "390,2400")):
        shot = tmp_path / f"{name}.png"
        _browse(tmp_path, f"--window-size={size}", f"--screenshot={shot}", page.as_uri())
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
