"""The events layer: PLOVER events with their actors, date, place and evidence.

See docs/events.md. Patterns live in ``dateline/data/events/patterns.yaml`` (extend with
``Settings.extra["event_patterns"]`` or ``DATELINE_EVENT_PATTERNS``); the ontology in
``dateline/data/plover/ontology.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._records import Actor
from .arguments import ArgumentChooser, arguments_from_settings
from .coder import ActorIndex, Coder, Debug
from .filter import EventFilter, filter_from_settings
from .generator import generator_from_settings
from .ontology import PLOVER_TYPES, Ontology, load_ontology
from .patterns import PatternSet, load_patterns, user_pattern_paths

if TYPE_CHECKING:
    from .._pipeline import Context, Settings

__all__ = ["EventsLayer", "PLOVER_TYPES", "Ontology", "PatternSet", "load_ontology", "load_patterns", "code_events"]

_FALLBACK_LABELS = {"GPE": "state", "NORP": "state", "ORG": "organization", "PERSON": "person"}


def _fallback_mentions(ctx: Context) -> list[Actor]:
    """Only when no actors layer ran: named entities as unresolved actors (no country, no id)."""
    out = []
    for ent in ctx.doc.ents:
        kind = _FALLBACK_LABELS.get(ent.label_)
        if kind:
            span = ctx.span(ent)
            out.append(Actor(id=None, name=ent.text, kind=kind, text=ctx.slice(span), span=span,
                             resolved_by="events-fallback-ner"))
    return out


def code_events(ctx: Context, coder: Coder) -> list[Debug]:
    """Code every sentence of ``ctx.doc``; returns the events with their debug facts."""
    if "actor_mentions" in ctx.state:
        mentions = ActorIndex(ctx, list(ctx.state["actor_mentions"]), fallback=False)
    else:
        mentions = ActorIndex(ctx, _fallback_mentions(ctx), fallback=True)
    mentions.relational = coder.p.relational_nouns
    out: list[Debug] = []
    for sent in ctx.doc.sents:
        found = coder.code_sentence(ctx, sent, mentions)
        # one record per (type, sources, targets, flags) in a sentence: keep the most confident
        best: dict[tuple, Debug] = {}
        for d in found:
            e = d.event
            if e.confidence < coder.p.min_confidence:
                continue  # too weak to report (patterns.yaml `min_confidence`)
            k = (e.type, tuple(sorted(a.key() for a in e.sources)), tuple(sorted(a.key() for a in e.targets)), e.negated, e.hypothetical)
            if k not in best or (d.event.confidence, -d.depth) > (best[k].event.confidence, -best[k].depth):
                best[k] = d
        out.extend(sorted(best.values(), key=lambda d: d.event.trigger.span))
    ctx.state["event_actor_index"] = mentions  # for the argument chooser (EventsLayer)
    return out


def _drop_vague_addressees(debug: list[Debug], vague: frozenset[str], required: frozenset[str] = frozenset()) -> None:
    """Drop from each event's targets the actors that name no recipient (``vague``: actor ids,
    patterns.yaml ``vague_addressees``): "urged the international community to act" is aimed at
    no one (gold: targets []). An event of a type the coder keeps only with a target (``required``,
    patterns.yaml ``target_required``: TYPE or TYPE/mode) left with none is pending, as the coder
    would have made it ("criticized the international community for its silence" is dropped like
    "criticized the silence")."""
    if not vague:
        return
    for d in debug:
        if any(a.id in vague for a in d.event.targets):
            d.event.targets = [a for a in d.event.targets if a.id not in vague]
            d.event.evidence = f"{d.event.evidence}; a vague addressee is no target"
            if not d.event.targets and (d.event.type in required or f"{d.event.type}/{d.event.mode}" in required):
                d.pending = True


class EventsLayer:
    name = "events"
    version = "v1"
    assigns: tuple[str, ...] = ("events",)
    requires: tuple[str, ...] = ()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ontology = load_ontology()
        self.patterns = load_patterns(user_pattern_paths(settings.extra.get("event_patterns")))
        self.coder = Coder(self.ontology, self.patterns)
        # the trained trigger classifier (docs/events.md, "Candidate generator"); None when off
        self.coder.generator = generator_from_settings(settings.extra)
        # the trained candidate filter (docs/events.md, "Candidate filter"); None when off
        self.filter: EventFilter | None = filter_from_settings(settings.extra, self.coder.speech)
        # the trained argument chooser (docs/events.md, "Argument chooser"); None when off
        self.arguments: ArgumentChooser | None = arguments_from_settings(settings.extra)
        self.kb_version = ""

    def __call__(self, ctx: Context) -> None:
        debug = code_events(ctx, self.coder)
        from .discourse import HOME_AGENT, apply_discourse  # article-level targets (docs/events.md, "Discourse targets")

        apply_discourse(ctx, debug)
        if self.arguments is not None:  # the trained argument chooser (docs/events.md, "Argument chooser")
            self.arguments.article(ctx, debug, ctx.state["event_actor_index"])
        # "called on the international community to act" names no recipient (patterns.yaml
        # `vague_addressees`); dropped after the discourse rules, which fill only empty targets
        _drop_vague_addressees(debug, self.coder.p.vague_addressees, self.coder.p.target_required)
        # the act of a condition ("unless Yoon resigned") that neither its sentence nor the
        # article aims at anyone is no event reported
        debug[:] = [d for d in debug if not (d.pending and not d.event.targets)]
        # a body of no country ("soldiers", "the senators") the article gave no home country
        # names no doer (the gold convention: an unnamed doer is not coded)
        debug[:] = [d for d in debug if not (d.home_agent and any(a.resolved_by == HOME_AGENT and not a.country for a in d.event.sources))]
        if self.filter is not None:
            debug[:] = self.filter(ctx, debug)  # drop the candidates the trained filter scores as false alarms
        ctx.state["event_debug"] = debug
        ctx.article.events.extend(d.event for d in debug)
