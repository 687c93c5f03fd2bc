"""`model.maker`: the fast way the engine makes its value objects gives what the class gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
from typing import Any

import pytest

from timeline_cli.model import Entry, Frame, Kind, Mention, Part, Relation, maker


def _entry_fields() -> dict[str, object]:
    part = Part(text="3", char_start=0, char_end=1, type="DATE", value="2015-03-03")
    return dict(source="a.txt", language="fr", text="du 3 au 5 mars 2015", char_start=0,
                char_end=19, sentence="Du 3 au 5 mars 2015, rien.", sentence_start=0,
                type="DATE", value=None, mod=None, start=dt.date(2015, 3, 3),
                end=dt.date(2015, 3, 5), granularity="day", approximate=False,
                relation=Relation.RANGE, label="3–5 mars 2015", rule="plage", explanation=None,
                parts=(part, part))  # fmt: skip


@pytest.mark.parametrize(
    ("cls", "given"),
    [
        (Entry, _entry_fields()),
        (Part, dict(text="5 mars", char_start=8, char_end=14, type="DATE", value=None)),
        (Mention, dict(start=3, end=7, text="2015", rule="année", frame=Frame(kind=Kind.DATE))),
    ],
)
def test_a_made_object_is_the_one_the_class_makes(cls: type, given: dict[str, object]) -> None:
    made: Any = maker(cls)(**given)
    expected: Any = cls(**given)
    assert type(made) is cls
    assert made == expected and hash(made) == hash(expected)
    assert dataclasses.asdict(made) == dataclasses.asdict(expected)  # defaults included
    assert pickle.loads(pickle.dumps(made)) == expected  # workers send entries back
    # the fields in order, as the engine gives them (`given` lists them in the class's order)
    assert maker(cls)(*given.values()) == expected
    assert list(given) == [f.name for f in dataclasses.fields(cls)][: len(given)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "changed"


def test_a_missing_or_unknown_field_is_refused_as_the_class_refuses_it() -> None:
    make = maker(Part)
    with pytest.raises(TypeError, match="value"):
        make(text="x", char_start=0, char_end=1, type="DATE")
    with pytest.raises(TypeError, match="colour"):
        make(text="x", char_start=0, char_end=1, type="DATE", value=None, colour="red")


def test_a_class_whose_objects_could_not_be_made_so_is_refused() -> None:
    """The twin the fields are set on must have the class's layout: a class without slots,
    or with a slot that is not a field, is refused when the maker is made, not later."""

    @dataclasses.dataclass(frozen=True)
    class Loose:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True, weakref_slot=True)
    class Weak:
        a: int

    for cls in (Loose, Weak):
        with pytest.raises(TypeError, match="slots"):
            maker(cls)
