"""Regular-expression text: the patterns built from a resource's words and rule templates,
and what `re`'s own parser tells about them (which rule a rule begins with, where the cues of
a scanner can start). Nothing here reads a text; `grammar.py` compiles and runs the patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .prefilter import Unsupported, beginnings, sre_c, sre_parse

_PLACEHOLDER = re.compile(r"\{([A-Z][A-Z_0-9]*)\}")
WRAP = r"(?<!\w)(?:{})(?!\w)"  # every rule's pattern: on word edges


APOSTROPHES = {"'": "['’]", "’": "['’]"}  # either apostrophe stands for both


def letter_variants(bare_capitals: Mapping[str, str]) -> dict[str, str]:
    """What each letter of a pattern stands for, beyond itself: either apostrophe for both
    (anywhere), and a letter whose capital is often typed without its accent ("A partir de",
    "Eté 2014") for itself or that bare capital, at the start of a word, where capitals are
    (a language resource's table)."""
    bare = {c: f"(?:{c}|(?-i:{b}))" for c, b in bare_capitals.items()}
    return {**APOSTROPHES, **bare}


def words_pattern(words: Iterable[str], variants: Mapping[str, str] = APOSTROPHES) -> str:
    """An alternation matching any of the words, longest first, with flexible apostrophes,
    hyphens and spaces (and the letter `variants`), that starts and ends on a word edge."""
    words = set(words)
    return _words_trie(words, variants) or _words_alternation(words, variants)


def _words_alternation(words: Iterable[str], variants: Mapping[str, str]) -> str:
    alternatives = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        parts = re.split(r"[\s-]+", word)
        escaped = r"[\s-]+".join(re.escape(p) for p in parts)
        alternatives.append(_variants(escaped.replace("’", "'"), variants))
    return r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)"


_SEPARATOR = r"[\s-]+"
_Trie = dict[str, "_Trie"]


def _words_trie(words: Iterable[str], variants: Mapping[str, str]) -> str | None:
    """The same alternation with shared beginnings factored out ("an", "ans", "année" as
    `an(?:n…|s)?`), which the regex engine rejects much faster. It matches the same text with
    the same preference: the words that fit at one place are prefixes of each other, tried
    longest first either way. None when that reasoning does not hold for these words (two
    branches differing only in case, or a longer spelling that matches less text)."""
    root: _Trie = {}
    lengths: dict[int, set[int]] = {}  # id of a node -> lengths of the words ending there
    for word in words:
        node = root
        for i, part in enumerate(re.split(r"[\s-]+", word)):
            for token in ([_SEPARATOR] if i else []) + _tokens(part, variants):
                node = node.setdefault(token, {})
        node.setdefault("", {})
        lengths.setdefault(id(node), set()).add(len(word))
    if not root or not _trie_ordered(root, lengths, -1):
        return None
    return r"(?<!\w)" + _first_letters(root) + "(?:" + _trie_body(root) + r")(?!\w)"


def _first_letters(root: _Trie) -> str:
    """A look-ahead at the characters the words can begin with, when each is one character:
    a place that begins with none of them is rejected in one step, not one per branch (the
    number words fail at each of "2015-2015-..." in a third of the time)."""
    firsts = [token for token in root if token]
    if len(firsts) < 2 or not all(len(t) == 1 or (len(t) == 2 and t[0] == "\\") for t in firsts):
        return ""  # one first letter is checked as fast by the trie itself
    return "(?=[" + "".join(sorted(firsts)) + "])"


def _trie_ordered(node: _Trie, lengths: dict[int, set[int]], shorter: int) -> bool:
    here = lengths.get(id(node), set())
    if here and min(here) <= shorter:
        return False
    branches = [token for token in node if token]
    if len({token.casefold() for token in branches}) < len(branches):
        return False
    longest = max(here, default=shorter)
    return all(_trie_ordered(node[token], lengths, longest) for token in branches)


def _trie_body(node: _Trie) -> str:
    branches = [token + _trie_body(node[token]) for token in sorted(node) if token]
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return "(?:" + body + ")?" if branches else ""


def expand(
    pattern: str,
    fragments: Mapping[str, str],
    values: Mapping[str, str],
    variants: Mapping[str, str] = APOSTROPHES,
) -> str:
    """Replace {NAME} placeholders by fragments and vocabulary alternations, recursively.
    A straight apostrophe in a rule or fragment also matches a curly one, and each letter of
    `variants` what it stands for (the vocabulary's alternations already do)."""

    def piece(name: str) -> str | None:
        if name in fragments:
            return _variants(fragments[name], variants)
        return values.get(name)

    pattern = _variants(pattern, variants)
    for _ in range(6):
        new = _PLACEHOLDER.sub(lambda m: piece(m.group(1)) or m.group(0), pattern)
        if new == pattern:
            break
        pattern = new
    if _PLACEHOLDER.search(pattern):
        raise ValueError(f"unknown placeholder in pattern: {pattern[:80]}")
    return pattern


def _tokens(word: str, variants: Mapping[str, str]) -> list[str]:
    """The letters of a word as pattern pieces, with their variants (`_variant`)."""
    return [_variant(c, variants, i == 0 or not word[i - 1].isalnum()) or re.escape(c)
            for i, c in enumerate(word)]  # fmt: skip


def _variant(c: str, variants: Mapping[str, str], word_start: bool) -> str | None:
    """What a letter stands for: an apostrophe both, a letter of `variants` its bare capital
    too where a word starts; None: itself."""
    if c in APOSTROPHES or word_start:
        return variants.get(c)
    return None


def _variants(pattern: str, variants: Mapping[str, str]) -> str:
    """Each letter of `variants` replaced by what it stands for (`_variant`: "'" by "['’]"
    anywhere, "à" by "(?:à|(?-i:A))" where a word starts), except inside a character class,
    after a backslash, and a curly apostrophe written in the pattern."""
    out, in_class, escaped, after_letter = [], False, False, False
    for c in pattern:
        out.append(c)
        if escaped:  # "\s", "\d", "\.": not a letter of a word
            escaped, after_letter = False, False
            continue
        if c == "\\":
            escaped = True
        elif c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        elif not in_class and c != "’" and (variant := _variant(c, variants, not after_letter)):
            out[-1] = variant
        after_letter = c.isalnum() and not in_class
    return "".join(out)


def cue_scanner(
    pattern: str, flags: int, compile_: Callable[[str, int], re.Pattern[str]] = re.compile
) -> re.Pattern[str]:
    """A pattern of cue words (verbs, genre words) and punctuation, compiled to be run over
    whole sentences: a cue starts at the start of a word or is a mark (a convention of the
    resources, checked on the corpora by a test), so the positions inside words, most of a
    text, are ruled out before the many alternatives are tried: twice as fast."""
    guard = _cue_guard(pattern, flags)
    return compile_(f"{guard}(?:{pattern})" if guard else pattern, flags)


def _cue_guard(pattern: str, flags: int) -> str:
    """What rules out the inside of words for the pattern: its first characters (read with the
    `re` parser, as the prefilter does) that are marks, in a class with the word characters;
    "" when its beginnings are not all words and marks."""
    try:
        firsts = beginnings(pattern, flags, 1)
    except (Unsupported, re.error, RecursionError):
        return ""
    marks: set[str] = set()
    for first in firsts:
        if not first:  # the pattern can match the empty string
            return ""
        (c,) = first
        if re.fullmatch(r"\[[^\\\]-]+\]", c):  # a plain set of characters: "[.!?]"
            marks.update(re.escape(x) for x in c[1:-1] if not re.match(r"\w", x))
        elif len(c) == 1 and not re.match(r"\w", c):
            marks.add(re.escape(c))
        elif not re.fullmatch(r"(?:\[(?:\\[wd]|[^\W_]|-)+\]|\w)", c):
            return ""  # a class that may hold a mark: no guard
    return f"(?=[\\w{''.join(sorted(marks))}])(?:(?<!\\w)|(?!\\w))"


def rules_needed(regexes: list[re.Pattern[str]]) -> list[int]:
    """For each rule, another that matches wherever it does, or -1: where that one fails, this
    one need not be tried. Rule A is such a one for rule B when, item for item as `re` parses
    them and with the same flags, B's pattern begins with a head of A's that ends on a word
    edge, and what follows that head in A may match nothing: "{AMOUNT} {UNIT}" (and an
    optional "et demi") for "{AMOUNT} {UNIT} plus tard". Any match of B then passes through
    a match of A. Of several such rules, the one with the longest head is kept."""
    bodies = [r.pattern[len(WRAP.split("{")[0]) : -len(WRAP.split("}")[1])] for r in regexes]
    parsed = []
    for body, regex in zip(bodies, regexes, strict=True):
        try:
            parsed.append(list(sre_parse.parse(body, regex.flags)))
        except (re.error, RecursionError):
            parsed.append([])
    shown = [[repr(item) for item in items] for items in parsed]
    heads = [_heads(items) for items in parsed]
    needs = []
    for b, items in enumerate(shown):
        found, longest = -1, 0
        for a, lengths in enumerate(heads):
            if a == b or regexes[a].flags != regexes[b].flags:
                continue
            for k in lengths:  # longest first
                if longest < k < len(items) and shown[a][:k] == items[:k]:
                    found, longest = a, k
                    break
        needs.append(found)
    return needs


def _heads(items: list[Any]) -> list[int]:
    """The lengths k, longest first, for which items[:k] ends on a word edge and every item
    after it may match nothing."""
    lengths = []
    for k in range(len(items), 0, -1):
        if k < len(items) and _min_width(items[k]) > 0:
            break  # an item that must match something: no shorter head either
        if _ends_on_word_edge(items[:k]):
            lengths.append(k)
    return lengths


def _min_width(item: Any) -> int:
    sub = sre_parse.SubPattern(sre_parse.State(), [item])
    return int(sub.getwidth()[0])


def _ends_on_word_edge(items: Any) -> bool:
    r"""Whether every way through the parsed items ends with `(?!\w)`."""
    if not items:
        return False
    op, av = items[-1]
    if op is sre_c.ASSERT_NOT:
        direction, sub = av
        return direction == 1 and repr(sub.data) == _NOT_WORD
    if op is sre_c.SUBPATTERN:
        return _ends_on_word_edge(av[3].data)
    if op is sre_c.BRANCH:
        return all(_ends_on_word_edge(alternative.data) for alternative in av[1])
    return False


_NOT_WORD = repr(sre_parse.parse(r"\w").data)


__all__ = [
    "APOSTROPHES", "WRAP", "cue_scanner", "expand", "letter_variants", "rules_needed",
    "words_pattern",
]  # fmt: skip
