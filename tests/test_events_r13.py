"""Events layer, eighth session (events-tune8): precision and type by class, from the false
alarms on fresh tuning text. Each class has its own sentences (written for these tests) and
decoys: a lemma in a non-political sense gives no event, and neighbouring PLOVER types are told
apart by the manual's definitions.

Actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_types as types

KNOWN = {
    "Chile": ("CHL", "CHL", "state"), "Argentina": ("ARG", "ARG", "state"), "Peru": ("PER", "PER", "state"),
    "Ecuador": ("ECU", "ECU", "state"), "Egypt": ("EGY", "EGY", "state"), "Qatar": ("QAT", "QAT", "state"),
    "Qatari": ("QAT", "QAT", "state"), "Norway": ("NOR", "NOR", "state"), "Jonas Gahr Store": ("Jonas Gahr Store", "NOR", "person"),
    "Bangladeshi police": ("BGD-police", "BGD", "state"), "Bangladesh": ("BGD", "BGD", "state"),
    "Kenyan protesters": ("KEN-protesters", "KEN", "population"), "Kenya": ("KEN", "KEN", "state"),
    "William Ruto": ("William Ruto", "KEN", "person"), "Ghana": ("GHA", "GHA", "state"),
    "John Mahama": ("John Mahama", "GHA", "person"), "Macky Sall": ("Macky Sall", "SEN", "person"),
    "Senegal": ("SEN", "SEN", "state"), "Iraqi police": ("IRQ-police", "IRQ", "state"), "Iraq": ("IRQ", "IRQ", "state"),
    "Iran": ("IRN", "IRN", "state"), "Kurdish militants": ("Kurdish militants", "IRQ", "group"),
    "Finland": ("FIN", "FIN", "state"), "Russia": ("RUS", "RUS", "state"), "Hungary": ("HUN", "HUN", "state"),
    "Sweden": ("SWE", "SWE", "state"), "Ukraine": ("UKR", "UKR", "state"),
    "Popular Mobilisation Forces": ("Popular Mobilisation Forces", "IRQ", "group"),
    "Viktor Orban": ("Viktor Orban", "HUN", "person"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-06-12", article_id="r13")


def of_type(events: list, type_: str) -> list:
    return [e for e in events if e.type == type_]


# ---------------------------------------------------------------- closing one's border: COERCE restrict

@pytest.mark.parametrize("text", [
    "Chile closed its border with Argentina on Monday to stop smuggling.",
    "Peru closed its border crossings with Ecuador after the unrest.",
    "Finland will shut its airspace on Friday, the government said.",
])
def test_closing_ones_border_restricts_movement(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert "SANCTION" not in types(evs, flagged=True)
    coerce = of_type(evs, "COERCE")
    assert coerce and all(e.mode == "restrict" and not e.targets for e in coerce)


def test_closing_airspace_to_another_side_is_a_sanction_of_it(nlp, layer) -> None:
    evs = of_type(code(nlp, layer, "Egypt closed its airspace to Qatari aircraft on Monday."), "SANCTION")
    assert evs and {t.country for e in evs for t in e.targets} == {"QAT"}


# ---------------------------------------------------------------- apologising: CONCEDE (manual)

def test_an_apology_is_a_concession(nlp, layer) -> None:
    evs = code(nlp, layer, "Jonas Gahr Store apologised on Monday for the forced assimilation policies of Norway.")
    assert "CONCEDE" in types(evs) and "SUPPORT" not in types(evs, flagged=True)


# ---------------------------------------------------------------- blocking: who blocks what

def test_police_blocking_gates_restrict_movement(nlp, layer) -> None:
    evs = code(nlp, layer, "Bangladeshi police blocked the gates of the university on Monday, turning students away.")
    assert "COERCE" in types(evs) and "REJECT" not in types(evs, flagged=True)


def test_protesters_blocking_a_road_still_protest(nlp, layer) -> None:
    evs = code(nlp, layer, "Kenyan protesters blocked the main road to the airport on Tuesday.")
    assert "PROTEST" in types(evs) and "COERCE" not in types(evs, flagged=True)


def test_blocking_a_view_is_no_refusal(nlp, layer) -> None:
    evs = code(nlp, layer, "Two Iraqi police officers tried to block the view of the reporter from Iran.")
    assert "REJECT" not in types(evs, flagged=True)


def test_blocking_a_resolution_stays_a_refusal(nlp, layer) -> None:
    evs = code(nlp, layer, "Hungary blocked the resolution on Ukraine on Monday.")
    assert "REJECT" in types(evs)


# ---------------------------------------------------------------- fighting a social ill is no violence

@pytest.mark.parametrize("text", [
    "John Mahama promised to fight corruption and to rescue the economy of Ghana.",
    "William Ruto vowed to combat poverty and inflation in Kenya.",
    "The government of Ghana will tackle unemployment, John Mahama said.",
])
def test_fighting_corruption_or_poverty_is_no_assault(nlp, layer, text) -> None:
    tys = types(code(nlp, layer, text), flagged=True)
    assert "ASSAULT" not in tys and "THREATEN" not in tys


def test_fighting_militants_is_still_an_assault(nlp, layer) -> None:
    evs = code(nlp, layer, "Iran fought Kurdish militants near the border on Sunday.")
    assert "ASSAULT" in types(evs)


# ---------------------------------------------------------------- executing a decision is no execution

def test_executing_a_decision_is_no_assault(nlp, layer) -> None:
    tys = types(code(nlp, layer, "Macky Sall intends to execute the decision of the court of Senegal."), flagged=True)
    assert "ASSAULT" not in tys and "THREATEN" not in tys


# ---------------------------------------------------------------- a word inside an organisation's name

def test_a_word_inside_an_organisations_name_is_no_trigger(nlp, layer) -> None:
    evs = code(nlp, layer, "Gunmen of the Popular Mobilisation Forces exchanged fire with Iraqi police on Monday.")
    assert "MOBILIZE" not in types(evs, flagged=True)


def test_the_same_noun_outside_a_name_is_a_trigger(nlp, layer) -> None:
    evs = code(nlp, layer, "Russia ordered the mobilisation of 300,000 reservists against Ukraine.")
    assert "MOBILIZE" in types(evs, flagged=True)


# ---------------------------------------------------------------- halting one's own fighting; halted acts

def test_announcing_a_suspension_of_ones_operations_is_a_concession(nlp, layer) -> None:
    evs = code(nlp, layer, "Iran announced the suspension of its operations against Iraq on Tuesday.")
    assert "CONCEDE" in types(evs) and "SANCTION" not in types(evs, flagged=True)


def test_suspending_ties_stays_a_sanction(nlp, layer) -> None:
    evs = code(nlp, layer, "Finland announced the suspension of diplomatic relations with Russia.")
    assert "SANCTION" in types(evs) and "CONCEDE" not in types(evs, flagged=True)


def test_the_halted_act_is_not_coded_on_its_own(pipeline) -> None:
    # "the suspension of its military aid" is one SANCTION, not also AID (whole pipeline: the aid
    # noun takes its source from the actors layer's possessive)
    art = pipeline.code("Washington announced the suspension of its military aid to Egypt.", date="2024-06-12")
    tys = {e.type for e in art.events}
    assert "SANCTION" in tys and "AID" not in tys


# ---------------------------------------------------------------- a denial's scope

def test_a_statement_joined_after_a_denied_clause_is_not_denied(nlp, layer) -> None:
    text = "Viktor Orban denied that Hungary had sent troops to Ukraine and accused Russia of spreading lies."
    evs = code(nlp, layer, text)
    acc = [e for e in evs if e.type == "ACCUSE"]
    assert acc and not any(e.negated for e in acc)


def test_a_second_denied_act_with_the_same_subject_stays_denied(nlp, layer) -> None:
    # (an act, not a statement, and one that shares the first clause's auxiliary)
    evs = [e for e in code(nlp, layer, "Iran denied that Iran had attacked Iraq and had killed Kurdish militants.")
           if e.type == "ASSAULT"]
    assert len(evs) == 2 and all(e.negated for e in evs)


# ---------------------------------------------------------------- press questions and no-comments

def test_a_reporters_question_is_no_request(nlp, layer) -> None:
    evs = code(nlp, layer, "Asked whether Russia was a threat, William Ruto said Kenya would stay neutral.")
    assert "REQUEST" not in types(evs, flagged=True)


def test_asking_another_party_stays_a_request(nlp, layer) -> None:
    evs = code(nlp, layer, "Ukraine asked Sweden to send more air defence systems.")
    assert "REQUEST" in types(evs)


def test_declining_to_comment_rejects_no_one(nlp, layer) -> None:
    evs = code(nlp, layer, "The foreign ministry of Egypt declined to comment on the report about Qatar.")
    assert "REJECT" not in types(evs, flagged=True)


def test_refusing_to_endorse_stays_a_rejection(nlp, layer) -> None:
    evs = code(nlp, layer, "Hungary refused to endorse the statement on Ukraine.")
    assert "REJECT" in types(evs)


# ---------------------------------------------------------------- 'call' with a quoted predicate

def test_calling_something_a_quoted_name_is_no_phone_call(pipeline) -> None:
    # whole pipeline: the relative 'that' and the quotation are what the parser leaves unattached
    art = pipeline.code("Joe Biden called Xi Jinping a dictator, a remark that Chinese spokeswoman Mao Ning "
                        "called \u201cextremely wrong\u201d on Thursday.", date="2024-06-12")
    assert "CONSULT" not in {e.type for e in art.events}


def test_a_quoted_praise_of_a_meeting_is_support(pipeline) -> None:
    art = pipeline.code("Joe Biden met Xi Jinping in California; a Chinese spokeswoman, Mao Ning, called the meeting "
                        "\u201cextremely useful\u201d.", date="2024-06-12")
    called = [e for e in art.events if e.trigger and e.trigger.text == "called"]
    assert called and {e.type for e in called} == {"SUPPORT"}


def test_calling_someone_stays_a_phone_call(nlp, layer) -> None:
    evs = code(nlp, layer, "William Ruto called John Mahama on Monday to discuss the crisis.")
    assert "CONSULT" in types(evs)


# ---------------------------------------------------------------- a negated future act

@pytest.mark.parametrize("text, type_", [
    ("Egypt said it will not close its consulates in Qatar.", "SANCTION"),
    ("Finland would not withdraw its troops from Sweden, the minister said.", "RETREAT"),
    ("Chile will not recall its ambassador from Argentina.", "SANCTION"),
])
def test_a_negated_future_act_is_that_act_negated(nlp, layer, text, type_) -> None:
    evs = code(nlp, layer, text)
    assert any(e.type == type_ and e.negated for e in evs)
    assert not any(e.type in ("REJECT", "THREATEN", "AGREE") for e in evs)


def test_refusing_to_resign_is_a_negated_concession(nlp, layer) -> None:
    evs = code(nlp, layer, "William Ruto said he will not resign.")
    assert any(e.type == "CONCEDE" and e.negated for e in evs) and "REJECT" not in types(evs, flagged=True)


def test_refusing_future_talks_stays_a_rejection(nlp, layer) -> None:
    evs = code(nlp, layer, "Iran will not negotiate with Iraq, the minister said.")
    assert "REJECT" in types(evs)


def test_an_announced_future_sanction_stays_a_threat(nlp, layer) -> None:
    evs = code(nlp, layer, "Chile will recall its ambassador from Argentina unless the attacks stop.")
    assert "THREATEN" in types(evs)


def test_refusing_to_accept_stays_a_rejection(nlp, layer) -> None:
    evs = code(nlp, layer, "Egypt says it will not accept any more refugees from Qatar.")
    assert "REJECT" in types(evs) and not any(e.type == "AID" for e in evs)


# ---------------------------------------------------------------- review fixes (fix-events8)
# a closing quotation mark opens no quoted predicate

@pytest.mark.parametrize("text", [
    'The spokesman said: "William Ruto called John Mahama" and they discussed the crisis.',
    "The spokesman said: \u201cWilliam Ruto called John Mahama\u201d and they discussed the crisis.",
    "The spokesman said: \u00abWilliam Ruto called John Mahama\u00bb and they discussed the crisis.",
])
def test_a_call_that_ends_a_quotation_stays_a_phone_call(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    called = [e for e in evs if e.trigger and e.trigger.text == "called"]
    assert called and {e.type for e in called} == {"CONSULT"}


def test_a_straight_quoted_predicate_is_still_read(pipeline) -> None:
    art = pipeline.code('Joe Biden met Xi Jinping in California; a Chinese spokeswoman, Mao Ning, called the meeting '
                        '"extremely useful".', date="2024-06-12")
    called = [e for e in art.events if e.trigger and e.trigger.text == "called"]
    assert called and {e.type for e in called} == {"SUPPORT"}


# refusing to confirm or name a party is a refusal; declining to confirm a report is a no-comment

@pytest.mark.parametrize("text", [
    "The parliament of Kenya refused to confirm William Ruto as its speaker.",
    "Hungary refused to name Viktor Orban as its candidate.",
])
def test_refusing_to_confirm_a_party_is_a_rejection(nlp, layer, text) -> None:
    assert "REJECT" in types(code(nlp, layer, text))


@pytest.mark.parametrize("text", [
    "The foreign ministry of Egypt declined to confirm the report about Qatar.",
    "The police of Kenya declined to name the officers involved.",
])
def test_declining_to_confirm_a_report_rejects_no_one(nlp, layer, text) -> None:
    assert "REJECT" not in types(code(nlp, layer, text), flagged=True)


# a denial's conjoined act is denied unless it is a verb of saying (by lemma, not event type)

def test_a_denied_threat_joined_to_a_denied_attack_is_denied(nlp, layer) -> None:
    evs = code(nlp, layer, "Iran denied that Russia had attacked and threatened Ukraine.")
    threats = of_type(evs, "THREATEN")
    assert threats and all(e.negated for e in threats)
    assert any(e.type == "ASSAULT" and e.negated for e in evs)


# protesters blocking gates or doors obstruct

@pytest.mark.parametrize("text", [
    "Kenyan protesters blocked the gates of parliament on Tuesday.",
    "Kenyan protesters blocked the doors of the ministry on Tuesday.",
])
def test_protesters_blocking_gates_protest(nlp, layer, text) -> None:
    evs = of_type(code(nlp, layer, text), "PROTEST")
    assert evs and all(e.mode == "obstruct" for e in evs)
