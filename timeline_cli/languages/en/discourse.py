"""English discourse cues: the verb that governs a date (its tense), what ends a clause, what
opens a background clause, and the cues of a document's genre. The cases of `cases.py`
("direction from the verb", "genre", "story time") test them through the CLI.
"""

from __future__ import annotations

from ...schema import BACKGROUND_TENSE

_SCHEDULED = r"(?:scheduled|expected|set|due|planned|slated)"
# the stems of past forms of intention, whose object may lie ahead ("planned to open in May")
_INTENDED = r"(?:expect|plann|hop|intend|want|agre|promis|pledg|vow|threaten|decid|aim|propos)"
# irregular past forms that are no participle ("began"), and those that are one too ("sent":
# a past only right before its object, see ADJACENT_VERBS)
_PAST_FORMS = (
    "began|came|went|took|gave|saw|rose|fell|spoke|wrote|ran|became|knew|grew|drew|flew"
    "|threw|drove|broke|chose|stole|sank|struck"
)
_PAST_PARTICIPLES = (
    "sent|told|made|held|met|brought|bought|sold|found|got|kept|led|paid|won|lost|thought"
    "|left|felt|heard|built|spent|meant|stood|fought|caught|taught|sought|shot|fled|slept|dealt"
)

# Tried in this order at each place of the sentence (the first that fits wins there).
TENSE_VERBS: tuple[tuple[str, int], ...] = (
    # "is scheduled for Friday", "due to arrive Saturday", "set to resume Monday", "planned
    # to leave on Thursday": a scheduled event lies ahead
    (r"\bhad\s+been\s+(?:scheduled|expected|set|due|planned|slated)\b", -1),
    # the past perfect tells what came before the story's time: past, and background
    # (BACKGROUND_TENSE): "Lee's army had surrendered four days earlier" does not move the
    # story's date for "the next morning"
    (
        rf"\bhad\s+(?:not\s+|already\s+|\w+ly\s+)?(?:been\s+)?(?:\w{{2,}}ed|{_PAST_FORMS}"
        rf"|{_PAST_PARTICIPLES}|\w+en)\b",
        BACKGROUND_TENSE,
    ),
    (
        rf"\b(?:is|are|was|were)\s+{_SCHEDULED}\b"
        r"|\b(?:scheduled|expected|set|due|slated)\s+(?:to|for)\b",
        1,
    ),
    # "decided that Oct. 9 was going to be the deadline": ahead, as "would" is
    (r"\b(?:was|were)\s+(?:not\s+)?going\s+to\b", 1),
    # "was to be read Friday" (a plan of the past: the past occurrence)
    (r"\b(?:was|were)\s+to\b", -1),
    # "will be released Friday", "is to meet", "would pass": ahead
    (r"\b(?:will|would|shall)\s+(?:not\s+)?(?:be\s+\w+ed\b)?|\b(?:is|are)\s+to\b", 1),
    # irregular past forms that are not participles: "began", "sank", "said"; and "died",
    # which is no adjective either ("In 1902 she died")
    (rf"\b(?:{_PAST_FORMS}|died)\b", -1),
    # a past form right after a subject pronoun is a verb, not an adjective or a participle:
    # "On December 14, he resigned", "In March, they quietly sold it" (not an intention, whose
    # object may lie ahead: "it expected to report in March"); a past auxiliary ("was", "did
    # not"). Not the perfect: "has extended the loans through January" looks ahead
    (
        rf"\b(?:he|she|it|they|we|I)\s+(?:\w+ly\s+)?(?:(?!{_INTENDED}ed\b)\w{{2,}}ed|{_PAST_PARTICIPLES})\b"
        r"|\b(?:was|were|did|didn't|wasn't|weren't)\b",
        -1,
    ),
)

# "announced Friday", "filed the appeal Wednesday", "the notice the company sent the state
# commission on June 21", "voted at its June 12 meeting": a past form a few words before the
# date governs it (not after
# "be": "will be released Friday"; not an article's adjective: "the reduced dividend"). The
# words between are its object or a "with" phrase: no other verb, auxiliary or clause word
# ("reported it will open on June 21" looks ahead), no preposition that opens a date phrase
# of its own ("an unspecified date in").
_NOT_BETWEEN = (
    "in|on|at|for|by|until|to|of|from|since|before|after|during|as|will|would|shall|should"
    "|can|could|may|might|must|is|are|was|were|be|been|has|have|had|do|does|did|that|which"
    "|who|whom|whose|when|where|while|if|because|and|or|but|not"
)
ADJACENT_VERBS: tuple[tuple[str, int], ...] = (
    (r"(?:scheduled|expected|due|planned|slated)\s+(?:for\s+|on\s+|in\s+)?$", 1),
    # an intention in the present, a few words before the date, looks ahead: "announced plans
    # to reopen the plant on June 21", "hopes to open the bridge in May" (a date before it is
    # not its: "In September, it announced plans to...")
    (
        r"\b(?:plans?|intends?|aims?|hopes?|wants?|expects?|seeks?|promises|vows|pledges"
        r"|threatens|is\s+poised|are\s+poised)\s+to\s+(?:(?!(?:that|which|who|and|but|or|said"
        r"|was|were|had)\b)[\w'’]+\s+){0,4}(?:on\s+|in\s+|by\s+|at\s+)?$",
        1,
    ),
    # a verb of schedule in the present, its object between: "The trial opens Monday", "The
    # club plays Nantes on Saturday", "Voting begins in March" (news writes past events in
    # the past); not a noun after its article ("the talks Monday")
    (
        r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)\b(?:opens|starts|begins"
        r"|resumes|closes|meets|plays|faces|hosts|visits|arrives|leaves|returns|travels|holds"
        r"|hears|launches|unveils|releases|debuts|premieres|convenes|reconvenes|votes|kicks\s+off"
        rf"|takes\s+place)\s+(?:(?!(?:{_NOT_BETWEEN})\b)[\w'’]+\s+){{0,3}}(?:on\s+|in\s+)?$",
        1,
    ),
    # a present copula right before the date: a schedule ("The vote is on Monday", "The
    # deadline is Friday", "The final is in March"), not the day it is ("Today is Monday")
    (r"(?<!\btoday\s)(?<!\bit\s)(?<!\bthis\s)\b(?:is|are)\s+(?:on\s+|in\s+|at\s+)?$", 1),
    (
        r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bthe\s)(?<!\ba\s)"
        rf"(?<!\ban\s)\b(?:\w{{3,}}ed|{_PAST_FORMS}|{_PAST_PARTICIPLES})\s+(?:(?!(?:{_NOT_BETWEEN})\b)"
        # the date right after "on", or qualifying a noun after a preposition and its
        # determiner: "disclosed the loss in a March 3 filing", "voted at its June 12 meeting"
        r"[\w'’]+\s+){0,4}(?:on\s+|(?:in|at|during)\s+(?:a|an|the|its|his|her|their)\s+)?$"
        # or "in" right after the verb: "received in 1869 a sum which would..." (not after a
        # noun: "a still unspecified date in January")
        rf"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)"
        rf"\b(?:\w{{3,}}ed|{_PAST_FORMS}|{_PAST_PARTICIPLES})\s+(?:in|at|during)\s+$",
        -1,
    ),
)

# "announced that it would build ...", "said it expects to report in mid-November": the verb
# after "that" (or after a reporting verb without it) governs what follows it only; the
# reporting verb governs a date right after it through the rules ("said Friday"). A
# subordinate clause ("even though taxes would be minimal", "wondering how he would be
# seen") has its own verb, not the date's.
CLAUSE_BREAKS = (
    r"\bthat\b|\bsaid\b|\btold\b|\b(?:although|though|because|while|whereas|unless|if|how"
    r"|whether)\b|;|:|—"
)

# "The plant, which opened in 1962, ...", "The bank, founded in 1870, ...": background
BACKGROUND_OPENERS = r"(?:which|who|whose|where|born|built|founded|\w+ed)\b"

WEEKDAY_SIGNALS: dict[str, int] = {}

NARRATIVE_CUES = (
    r"\b(?:was\s+born|born\s+(?:on|in)|died\s+(?:on|in)|reigned|century|biography"
    r"|historian|married\s+in)\b"
)
NEWS_CUES = (
    r"\b(?:yesterday|today|tomorrow|this\s+week|said|told|announced|according\s+to"
    r"|published|spokesman|spokeswoman)\b"
)

# a change measured from a date: the verb or adverb of the change, then at most an amount
# ("5 percent", "$2.3 million", "3%") before "from": "rose 5 percent from the year before"
COMPARISONS = (
    r"\b(?:up|down|higher|lower|(?:in|de)creas(?:e[sd]?|ing)|r[io]se[ns]?|rising|f[ae]ll(?:s|en"
    r"|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|gain(?:s|ed|ing)?|declin(?:e[sd]?|ing)"
    r"|dropp?(?:s|ed|ing)?|gr[eo]w(?:s|n|ing)?|slipp?(?:s|ed|ing)?|edg(?:e[sd]?|ing)|surg(?:e[sd]?"
    r"|ing)|soar(?:s|ed|ing)?|plung(?:e[sd]?|ing)|tumbl(?:e[sd]?|ing)|shr[iau]nk(?:s|ing)?"
    r"|compared|change[sd]?|unchanged)"
    r"(?:\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[$€£]?\d[\d.,]*\s*(?:%|percent"
    r"|per\s+cent|points?|percentage\s+points?|(?:[mb]illion|thousand)(?:\s+\w+)?|\w+)?)?\s+$"
)
