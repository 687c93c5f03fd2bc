"""Categories read on whole paragraphs of our own, through `timeline build` as a user runs it:
lists of days that share a month, decades in words, the estimated reference date of a
biography."""

from __future__ import annotations

import json
from typing import Any

import pytest

from .conftest import run_cli


def build(lang: str, text: str, *options: str) -> dict[str, Any]:
    result = run_cli("build", "-f", "json", "--lang", lang, *options, "-", stdin=text.encode())
    assert result.returncode == 0, result.stderr.decode()
    found: dict[str, Any] = json.loads(result.stdout)
    return found


def dated(lang: str, text: str, *options: str) -> list[tuple[str, str | None, str | None]]:
    """(text, value, start) of each entry, in textual order."""
    entries = sorted(build(lang, text, *options)["entries"], key=lambda e: e["char_start"])
    return [(e["text"], e["value"], e["start"]) for e in entries]


LIST_FR = (
    "Le festival de jazz de Montreuil revient cet hiver. Les concerts auront lieu les 16, 17 "
    "et 18 décembre à la salle des fêtes, et les ateliers pour enfants du 2, 9 et 16 décembre. "
    "En 2014, les 3 et 10 mars, deux soirées avaient déjà affiché complet. Les places coûtent "
    "12, 14 et 16 euros."
)
LIST_EN = (
    "The city council will hold public hearings on the budget on October 6, 13 and 20, the "
    "mayor's office said on Monday. Earlier sessions, on 3, 5 and 7 March, drew small crowds. "
    "Tickets for the concerts of the 14th and 21st of November cost 12, 15 and 20 dollars."
)


def test_a_list_of_days_is_one_entry_per_day_in_french() -> None:
    found = dated("fr", LIST_FR, "--ref-date", "2015-09-15")
    assert found == [
        ("cet hiver", "2015-WI", "2015-12-01"),
        ("les 16", "2015-12-16", "2015-12-16"),
        ("17", "2015-12-17", "2015-12-17"),
        ("18 décembre", "2015-12-18", "2015-12-18"),
        ("2", "2015-12-02", "2015-12-02"),
        ("9", "2015-12-09", "2015-12-09"),
        ("16 décembre", "2015-12-16", "2015-12-16"),
        ("2014", "2014", "2014-01-01"),
        ("les 3", "2014-03-03", "2014-03-03"),  # the year of the story, as for its last day
        ("10 mars", "2014-03-10", "2014-03-10"),
    ]  # and no date in "12, 14 et 16 euros"


def test_a_list_of_days_is_one_entry_per_day_in_english() -> None:
    found = dated("en", LIST_EN, "--ref-date", "2015-09-15")
    assert found == [
        ("October 6", "2015-10-06", "2015-10-06"),
        ("13", "2015-10-13", "2015-10-13"),
        ("20", "2015-10-20", "2015-10-20"),
        ("Monday", "2015-09-14", "2015-09-14"),
        ("3", "2015-03-03", "2015-03-03"),
        ("5", "2015-03-05", "2015-03-05"),
        ("7 March", "2015-03-07", "2015-03-07"),
        ("the 14th", "2015-11-14", "2015-11-14"),
        ("21st of November", "2015-11-21", "2015-11-21"),
    ]  # and no date in "12, 15 and 20 dollars"


def test_two_days_in_a_row_stay_one_span_with_two_parts() -> None:
    entries = build("fr", "Les 26 et 27 juin 2015, le Conseil s'est réuni.")["entries"]
    assert [(e["start"], e["end"], e["relation"]) for e in entries] == [
        ("2015-06-26", "2015-06-27", "range")
    ]
    assert [(p["text"], p["value"]) for p in entries[0]["parts"]] == [
        ("Les 26", "2015-06-26"),
        ("27 juin 2015", "2015-06-27"),
    ]


DECADES_FR = (
    "La chanteuse a connu le succès dans les années quatre-vingt. Au début des années "
    "quatre-vingt-dix, elle s'installe à Paris. Elle a passé ses années trente en tournée : "
    "quatre-vingts concerts dans l'année."
)
DECADES_EN = (
    "The singer found fame in the eighties and moved to London in the early nineties. A woman "
    "in her forties now, she still tours, and says temperatures on stage climb into the nineties."
)


def test_decades_in_words_in_french() -> None:
    found = [(t, v, s) for t, v, s in dated("fr", DECADES_FR, "--ref-date", "2015-09-15")]
    assert found == [
        ("années quatre-vingt", "198", "1980-01-01"),
        ("début des années quatre-vingt-dix", "199", "1990-01-01"),
    ]  # "ses années trente" is a time of her life, "quatre-vingts concerts" a count


def test_decades_in_words_in_english() -> None:
    entries = build("en", DECADES_EN, "--ref-date", "2015-09-15")["entries"]
    decades = sorted((e["char_start"], e["text"], e["value"], e["end"]) for e in entries
                     if e["granularity"] == "decade")  # fmt: skip
    assert [d[1:] for d in decades] == [
        ("the eighties", "198", "1989-12-31"),
        ("the early nineties", "199", "1993-12-31"),
    ]  # "in her forties" is an age, "into the nineties" a temperature


def estimate(lang: str, text: str) -> tuple[str, str]:
    result = run_cli("build", "-f", "json", "--lang", lang, "-", stdin=text.encode())
    assert result.returncode == 0, result.stderr.decode()
    [doc] = json.loads(result.stdout)["documents"]
    assert doc["reference_date_source"] == "estimated"
    assert b"estimated" in result.stderr  # and the warning says so
    return doc["reference_date"], doc["reference_date_detail"]


BIOGRAPHY = {
    "en": "Marie Lenoir was born on 1 April 1873 in Rouen. She studied piano in Paris and gave "
    "her first recital in 1891. In 1902 she died of tuberculosis, aged 29.",
    "fr": "Marie Lenoir est née le 1er avril 1873 à Rouen. Elle a étudié le piano à Paris et a "
    "donné son premier récital en 1891. Elle est morte en 1902 de la tuberculose.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_biography_is_read_after_the_latest_year_it_tells(lang: str) -> None:
    """A year spoken of in the past that is later than the most precise date (the day of the
    birth) wins: the biography is read after 1902, not in April 1873."""
    day, detail = estimate(lang, BIOGRAPHY[lang])
    assert day == "1903-01-01", (day, detail)
    assert "1902" in detail


NEWS = {
    "en": "On March 3, 2009, the board met in Boston. Sales fell in 2009 and rose in 2008, it "
    "said.",
    "fr": "Le 3 mars 2009, le conseil s'est réuni à Lyon. Les ventes ont baissé en 2009 et "
    "augmenté en 2008, a-t-il indiqué.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_year_no_later_than_the_precise_date_leaves_it(lang: str) -> None:
    """A past year of the same year as the day (or earlier) does not move the estimate: the
    day is the more precise."""
    day, detail = estimate(lang, NEWS[lang])
    assert day == "2009-03-03", (day, detail)
