"""French rules for durations and sets: spans of time ("three years") and repetitions
("every Monday").
"""

from __future__ import annotations

from ...model import Kind, Origin, Unit
from ...schema import Example as ex
from ...schema import Rule as R

SETS_OF_DAYS: tuple[R, ...] = (
    R(
        "ensemble de jours",
        r"(?:chaque|tous\s+les)\s+(?P<weekday>{WEEKDAY})s?",
        (ex("chaque mardi", "XXXX-WXX-2", "-", "-", "SET"),),
        kind=Kind.SET,
        quant="EVERY",
    ),
    R(
        "ensemble",
        r"(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<amount>{NUM})\s+)?(?P<unit>{UNIT})",
        (ex("tous les ans", "P1Y", "-", "-", "SET"), ex("chaque mois", "P1M")),
        kind=Kind.SET,
        quant="EVERY",
    ),
)

DURATIONS: tuple[R, ...] = (
    R(
        "ces dernières heures",
        r"(?:ces|les)\s+(?:dernières|derniers)\s+{AMOUNT}\s*(?P<unit>{UNIT})",
        (ex("ces dernières 24 heures", "PT24H", "2015-09-14", "2015-09-15", "DURATION"),),
        kind=Kind.DURATION,
        origin=Origin.REFERENCE,  # a rolling window, as "les 24 dernières heures"
        direction=-1,
    ),
    R(
        "durée",
        # "deux ans et demi": the half is written in the smaller unit (P2Y6M)
        r"{AMOUNT}\s*(?P<unit>{UNIT})(?:\s+(?P<and_fraction>et\s+demie?))?",
        (
            ex("pendant [dix ans]", "P10Y", "-", "-", "DURATION"),
            ex("Le débat a duré [une heure et demie].", "PT1H30M"),
            ex("Elle a purgé [deux ans et demi] de prison.", "P2Y6M"),
            ex("Depuis [un siècle et demi], la famille exploite le vignoble.", "P150Y"),
            ex("sept mois", "P7M"),
            ex("depuis [trois ans]", "P3Y", "2012-09-15", "2015-09-15"),
            ex("plus de vingt ans", "P20Y"),
            ex("plusieurs jours", "PXD"),
        ),
        kind=Kind.DURATION,
    ),
    R(
        "quinquennat",
        r"quinquennats?",
        (ex("quinquennat", "P5Y", "-", "-", "DURATION"),),
        kind=Kind.DURATION,
        unit=Unit.YEAR,
        amount=5,
    ),
    R(
        "septennat",
        r"septennats?",
        (ex("septennat", "P7Y"),),
        kind=Kind.DURATION,
        unit=Unit.YEAR,
        amount=7,
    ),
)

# a determiner right before "hebdomadaire" or "mensuel" makes it a paper, not a set
_THE_PAPER = (
    r"(?<!\bl')(?<!\bl’)(?<!\bun\s)(?<!\ble\s)(?<!\bdu\s)(?<!\bau\s)(?<!\bce\s)(?<!\bles\s)"
    r"(?<!\bdes\s)(?<!\bcet\s)"
)

SETS: tuple[R, ...] = (
    R(
        "hebdomadaire",
        # after a determiner it is the paper: "l'hebdomadaire Jeune Afrique", "un mensuel"
        rf"{_THE_PAPER}hebdomadaires?",
        (ex("hebdomadaire", "P1W", "-", "-", "SET"),),
        kind=Kind.SET,
        unit=Unit.WEEK,
        amount=1,
        quant="EVERY",
    ),
    R(
        "mensuel",
        rf"{_THE_PAPER}mensuel(?:le)?s?",
        (ex("mensuel", "P1M", "-", "-", "SET"),),
        kind=Kind.SET,
        unit=Unit.MONTH,
        amount=1,
        quant="EVERY",
    ),
    R(
        "annuel",
        r"annuel(?:le)?s?",
        (ex("le dîner [annuel]", "P1Y", "-", "-", "SET"),),
        kind=Kind.SET,
        unit=Unit.YEAR,
        amount=1,
        quant="EVERY",
    ),
    R(
        "par unité",
        r"par\s+(?P<x>(?P<unit>semestre|trimestre|an|année|mois|semaine|jour))",
        (ex("5 milliards par [semestre]", "P6M", "-", "-", "SET"),),
        kind=Kind.SET,
        quant="EVERY",
        amount=1,
    ),
)
