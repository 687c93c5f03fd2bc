"""The one bounded cache: values made once, None kept, everything forgotten when full."""

from __future__ import annotations

from timeline_cli.cache import BoundedCache


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
