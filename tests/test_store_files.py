"""Bad database files (foreign, corrupt, locked, newer, missing) and the schema migration path."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from dateline._store import (SCHEMA_VERSION, ForeignStore, SchemaTooNew, StoreCorrupt, StoreLocked, StoreMissing,
                             open_store)
from dateline._store.ingest import RowBuffer
from dateline._store.schema import V1_TABLES, create_v1_schema
from dateline._store.synthetic import build_article

A = {"id": "QA", "name": "Alpha", "kind": "state", "country": "AAA", "sector": "GOV"}
B = {"id": "QB", "name": "Beta", "kind": "state", "country": "BBB", "sector": "GOV"}


def digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_text_file_is_foreign_and_untouched(tmp_path: Path) -> None:
    p = tmp_path / "notes.duckdb"
    p.write_text("my precious notes\n" * 100)
    before = digest(p)
    with pytest.raises(ForeignStore, match="not a DuckDB database") as exc:
        open_store(p)
    assert "E043" in str(exc.value)
    with pytest.raises(ForeignStore):
        open_store(p, read_only=True)
    assert digest(p) == before


def test_duckdb_without_our_schema_is_foreign_and_untouched(tmp_path: Path) -> None:
    p = tmp_path / "other.duckdb"
    con = duckdb.connect(str(p))
    con.execute("CREATE TABLE sales (id INTEGER, amount DOUBLE)")
    con.execute("INSERT INTO sales VALUES (1, 2.5)")
    con.close()
    before = digest(p)
    with pytest.raises(ForeignStore, match="without dateline's schema.*sales"):
        open_store(p)
    assert digest(p) == before
    con = duckdb.connect(str(p), read_only=True)
    assert con.execute("SELECT * FROM sales").fetchall() == [(1, 2.5)]
    con.close()


def test_corrupt_duckdb_file_is_reported_and_untouched(tmp_path: Path) -> None:
    good = tmp_path / "good.duckdb"
    with open_store(good) as st:
        st.add(build_article("a", "2023-01-01", [{"type": "ACCUSE", "sources": [A], "targets": [B]}]))
    data = bytearray(good.read_bytes())
    for i in range(64, len(data)):  # keep the magic header, wreck everything after it
        data[i] = (data[i] * 7 + 13) % 256
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(bytes(data))
    before = digest(bad)
    with pytest.raises((StoreCorrupt, ForeignStore)) as exc:
        open_store(bad)
    assert "untouched" in str(exc.value) or "will not" in str(exc.value)
    assert digest(bad) == before


def test_missing_file_read_only_and_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreMissing, match="no such database"):
        open_store(tmp_path / "nope.duckdb", read_only=True)
    with pytest.raises(StoreMissing, match="no such directory"):
        open_store(tmp_path / "no" / "dir" / "x.duckdb")
    with pytest.raises(ForeignStore, match="directory"):
        open_store(tmp_path)


def test_empty_file_is_refused_with_the_fix(tmp_path: Path) -> None:
    p = tmp_path / "made-by-mktemp.duckdb"
    p.touch()
    with pytest.raises(ForeignStore, match="empty file.*delete it"):
        open_store(p)
    assert p.exists() and p.stat().st_size == 0


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "future.duckdb"
    open_store(p).close()
    con = duckdb.connect(str(p))
    con.execute("INSERT INTO schema_version VALUES (?, now(), 'from the future')", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(SchemaTooNew, match="newer"):
        open_store(p)


def test_locked_by_a_writer_process_gives_a_clear_message(tmp_path: Path) -> None:
    p = tmp_path / "busy.duckdb"
    open_store(p).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from dateline._store import open_store
            st = open_store({str(p)!r})
            print("open", flush=True)
            sys.stdin.readline()
            st.close()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLocked) as exc:
            open_store(p, lock_wait=0.3)
        msg = str(exc.value)
        assert "E041" in msg and "locked" in msg and "read_only" in msg
        with pytest.raises(StoreLocked, match="writing to it"):
            open_store(p, read_only=True, lock_wait=0.3)
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    with open_store(p, read_only=True) as st:  # free again
        assert st.check() == []


def _v1_database(p: Path) -> list[dict]:
    """A version-1 store (no dedup columns) holding two reports of one event."""
    arts = [build_article(f"v1-{i}", "2021-06-01",
                          [{"type": "ASSAULT", "sources": [A], "targets": [B], "date": "2021-05-31"}])
            for i in range(2)]
    buf = RowBuffer()
    for a in arts:
        buf.add(a)
    con = duckdb.connect(str(p))
    create_v1_schema(con)
    for table, rows in buf.rows.items():
        cols = [c for c, _ in V1_TABLES[table]]
        for r in rows:
            con.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [r[c] for c in cols])
    con.close()
    return [a.to_dict() for a in arts]


def test_v1_database_migrates_to_current(tmp_path: Path) -> None:
    p = tmp_path / "old.duckdb"
    originals = _v1_database(p)
    with pytest.raises(SchemaTooNew, match="open it once for writing"):
        open_store(p, read_only=True)
    with open_store(p) as st:
        info = st.info()
        assert info["schema_version"] == SCHEMA_VERSION == 2
        assert info["rows"]["articles"] == 2 and info["rows"]["events"] == 2
        for d in originals:
            assert st.article(d["id"]) == d
        rows = st.query()
        assert len({r["cluster_id"] for r in rows}) == 1 and rows[0]["mentions"] == 2
        assert st.check() == []
        history = st.sql("SELECT version, note FROM schema_version ORDER BY version").values.tolist()
        assert history == [[1, "created"], [2, "migrated from 1"]]
        # and it keeps working as a v2 store
        st.add(build_article("v2-new", "2021-06-02",
                             [{"type": "ASSAULT", "sources": [A], "targets": [B], "date": "2021-06-01"}]))
        assert st.query()[0]["mentions"] == 3
    with open_store(p, read_only=True) as st:
        assert st.info()["schema_version"] == 2


def test_failed_migration_leaves_the_v1_database_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline._store import schema

    p = tmp_path / "old.duckdb"
    _v1_database(p)

    def broken(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("ALTER TABLE events ADD COLUMN partition_key VARCHAR")
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(schema.MIGRATIONS, 1, broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        open_store(p)
    con = duckdb.connect(str(p), read_only=True)
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 1
    cols = [r[0] for r in con.execute("DESCRIBE events").fetchall()]
    assert "partition_key" not in cols and "cluster_id" not in cols
    con.close()
