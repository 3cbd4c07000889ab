"""Times, amounts and places, twelfth facts round (issue 6: the fact layers on text nobody tuned on).
One test per class of text; every sentence is written for these tests, none is taken from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import amounts, facts_pipeline, places, times


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


def _money(found: list[tuple[str, float | int, str, str]]) -> dict[str, tuple[float | int, str]]:
    return {t: (v, u) for t, v, u, k in found if k == "money"}


# -- amounts --------------------------------------------------------------------------------------


def test_a_currency_name_several_countries_use_takes_the_story_country(pipe):
    # crowns (koruna, krona, krone) and dirhams are read as the currency of the country the story is about
    found = _money(amounts(pipe, "BRNO, Czech Republic — The cabinet approved 12 billion crowns for roads damaged "
                                 "by the storm, Czech officials said."))
    assert found["12 billion crowns"] == (12_000_000_000, "CZK")
    found = _money(amounts(pipe, "RABAT, Morocco — Each family will receive 25,000 dirhams to rebuild, the Moroccan "
                                 "government said."))
    assert found["25,000 dirhams"] == (25_000, "MAD")
    found = _money(amounts(pipe, "Abu Dhabi said it would lend 40 million dirhams to small firms."))
    assert found["40 million dirhams"] == (40_000_000, "AED")
    # a common noun stays a count without a scale or a money figure
    assert not _money(amounts(pipe, "The museum shows four crowns of the old kings."))


def test_a_currency_symbol_several_countries_use_takes_the_story_country(pipe):
    found = _money(amounts(pipe, "POKHARA, Nepal — The Nepalese cabinet announced Rs 75,000 for each family whose "
                                 "house was destroyed."))
    assert found["Rs 75,000"] == (75_000, "NPR")
    found = _money(amounts(pipe, "LAHORE, Pakistan — Each victim's family will get Rs 1 million, Pakistani officials said."))
    assert found["Rs 1 million"] == (1_000_000, "PKR")
    found = _money(amounts(pipe, "The state set aside Rs 500 crore for the new bridge."))
    assert found["Rs 500 crore"][1] == "INR"


def test_a_range_whose_low_figure_writes_its_own_scale_is_the_low_figure(pipe):
    found = _money(amounts(pipe, "Analysts put the losses at between 4 billion and 6 billion dollars this year."))
    assert found["between 4 billion and 6 billion dollars"] == (4_000_000_000, "USD")
    found = _money(amounts(pipe, "The port lost between 10 and 15 million euros."))
    assert found["between 10 and 15 million euros"] == (10_000_000, "EUR")


def test_a_currency_in_brackets_after_a_sum_wins(pipe):
    found = _money(amounts(pipe, "The city pays 30,000 yuan (New Taiwan dollars) to each injured resident."))
    assert found["30,000 yuan (New Taiwan dollars)"] == (30_000, "TWD")
    found = _money(amounts(pipe, "The ministry pledged 2 million dollars (USD) in relief."))
    assert found["2 million dollars (USD)"] == (2_000_000, "USD")
    # a bracket that names no currency is not part of the sum
    found = _money(amounts(pipe, "The bank lent 5 million euros (about half of the cost) to the town."))
    assert found["5 million euros"] == (5_000_000, "EUR")
