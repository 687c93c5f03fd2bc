"""The discourse model read while the entries are built: the verb that governs a date (its
tense), the story's focus and how long it holds, and the document's genre.

Conventions (README "Story time and genre"):
- A date's tense is that of the verb governing it: the nearest verb cue before it in its
  clause (a participle right before it first: "publié mercredi"), else the first one after it
  in the clause, else the last one before its clause in the sentence; clauses end at "que" /
  "that", ";", ":" (the language's `clause_breaks`). No cue: 0 (unknown).
- The focus is the last date placed in the story outside a background clause (an embedded
  relative or participle clause, "Le club, fondé en 1998, ...", or brackets). In a narrative
  it holds until the next date; in news only when it opens its sentence (a frame-setting
  adverbial: "En 2009, ...", "In 2010 the plant ...") and only in that sentence, never for a
  bare weekday, and never against the tense of the date's verb (resolve.Context.narrative).
  Only a date written with its year, one counted from the story, or one placed in the focus's
  year sets the focus.
- A clock time that opens a line as a stamp, a colon or a dash after it (an item of a
  programme, a post of a live report), takes the day of the story only from a date that heads
  lines: one that opens its own line, or stands in a short one (a heading) that no stamp
  opens. The day a post's prose spoke of ("prévisions pour demain") does not pass to the next
  post's time, which is on the reference date (`Stamps`).
- The genre: narrative when the text has more biography or history cues than news cues, or
  when at least 60% of its explicit dates lie more than `FAR_YEARS` before the reference
  date and news cues are rare (fewer than one in twenty sentences, and at most one); news
  otherwise.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .grammar import WRAPPED_LINE, Grammar
from .model import Frame, Genre, Kind, Mention, Origin, Reference, Resolution, Unit

FAR_YEARS = 5  # a date this many years before the reference is far from the news
_FAR_SHARE = 0.6  # at least this share of far dates makes a narrative...
_READER_DAYS = (Unit.DAY, Unit.WEEK, Unit.WEEKEND)  # "today", "this week": the reader's days
_ALL_FAR_SHARE, _ALL_FAR_COUNT = 0.9, 4  # ...and this share of at least this many always does
_NEWS_RATE = 0.05  # ...unless news cues are found in this share of the sentences (at least one)
_NEWS_SENTENCES = 0  # a focus holds in news for its sentence and this many after it
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


class Tenses:
    """The tense of the verb governing each mention, from the grammar's verb cues. A sentence
    is read as far as its mentions need: up to the mention first (most dates follow their
    verb), to its end only when nothing before the date tells."""

    def __init__(self, text: str, grammar: Grammar) -> None:
        self.text, self.grammar = text, grammar
        self._scans: dict[tuple[int, int], _Scan] = {}

    def of(self, sentence: tuple[int, int], m: Mention) -> int:
        """-1 past, +1 ahead, 0 when no verb tells."""
        scan = self._scans.get(sentence)
        if scan is None:
            scan = self._scans[sentence] = _Scan(self.text, self.grammar, sentence)
        scan.read_to(m.end)
        a = next((b for b in reversed(scan.breaks) if b <= m.start), sentence[0])
        left = [c for c in scan.cues if c[0] >= a and c[1] <= m.start]
        adjacent = self._adjacent(m.start)
        if adjacent is not None and (not left or left[-1][1] <= adjacent[0]):
            return adjacent[1]
        if left:
            return left[-1][2]
        scan.read_to(sentence[1])
        b = next((b for b in scan.breaks if b >= m.end), sentence[1])
        # an embedded clause's date is not governed by the main verb after it: "The plant,
        # which opened in March, will close in June"
        closed = background_end(self.text, self.grammar, sentence, m)
        if closed is not None:
            b = min(b, closed)
        for c in scan.cues:
            if c[0] >= m.end and c[1] <= b:
                return c[2]
        before = [c for c in scan.cues if c[1] <= a]  # the verb of the clause it depends on
        return before[-1][2] if before else 0

    def _adjacent(self, at: int) -> tuple[int, int] | None:
        """A verb form right before the date ("publié mercredi"): its start and tense."""
        begin = max(0, at - _ADJACENT_REACH)
        found = self.grammar.adjacent_verbs.search(self.text, begin, at)
        if found is None:
            return None
        return found.start(), self.grammar.adjacent_tenses[found.lastgroup or ""]


class _Scan:
    """The verb cues and clause breaks of one sentence, read lazily in textual order."""

    def __init__(self, text: str, grammar: Grammar, sentence: tuple[int, int]) -> None:
        self._found = grammar.tense_cues.finditer(text, *sentence)
        self._tenses = grammar.cue_tenses
        self.cues: list[tuple[int, int, int]] = []  # (start, end, tense)
        self.breaks: list[int] = []
        self._read = sentence[0]  # every cue starting before this is read
        self._done = False

    def read_to(self, position: int) -> None:
        while not self._done and self._read < position:
            c = next(self._found, None)
            if c is None:
                self._done = True
                return
            self._read = c.end()
            tense = self._tenses[c.lastgroup or ""]
            if tense is None:
                self.breaks.append(c.start())
            else:
                self.cues.append((c.start(), c.end(), tense))


_ADJACENT_REACH = 64  # characters before a date read for the verb form right before it
_CLAUSE_REACH = 400  # characters on each side of a date read for its bracket or clause


def background(text: str, grammar: Grammar, sentence: tuple[int, int], m: Mention) -> bool:
    """Whether the mention sits in brackets or in an embedded clause that opens with a
    relative pronoun or a participle ("Le club, fondé en 1998, a gagné"): its date is
    background, not the story's focus."""
    return background_end(text, grammar, sentence, m) is not None


def background_end(
    text: str, grammar: Grammar, sentence: tuple[int, int], m: Mention
) -> int | None:
    """Where the brackets or the embedded clause the mention sits in close (see
    `background`), or None."""
    # read within a clause's reach of the date: a text without breaks is one long "sentence"
    s, e = max(sentence[0], m.start - _CLAUSE_REACH), min(sentence[1], m.end + _CLAUSE_REACH)
    opened = text.rfind("(", s, m.start)
    if opened >= 0 and text.rfind(")", opened, m.start) < 0:
        closed = text.find(")", m.end, e)
        if closed >= 0:
            return closed
    comma = text.rfind(",", s, m.start)
    closed = text.find(",", m.end, e) if comma >= 0 else -1
    if closed < 0 or grammar.background_opener.match(text, comma + 1) is None:
        return None
    return closed


@dataclass(frozen=True, slots=True)
class Focus:
    """The story's focus: the last date placed outside background, and where it was said."""

    date: Resolution
    sentence: int  # index of its sentence
    end: int  # where its expression ends in the text
    frames: bool  # it opens its sentence ("En 2009, ...", "In 2010 the plant..."): a frame


class FocusKeeper:
    """The story's focus as a text is read: each placed date that may become it is noted, and
    whether it sits in background (`background`) is read only when a later date asks for
    the focus, from the latest noted back; a dense text of dates with their years never asks."""

    def __init__(self, text: str, grammar: Grammar, sentences: Sequence[tuple[int, int]]):
        self.text, self.grammar, self.sentences = text, grammar, sentences
        self._noted: list[tuple[Mention, Resolution, int, bool]] = []
        self._focus: Focus | None = None

    def note(self, m: Mention, res: Resolution, sentence: int, framed: bool) -> None:
        """A placed date that may become the focus; `framed` when it took its year from a
        focus that frames the sentence ("In 2013 the plant closed on [March 10] and reopened
        on June 2"): it frames the rest of the sentence in turn."""
        self._noted.append((m, res, sentence, framed))

    def current(self) -> Focus | None:
        text, grammar, sentences = self.text, self.grammar, self.sentences
        for m, res, i, framed in reversed(self._noted):
            if not (sentences and background(text, grammar, sentences[i], m)):
                opens = framed or (bool(sentences) and opens_sentence(text, sentences[i], m))
                self._focus = Focus(res, i, m.end, opens)
                break
        self._noted.clear()
        return self._focus


def focus_for(
    focus: Focus | None, genre: Genre, m: Mention, i: int, tense: int, text: str, ref: dt.date
) -> Resolution | None:
    """The focus a date without its year may take its year from here, or None."""
    if focus is None or focus.date.start is None:
        return None
    if genre is Genre.NARRATIVE:
        return focus.date
    if not focus.frames or _bare_weekday(m.frame) or i - focus.sentence > _NEWS_SENTENCES:
        return None
    if tense > 0 and focus.date.start.year < ref.year:
        return None
    if _PARAGRAPH.search(text, focus.end, m.start):
        return None
    return focus.date


def sets_focus(m: Mention, res: Resolution, held: Resolution | None) -> bool:
    """Whether a placed date becomes the focus: written with its year ("en 1987"), counted
    from the story ("l'année suivante"), or placed in the focus's own year ("en avril" after
    it). A date placed near the reference date by itself must not start a story."""
    f = m.frame
    if f.list_last is not None:  # "les [16], 17 et 18 décembre": the list's last day speaks
        return False
    if f.year is not None or f.decade is not None or f.century is not None:
        return True
    if f.origin is Origin.STORY:
        return True
    if f.origin is Origin.REFERENCE and f.amount is None and f.unit in _WHOLE_PERIODS:
        return f.deictic is not None  # "l'an dernier", "last year", "le mois dernier": a frame
    return (
        held is not None
        and res.start is not None
        and held.start is not None
        and (res.start.year == held.start.year)
    )


_WHOLE_PERIODS = frozenset({Unit.YEAR, Unit.MONTH})
_OPENING = re.compile(r"\W*(?:\w+['’\s]+)?\W*$")  # at most one word (a preposition) before


def opens_sentence(text: str, sentence: tuple[int, int], m: Mention) -> bool:
    """Whether the mention opens its sentence: "En 2009, ...", "In 2010 the plant ..."."""
    return _OPENING.match(text, sentence[0], m.start) is not None


class Stamps:
    """The day a clock time that opens a line as a stamp ("17h21 : …", "9:30 a.m. - …") may
    take from the story: that of a date heading the lines after it (one that opens its own
    line, or stands in a short line no stamp opens), not that of a post's prose."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lines: _Lines | None = None  # made on first use
        self._stamped: set[int] = set()  # the lines a stamp opens
        self._setter: Mention | None = None  # the mention that set the story's date last

    def story_for(self, m: Mention, story: Resolution | None) -> Resolution | None:
        """The story's date as the mention may use it."""
        if not m.frame.clock_only or _STAMP.match(self.text, m.end) is None:
            return story
        lines = self.lines
        line = lines.index(m.start)
        if lines.first(line) < m.start:  # not the first word of its line
            return story
        heads = self._heads()
        self._stamped.add(line)
        return story if heads else None

    def note(self, m: Mention) -> None:
        """The mention has set the story's date (read only when a stamp asks: a dense text
        sets it at every date)."""
        self._setter = m

    def _heads(self) -> bool:
        """Whether the story's date heads the lines after it."""
        m = self._setter
        if m is None:
            return True
        lines = self.lines
        line = lines.index(m.start)
        if lines.first(line) >= m.start:  # it opens its line
            return True
        # the lines it stands in (a date may be wrapped: "3 mars" / "2012")
        through = lines.index(m.end)
        return line not in self._stamped and lines.stripped(line, through) < WRAPPED_LINE

    @property
    def lines(self) -> _Lines:
        if self._lines is None:
            self._lines = _Lines(self.text)
        return self._lines


_STAMP = re.compile(r"[ \t]*[:–—-]\s")  # what follows a stamp: a colon or a dash


class _Lines:
    """The text's lines: which one holds an offset, and where each one's first character that
    is not a space lies and how long it is without its spaces, each worked out once (dates
    and clock times on one long line ask for them again and again)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(found.end() for found in re.finditer("\n", text))]
        self._first: dict[int, int] = {}
        self._stripped: dict[tuple[int, int], int] = {}

    def index(self, at: int) -> int:
        return bisect.bisect_right(self.starts, at) - 1

    def first(self, line: int) -> int:
        """The offset of the line's first character that is not a space (its end if none)."""
        if line not in self._first:
            text = self._text(line)
            self._first[line] = self.starts[line] + len(text) - len(text.lstrip())
        return self._first[line]

    def stripped(self, line: int, through: int) -> int:
        """The length of the lines from `line` through `through` without the spaces at
        either end."""
        key = (line, through)
        if key not in self._stripped:
            self._stripped[key] = len(self._text(line, through).strip())
        return self._stripped[key]

    def _text(self, line: int, through: int | None = None) -> str:
        last = line if through is None else through
        end = self.starts[last + 1] - 1 if last + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[line] : end]


def needs_context(f: Frame) -> bool:
    """Whether the tense or the focus can change where the words are placed: not a date with
    its year, decade or century, nor a duration or a set (the tense of a sentence is read
    only where it matters: it is the costly part of the entries)."""
    if f.kind in (Kind.DURATION, Kind.SET, Kind.IGNORE, Kind.PRESENT, Kind.PAST, Kind.FUTURE):
        return f.origin is not None
    if f.origin is Origin.PERIOD:  # "the same period of 2012": the period in focus
        return True
    return f.year is None and f.decade is None and f.century is None


def _explicit_year(f: Frame) -> int | None:
    """The (first) year an absolute date names: 1987, the 1990s, the 20th century."""
    if f.origin is not None or f.bc or f.kind not in (Kind.DATE, Kind.TIME):
        return None
    if f.year is not None:
        return f.year
    if f.decade is not None:
        return f.decade * 10
    return f.century * 100 if f.century is not None else None


def _bare_weekday(f: Frame) -> bool:
    return f.weekday is not None and f.month is None and f.day is None


def decide_genre(
    text: str, grammar: Grammar, mentions: Sequence[Mention], reference: Reference
) -> tuple[Genre, str]:
    """The genre of the text, from its cue words and the years its explicit dates name
    (`mentions` are those of the text), and the measures it was decided from, in words."""
    counts = {"narrative": 0, "news": 0, "end": 0}
    for found in grammar.genre_cues.finditer(text):
        counts[found.lastgroup or "end"] += 1
    narrative, news, sentences = counts["narrative"], counts["news"], counts["end"]
    years = [y for m in mentions if (y := _explicit_year(m.frame)) is not None]
    far = sum(1 for y in years if y <= reference.date.year - FAR_YEARS)
    share = far / len(years) if years else 0.0
    few_news = news < max(1, _NEWS_RATE * sentences)
    # nearly all of several dates far back is a story told, whatever its reporting verbs ("he
    # told", "she said" in a biography), when nothing is counted from the reader's day ("this
    # week", "today", "in April" of a summit to come: news with a history behind it)
    from_now = any(
        m.frame.origin is Origin.REFERENCE and m.frame.unit in _READER_DAYS for m in mentions
    )
    all_far = len(years) >= _ALL_FAR_COUNT and share >= _ALL_FAR_SHARE and not from_now
    narrates = narrative > news or (share >= _FAR_SHARE and few_news) or all_far
    genre = Genre.NARRATIVE if narrates else Genre.NEWS
    how = (
        f"detected: {far} of {len(years)} explicit dates more than {FAR_YEARS} years before "
        f"the reference, {narrative} biography/history cues, {news} news cues"
    )
    return genre, how
