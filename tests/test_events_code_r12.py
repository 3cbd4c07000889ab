"""Events layer (round r12): sources that come from context when the subject names no actor.

* people of the place ("the citizens marched", "the organisers rejected", "a gunman shot him")
  and crowds headed by a quantity ("Thousands of citizens marched", "dozens of women
  protested"; a bare "Thousands marched" only as a protest): people of the home country (or of
  the event's place); their protest naming no one is against their own state. Not "some
  citizens", not a crowd that does anything else ("Thousands fled"), and in a story with no home
  country no one;
* a document as subject ("the parliament adopted a resolution that condemned X", "said in a
  statement which urged X"): its author, the subject of the authoring verb; not the subject of
  another verb ("vetoed a resolution that condemned X");
* "used water cannon to attack the boat": the subject of `use` does the purpose's act, and the
  instrument is no target.

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_tuples as tuples

KNOWN = {
    "Ruvania": ("RUV", "RUV", "state"), "Moldara": ("MOL", "MOL", "state"),
    "Ruvanian": ("RUV", "RUV", "state"), "Moldaran": ("MOL", "MOL", "state"),
    # the article-level rules read a filled target from the knowledge base: a real state
    "Zambia": ("ZMB", "ZMB", "state"), "Zambian": ("ZMB", "ZMB", "state"),
}

# five mentions of Zambia make it the story's home country
HOME = ("Zambia raised fuel taxes on Monday. Zambia's economy is weak, and Zambia's budget is short. "
        "The tax is the third in Zambia this year, the Zambian finance office said. ")


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str, known: dict | None = None) -> set[tuple]:
    return tuples(code_events(nlp, layer, text, known or KNOWN, "2024-05-01", article_id="cr12"))


# --- people of the place and crowds -------------------------------------------------------------

def test_crowd_of_citizens_protesting_is_the_home_countrys_people(nlp, layer):
    got = code(nlp, layer, HOME + "Thousands of citizens marched through the capital against the tax.")
    assert ("PROTEST", ("ZMB",), ("ZMB",), False, False) in got


def test_bare_crowd_counts_only_as_protesters(nlp, layer):
    got = code(nlp, layer, HOME + "Thousands marched through the capital on Tuesday.")
    assert ("PROTEST", ("ZMB",), ("ZMB",), False, False) in got
    # decoy: a crowd that flees does no act of the state's people
    got = code(nlp, layer, HOME + "Thousands fled the capital on Tuesday.")
    assert not any(t[0] == "RETREAT" for t in got)


def test_organisers_and_gunman_are_people_of_the_home_country(nlp, layer):
    got = code(nlp, layer, HOME + "The organisers rejected the government's offer of talks.")
    assert any(t[0] == "REJECT" and t[1] == ("ZMB",) for t in got)
    got = code(nlp, layer, HOME + "A gunman attacked the governor's office in the capital.")
    assert any(t[0] == "ASSAULT" and t[1] == ("ZMB",) for t in got)


def test_unspecified_people_or_no_home_country_name_no_one(nlp, layer):
    # decoys: "some citizens" is no body; without a home country an unnamed crowd is not coded
    got = code(nlp, layer, HOME + "Some citizens marched through the capital against the tax.")
    assert not any(t[0] == "PROTEST" for t in got)
    got = code(nlp, layer, "Thousands of citizens marched through the capital against the tax.")
    assert not any(t[0] == "PROTEST" for t in got)

    # decoy: the people the crowd is made of can be unspecified too
    got = code(nlp, layer, HOME + "Thousands of foreign troops attacked Moldara on Tuesday.")
    assert not any(t[0] == "ASSAULT" and t[1] == ("ZMB",) for t in got)


def test_a_bare_group_is_no_crowd(nlp, layer):
    # decoy: "the group" with no `of` phrase refers back to an organisation, not the home people
    got = code(nlp, layer, HOME + "The group protested outside the Zambian parliament on Tuesday.")
    assert not any(t[0] == "PROTEST" and t[1] == ("ZMB",) for t in got)
    got = code(nlp, layer, HOME + "Crowds protested outside the parliament on Tuesday.")
    assert ("PROTEST", ("ZMB",), ("ZMB",), False, False) in got


# --- a document as subject ------------------------------------------------------------------------

def test_resolution_that_condemned_speaks_for_the_one_who_adopted_it(nlp, layer):
    got = code(nlp, layer, "Moldara adopted on Friday a resolution that condemned Ruvania for the border raid.")
    assert any(t[0] == "ACCUSE" and t[1] == ("MOL",) and t[2] == ("RUV",) for t in got)


def test_statement_in_which_a_state_urged(nlp, layer):
    got = code(nlp, layer, "Moldara said in a statement which urged Ruvania to release the detained sailors.")
    assert any(t[0] == "REQUEST" and t[1] == ("MOL",) and t[2] == ("RUV",) for t in got)


def test_vetoed_resolution_is_not_the_vetoers_condemnation(nlp, layer):
    # decoy: the one who vetoes the text is not its author
    got = code(nlp, layer, "Moldara vetoed a resolution that condemned Ruvania for the border raid.")
    assert not any(t[0] == "ACCUSE" and t[1] == ("MOL",) for t in got)


def test_a_phrase_on_a_verb_that_authors_nothing_names_no_author(nlp, layer):
    # decoys: disagreeing with a statement or finding errors in a report is not writing it
    got = code(nlp, layer, "Moldara disagreed with a statement that condemned Ruvania for the border raid.")
    assert not any(t[0] == "ACCUSE" and t[1] == ("MOL",) for t in got)
    got = code(nlp, layer, "Moldara found errors in a report that accused Ruvania of the border raid.")
    assert not any(t[0] == "ACCUSE" and t[1] == ("MOL",) for t in got)
    # the speech verb keeps its document ("said in a statement that ...")
    got = code(nlp, layer, "Moldara said in a statement that condemned Ruvania for the border raid.")
    assert any(t[0] == "ACCUSE" and t[1] == ("MOL",) and t[2] == ("RUV",) for t in got)


def test_a_newspaper_that_publishes_a_letter_is_not_its_author(nlp, layer):
    # decoy: publishing someone's letter does not make the paper its writer
    got = code(nlp, layer, "The Moldaran newspaper published a letter that condemned Ruvania for the border raid.")
    assert not any(t[0] == "ACCUSE" and t[1] == ("MOL",) for t in got)


# --- an instrument and its purpose ----------------------------------------------------------------

def test_used_an_instrument_to_attack_is_the_subjects_attack(nlp, layer):
    got = code(nlp, layer, "Two Ruvanian ships used water cannon to attack a Moldaran supply boat on Saturday.")
    assert ("ASSAULT", ("RUV",), ("MOL",), False, False) in got


def test_the_instrument_is_no_target(nlp, layer):
    # the object of `use` is what is used, not the one the act is aimed at
    got = code(nlp, layer, "Ruvania used Moldaran mercenaries to attack the rebel camps in the north.")
    assert any(t[0] == "ASSAULT" and t[1] == ("RUV",) for t in got)
    assert not any("MOL" in t[2] for t in got)


# --- a protest at a foreign mission ---------------------------------------------------------------

def test_protest_at_a_foreign_embassy_is_against_its_state(nlp, layer):
    known = dict(KNOWN, **{"Ruvanian protesters": ("RUV", "RUV", "population")})
    got = code(nlp, layer, "Hundreds of Ruvanian protesters marched to the Moldaran embassy on Saturday.", known)
    assert ("PROTEST", ("RUV",), ("MOL",), False, False) in got


def test_protest_at_a_home_building_names_no_foreign_state(nlp, layer):
    # decoy: a march to their own parliament is no protest against another state
    known = dict(KNOWN, **{"Ruvanian protesters": ("RUV", "RUV", "population")})
    got = code(nlp, layer, "Hundreds of Ruvanian protesters marched to the parliament on Saturday.", known)
    assert not any(t[0] == "PROTEST" and "MOL" in t[2] for t in got)
    assert any(t[0] == "PROTEST" and t[1] == ("RUV",) for t in got)


# --- "its forces" under a speech verb ---------------------------------------------------------------

def test_its_forces_under_a_speech_verb_are_the_speakers(nlp, layer):
    got = code(nlp, layer, "Moldara said its soldiers had fired on rebel positions near the border.")
    assert any(t[0] == "ASSAULT" and t[1] == ("MOL",) for t in got)


def test_its_forces_with_no_speaker_name_no_one(nlp, layer):
    # decoy: no speech verb, no antecedent the coder can read: no doer
    got = code(nlp, layer, "Its soldiers had fired on rebel positions near the border.")
    assert not any(t[0] == "ASSAULT" for t in got)


# --- a main verb the parser hung on the subject noun -------------------------------------------------

def test_main_verb_after_a_relative_clause_has_the_noun_as_subject(nlp, layer):
    got = code(nlp, layer, "Moldara, which has close ties to both, offered to mediate between the rebels and the army.")
    assert any(t[0] == "AGREE" and t[1] == ("MOL",) for t in got)


def test_participle_with_an_agent_after_the_noun_is_no_act_of_it(nlp, layer):
    # decoy: a passive participle (with its agent) says what was done to the noun
    got = code(nlp, layer, "Moldara, which borders Ruvania, attacked by rebels on Monday.")
    assert not any(t[0] == "ASSAULT" and t[1] == ("MOL",) for t in got)
