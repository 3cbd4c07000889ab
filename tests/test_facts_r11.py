"""Times, amounts and places, eleventh facts round (issue 6: the fact layers on text nobody tuned on).
One test per class of text; every sentence is written for these tests, none is taken from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import amounts, facts_pipeline, places, times


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


def _by_text(found: list[tuple[str, str, str | None]]) -> dict[str, tuple[str, str | None]]:
    return {t: (n, c) for t, n, c in found}


# -- places ---------------------------------------------------------------------------------------


def test_a_name_in_the_text_follows_the_dateline_reading(pipe):
    # the dateline alone would be the larger namesake (Valencia, Venezuela); the story's other places
    # make it Spain's, and the same name in the text goes with the dateline's reading
    found = _by_text(places(pipe, "VALENCIA, 3 May.- Storms flooded the province of Valencia on Friday. Roads to "
                                  "Albacete, Madrid and Murcia were cut, and trains from Zaragoza to Barcelona stopped."))
    assert found["VALENCIA"] == ("Valencia", "ESP")
    assert found["Valencia"] == ("Valencia", "ESP")


def test_an_introduced_local_place_is_no_minor_namesake_abroad(pipe):
    # "the village of X", "the department of X": a place of the country the story is set in, not a
    # small town of that name in a country the story places nothing in
    found = _by_text(places(pipe, "ATHENS, Greece — Fires burned near Patras and Volos on Monday, and "
                                  "the village of Zagora was evacuated, officials in Larissa said."))
    assert found["Zagora"][1] == "GRC"
    found = _by_text(places(pipe, "PORT-AU-PRINCE — Floods hit Les Cayes and Jérémie, and the hospitals "
                                  "of the department of Nippes were full, Haitian officials said in Port-au-Prince."))
    assert found["Nippes"][1] == "HTI"


def test_a_named_town_abroad_keeps_its_country(pipe):
    # named with its country, or in a story set there, the town stays where the gazetteer puts it
    found = _by_text(places(pipe, "RABAT — Tourists returned to the desert town of Zagora in Morocco on Sunday."))
    assert found["Zagora"][1] == "MAR"


def test_a_river_the_gazetteer_lacks_is_of_the_story_country(pipe):
    found = _by_text(places(pipe, "CHENNAI, India — Floods on the Vaigai River cut roads near Madurai and "
                                  "Tiruchirappalli, and villages around Salem were cut off, officials in Chennai said."))
    assert found["Vaigai River"] == ("Vaigai River", "IND")


def test_a_lower_case_river_is_no_namesake_town(pipe):
    # "Kallar" alone is another spelling of a town in Iraq; "the Kallar river" is a river
    found = _by_text(places(pipe, "CHENNAI, India — The Kallar river burst its banks near Madurai and "
                                  "Tiruchirappalli, officials in Chennai said."))
    assert found["Kallar river"] == ("Kallar River", "IND")


def test_a_river_that_crosses_a_border_has_no_country(pipe):
    found = _by_text(places(pipe, "MAPUTO — Rain in Zimbabwe swelled the Pungwe River, and towns near Beira "
                                  "and Chimoio in Mozambique were flooded."))
    assert found["Pungwe River"] == ("Pungwe River", None)


@pytest.mark.parametrize("text, written, name", [
    ("ATHENS, Greece — The Sperchios river flooded fields near Lamia and Volos.", "Sperchios river", "Sperchios River"),
    ("ATHENS, Greece — Water from the river Acheloos reached Agrinio and Patras.", "river Acheloos", "Acheloos River"),
    ("BEIJING — Water from the Miyun reservoir was released towards Tianjin and Langfang.", "Miyun reservoir", "Miyun Reservoir"),
])
def test_a_lower_case_water_noun(pipe, text, written, name):
    found = _by_text(places(pipe, text))
    assert found[written][0] == name


def test_diplomatic_venues(pipe):
    found = _by_text(places(pipe, "Lula received the Paraguayan president at the Palácio Itamaraty, and "
                                  "the two men later flew to Davos for the forum."))
    assert found["Palácio Itamaraty"] == ("Palácio Itamaraty", "BRA")
    assert found["Davos"] == ("Davos", "CHE")
