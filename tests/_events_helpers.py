"""Shared by the events tests: code a hand-written sentence with hand-built actor mentions.

Every occurrence of a name in ``known`` becomes a mention, so a test is about the events
layer's own logic and not about the actors layer.
"""

from __future__ import annotations

from collections.abc import Mapping

from dateline._events import EventsLayer
from dateline._pipeline import Context, Settings
from dateline._records import Actor, Article, Event
from dateline._textprep import prepare

#: name -> (id, country, kind)
Known = Mapping[str, tuple[str, str | None, str]]


def hand_mentions(text: str, known: Known, *, name_is_id: bool = True,
                  extra: Mapping[tuple[int, int], tuple[str, str | None, str]] | None = None) -> list[Actor]:
    mentions = []
    for name, (aid, country, kind) in known.items():
        start = 0
        while (i := text.find(name, start)) >= 0:
            mentions.append(Actor(id=aid, name=aid if name_is_id else name, kind=kind, country=country,
                                  text=name, span=(i, i + len(name))))
            start = i + len(name)
    for span, (aid, country, kind) in (extra or {}).items():
        mentions.append(Actor(id=aid, name=aid, kind=kind, country=country, text=text[span[0]:span[1]], span=span))
    return sorted(mentions, key=lambda a: a.span or (0, 0))


def code_events(nlp, layer: EventsLayer, text: str, known: Known, date: str, *, article_id: str = "t",
                name_is_id: bool = True,
                extra: Mapping[tuple[int, int], tuple[str, str | None, str]] | None = None) -> list[Event]:
    art = Article(id=article_id, text=text, date=date)
    prep = prepare(text)
    ctx = Context(art, prep, nlp(prep.clean), Settings())
    ctx.state["actor_mentions"] = hand_mentions(text, known, name_is_id=name_is_id, extra=extra)
    layer(ctx)
    return art.events


def event_tuples(events: list[Event]) -> set[tuple]:
    """(type, source countries or ids, target countries or ids, negated, hypothetical) of each event."""
    return {(e.type, tuple(sorted(a.country or a.id for a in e.sources)),
             tuple(sorted(a.country or a.id for a in e.targets)), e.negated, e.hypothetical) for e in events}


def event_types(events: list[Event], flagged: bool = False) -> set[str]:
    """The types of the asserted events (with ``flagged``, of the negated and hypothetical ones too)."""
    return {e.type for e in events if flagged or not (e.negated or e.hypothetical)}
