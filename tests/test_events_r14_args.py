"""Events layer, ninth session (events-args9): arguments by class of construction, from the actor
errors on fresh tuning text. Each class has its own sentences (written for these tests) and a decoy
the rule must leave alone.

Actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events, event_tuples

KNOWN = {
    "Ukraine": ("UKR", "UKR", "state"), "Volodymyr Zelensky": ("Volodymyr Zelensky", "UKR", "person"),
    "Emmanuel Macron": ("Emmanuel Macron", "FRA", "person"), "Olaf Scholz": ("Olaf Scholz", "DEU", "person"),
    "Francois Bayrou": ("Francois Bayrou", "FRA", "person"), "Tayyip Erdogan": ("Tayyip Erdogan", "TUR", "person"),
    "Vladimir Putin": ("Vladimir Putin", "RUS", "person"), "Russia": ("RUS", "RUS", "state"),
    "Russian": ("RUS", "RUS", "state"), "Kremlin": ("RUS", "RUS", "state"), "Dnipro": ("UKR", "UKR", "state"),
    "William Ruto": ("William Ruto", "KEN", "person"), "Kenya": ("KEN", "KEN", "state"),
    "Ghana": ("GHA", "GHA", "state"), "Ghanaian": ("GHA", "GHA", "state"), "African Union": ("African Union", None, "igo"),
    "International Monetary Fund": ("International Monetary Fund", None, "igo"),
    "Iran": ("IRN", "IRN", "state"), "Syria": ("SYR", "SYR", "state"), "United States": ("USA", "USA", "state"),
    "Militants": ("militants", "SYR", "group"), "Mali": ("MLI", "MLI", "state"), "Malian": ("MLI", "MLI", "state"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> set[tuple]:
    return event_tuples(code_events(nlp, layer, text, KNOWN, "2024-06-12", article_id="r14a"))


# ---------------------------------------------------------------- a call with several others is bilateral

@pytest.mark.parametrize("text", [
    "Volodymyr Zelensky spoke with Emmanuel Macron and Olaf Scholz on Sunday.",
    "Volodymyr Zelensky telephoned Emmanuel Macron and Olaf Scholz after the strike.",
])
def test_a_call_with_two_leaders_is_two_bilateral_consultations(nlp, layer, text) -> None:
    consult = {t for t in code(nlp, layer, text) if t[0] == "CONSULT"}
    assert consult == {("CONSULT", ("UKR",), ("FRA",), False, False), ("CONSULT", ("UKR",), ("DEU",), False, False)}


def test_a_meeting_with_two_leaders_stays_one_consultation(nlp, layer) -> None:
    consult = {t for t in code(nlp, layer, "Tayyip Erdogan met with Volodymyr Zelensky and Vladimir Putin in Istanbul.")
               if t[0] == "CONSULT"}
    assert consult == {("CONSULT", ("TUR",), ("RUS", "UKR"), False, False)}


def test_a_call_with_one_of_the_callers_own_side_is_not_split(nlp, layer) -> None:
    consult = {t for t in code(nlp, layer, "Emmanuel Macron spoke with Francois Bayrou and Olaf Scholz on Monday.")
               if t[0] == "CONSULT"}
    assert len(consult) == 1


# ---------------------------------------------------------------- welcoming an outcome names none of its parties

@pytest.mark.parametrize("second", [
    "The African Union welcomed the outcome.",
    "The International Monetary Fund welcomed the decision.",
    "The African Union praised the peaceful vote.",
])
def test_welcoming_an_outcome_is_aimed_at_no_one(nlp, layer, second) -> None:
    text = "William Ruto of Kenya conceded defeat on Friday after the count. " + second
    support = [t for t in code(nlp, layer, text) if t[0] == "SUPPORT"]
    assert support and all(t[2] == () for t in support)


def test_condemning_an_act_referred_back_still_judges_its_doer(nlp, layer) -> None:
    text = "Russian missiles hit an apartment block in Dnipro on Saturday. The African Union condemned the attack."
    accuse = [t for t in code(nlp, layer, text) if t[0] == "ACCUSE"]
    assert accuse and all(t[2] == ("RUS",) for t in accuse)


# ---------------------------------------------------------------- a denied part in an attack is a negated ASSAULT

@pytest.mark.parametrize("second", [
    "Iran denied any role in the attack.",
    "Iran denied any involvement.",
])
def test_denying_a_role_in_an_attack_is_a_negated_assault(nlp, layer, second) -> None:
    text = "Militants fired rockets at a base of the United States in Syria on Monday, wounding two soldiers. " + second
    assert ("ASSAULT", ("IRN",), ("USA",), True, False) in code(nlp, layer, text)


def test_denying_targeting_no_named_actor_is_a_negated_assault_on_the_attacked(nlp, layer) -> None:
    text = "Russian missiles hit an apartment block in Dnipro on Saturday. The Kremlin denied targeting residential buildings."
    assert ("ASSAULT", ("RUS",), ("UKR",), True, False) in code(nlp, layer, text)


def test_denying_a_role_in_something_that_is_no_attack_gives_no_assault(nlp, layer) -> None:
    text = ("Militants fired rockets at a base of the United States in Syria on Monday. "
            "Iran denied any role in the decision to close the embassy.")
    assert not [t for t in code(nlp, layer, text) if t[0] == "ASSAULT" and t[3]]


def test_a_denial_with_no_attack_before_it_gives_no_assault(nlp, layer) -> None:
    text = "Mali expelled the ambassador of Ghana on Monday. Ghana denied any involvement."
    assert not [t for t in code(nlp, layer, text) if t[0] == "ASSAULT"]


# ---------------------------------------------------------------- an appeal to a vague group names no recipient

UKRAINE_STORY = ("Ukraine said Russian drones hit Dnipro overnight. Volodymyr Zelensky said Ukraine needed more air "
                 "defences, and Ukraine asked for help. Officials in Ukraine said the strikes would go on. ")


@pytest.mark.parametrize("second", [
    "Olaf Scholz urged Western allies to do more.",
    "Olaf Scholz called on world leaders to act.",
])
def test_an_appeal_to_a_vague_group_is_aimed_at_no_one(nlp, layer, second) -> None:
    request = [t for t in code(nlp, layer, UKRAINE_STORY + second) if t[0] == "REQUEST" and t[1] == ("DEU",)]
    assert request and all(t[2] == () for t in request)


def test_an_appeal_to_no_one_named_is_still_a_reaction_to_the_story(nlp, layer) -> None:
    # decoy: an appeal naming no addressee at all stays aimed at the story's country
    request = [t for t in code(nlp, layer, UKRAINE_STORY + "Olaf Scholz demanded an investigation.")
               if t[0] == "REQUEST" and t[1] == ("DEU",)]
    assert request and all(t[2] == ("UKR",) for t in request)


# ---------------------------------------------------------------- "A did X to B and C did Y": C's own act

def test_a_subject_the_parser_joined_to_the_object_before_is_the_next_verbs(nlp, layer) -> None:
    # the parser reads "barrels of diesel and Ghana" as one object and leaves 'promised' with no subject
    tuples = code(nlp, layer, "Mali shipped three tankers with 300,000 barrels of diesel and Ghana promised to send more fuel next week.")
    agree = [t for t in tuples if t[0] == "AGREE"]
    assert agree and all(t[1] == ("GHA",) for t in agree)


def test_a_conjoined_verb_with_no_subject_of_its_own_shares_the_first(nlp, layer) -> None:
    # decoy: no noun before the second verb; the first clause's subject does both
    tuples = code(nlp, layer, "Mali sent troops to Ghana on Monday and promised more aid to Kenya.")
    agree = [t for t in tuples if t[0] == "AGREE"]
    assert agree and all(t[1] == ("MLI",) for t in agree)
