"""The multiprocess runner: same output as one process, in order, surviving dead workers."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

import test_scale_layers
from dateline._errors import EmptyText
from dateline._pipeline import DEFAULT_LAYERS, Pipeline, Settings
from dateline._readers import Record
from dateline._scale import ProcessPool, code_records

pytestmark = pytest.mark.slow

SETTINGS = Settings(layers=DEFAULT_LAYERS + ("scale_test_crash",), extra={"scale_test_delay": 0.01})

SENTENCES = [
    "The foreign minister of Kenya met his Ugandan counterpart in Kampala on Tuesday.",
    "Police arrested 12 protesters outside parliament, a spokesman said.",
    "\"We reject these accusations,\" the ministry said in a statement on Friday.",
    "Rebels attacked a convoy near the border, killing three soldiers.",
    "The European Union pledged 50 million euros in aid to the flood victims.",
]


def _records(n: int) -> list[Record]:
    out = []
    for i in range(n):
        text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + i % 3)) + f" Report {i}."
        out.append(Record(text, id=f"r{i:03d}", date="2024-03-0" + str(1 + i % 9), origin=f"test:{i + 1}"))
    if n > 5:
        out[5] = Record(None, origin="test:6", error=EmptyText("test:6: no text to code"))
    return out


def _copy(records: list[Record]) -> list[Record]:
    return [Record(r.text, id=r.id, date=r.date, origin=r.origin, error=r.error) for r in records]


@pytest.fixture(scope="module")
def pool():
    with ProcessPool(SETTINGS, 2, chunk_size=3) as p:
        yield p


@pytest.fixture(scope="module")
def expected(nlp) -> list[dict]:
    pipe = Pipeline(SETTINGS, nlp=nlp)
    return [a.to_dict() for a in pipe.code_records(_copy(_records(30)))]


def test_two_processes_give_the_single_process_output_in_order(pool, expected) -> None:
    got = [a.to_dict() for a in pool.imap(_copy(_records(30)))]
    assert [d["id"] for d in got] == [d["id"] for d in expected]
    assert got == expected
    assert any(d["errors"] for d in got)  # the error record came back, in its place
    assert got[5]["errors"] and "E010" in got[5]["errors"][0]
    assert pool.stats.restarts == 0


def test_a_killed_worker_loses_and_doubles_nothing(pool, expected) -> None:
    reports: list[str] = []
    pool.report = reports.append
    victim = pool.pids[0]
    got = []
    for art in pool.imap(_copy(_records(30))):
        if not got:
            os.kill(victim, signal.SIGKILL)
        got.append(art.to_dict())
    assert [d["id"] for d in got] == [d["id"] for d in expected]
    assert got == expected
    assert pool.stats.restarts == 1 and victim not in pool.pids
    assert any(str(victim) in r and "signal 9" in r for r in reports)


def test_an_article_that_kills_its_worker_becomes_an_error_record(pool) -> None:
    pool.report = lambda s: None
    recs = _copy(_records(12))
    recs[7] = Record(f"The envoy arrived. {test_scale_layers.POISON} here.", id="poison", origin="test:8")
    got = list(pool.imap(recs))
    assert [a.id for a in got][6:] == [r.id for r in recs][6:] and len(got) == len(recs)
    assert got[7].errors and "E040" in got[7].errors[0] and "died" in got[7].errors[0]
    assert all(not a.errors for i, a in enumerate(got) if i not in (5, 7))
    assert pool.stats.crashed_records >= 1


def test_short_input_runs_in_process_and_one_worker_means_no_pool(nlp) -> None:
    import multiprocessing

    recs = _records(5)
    before = set(multiprocessing.active_children())
    arts = code_records(iter(_copy(recs)), Settings(), workers=4)  # shorter than two chunks
    assert set(multiprocessing.active_children()) == before
    assert [a.id for a in arts] == [r.id for r in recs]


def test_cli_code_with_workers(tmp_path: Path, expected) -> None:
    from dateline.cli import cli

    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"c{i}", "text": SENTENCES[i % 5] + f" Item {i}.", "date": "2024-05-01"})
             for i in range(20)]
    lines.insert(3, "{broken")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["code", str(src), "--workers", "2"])
    assert res.exit_code == 0, res.output
    out = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert len(out) == 21
    assert [d["id"] for d in out[:3]] == ["c0", "c1", "c2"] and out[3]["errors"]
    assert [d["id"] for d in out[4:]] == [f"c{i}" for i in range(3, 20)]
    assert "20 articles coded, 1 with errors" in res.stderr


def test_an_exception_while_coding_sets_aside_only_its_article(pool) -> None:
    messages: list[str] = []
    pool.report = messages.append
    recs = _copy(_records(9))
    # longer than the model's max_length: spaCy raises inside the worker, which stays alive; the
    # pipeline re-parses that batch one text at a time, so only this article gets the error
    recs[4] = Record("word " * 430_000, id="huge", origin="test:5")
    got = list(pool.imap(recs))
    assert [a.id for a in got][:5] == [r.id for r in recs][:5] and [a.id for a in got][6:] == [r.id for r in recs][6:]
    assert got[4].errors and "parser failed" in got[4].errors[0] and "E088" in got[4].errors[0]
    assert got[5].errors and "no text" in got[5].errors[0]  # the empty record is still its own error
    assert all(not a.errors and (a.events or a.actors) for i, a in enumerate(got) if i not in (4, 5))
    assert not any("one by one" in m for m in messages)  # the pool had nothing to isolate


def test_a_run_abandoned_midway_does_not_leak_into_the_next(pool, expected) -> None:
    it = pool.imap(_copy(_records(30)))
    first = [next(it).id for _ in range(4)]
    it.close()  # the workers still hold chunks of this run
    assert first == [d["id"] for d in expected[:4]]
    got = [a.to_dict() for a in pool.imap(_copy(_records(30)))]
    assert got == expected
