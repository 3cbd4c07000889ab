"""Event dates in "(main clause), a day after X did Y" sentences: the offset counts from the main
clause's date (docs/events.md, "Event dates"). Sentences written for this test."""

from __future__ import annotations

import pytest

import dateline


def _date_of(text: str, date: str, trigger: str) -> tuple[str | None, str | None]:
    art = dateline.code(text, date=date)
    hits = [e for e in art.events if e.trigger.text == trigger]
    assert hits, f"no event at {trigger!r}: {[(e.type, e.trigger.text) for e in art.events]}"
    return hits[0].date, hits[0].date_source


@pytest.mark.parametrize(("text", "date", "trigger", "want"), [
    # a day / two days after: the main clause's weekday minus the offset
    ("ABUJA — Nigeria recalled its ambassador from Niamey on Tuesday, a day after Nigerien troops attacked "
     "a border post near Illela.", "2023-08-10", "attacked", "2023-08-07"),
    ("TUNIS — A court jailed the opposition leader on Friday, two days after Tunisian police raided his "
     "home in La Marsa.", "2023-04-22", "raided", "2023-04-19"),
    # hours after: the main clause's day itself
    ("RABAT — The two foreign ministers met in Rabat on Monday, hours after rebels shelled the port of "
     "Dakhla.", "2024-02-14", "shelled", "2024-02-12"),
    # before counts forward
    ("KYIV — The German foreign minister visited Kyiv on Monday, a day before Russian forces shelled the "
     "city again.", "2024-05-23", "shelled", "2024-05-21"),
    # any count the times layer reads as days or weeks
    ("ADDIS ABABA — The two prime ministers met on Saturday, eight days after Eritrean troops shelled "
     "the town of Zalambessa.", "2018-07-10", "shelled", "2018-06-29"),
    # a conjunct of the clause shares its offset
    ("KHARTOUM — The African Union suspended Sudan on Wednesday, two days after Sudanese troops stormed the "
     "cabinet office and arrested the prime minister.", "2021-10-29", "arrested", "2021-10-25"),
])
def test_offset_clause_counts_from_the_main_clause(text: str, date: str, trigger: str, want: str) -> None:
    got, source = _date_of(text, date, trigger)
    assert (got, source) == (want, "offset")


@pytest.mark.parametrize(("text", "date", "trigger", "want"), [
    # a date of the clause's own wins over the offset
    ("NEW DELHI — The talks opened on Friday, less than two weeks after India and Pakistan agreed to a "
     "ceasefire on May 10.", "2025-05-23", "agreed", "2025-05-10"),
    # no number to count: no offset
    ("BAMAKO — The junta expelled the French ambassador on Monday, days after French troops attacked a "
     "convoy near Gao.", "2022-02-01", "attacked", None),
])
def test_no_offset_without_a_countable_gap(text: str, date: str, trigger: str, want: str | None) -> None:
    got, source = _date_of(text, date, trigger)
    assert source != "offset"
    if want is not None:
        assert got == want
