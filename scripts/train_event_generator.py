"""Train the events layer's candidate generator (src/dateline/_events/generator.py) from gold files.

    .venv/bin/python scripts/train_event_generator.py GOLD.jsonl ... \
        [--out src/dateline/data/events/generator.json] [--enable]

For every all-layer gold file the pipeline parses and codes each article (generator off); every verb
and noun that no rule took becomes a training row with the generator's features
(generator.token_features). A row is labelled with a gold event's type when it heads that event's
trigger (the gold ``trigger`` text, first found in the article; its head is the root of the words
when that is a verb or noun, else their first verb, else their first noun), else "no event".

The model is a multinomial logistic regression ("no event" the reference class). Only lemmas seen
heading a trigger at least ``--gate-min`` times in the training rows are scored at run time (the
gate). The regularisation and the threshold are chosen by leave-one-FILE-out cross-validation of
the whole events pipeline (the shipped candidate filter on): each file in turn is held out, a model
trained on the others proposes candidates in its articles, the events layer codes them again, and
the evaluator scores the file. The pair that maximises the pooled event F1 of the held-out files
(tp/fp/fn summed) wins; the script prints each file's P/R/F1 without and with the generator. The
final model is trained on everything and written with its threshold, gate, features, training
files and date. Deterministic.

Without --enable the written model is off by default (Settings.extra["event_generator"] = True or a
path still switches it on). Use only gold you may tune on: the files given are read in full.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Span as SpacySpan

from dateline import _evaluate as E
from dateline._events.coder import Cand, Coder
from dateline._events.generator import (
    GENERATOR_FEATURES_VERSION, GeneratorModel, TriggerGenerator, fit_softmax, parse_generator, token_attrs_of,
)
from dateline._events.ontology import PLOVER_TYPES
from dateline._pipeline import Context, Pipeline, Settings

L2_GRID = (1.0, 3.0, 10.0)
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7)
CLASSES = sorted(PLOVER_TYPES)


class Recorder(TriggerGenerator):
    """Records the features of every verb and noun no rule took (proposes nothing)."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, str, str, list[str], bool]] = []  # (token index, pos, lemma, features, taken)

    def propose(self, coder: Coder, sent: SpacySpan, verb_cands: dict[int, Cand], noun_cands: dict[int, Cand],
                actor_toks: set[int]) -> None:
        from spacy.symbols import NOUN, VERB

        from dateline._events.generator import DATE_TIME_ENT_TYPES

        doc = sent.doc
        ents, poss = token_attrs_of(doc)
        for i in range(sent.start, sent.end):
            if poss[i] == VERB:
                pos = "verb"
            elif poss[i] == NOUN and ents[i] not in DATE_TIME_ENT_TYPES:
                pos = "noun"
            else:
                continue
            tok = doc[i]
            self.rows.append((i, pos, tok.lemma_.lower(), self.features(coder, tok, pos, actor_toks),
                              i in verb_cands or i in noun_cands))


def _trigger_heads(ctx: Context, gold: list[dict[str, Any]]) -> dict[int, str]:
    """Token index -> gold type for the head of each gold event's trigger; "" for the trigger of a
    negated or hypothetical event (its head is often the negator or the modal verb: no row)."""
    text = ctx.doc.text
    low = text.lower()
    out: dict[int, str] = {}
    for g in gold:
        trig = (g.get("trigger") or "").strip()
        if not trig:
            continue
        at = low.find(trig.lower())
        if at < 0:
            continue
        span = ctx.doc.char_span(at, at + len(trig), alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root if span.root.pos_ in ("VERB", "NOUN") else next(
            (t for t in span if t.pos_ == "VERB"), next((t for t in span if t.pos_ == "NOUN"), None))
        if head is not None:
            flagged = g.get("negated") or g.get("hypothetical")
            if flagged or out.get(head.i) != "":
                out[head.i] = "" if flagged else out.get(head.i, g["type"])
    return out


def _snapshot_triggers(paths: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
    """Article id -> the trigger spans an earlier coder proposed there (filter candidate snapshots,
    tests/gold/filter_snapshots: made before anyone tuned the rules on that gold file)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for path in paths:
        stored = json.loads(Path(path).read_text(encoding="utf-8"))
        for arts in stored["data"].values():
            for a in arts:
                out.setdefault(a["id"], []).extend(tuple(p["trigger"]["span"]) for p in a["preds"] if p.get("trigger"))
    return out


def extract(pipe: Pipeline, paths: Sequence[str], snapshots: dict[str, list[tuple[int, int]]],
            rows_from: str) -> dict[str, list[dict[str, Any]]]:
    """Per gold file, per article: the context (kept to code again), gold events and the rows:
    the verbs and nouns today's rules did not take, or (an article in a snapshot) those the
    snapshot's coder made no event of, or (rows_from "all") every verb and noun."""
    events_layer = next(l for l in pipe.layers if l.name == "events")
    coder: Coder = getattr(events_layer, "coder")
    out: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        arts = []
        for i, g in E.gold_with_events(path):
            recorder = Recorder()
            coder.generator = recorder
            try:
                ctx = E.gold_context(pipe, g, i)
            finally:
                coder.generator = None
            heads = _trigger_heads(ctx, g["events"])
            old = snapshots.get(g["id"]) if rows_from == "snapshots" else None
            old_toks: set[int] = set()
            for sp in old or ():
                span = ctx.char_span(sp)
                if span is not None:
                    old_toks.update(t.i for t in span)
            rows = [(feats, 1 + CLASSES.index(heads[i]) if i in heads else 0, f"{pos}:{lemma}")
                    for i, pos, lemma, feats, taken in recorder.rows
                    if heads.get(i) != "" and (rows_from == "all" or (i not in old_toks if old is not None else not taken))]
            arts.append({"id": g["id"], "gold": g["events"], "ctx": ctx, "rows": rows,
                         "base": [e.to_dict() for e in ctx.article.events]})
        out[Path(path).stem] = arts
        n = sum(len(a["rows"]) for a in arts)
        pos_n = sum(1 for a in arts for r in a["rows"] if r[1])
        print(f"  {Path(path).stem}: {len(arts)} articles, {n} rows, {pos_n} at a gold trigger", file=sys.stderr)
    return out


def rule_lemmas(pipe: Pipeline) -> frozenset[str]:
    """'verb:LEMMA' and 'noun:LEMMA' for every lemma with a typed event or wrapper rule."""
    coder: Coder = getattr(next(l for l in pipe.layers if l.name == "events"), "coder")
    return frozenset(f"{pos}:{lemma}" for pos, table in (("verb", coder.p.verbs), ("noun", coder.p.nouns))
                     for lemma, rules in table.items() if any(r.type and r.role in ("event", "wrapper") for r in rules))


def train(parts: Sequence[list[dict[str, Any]]], l2: float, min_count: int, gate_min: int,
          extra_gate: frozenset[str] = frozenset()) -> GeneratorModel:
    rows = [r for arts in parts for a in arts for r in a["rows"]]
    feats = [r[0] for r in rows]
    c = Counter(f for fs in feats for f in set(fs))
    vocab = sorted(f for f, n in c.items() if n >= min_count)
    w, b = fit_softmax(feats, [r[1] for r in rows], vocab, len(CLASSES), l2=l2)
    positives = Counter(r[2] for r in rows if r[1])
    gate = frozenset(k for k, n in positives.items() if n >= gate_min) | extra_gate
    # only weights that can matter: features seen with a gated lemma
    seen = {f for r in rows if r[2] in gate for f in r[0]}
    weights = {k: [round(x, 4) for x in v] for k, v in w.items() if k in seen and max(map(abs, v)) >= 1e-3}
    return GeneratorModel(list(CLASSES), weights, [round(x, 4) for x in b], 0.5, gate)


def recode(pipe: Pipeline, art: dict[str, Any], gen: TriggerGenerator | None) -> list[dict[str, Any]]:
    """The article's events coded again with generator ``gen``."""
    events_layer = next(l for l in pipe.layers if l.name == "events")
    coder: Coder = getattr(events_layer, "coder")
    ctx: Context = art["ctx"]
    coder.generator = gen
    try:
        ctx.article.events.clear()
        events_layer(ctx)
    finally:
        coder.generator = None
    return [e.to_dict() for e in ctx.article.events]


def _prf(s: E.Score) -> list[float]:
    return [round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)]


def cross_validate(pipe: Pipeline, data: dict[str, list[dict[str, Any]]], min_count: int, gate_min: int,
                   resolve: E.NameResolver, l2_grid: Sequence[float], thresholds: Sequence[float],
                   extra_gate: frozenset[str] = frozenset()) -> tuple[float, float, dict[str, Any]]:
    names = sorted(data)
    base = {h: E.Score() for h in names}
    for h in names:
        for a in data[h]:
            base[h].add(E.score_events(a["gold"], a["base"], resolve, [], []))
    best: tuple[float, float, float, dict[str, E.Score]] | None = None
    for l2 in l2_grid:
        models = {h: train([data[n] for n in names if n != h], l2, min_count, gate_min, extra_gate) for h in names}
        for th in thresholds:
            per: dict[str, E.Score] = {}
            tot = E.Score()
            for h in names:
                models[h].threshold = th
                gen = TriggerGenerator(models[h])
                s = E.Score()
                for a in data[h]:
                    s.add(E.score_events(a["gold"], recode(pipe, a, gen), resolve, [], []))
                per[h] = s
                tot.add(s)
            print(f"  l2={l2} th={th}: pooled {tot.precision:.3f}/{tot.recall:.3f}/{tot.f1:.3f} (tp {tot.tp} fp {tot.fp})",
                  file=sys.stderr)
            if best is None or tot.f1 > best[0] + 1e-9:
                best = (tot.f1, l2, th, per)
    assert best is not None
    table: dict[str, Any] = {}
    tb, ta = E.Score(), E.Score()
    for h in names:
        b, a = base[h], best[3][h]
        tb.add(b)
        ta.add(a)
        table[h] = {"before": _prf(b), "after": _prf(a)}
    table["ALL"] = {"before": _prf(tb), "after": _prf(ta)}
    print(f"\nleave-one-file-out CV (l2={best[1]}, threshold={best[2]}): events P/R/F1 without -> with", file=sys.stderr)
    for h, v in table.items():
        print(f"  {h:<10} {v['before']} -> {v['after']}", file=sys.stderr)
    return best[1], best[2], table


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("gold", nargs="+", help="all-layer gold files you may tune on")
    ap.add_argument("--out", default="src/dateline/data/events/generator.json")
    ap.add_argument("--enable", action="store_true", help="write the model switched on by default")
    ap.add_argument("--min-count", type=int, default=2, help="keep features seen on at least this many rows")
    ap.add_argument("--gate-min", type=int, default=2, help="score only lemmas heading a trigger this often in training")
    ap.add_argument("--l2", type=float, nargs="+", help="regularisation strengths to try (default 1 3 10)")
    ap.add_argument("--threshold", type=float, nargs="+", help=f"thresholds to try (default {' '.join(f'{t:g}' for t in THRESHOLDS)})")
    ap.add_argument("--snapshot", action="extend", nargs="+", default=[],
                    help="filter candidate snapshot(s): their articles' rows are the words an earlier coder made no event of")
    ap.add_argument("--rows", choices=("untaken", "snapshots", "all"), default="snapshots",
                    help="which verbs and nouns are training rows (default: snapshots where given, else untaken today)")
    ap.add_argument("--gate-rules", action="store_true",
                    help="score the lemmas of the rule lexicon too (where no rule fitted), not only those seen as triggers")
    ap.add_argument("--no-cv", action="store_true", help="skip the CV: first --l2 and --threshold")
    args = ap.parse_args(argv)
    pipe = Pipeline(Settings(extra={"event_generator": False}))
    data = extract(pipe, args.gold, _snapshot_triggers(args.snapshot), args.rows)
    resolve = E.default_resolver()
    l2_grid = tuple(args.l2) if args.l2 else L2_GRID
    ths = tuple(args.threshold) if args.threshold else THRESHOLDS
    extra_gate = rule_lemmas(pipe) if args.gate_rules else frozenset()
    cv: dict[str, Any] = {}
    if args.no_cv:
        l2, th = l2_grid[0], ths[0]
    else:
        l2, th, cv = cross_validate(pipe, data, args.min_count, args.gate_min, resolve, l2_grid, ths, extra_gate)
    model = train(list(data.values()), l2, args.min_count, args.gate_min, extra_gate)
    model.threshold = th
    model.enabled = args.enable
    rows = [r for arts in data.values() for a in arts for r in a["rows"]]
    model.meta = {"trained": dt.date.today().isoformat(), "features_version": GENERATOR_FEATURES_VERSION,
                  "training_sets": sorted(data), "rows": len(rows), "positives": sum(1 for r in rows if r[1]),
                  "l2": l2, "min_count": args.min_count, "gate_min": args.gate_min, "gate_rules": args.gate_rules, "rows_from": args.rows, "cv": cv}
    parse_generator(model.to_dict(), args.out)  # the file about to be written loads as the layer will load it
    Path(args.out).write_text(json.dumps(model.to_dict(), indent=None, ensure_ascii=False, separators=(",", ":")) + "\n",
                              encoding="utf-8")
    print(f"wrote {args.out}: {len(model.weights)} weights, gate {len(model.gate)} lemmas, threshold {th}, "
          f"enabled={model.enabled}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
