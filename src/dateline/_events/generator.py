"""A trained trigger classifier that proposes events the rules miss (docs/events.md, "Candidate generator").

The rule coder proposes a candidate only where a pattern of ``patterns.yaml`` fits. On text it was
not tuned on about half of the events it misses have no candidate at the word that names them:
the word has no rule, or its rules' constraints failed. The generator scores the verbs and nouns
of a sentence that no rule took with a multinomial logistic regression over cheap facts of the
parse (the lemma, its dependency and head, its prepositions and objects, negation and modal
children, whether an actor is its subject or object, the types the rule lexicon gives the lemma)
and, where the best event type scores above the model's threshold, adds a candidate of that type
with a generic rule (subject -> source; direct or prepositional object -> target, the default
slots of a pattern). The coder's usual machinery (arguments, flags, absorption by wrappers and
negators, dates, discourse) then builds the event or lets it die (no resolved source).

Only the lemmas the model names (its ``gate``: lemmas seen as triggers in the training gold) are
scored, so the cost is a set lookup per verb and noun and a few features for the rest.

The model file ``dateline/data/events/generator.json`` holds the classes, the weights per feature
and class, the biases, the threshold, the gate and the training sets;
``scripts/train_event_generator.py`` trains one from gold files (a user can retrain on their own
gold). Switch: ``Settings.extra["event_generator"]`` (or ``DATELINE_EVENT_GENERATOR``): ``False``/
"off" turns it off, ``True``/"on" uses the bundled model, a path uses that model file; unset, the
bundled model's ``enabled`` field decides. Events it proposed carry "learned trigger p=0.71" in
their evidence.
"""

from __future__ import annotations

import functools
import math
from bisect import bisect_left
from operator import add
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.strings import get_string_id
from spacy.symbols import NOUN as _POS_NOUN, VERB as _POS_VERB

from .._errors import DataFileError
from .._models import model_json, switch_value
from .._nlp import token_column

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

    from .coder import Cand, Coder

__all__ = ["GeneratorModel", "TriggerGenerator", "token_features", "load_generator", "generator_from_settings",
           "fit_softmax", "GENERATOR_FEATURES_VERSION", "LEARNED_RULE", "FORMAT"]

FORMAT = "dateline-event-generator/1"
#: bump when token_features changes what it computes
GENERATOR_FEATURES_VERSION = 1
#: the name of the rules the generator makes: "learned:verb:attack>ASSAULT"
LEARNED_RULE = "learned"
FEATURE_PREFIXES = frozenset({
    "l", "tag", "dep", "head", "hl", "prep", "pobj", "pact", "obj", "oact", "subj", "sact", "neg", "aux",
    "pass", "mod", "rules", "norules", "lprep", "xcomp",
})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})
#: the entity-type hashes (the doc's ENT_TYPE column) of date and time words: such a noun is no trigger
DATE_TIME_ENT_TYPES = frozenset({get_string_id("DATE"), get_string_id("TIME")})
_GATED = "dateline.events.generator.gated"


def token_features(tok: Token, pos: str, lemma: str, actor_toks: set[int] | frozenset[int],
                   rule_types: Sequence[str]) -> list[str]:
    """The feature names of a verb or noun token (``pos`` "verb" or "noun")."""
    f = [f"l={pos}:{lemma}", f"tag={tok.tag_}", f"dep={tok.dep_}"]
    head = tok.head
    if head.i != tok.i:
        f.append(f"head={tok.dep_}>{head.pos_}")
        f.append(f"hl={head.lemma_.lower()}")
    if rule_types:
        f.extend(f"rules={t}" for t in sorted(set(rule_types)))
    else:
        f.append("norules=1")
    subj = False
    for c in tok.children:
        d = c.dep_
        if d == "prep" or d == "agent":
            p = c.lower_
            f.append(f"prep={p}")
            f.append(f"lprep={lemma}:{p}")
            for o in c.children:
                if o.dep_ in ("pobj", "pcomp"):
                    f.append(f"pobj={o.lemma_.lower()}")
                    if o.i in actor_toks:
                        f.append(f"pact={p}")
        elif d in ("dobj", "obj", "dative", "attr"):
            f.append(f"obj={c.lemma_.lower()}")
            if c.i in actor_toks:
                f.append("oact=1")
        elif d in ("nsubj", "csubj", "expl"):
            subj = True
            f.append(f"subj={'PRON' if c.pos_ == 'PRON' else 'X'}")
            if c.i in actor_toks:
                f.append("sact=1")
        elif d == "nsubjpass":
            subj = True
            f.append("pass=1")
            if c.i in actor_toks:
                f.append("sact=pass")
        elif d == "neg":
            f.append("neg=1")
        elif d == "aux" and c.lower_ in _MODALS:
            f.append(f"aux={c.lower_}")
        elif d == "auxpass":
            f.append("pass=aux")
        elif d in ("compound", "amod", "poss"):
            f.append(f"mod={c.lemma_.lower()}")
            if c.i in actor_toks:
                f.append("sact=mod")
        elif d == "xcomp":
            f.append(f"xcomp={c.lemma_.lower()}")
    if not subj and pos == "verb":
        f.append("subj=none")
    return f


# ---------------------------------------------------------------------------------- the model


@dataclass
class GeneratorModel:
    """A multinomial logistic regression: the logit of each event type is its bias plus the sum of
    its features' weights; "no event" is the reference class (logit 0)."""

    classes: list[str]
    weights: dict[str, list[float]]
    bias: list[float]
    threshold: float
    gate: frozenset[str]
    enabled: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    def best(self, feats: Sequence[str]) -> tuple[str, float]:
        """The most likely event type and its probability."""
        z = self.bias
        w = self.weights
        for f in feats:
            row = w.get(f)
            if row is not None:
                z = list(map(add, z, row))
        top = max(range(len(z)), key=z.__getitem__)
        m = max(0.0, z[top])
        denom = math.exp(-m) + sum(math.exp(v - m) for v in z)
        return self.classes[top], math.exp(z[top] - m) / denom

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "enabled": self.enabled, "threshold": self.threshold, "classes": self.classes,
                "bias": self.bias, **self.meta, "gate": sorted(self.gate),
                "weights": {k: self.weights[k] for k in sorted(self.weights)}}


def _check_feature(name: str) -> bool:
    prefix, eq, _ = name.partition("=")
    return bool(eq) and prefix in FEATURE_PREFIXES


def parse_generator(data: Mapping[str, Any], where: str) -> GeneratorModel:
    from .ontology import PLOVER_TYPES

    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise DataFileError(f"{where}: not an event generator model (format {FORMAT!r}); see docs/events.md")
    try:
        threshold = float(data["threshold"])
        classes = [str(c) for c in data["classes"]]
        bias = [float(b) for b in data["bias"]]
        weights = {str(k): [float(x) for x in v] for k, v in dict(data["weights"]).items()}
        gate = frozenset(str(g) for g in data["gate"])
    except (KeyError, TypeError, ValueError) as exc:
        raise DataFileError(f"{where}: an event generator model needs 'threshold', 'classes', 'bias', 'weights' "
                            f"and 'gate' ({exc})") from None
    if not 0.0 < threshold < 1.0:
        raise DataFileError(f"{where}: threshold {threshold} is not in (0, 1)")
    bad_types = [c for c in classes if c not in PLOVER_TYPES]
    if bad_types or not classes:
        raise DataFileError(f"{where}: unknown event type(s) {', '.join(bad_types) or '(none given)'}")
    if len(bias) != len(classes) or any(len(v) != len(classes) for v in weights.values()):
        raise DataFileError(f"{where}: every weight row and the bias need one number per class ({len(classes)})")
    bad = [k for k in weights if not _check_feature(k)]
    if bad:
        raise DataFileError(f"{where}: unknown feature(s) {', '.join(sorted(bad)[:5])}")
    bad_gate = [g for g in gate if g.partition(":")[0] not in ("verb", "noun") or not g.partition(":")[2]]
    if bad_gate:
        raise DataFileError(f"{where}: gate entries are 'verb:LEMMA' or 'noun:LEMMA', not {sorted(bad_gate)[:3]}")
    if not all(math.isfinite(x) for x in [*bias, *(x for v in weights.values() for x in v)]):
        raise DataFileError(f"{where}: weights must be finite numbers")
    meta = {k: v for k, v in data.items() if k not in ("format", "enabled", "threshold", "classes", "bias", "gate", "weights")}
    return GeneratorModel(classes, weights, bias, threshold, gate, bool(data.get("enabled", False)), meta)


@functools.lru_cache(maxsize=4)
def load_generator(path: str | None = None) -> GeneratorModel:
    """The model at ``path``, or the bundled one (``dateline/data/events/generator.json``)."""
    data, where = model_json(path, "data/events/generator.json", "event generator")
    return parse_generator(data, where)


class TriggerGenerator:
    """Adds a candidate for each verb or noun no rule took that the model scores as a trigger."""

    def __init__(self, model: GeneratorModel) -> None:
        self.model = model
        self._rules: dict[tuple[str, str, str, float], Any] = {}
        # the gate's lemmas as spaCy string hashes (the doc's LEMMA column); a lemma the tagger
        # capitalised is not looked up again lower-cased (verbs and nouns rarely are)
        self._verb_hashes = frozenset(get_string_id(g[5:]) for g in model.gate if g.startswith("verb:"))
        self._noun_hashes = frozenset(get_string_id(g[5:]) for g in model.gate if g.startswith("noun:"))
        self._gate_hashes = self._verb_hashes | self._noun_hashes

    def features(self, coder: Coder, tok: Token, pos: str, actor_toks: set[int]) -> list[str]:
        lemma = tok.lemma_.lower()
        rules = coder._rules(tok, pos)
        return token_features(tok, pos, lemma, actor_toks, [r.type for r in rules if r.type is not None])

    def _gated(self, doc: Any) -> list[tuple[int, str]]:
        """(index, pos) of the doc's verbs and nouns whose lemma the gate lets through, found once
        per doc from its cached lemma and part-of-speech columns (a set lookup per word)."""
        key = (_GATED, id(self))
        hit: list[tuple[int, str]] | None = doc.user_data.get(key)
        if hit is None:
            lemmas = token_column(doc, "LEMMA")
            hashes = self._gate_hashes
            poss, ents = token_column(doc, "POS"), token_column(doc, "ENT_TYPE")
            hit = []
            for i in [i for i, h in enumerate(lemmas) if h in hashes]:
                p = poss[i]
                if p == _POS_VERB and lemmas[i] in self._verb_hashes:
                    hit.append((i, "verb"))
                elif p == _POS_NOUN and lemmas[i] in self._noun_hashes and ents[i] not in DATE_TIME_ENT_TYPES:
                    hit.append((i, "noun"))
            doc.user_data[key] = hit
        return hit

    def candidates(self, sent: SpacySpan, taken: Sequence[Mapping[int, Any]]) -> list[tuple[Token, str]]:
        """The verbs and nouns of ``sent`` the gate lets through that no rule took: (token, pos)."""
        gated = self._gated(sent.doc)
        if not gated:
            return []
        lo = bisect_left(gated, (sent.start, ""))
        hi = bisect_left(gated, (sent.end, ""), lo)
        doc = sent.doc
        return [(doc[i], pos) for i, pos in gated[lo:hi] if not any(i in t for t in taken)]

    def propose(self, coder: Coder, sent: SpacySpan, verb_cands: dict[int, Cand], noun_cands: dict[int, Cand],
                actor_toks: set[int]) -> None:
        found = self.candidates(sent, (verb_cands, noun_cands))
        if not found:
            return
        from .coder import Cand
        from .patterns import Rule

        model = self.model
        for tok, pos in found:
            type_, p = model.best(self.features(coder, tok, pos, actor_toks))
            if p < model.threshold:
                continue
            lemma = tok.lemma_.lower()
            conf = round(0.8 * p, 2)  # below a pattern's usual 0.8: a rule's record of the same event wins
            key = (pos, lemma, type_, conf)
            r = self._rules.get(key)
            if r is None:
                r = self._rules[key] = Rule(name=f"{LEARNED_RULE}:{pos}:{lemma}>{type_}", pos=pos,
                                            lemmas=frozenset({lemma}), type=type_, confidence=conf)
            c = Cand(tok=tok, rule=r, pos=pos, type=type_, mode=None, context=[], cameo=None, anchor=tok,
                     trigger=[tok], why=[r.name, f"learned trigger p={p:.2f}"])
            (verb_cands if pos == "verb" else noun_cands)[tok.i] = c


def token_attrs_of(doc: Any) -> tuple[list[int], list[int]]:
    """The ENT_TYPE and POS columns of the doc's shared token table."""
    return token_column(doc, "ENT_TYPE"), token_column(doc, "POS")


def generator_from_settings(extra: Mapping[str, Any]) -> TriggerGenerator | None:
    """The generator ``Settings.extra["event_generator"]`` (else ``DATELINE_EVENT_GENERATOR``) asks
    for: False/"off" none, True/"on" the bundled model, a path that model; unset, the bundled
    model when its ``enabled`` field is true."""
    value = switch_value(extra, "event_generator", "DATELINE_EVENT_GENERATOR")
    if value is False:
        return None
    if isinstance(value, GeneratorModel):
        return TriggerGenerator(value)
    model = load_generator() if value is None or value is True else load_generator(str(value))  # one cached bundled model
    return TriggerGenerator(model) if value is not None or model.enabled else None


# ---------------------------------------------------------------------------------- training


def fit_softmax(rows: Sequence[Sequence[str]], labels: Sequence[int], vocab: Sequence[str], n_classes: int,
                l2: float = 1.0, iters: int = 300) -> tuple[dict[str, list[float]], list[float]]:
    """L2-regularised multinomial logistic regression with "no event" (label 0) as the reference
    class, by full-batch gradient descent with Adam steps (deterministic; numpy only). ``rows`` are
    feature-name lists, ``labels`` 0 for no event or 1..n_classes for a type; features outside
    ``vocab`` are ignored; the biases are not penalised. Returns weights per feature
    (n_classes numbers) and the biases."""
    import numpy as np

    index = {f: i for i, f in enumerate(vocab)}
    n, d, k = len(rows), len(vocab), n_classes
    r_idx: list[int] = []
    c_idx: list[int] = []
    for r, feats in enumerate(rows):
        r_idx.append(r)
        c_idx.append(d)  # the bias: a feature every row has (never penalised)
        for j in sorted({index[f] for f in feats if f in index}):
            r_idx.append(r)
            c_idx.append(j)
    ri, ci = np.asarray(r_idx, dtype=np.int64), np.asarray(c_idx, dtype=np.int64)
    row_starts = np.flatnonzero(np.r_[True, ri[1:] != ri[:-1]])  # ri is sorted, every row present
    by_col = np.argsort(ci, kind="stable")
    ci_s, ri_s = ci[by_col], ri[by_col]
    col_starts = np.flatnonzero(np.r_[True, ci_s[1:] != ci_s[:-1]])
    cols_present = ci_s[col_starts]
    y = np.zeros((n, k + 1))
    y[np.arange(n), np.asarray(labels, dtype=np.int64)] = 1.0
    w = np.zeros((d + 1, k))
    reg = np.full((d + 1, 1), float(l2))
    reg[d] = 0.0
    m, v = np.zeros_like(w), np.zeros_like(w)
    lr, beta1, beta2, eps = 0.1, 0.9, 0.999, 1e-8
    for step in range(1, iters + 1):
        z = np.add.reduceat(w[ci], row_starts, axis=0)
        full = np.concatenate([np.zeros((n, 1)), z], axis=1)
        full -= full.max(axis=1, keepdims=True)
        p = np.exp(full)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y)[:, 1:]  # d loss / d z
        grad = reg * w
        grad[cols_present] += np.add.reduceat(g[ri_s], col_starts, axis=0)
        m *= beta1
        m += (1 - beta1) * grad
        v *= beta2
        v += (1 - beta2) * grad * grad
        w -= lr * (m / (1 - beta1 ** step)) / (np.sqrt(v / (1 - beta2 ** step)) + eps)
    return {f: [float(x) for x in w[i]] for f, i in index.items()}, [float(x) for x in w[d]]
