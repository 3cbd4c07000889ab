"""A trained argument chooser over the rule coder's events (docs/events.md, "Argument chooser").

The rule coder picks each event's sources and targets with hand-written role rules. The chooser
scores every actor mention an event could take as an argument — the actor mentions of its
sentence, and the actors the rules chose (which may come from elsewhere: an earlier subject, a
pronoun's antecedent, a nationality word) — with two regularised logistic regressions,
P(source) and P(target), over cheap parse facts of the (event, mention) pair: the dependency
path from the trigger to the mention's head (prepositions named), distance and direction, the
voice of the trigger, the mention's kind and how it was resolved, the event type, and whether
the rules chose it and as what. Where the model's reading of the sentence is more likely than the
rules' by the model's ``margin`` (joint log-likelihood of the two assignments), the event takes the
model's actors and its ``evidence`` says so ("arguments: model ...").

It runs in the events layer after the discourse targets (so the actors discourse.py carried in are
candidates too) and before the layer's drops and the candidate filter.

Every feature is a binary indicator named by a string, so a model is two tables of weights:
``dateline/data/events/arguments.json`` holds them, the thresholds, the margin, the training sets
and the date. ``scripts/train_event_arguments.py`` trains one from gold files.

Switch: ``Settings.extra["event_arguments"]`` (or ``DATELINE_EVENT_ARGUMENTS``): ``False``/"off"
turns it off, ``True``/"on" uses the bundled model, a path uses that model file; unset, the
bundled model's ``enabled`` field decides.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._errors import DataFileError
from .._models import model_json, switch_value
from .._nlp import sentence_table, token_heads, token_offsets, token_strings

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from .._pipeline import Context
    from .._records import Actor
    from .coder import ActorIndex, Debug

__all__ = ["ArgumentModel", "ArgumentChooser", "load_arguments", "arguments_from_settings", "pair_features",
           "FEATURE_PREFIXES", "FEATURES_VERSION", "RECIPROCAL"]

#: bump when pair_features changes what it computes
FEATURES_VERSION = 1
FEATURE_PREFIXES = frozenset({
    "rule", "trule", "type", "prule", "path", "tpath", "up", "down", "u1", "d1", "dist", "kind", "tkind", "cty", "rb",
    "insent", "ncand", "cc", "rpos", "voice", "vd1", "first",
})
#: the scorer's reciprocal types: sources and targets taken as one set of participants
RECIPROCAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_ZEROS = itertools.repeat(0.0)
_LEXICAL_DEPS = frozenset({"prep", "agent", "dative", "mark"})
_PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
_MAX_PATH = 4
_MAX_CHAIN = 40


def _dist(delta: int) -> str:
    side = "L" if delta < 0 else "R"
    n = abs(delta)
    return f"dist={side}{n if n <= 2 else '3' if n <= 4 else '5' if n <= 8 else '9'}"


class _Parse:
    """One doc's dependency labels, heads and lower-case words as lists (read once per doc)."""

    __slots__ = ("heads", "labels", "dep", "starts", "ends")

    def __init__(self, ctx: Context) -> None:
        doc = ctx.doc
        self.heads = token_heads(doc)
        deps = token_strings(doc, "DEP") if len(doc) else []
        lowers = token_strings(doc, "LOWER")
        self.dep = deps
        self.labels = [f"{d}_{w}" if d in _LEXICAL_DEPS else d for d, w in zip(deps, lowers, strict=True)]
        self.starts, self.ends = token_offsets(doc)

    def chain(self, i: int) -> list[int]:
        out, heads = [i], self.heads
        while heads[i] != i and len(out) < _MAX_CHAIN:
            i = heads[i]
            out.append(i)
        return out


def _parse(ctx: Context) -> _Parse:
    p = ctx.doc.user_data.get("dateline.args.parse")
    if p is None:
        p = ctx.doc.user_data["dateline.args.parse"] = _Parse(ctx)
    return p


def _path(parse: _Parse, trig: int, tchain: dict[int, int], m: int) -> list[str]:
    """Features of the dependency path from trigger token ``trig`` to mention head ``m``."""
    down: list[str] = []
    heads, labels = parse.heads, parse.labels
    i, hops = m, 0
    while i not in tchain and hops < _MAX_CHAIN:
        down.append(labels[i])
        if heads[i] == i:
            break
        i = heads[i]
        hops += 1
    if i not in tchain:
        return ["path=none"]
    up_n = tchain[i]
    t, up = trig, []
    for _ in range(up_n):
        up.append(labels[t])
        t = heads[t]
    down.reverse()
    out = [f"up={min(up_n, 4)}", f"down={min(len(down), 4)}"]
    if up:
        out.append(f"u1={up[0]}")
    if down:
        out.append(f"d1={down[0]}")
    if up_n + len(down) <= _MAX_PATH:
        out.append("path=" + "".join(f"^{x}" for x in up) + "".join(f">{x}" for x in down))
    else:
        out.append("path=long")
    return out


@dataclass(slots=True)
class _Cand:
    actor: Actor
    head: int | None  # the mention's head token, None outside the sentence
    role: str  # what the rules chose it as: src, tgt, both, none


def _trigger_index(ctx: Context, parse: _Parse, d: Debug, lemmas: list[str]) -> int | None:
    cs, ce = ctx.clean_span(d.event.trigger.span)
    lo = max(0, bisect.bisect_right(parse.starts, cs) - 1)
    toks = []
    for i in range(lo, len(parse.starts)):
        if parse.starts[i] >= ce:
            break
        if parse.ends[i] > cs:
            toks.append(i)
    if not toks:
        return None
    if len(toks) == 1:
        return toks[0]
    lemma = d.rule.partition(":")[2].split(">")[0]
    for i in toks:
        if lemmas[i].lower() == lemma:
            return i
    # else the token of the span whose head lies outside it
    inside = set(toks)
    return next((i for i in toks if parse.heads[i] not in inside), toks[0])


def _sentence_mentions(sent: SpacySpan, mentions: ActorIndex, parse: _Parse) -> list[tuple[Actor, int]]:
    """The actor mentions of the sentence with their head tokens (the token whose head is outside the mention)."""
    toks: dict[int, list[int]] = {}
    actors: dict[int, Actor] = {}
    by_tok = mentions.by_tok
    for i in range(sent.start, sent.end):
        for a in by_tok.get(i, ()):
            toks.setdefault(id(a), []).append(i)
            actors[id(a)] = a
    out = []
    heads = parse.heads
    for k, ts in toks.items():
        inside = set(ts)
        out.append((actors[k], next((i for i in ts if heads[i] not in inside), ts[0])))
    out.sort(key=lambda x: x[1])
    return out


def candidates(ctx: Context, d: Debug, in_sent: list[tuple[Actor, int]], parse: _Parse,
               sent_range: tuple[int, int]) -> list[_Cand]:
    """The actors ``d`` could take: those the rules chose, and the mentions of its sentence."""
    out: list[_Cand] = []
    by_span: dict[tuple[int, int], _Cand] = {}
    e = d.event
    for role, actors in (("src", e.sources), ("tgt", e.targets)):
        for a in actors:
            prev = by_span.get(a.span) if a.span is not None else None
            if prev is not None and prev.actor.key() == a.key():
                prev.role = "both"
                continue
            head = None
            if a.span is not None:
                head = next((h for m, h in in_sent if m.span == a.span), None)
                if head is None:
                    cs, ce = ctx.clean_span(a.span)
                    i = max(0, bisect.bisect_right(parse.starts, cs) - 1)
                    if parse.starts[i] < ce and sent_range[0] <= i < sent_range[1]:
                        head = i
            c = _Cand(a, head, role)
            out.append(c)
            if a.span is not None:
                by_span[a.span] = c
    for a, h in in_sent:
        if a.span in by_span:
            continue
        out.append(_Cand(a, h, "none"))
    return out


def pair_features(d: Debug, c: _Cand, cands: list[_Cand], trig: int | None, tchain: dict[int, int],
                  parse: _Parse, passive: bool) -> list[str]:
    e = d.event
    t = e.type
    a = c.actor
    rpos = d.rule.partition(":")[0]
    f = [f"rule={c.role}", f"trule={t}/{c.role}", f"type={t}", f"kind={a.kind}", f"tkind={t}/{a.kind}",
         f"cty={'1' if a.country else '0'}", f"rb={a.resolved_by or 'none'}", f"ncand={min(len(cands), 6)}",
         f"rpos={rpos}/{c.role}"]
    if c.head is None or trig is None:
        f.append("insent=0")
        f.append(f"prule={c.role}/none")
    else:
        pf = _path(parse, trig, tchain, c.head)
        f += pf
        path = pf[-1]
        f.append(f"tpath={t}/{path[5:]}")
        f.append(f"prule={c.role}/{path[5:]}")
        f.append(_dist(c.head - trig))
        if passive:
            f.append("voice=passive")
            d1 = next((x for x in pf if x.startswith("d1=")), None)
            if d1 is not None:
                f.append(f"vd1=passive/{d1[3:]}")
        if all(o.head is None or o.head >= c.head for o in cands if o is not c):
            f.append("first=1")
    if a.country and c.role == "none":
        if any(o.actor.country == a.country for o in cands if o.role in ("src", "both")):
            f.append("cc=src")
        if any(o.actor.country == a.country for o in cands if o.role in ("tgt", "both")):
            f.append("cc=tgt")
    return f


# ---------------------------------------------------------------------------------- the model


@dataclass
class ArgumentModel:
    """Two logistic-regression tables: P(source) and P(target) of an (event, mention) pair."""

    src: dict[str, float]
    src_bias: float
    tgt: dict[str, float]
    tgt_bias: float
    src_threshold: float = 0.5
    tgt_threshold: float = 0.5
    margin: float = 0.0
    enabled: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    def probs(self, feats: Sequence[str]) -> tuple[float, float]:
        zs = self.src_bias + sum(map(self.src.get, feats, _ZEROS))
        zt = self.tgt_bias + sum(map(self.tgt.get, feats, _ZEROS))
        return _sigmoid(zs), _sigmoid(zt)

    def to_dict(self) -> dict[str, Any]:
        return {"format": "dateline-event-arguments/1", "enabled": self.enabled,
                "src_threshold": self.src_threshold, "tgt_threshold": self.tgt_threshold, "margin": self.margin,
                "src_bias": self.src_bias, "tgt_bias": self.tgt_bias, **self.meta,
                "src_weights": {k: self.src[k] for k in sorted(self.src)},
                "tgt_weights": {k: self.tgt[k] for k in sorted(self.tgt)}}


def _sigmoid(z: float) -> float:
    if z < -30:
        return 1e-13
    if z > 30:
        return 1 - 1e-13
    return 1.0 / (1.0 + math.exp(-z))


def _check_feature(name: str) -> bool:
    prefix, eq, _ = name.partition("=")
    return bool(eq) and prefix in FEATURE_PREFIXES


def parse_arguments(data: Mapping[str, Any], where: str) -> ArgumentModel:
    if not isinstance(data, Mapping) or data.get("format") != "dateline-event-arguments/1":
        raise DataFileError(f"{where}: not an argument chooser model (format 'dateline-event-arguments/1'); see docs/events.md")
    try:
        ths, tht, margin = float(data["src_threshold"]), float(data["tgt_threshold"]), float(data["margin"])
        bs, bt = float(data["src_bias"]), float(data["tgt_bias"])
        ws = {str(k): float(v) for k, v in dict(data["src_weights"]).items()}
        wt = {str(k): float(v) for k, v in dict(data["tgt_weights"]).items()}
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"{where}: an argument chooser model needs thresholds, margin, biases and weights ({exc})") from None
    for th in (ths, tht):
        if not 0.0 < th < 1.0:
            raise DataFileError(f"{where}: threshold {th} is not in (0, 1)")
    bad = [k for k in [*ws, *wt] if not _check_feature(k)]
    if bad:
        raise DataFileError(f"{where}: unknown feature(s) {', '.join(sorted(bad)[:5])}")
    if not all(math.isfinite(v) for v in [bs, bt, margin, *ws.values(), *wt.values()]):
        raise DataFileError(f"{where}: weights must be finite numbers")
    keys = ("format", "enabled", "src_threshold", "tgt_threshold", "margin", "src_bias", "tgt_bias", "src_weights", "tgt_weights")
    meta = {k: v for k, v in data.items() if k not in keys}
    return ArgumentModel(ws, bs, wt, bt, ths, tht, margin, bool(data.get("enabled", False)), meta)


@functools.lru_cache(maxsize=4)
def load_arguments(path: str | None = None) -> ArgumentModel:
    """The model at ``path``, or the bundled one (``dateline/data/events/arguments.json``)."""
    data, where = model_json(path, "data/events/arguments.json", "argument chooser")
    return parse_arguments(data, where)


def _log_lik(keys: Sequence[str], p: Mapping[str, float], chosen: set[str]) -> float:
    return sum(math.log(p[k]) if k in chosen else math.log(1.0 - p[k]) for k in keys)


class ArgumentChooser:
    """Re-chooses the sources and targets of the events the rules coded in one sentence.

    With ``record`` set it changes nothing and keeps, per event, its features (for training)."""

    def __init__(self, model: ArgumentModel | None, record: bool = False) -> None:
        self.model = model
        self.record = record
        self.rows: list[dict[str, Any]] = []

    def article(self, ctx: Context, debug: Sequence[Debug], mentions: ActorIndex) -> None:
        """Every record of an article, sentence by sentence (after the discourse targets)."""
        table = sentence_table(ctx.doc)
        parse = _parse(ctx)
        by_sent: dict[int, list[Debug]] = {}
        for d in debug:
            cs = ctx.clean_span(d.event.trigger.span)[0]
            i = max(0, bisect.bisect_right(parse.starts, cs) - 1)
            k = table[2][i] if table is not None else ctx.doc[i].sent.start
            by_sent.setdefault(k, []).append(d)
        for k, found in by_sent.items():
            sent = ctx.doc[table[0][k]:table[1][k]] if table is not None else ctx.doc[k].sent
            self(ctx, sent, found, mentions)

    def __call__(self, ctx: Context, sent: SpacySpan, found: Sequence[Debug], mentions: ActorIndex) -> None:
        if not found:
            return
        parse = _parse(ctx)
        lemmas = token_strings(ctx.doc, "LEMMA")
        in_sent = _sentence_mentions(sent, mentions, parse)
        chains: dict[int, tuple[dict[int, int], bool]] = {}
        for d in found:
            cands = candidates(ctx, d, in_sent, parse, (sent.start, sent.end))
            if not cands:
                continue
            trig = _trigger_index(ctx, parse, d, lemmas)
            tchain: dict[int, int] = {}
            passive = False
            if trig is not None:
                got = chains.get(trig)
                if got is None:
                    tchain = {t: k for k, t in enumerate(parse.chain(trig))}
                    dep, heads = parse.dep, parse.heads
                    passive = any(dep[j] in _PASSIVE_DEPS for j in range(sent.start, sent.end) if heads[j] == trig and j != trig)
                    chains[trig] = (tchain, passive)
                else:
                    tchain, passive = got
            feats = [pair_features(d, c, cands, trig, tchain, parse, passive) for c in cands]
            if self.record:
                self.rows.append({"type": d.event.type, "trigger": list(d.event.trigger.span), "sentence": list(d.event.span),
                                  "actors": [c.actor.to_dict() for c in cands], "roles": [c.role for c in cands], "feats": feats})
                continue
            if self.model is not None:
                self._choose(d, cands, feats, self.model)

    @staticmethod
    def _choose(d: Debug, cands: list[_Cand], feats: list[list[str]], m: ArgumentModel) -> None:
        # the scorer tells actors apart by country (a gold reference is mostly a country code):
        # candidates are grouped by country (else by actor), each group scored by its best mention
        ps: dict[str, float] = {}
        pt: dict[str, float] = {}
        members: dict[str, list[tuple[float, float, _Cand]]] = {}
        for c, f in zip(cands, feats, strict=True):
            s, t = m.probs(f)
            g = _group(c.actor)
            ps[g], pt[g] = max(ps.get(g, 0.0), s), max(pt.get(g, 0.0), t)
            members.setdefault(g, []).append((s, t, c))
        groups = list(ps)
        e = d.event
        rule_s = {_group(a) for a in e.sources}
        rule_t = {_group(a) for a in e.targets}
        ranked = sorted(groups, key=lambda g: -ps[g])
        if e.type in RECIPROCAL:
            part = {g for g in groups if max(ps[g], pt[g]) >= min(m.src_threshold, m.tgt_threshold)} | {ranked[0]}
            if part == rule_s | rule_t:
                return
            new_s, new_t = {ranked[0]}, part - {ranked[0]}
        else:
            new_s = {g for g in groups if ps[g] >= m.src_threshold} or {ranked[0]}
            # a group both source and target (a domestic act) needs two actors of it
            new_t = {g for g in groups if pt[g] >= m.tgt_threshold and (g not in new_s or len({c.actor.key() for _, _, c in members[g]}) > 1)}
        if (new_s, new_t) == (rule_s, rule_t):
            return
        gain = (_log_lik(groups, ps, new_s) + _log_lik(groups, pt, new_t)) - (_log_lik(groups, ps, rule_s) + _log_lik(groups, pt, rule_t))
        if gain < m.margin:
            return
        order = {g: min(c.head if c.head is not None else 10**9 for _, _, c in members[g]) for g in groups}
        sources = [_pick(members[g], e.sources, 0, None) for g in sorted(new_s, key=order.__getitem__)]
        taken = {a.key() for a in sources}
        targets = [_pick(members[g], e.targets, 1, taken) for g in sorted(new_t, key=order.__getitem__)]
        e.sources, e.targets = sources, targets
        e.evidence += ("; arguments: model chose sources " + ",".join(a.text or a.name for a in e.sources)
                       + " targets " + (",".join(a.text or a.name for a in e.targets) or "-") + f" (gain {gain:.1f})")


def _group(a: Actor) -> str:
    return a.country or a.key()


def _pick(members: list[tuple[float, float, _Cand]], kept: list[Actor], role: int, taken: set[str] | None) -> Actor:
    """The actor a chosen group contributes: the one the rules gave the same role, else its most likely mention."""
    keys = {a.key() for a in kept}
    free = [x for x in members if taken is None or x[2].actor.key() not in taken] or members
    for x in free:
        if x[2].actor.key() in keys:
            return x[2].actor
    return max(free, key=lambda x: x[1] if role else x[0])[2].actor


def arguments_from_settings(extra: Mapping[str, Any]) -> ArgumentChooser | None:
    """The chooser ``Settings.extra["event_arguments"]`` (else ``DATELINE_EVENT_ARGUMENTS``) asks
    for: False/"off" none, True/"on" the bundled model, a path that model; unset, the bundled
    model when its ``enabled`` field is true."""
    value = switch_value(extra, "event_arguments", "DATELINE_EVENT_ARGUMENTS")
    if value is False:
        return None
    if isinstance(value, ArgumentChooser):
        return value
    model = load_arguments() if value is None or value is True else load_arguments(str(value))  # one cached bundled model
    return ArgumentChooser(model) if value is not None or model.enabled else None
