"""Writers for coded articles: JSON Lines, a JSON array, and flat CSV / Parquet tables."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

from ._records import Article

FORMATS = ("jsonl", "json", "csv", "parquet")
TABLES = ("events", "quotes", "actors", "articles")


#: First characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a cell as a
#: formula: OWASP's CSV-injection list (= + - @, tab, carriage return).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: A plain number ("-3", "+1.5", "-2e-3") is left as it is: it is data, not a formula.
_NUMBER_RE = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def csv_safe(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula (OWASP "CSV injection" advice).

    A text cell that starts with ``= + - @``, a tab or a carriage return, and is not a plain number,
    gets a leading ``'``: spreadsheets show it as text. Article text is written by strangers, so
    every CSV dateline writes (``code --format csv``, ``query``/``export``/``dyad``/``network``/
    ``quotes`` CSV, the web API's CSV twins) passes through here. Other values are returned as they are.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER_RE.fullmatch(value):
        return "'" + value
    return value


def csv_safe_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """:func:`csv_safe` on every cell of a row."""
    return {k: csv_safe(v) for k, v in row.items()}


#: Output extensions of formats dateline does not write: JSON Lines or CSV under such a name is a trap.
FOREIGN_OUTPUT = (".xlsx", ".xls", ".ods", ".tsv", ".xml", ".html", ".htm", ".db", ".duckdb", ".sqlite", ".zip", ".bz2",
                  ".xz")


def output_problem(output: str, formats: str, names: str, explicit: bool = False) -> str | None:
    """What is wrong with ``--output PATH`` before anything is written (None when nothing is):
    a folder that does not exist, a path that may not be written, a name that promises a format
    dateline does not write (unless the format was given ``explicit``-ly)."""
    import os
    from pathlib import Path

    p = Path(output)
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        return f"--output {output}: the folder {parent} does not exist; create it first (mkdir -p {parent})"
    if not os.access(parent, os.W_OK) or (p.exists() and not os.access(p, os.W_OK)):
        return f"--output {output}: you may not write there; choose another path"
    suffixes = {p.suffix.lower(), p.with_suffix("").suffix.lower() if p.suffix.lower() in (".gz", ".gzip") else ""}
    foreign = sorted(x for x in suffixes if x in FOREIGN_OUTPUT)
    if foreign and not explicit:
        return f"--output {output}: dateline writes {formats} here, not {foreign[0]}; name the file {names}"
    return None


def _names(actors: list[dict[str, Any]], key: str) -> str:
    return ";".join(str(a.get(key) or "") for a in actors)


def rows(article: dict[str, Any], table: str) -> Iterator[dict[str, Any]]:
    """Flat rows of one article dict (``Article.to_dict()``) for a table."""
    base = {"article_id": article["id"], "article_date": article["date"]}
    if table == "articles":
        yield {**base, "title": article.get("title"), "n_events": len(article["events"]),
               "n_quotes": len(article["quotes"]), "n_actors": len(article["actors"]),
               "errors": "; ".join(article["errors"]), "text": article["text"]}
    elif table == "events":
        for e in article["events"]:
            loc = e.get("location") or {}
            yield {**base, "event_id": e["id"], "type": e["type"], "mode": e["mode"],
                   "context": ";".join(e["context"]), "cameo": e["cameo"], "quad_class": e["quad_class"],
                   "intensity": e["intensity"], "date": e["date"],
                   "source_names": _names(e["sources"], "name"), "source_ids": _names(e["sources"], "id"),
                   "source_countries": _names(e["sources"], "country"), "source_sectors": _names(e["sources"], "sector"),
                   "target_names": _names(e["targets"], "name"), "target_ids": _names(e["targets"], "id"),
                   "target_countries": _names(e["targets"], "country"), "target_sectors": _names(e["targets"], "sector"),
                   "location": loc.get("name"), "location_country": loc.get("country"),
                   "lat": loc.get("lat"), "lon": loc.get("lon"),
                   "negated": e["negated"], "hypothetical": e["hypothetical"], "confidence": e["confidence"],
                   "trigger": e["trigger"]["text"], "span_start": e["span"][0], "span_end": e["span"][1],
                   "sentence": e["sentence"], "evidence": e["evidence"]}
    elif table == "quotes":
        for q in article["quotes"]:
            sp = q.get("speaker") or {}
            yield {**base, "kind": q["kind"], "text": q["text"], "span_start": q["span"][0], "span_end": q["span"][1],
                   "speaker_id": sp.get("id"), "speaker_name": sp.get("name"), "speaker_country": sp.get("country"),
                   "cue": q.get("cue")}
    elif table == "actors":
        for a in article["actors"]:
            yield {**base, "id": a["id"], "name": a["name"], "kind": a["kind"], "country": a["country"],
                   "sector": a["sector"], "wikidata": a["wikidata"], "text": a["text"],
                   "span_start": (a["span"] or [None, None])[0], "span_end": (a["span"] or [None, None])[1]}
    else:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")


def write_jsonl(articles: Iterable[Article], fh: IO[str]) -> Iterator[Article]:
    for art in articles:
        fh.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
        fh.flush()
        yield art


def write_json(articles: Iterable[Article], fh: IO[str]) -> Iterator[Article]:
    fh.write("[")
    first = True
    for art in articles:
        fh.write(("\n" if first else ",\n") + json.dumps(art.to_dict(), ensure_ascii=False))
        first = False
        yield art
    fh.write("\n]\n")


def write_csv(articles: Iterable[Article], fh: IO[str], table: str = "events") -> Iterator[Article]:
    writer: csv.DictWriter[str] | None = None
    for art in articles:
        for row in rows(art.to_dict(), table):
            if writer is None:
                writer = csv.DictWriter(fh, fieldnames=list(row), extrasaction="ignore")
                writer.writeheader()
            writer.writerow(csv_safe_row(row))
        yield art
    if writer is None:  # still write a header so the file reads back
        sample = _empty_header(table)
        csv.DictWriter(fh, fieldnames=sample).writeheader()


def _empty_header(table: str) -> list[str]:
    fake: dict[str, Any] = {"id": "", "date": None, "title": None, "text": "", "errors": [], "events": [], "quotes": [], "actors": [],
            "times": [], "amounts": [], "places": []}
    if table == "articles":
        return list(next(rows(fake, table)))
    one = {"events": {"id": "", "type": "", "mode": None, "context": [], "cameo": None, "quad_class": 1, "intensity": 0,
                      "date": None, "sources": [], "targets": [], "location": None, "negated": False,
                      "hypothetical": False, "confidence": 0, "trigger": {"text": ""}, "span": [0, 0],
                      "sentence": "", "evidence": ""},
           "quotes": {"kind": "", "text": "", "span": [0, 0], "speaker": None, "cue": None},
           "actors": {"id": "", "name": "", "kind": "", "country": None, "sector": None, "wikidata": None, "text": "",
                      "span": [0, 0]}}[table]
    return list(next(rows({**fake, table: [one]}, table)))


def write_parquet(articles: Iterable[Article], path: str, table: str = "events") -> Iterator[Article]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out: list[dict[str, Any]] = []
    for art in articles:
        out.extend(rows(art.to_dict(), table))
        yield art
    names = list(out[0]) if out else _empty_header(table)
    cols = {n: [r.get(n) for r in out] for n in names}
    tbl = pa.table({n: pa.array(v, type=pa.string() if all(x is None for x in v) else None) for n, v in cols.items()})
    pq.write_table(tbl, path)


def to_csv_string(articles: Iterable[Article], table: str = "events") -> str:
    buf = io.StringIO()
    for _ in write_csv(articles, buf, table):
        pass
    return buf.getvalue()
