"""Web pages through the command: the article's text only, its publication date from the
metadata, its title and URL, offsets into the extracted text, pages with no article."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from .conftest import ROOT, run_cli

PAGE = ROOT / "tests" / "data" / "web" / "2019-03-01-barrage.html"
# what the article says (its title, and its four paragraphs), and nothing from the menus,
# sidebar, comments, scripts, style sheet, footer or the xmlns:xlink attribute
ARTICLE = {
    ("2027", "2027-01-01", "2027-12-31"),  # the title
    ("lundi", "2024-03-11", "2024-03-11"),
    ("janvier", "2024-01-01", "2024-01-31"),
    ("2011", "2011-01-01", "2011-12-31"),
    ("automne 2019", "2019-09-01", "2019-11-30"),
    ("printemps 2022", "2022-03-01", "2022-05-31"),
    ("fin de l'année 2025", "2025-09-01", "2025-12-31"),
    ("le 2 avril", "2024-04-02", "2024-04-02"),
    ("ici", "2024-03-14", "2024-03-14"),  # "d'[ici] la fin de l'année", as TimeML tags it
}


def _json(*args: str, stdin: bytes | None = None) -> dict[str, Any]:
    result = run_cli("build", "-f", "json", *args, stdin=stdin)
    assert result.returncode == 0, result.stderr.decode()
    found: dict[str, Any] = json.loads(result.stdout)
    return found


def _dated(doc: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(e["text"], e["start"], e["end"]) for e in doc["entries"] if e["start"]}


def test_only_the_article_with_the_metadata_date_as_reference() -> None:
    doc = _json(str(PAGE))
    assert _dated(doc) == ARTICLE
    info = doc["documents"][0]
    # the original publication date, not the "modified" one, nor the sidebar's or the name's
    assert info["reference_date"] == "2024-03-14"
    assert info["reference_date_source"] == "metadata"
    assert info["reference_date_detail"] == '<meta property="article:published_time">'
    assert info["title"] == "Le barrage de Saint-Aubin sera mis en eau en 2027"
    assert info["url"] == "https://www.gazette-du-val.example/region/barrage-saint-aubin-2027"
    assert info["language"] == "fr" and info["support"] == "full"
    assert not any("<" in e["sentence"] or "xlink" in e["sentence"] for e in doc["entries"])


def test_with_text_gives_the_text_the_offsets_index() -> None:
    doc = _json("--with-text", str(PAGE))
    text = doc["documents"][0]["text"]
    assert text.startswith("Le barrage de Saint-Aubin sera mis en eau en 2027\n")
    assert "Accueil" not in text and "Les plus lus" not in text and "dataLayer" not in text
    assert len(text) == doc["documents"][0]["characters"]
    for e in doc["entries"]:
        assert text[e["char_start"] : e["char_end"]] == e["text"]
    assert "text" not in _json(str(PAGE))["documents"][0]  # only on request


def test_a_page_on_standard_input_is_known_by_its_content() -> None:
    lines = PAGE.read_bytes().splitlines(keepends=True)
    html = b"".join(line for line in lines if b'property="article:' not in line)
    doc = _json(stdin=html)
    info = doc["documents"][0]
    assert info["source"] == "<stdin>" and _dated(doc) == ARTICLE
    # without the meta tag, the <time datetime> of the byline gives the date
    assert (info["reference_date"], info["reference_date_detail"]) == (
        "2024-03-14",
        "<time datetime>",
    )


def test_a_page_without_article_text_is_an_unreadable_document(tmp_path: Path) -> None:
    wall = tmp_path / "login.html"
    wall.write_text(
        "<html><head><title>Connexion</title></head><body><nav><a href='/'>Accueil</a></nav>"
        "<form><input name='user'><input type='password'></form></body></html>",
        encoding="utf-8",
    )
    index = tmp_path / "rubrique.htm"
    index.write_text(
        "<html><head><title>Région</title></head><body><ul>"
        "<li><a href='/a'>Inondations : le bilan du 12 décembre 2023</a></li>"
        "<li><a href='/b'>La fête du village aura lieu le 21 juin 2024</a></li>"
        "<li><a href='/c'>Le pont fermé depuis le 4 février 2024</a></li></ul></body></html>",
        encoding="utf-8",
    )
    result = run_cli("build", "-f", "jsonl", str(wall), str(PAGE), str(index))
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"timeline: error: {page}: a web page with no article text (an index page, a login "
        "wall?); give the page of an article"
        for page in (wall, index)
    ]
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {line["source"] for line in lines} == {str(PAGE)}  # the other page is kept


def test_plain_text_runs_load_neither_the_web_libraries_nor_dateparser() -> None:
    """trafilatura, htmldate and dateparser take a third of a second each to import."""
    code = (
        "import sys; from timeline_cli.cli import app;"
        "app(['build', '-f', 'json', 'samples/barrage-fr.txt'], standalone_mode=False);"
        "print(sorted({m.split('.')[0] for m in sys.modules}"
        " & {'trafilatura', 'htmldate', 'dateparser', 'lxml'}), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, check=True)
    assert result.stderr.decode().strip().splitlines()[-1] == "[]"
