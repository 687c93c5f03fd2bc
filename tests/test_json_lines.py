"""JSON Lines are put together from pieces (render.jsonl_lines), not from a dict per entry:
each line must still be exactly `json.dumps` of the entry's JSON record."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json

import pytest

from timeline_cli import build_timeline
from timeline_cli.model import Part, Timeline
from timeline_cli.render import json_record, jsonl_bytes, jsonl_lines, write_jsonl

from .conftest import ROOT, SEED, adversarial_text


def _dumped(t: Timeline) -> list[str]:
    reference = t.document.reference
    lines = [json.dumps(json_record(e, reference), ensure_ascii=False) for e in t.entries]
    return [line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n" for line in lines]


TEXTS = [
    *(p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))),
    adversarial_text(20_000, "dense day dates"),
    adversarial_text(20_000, "dense dates"),
    'Le "3 mars" 2015\u2028puis le 5\\6 avril, du 7 au 9 mai\u2029 et depuis 2011.\tHier.',
    "From 2011 to 2014, since March, every Monday, for ten years, on 3 May 1926 (\x07).",
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_each_line_is_the_json_of_its_record(text: str) -> None:
    t = build_timeline(text, ref_date=dt.date(2015, 9, 15), source='dir/"a b"\\c.txt')
    assert t.entries
    assert list(jsonl_lines(t)) == _dumped(t)


def test_the_seed_article_and_every_odd_value() -> None:
    """Entries with what the engine rarely makes: None everywhere it is allowed, parts without
    a value, the same resolution in two sentences, text that needs escaping."""
    texts = [SEED.read_text(encoding="utf-8")] if SEED.exists() else []
    base = build_timeline("Du 3 au 5 juillet 2016, puis en 2017.", ref_date=dt.date(2017, 1, 1))
    e = base.entries[0]
    odd = [
        dataclasses.replace(
            e,
            value=None,
            mod=None,
            start=None,
            end=None,
            granularity=None,
            relation=None,
            explanation=None,
            label='\u2029"\\',
        ),
        dataclasses.replace(
            e, parts=(Part(text="3\n", char_start=0, char_end=2, type="DATE", value=None),)
        ),
        dataclasses.replace(e, sentence=e.sentence + "\x00\U0001f600", approximate=True),
    ]
    timelines = [dataclasses.replace(base, entries=(*base.entries, *odd))]
    timelines += [build_timeline(text, ref_date=dt.date(2015, 9, 30)) for text in texts]
    for t in timelines:
        assert list(jsonl_lines(t)) == _dumped(t)


def test_a_lone_surrogate_is_written_as_its_json_escape() -> None:
    """A text from Python may hold a lone surrogate (a name decoded with surrogateescape);
    UTF-8 cannot: the line is valid UTF-8 and reads back as the same text."""
    t = build_timeline("Le 3 mars 2015, \udce9t\u00e9.", ref_date=dt.date(2015, 9, 15),
                       source="caf\udce9.txt")  # fmt: skip
    (line,) = list(jsonl_bytes(t))
    assert json.loads(line.decode("utf-8")) == json.loads(_dumped(t)[0])
    assert b"\\udce9" in line and "\u00e9".encode() in line


@pytest.mark.parametrize("encoding", ["utf-8", "UTF8", "latin-1"])
def test_written_to_a_stream_in_its_own_encoding(encoding: str) -> None:
    """To a UTF-8 stream the lines go to the bytes below it; to any other, through its text
    layer: a Latin-1 terminal gets Latin-1, after what was written to it before."""
    t = build_timeline("Le 3 mars 2015, l'été.", ref_date=dt.date(2015, 9, 15))
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding=encoding, newline="")
    out.write("«")
    write_jsonl([t], out, None)  # type: ignore[arg-type]
    out.flush()
    assert raw.getvalue().decode(encoding) == "«" + "".join(_dumped(t))
    text = io.StringIO()  # no bytes below it
    write_jsonl([t], text, None)  # type: ignore[arg-type]
    assert text.getvalue() == "".join(_dumped(t))
