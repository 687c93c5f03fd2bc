"""The library's entry point: text in, timeline out."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import cache

from .detect import detect_language
from .grammar import Grammar, grammar_for
from .labels import label
from .languages import LANGUAGES
from .model import DocumentInfo, Entry, Mention, Reference, Resolution, Timeline
from .refdate import estimated_reference, stated_reference
from .resolve import Context, resolve
from .sentences import split_sentences


def build_timeline(
    text: str,
    *,
    lang: str = "auto",
    ref_date: dt.date | None = None,
    source: str = "<text>",
) -> Timeline:
    """Find, resolve and order the temporal expressions of one document.

    `lang` is "auto" or a supported code; `ref_date` overrides the reference date, which is
    otherwise read from the document's first lines or estimated from its latest date.
    """
    if lang != "auto" and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (supported: auto, {', '.join(LANGUAGES)})")
    language = detect_language(text) if lang == "auto" else lang
    grammar = grammar_for(language)
    mentions = grammar.find(text)
    reference = _reference(text, grammar, mentions, ref_date)
    sentences = split_sentences(text, grammar.resource.abbreviations)
    entries = _entries(text, source, language, grammar, mentions, sentences, reference.date)
    info = DocumentInfo(source, language, "detected" if lang == "auto" else "option", reference,
                        len(text))  # fmt: skip
    return Timeline(info, tuple(sorted(entries, key=chronological)))


# "depuis mars" looks back, "d'ici mars" / "jusqu'en mars" look ahead, whatever the verb says.
_TENSE_OF_RELATION = {"since": -1, "by": 1, "until": 1}


def _reference(
    text: str, grammar: Grammar, mentions: list[Mention], ref_date: dt.date | None
) -> Reference:
    if ref_date is not None:
        return Reference(ref_date, "option", "--ref-date")
    return (
        stated_reference(text, grammar, mentions)
        or estimated_reference(mentions)
        or Reference(dt.date.today(), "today", "no date in the text")
    )


def _entries(
    text: str,
    source: str,
    language: str,
    grammar: Grammar,
    mentions: list[Mention],
    sentences: list[tuple[int, int]],
    reference: dt.date,
) -> list[Entry]:
    starts = [s for s, _ in sentences]
    future = re.compile(grammar.resource.future_cues, re.IGNORECASE)
    past = re.compile(grammar.resource.past_cues, re.IGNORECASE)

    @cache
    def tense(index: int) -> int:
        s, e = sentences[index]
        ahead, back = len(future.findall(text, s, e)), len(past.findall(text, s, e))
        return (ahead > back) - (back > ahead)

    story: Resolution | None = None
    entries = []
    for m in mentions:
        i = max(bisect.bisect_right(starts, m.start) - 1, 0)
        res = resolve(m, Context(reference, story, _TENSE_OF_RELATION.get(m.relation or "")
                                 or (tense(i) if sentences else 0)))  # fmt: skip
        if res.start is not None and res.end is not None and m.relation in (None, "range"):
            if res.type in ("DATE", "TIME"):
                story = res
        s, e = sentences[i] if sentences else (0, len(text))
        entries.append(
            Entry(source, language, m.text, m.start, m.end, _one_line(text[s:e]), s,
                  res.type, res.value, res.mod, res.start, res.end,
                  res.granularity.value if res.granularity else None, res.approximate,
                  m.relation, label(res, m.relation), m.rule, res.anchor, m.parts)
        )  # fmt: skip
    return entries


def chronological(e: Entry) -> tuple[object, ...]:
    """Open starts first, then by start, end and position; undated entries last."""
    far_past, far_future = dt.date.min, dt.date.max
    return (
        not e.dated,
        e.start is not None,
        e.start or far_past,
        e.end or far_future,
        e.source,
        e.char_start,
    )


def _one_line(sentence: str) -> str:
    """The sentence on one line, each character kept in place so offsets still hold."""
    return sentence.translate({10: 32, 13: 32, 9: 32})
