"""Events layer, ninth session (events-coder9): coder classes asked for by the type round. Each
class has its own sentences (written for these tests) and a decoy the rule must leave alone.

Actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events, event_tuples

KNOWN = {
    "Iran": ("IRN", "IRN", "state"), "Israel": ("ISR", "ISR", "state"), "Russia": ("RUS", "RUS", "state"),
    "Ukraine": ("UKR", "UKR", "state"), "Belarus": ("BLR", "BLR", "state"), "Poland": ("POL", "POL", "state"),
    "Sudan": ("SDN", "SDN", "state"), "Chad": ("TCD", "TCD", "state"), "Turkey": ("TUR", "TUR", "state"),
    "Greece": ("GRC", "GRC", "state"), "Kenya": ("KEN", "KEN", "state"), "Ghana": ("GHA", "GHA", "state"),
    "Ecuador": ("ECU", "ECU", "state"), "Quito": ("ECU", "ECU", "state"),
    "President Vega": ("ECU-pres", "ECU", "person"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> set[tuple]:
    return event_tuples(code_events(nlp, layer, text, KNOWN, "2024-06-12", article_id="r14c"))


# ---------------------------------------------------------------- an act not ruled out is a threat

@pytest.mark.parametrize("text, src, tgt", [
    ("Iran refused to rule out force against Israel.", "IRN", "ISR"),
    ("Belarus did not rule out military action against Poland.", "BLR", "POL"),
    ("Turkey declined to rule out sanctions against Greece.", "TUR", "GRC"),
    ("Belarus did not rule out cutting gas supplies if Poland closed the border.", "BLR", "POL"),
])
def test_an_act_not_ruled_out_is_a_threat(nlp, layer, text, src, tgt) -> None:
    events = code(nlp, layer, text)
    assert ("THREATEN", (src,), (tgt,), False, False) in events
    assert not any(t[0] == "REJECT" for t in events)


@pytest.mark.parametrize("text", [
    "Sudan ruled out talks with Chad.",  # ruled out: a refusal
    "Russia did not rule out talks with Ukraine.",  # not ruling out talks threatens no one
    "Russia declined to rule out a deal with Ukraine.",
    "Russia has not ruled out reopening a gas deal with Ukraine.",
])
def test_ruling_out_or_not_ruling_out_talks_is_no_threat(nlp, layer, text) -> None:
    assert not any(t[0] == "THREATEN" for t in code(nlp, layer, text))


# ---------------------------------------------------------------- an investigation no one is named for

QUITO = ("QUITO - Ecuador's Congress voted on Monday to censure the interior minister. President Vega said "
         "Ecuador would call a referendum, and Quito asked for calm. Ecuador's defence minister resigned. ")


@pytest.mark.parametrize("text", [
    "Two former ministers were placed under investigation on Tuesday.",
    "The former mayor of Quito was put under investigation over the contracts.",
    "Two former ministers were investigated for fraud on Tuesday.",
])
def test_an_agentless_investigation_is_done_by_the_home_state(nlp, layer, text) -> None:
    accuse = {t for t in code(nlp, layer, QUITO + text) if t[0] == "ACCUSE"}
    assert accuse and all(t[1] == ("ECU",) for t in accuse)


@pytest.mark.parametrize("text", [
    # no home country: no one to take the source from
    "Kenya and Ghana held talks in Nairobi. Kenya said Ghana would open a consulate. Ghana said Kenya would "
    "buy cocoa. Two former ministers were placed under investigation on Tuesday.",
    # a named investigator keeps it
    QUITO + "Two former ministers were placed under investigation by Greece on Tuesday.",
])
def test_no_home_state_or_a_named_investigator_gives_no_agentless_one(nlp, layer, text) -> None:
    assert not any(t[0] == "ACCUSE" and t[1] == ("ECU",) for t in code(nlp, layer, text))
