"""The ``Store``: one DuckDB file holding coded articles, their events and the event clusters."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import IO, Any

import duckdb
import pandas as pd
import pyarrow as pa

from .._records import Article
from . import analyses
from .dedup import recluster
from .errors import StoreError
from .export import write_export
from .ingest import ArticleLike, RowBuffer, coder_signature, text_hash
from .query import Filters, query_sql, rows_as_dicts
from .schema import ARTICLE_TABLES, TABLES, connect, schema_version


class Store:
    """A dateline event database. Create with :func:`open_store`; use as a context manager.

    Writing (``add``, ``add_many``, ``set_window``) needs ``read_only=False``; DuckDB lets one
    process write, and no other process open the file meanwhile.
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False, lock_wait: float = 2.0,
                 window_days: int | None = None) -> None:
        self.path = os.fspath(path)
        self.read_only = read_only
        self.con: duckdb.DuckDBPyConnection = connect(self.path, read_only=read_only, lock_wait=lock_wait,
                                                      window_days=window_days)
        self.window_days = int(self._meta("dedup_window_days") or 1)
        if window_days is not None and window_days != self.window_days and not read_only:
            self.set_window(window_days)

    # -- housekeeping --------------------------------------------------------------------------

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM dateline_meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; open it with read_only=False to write")

    def info(self) -> dict[str, Any]:
        counts = {t: int(self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}  # type: ignore[index]  # an aggregate query always returns a row
        clusters = int(self.con.execute("SELECT count(DISTINCT cluster_id) FROM events").fetchone()[0])  # type: ignore[index]  # an aggregate query always returns a row
        coders = [r[0] for r in self.con.execute(
            "SELECT DISTINCT coder_version FROM articles WHERE coder_version IS NOT NULL ORDER BY 1").fetchall()]
        return {"path": self.path, "schema_version": schema_version(self.con), "dedup_window_days": self.window_days,
                "rows": counts, "event_clusters": clusters, "coder_versions": coders}

    def check(self) -> list[str]:
        """Integrity problems (empty when the store is consistent)."""
        problems: list[str] = []
        dup = self.con.execute("SELECT article_id, count(*) FROM articles GROUP BY 1 HAVING count(*) > 1").fetchall()
        problems += [f"article {a} stored {n} times" for a, n in dup]
        for t in ARTICLE_TABLES[1:]:
            orphans = self.con.execute(f"SELECT count(*) FROM {t} WHERE article_id NOT IN "  # type: ignore[index]  # an aggregate query always returns a row
                                       "(SELECT article_id FROM articles)").fetchone()[0]
            if orphans:
                problems.append(f"{t}: {orphans} rows of articles that are not stored")
            if t in ("events", "actors", "quotes", "times", "amounts", "places"):
                d = self.con.execute(f"SELECT count(*) FROM (SELECT article_id, seq FROM {t} GROUP BY 1, 2 "  # type: ignore[index]  # an aggregate query always returns a row
                                     "HAVING count(*) > 1)").fetchone()[0]
                if d:
                    problems.append(f"{t}: {d} duplicated rows")
        bad = self.con.execute("""SELECT count(*) FROM articles a LEFT JOIN
                                  (SELECT article_id, count(*) AS n FROM events GROUP BY 1) e USING (article_id)
                                  WHERE a.n_events <> coalesce(e.n, 0)""").fetchone()[0]  # type: ignore[index]  # an aggregate query always returns a row
        if bad:
            problems.append(f"{bad} articles whose event count does not match their events")
        nocl = self.con.execute("SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchone()[0]  # type: ignore[index]  # an aggregate query always returns a row
        if nocl:
            problems.append(f"{nocl} events without a cluster id")
        return problems

    # -- writing -------------------------------------------------------------------------------

    def add(self, article: ArticleLike) -> None:
        """Store one article in its own transaction, replacing any stored article with the same id."""
        self.add_many([article])

    def add_many(self, articles: Iterable[ArticleLike]) -> int:
        """Store articles in one transaction (all or none); returns how many."""
        self._writable()
        buf = RowBuffer()
        for a in articles:
            buf.add(a)
        if buf.ids:
            self._write(buf)
        return len(buf)

    def _write(self, buf: RowBuffer) -> None:
        con = self.con
        tables = buf.tables()
        new_parts = {r["partition_key"] for r in buf.rows["events"] if r["partition_key"]}
        con.execute("BEGIN TRANSACTION")
        registered: list[str] = []
        try:
            con.register("_ids", pa.table({"article_id": pa.array(buf.ids, pa.string())}))
            registered.append("_ids")
            old_parts: set[str] = set()
            stored = con.execute("SELECT count(*) FROM articles WHERE article_id IN (SELECT article_id FROM _ids)"  # type: ignore[index]  # an aggregate query always returns a row
                                 ).fetchone()[0]
            if stored:  # replacing: remember the clusters the old events were in, then delete them
                old_parts = {r[0] for r in con.execute(
                    "SELECT DISTINCT partition_key FROM events WHERE article_id IN (SELECT article_id FROM _ids) "
                    "AND partition_key IS NOT NULL").fetchall()}
                for t in ARTICLE_TABLES:
                    con.execute(f"DELETE FROM {t} WHERE article_id IN (SELECT article_id FROM _ids)")
            for t, tbl in tables.items():
                if tbl.num_rows:
                    name = f"_rows_{t}"
                    con.register(name, tbl)
                    registered.append(name)
                    cols = ", ".join(f'"{c}"' for c, _ in TABLES[t])
                    con.execute(f"INSERT INTO {t} ({cols}) SELECT {cols} FROM {name}")
            recluster(con, window_days=self.window_days, partitions=old_parts | new_parts)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            for name in registered:
                con.unregister(name)

    def delete(self, article_id: str) -> bool:
        """Remove one article and everything coded from it; True when it was stored."""
        self._writable()
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            parts = {r[0] for r in con.execute("SELECT DISTINCT partition_key FROM events WHERE article_id = ? "
                                               "AND partition_key IS NOT NULL", [article_id]).fetchall()}
            n = con.execute("SELECT count(*) FROM articles WHERE article_id = ?", [article_id]).fetchone()[0]  # type: ignore[index]  # an aggregate query always returns a row
            for t in ARTICLE_TABLES:
                con.execute(f"DELETE FROM {t} WHERE article_id = ?", [article_id])
            recluster(con, window_days=self.window_days, partitions=parts)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return bool(n)

    def set_window(self, days: int) -> int:
        """Change the deduplication window and recompute every cluster; returns mentions updated."""
        self._writable()
        if days < 0:
            raise ValueError("the deduplication window is a number of days >= 0")
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("DELETE FROM dateline_meta WHERE key = 'dedup_window_days'")
            con.execute("INSERT INTO dateline_meta VALUES ('dedup_window_days', ?)", [str(int(days))])
            self.window_days = int(days)
            n = recluster(con, window_days=self.window_days, partitions=None)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return n

    def stored_signatures(self) -> dict[str, tuple[str, str, str]]:
        """``{article_id: (text hash, coder signature, coder version)}`` of every stored article (for resuming)."""
        return {r[0]: (r[1], r[2], r[3]) for r in self.con.execute(
            "SELECT article_id, text_hash, coder_sig, coder_version FROM articles").fetchall()}

    # -- reading -------------------------------------------------------------------------------

    def query(self, *, clusters: bool = False, limit: int | None = None, order: str = "date",
              **filters: Any) -> list[dict[str, Any]]:
        """Matching event mentions (or one row per cluster) as dicts; filters as in :class:`Filters`."""
        sql, params = query_sql(Filters.of(**filters), clusters=clusters, limit=limit, order=order)
        return rows_as_dicts(self.con.execute(sql, params))

    def export(self, target: str | os.PathLike[str] | IO[str], fmt: str = "csv", *, rows: str = "event",
               columns: str = "plover", clusters: bool = False, limit: int | None = None,
               **filters: Any) -> dict[str, int]:
        """Write an export file (see docs/store.md for the column sets); returns row counts."""
        return write_export(self.con, target, fmt, Filters.of(**filters), rows=rows, columns=columns,
                            clusters=clusters, limit=limit)

    def dyad_series(self, a: str, b: str, **kw: Any) -> pd.DataFrame:
        return analyses.dyad_series(self.con, a, b, **kw)

    def network(self, **kw: Any) -> pd.DataFrame:
        return analyses.network(self.con, **kw)

    def quotes_by(self, speaker: str | None = None, **kw: Any) -> pd.DataFrame:
        return analyses.quotes_by(self.con, speaker, **kw)

    def event(self, cluster_id: str) -> dict[str, Any] | None:
        """One event cluster with every mention and its provenance, or None."""
        mentions = self.query(cluster_id=cluster_id, include_flagged=True)
        if not mentions:
            return None
        first = mentions[0]
        return {
            "cluster_id": cluster_id, "type": first["type"], "mentions": len(mentions),
            "articles": len({m["article_id"] for m in mentions}),
            "date_first": min((m["date"] for m in mentions if m["date"]), default=None),
            "date_last": max((m["date"] for m in mentions if m["date"]), default=None),
            "sources": first["sources"], "targets": first["targets"],
            "mean_intensity": sum(float(m["intensity"] or 0) for m in mentions) / len(mentions),
            "provenance": [{k: m[k] for k in ("article_id", "event_id", "date", "span_start", "span_end", "trigger",
                                              "sentence", "article_date", "title", "url", "confidence")}
                           for m in mentions],
        }

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The stored article in the shape of ``Article.to_dict()``, or None."""
        row = self.con.execute("SELECT doc, text FROM articles WHERE article_id = ?", [article_id]).fetchone()
        if row is None:
            return None
        doc = json.loads(row[0])
        return {**{k: doc[k] for k in ("schema", "id", "date", "title") if k in doc}, "text": row[1],
                **{k: v for k, v in doc.items() if k not in ("schema", "id", "date", "title")}}

    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """A page of article summaries (id, date, title, url, n_events, coder_version, errors)."""
        sql = ("SELECT article_id, date_text AS date, title, url, source, n_events, coder_version, errors "
               "FROM articles ORDER BY date NULLS LAST, article_id")
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [int(limit), int(offset)]
        return rows_as_dicts(self.con.execute(sql, params))

    def sql(self, query: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Run your own (parameterised) SQL over the tables; see docs/store.md for them."""
        return self.con.execute(query, params or []).df()


def open_store(path: str | os.PathLike[str], read_only: bool = False, *, lock_wait: float = 2.0,
               window_days: int | None = None) -> Store:
    """Open (or create) a dateline store. ``read_only`` for readers such as the web UI."""
    return Store(path, read_only=read_only, lock_wait=lock_wait, window_days=window_days)


class StoreWriter:
    """Buffers coded articles and commits them in small batches; lets readers in now and then.

    A batch is committed when it has ``batch_size`` articles or is ``max_delay`` seconds old, so a
    kill loses at most that much coding. The file stays open between commits for speed, but is
    released after a commit once it has been held ``hold`` seconds (0: after every commit), so
    that other processes (read-only queries, the web UI) can open it until the next commit; the
    writer waits up to ``lock_wait`` seconds for them. Single writer: use it from one process only.
    """

    def __init__(self, path: str | os.PathLike[str], *, batch_size: int = 16, max_delay: float = 1.0,
                 lock_wait: float = 60.0, hold: float = 3.0, window_days: int | None = None) -> None:
        self.path = os.fspath(path)
        self.batch_size, self.max_delay, self.lock_wait, self.hold = batch_size, max_delay, lock_wait, hold
        self.opened_at = 0.0
        self.buf = RowBuffer()
        self.first_at: float | None = None
        self.written = 0
        self.batches = 0
        self._store: Store | None = None
        # Open once now: validates the file (foreign, corrupt, locked) before any coding starts.
        st = self._open()
        if window_days is not None and window_days != st.window_days:
            st.set_window(window_days)
        self.signatures = st.stored_signatures()
        self._release(force=True)

    def _open(self) -> Store:
        if self._store is None:
            self._store = Store(self.path, lock_wait=self.lock_wait)
            self.opened_at = time.monotonic()
        return self._store

    def _release(self, force: bool = False) -> None:
        if self._store is not None and (force or time.monotonic() - self.opened_at >= self.hold):
            self._store.close()
            self._store = None

    def is_current(self, article_id: str | None, text: str | None, *, coder: dict[str, Any] | None = None,
                   coder_version: str | None = None) -> bool:
        """True when this article id is stored with the same text and the same coder.

        ``coder``: the whole coder dict must match (version, model, knowledge base, layers);
        ``coder_version``: only dateline's version must (what a run knows before it codes).
        """
        if not article_id or article_id not in self.signatures:
            return False
        h, sig, version = self.signatures[article_id]
        if h != text_hash(text):
            return False
        if coder is not None:
            return sig == coder_signature(coder)
        return coder_version is not None and version == coder_version

    def add(self, article: ArticleLike) -> None:
        self.buf.add(article)
        if self.first_at is None:
            self.first_at = time.monotonic()
        if len(self.buf) >= self.batch_size or time.monotonic() - self.first_at >= self.max_delay:
            self.flush()

    def flush(self) -> None:
        if not len(self.buf):
            return
        st = self._open()
        try:
            st._write(self.buf)
        finally:
            self._release()
        self.written += len(self.buf)
        self.batches += 1
        self.buf = RowBuffer()
        self.first_at = None

    def close(self) -> None:
        try:
            self.flush()
        finally:
            if self._store is not None:
                self._store.close()
                self._store = None


def ingest(path: str | os.PathLike[str], articles: Iterable[ArticleLike], *, recode: bool = False,
           batch_size: int = 16, max_delay: float = 1.0, on_commit: Any = None) -> dict[str, int]:
    """Store already-coded articles (e.g. read from JSON Lines), skipping current ones unless ``recode``."""
    w = StoreWriter(path, batch_size=batch_size, max_delay=max_delay)
    skipped = 0
    try:
        for a in articles:
            d = a.to_dict() if isinstance(a, Article) else a
            if not recode and not d.get("errors") and w.is_current(d.get("id"), d.get("text"), coder=d.get("coder") or {}):
                skipped += 1
                continue
            before = w.batches
            w.add(d)
            if on_commit is not None and w.batches != before:
                on_commit(w.written)
    finally:
        w.close()
    if on_commit is not None:
        on_commit(w.written)
    return {"stored": w.written, "skipped": skipped}


class StoreSink:
    """Connects ``dateline code`` to a store: skips stored records, stores coded articles.

    Created before coding (the file is opened and checked now: a foreign, corrupt or locked file
    raises a :class:`StoreError` before any work). :meth:`records` drops the records whose id is
    stored with the same text and the same coder version (unless ``recode``), so a rerun continues
    where an interrupted one stopped; :meth:`articles` stores every coded article as it passes,
    from this (the main) process only, in small committed batches.
    """

    def __init__(self, path: str | os.PathLike[str], *, recode: bool = False, coder_version: str | None = None,
                 log: IO[str] | None = None, **writer_kw: Any) -> None:
        from ..__about__ import __version__

        self.writer = StoreWriter(path, **writer_kw)
        self.recode = recode
        self.coder_version = coder_version or __version__
        self.log = log
        self.skipped = 0

    def records(self, records: Iterable[Any]) -> Iterator[Any]:
        for rec in records:
            if (not self.recode and getattr(rec, "error", None) is None
                    and self.writer.is_current(getattr(rec, "id", None), getattr(rec, "text", None),
                                               coder_version=self.coder_version)):
                self.skipped += 1
                continue
            yield rec

    def articles(self, articles: Iterable[Article]) -> Iterable[Article]:
        return _Passing(self._store(articles), getattr(articles, "reports_progress", False))

    def _store(self, articles: Iterable[Article]) -> Iterator[Article]:
        try:
            for art in articles:
                self.writer.add(art)
                yield art
        finally:
            self.writer.close()
            print(f"dateline: stored {self.writer.written} articles in {self.writer.path}"
                  + (f", skipped {self.skipped} already stored (use --recode to code them again)"
                     if self.skipped else ""), file=self.log or sys.stderr)


class _Passing:
    """An iterator that keeps the ``reports_progress`` mark of the stream it wraps."""

    def __init__(self, it: Iterator[Article], reports_progress: bool) -> None:
        self._it = it
        self.reports_progress = reports_progress

    def __iter__(self) -> Iterator[Article]:
        return self._it

    def __next__(self) -> Article:
        return next(self._it)

    def close(self) -> None:
        self._it.close()  # type: ignore[attr-defined]


def code_into_store(path: str | os.PathLike[str], pipeline: Any, records: Iterable[Any], *, recode: bool = False,
                    log: IO[str] | None = None) -> Iterable[Article]:
    """Code ``records`` with a :class:`~dateline._pipeline.Pipeline` and store every article in ``path``.

    Returns the coded articles (lazily: iterate to code). See :class:`StoreSink` for skipping and batching.
    """
    sink = StoreSink(path, recode=recode, coder_version=(getattr(pipeline, "coder", {}) or {}).get("version"),
                     log=log)
    return sink.articles(pipeline.code_records(sink.records(records)))
