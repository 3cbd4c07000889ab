"""Times, amounts and places, second helper of the twelfth facts round. One test per class of text;
every sentence is written for these tests, none is taken from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import facts_pipeline, times


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


# -- times ------------------------------------------------------------------------------------------


def test_a_day_a_declaration_sets_aside_is_ahead(pipe):
    # 2024-03-12 is a Tuesday: the Friday declared a day of mourning is the coming one
    found = times(pipe, "The president declared Friday a day of national mourning for the victims of the fire.",
                  "2024-03-12")
    assert found["Friday"] == "2024-03-15"
    found = times(pipe, "The cabinet proclaimed Thursday a public holiday after the team's victory.", "2024-03-12")
    assert found["Thursday"] == "2024-03-14"
    found = times(pipe, "The governor has declared Monday as a holiday for schools in the flooded districts.",
                  "2024-03-12")
    assert found["Monday"] == "2024-03-18"
    # decoys: a weekday that dates the declaration itself, and a declaration of no day, stay in the past
    found = times(pipe, "The president declared Friday that the fire was under control.", "2024-03-12")
    assert found["Friday"] == "2024-03-08"
    found = times(pipe, "The government on Friday declared a state of emergency, a day after the fire.", "2024-03-12")
    assert found["Friday"] == "2024-03-08"
