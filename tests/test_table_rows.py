"""The terminal table through the CLI: one row per sentence, its dates listed together; file
names, not paths, in the Source column (and in Markdown and HTML), paths kept in JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .conftest import run_cli

REF = ("--ref-date", "2015-09-15", "-l", "fr")
LONG = (
    "Le projet, lancé en 1998 après une longue concertation entre les communes de la vallée, "
    "a été suspendu en 2014 puis relancé hier par le conseil départemental."
)


def _table(*args: str, text: str) -> list[str]:
    result = run_cli("build", *REF, *args, "-", stdin=text.encode())
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode().splitlines()


def _rows(lines: list[str]) -> list[list[str]]:
    """The table's rows (after the document line and the header), split at blank lines."""
    rows: list[list[str]] = [[]]
    for line in lines[2:]:
        if line.strip():
            rows[-1].append(line)
        elif rows[-1]:
            rows.append([])
    return [r for r in rows if r]


def test_a_sentence_with_several_dates_is_one_row_with_its_dates_listed() -> None:
    lines = _table(text=LONG + " En 2010, rien.")
    assert sum("longue concertation" in line for line in lines) == 1  # the sentence once
    body = " ".join(line[line.index("  ") :].strip() for line in lines[2:] if "  " in line)
    assert "[1998]" in body and "[2014]" in body and "[hier]" in body  # every date marked
    rows = _rows(lines)
    assert len(rows) == 2
    when = [line.split("  ")[0].strip() for line in rows[0]]
    # the row sits at its earliest date, its labels one a line in chronological order
    assert when[:3] == ["1998", "2014", "14 septembre 2015"]
    assert rows[1][0].startswith("2010") and "[2010]" in rows[1][0]


def test_labels_of_a_row_follow_the_chosen_language() -> None:
    rows = _rows(_table("--labels", "en", text=LONG))
    assert [line.split("  ")[0].strip() for line in rows[0]][:3] == ["1998", "2014", "14 Sep 2015"]


def test_the_same_sentence_twice_is_two_rows_and_all_counts_undated() -> None:
    text = "En 2014, rien. En 2014, rien. Pendant dix ans, rien."
    lines = _table(text=text)
    assert sum(line.startswith("2014  En [2014], rien.") for line in lines) == 2
    assert "1 undated expression" in "\n".join(lines)  # counted by entry, as before
    everything = _table("--all", text=text)
    assert [line for line in everything if line.startswith("dix ans")] == [
        "dix ans  Pendant [dix ans], rien."
    ]
    assert "undated expression" not in "\n".join(everything)


def test_the_source_column_shows_file_names_and_json_csv_keep_paths(tmp_path: Path) -> None:
    for folder, text in (("a", "En 2014, le chantier a été gelé."), ("b", "En 2016, reprise.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{folder}-article.txt").write_text(text, encoding="utf-8")
    paths = [str(tmp_path / "a" / "a-article.txt"), str(tmp_path / "b" / "b-article.txt")]
    table = run_cli("build", *REF, *paths).stdout.decode()
    rows = [line for line in table.splitlines() if "[" in line]
    assert [r.split()[1] for r in rows] == ["a-article.txt", "b-article.txt"]
    assert all(str(tmp_path) not in r for r in rows)
    assert table.startswith(f"{paths[0]} (fr)")  # the document lines keep the path as given
    markdown = run_cli("build", "-f", "markdown", *REF, *paths).stdout.decode()
    assert "| a-article.txt |" in markdown and f"| {tmp_path}" not in markdown
    html = run_cli("build", "-f", "html", *REF, *paths).stdout.decode()
    assert '<p class="source">b-article.txt</p>' in html and str(tmp_path / "b") not in html
    entries = json.loads(run_cli("build", "-f", "json", *REF, *paths).stdout)["entries"]
    assert [e["source"] for e in entries] == paths
    rows_csv = list(csv.DictReader(io.StringIO(run_cli("build", "-f", "csv", *REF, *paths)
                                               .stdout.decode())))  # fmt: skip
    assert [r["source"] for r in rows_csv] == paths
