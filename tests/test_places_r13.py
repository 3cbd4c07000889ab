"""Places, eighth session: classes of text the dev34_facts tuning set showed (a described
capital followed by a distance, "the town" after a city, division chains, datelines spelled the
English way). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _facts_helpers import facts_pipeline, places, places_by_text


@pytest.fixture(scope="module")
def pp(nlp):
    return facts_pipeline(nlp)


def test_described_capital_followed_by_a_distance_is_the_capital(pp):
    got = places_by_text(places(pp, "KANDAHAR, Afghanistan — Windows shook in the Afghan capital, 300 km to the "
                                    "north-east, and in Quetta."))
    assert got["the Afghan capital"] == ("Kabul", "AFG")
    got = places_by_text(places(pp, "Smoke from the fires reached the Kenyan capital, 80 miles away, by Tuesday."))
    assert got["the Kenyan capital"] == ("Nairobi", "KEN")


def test_described_capital_with_a_named_apposition_still_stands_for_the_name(pp):
    got = places_by_text(places(pp, "The convoy reached the Malian capital, Bamako, on Monday."))
    assert got["the Malian capital"] == ("Bamako", "MLI")
    assert got["Bamako"] == ("Bamako", "MLI")


def test_the_town_is_the_last_town_not_a_city_named_after_it(pp):
    got = places_by_text(places(pp, "DAMASCUS — In the town of Sarmada, in the countryside of Aleppo near the "
                                    "Turkish border, dozens of homes fell; rescuers said half of the town was flattened."))
    assert got["the town"] == ("Sarmada", "SYR")


def test_the_city_is_still_the_last_city(pp):
    got = places_by_text(places(pp, "DAMASCUS — Shelling hit a market in Aleppo on Friday. Doctors in the city "
                                    "said 12 people were hurt."))
    assert got["the city"] == ("Aleppo", "SYR")


def test_dateline_keeps_the_english_spelling_of_a_transliterated_town(pp):
    got = places_by_text(places(pp, "DARAA, Syria — A car bomb killed four people in the market on Friday."))
    assert got["DARAA"] == ("Daraa", "SYR")  # GeoNames: Dar'a / Dara


def test_short_form_of_a_long_official_name_is_the_name(pp):
    got = places_by_text(places(pp, "PACHUCA, Mexico — Rain flooded streets in Pachuca and Xalapa on Monday."))
    assert got["PACHUCA"] == ("Pachuca", "MEX")  # GeoNames: Pachuca de Soto
    assert got["Xalapa"] == ("Xalapa", "MEX")  # Xalapa de Enríquez


def test_short_form_that_is_another_places_name_keeps_the_long_name(pp):
    got = places_by_text(places(pp, "LA PAZ, Bolivia — Farmers blocked roads around Santa Cruz on Monday."))
    assert got["Santa Cruz"] == ("Santa Cruz de la Sierra", "BOL")


CHAIN = ("XINING, China — The landslide in Datong County, Xining Prefecture, Qinghai Province has killed 12 people. "
         "In Huzhu County of Haidong City, Qinghai, rescuers dug through mud near Weiyuan Township.")


def test_division_chain_after_a_place_is_a_place_whatever_the_parser_made_it(pp):
    got = places_by_text(places(pp, CHAIN))
    assert got["Qinghai Province"] == ("Qinghai", "CHN")  # parsed as the subject of "has killed"
    assert got["Qinghai"] == ("Qinghai", "CHN")  # after "of Haidong City,"


def test_name_with_its_capitalised_division_word_is_a_place_named_without_it(pp):
    got = places_by_text(places(pp, CHAIN))
    assert got["Haidong City"] == ("Haidong", "CHN")
    assert got["Weiyuan Township"] == ("Weiyuan", "CHN")
    assert got["Huzhu County"] == ("Huzhu", "CHN")


def test_a_command_named_like_a_district_is_no_place(pp):
    got = places_by_text(places(pp, "MOSCOW — Troops of the Southern Military District began drills on Monday."))
    assert not any("District" in t for t in got)


def test_us_county_keeps_its_word_and_is_not_the_town_of_its_name(pp):
    got = places_by_text(places(pp, "FORT MYERS, Florida — Water rose across Lee County and Collier County "
                                    "overnight, and shelters in Charlotte County filled."))
    by_name = {n: c for t, (n, c) in got.items()}
    assert by_name.get("Charlotte County") == "USA" and "Charlotte" not in by_name  # not the city in North Carolina
    assert by_name.get("Lee County") == "USA" and by_name.get("Collier County") == "USA"


def test_name_the_tagger_cut_is_read_whole_not_as_a_namesake_abroad(pp):
    got = places_by_text(places(pp, "OAXACA, Mexico — Landslides buried homes in San Pedro Amuzgos on Tuesday."))
    assert got["San Pedro Amuzgos"] == ("San Pedro Amuzgos", "MEX")  # was San Pedro (Garza García)
    got = places_by_text(places(pp, "OAXACA, Mexico — Landslides buried homes in Santa Cruz Zenzontepec on Tuesday."))
    assert got["Santa Cruz Zenzontepec"] == ("Santa Cruz Zenzontepec", "MEX")  # was Santa Cruz de la Sierra, BOL


def test_town_then_its_province_in_one_name_keeps_the_town(pp):
    got = places_by_text(places(pp, "MANILA — Floods hit homes in San Jose Bulacan on Sunday."))
    assert got["San Jose"][1] == "PHL"


def test_division_seat_is_its_largest_town_by_admin1_code_not_the_largest_near_its_middle(pp):
    got = places_by_text(places(pp, "Heavy rain flooded streets in the Bahia capital on Monday."))
    assert got["the Bahia capital"] == ("Salvador", "BRA")  # was Seabra, the largest town near the state's centre


def test_curated_divisions_carry_an_admin1_code():
    from dateline._places import gazetteer

    g = gazetteer()
    bahia = next(e for e, alias in g.lookup("Bahia") if e.feature == "ADM1")
    assert bahia.admin1 and g.seat(bahia).name == "Salvador"


def test_division_adjective_capital_is_the_divisions_seat(pp):
    got = places_by_text(places(pp, "MUNICH — Thousands marched in the Bavarian capital on Saturday."))
    assert got["the Bavarian capital"] == ("Munich", "DEU")


def test_translated_agency_dateline_places_the_story(pp):
    got = places(pp, "Xinhua News Agency, Geneva, May 12 - China and the United States agreed in Geneva to cut "
                     "tariffs, and farmers in Iowa, Texas and Ohio welcomed the deal.")
    assert [(t, n, c) for t, n, c in got if t == "Geneva"] == [("Geneva", "Geneva", "CHE")] * 2
    got = places_by_text(places(pp, "Xinhua News Agency Kunming July 3 electric (reporter) Floods hit Yunnan Province."))
    assert got["Kunming"] == ("Kunming", "CHN")
