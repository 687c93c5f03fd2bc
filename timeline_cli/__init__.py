"""timeline: turn a news article into a chronological timeline (French and English fully, other
languages through basic support)."""

from .model import Entry, Reference, Timeline
from .pipeline import build_timeline, build_timelines

__all__ = ["Entry", "Reference", "Timeline", "build_timeline", "build_timelines"]
__version__ = "0.1.0"
