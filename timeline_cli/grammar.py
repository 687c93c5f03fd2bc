"""The extraction engine: compiles a language resource once and finds the mentions in a text.

Rules are regular expressions with named groups; the engine expands their placeholders from
the resource's vocabulary, keeps the longest non-overlapping matches, then joins ranges
("de 2011 à 2014") and attaches the signal word before each mention ("depuis", "until").
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from . import patterns, prefilter
from .cache import BoundedCache, no_cycle_collection
from .daylists import DayLists
from .interpret import complete_range, frames_from_groups
from .lexicon import Vocabulary
from .model import Frame, Kind, Mention, Origin, Relation, maker
from .patterns import WRAP, cue_scanner, expand, letter_variants, rules_needed, words_pattern
from .prefilter import Plan, Prefilter, plan
from .regexcache import RegexCache, kept
from .schema import SLOTS, LanguageResource, Rule
from .sentences import split_sentences

_GROUP = re.compile(r"\(\?P<([a-z_]+)>")
_YEAR = r"(?<![\d.,])[12]\d{3}(?!\d|[.,]\d|\s\d{3}(?!\d))"
_DATE_KINDS = {Kind.DATE, Kind.TIME}
_PREFILTER_AFTER = 50_000  # characters read before building the prefilter pays off
_JOINER_REACH = 12  # characters between two ends of a range: " jusqu'au ", " through "
_OPENER_REACH = 12  # characters before a range read for its opener: "entre ", "from "
_NEGATABLE = (Relation.UNTIL, Relation.BEFORE)  # what a negation before the signal turns
_NEGATION_REACH = 60  # characters before a signal read for a negation: "did not begin "
_SIGNAL_REACH = 24  # characters before a mention read for its signal: "à compter du "
_CACHE_LIMIT = 20_000  # remembered interpretations; cleared when full, so memory stays flat
# characters: a line shorter than a wrapped line of prose is a title, a list item or the end of
# a paragraph, and no expression runs across the break that ends it
WRAPPED_LINE = 60


def _placeholders(res: LanguageResource, variants: Mapping[str, str]) -> dict[str, str]:
    """The alternation of every vocabulary slot's words (`schema.SLOTS`), by placeholder; an
    empty category matches nothing."""
    out = {
        slot.placeholder: words_pattern(words, variants)
        if (words := res.words(slot.name))
        else "(?!)"
        for slot in SLOTS
        if slot.placeholder is not None
    }
    if res.month_case_sensitive:
        out["MONTH"] = "(?-i:" + out["MONTH"] + ")"
    out["YEAR"] = _YEAR
    out["NOT_AFTER_NUMBER"] = "(?:" + "|".join(res.not_after_number or ("(?!)",)) + r")(?!\w)"
    return out


_Frames = tuple[Frame, Frame | None] | None


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: Rule
    regex: re.Pattern[str]
    priority: int
    # read once from the regex, for every match: the group numbers of the extent ("x"), of
    # the first and of the second expression of a range (names ending in "2")
    x_group: int = field(init=False, repr=False, compare=False)
    first_groups: tuple[int, ...] = field(init=False, repr=False, compare=False)
    second_groups: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = self.regex.groupindex
        numbers = sorted(index.values())  # in the order of `groupdict`
        names = {n: name for name, n in index.items()}
        object.__setattr__(self, "x_group", index.get("x", 0))
        # the extent group "x" is not one of the range's expressions
        object.__setattr__(self, "first_groups", tuple(
            n for n in numbers if not names[n].endswith("2") and names[n] != "x"))  # fmt: skip
        object.__setattr__(self, "second_groups",
                           tuple(n for n in numbers if names[n].endswith("2")))  # fmt: skip


class _Candidate(NamedTuple):
    """A match of one rule: a plain tuple, since a dense text makes hundreds of thousands,
    whose first fields are the order `_select` tries them in (longest first, then the earlier
    rule, then the earlier match): a list of them sorts without a key function."""

    shorter: int  # start - end: the longer the match, the smaller
    priority: int
    start: int
    end: int
    rule: CompiledRule
    match: re.Match[str]


class Grammar:
    """A language resource compiled for extraction."""

    def __init__(self, res: LanguageResource) -> None:
        self.resource = res
        self.vocabulary = Vocabulary(res)
        self._letters = letter_variants(res.bare_capitals)  # "'" for "’", "A" for "à"...
        self._values = _placeholders(res, self._letters)
        # every pattern compiled through the cache of compiled patterns: start-up time
        regexes = RegexCache(f"grammar-{res.code}")
        compile_ = regexes.compile
        self.rules = tuple(
            CompiledRule(rule, self._compile(rule, compile_), i) for i, rule in enumerate(res.rules)
        )
        signals = words_pattern(res.words("signals"), self._letters)
        adverbs = (
            r"(?:\s+" + words_pattern(res.signal_adverbs, self._letters) + ")?"
            if res.signal_adverbs
            else ""
        )
        self._signal = compile_(f"(?P<signal>{signals}){adverbs}\\s*$", re.IGNORECASE)
        approximators = res.words("approximators")
        self._approximator = (
            compile_(r"(?<!\w)" + words_pattern(approximators, self._letters) + r"\s+$", re.I)
            if approximators
            else None
        )
        # the last characters of the words that may stand right before a mention: after any
        # other character (a digit, a dash), no signal is searched for
        self._word_ends = _last_characters(
            [*res.words("signals"), *approximators, *res.weekday_signals]
        )
        opener = words_pattern(res.range_openers, self._letters)
        self._opener = compile_(opener + r"\s*$", re.IGNORECASE)
        joiners = "|".join(
            re.escape(j).replace("'", "['’]") for j in sorted(res.range_joiners, key=len)[::-1]
        )
        # ("between Sept. 14, 2023, and Jan. 31, 2024": a comma may close the first end)
        self._joiner = compile_(r"\s*,?\s*(?:" + joiners + r")\s*$", re.IGNORECASE)
        parts = "|".join(re.escape(j).replace("'", "['’]") for j in res.part_joiners) or "(?!)"
        self._part_joiner = compile_(r"\s*(?:" + parts + r")\s*", re.IGNORECASE)
        ends = "|".join(re.escape(j).replace(r"\ ", r"\s+") for j in res.end_joiners) or "(?!)"
        self._end_joiner = compile_(r",?\s*(?:" + ends + r")\s*", re.IGNORECASE)
        self._day_lists = DayLists(
            res,
            lambda p: expand(p, res.fragments, self._values, self._letters),
            self._opener,
            _hard_break_in,
            compile_,
        )
        # the cues of a sentence's tense and of a publication line, compiled once
        self.future_cues = compile_(res.future_cues, re.IGNORECASE)
        self.past_cues = compile_(res.past_cues, re.IGNORECASE)
        publication = words_pattern(res.publication_cues, self._letters)
        self.publication_cue = compile_(publication, re.IGNORECASE)
        # the verb that governs a date: what ends a clause (tense None), then the resource's
        # verb patterns in order, then its cues, in one pattern read once per sentence
        cues = (
            (res.clause_breaks, None),
            *res.tense_verbs,
            (res.future_cues, 1),
            (res.past_cues, -1),
        )
        self.tense_cues = cue_scanner(
            "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(cues)), re.IGNORECASE, compile_
        )
        self.cue_tenses: dict[str, int | None] = {f"c{i}": t for i, (_, t) in enumerate(cues)}
        adjacent = res.adjacent_verbs or (("(?!)", 0),)
        self.adjacent_verbs = compile_(
            "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(adjacent)), re.IGNORECASE
        )
        self.adjacent_tenses = {f"a{i}": t for i, (_, t) in enumerate(adjacent)}
        self.background_opener = compile_(r"\s*(?:" + res.background_openers + ")", re.I)
        # the genre's measures in one pass: its cue words, and sentence ends to count them by
        self.genre_cues = cue_scanner(
            f"(?P<narrative>{res.narrative_cues})|(?P<news>{res.news_cues})|(?P<end>[.!?](?:\\s|$))",
            re.IGNORECASE,
            compile_,
        )
        signal_words = (
            words_pattern(res.weekday_signals, self._letters) if res.weekday_signals else "(?!)"
        )
        # a negation in the clause before a signal, up to the signal (see `_negated`)
        self._negation = compile_(rf"(?:{res.negations})[^.;:!?\n]*$", re.IGNORECASE)
        self._comparison = compile_(res.comparisons, re.IGNORECASE)
        self._weekday_signal = compile_(signal_words + r"\s*$", re.IGNORECASE)
        self._weekday_signals = {w.casefold(): d for w, d in res.weekday_signals.items()}
        self._prefilter: Prefilter | None = None  # built once enough text has been read
        self._scanned = 0
        self._frame_cache: BoundedCache[tuple[int, tuple[str | None, ...]], _Frames]
        self._frame_cache = BoundedCache(_CACHE_LIMIT)
        regexes.save()

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """The spans of the text's sentences, with this language's abbreviations."""
        return split_sentences(text, self.resource.abbreviations)

    def _compile(
        self, rule: Rule, compile_: Callable[[str, int], re.Pattern[str]]
    ) -> re.Pattern[str]:
        body = expand(rule.pattern, self.resource.fragments, self._values, self._letters)
        flags = 0 if rule.case_sensitive else re.IGNORECASE
        try:
            return compile_(WRAP.format(body), flags)
        except re.error as exc:
            raise ValueError(f"rule {rule.name!r} does not compile: {exc}") from exc

    def find(self, text: str) -> list[Mention]:
        """All mentions in the text, in textual order."""
        with no_cycle_collection():
            chosen = self._select(_within_lines(text, self._candidates(text)))
            # a rule of kind "ignore" wins its span and tags nothing: ages, "Vendredi saint"
            mentions = [
                m for c in chosen if c.rule.rule.kind is not Kind.IGNORE and (m := self._mention(c))
            ]
            joined = self._anchor_edges(text, self._join_ranges(text, mentions))
            mentions = self._attach_signals(text, joined)
            return self._day_lists.join(text, mentions)  # "les 16, 17 et 18 décembre"

    def _candidates(self, text: str) -> list[_Candidate]:
        """Every rule's matches. A short text is scanned by each rule in turn; past
        `_PREFILTER_AFTER` characters, a prefilter (built once, ~0.1 s) tries each rule only
        where one of its beginnings occurs: the same matches, several times faster."""
        self._scanned += len(text)
        if self._prefilter is None and self._scanned < _PREFILTER_AFTER:
            return self._candidates_in_full(text)
        if self._prefilter is None:
            self._prefilter = self._new_prefilter()
        rules, new = self.rules, tuple.__new__  # without _Candidate's own __new__: 30 % faster
        return [
            new(_Candidate, (start - end, i, start, end, rules[i], m))  # priority: the index
            for i, m in self._prefilter.matches(text)
            if (end := m.end()) > (start := m.start())
        ]

    def _new_prefilter(self) -> Prefilter:
        """The prefilter of the rules. Working it out reads every pattern (about 0.3 s), so
        the result is kept between runs, for these exact patterns and this very analysis (the
        source of the modules that do it is part of the key)."""
        regexes = [rule.regex for rule in self.rules]

        def work_out() -> Plan:
            return plan(regexes, needs=rules_needed(regexes))

        try:
            analysis = [Path(m.__file__ or "").read_bytes() for m in (prefilter, patterns)]
        except OSError:  # the analysis cannot be told apart from another: worked out afresh
            worked_out = work_out()
        else:
            key = marshal.dumps(([(r.pattern, r.flags) for r in regexes], analysis))
            worked_out = kept(f"prefilter-plan-{self.resource.code}", key, work_out)
        compiled = RegexCache(f"prefilter-{self.resource.code}")  # its own patterns
        found = Prefilter(regexes, compile_=compiled.compile, worked_out=worked_out)
        compiled.save()
        return found

    def _candidates_in_full(self, text: str) -> list[_Candidate]:
        found = []
        for rule in self.rules:
            for m in rule.regex.finditer(text):
                if m.end() > m.start():
                    found.append(_candidate(m, rule))
        return found

    @staticmethod
    def _select(candidates: list[_Candidate]) -> list[_Candidate]:
        """Longest match first, then the earlier rule; no two chosen matches overlap."""
        candidates.sort()  # by their first fields: no two have the same rule and start
        # the characters the chosen matches cover: a candidate is free when none of its own
        # is covered (one scan in C per candidate, whatever the density of the text)
        covered = bytearray(max(map(_end, candidates), default=0))
        find, marks = covered.find, _MARKS
        chosen = []
        for c in candidates:
            start, end = c[2], c[3]
            if find(1, start, end) < 0:
                covered[start:end] = (
                    marks[end - start] if end - start < 64 else b"\x01" * (end - start)
                )
                chosen.append(c)
        chosen.sort(key=_start)
        return chosen

    def _mention(self, c: _Candidate) -> Mention | None:
        match, rule = c.match, c.rule
        frames = self._frames(rule, match)
        if frames is None:
            return None
        start, end = match.span(rule.x_group)  # the whole match when there is no "x"
        if start < 0:  # an "x" group that took no part
            start, end = match.span()
        first, second = frames
        text = match.string[start:end]
        name = rule.rule.name
        # the fields in order (start, end, text, rule, frame, frame_end, relation, parts):
        # positional, for a mention per expression
        if second is None:
            return _new_mention(start, end, text, name, first, None, rule.rule.relation)
        parts = _range_parts(rule, match, start, end)
        return _new_mention(start, end, text, name, first, second, Relation.RANGE, parts)

    def _frames(self, rule: CompiledRule, match: re.Match[str]) -> _Frames:
        """What the matched words say, a pure function of the rule and the matched groups;
        remembered, since news repeats "en 2014" and "hier"."""
        key = (rule.priority, match.groups())
        try:
            return self._frame_cache[key]
        except KeyError:  # no closure is made for the many that are found
            return self._frame_cache.remember(
                key, lambda: frames_from_groups(match.groupdict(), rule.rule, self.vocabulary)
            )

    def _join_ranges(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Join "de X à Y", "entre X et Y", "X - Y" into one range mention."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev is not None and self._is_range(text, prev, m):
                first, second = complete_range(prev.frame, m.frame)
                out[-1] = Mention(
                    start=prev.start, end=m.end, text=text[prev.start : m.end],
                    rule=f"{prev.rule} + {m.rule}", frame=first, frame_end=second,
                    relation=Relation.RANGE, parts=((prev.start, prev.end), (m.start, m.end)),
                )  # fmt: skip
            else:
                out.append(m)
        return out

    def _anchor_edges(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A length at the start or the end of the date right after it ("the first nine months
        of 2014", "les trois derniers mois de 2014") takes that date's year and month: it is
        placed there, not counted from the reference date. The date stays a mention."""
        out = list(mentions)
        for k in range(len(out) - 1):
            a, b = out[k], out[k + 1]
            edge = _edge(a.frame)
            if not edge or b.frame_end is not None or not _names_its_year(b.frame):
                continue
            if self._part_joiner.fullmatch(text, a.end, b.start):
                frame = replace(a.frame, edge=edge, year=b.frame.year, month=b.frame.month,
                                origin=None, deictic=None, direction=0)  # fmt: skip
                out[k] = replace(a, frame=frame)
        return out

    def ends_on(self, text: str, a: Mention, b: Mention) -> bool:
        """Whether `a` is said to end on `b`: "the first quarter ended Sept. 30"."""
        return self._end_joiner.fullmatch(text, a.end, b.start) is not None

    def _is_range(self, text: str, a: Mention, b: Mention) -> bool:
        if a.frame_end or b.frame_end or a.frame.kind not in _DATE_KINDS:
            return False
        if b.frame.kind not in _DATE_KINDS or b.frame.origin or a.frame.origin:
            return False
        between = text[a.end : b.start]
        if len(between) > _JOINER_REACH or not self._joiner.match(between):
            return False
        if _hard_break_in(text, a.end, b.start) >= 0:
            return False
        if between.strip().lower().replace("’", "'") in self.resource.bare_range_joiners:
            return True
        return bool(self._opener.search(text[max(0, a.start - _OPENER_REACH) : a.start]))

    def _attach_signals(self, text: str, mentions: list[Mention]) -> list[Mention]:
        out = []
        ends = self._word_ends
        for m in mentions:
            if text[max(0, m.start - _SIGNAL_REACH) : m.start].rstrip()[-1:] not in ends:
                out.append(m)  # a mention after a digit, a dash, a bracket: no word before
                continue
            m = self._approximated(text, m)
            if m.relation is None and (day := self._weekday_direction(text, m)):
                m = replace(m, frame=replace(m.frame, tense=day))  # "dès jeudi": that Thursday
            elif m.relation is None:
                found = self._signal.search(text, max(0, m.start - _SIGNAL_REACH), m.start)
                relation = self.vocabulary.signal(found.group("signal").strip()) if found else None
                if relation is Relation.FROM and (
                    m.frame.origin is Origin.PERIOD
                    or (found is not None and self._compared(text, found.start()))
                ):
                    # "up from the year-ago quarter", "rose 5% from 2014": the baseline of a
                    # comparison, no start
                    m = replace(m, baseline=True)
                elif relation in _NEGATABLE and found and self._negated(text, found.start()):
                    # "did not begin until July 9": then; "pas avant 2020": then at the earliest
                    if relation is Relation.BEFORE and m.frame.kind in _DATE_KINDS:
                        m = replace(m, relation=Relation.FROM)
                elif relation and (m.frame.kind in _DATE_KINDS or relation is Relation.SINCE):
                    m = replace(m, relation=relation)
            out.append(m)
        return out

    def _compared(self, text: str, at: int) -> bool:
        """A change measured just before a "from" that starts at `at` ("rose 5% from")."""
        return self._comparison.search(text, max(0, at - _NEGATION_REACH), at) is not None

    def _negated(self, text: str, at: int) -> bool:
        """A negation in the clause before an "until" or "before" that ends at `at`."""
        return self._negation.search(text, max(0, at - _NEGATION_REACH), at) is not None

    def _approximated(self, text: str, m: Mention) -> Mention:
        """A date or time right after a word that makes it approximate ("vers 0 h 40", "around
        Nov. 1", "circa 1750"): the word joins the expression, which is approximate."""
        f = m.frame
        if (self._approximator is None or m.frame_end is not None or f.kind not in _DATE_KINDS
                or f.mod is not None or f.approximate):  # fmt: skip
            return m
        if text.startswith(("'", "’"), m.end):  # "get around [Wednesday]'s ruling": a possessor
            return m
        found = self._approximator.search(text, max(0, m.start - _SIGNAL_REACH), m.start)
        if found is None:
            return m
        start = found.start()
        return replace(m, start=start, text=text[start : m.end],
                       frame=replace(f, approximate=True))  # fmt: skip

    def _weekday_direction(self, text: str, m: Mention) -> int:
        """The direction a word before a bare weekday gives it ("dès jeudi": +1), or 0."""
        if not self.resource.weekday_signals or not _is_bare_weekday(m.frame):
            return 0
        found = self._weekday_signal.search(text[max(0, m.start - _SIGNAL_REACH) : m.start])
        if found is None:
            return 0
        return self._weekday_signals.get(found.group(0).strip().casefold(), 0)


def _edge(f: Frame) -> int:
    """+1 for a length said to be at the start of what follows ("the first nine months"), -1
    for one counted back ("the last three months", "les trois derniers mois"), else 0."""
    if f.kind is not Kind.DURATION or f.unit is None or not f.amount:
        return 0
    if f.edge:
        return f.edge
    return -1 if f.origin is Origin.REFERENCE and f.deictic == -1 else 0


def _names_its_year(f: Frame) -> bool:
    """A year, or a month of a year, said by its words ("2014", "mars 2015")."""
    return (f.kind is Kind.DATE and f.year is not None and f.day is None and f.origin is None
            and f.season is None and f.quarter is None and f.half is None)  # fmt: skip


def _last_characters(words: Iterable[str]) -> frozenset[str]:
    """The last characters of the words, in both cases and with both apostrophes."""
    ends = {c for w in words if w for c in (w[-1].lower(), w[-1].upper())}
    return frozenset(ends | {"'", "’"} if ends & {"'", "’"} else ends)


def _is_bare_weekday(f: Frame) -> bool:
    return f.weekday is not None and f.month is None and f.day is None and f.year is None


def _within_lines(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Matches cut at the line breaks that end a title or a list item ("Chronique 1914-1918" /
    "Jours de guerre" is a range of years, then a title, not a duration of 1914 days): a match
    that runs across such a break is tried again on its own rule, up to the break. A break
    inside wrapped prose (a long line) is crossed like a space."""
    if "\n" not in text:
        return candidates
    out = []
    for c in candidates:
        if text.find("\n", c.start, c.end) < 0:  # most matches hold no line break at all
            out.append(c)
            continue
        stop = _hard_break_in(text, c.start, c.end)
        if stop < 0:
            out.append(c)
        elif (m := c.rule.regex.match(text, c.start, stop)) and m.end() > m.start():
            out.append(_candidate(m, c.rule))
    return out


def _hard_break_in(text: str, start: int, end: int) -> int:
    """The first line break between start and end that ends a short line (see
    `WRAPPED_LINE`), or -1."""
    brk = text.find("\n", start, end)
    while brk >= 0:
        line_start = text.rfind("\n", 0, brk) + 1
        if len(text[line_start:brk].strip()) < WRAPPED_LINE:
            return brk
        brk = text.find("\n", brk + 1, end)
    return -1


_MARKS = [b"\x01" * n for n in range(64)]  # the covered characters of a short match


_start = itemgetter(2)  # a candidate's start
_end = itemgetter(3)  # its end


_new_mention = maker(Mention)  # a mention per expression: see model.maker


def _candidate(m: re.Match[str], rule: CompiledRule) -> _Candidate:
    start, end = m.span()
    return _Candidate(start - end, rule.priority, start, end, rule, m)


def _range_parts(
    rule: CompiledRule, match: re.Match[str], start: int, end: int
) -> tuple[tuple[int, int], ...]:
    """The two expressions of a range matched by one rule: "du [19] au [23 juillet]": the end
    of the last non-empty group of the first, the start of the first one of the second."""
    span = match.span  # (a loop, not lists: a dense text has a range every few characters)
    first = second = -1
    for group in rule.first_groups:
        a, b = span(group)
        if b > a and b > first:
            first = b
    for group in rule.second_groups:
        a, b = span(group)
        if b > a and (second < 0 or a < second):
            second = a
    if first < 0 or second < 0 or first > second:
        return ()
    return ((start, first), (second, end))


@cache
def grammar_for(code: str) -> Grammar:
    from .languages import resource

    return Grammar(resource(code))


__all__ = ["Grammar", "expand", "grammar_for", "words_pattern"]
