"""A reference date for every document of an archive: each source in its order (option, CSV,
page metadata, a dateline, a date in the file name, the estimate, today), shown in every
format."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from timeline_cli import build_timeline

from .conftest import run_cli

ARTICLE = (
    "Le conseil municipal s'est réuni hier soir pour examiner le projet de nouvelle "
    "passerelle sur la rivière, attendu depuis longtemps par les habitants du quartier.\n"
)
ARTICLE_EN = (
    "The council met yesterday to review the plans for the new footbridge over the river, "
    "which residents of the district have long awaited.\n"
)


def _page(published: str | None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f"<!DOCTYPE html><html><head><title>Passerelle</title>{meta}</head><body>"
        "<nav><a href='/'>Accueil</a> <a href='/archives'>Archives 2001</a></nav>"
        f"<article><h1>Une passerelle pour le quartier</h1><p>{ARTICLE}</p></article>"
        "<aside>Les plus lus : la fête du 21 juin 2015</aside></body></html>"
    )


# file -> (content, expected reference date, expected source)
DOCUMENTS: dict[str, tuple[str, str, str]] = {
    "2018-12-04-lematin.txt": (ARTICLE, "2018-12-04", "filename"),
    "20181130_article.html": (_page(None), "2018-11-30", "filename"),
    "lematin_2018-12-04.txt": ("Publié le 3 décembre 2018\n\n" + ARTICLE, "2018-12-03", "document"),
    "depeche.txt": ("Tuesday, June 30, 2009\n\n" + ARTICLE_EN, "2009-06-30", "document"),
    "page-meta.html": (_page("2020-05-06T09:00:00Z"), "2020-05-06", "metadata"),
    "page-listed.html": (_page("2020-05-06T09:00:00Z"), "2017-03-04", "csv"),
    "sub/listed-2016-01-01.txt": (ARTICLE, "2017-01-02", "csv"),
    "estime.txt": (
        "Le pont a été inauguré le 12 mai 2016. " + ARTICLE,
        "2016-05-12",
        "estimated",
    ),
    "vide.md": (
        "Le conseil se réunira la semaine prochaine.\n",
        dt.date.today().isoformat(),
        "today",
    ),
}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """An archive of mixed files, and a CSV of dates beside it: one path as given from the
    folder the command runs in, one relative to the CSV."""
    folder = tmp_path / "archive"
    for name, (content, _, _) in DOCUMENTS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(content, encoding="utf-8")
    (tmp_path / "meta").mkdir()
    (tmp_path / "meta" / "dates.csv").write_text(
        "path,date\narchive/sub/listed-2016-01-01.txt,2017-01-02\n"
        "../archive/page-listed.html,2017-03-04\n",
        encoding="utf-8",
    )
    return tmp_path


def _build(root: Path, *args: str) -> Any:
    result = run_cli("build", *args, "--ref-dates", "meta/dates.csv", "archive", cwd=root)
    assert result.returncode == 0, result.stderr.decode()
    return result


def _name(source: str) -> str:
    return source.split("archive/", 1)[1]


def test_each_document_has_its_own_reference_and_source(archive: Path) -> None:
    doc = json.loads(_build(archive, "-f", "json").stdout)
    found = {
        _name(d["source"]): (d["reference_date"], d["reference_date_source"])
        for d in doc["documents"]
    }
    assert found == {name: (date, source) for name, (_, date, source) in DOCUMENTS.items()}
    yesterday = {
        _name(e["source"]): e["start"]
        for e in doc["entries"]
        if e["text"].split()[0] in ("hier", "yesterday")
    }
    assert yesterday["2018-12-04-lematin.txt"] == "2018-12-03"  # from the file name
    assert yesterday["20181130_article.html"] == "2018-11-29"
    assert yesterday["page-meta.html"] == "2020-05-05"  # not the sidebar's 2015
    assert yesterday["depeche.txt"] == "2009-06-29"  # a bare date as the first line


def test_the_source_is_in_every_format(archive: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(_build(archive, "-f", "csv").stdout.decode())))
    sources = {_name(r["source"]): r["reference_date_source"] for r in rows}
    assert sources["estime.txt"] == "estimated" and sources["page-meta.html"] == "metadata"
    lines = [json.loads(line) for line in _build(archive, "-f", "jsonl").stdout.splitlines()]
    assert {_name(line["source"]): line["reference_date_source"] for line in lines} == {
        name: source for name, (_, _, source) in DOCUMENTS.items()
    }
    result = _build(archive)
    table = result.stdout.decode()
    assert (
        "note: archive/estime.txt: the reference date 2016-05-12 is an estimate; set it "
        "with --ref-date or --ref-dates" in table.replace(str(archive) + "/", "")
    )
    assert "archive/vide.md: the reference date" in table and "is today's date" in table
    assert "(from the file name)" in table and "(from --ref-dates)" in table
    warnings = [line for line in result.stderr.decode().splitlines() if "warning" in line]
    assert len(warnings) == 2  # the estimate and today


def test_ref_date_is_for_every_document(archive: Path) -> None:
    doc = json.loads(_build(archive, "-f", "json", "--ref-date", "2015-09-15").stdout)
    assert {(d["reference_date"], d["reference_date_source"]) for d in doc["documents"]} == {
        ("2015-09-15", "option")
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("a.txt,2015-02-30\n", "line 1: '2015-02-30' is not a date YYYY-MM-DD"),
        ("path,date\na.txt,15/09/2015\n", "line 2: '15/09/2015' is not a date YYYY-MM-DD"),
        ("path,date\na.txt\n", "line 2: expected path,date"),
    ],
)
def test_a_bad_csv_stops_before_any_work(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "dates.csv").write_text(content, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("build", "--ref-dates", "dates.csv", "a.txt", cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.decode() == f"timeline: error: --ref-dates dates.csv, {message}\n"


def test_glob_patterns_repeat_or_split_on_commas(archive: Path) -> None:
    def sources(*globs: str) -> set[str]:
        result = run_cli("build", "-f", "json", "--ref-date", "2015-09-15", *globs, "archive",
                         cwd=archive)  # fmt: skip
        assert result.returncode == 0, result.stderr.decode()
        return {_name(d["source"]) for d in json.loads(result.stdout)["documents"]}

    assert sources() == set(DOCUMENTS)  # the default: *.txt, *.md, *.html, *.htm
    html = {name for name in DOCUMENTS if name.endswith(".html")}
    assert sources("--glob", "*.html") == html
    md = {"vide.md"}
    assert sources("--glob", "*.html", "--glob", "*.md") == html | md
    assert sources("--glob", "*.html,*.md") == html | md


@pytest.mark.parametrize(
    ("text", "reference", "source"),
    [
        # a title, then the date line (a clock time with it): the publication date
        ("Flood waters recede\n\nMarch 3, 2016 4:05 pm\n\nThe river fell yesterday.",
         "2016-03-03", "document"),
        ("Crue : la décrue s'amorce\nPar la rédaction\n3 mars 2016\nLa rivière a baissé hier.",
         "2016-03-03", "document"),
        ("Tuesday, June 30, 2009\nThe board met yesterday.", "2009-06-30", "document"),
        # a fourth line is the story, not the top; a line with words is no date line
        ("Title\nByline\nDesk\nMarch 3, 2016\nThe river fell yesterday.", "2016-03-03",
         "estimated"),
        ("Flood waters recede\nOn March 3, 2016 the river fell.", "2016-03-03", "estimated"),
    ],
)  # fmt: skip
def test_a_date_line_under_the_title(text: str, reference: str, source: str) -> None:
    """A line that is only a date, among the first three lines with anything on them, is the
    publication date: web pages put it under the title."""
    document = build_timeline(text).document
    assert (document.reference.date.isoformat(), document.reference.source) == (reference, source)
