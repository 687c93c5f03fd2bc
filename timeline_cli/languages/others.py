"""What `timeline` knows of languages other than French and English (basic support): the
function words that identify each one, and the words that make a lone four-digit number a
year ("im [1945]", "en [1945]") or a count ("2000 Menschen"). Month names come from dateparser.

Function words are stored in lower case as written; cue and count words folded
(`lexicon.fold`: lower case, no accents).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import fold


@dataclass(frozen=True, slots=True)
class BasicLanguage:
    code: str
    name: str
    # the most frequent short words of the language, chosen to tell it from its neighbours
    function_words: frozenset[str]
    # one of these within the two words before a lone four-digit number makes it a year
    year_cues: frozenset[str]
    # a lone four-digit number followed by one of these is a count or a duration, not a year
    count_words: frozenset[str]


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


def _written(text: str) -> frozenset[str]:
    return frozenset(text.split())


OTHER_LANGUAGES: dict[str, BasicLanguage] = {
    b.code: b
    for b in (
        BasicLanguage(
            "es",
            "Spanish",
            _written(
                "de la que en el los las del y es por con una para su se al lo como más pero sus"
                " fue este"
                " esta entre cuando muy sin sobre también hasta hay donde desde ya ha han sido"
                " era según tras"
            ),
            _words(
                "en desde hasta hacia año años principios finales mediados primavera verano nacido"
                " otoño invierno entre antes después circa"
            ),
            _words(
                "años personas euros dólares metros kilómetros habitantes muertos soldados"
                " casas votos hombres mujeres niños"
            ),
        ),
        BasicLanguage(
            "de",
            "German",
            _written(
                "der die das und in ist nicht mit den von zu dem des ein eine im auf für sich auch"
                " als wurde nach bei aus wie oder aber hat sind war werden einer einem noch nur"
                " über vor"
            ),
            _words(
                "im in seit bis ab nach um von jahr jahre jahres anfang ende mitte frühjahr"
                " frühling sommer herbst winter zwischen bereits anno geboren gestorben"
            ),
            _words(
                "jahre jahren menschen euro dollar meter kilometer einwohner tote soldaten"
                " häuser stimmen männer frauen kinder personen"
            ),
        ),
        BasicLanguage(
            "it",
            "Italian",
            _written(
                "il di che e la è per un una del della dei delle non con sono nel nella alla"
                " gli anche come più ma ha dal stato dopo era fu tra questo"
            ),
            _words(
                "nel del dell dal fino al anno inizio fine metà primavera estate autunno inverno"
                " tra fra entro circa prima dopo"
            ),
            _words(
                "anni persone euro dollari metri chilometri abitanti morti soldati case voti"
                " uomini donne bambini"
            ),
        ),
        BasicLanguage(
            "pt",
            "Portuguese",
            _written(
                "de que o os as do da dos das e é em no na um uma para com não por mais foi ao pelo"
                " pela seu sua também ser como mas entre"
            ),
            _words(
                "em desde até ano início final meados primavera verão outono inverno entre"
                " antes depois"
            ),
            _words(
                "anos pessoas euros dólares metros quilômetros quilómetros habitantes mortos"
                " soldados casas votos homens mulheres crianças"
            ),
        ),
        BasicLanguage(
            "nl",
            "Dutch",
            _written(
                "de het een en van die is dat op te zijn met voor niet aan er als door werd ook"
                " maar bij naar om hij zij wordt nog uit tot over heeft hebben"
            ),
            _words(
                "in sinds tot vanaf jaar begin eind midden voorjaar zomer herfst winter tussen"
                " voor na"
            ),
            _words(
                "jaar jaren mensen euro dollar meter kilometer inwoners doden soldaten huizen"
                " stemmen mannen vrouwen kinderen"
            ),
        ),
        BasicLanguage(
            "pl",
            "Polish",
            _written(
                "i w na z się nie do to że jest o jak po od za przez oraz tym był była jego ich"
                " przy dla które który"
            ),
            _words("w roku od do po przed latach wiosną latem jesienią zimą między"),
            _words("lat osób euro złotych metrów kilometrów mieszkańców zabitych"),
        ),
        BasicLanguage(
            "sv",
            "Swedish",
            _written(
                "och att det som en är av för med till den har inte om ett han på var men de"
                " från vid sig efter också"
            ),
            _words("i sedan till från år början slutet mitten våren sommaren hösten vintern"),
            _words("år personer kronor euro meter kilometer invånare döda"),
        ),
    )
}
