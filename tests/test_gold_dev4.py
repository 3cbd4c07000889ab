"""Structure checks for tests/gold/dev4_quotes.jsonl (second quote-speaker development set).

Ten articles written and labelled by hand before the coder was run on them (tests/gold/README.md):
three wire stories and seven imitating machine translation (Spanish, Chinese, French, Arabic,
Portuguese), dense in quotations and speaker constructions.
"""
from __future__ import annotations

from typing import Any

import pytest

from _gold_helpers import ISO3, check_closing_marks, check_quote_article, check_quote_entry, check_size_and_styles, load

STYLES = {"wire", "mt-es", "mt-zh", "mt-fr", "mt-ar", "mt-pt"}
MARKS = "\"'“”‘’«»"
ARTICLES = load("dev4_quotes.jsonl")


def test_size_and_ids() -> None:
    check_size_and_styles(ARTICLES, 10, 3, STYLES)


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_shape(art: dict[str, Any]) -> None:
    check_quote_article(art, STYLES, date_re=r"(201[5-9]|202[0-6])-\d{2}-\d{2}", words=(150, 260), min_quotes=8,
                        optional={"actors"})


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_quotes(art: dict[str, Any]) -> None:
    text = art["text"]
    for q in art["quotes"]:
        check_quote_entry(text, q)
        # the annotated text sits between quotation marks (possibly mismatched MT marks); in
        # machine-translated copy a closing mark may be missing at the end of a paragraph
        start = text.index(q["text"])
        end = start + len(q["text"])
        assert text[start - 1] in MARKS, q["text"]
        check_closing_marks(art, q, end, MARKS)


def test_hard_cases_present() -> None:
    quotes = [(a, q) for a in ARTICLES for q in a["quotes"]]
    assert sum(q["speaker"] is None for _, q in quotes) >= 8
    # unclosed at a paragraph end, and running over paragraphs
    assert sum(a["text"][a["text"].index(q["text"]) + len(q["text"]):][:1] in ("\n", "") for a, q in quotes) >= 3
    assert any("\n" in q["text"] for _, q in quotes)
    # institutional speakers as ISO3 codes
    assert sum(bool(q["speaker"] and ISO3.match(q["speaker"])) for _, q in quotes) >= 8
