"""Events layer, pattern data round r12: trigger families that had no candidate (the verb's rule
asked for another object or preposition, or the word had no rule), each with decoys in a
non-political sense that must give no event of that type.

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_types as types

KNOWN = {
    "Ukraine": ("UKR", "UKR", "state"), "Volodymyr Zelenskiy": ("Volodymyr Zelenskiy", "UKR", "person"),
    "Oleksiy Reznikov": ("Oleksiy Reznikov", "UKR", "person"), "Kenya": ("KEN", "KEN", "state"),
    "William Ruto": ("William Ruto", "KEN", "person"), "Abiy Ahmed": ("Abiy Ahmed", "ETH", "person"),
    "Serbian troops": ("SRB-troops", "SRB", "state"), "Kosovo": ("XKX", "XKX", "state"),
    "Russian tanks": ("RUS-tanks", "RUS", "state"), "Georgians": ("GEO-people", "GEO", "population"),
    "Georgia": ("GEO", "GEO", "state"), "Slovak police": ("SVK-police", "SVK", "state"),
    "Hong Kong": ("HKG", "HKG", "state"), "Japanese": ("JPN", "JPN", "state"), "Japan": ("JPN", "JPN", "state"),
    "Umaro Embalo": ("Umaro Embalo", "GNB", "person"), "Guinea-Bissau": ("GNB", "GNB", "state"),
    "The State Department": ("USA-state-dept", "USA", "state"), "Lithuania": ("LTU", "LTU", "state"),
    "Poland": ("POL", "POL", "state"), "Mustafa al-Kadhimi": ("Mustafa al-Kadhimi", "IRQ", "person"),
    "Finland": ("FIN", "FIN", "state"), "NATO": ("NATO", None, "igo"), "Taliban": ("Taliban", "AFG", "group"),
    "Argentina": ("ARG", "ARG", "state"), "Chile": ("CHL", "CHL", "state"), "Taiwan": ("TWN", "TWN", "state"),
    "Kenyan police": ("KEN-police", "KEN", "state"), "Haitian police": ("HTI-police", "HTI", "state"),
    "Senegal's Constitutional Council": ("SEN-council", "SEN", "state"), "China": ("CHN", "CHN", "state"),
    "Philippine": ("PHL", "PHL", "state"), "South Korea's opposition": ("KOR-opposition", "KOR", "party"),
    "Yoon Suk Yeol": ("Yoon Suk Yeol", "KOR", "person"), "Bolivia": ("BOL", "BOL", "state"),
    "Ethiopia": ("ETH", "ETH", "state"), "Djibouti": ("DJI", "DJI", "state"), "Algeria": ("ALG", "DZA", "state"),
    "France": ("FRA", "FRA", "state"), "Niger": ("NER", "NER", "state"), "Brazil": ("BRA", "BRA", "state"),
    "Caracas": ("VEN", "VEN", "state"), "Benjamin Netanyahu": ("Benjamin Netanyahu", "ISR", "person"),
    "Yoav Gallant": ("Yoav Gallant", "ISR", "person"), "Xiomara Castro": ("Xiomara Castro", "HND", "person"),
    "Nayib Bukele": ("Nayib Bukele", "SLV", "person"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-05-14", article_id="r12")


def of_type(events: list, type_: str) -> list:
    return [e for e in events if e.type == type_]


# ---------------------------------------------------------------- 160: removed AS chief / minister

def test_removing_someone_as_minister_is_a_dismissal(nlp, layer) -> None:
    evs = of_type(code(nlp, layer, "Volodymyr Zelenskiy dismissed Oleksiy Reznikov as defence minister on Sunday."), "SANCTION")
    assert evs and {t.id for e in evs for t in e.targets} == {"Oleksiy Reznikov"}


def test_removing_things_as_chief_is_no_dismissal(nlp, layer) -> None:
    # the rule's own verbs (remove, relieve) with "as <post>", but what is removed is no person
    text = "Oleksiy Reznikov removed the old uniforms as army chief of Ukraine in 2020."
    assert "SANCTION" not in types(code(nlp, layer, text), flagged=True)
    text = "Oleksiy Reznikov relieved the pressure on the budget as army chief of Ukraine in 2020."
    assert "SANCTION" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 041: telephoning anyone

def test_telephoning_a_name_the_tagger_may_not_know_is_a_call(nlp, layer) -> None:
    evs = of_type(code(nlp, layer, "William Ruto telephoned Abiy Ahmed on Saturday."), "CONSULT")
    assert evs and {t.id for e in evs for t in e.targets} == {"Abiy Ahmed"}


def test_telephoning_a_number_is_no_call(nlp, layer) -> None:
    text = "William Ruto telephoned the hotline number twice on Monday."
    assert "CONSULT" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 154 / 141: massing and gathering

def test_troops_or_tanks_massing_near_a_border_mobilize(nlp, layer) -> None:
    for text in ("Serbian troops massed near the boundary with Kosovo last week.",
                 "Russian tanks gathered along the border with Georgia."):
        assert "MOBILIZE" in types(code(nlp, layer, text)), text


def test_a_crowd_gathering_outside_parliament_protests(nlp, layer) -> None:
    text = "About 2,000 Georgians gathered outside the parliament in Tbilisi on Friday."
    assert "PROTEST" in types(code(nlp, layer, text))


def test_fans_gathering_outside_a_stadium_do_not_protest(nlp, layer) -> None:
    text = "Georgians gathered outside the stadium before the match against Kosovo."
    assert "PROTEST" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 153: security stepped up

def test_police_stepping_up_or_tightening_security_mobilize(nlp, layer) -> None:
    for text in ("Slovak police stepped up protection for other politicians after the attack.",
                 "Slovak police tightened security at polling stations on Saturday."):
        evs = code(nlp, layer, text)
        assert "MOBILIZE" in types(evs), text
        assert "ASSAULT" not in types(evs, flagged=True), text  # "after the attack" is no act of theirs


def test_stepping_up_efforts_is_no_mobilization(nlp, layer) -> None:
    text = "Slovak police stepped up efforts to find the missing hikers."
    assert "MOBILIZE" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 163: barring a country's goods

def test_barring_seafood_from_a_country_is_an_embargo(nlp, layer) -> None:
    evs = of_type(code(nlp, layer, "Hong Kong barred seafood from ten Japanese prefectures on Thursday."), "SANCTION")
    assert evs and {t.country for e in evs for t in e.targets} == {"JPN"}


def test_banning_phones_from_classrooms_is_no_sanction(nlp, layer) -> None:
    text = "Schools in Hong Kong banned phones from classrooms on Monday."
    assert "SANCTION" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 051: standing with a party

def test_standing_with_or_by_a_state_is_support(nlp, layer) -> None:
    evs = of_type(code(nlp, layer, "The State Department said it stood firmly with Lithuania."), "SUPPORT")
    assert evs and {t.country for e in evs for t in e.targets} == {"LTU"}


def test_standing_by_a_decision_is_no_support(nlp, layer) -> None:
    text = "Poland stood by its decision to keep the crossing open."
    assert "SUPPORT" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- resigning: leaving one's post

def test_quitting_or_leaving_a_post_is_a_resignation(nlp, layer) -> None:
    for text in ("Mustafa al-Kadhimi quit his post on Friday.", "Mustafa al-Kadhimi left his post after the vote."):
        assert "RETREAT" in types(code(nlp, layer, text)), text


def test_leaving_home_is_no_resignation(nlp, layer) -> None:
    text = "Mustafa al-Kadhimi left his home in Baghdad early on Friday."
    assert "RETREAT" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 050: a state joining an alliance

def test_a_state_joining_an_alliance_is_support(nlp, layer) -> None:
    evs = of_type(code(nlp, layer, "Finland joined NATO in April."), "SUPPORT")
    assert evs and {t.id for e in evs for t in e.targets} == {"NATO"}


def test_joining_forces_is_no_accession(nlp, layer) -> None:
    text = "Finland joined forces with Lithuania to fight smuggling."
    assert "SUPPORT" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 051: 'celebrar' (to welcome)

def test_celebrating_another_states_decision_is_support(nlp, layer) -> None:
    evs = of_type(code(nlp, layer, "Argentina celebrated the decision of Chile to reopen the border."), "SUPPORT")
    assert evs and {t.country for e in evs for t in e.targets} == {"CHL"}


def test_celebrating_a_victory_or_an_anniversary_is_nothing(nlp, layer) -> None:
    for text in ("Argentina celebrated the victory in the final against Chile.",
                 "Chile celebrated the anniversary of its independence."):
        assert "SUPPORT" not in types(code(nlp, layer, text), flagged=True), text


# ---------------------------------------------------------------- 061: investing in another state

def test_a_state_investing_in_another_cooperates(nlp, layer) -> None:
    evs = code(nlp, layer, "Taiwan will invest 200 million dollars in Lithuania.")
    assert "AGREE" in types(evs) or "COOPERATE" in types(evs)


def test_investing_in_roads_is_no_cooperation(nlp, layer) -> None:
    evs = code(nlp, layer, "Kenya will invest two billion dollars in roads.")
    assert not ({"AGREE", "COOPERATE"} & types(evs, flagged=True))


# ---------------------------------------------------------------- 127: annulling a law

def test_a_court_annulling_a_law_rejects_it(nlp, layer) -> None:
    text = "Senegal's Constitutional Council annulled the law that postponed the presidential election."
    assert "REJECT" in types(code(nlp, layer, text))


# ---------------------------------------------------------------- 17x: vessels expelled

def test_a_coast_guard_expelling_vessels_coerces(nlp, layer) -> None:
    evs = of_type(code(nlp, layer, "The coast guard of China expelled the Philippine vessels from the shoal."), "COERCE")
    assert evs and {t.country for e in evs for t in e.targets} == {"PHL"}


# ---------------------------------------------------------------- 112: impeachment is a charge

def test_an_impeachment_motion_is_an_accusation(nlp, layer) -> None:
    evs = code(nlp, layer, "South Korea's opposition filed an impeachment motion against Yoon Suk Yeol.")
    assert "ACCUSE" in types(evs)
    assert "SANCTION" not in types(evs, flagged=True)


# ---------------------------------------------------------------- 061: energy sold or delivered to a state

def test_a_state_selling_or_delivering_energy_to_another_cooperates(nlp, layer) -> None:
    for text in ("Ethiopia already sells electricity to Djibouti and Kenya.",
                 "Algeria continued to deliver gas to France during the dispute."):
        assert "COOPERATE" in types(code(nlp, layer, text)), text


def test_a_utility_selling_power_to_households_is_no_cooperation(nlp, layer) -> None:
    text = "The utility of Ethiopia sells power to households at a loss."
    assert "COOPERATE" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 141: flags waved, slogans chanted

def test_supporters_waving_flags_or_activists_chanting_demonstrate(nlp, layer) -> None:
    for text in ("Hundreds of supporters of China waved flags outside the hotel of Xiomara Castro.",
                 "Activists from Algeria chanted slogans outside the embassy of France."):
        assert "PROTEST" in types(code(nlp, layer, text)), text


def test_fans_waving_flags_at_a_match_do_not_protest(nlp, layer) -> None:
    text = "Fans of Brazil waved flags in the stadium during the final."
    assert "PROTEST" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 173: 'secuestrar' translated

def test_a_president_sequestered_in_his_residence_is_held(nlp, layer) -> None:
    text = "The junta of Niger sequestered the president in his residence after the coup."
    assert "COERCE" in types(code(nlp, layer, text), flagged=True)


def test_sequestering_carbon_is_nothing(nlp, layer) -> None:
    text = "The forests of Brazil sequester carbon from the air."
    assert "COERCE" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 051: congratulations

def test_congratulations_are_support(nlp, layer) -> None:
    evs = code(nlp, layer, "Xiomara Castro sent her congratulations to Nayib Bukele on his victory.")
    assert "SUPPORT" in types(evs)


# ---------------------------------------------------------------- 190: a coup (seizing power)

def test_an_army_seizing_power_is_force(nlp, layer) -> None:
    text = "The army of Niger seized power in a coup on Wednesday."
    assert "ASSAULT" in types(code(nlp, layer, text), flagged=True)


def test_seizing_a_power_station_is_no_coup(nlp, layer) -> None:
    # the rule's own verb with "power" as a modifier of another object: no seizure of power
    text = "The army of Niger seized the power station outside the capital on Wednesday."
    assert "ASSAULT" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- 050: embassies reopened

def test_reopening_an_embassy_is_like_opening_one(nlp, layer) -> None:
    assert "SUPPORT" in types(code(nlp, layer, "Brazil reopened its embassy in Caracas on Monday."))


# ---------------------------------------------------------------- 160: firing a named official

def test_firing_a_named_minister_is_a_dismissal(nlp, layer) -> None:
    evs = of_type(code(nlp, layer, "Benjamin Netanyahu fired Yoav Gallant on Sunday."), "SANCTION")
    assert evs and {t.id for e in evs for t in e.targets} == {"Yoav Gallant"}


def test_security_checks_stepped_up_stay_a_restriction(nlp, layer) -> None:
    evs = code(nlp, layer, "Slovak police stepped up security checks along the border.")
    assert "MOBILIZE" not in types(evs, flagged=True)


def test_ramming_a_boat_is_force_ramming_a_bill_through_is_not(nlp, layer) -> None:
    assert "ASSAULT" in types(code(nlp, layer, "Ships of China rammed a Philippine supply boat near the shoal."))
    assert "ASSAULT" not in types(code(nlp, layer, "The government of Kenya rammed the bill through parliament."), flagged=True)
