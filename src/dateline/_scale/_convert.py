"""Articles <-> plain dicts and Parquet rows, so that coded shards can be read back.

``article_from_dict`` is the inverse of :meth:`Article.to_dict` for every field of the
contract and the known extensions; keys this module does not know are kept in the row's
JSON (the Parquet ``article`` column) even if the rebuilt :class:`Article` cannot hold them.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields as dc_fields
from pathlib import Path
from typing import Any

from .._records import Actor, Amount, Article, Event, Place, Quote, Time, Trigger

#: Flat columns of a shard row (besides ``article``, the full JSON, and ``seq``).
FLAT_COLUMNS: tuple[str, ...] = (
    "id", "date", "title", "url", "source", "n_events", "n_quotes", "n_actors", "n_times",
    "n_amounts", "n_places", "n_errors", "errors", "n_chars",
)


def _span(v: Any) -> tuple[int, int] | None:
    return None if v is None else (int(v[0]), int(v[1]))


_FIELDS: dict[type, frozenset[str]] = {}


def _known(cls: type, d: Mapping[str, Any]) -> dict[str, Any]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = frozenset(f.name for f in dc_fields(cls))
    return {k: v for k, v in d.items() if k in names}


def actor_from_dict(d: Mapping[str, Any]) -> Actor:
    kw = _known(Actor, d)
    kw["span"] = _span(d.get("span"))
    if "members" in kw:
        kw["members"] = tuple(kw["members"])
    return Actor(**kw)


def place_from_dict(d: Mapping[str, Any]) -> Place:
    kw = _known(Place, d)
    kw["span"] = _span(d.get("span"))
    return Place(**kw)


def _simple(cls: type, d: Mapping[str, Any], *span_keys: str) -> Any:
    kw = _known(cls, d)
    for k in ("span", *span_keys):
        if k in kw:
            kw[k] = _span(kw[k])
    return cls(**kw)


def quote_from_dict(d: Mapping[str, Any]) -> Quote:
    kw = _known(Quote, d)
    kw["span"] = _span(d.get("span"))
    kw["speaker_span"] = _span(d.get("speaker_span"))
    if kw.get("cue_span") is not None:
        kw["cue_span"] = _span(kw["cue_span"])
    kw["speaker"] = actor_from_dict(d["speaker"]) if d.get("speaker") else None
    return Quote(**kw)


def event_from_dict(d: Mapping[str, Any]) -> Event:
    kw = _known(Event, d)
    kw["span"] = _span(d.get("span"))
    kw["sources"] = [actor_from_dict(a) for a in d.get("sources") or ()]
    kw["targets"] = [actor_from_dict(a) for a in d.get("targets") or ()]
    kw["location"] = place_from_dict(d["location"]) if d.get("location") else None
    trig = d.get("trigger") or {"text": "", "span": [0, 0]}
    kw["trigger"] = Trigger(text=trig.get("text", ""), span=_span(trig.get("span")) or (0, 0))
    kw["context"] = list(d.get("context") or ())
    kw["size"] = dict(d.get("size") or {})
    return Event(**kw)


def article_from_dict(d: Mapping[str, Any]) -> Article:
    """Rebuild an :class:`Article` from :meth:`Article.to_dict` output (or a shard's JSON)."""
    return Article(
        id=d["id"],
        text=d.get("text") or "",
        date=d.get("date"),
        title=d.get("title"),
        url=d.get("url"),
        source=d.get("source"),
        language=d.get("language"),
        events=[event_from_dict(e) for e in d.get("events") or ()],
        quotes=[quote_from_dict(q) for q in d.get("quotes") or ()],
        actors=[actor_from_dict(a) for a in d.get("actors") or ()],
        times=[_simple(Time, t) for t in d.get("times") or ()],
        amounts=[_simple(Amount, a) for a in d.get("amounts") or ()],
        places=[place_from_dict(p) for p in d.get("places") or ()],
        errors=list(d.get("errors") or ()),
        coder=dict(d.get("coder") or {}),
        origin=d.get("origin"),
        warnings=list(d.get("warnings") or ()),
    )


def shard_row(seq: int, d: Mapping[str, Any]) -> dict[str, Any]:
    """One Parquet row: the article JSON plus flat columns for queries without parsing JSON."""
    errors = list(d.get("errors") or ())
    return {
        "seq": seq,
        "id": d["id"],
        "date": d.get("date"),
        "title": d.get("title"),
        "url": d.get("url"),
        "source": d.get("source"),
        "n_events": len(d.get("events") or ()),
        "n_quotes": len(d.get("quotes") or ()),
        "n_actors": len(d.get("actors") or ()),
        "n_times": len(d.get("times") or ()),
        "n_amounts": len(d.get("amounts") or ()),
        "n_places": len(d.get("places") or ()),
        "n_errors": len(errors),
        "errors": "; ".join(errors) or None,
        "n_chars": len(d.get("text") or ""),
        "article": json.dumps(d, ensure_ascii=False),
    }


def _schema() -> Any:
    import pyarrow as pa

    s, i = pa.string(), pa.int32()
    return pa.schema([
        ("seq", pa.int64()), ("id", s), ("date", s), ("title", s), ("url", s), ("source", s),
        ("n_events", i), ("n_quotes", i), ("n_actors", i), ("n_times", i), ("n_amounts", i),
        ("n_places", i), ("n_errors", i), ("errors", s), ("n_chars", pa.int64()), ("article", s),
    ], metadata={b"dateline.shard": b"1"})


def shard_bytes(articles: Iterable[Article | Mapping[str, Any]], meta: Mapping[str, str] | None = None) -> bytes:
    """A whole shard as Parquet bytes (zstd), rows in input order."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [shard_row(i, a.to_dict() if isinstance(a, Article) else a) for i, a in enumerate(articles)]
    schema = _schema()
    if meta:
        schema = schema.with_metadata({**(schema.metadata or {}), **{k.encode(): v.encode() for k, v in meta.items()}})
    table = pa.Table.from_pylist(rows, schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a temporary name next to ``path``, fsync, then rename into place."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def read_shard(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The article dicts of one shard file, in input order."""
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["seq", "article"])
    seqs = table.column("seq").to_pylist()
    arts = table.column("article").to_pylist()
    for _, js in sorted(zip(seqs, arts, strict=True), key=lambda x: x[0]):
        yield json.loads(js)
