"""Table-driven cases: a sentence, the expression expected in it and what it resolves to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline_cli import build_timeline
from timeline_cli.model import Entry


@dataclass(frozen=True, slots=True)
class Case:
    """`expr` must be tagged in `sentence` (an overlapping entry); empty fields are not checked,
    "-" means null. The reference date is 2015-09-15 (a Tuesday) unless `ref` says otherwise."""

    sentence: str
    expr: str
    type: str = ""
    value: str = ""
    start: str = ""
    end: str = ""
    ref: str = "2015-09-15"


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
