"""Quote classes found on tests/gold/dev6_quotes.jsonl (one test per class of fix).

Every sentence here is written for the test; the quotes layer runs alone (no actors layer) unless
the test says otherwise, so the rules are exercised on the parse and entities only.
"""
from __future__ import annotations

from typing import Any

import pytest

from _quotes_helpers import Runner, quotes_runner
from _quotes_helpers import mention as _mention
from _quotes_helpers import only_quote as _quote
from _quotes_helpers import speaker_name as _name
from dateline._pipeline import Context, Settings
from dateline._quotes import QuotesLayer, find_quotes
from dateline._records import Article, Quote
from dateline._textprep import prepare


@pytest.fixture(scope="session")
def run(nlp: Any) -> Runner:
    return quotes_runner(nlp)


# -- detection: an interview written as dash dialogue -------------------------------------------

INTERVIEW = ("QUITO - The mayor of the port city, Rosa Pallares, spoke to this newspaper about the "
             "floods of the winter.\n\n"
             "— Did the national government send help?\n\n"
             "— Only three trucks of water. We asked for forty, and nobody answered the calls.\n\n"
             "— Will you run for governor?\n\n"
             "— That is not the question today —answered Pallares—, the question is the water.")


def test_dash_dialogue_answers_are_direct_quotes_and_questions_are_not() -> None:
    texts = [INTERVIEW[q.start:q.end] for q in find_quotes(INTERVIEW)]
    assert texts == ["Only three trucks of water. We asked for forty, and nobody answered the calls.",
                     "That is not the question today"]
    # one dash-led paragraph is an aside, not an interview
    aside = "The vote was close.\n\n— A late count in the north changed the result, officials said."
    assert find_quotes(aside) == []


def test_dash_dialogue_answer_speaks_for_the_interviewee(run: Any) -> None:
    quotes = run(INTERVIEW)
    q = _quote(quotes, "Only three trucks")
    assert q.kind == "direct" and "Pallares" in (_name(q) or "")
    assert "Pallares" in (_name(_quote(quotes, "not the question today")) or "")
    assert not any("Did the national government" in q.text for q in quotes if q.kind != "indirect")


# -- a leadership change: the new and the old holder of one office ----------------------------

SUCCESSION = ("ASUNCION - Lidia Ferrer was sworn in as president on Sunday, a week after "
              "Congress removed Tomás Aguero over a bribery scandal.\n\n"
              "“We will clean up the state,” the new president said at the ceremony.\n\n"
              "Aguero stayed at his farm. “History will clear my name,” the former president told "
              "the radio.")


def test_new_and_old_holder_are_told_apart_by_the_text(run: Any) -> None:
    # the actors layer tied both role speakers to the same (wrong) person: the text decides
    text = SUCCESSION
    wrong = [_mention(text, "Lidia Ferrer", kind="person", name="Lidia Ferrer", id="p:ferrer"),
             _mention(text, "Tomás Aguero", kind="person", name="Tomás Aguero", id="p:aguero"),
             _mention(text, "the new president", kind="person", name="Tomás Aguero", id="p:aguero"),
             _mention(text, "Aguero", 2, kind="person", name="Tomás Aguero", id="p:aguero"),
             _mention(text, "the former president", kind="person", name="Lidia Ferrer", id="p:ferrer")]
    quotes = run(text, wrong)
    assert _name(_quote(quotes, "clean up the state")) == "Lidia Ferrer"
    assert _name(_quote(quotes, "History will clear")) == "Tomás Aguero"


def test_status_role_without_a_contrast_is_left_to_the_other_rules(run: Any) -> None:
    # no one is made the old holder: the actors layer's reading of "the new mayor" stands
    text = ("Marta Ruiz was elected mayor of the capital on Sunday, and Pablo Gil was elected to the council.\n\n"
            "“I owe this to the neighbourhoods,” the new mayor said.")
    mentions = [_mention(text, "Marta Ruiz", kind="person", name="Marta Ruiz", id="p:ruiz"),
                _mention(text, "Pablo Gil", kind="person", name="Pablo Gil", id="p:gil"),
                _mention(text, "the new mayor", kind="person", name="Marta Ruiz", id="p:ruiz")]
    assert _name(_quote(run(text, mentions), "I owe this")) == "Marta Ruiz"


def test_former_role_is_whoever_the_text_gave_that_role_even_after_a_move_up(run: Any) -> None:
    # "the former vice-president" is the one introduced as vice-president, now the new president
    text = ("Congress dismissed the president Hugo Salas on Monday, and the vice-president Clara Vidal "
            "was sworn in hours later.\n\n"
            "“I take this office under the Constitution”, declared the former vice-president.")
    mentions = [_mention(text, "the president Hugo Salas", kind="person", name="Hugo Salas", id="p:salas"),
                _mention(text, "the vice-president Clara Vidal", kind="person", name="Clara Vidal", id="p:vidal"),
                _mention(text, "the former vice-president", kind="person", name="Hugo Salas", id="p:salas")]
    assert _name(_quote(run(text, mentions), "I take this office")) == "Clara Vidal"


# -- unnamed speakers ---------------------------------------------------------------------------

def test_the_official_after_an_unnamed_official_is_that_official_not_the_last_named(run: Any) -> None:
    text = ("Prime Minister Ana Lopes met the unions on Monday. A senior finance ministry official "
            "said the budget would be cut.\n\n"
            "“There is no other way,” the official said.")
    q = _quote(run(text), "no other way")
    assert _name(q) != "Ana Lopes"
    assert q.speaker is not None and "official" in (q.speaker.text or q.speaker.name)


def test_unnamed_spokesman_of_a_known_body_speaks_for_it(run: Any) -> None:
    # the actors layer kept "A European Commission spokesman" as one unresolved person
    text = "A European Commission spokesman called the plan “unacceptable”."
    mentions = [_mention(text, "A European Commission spokesman", kind="person",
                         name="A European Commission spokesman", id=None)]
    q = _quote(run(text, mentions), "unacceptable")
    assert q.speaker is not None and q.speaker.name == "European Commission" and q.speaker.kind == "igo"


# -- a pronoun cue after a quotation continues that quotation's speaker ----------------------

def test_pronoun_after_a_quotation_is_guessed_with_the_quotations_speakers_known(run: Any) -> None:
    # before any quotation has a speaker, "he" would go to the subject named nearest
    text = ("SANTIAGO - The senator Pablo Rivas, ally of the governor Diego Mora, was elected on "
            "Sunday. Diego Mora did not speak.\n\n"
            "“We will govern for all”, affirmed Rivas at the rally. “Chile is back”, he added.")
    quotes = run(text)
    assert _name(_quote(quotes, "We will govern")) == "Pablo Rivas"
    assert _name(_quote(quotes, "Chile is back")) == "Pablo Rivas"


# -- a clause ending in a colon introduces the quotation after it -----------------------------

def test_colon_clause_of_any_verb_introduces_an_unclosed_quotation(run: Any) -> None:
    text = ("The opposition had left the chamber. Eva Montes closed her speech with an appeal: "
            "“Let us rebuild the party from the bottom\n\n"
            "The vote is due in March.")
    assert _name(_quote(run(text), "Let us rebuild")) == "Eva Montes"


def test_colon_ending_the_previous_paragraph_introduces_the_next_ones_quotation(run: Any) -> None:
    text = ("Luis Ortega, who lost the runoff, spoke first. Raúl Prieto, the winner, ended the night "
            "with a promise to his voters:\n\n"
            "“Nobody will be left behind in this country")
    assert _name(_quote(run(text), "Nobody will be left")) == "Raúl Prieto"


def test_events_outweigh_titles_in_a_leadership_change(run: Any) -> None:
    # the former president who was just elected again is the new holder, not the old one
    text = ("LIMA - The former president Alan Ruiz was elected on Sunday against the outgoing "
            "president Marco Solis.\n\n"
            "“We are back”, declared the president-elect.")
    mentions = [_mention(text, "The former president Alan Ruiz", kind="person", name="Alan Ruiz", id="p:ruiz"),
                _mention(text, "president Marco Solis", kind="person", name="Marco Solis", id="p:solis"),
                _mention(text, "the president-elect", kind="person", name="Marco Solis", id="p:solis")]
    assert _name(_quote(run(text, mentions), "We are back")) == "Alan Ruiz"


# -- parser errors: a speech verb left without its subject ---------------------------------------

def test_finite_speech_verb_without_a_subject_takes_the_name_right_before_it(nlp: Any) -> None:
    # the parse of a long machine-translated sentence, as the parser sometimes leaves it: the
    # verb hung on another clause, its subject an apposition of the fronted phrase
    text = "Abroad, the Chancellor of Austria, Karl Nehammer, congratulated Prieto for the “clean vote”."
    prep = prepare(text)
    doc = nlp(prep.clean)
    verb = next(t for t in doc if t.lower_ == "congratulated")
    name = next(t for t in doc if t.text == "Nehammer")
    chancellor = next(t for t in doc if t.text == "Chancellor")
    abroad = doc[0]
    for t in doc:  # re-hang: "Abroad" is the root, the verb an advcl of it, the name an apposition
        if t.head.i == verb.i and t.i != verb.i:
            t.head = abroad
    name.head, name.dep_ = chancellor, "appos"
    chancellor.head, chancellor.dep_ = abroad, "appos"
    next(t for t in doc if t.text == "vote").head = verb
    verb.head, verb.dep_ = abroad, "advcl"
    abroad.head, abroad.dep_ = abroad, "ROOT"
    assert not any(c.dep_ == "nsubj" for c in verb.children)
    ctx = Context(Article(id="t", text=text), prep, doc, Settings())
    QuotesLayer(Settings())(ctx)
    q = _quote(ctx.article.quotes, "clean vote")
    assert "Nehammer" in (_name(q) or "")


# -- greeting and wishing are speech acts; a wish with a verb complement is not -----------------

def test_greeting_and_wishing_frame_a_fragment_but_wishing_to_does_not(run: Any) -> None:
    text = ("The head of the commission, Amina Diallo, greeted «a calm and orderly vote». "
            "Karl Weber wished her „courage for the hard years ahead“. "
            "Berlin wishes to cooperate with “the next cabinet”, Weber added.")
    quotes = run(text)
    assert "Diallo" in (_name(_quote(quotes, "calm and orderly")) or "")
    assert "Weber" in (_name(_quote(quotes, "courage for")) or "")
    assert _name(_quote(quotes, "the next cabinet")) != "Berlin"


def test_speech_verb_after_a_fronted_regarding_phrase_takes_the_name_before_it(run: Any) -> None:
    # machine-translated Chinese: the whole subject hangs on "Regarding ...", "said" has none
    text = ("Beijing, May 2 (Reporter) - Regarding the so-called inauguration of the new leader of "
            "the region Pedro Vaz, the spokesperson of the Affairs Office of the State Council Chen Binhua "
            "said this day that the speech \"sent a wrong signal\".")
    mentions = [_mention(text, "the State Council Chen Binhua", kind="person", name="Council Chen Binhua", id=None)]
    q = _quote(run(text, mentions), "sent a wrong signal")
    assert _name(q) == "Chen Binhua"


def test_speech_verb_parsed_as_a_clause_of_the_name_takes_that_name(nlp: Any) -> None:
    # "X, the first woman in the post, declared: «…»" parsed with "declared" as an acl of X
    text = "The governor Rosa Pinto, the first woman in the post, declared before her voters: “We start today”."
    prep = prepare(text)
    doc = nlp(prep.clean)
    verb = next(t for t in doc if t.lower_ == "declared")
    name = next(t for t in doc if t.text == "Pinto")
    for t in doc:
        if t.head.i == verb.i and t.i != verb.i:
            t.head = name
    verb.head, verb.dep_, verb.tag_ = name, "acl", "VBD"
    name.head, name.dep_ = name, "ROOT"
    ctx = Context(Article(id="t", text=text), prep, doc, Settings())
    QuotesLayer(Settings())(ctx)
    assert "Pinto" in (_name(_quote(ctx.article.quotes, "We start today")) or "")


def test_generic_leader_word_takes_any_office_title_and_resignation_is_an_event(run: Any) -> None:
    text = ("QUITO - The senator Laura Vega assumed on Tuesday the presidency, two days after the "
            "resignation of Carlos Paz.\n\n"
            "From exile, the ex-president Paz wrote a letter. “We will come back”, added the former leader.")
    mentions = [_mention(text, "Laura Vega", kind="person", name="Laura Vega", id="p:vega"),
                _mention(text, "Carlos Paz", kind="person", name="Carlos Paz", id="p:paz"),
                _mention(text, "the ex-president Paz", kind="person", name="Carlos Paz", id="p:paz"),
                _mention(text, "the former leader", kind="person", name="Laura Vega", id="p:vega")]
    assert _name(_quote(run(text, mentions), "We will come back")) == "Carlos Paz"


def test_the_official_stays_the_unnamed_official_even_when_tied_to_a_named_person(run: Any) -> None:
    text = ("The foreign minister, Hugo Lara, spoke first. A senior official of the treasury said the "
            "debt would be paid. “There is no default”, the official said.")
    mentions = [_mention(text, "Hugo Lara", kind="person", name="Hugo Lara", id="p:lara"),
                _mention(text, "the official", kind="person", name="Hugo Lara", id="p:lara")]
    assert _name(_quote(run(text, mentions), "There is no default")) != "Hugo Lara"


def test_evaluative_modifiers_joined_by_a_translated_conjunction_are_the_speakers_words(run: Any) -> None:
    text = "The minister Rui Costa celebrated the “clean Y peaceful” elections in the north."
    assert "Costa" in (_name(_quote(run(text), "clean Y peaceful")) or "")
    # a label stays a scare quote
    assert _quote(run("Rui Costa celebrated the “no limits” partnership."), "no limits").speaker is None
