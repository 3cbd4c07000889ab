"""Events layer, event types (second round): CAMEO verb + object classes the lexicon lacked
(withdrawing inspectors, forcing an agency out, contributing peacekeepers, pledging aid,
expressing concern, judging a measure negatively, calling a meeting or a strike, freezing
money, petitions, renewed demands), nouns (repression, torture, gunbattles, war games) and
the modality of willingness, obligation and announced decisions.

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
    "Germany": ("DEU", "DEU", "state"), "Japan": ("JPN", "JPN", "state"), "Kenya": ("KEN", "KEN", "state"),
    "Ghana": ("GHA", "GHA", "state"), "Norway": ("NOR", "NOR", "state"), "Egypt": ("EGY", "EGY", "state"),
    "Japanese troops": ("JPN-army", "JPN", "state"), "Russian troops": ("RUS-army", "RUS", "state"), "Iran-backed fighters": ("IRN-militia", None, "group"),
    "United Nations": ("United Nations", None, "igo"), "OSCE": ("OSCE", None, "igo"),
    "World Bank": ("World Bank", None, "igo"), "teachers' union": ("KEN-union", "KEN", "organization"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-05-14", article_id="ty2")


# ---------------------------------------------------------------- verb + object classes

def test_withdrawing_monitors_is_a_sanction_not_a_retreat(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "The OSCE withdrew its monitors and inspectors from Turkey on Friday."))
    assert any(x[0] == "SANCTION" and x[1] == ("OSCE",) and x[2] == ("TUR",) for x in t)
    # one's own troops pulling back stays a retreat
    assert "RETREAT" in types(code(nlp, layer, "Russia withdrew its troops from the border on Friday."))


def test_forcing_an_agency_out_is_an_expulsion(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Kenya forced the United Nations agency out of the country last week."))
    assert any(x[0] == "SANCTION" and x[1] == ("KEN",) for x in t)


def test_contributing_troops_to_a_force_is_aid(nlp, layer) -> None:
    evs = code(nlp, layer, "Ghana contributed 800 troops to the peacekeeping force in Chile last year.")
    assert "AID" in types(evs)
    # willingness to contribute is an offer
    evs = code(nlp, layer, "Japan is ready to contribute 300 troops to a stabilisation force.")
    assert "AGREE" in types(evs)


def test_pledged_aid_is_a_promise_and_delivered_aid_is_aid(nlp, layer) -> None:
    assert "AGREE" in types(code(nlp, layer, "Norway pledged $40 million in aid to Kenya on Monday."))
    assert "AGREE" in types(code(nlp, layer, "Germany announced emergency aid worth 20 million euros for Ghana."))
    assert "AID" in types(code(nlp, layer, "Germany delivered tents and medicine to Ghana on Monday."))


def test_expressed_concern_is_a_disapproval_of_whom_it_names(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France expressed deep concern over the actions of Iran in the Gulf."))
    assert any(x[0] == "ACCUSE" and x[1] == ("FRA",) and x[2] == ("IRN",) for x in t)
    # concern about no one is not reported (an accusation needs a target)
    assert "ACCUSE" not in types(code(nlp, layer, "France expressed concern over the weather."))


def test_judging_a_measure_negatively_is_a_disapproval(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Peru imposed new duties on Chilean wine, a measure Chile considered very disappointing."))
    assert any(x[0] == "ACCUSE" and x[1] == ("CHL",) and x[2] == ("PER",) for x in t)
    # a neutral or positive judgement is not
    evs = code(nlp, layer, "Peru lowered its duties on Chilean wine, a measure Chile considered very useful.")
    assert "ACCUSE" not in types(evs, flagged=True)


def test_calling_a_meeting_is_an_offer_to_meet_and_calling_a_strike_stages_it(nlp, layer) -> None:
    assert "AGREE" in types(code(nlp, layer, "Egypt called an emergency meeting of the Arab League for Thursday."))
    evs = code(nlp, layer, "The teachers' union called a general strike for Monday.")
    assert "PROTEST" in types(evs)
    evs = code(nlp, layer, "The teachers' union called off its four-day strike after talks.")
    assert "CONCEDE" in types(evs) and "ASSAULT" not in types(evs, flagged=True)


def test_freezing_money_is_stopping_aid(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "The World Bank froze $300 million in loans to Ghana."))
    assert any(x[0] == "SANCTION" and x[1] == ("World Bank",) for x in t)
    t = tuples(code(nlp, layer, "Norway banned all aid to Ghana after the coup."))
    assert any(x[0] == "SANCTION" and x[1] == ("NOR",) and x[2] == ("GHA",) for x in t)


def test_a_petition_drive_is_dissent(nlp, layer) -> None:
    assert "PROTEST" in types(code(nlp, layer, "The teachers' union began collecting signatures against the reform."))


def test_a_renewed_demand_absorbs_its_clause(nlp, layer) -> None:
    evs = code(nlp, layer, "Egypt renewed its demand that Turkey lift restrictions on trade.")
    assert any(e.type == "REQUEST" and [a.id for a in e.sources] == ["EGY"] for e in evs)
    assert "CONCEDE" not in types(evs)  # the lifting is only demanded


# ---------------------------------------------------------------- nouns

def test_repression_is_coercion_and_its_denunciation_an_accusation(nlp, layer) -> None:
    evs = code(nlp, layer, "Norway denounced the repression of protesters by Iran.")
    t = tuples(evs)
    assert any(x[0] == "ACCUSE" and x[1] == ("NOR",) and x[2] == ("IRN",) for x in t)


def test_torture_and_gunbattles_are_assaults(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Iran's torture of Kenyan sailors drew wide protests."))
    assert any(x[0] == "ASSAULT" and x[1] == ("IRN",) for x in t)
    evs = code(nlp, layer, "A gunbattle between Kenya and Ghana border guards left two dead.")
    assert "ASSAULT" in types(evs)


def test_war_games_are_drills_and_a_site_is_no_sit_in(nlp, layer) -> None:
    evs = code(nlp, layer, "Russia launched ten days of war games near the border of Japan.")
    assert "MOBILIZE" in types(evs) and "ASSAULT" not in types(evs, flagged=True)
    evs = code(nlp, layer, "Inspectors from the United Nations visited three nuclear sites in Iran.")
    assert "PROTEST" not in types(evs, flagged=True)


# ---------------------------------------------------------------- modality

def test_willingness_to_concede_is_an_offer_but_an_announced_concession_stays(nlp, layer) -> None:
    assert "AGREE" in types(code(nlp, layer, "Peru said it is prepared to lift the ban on the opposition party."))
    assert "CONCEDE" in types(code(nlp, layer, "Peru said it will lift the curfew in the capital."))
    # a decision is the act itself
    assert "CONCEDE" in types(code(nlp, layer, "Peru decided to lift the curfew in the capital."))


def test_willingness_under_a_speech_verb_takes_the_speaker(nlp, layer) -> None:
    # "X says it is willing to ...": the unresolved pronoun is the speaker
    t = tuples(code(nlp, layer, "Turkey says it is willing to withdraw its troops from northern Iran."))
    assert any(x[0] == "AGREE" and x[1] == ("TUR",) for x in t)


def test_must_be_ready_to_is_a_demand(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Egypt said that Turkey must be ready to negotiate with Iran."))
    assert any(x[0] == "REQUEST" and x[1] == ("EGY",) and "TUR" in x[2] for x in t)


def test_an_announced_coercive_decision_is_the_act(nlp, layer) -> None:
    # the gold conventions: "announced that it will impose duties" is the SANCTION itself
    evs = code(nlp, layer, "Japan announced on Monday that it will impose tariffs on steel from Peru.")
    t = tuples(evs)
    assert any(x[0] == "SANCTION" and x[1] == ("JPN",) and not x[4] for x in t)
    assert "THREATEN" not in types(evs)
    # a plain "said ... will" stays leverage, and a condition makes a threat
    evs = code(nlp, layer, "Japan said it will impose tariffs on Peru if the talks fail.")
    assert "THREATEN" in types(evs)
    # PLOVER manual: "announced ... would withdraw troops" is a concession
    evs = code(nlp, layer, "Russia announced that it would withdraw its troops from the border.")
    assert "CONCEDE" in types(evs)


# ---------------------------------------------------------------- round 2 of this file

def test_a_light_verb_carries_no_event_from_its_objects_topic(nlp, layer) -> None:
    # the object's 'on' phrase is its topic: holding a news conference on attacks is no attack
    evs = code(nlp, layer, "Peru held a news conference on the attacks in Chile.")
    assert "ASSAULT" not in types(evs, flagged=True)
    # but a quantity 'of' phrase carries it
    t = tuples(code(nlp, layer, "Chile launched a wave of attacks on Peru."))
    assert any(x[0] == "ASSAULT" and x[1] == ("CHL",) and x[2] == ("PER",) for x in t)


def test_approving_ones_own_law_is_no_support(nlp, layer) -> None:
    # (twelfth session: a legislature passing a law is SUPPORT with no target, the later gold
    # conventions, tests/test_events_r17_types.py; a government approving its budget stays none)
    assert "SUPPORT" not in types(code(nlp, layer, "The government of Peru approved the budget on Tuesday."), flagged=True)
    assert "SUPPORT" in types(code(nlp, layer, "Peru approved the agreement with Chile on Tuesday."))


def test_training_is_aid_only_of_forces(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France trained the army of Ghana for three years."))
    assert any(x[0] == "AID" and x[1] == ("FRA",) and x[2] == ("GHA",) for x in t)
    assert "AID" not in types(code(nlp, layer, "Iran trained 500 hackers capable of attacking Japan."), flagged=True)


def test_mobilising_support_is_no_mobilisation(nlp, layer) -> None:
    assert "MOBILIZE" in types(code(nlp, layer, "Russia mobilized 300,000 reservists in September."))
    assert "MOBILIZE" not in types(code(nlp, layer, "Egypt mobilized support for the plan among Arab states."), flagged=True)


def test_fighters_sweeping_into_a_city_is_an_assault(nlp, layer) -> None:
    evs = code(nlp, layer, "Iran-backed fighters swept into the capital of Ghana on Sunday.")
    assert "ASSAULT" in types(evs)


def test_passive_deployment_and_demobilisation_are_acts_of_their_own_side(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Some 3,000 Japanese troops were being sent to secure the port."))
    assert any(x[0] == "MOBILIZE" and x[1] == ("JPN",) for x in t)


def test_a_future_promise_is_not_flagged(nlp, layer) -> None:
    evs = code(nlp, layer, "Norway said it would take in 2,000 refugees and pledged $40 million in aid to Kenya.")
    assert any(e.type == "AGREE" and not e.hypothetical and [a.id for a in e.sources] == ["NOR"] for e in evs)
    assert not any(e.type == "AGREE" and e.hypothetical for e in evs)


# ---------------------------------------------------------------- round 3 of this file

def test_verbal_attacks_are_accusations_not_force(nlp, layer) -> None:
    evs = code(nlp, layer, "The president of Kenya lashed out at Norway over the report.")
    t = tuples(evs)
    assert any(x[0] == "ACCUSE" and x[2] == ("NOR",) for x in t) and "ASSAULT" not in types(evs, flagged=True)
    evs = code(nlp, layer, "Russia hit out at Japan over the sanctions.")
    assert "ACCUSE" in types(evs) and "ASSAULT" not in types(evs, flagged=True)
    assert "ACCUSE" in types(code(nlp, layer, "Chile took aim at Peru in a speech on Monday."))


def test_turning_down_and_brushing_aside_are_rejections(nlp, layer) -> None:
    assert "REJECT" in types(code(nlp, layer, "Japan turned down the offer from Russia."))
    assert "REJECT" in types(code(nlp, layer, "Iran brushed aside the demands of France."))


def test_hostage_taking_is_an_abduction_not_an_arrest(nlp, layer) -> None:
    evs = code(nlp, layer, "Iran-backed fighters took 20 Japanese hostages in Ghana.")
    assert any(e.type == "ASSAULT" and e.mode == "abduct" for e in evs)
    assert "COERCE" not in types(evs, flagged=True)


def test_firing_on_people_and_setting_off_bombs_are_assaults(nlp, layer) -> None:
    evs = code(nlp, layer, "The army of Peru fired on protesters in Lima.")
    assert any(e.type == "ASSAULT" and e.mode == "firearms" for e in evs)
    # a named weapon keeps its own entry
    assert any(e.type == "ASSAULT" and e.mode == "heavy-weapons" for e in code(nlp, layer, "Russia fired 40 missiles at Japan."))
    evs = code(nlp, layer, "Iran-backed fighters planted a bomb outside the embassy of Egypt.")
    assert any(e.type == "ASSAULT" and e.mode == "explosives" for e in evs)


def test_avenging_is_force_and_a_vow_of_it_a_threat(nlp, layer) -> None:
    assert "ASSAULT" in types(code(nlp, layer, "Iran avenged the killing of its general by striking a base of Japan."))
    assert "THREATEN" in types(code(nlp, layer, "Iran vowed to avenge the killing of its general by Japan."))


def test_raising_the_alert_level_is_a_mobilisation(nlp, layer) -> None:
    assert "MOBILIZE" in types(code(nlp, layer, "Japan raised the alert level of its forces on Sunday."))


def test_amnesty_and_rape_nouns(nlp, layer) -> None:
    assert "CONCEDE" in types(code(nlp, layer, "Peru declared an amnesty for 300 political prisoners."))
    assert any(e.type == "ASSAULT" and e.mode == "sexual" for e in code(nlp, layer, "Soldiers of Russia raped civilians, Norway said."))


def test_capturing_a_town_is_military_force_and_a_building_a_seizure(nlp, layer) -> None:
    evs = code(nlp, layer, "Russian troops captured the town of Bakhmut after months of fighting, Japan said.")
    assert "ASSAULT" in types(evs) and "COERCE" not in types(evs, flagged=True)
    assert "ASSAULT" in types(code(nlp, layer, "Iran-backed fighters retook the city of Mosul."))
    evs = code(nlp, layer, "Iran-backed fighters seized the headquarters of the ruling party.")
    assert any(e.type == "COERCE" and e.mode == "seize" for e in evs)


# ---------------------------------------------------------------- prepositional objects (pobjs)

def test_taking_to_the_streets_is_a_protest_but_not_to_social_media(nlp, layer) -> None:
    assert "PROTEST" in types(code(nlp, layer, "Thousands of people from Kenya took to the streets of Nairobi."))
    assert "PROTEST" not in types(code(nlp, layer, "Peru took to social media to criticise Chile."), flagged=True)


def test_a_strike_call_is_the_strike(nlp, layer) -> None:
    evs = code(nlp, layer, "The teachers' union called for a general strike on Monday.")
    assert "PROTEST" in types(evs) and "REQUEST" not in types(evs, flagged=True)
    # a call for sanctions stays a request
    assert "REQUEST" in types(code(nlp, layer, "Norway called for sanctions against Iran."))


def test_walking_out_of_talks_and_leaving_a_treaty_are_sanctions(nlp, layer) -> None:
    assert "SANCTION" in types(code(nlp, layer, "Iran walked out of the talks with France."))
    assert "SANCTION" not in types(code(nlp, layer, "The envoy of Iran walked out of the room."), flagged=True)
    t = tuples(code(nlp, layer, "Japan withdrew from the treaty with Russia."))
    assert any(x[0] == "SANCTION" and x[1] == ("JPN",) for x in t)
    # withdrawing from a town stays a military retreat
    evs = code(nlp, layer, "Russia withdrew from the town of Kherson.")
    assert "RETREAT" in types(evs) and "SANCTION" not in types(evs, flagged=True)


def test_debt_relief_and_lending_are_aid(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France forgave Ghana's debt on Monday."))
    assert any(x[0] == "AID" and x[1] == ("FRA",) and x[2] == ("GHA",) for x in t)
    assert "AID" in types(code(nlp, layer, "Japan lent $2 billion to Kenya last year."))
    assert "AID" in types(code(nlp, layer, "The United Nations extended the mandate of its mission in Ghana."))


def test_shutting_down_the_internet_is_censorship(nlp, layer) -> None:
    evs = code(nlp, layer, "The government of Iran shut down the internet on Friday.")
    assert any(e.type == "COERCE" and e.mode == "censor" for e in evs)


# ---------------------------------------------------------------- round 6 (dev3 classes)

def test_removal_from_office_is_a_sanction_and_a_coup_coercion(nlp, layer) -> None:
    evs = code(nlp, layer, "The parliament of Peru removed President Olga Ruiz from office on Friday.")
    assert "SANCTION" in types(evs) and "COERCE" not in types(evs, flagged=True)
    evs = code(nlp, layer, "The army of Ghana overthrew the government on Friday.")
    assert "COERCE" in types(evs)


def test_a_conviction_is_a_sanction(nlp, layer) -> None:
    evs = code(nlp, layer, "A court in Iran sentenced two French citizens to eight years in prison.")
    assert any(e.type == "SANCTION" and e.mode == "convict" for e in evs)
    # a prosecution is still an accusation
    assert "ACCUSE" in types(code(nlp, layer, "Peru prosecuted the former minister of Chile for fraud."))


def test_hitting_back_and_retaliating_name_no_strike(nlp, layer) -> None:
    evs = code(nlp, layer, "Russia hit back at Japan with new duties on cars.")
    assert "ASSAULT" not in types(evs, flagged=True)
    evs = code(nlp, layer, "Egypt said it would not retaliate against Turkey.")
    assert "ASSAULT" not in types(evs, flagged=True)


def test_voiced_support_and_phone_conversations(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Norway voiced support for Kenya on Tuesday."))
    assert any(x[0] == "SUPPORT" and x[1] == ("NOR",) and x[2] == ("KEN",) for x in t)
    evs = code(nlp, layer, "Japan and Chile held a telephone conversation on Monday.")
    assert any(e.type == "CONSULT" and e.mode == "phone" for e in evs)


def test_a_call_to_dialogue_is_a_request(nlp, layer) -> None:
    assert "REQUEST" in types(code(nlp, layer, "Egypt called to dialogue and restraint on Monday."))


def test_police_charging_protesters_and_burning_flags(nlp, layer) -> None:
    evs = code(nlp, layer, "The police of Kenya charged against the protesters in Nairobi.")
    assert any(e.type == "ASSAULT" and e.mode == "crowd-control" for e in evs)
    evs = code(nlp, layer, "Protesters in Kenya burned Iranian flags outside the embassy.")
    t = tuples(evs)
    assert any(x[0] == "PROTEST" and x[2] == ("IRN",) for x in t) and "ASSAULT" not in types(evs, flagged=True)


def test_training_with_another_army_is_cooperation(nlp, layer) -> None:
    evs = code(nlp, layer, "The army of Egypt had been training with forces from Kenya.")
    assert "COOPERATE" in types(evs) and "AID" not in types(evs, flagged=True)


def test_a_befitting_reply_is_a_threat(nlp, layer) -> None:
    assert "THREATEN" in types(code(nlp, layer, "Japan said it will give a befitting reply to Russia."))


def test_voting_down_and_lifting_a_decree(nlp, layer) -> None:
    assert "REJECT" in types(code(nlp, layer, "The parliament of Chile voted down the plan of Peru."))
    assert "CONCEDE" in types(code(nlp, layer, "Peru lifted the emergency decree on Tuesday."))


def test_hitting_with_sanctions_is_a_sanction(nlp, layer) -> None:
    evs = code(nlp, layer, "Hours later Russia hit back with a 30% levy on all goods from Japan.")
    assert "SANCTION" in types(evs) and "ASSAULT" not in types(evs, flagged=True)
    assert "SANCTION" in types(code(nlp, layer, "Norway hit Iran with new sanctions on Monday."))


def test_withdrawing_from_a_tournament_is_no_retreat(nlp, layer) -> None:
    evs = code(nlp, layer, "The national team of Egypt withdrew from the regional football tournament in Kenya.")
    assert not types(evs, flagged=True) & {"RETREAT", "SANCTION"}


def test_not_bowing_to_pressure_is_a_refusal(nlp, layer) -> None:
    evs = code(nlp, layer, "Iran will not bow to pressure from France.")
    assert any(e.type == "REJECT" and not e.negated for e in evs)
    assert "CONCEDE" in types(code(nlp, layer, "Ghana finally gave in to the demands of Norway."))


def test_weighing_an_act_makes_it_hypothetical_not_an_intent(nlp, layer) -> None:
    evs = code(nlp, layer, "Japan is studying to restrict imports from Russia.")
    assert any(e.type == "SANCTION" and e.hypothetical for e in evs)
    assert not any(e.type in ("SANCTION", "THREATEN") and not e.hypothetical for e in evs)
    evs = code(nlp, layer, "Japan is considering sanctions against Russia.")
    assert any(e.type == "SANCTION" and e.hypothetical for e in evs) and "THREATEN" not in types(evs)
    # an intent stays an intent
    assert "THREATEN" in types(code(nlp, layer, "Japan plans to impose sanctions on Russia."))


# ---------------------------------------------------------------- pattern file keys

def test_pattern_files_accept_pobjs_and_the_deliberate_role() -> None:
    from dateline._errors import DataFileError
    from dateline._events.patterns import parse_patterns

    ps = parse_patterns([("user.yaml", {
        "lexicons": {"venues": ["street", "square"]},
        "verbs": [{"lemma": "spill", "prep": ["into"], "pobjs": ["@venues"], "type": "PROTEST", "mode": "demo"},
                  {"lemma": "ponder", "role": "deliberate"}],
    })])
    r = ps.rules_for("spill", "verb")[0]
    assert r.pobjs == frozenset({"street", "square"}) and r.prep == frozenset({"into"})
    assert ps.rules_for("ponder", "verb")[0].role == "deliberate"
    with pytest.raises(DataFileError):
        parse_patterns([("bad.yaml", {"verbs": [{"lemma": "spill", "pobjs": ["@nolexicon"], "type": "PROTEST"}]})])


def test_labour_strikes_are_protests_not_attacks(nlp, layer) -> None:
    evs = code(nlp, layer, "Workers in Chile went on strike over pay.")
    assert any(e.type == "PROTEST" and e.mode == "strike" for e in evs) and "ASSAULT" not in types(evs, flagged=True)
    evs = code(nlp, layer, "Teachers in Kenya staged a strike on Monday.")
    assert any(e.type == "PROTEST" and e.mode == "strike" for e in evs) and "ASSAULT" not in types(evs, flagged=True)
    # a military strike keeps its type
    assert "ASSAULT" in types(code(nlp, layer, "Russia launched a strike on a port in Japan."))


def test_a_light_verb_carrying_a_strict_noun_needs_both_sides(nlp, layer) -> None:
    # 'strike' is a strict noun (sport, labour, markets): carried by a light verb it still needs
    # a political source and target
    evs = code(nlp, layer, "Chile began the strike at dawn.")
    assert "ASSAULT" not in types(evs, flagged=True)


def test_lifting_a_veto_is_a_concession(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Turkey lifted its veto on the membership of Norway."))
    assert any(x[0] == "CONCEDE" and x[1] == ("TUR",) for x in t)


def test_sending_police_officers_abroad_is_a_deployment(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Kenya sent 1,000 police officers to Ghana last year."))
    assert any(x[0] == "MOBILIZE" and x[1] == ("KEN",) for x in t)
    # officials are no forces
    assert "MOBILIZE" not in types(code(nlp, layer, "Japan sent two officials to Peru for talks."), flagged=True)


def test_troops_stationed_somewhere_are_no_event(nlp, layer) -> None:
    evs = code(nlp, layer, "Some 28,000 Japanese troops are stationed in Peru.")
    assert "MOBILIZE" not in types(evs, flagged=True)
