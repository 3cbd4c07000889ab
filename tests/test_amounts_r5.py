"""Amounts, round 5: classes of money and counts found missing on fresh text (dev11_facts, dev8).

Every sentence here is written for the test; none is taken from a gold set.
"""

from __future__ import annotations

import pytest
from _facts_helpers import amounts, facts_pipeline

from dateline._amounts import country_context, find_money


def _money(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in find_money(text, lambda: country_context(text))]


def test_a_nationality_word_names_the_shared_currency() -> None:
    assert _money("A bag of rice sells for 45,000 Burundian francs in Gitega.") == [
        ("45,000 Burundian francs", 45000, "BIF")]
    assert _money("Fuel now costs 900 Omani riyals a barrel, traders said.")[0][2] == "OMR"
    assert _money("The fine was 3,000 Tunisian dinars.")[0][2] == "TND"
    assert _money("They paid 200 Ugandan shillings.")[0][2] == "UGX"
    # qualified names written in the data keep their code; a bare shared name keeps its default
    assert _money("The state lent 5 million Kuwaiti dinars.")[0][2] == "KWD"
    assert _money("It raised 40 million Swiss francs.")[0][2] == "CHF"


def test_cfa_franc_forms_and_the_zone_of_the_article() -> None:
    assert _money("Bamako set aside 12 billion FCFA for the harvest.") == [("12 billion FCFA", 12e9, "XOF")]
    assert _money("A ticket costs 500 francs CFA in Dakar.")[0][2] == "XOF"
    # Central Africa's CFA franc where the article is about a BEAC country
    assert _money("YAOUNDE, Cameroon - The council approved 8 billion CFA francs for roads.")[0][2] == "XAF"


def test_thousands_written_with_a_space_before_a_currency() -> None:
    assert _money("A litre of petrol reached 1 175 francs CFA in Niamey.") == [("1 175 francs CFA", 1175, "XOF")]
    # a day number before a count is not one figure with it
    assert _money("On March 5 250 soldiers arrived.") == []


def test_a_dot_separates_thousands_in_an_article_that_writes_decimal_commas() -> None:
    text = "The dinar fell to 3.250 Libyan dinars per euro, and the bank sought 1,8 billion euros."
    assert _money(text)[0][1:] == (3250, "LYD")
    assert _money("The dinar fell to 3.250 Libyan dinars per euro.")[0][1] == 3.25  # English decimals otherwise


def test_a_second_sum_written_without_its_currency_takes_the_one_before() -> None:
    text = "Tokyo promised 200 million dollars for the new port and 45 million for schools."
    assert _money(text)[1] == ("45 million", 45_000_000, "USD")
    assert _money("Brussels gave 3 billion euros Y 400 million to the fund.")[1][1:] == (400_000_000, "EUR")
    # a figure counting people is not money
    assert _money("It gave $5 million and 3 million people fled.") == [("$5 million", 5_000_000, "USD")]




@pytest.fixture(scope="module")
def pipe(nlp):  # type: ignore[no-untyped-def]
    return facts_pipeline(nlp)


def test_others_counts_what_the_count_before_it_counted(pipe) -> None:  # type: ignore[no-untyped-def]
    got = amounts(pipe, "The ambush killed three policemen and wounded nine others near the border.")
    assert ("nine others", 9, "policemen", "injured") in got
    # with no count before it, "others" still counts nothing
    assert not [a for a in amounts(pipe, "Nine others were waiting outside.") if a[0].startswith("Nine")]


def test_a_nationality_word_between_a_figure_and_its_casualty_word(pipe) -> None:  # type: ignore[no-untyped-def]
    got = amounts(pipe, "The shelling left 9 Sudanese dead in the market.")
    assert [(a[1], a[2], a[3]) for a in got] == [(9, "people", "killed")]


def test_a_part_of_a_count_of_its_own(pipe) -> None:  # type: ignore[no-untyped-def]
    got = amounts(pipe, "Only 800 of its 12,000 former residents stayed in the town.")
    assert ("800", 800, "residents", "count") in got
    assert ("12,000 former residents", 12000, "residents", "count") in got
    got = amounts(pipe, "Only 800 of its 12,000 inhabitants stayed in the town.")
    assert ("800", 800, "inhabitants", "count") in got


def test_a_figure_set_against_the_count_before_it(pipe) -> None:  # type: ignore[no-untyped-def]
    got = amounts(pipe, "The motion passed by 48 votes against 12 in the chamber.")
    assert ("12", 12, "votes", "count") in got


# -- times found missing on the same fresh text


def test_times_more_units_since_the_weekend_and_several_days() -> None:
    import datetime

    from dateline._times import find_times

    def got(text: str) -> list[tuple[str, str | None]]:
        return [(text[f.start : f.end], f.value) for f in find_times(text, datetime.date(2022, 6, 14))]

    assert got("The envoy will stay three more weeks.") == [("three more weeks", "P3W")]
    assert got("Shops have stayed shut since the weekend.") == [("the weekend", "2022-W23-WE")]
    assert got("The road reopened after several days of clashes.") == [("after several days", None)]
    assert got("The siege has lasted since several months.") == [("since several months", None)]
