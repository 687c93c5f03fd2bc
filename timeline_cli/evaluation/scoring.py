"""Score system timexes against TimeML gold the TempEval-3 way (UzZaman et al. 2013, §4.1)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from timeline_cli.evaluation.timeml import GoldTimex, TimeMLDocument

ErrorKind = Literal["miss", "false_alarm", "wrong_value", "wrong_extent"]

_CONTEXT_CHARS = 40
_OPEN_DIGITS = re.compile(r"(\d+)X+")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class SystemTimex:
    """A timex proposed by the system under evaluation; offsets as in GoldTimex."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(frozen=True, slots=True)
class EvalError:
    """One disagreement between gold and system, with the surrounding text for reading."""

    kind: ErrorKind
    doc: str
    gold: GoldTimex | None
    system: SystemTimex | None
    context: str


@dataclass(frozen=True, slots=True)
class Scores:
    """Match counts over one or more documents, and the TempEval-3 measures derived from them."""

    documents: int = 0
    gold: int = 0
    system: int = 0
    strict_matches: int = 0
    relaxed_matches: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            documents=self.documents + other.documents,
            gold=self.gold + other.gold,
            system=self.system + other.system,
            strict_matches=self.strict_matches + other.strict_matches,
            relaxed_matches=self.relaxed_matches + other.relaxed_matches,
            type_correct=self.type_correct + other.type_correct,
            value_correct=self.value_correct + other.value_correct,
        )

    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict_matches, self.system)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict_matches, self.gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed_matches, self.system)

    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed_matches, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_correct, self.relaxed_matches)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_correct, self.relaxed_matches)

    @property
    def value_f1(self) -> float:
        return self.relaxed_f1 * self.value_accuracy

    def to_dict(self) -> dict[str, object]:
        """Counts and measures (fractions between 0 and 1) as plain JSON-ready values."""
        return {
            "documents": self.documents,
            "gold": self.gold,
            "system": self.system,
            "strict": _prf(self.strict_precision, self.strict_recall, self.strict_f1),
            "relaxed": _prf(self.relaxed_precision, self.relaxed_recall, self.relaxed_f1),
            "type_accuracy": self.type_accuracy,
            "value_accuracy": self.value_accuracy,
            "value_f1": self.value_f1,
        }


def same_value(a: str | None, b: str | None) -> bool:
    """True when two TIMEX3 values are equal after canonicalisation (196X == 196)."""
    return _canonical_value(a) == _canonical_value(b)


def match_timexes(
    gold: Sequence[GoldTimex], system: Sequence[SystemTimex]
) -> list[tuple[GoldTimex, SystemTimex]]:
    """Pair gold and system timexes one-to-one: exact extents first, then by largest overlap.
    Each system timex is compared only with the gold ones near it (sorted by offset), so a
    20 MB corpus is not scored in quadratic time."""
    order = sorted(range(len(gold)), key=lambda gi: gold[gi].start)
    starts = [gold[gi].start for gi in order]
    longest = max((g.end - g.start for g in gold), default=0)
    candidates = []
    for si, s in enumerate(system):
        lo = bisect.bisect_left(starts, s.start - longest)
        for gi in order[lo : bisect.bisect_right(starts, s.end)]:
            g = gold[gi]
            if (g.start, g.end) == (s.start, s.end) or _overlap(g, s) > 0:
                key = (g.start != s.start or g.end != s.end, -_overlap(g, s), g.start, s.start)
                candidates.append((*key, gi, si))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[GoldTimex, SystemTimex]] = []
    for *_, gi, si in sorted(candidates):
        if gi not in used_gold and si not in used_system:
            used_gold.add(gi)
            used_system.add(si)
            pairs.append((gold[gi], system[si]))
    return sorted(pairs, key=lambda pair: (pair[0].start, pair[0].end))


def score_document(
    doc: TimeMLDocument, system: Sequence[SystemTimex]
) -> tuple[Scores, list[EvalError]]:
    """Score one document; the Scores count it as one document."""
    pairs = match_timexes(doc.gold, system)
    scores = Scores(
        documents=1,
        gold=len(doc.gold),
        system=len(system),
        strict_matches=sum(_is_exact(g, s) for g, s in pairs),
        relaxed_matches=len(pairs),
        type_correct=sum(_same_type(g.type, s.type) for g, s in pairs),
        value_correct=sum(same_value(g.value, s.value) for g, s in pairs),
    )
    return scores, _errors(doc, system, pairs)


def score_corpus(
    results: Iterable[tuple[TimeMLDocument, Sequence[SystemTimex]]],
) -> tuple[Scores, list[EvalError]]:
    """Micro-average over documents: sum the counts of every document, then derive measures."""
    total = Scores()
    errors: list[EvalError] = []
    for doc, system in results:
        scores, doc_errors = score_document(doc, system)
        total += scores
        errors.extend(doc_errors)
    return total, errors


def _errors(
    doc: TimeMLDocument,
    system: Sequence[SystemTimex],
    pairs: Sequence[tuple[GoldTimex, SystemTimex]],
) -> list[EvalError]:
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    errors = [_error("miss", doc, g, None) for g in doc.gold if id(g) not in matched_gold]
    errors += [_error("false_alarm", doc, None, s) for s in system if id(s) not in matched_system]
    for g, s in pairs:
        if not _is_exact(g, s):
            errors.append(_error("wrong_extent", doc, g, s))
        if not same_value(g.value, s.value):
            errors.append(_error("wrong_value", doc, g, s))
    return sorted(errors, key=_error_position)


def _error(
    kind: ErrorKind, doc: TimeMLDocument, gold: GoldTimex | None, system: SystemTimex | None
) -> EvalError:
    span = gold or system
    assert span is not None
    context = _context(doc.text, span.start, span.end)
    return EvalError(kind=kind, doc=doc.doc_id, gold=gold, system=system, context=context)


def _error_position(error: EvalError) -> tuple[int, int]:
    span = error.gold or error.system
    return (span.start, span.end) if span is not None else (0, 0)


def _context(text: str, start: int, end: int) -> str:
    """The span in brackets with up to _CONTEXT_CHARS characters either side, on one line."""
    left = max(0, start - _CONTEXT_CHARS)
    right = min(len(text), end + _CONTEXT_CHARS)
    before = ("..." if left > 0 else "") + text[left:start]
    after = text[end:right] + ("..." if right < len(text) else "")
    return _WHITESPACE.sub(" ", f"{before}[{text[start:end]}]{after}").strip()


def _canonical_value(value: str | None) -> str:
    """One spelling per value: "196X" is "196", "2000-W7" is "2000-W07", "1949-XX" is "1949"."""
    canonical = (value or "").strip().upper()
    canonical = _SHORT_WEEK.sub(r"\1-W0\2", canonical)
    canonical = _UNSPECIFIED_TAIL.sub("", canonical)
    open_digits = _OPEN_DIGITS.fullmatch(canonical)
    return open_digits.group(1) if open_digits else canonical


_SHORT_WEEK = re.compile(r"^(\d{4})-W(\d)(?!\d)")
_UNSPECIFIED_TAIL = re.compile(r"(?<=^\d{4})(?:-XX)+$")


def _same_type(a: str, b: str) -> bool:
    return a.strip().upper() == b.strip().upper()


def _is_exact(gold: GoldTimex, system: SystemTimex) -> bool:
    return (gold.start, gold.end) == (system.start, system.end)


def _overlap(gold: GoldTimex, system: SystemTimex) -> int:
    return max(0, min(gold.end, system.end) - max(gold.start, system.start))


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def _prf(precision: float, recall: float, f1: float) -> dict[str, float]:
    return {"precision": precision, "recall": recall, "f1": f1}
