"""Train the quotes layer's speaker re-ranker (src/dateline/_quotes/speakers.py) from gold files.

    .venv/bin/python scripts/train_quote_speakers.py GOLD.jsonl ... [--out src/dateline/data/quotes/speakers.json] [--enable]
    .venv/bin/python scripts/train_quote_speakers.py GOLD.jsonl ... --dump CANDS.json   (candidates only)
    .venv/bin/python scripts/train_quote_speakers.py GOLD.jsonl ... --snapshot tests/gold/quote_snapshots/*.json.gz [--enable]

The bundled model: every tuned quote-bearing gold file (all-layer and quotes-only) and every
snapshot in tests/gold/quote_snapshots/ (see its README.md), with --enable.

For every gold file with "quotes", the pipeline codes the articles with the speaker model off;
each marked quotation the scorer matches to a gold quote (dateline._evaluate's own matching)
gets its speaker candidates and their features (speakers.quote_candidates); a candidate is
labelled 1 when the scorer's rule (ref_matches) says its actor is the gold speaker (no speaker:
1 when the gold speaker is null).

The regularisation strength, the margin by which the model must prefer another candidate to the
rules' choice (another for a quote the rules left without speaker), and the confidence it needs
to take a speaker away, are chosen by leave-one-FILE-out cross-validation: each file in turn is
held out (its snapshot with it), a model trained on the others re-chooses its speakers, and the
setting that gets the most held-out speakers right (snapshots and today's candidates together)
wins; a setting that adds false attributions (a speaker where gold has null) never does. The script prints each file's speaker accuracy before and after. The final
model is trained on everything and written with its settings, training files and date.
Deterministic.

Without --enable the written model is off by default (Settings.extra["quote_speakers"] = True or
a path still switches it on). Use only gold you may tune on: the files given are read in full.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dateline import _evaluate as E
from dateline._pipeline import Pipeline, Settings
from dateline._records import Actor
from dateline._quotes import QuotesLayer
from dateline._quotes.attribution import Attributor
from dateline._quotes.speakers import FEATURES_VERSION, Candidate, SpeakerModel, quote_candidates

L2_GRID = (1.0, 3.0, 10.0)
MARGINS = (0.05, 0.1, 0.15, 0.2, 0.3, 1.0)
NULL_MARGINS = (0.2, 0.3, 0.5, 1.0)
NULL_THRESHOLDS = (0.9, 1.0)
_SOMEONE = Actor(None, "someone", "person")  # a stand-in for a candidate that is not null
Data = dict[str, list[dict[str, Any]]]  # set name -> quotes {article, gold, feats, labels, names, null}


def _gold_of(gold: list[dict[str, Any]], preds: list[Any]) -> dict[int, Any]:
    """Index in ``preds`` (Quote records) -> the gold quote the scorer matches it to (score_quotes' order)."""
    has_indirect = any(g.get("kind") == "indirect" for g in gold)
    gold_scored = gold if has_indirect else [g for g in gold if g.get("kind", "direct") != "indirect"]
    scored = [i for i, p in enumerate(preds) if p.kind != "indirect" or has_indirect]
    used: set[int] = set()
    out: dict[int, Any] = {}
    for g in gold_scored:
        hit = next((i for i in scored if i not in used and E._quote_match(g["text"], preds[i].text)), None)
        if hit is not None:
            used.add(hit)
            out[hit] = g
    return out


def _ref(a: Any) -> dict[str, Any] | None:
    """What the scorer reads of a candidate (ref_matches), kept so a dump can be labelled again."""
    return None if a is None else {"id": a.id, "wikidata": a.wikidata, "name": a.name, "country": a.country, "text": a.text}


def relabel(data: Data, resolve: E.NameResolver) -> None:
    """Label every candidate again with today's scorer (a dump from another checkout)."""
    for qs in data.values():
        for q in qs:
            if "actors" in q:
                q["labels"] = [int(E.ref_matches(q["gold"], a, resolve)) for a in q["actors"]]


def extract(paths: Sequence[str], resolve: E.NameResolver) -> Data:
    pipe = Pipeline(Settings(extra={"quote_speakers": False}))
    layer = next(l for l in pipe.layers if l.name == "quotes")
    assert isinstance(layer, QuotesLayer)
    seen: list[list[tuple[Any, list[Candidate]]]] = []

    def record(att: Attributor) -> None:
        seen.append(quote_candidates(att))

    layer.speakers = record
    out: Data = {}
    for path in paths:
        gold_arts = [g for g in E.load_gold(path) if "quotes" in g]
        rows: list[dict[str, Any]] = []
        for g in gold_arts:
            seen.clear()
            art = pipe.code(g["text"], g.get("date"), id=g["id"], title=g.get("title"))
            failed = [w for w in art.warnings if w.startswith("layer quotes failed")]
            if failed:
                raise SystemExit(f"{path}: {g['id']}: {failed[0]}")
            cands_of = {id(f.quote): c for f, c in (seen[0] if seen else [])}
            for i, g_q in _gold_of(g["quotes"], art.quotes).items():
                p = art.quotes[i]
                gs = g_q.get("speaker")
                cands = cands_of.get(id(p))
                if cands is None:  # an indirect or nested quote: the rules' answer stands
                    ok = E.ref_matches(gs, p.speaker.to_dict() if p.speaker else None, resolve)
                    rows.append({"article": g["id"], "gold": gs, "fixed": int(ok), "fa": int(gs is None and p.speaker is not None)})
                    continue
                rows.append({"article": g["id"], "gold": gs, "text": p.text[:60],
                             "feats": [c.feats for c in cands],
                             "labels": [int(E.ref_matches(gs, c.actor.to_dict() if c.actor else None, resolve)) for c in cands],
                             "actors": [_ref(c.actor) for c in cands],
                             "null": [c.actor is None for c in cands]})
        out[Path(path).stem] = rows
        n = [r for r in rows if "feats" in r]
        print(f"  {Path(path).stem}: {len(rows)} matched quotes, {len(n)} ranked, rule right "
              f"{sum(r['labels'][0] for r in n) + sum(r['fixed'] for r in rows if 'fixed' in r)}, "
              f"a right candidate exists {sum(max(r['labels']) for r in n)}", file=sys.stderr)
    return out


def vocabulary(rows: list[list[str]], min_count: int) -> list[str]:
    c = Counter(f for fs in rows for f in set(fs))
    return sorted(f for f, n in c.items() if n >= min_count)


def train(parts: Sequence[list[dict[str, Any]]], l2: float, min_count: int = 2) -> SpeakerModel:
    from dateline._events.filter import fit_logistic

    rows = [fs for qs in parts for q in qs if "feats" in q for fs in q["feats"]]
    ys = [y for qs in parts for q in qs if "feats" in q for y in q["labels"]]
    w, b = fit_logistic(rows, ys, vocabulary(rows, min_count), l2=l2)
    return SpeakerModel({k: round(v, 5) for k, v in w.items() if abs(v) >= 1e-5}, round(b, 5))


Decision = tuple[float, float, float]  # margin, null_margin, null_threshold


def _choose(scores: list[float], null: list[bool], dec: Decision) -> int:
    m = SpeakerModel({}, 0.0, dec[0], dec[2], null_margin=dec[1])
    return m.choose(scores, [Candidate(None if nul else _SOMEONE, []) for nul in null])


def score_quotes(qs: list[dict[str, Any]], scores: list[list[float]] | None, dec: Decision) -> tuple[int, int, int]:
    """(right, total, false attributions) of matched quotes with the model's choices (None: the rules')."""
    right = total = fa = 0
    for i, q in enumerate(qs):
        total += 1
        if "feats" not in q:
            right += q["fixed"]
            fa += q["fa"]
            continue
        k = 0 if scores is None else _choose(scores[i], q["null"], dec)
        right += q["labels"][k]
        fa += int(q["gold"] is None and not q["null"][k])
    return right, total, fa


def cross_validate(data: Data, l2s: Sequence[float]) -> tuple[float, Decision]:
    """Leave-one-file-out: the l2 and decision (margin, null margin, null threshold) that get the
    most held-out speakers right over the snapshots (the rules' errors on unseen text) and today's
    candidates (what the model runs on) together, never adding a false attribution to either;
    on a tie the larger margin (closer to the rules), then the stronger regularisation."""
    names = sorted(data)
    kinds = ("snap", "now") if any(q.get("snap") for qs in data.values() for q in qs) else ("now",)
    part = {(h, k): [q for q in data[h] if bool(q.get("snap")) == (k == "snap")] for h in names for k in kinds}
    decisions = [(mg, nm, nth) for mg in MARGINS for nm in NULL_MARGINS for nth in NULL_THRESHOLDS]
    held: dict[tuple[Any, ...], tuple[int, int, int]] = {}
    for l2 in l2s:
        for h in names:
            model = train([data[n] for n in names if n != h], l2)
            for k in kinds:
                qs = part[(h, k)]
                sc = [[model.score(f) for f in q["feats"]] if "feats" in q else [] for q in qs]
                for dec in decisions:
                    held[(l2, dec, h, k)] = score_quotes(qs, sc, dec)
    base = {(h, k): score_quotes(part[(h, k)], None, (1.0, 1.0, 1.0)) for h in names for k in kinds}

    def pooled(key: tuple[float, Decision] | None, k: str) -> tuple[float, int, int]:
        vals = [base[(h, k)] if key is None else held[(*key, h, k)] for h in names]
        r, t, fa = (sum(v[i] for v in vals) for i in range(3))
        return r / max(t, 1), fa, t

    settings = [(l2, dec) for l2 in l2s for dec in decisions]

    def rank(key: tuple[float, Decision]) -> tuple[Any, ...]:
        no_new_fa = all(pooled(key, k)[1] <= pooled(None, k)[1] for k in kinds)
        right = sum(pooled(key, k)[0] * pooled(key, k)[2] for k in kinds)
        return (no_new_fa, round(right), key[1], key[0])

    best = max(settings, key=rank)
    for k in kinds:
        acc, fa, t = pooled(None, k)
        print(f"rules on {k} candidates: pooled speaker accuracy {acc:.4f} of {t}, false attributions {fa}", file=sys.stderr)
    for key in sorted(settings, key=rank, reverse=True)[:10]:
        print(f"  l2={key[0]} margin={key[1][0]} null_margin={key[1][1]} null>={key[1][2]}: " + "  ".join(
            f"{k} {pooled(key, k)[0]:.4f} fa={pooled(key, k)[1]}" for k in kinds), file=sys.stderr)
    print(f"chosen l2={best[0]} margin={best[1][0]} null_margin={best[1][1]} null>={best[1][2]}", file=sys.stderr)
    for h in names:
        print(f"  {h:<14} " + "  ".join(
            f"{k} {base[(h, k)][0] / max(base[(h, k)][1], 1):.3f} -> {held[(*best, h, k)][0] / max(held[(*best, h, k)][1], 1):.3f}"
            f" (n={base[(h, k)][1]}, fa {base[(h, k)][2]} -> {held[(*best, h, k)][2]})" for k in kinds if base[(h, k)][1]),
            file=sys.stderr)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*")
    ap.add_argument("--load", nargs="*", default=[], help="candidate dumps written by --dump (today's rules)")
    ap.add_argument("--snapshot", nargs="*", default=[],
                    help="candidate dumps written by --dump from the checkout where a gold file landed (rules not tuned on it)")
    ap.add_argument("--dump", help="write the candidates to this file and stop")
    ap.add_argument("--out", default="src/dateline/data/quotes/speakers.json")
    ap.add_argument("--enable", action="store_true")
    ap.add_argument("--l2", type=float, nargs="*", default=list(L2_GRID), help="the regularisation strengths to try")
    args = ap.parse_args(argv)
    resolve = E.default_resolver()
    data: Data = extract(args.gold, resolve) if args.gold else {}
    for p in [*args.load, *args.snapshot]:
        with (gzip.open(p, "rt", encoding="utf-8") if p.endswith(".gz") else open(p, encoding="utf-8")) as fh:
            dump = json.load(fh)
        if dump.get("features_version") != FEATURES_VERSION:
            print(f"{p}: made with features version {dump.get('features_version')}, not {FEATURES_VERSION}", file=sys.stderr)
            return 2
        relabel(dump["sets"], resolve)
        for name, qs in dump["sets"].items():  # a snapshot of a set another dump has too: both kept, one file in CV
            for q in qs:
                q["snap"] = p in args.snapshot
            data.setdefault(name, []).extend(qs)
    if args.dump:
        Path(args.dump).write_text(json.dumps({"features_version": FEATURES_VERSION, "sets": data}), encoding="utf-8")
        return 0
    if not data:
        ap.error("no gold files")
    l2, (margin, null_margin, nth) = cross_validate(data, args.l2)
    model = train(list(data.values()), l2)
    model.margin, model.null_margin, model.null_threshold, model.enabled = margin, null_margin, nth, args.enable
    model.meta = {"trained": dt.date.today().isoformat(), "features_version": FEATURES_VERSION, "l2": l2,
                  "training_sets": sorted(data),
                  "snapshot_sets": sorted(n for n, qs in data.items() if any(q.get("snap") for q in qs)),
                  "quotes": sum(len(v) for v in data.values())}
    Path(args.out).write_text(json.dumps(model.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(model.weights)} weights", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
