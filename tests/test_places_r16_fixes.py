"""Places, eleventh session, fixes after review: a territory or capital first in a dateline,
bare "the province"/"the department" only where a place goes, the admin1 codes of curated
divisions. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from _facts_helpers import facts_pipeline, places, places_by_text


@pytest.fixture(scope="module")
def pp(nlp):
    return facts_pipeline(nlp)


@pytest.mark.parametrize("text, first, iso", [
    ("HONG KONG, China — Police arrested six activists on Monday.", "Hong Kong", "HKG"),
    ("GIBRALTAR, Britain — The chief minister spoke on Monday.", "Gibraltar", "GIB"),
])
def test_a_territory_before_its_sovereign_in_a_dateline_is_that_territory(pp, text, first, iso):
    got = places(pp, text)
    assert got[0][1:] == (first, iso)


def test_a_territory_dateline_keeps_the_capital_in_the_body(pp):
    got = places_by_text(places(pp, "HONG KONG, China — Police arrested six activists on Monday. In the capital, "
                                    "hundreds marched in the rain."))
    assert got["the capital"][1] == "HKG"


@pytest.mark.parametrize("text", [
    "Texas sued the federal government on Monday. A spokeswoman for the department declined to comment.",
    "The Energy Department fined Ohio on Monday. Lawyers for Ohio met officials of the department on Friday.",
    "The Justice Department sued Arizona on Monday. A whistleblower in the department said the suit was late.",
    "Heavy rain hit Manitoba on Monday. According to the province, 2,000 homes lost power.",
    "Floods hit Saskatchewan on Monday. Ottawa signed a funding agreement with the province on Tuesday.",
    "Mudslides struck Antioquia on Monday, and villagers asked for help from the department.",
    "Cyclone winds battered Madagascar on Monday. France opened talks with the island on reconstruction.",
    "Storms hit Quebec on Monday. A lawyer for the province said the claims were filed.",
])
def test_a_bare_division_acting_or_spoken_for_is_no_place(pp, text):
    got = [t for t, _, _ in places(pp, text)]
    assert not [t for t in got if t.startswith("the ")]


def test_a_bare_division_where_a_place_goes_is_the_one_named(pp):
    got = places(pp, "Floods hit Saskatchewan on Monday. Ottawa sent 200 soldiers to the province on Tuesday and "
                     "promised a relief package for the province.")
    assert [c for t, _, c in got if t == "the province"] == ["CAN", "CAN"]
    assert {n for t, n, _ in got if t == "the province"} == {"Saskatchewan"}
    # "the department" is a division the text called one
    got = places(pp, "Rebels burned a bus in the department of Cauca on Monday. Police sent troops to the "
                     "department, the governor said.")
    assert [n for t, n, _ in got if t == "the department"] == ["Cauca"]


def test_an_afghan_province_capital_is_its_own_seat(pp):
    # the curated division carries GeoNames' admin1 code, so its seat is its own town, not Kabul
    got = places_by_text(places(pp, "KABUL — Taliban fighters entered Parwan on Monday, and clashes broke out "
                                    "near the Parwan capital."))
    assert got["the Parwan capital"][0] == "Charikar"


@pytest.mark.parametrize("province, code", [("Parwan", "40"), ("Takhar", "26"), ("Kunar", "34"), ("Panjshir", "42"),
                                            ("Paktia", "36"), ("Zabul", "28")])
def test_curated_afghan_provinces_carry_geonames_codes(province, code):
    from dateline._places._gazetteer import load

    rows = [e for e, alias in load().lookup(province) if not alias and e.country == "AFG" and e.feature == "ADM1"]
    assert [e.admin1 for e in rows] == [code]


def test_island_states_are_listed_and_each_is_a_country_of_the_gazetteer():
    # the resolver reads the key directly: a renamed or dropped key must fail here, not silently
    from dateline._places._gazetteer import load

    gaz = load()
    isos = gaz.lexicon["island_states"]
    assert isos and len(set(isos)) == len(isos)
    states = {gaz.entry(i).country for i in range(len(gaz)) if gaz.entry(i).is_country}
    assert sorted(set(isos) - states) == []


def test_for_a_division_after_a_verb_of_giving_places_it_but_not_after_working(pp):
    got = places(pp, "Floods hit Manitoba on Monday. Ottawa released emergency credit for the province on Tuesday.")
    assert [n for t, n, _ in got if t == "the province"] == ["Manitoba"]
    got = places(pp, "Floods hit Manitoba on Monday. Her father worked for the province for years.")
    assert [n for t, n, _ in got if t == "the province"] == []


@pytest.mark.parametrize("text, iso", [
    ("LUSAKA — Floods displaced 3,000 people in Zambia's Eastern Province on Monday.", "ZMB"),
    ("Heavy rain hit the Eastern Province of Rwanda on Monday, officials said.", "RWA"),
    ("FREETOWN — Cholera spread in the Eastern Province on Monday.", "SLE"),
    # decoys: the Saudi province with no other country in view, and Sri Lanka's
    ("Drones hit oil plants in the Eastern Province on Saturday, the energy ministry said.", "SAU"),
    ("COLOMBO, Sri Lanka — Floods displaced 20,000 people in the Eastern Province on Monday.", "LKA"),
])
def test_an_eastern_province_follows_the_country_the_text_names(pp, text, iso):
    assert places_by_text(places(pp, text))["Eastern Province"][1] == iso


def test_the_capital_of_a_country_a_person_just_travelled_to(pp):
    got = places_by_text(places(pp, "ABUJA, Nigeria — The minister flew to France on Monday. In the capital, he met "
                                    "the French president."))
    assert got["the capital"] == ("Paris", "FRA")
    # decoys: a country people fled into, or one only spoken of, is not where the capital is
    got = places_by_text(places(pp, "PORT SUDAN — Thousands of families fled into Chad on Monday. Fighting in the "
                                    "capital emptied whole districts."))
    assert got["the capital"][1] == "SDN"
    got = places_by_text(places(pp, "ABUJA, Nigeria — The minister criticised France on Monday. In the capital, "
                                    "protesters gathered."))
    assert got["the capital"][1] == "NGA"


def test_on_the_island_and_a_route_to_it_are_place_phrases(pp):
    got = places(pp, "Cyclone winds battered Madagascar on Monday. On the island, 40,000 people lost their homes, "
                     "and ferries to the island were cancelled.")
    assert [c for t, _, c in got if t == "the island"] == ["MDG", "MDG"]
