"""Languages other than French and English: identified as such, never run through the French
or English grammar, given basic support (absolute dates through dateparser) with a warning."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from timeline_cli.langid import identify_language

from .conftest import ROOT, SHARED, needs_shared, run_cli

TEXTS = ROOT / "tests" / "data" / "languages"
BASIC = "basic support: only absolute dates"

# every absolute date of each text, as (text, start, end); nothing else may come out: not
# "1500 alumnos", "calle 1812", "47 años", "2000 Menschen", "vor 2000 Jahren", "412 Meter",
# nor anything relative ("ayer", "hace tres días", "gestern", "in drei Jahren")
EXPECTED = {
    "es-biografia.txt": [
        ("13 de mayo de 1901", "1901-05-13", "1901-05-13"),
        ("1921", "1921-01-01", "1921-12-31"),
        ("junio de 1925", "1925-06-01", "1925-06-30"),
        ("14 de abril de 1931", "1931-04-14", "1931-04-14"),
        ("18 de julio de 1936", "1936-07-18", "1936-07-18"),
        ("1947", "1947-01-01", "1947-12-31"),
        ("25 de mayo de 1948", "1948-05-25", "1948-05-25"),
    ],
    "de-bericht.txt": [
        ("1945", "1945-01-01", "1945-12-31"),  # "im Frühjahr 1945": the year at least
        ("1949", "1949-01-01", "1949-12-31"),
        ("1952", "1952-01-01", "1952-12-31"),
        ("3. Oktober 1990", "1990-10-03", "1990-10-03"),
        ("März 2011", "2011-03-01", "2011-03-31"),
        ("15. Juni", "2024-06-15", "2024-06-15"),  # the year of the reference date
    ],
}


def _build(*args: str) -> tuple[dict[str, Any], list[str]]:
    result = run_cli("build", "-f", "json", *args)
    assert result.returncode == 0, result.stderr.decode()
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc, result.stderr.decode().splitlines()


@pytest.mark.parametrize(("name", "lang"), [("es-biografia.txt", "es"), ("de-bericht.txt", "de")])
def test_spanish_and_german_get_basic_support(name: str, lang: str) -> None:
    doc, stderr = _build("--ref-date", "2024-01-10", str(TEXTS / name))
    info = doc["documents"][0]
    assert (info["language"], info["language_source"], info["support"]) == (
        lang,
        "detected",
        "basic",
    )
    found = [(e["text"], e["start"], e["end"]) for e in doc["entries"]]
    assert found == EXPECTED[name]
    assert all(e["type"] == "DATE" and e["rule"].startswith("basic:") for e in doc["entries"])
    assert [line for line in stderr if BASIC in line] == [
        f"timeline: warning: {TEXTS / name}: language {lang}, {BASIC} (a day or month with its "
        "name, a year) are found, nothing relative such as 'yesterday' or 'three years ago'"
    ]


def test_the_offsets_and_sentences_of_basic_entries() -> None:
    doc, _ = _build("--ref-date", "2024-01-10", str(TEXTS / "de-bericht.txt"))
    text = (TEXTS / "de-bericht.txt").read_text(encoding="utf-8")
    for e in doc["entries"]:
        assert text[e["char_start"] : e["char_end"]] == e["text"]
    june = next(e for e in doc["entries"] if e["text"] == "15. Juni")
    assert june["sentence"].endswith("am 15. Juni beginnen und 48 Millionen Euro kosten.")
    assert june["anchor"] == "the reference date's year"


def test_a_language_named_with_lang_gets_what_basic_support_can() -> None:
    doc, stderr = _build("--lang", "pl", str(TEXTS / "pl-rocznica.txt"))
    assert doc["documents"][0]["language_source"] == "option"
    found = [(e["text"], e["start"], e["end"]) for e in doc["entries"]]
    assert found == [
        ("3 maja 1791", "1791-05-03", "1791-05-03"),
        ("11 listopada 1918", "1918-11-11", "1918-11-11"),
        ("1989", "1989-01-01", "1989-12-31"),  # "W 1989 roku"
        ("marcu 1999", "1999-03-01", "1999-03-31"),
    ]
    assert any("language pl, basic support" in line for line in stderr)


def test_an_unknown_language_warns_and_keeps_numeric_dates() -> None:
    doc, stderr = _build(str(TEXTS / "fi-juhla.txt"))
    info = doc["documents"][0]
    assert (info["language"], info["support"]) == ("und", "basic")
    assert [(e["text"], e["start"]) for e in doc["entries"]] == [("6.12.1917", "1917-12-06")]
    assert any("language not identified" in line and "--lang" in line for line in stderr)
    named, _ = _build("--lang", "fi", str(TEXTS / "fi-juhla.txt"))
    assert named["documents"][0]["language"] == "fi"


def test_french_and_english_keep_full_support_and_load_no_dateparser() -> None:
    doc, stderr = _build(
        str(ROOT / "samples" / "barrage-fr.txt"), str(ROOT / "samples" / "harbour-en.txt")
    )
    assert [(d["language"], d["support"]) for d in doc["documents"]] == [
        ("fr", "full"),
        ("en", "full"),
    ]
    assert not any("basic" in line for line in stderr)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "El gobierno aprobó ayer la reforma de la ley, que entrará en vigor el próximo año.",
        ),
        ("de", "Die Regierung hat gestern die Reform beschlossen, die im nächsten Jahr gilt."),
        (
            "it",
            "Il governo ha approvato ieri la riforma della legge, che entrerà in vigore l'anno"
            " prossimo.",
        ),
        ("pt", "O governo aprovou ontem a reforma da lei, que entrará em vigor no próximo ano."),
        (
            "nl",
            "De regering heeft gisteren de hervorming van de wet goedgekeurd, die volgend jaar"
            " ingaat.",
        ),
    ],
)
def test_a_sentence_in_a_neighbour_language_is_not_french_or_english(lang: str, text: str) -> None:
    assert identify_language(text) == lang


def test_the_french_and_english_corpora_stay_french_and_english() -> None:
    corpora = {
        "fr": SHARED / "corpora" / "fr-timebank-1.1",
        "en": SHARED / "corpora" / "tbaq-cleaned",
    }
    for lang, folder in corpora.items():
        for path in sorted(needs_shared(folder).rglob("*.tml")):
            raw = path.read_text(encoding="utf-8")
            body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.DOTALL)
            text = re.sub(r"<[^>]+>", "", body.group(1) if body else raw)
            assert identify_language(text) == lang, path


def test_lang_accepts_the_codes_dateparser_knows(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("Il 2 giugno 1946 gli italiani votarono per la repubblica.", encoding="utf-8")
    doc, _ = _build("--lang", "it", str(page))
    assert [(e["text"], e["start"]) for e in doc["entries"]] == [("2 giugno 1946", "1946-06-02")]
    result = run_cli("build", "--lang", "xx", str(page))
    assert result.returncode == 2 and b"--lang" in result.stderr


def test_a_bare_first_line_date_is_the_reference_in_any_language() -> None:
    text = "3. Oktober 1990\n\nAm 9. November fiel die Mauer, und die Einheit kam später im Jahr.\n"
    result = run_cli("build", "-f", "json", "-", stdin=text.encode())
    doc = json.loads(result.stdout)
    info = doc["documents"][0]
    assert (info["language"], info["reference_date"], info["reference_date_source"]) == (
        "de",
        "1990-10-03",
        "document",
    )
    assert [(e["text"], e["start"]) for e in doc["entries"]] == [
        ("3. Oktober 1990", "1990-10-03"),
        ("9. November", "1990-11-09"),  # the year of the reference date
    ]
