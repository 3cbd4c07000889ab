"""Events layer, event types (third round): CAMEO verb + object classes for weapons tests,
cutting power, deadlines to leave, requests for asylum, appeals to a court, recalls of
ambassadors, vows to fight to the end, hosting talks, criminal charges, removal from a post and
refusing to accept dictates; and "agreed on" a ceasefire as a jointly reached agreement.

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_tuples as tuples
from _events_helpers import event_types as types

KNOWN = {
    "Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state"), "France": ("FRA", "FRA", "state"),
    "Iran": ("IRN", "IRN", "state"), "Turkey": ("TUR", "TUR", "state"), "Russia": ("RUS", "RUS", "state"),
    "Japan": ("JPN", "JPN", "state"), "Kenya": ("KEN", "KEN", "state"), "Ghana": ("GHA", "GHA", "state"),
    "Norway": ("NOR", "NOR", "state"), "Egypt": ("EGY", "EGY", "state"), "Mali": ("MLI", "MLI", "state"),
    "Ghanaian citizens": ("GHA-civilians", "GHA", "state"), "Peruvian officers": ("PER-army", "PER", "state"),
    "Supreme Court": ("KEN-court", "KEN", "state"), "Kenyan police": ("KEN-police", "KEN", "state"),
    "Raila Odinga": ("Raila Odinga", "KEN", "person"),
    "International Court of Justice": ("ICJ", None, "igo"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-05-14", article_id="ty3")


# ---------------------------------------------------------------- weapons tests vs. strikes

def test_a_missile_fired_at_no_one_is_a_weapons_test(nlp, layer) -> None:
    for text in ("Iran test-fired two ballistic missiles on Sunday.",
                 "Iran launched a long-range missile into the sea on Sunday.",
                 "Iran tested a new cruise missile last week."):
        evs = code(nlp, layer, text)
        assert any(e.type == "MOBILIZE" and e.mode == "weapons" for e in evs), text
        assert "ASSAULT" not in types(evs, flagged=True), text


def test_a_missile_fired_at_someone_stays_an_attack(nlp, layer) -> None:
    evs = code(nlp, layer, "Russia fired six missiles at ports in Japan on Monday.")
    assert "ASSAULT" in types(evs) and "MOBILIZE" not in types(evs, flagged=True)
    # rockets with no target named stay attacks (only missiles are tested)
    assert "ASSAULT" in types(code(nlp, layer, "Mali fired rockets from across the border on Sunday."))


# ---------------------------------------------------------------- coercion and expulsion

def test_cutting_power_to_a_place_is_coercion(nlp, layer) -> None:
    evs = code(nlp, layer, "Turkey cut electricity and water to the base used by France.")
    assert "COERCE" in types(evs) and "SANCTION" not in types(evs, flagged=True)
    # cutting aid stays a sanction
    assert "SANCTION" in types(code(nlp, layer, "Norway cut its aid to Mali on Friday."))


def test_a_deadline_to_leave_is_an_expulsion(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Egypt gave Ghanaian citizens ten days to leave the country."))
    assert any(x[0] == "COERCE" and x[1] == ("EGY",) and x[2] == ("GHA",) for x in t)


def test_calling_an_ambassador_back_for_consultations_is_a_recall(nlp, layer) -> None:
    evs = code(nlp, layer, "Chile is calling its ambassador in Peru back to Santiago for consultations.")
    assert "SANCTION" in types(evs) and not types(evs, flagged=True) & {"REQUEST", "CONSULT"}


# ---------------------------------------------------------------- requests, complaints, threats

def test_asking_someone_for_asylum_is_a_request_of_them(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Peruvian officers asked Chile for asylum on Monday."))
    assert any(x[0] == "REQUEST" and x[1] == ("PER",) and x[2] == ("CHL",) for x in t)


def test_appealing_to_a_court_is_a_legal_complaint(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru appealed to the International Court of Justice against the ruling.")
    assert "ACCUSE" in types(evs) and "REQUEST" not in types(evs, flagged=True)
    # an announced appeal is the complaint itself, not a hypothesis
    assert "ACCUSE" in types(code(nlp, layer, "Peru said it will appeal to the International Court of Justice."))
    # an appeal to people stays a request
    assert "REQUEST" in types(code(nlp, layer, "Kenya appealed to Norway to send more doctors."))


def test_a_vow_to_fight_to_the_end_is_a_threat(nlp, layer) -> None:
    evs = code(nlp, layer, "Iran said it would fight to the end if Norway kept escalating.")
    assert any(e.type == "THREATEN" and not e.hypothetical for e in evs)


def test_refusing_to_accept_dictates_is_a_rejection(nlp, layer) -> None:
    evs = code(nlp, layer, "Ghana will never accept threats and lectures from Norway.")
    assert any(e.type == "REJECT" and not e.negated for e in evs)
    assert "CONCEDE" not in types(evs, flagged=True)


# ---------------------------------------------------------------- meetings, charges, dismissals

def test_hosting_talks_is_a_meeting_and_readiness_to_host_an_offer(nlp, layer) -> None:
    assert "CONSULT" in types(code(nlp, layer, "Kenya hosted talks between Mali and Ghana in May."))
    assert "AGREE" in types(code(nlp, layer, "Kenya said it was ready to host a new round of talks."))


def test_bringing_charges_is_an_accusation_not_an_arrest(nlp, layer) -> None:
    evs = code(nlp, layer, "Kenya charged Raila Odinga with treason on Monday.")
    assert "ACCUSE" in types(evs) and "COERCE" not in types(evs, flagged=True)
    # charging a fee is nothing; charging at a crowd stays crowd control
    assert not code(nlp, layer, "Kenya charged a higher fee for visas.")
    evs = code(nlp, layer, "Kenyan police charged at protesters in Nairobi.")
    assert "ACCUSE" not in types(evs, flagged=True)


def test_removing_someone_from_a_post_is_a_dismissal(nlp, layer) -> None:
    evs = code(nlp, layer, "The parliament of Peru removed him from office on Wednesday.")
    assert "SANCTION" in types(evs)


# ---------------------------------------------------------------- agreeing on a ceasefire

def test_agreeing_on_a_ceasefire_is_an_agreement_agreeing_to_one_a_concession(nlp, layer) -> None:
    evs = code(nlp, layer, "Mali and Ghana agreed on Thursday on a ceasefire after long talks.")
    assert "AGREE" in types(evs) and "CONCEDE" not in types(evs, flagged=True)
    assert "CONCEDE" in types(code(nlp, layer, "Mali and Ghana agreed to a ceasefire on Thursday."))


# ---------------------------------------------------------------- borders, captives, peacekeepers

def test_closing_borders_with_no_other_side_is_a_domestic_measure(nlp, layer) -> None:
    evs = code(nlp, layer, "The junta of Mali dissolved parliament and closed the borders on Monday.")
    assert "COERCE" in types(evs) and "SANCTION" not in types(evs, flagged=True)
    # closed to or with another state it is a sanction of that state
    t = tuples(code(nlp, layer, "Egypt closed its airspace to Kenya on Monday."))
    assert any(x[0] == "SANCTION" and x[1] == ("EGY",) and x[2] == ("KEN",) for x in t)


def test_capturing_people_is_taking_prisoners_capturing_a_town_an_attack(nlp, layer) -> None:
    evs = code(nlp, layer, "Russian troops captured twelve soldiers from Japan near the border.")
    assert "COERCE" in types(evs) and "ASSAULT" not in types(evs, flagged=True)
    assert "ASSAULT" in types(code(nlp, layer, "Russian troops captured the town of Kidal from Mali."))
    assert not code(nlp, layer, "The film captured the imagination of Japan.")


def test_a_peacekeeping_deployment_is_no_mobilization(nlp, layer) -> None:
    evs = code(nlp, layer, "The deployment of peacekeeping troops from Ghana to Mali began on Monday.")
    assert "MOBILIZE" not in types(evs, flagged=True)
    assert "MOBILIZE" in types(code(nlp, layer, "The deployment of Russian troops near Japan continued on Monday."))


def test_promising_elections_is_an_intent_to_reform(nlp, layer) -> None:
    evs = code(nlp, layer, "The junta of Mali promised free elections within two years.")
    assert any(e.type == "AGREE" and e.cameo == "034" for e in evs)
    # promised aid keeps its own class
    assert any(e.type == "AGREE" and e.cameo == "033" for e in code(nlp, layer, "Kenya promised aid to Mali."))


def test_seizing_ballot_papers_is_a_seizure(nlp, layer) -> None:
    evs = code(nlp, layer, "Kenyan police seized thousands of ballot papers in Nairobi.")
    assert any(e.type == "COERCE" and e.mode == "seize" for e in evs)
