"""Times, amounts and places, second helper of the twelfth facts round. One test per class of text;
every sentence is written for these tests, none is taken from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import facts_pipeline, places, times
from _facts_helpers import time_containing as _at


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


def test_a_long_span_of_days_is_a_duration_unless_the_number_is_a_year(pipe):
    found = times(pipe, "Some of the prisoners had spent more than 600 days in a cell, their lawyers said.", "2024-03-12")
    assert _at(found, "600 days") == "P600D"
    found = times(pipe, "The hostages were held for 471 days.", "2024-03-12")
    assert _at(found, "471 days") == "P471D"
    # decoys: a year-like number before "days" is no span of days; long spans of years stay out
    found = times(pipe, "Officials said 2023 days of work were lost.", "2024-03-12")
    assert not any("days" in t for t in found)
    found = times(pipe, "The city has stood for 2500 years.", "2024-03-12")
    assert not any("years" in t for t in found)


def test_that_same_night_and_the_same_evening_point_back_to_the_day_named(pipe):
    found = times(pipe, "Soldiers surrounded the ministry on Tuesday. Police detained the colonel that same night.",
                  "2024-03-14")
    assert found["that same night"] == "2024-03-12TNI"
    found = times(pipe, "Soldiers surrounded the ministry on Tuesday. The colonel was detained on the same evening.",
                  "2024-03-14")
    assert found["the same evening"] == "2024-03-12TEV"
    # decoy: "the same" before a noun that is no part of day is not taken
    found = times(pipe, "Soldiers surrounded the ministry on Tuesday. They wore the same uniform.", "2024-03-14")
    assert list(found) == ["Tuesday"]


# -- places -----------------------------------------------------------------------------------------


def test_the_capital_of_a_named_division_is_its_seat_one_place(pipe):
    # the seat is derived from the gazetteer (the division's most populous town), not the national capital
    found = places(pipe, "Landslides blocked the highway into the Mizoram capital on Monday, officials said.")
    assert ("the Mizoram capital", "Aizawl", "IND") in found
    assert not any(name in ("Mizoram", "New Delhi") for _, name, _ in found)
    found = places(pipe, "The Lower Silesian capital expects the river to crest on Friday.")
    assert found == [("The Lower Silesian capital", "Wrocław", "POL")]
    # decoys: a national capital described by its country, and a capital no division names
    assert ("the Kenyan capital", "Nairobi", "KEN") in places(pipe, "Police fired tear gas in the Kenyan capital.")
    assert places(pipe, "Fighters withdrew from the rebel capital on Monday.") == []


def test_a_countrys_possessive_capital_is_its_capital_one_place(pipe):
    found = places(pipe, "Gangs torched a police station in Haiti's capital on Tuesday.")
    assert found == [("Haiti's capital", "Port-au-Prince", "HTI")]
    # with the name in apposition the name is the place, as before
    found = places(pipe, "Thousands marched through Kenya's capital, Nairobi, on Tuesday.")
    assert ("Nairobi", "Nairobi", "KEN") in found


def test_a_facility_of_a_minor_namesake_abroad_is_a_local_place(pipe):
    # "the barracks of X", "the port of X" introduce X as a place of the story's country, as "the town
    # of X" does: a town abroad under 200,000 people that the article places nothing else in gives way
    found = places(pipe, "LA PAZ, Bolivia — Troops returned to the barracks of Miraflores on Wednesday night, "
                         "Bolivian officials said. Peru's foreign minister called for calm.")
    assert ("Miraflores", "Miraflores", "BOL") in found
    # decoy: a large city abroad keeps its country
    found = places(pipe, "LA PAZ, Bolivia — The minister flew on from the airport of Lima on Thursday, Bolivian "
                         "officials said.")
    assert any(name == "Lima" and iso == "PER" for _, name, iso in found)
