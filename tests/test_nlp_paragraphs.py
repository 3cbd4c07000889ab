"""A blank line ends a sentence, whatever the parser would have made of it."""

from __future__ import annotations

import pytest

from dateline._nlp import PARAGRAPHS, load_model


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_model()


def test_the_component_runs_before_the_parser(nlp) -> None:  # type: ignore[no-untyped-def]
    names = nlp.pipe_names
    assert names.index(PARAGRAPHS) < names.index("parser")


def test_a_paragraph_ending_on_an_abbreviation_is_not_glued_to_the_next(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The talks ended on Sunday in Washington D.C.\n\nAnalysts warned of a new cold war.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[-1] == "Analysts warned of a new cold war."


def test_single_line_breaks_and_plain_text_are_left_to_the_parser(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The minister, who arrived\non Monday, met the\nprime minister.")
    assert len(list(doc.sents)) == 1
