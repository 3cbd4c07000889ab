"""Times, amounts and places, fifth round (issue 6: the fact layers on unseen text). One test per
class of text; every sentence is written for these tests, none is taken from a gold set."""

from __future__ import annotations

import datetime as dt

import pytest

from _facts_helpers import amounts, facts_pipeline, places, times
from dateline._places._resolve import spelled_as
from dateline._times import find_times


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


def _units(pipe, text: str) -> dict[str, str]:
    return {t: u for t, _, u, _ in amounts(pipe, text)}


# -- amounts --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, written, unit", [
    ("The army moved 40 rocket launchers to the border.", "40 rocket launchers", "rocket launchers"),
    ("Officials printed 5 million ballot papers for the vote.", "5 million ballot papers", "ballot papers"),
    ("The ministry hired 300 border guards.", "300 border guards", "border guards"),
    ("Some 3,000 army reservists were called up.", "Some 3,000 army reservists", "army reservists"),
    ("Germany said it would send two navy ships.", "two navy ships", "navy ships"),
    ("The strike closed 30 coal mines.", "30 coal mines", "coal mines"),
])
def test_a_count_keeps_its_noun_modifier(pipe, text, written, unit):
    assert _units(pipe, text)[written] == unit


@pytest.mark.parametrize("text, written, unit", [
    ("Rebels seized 12 armoured vehicles.", "12 armoured vehicles", "vehicles"),  # an adjective
    ("About 28,500 U.S. army troops are based there.", "About 28,500 U.S. army troops", "army troops"),  # a name
    ("Militants killed 20 Hamas fighters.", "20 Hamas fighters", "fighters"),  # a name
    ("Some 45,000 small-scale chicken farmers lost stock.", "Some 45,000 small-scale chicken farmers", "chicken farmers"),
    ("Police detained 40 anti-government protesters.", "40 anti-government protesters", "protesters"),
    ("Nigeria deployed 10,000 elements of the army.", "10,000 elements", "troops"),  # an alias, not the word
])
def test_adjectives_names_and_hyphenated_adjectives_are_not_kept(pipe, text, written, unit):
    assert _units(pipe, text)[written] == unit


def test_others_count_what_a_modified_count_before_them_counted(pipe):
    got = amounts(pipe, "The blast killed at least one security worker and wounded four others.")
    assert got[-1] == ("four others", 4, "security workers", "injured")


@pytest.mark.parametrize("text, written, unit", [
    ("Taiwan reported 22 Chinese military aircraft near the island.", "22 Chinese military aircraft", "aircraft"),
    ("The air force bought 40 fighter aircraft.", "40 fighter aircraft", "fighter aircraft"),
    ("The drought killed 500 sheep.", "500 sheep", "sheep"),
])
def test_a_plural_written_as_its_singular_is_counted(pipe, text, written, unit):
    assert _units(pipe, text)[written] == unit


def test_one_aircraft_is_no_count(pipe):
    assert amounts(pipe, "One aircraft crashed on landing.") == []


@pytest.mark.parametrize("text, written, value, unit", [
    ("The party holds 40 seats in the 120-seat assembly.", "120-seat", 120, "seats"),
    ("A five-member panel will hear the appeal.", "five-member", 5, "members"),
])
def test_a_figure_hyphenated_to_a_counted_noun_counts_it(pipe, text, written, value, unit):
    got = {t: (v, u) for t, v, u, _ in amounts(pipe, text)}
    assert got[written] == (value, unit)


@pytest.mark.parametrize("text, written, value, unit", [
    ("The ruling party won 60 of the 120 seats in parliament.", "60", 60, "seats"),
    ("Five of the 27 member states objected.", "Five", 5, "member states"),
])
def test_a_figure_of_a_counted_whole_counts_the_wholes_noun(pipe, text, written, value, unit):
    got = {t: (v, u) for t, v, u, _ in amounts(pipe, text)}
    assert got[written] == (value, unit)


def test_one_of_a_counted_whole_is_no_count(pipe):
    assert all(t != "One" for t, _, _, _ in amounts(pipe, "One of the two pilots was rescued."))


def test_a_figure_the_parser_hung_on_a_word_before_it_counts_the_plural_after_it(pipe):
    # MT word order: the weekday between verb and object takes the figure in the parse
    got = amounts(pipe, "The government released this Thursday 222 political prisoners Y sent them abroad.")
    assert ("222 political prisoners", 222, "prisoners", "count") in got


def test_a_single_thing_counts_only_as_a_casualty_or_arrest(pipe):
    assert amounts(pipe, "We will not entrust politics to one man, he said.") == []
    assert amounts(pipe, "The blast killed one soldier.") == [("one soldier", 1, "soldiers", "killed")]


@pytest.mark.parametrize("text", [
    "A 500-pound bomb hit the depot.",
    "A 25-year-old man was arrested.",
    "The 2-1 vote passed.",
])
def test_other_hyphenated_figures_are_no_counts(pipe, text):
    assert amounts(pipe, text) == []


# -- times ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, value", [
    ("Since last February 24, more than 8 million people left.", "2023-02-24"),  # 3 days ahead: last year's
    ("The past 24 of February, he resigned.", "2023-02-24"),
    ("Talks were held last Feb. 10.", "2024-02-10"),  # the one just past, not the month
    ("The law expires next February 10.", "2025-02-10"),
    ("The vote is set for next March 5.", "2024-03-05"),
])
def test_last_and_next_before_a_day_of_a_month_give_its_side_of_the_article_date(text, value):
    found = find_times(text, dt.date(2024, 2, 21))
    assert [f.value for f in found] == [value]


def test_a_day_of_the_month_after_a_bare_on():
    # translated from Chinese: "announced on 10th"
    found = find_times("The ministry announced on 10th that it recalled its envoy.", dt.date(2021, 8, 11))
    assert [(f.value, f.grain) for f in found] == [("2021-08-10", "day")]
    assert find_times("He finished 10th in the race.", dt.date(2021, 8, 11)) == []


def test_hoped_and_slated_put_their_complement_ahead(pipe):
    # the model lemmatizes "hoped" as "hop" and "slated" as "slat" (lemma_fixes)
    assert times(pipe, "He said he hoped to join before the July summit.", "2023-04-04") == {"July": "2023-07"}
    assert times(pipe, "The vote, slated for Sunday, was postponed.", "2023-04-04") == {"Sunday": "2023-04-09"}


def test_a_forecasts_weekday_is_ahead_of_the_report(pipe):
    got = times(pipe, "Forecasters warned of heavy monsoon rain along the frontier on Saturday.", "2025-07-24")
    assert got == {"Saturday": "2025-07-26"}
    # the weekday before what is forecast dates the warning; other warnings keep their day
    assert times(pipe, "Forecasters warned on Monday of heavy rain.", "2025-07-24") == {"Monday": "2025-07-21"}
    assert times(pipe, "The army warned of consequences on Monday.", "2025-07-24") == {"Monday": "2025-07-21"}


# -- places ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, written, shown", [
    ("Cox’s Bāzār", "Cox's Bazar", "Cox's Bazar"),  # marks English does not write
    ("Mek'ele", "Mekele", "Mekele"),  # an apostrophe the text leaves off
    ("Nukualofa", "NUKU'ALOFA", "Nuku'alofa"),  # one the text writes, in the name's case
    ("Male", "Malé", "Malé"),  # a Latin-1 accent the text adds
    ("Brasília", "Brasilia", None),  # one it leaves off stays
    ("Brasília", "BRASILIA", None),
    ("Al Bayda", "Al-Bayda", None),  # spaces and hyphens are the gazetteer's
    ("Nay Pyi Taw", "Naypyidaw", None),  # different letters: no match
])
def test_a_name_is_spelled_as_the_text_writes_its_letters(name, written, shown):
    assert spelled_as(name, written) == shown


def test_a_town_shows_the_texts_plain_spelling(pipe):
    got = places(pipe, "COX'S BAZAR, Bangladesh (AP) - Aid reached the camps near Cox's Bazar on Monday.")
    assert ("Cox's Bazar", "Cox's Bazar", "BGD") in got


@pytest.mark.parametrize("text, written, name, iso", [
    ("The accord was signed in the Myanmar capital by two ministers.", "the Myanmar capital", "Nay Pyi Taw", "MMR"),
    ("Soldiers entered the Mali capital, Bamako, on Monday.", "the Mali capital", "Bamako", "MLI"),
])
def test_a_country_noun_qualifying_a_capital_is_no_place_of_its_own(pipe, text, written, name, iso):
    got = places(pipe, text)
    assert (written, name, iso) in got
    assert not any(t == written.split()[1] for t, _, _ in got)


@pytest.mark.parametrize("text, name, iso", [
    # a name with an indefinite naming noun in apposition
    ("GOMA, Congo - Rebels seized Rubaya, a mining town, after clashes near Kibumba.", "Rubaya", "COD"),
    # a town tagged as an organisation after a word that only places, or "toward" after a motion verb
    ("BAMAKO, Mali - The column left at dawn and moved toward Talataye.", "Talataye", "MLI"),
    # a name placed by a preposition, then again after a comma
    ("OUAGADOUGOU, Burkina Faso - Eleven soldiers died in an ambush at Madjoari, in the east near the border.", "Madjoari", "BFA"),
    ("LA PAZ, Bolivia - The plane took off from Chimoré, in the tropical zone of Cochabamba.", "Chimoré", "BOL"),
])
def test_towns_the_gazetteer_lacks_named_by_the_text(pipe, text, name, iso):
    assert (name, name, iso) in places(pipe, text)


@pytest.mark.parametrize("text, word", [
    ("She wrote to Kowalski, in a letter.", "Kowalski"),  # no placing preposition
    ("Smith, a town councillor, spoke on Monday.", "Smith"),  # a naming noun that qualifies a person
    ("BAMAKO, Mali - The envoy dined at Kowalski, in the evening.", "Kowalski"),  # then a time, not a place
])
def test_people_and_firms_are_not_taken_for_such_towns(pipe, text, word):
    assert all(t != word for t, _, _ in places(pipe, text))


@pytest.mark.parametrize("text, name, iso", [
    # "for X" after a verb of leaving is a destination; a town tagged as an organisation listed with it
    ("The convoy left Tripoli for Misrata and Sirte.", "Misrata", "LBY"),
    ("The minister left for Paris on Monday.", "Paris", "FRA"),
    # a town tagged as a person, the object of an attack, in a sentence that names its province
    ("In Cabo Delgado, insurgents attacked Mocímboa da Praia.", "Mocímboa da Praia", "MOZ"),
])
def test_towns_tagged_as_names_placed_by_their_sentence(pipe, text, name, iso):
    assert (name, name, iso) in places(pipe, text)


@pytest.mark.parametrize("text, word", [
    ("The president voted for Paris.", "Paris"),  # "for" after no verb of leaving
    ("In Madrid, the party expelled Toledo.", "Toledo"),  # expelling is no verb of place
])
def test_names_after_other_verbs_stay_no_places(pipe, text, word):
    assert all(t != word for t, _, _ in places(pipe, text))


def test_a_subject_the_parser_made_a_conjunct_of_a_place_is_no_place(pipe):
    got = places(pipe, "TBILISI — Protesters rallied on Rustaveli Avenue and the United States warned of consequences.")
    assert ("Rustaveli Avenue", "Rustaveli Avenue", "GEO") in got  # a street: a landmark of the story's country
    assert all(t != "United States" for t, _, _ in got)
    # a list of places keeps both
    assert [t for t, _, _ in places(pipe, "Talks in Paris and Berlin ended on Monday.")] == ["Paris", "Berlin"]


@pytest.mark.parametrize("text, name, iso", [
    ("Thailand recalled its ambassador from Phnom Penh.", "Phnom Penh", "KHM"),
    ("BOGOTÁ — The two leaders signed the accord in the Teatro Colón on Thursday.", "Teatro Colón", "COL"),
])
def test_places_of_a_removal_and_foreign_named_landmarks(pipe, text, name, iso):
    assert (name, name, iso) in places(pipe, text)


@pytest.mark.parametrize("text, word", [
    ("NEW YORK — Ministers from Japan and Italy met on Monday, the Wall Street Journal reported.", "Wall Street Journal"),
    ("ANKARA — Finland's bid was completed after Turkey's parliament ratified it.", "Turkey"),
    ("CONAKRY — President Alpha Condé was detained. ECOWAS demanded the immediate liberation of Condé.", "Condé"),
])
def test_owners_of_bodies_papers_and_surnames_are_no_places(pipe, text, word):
    assert all(t != word for t, _, _ in places(pipe, text))


def test_a_town_the_text_named_is_that_town_when_named_again(pipe):
    text = ("ADDIS ABABA — Ethiopia would hand over the border town of Badme. The front, whose region "
            "borders Badme, objected. Badme said nothing.")
    assert [t for t, _, _ in places(pipe, text)].count("Badme") == 2  # not the one that speaks


def test_the_datelines_name_again_in_the_text_is_the_datelines_place(pipe):
    text = ("GENEVA — The two presidents met in Geneva today. Moscow recalled its ambassador from "
            "Washington in March.")
    assert ("Geneva", "Geneva", "CHE") in places(pipe, text)


@pytest.mark.parametrize("text, name, iso", [
    ("BEIJING — Freight trains between China and Lithuania were suspended this week.", "Lithuania", "LTU"),
    ("MANAGUA — Maradiaga, who spent 20 months in the prison of El Chipote, spoke from exile.", "El Chipote", "NIC"),
    ("CONAKRY — Soldiers summoned the former ministers to the Palais du Peuple, witnesses said.", "Palais du Peuple", "GIN"),
    ("BISSAU — Armed men attacked the Palace of the Government on Tuesday.", "Palace of the Government", "GNB"),
    ("PRISTINA — Police arrested the official and deported him to Serbia.", "Serbia", "SRB"),
])
def test_routes_prisons_summons_attacked_buildings_and_deportations_place_their_names(pipe, text, name, iso):
    assert any(t == name and c == iso for t, _, c in places(pipe, text))


def test_an_ambassador_recalled_to_a_country_is_no_trip_there(pipe):
    got = places(pipe, "BEIJING — The ministry decided to recall its ambassador to Lithuania.")
    assert all(t != "Lithuania" for t, _, _ in got)


def test_where_a_shot_comes_from_is_a_place_and_ties_a_town_to_its_country(pipe):
    got = places(pipe, "JERUSALEM — Hezbollah fired rockets from southern Lebanon, and Israeli artillery struck near Naqoura.")
    assert ("Lebanon", "Lebanon", "LBN") in got
    assert ("Naqoura", "Naqoura", "LBN") in got  # no longer read as a town of the dateline's country


def test_a_division_the_gazetteer_lacks_named_with_its_division_word(pipe):
    got = places(pipe, "SURIN, Thailand — A rocket hit a petrol station in Kantharalak district of Sisaket province.")
    assert ("Sisaket", "Sisaket", "THA") in got
