"""The Dask engine: a LocalCluster, a real scheduler with two worker processes, a killed worker."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import test_scale_layers  # noqa: F401 - registers the test layer the workers import too
from dateline._pipeline import DEFAULT_LAYERS, Pipeline, Settings
from dateline._readers import read_inputs
from dateline._scale._dask import DaskRun
from dateline._scale._shards import list_shards

pytest.importorskip("distributed")
pytestmark = pytest.mark.slow

SETTINGS = Settings(layers=DEFAULT_LAYERS + ("scale_test_crash",), extra={"scale_test_delay": 0.04})
TESTS = Path(__file__).parent
SENTENCES = [
    "Japan and India signed a trade agreement in Tokyo on Monday.",
    "Hundreds of farmers protested in the capital against new fuel taxes.",
    "\"This is unacceptable,\" the prime minister told reporters.",
    "Gunmen killed four villagers in an overnight raid, police said.",
]


def _read(inputs):
    return read_inputs(inputs, max_chars=SETTINGS.max_chars)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dask") / "wire.jsonl"
    lines = [json.dumps({"id": f"w{i:02d}", "date": "2024-06-1" + str(i % 10),
                         "text": " ".join(SENTENCES[(i + k) % 4] for k in range(1 + i % 2)) + f" Note {i}."})
             for i in range(24)]
    lines.insert(9, '{"text": ')  # a malformed line: its error record must come through
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def expected(nlp, corpus) -> list[dict]:
    pipe = Pipeline(SETTINGS, nlp=nlp)
    return [a.to_dict() for a in pipe.code_records(_read([str(corpus)]))]


def _same(got: list[dict], expected: list[dict]) -> None:
    assert [d["id"] for d in got] == [d["id"] for d in expected]
    assert len({d["id"] for d in got}) == len(got)
    assert got == expected


def test_local_cluster_output_equals_single_process_and_reruns_skip(tmp_path, corpus, expected) -> None:
    from distributed import Client, LocalCluster

    out = tmp_path / "shards"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        run = DaskRun([str(corpus)], _read, SETTINGS, out, client=client, shard_size=5, report=lambda s: None)
        got = [a.to_dict() for a in run.articles()]
        _same(got, expected)
        assert any(d["errors"] for d in got)
        assert len(list_shards(out)) == 5 and run.stats.coded == 5 and run.stats.skipped == 0
        assert 1 <= len(run.stats.peak_rss) <= 2  # worker processes that coded shards

        again = DaskRun([str(corpus)], _read, SETTINGS, out, client=client, shard_size=5)
        _same([a.to_dict() for a in again.articles()], expected)
        assert again.stats.skipped == 5 and again.stats.coded == 0

        # a run that died after some shards: only the missing ones are coded
        list_shards(out)[2].unlink()
        third = DaskRun([str(corpus)], _read, SETTINGS, out, client=client, shard_size=5)
        _same([a.to_dict() for a in third.articles()], expected)
        assert third.stats.coded == 1 and third.stats.skipped == 4
        # three jobs, one pipeline (one model load) per worker process
        from dateline._scale._worker import pipeline_count

        assert set(client.run(pipeline_count).values()) == {1}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def real_cluster():
    """`dask scheduler` and two `dask worker` processes (no nanny) on 127.0.0.1."""
    from distributed import Client

    dask_cli = [sys.executable, "-m", "dask"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    port = _free_port()
    addr = f"tcp://127.0.0.1:{port}"
    procs = [subprocess.Popen([*dask_cli, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(2):
            procs.append(subprocess.Popen(
                [*dask_cli, "worker", addr, "--nthreads", "1", "--no-nanny", "--no-dashboard", "--host", "127.0.0.1"],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        client = Client(addr, timeout=60)
        client.wait_for_workers(2, timeout=60)
        yield addr, client, procs[1:]
        client.close()
    finally:
        for p in reversed(procs):
            if p.poll() is None:
                p.terminate()
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


def test_real_scheduler_and_two_workers_via_the_command_then_load(tmp_path, corpus, expected, real_cluster) -> None:
    from dateline.cli import cli

    addr, _, _ = real_cluster
    out = tmp_path / "shards"
    runner = CliRunner()
    res = runner.invoke(cli, ["code", "--engine", "dask", "--scheduler", addr, str(corpus), "--output-dir", str(out),
                              "--shard-size", "6"])
    assert res.exit_code == 0, res.output
    assert res.stdout == ""  # the shards are the output
    assert "24 articles coded, 1 with errors" in res.stderr
    assert len(list_shards(out)) == 5
    try:
        from dateline._store import open_store
    except ImportError:
        pytest.skip("the store is not built in this tree")
    db = tmp_path / "events.duckdb"
    res = runner.invoke(cli, ["load", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "loaded 25 articles from 5 shards" in res.stderr
    with open_store(db, read_only=True) as store:
        ids = {d["article_id"] for d in store.articles(limit=100)}
    assert {d["id"] for d in expected} <= ids


def test_a_worker_killed_mid_job_loses_and_doubles_nothing(tmp_path, corpus, expected, real_cluster) -> None:
    addr, client, workers = real_cluster
    out = tmp_path / "shards"
    run = DaskRun([str(corpus)], _read, SETTINGS, out, client=client, shard_size=3, window=4,
                  report=lambda s: None)
    pids = client.run(os.getpid)  # worker address -> pid
    by_pid = {p.pid: p for p in workers}
    killed: list[tuple[str, list]] = []
    got: list[dict] = []
    t0 = time.monotonic()
    from dateline._scale._convert import read_shard

    for path in run.run():
        if not killed:
            busy = {a: list(keys) for a, keys in client.processing().items() if keys}
            assert busy, "nothing in flight when the first shard came back"
            addr, keys = next(iter(busy.items()))
            victim = by_pid[pids[addr]]
            os.kill(victim.pid, signal.SIGKILL)  # it holds these shards now
            victim.wait(10)
            killed.append((addr, keys))
        got.extend(read_shard(path))
    assert time.monotonic() - t0 < 120
    _same(got, expected)
    assert run.stats.coded == 9 and len(list_shards(out)) == 9
    assert killed and killed[0][1]  # the killed worker was coding shards, and they still came back
    assert len(client.nthreads()) == 1
