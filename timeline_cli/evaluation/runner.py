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
        if e.parts:  # each expression with its own type and value
            out += [SystemTimex(p.char_start, p.char_end, p.text, p.type, p.value) for p in e.parts]
        else:
            out.append(SystemTimex(e.char_start, e.char_end, e.text, e.type, e.value))
    return out


PARTS = ("all", "dev", "validation")
_VALIDATION_EVERY = 3  # every third document of a folder, in sorted order, is validation


def split_part(files: Sequence[Path], part: str) -> list[Path]:
    """The documents of a part: in each folder, in sorted order, every third one (the 3rd,
    6th...) is validation and the others are development; "all" keeps them all."""
    if part == "all":
        return list(files)
    by_folder: dict[Path, list[Path]] = {}
    for f in files:
        by_folder.setdefault(f.parent, []).append(f)
    chosen = set()
    for folder_files in by_folder.values():
        for i, f in enumerate(sorted(folder_files)):
            if (i % _VALIDATION_EVERY == _VALIDATION_EVERY - 1) == (part == "validation"):
                chosen.add(f)
    return [f for f in files if f in chosen]


def evaluate_paths(
    paths: Sequence[Path], lang: str, failed: list[str] | None = None, part: str = "all"
) -> tuple[Scores, list[EvalError]]:
    """Score the documents (of a part: all, dev or validation); a file that cannot be read is
    skipped, its message added to `failed` (raised when `failed` is None)."""
    results = []
    for path in split_part(find_timeml_files(paths), part):
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
