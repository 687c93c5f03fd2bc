"""Parquet output: typed Arrow tables of entries, documents and errors, written atomically.

The schema is derived, never written out: each column is a field of the JSON record (the JSON
Lines entry, the JSON document info), typed by the annotation of the model attribute of that
name (`Entry`, `DocumentInfo`) through `arrow_type`, or for a field the renderer computes, by
its JSON value; the entry fields that the JSON record leaves out (`sentence_start`, `parts`)
are added as columns too. A field added to the model and to its JSON record therefore gets its
typed column without an edit here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import os
import types
import typing
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .. import render
from ..model import DocumentInfo, Entry, Reference, Timeline

if typing.TYPE_CHECKING:
    from fsspec import AbstractFileSystem

# JSON record names that are not an attribute of the same name: where the value comes from
ALIASES = {
    "reference_date": "reference.date",
    "reference_date_source": "reference.source",
    "reference_date_detail": "reference.detail",
}
SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64())])  # a (start, end) pair of offsets
ERRORS = pa.schema([("path", pa.string()), ("message", pa.string())])


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a Python annotation: the one mapping of model types to columns."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):  # X | None: Arrow columns are all nullable
        (inner,) = [a for a in args if a is not type(None)]
        return arrow_type(inner)
    if origin in (tuple, list):
        if origin is list or (len(args) == 2 and args[1] is Ellipsis):
            return pa.list_(arrow_type(args[0]))
        if args == (int, int):  # the model's pairs are spans of offsets (Entry.parts)
            return SPAN
    if isinstance(hint, type):
        for python, arrow in _SCALARS:  # bool before int, datetime before date
            if issubclass(hint, python):  # a StrEnum is a str, an IntEnum an int
                return arrow
        if dataclasses.is_dataclass(hint) and isinstance(hint, type):
            hints = typing.get_type_hints(hint)
            return pa.struct([(f.name, arrow_type(hints[f.name])) for f in _fields(hint)])
    raise TypeError(f"no Arrow type for {hint!r}: add it to timeline_cli.formats.parquet")


_SCALARS: tuple[tuple[type, pa.DataType], ...] = (
    (bool, pa.bool_()),
    (int, pa.int64()),
    (float, pa.float64()),
    (str, pa.string()),
    (dt.datetime, pa.timestamp("us")),
    (dt.date, pa.date32()),
)


def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return dataclasses.fields(cls)


def _column_type(classes: Sequence[type], name: str, example: Any) -> pa.DataType:
    """The type of a JSON record field: from the annotation of the dataclass field or property
    of that name (or its alias) on the first class that has one; else, for a field computed by
    the renderer, from its JSON value (a string when it is null in the example)."""
    for cls in classes:
        hint: Any = cls
        for part in ALIASES.get(name, name).split("."):
            hint = _attribute_hint(hint, part)
            if hint is None:
                break
        if hint is not None:
            return arrow_type(hint)
    if example is None or type(example) in (bool, int, float, str):
        return arrow_type(type(example) if example is not None else str)
    raise TypeError(f"the JSON field {name!r} is no attribute of {[c.__name__ for c in classes]}")


def _attribute_hint(cls: Any, name: str) -> Any:
    if not isinstance(cls, type):
        return None
    attribute = getattr(cls, name, None)
    if isinstance(attribute, property) and attribute.fget is not None:
        return typing.get_type_hints(attribute.fget).get("return")
    return typing.get_type_hints(cls).get(name)


def records(timeline: Timeline) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The JSON records of a timeline: its document info and its entries (the JSON Lines rows),
    each entry with the model fields the JSON record leaves out."""
    rows = []
    for entry in timeline.entries:
        row = render.entry_dict(entry, timeline.document.reference)
        for name in _entry_extras():
            row[name] = getattr(entry, name)
        rows.append(row)
    return render.document_dict(timeline), rows


@functools.cache
def _example() -> Timeline:
    """A timeline with one entry, every field set to a value of its type: what the renderers
    make of it gives the names of the JSON fields."""
    return Timeline(_value(DocumentInfo), (_value(Entry),))


def _value(hint: Any) -> Any:
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        hints = typing.get_type_hints(hint)
        return hint(**{f.name: _value(hints[f.name]) for f in _fields(hint)})
    if typing.get_origin(hint) in (typing.Union, types.UnionType, tuple, list):
        return None if type(None) in typing.get_args(hint) else ()
    if isinstance(hint, type) and issubclass(hint, dt.date):
        return hint(2000, 1, 1)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    return hint()


@functools.cache
def _entry_extras() -> tuple[str, ...]:
    example = _example()
    named = set(render.entry_dict(example.entries[0], example.document.reference))
    named |= {ALIASES.get(n, n).split(".")[0] for n in named}
    named |= {render.RENAMED.get(n, n) for n in named}  # "anchor" is the entry's explanation
    shown = (f for f in _fields(Entry) if f.metadata.get("output", True))
    return tuple(f.name for f in shown if f.name not in named)


@functools.cache
def entry_schema() -> pa.Schema:
    """One column per field of the JSON Lines entry, then the entry fields it leaves out."""
    example = _example()
    entry = example.entries[0]
    row = render.entry_dict(entry, example.document.reference)
    row |= {n: getattr(entry, n) for n in _entry_extras()}
    return pa.schema([(n, _column_type((Entry, DocumentInfo), n, v)) for n, v in row.items()])


@functools.cache
def document_schema() -> pa.Schema:
    """One column per field of a document's info in the JSON output."""
    row = render.document_dict(_example())
    return pa.schema([(n, _column_type((DocumentInfo, Reference), n, v)) for n, v in row.items()])


def table(rows: Iterable[Mapping[str, Any]], schema: pa.Schema) -> pa.Table:
    """The rows (JSON records) as a table of `schema`: ISO dates become dates, pairs structs."""
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for row in rows:
        for name in schema.names:
            columns[name].append(row.get(name))
    arrays = [
        pa.array([_cell(v, schema.field(n).type) for v in columns[n]], type=schema.field(n).type)
        for n in schema.names
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def _cell(value: Any, kind: pa.DataType) -> Any:
    if value is None:
        return None
    if pa.types.is_date32(kind) and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if pa.types.is_struct(kind) and dataclasses.is_dataclass(value):  # a Part of a range
        value = tuple(getattr(value, kind.field(i).name) for i in range(kind.num_fields))
    if pa.types.is_struct(kind) and isinstance(value, dict):  # as JSON writes it
        value = tuple(value.get(kind.field(i).name) for i in range(kind.num_fields))
    if pa.types.is_struct(kind) and isinstance(value, (tuple, list)):
        return {kind.field(i).name: _cell(v, kind.field(i).type) for i, v in enumerate(value)}
    if pa.types.is_list(kind):
        return [_cell(v, kind.value_type) for v in value]
    return value


def write(fs: AbstractFileSystem, path: str, data: pa.Table) -> None:
    """Write `data` to `path` completely or not at all: to a hidden temporary file beside it
    (readers skip names starting with a dot), then renamed, an atomic step on a local disk; on
    an object store the object appears only once whole."""
    from fsspec.implementations.local import LocalFileSystem

    folder, name = path.rsplit("/", 1)
    tmp = f"{folder}/.{name}.{uuid.uuid4().hex}.tmp"
    try:
        with fs.open(tmp, "wb") as f:
            pq.write_table(data, f, compression="zstd")
        if isinstance(fs, LocalFileSystem):  # one rename, atomic
            os.replace(tmp, path)
        else:
            fs.mv(tmp, path)
    except BaseException:
        if fs.exists(tmp):
            fs.rm(tmp)
        raise
