"""`timeline eval`: run the extractor on TimeML documents and score it against their gold."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from ..model import Timeline
from ..pipeline import build_timeline
from .scoring import EvalError, Scores, SystemTimex, score_corpus
from .timeml import TimeMLError, find_timeml_files, read_timeml


def system_timexes(timeline: Timeline) -> list[SystemTimex]:
    """The timeline's entries as TIMEX3s; a range joined from two expressions ("de 2011 à
    2014") counts as its two expressions, as TimeML tags them."""
    out = []
    for e in sorted(timeline.entries, key=lambda e: e.char_start):
        values = (e.value or "").split("/")
        if len(e.parts) == 2 and len(values) == 2:
            for (start, end), value in zip(e.parts, values, strict=True):
                out.append(SystemTimex(start, end, "", e.type, value))
        else:
            out.append(SystemTimex(e.char_start, e.char_end, e.text, e.type, e.value))
    return out


def evaluate_paths(
    paths: Sequence[Path], lang: str, failed: list[str] | None = None
) -> tuple[Scores, list[EvalError]]:
    """Score the documents; a file that cannot be read is skipped, its message added to
    `failed` (raised when `failed` is None)."""
    results = []
    for path in find_timeml_files(paths):
        try:
            doc = read_timeml(path)
        except TimeMLError as exc:
            if failed is None:
                raise
            failed.append(str(exc))
            continue
        timeline = build_timeline(doc.text, lang=lang, ref_date=doc.dct, source=doc.doc_id)
        results.append((doc, system_timexes(timeline)))
    return score_corpus(results)


def format_scores(scores: Scores, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(scores.to_dict(), indent=2)
    d = scores.to_dict()
    lines = [
        f"documents {d['documents']}  gold {d['gold']}  system {d['system']}",
        f"{'':8} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for name in ("strict", "relaxed"):
        prf = d[name]
        assert isinstance(prf, dict)
        p, r, f = (100 * prf[k] for k in ("precision", "recall", "f1"))
        lines.append(f"{name:8} {p:6.1f} {r:6.1f} {f:6.1f}")
    lines.append(f"type accuracy  {100 * scores.type_accuracy:5.1f}")
    lines.append(f"value accuracy {100 * scores.value_accuracy:5.1f}")
    lines.append(f"value F1       {100 * scores.value_f1:5.1f}")
    return "\n".join(lines)


def format_errors(errors: Sequence[EvalError]) -> str:
    lines = []
    for e in errors:
        gold = f"{e.gold.type} {e.gold.value}" if e.gold else ""
        system = f"{e.system.type} {e.system.value}" if e.system else ""
        lines.append(f"{e.kind:12} {e.doc:28} gold[{gold}] system[{system}]  {e.context}")
    return "\n".join(lines)
