"""Every rule's examples, in every language, resolve as the rule says they do."""

from __future__ import annotations

import re

import pytest

from timeline_cli import build_timeline
from timeline_cli.languages import LANGUAGES, resource
from timeline_cli.schema import Example

from .conftest import REF

CASES = [
    pytest.param(code, rule.name, example, id=f"{code}:{rule.name}:{example.text}")
    for code in LANGUAGES
    for rule in resource(code).rules
    for example in rule.examples
]


def _extent(example: Example) -> tuple[str, str]:
    """The example as plain text, and the part of it the rule must tag."""
    found = re.search(r"\[(.+?)\]", example.text)
    plain = example.text.replace("[", "").replace("]", "")
    return plain, found.group(1) if found else plain


def _check(field: str, want: str, got: object) -> None:
    if want == "":
        return
    if want == "-":
        assert got is None, f"{field}: want null, got {got}"
    else:
        assert str(got) == want, f"{field}: want {want}, got {got}"


def test_every_rule_has_examples() -> None:
    for code in LANGUAGES:
        for rule in resource(code).rules:
            assert rule.examples, f"{code} rule {rule.name!r} has no example"


@pytest.mark.parametrize(("code", "rule", "example"), CASES)
def test_rule_example(code: str, rule: str, example: Example) -> None:
    text, extent = _extent(example)
    timeline = build_timeline(text, lang=code, ref_date=REF)
    if resource(code).rules[[r.name for r in resource(code).rules].index(rule)].kind == "ignore":
        begin = text.index(extent)
        assert not [e for e in timeline.entries if e.char_start < begin + len(extent)
                    and e.char_end > begin], f"{extent!r} must not be tagged"  # fmt: skip
        return
    hits = [e for e in timeline.entries if e.text == extent]
    assert hits, f"{extent!r} not found in {text!r}: {[e.text for e in timeline.entries]}"
    entry = hits[0]
    _check("value", example.value, entry.value)
    _check("start", example.start, entry.start)
    _check("end", example.end, entry.end)
    _check("type", example.type, entry.type)
