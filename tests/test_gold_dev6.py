"""Structure checks for tests/gold/dev6_quotes.jsonl (third quote-speaker development set).

Ten articles written and labelled by hand before the coder was run on them (tests/gold/README.md):
three wire stories and seven imitating machine translation (Spanish and French twice, Portuguese,
Arabic, Chinese). They gather the marking variety of issue 5 (curly, straight, guillemets with and
without inner spaces, single quotes, German low-high marks, broken MT marks, a closing mark missing
at a paragraph end, a quotation running over paragraphs, apostrophes and nested quotations inside
quotes, em-dash interview answers) and speakers across leadership changes (old and new president,
president-elect), anonymous officials and sources, and spokespeople of IGOs.
"""
from __future__ import annotations

import re
from typing import Any

import pytest

from _gold_helpers import ISO3, check_quote_article, check_quote_marks, check_size_and_styles, load, quote_span

STYLES = {"wire", "mt-es", "mt-zh", "mt-fr", "mt-ar", "mt-pt"}
MARKS = "\"'“”‘’«»„"
ARTICLES = load("dev6_quotes.jsonl")



def test_size_and_ids() -> None:
    check_size_and_styles(ARTICLES, 10, 3, STYLES)


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_shape(art: dict[str, Any]) -> None:
    check_quote_article(art, STYLES, date_re=r"(201[5-9]|202[0-6])-\d{2}-\d{2}", words=(150, 260), min_quotes=9)


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_quotes(art: dict[str, Any]) -> None:
    check_quote_marks(art, MARKS)


def test_hard_cases_present() -> None:
    quotes = [(a, q) for a in ARTICLES for q in a["quotes"]]
    texts = "".join(a["text"] for a in ARTICLES)
    assert sum(q["speaker"] is None for _, q in quotes) >= 12
    # unclosed at a paragraph end, running over paragraphs, em-dash interview answers
    assert sum(a["text"][quote_span(a, q)[1]:][:1] in ("\n", "") for a, q in quotes) >= 4
    assert any("\n" in q["text"] for _, q in quotes)
    assert sum(a["text"][quote_span(a, q)[0] - 2:quote_span(a, q)[0]] == "— " for a, q in quotes) >= 2
    # nested quotations (inside another annotated quote) and apostrophes inside quotes
    nested = [(a, q) for a, q in quotes if any(
        quote_span(a, o)[0] < quote_span(a, q)[0] and quote_span(a, q)[1] < quote_span(a, o)[1] for o in a["quotes"])]
    assert len(nested) >= 4 and all(q["speaker"] is None for _, q in nested)
    assert sum(bool(re.search(r"\w['’]\w", q["text"])) for _, q in quotes) >= 5
    for mark in ("„", "«", "« ", "‘", "'", "\""):
        assert mark in texts
    # institutional and IGO speakers
    assert sum(bool(q["speaker"] and ISO3.match(q["speaker"])) for _, q in quotes) >= 8
