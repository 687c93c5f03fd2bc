"""The publishing formats through the CLI: Markdown, the HTML page, TimelineJS and TimeML
(whose round trip through `timeline eval` must score 100)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from .conftest import ROOT, SEED, run_cli

SAMPLES = ["samples/barrage-fr.txt", "samples/harbour-en.txt"]
REF = ("--ref-date", "2015-09-15")


def _build(fmt: str, *args: str, stdin: str | None = None) -> str:
    result = run_cli("build", "-f", fmt, *args, stdin=stdin.encode() if stdin else None)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode("utf-8")


def test_markdown_table_bold_and_escaped() -> None:
    text = "Le 3 mars 2012, le score fut 2|1 et *tout* changea. Depuis 2011, rien."
    out = _build("markdown", *REF, "-l", "fr", "-", stdin=text)
    lines = out.splitlines()
    assert lines[0] == "- <stdin> (fr): reference date 2015-09-15 (from --ref-date)".replace(
        "<", "\\<").replace(">", "\\>")  # fmt: skip
    assert "| When | Event | Source |" in lines
    rows = [line for line in lines if line.startswith("| ") and "When" not in line]
    assert len(rows) == 2
    assert rows[1].startswith(
        "| 3 mars 2012 | **Le 3 mars 2012**, le score fut 2\\|1 et \\*tout\\*"
    )
    assert all(len(re.findall(r"(?<!\\)\|", row)) == 4 for row in rows)  # three cells each


def test_markdown_one_reference_line_per_document() -> None:
    out = _build("markdown", *SAMPLES)
    assert [line for line in out.splitlines() if line.startswith("- ")] == [
        "- barrage-fr.txt (fr): reference date 2024-03-14 (stated in the document)",
        "- harbour-en.txt (en): reference date 2023-06-03 (stated in the document)",
    ]


class _Page(HTMLParser):
    """What a reader of the page sees: the entries' datetime, label and marked expression."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.entries: list[dict[str, str]] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "li" and dict(attrs).get("class") == "entry":
            self.entries.append({"lang": dict(attrs).get("lang") or "", "label": "", "mark": ""})
        if tag == "time" and self.entries:
            self.entries[-1]["datetime"] = dict(attrs).get("datetime")  # type: ignore[assignment]
        self._in = tag

    def handle_data(self, data: str) -> None:
        if self.entries and self._in in ("time", "mark"):
            self.entries[-1]["label" if self._in == "time" else "mark"] += data

    def handle_endtag(self, tag: str) -> None:
        self._in = None


def test_html_page_is_standalone_and_complete() -> None:
    page = _build("html", "--all", *SAMPLES)
    parsed = _Page()
    parsed.feed(page)
    tags = {t for t, _ in parsed.tags}
    assert "script" not in tags and "link" not in tags and "img" not in tags
    assert not re.search(r"(src|href)=|https?://|@import|url\(", page)  # nothing from a network
    assert (
        "meta",
        {"name": "viewport", "content": "width=device-width, initial-scale=1"},
    ) in parsed.tags
    assert "@media print" in page
    doc = json.loads(_build("json", "--all", *SAMPLES))
    want = [(e["label"], e["text"], e["language"], e["edtf"]) for e in doc["entries"]]
    got = [(e["label"], e["mark"], e["lang"], e.get("datetime")) for e in parsed.entries]
    assert got == want  # every entry, in order, with its EDTF value (none when it has none)


def test_html_groups_by_year_in_order() -> None:
    page = _build("html", SAMPLES[0])
    years = [int(y) for y in re.findall(r"<h2>(\d+)</h2>", page)]
    assert years == sorted(years) and len(years) == len(set(years)) and 2027 in years
    assert re.search(r'<html lang="fr">', page)
    mixed = _build("html", *SAMPLES)
    assert '<html lang="mul">' in mixed and '<li class="entry" lang="en">' in mixed


def test_timelinejs_events() -> None:
    doc = json.loads(_build("timelinejs", *SAMPLES))
    events = doc["events"]
    full = json.loads(_build("json", "--all", *SAMPLES))["entries"]
    assert len(events) == len([e for e in full if e["start"] or e["end"]])  # undated left out
    assert {e["group"] for e in events} == {"barrage-fr.txt", "harbour-en.txt"}
    assert len({e["unique_id"] for e in events}) == len(events)
    assert doc == json.loads(_build("timelinejs", *SAMPLES))  # stable ids
    by_label = {e["display_date"]: e for e in events}
    assert by_label["début 2014"]["start_date"] == {"year": 2014, "month": 1}
    assert by_label["début 2014"]["end_date"] == {"year": 2014, "month": 4}
    assert by_label["12 May 1962"]["start_date"] == {"year": 1962, "month": 5, "day": 12}
    assert "end_date" not in by_label["12 May 1962"]
    assert by_label["d'ici 2027"]["start_date"] == {"year": 2027}  # listed at its end
    assert by_label["14 mars 2024 à 18h30"]["start_date"]["hour"] == 18
    assert "<mark>Début 2014</mark>" in by_label["début 2014"]["text"]["text"]
    single = json.loads(_build("timelinejs", SAMPLES[1]))
    assert all("group" not in e for e in single["events"])
    assert single["title"]["text"]["headline"] == "harbour-en.txt"


def test_timeml_round_trip_scores_100(tmp_path: Path) -> None:
    """What -f timeml wrote, read back by `timeline eval`, agrees with itself: every extent and
    every value, on the samples, the seed article and a text with XML specials and CRLF."""
    texts = [ROOT / s for s in SAMPLES] + ([SEED] if SEED.exists() else [])
    special = tmp_path / "special.txt"
    special.write_bytes(
        "Publié le 15/09/2015\r\nDe 2011 à 2014, « A & B » <b>.\r\n"
        "Il y a 5-7 ans, rien ; plus tard, tout. Début 2014, fin.\r\n".encode()
    )
    texts.append(special)
    out = tmp_path / "tml"
    out.mkdir()
    for path in texts:
        (out / f"{path.stem}.tml").write_text(_build("timeml", str(path)), encoding="utf-8")
    tml = (out / "special.tml").read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t2" type="DATE" value="2011">2011</TIMEX3> à <TIMEX3 tid="t3"' in tml
    assert "&amp; B » &lt;b&gt;" in tml and "&#13;" in tml
    scores = json.loads(run_cli("eval", "-f", "json", str(out)).stdout)
    assert scores["documents"] == len(texts) and scores["gold"] > 40
    assert scores["strict"]["f1"] == 1.0 and scores["value_accuracy"] == 1.0
    assert scores["type_accuracy"] == 1.0


def test_timeml_one_document_per_input() -> None:
    out = _build("timeml", *SAMPLES)
    assert out.count("<?xml") == 2 and out.count("<DCT>") == 2
    assert "<DOCID>barrage-fr</DOCID>" in out and 'value="2023-06-03" functionInDocument' in out
