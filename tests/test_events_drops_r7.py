"""Events layer (round r7): candidates the sentence coder used to drop before the article level.

* an accusation whose object names no actor ("denounced irregularities") is kept until the
  article-level (discourse) rules have run; it survives only when they give it a target (the
  article's home country), else it is still dropped.
* a subject the actors layer left without a mention that is a body of a state ("soldiers",
  "the senators", discourse.yaml ``agents``) is of the article's home country; with no home
  country the event is dropped (an unnamed doer is not coded).

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_tuples as tuples

KNOWN = {
    "Zambia": ("ZMB", "ZMB", "state"), "Lusaka": ("ZMB", "ZMB", "state"),
    "Zambian": ("ZMB", "ZMB", "state"),
    "the opposition": ("ZMB-opp", "ZMB", "organization"),
    "Hakainde Hichilema": ("Hakainde Hichilema", "ZMB", "person"),
    "Chile": ("CHL", "CHL", "state"), "Peru": ("PER", "PER", "state"),
    "Norway": ("NOR", "NOR", "state"),
}

# five Zambian mentions: Zambia is the article's home country
HOME = ("Zambia held elections on Thursday. Hakainde Hichilema of Zambia said the vote in Zambia was calm, "
        "and Zambian officials in Lusaka began the count.\n\n")


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-08-14", article_id="dr7")


def test_accusation_of_no_named_actor_takes_the_home_country(nlp, layer):
    evs = code(nlp, layer, HOME + "On Friday the opposition denounced irregularities in the count.")
    assert ("ACCUSE", ("ZMB",), ("ZMB",), False, False) in tuples(evs)


def test_accusation_of_no_named_actor_without_a_home_country_is_dropped(nlp, layer):
    # an article about several countries: no home country, nobody the accusation aims at
    text = ("Chile and Peru met Norway on Monday. Chile, Peru and Norway agreed on fishing quotas.\n\n"
            "On Friday the opposition denounced irregularities in the count.")
    assert not [e for e in code(nlp, layer, text) if e.type == "ACCUSE"]


def test_body_noun_subject_is_of_the_home_country(nlp, layer):
    evs = code(nlp, layer, HOME + "Soldiers attacked a village in the north on Friday.")
    assert ("ASSAULT", ("ZMB",), ("ZMB",), False, False) in tuples(evs)


def test_body_noun_subject_without_a_home_country_is_dropped(nlp, layer):
    text = ("Chile and Peru met Norway on Monday. Chile, Peru and Norway agreed on fishing quotas.\n\n"
            "Soldiers attacked a village in the north on Friday.")
    assert not [e for e in code(nlp, layer, text) if e.type == "ASSAULT"]


def test_unspecific_body_noun_is_no_doer(nlp, layer):
    evs = code(nlp, layer, HOME + "Some soldiers attacked a village in the north on Friday.")
    assert not [e for e in evs if e.type == "ASSAULT" and any(a.country == "ZMB" for a in e.sources)]


def test_home_state_judging_no_one_is_not_judging_itself(nlp, layer):
    evs = code(nlp, layer, HOME + "On Friday Zambia denounced irregularities in the count.")
    assert ("ACCUSE", ("ZMB",), ("ZMB",), False, False) not in tuples(evs)
