"""Events layer, pattern data round r10: candidate families that had a word with a rule but no
candidate (the rule's object, subject or preposition did not fit), each with decoys in a
non-political sense that must give no event (or not that type).

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
    "Ghana": ("GHA", "GHA", "state"), "Norway": ("NOR", "NOR", "state"), "Kenya": ("KEN", "KEN", "state"),
    "Lima": ("PER", "PER", "state"), "Accra": ("GHA", "GHA", "state"), "Oslo": ("NOR", "NOR", "state"),
    "Peruvian students": ("PER-students", "PER", "population"),
    "Chilean farmers": ("CHL-farmers", "CHL", "population"),
    "Chilean police": ("CHL-police", "CHL", "state"),
    "Dina Boluarte": ("Dina Boluarte", "PER", "person"), "Gabriel Boric": ("Gabriel Boric", "CHL", "person"),
    "Nana Akufo-Addo": ("Nana Akufo-Addo", "GHA", "person"),
    "Jonas Gahr Store": ("Jonas Gahr Store", "NOR", "person"),
    "William Ruto": ("William Ruto", "KEN", "person"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-05-14", article_id="r10")


def of_type(events: list, type_: str) -> list:
    return [e for e in events if e.type == type_]


# ---------------------------------------------------------------- 141: crowds gathering, going to the streets

def test_a_crowd_of_people_gathering_or_going_to_the_streets_protests(nlp, layer) -> None:
    for text in ("Thousands of Peruvian students gathered outside the Congress in Lima on Monday.",
                 "Hundreds of Chilean farmers went out to the streets against the new water law."):
        assert "PROTEST" in types(code(nlp, layer, text)), text


def test_leaders_gathering_or_a_bare_number_gathering_is_no_protest(nlp, layer) -> None:
    for text in ("Foreign ministers of Peru and Chile gathered in Lima for a summit on trade.",
                 "Investigators from Chile gathered evidence at the border crossing.",
                 "The students went to the library after the class."):
        assert "PROTEST" not in types(code(nlp, layer, text), flagged=True), text


# ---------------------------------------------------------------- 111: questioning an election result

def test_questioning_a_victory_or_an_election_result_is_a_disapproval(nlp, layer) -> None:
    for text in ("Chile questioned the victory of Dina Boluarte in the runoff.",
                 "Norway disputed the result of the election in Ghana."):
        assert "ACCUSE" in types(code(nlp, layer, text)), text


def test_questioning_suspects_or_contesting_an_election_is_no_accusation(nlp, layer) -> None:
    for text in ("Chilean police questioned the suspects for several hours.",
                 "Five parties will contest the election in Ghana next month."):
        assert "ACCUSE" not in types(code(nlp, layer, text), flagged=True), text


# ---------------------------------------------------------------- 0831: handing over power

def test_handing_over_or_relinquishing_power_is_a_concession(nlp, layer) -> None:
    for text in ("Dina Boluarte handed over power to the Congress of Peru on Monday.",
                 "Nana Akufo-Addo relinquished power after the election."):
        assert "CONCEDE" in types(code(nlp, layer, text), flagged=True), text


def test_power_in_the_electric_sense_is_no_concession(nlp, layer) -> None:
    for text in ("The new cable will transfer power from Norway to the Chilean grid.",
                 "The plant handed over power to the grid at noon."):
        assert "CONCEDE" not in types(code(nlp, layer, text), flagged=True), text


# ---------------------------------------------------------------- 060 / 030: working with another state

def test_working_with_another_state_is_cooperation_and_its_future_a_promise(nlp, layer) -> None:
    evs = code(nlp, layer, "Gabriel Boric said Chile would work closely with Peru.")
    assert "AGREE" in types(evs, flagged=True)


def test_working_with_children_or_a_firm_is_no_cooperation(nlp, layer) -> None:
    for text in ("She worked with children in Lima for ten years.",
                 "The engineer works with a German firm on the new bridge."):
        assert types(code(nlp, layer, text), flagged=True) & {"COOPERATE", "AGREE"} == set(), text


# ---------------------------------------------------------------- 042 / 051 / 111: delegations, thanks, regret

def test_sending_a_delegation_to_a_capital_is_a_visit(nlp, layer) -> None:
    evs = of_type(code(nlp, layer, "Ghana sent a delegation to Lima to discuss the fishing dispute."), "CONSULT")
    assert evs and {t.country for e in evs for t in e.targets} == {"PER"}


def test_thanks_and_messages_of_sympathy_are_support(nlp, layer) -> None:
    for text in ("Chile and Peru expressed thanks to Norway for its mediation.",
                 "Norway sent a message of sympathy to Peru after the earthquake."):
        assert "SUPPORT" in types(code(nlp, layer, text)), text


def test_a_message_sent_or_thanks_to_no_one_named_is_no_support(nlp, layer) -> None:
    # a message with no content word is nothing judged; sending troops stays a deployment
    evs = code(nlp, layer, "France sent a message to Ghana about the visa rules.")
    assert "SUPPORT" not in types(evs, flagged=True)
    assert "SUPPORT" not in types(code(nlp, layer, "France sent troops to Ghana."), flagged=True)


def test_expressed_regret_over_an_act_is_a_disapproval(nlp, layer) -> None:
    evs = code(nlp, layer, "Norway expressed regret over Peru's decision to expel the journalists.")
    assert "ACCUSE" in types(evs)


# ---------------------------------------------------------------- 054 / 041 / 154: recognition, calls, deployments

def test_recognising_a_person_as_winner_is_recognition(nlp, layer) -> None:
    assert "SUPPORT" in types(code(nlp, layer, "Peru recognised Gabriel Boric as the winner of the runoff."))


def test_telephoning_a_counterpart_is_a_phone_call(nlp, layer) -> None:
    evs = code(nlp, layer, "The foreign minister of Chile telephoned his Peruvian counterpart on Tuesday.")
    assert "CONSULT" in types(evs)


def test_sending_bombers_or_deploying_officers_is_a_show_of_force(nlp, layer) -> None:
    for text in ("Peru sent two bombers to patrol the border with Chile.",
                 "Chilean police deployed 300 extra officers in Santiago ahead of the march."):
        assert "MOBILIZE" in types(code(nlp, layer, text)), text


# ---------------------------------------------------------------- 163: countermeasures

def test_announced_countermeasures_are_sanctions(nlp, layer) -> None:
    evs = code(nlp, layer, "Chile's countermeasures against Peru took effect on Monday.")
    assert "SANCTION" in types(evs, flagged=True)


def test_a_domestic_levy_is_no_sanction(nlp, layer) -> None:
    evs = code(nlp, layer, "The city council approved a levy on plastic bags in Lima.")
    assert "SANCTION" not in types(evs, flagged=True)


# ---------------------------------------------------------------- 051 / 0832 / 161: type families

def test_pledged_support_is_support_not_a_promise_of_aid(nlp, layer) -> None:
    assert types(code(nlp, layer, "Kenya pledged its support to Peru in the dispute.")) == {"SUPPORT"}


def test_a_positive_characterisation_praises_and_a_negative_one_disapproves(nlp, layer) -> None:
    assert "SUPPORT" in types(code(nlp, layer, "Chile described the talks with Peru as constructive."))
    evs = code(nlp, layer, "Chile called the vote in Peru a farce.")
    assert "ACCUSE" in types(evs) and "SUPPORT" not in types(evs, flagged=True)


def test_withdrawing_a_bill_is_a_concession_but_withdrawing_troops_a_retreat(nlp, layer) -> None:
    assert "CONCEDE" in types(code(nlp, layer, "William Ruto said he would withdraw the finance bill after the protests."), flagged=True)
    evs = code(nlp, layer, "France withdrew its troops from Ghana.")
    assert "RETREAT" in types(evs) and "CONCEDE" not in types(evs, flagged=True)


def test_the_withdrawal_of_diplomats_is_a_recall_not_a_retreat(nlp, layer) -> None:
    evs = code(nlp, layer, "Ghana ordered the withdrawal of its diplomatic personnel from Lima.")
    assert "SANCTION" in types(evs) and "RETREAT" not in types(evs, flagged=True)


def test_offering_asylum_is_an_offer_and_granting_it_is_aid(nlp, layer) -> None:
    assert "AGREE" in types(code(nlp, layer, "Peru offered asylum to Gabriel Boric."))
    assert "AID" in types(code(nlp, layer, "Peru granted asylum to Gabriel Boric."))


# ---------------------------------------------------------------- 080 / 12x: accepting to do

def test_accepting_to_do_is_a_concession_and_its_negation_a_refusal(nlp, layer) -> None:
    assert "CONCEDE" in types(code(nlp, layer, "Chile accepted to hold new elections in March."))
    assert "REJECT" in types(code(nlp, layer, "Peru will not accept to negotiate under pressure from Chile."), flagged=True)


def test_accepting_an_award_or_a_job_is_no_concession(nlp, layer) -> None:
    for text in ("Gabriel Boric accepted the award in Oslo.", "The minister accepted a job at the bank."):
        assert types(code(nlp, layer, text), flagged=True) & {"CONCEDE", "REJECT"} == set(), text


# ---------------------------------------------------------------- 080 / 061: charges, swaps

def test_dropping_charges_is_a_concession_but_a_court_dismissing_a_case_is_not(nlp, layer) -> None:
    assert "CONCEDE" in types(code(nlp, layer, "Peru dropped the criminal charges against Gabriel Boric."))
    assert "CONCEDE" not in types(code(nlp, layer, "The court dismissed the case against the minister."), flagged=True)


def test_extending_a_currency_swap_is_economic_cooperation_but_a_prisoner_swap_is_not(nlp, layer) -> None:
    evs = code(nlp, layer, "France extended its currency swap with Ghana for another three years.")
    assert any(e.type == "COOPERATE" and e.cameo == "061" for e in evs)
    assert "COOPERATE" not in types(code(nlp, layer, "Peru and Chile completed a prisoner swap on Monday."), flagged=True)
