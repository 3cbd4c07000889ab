"""Events layer, event types (round r6): CAMEO verb families the pattern data lacked, each with
decoys in a non-political sense that must give no event (or not that type).

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
    "Peruvians": ("PER-people", "PER", "population"),
    "Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state"), "France": ("FRA", "FRA", "state"),
    "Iran": ("IRN", "IRN", "state"), "Turkey": ("TUR", "TUR", "state"), "Russia": ("RUS", "RUS", "state"),
    "Japan": ("JPN", "JPN", "state"), "Kenya": ("KEN", "KEN", "state"), "Ghana": ("GHA", "GHA", "state"),
    "Norway": ("NOR", "NOR", "state"), "Egypt": ("EGY", "EGY", "state"), "Mali": ("MLI", "MLI", "state"),
    "Nairobi": ("KEN", "KEN", "state"), "Lima": ("PER", "PER", "state"),
    "Kenyan police": ("KEN-police", "KEN", "state"), "Peruvian youths": ("PER-youth", "PER", "population"),
    "Chilean police": ("CHL-police", "CHL", "state"),
    "Raila Odinga": ("Raila Odinga", "KEN", "person"), "William Ruto": ("William Ruto", "KEN", "person"),
    "Dina Boluarte": ("Dina Boluarte", "PER", "person"),
    "African Union": ("African Union", None, "igo"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-05-14", article_id="lx6")


# ---------------------------------------------------------------- custody, investigation

def test_put_under_arrest_or_into_custody_is_an_arrest(nlp, layer) -> None:
    for text in ("Kenyan police placed Raila Odinga under house arrest on Monday.",
                 "Kenyan police took Raila Odinga into custody on Monday."):
        evs = code(nlp, layer, text)
        assert any(e.type == "COERCE" and e.mode == "arrest" for e in evs), text


def test_put_under_investigation_is_an_investigation(nlp, layer) -> None:
    evs = code(nlp, layer, "Kenya put Raila Odinga under investigation on Monday.")
    assert any(e.type == "ACCUSE" and e.mode == "investigate" for e in evs)


def test_under_pressure_or_administration_is_no_event(nlp, layer) -> None:
    for text in ("Kenya put the striker under pressure in the second half.",
                 "Kenya placed the airline under administration on Monday."):
        assert not code(nlp, layer, text), text


# ---------------------------------------------------------------- shows of force

def test_alert_call_up_and_build_up_are_mobilisations(nlp, layer) -> None:
    for text in ("Russia put its forces on high alert on Monday.",
                 "Russia called up 300,000 reservists on Monday.",
                 "Russia built up forces along the border with Norway.",
                 "Russian troops remained on high alert near the border with Norway.",
                 "Turkey redeployed troops to the border with Iran.",
                 "Iran moved tanks towards the border with Turkey."):
        evs = code(nlp, layer, text)
        assert "MOBILIZE" in types(evs), text


def test_sport_call_ups_and_moves_are_no_mobilisation(nlp, layer) -> None:
    for text in ("Japan called up three young players for the cup tie.",
                 "France moved its training camp to Lyon on Monday.",
                 "Japan put the team on alert before the final."):
        assert "MOBILIZE" not in types(code(nlp, layer, text), flagged=True), text


# ---------------------------------------------------------------- sanctions

def test_suspending_a_state_from_an_organisation_is_a_sanction(nlp, layer) -> None:
    evs = code(nlp, layer, "The African Union suspended Mali from the bloc on Monday.")
    assert ("SANCTION", ("African Union",), ("MLI",), False, False) in tuples(evs)
    assert "COERCE" not in types(evs, flagged=True)


def test_revoking_a_treaty_is_a_sanction_but_denouncing_it_a_disapproval(nlp, layer) -> None:
    evs = code(nlp, layer, "Mali revoked its defence treaty with France on Monday.")
    assert any(e.type == "SANCTION" and e.mode == "withdraw" for e in evs)
    evs = code(nlp, layer, "Iran denounced the accord between Turkey and Egypt on Monday.")
    assert "SANCTION" not in types(evs, flagged=True)


def test_freezing_assets_is_a_sanction_not_a_seizure(nlp, layer) -> None:
    evs = code(nlp, layer, "Norway froze the assets of Russian banks on Monday.")
    assert "SANCTION" in types(evs) and "COERCE" not in types(evs, flagged=True)
    # freezing prices is no sanction
    assert not code(nlp, layer, "Peru froze the price of fuel for six months.")


def test_stripping_citizenship_is_coercion(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru revoked the citizenship of Raila Odinga on Monday.")
    assert any(e.type == "COERCE" and e.mode == "restrict" for e in evs)


# ---------------------------------------------------------------- rejections

def test_derailing_talks_is_a_rejection_and_torpedoing_a_ship_an_attack(nlp, layer) -> None:
    for text in ("Russia torpedoed the grain deal with Turkey.", "Turkey derailed the talks with Egypt on Monday."):
        evs = code(nlp, layer, text)
        assert "REJECT" in types(evs) and "ASSAULT" not in types(evs, flagged=True), text
    evs = code(nlp, layer, "Iran torpedoed a cargo ship of Japan in the Gulf.")
    assert "ASSAULT" in types(evs) and "REJECT" not in types(evs, flagged=True)


def test_weather_and_sport_derail_and_sink_nothing(nlp, layer) -> None:
    for text in ("Rain derailed the final day of the test match in Nairobi.",
                 "Japan's striker sank a penalty in the final minute.",
                 "The Turkish lira sank against the dollar."):
        assert not code(nlp, layer, text), text


def test_balking_and_shunning_are_rejections(nlp, layer) -> None:
    assert "REJECT" in types(code(nlp, layer, "Egypt balked at the proposal from Turkey on Monday."))
    evs = code(nlp, layer, "Iran shunned the meeting with Japan on Monday.")
    assert "REJECT" in types(evs) and "CONSULT" not in types(evs)


def test_shunning_work_is_a_strike(nlp, layer) -> None:
    evs = code(nlp, layer, "Peruvian youths shunned work on Monday to protest against Dina Boluarte.")
    assert any(e.type == "PROTEST" and e.mode == "strike" for e in evs)
    assert "REJECT" not in types(evs, flagged=True)


# ---------------------------------------------------------------- protests

def test_throwing_stones_is_a_violent_protest(nlp, layer) -> None:
    for text in ("Peruvian youths threw stones at Kenyan police in Nairobi.",
                 "Peruvian youths pelted Chilean police with rocks in Lima."):
        evs = code(nlp, layer, text)
        assert any(e.type == "PROTEST" and e.mode == "riot" for e in evs), text
    # grenades thrown stay explosives
    evs = code(nlp, layer, "Gunmen from Iran hurled grenades at Kenyan police in Nairobi.")
    assert "PROTEST" not in types(evs, flagged=True)


# ---------------------------------------------------------------- disapproval

def test_more_verbs_of_criticism(nlp, layer) -> None:
    for text in ("France chastised Mali over the expulsion of its ambassador.",
                 "Turkey berated Norway for allowing the demonstration.",
                 "Iran faulted Japan for the collapse of the talks.",
                 "Egypt lambasted Turkey over its drilling plans.",
                 "Chile lamented that Peru had ignored the ruling.",
                 "Kenya protested that Egypt had blocked the aid convoy."):
        evs = code(nlp, layer, text)
        assert "ACCUSE" in types(evs), text


def test_raped_is_not_read_as_a_verb_of_criticism(nlp, layer) -> None:
    # the tagger lemmatises "raped" as "rap": no criticism verb may claim that lemma
    evs = code(nlp, layer, "Soldiers of Russia raped civilians, Norway said.")
    assert any(e.type == "ASSAULT" and e.mode == "sexual" for e in evs)


def test_criticism_of_a_referee_is_no_event(nlp, layer) -> None:
    for text in ("Fans mocked the referee after the match in Nairobi.",
                 "The coach faulted the referee for the defeat."):
        assert not code(nlp, layer, text), text


# ---------------------------------------------------------------- cooperation, aid, retreat

def test_joining_forces_and_teaming_up_are_cooperation(nlp, layer) -> None:
    for text in ("France joined forces with Egypt to patrol the Red Sea.",
                 "Japan teamed up with Kenya on maritime security."):
        assert "COOPERATE" in types(code(nlp, layer, text)), text
    # enlisting is no cooperation
    assert not code(nlp, layer, "Raila Odinga joined the armed forces in 1990.")


def test_bailouts_deposits_and_airdrops_are_aid(nlp, layer) -> None:
    for text in ("France bailed out Mali with a large loan in 2010.",
                 "Egypt disbursed 1.5 billion euros to Kenya on Monday.",
                 "France airdropped food to Mali on Saturday."):
        assert "AID" in types(code(nlp, layer, text)), text


def test_dismantling_weapons_is_a_retreat(nlp, layer) -> None:
    evs = code(nlp, layer, "Iran dismantled centrifuges at its Natanz site under the deal with France.")
    assert any(e.type == "RETREAT" and e.mode == "disarm" for e in evs)
    assert not code(nlp, layer, "Kenya dismantled the old railway station in Nairobi.")


def test_undertaking_to_act_is_a_promise(nlp, layer) -> None:
    assert "AGREE" in types(code(nlp, layer, "Turkey undertook to allow grain exports from Russia."))


# ---------------------------------------------------------------- force

def test_downing_aircraft_and_raining_missiles_are_attacks(nlp, layer) -> None:
    for text in ("Iran downed a drone of Japan over the Gulf.", "Russia rained missiles on Norway overnight."):
        assert "ASSAULT" in types(code(nlp, layer, text)), text
    assert not code(nlp, layer, "Japan's goalkeeper downed a beer after the match.")
    assert not code(nlp, layer, "It rained heavily on Nairobi on Monday.")


# ---------------------------------------------------------------- visits

def test_a_leader_travelling_to_a_capital_visits_it(nlp, layer) -> None:
    evs = code(nlp, layer, "William Ruto travelled to Lima on Wednesday.")
    assert any(e.type == "CONSULT" and e.mode == "visit" for e in evs)
    # a trip at home names no one visited
    assert not code(nlp, layer, "William Ruto flew to Nairobi on Wednesday.")


# ---------------------------------------------------------------- protesters, advice, observers

def test_protesters_storming_riot_and_demanding_protest(nlp, layer) -> None:
    evs = code(nlp, layer, "Peruvian protesters stormed the city hall in Lima on Wednesday.")
    assert any(e.type == "PROTEST" and e.mode == "riot" for e in evs)
    assert "ASSAULT" not in types(evs, flagged=True)
    evs = code(nlp, layer, "Peruvian demonstrators demanded the resignation of Dina Boluarte.")
    assert "PROTEST" in types(evs) and "REQUEST" not in types(evs, flagged=True)
    # troops storming a town stay an attack
    evs = code(nlp, layer, "Russian troops stormed the town in Norway on Wednesday.")
    assert "PROTEST" not in types(evs, flagged=True)


def test_recommending_and_suggesting_to_someone_are_requests(nlp, layer) -> None:
    assert "REQUEST" in types(code(nlp, layer, "Chile recommended that Peru hold new elections."))
    # the translated "suggested him to" (sugerirle que): a request of the one named
    evs = code(nlp, layer, "Chile suggested him to renounce the presidency of Peru.")
    assert "REQUEST" in types(evs)
    # proposing to act oneself stays an offer
    assert "REQUEST" not in types(code(nlp, layer, "Chile proposed to hold talks with Peru."), flagged=True)


def test_authorising_forces_to_fire_is_no_concession(nlp, layer) -> None:
    evs = code(nlp, layer, "Dina Boluarte authorised the police to fire on protesters in Lima.")
    assert "CONCEDE" not in types(evs, flagged=True)
    # allowing a rival to act stays a concession
    assert "CONCEDE" in types(code(nlp, layer, "Peru allowed Raila Odinga to visit the prison."))


def test_observers_finding_irregularities_allege_them(nlp, layer) -> None:
    evs = code(nlp, layer, "The African Union detected serious irregularities in Kenya's vote.")
    assert any(e.type == "ACCUSE" and e.mode == "allege" for e in evs)


def test_affirming_support_and_accepting_an_offer(nlp, layer) -> None:
    evs = code(nlp, layer, "Egypt affirmed its full support for Kenya on Monday.")
    assert "SUPPORT" in types(evs)
    assert "AGREE" in types(code(nlp, layer, "Peru accepted the offer from Chile on Monday."))


def test_joint_patrols_are_cooperation(nlp, layer) -> None:
    evs = code(nlp, layer, "Norway and Japan began joint patrols in the Arctic on Monday.")
    assert "COOPERATE" in types(evs) and "MOBILIZE" not in types(evs, flagged=True)


def test_burning_villages_is_an_attack_but_demolitions_stay_coercion(nlp, layer) -> None:
    evs = code(nlp, layer, "Soldiers of Mali burned villages near the border with Ghana.")
    assert any(e.type == "ASSAULT" and e.mode == "destroy" for e in evs)
    evs = code(nlp, layer, "Egypt demolished homes in the border town on Sunday.")
    assert "COERCE" in types(evs) and "ASSAULT" not in types(evs, flagged=True)
    # burning flags stays a protest
    evs = code(nlp, layer, "Peruvian youths burned flags of Chile outside the embassy.")
    assert "PROTEST" in types(evs) and "ASSAULT" not in types(evs, flagged=True)


def test_annulling_an_agreement_rejects_it(nlp, layer) -> None:
    evs = code(nlp, layer, "Kenya annulled the memorandum between Egypt and Mali.")
    assert "REJECT" in types(evs) and "SANCTION" not in types(evs, flagged=True)


# ---------------------------------------------------------------- courts, complaints, requests

def test_taking_a_state_to_court_is_a_legal_complaint(nlp, layer) -> None:
    for text in ("Kenya took Egypt to the International Court of Justice.",
                 "Peru brought a case against Chile at the tribunal in The Hague."):
        evs = code(nlp, layer, text)
        assert any(e.type == "ACCUSE" and e.mode == "allege" for e in evs), text
        assert "ASSAULT" not in types(evs, flagged=True), text
    # taking a town is still force
    assert "ASSAULT" in types(code(nlp, layer, "Mali took the town from rebels of Ghana on Monday."))


def test_lodging_representations_and_voicing_dissatisfaction(nlp, layer) -> None:
    evs = code(nlp, layer, "Japan lodged solemn representations with Russia over the detention.")
    assert "ACCUSE" in types(evs)


def test_calling_out_a_state_criticises_it_but_calling_out_the_army_deploys_it(nlp, layer) -> None:
    assert "ACCUSE" in types(code(nlp, layer, "Chile called out Peru for the election fraud."))
    evs = code(nlp, layer, "Peru called out the army to patrol Lima.")
    assert "MOBILIZE" in types(evs) and "ACCUSE" not in types(evs, flagged=True)
    assert "ACCUSE" in types(code(nlp, layer, "Israel pointed the finger at Iran for the blast."))


def test_seeking_an_extradition_is_a_request(nlp, layer) -> None:
    evs = code(nlp, layer, "Kenya sought the extradition of the businessman from Norway.")
    assert ("REQUEST", ("KEN",), ("NOR",), False, False) in tuples(evs)


def test_recognising_a_state_is_support(nlp, layer) -> None:
    for text in ("Norway recognised Mali as an independent state.", "Norway recognised Ghana on Monday."):
        assert "SUPPORT" in types(code(nlp, layer, text)), text
    assert not code(nlp, layer, "Japan recognised the problem on Monday.")


def test_rolling_over_a_deposit_is_aid(nlp, layer) -> None:
    assert "AID" in types(code(nlp, layer, "Egypt rolled over a deposit of two billion dollars for Kenya."))


def test_acceding_to_demands_is_a_concession(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru acceded to the demands of Chile on Monday.")
    assert "CONCEDE" in types(evs) and "AGREE" not in types(evs)


def test_students_boycotting_classes_protest(nlp, layer) -> None:
    evs = code(nlp, layer, "Peruvian students boycotted classes in protest against Dina Boluarte.")
    assert "PROTEST" in types(evs) and "REJECT" not in types(evs, flagged=True)
    # a state boycotting a summit stays a rejection
    assert "REJECT" in types(code(nlp, layer, "Mali boycotted the summit in Ghana."))


def test_ordering_an_envoy_to_leave_is_an_expulsion(nlp, layer) -> None:
    evs = code(nlp, layer, "Mali ordered the ambassador of France to leave within 72 hours.")
    assert "SANCTION" in types(evs) and "REQUEST" not in types(evs, flagged=True)


def test_a_missile_attack_is_an_attack_not_a_test(nlp, layer) -> None:
    evs = code(nlp, layer, "Russia launched a missile attack on Norway overnight.")
    assert "ASSAULT" in types(evs) and "MOBILIZE" not in types(evs, flagged=True)
    evs = code(nlp, layer, "Russia deployed nuclear weapons to its border with Norway.")
    assert "MOBILIZE" in types(evs)


def test_a_newspaper_ordered_to_close_is_censored(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru ordered the opposition newspaper to suspend publication.")
    assert any(e.type == "COERCE" and e.mode == "censor" for e in evs)
    # ordering one's own troops out stays a request (of yielding)
    assert "COERCE" not in types(code(nlp, layer, "Peru ordered its troops to withdraw from the border."), flagged=True)


# ---------------------------------------------------------------- opposing, shielding, sending forces

def test_opposing_an_act_is_a_disapproval_but_opposing_a_plan_a_rejection(nlp, layer) -> None:
    evs = code(nlp, layer, "Egypt firmly opposes Turkey's missile test.")
    assert ("ACCUSE", ("EGY",), ("TUR",), False, False) in tuples(evs)
    evs = code(nlp, layer, "Kenya opposes the plan of Egypt.")
    assert "REJECT" in types(evs) and "ACCUSE" not in types(evs, flagged=True)


def test_shielding_a_state_from_sanctions_is_support(nlp, layer) -> None:
    evs = code(nlp, layer, "Russia has shielded Iran from sanctions at the United Nations.")
    assert ("SUPPORT", ("RUS",), ("IRN",), False, False) in tuples(evs)


def test_an_organisation_sending_troops_protects_a_state(nlp, layer) -> None:
    evs = code(nlp, layer, "The African Union sent a contingent of troops to Mali.")
    assert ("AID", ("African Union",), ("MLI",), False, False) in tuples(evs)
    # a state sending its troops to a border shows force
    evs = code(nlp, layer, "Kenya sent troops to the border with Egypt.")
    assert "MOBILIZE" in types(evs) and "AID" not in types(evs, flagged=True)


def test_expelling_foreign_soldiers_is_a_sanction(nlp, layer) -> None:
    evs = code(nlp, layer, "Mali expelled the French soldiers of the mission on Monday.")
    assert "SANCTION" in types(evs) and "COERCE" not in types(evs, flagged=True)


# ---------------------------------------------------------------- translated light verbs and nouns

def test_translated_light_verbs_carry_their_event(nlp, layer) -> None:
    evs = code(nlp, layer, "The president of Chile realized an official visit to Peru.")
    assert "CONSULT" in types(evs)
    evs = code(nlp, layer, "The president of Kenya sustained a meeting with his counterpart of Ghana.")
    assert "CONSULT" in types(evs)
    evs = code(nlp, layer, "Egypt manifested its support to Kenya on Monday.")
    assert "SUPPORT" in types(evs)


def test_rejection_and_refusal_nouns(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru expressed its rejection of the proposal of Chile.")
    assert "REJECT" in types(evs)


def test_retiring_an_ambassador_or_troops(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru retired its ambassador in Chile on Monday.")
    assert any(e.type == "SANCTION" and e.mode == "withdraw" for e in evs)
    evs = code(nlp, layer, "Russia retired its troops from the border with Norway.")
    assert any(e.type == "RETREAT" for e in evs)
    # a person retiring is no event
    assert not code(nlp, layer, "Raila Odinga retired from politics in 2024.")


def test_subscribing_an_agreement_is_signing_it(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru and Chile subscribed the agreement on migration.")
    assert "SUPPORT" in types(evs)


def test_people_mobilising_against_a_government_protest(nlp, layer) -> None:
    evs = code(nlp, layer, "Thousands of Peruvians mobilized in Lima against Dina Boluarte.")
    assert "PROTEST" in types(evs) and "MOBILIZE" not in types(evs, flagged=True)
    assert "MOBILIZE" in types(code(nlp, layer, "Russia mobilized its reserves on Monday."))


# ---------------------------------------------------------------- non-political senses (decoys)

@pytest.mark.parametrize("text", [
    "Peru beat Chile 2-0 in the World Cup qualifier on Tuesday.",
    "Japan stormed into the final on Sunday.",
    "Egypt's striker shot past the goalkeeper of Ghana in the second half.",
    "Chile's stocks rallied on Monday after the central bank cut rates.",
    "Peru's inflation hit household budgets in March.",
    "The peso of Chile surrendered its early gains on Monday.",
    "The cricket team of Kenya toured Ghana in February.",
    "William Ruto welcomed his new grandson on Sunday.",
])
def test_sport_markets_and_family_news_are_no_events(nlp, layer, text) -> None:
    assert not code(nlp, layer, text), text


def test_political_senses_of_the_guarded_verbs_stay(nlp, layer) -> None:
    assert "ASSAULT" in types(code(nlp, layer, "Russia attacked Norway in the Arctic on Tuesday."))
    assert "PROTEST" in types(code(nlp, layer, "Peruvian youths rallied in Lima against Dina Boluarte."))
    assert "CONSULT" in types(code(nlp, layer, "William Ruto visited Ghana in February."))


@pytest.mark.parametrize("text", [
    "Kenya launched a charm offensive in Ghana on Monday.",
    "Peru signed a sponsorship deal with Nike on Monday.",
    "The visit of William Ruto to the hospital lasted an hour.",
    "William Ruto met his wife in Nairobi on Sunday.",
    "William Ruto visited the flood zone in Kenya on Sunday.",
])
def test_figurative_commercial_and_private_senses_are_no_events(nlp, layer, text) -> None:
    assert not code(nlp, layer, text), text


def test_political_deals_visits_and_offensives_stay(nlp, layer) -> None:
    assert "SUPPORT" in types(code(nlp, layer, "Peru signed a trade deal with Chile on Monday."))
    assert "CONSULT" in types(code(nlp, layer, "The visit of William Ruto to Ghana lasted two days."))
    assert "ASSAULT" in types(code(nlp, layer, "Russia launched a military offensive against Norway."))


def test_attending_another_states_ceremony_is_a_visit(nlp, layer) -> None:
    evs = code(nlp, layer, "William Ruto attended the inauguration of Dina Boluarte in Lima.")
    assert any(e.type == "CONSULT" and e.mode == "visit" for e in evs)
    # a promised attendance is an intent to meet (AGREE)
    assert "AGREE" in types(code(nlp, layer, "William Ruto will attend the funeral in Ghana."))
    # a ceremony at home names no one visited
    assert not code(nlp, layer, "William Ruto attended a ceremony in Nairobi.")
