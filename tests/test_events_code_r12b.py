"""Events layer (round r12b): parse-level classes.

* a negated catenative verb ("did not try to overthrow", "never sought to attack", "did not
  attempt to invade") negates the act of its to-infinitive; the un-negated verb does not;
* a light verb never carries the object of a preposition of time or cause ("stepped up pressure
  on X after the attack" is no attack by the subject carried by 'step up'), but still carries
  its own object ("stepped up its attacks on X") and an 'of' phrase; and a nominal act under
  after / following / since / amid is someone else's earlier act, not the clause subject's;
* feelings as criticism (CAMEO 111): "X was deeply concerned / disappointed by Y's decision" is
  X's disapproval of Y (the passive's subject feels, the by-phrase is the target); not
  "concerned about the weather", not "disappointed with the result of the match".

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_tuples as tuples

KNOWN = {
    "Ruvania": ("RUV", "RUV", "state"), "Moldara": ("MOL", "MOL", "state"),
    "Ruvanian": ("RUV", "RUV", "state"), "Moldaran": ("MOL", "MOL", "state"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> set[tuple]:
    return tuples(code_events(nlp, layer, text, KNOWN, "2024-05-01", article_id="cr12b"))


# --- negation of a governing catenative verb --------------------------------------------------------

@pytest.mark.parametrize("text,type_", [
    ("Ruvania did not try to overthrow the Moldaran government.", "COERCE"),
    ("Ruvania did not attempt to invade Moldara.", "ASSAULT"),
])
def test_negated_catenative_negates_the_act(nlp, layer, text, type_):
    got = code(nlp, layer, text)
    assert any(t[0] == type_ and t[3] for t in got)
    assert not any(t[0] == type_ and not t[3] for t in got)


def test_never_sought_to_attack_is_no_asserted_attack(nlp, layer):
    got = code(nlp, layer, "Ruvania never sought to attack Moldara.")
    assert not any(t[0] in ("ASSAULT", "THREATEN") and not t[3] for t in got)


def test_catenative_without_negation_stays_positive(nlp, layer):
    # decoy: the attempt itself is coded as before
    got = code(nlp, layer, "Ruvania tried to invade Moldara.")
    assert ("ASSAULT", ("RUV",), ("MOL",), False, False) in got


# --- a light verb and phrases of time -------------------------------------------------------------

def test_light_verb_does_not_carry_a_time_phrase(nlp, layer):
    events = code_events(nlp, layer, "Ruvania stepped up pressure on Moldara after the attack.", KNOWN, "2024-05-01")
    assert not any(e.type == "ASSAULT" and "stepped" in e.trigger.text for e in events)


def test_an_earlier_act_in_a_time_phrase_is_not_the_subjects(nlp, layer):
    # "after / following the raid": some other, earlier act; the clause's subject did not raid
    got = code(nlp, layer, "Ruvania made changes to its army following the raid on Moldara.")
    assert not any(t[0] in ("COERCE", "ASSAULT") and t[1] == ("RUV",) for t in got)


def test_light_verb_still_carries_its_object(nlp, layer):
    # decoys: the light verb's own object and an 'of' phrase are the act
    got = code(nlp, layer, "Ruvania stepped up its attacks on Moldara.")
    assert ("ASSAULT", ("RUV",), ("MOL",), False, False) in got
    got = code(nlp, layer, "Ruvania carried out strikes on Moldara before the ceasefire.")
    assert ("ASSAULT", ("RUV",), ("MOL",), False, False) in got


# --- feelings as criticism ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ruvania was deeply concerned by Moldara's decision to close the border.",
    "Ruvania was disappointed by Moldara's refusal to release the prisoners.",
])
def test_concern_or_disappointment_at_a_partys_act_is_criticism(nlp, layer, text):
    got = code(nlp, layer, text)
    assert ("ACCUSE", ("RUV",), ("MOL",), False, False) in got


@pytest.mark.parametrize("text", [
    "Ruvania was concerned about the weather in the capital.",
    "The Ruvanian coach was disappointed with the result of the match against Moldara.",
])
def test_feelings_about_things_are_no_event(nlp, layer, text):
    assert not any(t[0] == "ACCUSE" for t in code(nlp, layer, text))


# --- a 'to' phrase the parser made a dative -------------------------------------------------------

def test_dative_to_satisfies_a_rules_preposition(nlp, layer):
    """The parser sometimes labels a 'to' phrase 'dative' ("delivered gas to France"); a rule
    that asks for 'to' must still see it. The parse is forced here so the test does not depend
    on the model's choice."""
    def dative_nlp(text: str):
        doc = nlp(text)
        for t in doc:
            if t.lower_ == "to" and t.dep_ == "prep":
                t.dep_ = "dative"
        return doc

    text = "Ruvania protested to Moldara on Monday."
    got = tuples(code_events(dative_nlp, layer, text, KNOWN, "2024-05-01", article_id="cr12b"))
    assert ("ACCUSE", ("RUV",), ("MOL",), False, False) in got


def test_every_feeling_verb_of_the_criticism_entry_is_an_experiencer_passive():
    # the coder reads "X was disappointed by Y" with X as the doer only for experiencer_passives:
    # a feeling verb added to the ACCUSE entry but not to that list would code Y as the doer
    from dateline._events.patterns import load_patterns

    p = load_patterns()
    feelings = [r for rules in p.verbs.values() for r in rules
                if r.type == "ACCUSE" and "disappoint" in r.lemmas and "by" in r.prep]
    assert feelings
    for r in feelings:
        assert r.lemmas <= p.experiencer_passives, sorted(r.lemmas - p.experiencer_passives)
