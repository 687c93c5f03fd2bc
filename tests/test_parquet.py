"""-f parquet on one machine: a typed schema derived from the model, equal to JSON Lines,
partitions written once (a second run writes nothing, a lost one is written again)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import os
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from .archive import only, parquet_rows, readme_block, write_archive
from .conftest import REF, ROOT, run_cli

pa = pytest.importorskip("pyarrow", reason="the [dask] extra (pyarrow) is not installed")
pytest.importorskip("pandas", reason="the [dask] extra (pandas) is not installed")

from timeline_cli.formats import parquet  # noqa: E402
from timeline_cli.model import Part  # noqa: E402

SAMPLES = [str(ROOT / "samples" / "barrage-fr.txt"), str(ROOT / "samples" / "harbour-en.txt")]


def _jsonl(*args: str) -> list[dict[str, object]]:
    result = run_cli("build", "-f", "jsonl", *args)
    return [json.loads(line) for line in result.stdout.splitlines()]


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under the folder, with its inode and modification time."""
    return {
        str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_every_json_lines_field_has_a_typed_column() -> None:
    rows = _jsonl(*SAMPLES)
    schema = parquet.entry_schema()
    assert rows and all(set(r) <= set(schema.names) for r in rows)
    assert list(rows[0]) == schema.names[: len(rows[0])]  # the JSON order, then the extras
    assert not any(pa.types.is_null(f.type) for f in schema)
    assert schema.field("start").type == schema.field("end").type == pa.date32()
    assert schema.field("char_start").type == schema.field("char_end").type == pa.int64()
    assert schema.field("approximate").type == pa.bool_()
    assert schema.field("parts").type == pa.list_(parquet.arrow_type(Part))
    documents = json.loads(run_cli("build", "-f", "json", *SAMPLES).stdout)["documents"]
    assert list(documents[0]) == parquet.document_schema().names
    assert parquet.document_schema().field("reference_date").type == pa.date32()


class Support(enum.StrEnum):
    FULL = "full"


@dataclasses.dataclass(frozen=True)
class Grown:
    """A model class as it may grow: each new annotation gets its column with no edit."""

    title: str | None
    published: dt.date
    fetched: dt.datetime | None
    support: Support
    score: float
    pages: int
    redirected: bool
    spans: tuple[tuple[int, int], ...]
    tags: list[str]


def test_the_type_mapping_types_fields_added_to_the_model() -> None:
    types = {n: parquet.arrow_type(h) for n, h in typing.get_type_hints(Grown).items()}
    assert types == {
        "title": pa.string(), "published": pa.date32(), "fetched": pa.timestamp("us"),
        "support": pa.string(), "score": pa.float64(), "pages": pa.int64(),
        "redirected": pa.bool_(), "spans": pa.list_(parquet.SPAN), "tags": pa.list_(pa.string()),
    }  # fmt: skip
    assert parquet.arrow_type(Grown) == pa.struct(list(types.items()))
    with pytest.raises(TypeError, match="no Arrow type"):
        parquet.arrow_type(dict[str, int])


@pytest.fixture
def fresh_schema() -> typing.Iterator[None]:
    """The derived schemas computed again, before and after the test."""
    caches = (parquet.entry_schema, parquet.document_schema, parquet._entry_extras)
    for cache in caches:
        cache.cache_clear()
    yield
    for cache in caches:
        cache.cache_clear()


def test_computed_fields_of_the_json_record_get_typed_columns(fresh_schema: None) -> None:
    """The fields the renderer computes (`edtf`, the document's `reference_date` and its
    source) and the entry fields JSON Lines leaves out (`parts`) are typed columns."""
    from timeline_cli import build_timeline

    schema = parquet.entry_schema()
    assert schema.field("edtf").type == pa.string()
    assert schema.field("reference_date").type == pa.date32()
    assert schema.field("reference_date_source").type == pa.string()
    assert schema.field("sentence_start").type == pa.int64()
    assert schema.field("parts").type == pa.list_(parquet.arrow_type(Part))
    text = (ROOT / "samples" / "barrage-fr.txt").read_text(encoding="utf-8")
    _document, rows = parquet.records(build_timeline(text, source="a.txt", ref_date=REF))
    data = parquet.table(rows, schema).to_pylist()
    assert [r["reference_date"] for r in data] == [REF] * len(rows)
    assert [r["parts"] for r in data] == [[dataclasses.asdict(p) for p in r["parts"]]
                                          for r in rows]  # fmt: skip
    assert any(r["parts"] for r in data)


def test_parquet_with_jobs_equals_json_lines(tmp_path: Path) -> None:
    archive = write_archive(tmp_path, 60)
    out = tmp_path / "out"
    result = run_cli("build", "-f", "parquet", "-o", str(out), "--jobs", "2",
                     "--partition-size", "2K", str(archive))  # fmt: skip
    assert result.returncode == 1  # the broken file
    stderr = result.stderr.decode()
    assert "broken.txt: looks like a binary file" in stderr and "partitions written" in stderr
    expected = _jsonl(str(archive))
    rows = parquet_rows(out)
    assert len(list(out.glob("part-*.parquet"))) > 3
    assert only(rows, expected[0]) == expected
    assert all(isinstance(r["sentence_start"], int) for r in rows)
    two_parts = [r for r in rows if r["relation"] == "range"]
    assert two_parts and all(len(r["parts"]) == 2 for r in two_parts)  # type: ignore[arg-type]
    for r in two_parts:
        at = r["sentence_start"]
        assert all(r["sentence"][p["char_start"] - at : p["char_end"] - at] in r["text"]
                   for p in r["parts"])  # type: ignore  # fmt: skip
    documents = json.loads(run_cli("build", "-f", "json", str(archive)).stdout)["documents"]
    assert parquet_rows(out / "_documents") == documents
    broken = str(archive / "en" / "broken.txt")
    message = f"{broken}: looks like a binary file, not text; give a .txt article"
    assert parquet_rows(out / "_errors") == [{"path": broken, "message": message}]


def test_the_readme_commands_for_one_machine_work(tmp_path: Path) -> None:
    (write_archive(tmp_path, 10) / "en" / "broken.txt").unlink()
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    result = subprocess.run(["bash", "-euc", readme_block("sh", 0)], cwd=tmp_path, env=env,
                            capture_output=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    expected = [json.loads(line) for line in run_cli("build", "-f", "jsonl", "archive",
                                                     cwd=tmp_path).stdout.splitlines()]  # fmt: skip
    assert only(parquet_rows(tmp_path / "out"), expected[0]) == expected
    assert f"rows x {len(parquet.entry_schema().names)} columns".encode() in result.stdout


def test_a_second_run_writes_nothing_and_a_lost_partition_is_written_again(
    tmp_path: Path,
) -> None:
    archive = write_archive(tmp_path, 40)
    out = tmp_path / "out"
    command = ("build", "-f", "parquet", "-o", str(out), "--partition-size", "2K", str(archive))
    run_cli(*command)
    before = _files(out)
    again = run_cli(*command)
    assert _files(out) == before
    assert "already written, 0 to write" in again.stderr.decode()
    lost = sorted(out.glob("part-*.parquet"))[1]
    lost.unlink()
    (out / "_documents" / lost.name).unlink()
    run_cli(*command)
    after = _files(out)
    assert set(after) == set(before)
    changed = sorted(n for n in after if after[n] != before[n])  # only the lost batch's files
    assert changed == sorted([lost.name, f"_documents/{lost.name}", f"_errors/{lost.name}"])
    assert only(parquet_rows(out), _jsonl(str(archive))[0]) == _jsonl(str(archive))


def test_a_changed_source_list_leaves_no_stale_rows(tmp_path: Path) -> None:
    archive = write_archive(tmp_path, 30)
    out = tmp_path / "out"
    command = ("build", "-f", "parquet", "-o", str(out), "--partition-size", "1K", str(archive))
    run_cli(*command)
    (archive / "fr" / sorted(os.listdir(archive / "fr"))[3]).unlink()
    (archive / "en" / "late-addition.txt").write_text("Since March 2012, nothing moved.\n")
    run_cli(*command)
    expected = _jsonl(str(archive))
    assert only(parquet_rows(out), expected[0]) == expected


def test_urls_are_listed_and_globbed_where_the_files_are(tmp_path: Path) -> None:
    archive = write_archive(tmp_path, 20)
    out = tmp_path / "out"
    url = f"file://{archive}/fr/*.txt"
    result = run_cli("build", "-f", "parquet", "-o", str(out), url)
    assert result.returncode == 0, result.stderr
    rows = parquet_rows(out)
    expected = _jsonl(str(archive / "fr"))
    assert {r["source"] for r in rows} == {f"file://{e['source']}" for e in expected}
    assert [{**r, "source": None} for r in only(rows, expected[0])] == [
        {**e, "source": None} for e in expected
    ]


def test_object_stores_and_reference_dates_per_document(tmp_path: Path) -> None:
    """fsspec's in-memory file system stands for s3:// or gs://: listed, read and written
    through fsspec, partitions moved into place; `ref_dates` gives each document its date."""
    import fsspec
    import pyarrow.parquet as pq

    from timeline_cli import cluster

    memory = fsspec.filesystem("memory")
    archive = write_archive(tmp_path, 12)
    names = sorted(p.relative_to(archive).as_posix() for p in archive.rglob("item-*.txt"))
    for name in names:
        memory.pipe(f"/news/{name}", (archive / name).read_bytes())
    dates = {f"memory:///news/{n}": dt.date(2010, 1, 1) + dt.timedelta(days=i)
             for i, n in enumerate(names)}  # fmt: skip
    said: list[str] = []
    code = cluster.build(["memory://news/"], "memory://out", glob="*.txt", lang="auto",
                         ref_date=None, ref_dates=dates, say=said.append)  # fmt: skip
    assert code == 0, said
    documents = pq.read_table("/out/_documents", filesystem=memory).to_pylist()
    assert {d["source"]: d["reference_date"] for d in documents} == dates
    entries = pq.read_table("/out", filesystem=memory)
    assert entries.schema == parquet.entry_schema() and entries.num_rows > 30
    assert not [p for p in memory.find("/out") if p.endswith(".tmp")]
    memory.rm("/news", recursive=True)
    memory.rm("/out", recursive=True)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "parquet", "samples"], "-f parquet writes a folder of partitions: give it with -o"),
        (["-f", "jsonl", "--cluster", "tcp://127.0.0.1:9", "samples"], "add -f parquet -o DIR"),
        (["-f", "parquet", "-o", "samples", "samples"], "holds files timeline did not write"),
        (["-f", "parquet", "-o", "nowhere/out", "samples"], "the folder"),
        (["-f", "parquet", "-o", "{tmp}/o", "--partition-size", "lots", "samples"], "not a size"),
        (["-f", "parquet", "-o", "{tmp}/o", "--cluster", "nowhere", "samples"], "tcp://HOST:PORT"),
    ],
)
def test_parquet_option_errors(tmp_path: Path, args: list[str], message: str) -> None:
    result = run_cli("build", *[a.format(tmp=tmp_path) for a in args])
    assert result.returncode == 2 and result.stdout == b""
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and message in lines[0], lines


@pytest.mark.parametrize(
    ("args", "missing"),
    [(["-f", "parquet", "-o", "{tmp}/o"], "pyarrow"), (["--cluster", "tcp://127.0.0.1:9",
      "-f", "parquet", "-o", "{tmp}/o"], "distributed")],
)  # fmt: skip
def test_without_the_extra_one_line_says_what_to_install(
    tmp_path: Path, args: list[str], missing: str
) -> None:
    code = (
        "import sys\n"
        f"sys.modules[{missing!r}] = None  # as if the [dask] extra were not installed\n"
        "from timeline_cli.cli import main\n"
        "main()\n"
    )
    argv = ["build", *[a.format(tmp=tmp_path) for a in args], SAMPLES[0]]
    result = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True,
                            cwd=ROOT, timeout=60)  # fmt: skip
    assert result.returncode == 2 and result.stdout == b""
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and "pip install 'timeline-cli[dask]'" in lines[0], lines
    assert not (tmp_path / "o").exists()


def test_ctrl_c_stops_at_once_leaving_whole_partitions(tmp_path: Path) -> None:
    """(The next run resumes: see the lost partition above.)"""
    import signal
    import time

    archive = write_archive(tmp_path, 1500)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "timeline_cli", "build", "-f", "parquet", "-o", str(out),
               "--jobs", "2", "--partition-size", "8K", str(archive)]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)  # fmt: skip
    deadline = time.monotonic() + 60
    while not list(out.glob("part-*.parquet")) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # as Ctrl-C does: the whole process group
    interrupted = time.monotonic()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and time.monotonic() - interrupted < 5
    assert b"Traceback" not in stderr
    written = sorted(p.name for p in out.glob("part-*.parquet"))
    assert 0 < len(written) < len(list(archive.rglob("*.txt")))  # stopped part way
    assert set(written) <= {p.name for p in (out / "_documents").glob("part-*")}  # entries last
    assert len(parquet_rows(out)) > 0  # every partition whole: they all read
