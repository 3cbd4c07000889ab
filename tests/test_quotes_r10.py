"""Quote classes of the tenth quotes round (issue 5: speakers on unseen text, no false attribution).

Every sentence here is written for the test. The quotes layer runs alone (no actors layer) unless a
test needs the knowledge base or the article's home country; those run the places, actors and
quotes layers only (``code``).
"""
from __future__ import annotations

from typing import Any

import pytest

from _quotes_helpers import Runner, layers_coder, quotes_runner
from _quotes_helpers import speaker_country as _country
from _quotes_helpers import only_quote as _quote
from _quotes_helpers import speaker_name as _name


@pytest.fixture(scope="session")
def run(nlp: Any) -> Runner:
    return quotes_runner(nlp, check_spans=True)


@pytest.fixture(scope="session")
def code(nlp: Any) -> Any:
    return layers_coder(nlp)


# -- names in marks: a capitalised name after "of", a naming participle read as a clause ----------------

def test_capitalised_name_after_of_has_no_speaker(code: Any) -> None:
    text = ("Chile announced on Monday the end of the talks over the bridge of the \"Concord\" which Peru "
            "builds on the river.")
    assert _quote(code(text, "2024-03-04").quotes, "Concord").speaker is None


def test_cry_of_a_quoted_word_is_still_a_chant(run: Runner) -> None:
    # the exception: after a noun of something said, the quoted word is said
    text = "The Senate leader Mara Quintal answered with the cry of \"Freedom\" before the vote."
    q = _quote(run(text), "Freedom")
    assert q.speaker is None or _name(q) == "Mara Quintal"  # never a label rule's victim of the wrong kind


def test_participle_naming_drills_read_as_a_clause_gives_no_speaker(code: Any) -> None:
    text = "In 2020 Greece and Cyprus held joint air force drills named \"Aegean Wings\"."
    assert _quote(code(text, "2024-03-04").quotes, "Aegean Wings").speaker is None


# -- machine translation's "Y" (and) read as the subject of the second verb ------------------------------

def test_mt_y_before_said_takes_the_first_clause_subject(run: Runner) -> None:
    text = ("The unions accused the government of lying , while the chairman of the party Tomas Varga "
            "denied that his deputies voted for the law , Y said that 'the budget is a trap\u201d.")
    assert _name(_quote(run(text), "the budget is a trap")) == "Tomas Varga"


def test_mt_y_after_a_complement_clause_takes_the_main_subject(run: Runner) -> None:
    text = ("The Foreign Ministry of Norland rejected the claims , Y affirmed that the sanctions "
            "\u201c will not touch the daily life of the citizens'.")
    q = _quote(run(text), "will not touch the daily life")
    assert q.speaker is not None and "Norland" in (q.speaker.name or "") + " " + (q.speaker.country or "")


# -- a pronoun the actors layer tied to a title that opens its sentence: the name the title introduces ----

def test_pronoun_tied_to_sentence_initial_title_takes_the_name(code: Any) -> None:
    text = ("The spokesman of the Ministry of Commerce Gao Feng said on Tuesday that China opposes the new "
            "tariffs. \"Trade wars have no winners,\" he said.")
    assert _name(_quote(code(text, "2023-05-09").quotes, "Trade wars have no winners")) == "Gao Feng"


def test_title_named_in_an_apposition_with_its_own_title(run: Runner) -> None:
    text = "According to the spokesman of the army, the general Paul Mbeki, the troops will \"stay as long as needed\"."
    assert _name(_quote(run(text), "stay as long as needed")) == "Paul Mbeki"


# -- unnamed domestic bodies: an "Office", and the dateline's country with two actor mentions ------------

def test_unresolved_office_speaks_for_the_home_country(code: Any) -> None:
    text = ("LONDON — Britain's prime minister Keir Starmer promised on Monday to cut net migration. Starmer "
            "said the plan would take two years.\n\nIn a statement, the Home Office said that the new "
            "visa checks were \"fully on track.\"")
    assert _country(code(text, "2025-05-12"), "fully on track") == "GBR"


def test_dateline_country_named_twice_is_home(code: Any) -> None:
    text = ("BEIJING, 3 June - Taiwan's leader opened a new session of the legislature in Taipei, where the "
            "ruling party of Taiwan lost its majority. Taipei said the vote was free. China criticised the "
            "speech.\n\nIn a statement, the Ministry of Foreign Affairs said that Beijing \"firmly opposes\" "
            "any contact with Taipei.")
    assert _country(code(text, "2024-06-03"), "firmly opposes") == "CHN"


# -- a name the recogniser missed: the proper-noun run, without the title and the dateline before it ----

def test_missed_hyphenated_name_drops_title_and_dateline(code: Any) -> None:
    text = ("DHAKA — Army chief General Waker-Uz-Zaman told a news conference on Tuesday that the curfew "
            "would end. He said: \"Elections will be held within a year.\"")
    assert _name(_quote(code(text, "2024-08-13").quotes, "Elections will be held")) == "Waker-Uz-Zaman"


# -- an unnamed aide is a home-country voice; machine translation's "the text" is a document ------------

def test_unnamed_aide_speaks_for_the_home_country(code: Any) -> None:
    text = ("BRASILIA, 2 Nov - President Luiz Inácio Lula da Silva met the governors of Brazil in Brasilia. "
            "Lula said Brazil would invest in the north.\n\nAn aide of the president, who asked anonymity, "
            "said that Lula \"will not travel this week\".")
    assert _country(code(text, "2023-11-02"), "will not travel this week") == "BRA"


def test_the_text_speaks_for_the_issuer_of_the_communique(run: Runner) -> None:
    text = ("In a communiqué, the Ministry of Agriculture of Ruritania announced new quotas. "
            "\u00ab The quotas will apply from March \u00bb, specified the text.")
    q = _quote(run(text), "The quotas will apply from March")
    assert q.speaker is not None and "Agriculture" in (q.speaker.name or "")


def test_colon_after_a_relative_clause_takes_the_main_subject(run: Runner) -> None:
    text = ("Governor Lucia Ferraz ended her rally with the slogan that had opened every event of her "
            "campaign: \u00abThe south first, always\u00bb.")
    assert _name(_quote(run(text), "The south first, always")) == "Lucia Ferraz"


# -- "what it called": the pronoun is the subject of the clause the "what" clause hangs in --------------

def test_what_it_called_takes_the_governing_subject(code: Any) -> None:
    text = ("VILNIUS — Lithuania said on Monday it had closed two border crossings with Belarus, as the "
            "European Union prepared new sanctions against Minsk over what it called a \"cynical "
            "provocation\" at its frontier.")
    q = _quote(code(text, "2021-11-08").quotes, "cynical provocation")
    assert q.speaker is not None and q.speaker.name == "European Union"


# -- a quoted manner adverb of a stance taken is the one taking it's word --------------------------------

def test_quoted_adverb_of_a_rejection_is_the_rejecters(code: Any) -> None:
    text = ("OTTAWA - The government of Canada rejected \u201ccategorically\u201d the attempt to close the "
            "parliament of Peru and welcomed the new authorities.")
    assert _country(code(text, "2022-12-08"), "categorically") == "CAN"



# -- machine translation's inversion: '“…”, told X' with no subject is X speaking ------------------------

def test_mt_subjectless_told_after_the_quotation_takes_the_name(code: Any) -> None:
    text = ("The video shows agents knocking to the ground the consul, Ramon Delgado. \u201cThey kicked me, "
            "they insulted me' , told Delgado upon arriving at the airport.")
    assert _name(_quote(code(text, "2024-04-07").quotes, "They kicked me")) == "Ramon Delgado"


def test_told_with_a_subject_keeps_the_addressee_out(run: Runner) -> None:
    text = "\"We are ready,\" the minister told Ramon Delgado at the airport."
    assert _name(_quote(run(text), "We are ready")) != "Ramon Delgado"
