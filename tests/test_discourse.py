"""Story time, genre, weekday + day of month, direction from the verb, the estimated reference
date and the parts of joined ranges, through `timeline build` as a user runs it (issue 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import ROOT, needs_shared, run_cli

# (language, reference date or "", genre, text, expression, value it must resolve to)
STORY = [
    (
        "en",
        "2015-09-15",
        "auto",
        "The factory opened on 3 May 1962. On 12 November, the first cars left the line.",
        "12 November",
        "1962-11-12",
    ),
    (
        "fr",
        "2015-09-15",
        "auto",
        "En 1987, l'usine ferme en avril, puis rouvre en octobre.",
        "avril",
        "1987-04",
    ),
    (
        "fr",
        "2015-09-15",
        "auto",
        "En 1987, l'usine ferme en avril, puis rouvre en octobre.",
        "octobre",
        "1987-10",
    ),
    (
        "fr",
        "2015-09-15",
        "auto",
        "La loi est votée le 3 mars 1999 et promulguée le 20 mars suivant.",
        "20 mars",
        "1999-03-20",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "In 1987 the mill shut in April and reopened in October.",
        "October",
        "1987-10",
    ),
    (
        "fr",
        "2015-09-15",
        "auto",
        "Élu maire en 1983, il démissionne l'année suivante.",
        "l'année suivante",
        "1984",
    ),
    (
        "fr",
        "2015-09-15",
        "auto",
        "En mars 2003, la commission rend son rapport. Le mois suivant, le ministre le rejette.",
        "Le mois suivant",
        "2003-04",
    ),
    (
        "fr",
        "2023-10-20",
        "auto",
        "Les obsèques ont eu lieu le 19 octobre 2023. Ce jour-là, la cérémonie a été annulée.",
        "Ce jour-là",
        "2023-10-19",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "He joined the firm in 1971 and became a partner the following year.",
        "the following year",
        "1972",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "Revenue grew 4% in the second quarter of 2013, after a decline in the previous quarter.",
        "the previous quarter",
        "2013-Q1",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "The cholera outbreak began in 1854; that year, more than 600 people died in Soho.",
        "that year",
        "1854",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "Strikes paralysed the ports in March 1926. During the month, coal prices doubled.",
        "the month",
        "1926-03",
    ),
    (
        "en",
        "2015-09-15",
        "news",
        "Strikes paralysed the ports in March 1926. During the month, coal prices doubled.",
        "the month",
        "2015-09",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "The emperor fell ill in 1612. The following spring he died at Prague.",
        "The following spring",
        "1613-SP",
    ),
]

WEEKDAY_PINS = [
    (
        "fr",
        "2024-01-15",
        "auto",
        "Le mardi 14 juin, la grève a repris.",
        "mardi 14 juin",
        "2022-06-14",
    ),
    (
        "en",
        "2024-01-15",
        "auto",
        "On Tuesday, June 14, the strike resumed at the port.",
        "Tuesday, June 14",
        "2022-06-14",
    ),
    (
        "fr",
        "2024-01-20",
        "auto",
        "Le jeudi 25 décembre, les magasins resteront fermés.",
        "jeudi 25 décembre",
        "2025-12-25",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "The museum will reopen on Monday, October 3.",
        "Monday, October 3",
        "2016-10-03",
    ),
]

DIRECTION = [
    ("fr", "2015-09-15", "auto", "La ministre s'est rendue jeudi à Lille.", "jeudi", "2015-09-10"),
    (
        "fr",
        "2015-09-15",
        "auto",
        "Les mesures votées mercredi entreront en vigueur en janvier.",
        "mercredi",
        "2015-09-09",
    ),
    (
        "fr",
        "2015-09-15",
        "auto",
        "Il faut que la réforme soit adoptée vendredi.",
        "vendredi",
        "2015-09-18",
    ),
    ("fr", "2015-09-15", "auto", "Le préfet va signer l'arrêté lundi.", "lundi", "2015-09-21"),
    (
        "fr",
        "2015-09-15",
        "auto",
        "La réunion pourrait avoir lieu lundi, selon un proche.",
        "lundi",
        "2015-09-21",
    ),
    (
        "fr",
        "2015-09-15",
        "auto",
        "Les inscriptions seront ouvertes dès jeudi.",
        "jeudi",
        "2015-09-17",
    ),
    (
        "fr",
        "2015-09-15",
        "auto",
        "Le vote, prévu ce jeudi, a été reporté sine die.",
        "ce jeudi",
        "2015-09-17",
    ),
    (
        "fr",
        "2015-09-15",
        "auto",
        "Les supporters ont fêté la victoire de samedi dernier.",
        "samedi dernier",
        "2015-09-12",
    ),
    (
        "fr",
        "2015-09-15",
        "auto",
        "Le club jouera samedi prochain à Nantes.",
        "samedi prochain",
        "2015-09-19",
    ),
    (
        "fr",
        "2023-10-20",
        "auto",
        "Le maire a annoncé que la fête aurait finalement lieu le 1er novembre.",
        "1er novembre",
        "2023-11-01",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "Ministers are to meet in Brussels on Thursday.",
        "Thursday",
        "2015-09-17",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "He said the treaty would be signed on Wednesday.",
        "Wednesday",
        "2015-09-16",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "The verdict, which was to be read on Friday, was postponed.",
        "Friday",
        "2015-09-11",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "The agency said Thursday it will publish the figures Friday.",
        "Friday",
        "2015-09-18",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "The agency said Thursday it will publish the figures Friday.",
        "Thursday",
        "2015-09-10",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "The lawyers filed the appeal Wednesday; a hearing will follow.",
        "Wednesday",
        "2015-09-09",
    ),
]

# The genre decides whether a year named paragraphs ago still holds: in news the month is
# the one around the reference date, in a narrative the story's.
_FAR_PAST = (
    "Publié le 15/09/2015\n\nLe pont a été construit en 1962 par la ville.\n\n"
    "Le conseil municipal a longuement débattu de son avenir.\n\n"
    "Les travaux ont commencé en avril.\n"
)
GENRE = [
    ("fr", "2015-09-15", "auto", _FAR_PAST, "avril", "2015-04"),
    ("fr", "2015-09-15", "news", _FAR_PAST, "avril", "2015-04"),
    ("fr", "2015-09-15", "narrative", _FAR_PAST, "avril", "1962-04"),
    (
        "en",
        "2015-09-15",
        "auto",
        "The plant, which opened in 1962, will close in December, the company said.",
        "December",
        "2015-12",
    ),
    (
        "en",
        "2015-09-15",
        "narrative",
        "The bridge opened in 1962. Traffic doubled in May.",
        "May",
        "1962-05",
    ),
    (
        "en",
        "2015-09-15",
        "news",
        "The bridge opened in 1962. Traffic doubled in May.",
        "May",
        "2015-05",
    ),
    (
        "en",
        "2015-09-15",
        "auto",
        "Ada Brennan (1890-1962) was an Irish aviator. She learned to fly in 1911. In August she "
        "crossed the Irish Sea alone.",
        "August",
        "1911-08",
    ),
    # a story told with reporting verbs ("told", "said") is still a story when nearly all of
    # its dates are far back and none counts from the reader's day...
    (
        "en",
        "2020-01-01",
        "auto",
        "Silas Marsh (1801-1866) was a ferryman. In 1831, he told his brother he would leave. He "
        "said the river had ruined him. He sold the boat in 1834 and moved west in 1835. On "
        "April 3, the family reached Ohio, the diary said.",
        "April 3",
        "1835-04-03",
    ),
    # ... but a news story with a history behind it counts from this week
    (
        "en",
        "2020-01-01",
        "auto",
        "The ferry line, founded in 1801, ran until 1866 and came back in 1931 and 1935, its "
        "owner said this week. The new boat will sail on April 3.",
        "April 3",
        "2020-04-03",
    ),
]

ALL = STORY + WEEKDAY_PINS + DIRECTION + GENRE


def _build(tmp: Path, lang: str, ref: str, genre: str, texts: list[str]) -> list[list[dict]]:
    """Entries of each text, from one run of `timeline build -f jsonl`."""
    paths = []
    for i, text in enumerate(texts):
        path = tmp / f"doc{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    args = ["build", "-f", "jsonl", "--lang", lang, "--genre", genre]
    result = run_cli(*args, *(["--ref-date", ref] if ref else []), *paths)
    assert result.returncode == 0, result.stderr.decode()
    found: dict[str, list[dict]] = {p: [] for p in paths}
    for line in result.stdout.decode().splitlines():
        entry = json.loads(line)
        found[entry["source"]].append(entry)
    return [found[p] for p in paths]


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, ...], list[dict]]:
    """Every example above, grouped into one run per language, reference and genre."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for lang, ref, genre, text, _, _ in ALL:
        groups.setdefault((lang, ref, genre), [])
        if text not in groups[(lang, ref, genre)]:
            groups[(lang, ref, genre)].append(text)
    out = {}
    for (lang, ref, genre), texts in groups.items():
        tmp = tmp_path_factory.mktemp(f"{lang}-{genre}")
        for text, entries in zip(texts, _build(tmp, lang, ref, genre, texts), strict=True):
            out[(lang, ref, genre, text)] = entries
    return out


@pytest.mark.parametrize(("lang", "ref", "genre", "text", "expr", "value"), ALL,
                         ids=[f"{c[0]}-{c[2]}:{c[4]}" for c in ALL])  # fmt: skip
def test_through_the_cli(
    results: dict[tuple[str, ...], list[dict]],
    lang: str, ref: str, genre: str, text: str, expr: str, value: str,
) -> None:  # fmt: skip
    begin = text.index(expr)
    end = begin + len(expr)
    entries = results[(lang, ref, genre, text)]
    hits = [e for e in entries if e["char_start"] < end and e["char_end"] > begin]
    assert hits, f"{expr!r} not found in {text!r}"
    assert hits[0]["value"] == value, f"{expr!r}: {hits[0]['value']} ({hits[0]['anchor']})"


def test_dès_jeudi_is_one_day(tmp_path: Path) -> None:
    [entries] = _build(tmp_path, "fr", "2015-09-15", "auto",
                       ["Les inscriptions seront ouvertes dès jeudi."])  # fmt: skip
    [jeudi] = entries
    assert (jeudi["start"], jeudi["end"], jeudi["relation"]) == ("2015-09-17", "2015-09-17", None)


def test_genre_is_reported_with_how_it_was_decided(tmp_path: Path) -> None:
    path = tmp_path / "bio.txt"
    path.write_text(
        "Élisabeth Duval, née le 2 avril 1921 à Lille, est une résistante française. Arrêtée "
        "le 17 février 1944, elle est déportée le 6 juin.", encoding="utf-8",
    )  # fmt: skip
    auto = json.loads(run_cli("build", "-f", "json", "--lang", "fr", str(path)).stdout)
    [doc] = auto["documents"]
    assert doc["genre"] == "narrative" and "biography" in doc["genre_source"]
    assert {e["text"]: e["value"] for e in auto["entries"]}["le 6 juin"] == "1944-06-06"
    forced = run_cli("build", "-f", "json", "--genre", "news", str(path))
    assert json.loads(forced.stdout)["documents"][0]["genre_source"] == "option"


def test_genre_choices_are_in_help_and_checked() -> None:
    help_text = run_cli("build", "--help", env={"COLUMNS": "200"}).stdout.decode()
    assert "--genre" in help_text and "auto, news, narrative" in help_text
    bad = run_cli("build", "--genre", "poem", "samples/barrage-fr.txt")
    assert bad.returncode == 2 and not bad.stdout
    assert b"--genre" in bad.stderr and b"Traceback" not in bad.stderr


def test_weekday_that_contradicts_its_date_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "contradiction.txt"
    path.write_text("Le lundi 16 septembre 2015, la séance a été levée.", encoding="utf-8")
    result = run_cli("build", "-f", "jsonl", "--lang", "fr", "--ref-date", "2015-09-20", str(path))
    assert result.returncode == 0
    [entry] = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert entry["value"] == "2015-09-16"  # the date wins
    assert b"warning" in result.stderr and b"weekday" in result.stderr


def test_weekday_slip_in_a_range_keeps_the_year_and_names_the_days(tmp_path: Path) -> None:
    """Saturday 11 June 2016 written as a Friday: the range stays in June 2016 (a Friday 11
    June is five years away), one warning names both weekdays."""
    path = tmp_path / "slip.txt"
    path.write_text("Du lundi 6 au vendredi 11 juin, le festival occupera le parc.", "utf-8")
    result = run_cli("build", "-f", "jsonl", "--lang", "fr", "--ref-date", "2016-05-20", str(path))
    assert result.returncode == 0
    [entry] = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert (entry["start"], entry["end"]) == ("2016-06-06", "2016-06-11")
    assert b"(Friday) is not that of 2016-06-11 (a Saturday)" in result.stderr


def test_a_sentence_break_inside_a_date_is_no_break(tmp_path: Path) -> None:
    """ "p.m." then a capital reads as the end of a sentence; a date that runs on keeps its
    sentence whole, as the table shows it."""
    path = tmp_path / "recap.txt"
    path.write_text("The meeting began at 5:30 p.m. Tuesday, Dec. 3, 2019 inside room 219. "
                    "It ended late.", "utf-8")  # fmt: skip
    result = run_cli("build", "-f", "jsonl", "--lang", "en", str(path))
    [entry] = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert entry["text"] == "5:30 p.m. Tuesday, Dec. 3, 2019"
    assert (
        entry["sentence"] == "The meeting began at 5:30 p.m. Tuesday, Dec. 3, 2019 inside room 219."
    )


def test_a_dateline_state_does_not_end_the_sentence(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text("REDMOND, Wash. \u2014 The company said on July 30, 2024 that sales grew.",
                    "utf-8")  # fmt: skip
    result = run_cli("build", "-f", "jsonl", "--lang", "en", str(path))
    [entry] = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert entry["sentence"].startswith("REDMOND, Wash.") and entry["value"] == "2024-07-30"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_estimated_reference_from_past_and_future_years(tmp_path: Path, lang: str) -> None:
    """A whole year spoken of in the past is over, a year spoken of ahead is not past: the
    estimate is early in the later year, and "in December" is the December before it."""
    text = {
        "en": "The figure rose over the whole of 2012. It will fall in 2013, the agency said. "
        "It rose in December.",
        "fr": "Le chiffre a augmenté sur l'ensemble de 2012. Il baissera en 2013, selon "
        "l'agence. Il a augmenté en décembre.",
    }[lang]
    path = tmp_path / "estimate.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("build", "-f", "json", "--lang", lang, str(path))
    doc = json.loads(result.stdout)
    reference = doc["documents"][0]["reference_date"]
    assert doc["documents"][0]["reference_date_source"] == "estimated"
    assert reference.startswith("2013-0"), reference  # early 2013
    assert b"2012" in result.stderr  # the warning says how it was estimated
    values = {e["text"]: e["value"] for e in doc["entries"]}
    assert values["December" if lang == "en" else "décembre"] == "2012-12"


@pytest.mark.parametrize(
    ("lang", "text", "parts"),
    [
        ("fr", "Entre 2008 et 2012, la production a doublé.", [("2008", "2008"), ("2012", "2012")]),
        ("fr", "La période 1995-2001 a été marquée par une forte croissance.",
         [("1995", "1995"), ("2001", "2001")]),
        ("en", "Prices rose sharply between 2004 and 2007.", [("2004", "2004"), ("2007", "2007")]),
        ("en", "The fair ran from March 3 to March 5, 2016.",
         [("March 3", "2016-03-03"), ("March 5, 2016", "2016-03-05")]),
    ],
)  # fmt: skip
def test_a_joined_range_keeps_its_parts(
    tmp_path: Path, lang: str, text: str, parts: list[tuple[str, str]]
) -> None:
    [entries] = _build(tmp_path, lang, "2015-09-15", "auto", [text])
    [entry] = entries  # one timeline entry for the range
    assert [(p["text"], p["value"]) for p in entry["parts"]] == parts
    for p in entry["parts"]:
        assert text[p["char_start"] : p["char_end"]] == p["text"]
        assert p["type"] == "DATE"


def test_eval_parts_split_every_third_document_to_validation() -> None:
    folder = needs_shared(ROOT.parent / "shared" / "corpora" / "fr-timebank-1.1" / "Data")
    counts = {}
    for part in ("all", "dev", "validation"):
        result = run_cli("eval", "-f", "json", "--lang", "fr", "--part", part, str(folder))
        assert result.returncode == 0, result.stderr.decode()
        counts[part] = json.loads(result.stdout)["documents"]
    assert counts["dev"] + counts["validation"] == counts["all"]
    assert counts["validation"] == counts["all"] // 3
