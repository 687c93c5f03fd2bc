"""The library's entry point: text in, timeline out."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator
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
    warnings: list[str] = []
    entries, _story = _entries(text, source, language, grammar, mentions, sentences,
                               reference.date, warnings=warnings)  # fmt: skip
    info = DocumentInfo(source, language, "detected" if lang == "auto" else "option", reference,
                        len(text))  # fmt: skip
    return Timeline(info, tuple(sorted(entries, key=chronological)), tuple(warnings))


def stream_timeline(
    blocks: Iterable[str],
    *,
    lang: str = "auto",
    ref_date: dt.date | None = None,
    source: str = "<text>",
) -> Iterator[Timeline]:
    """`build_timeline` for a text too big to hold, given in blocks cut at line breaks (see
    `reading.Input.blocks`): one timeline per block, with offsets into the whole text.

    The language and the reference date are decided once, on the first block (an estimated
    reference is the latest date of that block); "trois ans plus tard" counts from the story
    across blocks; each block's entries are in chronological order.
    """
    if lang != "auto" and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (supported: auto, {', '.join(LANGUAGES)})")
    offset, story, first = 0, None, None
    for block in blocks:
        if first is None:
            language = detect_language(block) if lang == "auto" else lang
            grammar = grammar_for(language)
            mentions = grammar.find(block)
            reference = _reference(block, grammar, mentions, ref_date)
            if reference.source == "estimated":
                detail = f"{reference.detail}, in its first {len(block):,} characters"
                reference = Reference(reference.date, reference.source, detail)
            first = DocumentInfo(source, language, "detected" if lang == "auto" else "option",
                                 reference, 0)  # fmt: skip
        else:
            mentions = grammar.find(block)
        sentences = split_sentences(block, grammar.resource.abbreviations)
        warnings: list[str] = []
        entries, story = _entries(block, source, first.language, grammar, mentions, sentences,
                                  first.reference.date, offset=offset, story=story,
                                  warnings=warnings)  # fmt: skip
        offset += len(block)
        info = DocumentInfo(source, first.language, first.language_source, first.reference,
                            offset)  # fmt: skip
        yield Timeline(info, tuple(sorted(entries, key=chronological)), tuple(warnings))


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
    *,
    offset: int = 0,
    story: Resolution | None = None,
    warnings: list[str] | None = None,
) -> tuple[list[Entry], Resolution | None]:
    """The entries of the mentions, and the last date of the story for the text that follows
    (`offset` and `story` continue a text read in blocks). A mention whose resolution fails
    is left undated, with a line in `warnings`: one expression never costs the document."""
    starts = [s for s, _ in sentences]
    future = re.compile(grammar.resource.future_cues, re.IGNORECASE)
    past = re.compile(grammar.resource.past_cues, re.IGNORECASE)

    @cache
    def cues(sentence: tuple[int, int]) -> tuple[list[int], list[int]]:
        s, e = sentence
        return [c.start() for c in future.finditer(text, s, e)], [
            c.start() for c in past.finditer(text, s, e)
        ]

    def tense(sentence: tuple[int, int], s: int, e: int) -> int:
        """Future minus past cues in the sentence, or in the part of it shown (`s`, `e`)."""
        ahead_at, back_at = cues(sentence)
        ahead = bisect.bisect_left(ahead_at, e) - bisect.bisect_left(ahead_at, s)
        back = bisect.bisect_left(back_at, e) - bisect.bisect_left(back_at, s)
        return (ahead > back) - (back > ahead)

    @cache
    def sentence(s: int, e: int) -> str:  # several mentions often share one
        return _one_line(text[s:e])

    entries = []
    for m in mentions:
        i = max(bisect.bisect_right(starts, m.start) - 1, 0)
        s, e = _around(text, sentences[i], m) if sentences else (0, len(text))
        when = _TENSE_OF_RELATION.get(m.relation or "") or (
            tense(sentences[i], s, e) if sentences else 0
        )
        try:
            res, text_label = _resolved(m, Context(reference, story, when))
        except Exception as exc:
            res, text_label = _unresolved(m, exc, offset, warnings)
        placed = res.start is not None and res.end is not None and res.type in ("DATE", "TIME")
        if placed and m.relation in (None, "range"):
            story = res
        parts = tuple((a + offset, b + offset) for a, b in m.parts) if offset else m.parts
        entries.append(
            Entry(source, language, m.text, m.start + offset, m.end + offset, sentence(s, e),
                  s + offset, res.type, res.value, res.mod, res.start, res.end,
                  res.granularity.value if res.granularity else None, res.approximate,
                  m.relation, text_label, m.rule, res.anchor, parts)
        )  # fmt: skip
    return entries, story


_LONG_SENTENCE = 1000  # characters; a longer "sentence" (a text without breaks) is cut
_AROUND = 300  # characters kept on each side of the expression in a long sentence


def _around(text: str, sentence: tuple[int, int], m: Mention) -> tuple[int, int]:
    """The sentence of a mention, or in a very long one the words around it: a 5 MB line
    without a full stop must not be copied into every entry."""
    s, e = sentence
    if e - s <= _LONG_SENTENCE:
        return s, e
    a, b = max(s, m.start - _AROUND), min(e, m.end + _AROUND)
    if a > s and (space := text.find(" ", a, m.start)) >= 0:
        a = space + 1
    if b < e and (space := text.rfind(" ", m.end, b)) >= 0:
        b = space
    return a, b


_RESOLVED: dict[tuple[object, ...], tuple[Resolution, str]] = {}
_CACHE_LIMIT = 20_000  # cleared when full, so memory stays flat on an archive


def _resolved(m: Mention, ctx: Context) -> tuple[Resolution, str]:
    """The resolution and label of a mention, remembered: `resolve` reads only the mention's
    frames and relation, and news repeats the same expressions in the same context."""
    key = (m.frame, m.frame_end, m.relation, ctx)
    found = _RESOLVED.get(key)
    if found is None:
        if len(_RESOLVED) >= _CACHE_LIMIT:
            _RESOLVED.clear()
        res = resolve(m, ctx)
        found = _RESOLVED[key] = (res, label(res, m.relation))
    return found


def _unresolved(
    m: Mention, exc: Exception, offset: int, warnings: list[str] | None
) -> tuple[Resolution, str]:
    if warnings is not None:
        warnings.append(f"{m.text!r} at character {m.start + offset} could not be resolved "
                        f"({type(exc).__name__}: {exc}); left undated")  # fmt: skip
    kind = {"duration": "DURATION", "set": "SET", "time": "TIME"}.get(m.frame.kind, "DATE")
    return Resolution(kind, None, anchor="could not be resolved"), m.text


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
    return sentence.replace("\n", " ").replace("\r", " ").replace("\t", " ")
