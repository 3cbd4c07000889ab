"""A trained filter over the rule coder's candidate events (docs/events.md, "Candidate filter").

The rule coder proposes events; about half of what it proposes on unseen text is a false alarm.
The filter scores each proposed event with a regularised logistic regression over cheap facts
of its :class:`~dateline._events.coder.Debug` record and of the parse (rule, type, mode, trigger
part of speech and depth, flags, how its actors were resolved, its date source, its place in
the article, whether it sits inside a quotation or under a speech verb, the coder's own
reasons), and drops the events it scores below the model's threshold.

Every feature is a binary indicator named by a string ("type=ASSAULT", "src_rb=pronoun"), so
a model is a table of weights: ``dateline/data/events/filter.json`` holds the weights, the bias,
the threshold, the training sets and the date it was trained. ``scripts/train_event_filter.py``
trains one from gold files (a user can retrain on their own gold). The model and the threshold
are data; this module only computes the features and applies the table.

Switch: ``Settings.extra["event_filter"]`` (or ``DATELINE_EVENT_FILTER``): ``False``/"off" turns
it off, ``True``/"on" uses the bundled model, a path uses that model file; unset, the bundled
model's ``enabled`` field decides.
"""

from __future__ import annotations

import functools
import itertools
from bisect import bisect_left
from collections import Counter
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.strings import get_string_id

from .._errors import DataFileError
from .._models import model_json, switch_value
from .._nlp import sentence_table, token_column, token_heads, token_strings

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .._pipeline import Context
    from .coder import Debug

__all__ = ["EventFilter", "FilterModel", "event_features", "load_filter", "filter_from_settings",
           "fit_logistic", "FEATURE_PREFIXES", "FEATURES_VERSION"]

#: bump when event_features changes what it computes: a model or a candidate snapshot made with
#: another version is refused by the trainer
FEATURES_VERSION = 3
#: every feature name starts with one of these prefixes followed by "=" (or is one of the bare
#: flags); a model naming another feature is rejected when it is loaded
FEATURE_PREFIXES = frozenset({
    "type", "mode", "rule", "rpos", "dep", "clause", "depth", "flag", "ntgt", "type_ntgt", "src_kind", "tgt_kind",
    "src_rb", "tgt_rb", "src_rank", "tgt_rank", "datesrc", "sent", "sent_actors", "same_trigger", "repeat", "why",
})
_ZEROS = itertools.repeat(0.0)  # the weight of a feature the model does not know
_RULE_INDEX = re.compile(r"#\d+")
_QUOTED = re.compile(r"'[^']*'")
_COUNTRY = re.compile(r"\b[A-Z]{3}\b")
_NUMBER = re.compile(r"\d+")
_QUOTE_MARK = re.compile("[\"“”«»„]")


def _counts(name: str, cap: int) -> tuple[str, ...]:
    """The features of a count: ``name=0``, ``name=1`` ... ``name=CAP+`` (index by min(n, cap))."""
    return tuple(f"{name}={i}" for i in range(cap)) + (f"{name}={cap}+",)


_DEPTH, _NTGT, _REPEAT, _SAME_TRIGGER = _counts("depth", 4), _counts("ntgt", 3), _counts("repeat", 2), _counts("same_trigger", 3)
_SRC_RANK, _TGT_RANK, _SENT_ACTORS, _SENT = _counts("src_rank", 3), _counts("tgt_rank", 3), _counts("sent_actors", 5), _counts("sent", 6)
_HAS_TARGET = ("0", "1", "2+")


def _rb(resolved_by: str | None) -> str:
    return resolved_by or "none"


def _why_phrases(evidence: str, rule: str) -> list[str]:
    """The coder's reasons, as general phrases: quoted words, country codes and numbers
    replaced, the rule name and the date phrase left out (other features carry them)."""
    out = []
    for part in evidence.replace(": ", "; ").split("; "):
        part = part.strip()
        if not part or part == rule or part.startswith("date "):
            continue
        out.append(_general_phrase(part))
    return out


@functools.lru_cache(maxsize=4096)
def _general_phrase(part: str) -> str:
    return _NUMBER.sub("N", _COUNTRY.sub("CC", _QUOTED.sub("Q", part)))[:80]


def _trigger_token(ctx: Context, d: Debug, lemma: str) -> Token | None:
    span = ctx.char_span(d.event.trigger.span)
    if span is None or not len(span):
        return None
    if len(span) == 1:
        return span[0]
    for t in span:
        if t.lemma_.lower() == lemma or t.lower_ == lemma:
            return t
    return span.root


_SPEECH_LINKS = frozenset(get_string_id(d) for d in ("ccomp", "xcomp", "parataxis", "advcl"))
_CLAUSE_LINKS = {get_string_id(d): d for d in ("relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "parataxis", "csubj", "conj")}


def _under_speech(tok: Token, speech: frozenset[str]) -> bool:
    """Is the trigger inside the complement of a speech verb ("X said Y attacked Z")? (Walked on
    the doc's head, dependency and lemma tables: no Token per step.)"""
    doc = tok.doc
    heads, deps, lemmas = token_heads(doc), token_column(doc, "DEP"), token_strings(doc, "LEMMA")
    i, hops = tok.i, 0
    while heads[i] != i and hops < 6:
        h = heads[i]
        if deps[i] in _SPEECH_LINKS and lemmas[h].lower() in speech:
            return True
        i = h
        hops += 1
    return False


def _clause(tok: Token) -> str:
    """The dependency of the clause the trigger is in: the first clausal link on its way to the root."""
    doc = tok.doc
    heads, deps = token_heads(doc), token_column(doc, "DEP")
    i, hops = tok.i, 0
    while heads[i] != i and hops < 8:
        link = _CLAUSE_LINKS.get(deps[i])
        if link is not None:
            return link
        i = heads[i]
        hops += 1
    return "main"


def _para_start(text: str, start: int) -> bool:
    """Does the sentence at ``start`` open a paragraph (only blanks since a line break or the text's start)?"""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def event_features(ctx: Context, debug: Sequence[Debug], speech: frozenset[str] = frozenset()) -> list[list[str]]:
    """The feature names of each record in ``debug`` (one article's events, in order)."""
    if not debug:
        return []
    text = ctx.text
    per_trigger: Counter[tuple[int, int]] = Counter()
    keys: Counter[tuple[Any, ...]] = Counter()
    actor_keys: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for d in debug:
        e = d.event
        per_trigger[e.trigger.span] += 1
        ak = (tuple(sorted(a.key() for a in e.sources)), tuple(sorted(a.key() for a in e.targets)))
        actor_keys.append(ak)
        keys[(e.type, *ak)] += 1
    quotes = [q.span for q in ctx.article.quotes if q.kind != "indirect" and q.span]
    # the sentence number of each token (the table index_sentences keeps), else counted here
    table = sentence_table(ctx.doc)
    sent_of: list[int] = table[2] if table is not None else \
        [k for k, sent in enumerate(ctx.doc.sents) for _ in range(len(sent))]
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    # actor mentions by start, for the number of actors in a sentence; the article's countries
    # by how often its mentions name them (the story's main parties rank first)
    mentions = [a for a in ctx.state.get("actor_mentions", ()) if a.span is not None]
    m_starts = [a.span[0] for a in mentions]
    mentioned = Counter(a.country for a in mentions if a.country)
    rank = {c: i for i, (c, _) in enumerate(sorted(mentioned.items(), key=lambda x: (-x[1], x[0])))}
    actors_by_sentence: dict[tuple[int, int], int] = {}
    out: list[list[str]] = []
    for d, ak in zip(debug, actor_keys, strict=True):
        e = d.event
        nt = len(e.targets)
        rule = _RULE_INDEX.sub("", d.rule)
        rpos, _, rest = rule.partition(":")
        lemma = rest.split(">")[0] if rest else rule
        f = [f"type={e.type}", f"mode={e.type}/{e.mode}", f"rule={rule}", f"rpos={rpos}",
             _DEPTH[min(d.depth, 4)], _NTGT[min(nt, 3)], f"type_ntgt={e.type}/{_HAS_TARGET[min(nt, 2)]}",
             f"datesrc={e.date_source}"]
        if e.negated:
            f.append("flag=negated")
        if e.hypothetical:
            f.append("flag=hypothetical")
        if d.pending:
            f.append("flag=pending")
        if d.home_agent:
            f.append("flag=home_agent")
        for a in e.sources:
            f += [f"src_kind={a.kind}", f"src_rb={_rb(a.resolved_by)}"]
            if not a.country:
                f.append("flag=src_no_country")
        for a in e.targets:
            f += [f"tgt_kind={a.kind}", f"tgt_rb={_rb(a.resolved_by)}"]
            if not a.country:
                f.append("flag=tgt_no_country")
        scs = {a.country for a in e.sources if a.country}
        tcs = {a.country for a in e.targets if a.country}
        if scs & tcs:
            f.append("flag=same_country")
        if set(ak[0]) & set(ak[1]):
            f.append("flag=same_actor")
        f.append(_REPEAT[min(keys[(e.type, *ak)] - 1, 2)])
        f.append(_SAME_TRIGGER[min(per_trigger[e.trigger.span], 3)])
        for table_, actors in ((_SRC_RANK, e.sources), (_TGT_RANK, e.targets)):
            ranks = [rank.get(a.country, 9) for a in actors if a.country]
            if ranks:
                f.append(table_[min(*ranks, 3)])
        na = actors_by_sentence.get(e.span)
        if na is None:
            lo, hi = bisect_left(m_starts, e.span[0]), bisect_left(m_starts, e.span[1])
            na = actors_by_sentence[e.span] = len({a.key() for a in mentions[lo:hi] if a.span[1] <= e.span[1]})
        f.append(_SENT_ACTORS[min(na, 5)])
        if _para_start(text, e.span[0]):
            f.append("flag=para_start")
        t0 = e.trigger.span[0]
        if any(q[0] <= t0 < q[1] for q in quotes):
            f.append("flag=in_quote")
        if (bisect_left(marks, t0) - bisect_left(marks, e.span[0])) % 2:  # an odd number of quotation marks before it
            f.append("flag=in_quote_marks")
        tok = _trigger_token(ctx, d, lemma)
        if tok is not None:
            f += [f"dep={tok.dep_}", f"clause={_clause(tok)}",
                  _SENT[min(sent_of[tok.i], 6)]]
            if speech and _under_speech(tok, speech):
                f.append("flag=under_speech")
        else:
            f.append("sent=x")
        f.extend(f"why={p}" for p in _why_phrases(e.evidence, d.rule))
        out.append(f)
    return out


# ---------------------------------------------------------------------------------- the model


@dataclass
class FilterModel:
    """A logistic-regression table: P(event is right) = sigmoid(bias + sum of its features' weights)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    enabled: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, feats: Sequence[str]) -> float:
        w = self.weights
        z = self.bias + sum(map(w.get, feats, _ZEROS))
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"format": "dateline-event-filter/1", "enabled": self.enabled, "threshold": self.threshold,
                "bias": self.bias, **self.meta,
                "features": sorted(self.weights), "weights": {k: self.weights[k] for k in sorted(self.weights)}}


def _check_feature(name: str) -> bool:
    prefix, eq, _ = name.partition("=")
    return bool(eq) and prefix in FEATURE_PREFIXES


def parse_filter(data: Mapping[str, Any], where: str) -> FilterModel:
    if not isinstance(data, Mapping) or data.get("format") != "dateline-event-filter/1":
        raise DataFileError(f"{where}: not an event filter model (format 'dateline-event-filter/1'); see docs/events.md")
    try:
        threshold, bias = float(data["threshold"]), float(data["bias"])
        weights = {str(k): float(v) for k, v in dict(data["weights"]).items()}
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"{where}: an event filter model needs 'threshold', 'bias' and 'weights' ({exc})") from None
    if not 0.0 <= threshold < 1.0:
        raise DataFileError(f"{where}: threshold {threshold} is not in [0, 1)")
    bad = [k for k in weights if not _check_feature(k)]
    if bad:
        raise DataFileError(f"{where}: unknown feature(s) {', '.join(sorted(bad)[:5])}")
    least = data.get("min_sentences", 0)
    if not isinstance(least, int) or isinstance(least, bool) or least < 0:
        raise DataFileError(f"{where}: min_sentences must be a whole number >= 0, not {least!r}")
    if not all(math.isfinite(v) for v in [bias, *weights.values()]):
        raise DataFileError(f"{where}: weights must be finite numbers")
    meta = {k: v for k, v in data.items() if k not in ("format", "enabled", "threshold", "bias", "features", "weights")}
    return FilterModel(weights, bias, threshold, bool(data.get("enabled", False)), meta)


@functools.lru_cache(maxsize=4)
def load_filter(path: str | None = None) -> FilterModel:
    """The model at ``path``, or the bundled one (``dateline/data/events/filter.json``)."""
    data, where = model_json(path, "data/events/filter.json", "event filter")
    return parse_filter(data, where)


class EventFilter:
    """Drops the records whose score is below the model's threshold."""

    def __init__(self, model: FilterModel, speech: frozenset[str] = frozenset()) -> None:
        self.model = model
        self.speech = speech

    def scores(self, ctx: Context, debug: Sequence[Debug]) -> list[float]:
        return [self.model.score(f) for f in event_features(ctx, debug, self.speech)]

    def __call__(self, ctx: Context, debug: list[Debug]) -> list[Debug]:
        if not debug:
            return debug
        # the model learnt from whole articles: its article-level features (how often a country is
        # mentioned, the sentence number, repeats) say nothing about a sentence or two, so shorter
        # input keeps every candidate (the model's ``min_sentences``; 0 filters everything)
        least = int(self.model.meta.get("min_sentences", 0))
        if least:
            table = sentence_table(ctx.doc)
            n = len(table[0]) if table is not None else sum(1 for _ in itertools.islice(ctx.doc.sents, least))
            if n < least:
                return debug
        th = self.model.threshold
        return [d for d, s in zip(debug, self.scores(ctx, debug), strict=True) if s >= th]


def filter_from_settings(extra: Mapping[str, Any], speech: frozenset[str] = frozenset()) -> EventFilter | None:
    """The filter ``Settings.extra["event_filter"]`` (else ``DATELINE_EVENT_FILTER``) asks for:
    False/"off" none, True/"on" the bundled model, a path that model; unset, the bundled model
    when its ``enabled`` field is true."""
    value = switch_value(extra, "event_filter", "DATELINE_EVENT_FILTER")
    if value is False:
        return None
    model = load_filter() if value is None or value is True else load_filter(str(value))  # one cached bundled model
    return EventFilter(model, speech) if value is not None or model.enabled else None


# ---------------------------------------------------------------------------------- training


def design_matrix(rows: Sequence[Sequence[str]], vocab: Sequence[str]) -> Any:
    """Rows of feature names as a 0/1 numpy matrix over ``vocab`` with a last column of ones (the
    bias); features outside ``vocab`` are ignored."""
    import numpy as np

    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, -1] = 1.0
    for r, feats in enumerate(rows):
        for f in feats:
            j = index.get(f)
            if j is not None:
                x[r, j] = 1.0
    return x


def fit_logistic(rows: Sequence[Sequence[str]], labels: Sequence[int], vocab: Sequence[str],
                 l2: float = 1.0, iters: int = 50) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression by Newton's method (deterministic; numpy only).
    ``rows`` are feature-name lists, ``labels`` 1 for a right event, 0 for a false alarm;
    features outside ``vocab`` are ignored; the bias is not penalised."""
    import numpy as np

    x = design_matrix(rows, vocab)
    n, d = x.shape
    y = np.asarray(labels, dtype=float)
    w = np.zeros(d)
    reg = np.full(d, l2)
    reg[-1] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + reg * w
        h = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(h, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return {f: float(w[i]) for i, f in enumerate(vocab)}, float(w[-1])
