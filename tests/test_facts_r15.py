"""Amounts and times, tenth session (facts-ta10): thousands of millions with no currency, counts set
beside another place, people still missing, two-word nationality nouns.
One test per class of text; every sentence is written for these tests, none is taken from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import amounts, facts_pipeline, money_by_text, times


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


def _counts(found):
    return {t: (v, u) for t, v, u, k in found if k != "money"}


def test_thousands_of_millions_take_the_currency_of_the_sums_before_them(pipe):
    # translated Spanish "mil millones": "24.800 millones" -> "24,800 million", the currency left out
    text = ("LIMA, 3 March (EFE).- The Fund lent Peru 6,000 million dollars in January. The reserves of the "
            "central bank, of 71,500 million at the end of February, should pass 73.000 million before June.")
    found = money_by_text(amounts(pipe, text))
    assert found["71,500 million"] == (71_500_000_000, "USD")
    assert found["73.000 million"] == (73_000_000_000, "USD")
    # no sum with a scale before it: no currency to take
    assert money_by_text(amounts(pipe, "The census counted 1,400 million at the end of the year.")) == {}
    # a noun after the figure counts that noun
    found = amounts(pipe, "The bank lent 2 million euros; the country has 1,300 million people.")
    assert ("1,300 million people", 1_300_000_000, "people", "count") in found


def test_a_bare_figure_beside_another_place_counts_what_the_first_counted(pipe):
    found = _counts(amounts(pipe, "The storm killed 12 people in Haiti and five in the Dominican Republic on Monday."))
    assert found == {"12 people": (12, "people"), "five": (5, "people")}
    found = _counts(amounts(pipe, "Forty patients were flown to hospitals in Austria, 12 in Germany and nine in Italy."))
    assert found == {"Forty patients": (40, "patients"), "12": (12, "patients"), "nine": (9, "patients")}
    # no place for the first figure: the bare one is not set beside it
    assert "four" not in _counts(amounts(pipe, "Police arrested 30 protesters on Friday, and four in the crowd sang the anthem."))


def test_people_still_missing_or_unaccounted_for(pipe):
    found = amounts(pipe, "About 300 remained unaccounted for after the landslide, officials said.")
    assert [(v, u, k) for t, v, u, k in found] == [(300, "people", "count")]
    found = amounts(pipe, "Rescuers said 85 are still missing near the river.")
    assert [(v, u, k) for t, v, u, k in found] == [(85, "people", "count")]
    found = amounts(pipe, "Some 42 were hospitalised after the blast at the depot.")
    assert [(v, u, k) for t, v, u, k in found] == [(42, "people", "injured")]


def test_a_nationality_of_two_words_is_the_whole_unit(pipe):
    found = _counts(amounts(pipe, "Among the victims were 12 North Koreans, four Sri Lankans and three New Zealanders."))
    assert found == {"12 North Koreans": (12, "North Koreans"), "four Sri Lankans": (4, "Sri Lankans"),
                     "three New Zealanders": (3, "New Zealanders")}
    # a capitalised word that is no part of the nationality stays out
    found = _counts(amounts(pipe, "On Monday 40 Israelis flew home."))
    assert found == {"40 Israelis": (40, "Israelis")}


def test_a_definite_count_of_ten_or_more_is_counted(pipe):
    found = _counts(amounts(pipe, "The navy said it shot down most of the 160 drones launched overnight."))
    assert found == {"160 drones": (160, "drones")}
    found = _counts(amounts(pipe, "Inspectors checked all 48 turbines of the plant after the fire."))
    assert found == {"48 turbines": (48, "turbines")}
    # a small definite count refers back ("the two sides"); a year is no count
    assert _counts(amounts(pipe, "The two sides met again, and the three ports stayed shut.")) == {}
    assert _counts(amounts(pipe, "Turnout fell from the 2019 elections, the commission said.")) == {}


def test_translated_millions_of_a_counted_noun(pipe):
    # Spanish "millones de", French "millions de": the plural scale word before "of"
    found = _counts(amounts(pipe, "The electoral council had registered 7,9 millions of voters for the run-off."))
    assert found == {"7,9 millions of voters": (7_900_000, "voters")}
    found = _counts(amounts(pipe, "Some 3 millions of people lost power during the storm."))
    assert found == {"Some 3 millions of people": (3_000_000, "people")}
    # a sum keeps its currency
    assert money_by_text(amounts(pipe, "Paris pledged 32 millions of euros.")) == {"32 millions of euros": (32_000_000, "EUR")}


def test_a_part_of_a_lone_scale_word(pipe):
    found = _counts(amounts(pipe, "Half a million refugees crossed, and a quarter of a million more waited at the border."))
    assert found["a quarter of a million"] == (250_000, "refugees")
    found = _counts(amounts(pipe, "Three quarters of a million people fled the fighting."))
    assert found == {"Three quarters of a million people": (750_000, "people")}


def test_a_nationality_plural_read_as_a_name_is_counted(pipe):
    # the tagger reads some nationality plurals as singular names; the gazetteer's nationality words tell
    found = _counts(amounts(pipe, "Two Britons and seven Bangladeshis died in the fire."))
    assert found["seven Bangladeshis"] == (7, "Bangladeshis")
    found = _counts(amounts(pipe, "More than 1,000 Afghans crossed the border, and 300 Pakistanis returned."))
    assert found["300 Pakistanis"] == (300, "Pakistanis")
    # a nationality adjective before a counted noun stays out of the unit
    assert _counts(amounts(pipe, "He met 3 Chinese diplomats.")) == {"3 Chinese diplomats": (3, "diplomats")}


def test_rounds_of_talks_are_not_counted(pipe):
    assert _counts(amounts(pipe, "Oman hosted five rounds of indirect talks between the two capitals.")) == {}
    assert _counts(amounts(pipe, "After three rounds of voting, the assembly chose him.")) == {}
    # rounds of ammunition are
    assert _counts(amounts(pipe, "The gunman fired eight rounds from the roof.")) == {"eight rounds": (8, "rounds")}


def test_the_yen_sign_in_a_story_from_china_is_the_yuan(pipe):
    assert money_by_text(amounts(pipe, "BEIJING - China set aside ¥500 billion for the new railway.")) == {
        "¥500 billion": (500_000_000_000, "CNY")}
    assert money_by_text(amounts(pipe, "TOKYO - Japan will spend ¥2 trillion on defence.")) == {"¥2 trillion": (2_000_000_000_000, "JPY")}
    # no country named: the yen, as before
    assert money_by_text(amounts(pipe, "The firm raised ¥30 billion in the offering.")) == {"¥30 billion": (30_000_000_000, "JPY")}


def test_a_part_of_them_is_never_a_distance(pipe):
    text = ("The fire injured 155 people. The injured were taken to hospitals in the capital, about 115 km to "
            "the west, and 51 of them were flown abroad.")
    found = amounts(pipe, text)
    assert not any(t.startswith("51") and u == "km" for t, v, u, k in found)
    assert ("51 of them", 51, "people", "injured") in found


def test_until_a_day_just_ahead_across_the_new_year(pipe):
    # a past clause, the end of the state it began still ahead: the coming 4 January, in the next year
    found = times(pipe, "SEOUL - The president declared seven days of national mourning until 4 January.", "2024-12-31")
    assert found["4 January"] == "2025-01-04"
    # a day just past stays past
    assert times(pipe, "The airport was closed until 7 January, officials said.", "2025-01-10")["7 January"] == "2025-01-07"


def test_a_span_of_months_that_makes_a_quarter_or_a_half_year(pipe):
    found = times(pipe, "Output fell 3% in January-March from a year earlier.", "2024-06-07")
    assert found["January-March"] == "2024-Q1"
    assert times(pipe, "Sales grew in July–December, the firm said.", "2025-02-07")["July–December"] == "2024-H2"
    # two months of one quarter make that quarter (dev50_facts: the smallest unit that holds both, r16);
    # two that make neither stay the first month
    assert times(pipe, "Output rose in April-May.", "2024-06-07") == {"April-May": "2024-Q2"}
    assert times(pipe, "Output rose in March-April.", "2024-06-07") == {"March": "2024-03"}


def test_a_period_of_several_years_has_no_value(pipe):
    assert times(pipe, "The war of 1992-1995 left 100,000 dead.", "2024-06-07") == {"1992-1995": None}
    # a split year stays the year it ends in; "from" keeps its start
    assert times(pipe, "The budget for fiscal 2024-25 was cut.", "2024-06-07")["fiscal 2024-25"] == "2025"
    assert times(pipe, "From 2024-2027 the plan runs.", "2024-06-07")["2024-2027"] == "2024"


def test_a_week_ago_is_the_day_seven_days_back(pipe):
    assert times(pipe, "He was arrested a week ago, his lawyer said.", "2024-02-23") == {"a week ago": "2024-02-16"}
