"""Times and amounts, eighth session, second round (facts-ta8b): translated (MT) political copy.
One test per class of text; every sentence is written for these tests, none is taken from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import amounts, facts_pipeline, money_by_text, times
from _facts_helpers import time_containing as _at


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


def test_a_scale_word_with_of_before_the_unit(pipe):
    # MT of Spanish/French "millones de dólares", "millions de personnes"
    found = money_by_text(amounts(pipe, "The ministry received nearly four million of dollars from the bank."))
    assert found == {"four million of dollars": (4_000_000, "USD")}
    found = {t: (v, u) for t, v, u, k in amounts(pipe, "More than 3 million of persons fled the fighting, the agency said.")}
    assert found["More than 3 million of persons"] == (3_000_000, "persons")
    # no scale, no sum: "a lot of dollars", "one of the refugees"
    assert money_by_text(amounts(pipe, "They spent a lot of dollars on the fair.")) == {}
    found = {t: (v, u) for t, v, u, k in amounts(pipe, "One of the refugees spoke to reporters.")}
    assert found == {}


def test_a_day_of_this_or_next_month_in_translated_copy(pipe):
    # 2025-05-12 is the story's day
    found = times(pipe, "The new duties will apply before 20th of this month, the ministry said.", "2025-05-12")
    assert found["20th of this month"] == "2025-05-20"
    found = times(pipe, "Parliament will vote on the 2nd of next month.", "2025-05-12")
    assert _at(found, "2nd of next month") == "2025-06-02"
    found = times(pipe, "The envoys met on the 28th of last month in Oslo.", "2025-01-12")
    assert _at(found, "28th of last month") == "2024-12-28"
    # no such day: nothing made up
    found = times(pipe, "The summit is set for the 31st of next month.", "2025-05-12")
    assert not any("31st" in t for t in found)


def test_a_trimester_is_a_quarter(pipe):
    # MT of Spanish/French "trimestre": a quarter of the year (not a pregnancy's)
    found = times(pipe, "A meeting of the three leaders is planned during the second trimester.", "2024-01-29")
    assert found["the second trimester"] == "2024-Q2"
    found = times(pipe, "Exports fell in the first trimester of 2023.", "2024-01-29")
    assert found["the first trimester of 2023"] == "2023-Q1"
    found = times(pipe, "She was in the first trimester of pregnancy when she was detained.", "2024-01-29")
    assert not any("trimester" in t for t in found)


def test_the_hour_alone_written_with_h(pipe):
    # French/Portuguese copy "à 2h", "às 9h": the hour of a 24-hour clock after a preposition
    found = times(pipe, "With nearly all ballots counted at 3h on Monday, the count was final.", "2024-03-11")
    assert _at(found, "3h") == "2024-03-11T03:00"
    found = times(pipe, "The curfew runs from 22h, the prefect said.", "2024-03-11")
    assert _at(found, "22h") == "2024-03-11T22:00"
    # "a 4h drive", "4h" with no preposition: no clock time
    found = times(pipe, "After a 4h drive the convoy reached the border.", "2024-03-11")
    assert not any("4h" in t for t in found)


def test_a_weekday_of_last_or_next_week(pipe):
    # 2025-05-14 is a Wednesday
    found = times(pipe, "The two foreign ministers spoke on Thursday of last week by phone.", "2025-05-14")
    assert _at(found, "Thursday of last week") == "2025-05-08"
    found = times(pipe, "The mediators expect an answer by Monday of next week.", "2025-05-14")
    assert _at(found, "Monday of next week") == "2025-05-19"
    # a weekday alone keeps its own reading (the last Thursday before the story)
    found = times(pipe, "The two foreign ministers spoke on Thursday by phone.", "2025-05-14")
    assert found["Thursday"] == "2025-05-08"


def test_a_participle_under_a_future_clause_keeps_its_own_past(pipe):
    # "will review the sanctions imposed in January": the sanctions were imposed before the story
    found = times(pipe, "The government will review the sanctions imposed in January.", "2025-05-12")
    assert found["January"] == "2025-01"
    found = times(pipe, "The court will hear the appeal filed in March.", "2025-05-12")
    assert found["March"] == "2025-03"
    # a plan under a future clause stays ahead; a future verb of its own stays ahead
    found = times(pipe, "A summit planned for June will be held in Rome.", "2025-05-12")
    assert found["June"] == "2025-06"
    found = times(pipe, "The minister will travel to Rome in March.", "2025-05-12")
    assert found["March"] == "2026-03"


def test_a_second_day_of_the_month_after_and(pipe):
    # translated copy "on 10th and 11th": two days of the article's month
    found = times(pipe, "The envoys met on 6th and 7th in Geneva.", "2025-05-12")
    assert _at(found, "6th") == "2025-05-06"
    assert _at(found, "7th") == "2025-05-07"
    # no day before it: a rank stays no time
    found = times(pipe, "The runners placed 3rd and 4th in the race.", "2025-05-12")
    assert found == {}
