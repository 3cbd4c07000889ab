"""Places layer, sixth round: names the parser cuts at "and"/"of" or that machine translation
writes with a Spanish "Y", ... Every sentence here is written for these tests; none is taken from
a gold file."""

from __future__ import annotations

import pytest
from _facts_helpers import places

from dateline._pipeline import Pipeline, Settings
from dateline._places._gazetteer import load


@pytest.fixture(scope="module")
def pp(nlp):
    return Pipeline(Settings(layers=("places",)), nlp=nlp)


# -- "and" and "of" inside a name; a translated "Y" for "and" ----------------------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Eleven fishermen were detained in Trinidad Y Tobago on Sunday.", "Trinidad and Tobago", "TTO"),
    ("Foreign ministers gathered in Saint Vincent Y the Grenadines for the summit.",
     "Saint Vincent and the Grenadines", "VCT"),
    ("The regional leaders will meet in San Vicente Y the Grenadines next month.",
     "Saint Vincent and the Grenadines", "VCT"),
    ("A cargo ship docked in Port of Spain after a week at sea.", "Port of Spain", "TTO"),
])
def test_name_across_and_or_of(pp, text, name, country):
    got = places(pp, text)
    assert any(n == name and c == country for _, n, c in got), got
    assert not any(c in ("ARG", "ESP", "BOL") for _, _, c in got), got


def test_translated_y_in_lookup():
    gaz = load()
    assert [e.country for e, _ in gaz.lookup("Antigua Y Barbuda")] == ["ATG"]
    assert not gaz.lookup("Kazan Y Russia")


def test_of_after_a_town_is_no_longer_name(pp):
    got = places(pp, "Officials in Kazan of Russia's Tatarstan region said the roads were closed.")
    assert ("Kazan", "Kazan", "RUS") in got, got


# -- a town of the dateline's country the tagger read as a common noun or a nationality --------

def test_home_town_read_as_common_noun(pp):
    got = places(pp, "GOMA, Democratic Republic of Congo — Shelling reached the outskirts of Sake overnight, "
                     "and the army sent reinforcements to Sake on Friday.")
    assert [g for g in got if g[0] == "Sake"] == [("Sake", "Sake", "COD")] * 2, got


def test_common_noun_outside_home_country_stays_a_word(pp):
    got = places(pp, "TOKYO (Reuters) - Exports of Sake to Europe rose last year, the ministry said.")
    assert not any(t == "Sake" for t, _, _ in got), got


@pytest.mark.parametrize("text", [
    "Army units took control of Kidal after a week of fighting.",
    "BAMAKO, 2 May - Rebels regained control of Kidal on Sunday, a spokesman said.",
])
def test_control_of_a_town(pp, text):
    assert ("Kidal", "Kidal", "MLI") in places(pp, text)


# -- small towns the gazetteer lacks, tagged PERSON, after a preposition of place -------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("BAMAKO, 4 June - Shots were fired near Kouloumbé, residents said.", "Kouloumbé", "MLI"),
    ("SRINAGAR, India — Troops patrolled the ridge opposite Wardipora, the army said.", "Wardipora", "IND"),
])
def test_unknown_town_tagged_person_after_place_preposition(pp, text, name, country):
    got = places(pp, text)
    assert [g for g in got if g[0] == name] == [(name, name, country)], got


def test_person_after_near_stays_a_person(pp):
    got = places(pp, "LONDON, Nov 3 (Reuters) - Trade minister Anna Kowalczyk spoke first; the envoy sat near "
                     "Kowalczyk during the talks.")
    assert not any("Kowalczyk" in t for t, _, _ in got), got
    got = places(pp, "The envoy sat near Kowalczyk during the talks.")
    assert not any("Kowalczyk" in t for t, _, _ in got), got


# -- first-level divisions of Venezuela, Colombia and Mexico ------------------------------------

def test_division_counts():
    gaz = load()
    count: dict[str, int] = {}
    for i in range(len(gaz)):
        e = gaz.entry(i)
        if e.feature == "ADM1" and e.country in ("VEN", "COL", "MEX"):
            count[e.country] = count.get(e.country, 0) + 1
    assert count["VEN"] >= 17 and count["COL"] >= 19 and count["MEX"] >= 19, count


@pytest.mark.parametrize(("text", "name", "country"), [
    ("CARACAS, 9 March - Power cuts left most of the state of Carabobo in the dark.", "Carabobo", "VEN"),
    ("Landslides in Cundinamarca cut the road to the capital.", "Cundinamarca", "COL"),
    ("Police in Miranda state detained three students.", "Miranda", "VEN"),
])
def test_divisions(pp, text, name, country):
    assert any(n == name and c == country for _, n, c in places(pp, text))


def test_state_named_like_a_person_needs_a_place_frame(pp):
    got = places(pp, "Miranda, a 34-year-old nurse, said the clinic had no gloves.")
    assert not any(t == "Miranda" for t, _, _ in got), got


# -- de facto borders ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Shells fell on villages along the Line of Control overnight.",
                                  "Patrols met on the Line of Actual Control near a glacier."])
def test_de_facto_borders_have_no_country(pp, text):
    got = places(pp, text)
    assert any(n.startswith("Line of") and c is None for _, n, c in got), got


# -- a list of divisions after a division noun ------------------------------------------------

def test_alternate_spelling_listed_after_governorates(pp):
    got = places(pp, "ADEN - Strikes hit the governorates of Marib, Taiz and Saada on Friday.")
    assert ("Saada", "Saada", "YEM") in got, got
