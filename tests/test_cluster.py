"""-f parquet on a Dask cluster: two worker processes on 127.0.0.1 give what one machine gives,
a worker killed mid-run loses nothing, and the notebook API reads the same entries.

Marked `cluster` (`pytest -m cluster` runs only these); skipped when the [dask] extra is not
installed. One small cluster for the module: the machine's cores are shared."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .archive import parquet_rows, readme_block, write_archive
from .conftest import run_cli

distributed = pytest.importorskip("distributed", reason="the [dask] extra is not installed")
pytestmark = pytest.mark.cluster
SIZE = "4K"  # input bytes per partition: about ten documents, some thirty partitions


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
        dashboard_address="127.0.0.1:0", silence_logs=50,
    )  # fmt: skip
    with cluster, distributed.Client(cluster, timeout="60s") as c:
        yield c


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_archive(tmp_path_factory.mktemp("cluster"), 300)


@pytest.fixture(scope="module")
def local(archive: Path) -> Path:
    """The same archive written on this machine, to compare with."""
    out = archive.parent / "local"
    result = run_cli("build", "-f", "parquet", "-o", str(out), "--partition-size", SIZE,
                     str(archive))  # fmt: skip
    assert result.returncode == 1, result.stderr  # the broken file
    return out


def _same(out: Path, local: Path) -> None:
    assert sorted(p.name for p in out.glob("part-*")) == sorted(
        p.name for p in local.glob("part-*")
    )
    for folder in (".", "_documents", "_errors"):
        assert parquet_rows(out / folder) == parquet_rows(local / folder), folder


def test_a_cluster_writes_what_one_machine_writes_and_a_second_run_nothing(
    client: Any, archive: Path, local: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    address = client.scheduler.address
    command = ("build", "-f", "parquet", "-o", str(out), "--partition-size", SIZE,
               "--cluster", address, str(archive))  # fmt: skip
    result = run_cli(*command)
    stderr = result.stderr.decode()
    assert result.returncode == 1, stderr  # the broken file, reported and in _errors
    assert f"Dask cluster {address}: 2 workers; dashboard http://127.0.0.1:" in stderr
    assert "partitions written (" in stderr and "broken.txt: looks like a binary" in stderr
    _same(out, local)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    again = run_cli(*command)
    assert "already written, 0 to write" in again.stderr.decode()
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == before


class KillThird(distributed.WorkerPlugin):  # type: ignore[misc]
    """Kills its worker process (SIGKILL) when the third batch starts, once in the cluster."""

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
        if finish != "executing" or not str(key).startswith("timeline-"):
            return
        Path(self.folder, f"started-{os.getpid()}-{key}").touch()
        if len(os.listdir(self.folder)) >= 3:
            try:
                os.close(os.open(Path(self.folder, "killed"), os.O_CREAT | os.O_EXCL))
            except FileExistsError:
                return
            os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_killed_mid_run_loses_nothing(
    client: Any, archive: Path, local: Path, tmp_path: Path
) -> None:
    marks = tmp_path / "marks"
    marks.mkdir()
    client.register_plugin(KillThird(str(marks)), name="kill-third")
    try:
        out = tmp_path / "out"
        env = {"DASK_SCHEDULER_ADDRESS": client.scheduler.address}
        result = run_cli("build", "-f", "parquet", "-o", str(out), "--partition-size", SIZE,
                         str(archive), env=env)  # fmt: skip
    finally:
        client.unregister_worker_plugin("kill-third")
    assert (marks / "killed").exists()  # a worker did die with a batch running
    assert result.returncode == 1, result.stderr  # the broken file only
    _same(out, local)
    assert not list(out.rglob(".*.tmp"))
    client.wait_for_workers(2, timeout=60)  # the nanny restarted it


def test_the_notebook_api_gives_the_same_entries(
    client: Any, archive: Path, local: Path, tmp_path: Path
) -> None:
    import pandas

    import timeline_cli.dask

    entries = timeline_cli.dask.entries(str(archive), partition_size=4096)
    assert entries.npartitions == len(list(local.glob("part-*")))
    french = entries[entries.language == "fr"].compute()  # on the cluster: the default client
    expected = [r for r in parquet_rows(local) if r["language"] == "fr"]
    rows = [{k: _value(v) for k, v in r.items()} for r in french.to_dict("records")]
    assert sorted(rows, key=lambda r: str(r["source"])) == expected
    errors = timeline_cli.dask.errors(str(archive), partition_size=4096).compute()
    assert list(errors.path) == [str(archive / "en" / "broken.txt")]
    later = entries[entries.start.dt.year >= 2010]
    later.to_parquet(tmp_path / "later")  # filtered on the cluster, written by its workers
    back = pandas.read_parquet(tmp_path / "later", dtype_backend="pyarrow")
    assert len(back) == sum(1 for r in parquet_rows(local) if (r["start"] or "0") >= "2010")
    assert str(back.start.dtype) == "date32[day][pyarrow]" and len(back) > 50


def _value(value: Any) -> Any:
    import pandas

    if isinstance(value, list):
        return value
    return (
        None if pandas.isna(value) else value.isoformat() if hasattr(value, "isoformat") else value
    )


def test_the_readme_notebook_example_works(
    client: Any, archive: Path, local: Path, tmp_path: Path
) -> None:
    import subprocess
    import sys

    import pandas

    code = readme_block("python", 0).replace("tcp://127.0.0.1:8786", client.scheduler.address)
    (tmp_path / "archive").symlink_to(archive)
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                            timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    counts = pandas.read_parquet(local, columns=["source", "language"])
    assert (
        f"{(counts.language == 'fr').groupby(counts.source).sum().max()}" in result.stdout.decode()
    )
    back = pandas.read_parquet(tmp_path / "since-2000", dtype_backend="pyarrow")
    assert len(back) > 100 and (back.start.dt.year >= 2000).all()
