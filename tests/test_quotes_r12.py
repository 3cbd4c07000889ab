"""Quote classes of the twelfth quotes round (issue 5: speakers on unseen text, no false attribution).

Every sentence here is written for the test. Tests that need the knowledge base or the article's
home country run the places, actors and quotes layers only (``code``); the others run the quotes
layer alone (``run``).
"""
from __future__ import annotations

from typing import Any

import pytest

from _quotes_helpers import Runner, layers_coder, quotes_runner
from _quotes_helpers import only_quote as _quote
from _quotes_helpers import speaker_country as _country
from _quotes_helpers import speaker_name as _name


@pytest.fixture(scope="session")
def run(nlp: Any) -> Runner:
    return quotes_runner(nlp, check_spans=True)


@pytest.fixture(scope="session")
def code(nlp: Any) -> Any:
    return layers_coder(nlp)


# -- a rank word makes another office ---------------------------------------------------------------

def test_vice_president_is_not_the_president_introduced_before(code: Any) -> None:
    text = ("WASHINGTON — President Donald Trump flew to Florida on Friday and sent Vice President Mike Pence "
            "to the summit in Lima.\n\n"
            "Pence said he would meet the Peruvian host. \"America stands with its neighbours,\" the vice president "
            "told reporters.")
    assert _name(_quote(code(text, "2018-04-13").quotes, "stands with")) == "Mike Pence"


def test_president_is_not_the_vice_president_introduced_later(code: Any) -> None:
    text = ("BRASILIA — Vice President Geraldo Alckmin opened the fair on Monday, and President Luiz Inácio "
            "Lula da Silva spoke at its close.\n\n"
            "\"Industry is the future of Brazil,\" the president said.")
    assert _name(_quote(code(text, "2024-03-04").quotes, "Industry is")) == "Luiz Inácio Lula da Silva"


# -- unnamed politicians speak for their country ------------------------------------------------------

def test_anonymous_minister_who_confided_is_the_home_country(code: Any) -> None:
    text = ("PARIS — France will raise the pension age, the government said on Tuesday. The French cabinet met "
            "for hours, and France's unions called a strike.\n\n"
            "According to a minister who asked not to be named, the plan was drafted in secret. "
            "« Even the ministers heard it on the radio », confided this minister.")
    assert _country(code(text, "2023-01-10"), "heard it on the radio") == "FRA"


def test_unnamed_official_of_a_party_is_the_home_country(code: Any) -> None:
    text = ("WASHINGTON — The United States Senate passed the budget on Friday. The American president signed "
            "it the same night, and U.S. markets rose.\n\n"
            "\"We had the votes a week ago,\" said a senior Republican official, who asked not to be named.")
    assert _country(code(text, "2024-03-08"), "We had the votes") == "USA"


def test_unnamed_delegate_of_a_province_misparsed_as_passive(code: Any) -> None:
    # the parser reads "who asked not to be named said" as a passive participle with its subject
    text = ("BEIJING — China opened its annual legislative session on Tuesday. Chinese leaders promised growth, "
            "and China's premier read the work report.\n\n"
            "A delegate of the Hunan delegation who asked not to be named said to reporters: "
            "“The targets are ambitious but within reach.”")
    assert _country(code(text, "2024-03-05"), "targets are ambitious") == "CHN"


def test_one_unnamed_lawmaker_fragment_stays_unattributed(code: Any) -> None:
    text = ("LONDON — The British prime minister resigned on Thursday. Britain's ruling party will pick a new "
            "leader, and British voters are tired.\n\n"
            "One Labour lawmaker said the government had \"lost its way\".")
    assert _country(code(text, "2022-07-07"), "lost its way") is None


# -- names: a surname that is a country's name, a title with a lower-case body, a capitalised title -------

def test_surname_that_is_a_country_name_is_the_person(code: Any) -> None:
    text = ("SANTIAGO - The Broad Front, led by Hernán Montenegro, won on Sunday the municipal elections in Chile "
            "with a narrow advantage over the Republican Party.\n\n"
            "\"The voters asked for honesty Y we will give it\", declared Montenegro before the volunteers "
            "assembled in a theatre of Valparaíso.")
    assert _name(_quote(code(text, "2024-10-28").quotes, "asked for honesty")) == "Hernán Montenegro"


def test_title_of_a_body_the_parser_made_a_lower_case_name_introduces_the_name_after_the_comma(code: Any) -> None:
    text = ("HANOI - The congress of the Communist Party of Vietnam opened on Monday in Hanoi.\n\n"
            "According to the spokesman of the congress, Tran Van Minh, the resolution is “the result of a long "
            "debate inside Y outside the Party”.")
    assert _name(_quote(code(text, "2021-01-25").quotes, "the result of a long debate")) == "Tran Van Minh"


def test_capitalised_title_with_a_conjoined_title_takes_the_apposition(code: Any) -> None:
    text = ("TUNIS - President Kais Saied dissolved the parliament on Wednesday.\n\n"
            "«This is not a dissolution of the state», declared the Tunisian president.\n\n"
            "The Speaker of the parliament Y head of the Ennahda movement, Rached Ghannouchi, called the decree "
            "“an assault on the institutions'.")
    assert _name(_quote(code(text, "2022-03-30").quotes, "an assault on")) == "Rached Ghannouchi"


def test_fragment_under_a_participle_of_a_cue_after_a_quotation_takes_the_post_posed_speaker(run: Runner) -> None:
    text = ("LIMA - President Dina Boluarte spoke on Monday. «This is not a purge of the judiciary», confirmed the "
            "president Dina Boluarte, warning that «the courts will answer to the people ».")
    assert _name(_quote(run(text), "the courts will answer")) == "Dina Boluarte"


# -- the reporter's acts the parser hung elsewhere --------------------------------------------------------

def test_list_of_acts_after_a_comma_is_the_subjects(code: Any) -> None:
    text = ("MANILA - The Japanese Foreign Ministry issued statement, denounced the “reckless manoeuvres” of the "
            "coast guard vessels, Y reiterated its support.")
    assert _country(code(text, "2024-03-25"), "reckless manoeuvres") == "JPN"


def test_state_after_its_relative_clause_urged(code: Any) -> None:
    text = ("India and Pakistan exchanged fire on the border on Tuesday.\n\n"
            "Russia, which sells arms to both, offered to mediate and urged \"calm\".")
    assert _country(code(text, "2025-05-07"), "calm") == "RUS"


def test_reporters_act_joined_to_a_past_perfect_reported_clause(code: Any) -> None:
    text = ("President Emmanuel Macron said the rebels had shelled the camp \"without warning\" and called it "
            "\"a crime against the displaced\".")
    assert _name(_quote(code(text, "2024-02-12").quotes, "a crime against")) == "Emmanuel Macron"


def test_reporters_participle_after_a_past_perfect_reported_clause(code: Any) -> None:
    text = ("Hungarian Prime Minister Viktor Orbán rejected the report but denied that Budapest had blocked the "
            "aid, calling the claims \"lies from Brussels.\"")
    assert _name(_quote(code(text, "2024-02-01").quotes, "lies from Brussels")) == "Viktor Orbán"


def test_blamed_frames_its_object(run: Runner) -> None:
    text = "Interior Minister Carla Ruiz blamed \"a coordinated campaign of sabotage\" for the blackout."
    assert _name(_quote(run(text), "coordinated campaign")) == "Carla Ruiz"


def test_name_for_someones_thing_after_blamed_on_has_no_speaker(run: Runner) -> None:
    text = "Analysts said European governments blame the outages on Moscow's \"grey fleet\" of tankers."
    assert _quote(run(text), "grey fleet").speaker is None


def test_clause_with_its_own_subject_on_a_document_noun_is_that_subjects(code: Any) -> None:
    text = ("The government of Prime Minister Fumio Kishida did not contest the report, a choice opposition "
            "leader Kenta Izumi called \"a surrender\".")
    assert _name(_quote(code(text, "2023-08-24").quotes, "a surrender")) == "Kenta Izumi"


def test_statement_after_a_joint_statement_is_not_the_subjects(code: Any) -> None:
    text = ('Seoul agreed to reopen the hotline, according to a joint statement. The statement said the two '
            'governments would hold talks "without delay".')
    assert _quote(code(text, "2024-06-03").quotes, "without delay").speaker is None


def test_party_militants_chanting_in_a_hall_are_the_home_country(code: Any) -> None:
    text = ("ROME - Giorgia Meloni won the Italian elections on Sunday. Italy's right celebrated, and the Italian "
            "left conceded.\n\n"
            "In the headquarters of the party, the militants shouted « Giorgia to Palazzo Chigi » .")
    assert _country(code(text, "2022-09-26"), "Giorgia to Palazzo") == "ITA"
