"""The events layer's trained candidate filter (src/dateline/_events/filter.py, docs/events.md).

* the bundled model file validates: known features only, a threshold in [0, 1);
* the trainer (plain numpy logistic regression) learns an obvious rule from synthetic rows;
* with a model that scores a feature low, the layer drops the event that has it and keeps a
  clear one (sentences written for these tests, actor mentions built by hand);
* switched off (``Settings.extra["event_filter"] = False``), the layer's output is the rule
  coder's, unfiltered.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline._errors import DataFileError
from dateline._events import EventsLayer
from dateline._events.filter import (
    FEATURE_PREFIXES,
    FilterModel,
    filter_from_settings,
    fit_logistic,
    load_filter,
    parse_filter,
)
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_tuples as tuples

KNOWN = {
    "Zambia": ("ZMB", "ZMB", "state"), "Malawi": ("MWI", "MWI", "state"),
    "Chile": ("CHL", "CHL", "state"), "Peru": ("PER", "PER", "state"),
}
DATE = "2024-05-02"
# one asserted attack, one denied one (a negated event)
TEXT = "Zambia attacked Malawi on Tuesday. Chile did not criticize Peru."


def _model_file(tmp_path: Path, weights: dict[str, float], bias: float, threshold: float) -> str:
    path = tmp_path / "filter.json"
    path.write_text(json.dumps(FilterModel(weights, bias, threshold, enabled=True).to_dict()), encoding="utf-8")
    return str(path)


def test_bundled_model_validates() -> None:
    model = load_filter()
    assert 0.0 <= model.threshold < 1.0
    assert all(k.partition("=")[0] in FEATURE_PREFIXES for k in model.weights)
    assert isinstance(model.meta.get("training_sets", []), list)
    # a check set is never training data
    assert not {"heldout", "heldout2", "dev9", "dev13", "dev20", "dev25", "dev30", "dev35", "dev41", "dev46", "dev51", "dev54"} & set(model.meta.get("training_sets", []))


def test_model_file_errors() -> None:
    good = FilterModel({"type=ASSAULT": 1.0}, 0.0, 0.3).to_dict()
    assert parse_filter(good, "x").weights == {"type=ASSAULT": 1.0}
    with pytest.raises(DataFileError, match="unknown feature"):
        parse_filter({**good, "weights": {"colour=red": 1.0}}, "x")
    with pytest.raises(DataFileError, match="threshold"):
        parse_filter({**good, "threshold": 1.5}, "x")
    with pytest.raises(DataFileError, match="not an event filter"):
        parse_filter({"weights": {}}, "x")


def test_training_learns_an_obvious_rule() -> None:
    # a false alarm whenever "flag=negated" is present, whatever the (noise) type
    rows, labels = [], []
    for i in range(200):
        neg = i % 3 == 0
        feats = [f"type={('ASSAULT', 'ACCUSE', 'AID', 'CONSULT')[i % 4]}"] + (["flag=negated"] if neg else [])
        rows.append(feats)
        labels.append(0 if neg else 1)
    vocab = sorted({f for r in rows for f in r})
    w, b = fit_logistic(rows, labels, vocab, l2=1.0)
    assert w["flag=negated"] < -2.0
    assert all(abs(w[f]) < 1.0 for f in vocab if f.startswith("type="))
    model = FilterModel(w, b, 0.5)
    assert model.score(["type=AID", "flag=negated"]) < 0.2 < 0.8 < model.score(["type=AID"])
    # deterministic: the same data gives the same weights
    assert fit_logistic(rows, labels, vocab, l2=1.0) == (w, b)


def test_filter_drops_a_low_scored_event_and_keeps_a_clear_one(nlp, tmp_path: Path) -> None:
    off = EventsLayer(Settings(extra={"event_filter": False}))
    before = tuples(code_events(nlp, off, TEXT, KNOWN, DATE))
    assert ("ASSAULT", ("ZMB",), ("MWI",), False, False) in before
    assert any(t[3] for t in before)  # the denied criticism is proposed, negated
    path = _model_file(tmp_path, {"flag=negated": -6.0}, 2.0, 0.5)
    on = EventsLayer(Settings(extra={"event_filter": path}))
    assert on.filter is not None
    after = tuples(code_events(nlp, on, TEXT, KNOWN, DATE))
    assert ("ASSAULT", ("ZMB",), ("MWI",), False, False) in after
    assert not any(t[3] for t in after)
    assert after == {t for t in before if not t[3]}


def test_switched_off_is_the_unfiltered_output(nlp, tmp_path: Path) -> None:
    keep_all = EventsLayer(Settings(extra={"event_filter": _model_file(tmp_path, {}, 0.0, 0.0)}))
    off = EventsLayer(Settings(extra={"event_filter": False}))
    assert off.filter is None
    a = code_events(nlp, off, TEXT, KNOWN, DATE)
    b = code_events(nlp, keep_all, TEXT, KNOWN, DATE)
    assert [e.to_dict() for e in a] == [e.to_dict() for e in b]


def test_settings_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATELINE_EVENT_FILTER", raising=False)
    assert filter_from_settings({"event_filter": False}) is None
    assert filter_from_settings({"event_filter": "off"}) is None
    on = filter_from_settings({"event_filter": True})
    assert on is not None and on.model is load_filter()
    # unset: the bundled model's own "enabled" field decides
    assert (filter_from_settings({}) is not None) == load_filter().enabled
    path = _model_file(tmp_path, {"type=AID": -1.0}, 0.5, 0.4)
    f = filter_from_settings({"event_filter": path})
    assert f is not None and f.model.threshold == 0.4
    monkeypatch.setenv("DATELINE_EVENT_FILTER", "off")
    assert filter_from_settings({}) is None
    assert filter_from_settings({"event_filter": path}) is not None  # the setting wins over the environment


def test_short_input_keeps_every_candidate(nlp, tmp_path: Path) -> None:
    # the model's article-level features mean nothing in a sentence or two: below min_sentences
    # the filter leaves the rule coder's candidates alone
    data = FilterModel({"flag=negated": -6.0}, 2.0, 0.5, enabled=True).to_dict()
    data["min_sentences"] = 3
    path = tmp_path / "filter.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    on = EventsLayer(Settings(extra={"event_filter": str(path)}))
    off = EventsLayer(Settings(extra={"event_filter": False}))
    short = tuples(code_events(nlp, on, TEXT, KNOWN, DATE))
    assert short == tuples(code_events(nlp, off, TEXT, KNOWN, DATE))
    assert any(t[3] for t in short)  # two sentences: the negated event is kept
    longer = TEXT + " Zambia later met Malawi."
    assert not any(t[3] for t in tuples(code_events(nlp, on, longer, KNOWN, DATE)))
    assert any(t[3] for t in tuples(code_events(nlp, off, longer, KNOWN, DATE)))
    with pytest.raises(DataFileError, match="min_sentences"):
        parse_filter({**data, "min_sentences": -1}, "x")
