"""Export of the store: CSV (with a header), JSON Lines, Parquet and GeoJSON; one row per event
mention (or per cluster) or per event x actor; PLOVER/POLECAT-like or GDELT-like columns.

The column sets are documented in docs/store.md. Every filter is a SQL parameter.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from collections.abc import Iterator
from typing import IO, Any

import duckdb
import pyarrow as pa

from .query import Filters

EXPORT_FORMATS = ("csv", "jsonl", "parquet", "geojson")
ROW_KINDS = ("event", "event-actor")
COLUMN_SETS = ("plover", "gdelt")

_BASE = """
WITH f AS (SELECT e.* FROM events e WHERE {where} {pick}),
m AS (SELECT ev.cluster_id, count(*) AS mentions, count(DISTINCT ev.article_id) AS n_articles,
             count(DISTINCT coalesce(ar.source, ar.url, ev.article_id)) AS n_sources
      FROM events ev LEFT JOIN articles ar ON ar.article_id = ev.article_id
      WHERE ev.cluster_id IN (SELECT cluster_id FROM f) GROUP BY ev.cluster_id)
"""

_SIDES = """,
s AS (SELECT x.article_id, x.seq, x.role,
             string_agg(coalesce(x.name, ''), '; ' ORDER BY x.position) AS names,
             string_agg(coalesce(x.actor_id, ''), '; ' ORDER BY x.position) AS ids,
             string_agg(coalesce(x.country, ''), '; ' ORDER BY x.position) AS countries,
             string_agg(coalesce(x.sector, ''), '; ' ORDER BY x.position) AS sectors,
             string_agg(coalesce(x.wikidata, ''), '; ' ORDER BY x.position) AS wikidata,
             string_agg(coalesce(x.text, ''), '; ' ORDER BY x.position) AS raw
      FROM event_actors x JOIN f ON f.article_id = x.article_id AND f.seq = x.seq
      GROUP BY x.article_id, x.seq, x.role)
"""

_JOINS_EVENT = """
FROM f LEFT JOIN m ON m.cluster_id = f.cluster_id
LEFT JOIN s src ON src.article_id = f.article_id AND src.seq = f.seq AND src.role = 'source'
LEFT JOIN s tgt ON tgt.article_id = f.article_id AND tgt.seq = f.seq AND tgt.role = 'target'
LEFT JOIN articles a ON a.article_id = f.article_id
ORDER BY f.date_lo NULLS LAST, f.article_id, f.seq
"""

_JOINS_ACTOR = """
FROM f JOIN event_actors x ON x.article_id = f.article_id AND x.seq = f.seq
LEFT JOIN m ON m.cluster_id = f.cluster_id
LEFT JOIN articles a ON a.article_id = f.article_id
ORDER BY f.date_lo NULLS LAST, f.article_id, f.seq, x.role DESC, x.position
"""

_MENTION_ID = "f.article_id || '#' || CAST(f.seq AS VARCHAR)"
_EVENT_DATE = "coalesce(f.date_text, CAST(f.date_lo AS VARCHAR))"

PLOVER_EVENT = [
    ("mention_id", _MENTION_ID), ("cluster_id", "f.cluster_id"), ("mentions", "m.mentions"),
    ("n_articles", "m.n_articles"), ("event_id", "f.event_id"), ("event_date", _EVENT_DATE),
    ("event_type", "f.type"), ("event_mode", "f.mode"), ("event_intensity", "f.intensity"),
    ("quad_code", "f.quad_class"), ("contexts", "array_to_string(f.context, ';')"), ("cameo", "f.cameo"),
    ("actor_name", "src.names"), ("actor_id", "src.ids"), ("actor_country", "src.countries"),
    ("actor_sector", "src.sectors"), ("actor_wikidata", "src.wikidata"), ("actor_name_raw", "src.raw"),
    ("recipient_name", "tgt.names"), ("recipient_id", "tgt.ids"), ("recipient_country", "tgt.countries"),
    ("recipient_sector", "tgt.sectors"), ("recipient_wikidata", "tgt.wikidata"), ("recipient_name_raw", "tgt.raw"),
    ("placename", "f.place_name"), ("place_country", "f.place_country"), ("latitude", "f.place_lat"),
    ("longitude", "f.place_lon"), ("geonames_id", "f.place_geonameid"), ("feature_type", "f.place_feature"),
    ("raw_placename", "f.place_text"), ("story_id", "f.article_id"), ("publication_date", "a.date_text"),
    ("source", "a.source"), ("url", "a.url"), ("language", "a.language"), ("negated", "f.negated"),
    ("hypothetical", "f.hypothetical"), ("confidence", "f.confidence"), ("trigger", "f.trigger_text"),
    ("span_start", "f.span_start"), ("span_end", "f.span_end"), ("sentence", "f.sentence"),
    ("coder_version", "f.coder_version"),
]

PLOVER_ACTOR = [
    ("mention_id", _MENTION_ID), ("cluster_id", "f.cluster_id"), ("mentions", "m.mentions"),
    ("event_date", _EVENT_DATE), ("event_type", "f.type"), ("event_mode", "f.mode"),
    ("event_intensity", "f.intensity"), ("quad_code", "f.quad_class"), ("role", "x.role"),
    ("position", "x.position"), ("actor_name", "x.name"), ("actor_id", "x.actor_id"), ("actor_kind", "x.kind"),
    ("actor_country", "x.country"), ("actor_sector", "x.sector"), ("actor_wikidata", "x.wikidata"),
    ("actor_name_raw", "x.text"), ("actor_span_start", "x.span_start"), ("actor_span_end", "x.span_end"),
    ("placename", "f.place_name"), ("place_country", "f.place_country"), ("latitude", "f.place_lat"),
    ("longitude", "f.place_lon"), ("story_id", "f.article_id"), ("publication_date", "a.date_text"),
    ("url", "a.url"), ("negated", "f.negated"), ("hypothetical", "f.hypothetical"),
]

_GEO_TYPE = "CASE WHEN f.place_feature IN ('PCLI', 'PCL', 'PCLD', 'PCLF', 'PCLS') THEN 1 " \
            "WHEN f.place_feature LIKE 'ADM1%' THEN 5 WHEN f.place_country IS NOT NULL THEN 4 ELSE 0 END"
_GDELT_COMMON = [
    ("GLOBALEVENTID", _MENTION_ID), ("SQLDATE", "CAST(strftime(f.date_lo, '%Y%m%d') AS INTEGER)"),
    ("MonthYear", "CAST(strftime(f.date_lo, '%Y%m') AS INTEGER)"), ("Year", "year(f.date_lo)"),
    ("FractionDate", "round(year(f.date_lo) + (dayofyear(f.date_lo) - 1) / 365.0, 4)"),
]
_GDELT_EVENT_TAIL = [
    ("IsRootEvent", "CASE WHEN f.seq = 0 THEN 1 ELSE 0 END"), ("EventCode", "f.cameo"),
    ("EventBaseCode", "left(f.cameo, 3)"), ("EventRootCode", "left(f.cameo, 2)"), ("QuadClass", "f.quad_class"),
    ("GoldsteinScale", "f.intensity"), ("NumMentions", "m.mentions"), ("NumSources", "m.n_sources"),
    ("NumArticles", "m.n_articles"), ("ActionGeo_Type", _GEO_TYPE), ("ActionGeo_FullName", "f.place_name"),
    ("ActionGeo_CountryCode", "f.place_country"), ("ActionGeo_Lat", "f.place_lat"),
    ("ActionGeo_Long", "f.place_lon"), ("ActionGeo_FeatureID", "CAST(f.place_geonameid AS VARCHAR)"),
    ("DATEADDED", "CAST(strftime(a.stored_at, '%Y%m%d%H%M%S') AS BIGINT)"), ("SOURCEURL", "a.url"),
    ("EventType", "f.type"), ("EventMode", "f.mode"), ("ClusterID", "f.cluster_id"), ("ArticleID", "f.article_id"),
    ("SpanStart", "f.span_start"), ("SpanEnd", "f.span_end"), ("Negated", "f.negated"),
    ("Hypothetical", "f.hypothetical"),
]
GDELT_EVENT = [
    *_GDELT_COMMON,
    ("Actor1Code", "src.ids"), ("Actor1Name", "upper(src.names)"), ("Actor1CountryCode", "src.countries"),
    ("Actor1Type1Code", "src.sectors"),
    ("Actor2Code", "tgt.ids"), ("Actor2Name", "upper(tgt.names)"), ("Actor2CountryCode", "tgt.countries"),
    ("Actor2Type1Code", "tgt.sectors"),
    *_GDELT_EVENT_TAIL,
]
GDELT_ACTOR = [
    *_GDELT_COMMON,
    ("ActorRole", "CASE x.role WHEN 'source' THEN 'Actor1' ELSE 'Actor2' END"), ("ActorPosition", "x.position"),
    ("ActorCode", "x.actor_id"), ("ActorName", "upper(x.name)"), ("ActorCountryCode", "x.country"),
    ("ActorType1Code", "x.sector"), ("ActorKind", "x.kind"),
    *_GDELT_EVENT_TAIL,
]

COLUMNS = {("plover", "event"): PLOVER_EVENT, ("plover", "event-actor"): PLOVER_ACTOR,
           ("gdelt", "event"): GDELT_EVENT, ("gdelt", "event-actor"): GDELT_ACTOR}


def export_sql(flt: Filters, *, rows: str = "event", columns: str = "plover",
               clusters: bool = False, limit: int | None = None) -> tuple[str, list[Any]]:
    if rows not in ROW_KINDS:
        raise ValueError(f"rows must be one of {', '.join(ROW_KINDS)}")
    if columns not in COLUMN_SETS:
        raise ValueError(f"columns must be one of {', '.join(COLUMN_SETS)}")
    where, params = flt.where("e")
    pick = ("QUALIFY row_number() OVER (PARTITION BY e.cluster_id ORDER BY e.date_lo, e.article_id, e.seq) = 1"
            if clusters else "")
    select = ",\n  ".join(f'{expr} AS "{name}"' for name, expr in COLUMNS[(columns, rows)])
    sql = _BASE.format(where=where, pick=pick)
    if rows == "event":
        sql += _SIDES + f"SELECT {select}" + _JOINS_EVENT
    else:
        sql += f"SELECT {select}" + _JOINS_ACTOR
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, int(limit)]
    return sql, params


def _jsonable(v: Any) -> Any:
    if isinstance(v, _dt.datetime | _dt.date):
        return v.isoformat()
    return v


#: Text cells that a spreadsheet would run as a formula (see ``dateline._output.csv_safe``): they start
#: with = + - @, a tab or a carriage return and are not a plain number. RE2 syntax (pyarrow.compute).
_FORMULA_RE = r"^[=+\-@\t\r]"
_NUMBER_RE = r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$"


def _csv_safe_batch(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Every text column of ``batch`` with formula-like cells prefixed by ``'`` (OWASP CSV injection)."""
    import pyarrow.compute as pc

    cols = []
    for col in batch.columns:
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            risky = pc.and_(pc.match_substring_regex(col, _FORMULA_RE),
                            pc.invert(pc.match_substring_regex(col, _NUMBER_RE)))
            col = pc.if_else(pc.fill_null(risky, False), pc.binary_join_element_wise("'", col, ""), col)
        cols.append(col)
    return pa.RecordBatch.from_arrays(cols, schema=batch.schema)


def _batches(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> pa.RecordBatchReader:
    cur = con.execute(sql, params)
    fn = getattr(cur, "to_arrow_reader", None) or cur.fetch_record_batch  # renamed in DuckDB 1.4
    return fn(50_000)


def _dicts(reader: pa.RecordBatchReader) -> Iterator[dict[str, Any]]:
    for batch in reader:
        for row in batch.to_pylist():
            yield {k: _jsonable(v) for k, v in row.items()}


def write_export(con: duckdb.DuckDBPyConnection, target: str | os.PathLike[str] | IO[str], fmt: str,
                 flt: Filters, *, rows: str = "event", columns: str = "plover", clusters: bool = False,
                 limit: int | None = None) -> dict[str, int]:
    """Write the export; returns ``{"rows": written, "skipped": rows without coordinates (GeoJSON)}``."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)}")
    sql, params = export_sql(flt, rows=rows, columns=columns, clusters=clusters, limit=limit)
    reader = _batches(con, sql, params)
    stats = {"rows": 0, "skipped": 0}
    if fmt == "parquet":
        import pyarrow.parquet as pq

        if not isinstance(target, str | os.PathLike):
            raise ValueError("Parquet needs a file path")
        with pq.ParquetWriter(os.fspath(target), reader.schema) as w:
            for batch in reader:
                w.write_batch(batch)
                stats["rows"] += batch.num_rows
        return stats
    if fmt == "csv":
        import pyarrow.csv as pacsv

        if isinstance(target, str | os.PathLike):
            with pacsv.CSVWriter(os.fspath(target), reader.schema) as w:
                for batch in reader:
                    w.write_batch(_csv_safe_batch(batch))
                    stats["rows"] += batch.num_rows
            if stats["rows"] == 0:  # CSVWriter writes the header lazily; make sure it is there
                with open(target, "rb") as fh:
                    if not fh.read(1):
                        with open(target, "w", encoding="utf-8") as out:
                            out.write(",".join(f'"{n}"' for n in reader.schema.names) + "\n")
            return stats
        import io

        buf = io.BytesIO()
        with pacsv.CSVWriter(buf, reader.schema) as w:
            for batch in reader:
                w.write_batch(_csv_safe_batch(batch))
                stats["rows"] += batch.num_rows
        target.write(buf.getvalue().decode("utf-8"))
        return stats
    with _text_out(target) as fh:
        if fmt == "jsonl":
            for row in _dicts(reader):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                stats["rows"] += 1
            return stats
        lat, lon = ("latitude", "longitude") if columns == "plover" else ("ActionGeo_Lat", "ActionGeo_Long")
        fh.write('{"type": "FeatureCollection", "features": [')
        first = True
        for row in _dicts(reader):
            if row.get(lat) is None or row.get(lon) is None:
                stats["skipped"] += 1
                continue
            feat = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [row[lon], row[lat]]},
                    "properties": row}
            fh.write(("\n" if first else ",\n") + json.dumps(feat, ensure_ascii=False))
            first = False
            stats["rows"] += 1
        fh.write("\n]}\n")
    return stats


class _text_out:
    def __init__(self, target: str | os.PathLike[str] | IO[str]) -> None:
        self.target = target
        self.fh: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if isinstance(self.target, str | os.PathLike):
            self.fh = open(self.target, "w", encoding="utf-8", newline="")
            return self.fh
        return self.target

    def __exit__(self, *exc: Any) -> None:
        if self.fh is not None:
            self.fh.close()
