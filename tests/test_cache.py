"""The one bounded cache: values made once, None kept, everything forgotten when full."""

from __future__ import annotations

import gc

import pytest

from timeline_cli import build_timeline
from timeline_cli.cache import BoundedCache
from timeline_cli.grammar import grammar_for

from .conftest import ADVERSARIAL_KINDS, ROOT, adversarial_text


def test_a_value_is_made_once_even_none() -> None:
    cache: BoundedCache[str, int | None] = BoundedCache(10)
    calls: list[str] = []
    for _ in range(3):
        assert cache.remember("a", lambda: calls.append("a")) is None
    assert calls == ["a"]


def test_a_full_cache_starts_again_and_stays_bounded() -> None:
    cache: BoundedCache[int, int] = BoundedCache(3)
    for i in range(10):
        assert cache.remember(i, lambda i=i: i * i) == i * i  # type: ignore[misc]
        assert len(cache) <= 3
    assert cache.remember(9, lambda: -1) == 81


@pytest.mark.parametrize("code", ["fr", "en"])
def test_building_timelines_makes_no_reference_cycle(code: str) -> None:
    """What the engine makes while the collector is paused is frozen, not scanned
    (`cache.no_cycle_collection`): it must all go by reference counts. Long texts build the
    prefilter and fill its dispatch table; the collector then finds nothing unreachable."""
    sample = ROOT / "samples" / ("barrage-fr.txt" if code == "fr" else "harbour-en.txt")
    texts = [
        sample.read_text(encoding="utf-8") * 60,
        adversarial_text(60_000, ADVERSARIAL_KINDS[0]),
    ]
    grammar_for.cache_clear()  # a new grammar: its prefilter is built and its table filled here
    gc.unfreeze()  # what earlier tests left, collected before this one counts
    gc.collect()
    for text in texts:
        timeline = build_timeline(text, lang=code, ref_date="2015-09-15")
        assert timeline.entries
        del timeline
        gc.unfreeze()  # what the pauses froze, given back to be scanned
        assert gc.collect() == 0
