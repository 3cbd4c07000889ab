"""Evaluation gate: code tests/gold/articles.jsonl (and the other all-layer development sets named
under "more" in tests/gold/eval_baseline.json) with the real pipeline and fail when a layer's
score drops below the floor stored in tests/gold/eval_baseline.json.

The floors are set a little under the measured values; they only move down by an explicit edit
of that file (raise them when a change improves a layer). Regenerate the measured values with::

    .venv/bin/python -c "from tests.test_eval_gate import measure; import json; print(json.dumps(measure(), indent=1))"
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def shipped(nlp):
    """The pipeline users get. tests/conftest.py switches the trained event filter and generator
    off for the rule-coder tests; the gate measures the shipped default, with the filter on and
    the generator, the argument chooser and the quote speaker model as their bundled models'
    ``enabled`` fields say."""
    from dateline import Pipeline, Settings
    from dateline._events.arguments import load_arguments
    from dateline._events.generator import load_generator
    from dateline._quotes.speakers import load_speaker_model

    return Pipeline(Settings(extra={"event_filter": "on", "event_generator": load_generator().enabled,
                                    "event_arguments": load_arguments().enabled,
                                    "quote_speakers": load_speaker_model().enabled}), nlp=nlp)


def test_the_bundled_event_filter_is_on_by_default() -> None:
    from dateline._events.filter import load_filter

    assert load_filter().enabled, "the gate measures the filter on: switch both together"

#: (layer, metric) pairs the gate checks: F1 of every layer plus each layer's accuracy figure
METRICS: tuple[tuple[str, str], ...] = (
    ("events", "f1"), ("events", "precision"),
    ("quotes", "f1"), ("quotes", "speaker_accuracy"),
    ("actors", "f1"), ("actors", "accuracy"),
    ("times", "f1"), ("times", "value_accuracy"),
    ("amounts", "f1"), ("amounts", "value_unit_accuracy"),
    ("places", "f1"), ("places", "country_accuracy"),
)


def measure(pipeline: Any = None, name: str = "articles.jsonl") -> dict[str, dict[str, float]]:
    """Score every layer of one gold file; returns {layer: {metric: value}}."""
    from dateline._evaluate import code_gold, evaluate, load_gold

    gold = load_gold(GOLD / name)
    if pipeline is None:
        preds = code_gold(gold)
    else:
        recs = [{"id": g["id"], "text": g["text"], "date": g.get("date"), "title": g.get("title")} for g in gold]
        preds = [a.to_dict() for a in pipeline.code_many(recs)]
    report = evaluate(gold, preds)
    out: dict[str, dict[str, float]] = {}
    for layer, metric in METRICS:
        d = report.layers[layer].to_dict()
        out.setdefault(layer, {})[metric] = float(d[metric])
    return out


def test_baseline_file_covers_every_layer() -> None:
    floors = json.loads((GOLD / "eval_baseline.json").read_text(encoding="utf-8"))["floors"]
    for layer, metric in METRICS:
        assert layer in floors and metric in floors[layer], f"no floor for {layer}.{metric}"
        assert 0.0 <= floors[layer][metric] <= 1.0


@pytest.mark.slow
def test_gold_scores_stay_above_the_floors(shipped) -> None:
    floors = json.loads((GOLD / "eval_baseline.json").read_text(encoding="utf-8"))["floors"]
    got = measure(shipped)
    drops = [f"{layer}.{metric}: {got[layer][metric]:.3f} < floor {floors[layer][metric]:.3f}"
             for layer, metric in METRICS if got[layer][metric] < floors[layer][metric]]
    assert not drops, "gold scores fell below tests/gold/eval_baseline.json:\n  " + "\n  ".join(drops)


def _more() -> dict[str, dict[str, dict[str, float]]]:
    return dict(json.loads((GOLD / "eval_baseline.json").read_text(encoding="utf-8")).get("more", {}))


def test_more_floors_name_existing_files_and_every_metric() -> None:
    more = _more()
    assert more, "eval_baseline.json should gate more than one gold file"
    for name, floors in more.items():
        assert (GOLD / name).exists(), name
        for layer, metric in METRICS:
            assert 0.0 <= floors[layer][metric] <= 1.0, f"{name}: no floor for {layer}.{metric}"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(_more()))
def test_more_gold_files_stay_above_their_floors(shipped, name: str) -> None:
    floors = _more()[name]
    got = measure(shipped, name)
    drops = [f"{name} {layer}.{metric}: {got[layer][metric]:.3f} < floor {floors[layer][metric]:.3f}"
             for layer, metric in METRICS if got[layer][metric] < floors[layer][metric]]
    assert not drops, "gold scores fell below tests/gold/eval_baseline.json:\n  " + "\n  ".join(drops)
