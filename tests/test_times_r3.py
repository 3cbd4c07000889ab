"""Third-round times: a day of the month with no month ("on the 13th"), an ordinal word day
("the first of January"), weekdays ahead under an appeal or a simple present ("called on people to
rally on Friday", "the team opens its campaign on Wednesday"), and "the next year" after "last
year" (the article year's next). Sentences are written for these tests; public API."""

from __future__ import annotations

import datetime as dt

import dateline
from dateline._times import find_times


def times(text: str, date: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in dateline.code(text, date=date).times]


def test_day_of_month_without_a_month() -> None:
    # story of Tuesday 14 November 2023: "the 13th" is the day before
    assert ("on the 13th", "2023-11-13") in times("The army said on the 13th that rebels had taken the crossing.", "2023-11-14")
    # a day ahead of the story's day, in the past tense, is last month's
    assert ("on the 20th", "2023-10-20") in times("The rebels seized the town on the 20th and held it.", "2023-11-05")
    # future: a day already past this month is next month's
    assert ("on the 3rd", "2023-12-03") in times("Voters will go to the polls on the 3rd in the capital.", "2023-11-20")
    # an ordinal that is not a day of the month
    assert not any(v and v.endswith("-13") for _, v in times("The office is on the 13th floor of the tower.", "2023-11-14"))


def test_ordinal_word_day_of_month() -> None:
    assert ("the first of January", "2024-01-01") in times(
        "The agreement, signed on the first of January in the capital, angered the neighbours.", "2024-01-07")
    assert ("the twenty-first of March, 2019", "2019-03-21") in times(
        "The court ruled on the twenty-first of March, 2019 that the law stood.", "2024-01-07")
    # "the last of March" names no day
    assert not any(v == "2024-03-04" or v == "2023-03-04" for _, v in times("The last of March rains fell.", "2024-01-07"))


def test_weekday_ahead_under_an_appeal_or_a_simple_present() -> None:
    # Monday 10 January 2022
    assert ("Friday", "2022-01-14") in times("He called on supporters to rally on Friday in the main square.", "2022-01-10")
    assert ("Wednesday", "2022-01-12") in times("The national team opens its tournament against Ghana on Wednesday in Accra.", "2022-01-10")
    # the appeal itself is past: "urged calm on Friday" is the Friday before
    assert ("Friday", "2022-01-07") in times("The minister urged calm on Friday after the clashes.", "2022-01-10")
    # a present under a past verb keeps the past's day; a report in the present too
    assert ("Thursday", "2022-01-06") in times("Crowds chanted as they march through the city Thursday, witnesses said.", "2022-01-10")
    # "this Monday" under a present keeps the news convention (the day just past or today)
    assert ("this Monday", "2022-01-10") in times("The spokesman said this Monday that the country urges restraint.", "2022-01-10")


def test_the_next_year_after_last_year_is_the_article_years_next() -> None:
    text = "The country earned 50 million dollars last year. The two leaders will meet again the next year."
    assert ("the next year", "2024") in times(text, "2023-12-15")
    # after a year the text names, it is that year's next
    text2 = "The accord was signed in 2015. The following year, the talks collapsed."
    assert ("The following year", "2016") in times(text2, "2023-12-15")


def test_recogniser_alone_reads_the_new_rules() -> None:
    d = dt.date(2024, 1, 7)
    text = "signed on the first of January; met on the 5th, and again on the 30th."
    got = [(f.text(text), f.value) for f in find_times(text, d, lambda s, e: "past")]
    assert ("the first of January", "2024-01-01") in got
    assert ("on the 5th", "2024-01-05") in got
    assert ("on the 30th", "2023-12-30") in got


def test_a_single_day_after_a_preposition_is_a_duration() -> None:
    d = dt.date(2024, 1, 7)
    text = "The army said it had retaken the region in a single day."
    assert [(f.text(text), f.value) for f in find_times(text, d)] == [("a single day", "P1D")]
    # a rate stays no time
    assert find_times("The plant burns a single day's coal.", d) == []


def test_a_month_that_modifies_a_noun() -> None:
    d = dt.date(2016, 9, 9)
    text = "It was the second test this year, after a January blast that the state called a success."
    assert ("January", "2016-01") in [(f.text(text), f.value) for f in find_times(text, d, lambda s, e: "past")]
    # a bare month with no determiner, or a proper name after it, stays no time
    assert find_times("January blast reports were read.", d) == []
    assert find_times("They marched in the October Revolution parade.", d) == []
    assert find_times("The May vote was close.", d) == []


def test_a_month_modifying_a_noun_is_past_unless_the_verb_is_future() -> None:
    d = dt.date(2019, 11, 29)
    text = "He adds this is another achievement of the December revolution."
    assert [(f.text(text), f.value) for f in find_times(text, d, lambda s, e: "present")] == [("December", "2018-12")]
    text2 = "Parties will contest the December vote in the capital."
    assert [(f.text(text2), f.value) for f in find_times(text2, d, lambda s, e: "future")] == [("December", "2019-12")]
