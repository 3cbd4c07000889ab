"""Twelfth actors round: a "president" title in states whose head of state is not the president,
"the guerrilla" as the one armed group, "the republic" as a state description, IGO names that
modify a gathering noun, IGO officials named with their title in apposition, and foreign
ministers of 2023-2025."""

from __future__ import annotations

import datetime

import pytest

from dateline._actors import load_kb
from dateline._pipeline import Pipeline, Settings

from test_actors import code, find, one


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:
    return Pipeline(Settings(layers=("actors",)), nlp=nlp)


# -- 1. "president" is the office called president, not the head of state --------------------


@pytest.mark.parametrize("phrase", ["The Iranian president", "Iran's president", "The president of Iran"])
def test_iranian_president_is_the_president_not_the_supreme_leader(pipe: Pipeline, phrase: str) -> None:
    actors, _ = code(pipe, f"{phrase} told lawmakers on Sunday that the budget would pass.", "2022-06-01")
    a = one(actors, phrase)
    assert a.kind == "person" and a.country == "IRN"
    assert a.name == "Ebrahim Raisi"


def test_iranian_supreme_leader_and_leader_stay_the_supreme_leader(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "The Iranian supreme leader praised the troops in a speech.", "2022-06-01")
    assert one(actors, "The Iranian supreme leader").name == "Ali Khamenei"


def test_iranian_president_between_presidents_is_left_unresolved(pipe: Pipeline) -> None:
    # after one president died and before the next took office, nobody is "the president"
    actors, _ = code(pipe, "The Iranian president will be chosen in a vote next month.", "2024-06-10")
    a = one(actors, "The Iranian president")
    assert a.id is None and a.country == "IRN"


def test_spanish_president_is_the_prime_minister_not_the_king(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "The Spanish president defended the budget in parliament.", "2022-06-01")
    assert one(actors, "The Spanish president").name == "Pedro Sánchez"


def test_president_elsewhere_is_still_the_head_of_state(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "The Russian president addressed the nation.", "2022-06-01")
    assert one(actors, "The Russian president").name == "Vladimir Putin"


# -- 2. "the guerrilla", "the paramilitaries": the one armed group named ----------------------


def test_singular_guerrilla_is_the_one_armed_group_named(pipe: Pipeline) -> None:
    text = ("The National Liberation Army blew up an oil pipeline in the east. "
            "The guerrilla said it would keep up its attacks.")
    actors, _ = code(pipe, text, "2010-05-01")
    assert one(actors, "The guerrilla").id == one(actors, "National Liberation Army").id


def test_singular_guerrilla_with_two_groups_named_is_not_listed(pipe: Pipeline) -> None:
    text = ("The National Liberation Army and the FARC blew up an oil pipeline. "
            "The guerrilla said it would keep up its attacks.")
    actors, _ = code(pipe, text, "2010-05-01")
    assert not find(actors, "The guerrilla")


def test_singular_guerrilla_with_no_group_named_is_not_listed(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "The guerrilla said it would keep up its attacks.", "2010-05-01")
    assert not find(actors, "The guerrilla")


def test_paramilitaries_are_the_one_armed_group_named(pipe: Pipeline) -> None:
    text = "The Rapid Support Forces shelled the city. The paramilitaries said the army had fired first."
    actors, _ = code(pipe, text, "2023-05-01")
    assert one(actors, "The paramilitaries").id == one(actors, "Rapid Support Forces").id


# -- 3. "the republic" after one republic is named ------------------------------------------


def test_the_republic_is_the_one_republic_named_before(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "France recalled its ambassador. The republic said it would not back down.",
                     "2022-06-01")
    assert one(actors, "The republic").country == "FRA"


def test_the_republic_with_two_republics_named_is_nobody(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Peru and Chile signed a treaty. The republic said it would ratify it soon.",
                     "2022-06-01")
    assert not find(actors, "The republic")


def test_the_republic_is_not_a_monarchy(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Norway recalled its ambassador. The republic said it would not back down.",
                     "2022-06-01")
    assert not find(actors, "The republic")


def test_president_of_the_republic_is_a_title_not_a_state_mention(pipe: Pipeline) -> None:
    text = ("Senegal held a vote. The President of the Republic, Macky Sall, said the count was fair. "
            "The republic will hold a runoff.")
    actors, _ = code(pipe, text, "2019-02-26")
    assert not find(actors, "the Republic")
    assert one(actors, "The republic").country == "SEN"


# -- 4. an IGO modifying a gathering or its members is a mention; a document noun is not ------


@pytest.mark.parametrize("text,igo", [
    ("Ministers argued at an ASEAN meeting in Jakarta on Friday.", "ASEAN"),
    ("The plan was discussed at a NATO meeting on Thursday.", "NATO"),
    ("Leaders gathered for an African Union summit on Sunday.", "African Union"),
])
def test_igo_modifying_a_gathering_is_a_mention(pipe: Pipeline, text: str, igo: str) -> None:
    actors, _ = code(pipe, text, "2023-06-01")
    assert one(actors, igo).kind == "igo"


def test_igo_modifying_a_resolution_is_no_mention(pipe: Pipeline) -> None:
    # docs/actors.md: a body's name before a document noun modifies it ("a Security Council resolution")
    actors, _ = code(pipe, "China abstained on a Security Council resolution about the blockade.", "2023-06-01")
    assert not [a for a in actors if a.kind == "igo"]


# -- 5. "X, the UN envoy": an IGO official, country null -------------------------------------


def test_known_person_titled_in_apposition_as_igo_official_has_no_country(pipe: Pipeline) -> None:
    text = "Kenzo Oshima, the UN envoy, arrived in Khartoum on Monday. Oshima said the talks went well."
    actors, _ = code(pipe, text, "2006-06-01")
    assert one(actors, "Kenzo Oshima").country is None
    assert one(actors, "Oshima").country is None
    assert not find(actors, "the UN envoy")  # the title is the same person, not listed again


def test_unknown_person_titled_in_apposition_is_not_the_igo_head(pipe: Pipeline) -> None:
    text = "Jan Egeland, the UN humanitarian chief, said the convoys were blocked."
    actors, _ = code(pipe, text, "2006-06-01")
    assert one(actors, "Jan Egeland").country is None
    assert all(a.name != "Kofi Annan" for a in actors)


def test_national_title_in_apposition_keeps_the_country(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Kenzo Oshima, the Japanese envoy, arrived in Khartoum.", "2006-06-01")
    assert one(actors, "Kenzo Oshima").country == "JPN"


# -- 6. foreign ministers 2023-2025 -----------------------------------------------------------


@pytest.mark.parametrize("iso,date,name", [
    ("EGY", "2025-03-01", "Badr Abdelatty"),
    ("EGY", "2023-03-01", "Sameh Shoukry"),
    ("MEX", "2025-03-01", "Juan Ramón de la Fuente"),
    ("ARG", "2024-05-01", "Diana Mondino"),
    ("LBN", "2025-06-01", "Youssef Rajji"),
    ("IDN", "2025-01-10", "Sugiono"),
    ("ZAF", "2025-01-10", "Ronald Lamola"),
    ("SAU", "2025-01-10", "Prince Faisal bin Farhan Al Saud"),
    ("ESP", "2025-01-10", "José Manuel Albares"),
    ("KOR", "2024-06-01", "Cho Tae-yul"),
])
def test_recent_foreign_ministers(iso: str, date: str, name: str) -> None:
    kb = load_kb()
    holder = kb.office_holder(iso, "foreign_minister", date)
    assert holder is not None and kb.entries[holder].name == name


def test_foreign_minister_title_resolves_to_the_recent_holder(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "The Egyptian foreign minister flew to Doha for the talks.", "2025-03-01")
    assert one(actors, "The Egyptian foreign minister").name == "Badr Abdelatty"


def test_minister_turned_commissioner_acts_for_the_commission() -> None:
    a = load_kb().lookup("Stéphane Séjourné", datetime.date(2025, 3, 1))
    assert a and a[0].country is None
    b = load_kb().lookup("Stéphane Séjourné", datetime.date(2024, 3, 1))
    assert b and b[0].country == "FRA"


def test_rebels_are_an_armed_group_the_source_data_listed_among_people(pipe: Pipeline) -> None:
    text = "The Tawhid Brigade attacked an army base near Aleppo. The rebels said they held it."
    actors, _ = code(pipe, text, "2013-08-01")
    group = one(actors, "Tawhid Brigade")
    assert group.kind == "group"
    assert one(actors, "The rebels").id == group.id
