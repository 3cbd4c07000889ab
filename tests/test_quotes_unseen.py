"""Quotes on machine-translated and wire text the first gold set did not cover: closing marks
written as openers or from the other family, a dateline the parser takes for the subject, and a
titled speaker named earlier under a name the model does not tag as a person. Sentences are
written for these tests; the actors layer is not used."""

from __future__ import annotations

from typing import Any

import pytest

from dateline._pipeline import Context, Settings
from dateline._quotes import QuotesLayer
from dateline._quotes.marks import find_quotes
from dateline._records import Article, Quote
from dateline._textprep import prepare


def texts(text: str) -> list[str]:
    return [q.text(text) for q in find_quotes(text) if not q.nested]


def test_closing_mark_written_as_an_opener_closes():
    text = "The office called the plan “ an act of good faith “ after a long review. Nothing else changed."
    assert texts(text) == ["an act of good faith"]
    text = "She said the reform “ helps the poorest “. He added more later."
    assert texts(text) == ["helps the poorest"]


def test_single_mark_closing_a_double_quote_before_a_cue():
    text = "“Our door stays open to dialogue ' , added the Korean envoy at the close."
    assert texts(text) == ["Our door stays open to dialogue"]


def test_real_single_quotes_inside_a_double_quote_still_nest():
    text = "“They call it a 'special measure' and nothing more,” the minister said."
    assert texts(text) == ["They call it a 'special measure' and nothing more,"]


@pytest.fixture(scope="module")
def run(nlp: Any):
    layer = QuotesLayer(Settings())

    def _run(text: str) -> list[Quote]:
        prep = prepare(text)
        ctx = Context(Article(id="t", text=text), prep, nlp(prep.clean), Settings())
        layer(ctx)
        return [q for q in ctx.article.quotes if q.kind != "indirect"]

    return _run


def test_dateline_is_not_the_speaker(run):
    text = ("LIMA - The president Dina Boluarte vowed on Monday to answer the protests “with the full "
            "weight of the law” before the congress.")
    (q,) = run(text)
    assert q.speaker is not None and "Boluarte" in q.speaker.name


def test_titled_speaker_resolves_to_a_name_in_apposition(run):
    text = ("The central bank will cut its rate by half a point, announced on Tuesday the minister of "
            "Economy, Sergio Massa.\n\n“This is the first step towards stability”, affirmed the official "
            "before the press.")
    (q,) = run(text)
    assert q.speaker is not None and q.speaker.name == "Sergio Massa"
