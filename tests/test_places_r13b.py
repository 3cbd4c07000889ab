"""Places, eighth session (r13b): hostile input must not hang a run. A long list names the same
places over and over ("- Item 7: Russia, Ukraine"), a text names thousands of towns, a sentence
coordinates hundreds of names; the layer's work must grow with the text, not with its square.
Work is counted (Python calls made in the places code), not timed, so a loaded machine cannot
make the tests flake. The texts are written for these tests."""

from __future__ import annotations

import random
import sys
from types import FrameType
from typing import Any

import pytest

from dateline import Pipeline, Settings


@pytest.fixture(scope="module")
def pp(nlp: Any) -> Pipeline:
    return Pipeline(Settings(layers=("places",)), nlp=nlp)


def _places_work(pp: Pipeline, text: str) -> tuple[int, int]:
    """(Python calls made inside dateline/_places while coding the text, places found)."""
    calls = 0

    def prof(frame: FrameType, event: str, arg: object) -> None:
        nonlocal calls
        if event == "call" and "_places" in frame.f_code.co_filename:
            calls += 1

    sys.setprofile(prof)
    try:
        art = pp.code(text, date="2024-01-01")
    finally:
        sys.setprofile(None)
    return calls, len(art.places)


def _towns(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    syl = ["ka", "lo", "ven", "dor", "mi", "tas", "ber", "gun", "sel", "rath", "ova", "ket", "zan", "pri", "mol"]
    names: set[str] = set()
    while len(names) < n:
        names.add("".join(rnd.choice(syl) for _ in range(rnd.randint(2, 4))).capitalize())
    return sorted(names)


def _linear(pp: Pipeline, make: Any, small: int, big: int) -> None:
    w_small, _ = _places_work(pp, make(small))
    w_big, _ = _places_work(pp, make(big))
    # linear work grows by big/small (3x here); the quadratic scans grew it by ~9x
    assert w_big < 1.5 * (big / small) * w_small, (w_small, w_big)


def test_long_list_of_the_same_places_is_linear(pp: Pipeline) -> None:
    _linear(pp, lambda n: "\n".join(f"- Item {i}: Russia, Ukraine" for i in range(n)), 100, 300)


def test_many_distinct_town_names_are_linear(pp: Pipeline) -> None:
    def make(n: int) -> str:
        t = _towns(3 * n, n)
        return " ".join(f"Troops moved from {a} to {b}, near {c}." for a, b, c in zip(t[0::3], t[1::3], t[2::3]))
    _linear(pp, make, 60, 180)


def test_one_long_coordination_of_names_is_linear(pp: Pipeline) -> None:
    def make(n: int) -> str:
        t = _towns(n, n)
        return "Fighting was reported in Donetsk, " + ", ".join(t) + " and Kharkiv on Monday."
    _linear(pp, make, 60, 180)


def test_a_list_still_finds_its_places(pp: Pipeline) -> None:
    text = "\n".join(f"- Day {i}: shelling was reported in Kharkiv and Sumy." for i in range(40))
    _, found = _places_work(pp, text)
    assert found >= 40


# -- a town GeoNames names without its word "City" keeps the English name the text gives -----------

def test_a_town_named_with_city_keeps_that_name(pp: Pipeline) -> None:
    art = pp.code("GAZA — Air strikes hit Gaza City and Khan Younis overnight, medics said.", date="2024-01-01")
    got = {p.text: (p.name, p.country) for p in art.places}
    assert got["Gaza City"] == ("Gaza City", "PSE")
    assert got["Khan Younis"] == ("Khan Younis", "PSE")


def test_a_capital_named_with_city_keeps_the_gazetteer_name(pp: Pipeline) -> None:
    # GeoNames names the capital "Manila" and knows "Manila City" only as another name: a capital
    # keeps the gazetteer's name, a town ("Davao City", GeoNames "Davao") the text's
    art = pp.code("Protests in Manila City and Davao City were reported on Friday.", date="2024-01-01")
    got = {p.text: (p.name, p.country) for p in art.places}
    assert got["Manila City"] == ("Manila", "PHL")
    assert got["Davao City"] == ("Davao City", "PHL")


# -- an epithet ending in City/Town is no town of that name, and keeps its word -----------------------

@pytest.mark.parametrize("text", [
    "Tourists visited the Forbidden City in Beijing on Sunday.",
    "BAGHDAD — Pilgrims gathered in the Holy City of Najaf on Friday.",
    "JERUSALEM — Police closed the gates of the Old City after the clashes.",
])
def test_an_epithet_with_a_division_word_loses_no_word(pp: Pipeline, text: str) -> None:
    art = pp.code(text, date="2024-01-01")
    for p in art.places:
        # the shown name never drops the text's word ("Forbidden City" -> "Forbidden")
        assert not (p.text.endswith((" City", " Town")) and p.name and not p.name.endswith((" City", " Town"))
                    and p.name in p.text), (p.text, p.name)
    assert not any(p.text in ("Forbidden City", "Holy City") for p in art.places)


@pytest.mark.parametrize("text, name, country", [
    ("QOM, Iran — Mourners gathered in the Holy City of Mashhad on Friday.", "Mashhad", "IRN"),
    ("Crowds gathered in the Holy City of Karbala for the pilgrimage.", "Karbala", "IRQ"),
])
def test_an_epithet_of_a_named_place_is_no_town_of_its_own(pp: Pipeline, text: str, name: str, country: str) -> None:
    # "in the Holy City of X": the words before "of" describe X, they name no town the gazetteer lacks
    got = {p.text: (p.name, p.country) for p in pp.code(text, date="2024-01-01").places}
    assert "Holy City" not in got
    assert got[name] == (name, country)


def test_a_town_named_with_its_division_word_still_drops_it(pp: Pipeline) -> None:
    art = pp.code("XINING — Floods hit Haidong City and Caotan Village in Qinghai.",
                  date="2024-01-01")
    got = {p.text: (p.name, p.country) for p in art.places}
    assert got["Haidong City"] == ("Haidong", "CHN")
    assert got["Caotan Village"] == ("Caotan", "CHN")


def test_division_name_drops_only_a_capitalised_division_word() -> None:
    from dateline._places import division_name

    assert division_name("Minhe County", "CHN", "") == "Minhe"
    assert division_name("Tigray Region", "ETH", "") == "Tigray"  # any word of the shared list
    assert division_name("Lee", "USA", "County") == "Lee County"
    assert division_name("Old city", "ISR", "") == "Old city"


# -- a translated agency dateline of any agency, not only Xinhua --------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Bernama News Agency Kuantan July 22 electric - Floods closed roads across the state.", "Kuantan", "MYS"),
    ("Tass News Agency Kazan July 22 electric - Police detained two men.", "Kazan", "RUS"),
    ("Xinhua News Agency Zhengzhou July 22 electric - Rain flooded the subway.", "Zhengzhou", "CHN"),
])
def test_a_translated_agency_dateline_places_the_story(pp: Pipeline, text: str, name: str, country: str) -> None:
    art = pp.code(text, date="2024-01-01")
    assert (name, country) in {(p.name, p.country) for p in art.places}
