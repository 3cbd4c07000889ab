"""Train the events layer's candidate filter (src/dateline/_events/filter.py) from gold files.

    .venv/bin/python scripts/train_event_filter.py GOLD.jsonl ... [--snapshot SNAP.json ...] \
        [--out src/dateline/data/events/filter.json] [--enable]
    .venv/bin/python scripts/train_event_filter.py GOLD.jsonl ... --write-snapshot SNAP.json

For every gold file (all-layer gold with "events"), the pipeline codes the articles with the
filter off; each proposed event gets its features (filter.event_features) and a label from the
evaluator's own matching (dateline._evaluate.score_events): 1 when the scorer counts it as a hit
or a repeat of a hit, 0 when it counts it as a false alarm.

Snapshots. A coder tuned on a gold file makes fewer, and other, false alarms there than on text
it has not seen, and the filter is for unseen text. ``--write-snapshot`` keeps the candidates (gold,
proposed events, features) the coder of the moment proposes for gold files it was not tuned on
yet (a new gold file, the day it lands; or an earlier coder version, run from its own checkout);
``--snapshot`` adds such files to the training data, labelled again with today's scorer. A
snapshot's set keeps its gold file's name, so cross-validation holds out both versions of a file
together.

The regularisation strength and the threshold are chosen by leave-one-FILE-out cross-validation:
each file in turn is held out, a model trained on the others scores its events, and the held-out
events below a threshold are dropped before the file is scored again with the evaluator. The
chosen pair maximises the event F1 of the held-out files together (tp/fp/fn summed) over the
snapshots when there are any (the unseen-text case), else over the current candidates; the
script prints each file's P/R/F1 before and after. The final model is trained on everything and
written with its threshold, feature list, training files and date. Deterministic.

Without --enable the written model is off by default (Settings.extra["event_filter"] = True or a
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

from dateline import _evaluate as E
from dateline._events.filter import FEATURES_VERSION, FilterModel, event_features, fit_logistic, parse_filter
from dateline._pipeline import Pipeline, Settings

L2_GRID = (1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(0.02 * i, 2) for i in range(1, 36))
Data = dict[str, list[dict[str, Any]]]  # set name -> articles {id, gold, preds, feats, labels}


def _labels(gold: list[dict[str, Any]], preds: list[dict[str, Any]], resolve: E.NameResolver) -> list[int]:
    """1/0 per predicted event from score_events: each prediction is tagged through its trigger
    text (which the matching never reads) and the false alarms the scorer lists are read back.
    A prediction the scorer folds into an earlier identical one shares that one's label."""
    tagged = [dict(p, trigger={"text": f"#{i}#"}) for i, p in enumerate(preds)]
    fas: list[str] = []
    E.score_events(gold, tagged, resolve, [], fas)
    bad = {int(f.rsplit("(#", 1)[1].split("#)", 1)[0]) for f in fas}
    bad_keys = {E.event_key(preds[i]) for i in bad}
    return [0 if E.event_key(p) in bad_keys else 1 for p in preds]


def extract(paths: Sequence[str]) -> Data:
    """Per gold file, per article: gold events, proposed events (filter off), their features."""
    pipe = Pipeline(Settings(extra={"event_filter": False}))
    events_layer = next(l for l in pipe.layers if l.name == "events")
    speech: frozenset[str] = getattr(events_layer, "coder").speech
    out: Data = {}
    for path in paths:
        rows = []
        for i, g in E.gold_with_events(path):
            ctx = E.gold_context(pipe, g, i)
            rows.append({"id": g["id"], "gold": g["events"], "preds": [e.to_dict() for e in ctx.article.events],
                         "feats": event_features(ctx, ctx.state.get("event_debug", []), speech)})
        out[Path(path).stem] = rows
    return out


def label(data: Data, resolve: E.NameResolver, what: str) -> None:
    for name, rows in data.items():
        for a in rows:
            a["labels"] = _labels(a["gold"], a["preds"], resolve)
        n = sum(len(a["labels"]) for a in rows)
        print(f"  {what} {name}: {len(rows)} articles, {n} proposed events, "
              f"{n - sum(sum(a['labels']) for a in rows)} false alarms", file=sys.stderr)


def vocabulary(rows: list[list[str]], min_count: int) -> list[str]:
    c = Counter(f for fs in rows for f in set(fs))
    return sorted(f for f, n in c.items() if n >= min_count)


def train(parts: Sequence[list[dict[str, Any]]], l2: float, min_count: int) -> FilterModel:
    rows = [fs for arts in parts for a in arts for fs in a["feats"]]
    ys = [y for arts in parts for a in arts for y in a["labels"]]
    vocab = vocabulary(rows, min_count)
    w, b = fit_logistic(rows, ys, vocab, l2=l2)
    return FilterModel({k: round(v, 5) for k, v in w.items() if abs(v) >= 1e-5}, round(b, 5), 0.0)


def score_set(articles: list[dict[str, Any]], scores: list[list[float]] | None, th: float,
              resolve: E.NameResolver) -> E.Score:
    """The evaluator's event score of a set, its events below ``th`` dropped (all kept without scores)."""
    total = E.Score()
    for i, a in enumerate(articles):
        preds = a["preds"] if scores is None else [p for p, s in zip(a["preds"], scores[i], strict=True) if s >= th]
        total.add(E.score_events(a["gold"], preds, resolve, [], []))
    return total


def _prf(s: E.Score) -> list[float]:
    return [round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)]


def cross_validate(current: Data, snapshots: Data, min_count: int, choose_on: str,
                   resolve: E.NameResolver) -> tuple[float, float, dict[str, Any]]:
    """Leave one gold file (all its versions) out; returns l2, threshold and the per-file table."""
    names = sorted(set(current) | set(snapshots))
    judged = {"current": current, "snapshots": snapshots, "all": None}[choose_on]
    best: tuple[float, float, float] | None = None
    table: dict[str, Any] = {}
    for l2 in L2_GRID:
        held: dict[str, dict[str, list[list[float]]]] = {"current": {}, "snapshots": {}}
        for h in names:
            model = train([d[n] for d in (current, snapshots) for n in d if n != h], l2, min_count)
            for what, d in (("current", current), ("snapshots", snapshots)):
                if h in d:
                    held[what][h] = [[model.score(f) for f in a["feats"]] for a in d[h]]
        for th in THRESHOLDS:
            tot = E.Score()
            for what, d in (("current", current), ("snapshots", snapshots)):
                if judged is None or judged is d:
                    for h in held[what]:
                        tot.add(score_set(d[h], held[what][h], th, resolve))
            if best is None or tot.f1 > best[0] + 1e-9:
                best = (tot.f1, l2, th)
                table = {}
                for what, d in (("current", current), ("snapshots", snapshots)):
                    for h in held[what]:
                        table[f"{what}:{h}"] = (score_set(d[h], None, 0, resolve), score_set(d[h], held[what][h], th, resolve))
        assert best is not None
        print(f"  l2={l2}: best pooled CV F1 ({choose_on}) so far {best[0]:.3f} (l2={best[1]}, threshold={best[2]})",
              file=sys.stderr)
    assert best is not None
    return best[1], best[2], table


def _read_snapshot(path: str) -> Data:
    stored = json.loads(Path(path).read_text(encoding="utf-8"))
    if stored.get("features_version") != FEATURES_VERSION:
        raise SystemExit(f"{path}: features version {stored.get('features_version')}, this filter computes "
                         f"{FEATURES_VERSION}: make the snapshot again")
    data: Data = stored["data"]
    return data


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("gold", nargs="+", help="all-layer gold files you may tune on")
    ap.add_argument("--out", default="src/dateline/data/events/filter.json")
    ap.add_argument("--enable", action="store_true", help="write the model switched on by default")
    ap.add_argument("--min-sentences", type=int, default=3,
                    help="input shorter than this many sentences keeps every candidate (default 3; 0: filter all)")
    ap.add_argument("--snapshot", action="append", default=[], help="candidate snapshot(s) to train on as well")
    ap.add_argument("--write-snapshot", help="write the gold files' candidates to this file and stop")
    ap.add_argument("--choose-on", choices=("current", "snapshots", "all"),
                    help="whose CV F1 picks l2 and the threshold (default: snapshots when given)")
    ap.add_argument("--min-count", type=int, default=5, help="keep features seen on at least this many events")
    ap.add_argument("--l2", type=float, help="skip the search: this regularisation strength ...")
    ap.add_argument("--threshold", type=float, help="... and this threshold")
    args = ap.parse_args(argv)
    current = extract(args.gold)
    if args.write_snapshot:
        Path(args.write_snapshot).write_text(json.dumps({"features_version": FEATURES_VERSION, "made": dt.date.today().isoformat(),
                                                         "data": current}), encoding="utf-8")
        print(f"wrote {args.write_snapshot}: {', '.join(current)}", file=sys.stderr)
        return 0
    resolve = E.default_resolver()
    snapshots: Data = {}
    for path in args.snapshot:
        for name, rows in _read_snapshot(path).items():
            snapshots.setdefault(name, []).extend(rows)
    label(current, resolve, "current")
    label(snapshots, resolve, "snapshot")
    choose_on = args.choose_on or ("snapshots" if snapshots else "current")
    cv: dict[str, Any] = {}
    if args.l2 is not None and args.threshold is not None:
        l2, th = args.l2, args.threshold
    else:
        l2, th, table = cross_validate(current, snapshots, args.min_count, choose_on, resolve)
        print(f"\nleave-one-file-out CV (l2={l2}, threshold={th}): events P/R/F1 before -> after", file=sys.stderr)
        sums: dict[str, tuple[E.Score, E.Score]] = {}
        for n, (b, a) in table.items():
            cv[n] = {"before": _prf(b), "after": _prf(a)}
            tb, ta = sums.setdefault(n.split(":")[0], (E.Score(), E.Score()))
            tb.add(b)
            ta.add(a)
        for n, (b, a) in [*table.items(), *((f"{k}:ALL", v) for k, v in sums.items())]:
            print(f"  {n:<20} {b.precision:.3f}/{b.recall:.3f}/{b.f1:.3f} -> {a.precision:.3f}/{a.recall:.3f}/{a.f1:.3f}"
                  f"  (fp {b.fp}->{a.fp}, tp {b.tp}->{a.tp})", file=sys.stderr)
        for k, (b, a) in sums.items():
            cv[f"{k}:ALL"] = {"before": _prf(b), "after": _prf(a)}
    model = train([*current.values(), *snapshots.values()], l2, args.min_count)
    model.threshold = th
    model.enabled = args.enable
    every = [a for d in (current, snapshots) for rows in d.values() for a in rows]
    n_events = sum(len(a["labels"]) for a in every)
    model.meta = {"min_sentences": args.min_sentences, "trained": dt.date.today().isoformat(), "features_version": FEATURES_VERSION,
                  "training_sets": sorted(current), "snapshot_sets": sorted(snapshots),
                  "snapshot_files": [Path(p).name for p in args.snapshot], "events": n_events,
                  "false_alarms": n_events - sum(sum(a["labels"]) for a in every),
                  "l2": l2, "min_count": args.min_count, "threshold_chosen_on": choose_on, "cv": cv}
    parse_filter(model.to_dict(), args.out)  # the file about to be written loads as the layer will load it
    Path(args.out).write_text(json.dumps(model.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(model.weights)} weights, threshold {th}, enabled={model.enabled}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
