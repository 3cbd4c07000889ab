"""Analyses over the store, as pandas DataFrames, and their charts (matplotlib, extra "charts").

Counts are of *event clusters* (deduplicated events) unless ``unit="mention"``; mean intensity is
over the same units (for clusters, the mean of each cluster's mentions' mean).
"""

from __future__ import annotations

import os
from typing import Any

import duckdb
import pandas as pd

from .._errors import MissingExtra
from .dedup import SYMMETRIC_TYPES
from .query import Filters

FREQS = ("week", "month")
BY = ("actor", "country")
_SYM = "(" + ", ".join(f"'{t}'" for t in sorted(SYMMETRIC_TYPES)) + ")"
#: Date grains precise enough for each period (a year-grain date cannot be put in a month).
_GRAINS = {"week": ("day", "article", "week"), "month": ("day", "article", "week", "month")}


def _match(alias: str, by: str) -> tuple[str, int]:
    """A condition that an event_actors row matches one value, and how many parameters it takes."""
    if by == "country":
        return f"upper({alias}.country) = upper(?)", 1
    return (f"({alias}.actor_key = ? OR lower(coalesce({alias}.actor_id, '')) = lower(?) "
            f"OR contains(lower({alias}.name), lower(?)))"), 3


def _check(by: str, freq: str | None = None, unit: str = "cluster") -> None:
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}")
    if freq is not None and freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}")
    if unit not in ("cluster", "mention"):
        raise ValueError("unit must be 'cluster' or 'mention'")


def dyad_series(con: duckdb.DuckDBPyConnection, a: str, b: str, *, by: str = "country", freq: str = "month",
                directed: bool = False, unit: str = "cluster", **filters: Any) -> pd.DataFrame:
    """Events between ``a`` and ``b`` per period and quad class.

    Columns: ``period`` (first day), ``quad_class``, ``events``, ``mentions``, ``mean_intensity``.
    ``directed``: only events with ``a`` as source and ``b`` as target. Periods with no event are absent.
    """
    _check(by, freq, unit)
    where, params = Filters.of(**filters).where("e")
    ma, na = _match("x", by)
    mb, nb = _match("y", by)
    pair = ("x.role = 'source' AND y.role = 'target'" if directed else
            f"(x.role <> y.role OR (e.type IN {_SYM} AND x.position <> y.position))")
    grains = _GRAINS[freq]
    count = "count(DISTINCT cluster_id)" if unit == "cluster" else "count(*)"
    sql = f"""
WITH hits AS (
  SELECT DISTINCT e.article_id, e.seq, e.cluster_id, e.quad_class, e.intensity, e.date_lo
  FROM events e
  JOIN event_actors x ON x.article_id = e.article_id AND x.seq = e.seq
  JOIN event_actors y ON y.article_id = e.article_id AND y.seq = e.seq
  WHERE {ma} AND {mb} AND {pair} AND e.date_lo IS NOT NULL
    AND e.date_grain IN ({', '.join('?' * len(grains))}) AND {where})
SELECT CAST(date_trunc('{freq}', date_lo) AS DATE) AS period, quad_class,
       {count} AS events, count(*) AS mentions, avg(intensity) AS mean_intensity
FROM hits GROUP BY ALL ORDER BY period, quad_class"""
    args = [a] * na + [b] * nb + list(grains) + params
    df = con.execute(sql, args).df()
    df["period"] = pd.to_datetime(df["period"])
    return df


def network(con: duckdb.DuckDBPyConnection, *, by: str = "actor", min_events: int = 1,
            unit: str = "cluster", **filters: Any) -> pd.DataFrame:
    """Edges between actors (or countries), weighted by events.

    Columns: ``source``, ``target``, ``source_label``, ``target_label``, ``events``, ``mentions``,
    ``mean_intensity``, ``directed``. Source -> target pairs are directed; the joint participants of
    a reciprocal event (CONSULT, AGREE, COOPERATE with no target) give undirected edges with the
    endpoints in sorted order.
    """
    _check(by, None, unit)
    where, params = Filters.of(**filters).where("e")
    key = "x.actor_key" if by == "actor" else "x.country"
    key2 = key.replace("x.", "y.")
    label = "x.name" if by == "actor" else "x.country"
    label2 = label.replace("x.", "y.")
    count = "count(DISTINCT cluster_id)" if unit == "cluster" else "count(*)"
    sql = f"""
WITH f AS (SELECT e.article_id, e.seq, e.cluster_id, e.intensity, e.type FROM events e WHERE {where}),
pairs AS (
  SELECT f.article_id, f.seq, f.cluster_id, f.intensity, {key} AS s, {key2} AS t, {label} AS sl, {label2} AS tl,
         TRUE AS directed
  FROM f JOIN event_actors x ON x.article_id = f.article_id AND x.seq = f.seq AND x.role = 'source'
         JOIN event_actors y ON y.article_id = f.article_id AND y.seq = f.seq AND y.role = 'target'
  UNION ALL
  SELECT f.article_id, f.seq, f.cluster_id, f.intensity, {key}, {key2}, {label}, {label2}, FALSE
  FROM f JOIN event_actors x ON x.article_id = f.article_id AND x.seq = f.seq AND x.role = 'source'
         JOIN event_actors y ON y.article_id = f.article_id AND y.seq = f.seq AND y.role = 'source'
  WHERE f.type IN {_SYM} AND {key} < {key2}
    AND NOT EXISTS (SELECT 1 FROM event_actors z WHERE z.article_id = f.article_id AND z.seq = f.seq
                    AND z.role = 'target')
),
d AS (SELECT DISTINCT * FROM pairs WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t)
SELECT s AS source, t AS target, any_value(sl) AS source_label, any_value(tl) AS target_label,
       {count} AS events, count(*) AS mentions, avg(intensity) AS mean_intensity, directed
FROM d GROUP BY s, t, directed HAVING {count} >= ?
ORDER BY events DESC, source, target"""
    return con.execute(sql, [*params, int(min_events)]).df()


def quote_where(speaker: str | None, text: str | None, since: Any, until: Any) -> tuple[str, list[Any]]:
    """The WHERE clause (over ``quotes q JOIN articles a``) and parameters of a quote search.

    ``speaker`` matches the exact speaker key or a name/id substring; ``text`` a quote substring;
    ``since``/``until`` bound the article date. Raises ValueError for an unreadable date.
    """
    from .query import _day

    conds = ["TRUE"]
    params: list[Any] = []
    if speaker:
        conds.append("(q.speaker_key = ? OR contains(lower(q.speaker_name), lower(?)) "
                     "OR contains(lower(coalesce(q.speaker_id, '')), lower(?)))")
        params += [speaker] * 3
    if text:
        conds.append("contains(lower(q.text), lower(?))")
        params.append(text)
    lo, hi = _day(since, end=False), _day(until, end=True)
    if lo is not None:
        conds.append("a.date >= ?")
        params.append(lo)
    if hi is not None:
        conds.append("a.date <= ?")
        params.append(hi)
    return " AND ".join(conds), params


def quotes_by(con: duckdb.DuckDBPyConnection, speaker: str | None = None, *, text: str | None = None,
              since: Any = None, until: Any = None, summary: bool = False, limit: int | None = None) -> pd.DataFrame:
    """Quotes with their speakers (``speaker``: name/id substring or exact key; ``text``: quote substring).

    With ``summary``: one row per speaker with ``quotes``, ``articles``, ``first`` and ``last`` dates.
    Otherwise one row per quote with its provenance (article id and span).
    """
    where, params = quote_where(speaker, text, since, until)
    if summary:
        sql = f"""SELECT coalesce(q.speaker_name, '(unknown)') AS speaker, q.speaker_id, q.speaker_country,
                         count(*) AS quotes, count(DISTINCT q.article_id) AS articles,
                         min(a.date) AS first, max(a.date) AS last
                  FROM quotes q JOIN articles a ON a.article_id = q.article_id WHERE {where}
                  GROUP BY q.speaker_key, q.speaker_name, q.speaker_id, q.speaker_country
                  ORDER BY quotes DESC, speaker"""
    else:
        sql = f"""SELECT coalesce(q.speaker_name, '(unknown)') AS speaker, q.speaker_id, q.speaker_country,
                         q.text AS quote, q.kind, q.cue, q.article_id, a.date AS date, q.span_start, q.span_end,
                         a.title, a.url
                  FROM quotes q JOIN articles a ON a.article_id = q.article_id WHERE {where}
                  ORDER BY speaker, a.date NULLS LAST, q.article_id, q.seq"""
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return con.execute(sql, params).df()


# -- charts ---------------------------------------------------------------------------------------

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def _plt() -> Any:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise MissingExtra("charts", "charts", "matplotlib") from None
    return plt


def _check_chart_path(path: str | os.PathLike[str]) -> str:
    p = os.fspath(path)
    if not p.lower().endswith((".png", ".svg")):
        raise ValueError(f"{p}: charts are saved as .png or .svg; name the file .png or .svg")
    parent = os.path.dirname(p) or "."
    if not os.path.isdir(parent):
        raise ValueError(f"--chart {p}: the folder {parent} does not exist; create it first (mkdir -p {parent})")
    return p


def plot_dyad(df: pd.DataFrame, path: str | os.PathLike[str], title: str = "") -> str:
    """Events per period by quad class (bars) and mean intensity (line)."""
    p = _check_chart_path(path)
    plt = _plt()
    fig, ax = plt.subplots(figsize=(10, 4.5))
    if df.empty:
        ax.text(0.5, 0.5, "no events", ha="center", va="center", transform=ax.transAxes)
    else:
        wide = df.pivot_table(index="period", columns="quad_class", values="events", aggfunc="sum").fillna(0)
        bottom = None
        width = 5 if len(wide.index) > 1 and (wide.index[1] - wide.index[0]).days < 10 else 20
        for q in sorted(wide.columns):
            ax.bar(wide.index, wide[q], width=width, bottom=bottom, label=QUAD_NAMES.get(int(q), str(q)))
            bottom = wide[q] if bottom is None else bottom + wide[q]
        ax.set_ylabel("events")
        ax2 = ax.twinx()
        mean = df.groupby("period").apply(
            lambda g: (g["mean_intensity"] * g["mentions"]).sum() / max(g["mentions"].sum(), 1), include_groups=False)
        ax2.plot(mean.index, mean.values, color="black", marker=".", label="mean intensity")
        ax2.set_ylabel("mean intensity")
        ax2.set_ylim(-10, 10)
        ax.legend(loc="upper left", fontsize=8)
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(p)
    plt.close(fig)
    return p


def plot_network(edges: pd.DataFrame, path: str | os.PathLike[str], title: str = "", top: int = 40) -> str:
    """The strongest ``top`` edges on a circle; line width by events, colour by mean intensity."""
    import math

    p = _check_chart_path(path)
    plt = _plt()
    fig, ax = plt.subplots(figsize=(8, 8))
    ax.set_axis_off()
    e = edges.head(top)
    nodes: list[str] = []
    labels: dict[str, str] = {}
    for r in e.itertuples():
        for k, lab in ((r.source, r.source_label), (r.target, r.target_label)):
            if k not in labels:
                nodes.append(k)
                labels[k] = str(lab or k)
    pos = {n: (math.cos(2 * math.pi * i / max(len(nodes), 1)), math.sin(2 * math.pi * i / max(len(nodes), 1)))
           for i, n in enumerate(nodes)}
    if e.empty:
        ax.text(0.5, 0.5, "no edges", ha="center", va="center", transform=ax.transAxes)
    else:
        cmap = plt.get_cmap("RdYlGn")
        wmax = float(e["events"].max())
        for r in e.itertuples():
            (x1, y1), (x2, y2) = pos[r.source], pos[r.target]
            colour = cmap((float(r.mean_intensity or 0) + 10) / 20)
            ax.annotate("", xy=(x2, y2), xytext=(x1, y1),
                        arrowprops={"arrowstyle": "-|>" if r.directed else "-", "color": colour,
                                    "lw": 0.5 + 4 * float(r.events) / wmax, "alpha": 0.8})
        for n, (x, y) in pos.items():
            ax.plot([x], [y], "o", color="#335")
            ax.text(x * 1.08, y * 1.08, labels[n], ha="center", va="center", fontsize=8)
    ax.set_title(title)
    fig.savefig(p)
    plt.close(fig)
    return p


def plot_speakers(summary: pd.DataFrame, path: str | os.PathLike[str], title: str = "", top: int = 20) -> str:
    p = _check_chart_path(path)
    plt = _plt()
    s = summary.head(top).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, max(3, 0.3 * len(s) + 1)))
    ax.barh(s["speaker"].astype(str), s["quotes"])
    ax.set_xlabel("quotes")
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(p)
    plt.close(fig)
    return p
