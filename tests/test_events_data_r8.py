"""Events layer, pattern data round r8: CAMEO families missed at the trigger (no rule fitted),
each with decoys in a non-political sense that must give no event (or not that type).

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_types as types

KNOWN = {
    "Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state"), "France": ("FRA", "FRA", "state"),
    "Ghana": ("GHA", "GHA", "state"), "Norway": ("NOR", "NOR", "state"),
    "Peruvian police": ("PER-police", "PER", "state"), "Chilean police": ("CHL-police", "CHL", "state"),
    "Dina Boluarte": ("Dina Boluarte", "PER", "person"), "Gabriel Boric": ("Gabriel Boric", "CHL", "person"),
    "Nana Akufo-Addo": ("Nana Akufo-Addo", "GHA", "person"),
    "Jonas Gahr Store": ("Jonas Gahr Store", "NOR", "person"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-05-14", article_id="r8")


# ---------------------------------------------------------------- 041: telephoned to / with

def test_telephoned_to_or_with_a_leader_is_a_phone_call(nlp, layer) -> None:
    for text in ("Dina Boluarte telephoned to Gabriel Boric on Monday to discuss the border.",
                 "Nana Akufo-Addo phoned with Jonas Gahr Store about the fisheries dispute."):
        assert "CONSULT" in types(code(nlp, layer, text)), text


def test_phoning_to_a_radio_show_or_with_news_is_no_consultation(nlp, layer) -> None:
    for text in ("A listener telephoned to the radio station on Monday.",
                 "Her neighbour phoned with the news of the birth."):
        assert "CONSULT" not in types(code(nlp, layer, text)), text


# ---------------------------------------------------------------- 175: dispersed with tear gas

def test_dispersed_with_riot_weapons_is_crowd_control(nlp, layer) -> None:
    for text in ("Peruvian police dispersed with tear gas a march in the centre of Lima.",
                 "Chilean police dispersed the voters with batons and rubber bullets in Santiago."):
        assert "ASSAULT" in types(code(nlp, layer, text)), text


def test_dispersing_with_other_means_is_no_assault(nlp, layer) -> None:
    for text in ("The fog dispersed with the morning sun over Lima.",
                 "The crowd dispersed with the end of the concert in Santiago."):
        assert "ASSAULT" not in types(code(nlp, layer, text)), text


# ---------------------------------------------------------------- 190 / 152: named operations

def test_a_military_operation_is_force_a_naval_one_a_show_of_it(nlp, layer) -> None:
    assert "ASSAULT" in types(code(nlp, layer,
        "Peru launched a military operation against the rebels in Chile on Monday."))
    assert "MOBILIZE" in types(code(nlp, layer,
        "France launched a naval operation off the coast of Ghana on Monday."))


def test_rescue_or_surgical_operations_are_no_events(nlp, layer) -> None:
    for text in ("Peru launched a rescue operation after the earthquake in Chile.",
                 "The operation on his knee went well, the doctors in Norway said."):
        assert not {"ASSAULT", "MOBILIZE"} & set(types(code(nlp, layer, text))), text


# ---------------------------------------------------------------- 190: strategic points seized

def test_seizing_a_bridge_port_or_airbase_is_force(nlp, layer) -> None:
    for text in ("Peruvian rebels seized a bridge over the river on Monday.",
                 "Chilean troops captured the port of Arica from Peru on Monday."):
        assert "ASSAULT" in types(code(nlp, layer, text)), text


def test_taking_a_bridge_or_a_pass_on_a_journey_is_no_attack(nlp, layer) -> None:
    for text in ("Dina Boluarte took the bridge to Chile on her way to the summit.",
                 "The cyclists took the pass above Lima in the rain."):
        assert "ASSAULT" not in types(code(nlp, layer, text)), text


# ---------------------------------------------------------------- 163: arms sales halted

def test_halting_arms_sales_to_a_state_is_an_embargo(nlp, layer) -> None:
    for text in ("Norway suspended arms sales to Chile on Monday.",
                 "France halted weapons exports to Peru after the crackdown."):
        assert "SANCTION" in types(code(nlp, layer, text)), text


def test_a_firm_or_a_shop_halting_sales_is_no_sanction(nlp, layer) -> None:
    for text in ("The company suspended sales of the phone after the battery fires.",
                 "The bakery stopped sales of bread at noon."):
        assert "SANCTION" not in types(code(nlp, layer, text)), text
