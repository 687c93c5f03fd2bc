"""Evaluation against TimeML gold: read .tml files and score extracted timexes (TempEval-3)."""

from timeline_cli.evaluation.scoring import (
    EvalError,
    Scores,
    SystemTimex,
    match_timexes,
    same_value,
    score_corpus,
    score_document,
)
from timeline_cli.evaluation.timeml import (
    GoldTimex,
    TimeMLDocument,
    TimeMLError,
    find_timeml_files,
    read_timeml,
)

__all__ = [
    "EvalError",
    "GoldTimex",
    "Scores",
    "SystemTimex",
    "TimeMLDocument",
    "TimeMLError",
    "find_timeml_files",
    "match_timexes",
    "read_timeml",
    "same_value",
    "score_corpus",
    "score_document",
]
