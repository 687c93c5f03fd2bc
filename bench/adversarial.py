"""Inputs built to make regular expressions backtrack: long runs of what the rules look for.

`adversarial_text` mixes them all; `KINDS` gives each family 1 MB of its own, the way an attack
would send it: runs of sentence punctuation with no space after (the sentence splitter), runs
of digits (the number and year rules), and dates packed back to back (every character starts
an expression: memory per entry).
"""

from __future__ import annotations

from collections.abc import Callable

PIECES = (
    "1" * 5000,  # a run of digits
    "2015" * 1000,
    "-" * 5000,  # dashes, slashes and mixed separators
    "/" * 5000,
    "12/" * 1500,
    "1-2-" * 1000,
    "12.05." * 800,
    "3 " * 2000,  # numbers separated as in dates and amounts
    "1 000 " * 800,
    "mars " * 1000,  # month and weekday names, with and without numbers
    "lundi mardi 3 mars " * 300,
    "March May 2014, " * 300,
    "Monday 3 " * 500,
    "il y a " * 800,  # the start of "il y a trois ans", never finished
    "il y a trois " * 400,
    "ago ago " * 500,
    "début fin mi- " * 400,
    "de 2011 à de 2011 à " * 300,
    "'''’’’" * 800,
    "\n" * 2000,
    "é" * 3000,
    "." * 5000,  # sentence ends with no space after: the splitter must not rescan the run
    "!?…" * 1500,
    ".»)" * 1500,
    "Il y a plus de vingt ans, depuis le 3 mars 2012 jusqu'au 5 avril, " * 100,
)


def adversarial_text(size: int = 1_000_000) -> str:
    """About `size` characters of the pieces in turn, separated by one space."""
    out: list[str] = []
    length = 0
    while length < size:
        for piece in PIECES:
            out.append(piece)
            length += len(piece) + 1
            if length >= size:
                break
    return " ".join(out)[:size]


def _repeated(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


KINDS: dict[str, Callable[[int], str]] = {
    "mixed": adversarial_text,
    "punctuation": _repeated(".!?….»"),
    "digits": _repeated("1234567890"),
    "dense dates": _repeated("2015-"),
    "dense day dates": _repeated("12/05/2013 "),
}
