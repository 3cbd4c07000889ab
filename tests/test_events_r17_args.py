"""Events layer, twelfth session (ev_args): arguments by class of construction, from the actor
errors of the tuning sets (dev22, dev27, dev37, dev47, dev52). Each class has its own sentences
(written for these tests) and a decoy the rule must leave alone.

Actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._events.discourse import load_discourse_rules, parse_discourse_rules
from dateline._pipeline import Settings
from dateline._errors import DataFileError
from _events_helpers import code_events, event_tuples


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


KNOWN = {
    "Bhutan": ("BTN", "BTN", "state"), "Bhutanese": ("BTN", "BTN", "state"), "Nepal": ("NPL", "NPL", "state"),
    "Prime Minister Adrian Vell": ("BTN-pm", "BTN", "person"), "Vell": ("BTN-pm", "BTN", "person"),
    "The opposition leader Dorji Wang": ("BTN-opp", "BTN", "person"),
    "Norway": ("NOR", "NOR", "state"), "The United Nations": ("United Nations", None, "igo"),
}
# a story about one country (Bhutan): its home country
BHUTAN = ("Bhutan's parliament voted on Monday to censure the cabinet. Unions in Bhutan called a strike, "
          "and Bhutan's central bank said the currency of Bhutan had fallen. Bhutan's courts were shut. ")


def _found(nlp, layer, sentence: str, aid: str) -> set[tuple]:
    return event_tuples(code_events(nlp, layer, BHUTAN + sentence, KNOWN, "2025-03-12", article_id=aid))


# ---------------------------------------------------------------- a home actor's appeal for calm is domestic

@pytest.mark.parametrize("sentence", [
    "Prime Minister Adrian Vell called for calm on Tuesday.",
    "Prime Minister Adrian Vell appealed for calm after the clashes.",
    "The opposition leader Dorji Wang urged his supporters to stay calm.",
])
def test_a_home_actors_appeal_for_calm_targets_the_home_state(nlp, layer, sentence) -> None:
    # the gold of dev16 on: "the president called for calm" is REQUEST home -> home
    assert ("REQUEST", ("BTN",), ("BTN",), False, False) in _found(nlp, layer, sentence, "r17a")


def test_a_foreign_appeal_for_calm_stays_a_call_to_no_one(nlp, layer) -> None:
    # from abroad, restraint alone names no recipient (reaction.skip_objects): not domestic
    found = _found(nlp, layer, "Norway urged restraint on Tuesday.", "r17b")
    assert ("REQUEST", ("NOR",), (), False, False) in found


def test_a_home_actors_call_for_restraint_is_not_domestic(nlp, layer) -> None:
    # restraint is asked of a side in a fight ("called for restraint" after a neighbour's
    # strikes), not of the own country (discourse.yaml calm_words leaves it out)
    found = _found(nlp, layer, "Prime Minister Adrian Vell appealed for restraint after the clashes.", "r17a2")
    assert not any(t[0] == "REQUEST" and t[2] == ("BTN",) for t in found)


def test_a_home_appeal_for_calm_after_a_foreign_attack_is_not_domestic(nlp, layer) -> None:
    # after Nepal's shelling of Bhutan the appeal answers the attack: not home -> home
    text = ("Nepal shelled three Bhutanese villages on Monday, Bhutan's army said. "
            "Prime Minister Adrian Vell called for calm on Tuesday.")
    found = _found(nlp, layer, text, "r17a3")
    assert not any(t[0] == "REQUEST" and t[2] == ("BTN",) for t in found)


def test_a_home_actors_call_for_a_strike_is_not_an_appeal_for_calm(nlp, layer) -> None:
    # a call on the public to act (a strike, a boycott) keeps no target
    found = _found(nlp, layer, "The opposition leader Dorji Wang called for a general strike on Friday.", "r17c")
    assert not any(t[0] == "REQUEST" and t[2] == ("BTN",) for t in found)


# ---------------------------------------------------------------- "all (the) parties" of the home crisis

@pytest.mark.parametrize("sentence", [
    "Norway urged all parties to show restraint.",
    "Norway called on all the parties to the maximum restraint.",
    "The United Nations urged all sides to exercise restraint.",
])
def test_an_appeal_to_all_parties_targets_the_home_state(nlp, layer, sentence) -> None:
    found = _found(nlp, layer, sentence, "r17d")
    assert any(t[0] == "REQUEST" and t[2] == ("BTN",) for t in found)


def test_an_appeal_to_all_parties_in_a_story_of_two_states_gets_no_home(nlp, layer) -> None:
    # no home country (Bhutan and Nepal both named as much): the reaction rule does not fire
    text = ("Bhutan and Nepal traded accusations on Monday. Nepal said Bhutan had shelled Nepal, "
            "and Bhutan said Nepal lied. Norway urged all parties to show restraint.")
    found = event_tuples(code_events(nlp, layer, text, KNOWN, "2025-03-12", article_id="r17e"))
    assert not any(t[0] == "REQUEST" and t[2] in (("BTN",), ("NPL",)) for t in found)


def test_the_appeal_words_are_read_and_checked() -> None:
    rules = load_discourse_rules()
    assert "REQUEST" in rules.calm_types and "calm" in rules.calm_words
    assert "all" in rules.all_party_quantifiers and "party" in rules.all_party_nouns
    with pytest.raises(DataFileError):
        parse_discourse_rules({"discourse": {"domestic": {"calm_types": ["PLEAD"]}}}, types=["REQUEST"])


# ---------------------------------------------------------------- a welcomed arrest, ruling or signing names no one

@pytest.mark.parametrize("sentence", [
    "Bhutanese police arrested the former minister on Monday. Norway welcomed the arrest as a step toward justice.",
    "A court in Bhutan ruled on Monday that the election was valid. Norway welcomed the ruling.",
    "Bhutan and Nepal signed a water treaty on Monday. Norway welcomed the signing.",
])
def test_support_for_an_arrest_a_ruling_or_a_signing_has_no_target(nlp, layer, sentence) -> None:
    # the outcome is welcomed, not its doer nor the home country (gold of dev12-dev48: [])
    found = _found(nlp, layer, sentence, "r17f")
    assert ("SUPPORT", ("NOR",), (), False, False) in found


def test_support_for_a_move_still_names_its_doer(nlp, layer) -> None:
    # "a step welcomed is its doer's": not an outcome noun
    found = _found(nlp, layer, "Bhutan lifted the curfew on Monday. Norway welcomed the move.", "r17g")
    assert any(t[0] == "SUPPORT" and t[1] == ("NOR",) and t[2] == ("BTN",) for t in found)


# ---------------------------------------------------------------- a closed border post is aimed at no one

@pytest.mark.parametrize("sentence", [
    "Bhutan closed the border post of Phuntsholing on Tuesday after trucks were burned.",
    "Bhutanese police closed the main border crossing point on Tuesday.",
])
def test_closing_a_border_post_names_no_one(nlp, layer, sentence) -> None:
    # like "closed the border": a closure of the own frontier is no act on its own people
    found = _found(nlp, layer, sentence, "r17h")
    assert any(t[0] == "COERCE" and t[1] == ("BTN",) and t[2] == () for t in found)


@pytest.mark.parametrize("sentence", [
    "Bhutanese troops blockaded the border town of Samtse on Tuesday.",
    "Bhutanese police sealed off the border area on Tuesday.",
])
def test_blockading_a_border_town_is_still_domestic_control(nlp, layer, sentence) -> None:
    # a town or an area by the border is where people live, no frontier facility
    found = _found(nlp, layer, sentence, "r17h2")
    assert any(t[0] == "COERCE" and t[1] == ("BTN",) and t[2] == ("BTN",) for t in found)


def test_frontier_facilities_are_read() -> None:
    rules = load_discourse_rules()
    assert "post" in rules.frontier_facilities and "town" not in rules.frontier_facilities
    assert "area" not in rules.frontier_facilities


def test_closing_the_schools_is_still_domestic_control(nlp, layer) -> None:
    # a closure of something that is no frontier keeps the home target
    found = _found(nlp, layer, "Bhutanese police closed the schools in the capital on Tuesday.", "r17i")
    assert not any(t[0] == "COERCE" and t[1] == ("BTN",) and t[2] == () for t in found)


# ---------------------------------------------------------------- a rejected accusation is aimed at the accuser

def _story(nlp, layer, text: str, aid: str) -> set[tuple]:
    return event_tuples(code_events(nlp, layer, text, KNOWN, "2025-03-12", article_id=aid))


@pytest.mark.parametrize("text", [
    "Nepal expelled two Bhutanese diplomats on Monday over a plot against its army. "
    "Bhutan rejected the accusations as baseless.",
    "Nepal accused Bhutan on Monday of arming the rebels. Bhutan dismissed the allegations.",
])
def test_a_rejected_accusation_targets_the_accuser(nlp, layer, text) -> None:
    assert ("REJECT", ("BTN",), ("NPL",), False, False) in _story(nlp, layer, text, "r17j")


def test_a_rejected_accusation_targets_the_accuser_not_a_later_warner(nlp, layer) -> None:
    # the accusation is Nepal's; Norway's later warning is another act (first the noun's type)
    text = ("Nepal accused Bhutan on Monday of shelling border villages. Norway warned Bhutan on Tuesday "
            "against joining the pact. Bhutan rejected the accusations.")
    found = _story(nlp, layer, text, "r17j2")
    assert ("REJECT", ("BTN",), ("NPL",), False, False) in found
    assert not any(t[0] == "REJECT" and t[2] == ("NOR",) for t in found)


def test_a_rejected_accusation_after_a_friendly_act_names_no_giver(nlp, layer) -> None:
    # only a conflict event (quad class 3-4) aimed at the rejecter is an accusation to rebut:
    # Norway's loan is none
    text = "Norway gave Bhutan a loan of 40 million dollars on Monday. Bhutan rejected the accusations as baseless."
    assert not any(t[0] == "REJECT" and t[2] == ("NOR",) for t in _story(nlp, layer, text, "r17k"))


# ---------------------------------------------------------------- a home refusal of talks is domestic

@pytest.mark.parametrize("sentence", [
    "Prime Minister Adrian Vell rejected any negotiations with the strikers.",
    "The opposition leader Dorji Wang rejected any dialogue while the decree stands.",
])
def test_a_home_actors_refusal_of_talks_targets_the_home_state(nlp, layer, sentence) -> None:
    assert ("REJECT", ("BTN",), ("BTN",), False, False) in _found(nlp, layer, sentence, "r17l")


@pytest.mark.parametrize("sentence", [
    "Prime Minister Adrian Vell rejected any mediation.",
    "Prime Minister Adrian Vell rejected any foreign mediation in the dispute.",
])
def test_a_home_refusal_of_mediation_gets_no_domestic_target(nlp, layer, sentence) -> None:
    # a mediation is a third party's offer, no act on the own people (domestic.skip_talks)
    found = _found(nlp, layer, sentence, "r17m")
    assert not any(t[0] == "REJECT" and t[2] == ("BTN",) for t in found)


def test_a_home_refusal_of_talks_under_fire_gets_no_domestic_target(nlp, layer) -> None:
    # after Nepal's shelling of Bhutan the refusal answers the attacker: not home -> home
    text = ("Nepal shelled three Bhutanese villages on Monday, Bhutan's army said. "
            "Prime Minister Adrian Vell rejected any negotiations under fire.")
    found = _found(nlp, layer, text, "r17m2")
    assert not any(t[0] == "REJECT" and t[2] == ("BTN",) for t in found)


# ---------------------------------------------------------------- a demanded release is asked of the holder

@pytest.mark.parametrize("text", [
    "Nepalese police arrested three Norwegian sailors on Monday. Norway demanded the release of the sailors.",
    "Nepal freed 40 Norwegian sailors on Monday. Norway welcomed the move but demanded the freedom of the other ten.",
])
def test_a_demanded_release_targets_the_holder(nlp, layer, text) -> None:
    known = {**KNOWN, "Norwegian": ("NOR", "NOR", "state"), "Nepalese police": ("NPL", "NPL", "state")}
    found = event_tuples(code_events(nlp, layer, text, known, "2025-03-12", article_id="r17n"))
    assert ("REQUEST", ("NOR",), ("NPL",), False, False) in found


_HOLDERS = {**KNOWN, "Norwegian": ("NOR", "NOR", "state"), "Nepalese police": ("NPL", "NPL", "state"),
            "Bhutanese police": ("BTN", "BTN", "state")}


@pytest.mark.parametrize("text", [
    # the ship was Nepal's seizure; Bhutan's later arrests hold no ship
    "Nepal seized a Norwegian cargo ship on Monday. Bhutanese police arrested dozens of protesters on Tuesday. "
    "Norway demanded the release of the ship.",
    # a curfew holds no one
    "Nepal seized a Norwegian tanker on Friday. Bhutan imposed a curfew in the capital on Saturday. "
    "Norway demanded the release of the tanker.",
])
def test_a_demanded_release_targets_the_holder_of_those_named(nlp, layer, text) -> None:
    found = event_tuples(code_events(nlp, layer, text, _HOLDERS, "2025-03-12", article_id="r17n2"))
    assert ("REQUEST", ("NOR",), ("NPL",), False, False) in found
    assert not any(t[0] == "REQUEST" and t[2] == ("BTN",) for t in found)


@pytest.mark.parametrize("text", [
    # a report is released by its author, not by a holder
    "Nepal seized a Norwegian cargo ship on Monday. Norway demanded the release of the intelligence report.",
    # "freedom for the press" asks for no one's release
    "Nepalese police arrested three Norwegian sailors on Monday. Norway demanded greater freedom for the press.",
    # two holders, neither holding the engineers named: no guess
    "Nepalese police arrested three Norwegian sailors on Monday. Bhutanese police arrested two Norwegian "
    "students on Tuesday. Norway demanded the release of the engineers.",
])
def test_a_demanded_release_of_no_one_held_names_no_holder(nlp, layer, text) -> None:
    found = event_tuples(code_events(nlp, layer, text, _HOLDERS, "2025-03-12", article_id="r17n3"))
    assert not any(t[0] == "REQUEST" and t[1] == ("NOR",) and t[2] in (("NPL",), ("BTN",)) for t in found)


def test_the_release_and_rebuttal_words_are_read_and_checked() -> None:
    rules = load_discourse_rules()
    assert dict(rules.rebutted_nouns)["warning"] == "THREATEN" and dict(rules.held_nouns)["hostage"] == "abduct"
    assert "freedom" in rules.release_person_only and "report" in rules.release_things
    with pytest.raises(DataFileError):
        parse_discourse_rules({"discourse": {"acts": {"rebutted_nouns": {"warning": "WARN"}}}}, types=["THREATEN"])


def test_a_demanded_release_after_an_agentless_detention_names_no_placeholder(nlp, layer) -> None:
    # "was detained" names no holder: the demand keeps no target rather than a made-up one
    text = "A Norwegian engineer was detained in March. Norway demanded the early release of the engineer."
    found = _story(nlp, layer, text, "r17o")
    assert ("REQUEST", ("NOR",), (), False, False) in found
