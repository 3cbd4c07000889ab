"""Events layer (round r11): arguments that come from the clause around the trigger.

* a relative clause the parser made the main clause ("The ministry, that had warned Japan last
  week, said ..."): its relative pronoun is the noun before the comma, not a second subject;
* an infinitive of purpose whose object is "him"/"her" after a verb that is no request
  ("called Castro to congratulate her", "telephoned Noboa to thank him"): the caller does it and
  the one called is its target (a request verb keeps object control: "urged Castro to praise him");
* the agentless passive of lifting a domestic measure ("the curfew in Cusco would be lifted"):
  the state where it happens lifts it for its own country (CONCEDE X -> X); an agentless lifting
  of anything else ("the sanctions were lifted") names no one;
* a protest whose subject heads a quantity ("Thousands of students marched in Cusco"): the
  protest of a country's people naming no one is aimed at their own state (with the places layer,
  the place's state the phrase fallback read beside the students no longer blocks that; these
  hand-built mentions have no places, so the test guards the target only);
* "has been held in Santiago": an agentless detention (COERCE) by the state where it happens or
  the home state; talks or elections held are no detention;
* "The leaders agreed ..." right after a meeting of several states: the meeting's sides (not one
  of them); after a meeting that did not take place, no one.

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
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str, known: dict | None = None) -> set[tuple]:
    return tuples(code_events(nlp, layer, text, known or KNOWN, "2024-05-01", article_id="cr11"))


# --- a relative clause parsed as the main clause -------------------------------------------------

def test_relative_pronoun_parsed_as_second_subject_is_the_noun_before(nlp, layer):
    known = {"China's foreign ministry": ("CHN-mfa", "CHN", "state"), "China": ("CHN", "CHN", "state"),
             "Japan": ("JPN", "JPN", "state")}
    text = ("China's foreign ministry summoned the envoy of Japan on Monday. "
            "The ministry, that had warned Japan last week, said it would respond.")
    assert ("THREATEN", ("CHN",), ("JPN",), False, False) in code(nlp, layer, text, known)


def test_relative_clause_of_a_noun_no_one_names_gives_no_source(nlp, layer):
    # decoy: the noun before the relative pronoun is no actor: still no event
    text = "The committee, that had warned Moldara last week, said it would respond."
    assert not any(t[0] == "THREATEN" for t in code(nlp, layer, text))


# --- "called X to congratulate her": a purpose, not object control -----------------------------

PEOPLE = {"Gustavo Petro": ("COL-pres", "COL", "person"), "Xiomara Castro": ("HND-pres", "HND", "person"),
          "Daniel Noboa": ("ECU-pres", "ECU", "person")}


def test_purpose_with_her_is_the_callers_act_on_the_one_called(nlp, layer):
    text = "Colombian President Gustavo Petro called Honduran President Xiomara Castro on Monday to congratulate her."
    got = code(nlp, layer, text, PEOPLE)
    assert ("SUPPORT", ("COL",), ("HND",), False, False) in got
    assert not any(t[0] == "SUPPORT" and t[1] == ("HND",) for t in got)


def test_purpose_with_him_after_a_telephone_call(nlp, layer):
    text = "Colombian President Gustavo Petro telephoned Ecuador's President Daniel Noboa to thank him for the aid."
    assert ("SUPPORT", ("COL",), ("ECU",), False, False) in code(nlp, layer, text, PEOPLE)


def test_request_verb_keeps_object_control(nlp, layer):
    # decoy: "urged Castro to praise him": Castro is asked to do it (the request absorbs it)
    text = "Colombian President Gustavo Petro urged Honduran President Xiomara Castro on Monday to praise him."
    got = code(nlp, layer, text, PEOPLE)
    assert ("REQUEST", ("COL",), ("HND",), False, False) in got
    assert not any(t[0] == "SUPPORT" for t in got)


# --- the agentless lifting of a domestic measure -------------------------------------------------

# a story about Peru (its home country: most mentions)
PERU = {"Peru": ("PER", "PER", "state"), "Cusco": ("PER", "PER", "state"), "Lima": ("PER", "PER", "state")}
STORY = ("Peru's government met union leaders in Lima on Monday. Peru's president spoke on television. "
         "Peru's army patrolled the streets of Lima. ")


def test_agentless_lifted_curfew_is_the_states_concession(nlp, layer):
    text = STORY + "Officials in Peru said on Monday that the curfew in Cusco would be lifted on Friday."
    assert any(t[:3] == ("CONCEDE", ("PER",), ("PER",)) for t in code(nlp, layer, text, PERU))


def test_agentless_lifted_sanctions_name_no_one(nlp, layer):
    # decoy: sanctions lifted with no one named: no state is assumed to lift them
    text = STORY + "Officials in Peru said on Monday that the sanctions would be lifted on Friday."
    assert not any(t[0] == "CONCEDE" for t in code(nlp, layer, text, PERU))


# --- a quantity of protesters in a place ---------------------------------------------------------

def test_thousands_of_students_protest_against_their_own_state(nlp, layer):
    known = {**PERU, "students": ("PER-students", "PER", "population")}
    text = "Thousands of students marched in Cusco on Sunday against the new education law."
    assert ("PROTEST", ("PER",), ("PER",), False, False) in code(nlp, layer, text, known)


# --- "has been held in X": an agentless detention ------------------------------------------------

CHILE = {"Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state"), "Santiago": ("CHL", "CHL", "state"),
         "engineer from Peru": ("PER-eng", "PER", "person")}
CHILE_STORY = ("Chile's government met union leaders in Santiago on Monday. Chile's president spoke on television. "
               "Chile's army patrolled the streets of Santiago. ")


def test_agentless_held_is_a_detention_by_the_state(nlp, layer):
    text = CHILE_STORY + "Chile's police said an engineer from Peru who has been held in Santiago since March was charged."
    assert ("COERCE", ("CHL",), ("PER",), False, False) in code(nlp, layer, text, CHILE)


def test_talks_held_are_no_detention(nlp, layer):
    # decoy: a meeting is held, no one is
    text = CHILE_STORY + "Talks with Peru were held in Santiago on Monday."
    assert not any(t[0] == "COERCE" for t in code(nlp, layer, text, CHILE))


# --- "the leaders" right after a meeting are its sides -------------------------------------------

ANDES = {"Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state"), "Bolivia": ("BOL", "BOL", "state")}


def test_the_leaders_after_a_meeting_are_its_sides(nlp, layer):
    text = ("The presidents of Peru, Chile and Bolivia met in La Paz on Monday. "
            "The leaders agreed to create a joint commission on water.")
    assert ("AGREE", ("BOL", "CHL", "PER"), (), False, False) in code(nlp, layer, text, ANDES)


def test_the_leaders_after_a_failed_meeting_are_no_one(nlp, layer):
    # decoy: the meeting did not take place: no sides are read from it
    text = "Peru and Chile failed to meet in Lima on Monday. The leaders agreed to try again next month."
    assert not any(t[0] == "AGREE" for t in code(nlp, layer, text, ANDES))


# --- "summoned X to demand", "telephoned X to express": purpose verbs ----------------------------

def test_purpose_after_telephoned_is_the_callers_act_on_the_one_called(nlp, layer):
    text = "Colombian President Gustavo Petro telephoned Ecuador's President Daniel Noboa to express solidarity after the floods."
    got = code(nlp, layer, text, PEOPLE)
    assert ("SUPPORT", ("COL",), ("ECU",), False, False) in got
    assert not any(t[0] == "SUPPORT" and t[1] == ("ECU",) for t in got)


def test_request_after_telling_keeps_object_control(nlp, layer):
    # decoy: "asked X to express": not a purpose verb, X is the one asked to act
    text = "Colombian President Gustavo Petro asked Ecuador's President Daniel Noboa to express solidarity with the victims."
    got = code(nlp, layer, text, PEOPLE)
    assert not any(t[0] == "SUPPORT" and t[1] == ("COL",) for t in got)


# --- an offer from abroad in a story about one country is made to it (discourse reaction) -------

PERU_JPN = {**PERU, "Japan": ("JPN", "JPN", "state")}


def test_offer_from_abroad_is_made_to_the_home_country(nlp, layer):
    text = STORY + "Floods hit Peru on Sunday. Japan offered to send rescue experts."
    assert ("AGREE", ("JPN",), ("PER",), False, False) in code(nlp, layer, text, PERU_JPN)


def test_offer_in_a_story_of_no_home_country_names_no_one(nlp, layer):
    # decoy: no home country (Peru and Japan named once each): no target is assumed
    text = "Floods hit Peru on Sunday. Japan offered to send rescue experts."
    assert not any(t[0] == "AGREE" and t[2] for t in code(nlp, layer, text, PERU_JPN))


def test_offer_to_mediate_or_host_talks_names_no_one(nlp, layer):
    # decoy: a mediation or talks are between parties (gold: no target), even in a home story
    text = STORY + "Unions struck in Peru on Sunday. Japan offered to mediate. Japan offered to host talks."
    assert not any(t[0] == "AGREE" and t[2] for t in code(nlp, layer, text, PERU_JPN))
