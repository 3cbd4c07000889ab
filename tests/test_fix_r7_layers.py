"""Review fixes to the seventh session's times/amounts/places/actors/quotes rules (own sentences)."""

from __future__ import annotations

import pytest

from _facts_helpers import amounts, facts_pipeline, places, times


@pytest.fixture(scope="module")
def pipe(nlp):
    return facts_pipeline(nlp)


def _at(found: dict[str, str | None], part: str) -> str | None:
    (value,) = [v for t, v in found.items() if part in t]
    return value


def _money(found: list[tuple[str, float | int, str, str]]) -> dict[str, tuple[float | int, str]]:
    return {t: (v, u) for t, v, u, k in found if k == "money"}


def test_a_capitalised_word_after_a_bare_ordinal_day_is_no_past_verb(pipe):
    # "on the 4th Armored Brigade" is a unit, not the 4th of the month
    found = times(pipe, "Russian troops moved on the 4th Armored Brigade's positions near the river.", "2024-04-20")
    assert not [t for t in found if "4th" in t]
    # a lower-case past verb still makes it a day: "on the 4th stormed the building"
    found = times(pipe, "Protesters gathered in the square and on the 4th stormed the building.", "2024-04-20")
    assert _at(found, "4th") == "2024-04-04"


def test_slovak_crowns_are_no_euros(pipe):
    # Slovakia's crown (SKK) is gone: "crowns" in a Slovak story is not read as the euro
    found = _money(amounts(pipe, "BRATISLAVA, Slovakia — The Slovak cabinet approved 3 billion crowns for flood "
                                 "repairs, Slovak officials said."))
    assert all(u != "EUR" for v, u in found.values())
