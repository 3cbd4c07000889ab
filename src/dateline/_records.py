"""Typed records that dateline returns.

Every record that points into an article carries a ``span``: ``(start, end)``
character offsets (Python indices, end exclusive) into :attr:`Article.text`.
``to_dict()`` gives the shape documented in CONTRACT.md (``dateline/1``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "dateline/1"

Span = tuple[int, int]


_ISO_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ISO_WEEK = re.compile(r"^(\d{4}-W\d{2})")


def iso_event_date(value: str | None) -> str | None:
    """The contract form of an event date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-Www``).

    TimeML values carry more than an event date may: a part of day (``2022-02-04TAF``) keeps
    its day, a weekend (``2025-W11-WE``) its week; a decade (``199``) or a duration has no
    date of its own and gives None.
    """
    if not value:
        return None
    m = _ISO_WEEK.match(value)
    if m:
        return m.group(1)
    m = _ISO_DAY.match(value)
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [int(span[0]), int(span[1])]


@dataclass(slots=True)
class Actor:
    """A resolved participant, read from one mention in the article."""

    id: str | None
    name: str
    kind: str  # person | state | organization | igo | group | population
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    text: str = ""
    span: Span | None = None
    # Extensions (not in the v1 contract, but allowed by it)
    role: str | None = None
    resolved_by: str | None = None
    members: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "wikidata": self.wikidata,
            "text": self.text,
            "span": _span(self.span),
        }
        if self.role:
            d["role"] = self.role
        if self.resolved_by:
            d["resolved_by"] = self.resolved_by
        return d

    def key(self) -> str:
        """Identity of the actor independent of the mention (for dedup and grouping)."""
        return self.id or f"{self.kind}:{self.country or '-'}:{self.sector or '-'}:{self.name.lower()}"


@dataclass(slots=True)
class Place:
    text: str
    span: Span
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": _span(self.span),
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "feature": self.feature,
        }


@dataclass(slots=True)
class Time:
    text: str
    span: Span
    value: str | None
    grain: str | None
    # Extension: for ranges and anchored durations
    end: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "span": _span(self.span),
            "value": self.value,
            "grain": self.grain,
        }
        if self.end is not None:
            d["end"] = self.end
        return d


@dataclass(slots=True)
class Amount:
    text: str
    span: Span
    value: float | int
    unit: str | None
    kind: str  # money | count | killed | injured | arrested
    year: str | None = None
    approximate: bool = False

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "span": _span(self.span),
            "value": self.value,
            "unit": self.unit,
            "kind": self.kind,
            "year": self.year,
        }
        if self.approximate:
            d["approximate"] = True
        return d


@dataclass(slots=True)
class Quote:
    text: str
    span: Span
    speaker: Actor | None
    speaker_span: Span | None
    cue: str | None
    kind: str  # direct | partial | indirect
    cue_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "span": _span(self.span),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_span": _span(self.speaker_span),
            "cue": self.cue,
            "kind": self.kind,
        }
        if self.cue_span is not None:
            d["cue_span"] = _span(self.cue_span)
        return d


@dataclass(slots=True)
class Trigger:
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": _span(self.span)}


@dataclass(slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    context: list[str]
    cameo: str | None
    quad_class: int
    intensity: float
    sources: list[Actor]
    targets: list[Actor]
    date: str | None
    location: Place | None
    negated: bool
    hypothetical: bool
    sentence: str
    span: Span
    trigger: Trigger
    confidence: float
    evidence: str
    # Extensions
    date_source: str | None = None  # "text", "context", "offset" or "article" (docs/events.md, "Event dates")
    size: dict[str, int] = field(default_factory=dict)  # PLOVER size fields: killed, injured, arrested

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "intensity": self.intensity,
            "sources": [a.to_dict() for a in self.sources],
            "targets": [a.to_dict() for a in self.targets],
            "date": self.date,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "sentence": self.sentence,
            "span": _span(self.span),
            "trigger": self.trigger.to_dict(),
            "confidence": round(float(self.confidence), 3),
            "evidence": self.evidence,
        }
        if self.date_source:
            d["date_source"] = self.date_source
        if self.size:
            d["size"] = dict(self.size)
        return d


@dataclass(slots=True)
class Article:
    """One coded article. Owns ``text``; every annotation is a span into it."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    coder: dict[str, str] = field(default_factory=dict)
    origin: str | None = None  # where the record was read from (file:line)
    warnings: list[str] = field(default_factory=list)  # non-fatal problems (a layer that failed)

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": SCHEMA,
            "id": self.id,
            "date": self.date,
            "title": self.title,
            "text": self.text,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "actors": [a.to_dict() for a in self.actors],
            "times": [t.to_dict() for t in self.times],
            "amounts": [a.to_dict() for a in self.amounts],
            "places": [p.to_dict() for p in self.places],
            "errors": list(self.errors),
            "coder": dict(self.coder),
        }
        if self.warnings:
            d["warnings"] = list(self.warnings)
        for k in ("url", "source", "language", "origin"):
            v = getattr(self, k)
            if v is not None:
                d[k] = v
        return d
