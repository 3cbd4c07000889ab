"""Events layer (round r8): code-level rules of the sentence coder.

* a rule's preposition is found under an adverb particle of its verb ("pulled away from the
  treaty": away = advmod, from hangs on it);
* a rule's `subjects` condition resolves a relative "who" to its antecedent and looks through a
  container noun ("thousands of demonstrators stormed ..."), as objects already do;
* a noun under "without" names an act that did not happen ("fired without warning") and is not
  coded;
* a judging noun a verb carries ("voiced its condemnation of the shelling by X") accuses the
  doer of the act its 'of' phrase names;
* "denied any role / involvement in the attack": the act of the "in" phrase, done by the one
  whose part it is (negated by the denial; "admitted its role" asserts it);
* a vow whose content is a reprisal ("vowed to retaliate against X", "promised to hit back at X")
  is a THREATEN aimed at the one the reprisal would hit, not an AGREE; "respond" counts only with
  no "to" phrase ("pledged to respond to their concerns" stays a promise).

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_tuples as tuples
from _events_helpers import event_types

KNOWN = {
    "Ruvania": ("RUV", "RUV", "state"), "Ruvanian": ("RUV", "RUV", "state"),
    "Moldara": ("MOL", "MOL", "state"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-05-01", article_id="cr8")


def test_prep_under_an_adverb_particle(nlp, layer):
    evs = code(nlp, layer, "Ruvania pulled away from the treaty with Moldara on Monday.")
    assert "SANCTION" in event_types(evs)


def test_adverb_particle_without_the_rules_preposition_is_not_matched(nlp, layer):
    # decoy: "away" carries no "from" phrase naming a pact
    evs = code(nlp, layer, "Ruvania pulled away the barriers near the treaty monument.")
    assert "SANCTION" not in event_types(evs, flagged=True)


def test_noun_under_without_is_not_coded(nlp, layer):
    evs = code(nlp, layer, "Ruvanian soldiers fired without any warning on the crowd.")
    assert "THREATEN" not in event_types(evs, flagged=True)
    evs = code(nlp, layer, "Ruvania left the summit without an agreement with Moldara.")
    assert "AGREE" not in event_types(evs, flagged=True)


def test_noun_not_under_without_is_still_coded(nlp, layer):
    # decoy: the same noun with another preposition is an event
    evs = code(nlp, layer, "Ruvania issued a warning to Moldara.")
    assert "THREATEN" in event_types(evs)


def test_vow_to_retaliate_is_a_threat_at_its_target(nlp, layer):
    evs = code(nlp, layer, "Moldara vowed to retaliate against Ruvania.")
    assert ("THREATEN", ("MOL",), ("RUV",), False, False) in tuples(evs)
    assert "AGREE" not in event_types(evs, flagged=True)


def test_vow_to_hit_back_is_a_threat(nlp, layer):
    evs = code(nlp, layer, "Moldara promised to hit back at Ruvania.")
    assert ("THREATEN", ("MOL",), ("RUV",), False, False) in tuples(evs)


def test_vow_to_respond_needs_no_to_phrase(nlp, layer):
    evs = code(nlp, layer, "Moldara vowed to respond with force against Ruvania.")
    assert "THREATEN" in event_types(evs)
    # decoy: responding to someone's concerns is a promise, not a threat
    evs = code(nlp, layer, "Moldara pledged to respond to the concerns of Ruvania.")
    assert "THREATEN" not in event_types(evs, flagged=True)


def test_vow_of_help_stays_a_promise(nlp, layer):
    evs = code(nlp, layer, "Moldara promised to help Ruvania.")
    assert ("AGREE", ("MOL",), ("RUV",), False, False) in tuples(evs)



def test_judging_noun_object_takes_the_doer_of_the_act_it_covers(nlp, layer):
    evs = code(nlp, layer, "Ruvania voiced its condemnation of the shelling by Moldara.")
    assert ("ACCUSE", ("RUV",), ("MOL",), False, False) in tuples(evs)


def test_judging_noun_of_an_act_with_no_doer_names_no_target(nlp, layer):
    # decoy: the victim of the act condemned is not the one accused
    evs = code(nlp, layer, "Ruvania expressed its condemnation of the attack on Moldara.")
    assert not any(e.type == "ACCUSE" and any(a.id == "MOL" for a in e.targets) for e in evs)


def test_subjects_condition_looks_through_a_container_noun(nlp, layer):
    evs = code(nlp, layer, "Thousands of Ruvanian demonstrators stormed the parliament of Moldara.")
    assert ("PROTEST", ("RUV",), ("MOL",), False, False) in tuples(evs)
    # decoy: the container holds no protester
    evs = code(nlp, layer, "Thousands of Ruvanian tourists stormed the beaches of Moldara.")
    assert "PROTEST" not in event_types(evs, flagged=True)


def test_subjects_condition_resolves_a_relative_who(nlp, layer):
    evs = code(nlp, layer, "Ruvanian protesters who demanded the resignation of the president blocked the roads.")
    assert "PROTEST" in event_types(evs)
    # decoy: the antecedent is no protester
    evs = code(nlp, layer, "Ruvanian bankers who demanded the resignation of the president met on Monday.")
    assert "PROTEST" not in event_types(evs, flagged=True)


def test_denied_role_in_an_act_is_that_act_negated(nlp, layer):
    evs = code(nlp, layer, "Ruvania denied any role in the attack on Moldara.")
    assert ("ASSAULT", ("RUV",), ("MOL",), True, False) in tuples(evs)
    evs = code(nlp, layer, "Ruvania admitted its role in the attack on Moldara.")
    assert ("ASSAULT", ("RUV",), ("MOL",), False, False) in tuples(evs)


def test_role_of_another_is_not_the_subjects_act(nlp, layer):
    # decoy: the part is another's ("the role of X"), so the praiser did not attack
    evs = code(nlp, layer, "Moldara praised the role of Ruvania in the attack on the rebels.")
    assert not any(e.type == "ASSAULT" and any(a.id == "MOL" for a in e.sources) for e in evs)
