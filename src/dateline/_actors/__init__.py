"""The actors layer: every actor mention found and resolved against the knowledge base.

Public API for other code:

- :func:`load_kb` -> :class:`KB` (cached): ``ids_for(name)``, ``lookup(name, date)``,
  ``office_holder(country, role, date)``, ``members_of(org, date)``, ``actor(id, date)``.
- :class:`ActorsLayer` (layer name ``actors``): fills ``article.actors`` and
  ``ctx.state["actor_mentions"]`` (all mentions, pronouns included, sorted by span).
- :func:`resolve_doc` -> list of Actor mentions for a spaCy doc (without a pipeline).
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from .._records import Actor
from .kb import KB, KBError, build_kb, load_kb, norm_words
from .resolve import Resolver

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .._pipeline import Context, Settings

__all__ = ["KB", "KBError", "ActorsLayer", "build_kb", "load_kb", "norm_words", "resolve_doc"]


def resolve_doc(doc: Doc, date: _dt.date | str | None = None, kb: KB | None = None) -> list[Actor]:
    """All actor mentions of ``doc`` (offsets in the doc's own text), sorted by span."""
    kb = kb or load_kb()
    d = date.isoformat() if isinstance(date, _dt.date) else date
    out: list[Actor] = []
    for men in Resolver(kb, doc, d).build():
        s, e = doc[men.start].idx, doc[men.end - 1].idx + len(doc[men.end - 1])
        for a in men.actors:
            a.text, a.span = doc.text[s:e], (s, e)
            out.append(a)
    out.sort(key=lambda a: (a.span or (0, 0)))
    return out


class ActorsLayer:
    name = "actors"
    version = "v1"
    assigns: tuple[str, ...] = ("actors", "actor_mentions")
    requires: tuple[str, ...] = ()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.kb = load_kb(settings.kb_extra)
        self.kb_version = self.kb.version

    def __call__(self, ctx: Context) -> None:
        doc = ctx.doc
        date = ctx.date.isoformat() if ctx.date else None
        places: list[tuple[int, str]] = []
        for p in ctx.article.places:  # the places layer, when it ran before this one
            if p.country and p.span:
                sp = ctx.char_span(p.span)
                if sp is not None and len(sp):
                    places.append((sp.start, p.country))
        mentions = Resolver(self.kb, doc, date, places=places).build()
        all_mentions: list[Actor] = []
        listed: list[Actor] = []
        seen: set[tuple[tuple[int, int], str]] = set()
        for men in mentions:
            tok_s, tok_e = doc[men.start], doc[men.end - 1]
            span = ctx.span((tok_s.idx, tok_e.idx + len(tok_e)))
            text = ctx.slice(span)
            for a in men.actors:
                a = _with_mention(a, text, span)
                all_mentions.append(a)
                key = (span, a.key())
                if men.listed and key not in seen:
                    seen.add(key)
                    listed.append(a)
        all_mentions.sort(key=lambda a: a.span or (0, 0))
        listed.sort(key=lambda a: a.span or (0, 0))
        ctx.article.actors.extend(listed)
        ctx.state["actor_mentions"] = all_mentions


def _with_mention(a: Actor, text: str, span: tuple[int, int]) -> Actor:
    return Actor(id=a.id, name=a.name, kind=a.kind, country=a.country, sector=a.sector, wikidata=a.wikidata,
                 text=text, span=span, role=a.role, resolved_by=a.resolved_by, members=a.members)
