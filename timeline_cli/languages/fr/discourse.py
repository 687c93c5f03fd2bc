"""French discourse cues: the verb that governs a date (its tense), what ends a clause, what
opens a background clause, the words before a weekday that make it one day, and the cues of
a document's genre. Each pattern carries the examples it is for in its comment; the cases
of `cases.py` ("direction from the verb", "genre", "story time") test them through the CLI.
"""

from __future__ import annotations

from ...schema import BACKGROUND_TENSE

_PARTICIPLE = r"\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes|rt|rte|rts|rtes)"
_ADVERB = (
    r"(?:(?:déjà|aussi|encore|également|ensuite|enfin|finalement|pourtant|bien|pas|jamais|"
    r"notamment|\w+ment)\s+)?"
)
# verbs conjugated with être in compound tenses (motion and change of state)
_ETRE_VERBS = (
    r"(?:all|ven|part|arriv|entr|sort|mont|descend|tomb|rest|retourn|morte?s?|n|dev|revenu|reven"
    r"|rentr|pass|décéd|intervenu|interven|parvenu|parven|survenu|surven)"
    r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te|ts|tes)?"
)
_SCHEDULED = r"(?:prévue?s?|programmée?s?|attendue?s?|fixée?s?|agendée?s?)"

# Tried in this order at each place of the sentence (the first that fits wins there).
TENSE_VERBS: tuple[tuple[str, int], ...] = (
    # "prévu ce jeudi", "la réunion est programmée lundi": a scheduled event lies ahead
    (rf"\b(?:(?:est|sont|a\s+été|ont\s+été)\s+)?{_SCHEDULED}\b", 1),
    # le plus-que-parfait dit ce qui précède le temps du récit : passé, et arrière-plan
    # (BACKGROUND_TENSE) : "l'armée avait capitulé quatre jours plus tôt" ne déplace pas la
    # date du récit pour "le lendemain"
    (
        rf"\b(?:avait|avaient|avais|avions|aviez)\s+{_ADVERB}(?!lieu\b){_PARTICIPLE}\b"
        rf"|\b(?:s'était|s'étaient|s’était|s’étaient)\s+{_ADVERB}{_PARTICIPLE}\b"
        rf"|\b(?:était|étaient)\s+{_ADVERB}{_ETRE_VERBS}\b",
        BACKGROUND_TENSE,
    ),
    # passé composé / conditionnel passé with avoir: "a annoncé", "aurait démissionné" (not
    # "aurait lieu": a conditional, see below)
    (
        rf"\b(?:a|ont|avons|avez|aurait|auraient|eut|eurent)\s+{_ADVERB}"
        rf"(?!lieu\b){_PARTICIPLE}\b",
        -1,
    ),
    # with être: "est partie", "s'est rendue", "s'est entretenu", "serait parti"
    (
        rf"\b(?:s'est|se\s+sont|s'était|s'étaient|s'étai\w*|se\s+serai\w*|s'est\s+\w+)\s+{_ADVERB}"
        rf"{_PARTICIPLE}\b",
        -1,
    ),
    (rf"\b(?:est|sont|était|étaient|fut|furent|serait|seraient)\s+{_ADVERB}{_ETRE_VERBS}\b", -1),
    # a passive or a compound ahead: "sera examiné", "soit adopté" (subjunctive after
    # "il faut que"), "va être voté", "doit être signé"
    (
        rf"\b(?:sera|seront|soit|soient|va\s+être|vont\s+être|doit\s+être|doivent\s+être)\s+"
        rf"{_ADVERB}{_PARTICIPLE}\b",
        1,
    ),
    # the conditional looks ahead ("pourrait avoir lieu lundi", "aurait lieu le 1er novembre",
    # "a dit qu'il viendrait en mai"): the future stem and the imparfait's ending. Only stems
    # no imparfait shares: "-erait" (déclarerait), "-ndrait" (viendrait, prendrait, rendrait),
    # "-uirait" (produirait), "verrait", "mettrait", "dirait", "finirait", "irait"... not
    # "-irait" nor "-urait" at large, which are imparfaits too ("retirait", "durait")
    (
        # (first whether the word ends in "-ait"/"-aient" at all: most words are given up after
        # one scan of their letters, not one per stem)
        r"\b(?=\w*ai(?:t|ent)\b)(?:pourrai(?:t|ent)|devrai(?:t|ent)|serai(?:t|ent)|aurai(?:t|ent)|faudrait"
        r"|voudrai(?:t|ent)|irai(?:t|ent)"
        r"|\w*(?:er|ndr|uir|verr|courr|mourr|acquerr|mettr|battr|saur|vaudr|vivr|suivr|dir|lir"
        r"|écrir|finir|choisir|réussir|agir|partir|sortir|servir|ouvrir|offrir|couvrir|souffrir)"
        r"ai(?:t|ent))\b",
        1,
    ),
)

# A participle right before the date governs it: "publié mercredi", "les mesures votées
# mercredi", "signé le 3 mars" (a participle elsewhere is too often a noun: "l'année").
ADJACENT_VERBS: tuple[tuple[str, int], ...] = (
    (rf"{_SCHEDULED}\s+(?:pour\s+)?$", 1),
    # un verbe de programme au présent, son complément entre les deux : "Le procès s'ouvre
    # lundi", "Le club affronte Nantes samedi", "La saison reprend en mars" (la presse écrit
    # au passé ce qui a eu lieu)
    (
        r"\b(?:s'ouvre|s’ouvre|commence|débute|reprend|se\s+tient|se\s+réunit|joue|affronte"
        r"|reçoit|accueille|se\s+déroule|s'achève|s’achève|se\s+termine|rouvre|entre\s+en"
        r"\s+vigueur)\s+(?:(?!(?:que|qui|et|mais|a|ont|avait|était|à|de|du|des|depuis|partir"
        r"|jusqu)\b)[\w'’-]+\s+){0,3}"
        r"(?:le\s+|en\s+|dès\s+)?$",
        1,
    ),
    # un infinitif de but ou d'ordre, son complément entre les deux : "avant de quitter ses
    # fonctions le 30 octobre", "afin de signer l'accord le 3 octobre" ; le verbe principal au
    # passé ne le situe pas (0 : la date la plus proche). Pas "pour avoir volé" (un passé)
    (
        r"\b(?:avant\s+d[e'’]|afin\s+d[e'’]|pour)\s*(?!avoir\b|être\b)\w+(?:er|ir|re)\s+"
        r"(?:(?!(?:que|qui|et|mais|a|ont|avait|était)\b)[\w'’-]+\s+){0,3}(?:le\s+|en\s+|dès\s+)?$",
        0,
    ),
    # un présent juste avant la date : un programme ("Le vote est lundi", "La réunion a lieu
    # jeudi"), pas une mise en relief ("C'est lundi que...") ni le jour qu'il est
    (r"(?<!\bc')(?<!\bc’)(?<!\bce\s)\b(?:est|sont|a\s+lieu|ont\s+lieu)\s+(?:le\s+|en\s+)?$", 1),
    # not a noun after its article: "signer l'arrêté lundi", "le comité jeudi"
    (
        r"\b(?<!\bl')(?<!\bl’)(?<!\bd')(?<!\bd’)(?<!\ble\s)(?<!\bla\s)(?<!\bles\s)(?<!\bdu\s)"
        r"(?<!\bdes\s)(?<!\bun\s)(?<!\bune\s)(?<!\bce\s)(?<!\bcet\s)(?<!\bcette\s)"
        # a comma between them too: "Dix-neuf personnes interpellées, samedi à Paris, vont..."
        r"\b\w{3,}(?:é|ée|és|ées)(?:\s*,)?\s+(?:le\s+|dès\s+)?$",
        -1,
    ),
)

# "a annoncé que la fête aurait lieu le 1er novembre": the verb after "que" governs the date
CLAUSE_BREAKS = r"\bque\b|\bqu'|;|:|—"

# "Élisabeth Duval, née le 2 avril 1921, ...", "Le club, fondé en 1998, ...", "La gare, qui
# date de 1904, ...": an embedded clause whose date is background, not the story's focus
BACKGROUND_OPENERS = (
    r"(?:qui|que|qu'|dont|où|lequel|laquelle|lesquels|lesquelles|créée?s?|fondée?s?|née?s?"
    r"|construite?s?|bâtie?s?|élue?s?|\w+(?:é|ée|és|ées)"
    # participles that do not end in "é": "réunis en mars", "ouverte en 2001", "pris en 2014"
    r"|réunie?s?|prise?s?|mise?s?|faite?s?|ouverte?s?|partie?s?|venue?s?|survenue?s?"
    r"|parue?s?|conclue?s?|acquise?s?|inscrite?s?|écrite?s?|produite?s?|détenue?s?)\b"
)

# "dès jeudi" is that Thursday, ahead (not an open range from it)
WEEKDAY_SIGNALS = {"dès": 1}

# a biography or a history: birth and death, reigns, centuries of narration
NARRATIVE_CUES = (
    r"\b(?:née?\s+(?:le|en|à)|morte?\s+(?:le|en|à)|décédée?\s+(?:le|en)|meurt|naît|naquit"
    r"|mourut|règne|siècle|biographie|historien|historique|épouse\s+en)\b"
)
# news: reporting verbs, the days around the reference, a publication line
NEWS_CUES = (
    r"\b(?:hier|aujourd'hui|demain|ce\s+matin|cette\s+semaine|publié\s+le|mis\s+à\s+jour"
    r"|a\s+(?:déclaré|annoncé|indiqué|affirmé|précisé|confirmé)|selon|communiqué)\b"
)
