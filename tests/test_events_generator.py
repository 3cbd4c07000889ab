"""The events layer's trained candidate generator (src/dateline/_events/generator.py, docs/events.md).

* the bundled model file validates: PLOVER types, known features, a gate of verb/noun lemmas, no
  check set among its training sets;
* the trainer (numpy multinomial logistic regression) learns an obvious rule from synthetic rows;
* with a model that knows a verb no rule covers, the layer proposes the event the rules lack (its
  evidence says "learned trigger"), keeps the rules' own events, and proposes nothing on decoys
  (sport, weather, markets) with the bundled model either;
* switched off, the layer's output is the rule coder's.
Sentences written for these tests; actor mentions built by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline._errors import DataFileError
from dateline._events import EventsLayer
from dateline._events.generator import (
    FEATURE_PREFIXES,
    GeneratorModel,
    fit_softmax,
    generator_from_settings,
    load_generator,
    parse_generator,
)
from dateline._events.ontology import PLOVER_TYPES
from dateline._pipeline import Settings
from dateline._textprep import prepare
from _events_helpers import code_events
from _events_helpers import event_tuples as tuples

KNOWN = {
    "Zambia": ("ZMB", "ZMB", "state"), "Malawi": ("MWI", "MWI", "state"),
    "Chile": ("CHL", "CHL", "state"), "Peru": ("PER", "PER", "state"),
    "Spain": ("ESP", "ESP", "state"), "Italy": ("ITA", "ITA", "state"), "Japan": ("JPN", "JPN", "state"),
}
DATE = "2024-05-02"
# "convoke" has no pattern: the rules propose nothing for the first sentence; the second is theirs
TEXT = "Zambia convoked the ambassador of Malawi on Tuesday. Chile attacked Peru on Wednesday."
# sport and market senses of lemmas the bundled model scores (take, keep, continue, give): the
# rules code none of them, so the generator scores them all and must propose nothing
DECOYS = ("Spain took the lead against Italy early in the final on Sunday, and Italy kept the ball for long spells. "
          "Shares continued to slide in Japan as the yen gave up ground against the dollar.")
CLASSES = sorted(PLOVER_TYPES)


def _model(weights: dict[str, dict[str, float]], gate: set[str], threshold: float = 0.5) -> GeneratorModel:
    rows = {f: [w.get(c, 0.0) for c in CLASSES] for f, w in weights.items()}
    return GeneratorModel(list(CLASSES), rows, [-4.0] * len(CLASSES), threshold, frozenset(gate), enabled=True)


def _model_file(tmp_path: Path, model: GeneratorModel, name: str = "generator.json") -> str:
    path = tmp_path / name  # models are cached by path: one name per model
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    return str(path)


def _learned(events) -> list:
    return [e for e in events if "learned trigger" in e.evidence]


def test_bundled_model_validates() -> None:
    model = load_generator()
    assert 0.0 < model.threshold < 1.0
    assert set(model.classes) <= set(PLOVER_TYPES)
    assert all(k.partition("=")[0] in FEATURE_PREFIXES for k in model.weights)
    assert model.gate and all(g.split(":")[0] in ("verb", "noun") for g in model.gate)
    # a check set is never training data
    assert not {"heldout", "heldout2", "dev9", "dev13", "dev20", "dev25", "dev30", "dev35", "dev41", "dev46", "dev51", "dev54"} & set(model.meta.get("training_sets", []))


def test_model_file_errors() -> None:
    good = _model({"l=verb:convoke": {"CONSULT": 3.0}}, {"verb:convoke"}).to_dict()
    assert parse_generator(good, "x").gate == frozenset({"verb:convoke"})
    with pytest.raises(DataFileError, match="unknown feature"):
        parse_generator({**good, "weights": {"colour=red": [0.0] * len(CLASSES)}}, "x")
    with pytest.raises(DataFileError, match="unknown event type"):
        parse_generator({**good, "classes": ["PARTY"] + CLASSES[1:]}, "x")
    with pytest.raises(DataFileError, match="one number per class"):
        parse_generator({**good, "bias": [0.0]}, "x")
    with pytest.raises(DataFileError, match="threshold"):
        parse_generator({**good, "threshold": 1.5}, "x")
    with pytest.raises(DataFileError, match="gate"):
        parse_generator({**good, "gate": ["adj:red"]}, "x")
    with pytest.raises(DataFileError, match="not an event generator"):
        parse_generator({"weights": {}}, "x")


def test_training_learns_an_obvious_rule() -> None:
    # "l=verb:storm" with an actor subject is a PROTEST; "l=verb:shell" an ASSAULT; the rest nothing
    rows, labels = [], []
    for i in range(300):
        noise = [f"tag={('VBD', 'VBZ', 'VBN')[i % 3]}"]
        if i % 5 == 0:
            rows.append(["l=verb:storm", "sact=1", *noise])
            labels.append(1 + CLASSES.index("PROTEST"))
        elif i % 5 == 1:
            rows.append(["l=verb:shell", "sact=1", *noise])
            labels.append(1 + CLASSES.index("ASSAULT"))
        else:
            rows.append([f"l=verb:{('say', 'go', 'see')[i % 3]}", *noise, *(["sact=1"] if i % 2 else [])])
            labels.append(0)
    vocab = sorted({f for r in rows for f in r})
    w, b = fit_softmax(rows, labels, vocab, len(CLASSES), l2=1.0)
    model = GeneratorModel(list(CLASSES), w, b, 0.5, frozenset({"verb:storm", "verb:shell"}))
    assert model.best(["l=verb:storm", "sact=1", "tag=VBD"])[0] == "PROTEST"
    kind, p = model.best(["l=verb:shell", "sact=1", "tag=VBZ"])
    assert kind == "ASSAULT" and p > 0.8
    assert model.best(["l=verb:say", "sact=1", "tag=VBD"])[1] < 0.1
    # deterministic: the same data gives the same weights
    assert fit_softmax(rows, labels, vocab, len(CLASSES), l2=1.0) == (w, b)


def test_generator_proposes_what_the_rules_lack(nlp, tmp_path: Path) -> None:
    off = EventsLayer(Settings(extra={"event_generator": False, "event_filter": False}))
    before = code_events(nlp, off, TEXT, KNOWN, DATE)
    assert ("ASSAULT", ("CHL",), ("PER",), False, False) in tuples(before)
    assert not any(e.type == "CONSULT" for e in before)
    model = _model({"l=verb:convoke": {"CONSULT": 7.0}, "oact=1": {"CONSULT": 1.0}}, {"verb:convoke"})
    on = EventsLayer(Settings(extra={"event_generator": _model_file(tmp_path, model), "event_filter": False}))
    assert on.coder.generator is not None
    after = code_events(nlp, on, TEXT, KNOWN, DATE)
    new = _learned(after)
    assert [(e.type, e.trigger.text) for e in new] == [("CONSULT", "convoked")]
    assert new[0].sources[0].country == "ZMB" and "learned trigger p=0." in new[0].evidence
    assert tuples(before) < tuples(after)  # the rules' events stay
    # below the threshold nothing is proposed
    model.threshold = 0.999
    shy = EventsLayer(Settings(extra={"event_generator": _model_file(tmp_path, model, "shy.json"), "event_filter": False}))
    assert not _learned(code_events(nlp, shy, TEXT, KNOWN, DATE))


def test_a_learned_candidate_follows_the_coders_machinery(nlp, tmp_path: Path) -> None:
    # a learned trigger under a negator is flagged, under a modal hypothetical; with no actor
    # subject it dies
    model = _model({"l=verb:convoke": {"CONSULT": 7.0}}, {"verb:convoke"})
    on = EventsLayer(Settings(extra={"event_generator": _model_file(tmp_path, model), "event_filter": False}))
    denied = _learned(code_events(nlp, on, "Zambia denied convoking the ambassador of Malawi.", KNOWN, DATE))
    assert [(e.type, e.negated) for e in denied] == [("CONSULT", True)]
    maybe = _learned(code_events(nlp, on, "Zambia may convoke the ambassador of Malawi.", KNOWN, DATE))
    assert [(e.type, e.hypothetical) for e in maybe] == [("CONSULT", True)]
    assert not _learned(code_events(nlp, on, "The ambassador was convoked on Tuesday.", KNOWN, DATE))


def test_bundled_model_proposes_nothing_on_decoys(nlp) -> None:
    on = EventsLayer(Settings(extra={"event_generator": True, "event_filter": False}))
    assert on.coder.generator is not None
    # the decoys reach the model: words its gate lets through that no rule takes
    gated = on.coder.generator._gated(nlp(prepare(DECOYS).clean))
    assert len(gated) >= 3
    assert not code_events(nlp, EventsLayer(Settings(extra={"event_generator": False, "event_filter": False})),
                           DECOYS, KNOWN, DATE)
    assert not _learned(code_events(nlp, on, DECOYS, KNOWN, DATE))


def test_switched_off_is_the_rule_output(nlp, tmp_path: Path) -> None:
    off = EventsLayer(Settings(extra={"event_generator": False}))
    assert off.coder.generator is None
    silent = _model({}, {"verb:convoke"})  # scores every word below its threshold
    idle = EventsLayer(Settings(extra={"event_generator": _model_file(tmp_path, silent)}))
    a = code_events(nlp, off, TEXT, KNOWN, DATE)
    b = code_events(nlp, idle, TEXT, KNOWN, DATE)
    assert [e.to_dict() for e in a] == [e.to_dict() for e in b]


def test_settings_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATELINE_EVENT_GENERATOR", raising=False)
    assert generator_from_settings({"event_generator": False}) is None
    assert generator_from_settings({"event_generator": "off"}) is None
    on = generator_from_settings({"event_generator": True})
    assert on is not None and on.model is load_generator()
    # unset: the bundled model's own "enabled" field decides
    assert (generator_from_settings({}) is not None) == load_generator().enabled
    path = _model_file(tmp_path, _model({}, {"verb:convoke"}, threshold=0.4))
    g = generator_from_settings({"event_generator": path})
    assert g is not None and g.model.threshold == 0.4
    monkeypatch.setenv("DATELINE_EVENT_GENERATOR", "off")
    assert generator_from_settings({}) is None
    assert generator_from_settings({"event_generator": path}) is not None  # the setting wins over the environment


def test_trainer_reads_public_names_and_documents_its_thresholds() -> None:
    # the trainer builds its rows with the generator's own date/time entity test (a public name),
    # and its --threshold help lists the thresholds it actually tries
    import importlib.util
    import subprocess
    import sys

    from dateline._events import generator as gen

    script = Path(__file__).resolve().parents[1] / "scripts" / "train_event_generator.py"
    assert "generator import _" not in script.read_text(encoding="utf-8")
    assert gen.DATE_TIME_ENT_TYPES
    spec = importlib.util.spec_from_file_location("train_event_generator", script)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, check=True).stdout
    assert " ".join(f"{t:g}" for t in mod.THRESHOLDS) in " ".join(out.split())
