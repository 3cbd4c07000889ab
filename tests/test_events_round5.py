"""Events layer, fifth round: precision rules checked on text the rules were not fitted to.

Directed acts with no other side (an accusation of no one, aid to no one) are not reported; a
promise with no content is no event; records under ``min_confidence`` are not output.

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import dataclasses

import pytest

from dateline._errors import DataFileError
from dateline._events import EventsLayer
from dateline._events.coder import Coder
from dateline._events.patterns import load_patterns, parse_patterns
from dateline._pipeline import Context, Settings
from dateline._records import Actor, Article
from dateline._textprep import prepare
from _events_helpers import code_events

KNOWN = {
    "Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state"), "France": ("FRA", "FRA", "state"),
    "Mali": ("MLI", "MLI", "state"), "Ghana": ("GHA", "GHA", "state"), "Switzerland": ("CHE", "CHE", "state"),
    "World Trade Organization": ("WTO", None, "igo"), "Red Cross": ("ICRC", None, "organization"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-05-02", article_id="t5")


def types(events) -> set[tuple]:
    return {(e.type, tuple(sorted(a.country or a.id for a in e.targets))) for e in events}


def test_a_disapproval_of_no_one_is_not_reported(nlp, layer) -> None:
    # the characterised thing names nobody: no accusation to record
    assert not [e for e in code(nlp, layer, "Peru described the outcome of the vote as a disgrace.") if e.type == "ACCUSE"]
    # a named target keeps it
    assert ("ACCUSE", ("CHL",)) in types(code(nlp, layer, "Peru condemned Chile on Tuesday."))


def test_aid_to_no_one_is_not_reported(nlp, layer) -> None:
    assert not [e for e in code(nlp, layer, "France delivered forty tonnes of flour and blankets on Monday.") if e.type == "AID"]
    assert ("AID", ("MLI",)) in types(code(nlp, layer, "France delivered forty tonnes of flour to Mali on Monday."))


def test_an_investigation_needs_no_named_target(nlp, layer) -> None:
    # target_required names ACCUSE by mode: an inquiry into a matter is still coded
    assert "investigate" not in {m.split("/")[-1] for m in layer.patterns.target_required if "/" in m}
    assert any(e.type == "ACCUSE" for e in code(nlp, layer, "Ghana opened an investigation into the collapse of the bridge."))


def test_a_promise_with_no_content_is_no_event(nlp, layer) -> None:
    assert code(nlp, layer, "The president of Peru promised to come back within days.") == []
    # a promise about an actor is political content
    assert any(e.type == "AGREE" for e in code(nlp, layer, "Peru promised to democratize Chile."))


def test_min_confidence_drops_weak_records(nlp) -> None:
    strict = EventsLayer(Settings())
    # the loaded pattern set is shared by the process: change a copy
    strict.patterns = dataclasses.replace(strict.patterns, min_confidence=0.99)
    strict.coder = Coder(strict.ontology, strict.patterns)
    assert code(nlp, strict, "Peru condemned Chile on Tuesday.") == []
    assert load_patterns().min_confidence < 0.99


def test_pattern_file_checks_new_keys() -> None:
    with pytest.raises(DataFileError):
        parse_patterns([("x.yaml", {"min_confidence": 1.5})])
    with pytest.raises(DataFileError):
        parse_patterns([("x.yaml", {"min_confidence": "high"})])
    with pytest.raises(DataFileError):
        parse_patterns([("x.yaml", {"target_required": ["BOGUS/disapprove"]})])
    with pytest.raises(DataFileError):
        parse_patterns([("x.yaml", {"target_required": ["ACCUSE/nonsense"]})])
    ps = parse_patterns([("u.yaml", {"min_confidence": 0.4, "target_required": ["ACCUSE/Disapprove"]}),
                         ("b.yaml", {"min_confidence": 0.2})])
    assert ps.min_confidence == 0.4  # the first file (the user's) wins
    assert "ACCUSE/disapprove" in ps.target_required


def test_taking_in_refugees_targets_their_country(nlp, layer) -> None:
    # the refugees' nationality is the other side (the object slot, not only 'from')
    evs = code(nlp, layer, "Ghana took in 4,000 Malian refugees last year.")
    assert ("AID", ("MLI",)) in types(evs)


def test_appeal_before_a_tribunal_is_a_legal_complaint(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru will appeal against Chile before the World Trade Organization.")
    assert not any(e.type == "REQUEST" for e in evs)
    assert any(e.type == "ACCUSE" and e.cameo == "115" for e in evs)


def test_a_place_that_locates_an_actor_is_no_recipient(nlp, layer) -> None:
    # "the Red Cross in Switzerland": the place locates the organisation; it names no target state
    evs = code(nlp, layer, "Peru offered to work with the Red Cross in Switzerland on the matter.")
    assert not any(a.country == "CHE" for e in evs for a in e.targets)


def test_conjoined_act_shares_the_first_conjuncts_target(nlp, layer) -> None:
    evs = code(nlp, layer, "France said it would take in 2,000 Malian refugees and pledged 30 million euros in aid.")
    agree = [e for e in evs if e.type == "AGREE"]
    assert agree and all([a.country for a in e.targets] == ["MLI"] for e in agree)
