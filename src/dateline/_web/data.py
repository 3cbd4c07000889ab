"""Reads of the event store for the web server, one DuckDB cursor per request.

Most reads reuse the store's own SQL (``query_sql``, ``Filters``, the analyses); the few the store
does not offer (facets, paging with an offset, actor search and profile, places, quote pages) are
written here against the store's schema, always with parameters: no value ever enters SQL text.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from dataclasses import dataclass
from typing import Any

import duckdb

from .._store import open_store
from .._store import analyses
from .._store.query import QUERY_COLUMNS, Filters, rows_as_dicts

ORDERS = ("date", "-date", "mentions", "intensity")
FILTER_KEYS = ("actor", "country", "sector", "counterpart", "type", "quad_class", "since", "until", "place",
               "quote_text", "include_flagged")
QUAD_NAMES = analyses.QUAD_NAMES


def _names(role: str, col: str = "name") -> str:
    """SQL for the ';'-joined names (or another column) of an event's actors in one role."""
    if role not in ("source", "target") or col not in ("name", "country"):
        raise ValueError(f"bad actor column {role}.{col}")
    return (f"(SELECT string_agg({col}, '; ' ORDER BY position) FROM event_actors x "
            f"WHERE x.article_id = f.article_id AND x.seq = f.seq AND x.role = '{role}')")


_ORDER_SQL = {"date": "f.date_lo NULLS LAST, f.article_id, f.seq",
              "-date": "f.date_lo DESC NULLS LAST, f.article_id, f.seq",
              "mentions": "m.mentions DESC NULLS LAST, f.date_lo NULLS LAST, f.article_id, f.seq",
              "intensity": "f.intensity, f.date_lo NULLS LAST, f.article_id, f.seq"}

#: The columns of ``dateline query`` (QUERY_COLUMNS), over events ``f``, clusters ``m`` and articles ``a``.
_EVENT_COLUMNS = f"""f.cluster_id, m.mentions, m.n_articles, f.article_id, f.event_id,
       coalesce(f.date_text, CAST(f.date_lo AS VARCHAR)) AS date, f.type, f.mode, f.quad_class, f.intensity,
       {_names('source')} AS sources, {_names('source', 'country')} AS source_countries,
       {_names('target')} AS targets, {_names('target', 'country')} AS target_countries,
       f.place_name AS place, f.place_country, f.negated, f.hypothetical, f.confidence,
       f.span_start, f.span_end, f.trigger_text AS trigger, f.sentence,
       a.date_text AS article_date, a.title, a.url"""


class BadRequest(ValueError):
    """A request value the server cannot use (answered with 422)."""


# -- cursors --------------------------------------------------------------------------------------


def _fingerprint(scope: dict[str, Any]) -> str:
    raw = json.dumps(scope, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]


def make_cursor(offset: int, scope: dict[str, Any]) -> str:
    """An opaque cursor: the next offset, tied to the query it belongs to."""
    raw = json.dumps({"o": int(offset), "q": _fingerprint(scope)}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def read_cursor(cursor: str | None, scope: dict[str, Any]) -> int:
    """The offset a cursor stands for; ``BadRequest`` when it is malformed or from another query."""
    if not cursor:
        return 0
    try:
        pad = "=" * (-len(cursor) % 4)
        d = json.loads(base64.urlsafe_b64decode(cursor + pad))
        offset, fp = int(d["o"]), str(d["q"])
    except Exception:
        raise BadRequest("cursor is not one this server gave out") from None
    if offset < 0:
        raise BadRequest("cursor is not one this server gave out")
    if fp != _fingerprint(scope):
        raise BadRequest("cursor belongs to a different query (filters or order changed); start again without it")
    return offset


# -- the database -----------------------------------------------------------------------------------


class Database:
    """A read-only store shared by the server's threads; each read takes its own cursor."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.store = open_store(path, read_only=True, lock_wait=5.0)
        self._lock = threading.Lock()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            return self.store.con.cursor()

    def close(self) -> None:
        self.store.close()


@dataclass
class Reader:
    """The reads of one request (one DuckDB cursor)."""

    con: duckdb.DuckDBPyConnection

    def close(self) -> None:
        self.con.close()

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        return rows_as_dicts(self.con.execute(sql, params or []))

    # -- events --------------------------------------------------------------------------------

    def events(self, flt: dict[str, Any], *, clusters: bool, order: str, limit: int,
               offset: int) -> tuple[list[dict[str, Any]], bool]:
        """One page of events (the rows of ``dateline query``) and whether there are more.

        Two steps, so that a page costs the same however many events match: first the keys of the
        page (ordered over the slim events table), then the full rows of just those keys.
        """
        if order not in _ORDER_SQL:
            raise BadRequest(f"order must be one of {', '.join(ORDERS)}")
        where, params = _filters(flt).where("e")
        pick = ("QUALIFY row_number() OVER (PARTITION BY e.cluster_id ORDER BY e.date_lo, e.article_id, e.seq) = 1"
                if clusters else "")
        mentions = ("m AS (SELECT cluster_id, count(*) AS mentions FROM events WHERE cluster_id IN "
                    "(SELECT cluster_id FROM f) GROUP BY cluster_id)") if order == "mentions" else \
            "m AS (SELECT NULL::VARCHAR AS cluster_id, 0 AS mentions WHERE FALSE)"
        keys = self.con.execute(f"""
WITH f AS (SELECT e.article_id, e.seq, e.cluster_id, e.date_lo, e.intensity FROM events e WHERE {where} {pick}),
{mentions}
SELECT f.article_id, f.seq FROM f LEFT JOIN m ON m.cluster_id = f.cluster_id
ORDER BY {_ORDER_SQL[order]} LIMIT ? OFFSET ?""", [*params, limit + 1, int(offset)]).fetchall()
        more = len(keys) > limit
        keys = keys[:limit]
        if not keys:
            return [], False
        values = ", ".join("(?, ?, ?)" for _ in keys)
        kp: list[Any] = [x for i, (aid, seq) in enumerate(keys) for x in (aid, seq, i)]
        rows = self._rows(f"""
WITH k(article_id, seq, rn) AS (VALUES {values}),
f AS (SELECT e.*, k.rn FROM events e JOIN k ON e.article_id = k.article_id AND e.seq = k.seq),
m AS (SELECT cluster_id, count(*) AS mentions, count(DISTINCT article_id) AS n_articles FROM events
      WHERE cluster_id IN (SELECT cluster_id FROM f) GROUP BY cluster_id)
SELECT {_EVENT_COLUMNS}
FROM f LEFT JOIN m ON m.cluster_id = f.cluster_id LEFT JOIN articles a ON a.article_id = f.article_id
ORDER BY f.rn""", kp)
        for r in rows:
            r["date"] = None if r["date"] is None else str(r["date"])
        return rows, more

    def count_events(self, flt: dict[str, Any], *, clusters: bool) -> int:
        where, params = _filters(flt).where("e")
        what = "count(DISTINCT e.cluster_id)" if clusters else "count(*)"
        return int(self.con.execute(f"SELECT {what} FROM events e WHERE {where}", params).fetchone()[0])  # type: ignore[index]  # an aggregate query always returns a row

    def facets(self, flt: dict[str, Any], top: int = 12) -> dict[str, list[dict[str, Any]]]:
        """Counts of event mentions by type, quad class, actor country, actor and month, under ``flt``."""
        where, params = _filters(flt).where("e")
        base = f"WITH f AS (SELECT e.article_id, e.seq, e.type, e.quad_class, e.date_lo, e.date_grain FROM events e WHERE {where})"
        out: dict[str, list[dict[str, Any]]] = {}
        out["type"] = self._rows(f"{base} SELECT type AS value, count(*) AS n FROM f GROUP BY 1 ORDER BY n DESC, 1",
                                 params)
        out["quad_class"] = self._rows(f"{base} SELECT quad_class AS value, count(*) AS n FROM f GROUP BY 1 ORDER BY 1",
                                       params)
        out["country"] = self._rows(
            f"{base} SELECT a.country AS value, count(DISTINCT (f.article_id, f.seq)) AS n FROM f JOIN event_actors a "
            "ON a.article_id = f.article_id AND a.seq = f.seq WHERE a.country IS NOT NULL GROUP BY 1 "
            "ORDER BY n DESC, 1 LIMIT ?", [*params, top])
        out["actor"] = self._rows(
            f"{base} SELECT any_value(a.name) AS value, a.actor_key AS key, count(DISTINCT (f.article_id, f.seq)) AS n "
            "FROM f JOIN event_actors a ON a.article_id = f.article_id AND a.seq = f.seq GROUP BY a.actor_key "
            "ORDER BY n DESC, value LIMIT ?", [*params, top])
        out["month"] = self._rows(
            f"{base} SELECT strftime(date_lo, '%Y-%m') AS value, count(*) AS n FROM f WHERE date_lo IS NOT NULL "
            "AND date_grain IN ('day', 'article', 'week', 'month') GROUP BY 1 ORDER BY 1", params)
        return out

    def event(self, cluster_id: str) -> dict[str, Any] | None:
        """One event cluster with every mention and its provenance (flagged mentions included)."""
        rows, _ = self.events({"include_flagged": True, "cluster_id": cluster_id}, clusters=False, order="date",
                              limit=10_000, offset=0)
        if not rows:
            return None
        first = rows[0]
        actors = self._rows(
            "SELECT e.article_id, e.seq, a.role, a.position, a.actor_key AS key, a.actor_id AS id, a.name, a.kind, "
            "a.country, a.sector, a.text, a.span_start, a.span_end FROM events e JOIN event_actors a "
            "ON a.article_id = e.article_id AND a.seq = e.seq WHERE e.cluster_id = ? "
            "ORDER BY e.article_id, e.seq, a.role DESC, a.position", [cluster_id])
        detail = self._rows(
            "SELECT article_id, seq, event_id, mode, context, cameo, evidence, date_source, place_text, place_lat, "
            "place_lon, trigger_start, trigger_end FROM events WHERE cluster_id = ? ORDER BY article_id, seq",
            [cluster_id])
        by_event = {(d["article_id"], d["event_id"]): d for d in detail}
        mentions = []
        for r in rows:
            d = by_event.get((r["article_id"], r["event_id"]), {})
            acts = [a for a in actors if a["article_id"] == r["article_id"] and a["seq"] == d.get("seq")]
            mentions.append({
                **{k: r[k] for k in ("article_id", "event_id", "date", "type", "mode", "quad_class", "intensity",
                                     "negated", "hypothetical", "confidence", "sentence", "span_start", "span_end",
                                     "trigger", "place", "place_country", "article_date", "title", "url")},
                "seq": d.get("seq"), "cameo": d.get("cameo"), "context": list(d.get("context") or []),
                "evidence": d.get("evidence"), "date_source": d.get("date_source"),
                "trigger_span": [d.get("trigger_start"), d.get("trigger_end")],
                "sources": [_actor(a) for a in acts if a["role"] == "source"],
                "targets": [_actor(a) for a in acts if a["role"] == "target"],
            })
        return {
            "cluster_id": cluster_id, "type": first["type"], "quad_class": first["quad_class"],
            "mentions": len(rows), "articles": len({r["article_id"] for r in rows}),
            "date_first": min((r["date"] for r in rows if r["date"]), default=None),
            "date_last": max((r["date"] for r in rows if r["date"]), default=None),
            "sources": mentions[0]["sources"], "targets": mentions[0]["targets"],
            "mean_intensity": sum(float(r["intensity"] or 0) for r in rows) / len(rows),
            "provenance": mentions,
        }

    # -- articles ------------------------------------------------------------------------------

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self.con.execute("SELECT doc, text, url, source, origin FROM articles WHERE article_id = ?",
                               [article_id]).fetchone()
        if row is None:
            return None
        doc = json.loads(row[0])
        out = {**{k: doc[k] for k in ("schema", "id", "date", "title") if k in doc}, "text": row[1],
               **{k: v for k, v in doc.items() if k not in ("schema", "id", "date", "title")}}
        for k, v in (("url", row[2]), ("source", row[3]), ("origin", row[4])):
            out.setdefault(k, v)
        clusters = {(r["seq"]): r["cluster_id"] for r in self._rows(
            "SELECT seq, cluster_id FROM events WHERE article_id = ?", [article_id])}
        for i, ev in enumerate(out.get("events") or []):
            ev.setdefault("cluster_id", clusters.get(i))
        return out

    def articles(self, *, q: str | None, limit: int, offset: int) -> tuple[list[dict[str, Any]], bool]:
        conds, params = ["TRUE"], []
        if q:
            conds.append("(contains(lower(coalesce(title, '')), lower(?)) OR contains(lower(text), lower(?)) "
                         "OR article_id = ?)")
            params += [q, q, q]
        rows = self._rows(
            "SELECT article_id, date_text AS date, title, url, source, n_events, coder_version, errors FROM articles "
            f"WHERE {' AND '.join(conds)} ORDER BY date NULLS LAST, article_id LIMIT ? OFFSET ?",
            [*params, limit + 1, offset])
        return rows[:limit], len(rows) > limit

    # -- actors --------------------------------------------------------------------------------

    def actor_search(self, q: str | None, *, limit: int, offset: int) -> tuple[list[dict[str, Any]], bool]:
        """Actors by name/id substring (or exact key), with their event and mention counts."""
        cond, params = "TRUE", []
        if q:
            cond = ("(actor_key = ? OR contains(lower(name), lower(?)) OR contains(lower(coalesce(actor_id, '')), "
                    "lower(?)) OR upper(coalesce(country, '')) = upper(?))")
            params = [q, q, q, q]
        sql = f"""
WITH m AS (SELECT actor_key, actor_id, name, kind, country, sector, article_id, NULL AS seq FROM actors WHERE {cond}
           UNION ALL
           SELECT actor_key, actor_id, name, kind, country, sector, article_id, seq FROM event_actors WHERE {cond})
SELECT actor_key AS key, any_value(actor_id) AS id, mode(name) AS name, any_value(kind) AS kind,
       any_value(country) AS country, any_value(sector) AS sector,
       count(DISTINCT (article_id, seq)) FILTER (WHERE seq IS NOT NULL) AS events,
       count(DISTINCT article_id) AS articles
FROM m GROUP BY actor_key ORDER BY events DESC, articles DESC, name LIMIT ? OFFSET ?"""
        rows = self._rows(sql, [*params, *params, limit + 1, offset])
        return rows[:limit], len(rows) > limit

    def actor(self, key: str, *, freq: str = "month", top: int = 15, quotes: int = 50) -> dict[str, Any] | None:
        """An actor's profile: identity, events by period x quad class x type, counterparts, quotes."""
        if freq not in analyses.FREQS:
            raise BadRequest(f"freq must be one of {', '.join(analyses.FREQS)}")
        ident = self._rows(
            "SELECT actor_key AS key, any_value(actor_id) AS id, mode(name) AS name, any_value(kind) AS kind, "
            "any_value(country) AS country, any_value(sector) AS sector, any_value(wikidata) AS wikidata "
            "FROM (SELECT actor_key, actor_id, name, kind, country, sector, wikidata FROM actors WHERE actor_key = ? "
            "UNION ALL SELECT actor_key, actor_id, name, kind, country, sector, wikidata FROM event_actors "
            "WHERE actor_key = ?) GROUP BY actor_key", [key, key])
        if not ident:
            return None
        flagged = "NOT e.negated AND NOT e.hypothetical"
        series = self._rows(f"""
SELECT strftime(CAST(date_trunc('{freq}', e.date_lo) AS DATE), '%Y-%m-%d') AS period, e.quad_class, e.type, a.role,
       count(DISTINCT e.cluster_id) AS events, count(*) AS mentions, avg(e.intensity) AS mean_intensity
FROM events e JOIN event_actors a ON a.article_id = e.article_id AND a.seq = e.seq
WHERE a.actor_key = ? AND {flagged} AND e.date_lo IS NOT NULL
GROUP BY ALL ORDER BY period, e.quad_class, e.type, a.role""", [key])
        by_type = self._rows(f"""
SELECT e.type, e.quad_class, a.role, count(DISTINCT e.cluster_id) AS events, count(*) AS mentions
FROM events e JOIN event_actors a ON a.article_id = e.article_id AND a.seq = e.seq
WHERE a.actor_key = ? AND {flagged} GROUP BY ALL ORDER BY events DESC, e.type""", [key])
        counterparts = self._rows(f"""
SELECT b.actor_key AS key, mode(b.name) AS name, any_value(b.country) AS country,
       count(DISTINCT e.cluster_id) AS events, avg(e.intensity) AS mean_intensity,
       count(DISTINCT e.cluster_id) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperative,
       count(DISTINCT e.cluster_id) FILTER (WHERE e.quad_class IN (3, 4)) AS conflictual
FROM events e JOIN event_actors a ON a.article_id = e.article_id AND a.seq = e.seq
JOIN event_actors b ON b.article_id = e.article_id AND b.seq = e.seq AND b.actor_key <> a.actor_key
     AND (b.role <> a.role OR (e.type IN {analyses._SYM} AND b.position <> a.position))
WHERE a.actor_key = ? AND {flagged}
GROUP BY b.actor_key ORDER BY events DESC, name LIMIT ?""", [key, top])
        said = self._rows("""
SELECT q.article_id, a.date_text AS date, a.title, q.seq, q.text AS quote, q.kind, q.cue, q.span_start, q.span_end
FROM quotes q JOIN articles a ON a.article_id = q.article_id WHERE q.speaker_key = ?
ORDER BY a.date NULLS LAST, q.article_id, q.seq LIMIT ?""", [key, quotes])
        n_quotes = int(self.con.execute("SELECT count(*) FROM quotes WHERE speaker_key = ?", [key]).fetchone()[0])  # type: ignore[index]  # an aggregate query always returns a row
        return {"actor": ident[0], "freq": freq, "series": series, "by_type": by_type,
                "counterparts": counterparts, "quotes": said, "n_quotes": n_quotes}

    # -- quotes, dyads, network, places ----------------------------------------------------------

    def quotes(self, *, speaker: str | None, text: str | None, since: Any, until: Any, limit: int,
               offset: int) -> tuple[list[dict[str, Any]], bool]:
        try:
            where, params = analyses.quote_where(speaker, text, since, until)
        except ValueError as exc:
            raise BadRequest(str(exc)) from None
        rows = self._rows(f"""
SELECT coalesce(q.speaker_name, '(unknown)') AS speaker, q.speaker_key, q.speaker_id, q.speaker_country,
       q.text AS quote, q.kind, q.cue, q.article_id, a.date_text AS date, q.seq, q.span_start, q.span_end, a.title, a.url
FROM quotes q JOIN articles a ON a.article_id = q.article_id WHERE {where}
ORDER BY a.date NULLS LAST, q.article_id, q.seq LIMIT ? OFFSET ?""", [*params, limit + 1, offset])
        return rows[:limit], len(rows) > limit

    def dyad(self, a: str, b: str, *, by: str, freq: str, directed: bool, unit: str,
             flt: dict[str, Any]) -> list[dict[str, Any]]:
        try:
            df = analyses.dyad_series(self.con, a, b, by=by, freq=freq, directed=directed, unit=unit,
                                      **_filter_kw(flt))
        except (ValueError, TypeError) as exc:
            raise BadRequest(str(exc)) from None
        out = []
        for r in df.to_dict("records"):
            out.append({"period": r["period"].strftime("%Y-%m-%d"), "quad_class": int(r["quad_class"]),
                        "events": int(r["events"]), "mentions": int(r["mentions"]),
                        "mean_intensity": None if r["mean_intensity"] != r["mean_intensity"] else
                        float(r["mean_intensity"])})
        return out

    def network(self, *, by: str, min_events: int, flt: dict[str, Any], top: int) -> list[dict[str, Any]]:
        try:
            df = analyses.network(self.con, by=by, min_events=min_events, **_filter_kw(flt))
        except (ValueError, TypeError) as exc:
            raise BadRequest(str(exc)) from None
        rows = df.head(top).to_dict("records")
        return [{"source": r["source"], "target": r["target"], "source_label": r["source_label"],
                 "target_label": r["target_label"], "events": int(r["events"]), "mentions": int(r["mentions"]),
                 "mean_intensity": float(r["mean_intensity"]), "directed": bool(r["directed"])} for r in rows]

    def places(self, flt: dict[str, Any], *, limit: int) -> list[dict[str, Any]]:
        """Event locations with coordinates: one row per place, with counts by quad class."""
        where, params = _filters(flt).where("e")
        return self._rows(f"""
SELECT round(place_lat, 4) AS lat, round(place_lon, 4) AS lon, mode(place_name) AS name,
       any_value(place_country) AS country, count(*) AS mentions, count(DISTINCT cluster_id) AS events,
       count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
       count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4,
       avg(intensity) AS mean_intensity
FROM events e WHERE {where} AND place_lat IS NOT NULL AND place_lon IS NOT NULL
GROUP BY 1, 2 ORDER BY mentions DESC, name LIMIT ?""", [*params, limit])

    def info(self) -> dict[str, Any]:
        c = self.con
        return {
            "articles": int(c.execute("SELECT count(*) FROM articles").fetchone()[0]),  # type: ignore[index]  # an aggregate query always returns a row
            "mentions": int(c.execute("SELECT count(*) FROM events").fetchone()[0]),  # type: ignore[index]  # an aggregate query always returns a row
            "events": int(c.execute("SELECT count(DISTINCT cluster_id) FROM events").fetchone()[0]),  # type: ignore[index]  # an aggregate query always returns a row
            "quotes": int(c.execute("SELECT count(*) FROM quotes").fetchone()[0]),  # type: ignore[index]  # an aggregate query always returns a row
        }


def _actor(a: dict[str, Any]) -> dict[str, Any]:
    return {"key": a["key"], "id": a["id"], "name": a["name"], "kind": a["kind"], "country": a["country"],
            "sector": a["sector"], "text": a["text"], "span": [a["span_start"], a["span_end"]]}


def _filter_kw(flt: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in flt.items() if v not in (None, "", [], ())}


def _filters(flt: dict[str, Any]) -> Filters:
    try:
        f = Filters.of(**_filter_kw(flt))
        f.where("e")  # validates types, quad classes and dates now
    except (ValueError, TypeError) as exc:
        raise BadRequest(str(exc)) from None
    return f


__all__ = ["ORDERS", "QUERY_COLUMNS", "BadRequest", "Database", "Reader", "make_cursor", "read_cursor"]
