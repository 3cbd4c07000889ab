"""Events layer, pattern data round r11: families where a word of the trigger phrase had a rule
but no candidate came (the object, preposition or compound the rule asked for did not fit), each
with decoys in a non-political sense that must give no event (or not that type).

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_types as types

KNOWN = {
    "Hungary": ("HUN", "HUN", "state"), "Slovakia": ("SVK", "SVK", "state"), "France": ("FRA", "FRA", "state"),
    "Morocco": ("MAR", "MAR", "state"), "Algeria": ("DZA", "DZA", "state"), "Algerians": ("DZA-people", "DZA", "population"),
    "Ghana": ("GHA", "GHA", "state"), "Kenya": ("KEN", "KEN", "state"), "Iran": ("IRN", "IRN", "state"),
    "China": ("CHN", "CHN", "state"), "Lithuania": ("LTU", "LTU", "state"), "Peru": ("PER", "PER", "state"),
    "Germany": ("DEU", "DEU", "state"), "Chile": ("CHL", "CHL", "state"), "Washington": ("USA", "USA", "state"),
    "The United States": ("USA", "USA", "state"), "Hong Kong": ("HKG", "HKG", "state"),
    "Kenyan police": ("KEN-police", "KEN", "state"), "Kenyan officials": ("KEN-officials", "KEN", "state"), "Bolivian farmers": ("BOL-farmers", "BOL", "population"),
    "Viktor Orban": ("Viktor Orban", "HUN", "person"), "Robert Fico": ("Robert Fico", "SVK", "person"),
    "Xi Jinping": ("Xi Jinping", "CHN", "person"), "Nayib Bukele": ("Nayib Bukele", "SLV", "person"),
    "Benjamin Netanyahu": ("Benjamin Netanyahu", "ISR", "person"), "Dina Boluarte": ("Dina Boluarte", "PER", "person"),
    "Gabriel Boric": ("Gabriel Boric", "CHL", "person"), "cabinet": ("KEN-cabinet", "KEN", "state"),
    "Asia-Pacific Economic Cooperation": ("APEC", None, "igo"), "the Peruvian Episcopal Conference": ("PER-bishops", "PER", "organization"), "Gulf Cooperation Council": ("GCC", None, "igo"), "William Ruto": ("William Ruto", "KEN", "person"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-05-14", article_id="r11")


def of_type(events: list, type_: str) -> list:
    return [e for e in events if e.type == type_]


# ---------------------------------------------------------------- 051: good wishes and felicitations

def test_sending_good_wishes_or_felicitations_is_support(nlp, layer) -> None:
    for text in ("Viktor Orban sent his best wishes to Robert Fico after the shooting.",
                 "Xi Jinping sent a message of felicitation to Nayib Bukele on his reelection."):
        assert "SUPPORT" in types(code(nlp, layer, text)), text


def test_expressing_a_wish_to_act_is_no_support(nlp, layer) -> None:
    text = "Robert Fico expressed his wish to visit Hungary next year."
    assert "SUPPORT" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 0832: one's own reform on hold

def test_putting_a_reform_on_hold_or_freezing_a_tax_hike_is_a_concession(nlp, layer) -> None:
    for text in ("Benjamin Netanyahu put the judicial overhaul on hold after the general strike.",
                 "William Ruto froze the planned tax hike after the protests in Kenya."):
        assert "CONCEDE" in types(code(nlp, layer, text)), text


def test_a_project_on_hold_or_frozen_assets_is_no_concession(nlp, layer) -> None:
    for text in ("The Kenyan builder put the housing project on hold for a year.",
                 "Kenya froze the assets of the former minister."):
        assert "CONCEDE" not in types(code(nlp, layer, text), flagged=True), text


# ---------------------------------------------------------------- 128: defying a ban or a curfew

def test_defying_a_curfew_or_flouting_a_ban_is_a_rejection(nlp, layer) -> None:
    for text in ("Thousands of Algerians defied the curfew in Algiers on Friday.",
                 "Thousands of Algerians flouted the ban on street rallies."):
        assert "REJECT" in types(code(nlp, layer, text)), text


def test_breaking_a_record_or_the_law_is_no_rejection(nlp, layer) -> None:
    for text in ("A Kenyan runner broke the world record in Paris.",
                 "Kenya said the former minister had broken the law."):
        assert "REJECT" not in types(code(nlp, layer, text), flagged=True), text


# ---------------------------------------------------------------- 100: 'llamar a' + party + infinitive

def test_calling_the_parties_or_a_body_to_act_is_a_request(nlp, layer) -> None:
    for text in ("The United States called both parts to respect the truce.",
                 "The United States called the organization to respect the result."):
        assert "REQUEST" in types(code(nlp, layer, text)), text


def test_calling_a_press_conference_to_announce_is_no_request(nlp, layer) -> None:
    text = "The Kenyan minister called a press conference to announce the decision."
    assert "REQUEST" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 054: recognising a plan or a victory

def test_recognising_a_plan_or_a_victory_is_support(nlp, layer) -> None:
    for text in ("France recognized the autonomy plan of Morocco as the only basis for a solution.",
                 "Ghana recognized the victory of William Ruto in the election."):
        assert "SUPPORT" in types(code(nlp, layer, text)), text


def test_recognising_a_need_or_a_face_is_no_support(nlp, layer) -> None:
    for text in ("Peru recognized the need to act quickly on the debt.",
                 "The Chilean minister recognized the problem at once."):
        assert "SUPPORT" not in types(code(nlp, layer, text), flagged=True), text


# ---------------------------------------------------------------- 141: 'manifestarse contra'

def test_people_manifesting_against_a_state_protest(nlp, layer) -> None:
    evs = of_type(code(nlp, layer, "Thousands of Algerians manifested against France on Sunday."), "PROTEST")
    assert evs and {t.country for e in evs for t in e.targets} == {"FRA"}


def test_a_minister_who_manifested_a_view_is_no_protest(nlp, layer) -> None:
    for text in ("The minister of Algeria manifested that the government would not change its position.",
                 "Algeria manifested its concern over the decision of France."):
        assert "PROTEST" not in types(code(nlp, layer, text), flagged=True), text


# ---------------------------------------------------------------- 150: drills of one side

def test_an_air_defence_drill_is_a_show_of_force(nlp, layer) -> None:
    assert "MOBILIZE" in types(code(nlp, layer, "Iran began a two-day air defence drill on Thursday."))


def test_a_fire_drill_at_school_is_no_show_of_force(nlp, layer) -> None:
    text = "Schools in Iran held a fire drill on Monday."
    assert "MOBILIZE" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 160: measures against a party

def test_measures_or_actions_against_a_state_are_a_sanction(nlp, layer) -> None:
    for text in ("Washington will take actions against officials of Hong Kong.",
                 "China announced measures against Lithuania on Friday."):
        assert "SANCTION" in types(code(nlp, layer, text), flagged=True), text


def test_measures_against_inflation_or_legal_action_are_no_sanction(nlp, layer) -> None:
    for text in ("Peru took measures against inflation in March.",
                 "Germany will take legal action against Chile over the mine."):
        assert "SANCTION" not in types(code(nlp, layer, text), flagged=True), text


# ---------------------------------------------------------------- 152 / 144: checkpoints and roadblocks

def test_police_roadblocks_are_a_show_of_force_and_farmers_roadblocks_a_protest(nlp, layer) -> None:
    assert "MOBILIZE" in types(code(nlp, layer, "Kenyan police erected roadblocks on the roads into Nairobi."))
    evs = code(nlp, layer, "Bolivian farmers set up roadblocks on the main highway to Cochabamba.")
    assert "PROTEST" in types(evs) and "MOBILIZE" not in types(evs, flagged=True)


def test_a_builder_setting_up_a_barrier_is_no_event(nlp, layer) -> None:
    text = "The builder set up a barrier around the site in Nairobi."
    assert types(code(nlp, layer, text), flagged=True) & {"MOBILIZE", "PROTEST"} == set()


# ---------------------------------------------------------------- 161 / 166 / 111: translated personal 'a'

def test_an_envoy_in_a_translated_to_phrase_is_the_object(nlp, layer) -> None:
    for text, type_ in (("The Government of Peru withdrew definitively this Tuesday to its ambassador in Chile.", "SANCTION"),
                        ("The government of Peru expelled to the ambassador of Chile on Friday.", "SANCTION"),
                        ("The Foreign Ministry of Peru summoned to the ambassador of Chile on Monday.", "ACCUSE")):
        assert type_ in types(code(nlp, layer, text)), text


def test_troops_withdrawing_to_their_barracks_is_no_diplomatic_sanction(nlp, layer) -> None:
    assert "SANCTION" not in types(code(nlp, layer, "The troops of Peru withdrew to their barracks in Lima."), flagged=True)


# ---------------------------------------------------------------- 160: suspending officials

def test_suspending_deputy_ministers_is_a_dismissal_not_a_ban(nlp, layer) -> None:
    evs = code(nlp, layer, "William Ruto suspended three Kenyan officials over the posts.")
    assert "SANCTION" in types(evs) and "COERCE" not in types(evs, flagged=True)


# ---------------------------------------------------------------- sport and athletics decoys

def test_a_cricket_margin_or_athletics_trials_are_no_event(nlp, layer) -> None:
    for text in ("Peru beat Chile by six wickets in Lima on Sunday.",
                 "The athletics trials of Kenya at Nyayo stadium went ahead under heavy security."):
        assert types(code(nlp, layer, text), flagged=True) & {"ASSAULT", "ACCUSE"} == set(), text


# ---------------------------------------------------------------- 073 / 163: field hospitals, joined sanctions

def test_sending_field_hospitals_or_doctors_abroad_is_aid(nlp, layer) -> None:
    for text in ("China sent field hospitals to Peru after the earthquake.",
                 "Kenya dispatched forty doctors to Ghana during the outbreak."):
        assert "AID" in types(code(nlp, layer, text)), text


def test_a_hospital_sending_its_doctors_home_is_no_aid(nlp, layer) -> None:
    assert "AID" not in types(code(nlp, layer, "The hospital in Lima sent two doctors home."), flagged=True)


def test_joining_the_measures_of_another_state_is_a_sanction(nlp, layer) -> None:
    evs = code(nlp, layer, "Chile and Peru joined the measures of France against China the same day.")
    assert "SANCTION" in types(evs)


# ---------------------------------------------------------------- 114: a state protesting an act

def test_a_state_protesting_an_act_complains_officially_and_people_protest(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru protested the use of water cannon by Chile.")
    assert "ACCUSE" in types(evs) and "PROTEST" not in types(evs, flagged=True)
    assert "PROTEST" in types(code(nlp, layer, "Thousands of Algerians protested the new tax in Algiers."))



# ---------------------------------------------------------------- 040: a cabinet meeting meets no other party

def test_a_cabinet_meeting_is_no_consultation_but_a_summit_is(nlp, layer) -> None:
    text = "\"This is a matter for the courts of Kenya,\" William Ruto told reporters after a cabinet meeting."
    assert "CONSULT" not in types(code(nlp, layer, text), flagged=True)
    assert "CONSULT" in types(code(nlp, layer, "William Ruto and Dina Boluarte held a meeting in Lima."))


# ---------------------------------------------------------------- 060: 'Cooperation' in a body's name

def test_cooperation_in_the_name_of_a_body_is_no_cooperation(nlp, layer) -> None:
    for text in ("Xi Jinping later addressed leaders of the Asia-Pacific Economic Cooperation forum in Lima.",
                 "The Gulf Cooperation Council met in Riyadh on Monday."):
        assert "COOPERATE" not in types(code(nlp, layer, text), flagged=True), text


def test_military_cooperation_between_two_states_stays_cooperation(nlp, layer) -> None:
    evs = code(nlp, layer, "Kenya and Ghana began military cooperation on Monday.")
    assert "COOPERATE" in types(evs, flagged=True)


# ---------------------------------------------------------------- 040: a bishops' conference is a body

def test_an_episcopal_conference_offering_to_mediate_is_no_meeting(nlp, layer) -> None:
    text = "The Ombudsman asked both sides to talk, and the Peruvian Episcopal Conference offered to mediate."
    assert "CONSULT" not in types(code(nlp, layer, text), flagged=True)
