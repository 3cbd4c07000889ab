"""Time expressions of translated and wire copy the first gold set did not cover: parts of the
day after "at"/"in the", dates something is set "for", ages written as years, "the Nth
consecutive night", "last week of <name>". Sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline._times import find_times

WED = dt.date(2024, 3, 13)


def found(text: str, tense: str | None = None) -> list[tuple[str, str | None]]:
    return [(f.text(text), f.value) for f in find_times(text, WED, (lambda s, e: tense) if tense else None)]


def test_part_of_day_after_at_or_in_the():
    assert found("The mayor spoke this Monday at night to the press.", "past") == [
        ("this Monday at night", "2024-03-11TNI")]
    assert found("The vote was held yesterday in the afternoon.", "past") == [("yesterday in the afternoon", "2024-03-12TAF")]


def test_date_set_for_is_ahead_even_after_a_past_verb():
    assert ("March 29", "2024-03-29") in found("The unions called a national strike for March 29.", "past")
    assert ("Friday", "2024-03-15") in found("The bloc convened an emergency summit for Friday.", "past")
    # a possessive weekday after "for" is the past event's day
    assert ("Monday", "2024-03-11") in found("Two men were charged for Monday's attack.", "past")


def test_years_of_age_are_not_a_duration():
    assert found("said the senator Ana Ruiz, of 41 years, in the chamber.") == []
    assert found("The activist, aged 29 years, was released.") == []
    assert found("a prison term of 12 years") == [("12 years", "P12Y")]


def test_ordinal_consecutive_period_with_the_is_vague():
    (got,) = found("Troops patrolled the capital for the fourth consecutive night.")
    assert got[0].endswith("the fourth consecutive night") and got[1] is None


def test_last_week_of_a_name_is_last_week():
    assert ("last week", "2024-W10") in found("The dismissal last week of the army chief shocked Lima.")
    assert not any(v == "P1W" for _, v in found("in the last week of June the talks stalled"))
