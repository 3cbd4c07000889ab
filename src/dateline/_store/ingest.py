"""Turning coded articles (``Article`` or its ``to_dict()``) into rows of the store's tables."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from .._records import Actor, Article
from .dedup import date_interval, keys_json, mention_cluster_id, partition_key
from .schema import TABLES, arrow_schema

ArticleLike = Article | dict[str, Any]


def as_dict(article: ArticleLike) -> dict[str, Any]:
    if isinstance(article, Article):
        return article.to_dict()
    if isinstance(article, dict):
        if "id" not in article or "text" not in article:
            raise ValueError("an article dict needs at least 'id' and 'text' (the shape of Article.to_dict())")
        return article
    raise TypeError(f"expected an Article or its to_dict(), got {type(article).__name__}")


def text_hash(text: str | None) -> str:
    return hashlib.sha256((text or "").encode("utf-8", "surrogatepass")).hexdigest()[:32]


def coder_signature(coder: dict[str, Any] | None) -> str:
    """A short hash of everything that identifies the coder (version, model, kb, layers)."""
    raw = json.dumps(coder or {}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def actor_key(a: dict[str, Any]) -> str:
    """``Actor.key()`` of an actor dict (kept in step with the record class by calling it)."""
    return Actor(id=a.get("id"), name=a.get("name") or "", kind=a.get("kind") or "",
                 country=a.get("country"), sector=a.get("sector")).key()


def _span(s: Any) -> tuple[int | None, int | None]:
    if s is None:
        return None, None
    return int(s[0]), int(s[1])


def _date(value: str | None) -> _dt.date | None:
    lo, _, grain = date_interval(value)
    return lo if grain == "day" else None


class RowBuffer:
    """Column lists for every table, filled article by article, turned into Arrow tables."""

    def __init__(self) -> None:
        # article id -> that article's rows per table. An article enters in one dict assignment,
        # so an interrupt (Ctrl-C) while rows are being built never leaves half an article here.
        self.items: dict[str, dict[str, list[dict[str, Any]]]] = {}

    def __len__(self) -> int:
        return len(self.items)

    @property
    def ids(self) -> list[str]:
        return list(self.items)

    @property
    def rows(self) -> dict[str, list[dict[str, Any]]]:
        return {t: [r for item in self.items.values() for r in item[t]] for t in TABLES}

    def add(self, article: ArticleLike, stored_at: _dt.datetime | None = None) -> None:
        d = as_dict(article)
        aid = str(d["id"])
        rows = self._rows = {t: [] for t in TABLES}
        self._build(aid, d, stored_at)
        self.items[aid] = rows  # the same id twice in one batch: the later one wins

    def _build(self, aid: str, d: dict[str, Any], stored_at: _dt.datetime | None) -> None:
        coder = d.get("coder") or {}
        doc = {k: v for k, v in d.items() if k != "text"}
        art_date = _date(d.get("date"))
        self._rows["articles"].append({
            "article_id": aid, "date": art_date, "date_text": d.get("date"), "title": d.get("title"),
            "url": d.get("url"), "source": d.get("source"), "language": d.get("language"),
            "origin": d.get("origin"), "text": d["text"], "text_hash": text_hash(d["text"]),
            "coder_version": coder.get("version"), "coder_model": coder.get("model"), "coder_kb": coder.get("kb"),
            "coder_layers": coder.get("layers"), "coder_sig": coder_signature(coder),
            "errors": [str(e) for e in d.get("errors") or []], "warnings": [str(w) for w in d.get("warnings") or []],
            "n_events": len(d.get("events") or []), "doc": json.dumps(doc, ensure_ascii=False),
            "stored_at": stored_at or _dt.datetime.now(),
        })
        for seq, e in enumerate(d.get("events") or []):
            self._event(aid, seq, e, d, art_date, coder.get("version"))
        for seq, a in enumerate(d.get("actors") or []):
            s, t = _span(a.get("span"))
            self._rows["actors"].append({
                "article_id": aid, "seq": seq, "actor_key": actor_key(a), "actor_id": a.get("id"),
                "name": a.get("name"), "kind": a.get("kind"), "country": a.get("country"), "sector": a.get("sector"),
                "wikidata": a.get("wikidata"), "text": a.get("text"), "span_start": s, "span_end": t,
                "role": a.get("role"), "resolved_by": a.get("resolved_by"),
            })
        for seq, q in enumerate(d.get("quotes") or []):
            sp = q.get("speaker") or None
            s, t = _span(q.get("span"))
            ss, st = _span(q.get("speaker_span"))
            cs, ct = _span(q.get("cue_span"))
            self._rows["quotes"].append({
                "article_id": aid, "seq": seq, "text": q.get("text"), "span_start": s, "span_end": t,
                "kind": q.get("kind"), "cue": q.get("cue"), "cue_start": cs, "cue_end": ct,
                "speaker_key": actor_key(sp) if sp else None, "speaker_id": (sp or {}).get("id"),
                "speaker_name": (sp or {}).get("name"), "speaker_kind": (sp or {}).get("kind"),
                "speaker_country": (sp or {}).get("country"), "speaker_sector": (sp or {}).get("sector"),
                "speaker_start": ss, "speaker_end": st,
            })
        for seq, tm in enumerate(d.get("times") or []):
            s, t = _span(tm.get("span"))
            self._rows["times"].append({
                "article_id": aid, "seq": seq, "text": tm.get("text"), "span_start": s, "span_end": t,
                "value": tm.get("value"), "grain": tm.get("grain"), "end_value": tm.get("end"),
            })
        for seq, am in enumerate(d.get("amounts") or []):
            s, t = _span(am.get("span"))
            val = am.get("value")
            self._rows["amounts"].append({
                "article_id": aid, "seq": seq, "text": am.get("text"), "span_start": s, "span_end": t,
                "value": float(val) if val is not None else None, "unit": am.get("unit"), "kind": am.get("kind"),
                "year": None if am.get("year") is None else str(am.get("year")),
                "approximate": bool(am.get("approximate", False)),
            })
        for seq, pl in enumerate(d.get("places") or []):
            s, t = _span(pl.get("span"))
            self._rows["places"].append({
                "article_id": aid, "seq": seq, "text": pl.get("text"), "span_start": s, "span_end": t,
                "name": pl.get("name"), "country": pl.get("country"), "lat": pl.get("lat"), "lon": pl.get("lon"),
                "geonameid": pl.get("geonameid"), "feature": pl.get("feature"),
            })

    def _event(self, aid: str, seq: int, e: dict[str, Any], d: dict[str, Any], art_date: _dt.date | None,
               coder_version: str | None) -> None:
        lo, hi, grain = date_interval(e.get("date"))
        date_source = e.get("date_source")
        if lo is None and art_date is not None:
            lo, hi, grain = art_date, art_date, "article"
            date_source = date_source or "article"
        loc = e.get("location") or {}
        ls, lt = _span(loc.get("span"))
        s, t = _span(e.get("span"))
        trig = e.get("trigger") or {}
        ts, tt = _span(trig.get("span"))
        src = [actor_key(a) for a in e.get("sources") or []]
        tgt = [actor_key(a) for a in e.get("targets") or []]
        sk, tk = keys_json(src), keys_json(tgt)
        flagged = bool(e.get("negated")) or bool(e.get("hypothetical"))
        eid = None if e.get("id") is None else str(e.get("id"))
        self._rows["events"].append({
            "article_id": aid, "seq": seq, "event_id": eid, "type": e.get("type"), "mode": e.get("mode"),
            "context": [str(c) for c in e.get("context") or []], "cameo": e.get("cameo"),
            "quad_class": e.get("quad_class"), "intensity": e.get("intensity"), "date_text": e.get("date"),
            "date_grain": grain, "date_lo": lo, "date_hi": hi, "date_source": date_source,
            "negated": bool(e.get("negated")), "hypothetical": bool(e.get("hypothetical")),
            "sentence": e.get("sentence"), "span_start": s, "span_end": t, "trigger_text": trig.get("text"),
            "trigger_start": ts, "trigger_end": tt, "confidence": e.get("confidence"), "evidence": e.get("evidence"),
            "place_text": loc.get("text"), "place_name": loc.get("name"), "place_country": loc.get("country"),
            "place_lat": loc.get("lat"), "place_lon": loc.get("lon"), "place_geonameid": loc.get("geonameid"),
            "place_feature": loc.get("feature"), "place_start": ls, "place_end": lt,
            "size": json.dumps(e["size"]) if e.get("size") else None, "source_keys": sk, "target_keys": tk,
            "coder_version": coder_version, "partition_key": partition_key(str(e.get("type")), flagged, sk, tk),
            "cluster_id": mention_cluster_id(aid, eid, seq),
        })
        for role, actors in (("source", e.get("sources") or []), ("target", e.get("targets") or [])):
            for pos, a in enumerate(actors):
                s2, t2 = _span(a.get("span"))
                self._rows["event_actors"].append({
                    "article_id": aid, "seq": seq, "role": role, "position": pos, "actor_key": actor_key(a),
                    "actor_id": a.get("id"), "name": a.get("name"), "kind": a.get("kind"),
                    "country": a.get("country"), "sector": a.get("sector"), "wikidata": a.get("wikidata"),
                    "text": a.get("text"), "span_start": s2, "span_end": t2,
                })

    def tables(self) -> dict[str, pa.Table]:
        return {t: pa.Table.from_pylist(rows, schema=arrow_schema(t)) for t, rows in self.rows.items()}

    _rows: dict[str, list[dict[str, Any]]]


def buffer_of(articles: Iterable[ArticleLike]) -> RowBuffer:
    buf = RowBuffer()
    for a in articles:
        buf.add(a)
    return buf
