"""The one case checker: every language's case tables (`languages/<code>/cases.py`) are run
here, over the registry of languages."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline_cli import build_timeline
from timeline_cli.languages import LANGUAGES, cases
from timeline_cli.model import Entry
from timeline_cli.schema import Case


def entries_over(case: Case, lang: str) -> list[Entry]:
    timeline = build_timeline(case.sentence, lang=lang, ref_date=dt.date.fromisoformat(case.ref))
    begin = case.sentence.index(case.expr)
    end = begin + len(case.expr)
    return [e for e in timeline.entries if e.char_start < end and e.char_end > begin]


def check_case(case: Case, lang: str) -> None:
    hits = entries_over(case, lang)
    assert hits, f"{case.expr!r} not found in {case.sentence!r}"
    e = hits[0]
    for field, want in (("type", case.type), ("value", case.value), ("start", case.start),
                        ("end", case.end)):  # fmt: skip
        got = getattr(e, field)
        if want == "-":
            assert got is None, f"{field}: want null, got {got} for {case.expr!r}"
        elif want:
            assert str(got) == want, f"{field}: want {want}, got {got} for {case.expr!r}"


def check_not_tagged(sentence: str, trap: str, lang: str) -> None:
    hits = entries_over(Case(sentence, trap), lang)
    assert not hits, f"{trap!r} was tagged in {sentence!r}: {[e.text for e in hits]}"


def _params(table: str) -> list[object]:
    found = []
    for code in LANGUAGES:
        for item in getattr(cases(code), table):
            words = item.expr if isinstance(item, Case) else item[1]
            found.append(pytest.param(code, item, id=f"{code}:{words}"))
    return found


@pytest.mark.parametrize(("lang", "case"), _params("cases"))
def test_case(lang: str, case: Case) -> None:
    check_case(case, lang)


@pytest.mark.parametrize(("lang", "trap"), _params("negative"))
def test_not_a_date(lang: str, trap: tuple[str, str]) -> None:
    check_not_tagged(*trap, lang)


@pytest.mark.parametrize(("lang", "extent"), _params("extents"))
def test_extent_is_exact(lang: str, extent: tuple[str, str]) -> None:
    sentence, words = extent
    hits = entries_over(Case(sentence, words), lang)
    assert [e.text for e in hits] == [words], sentence
