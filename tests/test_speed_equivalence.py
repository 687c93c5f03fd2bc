"""The fast paths find exactly what the straightforward ones find.

- the prefilter (`prefilter.Prefilter`) against every rule's own `finditer` over the text;
- the vocabulary alternations factored as a trie against the plain longest-first alternation;
- the overlap selection with bisect against the quadratic scan it replaced;
- the remembered interpretations and resolutions against computing each one afresh;
- a big input read and processed block by block against the whole text at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_cli import build_timeline, grammar, patterns, pipeline
from timeline_cli.evaluation.timeml import read_timeml
from timeline_cli.grammar import Grammar, _Candidate, _candidate
from timeline_cli.labels import label
from timeline_cli.languages import resource
from timeline_cli.model import Move
from timeline_cli.pipeline import stream_timeline
from timeline_cli.prefilter import Prefilter
from timeline_cli.reading import open_input
from timeline_cli.resolve import resolve, resolve_ends

from .conftest import ADVERSARIAL_KINDS, REF, ROOT, SEED, SHARED, adversarial_text, needs_shared

CORPORA = SHARED / "corpora"


def _corpus(folder: Path, limit: int) -> str:
    texts, size = [], 0
    for path in sorted(needs_shared(folder).glob("*.tml")):
        texts.append(read_timeml(path).text)
        size += len(texts[-1])
        if size > limit:
            break
    return "\n\n".join(texts)


def _texts() -> Iterator[tuple[str, str, str]]:
    """(name, language, text) of the samples and, when ../shared is here, the seed and a part
    of each TimeML corpus."""
    yield "barrage", "fr", (ROOT / "samples" / "barrage-fr.txt").read_text(encoding="utf-8")
    yield "harbour", "en", (ROOT / "samples" / "harbour-en.txt").read_text(encoding="utf-8")
    yield "adversarial-fr", "fr", adversarial_text(60_000)
    yield "adversarial-en", "en", adversarial_text(60_000)
    if SHARED.exists():
        yield "seed", "fr", SEED.read_text(encoding="utf-8")
        yield "fr-timebank", "fr", _corpus(CORPORA / "fr-timebank-1.1" / "Data", 60_000)
        yield "timebank", "en", _corpus(CORPORA / "tbaq-cleaned" / "TimeBank", 80_000)
        yield "aquaint", "en", _corpus(CORPORA / "tbaq-cleaned" / "AQUAINT", 80_000)


TEXTS = list(_texts())
GRAMMARS = {code: Grammar(resource(code)) for code in ("fr", "en")}
PREFILTERS = {code: Prefilter([r.regex for r in g.rules]) for code, g in GRAMMARS.items()}


def _found(candidates: list[_Candidate]) -> list[tuple[object, ...]]:
    return sorted((c.start, c.end, c.priority, c.match.groups()) for c in candidates)


def _prefiltered(code: str, text: str) -> list[tuple[object, ...]]:
    rules = GRAMMARS[code].rules
    return _found([_candidate(m, rules[i]) for i, m in PREFILTERS[code].matches(text)])


@pytest.mark.parametrize(("name", "code", "text"), TEXTS, ids=[t[0] for t in TEXTS])
def test_prefilter_finds_what_every_rule_finds(name: str, code: str, text: str) -> None:
    assert _prefiltered(code, text) == _found(GRAMMARS[code]._candidates_in_full(text))


# words, numbers, dates, punctuation and Unicode: what rules start on, and what they trip on
_WORDS = (
    "le la les l' de du en à depuis il y a dans ans mois jours semaines plus tard tôt "
    "lundi mardi mars Mars mai août début fin mi- année années siècle XXe hier demain "
    "the in on of ago later last next May March Monday early late mid the 1990s "
    "1 3 12 31 2014 1998 15h30 2014-07-03 12/05/2013 5-7 1914-18 av. J.-C. "
    ", . ; : - – / ' ’ « » ( ) \n \n\n  é É ß ſ K İ 🙂 \u00a0 \u200b"
)
_PIECES = st.sampled_from(_WORDS.split(" "))
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=40).map(" ".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, code=st.sampled_from(["fr", "en"]))
def test_prefilter_on_generated_text(text: str, code: str) -> None:
    assert _prefiltered(code, text) == _found(GRAMMARS[code]._candidates_in_full(text))


def test_word_trie_matches_like_the_plain_alternation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "_words_trie", lambda words, variants: None)
    plain = {code: Grammar(resource(code)) for code in ("fr", "en")}
    monkeypatch.undo()
    for code, g in plain.items():
        pairs = zip(g.rules, GRAMMARS[code].rules, strict=True)
        assert any(a.regex.pattern != b.regex.pattern for a, b in pairs)  # the trie is in use
    for name, code, text in TEXTS:
        trie = _found(GRAMMARS[code]._candidates(text))
        assert trie == _found(plain[code]._candidates(text)), name


def test_word_trie_shape() -> None:
    pattern = patterns.words_pattern(["an", "ans", "année", "aujourd'hui", "au début de"])
    assert pattern == (
        r"(?<!\w)(?:a(?:n(?:(?:née|s))?|u(?:[\s-]+début[\s-]+de|jourd['’]hui)))(?!\w)"
    )
    # case variants side by side would change the order of preference: plain alternation
    assert patterns.words_pattern(["May", "MAY"]) == r"(?<!\w)(?:MAY|May)(?!\w)"
    # several first letters: a look-ahead rejects a place that begins with none of them
    pattern = patterns.words_pattern(["deux", "trois", "quatre"])
    assert pattern == r"(?<!\w)(?=[dqt])(?:(?:deux|quatre|trois))(?!\w)"
    found = re.compile(pattern, re.IGNORECASE)
    assert [m.group() for m in found.finditer("2 deux, TROIS. Quatre-Quatorze 3")] == [
        "deux", "TROIS", "Quatre"]  # fmt: skip


def _select_quadratic(candidates: list[_Candidate]) -> list[_Candidate]:
    candidates = sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in candidates:
        if all(c.end <= s or c.start >= e for s, e in taken):
            taken.append((c.start, c.end))
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


@pytest.mark.parametrize(("name", "code", "text"), TEXTS, ids=[t[0] for t in TEXTS])
def test_selection_is_the_quadratic_one(name: str, code: str, text: str) -> None:
    candidates = GRAMMARS[code]._candidates(text)
    assert Grammar._select(list(candidates)) == _select_quadratic(candidates)


def _entries(text: str, code: str) -> list[tuple[object, ...]]:
    timeline = build_timeline(text, lang=code, ref_date=REF)
    return [dataclasses.astuple(e) for e in timeline.entries]


def test_remembering_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    remembered = {name: _entries(text, code) for name, code, text in TEXTS}
    again = {name: _entries(text, code) for name, code, text in TEXTS}  # from the caches
    monkeypatch.setattr(pipeline, "_resolved", _fresh)
    monkeypatch.setattr(Grammar, "_frames", _fresh_frames)
    fresh = {name: _entries(text, code) for name, code, text in TEXTS}
    assert remembered == again == fresh


def _fresh(m: object, ctx: object, language: str) -> tuple[object, str, object, object]:
    res = resolve(m, ctx)  # type: ignore[arg-type]
    ends = resolve_ends(m, ctx)  # type: ignore[arg-type]
    move = Move.of(m.frame)  # type: ignore[attr-defined]
    return res, label(res, m.relation, language, move), ends, move  # type: ignore[attr-defined]


def _fresh_frames(self: Grammar, rule: object, match: re.Match[str]) -> object:
    return grammar.frames_from_groups(match.groupdict(), rule.rule, self.vocabulary)  # type: ignore[attr-defined]


def test_blocks_give_the_entries_of_the_whole_text(tmp_path: Path) -> None:
    sample = (ROOT / "samples" / "barrage-fr.txt").read_text(encoding="utf-8")
    text = "\n\n".join([sample] * 12)
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    document = open_input(str(path), stream_above=0)
    assert document.text is None
    blocks = list(document.blocks(size=3000))
    assert len(blocks) > 3 and "".join(blocks) == text
    streamed = [
        e for t in stream_timeline(iter(blocks), lang="fr", ref_date=REF) for e in t.entries
    ]
    whole = build_timeline(text, lang="fr", ref_date=REF).entries
    assert sorted(streamed, key=lambda e: e.char_start) == sorted(whole, key=lambda e: e.char_start)
    for e in streamed:
        assert text[e.char_start : e.char_end] == e.text


def test_blocks_are_cut_at_breaks() -> None:
    from timeline_cli.reading import cut

    assert cut("a" * 60 + "\n\n" + "b" * 60, 100) == 62
    assert cut("a" * 60 + "\n" + "b" * 60, 100) == 61
    assert cut("a" * 60 + ". " + "b" * 60, 100) == 62
    assert cut("a" * 60 + " " + "b" * 60, 100) == 61
    assert cut("a" * 300, 100) == 100  # no break at all: a hard cut
    assert cut("a\n\n" + "b" * 300, 100) == 100  # a break too early is not taken


def test_the_reference_is_taken_once_for_a_streamed_text() -> None:
    blocks = ["Publié le 15/09/2015.\n\nIl y a trois ans, le barrage.\n\n", "Hier, la crue.\n"]
    timelines = list(stream_timeline(iter(blocks), lang="fr"))
    assert {t.document.reference.date for t in timelines} == {dt.date(2015, 9, 15)}
    entries = [e for t in timelines for e in t.entries]
    assert [(e.text, e.value) for e in entries if e.text == "Hier"] == [("Hier", "2015-09-14")]
    hier = next(e for e in entries if e.text == "Hier")
    assert "".join(blocks)[hier.char_start : hier.char_end] == "Hier"


def test_a_rule_that_begins_with_another_is_not_tried_where_that_one_fails() -> None:
    rules = GRAMMARS["en"].rules
    needs = patterns.rules_needed([r.regex for r in rules])
    pairs = {(rules[b].rule.name, rules[a].rule.name) for b, a in enumerate(needs) if a >= 0}
    assert ("day month year", "day of month") in pairs  # "5 March 2015" begins with "5 March"
    for name, code, text in [*TEXTS, *DENSE]:  # and it finds what every rule finds
        rules = GRAMMARS[code].rules
        prefilter = Prefilter(
            [r.regex for r in rules], needs=patterns.rules_needed([r.regex for r in rules])
        )
        found = [_candidate(m, rules[i]) for i, m in prefilter.matches(text)]
        assert _found(found) == _found(GRAMMARS[code]._candidates_in_full(text)), name


DENSE = [
    (f"{kind}-{code}", code, adversarial_text(30_000, kind) + " 3 ans plus tard, 2 jours plus tôt")
    for kind in ADVERSARIAL_KINDS
    for code in ("fr", "en")
]


_CUE_GUARD_END = r"(?:(?<!\w)|(?!\w))(?:"


@pytest.mark.parametrize("scanner", ["tense_cues", "genre_cues"])
def test_cue_scanners_find_what_their_plain_patterns_find(scanner: str) -> None:
    """The verb and genre cues are read with a guard that skips the inside of words: on every
    text, in every language, it finds the same cues as the pattern without it."""
    cues = 0
    for _name, code, text in TEXTS:
        guarded = getattr(grammar.grammar_for(code), scanner)
        _guard, found, plain = guarded.pattern.partition(_CUE_GUARD_END)
        assert found, f"{code} {scanner} has no guard"
        unguarded = re.compile(plain[:-1], guarded.flags)
        expected = [(m.span(), m.lastgroup) for m in unguarded.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in guarded.finditer(text)] == expected
        cues += len(expected)
    assert cues > 100
