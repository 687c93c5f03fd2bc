"""A generated archive for the Parquet and cluster tests: a few hundred short French and English
news items with varied dates, some with a dateline, and one file that cannot be read."""

from __future__ import annotations

import random
from pathlib import Path

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
FR = [
    "Le chantier a commencé en {year} après des années de débats.",
    "Le maire a annoncé le {day} {month} {year} que les travaux reprendraient.",
    "Depuis {month} {year}, les habitants attendent une réponse de la préfecture.",
    "Il y a {n} ans, la vallée avait déjà été inondée.",
    "La commission rendra son avis d'ici {year2}.",
    "Entre {year} et {year2}, la population a doublé.",
    "Début {year}, les associations ont déposé un recours.",
    "Hier, le conseil municipal a voté une motion, et la réunion suivante aura lieu lundi.",
    "Trois ans plus tard, le projet a été relancé par la région.",
    "Les résultats sont attendus à la fin de l'été.",
]
EN = [
    "Construction began in {year} after years of debate.",
    "The mayor said on {month_en} {day}, {year} that work would resume.",
    "Since {month_en} {year}, residents have been waiting for an answer.",
    "{n} years ago, the valley had already flooded.",
    "The commission will report by {year2}.",
    "Between {year} and {year2}, the population doubled.",
    "In early {year}, local groups filed an appeal.",
    "Yesterday the council voted on a motion, and it will meet again on Monday.",
    "Three years later, the project was revived by the region.",
    "About 2,000 people, including a 45-year-old teacher, attended the meeting.",
]


def write_archive(root: Path, count: int, seed: int = 12) -> Path:
    """`count` documents under root/archive (in two sub-folders), and one binary file."""
    rng = random.Random(seed)
    archive = root / "archive"
    for i in range(count):
        french = rng.random() < 0.5
        lines = []
        if rng.random() < 0.6:
            d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2005, 2020)
            lines.append(f"Publié le {d:02d}/{m:02d}/{y}" if french else
                         f"Published {MONTHS_EN[m - 1]} {d}, {y}")  # fmt: skip
        for template in rng.sample(FR if french else EN, rng.randint(3, 7)):
            year = rng.randint(1990, 2018)
            month = rng.randrange(12)
            lines.append(template.format(
                year=year, year2=year + rng.randint(1, 9), day=rng.randint(1, 28),
                month=MONTHS_FR[month], month_en=MONTHS_EN[month], n=rng.randint(2, 30),
            ))  # fmt: skip
        folder = archive / ("fr" if french else "en")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"item-{i:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (archive / "en" / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 40)
    return archive


def readme_block(language: str, index: int) -> str:
    """The index-th `language` code block of the README's "Archives and clusters" section."""
    import re

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Archives and clusters", 1)[1].split("\n## ", 1)[0]
    return re.findall(rf"```{language}\n(.+?)\n```", section, re.S)[index]


def parquet_rows(folder: Path) -> list[dict[str, object]]:
    """`pandas.read_parquet(folder)` as JSON values, rows in the order of their sources (a
    batch keeps its documents' order; batches are files named by a hash)."""
    import pandas

    frame = pandas.read_parquet(folder)
    rows = [{k: _plain(v) for k, v in r.items()} for r in frame.to_dict("records")]
    return sorted(rows, key=lambda r: str(r.get("source", r.get("path"))))  # stable


def _plain(value: object) -> object:
    import datetime as dt
    import math

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "tolist"):  # numpy scalars and arrays
        return _plain(value.tolist())
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def only(rows: list[dict[str, object]], names: object) -> list[dict[str, object]]:
    """The rows with the given fields only (the JSON Lines fields of Parquet rows)."""
    return [{k: r[k] for k in names} for r in rows]  # type: ignore[attr-defined]
