"""Interrupted runs (kill -9, Ctrl-C) keep every committed article and the next run resumes;
a second process can read between the writer's commits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline._readers import Record
from dateline._records import Article
from dateline._store import StoreSink, code_into_store, ingest, open_store
from dateline._store.synthetic import CODER, random_articles

N = 36
WRITER = textwrap.dedent("""
    import signal, sys, time
    # a shell's background job starts with Ctrl-C ignored, and children inherit that: restore
    # Python's own handler so the interrupt test means the same however the suite was launched
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from dateline._store import ingest
    from dateline._store.synthetic import random_articles

    def slow():
        for art in random_articles({n}, seed=11):
            time.sleep({pause})
            yield art

    ingest(sys.argv[1], slow(), batch_size=4, max_delay={delay},
           on_commit=lambda n: print(n, flush=True))
    print("done", flush=True)
""")


def start_writer(db: Path, n: int = N, pause: float = 0.02, delay: float = 30.0) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", WRITER.format(n=n, pause=pause, delay=delay), str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(proc: subprocess.Popen[str], at_least: int) -> int:
    while True:
        line = proc.stdout.readline()
        assert line, f"writer ended early: {proc.stderr.read()}"
        if line.strip().isdigit() and int(line) >= at_least:
            return int(line)


def assert_intact(db: Path) -> set[str]:
    originals = {a.id: a.to_dict() for a in random_articles(N, seed=11)}
    with open_store(db, read_only=True) as st:
        assert st.check() == []
        ids = {r["article_id"] for r in st.articles()}
        for aid in ids:
            assert st.article(aid) == originals[aid]  # every committed article is whole
    return ids


def test_kill_9_keeps_committed_articles_and_the_next_run_resumes(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    proc = start_writer(db)
    committed = wait_for(proc, 8)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    ids = assert_intact(db)
    assert len(ids) >= committed and len(ids) % 4 == 0 and len(ids) < N  # whole batches only
    stats = ingest(db, random_articles(N, seed=11))
    assert stats == {"stored": N - len(ids), "skipped": len(ids)}
    assert len(assert_intact(db)) == N
    # a third run has nothing to do; --recode codes everything again without duplicating
    assert ingest(db, random_articles(N, seed=11)) == {"stored": 0, "skipped": N}
    assert ingest(db, random_articles(N, seed=11), recode=True) == {"stored": N, "skipped": 0}
    assert len(assert_intact(db)) == N


def test_ctrl_c_flushes_what_was_coded(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    # slow enough (0.2 s an article, ~5 s still to go after 8 commits) that a busy CI machine cannot
    # let the writer finish before the signal lands (at 0.02 s it sometimes did: no interrupt to see)
    proc = start_writer(db, pause=0.2, delay=30.0)
    wait_for(proc, 8)
    time.sleep(0.3)  # some articles in the buffer, not yet committed
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert "done" not in out, "the writer finished before it was interrupted"
    assert "KeyboardInterrupt" in err
    ids = assert_intact(db)
    assert 8 <= len(ids) < N


def test_a_reader_gets_in_between_commits(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    proc = start_writer(db, n=24, pause=0.03, delay=0.2)
    wait_for(proc, 4)
    seen = []
    for _ in range(3):
        with open_store(db, read_only=True, lock_wait=20) as st:
            assert st.check() == []
            seen.append(st.info()["rows"]["articles"])
        time.sleep(0.15)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "done" in out
    assert seen == sorted(seen) and seen[0] >= 4
    with open_store(db, read_only=True) as st:
        assert st.info()["rows"]["articles"] == 24


class FakePipeline:
    """Stands in for the coder: turns records into synthetic coded articles and counts them."""

    coder = dict(CODER)

    def __init__(self) -> None:
        self.coded: list[str] = []
        self.by_id = {a.id: a for a in random_articles(10, seed=5)}

    def code_records(self, records: Iterable[Record]) -> Iterator[Article]:
        for rec in records:
            self.coded.append(str(rec.id))
            yield self.by_id[str(rec.id)]


def records(changed: str | None = None) -> list[Record]:
    out = []
    for a in random_articles(10, seed=5):
        text = a.text + (" (updated)" if a.id == changed else "")
        out.append(Record(text=text, id=a.id, date=a.date))
    return out


def test_code_into_store_skips_current_articles(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    p1 = FakePipeline()
    assert len(list(code_into_store(db, p1, records()))) == 10
    p2 = FakePipeline()
    assert list(code_into_store(db, p2, records(changed="syn-5-3"))) and p2.coded == ["syn-5-3"]
    p3 = FakePipeline()
    p3.coder = {**CODER, "version": "9.9.9"}  # a new coder version codes everything again
    assert len(list(code_into_store(db, p3, records()))) == 10
    p4 = FakePipeline()
    assert len(list(code_into_store(db, p4, records(), recode=True))) == 10
    with open_store(db, read_only=True) as st:
        assert st.info()["rows"]["articles"] == 10 and st.check() == []


def test_store_sink_keeps_the_progress_mark_and_refuses_bad_files(tmp_path: Path) -> None:
    from dateline._store import ForeignStore

    class Marked(list):  # type: ignore[type-arg]
        reports_progress = True

    sink = StoreSink(tmp_path / "e.duckdb")
    wrapped: Any = sink.articles(Marked(random_articles(3, seed=2)))
    assert wrapped.reports_progress is True
    assert len(list(wrapped)) == 3
    bad = tmp_path / "x.duckdb"
    bad.write_text("hello")
    with pytest.raises(ForeignStore):
        StoreSink(bad)
    assert bad.read_text() == "hello"
