"""A trained re-ranker over the speakers the rules give quotations (docs/quotes.md, "Speaker model").

The rules (:mod:`.attribution`) choose one speaker per quotation. This module lists, for each
marked quotation, the other speakers the text offers: the subject of each speech verb near it,
the people, organisations and states named in its sentence and the one before (outside
quotations), the paragraph's last speaker, and no speaker at all (``null``). Each candidate gets
cheap binary features of the parse and of positions (its relation to a speech verb, its kind of
mention, its distance and direction, whether the rules chose it, the quotation's length and
kind), and a logistic regression scores them. The rules' speaker is kept unless the model
prefers another candidate by the model's ``margin`` (``null`` only above ``null_threshold``).

A model is a table of weights (``dateline/data/quotes/speakers.json``);
``scripts/train_quote_speakers.py`` trains one from gold files. A speaker the model changed is
marked in its ``resolved_by`` (``...+speaker_model``); a speaker it took away leaves the quote's
cue as it was.

Switch: ``Settings.extra["quote_speakers"]`` (or ``DATELINE_QUOTE_SPEAKERS``): ``False``/"off"
turns it off, ``True``/"on" uses the bundled model, a path uses that model file; unset, the
bundled model's ``enabled`` field decides.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._errors import DataFileError
from .._models import model_json, switch_value
from .._records import Actor

if TYPE_CHECKING:
    from .attribution import Attributor, _Found

__all__ = ["Candidate", "SpeakerModel", "SpeakerRanker", "quote_candidates", "load_speaker_model",
           "ranker_from_settings", "parse_speaker_model", "FEATURE_PREFIXES", "FEATURES_VERSION", "MARK"]

#: bump when quote_candidates changes what it computes: the trainer refuses a model made with another
FEATURES_VERSION = 1
#: every feature name starts with one of these prefixes followed by "="
FEATURE_PREFIXES = frozenset({"src", "mk", "kind", "rb", "rel", "dist", "sent", "qk", "qlen", "cue", "nrank", "flag",
                              "k_src", "k_rel", "k_mk", "k_dist", "res", "form", "freq", "rform", "vs_rule"})
#: what a speaker the model chose carries at the end of its ``resolved_by``
MARK = "+speaker_model"
_ZEROS = itertools.repeat(0.0)
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "we", "i", "his", "its", "their"})
_DIST = ((0, "0"), (3, "1-3"), (10, "4-10"), (25, "11-25"))


def _dist(n: int) -> str:
    for cap, name in _DIST:
        if n <= cap:
            return name
    return "26+"


@dataclass(slots=True)
class Candidate:
    """One possible speaker of a quotation (``actor`` None: no speaker)."""

    actor: Actor | None
    feats: list[str]
    rule: bool = False
    dist: int = 10**6  # tokens between the nearest mention and the quotation


def _mention_kind(a: Actor) -> str:
    words = a.text.split()
    low = a.text.lower()
    if low in _PRONOUNS:
        return "pronoun"
    if a.kind == "person":
        if words and words[0][:1].islower():
            return "title" if len(words) > 1 else "common"
        if a.role:
            return "title_name"
        return "name"
    return a.kind


def _coarse(resolved_by: str | None) -> str:
    if not resolved_by:
        return "none"
    return resolved_by.split("+")[0].split(":")[0][:20]


def _res(a: Actor | None) -> str:
    if a is None:
        return "null"
    return "id" if a.id or a.wikidata else "country" if a.country else "none"


def _form(a: Actor | None) -> str:
    if a is None:
        return "null"
    t = a.text.strip().lower()
    if t in _PRONOUNS:
        return "pronoun"
    return "lower" if a.text[:1].islower() or t.startswith("the ") or t.startswith("a ") else "name"


def _freq(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4+"


def _mention_info(att: Attributor, m: Actor, written: Any) -> tuple[int, list[str], str, int, Actor] | None:
    """(head token, features, relation to a speech verb, that verb's token, the mention as
    written) of a mention outside quotations; None inside one."""
    tr = att.tok_range(m.span)  # type: ignore[arg-type]
    if tr[1] <= tr[0]:
        return None
    doc = att.doc
    h = doc[tr[0]] if tr[1] - tr[0] == 1 else doc[tr[0]:tr[1]].root
    if h.i in att.quoted:
        return None
    own = ["src=mention", f"mk={_mention_kind(m)}", f"kind={m.kind}", f"rb={_coarse(m.resolved_by)}"]
    v = h.head
    rel, verb_i = "other", -1
    if h.dep_ in ("nsubj", "nsubjpass") or (h.dep_ in ("appos", "compound") and v.dep_ in ("nsubj", "nsubjpass")):
        verb = v if h.dep_ in ("nsubj", "nsubjpass") else v.head
        if att.is_cue_verb(verb):
            rel, verb_i = ("subj_cue_post" if verb.i < h.i else "subj_cue"), verb.i
        else:
            rel = "subj"
    elif h.dep_ == "pobj" and v.lower_ in ("to", "by") and v.head.lower_ in ("according", "quoted", "by"):
        rel = "according_to"
    elif h.dep_ == "poss":
        rel = "poss"
    elif h.dep_ in ("dobj", "iobj", "dative"):
        rel = "object"
    elif h.dep_ == "pobj":
        rel = "pobj"
    return h.i, own, rel, verb_i, written(m)


def quote_candidates(att: Attributor) -> list[tuple[_Found, list[Candidate]]]:
    """The candidates of each marked quotation the rules attributed (nested ones left out),
    the rules' own choice first."""
    found = [f for f in getattr(att, "found", ()) if f.quote is not None and not f.raw.nested]
    if not found:
        return []
    doc, ctx = att.doc, att.ctx
    n = len(doc)
    from .._nlp import sentence_table

    table = sentence_table(doc)
    if table is not None:
        s_first, s_end, sent_of = table
    else:
        sents = list(doc.sents)
        s_first, s_end = [s.start for s in sents], [s.end for s in sents]
        sent_of = [k for k, s in enumerate(sents) for _ in range(len(s))]
    mentions = att.mentions
    m_starts = [m.span[0] for m in mentions]  # type: ignore[index]
    ev_offsets = [e[0] for e in att.events]
    home_para = getattr(att, "home_para", att.para_of)
    written = getattr(att, "as_written", lambda a: a)
    regions = sorted(f.region for f in found)
    freq: dict[str, int] = {}  # how often the article mentions each actor (its main voices first)
    for m in mentions:
        k = m.key()
        freq[k] = freq.get(k, 0) + 1
    out: list[tuple[_Found, list[Candidate]]] = []
    # what a mention is, whatever the quotation: read once per article (windows overlap)
    per_mention: dict[int, tuple[int, list[str], str, int, Actor] | None] = {}
    for f in found:
        lo, hi = f.region
        if hi <= lo or lo >= n:
            continue
        q = f.quote
        assert q is not None
        k0, k1 = sent_of[lo], sent_of[min(hi, n) - 1]
        w0 = s_first[max(k0 - 1, 0)]
        w1 = s_end[k1]
        c0, c1 = ctx.span(doc[w0])[0], ctx.span(doc[w1 - 1])[1]
        words = len(f.tokens)
        qk = "direct" if f.kind == "direct" else "partial"
        base = [f"qk={qk}", f"qlen={'1-2' if words <= 2 else '3-5' if words <= 5 else '6-12' if words <= 12 else '13+'}"]
        rule_cue = f.cue.token_i if f.cue is not None and f.cue.token_i >= 0 else None
        base.append("cue=yes" if rule_cue is not None else "cue=context" if f.cue is not None else "cue=none")
        if att.para_of(q.span[0]) != att.para_of(c0) or q.span[0] <= c0 + 1:
            base.append("flag=para_or_sent_start")
        cands: dict[str, Candidate] = {}

        def add(actor: Actor | None, feats: list[str], dist: int = 10**6, rule: bool = False) -> None:
            key = actor.key() if actor is not None else "<null>"
            c = cands.get(key)
            if c is None:
                c = cands[key] = Candidate(actor, list(base), rule, dist)
            c.feats.extend(feats)
            c.rule = c.rule or rule
            if dist < c.dist:
                c.dist = dist
                if actor is not None:
                    c.actor = actor

        rule_actor = q.speaker
        add(rule_actor, ["src=rule"], rule=True)
        add(None, ["src=null"])
        # actor mentions in the quotation's sentence(s) and the one before, outside quotations
        i0 = bisect.bisect_left(m_starts, c0)
        i1 = bisect.bisect_left(m_starts, c1)
        for mi in range(i0, i1):
            if mi not in per_mention:
                per_mention[mi] = _mention_info(att, mentions[mi], written)
            info = per_mention[mi]
            if info is None:
                continue
            h_i, own, rel, verb_i, m = info
            if h_i < lo:
                d, side = lo - h_i, "before"
            else:
                d, side = h_i - hi + 1, "after"
            if rel.startswith("subj_cue") and verb_i == rule_cue:
                rel += "_rule"
            feats = [*own, f"dist={side}/{_dist(d)}", f"sent={'same' if k0 <= sent_of[h_i] <= k1 else 'prev'}",
                     f"rel={rel}", f"k_rel={qk}/{rel}", f"k_mk={qk}/{own[1][3:]}", f"k_dist={qk}/{side}/{_dist(d)}"]
            if any(r[0] > min(h_i, lo) and r[1] < max(h_i, hi) for r in regions if r != f.region):
                feats.append("flag=quote_between")
            add(m, feats, d)
        # speakers of the speech verbs near it, and the paragraph's last one before it
        para = home_para(q.span[0])
        e0 = bisect.bisect_left(ev_offsets, c0)
        e1 = bisect.bisect_left(ev_offsets, c1)
        for off, sp, cue in att.events[e0:e1]:
            if cue.token_i < 0 or sp.actor is None:
                continue
            d = lo - cue.token_i if cue.token_i < lo else cue.token_i - hi + 1
            side = "before" if cue.token_i < lo else "after"
            add(written(sp.actor), ["src=event", f"k_src={qk}/event", f"dist={side}/{_dist(abs(d))}"]
                + (["flag=rule_cue"] if cue.token_i == rule_cue else []))
        e = bisect.bisect_left(ev_offsets, q.span[0]) - 1
        while e >= 0:
            off, sp, cue = att.events[e]
            if sp.actor is not None and home_para(off) in (para, para - 1):
                add(written(sp.actor), ["src=para_last", f"k_src={qk}/para_last",
                                               "flag=para_last_same" if home_para(off) == para else "flag=para_last_prev"])
                break
            if home_para(off) < para - 1:
                break
            e -= 1
        ranked = sorted((c for c in cands.values() if c.actor is not None and c.dist < 10**6), key=lambda c: c.dist)
        for r, c in enumerate(ranked):
            c.feats.append(f"nrank={min(r, 2)}")
        # a fuller name earlier in the article for a surname the rules chose ("Yousaf" -> "Humza Yousaf")
        rule_form = _form(rule_actor)
        if rule_actor is not None and rule_form == "name" and len(rule_actor.text.split()) == 1:
            last = rule_actor.text.lower()
            for m in mentions[: bisect.bisect_left(m_starts, q.span[0])]:
                if m.kind == "person" and len(m.name.split()) > 1 and m.name.split()[-1].lower() == last:
                    add(written(m), ["src=fuller"])
                    break
        rule_c = cands[rule_actor.key() if rule_actor is not None else "<null>"]
        rc = rule_actor.country if rule_actor is not None else None
        rres = _res(rule_actor)
        rwords = {w for w in rule_actor.text.lower().split() if len(w) > 3} if rule_actor is not None else set()
        for c in cands.values():
            a = c.actor
            if a is not None:
                c.feats += [f"res={_res(a)}", f"form={_form(a)}", f"freq={_freq(freq.get(a.key(), 0))}"]
            if c.rule:
                c.feats += [f"k_src={qk}/rule", f"rform={rule_form}/{rres}"]
                continue
            c.feats.append(f"vs_rule={rule_form}/{rres}")
            if a is None:
                continue
            if rc and a.country == rc:
                c.feats.append("flag=rule_country")
            if rule_actor is not None and a.kind == rule_actor.kind:
                c.feats.append("flag=rule_kind")
            if rwords & set(a.text.lower().split()):
                c.feats.append("flag=rule_words")
            if rule_actor is None:
                c.feats.append("flag=rule_null")
        out.append((f, [rule_c, *[c for c in cands.values() if c is not rule_c]]))
    return out


# ---------------------------------------------------------------------------------- the model


@dataclass
class SpeakerModel:
    """P(candidate is the speaker) = sigmoid(bias + sum of its features' weights)."""

    weights: dict[str, float]
    bias: float
    margin: float = 0.2
    null_threshold: float = 1.0
    enabled: bool = False
    null_margin: float = 1.0
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, feats: Sequence[str]) -> float:
        z = self.bias + sum(map(self.weights.get, feats, _ZEROS))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def choose(self, scores: Sequence[float], cands: Sequence[Candidate]) -> int:
        """The candidate to keep: the rules' (index 0) unless another scores ``margin`` more
        (``null_margin`` more where the rules gave no speaker: a speaker given where there is
        none is the worst error); no speaker only when it scores at least ``null_threshold``."""
        best, rule = 0, scores[0]
        least = rule + (self.null_margin if cands[0].actor is None else self.margin)
        for i in range(1, len(scores)):
            s = scores[i]
            if s < least or s <= scores[best]:
                continue
            if cands[i].actor is None and s < self.null_threshold:
                continue
            best = i
        return best

    def to_dict(self) -> dict[str, Any]:
        return {"format": "dateline-quote-speakers/1", "enabled": self.enabled, "margin": self.margin,
                "null_margin": self.null_margin, "null_threshold": self.null_threshold, "bias": self.bias, **self.meta,
                "features": sorted(self.weights), "weights": {k: self.weights[k] for k in sorted(self.weights)}}


def parse_speaker_model(data: Mapping[str, Any], where: str) -> SpeakerModel:
    if not isinstance(data, Mapping) or data.get("format") != "dateline-quote-speakers/1":
        raise DataFileError(f"{where}: not a quote speaker model (format 'dateline-quote-speakers/1'); see docs/quotes.md")
    try:
        bias, margin, nth = float(data["bias"]), float(data["margin"]), float(data["null_threshold"])
        null_margin = float(data.get("null_margin", 1.0))
        weights = {str(k): float(v) for k, v in dict(data["weights"]).items()}
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"{where}: a quote speaker model needs 'bias', 'margin', 'null_threshold' and 'weights' ({exc})") from None
    if not all(0.0 <= x <= 1.0 for x in (margin, null_margin, nth)):
        raise DataFileError(f"{where}: margin, null_margin and null_threshold must lie in [0, 1]")
    bad = [k for k in weights if k.partition("=")[0] not in FEATURE_PREFIXES or "=" not in k]
    if bad:
        raise DataFileError(f"{where}: unknown feature(s) {', '.join(sorted(bad)[:5])}")
    if not all(math.isfinite(v) for v in [bias, *weights.values()]):
        raise DataFileError(f"{where}: weights must be finite numbers")
    meta = {k: v for k, v in data.items()
            if k not in ("format", "enabled", "margin", "null_margin", "null_threshold", "bias", "features", "weights")}
    return SpeakerModel(weights, bias, margin, nth, bool(data.get("enabled", False)), null_margin, meta)


@functools.lru_cache(maxsize=4)
def load_speaker_model(path: str | None = None) -> SpeakerModel:
    """The model at ``path``, or the bundled one (``dateline/data/quotes/speakers.json``)."""
    data, where = model_json(path, "data/quotes/speakers.json", "quote speaker")
    return parse_speaker_model(data, where)


class SpeakerRanker:
    """Re-chooses the speaker of each marked quotation an :class:`Attributor` attributed."""

    def __init__(self, model: SpeakerModel) -> None:
        self.model = model

    def __call__(self, att: Attributor) -> None:
        model = self.model
        for f, cands in quote_candidates(att):
            if len(cands) < 2:
                continue
            k = model.choose([model.score(c.feats) for c in cands], cands)
            if k == 0:
                continue
            q, actor = f.quote, cands[k].actor
            assert q is not None
            if actor is None:
                q.speaker, q.speaker_span = None, None
            else:
                q.speaker = dataclasses.replace(actor, resolved_by=(actor.resolved_by or "quotes") + MARK)
                q.speaker_span = actor.span


def ranker_from_settings(extra: Mapping[str, Any]) -> SpeakerRanker | None:
    """The ranker ``Settings.extra["quote_speakers"]`` (else ``DATELINE_QUOTE_SPEAKERS``) asks for:
    False/"off" none, True/"on" the bundled model, a path that model; unset, the bundled model
    when its ``enabled`` field is true."""
    value = switch_value(extra, "quote_speakers", "DATELINE_QUOTE_SPEAKERS")
    if value is False:
        return None
    model = load_speaker_model() if value is None or value is True else load_speaker_model(str(value))  # one cached bundled model
    return SpeakerRanker(model) if value is not None or model.enabled else None


