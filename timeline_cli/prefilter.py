"""Where rules can start: a cheap scan that finds the few places worth trying each rule at.

Running every rule's regex over the whole text tries each rule at every character. Instead,
each rule's pattern is read (with the `re` parser) to list the first few characters any match
can begin with ("en 2", "il y", a digit...). One scan of the text for all of them gives the
positions where some rule may start; each position is then tried only with the rules whose
beginnings fit it. The list is an over-approximation derived from the pattern itself, never
written by hand, so the rules find exactly what a full scan finds (a test compares them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

try:  # the parser `re` itself uses; its tree is stable across Python 3.11-3.13
    from re import _constants as sre_c
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

Prefix = tuple[str, ...]  # one regex character class per character
_MAX_PREFIXES = 4000  # beyond this a rule's beginnings are cut shorter
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
    """One character of a pattern as a self-contained class with its case flag."""
    if op is sre_c.LITERAL:
        body = _char(av)
    elif op is sre_c.NOT_LITERAL:
        body = "^" + _char(av)
    elif op is sre_c.ANY:
        body = "^\n"
    else:
        body = "".join(_class_item(item_op, item_av) for item_op, item_av in av)
    case = "i" if flags & re.IGNORECASE else "-i"
    return f"(?{case}:[{body}])"


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
    return f"\\U{code:08x}"


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
