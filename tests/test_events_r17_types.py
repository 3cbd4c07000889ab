"""Events layer, twelfth session (ev_types): event TYPES and trigger families by class, from the
unfound events of the tuning sets (dev47/dev48/dev52 and the older ones) and the gold conventions.
Each class has its own sentences (written for these tests) and decoys: a word in another sense
gives no event (or not this type).

Actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_tuples as tuples
from _events_helpers import event_types as types

KNOWN = {
    "Zambia": ("ZMB", "ZMB", "state"), "Malawi": ("MWI", "MWI", "state"), "Lusaka": ("ZMB", "ZMB", "state"),
    "Zambian president": ("ZMB-president", "ZMB", "person"), "Malawian minister": ("MWI-minister", "MWI", "person"),
    "Ecuador": ("ECU", "ECU", "state"), "Peru": ("PER", "PER", "state"), "Quito": ("ECU", "ECU", "state"),
    "Ecuadorian parliament": ("ECU-parliament", "ECU", "state"), "Peruvian Congress": ("PER-congress", "PER", "state"),
    "Peruvian cabinet": ("PER-cabinet", "PER", "state"),
    "Vietnam": ("VNM", "VNM", "state"), "Hanoi": ("VNM", "VNM", "state"), "Laos": ("LAO", "LAO", "state"),
    "Vietnamese leader": ("VNM-leader", "VNM", "person"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2025-06-10", article_id="r17")


# ------------------------------------------------- signing a paper named as such is SUPPORT

@pytest.mark.parametrize("text", [
    "Zambia and Malawi signed four documents on trade and energy on Monday.",
    "The Zambian president signed the text in Lusaka.",
    "Zambia and Malawi signed a joint communiqué on the border.",
])
def test_signing_documents_is_support(nlp, layer, text) -> None:
    assert "SUPPORT" in types(code(nlp, layer, text))


def test_refusing_to_sign_a_bill_is_a_negated_support(nlp, layer) -> None:
    evs = code(nlp, layer, "The Zambian president said he would not sign the finance bill.")
    assert any(e.type == "SUPPORT" and e.negated for e in evs)


@pytest.mark.parametrize("text", [
    "The Zambian president signed autographs for the children.",
    "Malawi signed a sponsorship deal with a shoe maker.",
])
def test_signing_other_things_is_no_support(nlp, layer, text) -> None:
    assert "SUPPORT" not in types(code(nlp, layer, text), flagged=True)


# ------------------------------------------------- a legislature passing a law is SUPPORT, no target

@pytest.mark.parametrize("text", [
    "The Ecuadorian parliament passed the security law on Tuesday.",
    "The Peruvian Congress approved the constitutional reform by 80 votes.",
    "The Ecuadorian parliament adopted the bill in a second reading.",
])
def test_legislature_passing_a_law_is_support(nlp, layer, text) -> None:
    evs = [e for e in code(nlp, layer, text) if e.type == "SUPPORT"]
    assert evs and all(not e.targets for e in evs)


@pytest.mark.parametrize("text", [
    # a cabinet or a government approving its budget or a decree judges no one
    "The Peruvian cabinet approved the budget for next year.",
    "Peru approved the decree on fishing quotas.",
])
def test_approving_a_budget_or_decree_is_no_support(nlp, layer, text) -> None:
    assert "SUPPORT" not in types(code(nlp, layer, text), flagged=True)


# ------------------------------------------------- an announced reprisal of no stated kind is a threat

@pytest.mark.parametrize("text", [
    # (with someone it is against: an announced reprisal aimed at no one is dropped, below)
    "The Malawian minister said Malawi would respond if Zambia closed the border.",
    "Zambia said it will retaliate against Malawi.",
    "The Vietnamese leader said Hanoi would reciprocate if Laos raised its tariffs.",
])
def test_bare_future_reprisal_is_a_threat(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert "THREATEN" in types(evs)
    assert not any(e.hypothetical for e in evs)  # no kind of act is named


def test_bare_future_reprisal_aims_at_the_condition(nlp, layer) -> None:
    evs = code(nlp, layer, "Zambia said it will respond more strongly if Malawi attacks again.")
    assert ("THREATEN", ("ZMB",), ("MWI",), False, False) in tuples(evs)


@pytest.mark.parametrize("text", [
    # answers in words, accountability, refusals and past answers are no threats
    "The Malawian minister said Malawi would respond to the letter next week.",
    "Zambia said it will answer questions from the press.",
    "The Zambian president said Malawi will answer for its crimes.",
    "Zambia said it will not retaliate.",
    "Malawi responded on Monday.",
])
def test_other_answers_are_no_threat(nlp, layer, text) -> None:
    assert "THREATEN" not in types(code(nlp, layer, text), flagged=True)


def test_bare_future_entry_is_validated() -> None:
    from dateline._errors import DataFileError
    from dateline._events.patterns import parse_patterns
    with pytest.raises(DataFileError, match="true or false"):
        parse_patterns([("x.yaml", {"verbs": [{"lemma": "respond", "bare_future": "yes", "type": "THREATEN"}]})])
    with pytest.raises(DataFileError, match="role event"):
        parse_patterns([("x.yaml", {"verbs": [{"lemma": "respond", "bare_future": True, "role": "wrapper", "type": "THREATEN"}]})])
    with pytest.raises(DataFileError, match="role event"):
        parse_patterns([("x.yaml", {"nouns": [{"lemma": "response", "bare_future": True, "type": "THREATEN"}]})])
    ok = parse_patterns([("x.yaml", {"verbs": [{"lemma": "respond", "bare_future": True, "type": "THREATEN"}]})])
    assert ok.verbs["respond"][0].bare_future


# ------------------------------------------------- a promise that someone will be punished is a threat

@pytest.mark.parametrize("text", [
    "The Zambian president promised that the attackers will be punished.",
    '"Those who burned the market will be arrested," the Vietnamese leader promised.',
])
def test_vow_of_force_in_a_content_clause_is_a_threat(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert "THREATEN" in types(evs) and "AGREE" not in types(evs, flagged=True)


@pytest.mark.parametrize("text", [
    # a promise that force will NOT be used, or a promise of help, is no threat
    "The Zambian president promised that the army would not attack the protesters.",
    "The Vietnamese leader promised that Laos would receive rice.",
])
def test_other_promises_are_no_threat(nlp, layer, text) -> None:
    assert "THREATEN" not in types(code(nlp, layer, text), flagged=True)


# ------------------------------------------------- announced further or necessary measures are a threat

@pytest.mark.parametrize("text", [
    "Vietnam will resolutely take the necessary measures if Laos resumes the dam works.",
    "The Vietnamese leader said Hanoi was ready to take further action if Laos resumed the dam works.",
])
def test_announced_further_measures_are_a_threat(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert "THREATEN" in types(evs)


def test_readiness_for_further_action_aims_at_the_condition(nlp, layer) -> None:
    evs = code(nlp, layer, "Vietnam said it was ready to take further action if Laos resumed the dam works.")
    assert ("THREATEN", ("VNM",), ("LAO",), False, False) in tuples(evs)


@pytest.mark.parametrize("text", [
    # measures taken, measures of no kind marked as more or as needed, refused or only possible
    "Vietnam took the necessary measures after the flood.",
    "Vietnam will take measures to curb inflation.",
    "Vietnam will not take further measures.",
    "Vietnam could take further measures.",
])
def test_other_measures_are_no_threat(nlp, layer, text) -> None:
    assert "THREATEN" not in types(code(nlp, layer, text), flagged=True)


def test_modal_only_entry_is_validated() -> None:
    from dateline._errors import DataFileError
    from dateline._events.patterns import parse_patterns
    with pytest.raises(DataFileError, match="true or false"):
        parse_patterns([("x.yaml", {"verbs": [{"lemma": "take", "modal_only": 1, "type": "THREATEN"}]})])
    with pytest.raises(DataFileError, match="role event"):
        parse_patterns([("x.yaml", {"verbs": [{"lemma": "take", "modal_only": True, "role": "light"}]})])
    ok = parse_patterns([("x.yaml", {"verbs": [{"lemma": "take", "modal_only": True, "objects": ["measure"], "type": "THREATEN"}]})])
    assert ok.verbs["take"][0].modal_only


# ------------------------------------------------- review fixes: announced reprisals in routine news

@pytest.mark.parametrize("text", [
    # an announced response or measure aimed at no one is routine news, not a threat, also in a
    # story about the speaker's own country (no domestic self-threat)
    "Zambia will take further measures to contain the outbreak.",
    "Cholera cases rose again in Lusaka. Zambia would take the necessary measures to contain the outbreak.",
    "Vietnam will adopt new measures on plastic packaging.",
    "Zambia would respond by raising the minimum wage.",
    "The Zambian president will answer tomorrow in parliament.",
    "Hanoi will respond in writing to the petition by Friday.",
    "Vietnam said it would respond if inflation kept rising.",
])
def test_announced_routine_measures_are_no_threat(nlp, layer, text) -> None:
    assert "THREATEN" not in types(code(nlp, layer, text), flagged=True)


@pytest.mark.parametrize("text", [
    "Zambia said it will retaliate.",
    "Vietnam will resolutely take the necessary measures to safeguard its interests.",
])
def test_announced_reprisal_aimed_at_no_one_is_dropped(nlp, layer, text) -> None:
    # no target in the sentence or the article (and no domestic self-target: "Vietnam" alone is the
    # story's home country): pending, then dropped
    assert "THREATEN" not in types(code(nlp, layer, text), flagged=True)


@pytest.mark.parametrize("text", [
    # "never" negates as "not" does (patterns.yaml negation_words)
    "Zambia said it will never retaliate if Malawi attacks again.",
    "Vietnam will never take further measures if Laos resumes the dam works.",
])
def test_a_reprisal_announced_never_to_come_is_no_threat(nlp, layer, text) -> None:
    assert "THREATEN" not in types(code(nlp, layer, text))


def test_bare_future_entry_has_no_object_lists() -> None:
    from dateline._errors import DataFileError
    from dateline._events.patterns import load_patterns, parse_patterns
    for key in ("objects", "prep", "pobjs"):
        with pytest.raises(DataFileError, match="bare_future"):
            parse_patterns([("x.yaml", {"verbs": [{"lemma": "respond", "bare_future": True, key: ["letter"], "type": "THREATEN"}]})])
    # the readiness of a modal_only entry is read from the lexicon
    assert {"ready", "prepared"} <= load_patterns().readiness_adjectives
