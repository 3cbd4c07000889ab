"""``dateline store-bench``: a synthetic store of N events, and timings of the common reads and of ingest."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from typing import Any

from .dedup import recluster
from .schema import connect
from .synthetic import COUNTRIES, SECTORS, TYPES

EVENTS_PER_ARTICLE = 10
N_ACTORS = 2000


def _list(values: Any) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def build_synthetic(path: str, n_events: int, *, seed: float = 0.42) -> None:
    """Fill an empty store with ``n_events`` events (2 actors each) in set-based SQL."""
    con = connect(path)
    try:
        n_art = max(1, n_events // EVENTS_PER_ARTICLE)
        types = list(TYPES)
        quads = [TYPES[t][0] for t in types]
        inten = [TYPES[t][1] for t in types]
        con.execute(f"SELECT setseed({seed})")
        con.execute("BEGIN TRANSACTION")
        con.execute(f"""
            INSERT INTO articles (article_id, date, date_text, title, url, source, language, text, text_hash,
                                  coder_version, coder_sig, errors, warnings, n_events, doc, stored_at)
            SELECT 'b-' || i, d, CAST(d AS VARCHAR), 'Synthetic story ' || i, 'https://example.org/b/' || i,
                   'outlet' || (i % 50), 'en', 'synthetic text ' || i, md5('t' || i), 'bench', 'bench', [], [],
                   {EVENTS_PER_ARTICLE}, '{{}}', now()
            FROM (SELECT i, DATE '2015-01-01' + CAST(i * 3650 // {n_art} AS INTEGER) AS d FROM range({n_art}) t(i))""")
        con.execute(f"""
            CREATE TEMP TABLE ev AS
            SELECT i, i // {EVENTS_PER_ARTICLE} AS art, i % {EVENTS_PER_ARTICLE} AS seq,
                   CAST(floor(random() * {len(types)}) AS INTEGER) + 1 AS ti,
                   CAST(floor(random() * {N_ACTORS}) AS INTEGER) AS sa,
                   CAST(floor(random() * {N_ACTORS}) AS INTEGER) AS ta,
                   CAST(floor(random() * 3) AS INTEGER) AS back, random() < 0.6 AS has_place,
                   random() < 0.03 AS flagged
            FROM range({n_events}) t(i)""")
        con.execute(f"""
            INSERT INTO events (article_id, seq, event_id, type, context, quad_class, intensity, date_text, date_grain,
                                date_lo, date_hi, date_source, negated, hypothetical, sentence, span_start, span_end,
                                trigger_text, trigger_start, trigger_end, confidence, evidence, place_text, place_name,
                                place_country, place_lat, place_lon, source_keys, target_keys, coder_version,
                                partition_key, cluster_id)
            SELECT 'b-' || ev.art, ev.seq, 'e' || (ev.seq + 1), {_list(types)}[ev.ti], [],
                   {quads}[ev.ti], {inten}[ev.ti], CAST(a.date - ev.back AS VARCHAR), 'day',
                   a.date - ev.back, a.date - ev.back, 'text', ev.flagged, FALSE,
                   'Actor ' || ev.sa || ' acted on Actor ' || ev.ta || '.', ev.seq * 80, ev.seq * 80 + 60,
                   'acted', ev.seq * 80 + 10, ev.seq * 80 + 15, 0.9, 'synthetic',
                   CASE WHEN ev.has_place THEN 'City ' || (ev.ta % 40) END,
                   CASE WHEN ev.has_place THEN 'City ' || (ev.ta % 40) END,
                   CASE WHEN ev.has_place THEN {_list(COUNTRIES)}[ev.ta % {len(COUNTRIES)} + 1] END,
                   CASE WHEN ev.has_place THEN random() * 120 - 60 END,
                   CASE WHEN ev.has_place THEN random() * 340 - 170 END,
                   '["Q' || (100000 + ev.sa) || '"]', '["Q' || (100000 + ev.ta) || '"]', 'bench',
                   'p-' || left(md5({_list(types)}[ev.ti] || CAST(ev.flagged AS VARCHAR) || ev.sa || '>' || ev.ta), 20),
                   'c-' || left(md5('b-' || ev.art || '#' || ev.seq), 16)
            FROM ev JOIN articles a ON a.article_id = 'b-' || ev.art""")
        for role, col in (("source", "sa"), ("target", "ta")):
            con.execute(f"""
                INSERT INTO event_actors
                SELECT 'b-' || art, seq, '{role}', 0, 'Q' || (100000 + {col}), 'Q' || (100000 + {col}),
                       'Actor ' || {col} || ' of ' || {_list(COUNTRIES)}[{col} % {len(COUNTRIES)} + 1], 'state',
                       {_list(COUNTRIES)}[{col} % {len(COUNTRIES)} + 1], {_list(SECTORS)}[{col} % {len(SECTORS)} + 1],
                       'Q' || (100000 + {col}), 'Actor ' || {col}, seq * 80, seq * 80 + 8
                FROM ev""")
        con.execute(f"""
            INSERT INTO quotes (article_id, seq, text, span_start, span_end, kind, cue, speaker_key, speaker_id,
                                speaker_name, speaker_kind, speaker_country)
            SELECT 'b-' || art, 0, 'statement number ' || i, 0, 20, 'direct', 'said', 'Q' || (100000 + sa),
                   'Q' || (100000 + sa), 'Actor ' || sa || ' of ' || {_list(COUNTRIES)}[sa % {len(COUNTRIES)} + 1],
                   'person', {_list(COUNTRIES)}[sa % {len(COUNTRIES)} + 1]
            FROM ev WHERE seq = 0""")
        con.execute("DROP TABLE ev")
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _time(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, float, Any]:
    """(first run, median of the next ``repeat``) in seconds, and the last result."""
    t = time.perf_counter()
    out = fn()
    first = time.perf_counter() - t
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        runs.append(time.perf_counter() - t)
    return first, statistics.median(runs), out


def run_bench(n_events: int = 1_000_000, path: str | None = None, ingest_articles: int = 300,
              log: Callable[[str], None] = print) -> dict[str, Any]:
    from .store import StoreWriter, open_store
    from .synthetic import random_articles

    tmp = None
    if path is None:
        tmp = tempfile.mkdtemp(prefix="dateline-bench-")
        path = os.path.join(tmp, "bench.duckdb")
    elif os.path.exists(path):
        raise ValueError(f"{path} exists; store-bench builds a new store (give a new path or none)")
    res: dict[str, Any] = {"events": n_events}
    try:
        log(f"building a synthetic store of {n_events:,} events in {path} ...")
        t = time.perf_counter()
        build_synthetic(path, n_events)
        res["build_s"] = round(time.perf_counter() - t, 2)
        con = connect(path)
        try:
            log("deduplicating (full recluster) ...")
            t = time.perf_counter()
            con.execute("BEGIN TRANSACTION")
            recluster(con, window_days=1, partitions=None)
            con.execute("COMMIT")
            res["dedup_full_s"] = round(time.perf_counter() - t, 2)
        finally:
            con.close()
        res["file_mb"] = round(os.path.getsize(path) / 1e6, 1)
        with open_store(path, read_only=True) as st:
            info = st.info()
            res["clusters"] = info["event_clusters"]
            first, med, df = _time(lambda: st.dyad_series("USA", "RUS", by="country", freq="month"))
            res["dyad_by_month_first_s"], res["dyad_by_month_s"] = round(first, 3), round(med, 3)
            res["dyad_rows"] = len(df)
            first, med, rows = _time(lambda: st.query(actor="Actor 17 ", type="ASSAULT", since="2019-01",
                                                      until="2020-12", limit=100))
            res["lookup_actor_type_dates_first_s"], res["lookup_actor_type_dates_s"] = round(first, 3), round(med, 3)
            res["lookup_rows"] = len(rows)
            first, med, rows = _time(lambda: st.query(country="RUS", counterpart="UKR", quad_class=4, limit=100))
            res["lookup_country_counterpart_s"] = round(med, 3)
            first, med, df = _time(lambda: st.network(by="country"), repeat=1)
            res["network_by_country_s"] = round(med, 3)
        if ingest_articles:
            arts = list(random_articles(ingest_articles, seed=99))
            n_ev = sum(len(a.events) for a in arts)
            log(f"ingesting {ingest_articles} coded articles ({n_ev} events) into the 1M store ...")
            t = time.perf_counter()
            w = StoreWriter(path)
            for a in arts:
                w.add(a)
            w.close()
            dt = time.perf_counter() - t
            res["ingest_articles_per_s"] = round(ingest_articles / dt, 1)
            res["ingest_events_per_s"] = round(n_ev / dt, 1)
    finally:
        if tmp is not None:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)
    return res
