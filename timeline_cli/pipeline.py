"""The library's entry point: text in, timeline out."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

from . import periods as P
from .cache import BoundedCache, no_cycle_collection
from .discourse import (
    FocusKeeper,
    Stamps,
    Tenses,
    decide_genre,
    focus_for,
    needs_context,
    sets_focus,
)
from .grammar import Grammar, grammar_for
from .labels import label
from .langid import identify_language
from .languages import LANGUAGES
from .model import (
    DocumentInfo,
    Entry,
    Genre,
    Granularity,
    Kind,
    Mention,
    Move,
    Origin,
    Part,
    Reference,
    Relation,
    Resolution,
    Timeline,
    Unit,
    chronological,
    maker,
)
from .refdate import estimated_reference, first_line_reference, stated_reference
from .resolve import Context, resolve, resolve_ends
from .schema import BACKGROUND_TENSE

GENRES = ("auto", *(g.value for g in Genre))
GENRE_SAMPLE = 20_000  # characters: the genre is measured on the document's beginning


def build_timeline(
    text: str,
    *,
    lang: str = "auto",
    ref_date: dt.date | dt.datetime | str | Reference | None = None,
    source: str = "<text>",
    fallback: Reference | None = None,
    keep_text: bool = False,
    genre: str = "auto",
) -> Timeline:
    """Find, resolve and order the temporal expressions of one document.

    `lang` is "auto", "fr", "en" or any language code dateparser knows (basic support).
    `ref_date` overrides the reference date: a date, a datetime or an ISO string is the
    --ref-date option; a Reference says where it came from (a --ref-dates CSV, a page's
    metadata). Otherwise it is read from the document's first lines, else `fallback` (a date in
    the file name), else estimated from the text's latest date. `keep_text` keeps the text in
    the document info (for TimeML and --with-text). `genre` is "auto", "news" or "narrative"
    (how yearless dates find their year).
    """
    check_language(lang)
    check_genre(genre)
    given = _given(ref_date)
    language, how = _language(text, lang)
    if language in LANGUAGES:
        grammar, mentions, info = _open(text, language, how, source, given, fallback, genre)
        timeline = _timeline(text, grammar, mentions, info)[0]
    else:
        from .basic import basic_timeline

        timeline = basic_timeline(text, language, how, source, given, fallback)
    if not keep_text:
        return timeline
    return replace(timeline, document=replace(timeline.document, text=text))


def build_timelines(
    texts: Iterable[str | tuple[str, str]],
    *,
    lang: str = "auto",
    ref_date: dt.date | dt.datetime | str | None = None,
) -> list[Timeline]:
    """`build_timeline` for many documents, each a text or a (source, text) pair; a text
    without a source is named `<text N>` (N from 1)."""
    timelines = []
    for n, item in enumerate(texts, 1):
        source, text = item if isinstance(item, tuple) else (f"<text {n}>", item)
        timelines.append(build_timeline(text, lang=lang, ref_date=ref_date, source=source))
    return timelines


def as_date(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    """A reference date given as a date, a datetime (its date) or an ISO 8601 string."""
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return (dt.date.fromisoformat(value) if len(value) == 10
                    else dt.datetime.fromisoformat(value).date())  # fmt: skip
        except ValueError:
            raise ValueError(f"ref_date {value!r} is not an ISO date such as 2015-09-15") from None
    raise TypeError(f"ref_date must be a date, a datetime or an ISO string, not {value!r}")


def _given(ref_date: dt.date | dt.datetime | str | Reference | None) -> Reference | None:
    if isinstance(ref_date, Reference):
        return ref_date
    day = as_date(ref_date)
    return None if day is None else Reference(day, "option", "--ref-date")


def _language(text: str, lang: str) -> tuple[str, str]:
    """The document's language and how it was decided."""
    return (identify_language(text), "detected") if lang == "auto" else (lang, "option")


def check_genre(genre: str) -> None:
    if genre not in GENRES:
        raise ValueError(f"unknown genre {genre!r} (supported: {', '.join(GENRES)})")


def check_language(lang: str) -> None:
    """ValueError unless `lang` is "auto", "fr", "en" or a code dateparser knows."""
    if lang in ("auto", *LANGUAGES):
        return
    from .basic import supported

    if not supported(lang):
        raise ValueError(
            f"unknown language {lang!r} (auto, {', '.join(LANGUAGES)} or a language code "
            "dateparser knows, such as es, de, it)"
        )


def stream_timeline(
    blocks: Iterable[str],
    *,
    lang: str = "auto",
    ref_date: dt.date | dt.datetime | str | Reference | None = None,
    source: str = "<text>",
    fallback: Reference | None = None,
    genre: str = "auto",
) -> Iterator[Timeline]:
    """`build_timeline` for a text too big to hold, given in blocks cut at line breaks (see
    `reading.Input.blocks`): one timeline per block, with offsets into the whole text.

    The language and the reference date are decided once, on the first block (an estimated
    reference is the latest date of that block); "trois ans plus tard" counts from the story
    across blocks; each block's entries are in chronological order.
    """
    check_language(lang)
    check_genre(genre)
    given = _given(ref_date)
    offset, story, opened = 0, None, None
    blocks = iter(blocks)  # the basic path reads on from where this loop is
    for block in blocks:
        if opened is None:
            language, how = _language(block, lang)
            if language not in LANGUAGES:
                yield from _stream_basic(block, blocks, language, how, source, given, fallback)
                return
            grammar, mentions, info = opened = _open(block, language, how, source, given,
                                                     fallback, genre)  # fmt: skip
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
    text: str,
    language: str,
    how: str,
    source: str,
    given: Reference | None,
    fallback: Reference | None,
    genre: str = "auto",
) -> tuple[Grammar, list[Mention], DocumentInfo]:
    """The opening both paths share: the mentions of the (first) text, and the reference date
    and genre decided on them."""
    grammar = grammar_for(language)
    mentions = grammar.find(text)
    reference = _reference(text, grammar, mentions, given, fallback)
    if genre == "auto":  # a document's genre is measured on its beginning
        head = [m for m in mentions if m.end <= GENRE_SAMPLE]
        chosen, why = decide_genre(text[:GENRE_SAMPLE], grammar, head, reference)
    else:
        chosen, why = Genre(genre), "option"
    info = DocumentInfo(source, language, how, reference, len(text), genre=chosen,
                        genre_source=why)  # fmt: skip
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
    warnings: list[str] = []
    with no_cycle_collection():  # an entry per expression: see cache.no_cycle_collection
        entries, story = _entries(text, grammar, mentions, info, offset=offset, story=story,
                                  warnings=warnings)  # fmt: skip
        ordered = tuple(sorted(entries, key=chronological))
    info = replace(info, characters=offset + len(text))
    return Timeline(info, ordered, tuple(warnings)), story


def _stream_basic(
    head: str,
    blocks: Iterable[str],
    language: str,
    how: str,
    source: str,
    given: Reference | None,
    fallback: Reference | None,
) -> Iterator[Timeline]:
    """The blocks of a big text in a language of basic support, the first one being `head`;
    the reference date is decided on it."""
    from .basic import basic_timeline

    first = basic_timeline(head, language, how, source, given, fallback)
    yield first
    offset, reference = len(head), first.document.reference
    for block in blocks:
        t = basic_timeline(block, language, how, source, reference, None, offset=offset)
        offset += len(block)
        yield t


# "depuis mars" looks back, "d'ici mars" / "jusqu'en mars" look ahead, whatever the verb says.
_TENSE_OF_RELATION = {Relation.SINCE: -1, Relation.BY: 1, Relation.UNTIL: 1}


def _reference(
    text: str,
    grammar: Grammar,
    mentions: list[Mention],
    given: Reference | None,
    fallback: Reference | None,
) -> Reference:
    """The first of: the given reference (option, CSV, page metadata), a publication date in
    the first lines, a bare date as the first line, the fallback (a date in the file name),
    the latest explicit date in the text, today."""
    return (
        given
        or stated_reference(text, grammar, mentions)
        or first_line_reference(text, mentions)
        or fallback
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
    warnings: list[str] | None = None,
) -> tuple[list[Entry], Resolution | None]:
    """The entries of the mentions, and the last date of the story for the text that follows
    (`offset` and `story` continue a text read in blocks). A mention whose resolution fails
    is left undated, with a line in `warnings`: one expression never costs the document; so
    is a contradiction the text holds (a weekday that is not its date's)."""
    sentences = grammar.sentences(text)
    starts = [s for s, _ in sentences]
    tenses = Tenses(text, grammar)
    reference = info.reference.date

    @cache
    def sentence(s: int, e: int) -> str:  # several mentions often share one
        return _one_line(text[s:e])

    warnings = [] if warnings is None else warnings
    narrative = info.genre is Genre.NARRATIVE
    entries: list[Entry] = []
    # keyed by the frames' identity: the mentions keep their frames alive, so no id is reused
    by_frames: dict[tuple[int, int], tuple[bool, bool]] = {}
    by_words: dict[tuple[object, ...], _Resolved] = {}
    steps: dict[tuple[int, int], tuple[int, int]] = {}
    stamps = Stamps(text)
    focus = FocusKeeper(text, grammar, sentences)
    source, language, bisect_right = info.source, info.language, bisect.bisect_right
    # the previous mention, when it may end on the date after it ("the quarter ended Sept. 30")
    last: tuple[Mention, Resolution, Move | None, tuple[float, Unit]] | None = None
    day: Resolution | None = None  # the last day placed (see resolve.Context.day)
    fiscal: Resolution | None = None  # a quarter the text showed to be fiscal (see _fiscal)
    # in a narrative, (month, day) -> the year a full date gave them, unless the story has
    # since moved by words ("A year later, on 3 May": an anniversary)
    said: dict[tuple[int, int], int] = {}
    dated: dict[tuple[int, int], Mention] = {}  # the mentions given that year (kept alive)
    moved = False  # the last date placed was counted from another ("a year later")
    for m in mentions:
        f = m.frame
        if (narrative and f.day is not None and f.month is not None and m.frame_end is None
                and f.origin is None):  # fmt: skip
            if f.year is not None:
                said[f.month, f.day] = f.year
            elif f.weekday is None and not moved and (f.month, f.day) in said:
                m = _said_before(m, said[f.month, f.day], dated)
        i = max(bisect_right(starts, m.start) - 1, 0)
        s, e = _around(text, _holding(sentences, i, m), m, steps) if sentences else (0, len(text))
        signal_tense = _TENSE_OF_RELATION.get(m.relation) if m.relation else None
        frames = (id(m.frame), id(m.frame_end))
        placing = by_frames.get(frames)
        if placing is None:
            placing = by_frames[frames] = _placing(m)
        # placed_by_words: the words place the date; free: each end of a range too
        placed_by_words, free = placing
        # a rule that read the verb next to the date ("said Friday") gives its tense itself
        verb = m.frame.tense
        if not verb and not placed_by_words and sentences:
            verb = tenses.of(sentences[i], m)
        held = (
            None
            if placed_by_words
            else focus_for(focus.current(), info.genre, m, i, verb, text, reference)
        )
        # a signal ("d'ici", "by") looks ahead of the reference, not of the story's date
        when = verb if held is not None else (signal_tense or verb)
        try:
            # the story's last date is left out where the words place the date by themselves,
            # so the remembered resolution of "en 2014" serves every sentence that says it;
            # once per text, without making a Context
            if free:
                key = (frames, m.relation, when)
                done = by_words.get(key)
                if done is None:
                    ctx = Context(reference, None, when, None, narrative)
                    done = by_words[key] = _resolved(m, ctx, info.language)
            else:
                # a programme's item or a post's time takes the day of a heading, not of prose
                ctx = Context(reference, stamps.story_for(m, story), when, held, narrative, day)
                done = _resolved(m, ctx, info.language)
            res, text_label, ends, move = done
            # a quarter named with its year by the words, in a text with fiscal quarters
            if (fiscal is not None and m.frame.quarter is not None and m.frame.year is not None
                    and (counted := _fiscal(res, fiscal)) is not None):  # fmt: skip
                res, text_label = counted, label(counted, m.relation, language, move)
            parts = _parts(m, ends, offset)
        except Exception as exc:  # a bug in one expression must not cost the document
            res, text_label = _unresolved(m, exc, offset, warnings)
            parts, move = (), Move.of(m.frame)
        placed = res.start is not None and res.end is not None and res.type in ("DATE", "TIME")
        background = verb == BACKGROUND_TENSE  # "had surrendered four days earlier"
        if placed and m.relation in (None, Relation.RANGE) and not m.baseline and not background:
            story, moved = res, m.frame.origin is not None
            if res.granularity in _DAY_OR_FINER:
                day = res
            stamps.note(m)
            if sets_focus(m, res, held):
                focus.note(m, res, i, framed=held is not None)
        if res.warning:
            warnings.append(f"{m.text!r} at {m.start + offset}: {res.warning}")
        # one row of the timeline, offsets from the start of the whole text; the fields in
        # order (see model.Entry): positional, for an entry per expression
        entries.append(_new_entry(
            source, language, m.text, m.start + offset, m.end + offset, sentence(s, e),
            s + offset, res.type, res.value, res.mod, res.start, res.end,
            _GRANULARITY.get(res.granularity), res.approximate, m.relation, text_label, m.rule,
            res.explanation, parts, move,
        ))  # fmt: skip
        # "its first quarter ended Sept. 30": that quarter's dates end there (a fiscal one)
        if last is not None and res.end is not None and grammar.ends_on(text, last[0], m):
            before, before_res, before_move, before_length = last
            ended = _ending_on(before_res, before_length, res.end)
            if ended is not None:
                text_label = label(ended, before.relation, language, before_move)
                entries[-2] = replace(entries[-2], value=ended.value, start=ended.start,
                                      end=ended.end, explanation=ended.explanation,
                                      label=text_label)  # fmt: skip
                if story is res:  # the period the text speaks of, its end being the date
                    story = ended  # ("the year-ago quarter" is that one, a year back)
                if ended.granularity is Granularity.QUARTER and P.QUARTER_VALUE.fullmatch(
                    ended.value or ""
                ):
                    fiscal = ended  # its other quarters are counted from it
        span = _length_of(m)
        last = None if span is None else (m, res, move, span)
    return entries, story


def _said_before(m: Mention, year: int, dated: dict[tuple[int, int], Mention]) -> Mention:
    """A day and month without a year that the text gave earlier with one ("Naissance 29
    septembre 1547 ... il est né le 29 septembre"): the same date, that year."""
    key = (id(m), year)
    found = dated.get(key)
    if found is None:
        found = dated[key] = replace(m, frame=replace(m.frame, year=year))
    return found


def _fiscal(res: Resolution, anchor: Resolution) -> Resolution | None:
    """A quarter named in a text that showed its quarters to be fiscal ("the second quarter of
    fiscal 2004, ended Nov. 28, 2003"): counted from that one, by whole quarters ("the second
    quarter of fiscal year 2004" again, its third quarter), within two years of it."""
    value, known = res.value or "", anchor.value or ""
    if res.granularity is not Granularity.QUARTER or not P.QUARTER_VALUE.fullmatch(value):
        return None
    if anchor.start is None or anchor.end is None or res.start is None:
        return None
    steps = (int(value[:4]) - int(known[:4])) * 4 + int(value[-1]) - int(known[-1])
    if abs(steps) > 8:
        return None
    try:
        start, end = P.shift_span(anchor.start, anchor.end, Unit.QUARTER, steps)
    except (P.OutOfRange, OverflowError):
        return None
    if (start, end) == (res.start, res.end):
        return None
    why = f"the fiscal quarter {known} ended {anchor.end.isoformat()}"
    return replace(res, start=start, end=end, explanation=why)


def _holding(sentences: list[tuple[int, int]], i: int, m: Mention) -> tuple[int, int]:
    """Sentence i, or with the sentences after it that the mention runs into: a break inside a
    date is no break ("began at 5:30 p.m. Tuesday, Dec. 3, 2019 inside room 219")."""
    start, end = sentences[i]
    while end < m.end and i + 1 < len(sentences):
        i += 1
        end = sentences[i][1]
    return start, end


def _length_of(m: Mention) -> tuple[float, Unit] | None:
    """How long a quarter, a half or a length is, when it may be said to end on the date
    after it ("its first quarter ended Sept. 30", "the nine months ended Sept. 30")."""
    if m.frame_end is not None:  # (first: a dense text of ranges stops here)
        return None
    f = m.frame
    if m.relation is not None:
        return None
    if f.origin is Origin.PERIOD and f.unit is Unit.QUARTER and not f.amount:
        return 1.0, Unit.QUARTER  # "the quarter ended Sept. 30"
    if f.origin is not None:
        return None
    if f.kind is Kind.DATE and f.month is None and f.quarter is not None:
        return 1.0, Unit.QUARTER
    if f.kind is Kind.DATE and f.month is None and f.half is not None:
        return 6.0, Unit.MONTH
    if f.kind is Kind.DURATION and f.unit in _LENGTHS and f.amount and f.amount_hi is None:
        return f.amount, f.unit
    return None


def _ending_on(res: Resolution, length: tuple[float, Unit], end: dt.date) -> Resolution | None:
    """The span of that length that ends on `end`, with the value its words give (TimeBank
    writes a fiscal quarter as it is named)."""
    amount, unit = length
    try:
        start = P.shift(end + dt.timedelta(days=1), unit, -amount)
    except (P.OutOfRange, OverflowError):  # the calendar's last day
        return None
    value = res.value
    if value and value[:4].isdigit() and abs(int(value[:4]) - end.year) > 1:
        # a quarter whose year was guessed from the reference date: the end's year names it
        value = f"{end.year:04d}{value[4:]}"
    return replace(res, value=value, start=start, end=end, explanation=f"ending {end.isoformat()}")


_LENGTHS = frozenset({Unit.WEEK, Unit.MONTH, Unit.QUARTER, Unit.YEAR})


def _placing(m: Mention) -> tuple[bool, bool]:
    """Whether the words alone place the mention (no tense, no focus), and each end of it."""
    by_words = not needs_context(m.frame)
    return by_words, by_words and (m.frame_end is None or not needs_context(m.frame_end))


def _parts(m: Mention, ends: tuple[Resolution, Resolution] | None, offset: int) -> tuple[Part, ...]:
    """The two expressions of a joined range, each with its own type and value."""
    if len(m.parts) != 2 or ends is None:
        return ()
    ((a, b), (c, d)), (first, second), text = m.parts, ends, m.text
    return (  # text, char_start, char_end, type, value
        _part(text[a - m.start : b - m.start], a + offset, b + offset, first.type, first.value),
        _part(text[c - m.start : d - m.start], c + offset, d + offset, second.type, second.value),
    )


_new_entry, _part = maker(Entry), maker(Part)  # an entry per expression: see model.maker
_DAY_OR_FINER = frozenset({Granularity.DAY, Granularity.PART_OF_DAY, Granularity.TIME})
_GRANULARITY: dict[Granularity | None, str] = {g: g.value for g in Granularity}  # .value: slow


_LONG_SENTENCE = 1000  # characters; a longer "sentence" (a text without breaks) is cut
_AROUND = 150  # characters: the long sentence is read in steps of this, with one step around


def _around(
    text: str, sentence: tuple[int, int], m: Mention, steps: dict[tuple[int, int], tuple[int, int]]
) -> tuple[int, int]:
    """The sentence of a mention, or in a very long one the words around the step of
    `_AROUND` characters it starts in, with a step on each side: a 5 MB line without a full
    stop must not be copied into every entry, and the mentions of one step share their words
    (one copy, not one per mention; the words of a step are kept in `steps`)."""
    s, e = sentence
    if e - s <= _LONG_SENTENCE:
        return s, e
    step = m.start - m.start % _AROUND
    if m.end > step + _AROUND:  # an expression that runs past its step
        return _window(text, s, e, step, m.end)
    window = steps.get((s, step))
    if window is None:
        window = steps[s, step] = _window(text, s, e, step, step + _AROUND)
    return window


def _window(text: str, s: int, e: int, step: int, end: int) -> tuple[int, int]:
    """The words of sentence [s, e) from the step before `step` to the step after the one
    `end` is in."""
    a, b = max(s, step - _AROUND), min(e, step + 2 * _AROUND)
    if b < end:  # an expression longer than a step
        b = min(e, end + _AROUND)
    if a > s and (space := text.find(" ", a, step)) >= 0:
        a = space + 1
    if b < e and (space := text.rfind(" ", max(end, step + _AROUND), b)) >= 0:
        b = space
    return a, b


# a resolution, its label, the resolutions of a range's two ends, the move of a relative date
_Resolved = tuple[Resolution, str, tuple[Resolution, Resolution] | None, Move | None]
_RESOLVED: BoundedCache[tuple[object, ...], _Resolved]
_RESOLVED = BoundedCache(20_000)


def _resolved(m: Mention, ctx: Context, language: str) -> _Resolved:
    """The resolution and label (in the document's language) of a mention, and each end of a
    range on its own, remembered: `resolve` reads only the mention's frames and relation, and
    news repeats the same expressions in the same context."""

    key = (m.frame, m.frame_end, m.relation, ctx, language)
    found = _RESOLVED.get(key)
    if found is None:
        res, move = resolve(m, ctx), Move.of(m.frame)
        made = res, label(res, m.relation, language, move), resolve_ends(m, ctx), move
        found = _RESOLVED.remember(key, lambda: made)
    return found


_UNRESOLVED_TYPES = {Kind.DURATION: "DURATION", Kind.SET: "SET", Kind.TIME: "TIME"}


def _unresolved(
    m: Mention, exc: Exception, offset: int, warnings: list[str] | None
) -> tuple[Resolution, str]:
    if warnings is not None:
        warnings.append(f"{m.text!r} at character {m.start + offset} could not be resolved "
                        f"({type(exc).__name__}: {exc}); left undated")  # fmt: skip
    kind = _UNRESOLVED_TYPES.get(m.frame.kind, "DATE")
    return Resolution(type=kind, value=None, explanation="could not be resolved"), m.text


def _one_line(sentence: str) -> str:
    """The sentence on one line, each character kept in place so offsets still hold."""
    return sentence.replace("\n", " ").replace("\r", " ").replace("\t", " ")
