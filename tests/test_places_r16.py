"""Places, eleventh session: classes of text the dev47/dev48/dev50_facts tuning sets showed
(gazetteer coverage: provinces, oil fields, valleys, islands, a border mountain and a prison in the
news; datelines; back-references). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _facts_helpers import facts_pipeline, places, places_by_text


@pytest.fixture(scope="module")
def pp(nlp):
    return facts_pipeline(nlp)


@pytest.mark.parametrize("text, name, iso", [
    ("KABUL — Airstrikes in Paktika province killed six people on Friday, officials said.", "Paktika", "AFG"),
    ("KABUL — Floods swept through villages in Nuristan on Tuesday.", "Nuristan", "AFG"),
    ("BEIRUT — Israeli jets struck targets in the Bekaa Valley overnight.", "Bekaa Valley", "LBN"),
    ("PORT MORESBY — Sailors will train at a new base on Manus Island next year.", "Manus Island", "PNG"),
    ("TEHRAN — The journalist spent three years in the prison of Evin before his release.", "Evin Prison", "IRN"),
])
def test_places_the_gazetteer_now_lists(pp, text, name, iso):
    got = {n: c for _, n, c in places(pp, text)}
    assert got.get(name) == iso


def test_the_saudi_eastern_province_and_its_oil_fields(pp):
    got = places_by_text(places(pp, "RIYADH — Drones hit oil plants in Abqaiq and Khurais in the Eastern Province on "
                                    "Saturday, the energy ministry said."))
    assert got["Khurais"] == ("Khurais", "SAU")
    assert got["Eastern Province"][1] == "SAU"
    # decoy: a Sri Lankan story keeps Sri Lanka's Eastern Province
    got = places_by_text(places(pp, "COLOMBO, Sri Lanka — Floods displaced 20,000 people in Batticaloa, in the Eastern "
                                    "Province, on Monday."))
    assert got["Eastern Province"][1] == "LKA"


def test_everest_lies_on_a_border_and_has_no_one_country(pp):
    got = places_by_text(places(pp, "KATHMANDU — Two climbers died on Mount Everest on Sunday, officials said."))
    assert got["Mount Everest"] == ("Mount Everest", None)


def test_cornwall_is_the_english_county_in_a_british_story(pp):
    got = places_by_text(places(pp, "LONDON — Leaders of the Group of Seven met in Cornwall last week, and Britain "
                                    "promised more vaccines."))
    assert got["Cornwall"] == ("Cornwall", "GBR")


def test_a_dateline_town_whose_only_namesake_lies_in_another_country(pp):
    # the gazetteer's only Jasper is a town of Indiana; the province after the comma says Canada
    got = places(pp, "JASPER, Alberta — Crews saved the hospital in the mountain town of Jasper on Friday, and "
                     "visitors may not return to Jasper National Park for weeks.")
    assert got[0] == ("JASPER", "Jasper", "CAN")
    assert [c for t, n, c in got if t == "Jasper"] == ["CAN"]
    assert places_by_text(got)["Jasper National Park"][1] == "CAN"
    # decoy: where the region after the comma is the namesake's own, it stays that town
    got = places(pp, "JASPER, Indiana — A tornado damaged homes on the edge of Jasper on Sunday.")
    assert got[0][2] == "USA"


def test_the_capital_takes_the_country_of_a_place_of_its_own_sentence_only(pp):
    text = ("PORT SUDAN, Sudan — Shelling killed 40 people in El Obeid and Kosti on Sunday, and thousands fled "
            "across the border into Chad. Fighting in the capital last year emptied whole districts.")
    assert places_by_text(places(pp, text))["the capital"] == ("Khartoum", "SDN")
    # decoy: a country named in the same sentence gives its own capital
    text = ("PORT SUDAN, Sudan — Shelling killed 40 people in El Obeid on Sunday. The envoy flew on to Chad, "
            "where he met ministers in the capital on Monday.")
    assert places_by_text(places(pp, text))["the capital"] == ("N'Djamena", "TCD")


def test_a_bare_division_or_island_noun_in_a_place_phrase_is_the_last_one_named(pp):
    got = places(pp, "The storm crossed the island of Mindanao on Monday, and the army sent 300 soldiers to the "
                     "island on Tuesday.")
    assert ("the island", "Mindanao", "PHL") in got
    got = places(pp, "Floods hit Sindh and Punjab in August. The government sent tents to Punjab and more aid "
                     "reached Punjab on Friday, and doctors flew into the province on Sunday.")
    assert ("the province", "Punjab", "PAK") in got
    # decoys: a province that acts, or one described, is no back-reference
    got = places(pp, "Floods hit Punjab in August. The province said it needed tents.")
    assert all(t != "The province" for t, _, _ in got)
    got = places(pp, "The storm crossed the island of Mindanao, and the island nation asked for help.")
    assert all(t != "the island" for t, _, _ in got)


def test_the_island_after_a_state_that_is_one_island(pp):
    got = places(pp, "Cyclone winds battered Mauritius on Monday, and two ships carrying food reached the island "
                     "on Wednesday.")
    assert ("the island", "Mauritius", "MUS") in got
    # decoy: a state of many islands is no island of its own
    got = places(pp, "Floods hit Indonesia on Monday, and two ships carrying food reached the island on Wednesday.")
    assert all(t != "the island" for t, _, _ in got)
