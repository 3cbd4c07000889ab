"""Times and amounts, tenth session (fix-times10): the reviewer's findings on this session's rules, then
year and anchor classes. One test per class of text; every sentence is written for these tests, none
is taken from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import amounts, facts_pipeline, money_by_text, times


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


def test_a_span_of_months_with_its_year_is_that_years_quarter(pipe):
    found = times(pipe, "Exports fell 4% in January-March 2023, the ministry said.", "2025-06-10")
    assert found == {"January-March 2023": "2023-Q1"}
    found = times(pipe, "Tourism recovered in the July–December of 2022 season.", "2025-06-10")
    assert found["July–December of 2022"] == "2022-H2"
    # no year after it: the story's (as before)
    assert times(pipe, "Exports fell in January-March.", "2025-06-10")["January-March"] == "2025-Q1"


def test_a_bare_thousands_of_millions_figure_after_a_head_count_word_is_no_sum(pipe):
    text = "The lender gave $3 billion to India, a country with a population of 1,400 million, last year."
    assert money_by_text(amounts(pipe, text)) == {"$3 billion": (3_000_000_000, "USD")}
    text = "Madrid pledged 4,000 million euros. Turnout reached 1,100 million in the poll."
    assert "1,100 million" not in money_by_text(amounts(pipe, text))
    # no head-count word: the sum before lends its currency (the class of facts-ta10's rule)
    text = "The Fund lent Chile 5,000 million dollars in May. The reserves rose to 42,300 million in June."
    assert money_by_text(amounts(pipe, text))["42,300 million"] == (42_300_000_000, "USD")


def test_a_large_count_is_counted_after_the_or_all_only(pipe):
    assert amounts(pipe, "Engineers said those 48 turbines stood idle.") == []
    assert amounts(pipe, "These 30 drones were shown to reporters.") == []
    assert ("48 turbines", 48, "turbines", "count") in amounts(pipe, "Engineers said the 48 turbines stood idle.")


def test_a_clock_time_is_on_the_event_day_told_before_though_a_later_clause_names_another(pipe):
    text = ("TAMPA — Power returned to half the homes on Saturday after the storm hit the coast late on Thursday, "
            "officials said.\n\nThe storm made landfall at 9:15 p.m. near the port, and moved inland on Friday morning.")
    found = times(pipe, text, "2024-10-12")
    assert found["9:15 p.m."] == "2024-10-10T21:15"
    assert found["Friday morning"] == "2024-10-11TMO"
    # the day written in its own clause, right with the clock time, still decides
    text = ("TAMPA — Power returned to half the homes on Saturday after the storm hit the coast late on Thursday, "
            "officials said.\n\nThe storm made landfall at 9:15 p.m. on Friday.")
    assert times(pipe, text, "2024-10-12")["9:15 p.m. on Friday"] == "2024-10-11T21:15"


def test_an_act_dated_in_a_month_by_its_participle_is_when_it_was_done(pipe):
    found = times(pipe, "Rebels have rejected the peace plan, announced in March, to disarm militias.", "2023-09-15")
    assert found == {"March": "2023-03"}
    # "for" points it ahead: still a plan
    found = times(pipe, "Rebels rejected the vote, announced for March, on the new charter.", "2023-09-15")
    assert found == {"March": "2024-03"}


def test_a_date_that_names_a_thing_under_a_future_clause_is_the_nearer_one(pipe):
    text = "The envoy will publish the tallies of the referendum of 14 August, which the opposition disputes."
    assert times(pipe, text, "2024-11-20") == {"14 August": "2024-08-14"}
    # a date of the future clause itself stays ahead
    assert times(pipe, "The envoy will publish the tallies on 14 August.", "2024-11-20") == {"14 August": "2025-08-14"}


def test_the_next_month_in_a_present_or_future_clause_is_the_storys_next(pipe):
    text = "The port was shut in March 2021. Traders demand lower fees before the next month."
    assert times(pipe, text, "2024-09-09")["the next month"] == "2024-10"
    # a past clause keeps it anaphoric: the month after the one named before
    text = "The port was shut in March 2021. Traders got the fees cut the next month."
    assert times(pipe, text, "2024-09-09")["the next month"] == "2021-04"


def test_the_same_quarter_or_month_of_a_year_is_the_one_named_before_in_that_year(pipe):
    text = "Exports fell in the second quarter, against a rise in the same quarter of 2022."
    assert times(pipe, text, "2024-09-09")["the same quarter of 2022"] == "2022-Q2"
    text = "Prices rose in July, against a fall in the same month of 2021."
    assert times(pipe, text, "2024-09-09")["the same month of 2021"] == "2021-07"
    # none named before: the year
    assert times(pipe, "Exports fell against the same quarter of 2022.", "2024-09-09") == {"the same quarter of 2022": "2022"}


def test_before_midnight_is_that_days_night(pipe):
    found = times(pipe, "The dam gave way shortly before midnight on Sunday, flooding two towns.", "2024-11-05")
    assert found == {"midnight on Sunday": "2024-11-03TNI"}
    # "by midnight" is the clock time
    assert times(pipe, "Troops must leave by midnight on Sunday.", "2024-11-05") == {"midnight on Sunday": "2024-11-10T24:00"}


def test_overnight_after_a_clock_time_moved_to_the_event_day_is_that_night(pipe):
    lead = ("TAMPA — Power returned to half the homes on Saturday after the storm hit the coast late on Thursday, "
            "officials said.\n\n")
    found = times(pipe, lead + "The storm made landfall at 9:15 p.m. near the port, crossed the state overnight "
                  "and moved out to sea on Friday morning.", "2024-10-12")
    assert found["overnight"] == "2024-10-10TNI"
    # in a sentence of its own it stays the story date's night
    found = times(pipe, lead + "The storm made landfall at 9:15 p.m. near the port. More rain fell overnight.", "2024-10-12")
    assert found["overnight"] == "2024-10-12TNI"


def test_a_month_after_a_past_outlook_verb_with_an_object_of_more_is_ahead(pipe):
    text = "On 10 December the central bank cut its rate, and signalled further cuts of that size in February and April."
    found = times(pipe, text, "2024-12-18")
    assert (found["February"], found["April"]) == ("2025-02", "2025-04")
    # no "more" of anything: the month dates the signal
    assert times(pipe, "The bank signalled a pause in February.", "2024-12-18") == {"February": "2024-02"}
