"""Amounts and times, eleventh session (facts-ta r16): the early morning of a day, "since last summer",
ranges of months that fill a quarter, translated datelines in Spanish, Portuguese or lower case, modals that
point ahead, "until at least", "set on fire", "on the 16", "since weeks"; count ranges with one scale, "raise it
to 30 billion", "nine of its staff", "four dead and one missing".
One test per class of text; every sentence is written for these tests, none is taken from a gold set."""

from __future__ import annotations

import datetime as _dt

import pytest

from _facts_helpers import amounts, facts_pipeline, times
from dateline._times._recognise import find_times


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


def _counts(found):
    return {t: (v, u) for t, v, u, k in found if k != "money"}


def _dateline(text: str, date: str) -> dict[str, str | None]:
    return {text[f.start : f.end]: f.value for f in find_times(text, _dt.date.fromisoformat(date))}


def test_the_early_morning_of_a_day_is_that_days_morning(pipe):
    found = times(pipe, "The pass stayed shut until the early morning of this Thursday, the police said.", "2023-03-09")
    assert found == {"the early morning of this Thursday": "2023-03-09TMO"}
    found = times(pipe, "Deputies passed the reform in the early morning of Tuesday.", "2023-03-09")
    assert found == {"the early morning of Tuesday": "2023-03-07TMO"}
    # the dawn and the early hours name no part of day: the plain date, as before
    assert times(pipe, "Rebels attacked the base in the early hours of Tuesday.", "2023-03-09") == {
        "the early hours of Tuesday": "2023-03-07"}
    assert times(pipe, "Rebels attacked the base at dawn on Tuesday.", "2023-03-09") == {"dawn on Tuesday": "2023-03-07"}


def test_since_last_summer_is_the_year_of_that_summer(pipe):
    found = times(pipe, "Nurses have not been paid since last summer, the union said.", "2023-11-14")
    assert list(found.values()) == ["2023"]
    found = times(pipe, "Nurses have not been paid since last summer, the union said.", "2024-03-02")
    assert list(found.values()) == ["2023"]
    # without "since" the season stays a season
    assert list(times(pipe, "The dam was finished last summer.", "2023-11-14").values()) == ["2023-SU"]


def test_a_range_of_months_in_one_quarter_is_that_quarter(pipe):
    found = times(pipe, "A pilot of the new buses will run from April to June, the city said.", "2023-11-14")
    assert found == {"April to June": "2024-Q2"}
    found = times(pipe, "Heavy shelling in October-November 2021 destroyed the old market.", "2023-11-14")
    assert found == {"October-November 2021": "2021-Q4"}
    # "between" two months compares them: a range, whose first month takes the year written after the second
    found = times(pipe, "Exports grew between July and August 2022.", "2023-11-14")
    assert found == {"July and August 2022": "2022-07"}
    assert list(times(pipe, "Bread prices rose between April and May.", "2023-11-14").values()) == ["2023-04"]
    found = times(pipe, "Exports grew between May and September 2022.", "2023-11-14")
    assert found == {"May and September 2022": "2022-05"}


def test_a_translated_dateline_in_any_case_or_language_is_the_story_day():
    assert _dateline("CUENCA, 12 ene. - The mayor announced a curfew.", "2024-01-12") == {"12 ene.": "2024-01-12"}
    assert _dateline("MARACAIBO, 3 Ago (EFE) - Fuel queues grew.", "2023-08-03") == {"3 Ago": "2023-08-03"}
    assert _dateline("Recife (PE), 21 out. - The rains stopped.", "2022-10-21") == {"21 out.": "2022-10-21"}
    assert _dateline("BANJUL, 9 dec - The vote count began.", "2021-12-09") == {"9 dec": "2021-12-09"}
    # only in the dateline: elsewhere "out", "set" and "ago" are English words
    assert _dateline("He said 5 out of 10 voters stayed home.", "2021-12-09") == {}
    assert _dateline("TUNIS, 4 set of rules were published.", "2021-12-09") == {}


def test_modals_of_obligation_and_possibility_point_ahead(pipe):
    assert times(pipe, "The new clinic must open Thursday near the camp.", "2023-03-07") == {"Thursday": "2023-03-09"}
    assert times(pipe, "Fog could delay ferries out of the harbour on Saturday.", "2023-03-07") == {"Saturday": "2023-03-11"}
    assert times(pipe, "The governor should be sworn in on 14 of April.", "2023-03-07") == {"14 of April": "2023-04-14"}
    # a denied "could" and a perfect modal are past
    assert times(pipe, "Rescuers could not reach the village on Saturday.", "2023-03-07") == {"Saturday": "2023-03-04"}
    assert times(pipe, "The ferry should have left on Saturday.", "2023-03-07") == {"Saturday": "2023-03-04"}


def test_an_infinitive_under_a_future_verb_is_ahead(pipe):
    found = times(pipe, "The ministry will oblige traders to register their stock from Friday, it said on Tuesday.", "2023-03-07")
    assert found["Friday"] == "2023-03-10"


def test_until_at_least_is_ahead(pipe):
    found = times(pipe, "The museum, a short walk from the harbour, stays closed until at least Friday.", "2023-03-07")
    assert found == {"Friday": "2023-03-10"}


def test_a_count_range_writes_its_scale_once(pipe):
    found = _counts(amounts(pipe, "The drought could leave between 4 and 5 million farmers without seed."))
    assert list(found.values()) == [(4_000_000, "farmers")]


def test_a_sum_raised_to_a_bare_figure_keeps_its_currency(pipe):
    found = [(t, v, u) for t, v, u, k in amounts(pipe, "Exports reached 4.2 billion dollars in 2022 and the ministry wants to lift it to 6 billion.")
             if k == "money"]
    assert ("6 billion", 6_000_000_000, "USD") in found
    # a figure that counts something else is no sum
    found = amounts(pipe, "The plan costs 3 billion euros and cuts the herd to 2 million.")
    assert [t for t, v, u, k in found if k == "money"] == ["3 billion euros"]


def test_a_partitive_of_a_collective_noun_counts_its_people(pipe):
    found = amounts(pipe, "The charity said four of its staff were killed in the raid.")
    assert [(v, u, k) for t, v, u, k in found] == [(4, "staff", "killed")]


def test_one_more_person_in_a_toll_of_bare_figures(pipe):
    found = amounts(pipe, "The landslide left at least seven dead and one missing, the governor said.")
    assert [(v, u, k) for t, v, u, k in found] == [(7, "people", "killed"), (1, "people", "count")]
    assert amounts(pipe, "Police said one of the organisers was missing.") == []


def test_a_translated_day_of_the_month_without_its_ordinal_letters(pipe):
    found = times(pipe, "The ministers will meet in Quito on the 20 Y 21, the foreign ministry said.", "2023-07-06")
    assert found == {"on the 20 Y 21": "2023-07-20"}
    assert times(pipe, "The mission left the capital on the 2.", "2023-07-06") == {"on the 2": "2023-07-02"}
    # not a count or a decimal
    assert times(pipe, "The club won on the 3 occasions it played.", "2023-07-06") == {}


def test_since_weeks_and_lasting_several_months_are_vague(pipe):
    assert times(pipe, "The unions demand since weeks the resignation of the minister.", "2023-07-06") == {"since weeks": None}
    assert times(pipe, "The inquiry could last several months, the prosecutor said.", "2023-07-06") == {"several months": None}


def test_setting_something_on_fire_is_no_plan(pipe):
    found = times(pipe, "Rioters who broke in early on Saturday had set two shops on fire by Sunday.", "2023-07-04")
    assert found["early on Saturday"] == "2023-07-01"
    # a date set for something is still ahead
    assert times(pipe, "The vote was set for Saturday, officials said.", "2023-07-04") == {"Saturday": "2023-07-08"}


def test_a_range_of_years_written_with_a_word_is_one_time_per_year(pipe):
    assert times(pipe, "The bridge tolls were collected between 2003 and 2011.", "2023-07-04") == {"2003": "2003", "2011": "2011"}
    assert times(pipe, "The loans run from 2025 to 2028, the bank said.", "2023-07-04") == {"2025": "2025", "2028": "2028"}
    # a hyphen keeps the period as one
    assert times(pipe, "The war of 1975-1990 emptied the city.", "2023-07-04") == {"1975-1990": None}


def test_a_modal_leaves_alone_what_it_does_not_ask_for(pipe):
    day = "2023-03-07"  # a Tuesday
    # "could" with a verb of perception is what one was able to perceive
    assert times(pipe, "Villagers said they could hear gunfire on Saturday night.", day) == {"Saturday night": "2023-03-04TNI"}
    assert times(pipe, "Fishermen said they could see flames on Sunday.", day) == {"Sunday": "2023-03-05"}
    # a time inside the modal verb's subject dates that subject
    assert times(pipe, "The floods on Saturday should be a warning to the city, the mayor said.", day) == {"Saturday": "2023-03-04"}
    # a participle under a modal clause is done, not planned
    assert times(pipe, "Relatives of the miners trapped on Sunday must be paid, the union said.", day) == {"Sunday": "2023-03-05"}
    assert times(pipe, "Under the decree signed on Friday, the ports must reopen.", day) == {"Friday": "2023-03-03"}
    # the modal still points its own verb ahead
    assert times(pipe, "The new ferry could sail on Saturday, the port said.", day) == {"Saturday": "2023-03-11"}


def test_only_obligation_carries_a_future_into_its_infinitive(pipe):
    day = "2023-03-07"
    assert times(pipe, "Experts will try to find the cause of the blast on Saturday.", day) == {"Saturday": "2023-03-04"}
    assert times(pipe, "The new law will force landlords to cut rents from Friday.", day) == {"Friday": "2023-03-10"}


def test_set_is_a_plan_only_when_passive_or_for_a_day(pipe):
    day = "2023-03-07"
    assert times(pipe, "Rioters set three cars alight on Friday.", day) == {"Friday": "2023-03-03"}
    assert times(pipe, "The gunmen set free 12 captives on Sunday.", day) == {"Sunday": "2023-03-05"}
    assert times(pipe, "The board set a deadline for bids on Monday.", day) == {"Monday": "2023-03-06"}
    assert times(pipe, "The swimmer set a new national record on Sunday.", day) == {"Sunday": "2023-03-05"}
    assert times(pipe, "The runoff was set for Sunday.", day) == {"Sunday": "2023-03-12"}
    assert times(pipe, "The senate is set to vote on Thursday.", day) == {"Thursday": "2023-03-09"}


def test_a_count_range_whose_first_figure_is_written_in_full_keeps_it(pipe):
    found = _counts(amounts(pipe, "The floods drove between 300,000 and 1 million villagers from their homes."))
    assert list(found.values()) == [(300_000, "villagers")]
    found = _counts(amounts(pipe, "The famine could hit between 1.5 and 2 million herders."))
    assert list(found.values()) == [(1_500_000, "herders")]


def test_two_dates_joined_by_a_word_are_one_time_each(pipe):
    found = times(pipe, "The book fair runs from 19 April to 1 June, the organisers said.", "2023-03-07")
    assert found == {"19 April": "2023-04-19", "1 June": "2023-06-01"}
    # the year written after the second date is the first's too
    found = times(pipe, "Rebels held the town from 19 April to 1 June 2021.", "2023-03-07")
    assert found == {"19 April": "2021-04-19", "1 June 2021": "2021-06-01"}
