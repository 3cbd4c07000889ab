"""Events layer, eleventh session (ev_types): event TYPES and trigger families by class, from the
unfound and mistyped events of the tuning sets (dev42/dev43, dev47/dev48 and the older ones) and
the PLOVER/CAMEO manuals. Each class has its own sentences (written for these tests) and decoys:
a word in another sense gives no event (or not this type).

Actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_types as types

KNOWN = {
    "Kenyan opposition": ("KEN-opposition", "KEN", "state"), "Nairobi": ("KEN", "KEN", "state"),
    "Kenyan president": ("KEN-president", "KEN", "person"), "Ugandan leader": ("UGA-leader", "UGA", "person"),
    "Peruvian union": ("PER-union", "PER", "state"), "Lima": ("PER", "PER", "state"),
    "Bolivian president": ("BOL-president", "BOL", "person"), "Bolivia": ("BOL", "BOL", "state"),
    "Chile": ("CHL", "CHL", "state"), "Chilean government": ("CHL", "CHL", "state"),
    "EU ministers": ("European Union", None, "igo"), "Belarus": ("BLR", "BLR", "state"),
    "Secretary-General": ("United Nations", None, "igo"), "Sudan": ("SDN", "SDN", "state"),
    "Ghanaian president": ("GHA-president", "GHA", "person"), "Togo": ("TGO", "TGO", "state"),
    "Kenyan troops": ("KEN-army", "KEN", "state"), "Peruvian transporters": ("PER-transporters", "PER", "population"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2025-03-12", article_id="r16")


def of_type(events: list, type_: str) -> list:
    return [e for e in events if e.type == type_]


# ------------------------------------------------- a threatened protest is coded too, hypothetical

def test_threatened_marches_are_a_hypothetical_protest(nlp, layer) -> None:
    evs = code(nlp, layer, "The Kenyan opposition threatened new marches against Nairobi.")
    assert "THREATEN" in types(evs)
    assert any(e.type == "PROTEST" and e.hypothetical for e in evs)


def test_warning_of_a_return_to_the_streets_is_a_hypothetical_protest(nlp, layer) -> None:
    evs = code(nlp, layer, "The Peruvian union warned that it would return to the streets unless Lima withdrew the reform.")
    assert "THREATEN" in types(evs)
    assert any(e.type == "PROTEST" and e.hypothetical for e in evs)


def test_a_held_march_is_no_hypothetical_protest(nlp, layer) -> None:
    evs = code(nlp, layer, "The Kenyan opposition marched against Nairobi on Tuesday.")
    assert not any(e.hypothetical for e in evs)


# ------------------------------------------------- vowing a reprisal is a threat, not a pledge

@pytest.mark.parametrize("text", [
    "The Kenyan president vowed decisive action against the rioters.",
    "The Kenyan president vowed a full and swift response in a televised address.",
    "The Bolivian president swore revenge after the ambush.",
])
def test_vowed_reprisal_is_a_threat(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert "THREATEN" in types(evs) and "AGREE" not in types(evs)


def test_vowed_support_stays_a_pledge(nlp, layer) -> None:
    evs = code(nlp, layer, "The Kenyan president vowed support for the Ugandan leader.")
    assert "THREATEN" not in types(evs)


def test_vowed_response_to_floods_is_no_threat(nlp, layer) -> None:
    # (a response or an action is a reprisal only harsh or aimed: reprisal_answers, reprisal_marks)
    evs = code(nlp, layer, "The Kenyan president vowed a swift response to the floods.")
    assert "THREATEN" not in types(evs, flagged=True)


# ------------------------------------------------- "is expected to": another's forecast, hypothetical

def test_expected_to_sign_is_a_hypothetical_signing(nlp, layer) -> None:
    evs = code(nlp, layer, "The Kenyan president is expected to sign two agreements with the Ugandan leader on Friday.")
    assert any(e.type == "SUPPORT" and e.hypothetical for e in evs)
    assert "AGREE" not in types(evs)


def test_expected_to_adopt_sanctions_is_no_threat(nlp, layer) -> None:
    evs = code(nlp, layer, "EU ministers are expected to adopt new sanctions against Belarus on Monday.")
    assert any(e.type == "SANCTION" and e.hypothetical for e in evs)
    assert "THREATEN" not in types(evs)


def test_expecting_to_sign_stays_an_intent(nlp, layer) -> None:
    evs = code(nlp, layer, "Chile expects to sign a trade deal with Bolivia next month.")
    assert "AGREE" in types(evs)


# ------------------------------------------------- warning of a danger is a forecast, no threat

@pytest.mark.parametrize("text", [
    "The Secretary-General warned of a humanitarian catastrophe in Sudan.",
    "Chile warned of the dangerous escalation along the border with Bolivia.",
    "The Chilean government warned of heavy rain in the south on Saturday.",
])
def test_warning_of_a_danger_is_no_threat(nlp, layer, text) -> None:
    assert "THREATEN" not in types(code(nlp, layer, text), flagged=True)


def test_warning_of_consequences_stays_a_threat(nlp, layer) -> None:
    evs = code(nlp, layer, "Chile warned Bolivia of serious consequences for their relations.")
    assert "THREATEN" in types(evs)


# ------------------------------------------------- thanking voters judges no political actor

def test_thanking_voters_is_no_support(nlp, layer) -> None:
    evs = code(nlp, layer, "The Ghanaian president thanked the voters after the count.")
    assert "SUPPORT" not in types(evs)


def test_thanking_a_state_stays_support(nlp, layer) -> None:
    evs = code(nlp, layer, "The Ghanaian president thanked Togo for its help.")
    assert "SUPPORT" in types(evs)


# ------------------------------------------------- answering an attack, or with force: force in return

@pytest.mark.parametrize("text", [
    "Chile said it would answer with full force if Bolivia broke the truce.",
    "The Kenyan president warned that Kenyan troops would respond firmly to any new attack.",
    "Chile warned that any attack would be met with force.",
])
def test_announced_answer_with_force_is_a_threat_of_force(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert "THREATEN" in types(evs)
    assert any(e.type == "ASSAULT" and e.hypothetical for e in evs)


@pytest.mark.parametrize("text", [
    "Chile responded to the letter from Bolivia on Monday.",
    "The Kenyan president answered with a statement.",
    "Chile met with Bolivia on Monday.",
])
def test_answers_in_words_are_no_attack(nlp, layer, text) -> None:
    assert "ASSAULT" not in types(code(nlp, layer, text), flagged=True)


# ------------------------------------------------- a strike of days, for pay or against a policy: a labour strike

@pytest.mark.parametrize("text", [
    "Peruvian transporters in Lima began a strike of three days against the extortion.",
    "The Peruvian union began a strike against the pension reform on Monday.",
])
def test_strike_of_days_or_against_a_policy_is_a_protest(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert "PROTEST" in types(evs) and "ASSAULT" not in types(evs, flagged=True)


def test_strikes_against_targets_stay_attacks(nlp, layer) -> None:
    evs = code(nlp, layer, "Chile launched strikes against rebel positions in Bolivia.")
    assert "PROTEST" not in types(evs, flagged=True)


# ------------------------------------------------- (second part) negated acceptance of anything is a rejection

@pytest.mark.parametrize("text", [
    "The Bolivian president said Bolivia will not accept the new border map.",
    "Chile does not recognise the tribunal's decision on the river.",
    "Bolivia would never accept the monitoring by foreign observers, the Bolivian president said.",
])
def test_negated_acceptance_is_a_rejection(nlp, layer, text) -> None:
    assert "REJECT" in types(code(nlp, layer, text))


@pytest.mark.parametrize("text", [
    "The Bolivian president accepted the resignation of his interior minister.",
    "Chile recognised the problem of water shortages in the north.",
    "Bolivia accepted the new border map on Monday.",
])
def test_plain_acceptance_is_no_event(nlp, layer, text) -> None:
    assert not types(code(nlp, layer, text), flagged=True)


def test_negated_only_entry_is_validated() -> None:
    from dateline._errors import DataFileError
    from dateline._events.patterns import parse_patterns
    bad = {"verbs": [{"lemma": "accept", "negated_only": True, "type": "SUPPORT"}], "negated_to_reject": ["AGREE"]}
    with pytest.raises(DataFileError, match="negated_to_reject"):
        parse_patterns([("x.yaml", bad)])
    with pytest.raises(DataFileError, match="true or false"):
        parse_patterns([("x.yaml", {"verbs": [{"lemma": "accept", "negated_only": "yes", "type": "AGREE"}]})])
    ok = parse_patterns([("x.yaml", {"verbs": [{"lemma": "accept", "negated_only": True, "type": "AGREE"}], "negated_to_reject": ["AGREE"]})])
    assert ok.verbs["accept"][0].negated_only


# ------------------------------------------------- (second part) warning that another's act endangers someone accuses its author

@pytest.mark.parametrize("text", [
    "The Bolivian president warned that Chile's new dam puts farmers in the north at risk.",
    "Sudan warned that the drills by Kenyan troops endanger the border villages.",
])
def test_warning_that_anothers_act_endangers_is_an_accusation(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert "ACCUSE" in types(evs) and "THREATEN" not in types(evs, flagged=True)


@pytest.mark.parametrize("text", [
    # the speaker's own act: a threat, not an accusation
    "Bolivia warned that it would put Chilean investments at risk.",
    # a danger with no actor: no accusation
    "The Peruvian union warned that the drought puts the harvest at risk.",
])
def test_warning_of_a_risk_with_no_other_actor_is_no_accusation(nlp, layer, text) -> None:
    assert "ACCUSE" not in types(code(nlp, layer, text), flagged=True)


def test_contents_needs_a_content_clause() -> None:
    from dateline._errors import DataFileError
    from dateline._events.patterns import parse_patterns
    with pytest.raises(DataFileError, match="ccomp"):
        parse_patterns([("x.yaml", {"verbs": [{"lemma": "warn", "contents": ["endanger"], "role": "wrapper", "type": "ACCUSE"}]})])
    ok = parse_patterns([("x.yaml", {"verbs": [{"lemma": "warn", "needs_complement": "ccomp", "contents": ["put at risk"], "role": "wrapper", "type": "ACCUSE"}]})])
    assert "put at risk" in ok.verbs["warn"][0].contents
