"""Where rules can start: a cheap scan that finds the few places worth trying each rule at.

Running every rule's regex over the whole text tries each rule at every character. Instead,
each rule's pattern is read (with the `re` parser) to list the first few characters any match
can begin with ("en 2", "il y", a digit...). One scan of the text for all of them gives the
positions where some rule may start; each position is then tried only with the rules whose
beginnings fit it. The list is an over-approximation derived from the pattern itself, never
written by hand, so the rules find exactly what a full scan finds (a test compares them).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .cache import BoundedCache

# The parser `re` itself uses (Python 3.11+). Its tree is an implementation detail: anything
# the walk below does not know makes a rule fall back to a full scan, never a wrong result.
sre_c: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")

Prefix = tuple[str, ...]
_PREFIX_LENGTH = 7  # characters of beginnings: longer is more selective but slower to build
_MAX_PREFIXES = 4000  # beyond this a rule's beginnings are cut shorter
_CACHE_LIMIT = 50_000  # remembered dispatch keys; cleared when full, so memory stays flat
_WORD_START = "(?<!\\w)"
_CATEGORIES = {
    sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_NOT_DIGIT: r"\D",
    sre_c.CATEGORY_SPACE: r"\s", sre_c.CATEGORY_NOT_SPACE: r"\S",
    sre_c.CATEGORY_WORD: r"\w", sre_c.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip
_ZERO_WIDTH = {sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT}
_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)}


class Unsupported(Exception):
    """A pattern construct the analysis does not follow; the rule is then scanned in full."""


class _TooMany(Exception):
    pass


def beginnings(pattern: str, flags: int, length: int) -> set[Prefix]:
    """Every string a match of `pattern` can begin with, cut to `length` characters (shorter
    when the match is), each character as a regex class. Lookarounds are ignored, which only
    adds beginnings."""
    tree = sre_parse.parse(pattern, flags)
    if tree.state.flags & (re.ASCII | re.LOCALE | re.DOTALL):
        raise Unsupported("flags")
    walker = _Walker(tree.state.flags)
    return {p for p, _done in walker.sequence(tree.data, length, tree.state.flags)}


class _Walker:
    def __init__(self, flags: int) -> None:
        self.flags = flags
        self.memo: dict[tuple[int, int, int], frozenset[tuple[Prefix, bool]]] = {}

    def sequence(self, items: Any, budget: int, flags: int) -> frozenset[tuple[Prefix, bool]]:
        """(prefix, done) pairs: `done` when the prefix is a whole match of `items`, else it
        is a cut, `budget` characters long."""
        key = (id(items), budget, flags)
        if key in self.memo:
            return self.memo[key]
        states: set[tuple[Prefix, bool]] = {((), True)}
        for op, av in items:
            nxt: set[tuple[Prefix, bool]] = set()
            for prefix, done in states:
                if not done:
                    nxt.add((prefix, False))
                    continue
                for more, more_done in self.node(op, av, budget - len(prefix), flags):
                    nxt.add((prefix + more, more_done))
            if len(nxt) > _MAX_PREFIXES:
                raise _TooMany
            states = nxt
        found = frozenset(states)
        self.memo[key] = found  # keyed by id: the parse tree outlives the walk
        return found

    def node(self, op: Any, av: Any, budget: int, flags: int) -> Iterator[tuple[Prefix, bool]]:
        if op in _ZERO_WIDTH:
            yield (), True
        elif op in (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.IN, sre_c.ANY):
            yield ((_char_class(op, av, flags),), True) if budget > 0 else ((), False)
        elif op is sre_c.SUBPATTERN:
            _group, add, remove, sub = av
            inner = (flags | add) & ~remove
            if inner & (re.ASCII | re.LOCALE | re.DOTALL):
                raise Unsupported("scoped flags")
            yield from self.sequence(sub.data, budget, inner)
        elif op is sre_c.BRANCH:
            for alternative in av[1]:
                yield from self.sequence(alternative.data, budget, flags)
        elif op in _REPEATS:
            yield from self.repeat(*av, budget=budget, flags=flags)
        elif op is getattr(sre_c, "ATOMIC_GROUP", None):
            yield from self.sequence(av.data, budget, flags)
        else:  # back-references, conditionals
            raise Unsupported(str(op))

    def repeat(self, low: int, high: Any, sub: Any, *, budget: int, flags: int
               ) -> Iterator[tuple[Prefix, bool]]:  # fmt: skip
        nullable = sub.getwidth()[0] == 0
        if nullable:
            low = 0  # an empty repetition can stand for any number of them
        frontier: set[Prefix] = {()}
        seen: set[Prefix] = set(frontier)
        count = 0
        while frontier:
            if count >= low:
                yield from ((p, True) for p in frontier)
            if count == high:
                return
            nxt: set[Prefix] = set()
            for prefix in frontier:
                for more, done in self.sequence(sub.data, budget - len(prefix), flags):
                    if done:
                        nxt.add(prefix + more)
                    else:
                        yield prefix + more, False
            if nullable:
                nxt -= seen
                seen |= nxt
            if len(nxt) > _MAX_PREFIXES:
                raise _TooMany
            frontier = nxt
            count += 1


def _char_class(op: Any, av: Any, flags: int) -> str:
    """One character of a pattern as a regex for a single character. Prefixes are matched
    ignoring case, which only widens a positive class; a negated class that is case
    sensitive keeps its case."""
    if op is sre_c.LITERAL:
        return re.escape(chr(av))
    if op is sre_c.ANY:
        return "."
    if op is sre_c.NOT_LITERAL:
        body = "^" + _char(av)
    else:
        body = "".join(_class_item(item_op, item_av) for item_op, item_av in av)
    if body.startswith("^") and not flags & re.IGNORECASE:
        return f"(?-i:[{body}])"
    return f"[{body}]"


def _class_item(op: Any, av: Any) -> str:
    if op is sre_c.NEGATE:
        return "^"
    if op is sre_c.LITERAL:
        return _char(av)
    if op is sre_c.RANGE:
        return f"{_char(av[0])}-{_char(av[1])}"
    if op is sre_c.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise Unsupported(f"class item {op}")


def _char(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else char


_SAMPLE = "".join(map(chr, range(32, 127))) + "àâçéèêëîïôöùûüÀÉÈ’«»–"


def _broad(atom: str) -> bool:
    """Whether a character class lets a third or more of common characters through."""
    return len(re.findall(atom, _SAMPLE, re.IGNORECASE)) > len(_SAMPLE) // 3


def trie_pattern(prefixes: Sequence[Prefix]) -> str:
    """One regex matching any of the prefixes, with shared beginnings factored out."""
    root: dict[str, Any] = {}
    for prefix in prefixes:
        node = root
        for atom in prefix:
            node = node.setdefault(atom, {})
        node[""] = {}  # end of a prefix
    return _emit(root) or "(?!)"


def _emit(node: dict[str, Any]) -> str:
    if "" in node:  # a prefix ends here: what follows does not matter
        return ""
    branches = [atom + _emit(child) for atom, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def rule_beginnings(pattern: str, flags: int, length: int) -> set[Prefix] | None:
    """A rule's beginnings, cut shorter when there are too many; None when the pattern uses
    something the analysis does not follow (the rule is then scanned in full)."""
    for size in range(length, 0, -1):
        try:
            return beginnings(pattern, flags, size)
        except _TooMany:
            continue
        except (Unsupported, re.error, RecursionError):
            return None
    return None


def _depth(needs: Sequence[int], i: int) -> int:
    """How many patterns pattern i needs, one needing the next: those come before it."""
    return 0 if needs[i] < 0 else 1 + _depth(needs, needs[i])


Plan = tuple[tuple[str | None, ...], str, str, tuple[int, ...]]
"""What the analysis of a set of patterns finds, as plain data (kept between runs, see
`Grammar`): per pattern the regex of its beginnings (None: scanned in full), the regex of
the places where a beginning may start, the union of all beginnings, and `needs`."""


def plan(patterns: Sequence[re.Pattern[str]], length: int = _PREFIX_LENGTH,
         needs: Sequence[int] | None = None) -> Plan:  # fmt: skip
    """The prefilter of `patterns`, worked out: each pattern's beginnings of `length`
    characters (see `Prefilter` for `needs`)."""
    # patterns scanned in full: those the analysis cannot follow, and those that can
    # start on almost any word ("\w+ed on Friday"), which one regex scan does faster
    tests: list[str | None] = []
    every: set[Prefix] = set()
    for pattern in patterns:
        found = rule_beginnings(pattern.pattern, pattern.flags, length)
        # a pattern that may match the empty string has the empty beginning: scanned too
        if found is None or () in found or any(_broad(prefix[0]) for prefix in found):
            tests.append(None)
            continue
        every |= found
        tests.append(trie_pattern(sorted(found)))
    word_start = all(p.pattern.startswith(_WORD_START) for p in patterns)
    lookbehind = _WORD_START if word_start else ""
    # a first test on the first character alone rejects most places faster
    firsts = sorted({prefix[0] for prefix in every if prefix})
    first = f"(?={'|'.join(firsts)})" if every and all(firsts) else ""
    needed = tuple(needs) if needs is not None else (-1,) * len(patterns)
    return tuple(tests), f"{lookbehind}{first}", trie_pattern(sorted(every)), needed


class Prefilter:
    """Finds the matches of many patterns, each as its own `finditer` would, by trying each
    pattern only where one of its beginnings occurs."""

    def __init__(
        self,
        patterns: Sequence[re.Pattern[str]],
        length: int = _PREFIX_LENGTH,
        needs: Sequence[int] | None = None,
        compile_: Callable[[str, int], re.Pattern[str]] = re.compile,
        worked_out: Plan | None = None,
    ) -> None:
        """`needs[j]`, when not -1, is a pattern that matches wherever pattern j does (see
        `Grammar`): where it has just failed, pattern j is not tried. `compile_` compiles the
        prefilter's own patterns (`regexcache` keeps them between runs); `worked_out` is
        `plan(patterns, length, needs)` when it was kept from an earlier run."""
        self.patterns = tuple(patterns)
        tests, places, union, self.needs = worked_out or plan(self.patterns, length, needs)
        self.length = length
        self.full_scan = [i for i, test in enumerate(tests) if test is None]
        self.tests = [None if t is None else compile_(t, re.IGNORECASE) for t in tests]
        # where a beginning may start (a word's start, one of the first characters), and
        # whether one does: tried once per distinct key, not at each place (see `matches`)
        self._places = compile_(places, re.IGNORECASE)
        self._begins = compile_(union, re.IGNORECASE).match
        self._dispatch: BoundedCache[str, tuple[int, ...]] = BoundedCache(_CACHE_LIMIT)
        # the patterns in the order they are tried: a needed one before those that need it
        self._order = sorted(range(len(self.patterns)), key=lambda i: _depth(self.needs, i))
        self._needed = {need for need in self.needs if need >= 0}

    def _which(self, key: str) -> tuple[int, ...]:
        """The patterns with a beginning that fits the text starting with `key`."""

        def make() -> tuple[int, ...]:
            if not self._begins(key):  # most words begin no rule: one test, not one per rule
                return ()
            return tuple(i for i, t in enumerate(self.tests) if t is not None and t.match(key))

        return self._dispatch.remember(key, make)

    def matches(self, text: str) -> list[tuple[int, re.Match[str]]]:
        """(pattern index, match) for every match `pattern.finditer(text)` gives, grouped by
        pattern. First the places where each pattern may begin, in one pass over the text;
        then each pattern tried at its own places, where its previous match does not cover
        them (as its own scan would go on) and the pattern it needs has not failed."""
        length, dispatch = self.length, self._dispatch
        places: list[list[int]] = [[] for _ in self.patterns]
        # each place where a beginning may start is looked up by the text there: the words
        # of a text repeat, so a dict lookup replaces running the union of beginnings
        for place in self._places.finditer(text):
            pos = place.start()
            key = text[pos : pos + length]
            which = dispatch.get(key)
            if which is None:
                which = self._which(key)
            for i in which:
                places[i].append(pos)
        found: list[tuple[int, re.Match[str]]] = []
        append = found.append
        failed: dict[int, set[int]] = {}  # where each needed pattern failed
        for i in self._order:
            if not places[i]:
                continue
            match, need = self.patterns[i].match, self.needs[i]
            skip = failed.get(need, ())
            fails: set[int] | None = failed.setdefault(i, set()) if i in self._needed else None
            resume = 0  # where the pattern's own scan would go on from
            for pos in places[i]:
                if pos < resume or pos in skip:
                    continue
                if m := match(text, pos):
                    resume = m.end()  # non-empty: patterns that can be empty are in full_scan
                    append((i, m))
                elif fails is not None:
                    fails.add(pos)
        for i in self.full_scan:
            found.extend((i, m) for m in self.patterns[i].finditer(text))
        return found
