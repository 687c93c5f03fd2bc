"""Dense text through the command: the same output as before the per-mention work was made
cheaper (tests/golden/dense/*.jsonl were written by the code before that change, commit
6afd230, and must stay byte-identical). The text is long enough for the prefilter to be built
(over 50,000 characters), and holds every adversarial kind, dates back to back included."""

from __future__ import annotations

import os

import pytest

from .conftest import ADVERSARIAL_KINDS, ROOT, adversarial_text, run_cli

GOLDEN = ROOT / "tests" / "golden" / "dense"


def dense_text() -> str:
    """50,000 characters without a date, then 2,000 of each adversarial kind, in lines of 100."""
    pieces = [adversarial_text(2000, kind) for kind in ADVERSARIAL_KINDS]
    dense = "".join(pieces)
    lines = [dense[i : i + 100] for i in range(0, len(dense), 100)]
    return "rien " * 10_000 + "\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("code", ["fr", "en"])
def test_dense_text_gives_the_output_it_gave(code: str) -> None:
    result = run_cli("build", "-f", "jsonl", "--lang", code, "--ref-date", "2015-09-15",
                     stdin=dense_text().encode("utf-8"))  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    golden = GOLDEN / f"{code}.jsonl"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(result.stdout)
    assert result.stdout.count(b"\n") > 300  # dense: hundreds of dates
    assert result.stdout == golden.read_bytes()
