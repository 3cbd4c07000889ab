"""Quote classes of the sixth round (issue 5: speakers on unseen text, zero false attributions).

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


# -- names given by a naming verb with no speaker of its own ----------------------------------------

def test_participle_naming_the_noun_before_gives_no_speaker(run: Runner) -> None:
    text = "The farmers' union said it would back the petition called \"Bread Before Borders\" in the assembly."
    assert _quote(run(text), "Bread Before Borders").speaker is None


def test_body_naming_itself_gives_no_speaker(run: Runner) -> None:
    text = ("The armed group, which calls itself the \"Army of the Southern Valleys\", said on Sunday "
            "that it had taken two villages.")
    assert _quote(run(text), "Army of the Southern Valleys").speaker is None


def test_naming_verb_with_a_subject_stays_a_frame(run: Runner) -> None:
    text = "Senator Ruth Adeyemi called the measure \"a blank cheque\" during the debate."
    assert _name(_quote(run(text), "blank cheque")) == "Ruth Adeyemi"


# -- a name in marks is someone's words only as the object of their speech verb -----------------------

def test_quoted_name_in_a_reported_clause_has_no_speaker(run: Runner) -> None:
    text = ("Finance Minister Olga Brandt noted that the bank's \"Green Harbour Fund\" had lost a third "
            "of its value since March.")
    assert _quote(run(text), "Green Harbour Fund").speaker is None


def test_quoted_name_as_the_object_of_a_speech_verb_keeps_its_speaker(run: Runner) -> None:
    text = "Prime Minister Lena Varga called for a \"New Danube Compact\" at the summit in Vienna."
    assert _name(_quote(run(text), "New Danube Compact")) == "Lena Varga"


def test_chanted_slogan_in_capitals_keeps_its_speaker(run: Runner) -> None:
    text = "Outside the court, the protesters chanted \"Free Tomas Herrera!\" for an hour."
    assert _quote(run(text), "Free Tomas Herrera!").speaker is not None


# -- a conjoined speech verb the parser gave a thing as subject --------------------------------------

def test_thing_subject_of_a_conjoined_verb_is_not_the_speaker(run: Runner) -> None:
    text = ("In Rome, the foreign ministry said the accusation was \"false\" and called for the "
            "\"immediate release\" of the reporter.")
    q = _quote(run(text), "immediate release")
    assert q.speaker is not None and "accusation" not in (q.speaker.text or "")
    assert "ministry" in (q.speaker.text or "").lower()


def test_subject_the_actors_layer_made_no_actor_of_passes_to_the_reporter(code: Any) -> None:
    art = code("A NATO spokeswoman said on Monday the drills near the border were \"provocative\" and "
               "that the bloc would consider \"every measure.\"", "2023-03-06")
    q = _quote(art.quotes, "every measure")
    assert q.speaker is not None and q.speaker.name == "NATO"


# -- post-posed titled speakers whose name the recogniser glued to the ministry ----------------------

def test_name_glued_to_a_ministry_after_a_title(run: Runner) -> None:
    text = ("Officials said trade would recover. \"The door of dialogue stays open,\" stressed the "
            "spokesman of the Ministry of Finance Liu Haoran at a briefing in Beijing.")
    assert _name(_quote(run(text), "door of dialogue")) == "Liu Haoran"


# -- unnamed officials, state-organ sources and crowds: the home country ----------------------------

def test_anonymous_official_speaks_for_the_dateline_country(code: Any) -> None:
    art = code("BAMAKO — Mali's junta expelled the French ambassador on Monday, accusing France of "
               "\"hostile\" remarks. Mali said Paris had 72 hours to respond, and Mali's army closed "
               "the airport.\n\n"
               "A senior official in the transitional government, speaking on condition of anonymity, "
               "said the decision was final. \"Nobody will dictate our choices,\" the official said.",
               "2022-01-31")
    assert _country(art, "Nobody will dictate") == "MLI"


def test_state_organ_source_speaks_for_the_home_country(code: Any) -> None:
    art = code("Chad's army said on Friday it had pushed back rebels near the Libyan border. Chad's "
               "government closed two crossings and Chad's president visited the troops.\n\n"
               "A military source told the agency that the fighting had stopped at dusk. \"The rebels "
               "fled north,\" the source said.", "2021-04-23")
    assert _country(art, "rebels fled north") == "TCD"


def test_plain_source_stays_unattributed(code: Any) -> None:
    art = code("Chad's army said on Friday it had pushed back rebels near the Libyan border. Chad's "
               "government closed two crossings and Chad's president visited the troops.\n\n"
               "A source close to the talks, who asked not to be named, said: \"Nothing is signed.\"",
               "2021-04-23")
    assert _quote(art.quotes, "Nothing is signed").speaker is None


def test_counted_supporters_in_no_named_place_are_the_home_population(code: Any) -> None:
    art = code("CONAKRY — Guinea's military rulers dissolved the government on Sunday. Guinea's "
               "soldiers guarded the palace and Guinea's borders were closed.\n\n"
               "Hundreds of supporters gathered outside the palace, shouting "
               "\"Freedom at last!\" as the convoy passed.", "2021-09-05")
    assert _country(art, "Freedom at last") == "GIN"


# -- scare quotes in the narration ------------------------------------------------------------------

def test_what_observers_called_is_not_the_reporters_fragment(code: Any) -> None:
    art = code("The electoral board said on Tuesday that the count, marred by what observers called "
               "\"irregularities\", was final.", "2024-02-13")
    assert _quote(art.quotes, "irregularities").speaker is None


def test_quoted_subject_of_a_relative_clause_has_no_speaker(run: Runner) -> None:
    text = ("Governor Amal Haddad vowed to repair the damage left by her predecessor, whose "
            "\"recovery plan\" emptied the treasury.")
    assert _quote(run(text), "recovery plan").speaker is None


def test_quoted_subject_of_an_adverbial_clause_has_no_speaker(run: Runner) -> None:
    text = ("Mayor Ines Costa said the city would borrow more after the \"green bonds\" failed to "
            "attract buyers.")
    assert _quote(run(text), "green bonds").speaker is None


# -- crowds the parser read as a noun with a participle ------------------------------------------------

def test_bare_crowds_chanting_are_the_population_of_their_place(code: Any) -> None:
    art = code("Georgia's parliament passed the foreign agents bill on Tuesday.\n\n"
               "In Tbilisi, crowds gathered in Freedom Square chanting \"No to the Russian law\" "
               "until late at night.", "2024-05-14")
    assert _country(art, "No to the Russian law") == "GEO"


# -- a body named again by the last word of its name ---------------------------------------------------

def test_body_named_by_the_last_word_of_its_name(code: Any) -> None:
    art = code("TEHRAN — Iran's Revolutionary Guards warned on Friday that they would answer any "
               "attack on the country's nuclear sites.\n\n"
               "\"Our response will be swift and decisive\", stressed the Guards in a statement.",
               "2024-04-19")
    assert _country(art, "response will be swift") == "IRN"


# -- a quotation alone in its paragraph, its full stop outside the marks --------------------------------

def test_quotation_alone_in_its_paragraph_takes_the_person_named_before(run: Runner) -> None:
    text = ("The head of the relief mission, Karin Olsen, announced the dispatch of two aid "
            "convoys.\n\n«The needs are enormous».")
    q = _quote(run(text), "needs are enormous")
    assert q.kind == "direct" and _name(q) == "Karin Olsen"


# -- machine translation: post-posed speakers and roles that point back ----------------------------

def test_postposed_speaker_after_an_unlisted_verb_of_saying(run: Runner) -> None:
    text = ("Lima, 3 May (EFE).- The president of Peru, Dina Boluarte, visited the flooded towns of "
            "the north with the mayor of Piura, Gabriel Madrid.\n\n\"No family will be left alone\", "
            "valued the president before the mayors of the region.")
    assert _name(_quote(run(text), "No family will be left alone")) == "Dina Boluarte"


def test_role_introduced_with_a_name_beats_the_latest_named_person(code: Any) -> None:
    art = code("Beijing, March 4 (Xinhua) -- Trade must stay open, declared on Monday the spokesman of the "
            "Ministry of Commerce He Yadong.\n\n\"Tariffs help no one,\" stressed the Minister of "
            "Foreign Affairs Wang Yi during a visit to Cairo.\n\n\"The door to talks remains open,\" "
            "said the spokesman.", "2025-03-04")
    assert _name(_quote(art.quotes, "door to talks")) == "He Yadong"


def test_role_synonym_points_back_at_the_person_it_introduced(code: Any) -> None:
    art = code("The governor of the province, Ramón Quiroga, was suspended for 60 days by decision of "
            "the judge Beatriz Molina.\n\n«The public order cannot wait», wrote the magistrate in "
            "the ruling.", "2024-06-11")
    assert _name(_quote(art.quotes, "public order cannot wait")) == "Beatriz Molina"


# -- "they" is a crowd or a body, never one named person ------------------------------------------------

def test_they_after_a_crowd_in_an_earlier_sentence(run: Runner) -> None:
    text = ("The union's leader, Dana Levi, had warned that the plan was \"splitting the country\".\n\n"
            "Thousands of students marched to the parliament. \"Shame! Shame!\" they shouted.")
    q = _quote(run(text), "Shame! Shame!")
    assert q.speaker is not None and _name(q) != "Dana Levi"
    assert "students" in (q.speaker.text or "") or "Thousands" in (q.speaker.text or "")


def test_they_is_not_the_last_person_quoted(run: Runner) -> None:
    text = ("\"We will not sign,\" Finance Minister Omar Haddad said on Monday.\n\n"
            "\"We want our money back,\" they said outside the bank.")
    assert _name(_quote(run(text), "money back")) != "Omar Haddad"


# -- machine translation's mismatched marks: “…' after a plural -------------------------------------

def test_mismatched_single_closer_after_a_plural_closes_before_a_function_word(run: Runner) -> None:
    text = ("The ministry said that Beijing “firmly rejects' this decision, and warned that Vilnius "
            "must “accept the consequences', said the spokesman.")
    texts = [q.text for q in run(text) if q.kind != "indirect"]
    assert "firmly rejects" in texts and "accept the consequences" in texts


def test_plural_possessive_inside_a_quotation_stays_an_apostrophe(run: Runner) -> None:
    text = "“The ministers' summit will decide on Friday,” the spokesman said."
    texts = [q.text for q in run(text) if q.kind != "indirect"]
    assert texts == ["The ministers' summit will decide on Friday,"]


# -- a quotation between a determiner and a noun modifies the noun ----------------------------------

def test_quoted_modifier_between_determiner_and_noun_is_a_scare_quote(run: Runner) -> None:
    text = ("President Lena Varga said the treaty would end the \"neither friend, nor foe\" standoff "
            "that began in 1994.")
    assert _quote(run(text), "neither friend, nor foe").speaker is None


def test_quoted_modifier_of_an_accused_object_is_the_accusers(run: Runner) -> None:
    text = "Interior Minister Tomas Berg accused \"foreign-funded\" networks of organising the riots."
    assert _name(_quote(run(text), "foreign-funded")) == "Tomas Berg"


def test_quoted_label_of_an_accused_object_is_the_accusers(run: Runner) -> None:
    text = "Interior Minister Tomas Berg accused \"radical opposition\" groups of organising the riots."
    assert _name(_quote(run(text), "radical opposition")) == "Tomas Berg"


# -- quoted terms in the narration: relative clauses, times, named ideas ------------------------------

def test_quoted_noun_in_a_relative_clause_set_off_by_commas_has_no_speaker(run: Runner) -> None:
    text = ("Senator Paulo Reis, who has led a \"citizens' caravan\" across the country since March, "
            "denied the charges on Friday.")
    assert _quote(run(text), "caravan").speaker is None


def test_quoted_noun_after_a_preposition_of_time_has_no_speaker(run: Runner) -> None:
    text = ("Foreign Minister Amira Khaled criticised the envoy, who was received in the capital after "
            "the \"rapprochement\" between the two governments.")
    assert _quote(run(text), "rapprochement").speaker is None


def test_term_after_idea_of_has_no_speaker(run: Runner) -> None:
    text = ("Defence Minister Jonas Lind said that the old notion of \"neutrality\" belonged to another "
            "century.")
    assert _quote(run(text), "neutrality").speaker is None


# -- speakers the text introduced: its own paragraph, its titles, its names --------------------------

def test_quote_takes_the_person_its_own_paragraph_makes_the_subject(code: Any) -> None:
    art = code("LAGOS — The electoral commission said counting would take a week. In a statement, the "
               "commission said it would \"publish every result online.\"\n\n"
               "President Bola Tinubu, whose running mate was also on the ballot, voted in his home town "
               "in the morning. \"Whatever happens, let us keep the peace.\"", "2023-02-25")
    assert _name(_quote(art.quotes, "keep the peace")) == "Bola Tinubu"


def test_unnamed_state_commission_speaks_for_the_home_country(code: Any) -> None:
    art = code("ABUJA — Nigeria's president voted on Saturday and Nigeria's police deployed across the "
               "country, while Nigeria's army stayed in its barracks.\n\nThe Independent Electoral Board "
               "said counting would take a week. In a statement, the board's commission said it would "
               "\"publish every result online.\"", "2023-02-25")
    assert _country(art, "publish every result online") == "NGA"


def test_minister_is_the_speaker_the_title_introduced_before_another_minister(run: Runner) -> None:
    text = ("ALGIERS — The foreign minister Karim Benali said the border would stay closed.\n\n"
            "Benali also criticised the foreign minister Pedro Alves, who visited Rabat last week.\n\n"
            "\"The door to our brothers stays open\", added the minister.")
    assert _name(_quote(run(text), "door to our brothers")) == "Karim Benali"


def test_title_holder_named_after_a_group_noun(run: Runner) -> None:
    text = ("The deputy of the opposition Ibrahima Sow Fall, expelled from the chamber, wrote on X: "
            "«They can close the hall, they cannot close our mouths.»")
    assert _name(_quote(run(text), "close our mouths")) == "Ibrahima Sow Fall"


def test_written_given_name_is_not_a_namesake_the_knowledge_base_knows(code: Any) -> None:
    art = code("NEW DELHI — Prime Minister Narendra Modi opened the new bridge on Sunday.\n\n"
               "\"It will change our lives,\" Rakesh Modi, a shopkeeper in the town, told reporters.",
               "2023-05-14")
    assert _name(_quote(art.quotes, "change our lives")) == "Rakesh Modi"


# -- crowds: present participles and lists of chants ------------------------------------------------

def test_crowd_with_a_present_participle_chants(code: Any) -> None:
    art = code("Senegal's parliament delayed the vote on Monday.\n\nIn Dakar, hundreds of young persons "
               "chanting «Give us our vote» confronted the police, who fired tear gas.", "2024-02-05")
    assert _country(art, "Give us our vote") == "SEN"


def test_chants_joined_by_a_conjunction_share_their_speaker(run: Runner) -> None:
    text = ("Opposition leader Maria Oliveira led the march, shouting \"Justice now!\" and \"No more "
            "lies!\" in front of the palace.")
    qs = run(text)
    assert _name(_quote(qs, "Justice now")) == "Maria Oliveira"
    assert _name(_quote(qs, "No more lies")) == "Maria Oliveira"


def test_title_the_text_introduced_beats_another_holder_the_knowledge_base_has(code: Any) -> None:
    art = code("TEHRAN — The Iranian President Ebrahim Raisi visited the flooded provinces on Monday and "
               "promised new funds.\n\n\"Every family will be compensated,\" warned the Iranian president "
               "in Sistan.", "2022-08-01")
    assert _name(_quote(art.quotes, "Every family will be compensated")) == "Ebrahim Raisi"


# -- unnamed groups and labels ----------------------------------------------------------------------

def test_capitalised_first_word_does_not_name_an_unnamed_group(code: Any) -> None:
    art = code("Doctors in three provinces reported a rise in cases on Monday.\n\nHealth experts warned "
               "that a \"wave\" of infections could fill the wards by March.", "2022-12-12")
    assert _quote(art.quotes, "wave").speaker is None


def test_hashtag_in_marks_has_no_speaker(run: Runner) -> None:
    text = ("Opposition leader Ana Costa wrote on X under the hashtag \"we are not afraid\" that the "
            "march would go ahead.")
    assert _quote(run(text), "we are not afraid").speaker is None


# -- a speech verb that only says something with a clause -----------------------------------------------

def test_maintain_with_a_noun_object_is_no_cue(run: Runner) -> None:
    text = ("President Ana Ruiz said she believed that General Omar Sadiq wants to maintain \"this fragile "
            "truce\" until the elections.")
    assert _name(_quote(run(text), "fragile truce")) == "Ana Ruiz"


def test_maintained_after_a_quotation_is_still_a_cue(run: Runner) -> None:
    text = "\"We never crossed the border\", maintained the minister Karl Ode in the capital."
    assert _name(_quote(run(text), "never crossed the border")) == "Karl Ode"


# -- a statement with no issuer reports its subject's words ----------------------------------------------

def test_quoted_verb_phrase_speaks_for_its_subject_when_the_statement_has_no_issuer(code: Any) -> None:
    art = code("ANKARA — Turkey summoned the Swedish envoy on Friday.\n\nThe statement said that Ankara "
               "\"strongly condemns\" the burning and expects Stockholm to act.", "2023-01-27")
    assert _country(art, "strongly condemns") == "TUR"


def test_unidentified_subject_of_a_quoted_verb_phrase_gives_no_speaker(run: Runner) -> None:
    text = "The statement said that the ceasefire \"has collapsed\" in the north."
    assert _quote(run(text), "has collapsed").speaker is None


# -- a participle naming a noun inside someone's report --------------------------------------------------

def test_label_given_by_the_press_inside_a_report_is_not_the_reporters(run: Runner) -> None:
    text = ("Finance Minister Clara Weiss said on Tuesday that the plan, dubbed \"the big squeeze\" by "
            "the local press, would be voted in June.")
    assert _quote(run(text), "big squeeze").speaker is None


def test_known_locally_as_inside_a_report_is_a_label(run: Runner) -> None:
    text = ("Finance Minister Clara Weiss said on Tuesday that the reform, known locally as \"the big "
            "squeeze\", would be voted in June.")
    assert _quote(run(text), "big squeeze").speaker is None


def test_participle_with_a_named_agent_gives_the_agents_words(run: Runner) -> None:
    text = ("Finance Minister Clara Weiss said on Tuesday that the measures, described by Senator Ivo "
            "Brandt as \"a tax raid\", would be voted in June.")
    assert _name(_quote(run(text), "a tax raid")) == "Ivo Brandt"


def test_fragment_inside_the_agent_is_not_the_agents(run: Runner) -> None:
    text = ("Interior Minister Paul Roy said the text, which includes changes proposed by the "
            "supporters of the \"No\", will go to parliament.")
    q = _quote(run(text), "No")
    assert q.speaker is None or "supporters" not in (q.speaker.text or "")
