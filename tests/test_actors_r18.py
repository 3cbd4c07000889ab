"""Actor classes of the eighteenth actors round (issue 5's resolution misses): a title with
capitalised words the knowledge base does not know between "the" and it ("the Fianna Fail leader")
is a person named before in that office only when their title was written with those words.
Every sentence here is written for the test."""
from __future__ import annotations

from typing import Any

import pytest

from dateline import Pipeline
from dateline._pipeline import Settings


@pytest.fixture(scope="session")
def pipe(nlp: Any) -> Pipeline:
    return Pipeline(Settings(layers=("places", "actors")), nlp=nlp)


def _names_at(pipe: Pipeline, text: str, word: str) -> list[str]:
    art = pipe.code(text, date="2024-03-05")
    lo = text.index(word)
    return [a.name for a in art.actors if a.span is not None and a.span[0] <= lo < a.span[1]]


def test_leader_of_another_party_is_not_the_leader_named_before(pipe: Pipeline) -> None:
    text = ("GALWAY — The budget debate ended in uproar on Thursday.\n\n"
            "Sinn Nua leader Carmen Walsh called the plan a fraud.\n\n"
            "Joseph Doyle rejected the charge. The Aontas Glas leader said the numbers were audited.")
    assert "Carmen Walsh" not in _names_at(pipe, text, "leader said")


def test_leader_of_the_same_party_is_the_leader_named_before(pipe: Pipeline) -> None:
    text = ("GALWAY — The budget debate ended in uproar on Thursday.\n\n"
            "Sinn Nua leader Carmen Walsh called the plan a fraud.\n\n"
            "The vote was delayed. The Sinn Nua leader said she would not be silenced.")
    assert _names_at(pipe, text, "leader said") == ["Carmen Walsh"]
