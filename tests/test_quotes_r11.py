"""Quote classes of the eleventh quotes round (issue 5: speakers on unseen text, no false attribution).

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


# -- names the recogniser cut short -----------------------------------------------------------------

def test_name_with_particle_is_read_whole(code: Any) -> None:
    # the recogniser tags only "bin Faisal"; the title run gives the whole name
    text = ("RIYADH — The Saudi Minister of Finance, Prince Turki bin Faisal, spoke after the meeting: "
            "\"We will keep the budget balanced.\" Later \"We are calm,\" said the Saudi minister.")
    art = code(text, "2024-05-02")
    assert _name(_quote(art.quotes, "balanced")) == "Turki bin Faisal"
    assert _name(_quote(art.quotes, "calm")) == "Turki bin Faisal"


def test_surname_that_names_a_people_ends_a_written_name(code: Any) -> None:
    # "Baloch" is also a people the knowledge base knows; written after a given name it is a surname
    text = "\"This is a breach of our borders,\" Foreign Office spokeswoman Amina Sadaf Baloch told reporters."
    assert _name(_quote(code(text, "2024-01-18").quotes, "breach")) == "Amina Sadaf Baloch"


def test_body_named_like_a_person_is_not_renamed(code: Any) -> None:
    text = "PARIS — France condemned the coup. The Quai d'Orsay added that Paris « does not recognise » the junta."
    assert _country(code(text, "2023-07-28"), "does not recognise") == "FRA"


# -- titles of works are no one's words -----------------------------------------------------------------

def test_title_of_a_song_has_no_speaker(run: Runner) -> None:
    text = ("Outside the hall, supporters of the senator played \"Born to Run Again\", an old campaign anthem, "
            "from a truck.")
    assert _quote(run(text), "Born to Run").speaker is None


def test_title_case_sentence_with_a_verb_has_no_speaker_under_a_speech_verb(run: Runner) -> None:
    text = "Senator Mara Quintal blasted \"We Will Not Be Moved\", the film about the strike, on Tuesday."
    assert _quote(run(text), "Moved").speaker is None


def test_sentence_case_words_under_the_same_verb_keep_their_speaker(run: Runner) -> None:
    text = "Senator Mara Quintal blasted the \"reckless and costly\" plan on Tuesday."
    assert _name(_quote(run(text), "reckless")) == "Mara Quintal"


def test_chanted_title_case_slogan_is_not_a_title(run: Runner) -> None:
    text = "Hundreds of students led by Tomas Arrieta chanted \"Free Them All Now\" outside the court."
    q = _quote(run(text), "Free Them")
    assert q.cue == "chanted"


# -- role words that point back --------------------------------------------------------------------------

def test_the_speaker_is_the_parliament_speaker_named_before(code: Any) -> None:
    text = ("WASHINGTON — House Speaker Daniel Ortmann met the president on Sunday.\n\n"
            "Ortmann answered an hour later. \"He never wanted a deal,\" the speaker said.")
    assert _name(_quote(code(text, "2023-05-28").quotes, "never wanted")) == "Daniel Ortmann"


def test_ex_president_split_by_the_parser_points_back(run: Runner) -> None:
    text = ("The ex-president Ramiro Quispe called his followers to keep the blockade. "
            "“They wanted to silence me”, affirmed the ex-president.")
    assert _name(_quote(run(text), "silence me")) == "Ramiro Quispe"


# -- fragments framed by thanks, blame, appeals and "as X calls it" ----------------------------------------

def test_quoted_word_in_the_reason_for_thanks_is_the_thankers(run: Runner) -> None:
    text = "The minister Ana Lima thanked the donors for their \"unwavering\" support."
    assert _name(_quote(run(text), "unwavering")) == "Ana Lima"


def test_hyphenated_evaluative_word_counts_as_one_word(run: Runner) -> None:
    text = "The minister Ana Lima thanked the donors for their \"rock-solid\" support."
    assert _name(_quote(run(text), "rock-solid")) == "Ana Lima"


def test_object_of_blame_is_the_blamers_charge(run: Runner) -> None:
    text = "Information Minister Jane Koroma blamed \"rogue officers\" and urged residents to stay indoors."
    assert _name(_quote(run(text), "rogue officers")) == "Jane Koroma"


def test_what_is_blamed_on_someones_label_is_no_ones(run: Runner) -> None:
    text = "NATO sent frigates after a string of incidents that Western governments blame on Russia's \"shadow fleet\"."
    assert _quote(run(text), "shadow fleet").speaker is None


def test_as_x_calls_it_gives_the_caller(code: Any) -> None:
    text = ("China banned the imports after the release of water from the plant, the “contaminated water” "
            "as Beijing calls it.")
    assert _country(code(text, "2023-09-01"), "contaminated water") == "CHN"


def test_call_of_a_named_person_for_a_quoted_act(run: Runner) -> None:
    text = "Thousands answered the call of the candidate Pedro Mota for a \"march to the capital\" on Thursday."
    assert _name(_quote(run(text), "march to the capital")) == "Pedro Mota"


def test_defended_that_is_a_cue_with_a_clause_only(run: Runner) -> None:
    text = ("The president Ana Lima received the visitor in the palace, and defended that the charges "
            "against him are a “constructed story”.")
    assert _name(_quote(run(text), "constructed story")) == "Ana Lima"
    text2 = "The government defended the “historic” reform on Monday."
    assert _quote(run(text2), "historic").speaker is None


# -- unnamed officials with a nationality in their phrase --------------------------------------------------

def test_anonymous_official_in_a_national_delegation_speaks_for_its_state(code: Any) -> None:
    # Saudi Arabia is the article's home country; the phrase names another state
    text = ("RIYADH — Saudi Arabia and Russia cut output again. Saudi Arabia said the market needed it, and "
            "Saudi Arabia rejected the criticism. An official in the Kuwaiti delegation, who asked not to "
            "be named, told: \"The buyers must understand that our interest comes first.\"")
    assert _country(code(text, "2022-10-05"), "buyers must understand") == "KWT"


# -- documents: "the statement said" after its issuer's sentence; "it said" after a document ------------

def test_definite_statement_speaks_for_the_subject_of_the_sentence_before(code: Any) -> None:
    text = ("WASHINGTON — The White House voiced its dismay on Sunday. «The President regrets a choice that "
            "hurts working families», said the statement.")
    assert _country(code(text, "2022-10-06"), "regrets a choice") == "USA"


def test_statement_after_a_dateline_subject_is_not_the_dateline(code: Any) -> None:
    text = ("QUITO — The Presidency of Ecuador defended the raid. “Nobody is above the law”, affirmed the "
            "communiqué.")
    assert _country(code(text, "2024-04-06"), "above the law") == "ECU"


def test_it_after_a_document_without_issuer_is_no_one(code: Any) -> None:
    # the actors layer may tie "it" to the state named inside the quotation
    text = "ANKARA — The statement was issued late on Monday. \"Turkey will respond,\" it said."
    assert _quote(code(text, "2024-02-05").quotes, "will respond").speaker is None


# -- no false attribution: datelines glued to subjects, named outlets ------------------------------------

def test_unnamed_plural_after_a_dateline_stays_unnamed(code: Any) -> None:
    text = "LONDON — Critics called the plan a \"cruel gimmick\". The minister Jane Dunmore said it would work."
    assert _quote(code(text, "2024-01-10").quotes, "cruel gimmick").speaker is None


def test_named_newspaper_is_the_media(run: Runner) -> None:
    text = "RABAT — The newspaper Le Matin described the deal as a \"historic turning point\"."
    assert _quote(run(text), "turning point").speaker is None


# -- titled and named speakers after the quotation ---------------------------------------------------------

def test_nationality_title_is_the_person_of_that_nationality(code: Any) -> None:
    text = ("MOSCOW - Vladimir Putin met Xi Jinping in the Kremlin.\n\n« Our relations are at the highest level "
            "in history », said the Russian president. « We will deepen the cooperation », replied the Chinese leader.")
    art = code(text, "2023-03-21")
    assert _country(art, "highest level") == "RUS"
    assert _country(art, "deepen the cooperation") == "CHN"


def test_nationality_title_over_the_actors_layers_unnamed_title(code: Any) -> None:
    text = ("LUANDA - The meeting was chaired by the Angolan chancellor Téte António, beside the Rwandan minister "
            "Olivier Nduhungirehe. “The peace is made on the ground', considered the Angolan minister.")
    assert _country(code(text, "2024-07-30"), "made on the ground") == "AGO"
    assert _name(_quote(code(text, "2024-07-30").quotes, "made on the ground")) != "the Angolan minister"


def test_title_holder_after_a_body_and_its_acronym(run: Runner) -> None:
    text = "PARIS - The unions called a new strike. « We will not let go », warned the secretary general of the CGT Sophie Binet."
    assert _name(_quote(run(text), "not let go")) == "Sophie Binet"


def test_role_word_parsed_as_an_adjective_points_back(run: Runner) -> None:
    text = ("The president Marta Quiroga visited the damaged palace. « Those who did this will pay », promised "
            "Quiroga. According to the mandatary, the invaders were « fanatics ».")
    assert _name(_quote(run(text), "fanatics")) == "Marta Quiroga"


def test_surname_the_parser_took_for_an_adverb_is_the_named_person(code: Any) -> None:
    text = ("LUANDA - The talks were chaired beside the Rwandan minister Olivier Nduhungirehe. Rwanda denied the "
            "charges. “Our security is not negotiable,” declared Nduhungirehe to the journalists.")
    assert _name(_quote(code(text, "2024-07-30").quotes, "not negotiable")) == "Olivier Nduhungirehe"


def test_relative_clause_read_as_a_complement_keeps_its_noun_as_subject(code: Any) -> None:
    text = ("ALGIERS - Algeria recalled its envoy. The ministry, that had warned France last Thursday, said that "
            "it will draw « all the consequences » of this choice. Algeria said it was firm.")
    assert _country(code(text, "2024-07-30"), "all the consequences") == "DZA"


# -- crowds chanting speak for their country ----------------------------------------------------------------

def test_crowd_whose_chant_the_parser_gave_a_time_noun_as_subject(code: Any) -> None:
    text = ("LAGOS - Nigeria removed the fuel subsidy. Nigeria said the reform would stay. At a station in Lagos, "
            "motorists who had waited since dawn chanted \"No fuel, no work\" as attendants turned them away.")
    assert _country(code(text, "2023-05-31"), "No fuel") == "NGA"


def test_crowd_whose_chant_hangs_on_a_street_name(code: Any) -> None:
    text = ("MADRID - Spain approved the amnesty. Spain said the law was fair. In Madrid, some thousands of people "
            "gathered for the seventh night in front of the party headquarters in the street Ferraz shouting "
            "«Sánchez, traitor».")
    assert _country(code(text, "2023-11-13"), "traitor") == "ESP"


def test_deputies_chanting_speak_for_their_country(code: Any) -> None:
    text = ("PARIS - France adopted the reform. France said the reform was needed. The deputies of the left "
            "chanted «Resign! Resign!» in the chamber.")
    assert _country(code(text, "2023-03-16"), "Resign") == "FRA"


# -- fragments the parser cut off, cries of a crowd -----------------------------------------------------------

def test_fragment_parsed_as_its_own_sentence_goes_on_the_clause_before(run: Runner) -> None:
    text = ("Mayor Ivan Petrov accused the council of lying and said the city would not pay the debt "
            "\"today, tomorrow or ever\".")
    assert _name(_quote(run(text), "tomorrow or ever")) == "Ivan Petrov"


def test_fragment_after_an_act_that_is_no_speech_stays_unattributed(run: Runner) -> None:
    text = "Mayor Ivan Petrov visited the border town \"at dawn\"."
    assert _quote(run(text), "at dawn").speaker is None


def test_marchers_to_the_cry_of_a_slogan_speak_for_their_country(code: Any) -> None:
    text = ("LIMA - Peru's Congress removed the president. Peru said the vote was legal. Thousands of young people "
            "marched in the center of Lima to the cry of “Merino is not my president”.")
    assert _country(code(text, "2020-11-12"), "not my president") == "PER"


def test_mt_and_with_an_apposition_gives_the_apposition(run: Runner) -> None:
    text = ("CARACAS - The opposition Democratic Platform rejected the count , Y its candidate, Edmundo González, "
            "declared: “We won ”.")
    assert _name(_quote(run(text), "We won")) == "Edmundo González"
