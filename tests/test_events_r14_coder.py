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


# ---------------------------------------------------------------- review9-ev regressions (fix-events9)

KNOWN2 = {**KNOWN, "France": ("FRA", "FRA", "state"), "Egypt": ("EGY", "EGY", "state"), "Egyptian": ("EGY", "EGY", "state"),
          "Ghanaian": ("GHA", "GHA", "state"), "Mali": ("MLI", "MLI", "state"), "Germany": ("DEU", "DEU", "state"),
          "Joe Biden": ("Joe Biden", "USA", "person"), "Macron": ("Macron", "FRA", "person"),
          "Scholz": ("Scholz", "DEU", "person"), "Hamas": ("Hamas", "PSE", "group"), "Gaza": ("PSE", "PSE", "state"),
          "United Nations": ("UN", None, "igo"), "Kenyan": ("KEN", "KEN", "state"), "Nairobi": ("KEN", "KEN", "state")}


def code2(nlp, layer: EventsLayer, text: str) -> set[tuple]:
    return event_tuples(code_events(nlp, layer, text, KNOWN2, "2024-06-12", article_id="r14f"))


def test_a_named_object_conjunct_is_not_the_next_clause_subject(nlp, layer) -> None:
    # a named first object: the name after 'and' is not made the next verb's subject (nor its sources)
    events = code2(nlp, layer, "Iran attacked Israel and France condemned the attack.")
    assert not any(t[0] == "ACCUSE" and "ISR" in t[1] for t in events)
    # the rule's case: after a common-noun object the stranded name is the subject
    assert ("AGREE", ("GHA",), (), False, False) in code2(
        nlp, layer, "Mali shipped 300,000 barrels of diesel and Ghana promised to send more fuel.")


@pytest.mark.parametrize("text", [
    "Joe Biden called the Egyptian leader to discuss the ceasefire.",
    "Joe Biden called the Ghanaian opposition to discuss the election.",
])
def test_calling_a_leader_to_discuss_is_no_request(nlp, layer, text) -> None:
    assert not any(t[0] == "REQUEST" for t in code2(nlp, layer, text))


def test_calling_fighters_to_act_stays_a_request(nlp, layer) -> None:
    assert any(t[0] == "REQUEST" for t in code2(nlp, layer, "Joe Biden called the fighters to lay down their arms."))


@pytest.mark.parametrize("text", [
    "Joe Biden did not rule out seeking a second term.",
    "Germany did not rule out a coalition with the Greens.",
])
def test_not_ruling_out_a_harmless_act_is_no_threat(nlp, layer, text) -> None:
    assert not any(t[0] == "THREATEN" for t in code2(nlp, layer, text))


def test_seizing_a_court_building_is_a_seizure(nlp, layer) -> None:
    events = code2(nlp, layer, "Hamas seized the court building in Gaza.")
    assert any(t[0] == "COERCE" for t in events) and not any(t[0] == "ACCUSE" for t in events)


def test_declaring_a_place_free_of_a_disease_is_no_endorsement(nlp, layer) -> None:
    assert not any(t[0] == "SUPPORT" for t in code2(nlp, layer, "The United Nations declared Mali free of polio."))
    assert any(t[0] == "SUPPORT" for t in code2(nlp, layer, "The United Nations declared the Kenyan elections free and fair."))


@pytest.mark.parametrize("text", [
    "Kenyan protesters burned an effigy of Joe Biden.",
    "Kenyan protesters burned tires in Nairobi.",
])
def test_burning_effigies_or_tyres_is_a_demonstration_not_a_riot(nlp, layer, text) -> None:
    events = code_events(nlp, layer, text, KNOWN2, "2024-06-12", article_id="r14f")
    assert [e.mode for e in events if e.type == "PROTEST"] == ["demo"]


def test_evacuating_families_is_aid_evacuating_ones_citizens_is_not(nlp, layer) -> None:
    assert any(t[0] == "AID" for t in code2(nlp, layer, "The United Nations evacuated families from Gaza."))
    assert not any(t[0] == "AID" for t in code2(nlp, layer, "France evacuated its citizens from Mali."))


def test_talking_with_two_leaders_is_two_bilateral_calls(nlp, layer) -> None:
    events = code2(nlp, layer, "Joe Biden talked with Macron and Scholz.")
    assert {t[2] for t in events if t[0] == "CONSULT"} == {("FRA",), ("DEU",)}


def test_backing_an_insurgency_is_not_material_aid_backing_rebels_is(nlp, layer) -> None:
    # 'insurgency', 'rebellion' are causes, not armed groups one arms (lexicon armed_groups)
    assert not any(t[0] == "AID" for t in code2(nlp, layer, "France supported the rebellion in Mali."))
    assert any(t[0] == "AID" for t in code2(nlp, layer, "Iran backed the rebels in Mali."))
