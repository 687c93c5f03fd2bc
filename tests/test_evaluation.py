"""Tests for the evaluation library: the TimeML reader and the TempEval-3 scorer."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from timeline_cli.evaluation import (
    GoldTimex,
    Scores,
    SystemTimex,
    TimeMLDocument,
    TimeMLError,
    find_timeml_files,
    match_timexes,
    read_timeml,
    same_value,
    score_corpus,
    score_document,
)

DATA = Path(__file__).resolve().parent / "data" / "timeml"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = SHARED / "corpora"


# --- reader -------------------------------------------------------------------------------------


def test_reads_french_timebank_style_file() -> None:
    doc = read_timeml(DATA / "fr_style.tml")
    assert doc.doc_id == "fr-exemple-01"
    assert doc.dct == datetime.date(2004, 3, 5)
    assert doc.text == (
        "\nÉlodie & Théo ont ouvert leur café mercredi, après deux mois de travaux.\n"
    )
    assert doc.gold == (
        GoldTimex(start=36, end=44, text="mercredi", type="DATE", value="2004-03-03"),
        GoldTimex(start=52, end=61, text="deux mois", type="DURATION", value="P2M"),
    )


def test_reads_tempeval3_style_file() -> None:
    doc = read_timeml(DATA / "te3_style.tml")
    assert doc.doc_id == "te3-example-01"
    assert doc.dct == datetime.date(2001, 10, 12)
    assert doc.text == (
        "\nThe ferry resumed service yesterday after three weeks, a first since the early 1990s.\n"
    )
    assert [(g.text, g.type, g.value) for g in doc.gold] == [
        ("yesterday", "DATE", "2001-10-11"),
        ("three weeks", "DURATION", "P3W"),
        ("the early 1990s", "DATE", "199X"),  # a SIGNAL nested inside the TIMEX3
    ]


@pytest.mark.parametrize("name", ["fr_style.tml", "te3_style.tml"])
def test_gold_offsets_point_into_text(name: str) -> None:
    doc = read_timeml(DATA / name)
    for timex in doc.gold:
        assert doc.text[timex.start : timex.end] == timex.text


def test_malformed_file_raises_one_line_error_naming_it() -> None:
    with pytest.raises(TimeMLError, match=r"malformed\.tml") as raised:
        read_timeml(DATA / "malformed.tml")
    assert "\n" not in str(raised.value)


def test_missing_text_element_raises(tmp_path: Path) -> None:
    path = tmp_path / "no_text.tml"
    path.write_text("<TimeML><DOCID>x</DOCID></TimeML>", encoding="utf-8")
    with pytest.raises(TimeMLError, match="no <TEXT>"):
        read_timeml(path)


def test_unreadable_file_raises(tmp_path: Path) -> None:
    with pytest.raises(TimeMLError, match=r"absent\.tml"):
        read_timeml(tmp_path / "absent.tml")


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "doc.tml"
    path.write_text(f"<TimeML>{body}<TEXT>Some words.</TEXT></TimeML>", encoding="utf-8")
    return path


def test_dct_falls_back_to_creation_time_timex(tmp_path: Path) -> None:
    body = '<META><TIMEX3 functionInDocument="CREATION_TIME" value="1998-02-13T14:26:00"/></META>'
    doc = read_timeml(_write(tmp_path, body))
    assert doc.dct == datetime.date(1998, 2, 13)
    assert doc.doc_id == "doc"  # no DOCID: the file stem
    assert doc.gold == ()


@pytest.mark.parametrize("value", ["PRESENT_REF", "1998-13-45", "1998-W05", ""])
def test_unusable_dct_value_is_none(tmp_path: Path, value: str) -> None:
    doc = read_timeml(_write(tmp_path, f'<DCT><TIMEX3 value="{value}"/></DCT>'))
    assert doc.dct is None


def test_no_dct_is_none(tmp_path: Path) -> None:
    assert read_timeml(_write(tmp_path, "")).dct is None


def test_find_timeml_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.tml", "a.tml", "sub/c.tml", "notes.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    given = tmp_path / "notes.txt"
    assert find_timeml_files([given, tmp_path]) == [
        given,
        tmp_path / "a.tml",
        tmp_path / "b.tml",
        tmp_path / "sub" / "c.tml",
    ]
    with pytest.raises(TimeMLError, match="nowhere"):
        find_timeml_files([tmp_path / "nowhere"])


# --- scorer -------------------------------------------------------------------------------------


def _find(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def _gold(text: str, phrase: str, type_: str = "DATE", value: str = "") -> GoldTimex:
    start, end = _find(text, phrase)
    return GoldTimex(start=start, end=end, text=phrase, type=type_, value=value)


def _system(text: str, phrase: str, type_: str = "DATE", value: str | None = "") -> SystemTimex:
    start, end = _find(text, phrase)
    return SystemTimex(start=start, end=end, text=phrase, type=type_, value=value)


def _doc(text: str, *gold: GoldTimex) -> TimeMLDocument:
    return TimeMLDocument(path=Path("x.tml"), doc_id="x", text=text, dct=None, gold=gold)


MIXED = "We met on Monday, stayed for three days, left in March 2001 and came back the next year."


def _mixed_case() -> tuple[TimeMLDocument, list[SystemTimex]]:
    doc = _doc(
        MIXED,
        _gold(MIXED, "Monday", "DATE", "2001-03-05"),
        _gold(MIXED, "three days", "DURATION", "P3D"),
        _gold(MIXED, "March 2001", "DATE", "2001-03"),
        _gold(MIXED, "the next year", "DATE", "2002"),
    )
    system = [
        _system(MIXED, "Monday", "DATE", "2001-03-05"),  # exact, right value
        _system(MIXED, "three days", "DURATION", "P3W"),  # exact, wrong value
        _system(MIXED, "March", "TIME", "2001-03"),  # overlap only, right value, wrong type
        _system(MIXED, "met", "DATE", "2001"),  # false alarm
        _system(MIXED, "came", "DATE", "2001"),  # false alarm
    ]
    return doc, system


def test_mixed_case_scores_computed_by_hand() -> None:
    # 4 gold, 5 system; strict matches 2, relaxed matches 3; "the next year" is missed.
    # strict:  P = 2/5 = 0.4, R = 2/4 = 0.5, F1 = 2 * 0.4 * 0.5 / 0.9 = 4/9
    # relaxed: P = 3/5 = 0.6, R = 3/4 = 0.75, F1 = 2 * 0.6 * 0.75 / 1.35 = 2/3
    # value accuracy = 2/3 ("three days" wrong), value F1 = 2/3 * 2/3 = 4/9
    # type accuracy = 2/3 ("March" typed TIME), type F1 = 4/9
    scores, _ = score_document(*_mixed_case())
    assert (scores.gold, scores.system) == (4, 5)
    assert (scores.strict_matches, scores.relaxed_matches) == (2, 3)
    assert scores.strict_precision == pytest.approx(0.4)
    assert scores.strict_recall == pytest.approx(0.5)
    assert scores.strict_f1 == pytest.approx(4 / 9)
    assert scores.relaxed_precision == pytest.approx(0.6)
    assert scores.relaxed_recall == pytest.approx(0.75)
    assert scores.relaxed_f1 == pytest.approx(2 / 3)
    assert scores.value_accuracy == pytest.approx(2 / 3)
    assert scores.value_f1 == pytest.approx(4 / 9)
    assert scores.type_accuracy == pytest.approx(2 / 3)


def test_mixed_case_errors() -> None:
    _, errors = score_document(*_mixed_case())
    found = [
        (e.kind, e.gold.text if e.gold else None, e.system.text if e.system else None)
        for e in errors
    ]
    assert found == [
        ("false_alarm", None, "met"),
        ("wrong_value", "three days", "three days"),
        ("wrong_extent", "March 2001", "March"),
        ("false_alarm", None, "came"),
        ("miss", "the next year", None),
    ]


def test_to_dict_has_exactly_the_documented_keys() -> None:
    scores, _ = score_corpus([_mixed_case()])
    assert scores.to_dict() == {
        "documents": 1,
        "gold": 4,
        "system": 5,
        "strict": {"precision": 0.4, "recall": 0.5, "f1": pytest.approx(4 / 9)},
        "relaxed": {"precision": 0.6, "recall": 0.75, "f1": pytest.approx(2 / 3)},
        "type_accuracy": pytest.approx(2 / 3),
        "value_accuracy": pytest.approx(2 / 3),
        "value_f1": pytest.approx(4 / 9),
    }


def test_two_system_spans_on_one_gold_count_once() -> None:
    text = "See you the next year then."
    doc = _doc(text, _gold(text, "the next year", value="2002"))
    system = [_system(text, "the next", value="2002"), _system(text, "next year", value="2002")]
    scores, errors = score_document(doc, system)
    # relaxed: P = 1/2, R = 1/1; the larger overlap ("next year", 9 chars) is the match
    assert scores.relaxed_matches == 1
    assert scores.relaxed_precision == 0.5
    assert scores.relaxed_recall == 1.0
    assert [(e.kind, e.system.text if e.system else None) for e in errors] == [
        ("false_alarm", "the next"),
        ("wrong_extent", "next year"),
    ]


def test_exact_extent_wins_over_an_earlier_equal_overlap() -> None:
    text = "Left in March 2001 and back."
    doc = _doc(text, _gold(text, "March 2001"))
    system = [_system(text, "in March 2001 and"), _system(text, "March 2001")]
    scores, _ = score_document(doc, system)
    assert (scores.strict_matches, scores.relaxed_matches) == (1, 1)


def test_equal_overlaps_are_broken_by_position() -> None:
    text = "ab cd"
    doc = _doc(text, _gold(text, "ab cd"))
    pairs = match_timexes(doc.gold, [_system(text, "cd"), _system(text, "ab")])
    assert [system.text for _, system in pairs] == ["ab"]


def test_one_gold_per_system_span() -> None:
    text = "From Monday to Friday."
    doc = _doc(text, _gold(text, "Monday"), _gold(text, "Friday"))
    scores, _ = score_document(doc, [_system(text, "Monday to Friday")])
    assert (scores.relaxed_matches, scores.relaxed_precision, scores.relaxed_recall) == (
        1,
        1.0,
        0.5,
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("196X", "196", True),
        ("19XX", "19", True),
        ("196x", "196", True),
        (" 2001-03 ", "2001-03", True),
        ("xxxx-su", "XXXX-SU", True),
        (None, None, True),
        (None, "", True),
        (None, "2001", False),
        ("196X", "1960", False),
        ("XXXX", "", False),
        ("2001-03", "2001-04", False),
    ],
)
def test_same_value(a: str | None, b: str | None, same: bool) -> None:
    assert same_value(a, b) is same
    assert same_value(b, a) is same


def test_decade_value_equivalence_counts_as_correct() -> None:
    text = "Born in the 1960s."
    doc = _doc(text, _gold(text, "the 1960s", value="196X"))
    scores, errors = score_document(doc, [_system(text, "the 1960s", value="196")])
    assert scores.value_correct == 1
    assert errors == []


def test_no_system_timexes() -> None:
    text = "On Monday."
    scores, errors = score_document(_doc(text, _gold(text, "Monday")), [])
    assert (scores.strict_precision, scores.strict_recall, scores.strict_f1) == (0.0, 0.0, 0.0)
    assert (scores.value_accuracy, scores.value_f1) == (0.0, 0.0)
    assert [e.kind for e in errors] == ["miss"]


def test_no_gold_timexes() -> None:
    text = "On Monday."
    scores, errors = score_document(_doc(text), [_system(text, "Monday")])
    assert (scores.relaxed_precision, scores.relaxed_recall, scores.relaxed_f1) == (0.0, 0.0, 0.0)
    assert [e.kind for e in errors] == ["false_alarm"]


def test_empty_corpus() -> None:
    scores, errors = score_corpus([])
    assert scores == Scores()
    assert scores.to_dict()["strict"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert errors == []


def test_corpus_scores_sum_document_counts() -> None:
    first = "On Monday."
    second = "In May, then June."
    results = [
        (_doc(first, _gold(first, "Monday")), [_system(first, "Monday")]),
        (_doc(second, _gold(second, "May"), _gold(second, "June")), [_system(second, "May")]),
    ]
    scores, _ = score_corpus(results)
    assert (scores.documents, scores.gold, scores.system, scores.strict_matches) == (2, 3, 2, 2)
    assert scores.strict_recall == pytest.approx(2 / 3)  # micro average, not a mean of documents


def test_error_context_brackets_the_expression() -> None:
    text = "x" * 60 + " seen on\nMonday the fifth " + "y" * 60
    _, errors = score_document(_doc(text, _gold(text, "Monday")), [])
    context = errors[0].context
    assert "on [Monday] the" in context
    assert context.startswith("...") and context.endswith("...")
    assert "\n" not in context


def test_short_context_has_no_ellipsis() -> None:
    text = "Seen on\nMonday."
    _, errors = score_document(_doc(text, _gold(text, "Monday")), [])
    assert errors[0].context == "Seen on [Monday]."


# --- real corpora (read only, outside the project) ----------------------------------------------

REAL_CORPORA = [
    # (folder, documents, gold TIMEX3 in <TEXT>, i.e. not counting the DCT)
    ("fr-timebank-1.1/Data", 72, 252),
    ("tbaq-cleaned/TimeBank", 183, 1243),
    ("tbaq-cleaned/AQUAINT", 73, 579),
]


@pytest.mark.skipif(not CORPORA.is_dir(), reason=f"shared corpora not found at {CORPORA}")
@pytest.mark.parametrize(("folder", "documents", "gold"), REAL_CORPORA)
def test_real_corpus_reads_cleanly(folder: str, documents: int, gold: int) -> None:
    docs = [read_timeml(path) for path in find_timeml_files([CORPORA / folder])]
    assert len(docs) == documents
    assert sum(len(doc.gold) for doc in docs) == gold
    assert all(doc.dct is not None for doc in docs)
    for doc in docs:
        for timex in doc.gold:
            assert doc.text[timex.start : timex.end] == timex.text, (doc.path, timex)
    perfect, errors = score_corpus((doc, _as_system(doc.gold)) for doc in docs)
    assert (perfect.strict_f1, perfect.value_f1, errors) == (1.0, 1.0, [])


def _as_system(gold: tuple[GoldTimex, ...]) -> list[SystemTimex]:
    return [SystemTimex(g.start, g.end, g.text, g.type, g.value) for g in gold]


def test_equivalent_value_spellings() -> None:
    from timeline_cli.evaluation.scoring import same_value

    assert same_value("2000-W7", "2000-W07")
    assert same_value("1949-XX", "1949")
    assert not same_value("2000-W17", "2000-W07")
    assert not same_value("1949-01", "1949")


def test_matching_by_sorted_offsets_is_the_all_pairs_matching() -> None:
    """The linear matcher pairs exactly as comparing every gold with every system span."""
    import random

    from timeline_cli.evaluation.scoring import SystemTimex, _overlap, match_timexes
    from timeline_cli.evaluation.timeml import GoldTimex

    def all_pairs(gold: list[GoldTimex], system: list[SystemTimex]) -> list[tuple[int, int]]:
        candidates = sorted(
            (g.start != s.start or g.end != s.end, -_overlap(g, s), g.start, s.start, gi, si)
            for gi, g in enumerate(gold)
            for si, s in enumerate(system)
            if (g.start, g.end) == (s.start, s.end) or _overlap(g, s) > 0
        )
        used_g: set[int] = set()
        used_s: set[int] = set()
        pairs = []
        for *_, gi, si in candidates:
            if gi not in used_g and si not in used_s:
                used_g.add(gi)
                used_s.add(si)
                pairs.append((gi, si))
        return sorted(pairs, key=lambda p: (gold[p[0]].start, gold[p[0]].end))

    rng = random.Random(7)
    for _ in range(300):
        spans = [(a, a + rng.randint(0, 12)) for a in (rng.randint(0, 200) for _ in range(15))]
        gold = [GoldTimex(a, b, "", "DATE", "X") for a, b in spans[: rng.randint(0, 15)]]
        system = [SystemTimex(a, b, "", "DATE", "X") for a, b in
                  ((a + rng.randint(-3, 3), b + rng.randint(-3, 3)) for a, b in spans)]  # fmt: skip
        want = [(gold[g], system[s]) for g, s in all_pairs(gold, system)]
        assert match_timexes(gold, system) == want
