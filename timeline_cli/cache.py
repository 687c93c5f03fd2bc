"""One bounded cache for the engine's memoised steps (frames of a match, resolutions, the
prefilter's dispatch): a dict that forgets everything when full, so memory stays flat on an
archive while the entries that matter (news repeats "en 2014" and "hier") come back at once.
Also the pause of the cycle collector around the steps that make an object per expression."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a text's mentions and entries are made: a dense
    text makes a match, a candidate, a mention and an entry per expression, none in a cycle,
    and the collector, run every 700 new objects over all those still alive, took a third of
    the time (1 MB of dates back to back: 1.5 of 2.2 s finding mentions). It runs again as
    before afterwards (if it was on). What was made meanwhile is moved out of its reach
    (`gc.freeze`) rather than scanned once more when it restarts (another 0.4 s there): those
    objects still go by their reference counts. That holds only because the engine makes no
    reference cycle (no closure that calls itself, no object that points back at its owner);
    `tests/test_cache.py` checks that building timelines leaves nothing for the collector."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.enable()
