#!/usr/bin/env python3
"""Score dateline's events layer on the PLOVER GSR-CAMEO sentences (a development set).

Usage::

    .venv/bin/python scripts/eval_plover_gsr.py PATH/plover_gsr_cameo.jsonl [--misses N] [--json]

Each line holds one sentence, its PLOVER type (``plover_2_0``) and its source/target actors as
CAMEO country codes. dateline codes every sentence (all layers, so the actors layer resolves the
participants) and the *main* event of the sentence is compared: the unflagged event with the
highest confidence, the one highest in the parse breaking ties. Scores:

- type accuracy: the main event's type equals the gold type (no event = wrong);
- type+actors: the type, the set of source countries and the set of target countries all match
  (for CONSULT, AGREE and COOPERATE the sources and targets are compared as one set, the way
  dateline's evaluator does). IGOs count as "IGO", and so does a person the actors layer marks
  as acting for an IGO (``country`` null, ``members`` the IGO: "U.N. mediator X", the UN
  secretary-general), as the GSR gold codes such officials.

The file is read from the path given; it is never copied into the repository.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from typing import Any

# CAMEO country codes that differ from ISO 3166 alpha-3
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "GMY": "DEU", "UK": "GBR", "PAL": "PSE", "SER": "SRB", "KOS": "XKX"}
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}


def gold_codes(v: Any) -> set[str]:
    if not isinstance(v, list):
        return set()
    out = set()
    for a in v:
        if isinstance(a, dict) and a.get("code"):
            c = str(a["code"]).upper()
            out.add(CAMEO_TO_ISO.get(c, c))
    return out


def _is_igo(ident: str) -> bool:
    from dateline._actors import load_kb

    e = load_kb().entries.get(ident)
    return e is not None and e.kind == "igo"


def actor_code(a: Any) -> str | None:
    if a.kind == "igo" or (a.country is None and a.kind == "organization" and a.sector == "IGO"):
        return "IGO"
    if a.kind == "person" and a.country is None and a.members and all(_is_igo(m) for m in a.members):
        return "IGO"  # "U.N. mediator X", the UN secretary-general: a person acting for an IGO
    if a.sector in ("NGO",) and not a.country:
        return "NGO"
    return a.country


def main_event(debug: list[Any]) -> Any:
    if not debug:
        return None
    return max(debug, key=lambda d: (not (d.event.negated or d.event.hypothetical), d.event.confidence, -d.depth)).event


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path")
    ap.add_argument("--misses", type=int, default=0, help="print up to N wrongly typed sentences")
    ap.add_argument("--actor-misses", type=int, default=0, help="print up to N right-type, wrong-actor sentences")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)

    from dateline._pipeline import Pipeline

    rows = [json.loads(line) for line in open(args.path, encoding="utf-8") if line.strip()]
    pipe = Pipeline()
    events = next((l for l in pipe.layers if l.name == "events"), None)
    if events is None:
        print("the pipeline has no events layer", file=sys.stderr)
        return 2
    n = type_ok = all_ok = none = 0
    confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    per_type: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    misses: list[str] = []
    amisses: list[str] = []
    from dateline._readers import as_record
    from dateline._textprep import prepare

    for r in rows:
        rec = as_record({"text": r["text"], "date": r.get("date"), "id": r["id"]}, 0, 10**6)
        art = pipe._article(rec)
        prep = prepare(art.text)
        doc = pipe.nlp(prep.clean)
        ctx = pipe.annotate(art, prep, doc)
        dbg = ctx.state.get("event_debug", [])
        ev = main_event(dbg)
        gold = r["plover_2_0"]
        n += 1
        per_type[gold][0] += 1
        pred = ev.type if ev else "-"
        if ev is None:
            none += 1
        confusion[(gold, pred)] += 1
        if pred == gold:
            type_ok += 1
            per_type[gold][1] += 1
            gs, gt = gold_codes(r.get("source")), gold_codes(r.get("target"))
            ps = {c for c in (actor_code(a) for a in ev.sources) if c}
            pt = {c for c in (actor_code(a) for a in ev.targets) if c}
            ok = (gs | gt == ps | pt) if gold in RECIPROCAL and (not gt or not pt) else (gs == ps and gt == pt)
            if ok:
                all_ok += 1
                per_type[gold][2] += 1
            elif len(amisses) < args.actor_misses:
                amisses.append(f"{r['id']}: gold {sorted(gs)}->{sorted(gt)} pred {sorted(ps)}->{sorted(pt)} | {r['text']}\n    {ev.evidence}")
        elif len(misses) < args.misses:
            misses.append(f"{r['id']}: gold {gold} pred {pred} | {r['text']}" + (f"\n    {ev.evidence}" if ev else ""))
    scores = {"sentences": n, "type_accuracy": round(type_ok / n, 4), "type_and_actors": round(all_ok / n, 4),
              "no_event": none,
              "per_type": {t: {"n": v[0], "type_acc": round(v[1] / v[0], 3), "all_acc": round(v[2] / v[0], 3)} for t, v in sorted(per_type.items())}}
    if args.json:
        print(json.dumps(scores, indent=2))
        return 0
    print(f"sentences {n}  type accuracy {scores['type_accuracy']:.3f}  type+source+target {scores['type_and_actors']:.3f}  no event {none}")
    print("\nper type (n, type acc, all acc):")
    for t, v in scores["per_type"].items():
        print(f"  {t:10s} {v['n']:4d} {v['type_acc']:.2f} {v['all_acc']:.2f}")
    print("\nmost common confusions (gold -> predicted):")
    for (g, p), k in confusion.most_common():
        if g != p:
            print(f"  {g:10s} -> {p:10s} {k}")
    for m in misses:
        print(m)
    for m in amisses:
        print(m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
