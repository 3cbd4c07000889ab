"""Times and amounts, eighth session (facts-ta8). One test per class of text; every sentence is
written for these tests, none is taken from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import amounts, facts_pipeline, money_by_text, times
from _facts_helpers import time_containing as _at


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


# -- times ------------------------------------------------------------------------------------------


def test_until_a_day_is_the_end_of_a_state_that_runs_on(pipe):
    # 2025-09-02 is a Tuesday
    found = times(pipe, "The curfew in the valley was extended until Thursday, the governor said.", "2025-09-02")
    assert found["Thursday"] == "2025-09-04"
    found = times(pipe, "Officials fear more landslides until Wednesday along the coast road.", "2025-09-02")
    assert found["Wednesday"] == "2025-09-03"
    found = times(pipe, "A judge ordered the six suspects held in custody until October 22.", "2025-09-02")
    assert found["October 22"] == "2025-10-22"
    # decoys: a state that ended before the story stays in the past
    found = times(pipe, "The road remained closed until Sunday, when crews cleared the mud.", "2025-09-02")
    assert found["Sunday"] == "2025-08-31"
    found = times(pipe, "The market stayed shut until August 20 after the riots.", "2025-09-02")
    assert found["August 20"] == "2025-08-20"
    found = times(pipe, "The border was closed until March 3 during the epidemic.", "2025-09-02")
    assert found["March 3"] == "2025-03-03"


def test_the_last_week_of_translated_copy_is_last_week(pipe):
    # 2023-03-28 is in ISO week 13
    found = times(pipe, "Neighbours said the last week the town hall evacuated 200 families.", "2023-03-28")
    assert _at(found, "the last week") == "2023-W12"
    found = times(pipe, "In the last month the rebels shelled the airport twice.", "2023-03-28")
    assert _at(found, "the last month") == "2023-02"
    # a stretch of time stays a duration
    found = times(pipe, "Prices of rice rose sharply over the last week.", "2023-03-28")
    assert _at(found, "the last week") == "P1W"
    found = times(pipe, "He spent the last year in a military prison.", "2023-03-28")
    assert _at(found, "the last year") == "P1Y"
    found = times(pipe, "The two ministers met again this same week in Oslo.", "2023-03-28")
    assert _at(found, "this same week") == "2023-W13"


def test_a_split_year_is_the_year_it_ends_in(pipe):
    found = times(pipe, "The ministry will spend 3 billion shillings in the 2023/24 fiscal year and more in the 2024/25 budget.",
                  "2024-04-30")
    assert _at(found, "2023/24") == "2024"
    assert _at(found, "2024/25") == "2025"
    found = times(pipe, "Wheat output fell in the 2021-2022 financial year.", "2024-04-30")
    assert _at(found, "2021-2022") == "2022"
    # a range of calendar years is still a range from its first year
    found = times(pipe, "Droughts from 2019 to 2021 ruined the farms.", "2024-04-30")
    assert _at(found, "2019") == "2019"


def test_a_range_of_durations_takes_its_start(pipe):
    found = times(pipe, "Engineers said rebuilding the bridge would take two to three years.", "2024-04-30")
    assert _at(found, "three years") == "P2Y"
    found = times(pipe, "The soldiers face 5-10 years in prison.", "2024-04-30")
    assert _at(found, "10 years") == "P5Y"
    found = times(pipe, "The storm will last one or two days.", "2024-04-30")
    assert _at(found, "two days") == "P1D"
    found = times(pipe, "The drought has lasted three years.", "2024-04-30")
    assert _at(found, "three years") == "P3Y"


def test_translated_clock_and_half_year_forms(pipe):
    found = times(pipe, "The slope gave way on Sunday at the 21:00 hours approximately.", "2023-03-28")
    assert _at(found, "21:00") == "2023-03-26T21:00"
    found = times(pipe, "The railway will not reopen before the second semester.", "2023-03-28")
    assert _at(found, "semester") == "2023-H2"
    found = times(pipe, "Exports grew in the first semester of 2022.", "2023-03-28")
    assert _at(found, "semester") == "2022-H1"


def test_a_clock_time_takes_the_day_named_after_its_time_zone(pipe):
    # 2022-06-01 is a Wednesday
    found = times(pipe, "The storm came ashore at about 4 p.m. local time on Monday (2100 GMT) near the port.", "2022-06-01")
    assert found["4 p.m."] == "2022-05-30T16:00"
    assert found["Monday"] == "2022-05-30"
    # a clock time with no day stays on the story date
    found = times(pipe, "The storm came ashore at about 4 p.m. local time near the port.", "2022-06-01")
    assert found["4 p.m."] == "2022-06-01T16:00"


def test_the_night_into_a_weekday_is_the_night_before_it(pipe):
    # 2024-03-24 is a Sunday
    found = times(pipe, "Missiles struck power plants overnight into Sunday, the energy ministry said.", "2024-03-24")
    assert _at(found, "overnight") == "2024-03-23TNI"
    assert not any(t == "Sunday" for t in found)
    found = times(pipe, "Storms battered the islands during the night to Saturday.", "2024-03-24")
    assert _at(found, "night") == "2024-03-22TNI"


def test_a_clock_time_of_an_earlier_day_carries_the_same_day(pipe):
    # the later paragraph's clock time belongs to the Monday of the lead, and so does "the same day"
    text = ("The health ministry said this Thursday that the quake which struck at dawn on Monday had killed 900 people.\n\n"
            "The quake struck at 4:17 in the morning, and a second one followed in the afternoon of the same day.")
    found = times(pipe, text, "2023-02-09")
    assert found["4:17 in the morning"] == "2023-02-06T04:17"
    assert _at(found, "same day") == "2023-02-06TAF"


# -- amounts ----------------------------------------------------------------------------------------


def test_milliards_and_the_shilling_sign(pipe):
    found = money_by_text(amounts(pipe, "The government put the damage between 2 and 3 milliards of vatu."))
    assert found == {"between 2 and 3 milliards of vatu": (2_000_000_000, "VUV")}
    found = money_by_text(amounts(pipe, "NAIROBI - The Treasury set aside Sh15bn for flood defences."))
    assert found == {"Sh15bn": (15_000_000_000, "KES")}
    # lower case "sh" is no currency
    assert money_by_text(amounts(pipe, "He said sh 15 times.")) == {}


def test_a_range_of_two_sums_is_one_amount(pipe):
    found = money_by_text(amounts(pipe, "The agency asked donors for $50 million to $60 million."))
    assert found == {"$50 million to $60 million": (50_000_000, "USD")}
    # a change between two sums stays two sums
    found = money_by_text(amounts(pipe, "Exports grew from $5 million to $8 million."))
    assert found == {"$5 million": (5_000_000, "USD"), "$8 million": (8_000_000, "USD")}


def test_space_separated_thousands_in_counts(pipe):
    found = {t: (v, u) for t, v, u, k in amounts(pipe, "About 1 000 persons slept outside and 600 000 Sudanese refugees crossed.")}
    assert found["About 1 000 persons"] == (1000, "persons")
    assert found["600 000 Sudanese refugees"] == (600_000, "refugees")
    found = {t: (v, u) for t, v, u, k in amounts(pipe, "The army sent 1 000 soldiers to the border.")}
    assert found == {"1 000 soldiers": (1000, "soldiers")}


def test_a_fixed_pair_of_nouns_counts_soldiers(pipe):
    found = {t: (v, u) for t, v, u, k in amounts(pipe, "The province sent 2,000 officers and soldiers to the quake zone.")}
    assert found == {"2,000 officers and soldiers": (2000, "soldiers")}
    # two counts stay two counts
    found = {t: (v, u) for t, v, u, k in amounts(pipe, "The army sent 40 officers and 300 soldiers.")}
    assert found == {"40 officers": (40, "officers"), "300 soldiers": (300, "soldiers")}


# -- second step ------------------------------------------------------------------------------------


def test_a_french_month_kept_in_a_translated_dateline(pipe):
    found = times(pipe, "PORT-VILA, 19 déc. - The toll of the quake rose to 14 dead.", "2024-12-19")
    assert found["19 déc."] == "2024-12-19"
    found = times(pipe, "PARIS, 7 août - Fires spread across the south.", "2023-08-07")
    assert found["7 août"] == "2023-08-07"
    assert [a for a in amounts(pipe, "PARIS, 7 août - Fires spread across the south.")] == []
    # a French word alone, or before the day, is no month ("Mars" is a planet)
    found = times(pipe, "The agency sent a rover to Mars.", "2023-08-07")
    assert found == {}


def test_the_day_after_a_past_report_verb_dates_the_report(pipe):
    # 2024-03-13 is a Wednesday; the parser hangs "on Tuesday" on the reported clause
    found = times(pipe, "The ministry said on Tuesday it would hold talks with the rebels on Friday.", "2024-03-13")
    assert found["Tuesday"] == "2024-03-12"
    assert found["Friday"] == "2024-03-15"
    found = times(pipe, "Officials said on Monday they would reopen the border on Thursday.", "2024-03-13")
    assert found["Monday"] == "2024-03-11"
    # a weekday that is the subject of a future clause stays ahead
    found = times(pipe, "He said Friday will be a day of national mourning.", "2024-03-13")
    assert found["Friday"] == "2024-03-15"


def test_the_past_day_n_of_translated_copy(pipe):
    found = times(pipe, "The attack happened the past day 5 in the capital.", "2024-03-13")
    assert _at(found, "day 5") == "2024-03-05"
    found = times(pipe, "The president will travel the next day 20 to Lima.", "2024-03-13")
    assert _at(found, "day 20") == "2024-03-20"
    found = times(pipe, "The vote was held the past day 25 of February.", "2024-03-13")
    assert _at(found, "day 25") == "2024-02-25"
    # a count after "the last day" is no date
    found = times(pipe, "On the last day 3 people died in the camp.", "2024-03-13")
    assert not any(v and v.startswith("2024-03-03") for v in found.values())


def test_an_offset_a_day_after_and_within_the_hour(pipe):
    found = times(pipe, "Guards turned away thousands of women a day after the rulers suspended classes.", "2022-12-21")
    assert _at(found, "a day") == "P1D"
    found = times(pipe, "Within the hour the supporters began to leave the square.", "2022-12-21")
    assert _at(found, "Within the hour") == "PT1H"
    # a rate is no duration
    found = times(pipe, "Egypt pays 4 billion euros a year before tax, and twice a day after prayers the bells ring.", "2022-12-21")
    assert found == {}


def test_hyphenated_number_words_count(pipe):
    found = {t: (v, u) for t, v, u, k in amounts(pipe, "Twenty-five soldiers and forty-two civilians were killed.")}
    assert found == {"Twenty-five soldiers": (25, "soldiers"), "forty-two civilians": (42, "civilians")}
    found = {t: (v, u) for t, v, u, k in amounts(pipe, "Some twenty-five thousand people fled the town.")}
    assert found == {"Some twenty-five thousand people": (25_000, "people")}
    # an age is no count
    assert amounts(pipe, "A twenty-five-year-old man was arrested.") == []
    # a name in capitals is no count ("the Twenty-Seven" are the EU's member states)
    assert amounts(pipe, "Farmers protested the deal that the Twenty-Seven approved last week.") == []


def test_the_peruvian_sol_sign(pipe):
    found = money_by_text(amounts(pipe, "LIMA - The government allocated S/ 50 million and S/.20,000 for each family."))
    assert found == {"S/ 50 million": (50_000_000, "PEN"), "S/.20,000": (20_000, "PEN")}


# -- third step -------------------------------------------------------------------------------------


def test_a_past_clause_by_a_weekday_is_past(pipe):
    # 2023-08-31 is a Thursday
    found = times(pipe, "Protests that began in the capital spread to 20 cities by Sunday.", "2023-08-31")
    assert found["Sunday"] == "2023-08-27"
    # a deadline ahead stays ahead
    found = times(pipe, "Residents were told to leave by Tuesday evening.", "2023-08-31")
    assert _at(found, "Tuesday") == "2023-09-05TEV"
    found = times(pipe, "Engineers will inspect the dam by Wednesday.", "2023-08-31")
    assert found["Wednesday"] == "2023-09-06"


def test_the_first_half_of_a_year_and_this_early_morning(pipe):
    found = times(pipe, "Elections are planned for the first half of 2024.", "2023-08-31")
    assert _at(found, "half") == "2024-H1"
    found = times(pipe, "This early morning an earthquake shook the coast.", "2023-08-31")
    assert _at(found, "early morning") == "2023-08-31"


def test_n_of_them_is_a_part_of_the_count_before(pipe):
    found = {t: (v, u) for t, v, u, k in amounts(pipe, "Troops killed 45 militants, 14 of them foreigners.")}
    assert found == {"45 militants": (45, "militants"), "14 of them": (14, "militants")}
    found = {t: (v, u) for t, v, u, k in amounts(pipe, "Firefighters battled 60 fires, 40 of them near homes.")}
    assert found["40 of them"] == (40, "fires")
    # no count before: nothing to be a part of
    assert [t for t, _, _, _ in amounts(pipe, "Officials said 12 of them were hurt.")] == ["12"]
