"""Quote classes of the fourteenth quotes round (issue 5: speaker RESOLUTION on unseen text): a
title with a party or place name written before it ("the Labour leader") is only the person whose
title was written with that name; a surname shared by two people named in full is the one its own
paragraph names.

Every sentence here is written for the test; the places, actors and quotes layers run (``code``).
"""
from __future__ import annotations

from typing import Any

import pytest

from _quotes_helpers import layers_coder
from _quotes_helpers import only_quote as _quote
from _quotes_helpers import speaker_name as _name


@pytest.fixture(scope="session")
def code(nlp: Any) -> Any:
    return layers_coder(nlp)


# -- a title with a party name before it ------------------------------------------------------------

def test_party_leader_title_is_not_the_other_partys_leader(code: Any) -> None:
    text = ("GALWAY — The budget debate ended in uproar on Thursday.\n\n"
            "Sinn Nua leader Carmen Walsh called the plan \"a fraud.\"\n\n"
            "Joseph Doyle rejected the charge. \"Our numbers are audited and public,\" the "
            "Aontas Glas leader said.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "numbers are audited")) == "Joseph Doyle"


def test_party_leader_title_keeps_the_person_titled_with_that_party(code: Any) -> None:
    text = ("GALWAY — The budget debate ended in uproar on Thursday.\n\n"
            "Sinn Nua leader Carmen Walsh called the plan \"a fraud.\"\n\n"
            "The vote was delayed. \"We will not be silenced,\" the Sinn Nua leader said.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "not be silenced")) == "Carmen Walsh"


# -- namesakes: a surname after two full names ----------------------------------------------------

def test_surname_of_two_people_is_the_one_its_paragraph_names(code: Any) -> None:
    text = ("CORK — The council vote was postponed on Monday.\n\n"
            "Councillor Aoife Brennan, who chairs the finance committee, said the figures were late.\n\n"
            "Labour's Declan Brennan said the delay was deliberate. According to Brennan, the council "
            "would not vote \"before the summer.\"")
    assert _name(_quote(code(text, "2024-03-05").quotes, "before the summer")) == "Declan Brennan"


# -- false attributions: names for someone's thing, nicknames --------------------------------------

def test_quoted_name_of_someones_thing_in_a_prepositional_phrase_is_null(code: Any) -> None:
    text = ("THE HAGUE — The court issued a warrant on Friday.\n\n"
            "The prosecutor charged the former governor with the killings of his \"war on crime,\" in "
            "which hundreds died.")
    assert _quote(code(text, "2024-03-05").quotes, "war on crime").speaker is None
    text = ("BEIJING — The two ministers met on Monday.\n\n"
            "The minister announced the end of its \"special relations\" with the island authorities.")
    assert _quote(code(text, "2024-03-05").quotes, "special relations").speaker is None


def test_nickname_between_given_name_and_surname_is_null(code: Any) -> None:
    text = ("QUITO — The two candidates will meet in a runoff in April, according to the electoral council.\n\n"
            "The businessman Daniel \"Dani\" Noboa and the lawyer Luisa González led the count, "
            "according to the council.")
    q = _quote(code(text, "2024-03-05").quotes, "Dani")
    assert q.speaker is None


def test_one_word_answer_ending_its_sentence_before_a_surname_is_no_nickname(code: Any) -> None:
    # the marks hold a sentence's end and the word before them is no given name: the answer is the
    # speaker's, not a nickname between two names
    for text, quote, name in (
            ("LONDON — The strike entered its third week.\n\n"
             "Asked about the strike, Mark Reed told the BBC \"No.\" Reed then left the studio.", "No.", "Mark Reed"),
            ("OTTAWA — The deal was signed on Monday.\n\n"
             "Asked about the deal, Jane Cole told CNN \"Absolutely.\" Cole then hung up.", "Absolutely.",
             "Jane Cole")):
        assert _name(_quote(code(text, "2024-03-05").quotes, quote)) == name


# -- a fragment before ", the statement said"; a statement someone released -----------------------

def test_fragment_before_subject_first_cue_clause_takes_its_speaker(code: Any) -> None:
    text = ("OTTAWA — The prime minister commuted the sentence of a former aide on Friday.\n\n"
            "\"The law allows it and I could not look away,\" Mark Tremblay said in a statement released "
            "by his office. The measure was \"final and complete,\" the statement said, and applies to "
            "all charges.")
    q = _quote(code(text, "2024-03-05").quotes, "final and complete")
    assert _name(q) == "Mark Tremblay"


# -- "For X, ..." (a translated "Pour X," / "Para X,"); a wire dateline with day, month and agency --

def test_for_person_comma_is_that_persons_view(code: Any) -> None:
    text = ("BERLIN — The coalition survived the vote on Tuesday.\n\n"
            "For Katrin Vogel, who leads the Greens in parliament, the rebels were \"a small minority\" "
            "with no plan.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "a small minority")) == "Katrin Vogel"


def test_wire_dateline_with_day_month_and_agency_is_read_as_a_dateline() -> None:
    # the parser often makes such a dateline the subject of the first verb; the dateline's tokens
    # are never a speaker, so the pattern must reach past the day, the month and the agency
    from dateline._quotes.attribution import _DATELINE_RE

    for opening in ("MONTEVIDEO, 12 Mar (EFE) - The President", "SÃO PAULO, 14 Jun (Lusa) - The",
                    "KABUL (Reuters) — The", "LIMA - The"):
        m = _DATELINE_RE.match(opening)
        assert m is not None and opening[m.end():].startswith("The")
    assert _DATELINE_RE.match("The President said - no more") is None


# -- a title whose of-phrase has a possessive ("the spokesman of its foreign ministry X") ----------

def test_title_with_possessive_of_phrase_introduces_the_name_after_it(code: Any) -> None:
    text = ("AMMAN — The strikes hit three depots overnight.\n\n"
            "And Tehran denied any role in the attack, Y the spokesman of its foreign ministry Reza Karimi "
            "described the strikes as \"a strategic error\".")
    assert _name(_quote(code(text, "2024-03-05").quotes, "a strategic error")) == "Reza Karimi"


# -- an unnamed diplomat of a named institution speaks for it --------------------------------------

def test_unnamed_diplomat_of_a_named_institution_is_the_institution(code: Any) -> None:
    text = ("BRUSSELS — The summit ended without a deal on Friday.\n\n"
            "A NATO diplomat who asked not to be named said the allies had \"run out of patience\" with "
            "the talks.")
    q = _quote(code(text, "2024-03-05").quotes, "run out of patience")
    assert q.speaker is not None and q.speaker.kind == "igo" and q.speaker.id is not None


# -- machine translation: "…», he declared, before warning that"; "The chief of X, Name, estimated" --

def test_before_warning_after_a_quotation_takes_the_quotations_speaker(code: Any) -> None:
    text = ("RABAT — The border stayed closed on Monday.\n\n"
            "The minister of Foreign Affairs Youssef Benali rejected « accusations without basis » . « Morocco "
            "has never supported and will never support the armed groups in the south of Mauritania », he "
            "declared , before warning that any new violation « will receive the same answer ».")
    assert _name(_quote(code(text, "2024-03-05").quotes, "will receive the same answer")) == "Youssef Benali"


def test_title_with_named_apposition_then_estimated_is_a_finite_verb(code: Any) -> None:
    text = ("RABAT — The border stayed closed on Monday.\n\n"
            "The chief of Mauritanian diplomacy, Sidi Ould Tah, estimated for his part that Rabat "
            "« has chosen the confrontation ».")
    assert _name(_quote(code(text, "2024-03-05").quotes, "has chosen the confrontation")) == "Sidi Ould Tah"


# -- "observers from X"; a reported clause whose verb exposes ---------------------------------------

def test_observers_from_an_organisation_speak_for_it(code: Any) -> None:
    text = ("ANKARA — The count ended on Monday.\n\n"
            "Observers from the Organization for Security and Co-operation in Europe said the coverage gave "
            "the ruling party \"an unfair edge\".")
    q = _quote(code(text, "2024-03-05").quotes, "an unfair edge")
    assert q.speaker is not None and q.speaker.kind == "igo"


def test_it_exposed_inside_a_persons_report_is_the_reporters_fragment(code: Any) -> None:
    text = ("BERLIN — The chancellor lost the first ballot on Tuesday.\n\n"
            "The first defeat stunned the chamber. Sabine Roth, co-leader of the Left, said it exposed the "
            "\"hollow core\" of the new government.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "hollow core")) == "Sabine Roth"


# -- a body the knowledge base does not know, named with a nationality adjective --------------------

def test_unknown_body_with_a_nationality_adjective_has_that_states_country(code: Any) -> None:
    text = ("ADEN — Rebels struck a cargo ship in the Red Sea on Sunday.\n\n"
            "For its part, the American Central Command described the attack as \"reckless\". American "
            "aircraft struck rebel sites on Friday.")
    q = _quote(code(text, "2024-03-05").quotes, "reckless")
    assert q.speaker is not None and q.speaker.country == "USA"


def test_body_named_with_a_capital_gets_no_country_from_it(code: Any) -> None:
    # a capital ("Dublin", "London") is the KB's metonym for its state, not a nationality adjective
    for text, quote in (
            ("GALWAY — The budget debate ended in uproar on Thursday.\n\n"
             "The Dublin Housing Forum said the budget was \"a con job\".", "a con job"),
            ("LEEDS — The strike entered its third week.\n\n"
             "The London Transport Board said the fares were \"daylight robbery\".", "daylight robbery")):
        q = _quote(code(text, "2024-03-05").quotes, quote)
        assert q.speaker is not None and q.speaker.kind == "organization" and q.speaker.country is None, q.speaker
