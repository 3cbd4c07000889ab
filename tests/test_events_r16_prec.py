"""Events layer, eleventh session (ev_prec): false alarms by class, from the fresh tuning text
(dev47/dev48) and dev42/dev43. Each class has its own sentences (written for these tests) and the
neighbouring case that must keep its event.

Actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events

KNOWN = {
    "Lisbon": ("PRT", "PRT", "state"), "Portugal": ("PRT", "PRT", "state"), "Angola": ("AGO", "AGO", "state"),
    "Luanda": ("AGO", "AGO", "state"), "Chilean government": ("CHL", "CHL", "state"), "Peru": ("PER", "PER", "state"),
    "Hungary": ("HUN", "HUN", "state"), "Serbia": ("SRB", "SRB", "state"), "Vietnam": ("VNM", "VNM", "state"),
    "Cambodia": ("KHM", "KHM", "state"), "Zambian president": ("ZMB-president", "ZMB", "person"),
    "Ghana": ("GHA", "GHA", "state"), "Togo": ("TGO", "TGO", "state"), "Malian police": ("MLI-police", "MLI", "state"),
    "Indonesian foreign ministry": ("IDN", "IDN", "state"), "Malaysia": ("MYS", "MYS", "state"),
    "Fijian sevens side": ("FJI", "FJI", "state"), "Azerbaijani": ("AZE", "AZE", "state"),
    "Armenian": ("ARM", "ARM", "state"), "Russian": ("RUS", "RUS", "state"), "Russia": ("RUS", "RUS", "state"),
    "Ukrainian": ("UKR", "UKR", "state"), "Ukraine": ("UKR", "UKR", "state"), "Putin": ("RUS-putin", "RUS", "person"),
    "Zelensky": ("UKR-zelensky", "UKR", "person"), "European Union": ("EU", None, "igo"), "Israel": ("ISR", "ISR", "state"),
    "India": ("IND", "IND", "state"), "Morocco": ("MAR", "MAR", "state"), "Spanish": ("ESP", "ESP", "state"),
    "Kenyan police": ("KEN-police", "KEN", "state"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2025-03-12", article_id="r16p")


def of_type(events: list, type_: str) -> list:
    return [e for e in events if e.type == type_]


# ------------------------------------------------- a diplomat called (back) to consultations: a recall

@pytest.mark.parametrize("text", [
    "On Monday Luanda called the ambassador to consultations after the incident.",
    "Luanda called its envoy back for consultations on Monday.",
])
def test_called_to_consultations_is_a_recall(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert of_type(evs, "SANCTION") and not of_type(evs, "REQUEST")


@pytest.mark.parametrize("text", [
    "Morocco called the Spanish ambassador to consultations.",
    "Hungary called the ambassador of Serbia to consultations on Monday.",
])
def test_another_states_envoy_called_to_consultations_is_no_recall(nlp, layer, text) -> None:
    # one recalls one's own envoy: a foreign nationality or an 'of' phrase names another state's
    assert not of_type(code(nlp, layer, text), "SANCTION")


# ------------------------------------------------- a summons or recall "to protest": no street protest

@pytest.mark.parametrize("text", [
    # (a plain summons "to protest" was never a PROTEST: the recall is the case the merge fixes)
    "Vietnam recalled its ambassador from Cambodia to protest against the border incident.",
    "Hungary recalled its ambassador from Serbia to protest against the arrest of two reporters.",
])
def test_diplomatic_protest_is_the_recall(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert of_type(evs, "SANCTION")
    assert not of_type(evs, "PROTEST")


def test_crowd_gathering_to_protest_stays_a_protest(nlp, layer) -> None:
    # decoy: a crowd (no summons) protesting keeps its PROTEST
    evs = code(nlp, layer, "Thousands of students in Luanda marched on Tuesday to protest against the fuel price rise.")
    assert of_type(evs, "PROTEST")


# ------------------------------------------------- terms of a deal: "Under the deal, X will ..."

@pytest.mark.parametrize("text", [
    "Under the agreement, Portugal will return the disputed artworks to Angola within a year.",
    "Under the accord, Hungary will lift its veto on the funds for Serbia.",
    "Under the truce, Ghana would withdraw its troops from the border with Togo by June.",
])
def test_terms_of_a_deal_are_not_coded(nlp, layer, text) -> None:
    assert code(nlp, layer, text) == []


@pytest.mark.parametrize("text, type_", [
    # decoys: an act done under a deal is reported; a future act without "under" is announced
    ("Under the agreement, Ghana withdrew its troops from the border with Togo on Sunday.", "RETREAT"),
    ("Hungary will lift its veto on the funds for Serbia, the minister said.", "CONCEDE"),
])
def test_acts_under_a_deal_or_announced_stay(nlp, layer, text, type_) -> None:
    assert of_type(code(nlp, layer, text), type_)


def test_measure_under_a_plan_is_announced(nlp, layer) -> None:
    # decoy: a plan is not yet a deal: the measure it announces is still a threat
    evs = code(nlp, layer, "Under the plan, the European Union will impose new sanctions on Russia next month.")
    assert of_type(evs, "THREATEN") and [e.hypothetical for e in of_type(evs, "SANCTION")] == [True]


# ------------------------------------------------- an event noun that is only a verb's topic has no doer

@pytest.mark.parametrize("text", [
    "Kenyan police monitored the protest outside parliament.",
    "Kenyan police watched the protest in the capital on Monday.",
])
def test_topic_of_a_verb_names_no_doer(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert not [e for e in evs if any(a.id == "KEN-police" for a in e.sources)]


def test_doer_of_an_event_noun_kept(nlp, layer) -> None:
    # decoy: the one who claims an attack is its doer
    evs = code(nlp, layer, "Ghana claimed the attack on Togo on Monday.")
    assert [(e.sources[0].country, e.targets[0].country) for e in of_type(evs, "ASSAULT")] == [("GHA", "TGO")]


# ------------------------------------------------- consular advice to one's own nationals: no request

@pytest.mark.parametrize("text", [
    "Portugal urged its citizens in Angola to stay indoors after the clashes.",
    "Portugal urged its nationals in Angola to leave the country immediately.",
])
def test_consular_advice_is_no_request(nlp, layer, text) -> None:
    assert not of_type(code(nlp, layer, text), "REQUEST")


def test_call_on_nationals_to_act_stays_a_request(nlp, layer) -> None:
    # decoy: a call on one's people to act politically (a boycott) is still a REQUEST
    assert of_type(code(nlp, layer, "Lisbon urged its citizens to boycott the vote in Angola."), "REQUEST")


@pytest.mark.parametrize("text", [
    "Ukraine urged its citizens to take up arms against the Russian invaders.",
    "Zelensky urged his compatriots to keep fighting against Russia.",
])
def test_call_on_nationals_to_fight_stays_a_request(nlp, layer, text) -> None:
    # decoy: taking up arms or going on fighting is no consular advice
    assert of_type(code(nlp, layer, text), "REQUEST")


# ------------------------------------------------- sport: a team or side beating another

def test_team_beating_a_country_is_sport(nlp, layer) -> None:
    assert code(nlp, layer, "The Fijian sevens side beat Togo on Saturday in Accra.") == []


@pytest.mark.parametrize("text", [
    # decoys: 'side' also names a party to a war
    "The Azerbaijani side downed an Armenian drone.",
    "The Russian side defeated the Ukrainian forces near Avdiivka.",
    "The Russian side beat back the Ukrainian attack.",
])
def test_warring_side_keeps_its_assault(nlp, layer, text) -> None:
    assert of_type(code(nlp, layer, text), "ASSAULT")


# ------------------------------------------------- MT "swore in ... to X": an investiture, no vow

def test_sworn_in_with_in_parsed_as_preposition(nlp, layer) -> None:
    # ('in' parsed as a preposition with the time as its object: "in minutes later")
    evs = code(nlp, layer, "The Zambian president swore in minutes later the Malian police chief as head of the cabinet.")
    assert not of_type(evs, "AGREE")


def test_vow_made_in_an_address_stays_a_vow(nlp, layer) -> None:
    # decoy: "swore in a televised address to avenge": a vow (a threat of reprisal), no act done
    evs = code(nlp, layer, "Putin swore in a televised address to avenge the victims.")
    assert of_type(evs, "THREATEN")
    assert not [e for e in of_type(evs, "ASSAULT") if not e.hypothetical]


def test_protest_purpose_hung_on_the_summoned_envoy(nlp, layer) -> None:
    # MT word order: the object after a date, an apposition, and the infinitive of purpose parsed
    # as a relative clause of the envoy
    evs = code(nlp, layer, "Hungary summoned this Tuesday the ambassador of Serbia, Ivan Petrovic, to protest against "
                           "the detention in Budapest of two reporters.")
    assert of_type(evs, "ACCUSE") and not of_type(evs, "PROTEST")


# ------------------------------------------------- a trade figure is habitual trade, not aid

def test_trade_figure_is_cooperation(nlp, layer) -> None:
    evs = code(nlp, layer, "Portugal shipped about 2 billion euros worth of wine to Angola last year.")
    assert of_type(evs, "COOPERATE") and not of_type(evs, "AID")


def test_arms_sale_figure_is_no_cooperation(nlp, layer) -> None:
    # decoy: arms are no habitual trade
    assert not of_type(code(nlp, layer, "Israel exported $2 billion worth of weapons to India."), "COOPERATE")


def test_aid_worth_sent_stays_aid(nlp, layer) -> None:
    # decoy: 'sent' (of aid) is not a trade verb
    evs = code(nlp, layer, "Portugal sent 5 million euros worth of medicine to Angola.")
    assert of_type(evs, "AID") and not of_type(evs, "COOPERATE")
