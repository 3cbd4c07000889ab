"""Times, amounts and places, eleventh facts round (issue 6: the fact layers on text nobody tuned on).
One test per class of text; every sentence is written for these tests, none is taken from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import amounts, facts_pipeline, places, times
from _facts_helpers import places_by_text as _by_text


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


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


def test_a_town_naming_a_crossing_keeps_its_country(pipe):
    # "the X crossing" names a crossing after a town (here Pakistan's), not a local place introduced
    found = _by_text(places(pipe, "KABUL, Afghanistan — Trucks queued at the Chaman crossing on Monday as "
                                  "Afghan officials in Kandahar and Herat waited."))
    assert found["Chaman"][1] == "PAK"


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


def test_teams_from_a_province_come_from_a_place(pipe):
    found = _by_text(places(pipe, "Rescue teams from Sichuan and Yunnan reached the flooded county on Sunday."))
    assert found["Sichuan"][1] == "CHN" and found["Yunnan"][1] == "CHN"


def test_condemnation_from_a_capital_is_the_government(pipe):
    found = _by_text(places(pipe, "The missile launch drew condemnation from Tokyo and Seoul on Friday."))
    assert "Tokyo" not in found and "Seoul" not in found


@pytest.mark.parametrize("text, written, country", [
    ("HONIARA, Solomon Islands — Floods cut roads in Makira province on Monday.", "Makira", "SLB"),
    ("KATHMANDU, Nepal — Rescuers reached Dolpa district after the landslide.", "Dolpa", "NPL"),
])
def test_a_division_named_by_its_word_the_gazetteer_lacks(pipe, text, written, country):
    found = _by_text(places(pipe, text))
    assert found[written][1] == country


@pytest.mark.parametrize("text, written, name, country", [
    ("LIMA, 12 Mar (EFE).- Congress voted on Tuesday to remove the minister.", "LIMA", "Lima", "PER"),
    # a town the gazetteer lacks, placed by the country or state after it
    ("MUNNAR, India — Landslides cut the roads on Monday, officials said.", "MUNNAR", "Munnar", "IND"),
    ("PAIA, Hawaii — Crews contained the fire on Monday.", "PAIA", "Paia", "USA"),
])
def test_datelines(pipe, text, written, name, country):
    found = _by_text(places(pipe, text))
    assert found[written] == (name, country)


def test_a_storm_nears_and_batters_places(pipe):
    found = _by_text(places(pipe, "The hurricane neared Georgia's coast after it battered Alabama and slammed Tennessee."))
    assert found["Alabama"][1] == "USA" and found["Tennessee"][1] == "USA"


def test_diplomatic_venues(pipe):
    found = _by_text(places(pipe, "Lula received the Paraguayan president at the Palácio Itamaraty, and "
                                  "the two men later flew to Davos for the forum."))
    assert found["Palácio Itamaraty"] == ("Palácio Itamaraty", "BRA")
    assert found["Davos"] == ("Davos", "CHE")


# -- times ----------------------------------------------------------------------------------------
# the story date 2024-07-31 is a Wednesday


@pytest.mark.parametrize("text, written, value", [
    # a clock time with no day of its own is on the day just named in its sentence
    ("Monday's blast, the second of which came shortly after 9 p.m., shattered windows.", "9 p.m.", "2024-07-29T21:00"),
    ("The first wave hit at about 1 a.m. on Sunday, and a second reached the port around 3:40 a.m.",
     "3:40 a.m.", "2024-07-28T03:40"),
    # ... not across a sentence: there it is the story's day
    ("Police cleared the square on Monday. At 3 p.m. the crowd had gone home.", "3 p.m.", "2024-07-31T15:00"),
])
def test_a_clock_time_on_the_day_its_sentence_names(pipe, text, written, value):
    assert times(pipe, text, "2024-07-31")[written] == value


@pytest.mark.parametrize("text, written, value", [
    ("The budget of the fiscal year 2023-2024 was never passed.", "the fiscal year 2023-2024", "2024"),
    ("Aid came from the budget of the financial year 2023/24.", "the financial year 2023/24", "2024"),
])
def test_a_fiscal_year_written_as_two_years(pipe, text, written, value):
    assert times(pipe, text, "2024-07-31")[written] == value


def test_a_two_year_span_stays_a_range(pipe):
    assert times(pipe, "Exports fell in 2021-2022 and recovered.", "2024-07-31")["2021-2022"] == "2021"


@pytest.mark.parametrize("text, written, value", [
    ("The bridge destroyed in 2015 was still closed nine years later.", "nine years later", "P9Y"),
    ("Two days later, engineers reopened the road.", "Two days later", "P2D"),
])
def test_an_offset_later_is_its_duration(pipe, text, written, value):
    assert times(pipe, text, "2024-07-31")[written] == value


@pytest.mark.parametrize("text, written, value", [
    ("Till 18 o'clock this Tuesday the storm had flooded 40 villages.", "18 o'clock this Tuesday", "2024-07-30T18:00"),
    ("The downpour from 21 o'clock of the 27th to 6 o'clock of the 29th broke a record.", "21 o'clock of the 27th", "2024-07-27T21:00"),
    ("In the city, from 14 to 15 o'clock on the 28th the rain fell hardest.", "from 14 to 15 o'clock on the 28th", "2024-07-28T14:00"),
    ("The tremor, felt at 9 h 42 in the capital, woke thousands.", "9 h 42", "2024-07-31T09:42"),
])
def test_translated_clock_hours(pipe, text, written, value):
    assert times(pipe, text, "2024-07-31")[written] == value


def test_a_day_of_last_month(pipe):
    found = times(pipe, "Since the 25th of last month the dam has released water.", "2024-07-31")
    assert found["Since the 25th of last month"] == "2024-06-25"


def test_that_afternoon_is_the_day_just_named(pipe):
    found = times(pipe, "The warning came on July 27. The river burst its banks that evening.", "2024-07-31")
    assert found["that evening"] == "2024-07-27TEV"


def test_a_minute_of_silence_is_no_time(pipe):
    found = times(pipe, "Mourners kept one minute of silence at the memorial.", "2024-07-31")
    assert "one minute" not in found


# -- amounts --------------------------------------------------------------------------------------


def test_rainfall_is_no_amount(pipe):
    found = amounts(pipe, "The village recorded 640 mm of rain in a day, and 450 litres per square metre fell on the coast.")
    assert found == []


def test_a_quantity_of_a_thing_in_litres_is_counted(pipe):
    found = amounts(pipe, "Tankers delivered 20,000 litres of fuel to the hospital.")
    assert [(t, v, u) for t, v, u, _ in found] == [("20,000 litres", 20000, "litres")]


@pytest.mark.parametrize("text, written, unit", [
    ("PORT MORESBY, Papua New Guinea — The cabinet set aside 3 million kina for the victims.", "3 million kina", "PGK"),
    ("LILONGWE, Malawi — Malawi's treasury released 900 million kwachas for the flood zones.", "900 million kwachas", "MWK"),
    ("LUSAKA, Zambia — Zambia's treasury released 40 million kwacha for drought relief.", "40 million kwacha", "ZMW"),
])
def test_kina_and_kwacha(pipe, text, written, unit):
    found = {t: u for t, _, u, _ in amounts(pipe, text)}
    assert found[written] == unit


def test_a_donors_dollar_does_not_carry_into_a_later_paragraph(pipe):
    text = ("SUVA, Fiji — Floods cut roads across Fiji on Monday. Canberra pledged A$3 million, and "
            "New Zealand sent NZ$2 million in aid.\n\nFiji has asked the Asian Development Bank for $10 million.")
    found = {t: u for t, _, u, _ in amounts(pipe, text)}
    assert found["NZ$2 million"] == "NZD"
    assert found["$10 million"] == "USD"


def test_a_dollar_in_the_same_paragraph_keeps_the_named_one(pipe):
    found = {t: u for t, _, u, _ in amounts(pipe, "Canberra pledged A$20 million on Monday and $5 million more on Tuesday.")}
    assert found["$5 million"] == "AUD"


def test_half_a_million_people(pipe):
    found = amounts(pipe, "Half a million residents lost power, officials said.")
    assert [(t, v, u) for t, v, u, _ in found] == [("Half a million residents", 500000, "residents")]


@pytest.mark.parametrize("text, written, value", [
    # a plan's month is the nearer one, even where the parser hangs the month on the noun
    ("The ministers did not attend the summit of the Gulf states foreseen in September, sources said.", "September", "2024-09"),
    ("Turnout at the election held in September was low.", "September", "2023-09"),
])
def test_a_month_a_plan_is_set_for(pipe, text, written, value):
    assert times(pipe, text, "2024-07-30")[written] == value
