"""English: the language resource, joined from this folder: `vocabulary.py` (word tables),
`fragments.py` (shared pattern pieces), `rules.py` (the priority list of the rule families
in `traps.py`, `calendar.py`, `years.py`, `reference.py`, `story.py`, `durations.py`...), and
`cases.py` (the positive and negative case tables).

Examples resolve against the reference date 2015-09-15 (a Tuesday); brackets mark the extent
when an example carries context the rule does not tag. Extents follow TimeML: determiners and
modifiers are inside ("[the past three years]", "[early next year]", "[a year ago]"), the
signal word stays outside ("since [2011]", "in [five years]", "within [a week]").
"""

from __future__ import annotations

from ...schema import LanguageResource, vocabulary_of
from . import discourse, vocabulary
from .fragments import FRAGMENTS
from .rules import RULES

ENGLISH = LanguageResource(
    code="en",
    name="English",
    vocabulary=vocabulary_of(vocabulary),
    range_openers=("from", "between"),
    range_joiners=("to", "and", "-", "–", "through", "until"),
    part_joiners=("of",),
    function_words=frozenset(
        "the of and to in is was that for on with as by at from it are were be has have this"
        " which said will would its their been who not but".split()
    ),
    abbreviations=frozenset(
        "mr mrs ms dr st jr sr gen col lt sgt gov sen rep inc corp co ltd u.s u.k e.g i.e vs"
        " jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun no"
        # the states of datelines ("REDMOND, Wash. —"), not those that are words too ("Ill.")
        " ala ariz ark calif colo conn del fla ga ind kan ky md mich minn mont neb nev okla penn"
        " tenn tex va vt wash wis wyo n.y n.j n.c s.c n.d s.d n.h n.m d.c"
        # court citations: "(Tex. Crim. App. 1992)", "5th Cir.", "S.D.N.Y.", "Supp."
        " app crim civ cir ct dist supp"
        .split()
    ),
    # "plans to" as a verb only: "announced plans to buy" tells nothing of the tense
    future_cues=r"\b(?:will|shall|going\s+to|(?<!announced\s)(?<!unveiled\s)(?<!its\s)(?<!their\s)"
    r"(?<!the\s)(?<!no\s)(?<!had\s)plans?\s+to|is\s+to|are\s+to|next(?!\s+to\b)|upcoming"
    r"|scheduled|planned\s+for|expected\s+to)\b|'ll\b",
    # Auxiliaries and explicit past words only: a word ending in -ed is as often an
    # adjective or a passive ("the reduced dividend", "is expected") as a past verb.
    past_cues=r"\b(?:was|were|had|did|ago|last|yesterday)\b",
    publication_cues=("published", "updated", "posted", "date", "dateline"),
    fragments=FRAGMENTS,
    rules=RULES,
    tense_verbs=discourse.TENSE_VERBS,
    adjacent_verbs=discourse.ADJACENT_VERBS,
    clause_breaks=discourse.CLAUSE_BREAKS,
    background_openers=discourse.BACKGROUND_OPENERS,
    weekday_signals=discourse.WEEKDAY_SIGNALS,
    narrative_cues=discourse.NARRATIVE_CUES,
    news_cues=discourse.NEWS_CUES,
    month_case_sensitive=True,
    # lists of days sharing a month: "on March 3, 5 and 7", "the 14th, 21st and 28th of May"
    list_day="{DAY}",
    list_conjunctions=("and",),
    end_joiners=("ended", "ending", "that ended", "which ended"),
    negations=r"\b(?:not|never|no\s+one|nobody|nothing)\b|n['’]t\b",
    comparisons=discourse.COMPARISONS,
    list_determiners=("the",),
    not_after_number=(
        "%", "percent", "per\\s+cent", "\\$", "dollars?", "euros?", "people", "troops",
        "soldiers", "dead", "killed", "tons?", "miles?", "km", "kilometers?", "residents",
        "jobs", "votes",
    ),
)  # fmt: skip
