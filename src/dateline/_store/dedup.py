"""Deduplication of events across articles (the rule is documented in docs/store.md).

Events fall into *partitions*: same PLOVER type, same flags (negated/hypothetical events only
cluster with each other), same set of source actor keys and same set of target actor keys
(``Actor.key()``); for the reciprocal types in :data:`SYMMETRIC_TYPES` the partition uses the set
of all participants, so "A met B" and "A and B met" agree. Events with no actor at all form
clusters of one.

Inside a partition, events are taken from the most precise date to the least (day, week,
month, year), then by date, article date, article id and order. Each event joins the open cluster
whose *anchor* (the first event that made it) lies within ``window_days`` of it, counting the gap
between date intervals (a month-grain date covers every day of the month, so it is compatible
with all of them) and whose country is compatible (equal, or either unknown); among several it
picks the smallest gap, then the earliest anchor. Otherwise it opens a new cluster and becomes
its anchor. The cluster id is a hash of the anchor mention's identity (article id, event id,
position), so the same events give the same ids whatever the order they were stored in.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any, cast

import duckdb
import pyarrow as pa

#: Types whose participants are interchangeable (joint sources of a meeting or agreement).
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})

_EPOCH = _dt.date(1970, 1, 1)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def date_interval(value: str | None) -> tuple[_dt.date | None, _dt.date | None, str | None]:
    """``(first day, last day, grain)`` covered by an ISO date of any grain; Nones when unreadable."""
    if not value:
        return None, None, None
    v = value.strip()
    try:
        if m := _DAY.match(v):
            d = _dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "day"
        if m := _MONTH.match(v):
            y, mo = int(m[1]), int(m[2])
            return _dt.date(y, mo, 1), _dt.date(y, mo, calendar.monthrange(y, mo)[1]), "month"
        if m := _WEEK.match(v):
            start = _dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + _dt.timedelta(days=6), "week"
        if m := _YEAR.match(v):
            y = int(m[1])
            return _dt.date(y, 1, 1), _dt.date(y, 12, 31), "year"
    except ValueError:
        return None, None, None
    return None, None, None


def keys_json(keys: Iterable[str]) -> str:
    return json.dumps(sorted(set(keys)), ensure_ascii=False)


def partition_key(event_type: str, flagged: bool, source_keys: str | None, target_keys: str | None) -> str | None:
    """The partition of an event, from its type, flags and the JSON key lists; None: a cluster of one."""
    src: list[str] = json.loads(source_keys) if source_keys else []
    tgt: list[str] = json.loads(target_keys) if target_keys else []
    if not src and not tgt:
        return None
    if event_type in SYMMETRIC_TYPES:
        sides = "S:" + json.dumps(sorted(set(src) | set(tgt)), ensure_ascii=False)
    else:
        sides = "D:" + json.dumps([src, tgt], ensure_ascii=False)
    raw = f"{event_type}\x1f{'F' if flagged else 'R'}\x1f{sides}"
    return "p-" + hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def mention_cluster_id(article_id: str, event_id: str | None, seq: int) -> str:
    """The id of a cluster anchored by this mention."""
    raw = f"{article_id}\x1f{event_id or ''}\x1f{seq}"
    return "c-" + hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# One mention: (article_id, seq, event_id, lo, hi, country, article_day); lo/hi/article_day in days.
Mention = tuple[str, int, str | None, int | None, int | None, str | None, int | None]


class _Cluster:
    __slots__ = ("cid", "lo", "hi", "country", "order")

    def __init__(self, cid: str, lo: int, hi: int, country: str | None, order: int) -> None:
        self.cid, self.lo, self.hi, self.country, self.order = cid, lo, hi, country, order


def assign_clusters(mentions: Sequence[Mention], window_days: int) -> list[str]:
    """Cluster ids for the mentions of one partition (same order as ``mentions``)."""
    out: list[str] = [""] * len(mentions)
    order = sorted(
        range(len(mentions)),
        key=lambda i: (
            mentions[i][3] is None,
            (cast(int, mentions[i][4]) - cast(int, mentions[i][3]))  # both checked not None just below
            if mentions[i][3] is not None and mentions[i][4] is not None else 0,
            mentions[i][3] or 0,
            mentions[i][6] if mentions[i][6] is not None else 1 << 30,
            mentions[i][0],
            mentions[i][1],
        ),
    )
    los: list[tuple[int, int]] = []  # (anchor lo, cluster index), sorted
    clusters: list[_Cluster] = []
    max_width = 0
    for i in order:
        art, seq, eid, lo, hi, country, _ = mentions[i]
        if lo is None:
            out[i] = mention_cluster_id(art, eid, seq)
            continue
        hi = lo if hi is None else hi
        start = bisect.bisect_left(los, (lo - window_days - max_width, -1))
        best: tuple[int, int, int] | None = None
        best_c: _Cluster | None = None
        for alo, ci in los[start:]:
            if alo > hi + window_days:
                break
            c = clusters[ci]
            gap = max(lo, c.lo) - min(hi, c.hi)
            if gap > window_days:
                continue
            if country and c.country and country != c.country:
                continue
            cand = (max(gap, 0), c.lo, c.order)
            if best is None or cand < best:
                best, best_c = cand, c
        if best_c is None:
            best_c = _Cluster(mention_cluster_id(art, eid, seq), lo, hi, country, len(clusters))
            clusters.append(best_c)
            bisect.insort(los, (lo, best_c.order))
            max_width = max(max_width, hi - lo)
        elif best_c.country is None and country:
            best_c.country = country
        out[i] = best_c.cid
    return out


_FETCH = """
WITH ev AS (SELECT partition_key, article_id, seq, event_id, date_lo, date_hi, place_country FROM events
            WHERE partition_key IS NOT NULL {extra})
SELECT ev.partition_key, ev.article_id, ev.seq, ev.event_id,
       datediff('day', DATE '1970-01-01', ev.date_lo) AS lo,
       datediff('day', DATE '1970-01-01', ev.date_hi) AS hi,
       ev.place_country,
       datediff('day', DATE '1970-01-01', a.date) AS art_day
FROM ev LEFT JOIN articles a ON a.article_id = ev.article_id
"""


def _arrow(cursor: duckdb.DuckDBPyConnection) -> pa.Table:
    """The result as an Arrow table (``to_arrow_table`` in DuckDB >= 1.4, ``fetch_arrow_table`` before)."""
    fn = getattr(cursor, "to_arrow_table", None) or cursor.fetch_arrow_table
    return fn()


def recluster(con: duckdb.DuckDBPyConnection, *, window_days: int, partitions: Iterable[str] | None) -> int:
    """Recompute cluster ids for the given partitions (all when None), inside the caller's transaction.

    Returns the number of mentions updated.
    """
    if partitions is None:
        tbl = _arrow(con.execute(_FETCH.format(extra="")))
    else:
        keys = sorted({p for p in partitions if p})
        if not keys:
            return 0
        con.register("_dirty_parts", pa.table({"pk": pa.array(keys, pa.string())}))
        try:
            tbl = _arrow(con.execute(_FETCH.format(extra="AND partition_key IN (SELECT pk FROM _dirty_parts)")))
        finally:
            con.unregister("_dirty_parts")
    if tbl.num_rows == 0:
        return 0
    cols: dict[str, list[Any]] = {name: tbl.column(name).to_pylist() for name in tbl.column_names}
    groups: dict[str, list[int]] = {}
    for i, pk in enumerate(cols["partition_key"]):
        groups.setdefault(pk, []).append(i)
    arts: list[str] = []
    seqs: list[int] = []
    cids: list[str] = []
    for idx in groups.values():
        ms: list[Mention] = [
            (cols["article_id"][i], cols["seq"][i], cols["event_id"][i], cols["lo"][i], cols["hi"][i],
             cols["place_country"][i], cols["art_day"][i])
            for i in idx
        ]
        ids = assign_clusters(ms, window_days)
        for m, cid in zip(ms, ids, strict=True):
            arts.append(m[0])
            seqs.append(m[1])
            cids.append(cid)
    upd = pa.table({"article_id": pa.array(arts, pa.string()), "seq": pa.array(seqs, pa.int32()),
                    "cluster_id": pa.array(cids, pa.string())})
    con.register("_new_clusters", upd)
    try:
        con.execute("""UPDATE events SET cluster_id = m.cluster_id FROM _new_clusters m
                       WHERE events.article_id = m.article_id AND events.seq = m.seq""")
    finally:
        con.unregister("_new_clusters")
    return len(cids)


def recompute_partitions(con: duckdb.DuckDBPyConnection) -> None:
    """Fill partition_key (and the singleton cluster ids) for every event from its stored columns."""
    rows = con.execute("""SELECT article_id, seq, event_id, type, negated OR hypothetical, source_keys, target_keys
                          FROM events""").fetchall()
    arts, seqs, pks, cids = [], [], [], []
    for art, seq, eid, typ, flagged, sk, tk in rows:
        arts.append(art)
        seqs.append(seq)
        pks.append(partition_key(typ, bool(flagged), sk, tk))
        cids.append(mention_cluster_id(art, eid, seq))
    upd = pa.table({"article_id": pa.array(arts, pa.string()), "seq": pa.array(seqs, pa.int32()),
                    "pk": pa.array(pks, pa.string()), "cid": pa.array(cids, pa.string())})
    con.register("_parts", upd)
    try:
        con.execute("""UPDATE events SET partition_key = m.pk, cluster_id = m.cid FROM _parts m
                       WHERE events.article_id = m.article_id AND events.seq = m.seq""")
    finally:
        con.unregister("_parts")
