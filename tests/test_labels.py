"""Labels in the document's language, through the CLI: every granularity, relation, modifier,
approximate dates, moves, durations, sets and the vague references, in French and in English;
`--labels`; no raw TIMEX3 code in any label of the rule examples and cases."""

from __future__ import annotations

import json
import re
from functools import cache

import pytest

from timeline_cli import build_timeline
from timeline_cli.labels import LABEL_LANGUAGES, entry_label, relabel
from timeline_cli.languages import LANGUAGES, cases, resource

from .conftest import run_cli

# (expression as the text writes it, French label, English label); each text is one document,
# resolved against 2015-09-15 (a Tuesday)
FRENCH = (
    ("En [2014], rien.", "2014", "2014"),
    ("En [août 2014], rien.", "août 2014", "Aug 2014"),
    ("[Le 1er mars 2014], rien.", "1er mars 2014", "1 Mar 2014"),
    ("Le 12 mai 2015 à [9h30], rien.", "12 mai 2015 à 9h30", "12 May 2015 09:30"),
    ("Le 12 mai 2015, de [14 heures à 18 heures], rien.", "12 mai 2015 à 14h – 18h",
     "12 May 2015 14:00 – 18:00"),
    ("Le 12 mai 2015, de [21 heures à 6 heures], rien.", "12 mai 2015 à 21h – 13 mai 2015 à 6h",
     "12 May 2015 21:00 – 13 May 2015 06:00"),
    ("[Le 3 juin 2015 au matin], rien.", "3 juin 2015, matin", "3 Jun 2015, morning"),
    ("Dans les [années 1980], rien.", "années 1980", "1980s"),
    ("Au [XIXe siècle], rien.", "XIXe siècle", "19th century"),
    ("Au [premier semestre 2013], rien.", "1er semestre 2013", "H1 2013"),
    ("Au [deuxième trimestre 2015], rien.", "2e trimestre 2015", "Q2 2015"),
    ("En [été 2012], rien.", "été 2012", "summer 2012"),
    ("À l'[hiver 2014], rien.", "hiver 2014–2015", "winter 2014–2015"),
    ("[La semaine dernière], rien.", "semaine du 7 septembre 2015", "week of 7 Sep 2015"),
    ("[Ce week-end], rien.", "week-end du 12 septembre 2015", "weekend of 12 Sep 2015"),
    ("[Mi-juin 2014], rien.", "mi-juin 2014", "mid Jun 2014"),
    ("[Début 2011], rien.", "début 2011", "early 2011"),
    ("[Fin des années 1990], rien.", "fin des années 1990", "late 1990s"),
    ("[Début du XXe siècle], rien.", "début du XXe siècle", "early 20th century"),
    ("[Hier en début d'après-midi], rien.", "14 septembre 2015, début d'après-midi",
     "early 14 Sep 2015, afternoon"),
    ("Depuis [août 2010], rien.", "depuis août 2010", "Aug 2010 → 15 Sep 2015"),
    ("À partir de [2016], rien.", "à partir de 2016", "2016 →"),
    ("Après [2020], rien.", "après 2020", "after 2020 →"),
    ("Avant [2010], rien.", "avant 2010", "before 2010"),
    ("Jusqu'en [2017], rien.", "jusqu'à 2017", "→ 2017"),
    ("D'ici [2027], rien.", "d'ici 2027", "→ 2027"),
    ("De [2006 à 2010], rien.", "2006–2010", "2006–2010"),
    ("Entre [avril et juin 2013], rien.", "avril 2013 – juin 2013", "Apr 2013 – Jun 2013"),
    ("[Il y a 5-7 ans], rien.", "2008–2010 (≈)", "2008–2010 (≈)"),
    ("[Il y a une dizaine d'années], rien.", "2005 (≈)", "2005 (≈)"),
    ("[Il y a deux ans], rien.", "il y a 2 ans → 2013", "2 years ago → 2013"),
    ("[Dans trois semaines], rien.", "dans 3 semaines → 6 octobre 2015",
     "in 3 weeks → 6 Oct 2015"),
    # from the last date before it: "dans trois semaines", October 2015
    ("[Trois ans plus tard], rien.", "3 ans plus tard → 2018", "3 years later → 2018"),
    ("[Hier], rien.", "14 septembre 2015", "14 Sep 2015"),
    ("Depuis [trois ans], rien.", "15 septembre 2012 – 15 septembre 2015",
     "15 Sep 2012 – 15 Sep 2015"),
    ("Pendant [dix ans], rien.", "dix ans", "ten years"),
    ("Pendant [plusieurs semaines], rien.", "quelques semaines", "several weeks"),
    ("Pendant [plus de vingt ans], rien.", "plus de vingt ans", "more than twenty years"),
    ("[Chaque mardi], rien.", "chaque mardi", "every Tuesday"),
    ("[Chaque année], rien.", "chaque année", "every year"),
    ("[Tous les cinq ans], rien.", "tous les cinq ans", "every five years"),
    ("[Toutes les deux semaines], rien.", "toutes les deux semaines", "every two weeks"),
    ("[Pour l'instant], rien.", "maintenant", "now"),
    ("[Plus tard], rien.", "à l'avenir", "in the future"),
    ("[Ces dernières années], rien.", "quelques années (≈)", "several years (≈)"),
    ("En [été], rien.", "été (sans année)", "summer (any year)"),
    ("En [52 av. J.-C.], rien.", "52 av. J.-C.", "52 BC"),
    ("De [2014 à 2011], rien.", "2014 – 2011", "2014 – 2011"),
)  # fmt: skip
ENGLISH = (
    ("In [2014], nothing.", "2014", "2014"),
    ("In [August 2014], nothing.", "août 2014", "Aug 2014"),
    ("On [March 1, 2014], nothing.", "1er mars 2014", "1 Mar 2014"),
    ("In [the 1980s], nothing.", "années 1980", "1980s"),
    ("In [the 19th century], nothing.", "XIXe siècle", "19th century"),
    ("In [the first half of 2013], nothing.", "1er semestre 2013", "H1 2013"),
    ("In [the second quarter of 2015], nothing.", "2e trimestre 2015", "Q2 2015"),
    ("In [the summer of 2012], nothing.", "été 2012", "summer 2012"),
    ("In [the winter of 2014], nothing.", "hiver 2014–2015", "winter 2014–2015"),
    ("[Last week], nothing.", "semaine du 7 septembre 2015", "week of 7 Sep 2015"),
    ("[Sunday morning], nothing.", "13 septembre 2015, matin", "13 Sep 2015, morning"),
    ("[Yesterday], nothing happened.", "14 septembre 2015", "14 Sep 2015"),
    ("In [mid-June 2014], nothing.", "mi-juin 2014", "mid Jun 2014"),
    ("In [the late 1990s], nothing.", "fin des années 1990", "late 1990s"),
    ("Since [August 2010], nothing.", "depuis août 2010", "Aug 2010 → 15 Sep 2015"),
    ("After [2020], nothing.", "après 2020", "after 2020 →"),
    ("Before [2010], nothing.", "avant 2010", "before 2010"),
    ("Until [2017], nothing.", "jusqu'à 2017", "→ 2017"),
    ("By [2027], nothing.", "d'ici 2027", "→ 2027"),
    ("From [2006 to 2010], nothing.", "2006–2010", "2006–2010"),
    ("[5-7 years ago], nothing.", "2008–2010 (≈)", "2008–2010 (≈)"),
    ("[Two years ago], nothing.", "il y a 2 ans → 2013", "2 years ago → 2013"),
    ("[Three years later], nothing.", "3 ans plus tard → 2016", "3 years later → 2016"),
    ("For [ten years], nothing.", "dix ans", "ten years"),
    ("For [several weeks], nothing.", "quelques semaines", "several weeks"),
    ("For [2 1/2 years], nothing.", "deux ans et six mois", "two years and six months"),
    ("For about [a week], nothing.", "une semaine (≈)", "one week (≈)"),
    ("[Every Tuesday], nothing.", "chaque mardi", "every Tuesday"),
    ("[Every five years], nothing.", "tous les cinq ans", "every five years"),
    ("For [now], nothing.", "maintenant", "now"),
    ("In [the past], nothing.", "dans le passé", "in the past"),
    ("In [the future], nothing.", "à l'avenir", "in the future"),
    ("In [52 BC], nothing.", "52 av. J.-C.", "52 BC"),
)  # fmt: skip
_MARKED = re.compile(r"\[([^\]]+)\]")


@cache
def _labels(lang: str, choice: str) -> dict[str, str]:
    """Each expression's label in `-f jsonl --all` of the language's cases as one document."""
    table = FRENCH if lang == "fr" else ENGLISH
    text = " ".join(_MARKED.sub(r"\1", sentence) for sentence, _, _ in table)
    result = run_cli("build", "-f", "jsonl", "--ref-date", "2015-09-15", "-l", lang,
                     "--labels", choice, "-", stdin=text.encode())  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return {row["text"]: row["label"] for row in rows}


def _first(sentence: str) -> str:
    found = _MARKED.search(sentence)
    assert found
    return found[1]


@pytest.mark.parametrize(
    ("lang", "case"), [("fr", c) for c in FRENCH] + [("en", c) for c in ENGLISH]
)
def test_each_label_in_french_and_in_english(lang: str, case: tuple[str, str, str]) -> None:
    sentence, french, english = case
    expression = _first(sentence)
    assert _labels(lang, "fr")[expression] == french
    assert _labels(lang, "en")[expression] == english
    # auto: the document's language
    assert _labels(lang, "auto")[expression] == (french if lang == "fr" else english)


def test_the_table_of_a_french_article_reads_in_french_and_en_switches_it() -> None:
    text = "Début 2014, le chantier a été gelé. Depuis août 2014, rien. Il y a deux ans, tout."
    args = ("build", "--ref-date", "2016-09-15", "-")
    french = run_cli(*args, stdin=text.encode()).stdout.decode()
    assert "début 2014" in french and "depuis août 2014" in french
    assert "il y a 2 ans → 2014" in french and "early" not in french
    english = run_cli(*args, "--labels", "en", stdin=text.encode()).stdout.decode()
    assert "early 2014" in english and "Aug 2014 → 15 Sep 2016" in english
    assert "2 years ago → 2014" in english and "début" not in english.split("\n", 2)[2]


def test_a_language_of_basic_support_gets_english_labels_unless_asked() -> None:
    text = "El 13 de mayo de 1901 nació en la ciudad. En junio de 1925 se casó con ella."
    args = ("build", "-f", "jsonl", "-l", "es", "--ref-date", "2015-09-15", "-")
    auto = [
        json.loads(line)["label"]
        for line in run_cli(*args, stdin=text.encode()).stdout.splitlines()
    ]
    assert auto == ["13 May 1901", "Jun 1925"]
    french = run_cli(*args, "--labels", "fr", stdin=text.encode()).stdout.splitlines()
    assert [json.loads(line)["label"] for line in french] == ["13 mai 1901", "juin 1925"]


def test_labels_option_refuses_what_it_cannot_do() -> None:
    wrong = run_cli("build", "--labels", "es", "-", stdin=b"En 2014.")
    assert wrong.returncode == 2 and wrong.stdout == b""
    message = wrong.stderr.decode()
    assert message.count("\n") == 1 and "--labels 'es'" in message and "auto, fr, en" in message
    parquet = run_cli("build", "-f", "parquet", "-o", "out", "--labels", "en", "x.txt")
    assert parquet.returncode == 2 and "--labels" in parquet.stderr.decode()
    assert "Traceback" not in parquet.stderr.decode()
    helped = run_cli("build", "--help").stdout.decode()
    assert "--labels" in helped and "[auto|fr|en]" in helped


_RAW = re.compile(r"\b(?:P(?:T?[\dX.]+[A-Z]+)+|XXXX\S*|\w+_REF|BC\d{4})\b|undated \(")


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_label_is_a_raw_code_and_relabelling_gives_the_same_labels(code: str) -> None:
    """Every rule example and case of the language, labelled in every label language: words,
    never a TIMEX3 code; and the labels remade from an entry's fields are the pipeline's."""
    texts = [ex.text.replace("[", "").replace("]", "") for r in resource(code).rules
             for ex in r.examples] + [c.sentence for c in cases(code).cases]  # fmt: skip
    seen = 0
    for text in texts:
        timeline = build_timeline(text, lang=code, ref_date="2015-09-15")
        for e in timeline.entries:
            assert entry_label(e, code) == e.label, (text, e.text)
        for language in LABEL_LANGUAGES:
            for e in relabel(timeline, language).entries:
                seen += 1
                assert e.label and not _RAW.search(e.label), (text, e.text, e.value, e.label)
    assert seen > 300
