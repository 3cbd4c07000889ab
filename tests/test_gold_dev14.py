"""Structure checks for tests/gold/dev14_quotes.jsonl (fifth quote-speaker development set).

Ten articles written and labelled by hand before the coder was run on them (tests/gold/README.md),
to tune the quote-speaker layer: five wire stories (Indonesia's election 2024, Nigeria's #EndSARS
shooting 2020, Israel's judicial-overhaul protests 2023, the Canada–India row 2023, Sri Lanka's IMF
programme 2023) and five imitating machine translation (Portuguese: the Black Sea grain deal's
collapse 2023; Spanish: Cuba's protests 2021; Arabic: Iran's protests 2022; Chinese: Kazakhstan's
unrest 2022 as Beijing saw it; French: Senegal's election delay 2024). They gather the speaker
constructions of issue 5: "X said" and "said X", "X said, adding", post-posed titled speakers
("warned the Iranian president", "had declared the head of the State"), "according to X", "told
reporters", "wrote on Twitter" / "wrote on X", "In a statement, the ministry said", "the statement
said" / "said the note" (the issuer), pronoun and nominal speakers ("the governor wrote"), a quote
after a sentence that introduces its speaker ("He said:", or no cue at all), a speaker named only in
the previous paragraph, collective speakers (crowds chanting: their country; the government, the
army, the Kremlin: their state), unnamed officials (their country), partial quotes, and scare quotes
and names in quotes (speaker null, one or more an article); and the MT mark defects: mismatched
curly marks, guillemets with and without inner spaces, a closing mark missing at a paragraph end, a
quotation reopened in the next paragraph.
"""
from __future__ import annotations

import re
from typing import Any

import pytest

from _gold_helpers import (ISO3, check_distinct, check_quote_article, check_quote_marks, check_size_and_styles, load,
                           quote_span)
from _gold_helpers import quote_paragraph as _paragraph

STYLES = {"wire", "mt-es", "mt-fr", "mt-pt", "mt-ar", "mt-zh"}
MARKS = "\"'“”‘’«»„"
ARTICLES = load("dev14_quotes.jsonl")
OTHER_QUOTE_SETS = ("dev2.jsonl", "dev4_quotes.jsonl", "dev6_quotes.jsonl", "dev10_quotes.jsonl")


def _quotes() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(a, q) for a in ARTICLES for q in a["quotes"]]


def test_size_and_ids() -> None:
    check_size_and_styles(ARTICLES, 10, 5, STYLES)
    assert [a["id"] for a in ARTICLES] == [f"q14-{i:02d}" for i in range(1, 11)]
    check_distinct(ARTICLES, OTHER_QUOTE_SETS)


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_shape(art: dict[str, Any]) -> None:
    check_quote_article(art, STYLES, date_re=r"202[0-4]-\d{2}-\d{2}", words=(170, 260), min_quotes=6)
    assert len(art["quotes"]) <= 9
    # every article has a scare quote or a name in quotes that no one is quoted as saying
    assert any(q["speaker"] is None for q in art["quotes"])


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_quotes(art: dict[str, Any]) -> None:
    check_quote_marks(art, MARKS)


def test_mark_defects_present() -> None:
    quotes = _quotes()
    texts = "\n".join(a["text"] for a in ARTICLES)
    # unclosed at a paragraph end (machine-translated copy only), and a quotation reopened in the next paragraph
    unclosed = [(a, q) for a, q in quotes if a["text"][quote_span(a, q)[1]:][:1] in ("\n", "")]
    assert len(unclosed) >= 2 and all(a["style"] != "wire" for a, _ in unclosed)
    assert any("\n" in q["text"] for _, q in quotes)
    # guillemets with and without inner spaces, straight, curly and single marks, "Y" for "and"
    for mark in ("« ", " »", "«M", "“", "‘", "'", "\"", " Y "):
        assert mark in texts, mark
    assert re.search(r"“[^”\n]*'", texts)  # curly opening, straight closing
    assert re.search(r"“[^”\n]*\"", texts)  # curly opening, straight double closing
    assert re.search(r"'[^'\n]*’", texts)  # straight opening, curly closing
    # guillemets with inner spaces keep them inside the quote text (README, heldout batch two)
    assert any(q["text"].startswith(" ") and q["text"].endswith(" ") for _, q in quotes)


def test_constructions_present() -> None:
    texts = "\n".join(a["text"] for a in ARTICLES)
    for cue in ("said, adding", "according to", "told reporters", "wrote on Twitter", "wrote on X",
                "In a statement,", "the statement said", "said the note", "He said:", "Tokayev said:",
                "warned the Iranian president", "stressed the Kazakhstan President",
                "had declared the head of the State", "affirmed the leader", "declared Guterres",
                "the governor wrote", "the official said", "the Kremlin said", "said that", "so-called",
                "chanting", "chanted", "shouting", "anonymity", "declined to be named"):
        assert cue in texts, cue


def test_speaker_classes() -> None:
    quotes = _quotes()
    # collective speakers: what a crowd chants or shouts is its country's
    crowd = [(a, q) for a, q in quotes
             if re.search(r"\b(chant\w*|shout\w*)\b", a["text"][max(0, quote_span(a, q)[0] - 40):quote_span(a, q)[0]])]
    assert len(crowd) >= 6 and all(q["speaker"] and ISO3.match(q["speaker"]) for _, q in crowd)
    # unnamed officials: every quote in a paragraph about an anonymous source is their country's
    anonymous = [(a, q) for a, q in quotes if re.search(r"anonymity|to be named", _paragraph(a, q))]
    assert len(anonymous) >= 5 and all(q["speaker"] and ISO3.match(q["speaker"]) for _, q in anonymous)
    # "so-called" introduces a scare quote
    scare = [q for a, q in quotes if a["text"][:quote_span(a, q)[0]].endswith(("so-called \"", "so-called “"))]
    assert len(scare) >= 2 and all(q["speaker"] is None for q in scare)
    # a quotation that is a paragraph on its own, with no cue: its speaker comes from the paragraph before
    alone = [q for a, q in quotes if _paragraph(a, q).strip(MARKS + " ") == q["text"].strip(MARKS + " ")]
    assert len(alone) >= 2 and all(q["speaker"] for q in alone)
    # institutions, crowds and unnamed officials by country; IGO speakers by name; many partial quotes
    assert sum(bool(q["speaker"] and ISO3.match(q["speaker"])) for _, q in quotes) >= 18
    assert {"International Monetary Fund", "ECOWAS", "Collective Security Treaty Organization"} <= {
        q["speaker"] for _, q in quotes}
    assert sum(q["kind"] == "partial" and q["speaker"] is not None for _, q in quotes) >= 15
    assert sum(q["speaker"] is None for _, q in quotes) >= 10
