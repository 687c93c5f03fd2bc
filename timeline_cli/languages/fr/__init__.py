"""French: the language resource, joined from this folder: `vocabulary.py` (word tables),
`fragments.py` (shared pattern pieces), `rules.py` (the priority list of the rule families
in `traps.py`, `calendar.py`, `years.py`, `reference.py`, `story.py`, `durations.py`...), and
`cases.py` (the positive and negative case tables).

Examples resolve against the reference date 2015-09-15 (a Tuesday); brackets mark the extent
when an example carries context the rule does not tag.
"""

from __future__ import annotations

from ...schema import LanguageResource, vocabulary_of
from . import discourse, vocabulary
from .fragments import FRAGMENTS, INSERTED_ADVERBS
from .rules import RULES

FRENCH = LanguageResource(
    code="fr",
    name="French",
    vocabulary=vocabulary_of(vocabulary),
    range_openers=("de", "du", "d'", "entre", "depuis"),
    range_joiners=("à", "au", "et", "-", "–", "jusqu'à", "jusqu'en", "jusqu'au"),
    bare_range_joiners=("-", "–", "au", "jusqu'au"),
    signal_adverbs=INSERTED_ADVERBS,
    part_joiners=("de", "d'"),
    bare_capitals={"à": "A", "â": "A", "é": "E", "ê": "E", "î": "I", "ô": "O"},
    function_words=frozenset(
        "le la les des du de et est un une que qui dans pour pas au aux sur avec ce cette il"
        " elle sont ont été par mais ou où leur plus selon après depuis".split()
    ),
    abbreviations=frozenset(
        "m mm mme mmes dr me st ste av j.-c etc cf p ex vol janv févr mgr pr prof".split()
    ),
    future_cues=r"\b(?:va|vont|devrait|devraient|doit|doivent|prochain|prochaine|prochains"
    r"|prochaines|prévue?s?|programmée?s?)\b|\b\w{2,}(?:ra|ront|rai|rons)\b",
    past_cues=r"\b(?:a|ont|avait|avaient|avons|avez|aurait|auraient|eut|eurent)\s+"
    r"(?:(?:déjà|aussi|encore|également|ensuite|enfin|pourtant|bien|pas|jamais|notamment)\s+)?"
    r"(?!lieu\b)\w+(?:é|ée|és|ées|i|is|ie|it|u|us|ue|ert|ort|aint|eint)\b"  # "a lieu": present
    r"|\b(?:était|étaient|fut|furent|dernier|dernière|derniers|dernières)\b|\b\w{3,}(?:ait|aient)\b",
    publication_cues=("publié le", "publié", "mis à jour le", "mise à jour", "date"),
    reference_type="TIME",  # French TimeBank: "maintenant", "l'avenir", "actuel" are TIME
    fragments=FRAGMENTS,
    rules=RULES,
    tense_verbs=discourse.TENSE_VERBS,
    adjacent_verbs=discourse.ADJACENT_VERBS,
    clause_breaks=discourse.CLAUSE_BREAKS,
    background_openers=discourse.BACKGROUND_OPENERS,
    weekday_signals=discourse.WEEKDAY_SIGNALS,
    narrative_cues=discourse.NARRATIVE_CUES,
    news_cues=discourse.NEWS_CUES,
    # lists of days sharing a month: "les 16, 17 et 18 décembre", "du 2, 9 et 16 juin"
    list_day="{DAY}",
    list_conjunctions=("et",),
    end_joiners=("clos", "clôturé", "achevé", "terminé", "arrêté"),
    negations=r"\b(?:pas|jamais|personne|rien)\b",
    list_determiners=("le", "les"),
    not_after_number=(
        "%", "€", "\\$", "euros?", "dollars?", "francs?", "km", "kg", "m²", "personnes",
        "habitants", "morts", "victimes", "soldats", "hommes", "femmes", "enfants", "emplois",
        "tonnes", "millions?", "milliards?", "mille", "voix", "mètres", "litres",
    ),
)  # fmt: skip
