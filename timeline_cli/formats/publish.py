"""The publishing formats by name, as the CLI calls them: timelines in, the whole text out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Timeline
from ..render import merged, shown
from .html import to_html
from .markdown import to_markdown
from .timelinejs import to_timelinejs
from .timeml import to_timeml


def _markdown(timelines: Sequence[Timeline], show_all: bool) -> str:
    return to_markdown(timelines, shown(merged(timelines), show_all))


def _html(timelines: Sequence[Timeline], show_all: bool) -> str:
    return to_html(timelines, shown(merged(timelines), show_all))


def _timelinejs(timelines: Sequence[Timeline], show_all: bool) -> str:
    return to_timelinejs(timelines, merged(timelines))


def _timeml(timelines: Sequence[Timeline], show_all: bool) -> str:
    """One TimeML document per input, one after the other."""
    return "".join(to_timeml(t) for t in timelines)


PUBLISHERS: dict[str, Callable[[Sequence[Timeline], bool], str]] = {
    "markdown": _markdown,
    "html": _html,
    "timelinejs": _timelinejs,
    "timeml": _timeml,
}
NEEDS_TEXT = {"timeml"}  # formats that need the documents' text kept in the timelines
