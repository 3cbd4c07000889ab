"""Train the events layer's argument chooser (src/dateline/_events/arguments.py) from gold files.

    .venv/bin/python scripts/train_event_arguments.py GOLD.jsonl ... \
        [--out src/dateline/data/events/arguments.json] [--enable]

For every all-layer gold file the pipeline codes the articles with the chooser recording: each
event the rules (and the discourse targets) coded gets its candidate actors (the actors chosen and
the actor mentions of its sentence) with their features (arguments.pair_features). With
``--snapshot`` (the filter's candidate snapshots, tests/gold/filter_snapshots) the events an earlier
coder proposed for a gold file before anyone tuned on it are recorded the same way: the rules'
choices on text they were not fitted to. An event is labelled by the gold event
of the same type whose trigger (the gold ``trigger`` text) lies in the same sentence, the nearest
one to the event's trigger when there are several; its candidates are labelled source / target by
whether the gold event's sources / targets name them (the evaluator's own ``ref_matches``; for a
reciprocal type both labels mean "a participant"). Events with no such gold event give no rows.

Two L2-regularised logistic regressions (P(source), P(target); filter.fit_logistic) are trained
on the rows. The regularisation, the two thresholds and the margin (how much more likely, in
joint log-likelihood, the model's actor lists must be than the rules' before they replace them)
are chosen by leave-one-FILE-out cross-validation: a model trained without a file re-chooses the
arguments while the events layer codes that file again (the candidate filter on as shipped), and
re-chooses the arguments of that file's snapshot events (kept by the shipped filter); the evaluator
scores both. The setting with the best pooled event F1 of the held-out snapshots (``--choose-on``)
wins. The final model is trained on every file. Deterministic.

Without --enable the written model is off by default (Settings.extra["event_arguments"] = True
or a path still switches it on). Use only gold you may tune on: the files given are read in full.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from types import SimpleNamespace
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dateline import _evaluate as E
from dateline._events.arguments import FEATURES_VERSION, RECIPROCAL, ArgumentChooser, ArgumentModel, parse_arguments
from dateline._events.coder import ActorIndex
from dateline._events.filter import design_matrix, load_filter
from dateline._records import Actor
from dateline._pipeline import Context, Pipeline, Settings

L2_GRID = (1.0, 3.0)
MARGINS = (0.0, 1.0, 2.0, 3.0, 5.0)
THRESHOLDS = ((0.5, 0.5), (0.6, 0.6))
Data = dict[str, list[dict[str, Any]]]


def _gold_triggers(text: str, gold: list[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    """(offset, gold event) for every place the gold event's trigger text occurs in the article."""
    low = text.lower()
    out = []
    for g in gold:
        trig = (g.get("trigger") or "").strip().lower()
        if not trig:
            continue
        at = low.find(trig)
        while at >= 0:
            out.append((at, g))
            at = low.find(trig, at + 1)
    return out


def label_rows(text: str, gold: list[dict[str, Any]], rows: list[dict[str, Any]], resolve: E.NameResolver) -> list[tuple[list[str], int, int]]:
    """(features, is source, is target) per candidate of each event a gold event labels."""
    places = _gold_triggers(text, gold)
    out = []
    for r in rows:
        s0, s1 = r["sentence"]
        t0 = r["trigger"][0]
        near = [(abs(at - t0), i) for i, (at, g) in enumerate(places) if s0 <= at < s1 and g["type"] == r["type"]]
        if not near:
            continue
        g = places[min(near)[1]][1]
        gs, gt = list(g.get("sources") or []), list(g.get("targets") or [])
        for a, f in zip(r["actors"], r["feats"], strict=True):
            src = any(E.ref_matches(x, a, resolve) for x in gs)
            tgt = any(E.ref_matches(x, a, resolve) for x in gt)
            if r["type"] in RECIPROCAL:
                src = tgt = src or tgt
            out.append((f, int(src), int(tgt)))
    return out


def extract(pipe: Pipeline, paths: Sequence[str], resolve: E.NameResolver) -> Data:
    events_layer = next(l for l in pipe.layers if l.name == "events")
    out: Data = {}
    for path in paths:
        arts = []
        for i, g in E.gold_with_events(path):
            recorder = ArgumentChooser(None, record=True)
            setattr(events_layer, "arguments", recorder)
            try:
                ctx = E.gold_context(pipe, g, i)
            finally:
                setattr(events_layer, "arguments", None)
            rows = label_rows(ctx.text, g["events"], recorder.rows, resolve)
            arts.append({"id": g["id"], "gold": g["events"], "ctx": ctx, "rows": rows,
                         "base": [e.to_dict() for e in ctx.article.events]})
        out[Path(path).stem] = arts
        n = sum(len(a["rows"]) for a in arts)
        print(f"  {Path(path).stem}: {len(arts)} articles, {n} labelled pairs, "
              f"{sum(r[1] for a in arts for r in a['rows'])} sources, {sum(r[2] for a in arts for r in a['rows'])} targets",
              file=sys.stderr)
    return out


def _actor(d: dict[str, Any]) -> Actor:
    return Actor(id=d.get("id"), name=d.get("name") or "", kind=d.get("kind") or "", country=d.get("country"),
                 sector=d.get("sector"), wikidata=d.get("wikidata"), text=d.get("text") or "",
                 span=tuple(d["span"]) if d.get("span") else None, resolved_by=d.get("resolved_by"))  # type: ignore[arg-type]


def _fakes(preds: list[dict[str, Any]]) -> list[Any]:
    """Records the chooser can read (event type, trigger, sentence, actors, evidence; the rule
    name) made from a snapshot's predicted events; fresh actor lists each time."""
    out = []
    for p in preds:
        ev = SimpleNamespace(type=p["type"], trigger=SimpleNamespace(span=tuple(p["trigger"]["span"])), span=tuple(p["span"]),
                             sources=[_actor(a) for a in p["sources"]], targets=[_actor(a) for a in p["targets"]],
                             evidence=p.get("evidence") or "")
        out.append(SimpleNamespace(event=ev, rule=(p.get("evidence") or "").split(": ")[0].split(";")[0]))
    return out


def rechoose(art: dict[str, Any], chooser: ArgumentChooser | None) -> list[dict[str, Any]]:
    """A snapshot article's kept predictions with their arguments chosen again by ``chooser``."""
    preds = [p for p, k in zip(art["snap_preds"], art["snap_keep"], strict=True) if k]
    if chooser is None:
        return preds
    ctx: Context = art["ctx"]
    fakes = _fakes(preds)
    mentions = ActorIndex(ctx, list(ctx.state["actor_mentions"]), fallback=False)
    by_sent: dict[int, list[Any]] = {}
    for f in fakes:
        cs = ctx.clean_span(f.event.trigger.span)[0]
        tok = ctx.doc.char_span(cs, cs + 1, alignment_mode="expand")
        if tok is None or not len(tok):
            continue
        by_sent.setdefault(tok[0].sent.start, []).append(f)
    for s0, found in by_sent.items():
        chooser(ctx, ctx.doc[s0].sent, found, mentions)
    return [dict(p, sources=[a.to_dict() for a in f.event.sources], targets=[a.to_dict() for a in f.event.targets])
            for p, f in zip(preds, fakes, strict=True)]


def add_snapshots(data: Data, paths: Sequence[str], resolve: E.NameResolver) -> None:
    """Each snapshot article (an earlier coder's events on a gold file before it was tuned on it):
    its events kept by the shipped filter, their candidate rows (labelled) for training."""
    flt = load_filter()
    by_id = {a["id"]: a for arts in data.values() for a in arts}
    n = 0
    for path in paths:
        stored = json.loads(Path(path).read_text(encoding="utf-8"))
        for name, arts in stored["data"].items():
            for s in arts:
                a = by_id.get(s["id"])
                if a is None:
                    continue
                a["snap_preds"] = s["preds"]
                a["snap_keep"] = [flt.score(f) >= flt.threshold for f in s["feats"]]
                recorder = ArgumentChooser(None, record=True)
                rechoose(a, recorder)
                a["snap_rows"] = label_rows(a["ctx"].text, a["gold"], recorder.rows, resolve)
                n += len(a["snap_rows"])
    print(f"  snapshots: {sum(1 for a in by_id.values() if 'snap_preds' in a)} articles, {n} labelled pairs", file=sys.stderr)


def fit_logistic_cg(x: Any, labels: Sequence[int], l2: float, iters: int = 30, cg_iters: int = 50) -> Any:
    """L2-regularised logistic regression by Newton's method with conjugate-gradient steps
    (Hessian-vector products only: fast for thousands of features; deterministic; numpy only).
    The last column of ``x`` is the unpenalised bias; returns the weight vector."""
    import numpy as np

    y = np.asarray(labels, dtype=float)
    d = x.shape[1]
    w = np.zeros(d)
    reg = np.full(d, l2)
    reg[-1] = 1e-6
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        g = x.T @ (p - y) + reg * w
        if float(np.max(np.abs(g))) < 1e-6:
            break
        s = p * (1 - p)
        # solve H step = g by conjugate gradients, H v = X^T (s * X v) + reg v
        step = np.zeros(d)
        r = g.copy()
        q = r.copy()
        rr = float(r @ r)
        for _ in range(cg_iters):
            hq = x.T @ (s * (x @ q)) + reg * q
            alpha = rr / float(q @ hq)
            step += alpha * q
            r -= alpha * hq
            rr_new = float(r @ r)
            if rr_new < 1e-12:
                break
            q = r + (rr_new / rr) * q
            rr = rr_new
        w -= step
        if float(np.max(np.abs(step))) < 1e-7:
            break
    return w


def train(parts: Sequence[list[dict[str, Any]]], l2: float, min_count: int) -> ArgumentModel:
    rows = [r for arts in parts for a in arts for r in [*a["rows"], *a.get("snap_rows", ())]]
    feats = [r[0] for r in rows]
    c = Counter(f for fs in feats for f in set(fs))
    vocab = sorted(f for f, n in c.items() if n >= min_count)
    x = design_matrix(feats, vocab)
    ws = fit_logistic_cg(x, [r[1] for r in rows], l2)
    wt = fit_logistic_cg(x, [r[2] for r in rows], l2)

    def table(w: Any) -> dict[str, float]:
        return {k: round(float(w[i]), 4) for i, k in enumerate(vocab) if abs(w[i]) >= 1e-4}

    return ArgumentModel(table(ws), round(float(ws[-1]), 4), table(wt), round(float(wt[-1]), 4))


def recode(pipe: Pipeline, art: dict[str, Any], chooser: ArgumentChooser | None) -> list[dict[str, Any]]:
    events_layer = next(l for l in pipe.layers if l.name == "events")
    ctx: Context = art["ctx"]
    setattr(events_layer, "arguments", chooser)
    try:
        ctx.article.events.clear()
        events_layer(ctx)
    finally:
        setattr(events_layer, "arguments", None)
    return [e.to_dict() for e in ctx.article.events]


def _prf(s: E.Score) -> list[float]:
    return [round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)]


def cross_validate(pipe: Pipeline, data: Data, min_count: int, resolve: E.NameResolver,
                   l2_grid: Sequence[float], thresholds: Sequence[tuple[float, float]], margins: Sequence[float],
                   choose_on: str) -> tuple[tuple[float, float, float, float], dict[str, Any]]:
    """Leave one file out. "current": the whole events layer codes the held-out file again (filter
    on); "snapshots": the held-out file's snapshot events (kept by the shipped filter) get their
    arguments chosen again. The setting with the best pooled F1 of ``choose_on`` wins."""
    names = sorted(data)
    whats = ("current", "snapshots")

    def run(h: str, what: str, chooser: ArgumentChooser | None) -> E.Score:
        s = E.Score()
        for a in data[h]:
            if what == "current":
                s.add(E.score_events(a["gold"], recode(pipe, a, chooser), resolve, [], []))
            elif "snap_preds" in a:
                s.add(E.score_events(a["gold"], rechoose(a, chooser), resolve, [], []))
        return s

    base = {(h, w): run(h, w, None) for h in names for w in whats}
    for w in whats:
        tb = E.Score()
        for h in names:
            tb.add(base[(h, w)])
        print(f"  without, {w}: pooled {tb.precision:.3f}/{tb.recall:.3f}/{tb.f1:.3f} (tp {tb.tp} fp {tb.fp})", file=sys.stderr)
    best: tuple[float, tuple[float, float, float, float], dict[tuple[str, str], E.Score]] | None = None
    for l2 in l2_grid:
        models = {h: train([data[n] for n in names if n != h], l2, min_count) for h in names}
        for ths, tht in thresholds:
            for margin in margins:
                per: dict[tuple[str, str], E.Score] = {}
                tot = {w: E.Score() for w in whats}
                for h in names:
                    m = models[h]
                    m.src_threshold, m.tgt_threshold, m.margin = ths, tht, margin
                    chooser = ArgumentChooser(m)
                    for w in whats:
                        per[(h, w)] = run(h, w, chooser)
                        tot[w].add(per[(h, w)])
                judged = E.Score()
                for w in whats:
                    if choose_on in (w, "both"):
                        judged.add(tot[w])
                print(f"  l2={l2} th={ths}/{tht} margin={margin}: " + "  ".join(
                    f"{w} {t.precision:.3f}/{t.recall:.3f}/{t.f1:.3f} (tp {t.tp} fp {t.fp})" for w, t in tot.items()), file=sys.stderr)
                if best is None or judged.f1 > best[0] + 1e-9:
                    best = (judged.f1, (l2, ths, tht, margin), per)
    assert best is not None
    table: dict[str, Any] = {}
    print(f"\nleave-one-file-out CV {best[1]} (chosen on {choose_on}): events P/R/F1 without -> with", file=sys.stderr)
    for w in whats:
        tb, ta = E.Score(), E.Score()
        for h in names:
            b, a = base[(h, w)], best[2][(h, w)]
            if not (b.tp or b.fp or b.fn):
                continue
            tb.add(b)
            ta.add(a)
            table[f"{w}:{h}"] = {"before": _prf(b), "after": _prf(a)}
        table[f"{w}:ALL"] = {"before": _prf(tb), "after": _prf(ta)}
    for h, v in table.items():
        print(f"  {h:<18} {v['before']} -> {v['after']}", file=sys.stderr)
    return best[1], table


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("gold", nargs="+", help="all-layer gold files you may tune on")
    ap.add_argument("--out", default="src/dateline/data/events/arguments.json")
    ap.add_argument("--enable", action="store_true", help="write the model switched on by default")
    ap.add_argument("--snapshot", action="append", default=[], help="filter candidate snapshot(s): unseen-text events to train and judge on")
    ap.add_argument("--choose-on", choices=("current", "snapshots", "both"), help="whose CV F1 picks the setting (default: snapshots when given)")
    ap.add_argument("--min-count", type=int, default=3, help="keep features seen on at least this many pairs")
    ap.add_argument("--l2", type=float, help="skip the search: this regularisation ...")
    ap.add_argument("--thresholds", help="... these source/target thresholds (e.g. 0.5/0.5) ...")
    ap.add_argument("--margin", type=float, help="... and this margin")
    args = ap.parse_args(argv)
    resolve = E.default_resolver()
    pipe = Pipeline(Settings(extra={"event_arguments": False}))
    data = extract(pipe, args.gold, resolve)
    add_snapshots(data, args.snapshot, resolve)
    choose_on = args.choose_on or ("snapshots" if args.snapshot else "current")
    cv: dict[str, Any] = {}
    if args.l2 is not None and args.thresholds and args.margin is not None:
        ths, tht = (float(x) for x in args.thresholds.split("/"))
        l2, margin = args.l2, args.margin
    else:
        (l2, ths, tht, margin), cv = cross_validate(pipe, data, args.min_count, resolve, L2_GRID, THRESHOLDS, MARGINS, choose_on)
    model = train(list(data.values()), l2, args.min_count)
    model.src_threshold, model.tgt_threshold, model.margin = ths, tht, margin
    model.enabled = args.enable
    model.meta = {"trained": dt.date.today().isoformat(), "features_version": FEATURES_VERSION,
                  "training_sets": sorted(data), "snapshot_files": [Path(p).name for p in args.snapshot], "choose_on": choose_on,
                  "pairs": sum(len(a["rows"]) + len(a.get("snap_rows", ())) for arts in data.values() for a in arts),
                  "l2": l2, "min_count": args.min_count, "cv": cv}
    parse_arguments(model.to_dict(), args.out)
    Path(args.out).write_text(json.dumps(model.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(model.src)}+{len(model.tgt)} weights, thresholds {ths}/{tht}, margin {margin}, "
          f"enabled={model.enabled}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
