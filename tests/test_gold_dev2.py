"""Structure checks for tests/gold/dev2.jsonl (quote-speaker development set)."""
from __future__ import annotations

from typing import Any

import pytest

from _gold_helpers import check_quote_article, check_quote_entry, check_size_and_styles, load

STYLES = {"wire", "mt-es", "mt-zh", "mt-fr", "mt-ar", "mt-pt", "mt-ru"}
ARTICLES = load("dev2.jsonl")


def test_size_and_ids() -> None:
    check_size_and_styles(ARTICLES, 8, 2, STYLES)


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_shape(art: dict[str, Any]) -> None:
    check_quote_article(art, STYLES, words=(150, 220), min_quotes=6, optional={"actors"})


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_quotes(art: dict[str, Any]) -> None:
    text = art["text"]
    for q in art["quotes"]:
        check_quote_entry(text, q)
        # the annotated text sits between quotation marks (possibly mismatched MT marks)
        start = text.index(q["text"])
        before, after = text[start - 1], text[start + len(q["text"])]
        assert before in "\"'“”‘’«»" and after in "\"'“”‘’«»", q["text"]


def test_null_speakers_present() -> None:
    assert sum(q["speaker"] is None for a in ARTICLES for q in a["quotes"]) >= 5
