"""Tables of the event store, the schema version and its migrations, and a careful ``connect``.

Every table is defined once here, as (column, DuckDB type) pairs; the DDL and the Arrow schema
used for bulk inserts are both derived from it. ``SCHEMA_VERSION`` is written to the
``schema_version`` table; ``MIGRATIONS[v]`` upgrades a database from version ``v`` to ``v + 1``
inside one transaction.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pyarrow as pa

from .errors import ForeignStore, SchemaTooNew, StoreCorrupt, StoreLocked, StoreMissing

SCHEMA_VERSION = 2
APPLICATION = "dateline-store"
DEFAULT_WINDOW_DAYS = 1

_SPAN = [("span_start", "INTEGER"), ("span_end", "INTEGER")]

TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("article_id", "VARCHAR"), ("date", "DATE"), ("date_text", "VARCHAR"), ("title", "VARCHAR"),
        ("url", "VARCHAR"), ("source", "VARCHAR"), ("language", "VARCHAR"), ("origin", "VARCHAR"),
        ("text", "VARCHAR"), ("text_hash", "VARCHAR"), ("coder_version", "VARCHAR"), ("coder_model", "VARCHAR"),
        ("coder_kb", "VARCHAR"), ("coder_layers", "VARCHAR"), ("coder_sig", "VARCHAR"), ("errors", "VARCHAR[]"),
        ("warnings", "VARCHAR[]"), ("n_events", "INTEGER"), ("doc", "VARCHAR"), ("stored_at", "TIMESTAMP"),
    ],
    "events": [
        ("article_id", "VARCHAR"), ("seq", "INTEGER"), ("event_id", "VARCHAR"), ("type", "VARCHAR"),
        ("mode", "VARCHAR"), ("context", "VARCHAR[]"), ("cameo", "VARCHAR"), ("quad_class", "INTEGER"),
        ("intensity", "DOUBLE"), ("date_text", "VARCHAR"), ("date_grain", "VARCHAR"), ("date_lo", "DATE"),
        ("date_hi", "DATE"), ("date_source", "VARCHAR"), ("negated", "BOOLEAN"), ("hypothetical", "BOOLEAN"),
        ("sentence", "VARCHAR"), *_SPAN, ("trigger_text", "VARCHAR"), ("trigger_start", "INTEGER"),
        ("trigger_end", "INTEGER"), ("confidence", "DOUBLE"), ("evidence", "VARCHAR"),
        ("place_text", "VARCHAR"), ("place_name", "VARCHAR"), ("place_country", "VARCHAR"), ("place_lat", "DOUBLE"),
        ("place_lon", "DOUBLE"), ("place_geonameid", "BIGINT"), ("place_feature", "VARCHAR"),
        ("place_start", "INTEGER"), ("place_end", "INTEGER"), ("size", "VARCHAR"), ("source_keys", "VARCHAR"),
        ("target_keys", "VARCHAR"), ("coder_version", "VARCHAR"), ("partition_key", "VARCHAR"),
        ("cluster_id", "VARCHAR"),
    ],
    "event_actors": [
        ("article_id", "VARCHAR"), ("seq", "INTEGER"), ("role", "VARCHAR"), ("position", "INTEGER"),
        ("actor_key", "VARCHAR"), ("actor_id", "VARCHAR"), ("name", "VARCHAR"), ("kind", "VARCHAR"),
        ("country", "VARCHAR"), ("sector", "VARCHAR"), ("wikidata", "VARCHAR"), ("text", "VARCHAR"), *_SPAN,
    ],
    "actors": [
        ("article_id", "VARCHAR"), ("seq", "INTEGER"), ("actor_key", "VARCHAR"), ("actor_id", "VARCHAR"),
        ("name", "VARCHAR"), ("kind", "VARCHAR"), ("country", "VARCHAR"), ("sector", "VARCHAR"),
        ("wikidata", "VARCHAR"), ("text", "VARCHAR"), *_SPAN, ("role", "VARCHAR"), ("resolved_by", "VARCHAR"),
    ],
    "quotes": [
        ("article_id", "VARCHAR"), ("seq", "INTEGER"), ("text", "VARCHAR"), *_SPAN, ("kind", "VARCHAR"),
        ("cue", "VARCHAR"), ("cue_start", "INTEGER"), ("cue_end", "INTEGER"), ("speaker_key", "VARCHAR"),
        ("speaker_id", "VARCHAR"), ("speaker_name", "VARCHAR"), ("speaker_kind", "VARCHAR"),
        ("speaker_country", "VARCHAR"), ("speaker_sector", "VARCHAR"), ("speaker_start", "INTEGER"),
        ("speaker_end", "INTEGER"),
    ],
    "times": [
        ("article_id", "VARCHAR"), ("seq", "INTEGER"), ("text", "VARCHAR"), *_SPAN, ("value", "VARCHAR"),
        ("grain", "VARCHAR"), ("end_value", "VARCHAR"),
    ],
    "amounts": [
        ("article_id", "VARCHAR"), ("seq", "INTEGER"), ("text", "VARCHAR"), *_SPAN, ("value", "DOUBLE"),
        ("unit", "VARCHAR"), ("kind", "VARCHAR"), ("year", "VARCHAR"), ("approximate", "BOOLEAN"),
    ],
    "places": [
        ("article_id", "VARCHAR"), ("seq", "INTEGER"), ("text", "VARCHAR"), *_SPAN, ("name", "VARCHAR"),
        ("country", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("geonameid", "BIGINT"),
        ("feature", "VARCHAR"),
    ],
}

#: Tables that hold one article's rows (deleted and re-inserted together).
ARTICLE_TABLES = tuple(TABLES)

_ARROW = {
    "VARCHAR": pa.string(), "DATE": pa.date32(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
}


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([(name, _ARROW[typ]) for name, typ in TABLES[table]])


def _ddl(table: str, columns: list[tuple[str, str]]) -> str:
    cols = ", ".join(f'"{n}" {t}' for n, t in columns)
    return f"CREATE TABLE IF NOT EXISTS {table} ({cols})"


_META_DDL = [
    "CREATE TABLE IF NOT EXISTS dateline_meta (key VARCHAR, value VARCHAR)",
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP, note VARCHAR)",
]

#: Version 1 (dateline 0.1 before deduplication): events had no partition_key / cluster_id.
V1_TABLES = {t: [c for c in cols if c[0] not in ("partition_key", "cluster_id")] for t, cols in TABLES.items()}

VIEWS = [
    # One row per event cluster: the deduplicated event with its mention count.
    """CREATE OR REPLACE VIEW clusters AS
       SELECT cluster_id, any_value(type) AS type, min(date_lo) AS date_lo, max(date_hi) AS date_hi,
              count(*) AS mentions, count(DISTINCT article_id) AS n_articles,
              any_value(place_country) FILTER (WHERE place_country IS NOT NULL) AS place_country,
              avg(intensity) AS intensity, any_value(quad_class) AS quad_class
       FROM events GROUP BY cluster_id""",
]


def create_schema(con: duckdb.DuckDBPyConnection, window_days: int = DEFAULT_WINDOW_DAYS) -> None:
    """Create every table of the current version in an empty database (one transaction)."""
    con.execute("BEGIN TRANSACTION")
    try:
        for sql in _META_DDL:
            con.execute(sql)
        for table, cols in TABLES.items():
            con.execute(_ddl(table, cols))
        for sql in VIEWS:
            con.execute(sql)
        con.executemany("INSERT INTO dateline_meta VALUES (?, ?)",
                        [["application", APPLICATION], ["dedup_window_days", str(window_days)]])
        con.execute("INSERT INTO schema_version VALUES (?, now(), ?)", [SCHEMA_VERSION, "created"])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def create_v1_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Build an empty version-1 database (kept for the migration test and for old files)."""
    for sql in _META_DDL:
        con.execute(sql)
    for table, cols in V1_TABLES.items():
        con.execute(_ddl(table, cols))
    con.execute("INSERT INTO dateline_meta VALUES ('application', ?)", [APPLICATION])
    con.execute("INSERT INTO schema_version VALUES (1, now(), 'created')")


def _migrate_1_to_2(con: duckdb.DuckDBPyConnection) -> None:
    """v2 adds event deduplication: events.partition_key and events.cluster_id, the clusters view."""
    from .dedup import recluster, recompute_partitions

    con.execute("ALTER TABLE events ADD COLUMN partition_key VARCHAR")
    con.execute("ALTER TABLE events ADD COLUMN cluster_id VARCHAR")
    if not con.execute("SELECT count(*) FROM dateline_meta WHERE key = 'dedup_window_days'").fetchone()[0]:  # type: ignore[index]  # an aggregate query always returns a row
        con.execute("INSERT INTO dateline_meta VALUES ('dedup_window_days', ?)", [str(DEFAULT_WINDOW_DAYS)])
    for sql in VIEWS:
        con.execute(sql)
    recompute_partitions(con)
    recluster(con, window_days=DEFAULT_WINDOW_DAYS, partitions=None)


MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _migrate_1_to_2}


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Upgrade to SCHEMA_VERSION; each step runs in its own transaction. Returns the versions reached."""
    done: list[int] = []
    version = schema_version(con)
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SchemaTooNew(f"no migration from store schema version {version}; this dateline knows "
                               f"version {SCHEMA_VERSION}")
        con.execute("BEGIN TRANSACTION")
        try:
            step(con)
            con.execute("INSERT INTO schema_version VALUES (?, now(), ?)",
                        [version + 1, f"migrated from {version}"])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        version += 1
        done.append(version)
    return done


# -- opening a file safely ----------------------------------------------------------------------

_DUCKDB_MAGIC = b"DUCK"


def _looks_like_duckdb(path: Path) -> bool | None:
    """True/False from the file header; None for an empty file (nothing to lose)."""
    with open(path, "rb") as fh:
        head = fh.read(16)
    if not head:
        return None
    return head[8:12] == _DUCKDB_MAGIC


def _is_lock_error(exc: Exception) -> bool:
    msg = str(exc).lower()
    return "lock" in msg and ("conflicting" in msg or "could not set" in msg or "held" in msg)


def connect(path: str | os.PathLike[str], *, read_only: bool = False, lock_wait: float = 0.0,
            window_days: int | None = None) -> duckdb.DuckDBPyConnection:
    """Open ``path`` as a dateline store: create it when new, migrate it when old.

    Never overwrites a file that is not a dateline store: a foreign, corrupt or newer file raises
    a :class:`StoreError` subclass with the reason and what to do. ``lock_wait`` seconds are spent
    retrying while another process holds the write lock.
    """
    p = Path(path)
    if p.is_dir():
        raise ForeignStore(f"{p} is a directory; give a database file path such as events.duckdb")
    exists = p.exists()
    if read_only and not exists:
        raise StoreMissing(f"{p}: no such database; create it first with dateline code ... --db {p}")
    if exists:
        kind = _looks_like_duckdb(p)
        if kind is None:
            raise ForeignStore(f"{p} is an empty file, not a DuckDB database (DuckDB cannot use it); delete it "
                               "or choose a path that does not exist yet")
        if kind is False:
            raise ForeignStore(f"{p} is not a DuckDB database (unknown file header); dateline will not "
                               "overwrite it. Choose another --db path.")
    elif not p.parent.exists():
        raise StoreMissing(f"{p.parent}: no such directory for the database; create it first (mkdir -p {p.parent})")
    deadline = time.monotonic() + max(lock_wait, 0.0)
    delay = 0.02
    while True:
        try:
            con = duckdb.connect(str(p), read_only=read_only)
            break
        except duckdb.Error as exc:
            if _is_lock_error(exc):
                if time.monotonic() < deadline:
                    time.sleep(delay)
                    delay = min(delay * 2, 0.2)
                    continue
                if read_only:
                    hint = ("another process is writing to it (DuckDB allows one writer and no readers "
                            "meanwhile); wait for it to finish or to commit, then retry")
                else:
                    hint = ("another process has it open (DuckDB allows one writer process); wait for it "
                            "to finish, or read with read_only=True / the read-only commands once it closes")
                raise StoreLocked(f"{p} is locked: {hint}. DuckDB said: {exc}") from None
            raise StoreCorrupt(f"{p} cannot be opened as a DuckDB database ({type(exc).__name__}: {exc}); "
                               "it may be corrupt or from an incompatible DuckDB version. dateline leaves it "
                               "untouched; restore a backup or choose another --db path.") from None
    try:
        con.execute("SET enable_progress_bar = false")  # never draw on the user's terminal
        _check_schema(con, p, read_only=read_only, window_days=window_days)
    except BaseException:
        con.close()
        raise
    return con


def _check_schema(con: duckdb.DuckDBPyConnection, p: Path, *, read_only: bool, window_days: int | None) -> None:
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if not tables:
        if read_only:
            raise ForeignStore(f"{p} is an empty DuckDB database, not a dateline store yet")
        create_schema(con, window_days if window_days is not None else DEFAULT_WINDOW_DAYS)
        return
    if "dateline_meta" not in tables or "schema_version" not in tables:
        shown = ", ".join(sorted(tables)[:8])
        raise ForeignStore(f"{p} is a DuckDB database without dateline's schema (tables: {shown}); dateline "
                           "will not write to it. Choose another --db path.")
    app = con.execute("SELECT value FROM dateline_meta WHERE key = 'application'").fetchone()
    if not app or app[0] != APPLICATION:
        raise ForeignStore(f"{p} has a dateline_meta table but is not marked as a dateline store")
    missing = [t for t in TABLES if t not in tables]
    if missing:
        raise StoreCorrupt(f"{p} lacks the tables {', '.join(missing)}; it is damaged. dateline leaves it untouched.")
    version = schema_version(con)
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(f"{p} uses store schema version {version}, newer than this dateline's "
                           f"{SCHEMA_VERSION}; upgrade dateline to read it")
    if version < SCHEMA_VERSION:
        if read_only:
            raise SchemaTooNew(f"{p} uses store schema version {version}; open it once for writing "
                               f"(dateline store-info --db {p} --migrate) to upgrade it to {SCHEMA_VERSION}")
        migrate(con)
