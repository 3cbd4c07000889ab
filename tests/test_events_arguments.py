"""The events layer's trained argument chooser (src/dateline/_events/arguments.py, docs/events.md).

* the bundled model file validates: known features, thresholds in (0, 1), no check set among its
  training sets;
* the trainer (two numpy logistic regressions) learns the obvious rule from synthetic rows: the
  trigger's subject is the source, its object the target;
* with a model that trusts the parse and not the rules (margin 0, as a user's own model might),
  hand-written sentences get their roles: a passive "X was attacked by Y" (Y the source) and
  "X accused Y of ..." (X the source, Y the target); a changed event says so in its evidence;
* switched off, or with a model that never outweighs the rules, the layer's output is the rule
  coder's.
Sentences written for these tests; actor mentions built by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline._errors import DataFileError
from dateline._events import EventsLayer
from dateline._events.arguments import (
    FEATURE_PREFIXES,
    ArgumentModel,
    arguments_from_settings,
    load_arguments,
    parse_arguments,
)
from dateline._events.filter import fit_logistic
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_tuples as tuples

KNOWN = {
    "Chile": ("CHL", "CHL", "state"), "Peru": ("PER", "PER", "state"),
    "Zambia": ("ZMB", "ZMB", "state"), "Malawi": ("MWI", "MWI", "state"),
}
DATE = "2024-05-02"
CHECK_SETS = {"heldout", "heldout2", "dev9", "dev13", "dev15_facts", "dev20", "dev25", "dev30", "dev35", "dev41", "dev46", "dev51", "dev54"}


def _synthetic_rows() -> tuple[list[list[str]], list[int], list[int]]:
    """Pairs of an event and a mention: the subject is the source, the object the target, an
    oblique mention neither; kinds and distances are noise."""
    rows, src, tgt = [], [], []
    for i in range(240):
        noise = [f"kind={('state', 'person', 'organization', 'igo')[i % 4]}", f"dist={('L1', 'R2', 'R5', 'L3', 'R9')[i % 5]}"]
        path = ("path=>nsubj", "path=>dobj", "path=>prep_in>pobj")[i % 3]
        rows.append([path, *noise])
        src.append(int(i % 3 == 0))
        tgt.append(int(i % 3 == 1))
    return rows, src, tgt


def _trained(margin: float = 0.0) -> ArgumentModel:
    rows, src, tgt = _synthetic_rows()
    vocab = sorted({f for r in rows for f in r})
    ws, bs = fit_logistic(rows, src, vocab, l2=1.0)
    wt, bt = fit_logistic(rows, tgt, vocab, l2=1.0)
    return ArgumentModel(ws, bs, wt, bt, 0.5, 0.5, margin, enabled=True)


def _model_file(tmp_path: Path, model: ArgumentModel, name: str) -> str:
    path = tmp_path / name  # models are cached by path: one name per model
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    return str(path)


def _layer(arguments: object) -> EventsLayer:
    return EventsLayer(Settings(extra={"event_arguments": arguments, "event_filter": False, "event_generator": False}))


def test_bundled_model_validates() -> None:
    model = load_arguments()
    assert 0.0 < model.src_threshold < 1.0 and 0.0 < model.tgt_threshold < 1.0
    assert all(k.partition("=")[0] in FEATURE_PREFIXES for k in [*model.src, *model.tgt])
    # a check set is never training data
    assert not CHECK_SETS & set(model.meta.get("training_sets", []))
    assert model.meta.get("training_sets"), "the bundled model names the gold it was trained on"


def test_model_file_errors() -> None:
    good = _trained().to_dict()
    assert parse_arguments(good, "x").src_threshold == 0.5
    with pytest.raises(DataFileError, match="unknown feature"):
        parse_arguments({**good, "src_weights": {"colour=red": 1.0}}, "x")
    with pytest.raises(DataFileError, match="threshold"):
        parse_arguments({**good, "tgt_threshold": 1.5}, "x")
    with pytest.raises(DataFileError, match="not an argument chooser"):
        parse_arguments({"src_weights": {}}, "x")


def test_training_learns_subject_source_object_target() -> None:
    model = _trained()
    ps, pt = model.probs(["path=>nsubj", "kind=state", "dist=L1"])
    assert ps > 0.8 and pt < 0.2
    ps, pt = model.probs(["path=>dobj", "kind=person", "dist=R2"])
    assert ps < 0.2 and pt > 0.8
    ps, pt = model.probs(["path=>prep_in>pobj", "kind=state", "dist=R5"])
    assert ps < 0.2 and pt < 0.2
    # deterministic: the same data gives the same weights; the trainer's conjugate-gradient
    # Newton solver (for thousands of features) finds the same weights as filter.fit_logistic
    rows, src, _ = _synthetic_rows()
    vocab = sorted({f for r in rows for f in r})
    w, b = fit_logistic(rows, src, vocab, l2=1.0)
    assert (w, b) == fit_logistic(rows, src, vocab, l2=1.0)
    trainer = _trainer()
    cg = trainer.fit_logistic_cg(trainer.design_matrix(rows, vocab), src, 1.0)
    assert max(abs(cg[i] - w[f]) for i, f in enumerate(vocab)) < 1e-4 and abs(cg[-1] - b) < 1e-4


def _trainer():
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "train_event_arguments.py"
    spec = importlib.util.spec_from_file_location("train_event_arguments", script)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _parse_model() -> ArgumentModel:
    """A model that reads roles from the parse only: the active subject and the passive by-agent
    are sources, the object, the passive subject and the accused are targets."""
    src = {"path=>nsubj": 4.0, "path=>agent_by>pobj": 4.0}
    tgt = {"path=>dobj": 4.0, "path=>nsubjpass": 4.0}
    return ArgumentModel(src, -2.0, tgt, -2.0, 0.5, 0.5, 0.0, enabled=True)


@pytest.mark.parametrize("text, want", [
    ("Peru was attacked by Chile on Monday.", ("ASSAULT", ("CHL",), ("PER",), False, False)),
    ("Zambia accused Malawi of smuggling weapons across the border.", ("ACCUSE", ("ZMB",), ("MWI",), False, False)),
])
def test_roles_of_passive_and_accusation(nlp, tmp_path: Path, text: str, want: tuple) -> None:
    chosen = code_events(nlp, _layer(_model_file(tmp_path, _parse_model(), "parse.json")), text, KNOWN, DATE)
    assert want in tuples(chosen)
    # the bundled model keeps them right too
    assert want in tuples(code_events(nlp, _layer(True), text, KNOWN, DATE))


def test_a_changed_event_says_so(nlp, tmp_path: Path) -> None:
    # a model that takes every mention's role from the parse flips a rule choice the parse
    # contradicts: here the model is told the object is the source (a deliberately wrong model)
    backwards = ArgumentModel({"path=>dobj": 4.0}, -2.0, {"path=>nsubj": 4.0}, -2.0, 0.5, 0.5, 0.0, enabled=True)
    text = "Chile attacked Peru on Monday."
    before = code_events(nlp, _layer(False), text, KNOWN, DATE)
    assert ("ASSAULT", ("CHL",), ("PER",), False, False) in tuples(before)
    after = code_events(nlp, _layer(_model_file(tmp_path, backwards, "backwards.json")), text, KNOWN, DATE)
    flipped = [e for e in after if e.type == "ASSAULT"]
    assert tuples(flipped) == {("ASSAULT", ("PER",), ("CHL",), False, False)}
    assert "arguments: model chose" in flipped[0].evidence
    assert not any("arguments: model" in e.evidence for e in before)


def test_switched_off_is_the_rule_output(nlp, tmp_path: Path) -> None:
    off = _layer(False)
    assert off.arguments is None
    # the same wrong model, but it must outweigh the rules by a margin it never reaches
    shy = ArgumentModel({"path=>dobj": 4.0}, -2.0, {"path=>nsubj": 4.0}, -2.0, 0.5, 0.5, 1e6, enabled=True)
    idle = _layer(_model_file(tmp_path, shy, "shy.json"))
    text = "Chile attacked Peru on Monday. Zambia accused Malawi of smuggling weapons."
    a = code_events(nlp, off, text, KNOWN, DATE)
    b = code_events(nlp, idle, text, KNOWN, DATE)
    assert a and [e.to_dict() for e in a] == [e.to_dict() for e in b]


def test_settings_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATELINE_EVENT_ARGUMENTS", raising=False)
    assert arguments_from_settings({"event_arguments": False}) is None
    assert arguments_from_settings({"event_arguments": "off"}) is None
    on = arguments_from_settings({"event_arguments": True})
    assert on is not None and on.model is load_arguments()
    # unset: the bundled model's own "enabled" field decides
    assert (arguments_from_settings({}) is not None) == load_arguments().enabled
    path = _model_file(tmp_path, _trained(margin=2.0), "m.json")
    ch = arguments_from_settings({"event_arguments": path})
    assert ch is not None and ch.model is not None and ch.model.margin == 2.0
    monkeypatch.setenv("DATELINE_EVENT_ARGUMENTS", "off")
    assert arguments_from_settings({}) is None
    assert arguments_from_settings({"event_arguments": path}) is not None  # the setting wins over the environment
