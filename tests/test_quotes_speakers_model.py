"""The quotes layer's trained speaker re-ranker (src/dateline/_quotes/speakers.py, docs/quotes.md).

* the bundled model file validates and names no check set among its training sets;
* the trainer (plain numpy logistic regression) learns an obvious rule from synthetic rows, and
  the decision keeps the rules' speaker unless another candidate wins by the margin;
* with the model on, a post-posed speaker and a scare quote come out right (sentences written
  for these tests);
* switched off (``Settings.extra["quote_speakers"] = False``), the layer's output is the rules'.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline import Pipeline
from dateline._errors import DataFileError
from dateline._events.filter import fit_logistic
from dateline._pipeline import Settings
from dateline._quotes.speakers import (
    FEATURE_PREFIXES,
    MARK,
    Candidate,
    SpeakerModel,
    load_speaker_model,
    parse_speaker_model,
    ranker_from_settings,
)
from dateline._records import Actor

CHECK_SETS = {"heldout", "heldout2", "dev9", "dev13", "dev15_facts", "dev20", "dev25", "dev30", "dev35", "dev41", "dev46", "dev51", "dev54"}
TEXT = ('"We will not sign an agreement that hurts our farmers," said Marta Olivares, the trade minister of Paraguay.\n\n'
        'The so-called "green corridor" for grain exports opened on Monday.\n\n'
        'Olivares met her Uruguayan counterpart, Diego Ferreyra, on Monday. "The talks were useful," '
        'Ferreyra told reporters after the meeting.')


def _quotes(pipe: Pipeline) -> list[tuple[str, str | None]]:
    art = pipe.code(TEXT, "2024-03-05")
    return [(q.text, q.speaker.name if q.speaker else None) for q in art.quotes if q.kind != "indirect"]


def test_bundled_model_validates() -> None:
    model = load_speaker_model()
    assert 0.0 <= model.margin <= 1.0 and 0.0 <= model.null_threshold <= 1.0
    assert all(k.partition("=")[0] in FEATURE_PREFIXES for k in model.weights)
    sets = model.meta.get("training_sets", [])
    assert isinstance(sets, list)
    assert not CHECK_SETS & set(sets)  # a check set is never training data
    assert not CHECK_SETS & set(model.meta.get("snapshot_sets", []))


def test_snapshots_name_no_check_set() -> None:
    folder = Path(__file__).parent / "gold" / "quote_snapshots"
    sets = {name for p in folder.glob("*.json.gz") for name in p.name.split("@")[0].split("+")}
    assert sets and not CHECK_SETS & sets


def test_model_file_errors() -> None:
    good = SpeakerModel({"src=rule": 1.0}, 0.0, 0.2, 0.9).to_dict()
    assert parse_speaker_model(good, "x").weights == {"src=rule": 1.0}
    with pytest.raises(DataFileError, match="unknown feature"):
        parse_speaker_model({**good, "weights": {"colour=red": 1.0}}, "x")
    with pytest.raises(DataFileError, match="margin"):
        parse_speaker_model({**good, "margin": 2.0}, "x")
    with pytest.raises(DataFileError, match="not a quote speaker model"):
        parse_speaker_model({**good, "format": "other"}, "x")


def test_training_learns_an_obvious_rule() -> None:
    # the subject of a speech verb is the speaker; a mere mention is not; "dist" is noise
    rows = [["rel=subj_cue", "dist=before/1-3"], ["rel=other", "dist=before/1-3"],
            ["rel=subj_cue", "dist=after/26+"], ["rel=other", "dist=after/26+"]] * 10
    labels = [1, 0, 1, 0] * 10
    weights, bias = fit_logistic(rows, labels, sorted({f for r in rows for f in r}), l2=1.0)
    assert weights["rel=subj_cue"] > 1.0 > -1.0 > weights["rel=other"]
    model = SpeakerModel(weights, bias, margin=0.2, null_threshold=0.9)
    someone = Actor(None, "X", "person")
    # the rules chose a mere mention (index 0): a speech verb's subject beats it by far
    cands = [Candidate(someone, ["rel=other"], rule=True), Candidate(someone, ["rel=subj_cue"])]
    assert model.choose([model.score(c.feats) for c in cands], cands) == 1
    # the rules chose the subject: kept
    cands = [Candidate(someone, ["rel=subj_cue"], rule=True), Candidate(someone, ["rel=other"])]
    assert model.choose([model.score(c.feats) for c in cands], cands) == 0
    # within the margin the rules' choice stands
    assert SpeakerModel({}, 0.0, margin=0.3).choose([0.5, 0.7], cands) == 0
    # no speaker only above the null threshold
    nul = [Candidate(someone, [], rule=True), Candidate(None, [])]
    assert SpeakerModel({}, 0.0, margin=0.1, null_threshold=0.9).choose([0.5, 0.85], nul) == 0
    assert SpeakerModel({}, 0.0, margin=0.1, null_threshold=0.9).choose([0.5, 0.95], nul) == 1


def test_postposed_speaker_and_scare_quote_with_the_model_on() -> None:
    got = dict(_quotes(Pipeline(Settings(extra={"quote_speakers": True}))))
    assert got["We will not sign an agreement that hurts our farmers,"] == "Marta Olivares"
    assert got["green corridor"] is None  # a scare quote: no one to name
    assert got["The talks were useful,"] == "Diego Ferreyra"


def test_switched_off_is_the_rules_output(tmp_path: Path) -> None:
    off = _quotes(Pipeline(Settings(extra={"quote_speakers": False})))
    # a model that always prefers any candidate other than the rules' one changes speakers, marked
    path = tmp_path / "speakers.json"
    model = SpeakerModel({"src=rule": -10.0, "src=mention": 5.0}, 0.0, margin=0.0, null_threshold=1.0, enabled=True)
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    forced = Pipeline(Settings(extra={"quote_speakers": str(path)})).code(TEXT, "2024-03-05")
    changed = [q for q in forced.quotes if q.speaker is not None and (q.speaker.resolved_by or "").endswith(MARK)]
    assert changed
    assert ranker_from_settings({"quote_speakers": "off"}) is None
    # and off again: exactly the rules' speakers
    assert _quotes(Pipeline(Settings(extra={"quote_speakers": "off"}))) == off
