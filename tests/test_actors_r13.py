"""Thirteenth actors round: names glued into a hyphenated personal name, a title whose of-phrase
names the body or country before the name (a translation's word order), kings and emirs as
heads of state, arms and delegations of a named state, "the Fund" after the IMF, and Iranian and
Saudi security officials the KB lacked."""

from __future__ import annotations

import pytest

from dateline._pipeline import Pipeline, Settings

from test_actors import code, find, one


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:
    return Pipeline(Settings(layers=("actors",)), nlp=nlp)


# -- 1. a KB name inside a hyphenated personal name ---------------------------------------------


def test_group_name_inside_hyphenated_person_name_is_no_group(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "The regional bloc will meet in Accra, announced the commissioner Abdel-Fatah Musah.",
                     "2023-08-10")
    assert not any(a.name == "Fatah" for a in actors), [(a.text, a.name) for a in actors]
    assert any(a.kind == "person" and "Musah" in (a.text or "") for a in actors)


def test_hyphenated_pair_of_actors_still_reads_each_side(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Fatah accused Hamas of blocking the talks in Cairo.", "2023-08-10")
    assert one(actors, "Fatah").name == "Fatah"


# -- 2. "<title> of <body or country> <Name>" -----------------------------------------------------


def test_igo_in_title_of_phrase_is_its_own_mention(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "The Secretary-General of the UN António Guterres said he was alarmed by the raid.",
                     "2024-04-06")
    assert one(actors, "UN").kind == "igo"
    g = one(actors, "António Guterres")
    assert g.name == "António Guterres" and g.country is None
    assert not find(actors, "The Secretary-General of the UN")


def test_nationality_in_title_of_phrase_gives_unknown_person_the_country(pipe: Pipeline) -> None:
    actors, mentions = code(pipe, "The commander of the Chilean armed forces Rodrigo Valdés Ortiz warned the rebels "
                                  "on Monday.", "2024-04-14")
    p = one(actors, "Rodrigo Valdés Ortiz")
    assert p.kind == "person" and p.country == "CHL"
    assert not any(a.kind == "state" for a in actors if a.text and "armed forces" in a.text)
    # the title stays the person for later layers (a speaker "said the commander of ...")
    assert any(m.name == "Rodrigo Valdés Ortiz" and m.text and m.text.startswith("The commander") for m in mentions)


def test_country_noun_in_title_of_phrase_is_a_mention_and_name_the_person(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "The Minister of Defence of Ukraine Rustem Umerov flew to Washington on Monday.",
                     "2024-06-01")
    assert one(actors, "Ukraine").kind == "state"
    assert one(actors, "Rustem Umerov").country == "UKR"


# -- 3. kings and emirs are heads of state ---------------------------------------------------------


@pytest.mark.parametrize("phrase,name", [("The Jordanian king", "Abdullah II of Jordan"),
                                         ("The Qatari emir", "Tamim bin Hamad al-Thani")])
def test_king_and_emir_of_a_state_are_its_head_of_state(pipe: Pipeline, phrase: str, name: str) -> None:
    actors, _ = code(pipe, f"{phrase} received the envoy on Sunday.", "2024-01-10")
    a = one(actors, phrase)
    assert a.kind == "person" and a.name == name


# -- 4. arms and delegations of a named state ------------------------------------------------------


def test_ships_and_jets_with_a_nationality_are_the_state(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Vietnamese ships blocked the channel. Thai jets flew over the border on Friday.",
                     "2024-06-20")
    assert one(actors, "Vietnamese ships").country == "VNM"
    assert one(actors, "Thai jets").country == "THA"


def test_ships_without_a_nationality_are_no_actor(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "MANILA - Ships blocked the channel on Friday, officials said.", "2024-06-20")
    assert not find(actors, "Ships")


def test_delegation_of_a_state_and_delegation_from_a_state(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "The Kenyan delegation walked out. A delegation from Peru arrived in Lima later. "
                           "The delegations then met again.", "2023-03-10")
    assert one(actors, "The Kenyan delegation").country == "KEN"
    assert one(actors, "A delegation from Peru").country == "PER"
    assert not find(actors, "The delegations")


# -- 5. "the Fund" after the International Monetary Fund -------------------------------------------


def test_capitalised_fund_after_the_imf_is_the_imf(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Egypt signed a loan with the International Monetary Fund on Monday. The Fund said "
                           "reforms would follow.", "2023-03-10")
    assert one(actors, "The Fund").name == "International Monetary Fund"


def test_capitalised_fund_with_no_fund_named_is_nobody(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Egypt signed a loan with the World Bank on Monday. The Fund said reforms would follow.",
                     "2023-03-10")
    assert not find(actors, "The Fund")


# -- 6. KB people ---------------------------------------------------------------------------------


def test_iranian_and_saudi_security_officials(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Ali Shamkhani met Musaed Al-Aiban in Beijing. Shamkhani said the talks went well.",
                     "2023-03-10")
    assert one(actors, "Ali Shamkhani").country == "IRN"
    assert one(actors, "Musaed Al-Aiban").country == "SAU"
    assert one(actors, "Shamkhani").name == "Ali Shamkhani"


# -- 7. a person's name modifying a thing; known people --------------------------------------------


def test_name_modifying_a_plan_is_no_person(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Hamas said it viewed the Biden plan positively. Paris backed the Macron initiative.",
                     "2024-06-05")
    assert not any(a.kind == "person" for a in actors), [(a.text, a.name) for a in actors]


def test_leader_name_before_administration_is_the_state(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Israel welcomed the talks. The Trump administration rejected the proposal.", "2018-06-05")
    a = one(actors, "Trump administration")
    assert a.kind == "state" and a.country == "USA"
    assert not any(x.kind == "person" for x in actors)


def test_name_before_a_title_noun_stays_the_person(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Putin met Xi in Beijing. A Putin spokesman said the talks were warm.", "2023-06-05")
    assert any(a.name == "Vladimir Putin" for a in actors)


def test_un_envoy_and_both_spellings_of_rouhani(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Staffan de Mistura met Hassan Rohani in Tehran. Rouhani said the talks were useful.",
                     "2016-03-01")
    m = one(actors, "Staffan de Mistura")
    assert m.country is None
    assert one(actors, "Hassan Rohani").id == one(actors, "Rouhani").id


def test_korean_foreign_minister_after_july_2025(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "The South Korean foreign minister flew to Tokyo on Monday.", "2025-09-01")
    assert one(actors, "The South Korean foreign minister").name == "Cho Hyun"


# -- 8. breakaway authorities belong to the state whose territory they hold --------------------------


@pytest.mark.parametrize("name,iso", [("Somaliland", "SOM"), ("Abkhazia", "GEO"), ("Transnistria", "MDA")])
def test_breakaway_authority_is_of_the_state_it_holds_territory_of(pipe: Pipeline, name: str, iso: str) -> None:
    actors, _ = code(pipe, f"{name} said it would hold talks with its neighbours next month.", "2024-01-02")
    a = one(actors, name)
    assert a.kind == "group" and a.country == iso


def test_breakaway_leader_title_gives_the_state(pipe: Pipeline) -> None:
    actors, _ = code(pipe, "Somaliland leader Ahmed Jama Warsame signed the memorandum in Addis Ababa.", "2024-01-02")
    p = next(a for a in actors if a.kind == "person")
    assert p.country == "SOM"
