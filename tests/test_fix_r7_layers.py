"""Review fixes to the seventh session's times/amounts/places/actors/quotes rules (own sentences)."""

from __future__ import annotations

import pytest

from _facts_helpers import amounts, facts_pipeline, places, times
from _facts_helpers import time_containing as _at
from _facts_helpers import money_by_text as _money
from _facts_helpers import places_by_text as _by_text


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


def test_a_capitalised_word_after_a_bare_ordinal_day_is_no_past_verb(pipe):
    # "on the 4th Armored Brigade" is a unit, not the 4th of the month
    found = times(pipe, "Russian troops moved on the 4th Armored Brigade's positions near the river.", "2024-04-20")
    assert not [t for t in found if "4th" in t]
    # a lower-case past verb still makes it a day: "on the 4th stormed the building"
    found = times(pipe, "Protesters gathered in the square and on the 4th stormed the building.", "2024-04-20")
    assert _at(found, "4th") == "2024-04-04"


def test_slovak_crowns_are_no_euros(pipe):
    # Slovakia's crown (SKK) is gone: "crowns" in a Slovak story is not read as the euro
    found = _money(amounts(pipe, "BRATISLAVA, Slovakia — The Slovak cabinet approved 3 billion crowns for flood "
                                 "repairs, Slovak officials said."))
    assert all(u != "EUR" for v, u in found.values())


def test_the_city_after_another_town_named_just_before_is_that_town(pipe):
    # the dateline's town stands for "the city" only when no other town was named just before
    found = _by_text(places(pipe, "ODESA, Ukraine — Russian drones struck the port of Izmail overnight. Two people "
                                  "were wounded in the city, regional officials said."))
    assert found["the city"][0] == "Izmail"
    found = _by_text(places(pipe, "ODESA, Ukraine — Russian drones struck a power plant overnight. Two people "
                                  "were wounded in the city, regional officials said."))
    assert found["the city"][0] == "Odesa"


def test_the_old_town_or_the_whole_city_is_not_the_dateline_town(pipe):
    # a word that sets a town apart ("old", "whole", "same", "only") names no dateline town
    found = _by_text(places(pipe, "HAMELN, Germany — Thousands of visitors came for the festival. The old town "
                                  "was closed to cars."))
    assert "The old town" not in found  # no place: not the dateline town
    assert found["HAMELN"][0] == "Hameln"


def test_a_known_person_with_a_generational_suffix_matches_a_middle_initial_form(nlp):
    # the KB's "Ferdinand Marcos Jr.": "Ferdinand E. Marcos" is the same person (surname marcos)
    from dateline._pipeline import Pipeline, Settings
    from test_actors import code

    pipe = Pipeline(Settings(layers=("actors",)), nlp=nlp)
    actors, _ = code(pipe, "The Philippines' Ferdinand E. Marcos met Chinese officials on Monday.", "2024-03-01")
    (marcos,) = [a for a in actors if "Marcos" in (a.text or "")]
    assert marcos.wikidata == "Q983324" or marcos.id == "Q983324"


def test_under_is_no_rank_of_a_title():
    # "Under President X" is a preposition, not a rank like "vice" or "deputy"
    from dateline._quotes.lexicon import load_lexicon

    lex = load_lexicon()
    assert "under" not in lex.title_rank_modifiers
    assert {"vice", "deputy"} <= lex.title_rank_modifiers


def test_unknown_people_share_a_country_by_full_name_not_surname(nlp):
    # two people of one surname are two people: the spokesman's country is not the charity worker's
    from dateline._pipeline import Pipeline, Settings
    from test_actors import code

    pipe = Pipeline(Settings(layers=("actors",)), nlp=nlp)
    _, ms = code(pipe, "Indian army spokesman Rajesh Singh said troops had pulled back from the border. Harpreet "
                       "Singh, who works for a charity in Toronto, said aid was still needed.", "2024-03-01")
    assert {m.country for m in ms if m.text == "Harpreet Singh"} == {None}
    # the same person named again, in full or by surname alone, keeps the country
    _, ms = code(pipe, "Indian army spokesman Rajesh Singh said troops had pulled back from the border. Rajesh "
                       "Singh later said no shots were fired. Singh said talks would resume.", "2024-03-01")
    assert {m.country for m in ms if m.text in ("Rajesh Singh", "Singh")} == {"IND"}


def test_a_date_a_thing_had_been_moved_to_or_was_moved_to_last_month_is_past(pipe):
    # the moving verb makes the new date ahead only when nothing says it is already past
    found = times(pipe, "The fair had been postponed to March 5 and finally opened on March 12.", "2024-04-20")
    assert found["March 5"] == "2024-03-05"
    found = times(pipe, "The judge adjourned the case until March 5 last month, lawyers said.", "2024-04-20")
    assert _at(found, "March 5") == "2024-03-05"
    # no past perfect, no past marker: still ahead
    found = times(pipe, "The ministry postponed the fair to March 5, officials said.", "2024-04-20")
    assert found["March 5"] == "2025-03-05"
