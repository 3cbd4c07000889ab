"""Events layer, pattern data round r9: CAMEO/PLOVER type families, each with decoys in a
non-political sense that must give no event (or not that type).

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._errors import DataFileError
from dateline._events import EventsLayer
from dateline._events.ontology import load_ontology
from dateline._events.patterns import parse_patterns
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_types as types

KNOWN = {
    "Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state"), "France": ("FRA", "FRA", "state"),
    "Ghana": ("GHA", "GHA", "state"), "Norway": ("NOR", "NOR", "state"), "Kenya": ("KEN", "KEN", "state"),
    "Peruvian police": ("PER-police", "PER", "state"), "Chilean police": ("CHL-police", "CHL", "state"),
    "Dina Boluarte": ("Dina Boluarte", "PER", "person"), "Gabriel Boric": ("Gabriel Boric", "CHL", "person"),
    "Nana Akufo-Addo": ("Nana Akufo-Addo", "GHA", "person"),
    "Jonas Gahr Store": ("Jonas Gahr Store", "NOR", "person"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-05-14", article_id="r9")


def cameos(events: list, type_: str) -> set[str | None]:
    return {e.cameo for e in events if e.type == type_ and not (e.negated or e.hypothetical)}


# ---------------------------------------------------------------- 163 vs 162: embargo vs aid cut

def test_cameo_163_is_a_sanction_code() -> None:
    # the PLOVER manual codes international sanctions SANCTION 'discontinue' (the CAMEO2PLOVER
    # table's COERCE/restrict made every SANCTION rule's 163 fall back to 160)
    typ, mode, ctx, _ = load_ontology().cameo["163"]
    assert (typ, mode, ctx) == ("SANCTION", "discontinue", ("economic",))


def test_a_rule_whose_cameo_code_is_of_another_type_is_refused() -> None:
    bad = {"verbs": [{"lemma": ["snub"], "type": "REJECT", "cameo": "163"}]}
    with pytest.raises(DataFileError, match="CAMEO code 163 is SANCTION"):
        parse_patterns([("user.yaml", bad)])
    ok = {"verbs": [{"lemma": ["snub"], "type": "REJECT", "cameo": "120"}]}
    assert parse_patterns([("user.yaml", ok)]).verbs["snub"][0].cameo == "120"


def test_halting_commerce_with_a_state_is_an_embargo_even_with_aid_words_as_modifiers(nlp, layer) -> None:
    for text in ("France suspended arms sales to Peru on Monday.",
                 "Norway halted fuel exports to Ghana after the coup.",
                 "Chile banned food imports from Peru over the dispute."):
        assert cameos(code(nlp, layer, text), "SANCTION") == {"163"}, text


def test_halting_aid_or_arms_deliveries_stays_an_aid_cut(nlp, layer) -> None:
    for text in ("France cut military aid to Peru on Monday.",
                 "Norway suspended arms deliveries to Ghana after the coup."):
        assert cameos(code(nlp, layer, text), "SANCTION") == {"162"}, text


def test_a_firm_halting_sales_of_a_product_is_no_sanction(nlp, layer) -> None:
    for text in ("The company halted sales of its new phone in France.",
                 "The shop stopped sales of cigarettes to teenagers."):
        assert "SANCTION" not in types(code(nlp, layer, text), flagged=True), text


# ---------------------------------------------------------------- 030: a stated commitment

def test_being_committed_to_a_course_is_an_intent_to_cooperate(nlp, layer) -> None:
    for text in ("Kenya is committed to opening up its economy to foreign banks.",
                 "Peru said it was committed to dialogue with Chile."):
        assert "AGREE" in types(code(nlp, layer, text)), text


def test_committing_troops_or_crimes_is_no_commitment(nlp, layer) -> None:
    assert "AGREE" not in types(code(nlp, layer, "France committed 500 troops to the mission in Ghana."), flagged=True)
    assert types(code(nlp, layer, "The soldiers committed atrocities in the village."), flagged=True) == set()


# ---------------------------------------------------------------- 154: recruiting fighters

def test_recruiting_fighters_or_training_hackers_mobilizes_forces(nlp, layer) -> None:
    for text in ("Peru recruited thousands of fighters for the border war.",
                 "Chile conscripted 30,000 reservists on Monday.",
                 "Kenya has trained hundreds of hackers, the report said."):
        assert "MOBILIZE" in types(code(nlp, layer, text)), text


def test_recruiting_players_or_staff_and_training_another_army_are_no_mobilization(nlp, layer) -> None:
    for text in ("The club recruited a new striker from Brazil.",
                 "The company recruited 500 engineers in Germany."):
        assert types(code(nlp, layer, text), flagged=True) == set(), text
    evs = code(nlp, layer, "France trained Ghanaian soldiers in Normandy.")
    assert "MOBILIZE" not in types(evs, flagged=True) and "AID" in types(evs)


# ---------------------------------------------------------------- 063: handing a suspect over

def test_handing_a_suspect_over_to_a_state_is_judicial_cooperation(nlp, layer) -> None:
    for text in ("Peru handed over the suspect to Chile on Monday.",
                 "Ghana handed over the rebel leader to France."):
        assert "COOPERATE" in types(code(nlp, layer, text)), text


def test_handing_over_captives_or_a_trophy_is_no_judicial_cooperation(nlp, layer) -> None:
    assert "COOPERATE" not in types(code(nlp, layer, "Peru handed over the captives to Chile."), flagged=True)
    assert types(code(nlp, layer, "The captain handed over the trophy to the mayor."), flagged=True) == set()


# ---------------------------------------------------------------- 07x: provide X with Y

def test_providing_a_state_with_weapons_or_aid_is_aid(nlp, layer) -> None:
    for text in ("France provided Peru with tanks and drones.",
                 "Norway supplied Ghana with food aid after the floods."):
        assert "AID" in types(code(nlp, layer, text)), text


def test_providing_pupils_with_books_is_no_aid(nlp, layer) -> None:
    assert types(code(nlp, layer, "The school provided the pupils with books."), flagged=True) == set()


# ---------------------------------------------------------------- 143: election boycotts

def test_a_party_boycotting_an_election_protests(nlp, layer) -> None:
    evs = code(nlp, layer, "The Peruvian opposition boycotted the parliamentary elections in Peru.")
    assert "PROTEST" in types(evs) and "REJECT" not in types(evs, flagged=True)


def test_a_state_boycotting_a_summit_still_rejects_it(nlp, layer) -> None:
    evs = code(nlp, layer, "France boycotted the summit in Ghana.")
    assert "REJECT" in types(evs) and "PROTEST" not in types(evs, flagged=True)


# ---------------------------------------------------------------- 038: accepting mediation

def test_accepting_or_welcoming_mediation_agrees_to_it(nlp, layer) -> None:
    for text in ("Chile accepted the mediation of Norway in the dispute.",
                 "Ghana welcomed the mediation of Norway."):
        evs = code(nlp, layer, text)
        assert {e.cameo for e in evs if e.type == "AGREE"} == {"038"}, text


# ---------------------------------------------------------------- conclusions are speech

def test_an_obligation_in_a_conclusion_is_a_request(nlp, layer) -> None:
    evs = code(nlp, layer, "Norway concluded that Peru must withdraw its troops from the border.")
    assert "REQUEST" in types(evs) and "RETREAT" not in types(evs, flagged=True)


# ---------------------------------------------------------------- 0872: ceding territory

def test_handing_over_a_town_or_region_cedes_territory(nlp, layer) -> None:
    for text in ("Peru handed over the border town of Tacna to Chile.",
                 "Ghana gave up control of the disputed island to Norway."):
        assert "RETREAT" in types(code(nlp, layer, text)), text


def test_handing_over_a_letter_cedes_nothing(nlp, layer) -> None:
    assert "RETREAT" not in types(code(nlp, layer, "Peru handed over a letter to Chile."), flagged=True)


# ---------------------------------------------------------------- 100: calling a group to act

def test_calling_a_group_to_act_is_a_request(nlp, layer) -> None:
    evs = code(nlp, layer, "Norway called the military to return to the barracks in Ghana.")
    assert "REQUEST" in types(evs) and "CONSULT" not in types(evs, flagged=True)


def test_calling_a_leader_to_discuss_stays_a_phone_call(nlp, layer) -> None:
    evs = code(nlp, layer, "Dina Boluarte called Gabriel Boric to discuss the border.")
    assert "CONSULT" in types(evs) and "REQUEST" not in types(evs, flagged=True)


# ---------------------------------------------------------------- 050: candidate status

def test_granting_a_state_candidate_status_supports_it(nlp, layer) -> None:
    assert "SUPPORT" in types(code(nlp, layer, "Norway granted Kenya observer status in the council."))


def test_granting_refugee_status_is_no_recognition(nlp, layer) -> None:
    assert "SUPPORT" not in types(code(nlp, layer, "Norway granted refugee status to 500 Kenyans."), flagged=True)


# ---------------------------------------------------------------- 163: energy cut

def test_a_state_stopping_its_gas_flow_to_another_is_an_embargo(nlp, layer) -> None:
    for text in ("Peru stopped the gas flow to Chile on Monday.",
                 "Norway halted oil exports to Ghana."):
        assert cameos(code(nlp, layer, text), "SANCTION") == {"163"}, text


def test_engineers_stopping_a_gas_flow_is_no_sanction(nlp, layer) -> None:
    assert types(code(nlp, layer, "Engineers stopped the gas flow to repair the pipe."), flagged=True) == set()


# ---------------------------------------------------------------- 057: ratification

def test_ratifying_or_depositing_an_instrument_is_a_formal_agreement(nlp, layer) -> None:
    for text in ("Peru ratified it last week.",
                 "Chile deposited the instrument of ratification with Norway."):
        assert "SUPPORT" in types(code(nlp, layer, text)), text


# ---------------------------------------------------------------- 062: arms purchases

def test_a_state_buying_weapons_from_another_cooperates_militarily(nlp, layer) -> None:
    assert "COOPERATE" in types(code(nlp, layer, "Peru ordered 24 fighter jets from France."))


def test_a_firm_buying_planes_is_no_cooperation(nlp, layer) -> None:
    assert types(code(nlp, layer, "The airline ordered 50 aircraft from the manufacturer."), flagged=True) == set()


# ---------------------------------------------------------------- 166: an organisation suspends a member

def test_an_organisation_suspending_a_member_state_is_a_sanction(nlp, layer) -> None:
    known = {**KNOWN, "African Union": ("AU", None, "igo")}
    evs = code_events(nlp, layer, "The African Union suspended Ghana after the coup.", known, "2024-05-14")
    assert "SANCTION" in types(evs) and "COERCE" not in types(evs, flagged=True)


# ---------------------------------------------------------------- 163: countermeasures

def test_taking_countermeasures_against_a_state_is_a_sanction(nlp, layer) -> None:
    assert "SANCTION" in types(code(nlp, layer, "Peru took retaliatory measures against Chile."))


def test_taking_measures_against_inflation_is_none(nlp, layer) -> None:
    assert types(code(nlp, layer, "The bank took measures against inflation."), flagged=True) == set()


# ---------------------------------------------------------------- nouns: confrontations, cut ties

def test_an_armed_confrontation_is_fighting_a_diplomatic_one_is_not(nlp, layer) -> None:
    evs = code(nlp, layer, "Two Peruvian police officers died in a confrontation with the Chilean police.")
    assert "ASSAULT" in types(evs)
    evs = code(nlp, layer, "Peru warned of a diplomatic confrontation with Chile.")
    assert "ASSAULT" not in types(evs, flagged=True)


def test_the_cutting_of_relations_named_as_a_noun_is_a_break(nlp, layer) -> None:
    for text in ("Peru announced the cutting of its diplomatic relations with Chile.",
                 "Ghana announced the severing of ties with Norway."):
        assert "SANCTION" in types(code(nlp, layer, text)), text


# ---------------------------------------------------------------- 152: troops put in alert

def test_troops_put_in_alert_are_mobilized(nlp, layer) -> None:
    assert "MOBILIZE" in types(code(nlp, layer, "Chile put its troops on the northern border in alert."))


# ---------------------------------------------------------------- 172 / resignations: 'step'

def test_tightening_border_controls_restricts_movement(nlp, layer) -> None:
    for text in ("Peru tightened controls on its southern border with Chile.",
                 "Ghana stepped up security checks along its border."):
        evs = code(nlp, layer, text)
        assert "COERCE" in types(evs) and "RETREAT" not in types(evs, flagged=True), text


def test_step_is_a_resignation_only_down_or_aside(nlp, layer) -> None:
    assert "RETREAT" in types(code(nlp, layer, "Dina Boluarte stepped down on Friday."))
    assert "RETREAT" not in types(code(nlp, layer, "Peru stepped up its pressure on Chile."), flagged=True)


def test_cutting_off_power_or_water_withholds_public_goods(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru cut off electricity and water to the Chilean enclave.")
    assert {e.mode for e in evs if e.type == "COERCE"} == {"withhold"}


# ---------------------------------------------------------------- 1245 / 144 / condolences

def test_barring_foreign_investigators_from_entry_is_a_rejection(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru barred Chilean investigators from entering the mine.")
    assert "REJECT" in types(evs)


def test_a_teacher_barring_pupils_is_none(nlp, layer) -> None:
    assert types(code(nlp, layer, "The teacher barred the pupils from entering the gym."), flagged=True) == set()


def test_students_occupying_a_building_protest_troops_occupying_a_town_assault(nlp, layer) -> None:
    evs = code(nlp, layer, "Peruvian students occupied the university in Lima.")
    assert "PROTEST" in types(evs) and "ASSAULT" not in types(evs, flagged=True)
    assert "ASSAULT" in types(code(nlp, layer, "Chile occupied the border town of Tacna."))


def test_condolences_offered_are_no_offer_help_offered_is(nlp, layer) -> None:
    assert types(code(nlp, layer, "Peru offered condolences to Chile after the earthquake."), flagged=True) == set()
    assert "AGREE" in types(code(nlp, layer, "Peru offered help to Chile after the earthquake."))


# ---------------------------------------------------------------- 052 shielding / 161 coalitions

def test_shielding_a_state_defends_it_a_wall_shielding_a_village_does_not(nlp, layer) -> None:
    assert "SUPPORT" in types(code(nlp, layer, "Chile has shielded Peru at the United Nations."))
    assert types(code(nlp, layer, "The wall shielded the village from the wind."), flagged=True) == set()


def test_a_party_leaving_a_governing_coalition_withdraws(nlp, layer) -> None:
    known = {**KNOWN, "Peru Libre": ("Peru Libre", "PER", "party")}
    evs = code_events(nlp, layer, "Peru Libre left the governing coalition in Peru.", known, "2024-05-14")
    assert "SANCTION" in types(evs)


# ---------------------------------------------------------------- 145: riots

def test_rioting_is_a_riot_not_a_demonstration(nlp, layer) -> None:
    known = {**KNOWN, "Peruvian inmates": ("PER-inmates", "PER", "population")}
    evs = code_events(nlp, layer, "Peruvian inmates rioted at a prison in Lima.", known, "2024-05-14")
    assert {e.mode for e in evs if e.type == "PROTEST"} == {"riot"}
    evs = code_events(nlp, layer, "Peruvian inmates protested at a prison in Lima.", known, "2024-05-14")
    assert {e.mode for e in evs if e.type == "PROTEST"} == {"demo"}
