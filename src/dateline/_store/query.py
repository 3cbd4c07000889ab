"""Event filters as parameterised SQL (values never enter the SQL text) and the ``query`` rows."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from .dedup import SYMMETRIC_TYPES, date_interval

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

_SYM = "(" + ", ".join(f"'{t}'" for t in sorted(SYMMETRIC_TYPES)) + ")"


def _as_list(v: Any) -> list[Any]:
    if v is None:
        return []
    if isinstance(v, str | int):
        return [v]
    return list(v)


def _day(value: Any, *, end: bool) -> _dt.date | None:
    """A date bound from ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a coarse --until covers its whole period)."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    lo, hi, _ = date_interval(str(value))
    if lo is None:
        raise ValueError(f"date {value!r}: write it as YYYY, YYYY-MM or YYYY-MM-DD")
    return hi if end else lo


@dataclass
class Filters:
    """What ``Store.query``, ``Store.export`` and the analyses accept as filters.

    - ``actor``: substring of an actor's name or id (case-insensitive), on either side.
    - ``country`` / ``sector``: the same actor's country (ISO alpha-3) / sector code.
    - ``counterpart``: an actor on the other side: name/id substring or its country code.
    - ``type``, ``quad_class``: one value or a list. ``since`` / ``until``: event dates overlapping
      the range (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).
    - ``place``: substring of the event location's name, or its country code.
    - ``quote_text``: a quote containing this text overlaps the event's sentence.
    - ``article_id``, ``cluster_id``: exact ids. ``include_flagged``: keep negated and hypothetical
      events (dropped by default, as the output contract asks of consumers).
    """

    actor: str | None = None
    country: str | None = None
    sector: str | None = None
    counterpart: str | None = None
    type: str | Sequence[str] | None = None
    quad_class: int | Sequence[int] | None = None
    since: Any = None
    until: Any = None
    place: str | None = None
    quote_text: str | None = None
    article_id: str | None = None
    cluster_id: str | None = None
    include_flagged: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, **kw: Any) -> Filters:
        names = {f.name for f in fields(cls)} - {"extra"}
        unknown = sorted(k for k in kw if k not in names)
        if unknown:
            raise TypeError(f"unknown filter(s) {', '.join(unknown)}; known: {', '.join(sorted(names))}")
        return cls(**{k: v for k, v in kw.items() if v is not None and v != () and v != []})

    def where(self, e: str = "e") -> tuple[str, list[Any]]:
        """A WHERE clause over events aliased ``e`` and its parameters."""
        conds: list[str] = []
        params: list[Any] = []
        if not self.include_flagged:
            conds.append(f"NOT {e}.negated AND NOT {e}.hypothetical")
        types = [str(t).upper() for t in _as_list(self.type)]
        if types:
            bad = [t for t in types if t not in PLOVER_TYPES]
            if bad:
                raise ValueError(f"unknown event type(s) {', '.join(bad)}; PLOVER types: {', '.join(PLOVER_TYPES)}")
            conds.append(f"{e}.type IN ({', '.join('?' * len(types))})")
            params += types
        quads = [int(q) for q in _as_list(self.quad_class)]
        if quads:
            if any(q not in (1, 2, 3, 4) for q in quads):
                raise ValueError("quad class must be 1, 2, 3 or 4")
            conds.append(f"{e}.quad_class IN ({', '.join('?' * len(quads))})")
            params += quads
        since, until = _day(self.since, end=False), _day(self.until, end=True)
        if since is not None:
            conds.append(f"{e}.date_hi >= ?")
            params.append(since)
        if until is not None:
            conds.append(f"{e}.date_lo <= ?")
            params.append(until)
        if self.place:
            conds.append(f"(contains(lower({e}.place_name), lower(?)) OR contains(lower({e}.place_text), lower(?)) "
                         f"OR upper({e}.place_country) = upper(?))")
            params += [self.place] * 3
        if self.article_id:
            conds.append(f"{e}.article_id = ?")
            params.append(self.article_id)
        if self.cluster_id:
            conds.append(f"{e}.cluster_id = ?")
            params.append(self.cluster_id)
        if self.actor or self.country or self.sector or self.counterpart:
            side: list[str] = []
            if self.actor:
                side.append("(contains(lower(a.name), lower(?)) OR contains(lower(coalesce(a.actor_id, '')), lower(?)))")
                params += [self.actor, self.actor]
            if self.country:
                side.append("upper(a.country) = upper(?)")
                params.append(self.country)
            if self.sector:
                side.append("upper(a.sector) = upper(?)")
                params.append(self.sector)
            if self.counterpart:  # a join (not a nested EXISTS): DuckDB plans it as one hash join
                side.append(
                    f"(b.role <> a.role OR ({e}.type IN {_SYM} AND b.position <> a.position)) "
                    "AND (contains(lower(b.name), lower(?)) OR contains(lower(coalesce(b.actor_id, '')), lower(?)) "
                    "OR upper(b.country) = upper(?))")
                params += [self.counterpart] * 3
                source = ("event_actors a JOIN event_actors b ON b.article_id = a.article_id AND b.seq = a.seq")
            else:
                source = "event_actors a"
            conds.append(f"EXISTS (SELECT 1 FROM {source} WHERE a.article_id = {e}.article_id "
                         f"AND a.seq = {e}.seq AND {' AND '.join(side) if side else 'TRUE'})")
        if self.quote_text:
            conds.append(f"EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = {e}.article_id "
                         f"AND q.span_start < {e}.span_end AND q.span_end > {e}.span_start "
                         "AND contains(lower(q.text), lower(?)))")
            params.append(self.quote_text)
        return (" AND ".join(conds) if conds else "TRUE"), params


QUERY_COLUMNS = ("cluster_id", "mentions", "n_articles", "article_id", "event_id", "date", "type", "mode",
                 "quad_class", "intensity", "sources", "source_countries", "targets", "target_countries",
                 "place", "place_country", "negated", "hypothetical", "confidence", "span_start", "span_end",
                 "trigger", "sentence", "article_date", "title", "url")

_ORDERS = {"date": "{t}.date_lo NULLS LAST, {t}.article_id, {t}.seq",
           "-date": "{t}.date_lo DESC NULLS LAST, {t}.article_id, {t}.seq",
           "mentions": "m.mentions DESC, {t}.date_lo NULLS LAST, {t}.article_id, {t}.seq",
           "intensity": "{t}.intensity, {t}.date_lo NULLS LAST, {t}.article_id, {t}.seq"}


def query_sql(flt: Filters, *, clusters: bool = False, limit: int | None = None,
              order: str = "date") -> tuple[str, list[Any]]:
    """SQL for one row per matching event mention (or per cluster with ``clusters``).

    The limit is applied to the matching events first, so the actor names and mention counts
    are computed for the returned rows only.
    """
    if order not in _ORDERS:
        raise ValueError(f"order must be one of {', '.join(_ORDERS)}")
    where, params = flt.where("e")
    pick = ("QUALIFY row_number() OVER (PARTITION BY e.cluster_id ORDER BY e.date_lo, e.article_id, e.seq) = 1"
            if clusters else "")
    early = order != "mentions"  # ordering by mentions needs the counts of every match first
    lim = " LIMIT ?" if limit is not None else ""
    inner = f"SELECT e.* FROM events e WHERE {where} {pick}"
    if early:
        inner += f" ORDER BY {_ORDERS[order].format(t='e')}{lim}"
    sql = f"""
WITH f AS ({inner}),
m AS (SELECT cluster_id, count(*) AS mentions, count(DISTINCT article_id) AS n_articles FROM events
      WHERE cluster_id IN (SELECT cluster_id FROM f) GROUP BY cluster_id),
s AS (SELECT x.article_id, x.seq, x.role, string_agg(x.name, '; ' ORDER BY x.position) AS names,
             string_agg(coalesce(x.country, ''), '; ' ORDER BY x.position) AS countries
      FROM event_actors x JOIN f ON f.article_id = x.article_id AND f.seq = x.seq
      GROUP BY x.article_id, x.seq, x.role)
SELECT f.cluster_id, m.mentions, m.n_articles, f.article_id, f.event_id,
       coalesce(f.date_text, CAST(f.date_lo AS VARCHAR)) AS date, f.type, f.mode, f.quad_class, f.intensity,
       src.names AS sources, src.countries AS source_countries, tgt.names AS targets, tgt.countries AS target_countries,
       f.place_name AS place, f.place_country, f.negated, f.hypothetical, f.confidence,
       f.span_start, f.span_end, f.trigger_text AS trigger, f.sentence,
       a.date_text AS article_date, a.title, a.url
FROM f LEFT JOIN m ON m.cluster_id = f.cluster_id
LEFT JOIN s src ON src.article_id = f.article_id AND src.seq = f.seq AND src.role = 'source'
LEFT JOIN s tgt ON tgt.article_id = f.article_id AND tgt.seq = f.seq AND tgt.role = 'target'
LEFT JOIN articles a ON a.article_id = f.article_id
ORDER BY {_ORDERS[order].format(t='f')}{'' if early else lim}"""
    if limit is not None:
        params = [*params, int(limit)]
    return sql, params


def rows_as_dicts(cursor: Any) -> list[dict[str, Any]]:
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, r, strict=True)) for r in cursor.fetchall()]


def format_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], width: int = 40) -> str:
    """A plain-text table (values cut to ``width`` characters)."""
    rows = list(rows)

    def cell(v: Any) -> str:
        s = "" if v is None else (f"{v:.2f}" if isinstance(v, float) else str(v))
        s = s.replace("\n", " ")
        return s if len(s) <= width else s[: width - 1] + "…"

    cells = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(s.rstrip() for s in out)
