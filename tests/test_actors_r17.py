"""Actor classes of the seventeenth actors round: pronoun resolution by gender (issue 5's
resolution misses). Every sentence here is written for the test."""
from __future__ import annotations

from typing import Any

import pytest

from dateline import Pipeline
from dateline._actors.resolve import GIVEN_GENDER
from dateline._pipeline import Settings


@pytest.fixture(scope="session")
def pipe(nlp: Any) -> Pipeline:
    return Pipeline(Settings(layers=("places", "actors")), nlp=nlp)


def _pronoun(pipe: Pipeline, text: str, word: str) -> str | None:
    art = pipe.code(text, date="2024-03-05")
    at = text.index(word)
    for a in art.actors:
        if a.span is not None and a.span[0] == at:
            return a.name
    return None


def test_given_name_table_reads() -> None:
    assert GIVEN_GENDER.get("Mariana") == "f" and GIVEN_GENDER.get("Pedro") == "m"
    assert "Andrea" not in GIVEN_GENDER  # a name the lists give both genders is left out


def test_she_skips_the_man_named_first(pipe: Pipeline) -> None:
    text = ("Rodrigo Almeida, of the Liberal party, said the plan was late, and the mayor Beatriz Nunes "
            "rejected it. She said the city would appeal.")
    assert _pronoun(pipe, text, "She said") == "Beatriz Nunes"


def test_she_with_only_a_man_before_is_left_unresolved(pipe: Pipeline) -> None:
    # no woman in play: the pronoun is not given to the man ("she" refers to someone unnamed)
    text = "Rodrigo Almeida chaired the meeting on Monday. She said the budget was ready."
    assert _pronoun(pipe, text, "She said") != "Rodrigo Almeida"



def test_he_after_an_unnamed_epithet_subject_is_not_the_person_named_in_passing(pipe: Pipeline) -> None:
    text = ("MOSCOW — President Ilya Morozov spoke for two hours. Asked about Daniel Webb, the jailed Boston "
            "Globe reporter, the 68-year-old held out the possibility of a swap. He said:\n\n"
            "\"I do not exclude that he could go home.\"")
    assert _pronoun(pipe, text, "He said") != "Daniel Webb"


# -- a family name written first is no given name ----------------------------------------------------

def test_news_only_name_needs_two_people() -> None:
    from collections import Counter

    from dateline._actors.given_names import news_only
    seen = {"Deng": Counter(m=5), "Yerlan": Counter(m=3)}
    bearers = {"Deng": {"Xiaoping"}, "Yerlan": {"Karin", "Ashimov"}}
    assert news_only({"Deng": "m", "Yerlan": "m"}, seen, bearers) == {"Yerlan": "m"}


def test_family_name_is_not_read_as_a_gendered_given_name(pipe: Pipeline) -> None:
    text = "Zhao Linmei opened the trade fair in Shenzhen on Monday. She said exports would grow."
    assert _pronoun(pipe, text, "She said") == "Zhao Linmei"


def test_given_name_still_decides_after_the_family_name_rows_went(pipe: Pipeline) -> None:
    # decoy: a table name keeps its gender ("she" is not the man named first)
    text = "Tomasz Nowak chaired the session on Monday. She said the budget would pass."
    assert _pronoun(pipe, text, "She said") != "Tomasz Nowak"
