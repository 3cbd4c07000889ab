"""Events layer, ninth session (events-types9): event TYPES by class, from the type errors and
unfound trigger families of fresh tuning text and the PLOVER/CAMEO manuals. Each class has its
own sentences (written for these tests) and decoys: a lemma in another sense gives no event (or
not this type), and neighbouring PLOVER types are told apart by the manual's definitions.

Actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_types as types

KNOWN = {
    "United Nations": ("United Nations", None, "igo"), "France": ("FRA", "FRA", "state"),
    "Germany": ("DEU", "DEU", "state"), "Russia": ("RUS", "RUS", "state"), "Sudan": ("SDN", "SDN", "state"),
    "Darfur": ("SDN", "SDN", "state"), "Gaza": ("PSE", "PSE", "state"), "India": ("IND", "IND", "state"),
    "Indian army": ("IND-army", "IND", "state"), "Pakistani police": ("PAK-police", "PAK", "state"),
    "Karachi": ("PAK", "PAK", "state"), "Manipur": ("IND", "IND", "state"), "Iran": ("IRN", "IRN", "state"),
    "Chinese coast guard": ("CHN-coastguard", "CHN", "state"), "Taiwanese": ("TWN", "TWN", "state"),
    "Greek": ("GRC", "GRC", "state"), "Somali pirates": ("Somali pirates", "SOM", "group"),
    "United States": ("USA", "USA", "state"), "Georgia": ("GEO", "GEO", "state"), "Kenya": ("KEN", "KEN", "state"),
    "Nairobi": ("KEN", "KEN", "state"), "Turkey": ("TUR", "TUR", "state"), "Syrian": ("SYR", "SYR", "state"),
    "Mexico": ("MEX", "MEX", "state"), "Venezuelan": ("VEN", "VEN", "state"), "Venezuela": ("VEN", "VEN", "state"),
    "Serbian opposition": ("SRB-opposition", "SRB", "group"), "Belgrade": ("SRB", "SRB", "state"),
    "Argentine unions": ("ARG-unions", "ARG", "group"), "Britain": ("GBR", "GBR", "state"),
    "Red Cross": ("ICRC", None, "igo"), "Mariupol": ("UKR", "UKR", "state"), "Brazil": ("BRA", "BRA", "state"),
    "Kenyan protesters": ("KEN-protesters", "KEN", "population"), "Myanmar troops": ("MMR-army", "MMR", "state"),
    "Egypt": ("EGY", "EGY", "state"), "Hungary": ("HUN", "HUN", "state"), "Ukraine": ("UKR", "UKR", "state"),
    "Serbia": ("SRB", "SRB", "state"), "Hamas": ("Hamas", "PSE", "group"), "Houthi": ("Houthis", "YEM", "group"),
    "Yemen": ("YEM", "YEM", "state"), "M23": ("M23", "COD", "group"), "Congo": ("COD", "COD", "state"),
    "Bolsonaro": ("Jair Bolsonaro", "BRA", "person"), "Rwanda": ("RWA", "RWA", "state"), "Moscow": ("RUS", "RUS", "state"), "Netanyahu": ("Netanyahu", "ISR", "person"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-06-12", article_id="r14")


def of_type(events: list, type_: str) -> list:
    return [e for e in events if e.type == type_]


# ------------------------------------------------- feelings of a party at another's act: ACCUSE 111

@pytest.mark.parametrize("text, target", [
    ("The United Nations was deeply shocked by the killing of aid workers in Gaza.", "PSE"),
    ("France said it was horrified by the massacre in Darfur.", "SDN"),
    ("Germany said it was deeply worried by Russia's troop buildup.", "RUS"),
])
def test_shock_or_worry_at_an_act_disapproves_of_its_doer(nlp, layer, text, target) -> None:
    acc = of_type(code(nlp, layer, text), "ACCUSE")
    assert acc and acc[0].mode == "disapprove"
    assert target in {a.country for a in acc[0].targets}


@pytest.mark.parametrize("text", [
    "Residents of Nairobi were shocked by the storm.",
    "Kenya is worried by the weather in Nairobi.",
])
def test_shock_at_weather_is_no_accusation(nlp, layer, text) -> None:
    assert not of_type(code(nlp, layer, text), "ACCUSE")


# ------------------------------------------------- flag marches: a show of force, not a protest

@pytest.mark.parametrize("text", [
    "The Indian army staged flag marches in Manipur after the riots.",
    "Pakistani police held a flag march in Karachi on Sunday.",
])
def test_a_flag_march_is_a_show_of_force(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert "MOBILIZE" in types(evs) and "PROTEST" not in types(evs, flagged=True)


def test_an_army_marching_into_a_town_protests_nothing(nlp, layer) -> None:
    assert "PROTEST" not in types(code(nlp, layer, "The Indian army marched into the town of Moreh."), flagged=True)


def test_a_march_by_activists_stays_a_protest(nlp, layer) -> None:
    assert "PROTEST" in types(code(nlp, layer, "Kenyan protesters held a march in Nairobi against the tax bill."))


# ------------------------------------------------- boarding a vessel by force: COERCE 171

@pytest.mark.parametrize("text", [
    "The Chinese coast guard boarded a Taiwanese fishing boat near Kinmen.",
    "Somali pirates boarded a Greek tanker in the Gulf of Aden.",
])
def test_boarding_a_ship_by_force_is_coercion(nlp, layer, text) -> None:
    co = of_type(code(nlp, layer, text), "COERCE")
    assert co and co[0].mode == "seize"


@pytest.mark.parametrize("text", [
    "Passengers boarded the ferry to Dover on Monday.",
    "The president of Kenya boarded a plane to Nairobi.",
])
def test_boarding_as_a_passenger_is_no_event(nlp, layer, text) -> None:
    assert "COERCE" not in types(code(nlp, layer, text), flagged=True)


# ------------------------------------------------- a positive verdict on a vote: SUPPORT 051

def test_finding_elections_credible_endorses_them(nlp, layer) -> None:
    evs = code(nlp, layer, "The United States found the elections in Georgia credible.")
    assert "SUPPORT" in types(evs) and "ACCUSE" not in types(evs)


def test_deeming_a_vote_illegal_stays_a_disapproval(nlp, layer) -> None:
    evs = code(nlp, layer, "The United States deemed the referendum in Georgia illegal.")
    assert "ACCUSE" in types(evs) and "SUPPORT" not in types(evs)


def test_considering_a_measure_necessary_is_no_verdict(nlp, layer) -> None:
    assert "SUPPORT" not in types(code(nlp, layer, "Kenya considered it necessary to impose a curfew in Nairobi."),
                                  flagged=True)


# ------------------------------------------------- opening borders to refugees: AID 075 (asylum)

@pytest.mark.parametrize("text, target", [
    ("Turkey opened its border to Syrian refugees fleeing Aleppo.", "SYR"),
    ("Mexico opened its doors to Venezuelan refugees.", "VEN"),
])
def test_opening_borders_to_refugees_takes_them_in(nlp, layer, text, target) -> None:
    evs = code(nlp, layer, text)
    aid = of_type(evs, "AID")
    assert aid and target in {a.country for a in aid[0].targets}
    assert "RETREAT" not in types(evs)


def test_reopening_a_border_crossing_stays_access(nlp, layer) -> None:
    evs = code(nlp, layer, "Serbia reopened its border crossing with Hungary on Friday.")
    assert "AID" not in types(evs, flagged=True)


# ------------------------------------------------- putting crowds on the streets: PROTEST 141

@pytest.mark.parametrize("text", [
    "The Serbian opposition drew thousands of supporters into the streets of Belgrade.",
    "Argentine unions brought tens of thousands of workers onto the streets on Wednesday.",
])
def test_bringing_crowds_onto_the_streets_is_a_protest(nlp, layer, text) -> None:
    assert "PROTEST" in types(code(nlp, layer, text))


def test_bringing_goods_to_a_market_is_no_protest(nlp, layer) -> None:
    assert "PROTEST" not in types(code(nlp, layer, "Argentine unions brought food to the market in Belgrade."), flagged=True)


# ------------------------------------------------- evacuating one's own people is no aid

@pytest.mark.parametrize("text", [
    "Britain evacuated its citizens from Sudan on Sunday.",
    "Germany evacuated its embassy staff from Sudan.",
    "The Indian army evacuated 9,000 residents of Manipur from the violence-hit areas.",
])
def test_evacuating_ones_own_people_gives_no_aid(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert "AID" not in types(evs, flagged=True) and "RETREAT" not in types(evs, flagged=True)


def test_evacuating_the_wounded_stays_aid(nlp, layer) -> None:
    assert "AID" in types(code(nlp, layer, "The Red Cross evacuated wounded civilians from Mariupol."))


# ------------------------------------------------- protesters setting fire: PROTEST riot 145

def test_protesters_setting_fire_to_a_building_riot(nlp, layer) -> None:
    evs = code(nlp, layer, "Kenyan protesters set fire to part of the parliament building in Nairobi.")
    prot = of_type(evs, "PROTEST")
    assert prot and prot[0].mode == "riot" and "COERCE" not in types(evs)


def test_troops_torching_villages_is_no_protest(nlp, layer) -> None:
    evs = code(nlp, layer, "Myanmar troops torched three villages in Sagaing.")
    assert "PROTEST" not in types(evs, flagged=True) and types(evs) & {"ASSAULT", "COERCE"}


# ------------------------------------------------- siding with a party: SUPPORT 051

def test_siding_with_a_party_supports_it(nlp, layer) -> None:
    sup = of_type(code(nlp, layer, "Brazil sided with Venezuela in the border dispute."), "SUPPORT")
    assert sup and "VEN" in {a.country for a in sup[0].targets}


# ------------------------------------------------- "called X to act" (MT appeler/llamar a): REQUEST 100

@pytest.mark.parametrize("text, target", [
    ("Egypt called the fighters of Hamas to lay down their arms.", "PSE"),
    ("The president of Kenya called his supporters to calm.", None),
])
def test_calling_a_group_to_act_is_a_request(nlp, layer, text, target) -> None:
    evs = code(nlp, layer, text)
    req = of_type(evs, "REQUEST")
    assert req and (target is None or target in {a.country for a in req[0].targets})
    assert "CONSULT" not in types(evs)


def test_calling_a_leader_by_phone_stays_a_call(nlp, layer) -> None:
    evs = code(nlp, layer, "The president of Kenya called the president of Egypt on Tuesday.")
    assert "REQUEST" not in types(evs, flagged=True)


# ------------------------------------------------- backing an armed group: AID, not praise

@pytest.mark.parametrize("text", [
    "Iran backs Houthi rebels in Yemen.",
    "Rwanda denied backing the M23 rebels in Congo.",
])
def test_backing_rebels_is_material_support(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert "AID" in types(evs, flagged=True) and "SUPPORT" not in types(evs, flagged=True)


def test_backing_a_resolution_stays_support(nlp, layer) -> None:
    evs = code(nlp, layer, "France backed the resolution of Egypt on Gaza.")
    assert "AID" not in types(evs, flagged=True)


# ------------------------------------------------- attacking a deal in words: no ASSAULT

@pytest.mark.parametrize("text", [
    "Netanyahu attacked the deal of the United States with Iran.",
    "The opposition in Kenya attacked the budget.",
])
def test_attacking_a_deal_or_a_budget_is_no_assault(nlp, layer, text) -> None:
    assert "ASSAULT" not in types(code(nlp, layer, text), flagged=True)


def test_attacking_a_convoy_stays_an_assault(nlp, layer) -> None:
    assert "ASSAULT" in types(code(nlp, layer, "Hamas attacked a convoy of Egypt near the border."))


# ------------------------------------------------- investitures, rescues, election observers: no event

@pytest.mark.parametrize("text, type_", [
    ("The president of Kenya swore in the new cabinet on Monday.", "AGREE"),
    ("Rescuers pulled more bodies from the rubble in Mariupol.", "RETREAT"),
    ("Egypt deployed 120 observers for the election in Kenya.", "ACCUSE"),
])
def test_investiture_rescue_and_observers_are_no_event(nlp, layer, text, type_) -> None:
    assert type_ not in types(code(nlp, layer, text), flagged=True)


@pytest.mark.parametrize("text, type_", [
    ("Russia swore to avenge the attack on Moscow.", "THREATEN"),
    ("Egypt pulled its troops out of Sudan.", "RETREAT"),
    ("Egypt sent inspectors to Sudan.", "ACCUSE"),
])
def test_vows_withdrawals_and_inspectors_stay(nlp, layer, text, type_) -> None:
    assert type_ in types(code(nlp, layer, text), flagged=True)


# ------------------------------------------------- peacekeepers arriving: AID 074

def test_peacekeepers_arriving_protect_the_host(nlp, layer) -> None:
    KNOWN_PK = {**KNOWN, "Haiti": ("HTI", "HTI", "state"), "Kenyan": ("KEN", "KEN", "state")}
    evs = code_events(nlp, layer, "Kenyan peacekeepers landed in Haiti on Tuesday.", KNOWN_PK, "2024-06-12")
    aid = of_type(evs, "AID")
    assert aid and "HTI" in {a.country for a in aid[0].targets}


def test_a_minister_arriving_stays_a_visit(nlp, layer) -> None:
    evs = code(nlp, layer, "The foreign minister of Kenya arrived in Egypt on Tuesday.")
    assert "AID" not in types(evs, flagged=True)


# ------------------------------------------------- a mob burning homes: no riot

def test_a_mob_torching_homes_is_no_protest(nlp, layer) -> None:
    evs = code(nlp, layer, "A mob torched homes of Kenyan protesters in Nairobi.")
    assert "PROTEST" not in {e.type for e in evs if e.mode == "riot"}


# ------------------------------------------------- repressing a march with tear gas: ASSAULT crowd control

@pytest.mark.parametrize("text", [
    "Kenyan police repressed the march in Nairobi with water cannon and tear gas.",
    "Kenyan police repressed with hydrant trucks and tear gas the mobilization in Nairobi.",
])
def test_repressing_a_crowd_with_riot_weapons_is_crowd_control(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert any(e.type == "ASSAULT" and e.mode == "crowd-control" for e in evs)


# ------------------------------------------------- ineligibility; MT "seize the court" (saisir)

def test_declaring_a_candidate_ineligible_sanctions_him(nlp, layer) -> None:
    sanc = of_type(code(nlp, layer, "The electoral court of Brazil declared Bolsonaro ineligible until 2030."), "SANCTION")
    assert sanc and sanc[0].mode == "convict"


def test_seizing_a_court_is_no_seizure(nlp, layer) -> None:
    evs = code(nlp, layer, "The opposition of Kenya said it will seize the Supreme Court of Kenya over the vote.")
    assert "COERCE" not in types(evs, flagged=True) and "ASSAULT" not in types(evs, flagged=True)


def test_police_seizing_ballot_papers_stays_a_seizure(nlp, layer) -> None:
    evs = code(nlp, layer, "Kenyan police seized ballot papers of the opposition in Nairobi.")
    assert "ACCUSE" not in types(evs, flagged=True)
