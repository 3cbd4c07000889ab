"""Ninth actors round: home-country evidence from a dateline the places layer found, unknown
people of the home country, and the speed rewrites of the whole-text scans (same output)."""

from __future__ import annotations

import pytest

from dateline._pipeline import Pipeline, Settings

from test_actors import code, find, one


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:
    return Pipeline(Settings(layers=("places", "actors")), nlp=nlp)


# -- a dateline city the KB does not know ---------------------------------------------------


def test_dateline_city_from_places_gives_the_home_country(pipe: Pipeline) -> None:
    text = ("COCHABAMBA - The Armed Forces said on Sunday that they would not take troops out against "
            "the population. The Government of Chile offered to mediate.")
    actors, _ = code(pipe, text, date="2019-11-11")
    assert one(actors, "The Armed Forces").country == "BOL"


def test_no_dateline_no_home_country_from_a_place_in_the_text(pipe: Pipeline) -> None:
    text = ("The Armed Forces said on Sunday that they would not act. Later the Government of Chile "
            "offered to mediate in talks held in Cochabamba.")
    actors, _ = code(pipe, text, date="2019-11-11")
    assert all(a.country != "BOL" for a in find(actors, "The Armed Forces"))


# -- unknown people of the home country -----------------------------------------------------

KENYA = ("NAIROBI - Kenyan police fired tear gas at protesters in Nairobi on Tuesday. President William Ruto "
         "said the protests were illegal. Kenya's interior ministry said 40 people were arrested. {x} "
         "The Kenyan government said it would meet the organisers. Kenya's opposition called for new protests.")


def test_unknown_person_named_in_a_clearly_domestic_story_takes_the_home_country(pipe: Pipeline) -> None:
    text = KENYA.format(x="Activist Wanjiru Kamaunde said the arrests were illegal. Kamaunde urged Ruto to free them.")
    actors, _ = code(pipe, text, date="2024-06-25")
    assert one(actors, "Activist Wanjiru Kamaunde").country == "KEN"
    assert one(actors, "Kamaunde").country == "KEN"  # the later surname too


def test_unknown_person_whose_sentence_names_another_country_stays_unknown(pipe: Pipeline) -> None:
    text = KENYA.format(x="Wanjiru Kamaunde, who flew in from Uganda, said Uganda would help.")
    actors, _ = code(pipe, text, date="2024-06-25")
    assert one(actors, "Wanjiru Kamaunde").country is None


def test_igo_official_named_after_the_igo_takes_no_home_country(pipe: Pipeline) -> None:
    text = KENYA.format(x="UN human rights envoy Tomasz Wierzbowski said the arrests were illegal.")
    actors, _ = code(pipe, text, date="2024-06-25")
    assert all(a.country is None for a in find(actors, "Tomasz Wierzbowski"))


# -- an IGO's name in an official's title ---------------------------------------------------


def test_igo_name_in_a_title_is_its_own_mention(pipe: Pipeline) -> None:
    text = ("NATO Secretary General Jens Stoltenberg said the alliance would help. The EU's foreign policy "
            "chief Kaja Kallas called for calm. The U.S. Secretary of State Antony Blinken agreed.")
    actors, _ = code(pipe, text, date="2024-03-01")
    assert one(actors, "NATO").kind == "igo"
    assert one(actors, "NATO Secretary General Jens Stoltenberg").kind == "person"  # the title+name stays whole
    assert one(actors, "EU").kind == "igo"
    assert one(actors, "The EU's foreign policy chief Kaja Kallas").kind == "person"
    # a nationality in a title stays part of the official's mention
    assert one(actors, "The U.S. Secretary of State Antony Blinken").country == "USA"
    assert not find(actors, "U.S.")


# -- fighters described after their group is named ------------------------------------------


def test_fighters_described_are_the_one_armed_group_named(pipe: Pipeline) -> None:
    text = ("Fighters of the self-proclaimed Luhansk People's Republic shelled a village on Tuesday. "
            "The separatists said they had repelled an attack. Kyiv accused Moscow of arming the rebels.")
    actors, _ = code(pipe, text, date="2015-02-03")
    fighters = [a for a in actors if a.text and a.text.startswith("Fighters")]
    assert fighters and all(a.id == "dl:lpr" for a in fighters)  # "Fighters of the self-proclaimed X" is X
    assert one(actors, "The separatists").id == "dl:lpr"
    assert one(actors, "the rebels").id == "dl:lpr"


def test_gangs_described_are_the_named_gang_coalition(pipe: Pipeline) -> None:
    text = ("Viv Ansanm attacked three police stations on Friday. The armed gangs also burned a prison, "
            "and the Prime Minister said the gangs would be defeated. Palestinian militants were not involved.")
    actors, _ = code(pipe, text, date="2024-03-04")
    assert one(actors, "The armed gangs").id == "dl:viv-ansanm"
    assert one(actors, "the gangs").id == "dl:viv-ansanm"
    assert one(actors, "Palestinian militants").id != "dl:viv-ansanm"  # a nationality of their own


def test_fighters_with_two_groups_named_stay_unresolved(pipe: Pipeline) -> None:
    text = ("Viv Ansanm and the Sinaloa Cartel were blamed for the attacks on Friday. "
            "The armed gangs also burned a prison.")
    actors, _ = code(pipe, text, date="2024-03-04")
    assert all(a.kind != "group" for a in find(actors, "The armed gangs"))


# -- the sides of a conflict ----------------------------------------------------------------


def test_both_sides_are_the_article_main_parties_groups_included(pipe: Pipeline) -> None:
    text = ("The Rapid Support Forces shelled Khartoum on Monday. Sudan's army said it had repelled the RSF "
            "near the airport, and the RSF said it had downed an army jet. The United States and Saudi Arabia "
            "hosted talks in Jeddah. Washington urged both sides to respect a truce.")
    actors, _ = code(pipe, text, date="2023-05-08")
    got = {(a.id, a.country) for a in find(actors, "both sides")}
    assert got == {("dl:rsf", "SDN"), ("Q1049", "SDN")}, got


def test_neither_side_is_both_parties(pipe: Pipeline) -> None:
    text = ("Indian and Chinese troops clashed in the Galwan valley. India accused China of provoking the clash, "
            "and China blamed India. Neither side reported casualties.")
    actors, _ = code(pipe, text, date="2020-06-20")
    assert {a.country for a in find(actors, "Neither side")} == {"IND", "CHN"}


def test_the_organization_is_the_body_whose_name_has_the_word(pipe: Pipeline) -> None:
    text = ("Armenia asked the Collective Security Treaty Organization for help on Monday. The Ministry of "
            "Internal Affairs of Armenia said order was restored. The organization said it would send troops.")
    actors, _ = code(pipe, text, date="2022-01-06")
    assert one(actors, "The organization").name == "Collective Security Treaty Organization"


# -- an unknown organisation named as a rebel group -----------------------------------------


def test_unknown_organisation_in_apposition_to_a_rebel_group_is_rebel(pipe: Pipeline) -> None:
    text = "The National Union for Renewal, an armed group based in the north, attacked an army post in Chad on Sunday."
    actors, _ = code(pipe, text, date="2005-01-01")
    a = one(actors, "National Union for Renewal")
    assert (a.sector, a.country) == ("REB", "TCD")
    text = "The largest rebel group, the Popular Front for Renewal (PFR), seized two towns in Chad."
    actors, _ = code(pipe, text, date="2005-01-01")
    assert {(a.sector, a.country) for a in actors if a.text and a.text.startswith("Popular Front")} == {("REB", "TCD")}
