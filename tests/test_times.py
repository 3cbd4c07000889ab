"""The time recogniser and normaliser, without the parser (tense given by hand where it matters)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline._times import find_times, iso_week, resolve_weekday
from dateline._times._lexicon import lexicon

FRI = dt.date(2022, 2, 4)  # a Friday


def values(text: str, date: dt.date | None = FRI, tense: str | None = None) -> list[tuple[str, str | None]]:
    fn = (lambda s, e: tense) if tense else None
    return [(f.text(text), f.value) for f in find_times(text, date, fn)]


def one(text: str, date: dt.date | None = FRI, tense: str | None = None) -> tuple[str | None, str | None]:
    found = find_times(text, date, (lambda s, e: tense) if tense else None)
    assert len(found) == 1, [(f.text(text), f.value) for f in found]
    return found[0].value, found[0].grain


# -- weekdays in news convention ------------------------------------------------------------


@pytest.mark.parametrize(
    "article, wd, expected",
    [
        (dt.date(2022, 2, 2), "Tuesday", "2022-02-01"),  # Wednesday story: the day before
        (dt.date(2022, 2, 2), "Wednesday", "2022-02-02"),  # the story's own weekday is that day
        (dt.date(2022, 2, 2), "Thursday", "2022-01-27"),  # a past verb: last week's Thursday
        (dt.date(2022, 2, 4), "Sunday", "2022-01-30"),
        (dt.date(2022, 2, 7), "Sunday", "2022-02-06"),  # Monday story
        (dt.date(2022, 1, 1), "Friday", "2021-12-31"),  # across the year
        (dt.date(2024, 3, 1), "Thursday", "2024-02-29"),  # leap day
    ],
)
def test_bare_weekday_is_the_most_recent(article: dt.date, wd: str, expected: str) -> None:
    assert one(f"The talks ended on {wd}.", article, "past") == (expected, "day")


@pytest.mark.parametrize(
    "article, wd, expected",
    [
        (dt.date(2022, 2, 4), "Sunday", "2022-02-06"),  # Friday story, "will meet on Sunday"
        (dt.date(2022, 2, 4), "Monday", "2022-02-07"),
        (dt.date(2022, 2, 4), "Friday", "2022-02-04"),
        (dt.date(2022, 12, 30), "Monday", "2023-01-02"),
    ],
)
def test_future_weekday_is_ahead(article: dt.date, wd: str, expected: str) -> None:
    assert one(f"They will meet on {wd}.", article, "future") == (expected, "day")


def test_this_last_next_weekday() -> None:
    wed = dt.date(2022, 2, 2)
    assert one("this Wednesday", wed)[0] == "2022-02-02"
    assert one("this Tuesday", wed)[0] == "2022-02-01"
    assert one("last Wednesday", wed)[0] == "2022-01-26"
    assert one("next Wednesday", wed)[0] == "2022-02-09"
    assert one("next Friday", wed)[0] == "2022-02-04"
    assert one("this coming Sunday", wed)[0] == "2022-02-06"


def test_resolve_weekday_every_pair() -> None:
    start = dt.date(2022, 1, 3)
    for k in range(7):
        art = start + dt.timedelta(days=k)
        for wd in range(7):
            back = resolve_weekday(art, wd, None, "past")
            ahead = resolve_weekday(art, wd, None, "future")
            assert back.weekday() == wd and ahead.weekday() == wd
            assert 0 <= (art - back).days <= 6
            assert 0 <= (ahead - art).days <= 6


def test_weekday_with_part_of_day_and_modifiers() -> None:
    wed = dt.date(2022, 2, 2)
    assert one("late on Wednesday", FRI) == ("2022-02-02", "day")
    assert one("early Thursday", FRI) == ("2022-02-03", "day")
    assert one("Tuesday night", wed) == ("2022-02-01TNI", "part-of-day")
    assert one("Monday morning", wed) == ("2022-01-31TMO", "part-of-day")
    assert find_times("on tuesday", FRI) == []  # lower case is not a weekday name here


# -- days and parts of day -------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, value, grain",
    [
        ("today", "2022-02-04", "day"),
        ("this afternoon", "2022-02-04TAF", "part-of-day"),
        ("this morning", "2022-02-04TMO", "part-of-day"),
        ("this evening", "2022-02-04TEV", "part-of-day"),
        ("tonight", "2022-02-04TNI", "part-of-day"),
        ("overnight", "2022-02-04TNI", "part-of-day"),
        ("last night", "2022-02-03TNI", "part-of-day"),
        ("yesterday", "2022-02-03", "day"),
        ("yesterday afternoon", "2022-02-03TAF", "part-of-day"),
        ("tomorrow", "2022-02-05", "day"),
        ("the day before yesterday", "2022-02-02", "day"),
        ("late yesterday", "2022-02-03", "day"),
    ],
)
def test_relative_days(phrase: str, value: str, grain: str) -> None:
    assert one(f"Officials spoke {phrase} in the capital.") == (value, grain)


def test_anaphoric_part_of_day_follows_the_focus() -> None:
    text = "The truce took hold on Tuesday, and prisoners were freed in the afternoon."
    assert values(text, FRI, "past") == [("Tuesday", "2022-02-01"), ("the afternoon", "2022-02-01TAF")]
    assert values("Hostages were freed in the afternoon.") == [("the afternoon", "2022-02-04TAF")]


def test_the_day_before_uses_the_last_past_date() -> None:
    text = "Leaders met this Thursday to admit members from January 1 of next year; Xi, who the day before met Ramaphosa, spoke."
    got = values(text, dt.date(2023, 8, 24))
    assert ("January 1 of next year", "2024-01-01") in got
    assert ("the day before", "2023-08-23") in got
    # an offset is the duration it names (tests/gold/README.md, fourth-session times), not a date
    assert values("Two days later the talks resumed.", FRI) == [("Two days later", "P2D")]


# -- weeks, months, years ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, value, grain",
    [
        ("last week", "2022-W04", "week"),
        ("this week", "2022-W05", "week"),
        ("earlier this week", "2022-W05", "week"),
        ("next week", "2022-W06", "week"),
        ("this weekend", "2022-W05-WE", "week"),
        ("last month", "2022-01", "month"),
        ("earlier this month", "2022-02", "month"),
        ("next month", "2022-03", "month"),
        ("last year", "2021", "year"),
        ("late last year", "2021", "year"),
        ("this year", "2022", "year"),
        ("next year", "2023", "year"),
        ("two weeks ago", "2022-W03", "week"),
        ("three days ago", "2022-02-01", "day"),
        ("a year ago", "2021", "year"),
        ("six months ago", "2021-08", "month"),
        ("last summer", "2021-SU", "season"),
        ("next spring", "2022-SP", "season"),
        ("the first quarter", "2022-Q1", "quarter"),
        ("the third quarter of last year", "2021-Q3", "quarter"),
        ("Q4 2021", "2021-Q4", "quarter"),
        ("the end of the year", "2022", "year"),
    ],
)
def test_relative_periods(phrase: str, value: str, grain: str) -> None:
    assert one(f"It happened {phrase}, officials said.") == (value, grain)


def test_iso_week_across_years() -> None:
    assert iso_week(dt.date(2021, 1, 3)) == "2020-W53"
    assert one("last week", dt.date(2021, 1, 6))[0] == "2020-W53"
    assert one("last month", dt.date(2022, 1, 10))[0] == "2021-12"


@pytest.mark.parametrize(
    "tense, article, expected",
    [
        ("past", dt.date(2022, 2, 4), "2021-06"),  # "was held in June": the most recent June
        ("future", dt.date(2022, 2, 4), "2022-06"),  # "will be held in June": the next
        ("past", dt.date(2022, 7, 1), "2022-06"),
        ("future", dt.date(2022, 7, 1), "2023-06"),
        ("past", dt.date(2022, 6, 20), "2022-06"),  # this month, either way
        ("future", dt.date(2022, 6, 20), "2022-06"),
        (None, dt.date(2022, 2, 4), "2022-06"),  # no tense: the nearer one
        (None, dt.date(2022, 12, 4), "2022-06"),
    ],
)
def test_month_name_year_by_tense(tense: str | None, article: dt.date, expected: str) -> None:
    assert one("Elections take place in June.", article, tense) == (expected, "month")


def test_month_names_need_context_and_capitals() -> None:
    assert values("Theresa May said protesters march on.") == []
    assert values("The vote may come in May.", FRI, "future") == [("May", "2022-05")]
    assert one("since March", FRI) == ("2021-03", "month")  # "since" looks back
    assert one("last December", FRI) == ("2021-12", "month")
    assert one("in early June", FRI, "past") == ("2021-06", "month")


# -- explicit dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, value",
    [
        ("Feb. 4, 2022", "2022-02-04"),
        ("February 4, 2022", "2022-02-04"),
        ("February 4th, 2022", "2022-02-04"),
        ("4 February 2022", "2022-02-04"),
        ("the 4th of February, 2022", "2022-02-04"),
        ("2022-02-04", "2022-02-04"),
        ("Sept. 11, 2001", "2001-09-11"),
        ("Friday, Feb. 4, 2022", "2022-02-04"),
        ("31 December 1999", "1999-12-31"),
    ],
)
def test_explicit_full_dates(written: str, value: str) -> None:
    assert one(f"The accord was signed on {written} in Geneva.", dt.date(2023, 5, 1)) == (value, "day")


def test_dates_without_year() -> None:
    assert one("on February 4", FRI) == ("2022-02-04", "day")
    assert one("on 4 February", FRI) == ("2022-02-04", "day")
    # a day far ahead in a past sentence is last year's
    assert one("was signed on December 20", FRI, "past") == ("2021-12-20", "day")
    # a day behind in a future sentence is next year's
    assert one("will vote on January 10", dt.date(2022, 11, 20), "future") == ("2023-01-10", "day")
    assert one("on Oct. 7", dt.date(2023, 11, 24)) == ("2023-10-07", "day")
    assert one("March 12", None) == ("XXXX-03-12", "day")


def test_numeric_dates() -> None:
    # unambiguous by the numbers
    assert one("on 25/12/2021", FRI)[0] == "2021-12-25"
    assert one("on 12/25/2021", FRI)[0] == "2021-12-25"
    # ambiguous: the reading nearer the article date
    assert one("on 02/04/2022", FRI)[0] == "2022-02-04"
    assert one("on 04/02/2022", FRI)[0] == "2022-02-04"
    assert one("on 4.2.2022", None)[0] == "2022-02-04"  # dots are European
    assert values("version 1.2.3") == []
    assert values("on 13/13/2022") == [("2022", "2022")]  # no such day: only the year is read


def test_month_year_and_years() -> None:
    assert one("in February 2022") == ("2022-02", "month")
    assert one("in June of 2019") == ("2019-06", "month")
    assert one("in 2019") == ("2019", "year")
    assert one("The 2019 election was close.") == ("2019", "year")
    assert one("since early 2020") == ("2020", "year")


def test_numbers_that_are_not_years() -> None:
    assert values("About 2000 people marched.") == []
    assert values("Some 1500 troops crossed.") == []
    assert values("It rose 2021% and cost $2020.") == []
    assert values("a 2,019-strong force") == []


def test_decades_and_centuries() -> None:
    assert one("in the 1990s") == ("199", "decade")
    assert one("since the early 2000s") == ("200", "decade")
    assert one("the nineties") == ("199", "decade")
    assert one("the '80s") == ("198", "decade")
    assert values("a man in his 60s") == []
    assert one("the 19th century") == ("18", "century")
    assert one("in the 1800s") == ("18", "century")
    assert one("in the 2000s") == ("200", "decade")
    assert values("Now is the time for a ceasefire.") == []
    assert values("He was abroad at the time.") == [("at the time", None)]
    assert one("the twentieth century") == ("19", "century")


# -- durations and ranges ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, value",
    [
        ("for the first time in two years", "P2Y"),
        ("within five days", "P5D"),
        ("a three-day visit", "P3D"),
        ("a 24-hour ceasefire", "PT24H"),
        ("capping 20 months of talks", "P20M"),
        ("has 60 days to review", "P60D"),
        ("for a decade", "P10Y"),
        ("over the past two years", "P2Y"),
        ("in the last 24 hours", "PT24H"),
        ("the past year", "P1Y"),
        ("for more than a year", "P1Y"),
        ("for 90 minutes", "PT90M"),
        ("a two-week truce", "P2W"),
    ],
)
def test_durations(phrase: str, value: str) -> None:
    assert one(f"They agreed {phrase}.") == (value, "duration")


def test_not_durations() -> None:
    assert values("A 25-year-old man and a boy, 12 years old, were hurt.") == []
    assert values("It spends 4 billion euros a year and meets twice a day.") == []
    assert values("He won a second term.") == []


def test_ranges() -> None:
    # years joined by a word are one time each (the gold's rule since dev38, facts-ta r16); a hyphen keeps a range
    f = find_times("from 2019 to 2021", FRI)
    assert [(x.value, x.end_value, x.grain) for x in f] == [("2019", None, "year"), ("2021", None, "year")]
    assert [(x.value, x.end_value) for x in find_times("the 2019-21 drought", FRI)] == [("2019", "2021")]
    assert [(x.value, x.end_value) for x in find_times("between 2010 and 2015", FRI)] == [("2010", None), ("2015", None)]
    assert [(x.value, x.end_value) for x in find_times("Jan. 5-7", FRI)] == [("2022-01-05", "2022-01-07")]
    assert [(x.value, x.end_value) for x in find_times("from March 3 to March 9, 2021", FRI)] == [("2021-03-03", "2021-03-09")]
    assert [(x.value, x.end_value) for x in find_times("between March and May", FRI, lambda s, e: "past")] == [("2021-03", "2021-05")]
    # dates and weekdays joined by a word are one time each too (the gold README's ninth-session rule)
    assert [(x.value, x.end_value) for x in find_times("from Monday to Wednesday", FRI, lambda s, e: "past")] == [
        ("2022-01-31", None), ("2022-02-02", None)]
    assert [(x.value, x.end_value) for x in find_times("Monday-Wednesday", FRI, lambda s, e: "past")] == [("2022-01-31", "2022-02-02")]
    # "and" without "between" is two expressions
    assert len(find_times("in 2010 and 2015", FRI)) == 2


def test_clock_times_join_their_day() -> None:
    assert one("on Tuesday at 3 p.m.", FRI) == ("2022-02-01T15:00", "time")
    assert one("at 10:30 a.m.", FRI) == ("2022-02-04T10:30", "time")
    assert one("at 0900 GMT", FRI) == ("2022-02-04T09:00", "time")
    assert one("by midnight", FRI) == ("2022-02-04T24:00", "time")


# -- vague and article-less ------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["recently", "soon", "in recent years", "in the coming weeks", "within days", "Hours later", "for years",
     "the early weeks of the war", "in the next years", "in the near future"],
)
def test_vague_have_no_value(phrase: str) -> None:
    found = find_times(f"Trade grew {phrase}, he said.", FRI)
    assert len(found) == 1 and found[0].value is None


def test_no_article_date_gives_no_relative_value() -> None:
    assert one("yesterday", None) == (None, "day")
    assert one("on Tuesday", None) == (None, "day")
    assert one("Feb. 4, 2022", None) == ("2022-02-04", "day")


def test_spans_are_offsets() -> None:
    text = "Xi met Putin on Friday in Beijing."
    f = find_times(text, FRI)[0]
    assert text[f.start : f.end] == "Friday"


def test_lexicon_is_consistent() -> None:
    lex = lexicon()
    assert sorted(set(lex.months.values())) == list(range(1, 13))
    assert sorted(set(lex.weekdays.values())) == list(range(7))
    assert set(lex.parts_of_day.values()) <= {"MO", "AF", "EV", "NI", "MI", "DT"}
    for unit, code in lex.duration_units.items():
        assert code[-1] in "YMWDHS", unit


def test_anaphora_and_relative_durations() -> None:
    assert values("Allies joined the measures on Monday and others the same day.", dt.date(2021, 3, 23), "past") == [
        ("Monday", "2021-03-22"),
        ("the same day", "2021-03-22"),
    ]
    assert values("He left a month later than planned.") == []
    assert values("They struck two days after a referendum.") == [("two days", "P2D")]
    assert values("It came less than two weeks after the truce.") == [("less than two weeks", "P2W")]
    assert values("violated the airspace ten times in five minutes") == [("five minutes", "PT5M")]
    assert values("one week after the vote") == [("one week", "P1W")]


def test_vague_forms_without_a_value() -> None:
    assert values("They urged talks as soon as possible.") == []
    assert values("Hours before the meeting, he spoke.") == [("Hours before", None)]
    assert values("Rain fell for a third consecutive day.") == [("for a third consecutive day", None)]


def test_labels_are_not_years() -> None:
    assert values("under Resolution 2019 and Flight 1907") == []
    assert values("the Law of 2019") == [("2019", "2019")]


def test_as_event_date() -> None:
    from dateline._times import as_event_date

    assert as_event_date("2022-02-04TAF") == "2022-02-04"
    assert as_event_date("2022-02-01T15:00") == "2022-02-01"
    assert as_event_date("2022-02-04") == "2022-02-04"
    assert as_event_date("2022-W05") == "2022-02"
    assert as_event_date("2022-W05-WE") == "2022-02"
    assert as_event_date("2020-W53") == "2020-12"
    assert as_event_date("2022-02") == "2022-02"
    assert as_event_date("2021") == "2021"
    assert as_event_date("2021-SU") == "2021"
    assert as_event_date("2022-Q1") == "2022"
    for v in (None, "P2Y", "PT24H", "199", "18", "XXXX-03-12"):
        assert as_event_date(v) is None


_LONG = (
    "On Tuesday, Feb. 1, 2022, officials said talks held in June 2019 and from 2019 to 2021 would resume "
    "next month. Late on Wednesday, 3,000 troops moved; about 2000 people fled overnight. In the 1990s, "
    "the first quarter of last year and the past two years saw a three-day truce, a 24-hour pause and "
    "talks that lasted five days. Hours later, the day before, the same day, on 04/02/2022 at 3 p.m. "
    "and at 0900 GMT, the vote was set for March 12 of next year, between March and May, last summer."
)


def test_windowed_scan_finds_what_a_full_scan_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline._times._recognise import grammar

    g = grammar()
    texts = [_LONG, _LONG * 3, "x" * 70 + _LONG, _LONG.replace(" ", "  ")]
    windowed = [[(f.start, f.end, f.value) for f in find_times(t, FRI)] for t in texts]
    monkeypatch.setattr(g, "cores", {})
    full = [[(f.start, f.end, f.value) for f in find_times(t, FRI)] for t in texts]
    assert windowed == full
    assert len(windowed[0]) >= 20


def test_any_text_is_safe() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from(list("0123456789/-.,: aefgjmnorstuwyADFJMNOSTW") + ["May ", "June ", "Tuesday ", "2019", "years", "ago", "last "])

    @settings(max_examples=150, deadline=None)
    @given(st.lists(alphabet, max_size=40).map("".join))
    def check(text: str) -> None:
        for f in find_times(text, FRI):
            assert 0 <= f.start < f.end <= len(text)

    check()
