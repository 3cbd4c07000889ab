"""Fifteenth actors round, second part (own sentences): 'the two countries' in a relation
('the treaty between the two countries', 'the two countries' alliance') is the pair of states its
own sentence names, not the pair the whole article names most."""

from __future__ import annotations

import pytest

from dateline._pipeline import Pipeline, Settings

from test_actors import code


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:
    return Pipeline(Settings(layers=("actors",)), nlp=nlp)


def countries(actors, text: str) -> set[str | None]:
    return {a.country for a in actors if text in (a.text or "")}


# the article names Sudan and Chad most; the last sentence is about Kenya and Uganda
HORN = ("NAIROBI — Sudan accused Chad on Tuesday of arming fighters, and Chad denied it. Sudan recalled its "
        "envoy from Chad, and Chad closed its border with Sudan. ")


def test_pair_in_relation_is_the_pair_its_sentence_names(pipe: Pipeline) -> None:
    actors, _ = code(pipe, HORN + "Kenya said a trade deal with Uganda would strengthen the alliance "
                                  "between the two countries.", "2024-03-05")
    assert countries(actors, "the two countries") == {"KEN", "UGA"}


def test_pair_as_possessor_is_the_pair_its_sentence_names(pipe: Pipeline) -> None:
    actors, _ = code(pipe, HORN + "Kenya and Uganda will review the two countries' customs union in May.",
                     "2024-03-05")
    assert countries(actors, "the two countries") == {"KEN", "UGA"}


def test_pair_acting_keeps_the_articles_main_parties(pipe: Pipeline) -> None:
    # decoy: the phrase is the subject, not a relation; one state of the sentence is a mediator
    actors, _ = code(pipe, HORN + "Kenya said Egypt had offered to mediate, and the two countries agreed "
                                  "to talk.", "2024-03-05")
    assert countries(actors, "the two countries") == {"SDN", "TCD"}


def test_pair_with_three_states_in_sentence_is_not_guessed(pipe: Pipeline) -> None:
    # decoy: three states in the sentence: no sentence pair, the article's main parties
    actors, _ = code(pipe, HORN + "Kenya, Egypt and Uganda urged an end to the dispute between the two "
                                  "countries.", "2024-03-05")
    assert countries(actors, "the two countries") == {"SDN", "TCD"}


# -- a namesake from a country the article never names ------------------------------------------

ECUADOR = ("QUITO — Ecuador's government declared a state of emergency in three provinces on Friday after "
           "a wave of prison riots. ")


def test_partial_name_of_a_kb_person_of_an_unnamed_country_is_a_local_unknown(pipe: Pipeline) -> None:
    # the KB's Alberto Sanabria is Peruvian; 'Alberto Ruiz Sanabria' (a second surname) matches him only in part
    actors, _ = code(pipe, ECUADOR + "Interior Minister Alberto Ruiz Sanabria said troops would guard the "
                                     "prisons.", "2024-01-12")
    assert countries(actors, "Sanabria") == {"ECU"}
    assert all(a.id != "dl:phx:alberto-sanabria" for a in actors)


def test_partial_name_of_a_kb_person_of_a_named_country_stays(pipe: Pipeline) -> None:
    # decoy: the article names Peru, so the partial match stands
    actors, _ = code(pipe, "LIMA — Peru's government declared a state of emergency on Friday. Minister "
                           "Alberto Ruiz Sanabria said troops would guard the prisons.", "2005-01-12")
    assert any(a.id == "dl:phx:alberto-sanabria" for a in actors)
