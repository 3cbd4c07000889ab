"""Times, amounts and places, twelfth facts round (issue 6: the fact layers on text nobody tuned on).
One test per class of text; every sentence is written for these tests, none is taken from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import amounts, facts_pipeline, places, times
from _facts_helpers import time_containing as _at
from _facts_helpers import money_by_text as _money
from _facts_helpers import places_by_text as _by_text


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


# -- amounts --------------------------------------------------------------------------------------


def test_a_currency_name_several_countries_use_takes_the_story_country(pipe):
    # crowns (koruna, krona, krone) and dirhams are read as the currency of the country the story is about
    found = _money(amounts(pipe, "BRNO, Czech Republic — The cabinet approved 12 billion crowns for roads damaged "
                                 "by the storm, Czech officials said."))
    assert found["12 billion crowns"] == (12_000_000_000, "CZK")
    found = _money(amounts(pipe, "RABAT, Morocco — Each family will receive 25,000 dirhams to rebuild, the Moroccan "
                                 "government said."))
    assert found["25,000 dirhams"] == (25_000, "MAD")
    found = _money(amounts(pipe, "Abu Dhabi said it would lend 40 million dirhams to small firms."))
    assert found["40 million dirhams"] == (40_000_000, "AED")
    # a common noun stays a count without a scale or a money figure
    assert not _money(amounts(pipe, "The museum shows four crowns of the old kings."))


def test_a_currency_symbol_several_countries_use_takes_the_story_country(pipe):
    found = _money(amounts(pipe, "POKHARA, Nepal — The Nepalese cabinet announced Rs 75,000 for each family whose "
                                 "house was destroyed."))
    assert found["Rs 75,000"] == (75_000, "NPR")
    found = _money(amounts(pipe, "LAHORE, Pakistan — Each victim's family will get Rs 1 million, Pakistani officials said."))
    assert found["Rs 1 million"] == (1_000_000, "PKR")
    found = _money(amounts(pipe, "The state set aside Rs 500 crore for the new bridge."))
    assert found["Rs 500 crore"][1] == "INR"


def test_a_range_whose_low_figure_writes_its_own_scale_is_the_low_figure(pipe):
    found = _money(amounts(pipe, "Analysts put the losses at between 4 billion and 6 billion dollars this year."))
    assert found["between 4 billion and 6 billion dollars"] == (4_000_000_000, "USD")
    found = _money(amounts(pipe, "The port lost between 10 and 15 million euros."))
    assert found["between 10 and 15 million euros"] == (10_000_000, "EUR")


def test_a_currency_in_brackets_after_a_sum_wins(pipe):
    found = _money(amounts(pipe, "The city pays 30,000 yuan (New Taiwan dollars) to each injured resident."))
    assert found["30,000 yuan (New Taiwan dollars)"] == (30_000, "TWD")
    found = _money(amounts(pipe, "The ministry pledged 2 million dollars (USD) in relief."))
    assert found["2 million dollars (USD)"] == (2_000_000, "USD")
    # a bracket that names no currency is not part of the sum
    found = _money(amounts(pipe, "The bank lent 5 million euros (about half of the cost) to the town."))
    assert found["5 million euros"] == (5_000_000, "EUR")


# -- times ----------------------------------------------------------------------------------------


def test_a_future_auxiliary_on_a_linking_verb_makes_the_weekday_ahead(pipe):
    # 2024-05-28 is a Tuesday
    found = times(pipe, "The ferry service will stay suspended until Friday, the port said.", "2024-05-28")
    assert _at(found, "Friday") == "2024-05-31"


def test_late_on_a_weekday_after_a_report_verb_is_the_report_day(pipe):
    found = times(pipe, "The ministry said late on Sunday it would send more buses to the valley.", "2024-05-28")
    assert found["late on Sunday"] == "2024-05-26"


def test_a_bare_fiscal_split_year_is_the_year_it_ends_in(pipe):
    found = times(pipe, "The plan is part of the budget for fiscal 2025-26, which parliament debates in June.", "2024-05-28")
    assert found["fiscal 2025-26"] == "2026"


def test_a_part_of_day_of_a_day_of_the_month(pipe):
    # translated copy: "the night of the 2nd", "at 6:15 on the morning of the 1st"
    found = times(pipe, "The blast, which happened at 6:15 on the morning of the 1st, cut the line. "
                        "The night of the 2nd, crews restored power.", "2024-04-03")
    assert _at(found, "6:15 on the morning of the 1st") == "2024-04-01T06:15"
    assert found["The night of the 2nd"] == "2024-04-02TNI"
    found = times(pipe, "The levee failed on the evening of March 9, 2021, and flooded the town.", "2024-04-03")
    assert found["the evening of March 9, 2021"] == "2021-03-09TEV"


def test_that_evening_after_a_day_ahead_is_that_day(pipe):
    # 2026-08-07 is a Friday; the march is on Sunday, the concert that evening
    found = times(pipe, "A march is planned at 10 a.m. Sunday, and a concert will follow that evening.", "2026-08-07")
    assert found["that evening"] == "2026-08-09TEV"


def test_a_clock_time_of_the_event_is_on_the_day_the_story_dated_it(pipe):
    # "officials said on Thursday" dates the report, not the landslide
    found = times(pipe, "LIMA — A landslide buried 30 homes after heavy rain late on Tuesday, officials said on Thursday.\n\n"
                        "The hillside collapsed at about 11:20 p.m., burying a school.", "2024-03-07")
    assert _at(found, "11:20 p.m.") == "2024-03-05T23:20"
    # a clock time in a sentence that names its own day keeps that day
    found = times(pipe, "LIMA — A landslide buried 30 homes on Tuesday, officials said.\n\n"
                        "On Thursday, the army arrived at 9 a.m. with tents.", "2024-03-07")
    assert _at(found, "9 a.m.") == "2024-03-07T09:00"


def test_a_weekday_joined_to_the_one_before_follows_it(pipe):
    # 2024-02-05 is a Monday: "this Monday and Tuesday" are the 5th and the 6th
    found = times(pipe, "The government declared two days of mourning, this Monday and Tuesday.", "2024-02-05")
    assert found["Tuesday"] == "2024-02-06"


# -- places ---------------------------------------------------------------------------------------


def test_this_town_and_the_port_city_stand_for_the_dateline_town(pipe):
    found = _by_text(places(pipe, "NAFPLIO, Greece — Smoke from fires near Argos covered this seaside town on Monday, "
                                  "and ferries to Spetses were cancelled. The town's hotels were full."))
    assert found["this seaside town"][0] == "Nafplio"
    found = _by_text(places(pipe, "PORT SUDAN, Sudan — Ships waited off Suakin for days. Aid workers said the coastal "
                                  "city had run out of fuel."))
    assert found["the coastal city"][0] == "Port Sudan"


def test_a_town_anaphor_under_a_capital_or_city_dateline_is_the_last_town_named(pipe):
    # a national capital, or a city too big to be "the town", is not what "the town" refers to
    found = _by_text(places(pipe, "KYIV — Russian forces shelled Avdiivka overnight. The town has no power, "
                                  "Ukrainian officials said."))
    assert found["The town"][0] == "Avdiivka"
    found = _by_text(places(pipe, "KHARKIV, Ukraine — Russian forces shelled Kupiansk overnight. The town has no "
                                  "power, Ukrainian officials said."))
    assert found["The town"][0] == "Kupiansk"
    # a compass word singles out another town than the dateline's
    found = _by_text(places(pipe, "NAFPLIO, Greece — Fires spread towards Sparta. The southern town was evacuated."))
    assert found["Sparta"][0] == "Sparta"
    assert "The southern town" not in found  # another town than the dateline's, which one unknown: no place


def test_letters_that_do_not_decompose_are_found_in_plain_spelling(pipe):
    # "ł", "ø", "ı" have no base letter in Unicode; English copy writes "l", "o", "i"
    found = _by_text(places(pipe, "Floods hit homes in Klodzko in Poland and in Tromso in Norway, and snow "
                                  "closed schools in Kirklareli in Turkey."))
    assert found["Klodzko"] == ("Kłodzko", "POL")
    assert found["Tromso"] == ("Tromsø", "NOR")
    assert found["Kirklareli"][1] == "TUR"


def test_norm_folds_undecomposed_letters():
    from dateline._places._gazetteer import norm
    assert norm("Łódź") == norm("Lodz") == "lodz"
    assert norm("Tromsø") == "tromso"


def test_a_name_with_a_settlement_word_after_it_is_a_local_town_not_a_minor_namesake_abroad(pipe):
    # "Noto town" in a Japanese story: a town the gazetteer lacks, not Noto in Sicily
    found = _by_text(places(pipe, "TOYAMA, Japan — Rescuers searched collapsed houses on Thursday after the quake. "
                                  "Overnight, the death toll in Noto town rose to 23, and hospitals in Kanazawa were full."))
    assert found["Noto"][1] == "JPN"
    found = _by_text(places(pipe, "PALERMO, Italy — Fires burned near Catania on Monday, and the baroque churches of "
                                  "Noto town were closed, Italian officials said."))
    assert found["Noto"][1] == "ITA"


def test_a_date_a_thing_is_moved_to_is_ahead(pipe):
    # 2024-02-16: "15 December" after "postponed to" is this year's, not last year's
    found = times(pipe, "The court struck down the decree that postponed to 20 November the local elections.", "2024-02-16")
    assert found["20 November"] == "2024-11-20"
    found = times(pipe, "The summit was pushed back until 4 January, diplomats said.", "2024-02-16")
    assert found["4 January"] == "2025-01-04"


def test_a_part_of_day_of_a_range_of_days_and_machine_translation_ranges(pipe):
    found = times(pipe, "Storms hit the coast the night of 3 to 4 February, and talks were held on 7 Y 8 February.",
                  "2024-02-16")
    assert found["the night of 3 to 4 February"] == "2024-02-03TNI"
    assert found["7 Y 8 February"] == "2024-02-07"


def test_a_day_of_the_month_before_a_past_verb_and_later_in_the_day(pipe):
    found = times(pipe, "The foreign ministry on the 12th announced new visa rules. Protesters gathered outside "
                        "the embassy later in the day.", "2024-03-14")
    assert found["on the 12th"] == "2024-03-12"
    assert found["later in the day"] == "2024-03-12"


def test_the_small_hours_after_a_night_are_the_next_day(pipe):
    # 2024-12-05 is a Thursday: Tuesday night's decree, the vote after 2 a.m. on Wednesday
    found = times(pipe, "SEOUL — The president declared martial law on Tuesday night, officials said on Thursday.\n\n"
                        "Lawmakers climbed the fence and voted it down shortly after 2 a.m.", "2024-12-05")
    assert _at(found, "2 a.m.") == "2024-12-04T02:00"


def test_divisions_a_disputed_shoal_and_reunion(pipe):
    found = _by_text(places(pipe, "Rain flooded villages in Lower Austria and Styria, and rivers rose in Lower Silesia. "
                                  "A strong quake shook Yilan County in Taiwan."))
    assert found["Lower Austria"] == ("Lower Austria", "AUT")
    assert found["Lower Silesia"] == ("Lower Silesia", "POL")
    assert found["Yilan County"] == ("Yilan County", "TWN")
    found = _by_text(places(pipe, "Chinese coast guard ships blocked Filipino boats near Huangyan Island on Monday."))
    assert found["Huangyan Island"] == ("Scarborough Shoal", None)
    found = _by_text(places(pipe, "Aid flights left La Reunion for Mayotte after the cyclone."))
    assert found["La Reunion"] == ("Réunion", "REU")


def test_a_place_own_name_beats_another_place_alternate_spelling(pipe):
    # "Trnava" is an alternate name of Tirana in GeoNames, and the own name of a Slovak city
    found = _by_text(places(pipe, "KYIV — Ukraine's national team will play Georgia in Trnava next month, officials said."))
    assert found["Trnava"] == ("Trnava", "SVK")
    # a preferred referent stays: "New York" is the city, not the state
    found = _by_text(places(pipe, "The envoy flew to New York for talks at the United Nations."))
    assert found["New York"] == ("New York City", "USA")
