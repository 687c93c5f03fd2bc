"""One bounded cache for the engine's memoised steps (frames of a match, resolutions, the
prefilter's dispatch): a dict that forgets everything when full, so memory stays flat on an
archive while the entries that matter (news repeats "en 2014" and "hier") come back at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedCache(dict[K, V]):
    """A dict of at most `limit` entries; cleared, not evicted one by one, when full."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def remember(self, key: K, make: Callable[[], V]) -> V:
        """The value for the key, made and kept the first time (a None value is kept too)."""
        try:
            return self[key]
        except KeyError:
            if len(self) >= self.limit:
                self.clear()
            value = self[key] = make()
            return value
