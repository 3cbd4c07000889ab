"""Quote classes of the seventeenth quotes round (twelfth session: wrong speakers): post-posed
machine-translation speakers behind a time phrase, title holders' names the recogniser glued to the
body of the title.

Every sentence here is written for the test; the places, actors and quotes layers run (``code``).
Several texts open a quotation with “ and close it with ' on purpose: machine-translated wire copy
mixes its marks so, and the rules must read such quotations too.
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


# -- post-posed speakers and glued names ----------------------------------------------------------

def test_postposed_speaker_after_a_time_phrase(code: Any) -> None:
    text = ("QUITO - Police searched the house of the president Maria Lopez on Friday.\n\n"
            "“This is an attack on democracy', declared this Saturday the president of the Council of "
            "Ministers, Carlos Ruiz, who accused the attorney general.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "attack on democracy")) == "Carlos Ruiz"


def test_time_phrase_before_an_unnamed_body_is_no_person(code: Any) -> None:
    # decoy: no person noun after the time phrase; the rule must not reach for the president
    text = ("QUITO - The president Maria Lopez travelled to Lima on Friday.\n\n"
            "“The talks failed', affirmed this Sunday Peru's foreign ministry.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "talks failed")) != "Maria Lopez"


def test_title_holder_glued_over_the_comma_to_the_body(code: Any) -> None:
    text = ("MAPUTO - Insurgents attacked two villages in the north on Monday.\n\n"
            "“We will not give up one metre of our land', warned the minister of the National "
            "Defence, Jaime Neto.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "one metre")) == "Jaime Neto"


def test_title_holder_glued_to_the_body_closed_by_the_full_stop(code: Any) -> None:
    text = ("MAPUTO - Insurgents attacked two villages in the north on Monday.\n\n"
            "\u201cThe army will hold every village', declared the minister of the National Defence, "
            "Carlos Mondo.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "every village")) == "Carlos Mondo"


def test_known_organisation_after_a_titles_body_is_no_name(code: Any) -> None:
    # decoy: the apposition is a body the knowledge base knows, not the title holder's name
    text = ("LONDON - Protests spread on Monday.\n\n"
            "\"The arrests are arbitrary,\" said the head of Human Rights, Amnesty International, in a "
            "statement.")
    q = _quote(code(text, "2024-03-05").quotes, "arbitrary")
    assert q.speaker is None or q.speaker.kind != "person"


def test_title_holder_hung_apart_from_the_ministry(code: Any) -> None:
    text = ("BEIJING - China answered the new tariffs on Thursday.\n\n"
            "“China always opposes the abuse of tariffs', said the spokesman of the Ministry of "
            "Foreign Affairs Zhang Wei in the regular press conference of this afternoon.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "abuse of tariffs")) == "Zhang Wei"


def test_ministry_without_a_name_stays_the_spokesman(code: Any) -> None:
    # decoy: the organisation entity ends with body words, not a name
    text = ("BEIJING - China answered the new tariffs on Thursday.\n\n"
            "“The ban stays', said the spokesman of the Ministry of Trade and Industry.")
    name = _name(_quote(code(text, "2024-03-05").quotes, "ban stays"))
    assert name is None or "Industry" not in name.split()[-1:]


# -- a quotation attributed by the sentence after it ----------------------------------------------

def test_words_came_from_the_named_minister(code: Any) -> None:
    text = ("ROME — The government fell on Thursday.\n\n"
            "Matteo Conti of the League said his party had done its duty. \"This is a sad day for the "
            "country.\" The words came from Foreign Minister Luigi Rossi, who quit his party in June.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "sad day")) == "Luigi Rossi"


def test_machine_translated_phrase_was_of_the_senator(code: Any) -> None:
    text = ("BRASILIA — A councilwoman was shot dead on Wednesday.\n\n"
            "\"It was a crime of political nature.\" The phrase was of the senator Lino Faria, of the "
            "PT, in the tribune of the Senate.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "crime of political")) == "Lino Faria"


def test_it_was_the_comment_of_the_prince(code: Any) -> None:
    text = ("AMMAN — Prime Minister Omar Razi resigned on Monday.\n\n"
            "\"The people have shown great calm.\" It was the comment of the Crown Prince Hassan, who "
            "visited the troops.")
    assert "Hassan" in (_name(_quote(code(text, "2024-03-05").quotes, "great calm")) or "")


def test_phrase_was_of_a_description_with_the_name_in_apposition(code: Any) -> None:
    text = ("BEIJING - The congress closed on Sunday.\n\n"
            "\u201cThe Party is more united than ever.\" The phrase was of the new number two of the "
            "hierarchy Li Qiang , secretary of Shanghai , in a meeting with cadres this Monday.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "more united")) == "Li Qiang"


def test_words_from_a_speech_are_no_speaker(code: Any) -> None:
    # decoy: the words came from a document, not a person; the rule must not name the speech
    text = ("WASHINGTON — Thousands marched on Saturday.\n\n"
            "\"We shall overcome.\" The words came from a 1963 speech, read again by the crowd.")
    name = _name(_quote(code(text, "2024-03-05").quotes, "shall overcome"))
    assert name is None or "speech" not in name


def test_sentence_that_came_from_a_judge_is_the_courts_not_the_defendants_words(code: Any) -> None:
    # decoy: "sentence" and "verdict" name the court's act; the defendant the paragraph named keeps them
    for noun in ("sentence", "verdict"):
        text = ("MADRID — A court jailed the former mayor Luis Ortega on Monday.\n\n"
                "Ortega has always denied the charges. \"I am innocent.\" The " + noun + " came from "
                "Judge Ana Ruiz after a two-week trial.")
        assert _name(_quote(code(text, "2024-03-05").quotes, "I am innocent")) != "Ana Ruiz", noun


def test_appeal_that_came_from_a_lawyer_is_not_the_quotation(code: Any) -> None:
    # decoy: the lawyer lodged an appeal; the quoted words are the ruling's
    text = ("WARSAW — A court upheld the ban on Tuesday.\n\n"
            "The ruling said the protest endangered public order. \"Freedom of assembly is not "
            "absolute.\" The appeal came from lawyer Marta Nowak, who represents the organisers.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "not absolute")) != "Marta Nowak"


def test_call_that_came_from_a_president_is_a_phone_call(code: Any) -> None:
    # decoy: the families said it; the president's call is another act
    text = ("TEHRAN — Iran released two French nationals on Monday.\n\n"
            "Their families had waited for two years. \"We are overjoyed.\" The call came from "
            "President Emmanuel Macron on Monday night.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "overjoyed")) != "Emmanuel Macron"


def test_warning_that_came_to_someone_names_its_addressee(code: Any) -> None:
    # decoy: "came to X" names the one it was sent to, for every noun
    text = ("TEHRAN — Iran fired missiles at a base on Sunday.\n\n"
            "State television broadcast the statement of the Revolutionary Guards. \"We will strike "
            "back at any aggressor.\" The warning came to President Tom Baker in a letter.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "strike back")) != "Tom Baker"
    text = ("KYIV — Ukraine asked for more air defence on Monday.\n\n"
            "The letter was signed by dozens of mayors. \"Our cities need protection now.\" The message "
            "came to Chancellor Olaf Scholz through the embassy.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "cities need")) != "Olaf Scholz"


def test_warning_from_another_does_not_take_the_paragraphs_own_speaker(code: Any) -> None:
    # decoy: a noun that may name another utterance leaves the person the paragraph made its subject
    text = ("LIMA — A court opened the trial of the former mayor Luis Ortega on Monday.\n\n"
            "Ortega told reporters that the case was political. \"I did nothing wrong.\" The warning "
            "came from Judge Ana Ruiz, who said the trial would be long.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "did nothing wrong")) != "Ana Ruiz"


def test_words_inside_the_sentence_are_not_attributed_after(code: Any) -> None:
    # decoy: the quotation does not end its sentence; its own cue decides
    text = ("ROME — The government fell on Thursday.\n\n"
            "Premier Anna Berg said the vote was \"a betrayal\", and the words came from her heart, "
            "aides added.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "a betrayal")) == "Anna Berg"


# -- "he"/"she" and the given-name table ----------------------------------------------------------

def test_she_is_not_the_man_who_spoke_last(code: Any) -> None:
    text = ("ROME — The government of Mario Draghi collapsed on Thursday.\n\n"
            "Giorgia Meloni, whose party stayed in opposition, welcomed the collapse. Matteo Salvini of "
            "the League said his party had done its duty by voters. \"Italians must now be allowed to "
            "choose,\" she said.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "allowed to choose")) == "Giorgia Meloni"


def test_he_keeps_the_man_who_spoke_last(code: Any) -> None:
    # decoy: the latest speaker agrees with the pronoun; the woman named before does not take it
    text = ("ROME — The government of Mario Draghi collapsed on Thursday.\n\n"
            "Giorgia Meloni welcomed the collapse. Matteo Salvini of the League said his party had done "
            "its duty by voters. \"Italians must now be allowed to choose,\" he said.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "allowed to choose")) == "Matteo Salvini"


def test_unknown_given_name_keeps_the_latest_speaker(code: Any) -> None:
    # decoy: no name of the pronoun's sex is known; the latest speaker stays
    text = ("DAKAR — The minister Ousmane Sall met the envoys on Monday.\n\n"
            "The Minister of Foreign Affairs, Yaya Ndour, said to the press that the government shared "
            "the message. She added: « We want partners, not tutors ».")
    assert _name(_quote(code(text, "2024-03-05").quotes, "partners, not tutors")) == "Yaya Ndour"


def test_she_in_a_partial_quote_is_not_the_man_quoted_before(code: Any) -> None:
    # decoy: no woman named nearby; the man the table knows is no "she" (a miss, not his words)
    for text in ("ROME — The government fell on Thursday.\n\nMatteo Salvini said the League would vote "
                 "no. She called the plan \"a disgrace\".",
                 "ROME — The government fell on Thursday.\n\n\"We will vote no,\" said Matteo Salvini. "
                 "She described the plan as \"a disgrace\"."):
        assert _name(_quote(code(text, "2024-03-05").quotes, "a disgrace")) != "Matteo Salvini"


def test_russian_mens_names_ending_in_a_are_not_womens() -> None:
    from dateline._actors.given_names import GIVEN_GENDER

    assert GIVEN_GENDER.get("Nikita") != "f" and GIVEN_GENDER.get("Vanya") != "f"


# -- titles that point back and names after a title's comma ---------------------------------------

def test_title_points_back_to_the_one_it_introduced_not_the_next_name(code: Any) -> None:
    text = ("AMMAN - The Prime Minister Hani Malki presented his resignation to the King Abdullah II, who "
            "accepted it and charged the Minister of Education Omar Razi with forming a new government.\n\n"
            "The King had said to journalists on Sunday that Jordan faces \"an unprecedented situation\".")
    assert "Abdullah" in (_name(_quote(code(text, "2024-03-05").quotes, "unprecedented situation")) or "")


def test_name_tagged_as_organisation_after_a_titles_body(code: Any) -> None:
    text = ("AMMAN - Protests went on for a fifth night.\n\n"
            "The Minister of State for Media Affairs, Rania Haddadin, spokeswoman of the government, said "
            "on Saturday that the bill \"protects the poor\". Asked whether the government would withdraw "
            "it, she replied: \"The new government will decide\".")
    quotes = code(text, "2024-03-05").quotes
    assert _name(_quote(quotes, "protects the poor")) == "Rania Haddadin"
    assert _name(_quote(quotes, "will decide")) == "Rania Haddadin"


def test_stop_after_the_closing_mark_still_ends_the_sentence(code: Any) -> None:
    text = ("ALGIERS - The president resigned on Tuesday.\n\n"
            "« The army will stay with the people until the end ». The sentence was of the general "
            "Ahmed Salah himself, pronounced one week before in Ouargla.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "until the end")) == "Ahmed Salah"


# -- unnamed sources close to a domestic body -----------------------------------------------------

def test_source_close_to_the_chancellery_is_a_home_voice(code: Any) -> None:
    text = ("VIENNA - Austria's chancellor Karl Nehmer faced calls to resign. Austria's prosecutors raided "
            "the offices of the Austrian People's Party in Vienna.\n\n"
            "A source close to the chancellery said Nehmer had \"no intention of leaving politics\".")
    q = _quote(code(text, "2024-03-05").quotes, "no intention")
    assert q.speaker is not None and q.speaker.country == "AUT"


def test_source_close_to_a_family_is_no_home_voice(code: Any) -> None:
    # decoy: a family is no state body; the source stays unidentified (not Austria)
    text = ("VIENNA - Austria's chancellor Karl Nehmer faced calls to resign on Monday.\n\n"
            "A source close to the family said the trip had been \"a grave mistake\".")
    q = _quote(code(text, "2024-03-05").quotes, "grave mistake")
    assert q.speaker is None or q.speaker.country != "AUT" or q.speaker.name != "source"


# -- a possessed person noun with its name in apposition ------------------------------------------

def test_her_colleague_named_in_apposition_speaks(code: Any) -> None:
    text = ("BEIJING - The spokeswoman Mao Ning said on Monday that the former leader was fine.\n\n"
            "Her colleague Wang Wenbin had said last week that the Congress was \"an open meeting\".")
    assert _name(_quote(code(text, "2024-03-05").quotes, "open meeting")) == "Wang Wenbin"


def test_his_widow_named_after_a_comma_speaks(code: Any) -> None:
    text = ("MUNICH - The conference opened on Friday.\n\n"
            "Alexei Petrov died in prison. His widow, Yulia Petrova, took the stage on Friday and vowed "
            "that the Kremlin \"will be punished.\"")
    assert _name(_quote(code(text, "2024-03-05").quotes, "will be punished")) == "Yulia Petrova"


def test_his_spokesman_without_a_name_is_not_the_possessor_by_this_rule(code: Any) -> None:
    # decoy: no name in apposition; the rule leaves the reading as it was (whoever "his" is, or none)
    text = ("MUNICH - The conference opened on Friday.\n\n"
            "Senator Mark Hale arrived late. His spokesman said the delay was \"regrettable\".")
    q = _quote(code(text, "2024-03-05").quotes, "regrettable")
    assert q.speaker is None or q.speaker.text == "His spokesman"


# -- "Asked whether X ..., she replied" -----------------------------------------------------------

def test_the_one_asked_is_not_the_one_the_question_names(code: Any) -> None:
    text = ("HELSINKI - Prime Minister Sanna Lind tested negative for drugs on Monday.\n\n"
            "Finance Minister Annika Saari, whose party is a partner in Lind's coalition, said the matter "
            "was closed. Asked whether the prime minister still enjoyed her party's confidence, she "
            "replied: \"Yes, and I see no reason to go on with this.\"")
    assert _name(_quote(code(text, "2024-03-05").quotes, "no reason to go on")) == "Annika Saari"


def test_asked_about_herself_keeps_the_speaker(code: Any) -> None:
    # decoy: the question names no one else; the pronoun keeps the latest speaker
    text = ("HELSINKI - Prime Minister Sanna Lind tested negative for drugs on Monday.\n\n"
            "Finance Minister Annika Saari said the matter was closed. Asked whether she would leave the "
            "coalition, she replied: \"No, we stay.\"")
    assert _name(_quote(code(text, "2024-03-05").quotes, "we stay")) == "Annika Saari"


# -- "the head of the French diplomacy" -----------------------------------------------------------

def test_head_of_the_diplomacy_is_the_latest_quoted_person(code: Any) -> None:
    text = ("PARIS - France recalled its ambassador on Friday.\n\n"
            "The minister Jean-Paul Lemaire had estimated on Friday that the junta « leads the country to "
            "an impasse ». « We cannot stay in Mali at any price », affirmed the head of the French "
            "diplomacy .")
    assert _name(_quote(code(text, "2024-03-05").quotes, "at any price")) == "Jean-Paul Lemaire"


def test_head_of_a_named_body_is_not_pointed_back(code: Any) -> None:
    # decoy: the title is "of" a named body, not a domain of office; the rule stays out
    text = ("PARIS - France recalled its ambassador on Friday.\n\n"
            "The minister Jean-Paul Lemaire had estimated on Friday that the junta « leads the country to "
            "an impasse ». « We will strike back », affirmed the head of the Wagner Group .")
    assert _name(_quote(code(text, "2024-03-05").quotes, "strike back")) != "Jean-Paul Lemaire"


def test_head_of_another_states_diplomacy_is_not_the_prime_minister(code: Any) -> None:
    # decoy: the phrase names Russia; the Hungarian quoted before, unknown to the KB, is not it
    text = ("BUDAPEST - Hungary blocked the sanctions on Monday.\n\n"
            "\"Sanctions do not work,\" said Prime Minister Tomas Varga. \"Hungary is a reliable "
            "partner,\" affirmed the head of the Russian diplomacy.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "reliable partner")) != "Tomas Varga"


# -- "the leader of <a party>" is a person --------------------------------------------------------

def test_leader_of_the_party_is_the_person_the_role_introduced(code: Any) -> None:
    text = ("TAIPEI - China held drills around the island on Monday.\n\n"
            "The leader of the Democratic Progressive Party, Chen Mingde, spoke in Tainan. \"We will not "
            "bow to pressure,\" he said. \"Peace relies on strength,\" added the leader of the "
            "Democratic Progressive Party.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "Peace relies")) == "Chen Mingde"


def test_party_leader_after_a_head_of_government_is_not_that_head(code: Any) -> None:
    # decoy: a party's leader answering the prime minister quoted before; never introduced as one
    text = ("BUDAPEST - The coalition split on Monday.\n\n"
            "\"We reject the plan,\" said Prime Minister Tomas Varga on Monday.\n\n"
            "\"We will vote against it,\" added the leader of the Christian Democratic Party.")
    assert _name(_quote(code(text, "2024-03-05").quotes, "vote against")) != "Tomas Varga"


def test_leader_of_a_party_with_no_person_in_the_text_stays_the_party(code: Any) -> None:
    # decoy: no one the role could point back to; the party of its "of" phrase stays the speaker
    text = "BERLIN - \"We reject the plan,\" said the leader of the Green party on Monday."
    q = _quote(code(text, "2024-03-05").quotes, "reject the plan")
    assert q.speaker is None or q.speaker.kind != "person"


# -- "an embassy spokesman" -----------------------------------------------------------------------

def test_embassy_spokesman_is_the_embassy_named_before(code: Any) -> None:
    text = ("PHNOM PENH - Cambodia charged the opposition leader with treason on Monday.\n\n"
            "The U.S. State Department said it was gravely concerned, and the U.S. Embassy denied any "
            "interference in Cambodian politics. \"These accusations are baseless,\" an embassy spokesman said.")
    q = _quote(code(text, "2024-03-05").quotes, "baseless")
    assert q.speaker is not None and q.speaker.country == "USA"


def test_embassy_spokesman_with_no_embassy_named_is_not_a_state(code: Any) -> None:
    # decoy: no embassy named before; the rule gives no state
    text = ("PHNOM PENH - Cambodia charged the opposition leader with treason on Monday.\n\n"
            "\"These accusations are baseless,\" an embassy spokesman said.")
    q = _quote(code(text, "2024-03-05").quotes, "baseless")
    assert q.speaker is None or q.speaker.country != "USA"
