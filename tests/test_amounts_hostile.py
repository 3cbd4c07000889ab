"""Figures too long for a float are no amounts, and never break the layer."""

from __future__ import annotations

import json

import pytest

import dateline


@pytest.mark.parametrize("text", [
    "It costs $" + "9" * 320 + ".",
    "Some " + "9" * 400 + " people were killed.",
    "Some 9," + "999," * 120 + "999 troops moved.",
])
def test_a_figure_of_hundreds_of_digits_is_dropped_without_a_layer_failure(text: str) -> None:
    art = dateline.code(text, date="2024-01-01")
    assert not art.warnings and not art.errors
    assert art.amounts == []


def test_ordinary_amounts_beside_an_overlong_one_are_kept_and_serialisable() -> None:
    art = dateline.code("The deal is worth $1.5bn and 9" + "9" * 330 + " billion euros.", date="2024-01-01")
    assert [(a.value, a.unit) for a in art.amounts] == [(1_500_000_000, "USD")]
    json.dumps([a.value for a in art.amounts], allow_nan=False)
