"""The library's entry point: text in, timeline out."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

from .cache import BoundedCache
from .detect import detect_language
from .discourse import (
    Focus,
    Tenses,
    background,
    decide_genre,
    focus_for,
    needs_context,
    opens_sentence,
    sets_focus,
)
from .grammar import Grammar, grammar_for
from .labels import label
from .languages import LANGUAGES
from .model import (
    DocumentInfo,
    Entry,
    Genre,
    Mention,
    Part,
    Reference,
    Relation,
    Resolution,
    Timeline,
    chronological,
)
from .refdate import estimated_reference, stated_reference
from .resolve import Context, resolve, resolve_ends

GENRES = ("auto", *(g.value for g in Genre))
GENRE_SAMPLE = 20_000  # characters: the genre is measured on the document's beginning


def build_timeline(
    text: str,
    *,
    lang: str = "auto",
    ref_date: dt.date | None = None,
    source: str = "<text>",
    genre: str = "auto",
) -> Timeline:
    """Find, resolve and order the temporal expressions of one document.

    `lang` is "auto" or a supported code; `ref_date` overrides the reference date, which is
    otherwise read from the document's first lines or estimated from its latest date;
    `genre` is "auto", "news" or "narrative" (how yearless dates find their year).
    """
    grammar, mentions, info = _open(text, lang, ref_date, source, genre)
    return _timeline(text, grammar, mentions, info)[0]


def stream_timeline(
    blocks: Iterable[str],
    *,
    lang: str = "auto",
    ref_date: dt.date | None = None,
    source: str = "<text>",
    genre: str = "auto",
) -> Iterator[Timeline]:
    """`build_timeline` for a text too big to hold, given in blocks cut at line breaks (see
    `reading.Input.blocks`): one timeline per block, with offsets into the whole text.

    The language and the reference date are decided once, on the first block (an estimated
    reference is the latest date of that block); "trois ans plus tard" counts from the story
    across blocks; each block's entries are in chronological order.
    """
    offset, story, opened = 0, None, None
    for block in blocks:
        if opened is None:
            grammar, mentions, info = opened = _open(block, lang, ref_date, source, genre)
            reference = info.reference
            if reference.source == "estimated":
                detail = f"{reference.detail}, in its first {len(block):,} characters"
                info = replace(info, reference=Reference(reference.date, reference.source, detail))
        else:
            mentions = grammar.find(block)
        timeline, story = _timeline(block, grammar, mentions, info, offset=offset, story=story)
        offset += len(block)
        yield timeline


def _open(
    text: str, lang: str, ref_date: dt.date | None, source: str, genre: str = "auto"
) -> tuple[Grammar, list[Mention], DocumentInfo]:
    """The opening both paths share: the language, the mentions of the (first) text, and the
    reference date and genre, decided on them."""
    if lang != "auto" and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (supported: auto, {', '.join(LANGUAGES)})")
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r} (supported: {', '.join(GENRES)})")
    language = detect_language(text) if lang == "auto" else lang
    grammar = grammar_for(language)
    mentions = grammar.find(text)
    reference = _reference(text, grammar, mentions, ref_date)
    how = "detected" if lang == "auto" else "option"
    if genre == "auto":  # a document's genre is measured on its beginning
        head = [m for m in mentions if m.end <= GENRE_SAMPLE]
        chosen, why = decide_genre(text[:GENRE_SAMPLE], grammar, head, reference)
    else:
        chosen, why = Genre(genre), "option"
    info = DocumentInfo(source, language, how, reference, len(text), chosen, why)
    return grammar, mentions, info


def _timeline(
    text: str,
    grammar: Grammar,
    mentions: list[Mention],
    info: DocumentInfo,
    *,
    offset: int = 0,
    story: Resolution | None = None,
) -> tuple[Timeline, Resolution | None]:
    """The timeline of a text (a whole document, or a block of one at `offset`), and the last
    date of its story for the text that follows."""
    entries, story, warnings = _entries(text, grammar, mentions, info, offset=offset, story=story)
    info = replace(info, characters=offset + len(text), warnings=info.warnings + warnings)
    return Timeline(info, tuple(sorted(entries, key=chronological))), story


# "depuis mars" looks back, "d'ici mars" / "jusqu'en mars" look ahead, whatever the verb says.
_TENSE_OF_RELATION = {Relation.SINCE: -1, Relation.BY: 1, Relation.UNTIL: 1}


def _reference(
    text: str, grammar: Grammar, mentions: list[Mention], ref_date: dt.date | None
) -> Reference:
    if ref_date is not None:
        return Reference(ref_date, "option", "--ref-date")
    return (
        stated_reference(text, grammar, mentions)
        or estimated_reference(mentions, text, grammar)
        or Reference(dt.date.today(), "today", "no date in the text")
    )


def _entries(
    text: str,
    grammar: Grammar,
    mentions: list[Mention],
    info: DocumentInfo,
    *,
    offset: int = 0,
    story: Resolution | None = None,
) -> tuple[list[Entry], Resolution | None, tuple[str, ...]]:
    """The entries of the mentions, the last date of the story for the text that follows
    (`offset` and `story` continue a text read in blocks), and the warnings of the text."""
    sentences = grammar.sentences(text)
    starts = [s for s, _ in sentences]
    tenses = Tenses(text, grammar)
    reference = info.reference.date

    @cache
    def sentence(s: int, e: int) -> str:  # several mentions often share one
        return _one_line(text[s:e])

    entries, warnings, focus = [], [], None
    for m in mentions:
        i = max(bisect.bisect_right(starts, m.start) - 1, 0)
        s, e = _around(text, sentences[i], m) if sentences else (0, len(text))
        signal_tense = _TENSE_OF_RELATION.get(m.relation) if m.relation else None
        placed_by_words = not needs_context(m.frame)
        # a rule that read the verb next to the date ("said Friday") gives its tense itself
        verb = m.frame.tense
        if not verb and not placed_by_words and sentences:
            verb = tenses.of(sentences[i], m)
        held = (
            None if placed_by_words else focus_for(focus, info.genre, m, i, verb, text, reference)
        )
        # a signal ("d'ici", "by") looks ahead of the reference, not of the story's date
        when = verb if held is not None else (signal_tense or verb)
        ctx = Context(reference, story, when, held, info.genre is Genre.NARRATIVE)
        res, text_label = _resolved(m, ctx)
        placed = res.start is not None and res.end is not None and res.type in ("DATE", "TIME")
        if placed and m.relation in (None, Relation.RANGE):
            story = res
            if sets_focus(m, res, held) and not (
                sentences and background(text, grammar, sentences[i], m)
            ):
                opens = bool(sentences) and opens_sentence(text, sentences[i], m)
                focus = Focus(res, i, m.end, opens)
        if res.warning:
            warnings.append(f"{m.text!r} at {m.start + offset}: {res.warning}")
        parts = _parts(m, ctx, offset)
        entries.append(_entry(m, res, text_label, info, sentence(s, e), s, offset, parts))
    return entries, story, tuple(warnings)


def _parts(m: Mention, ctx: Context, offset: int) -> tuple[Part, ...]:
    """The two expressions of a joined range, each with its own type and value."""
    if len(m.parts) != 2:
        return ()
    ends = resolve_ends(m, ctx)
    if ends is None:
        return ()
    return tuple(
        Part(text=m.text[a - m.start : b - m.start], char_start=a + offset,
             char_end=b + offset, type=r.type, value=r.value)
        for (a, b), r in zip(m.parts, ends, strict=True)
    )  # fmt: skip


def _entry(
    m: Mention, res: Resolution, text_label: str, info: DocumentInfo, sentence: str, s: int,
    offset: int, parts: tuple[Part, ...],
) -> Entry:  # fmt: skip
    """One row of the timeline; offsets count from the start of the whole text."""
    return Entry(source=info.source, language=info.language, text=m.text,
                 char_start=m.start + offset, char_end=m.end + offset, sentence=sentence,
                 sentence_start=s + offset, type=res.type, value=res.value, mod=res.mod,
                 start=res.start, end=res.end,
                 granularity=res.granularity.value if res.granularity else None,
                 approximate=res.approximate, relation=m.relation, label=text_label,
                 rule=m.rule, explanation=res.explanation, parts=parts)  # fmt: skip


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


_RESOLVED: BoundedCache[tuple[object, ...], tuple[Resolution, str]]
_RESOLVED = BoundedCache(20_000)


def _resolved(m: Mention, ctx: Context) -> tuple[Resolution, str]:
    """The resolution and label of a mention, remembered: `resolve` reads only the mention's
    frames and relation, and news repeats the same expressions in the same context."""

    def make() -> tuple[Resolution, str]:
        res = resolve(m, ctx)
        return res, label(res, m.relation)

    return _RESOLVED.remember((m.frame, m.frame_end, m.relation, ctx), make)


def _one_line(sentence: str) -> str:
    """The sentence on one line, each character kept in place so offsets still hold."""
    return sentence.replace("\n", " ").replace("\r", " ").replace("\t", " ")
