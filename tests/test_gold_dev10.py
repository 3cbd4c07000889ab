"""Structure checks for tests/gold/dev10_quotes.jsonl (fourth quote-speaker development set).

Ten articles written and labelled by hand before the coder was run on them (tests/gold/README.md):
five wire stories and five imitating machine translation (Spanish, French, Portuguese, Arabic,
Russian), on regions the earlier quote sets do not cover (Korea, Kenya, Bangladesh, Guyana and
Venezuela, Poland, Ecuador and Mexico, the Sahel, Mozambique, Libya, the Caucasus). They gather the
speaker constructions of issue 5: "X said" and "said X", post-posed titled speakers ("warned the
president"), "according to X", "told reporters", "wrote on X", "in a statement, the ministry said",
"the statement said" (its issuer), pronoun and nominal speakers, a speaker introduced in the sentence
before "He said:", a speaker named only in the previous paragraph, partial quotes inside reported
speech, indirect "said that" speech (not annotated), scare quotes and names in quotes (speaker null),
collective speakers (crowds chanting: their country), anonymous officials (their country) and em-dash
interview answers; and the MT defects: mismatched curly marks, guillemets with and without spaces,
"Y" for "and", a quotation reopened in the next paragraph, a closing mark missing at a paragraph end.
"""
from __future__ import annotations

import re
from typing import Any

import pytest

from _gold_helpers import ISO3, check_quote_article, check_quote_marks, check_size_and_styles, load, quote_span

STYLES = {"wire", "mt-es", "mt-fr", "mt-pt", "mt-ar", "mt-ru"}
MARKS = "\"'“”‘’«»„"
ARTICLES = load("dev10_quotes.jsonl")



def test_size_and_ids() -> None:
    check_size_and_styles(ARTICLES, 10, 5, STYLES)
    others = {a["id"] for name in ("dev2.jsonl", "dev4_quotes.jsonl", "dev6_quotes.jsonl") for a in load(name)}
    assert not others & {a["id"] for a in ARTICLES}


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_shape(art: dict[str, Any]) -> None:
    check_quote_article(art, STYLES, date_re=r"(201[5-9]|202[0-6])-\d{2}-\d{2}", words=(150, 260), min_quotes=5)
    assert len(art["quotes"]) <= 8


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_quotes(art: dict[str, Any]) -> None:
    check_quote_marks(art, MARKS)


def test_hard_cases_present() -> None:
    quotes = [(a, q) for a in ARTICLES for q in a["quotes"]]
    texts = "\n".join(a["text"] for a in ARTICLES)
    # scare quotes and names in quotes, one or more per article on average
    assert sum(q["speaker"] is None for _, q in quotes) >= 7
    # unclosed at a paragraph end, running over paragraphs, em-dash interview answers
    assert any(a["text"][quote_span(a, q)[1]:][:1] == "\n" for a, q in quotes)
    assert any("\n" in q["text"] for _, q in quotes)
    assert sum(a["text"][quote_span(a, q)[0] - 2:quote_span(a, q)[0]] == "— " for a, q in quotes) >= 2
    for mark in ("«", "« ", "“", "'", "\"", " Y "):
        assert mark in texts
    assert re.search(r"“[^”\n]*“", texts)  # mismatched curly marks
    # the constructions: each cue occurs in the texts
    for cue in ("according to", "told reporters", "wrote on X", "In a statement,", "the statement said",
                "He said:", "said that", "so-called", "chanting", "anonymity", "warned the president"):
        assert cue in texts, cue
    # institutional, collective and anonymous speakers by country; IGO speakers and officials
    assert sum(bool(q["speaker"] and ISO3.match(q["speaker"])) for _, q in quotes) >= 12
    assert sum(q["kind"] == "partial" and q["speaker"] is not None for _, q in quotes) >= 12
