"""Fourteenth actors round (own sentences): "the two countries", "both governments" as the
article's main parties; object pronouns of a verb conjoined to one with an object ("X called Y
and urged him"); bare armies and governments owned by "whose" or reported by their own leader."""

from __future__ import annotations

import pytest

from dateline._pipeline import Pipeline, Settings

from test_actors import code


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:
    return Pipeline(Settings(layers=("actors",)), nlp=nlp)


def countries(actors, text: str) -> set[str | None]:
    return {a.country for a in actors if a.text == text}


# -- 1. "the two countries", "both governments": the states the article is about ------------------


INDIA_PAKISTAN = ("India and Pakistan exchanged fire along the Line of Control on Thursday. India said Pakistani "
                  "troops fired first; Pakistan denied it. China urged restraint. ")


def test_two_countries_are_the_main_states_not_the_last_two_named(pipe: Pipeline) -> None:
    actors, _ = code(pipe, INDIA_PAKISTAN + "The two countries later agreed to reopen the border crossing.",
                     "2019-03-01")
    assert countries(actors, "The two countries") == {"IND", "PAK"}


def test_neither_government_is_the_main_states(pipe: Pipeline) -> None:
    actors, _ = code(pipe, INDIA_PAKISTAN + "Neither government commented on the talks.", "2019-03-01")
    assert countries(actors, "Neither government") == {"IND", "PAK"}


def test_both_countries_leave_out_an_organisation_and_the_urger(pipe: Pipeline) -> None:
    text = ("Ethiopia and Somalia traded accusations over the port deal on Monday. Ethiopia said Somalia was "
            "stoking tensions, and Somalia recalled its ambassador from Ethiopia. The African Union and Turkey "
            "offered to mediate. The AU urged both countries to show restraint.")
    actors, _ = code(pipe, text, "2024-01-10")
    assert countries(actors, "both countries") == {"ETH", "SOM"}
