"""Structure checks for tests/gold/dev28_quotes.jsonl (eighth quote-speaker development set).

Ten articles written and labelled by hand before the coder was run on them (tests/gold/README.md),
a TUNING set for the quote-speaker layer: five wire stories (Biden withdraws from the 2024 race, the
day after Scholz fired Lindner 2024, the ANC's offer of a unity government after losing its majority
2024, Dissanayake sworn in as Sri Lanka's president 2024, Starmer's first speech in Downing Street 2024)
and five imitating machine translation (French: Macron dissolves the National Assembly 2024; Spanish:
Sánchez pauses to weigh resigning 2024; Chinese: Xi opens the 20th party congress 2022; Arabic: Saied
suspends Tunisia's parliament 2021; Portuguese: Montenegro's AD wins Portugal's election 2024). They
gather the speaker constructions of issue 5: "X said" and "said X", "X said, adding", post-posed titled
and nominal speakers ("warned the Chinese leader", "declared the head of State", "assured the socialist
leader", "said the new president", "confided this minister"), "according to", "told reporters", "wrote
on X", "In a statement, the commission/ministry/Presidency said" (the issuer) and "the statement said"
(the same issuer), pronoun and nominal speakers ("he wrote", "the 66-year-old said", "the vice
president said", "the official said"), a quote after a sentence that introduces its speaker ("He said:",
"...leaders:", "said to this reporter:") or after a paragraph ending in a colon, two or three speakers
alternating (Scholz and Lindner; Montenegro, Pedro Nuno Santos and Ventura), collective speakers (crowds
chanting or shouting: their country), unnamed officials and sources (their country), partial quotes,
scare quotes and names in quotes (speaker null, one an article); and the MT mark defects: mismatched
curly and straight marks, guillemets with and without inner spaces, a closing mark missing at a
paragraph end or at the article's end, a quotation reopened in the next paragraph.
"""
from __future__ import annotations

import re
from typing import Any

import pytest

from _gold_helpers import (ISO3, check_distinct, check_quote_article, check_quote_marks, check_size_and_styles, load,
                           quote_span)
from _gold_helpers import (text_after_quote as _after, text_before_quote as _before, is_country as _is_country,
                           quote_paragraph as _paragraph)

STYLES = {"wire", "mt-es", "mt-fr", "mt-pt", "mt-ar", "mt-zh"}
MARKS = "\"'“”‘’«»„"
ARTICLES = load("dev28_quotes.jsonl")
OTHER_QUOTE_SETS = ("dev2.jsonl", "dev4_quotes.jsonl", "dev6_quotes.jsonl", "dev10_quotes.jsonl",
                    "dev14_quotes.jsonl", "dev18_quotes.jsonl", "dev23_quotes.jsonl")


def _quotes() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(a, q) for a in ARTICLES for q in a["quotes"]]


def _article(id_: str) -> dict[str, Any]:
    return next(a for a in ARTICLES if a["id"] == id_)


def test_size_and_ids() -> None:
    check_size_and_styles(ARTICLES, 10, 5, STYLES)
    assert [a["id"] for a in ARTICLES] == [f"q28-{i:02d}" for i in range(1, 11)]
    check_distinct(ARTICLES, OTHER_QUOTE_SETS)


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_shape(art: dict[str, Any]) -> None:
    check_quote_article(art, STYLES, date_re=r"202[1-4]-\d{2}-\d{2}", words=(170, 260), min_quotes=6)
    assert len(art["quotes"]) <= 9
    # every article has a scare quote or a name in quotes that no one is quoted as saying
    assert any(q["speaker"] is None for q in art["quotes"])


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_quotes(art: dict[str, Any]) -> None:
    check_quote_marks(art, MARKS)


def test_mark_defects_present() -> None:
    quotes = _quotes()
    texts = "\n".join(a["text"] for a in ARTICLES)
    # unclosed at a paragraph end or the article's end (machine-translated copy only), each with its speaker
    unclosed = [(a, q) for a, q in quotes if a["text"][quote_span(a, q)[1]:][:1] in ("\n", "")]
    assert len(unclosed) >= 3 and all(a["style"] != "wire" and q["speaker"] for a, q in unclosed)
    assert any(a["text"].endswith(q["text"]) for a, q in unclosed)
    # quotations reopened in the next paragraph: one quote, its text spanning the break, one speaker
    reopened = [(a, q) for a, q in quotes if "\n" in q["text"]]
    assert len(reopened) >= 2 and all(a["style"] != "wire" and q["speaker"] for a, q in reopened)
    for mark in ("« ", " »", "“", "”", "'", "\"", " Y ", " ,", " .", "Partywhich"):
        assert mark in texts, mark
    assert re.search(r"«\w", texts) and re.search(r"\w»", texts)  # guillemets without inner spaces
    assert re.search(r"“[^”\n]*'", texts)  # curly opening, straight single closing
    assert re.search(r"\"[^\"\n]*”", texts)  # straight opening, curly closing
    assert re.search(r"\"[^\"\n]*'", texts)  # straight double opening, straight single closing
    # guillemets with inner spaces keep them inside the quote text (README, heldout batch two)
    assert sum(q["text"].startswith(" ") and q["text"].endswith(" ") for _, q in quotes) >= 4


def test_constructions_present() -> None:
    texts = "\n".join(a["text"] for a in ARTICLES)
    for cue in ("Biden wrote on X", "Wickremesinghe wrote on X", "wrote on X that", "wrote on his Truth Social platform",
                "Sunak said, adding", "said Steenhuisen, adding", "he wrote, adding", "According to", "told reporters",
                "In a statement, the Electoral Commission said", "In a statement, India's foreign ministry said",
                "In a statement, the Presidency of the Republic said", "the statement said", "He said: \"",
                "He said:\n\n", "leaders: «", "this reporter: “", "journalists in front of",
                "the 66-year-old said", "the 55-year-old said", "affirmed the 28-year-old", "affirmed the 41-year-old",
                "the vice president said", "the Free Democrat leader told reporters", "said the new president",
                "warned the Chinese leader", "declared the head of State", "continued the head of the government",
                "declared the popular leader", "assured the socialist leader", "guaranteed the future Prime minister",
                "confirmed the Tunisian president", "pointed out the general secretary", "confided this minister",
                "Scholz replied", "the official said", "said the official", "so-called", "chanted", "chanting",
                "shouted", "anonymity", "asked not to be named", "asked not to be identified",
                "requested to not be identified", "requested to not be named", "asked to not be identified"):
        assert cue in texts, cue


def _changes(art: dict[str, Any]) -> list[tuple[str, str]]:
    named = [q["speaker"] for q in sorted(art["quotes"], key=lambda q: quote_span(art, q)[0]) if q["speaker"]]
    return [(x, y) for x, y in zip(named, named[1:]) if x != y]


def test_alternating_speakers() -> None:
    # two speakers answering each other: Scholz and Lindner trade the floor at least three times
    assert sum({x, y} == {"Olaf Scholz", "Christian Lindner"} for x, y in _changes(_article("q28-02"))) >= 3
    # three party leaders in turn on election night
    leaders = {"Luís Montenegro", "Pedro Nuno Santos", "André Ventura"}
    art = _article("q28-10")
    assert leaders <= {q["speaker"] for q in art["quotes"]}
    assert sum(x in leaders and y in leaders for x, y in _changes(art)) >= 2


def test_speaker_classes() -> None:
    quotes = _quotes()
    # collective speakers: what a crowd chants or shouts is its country's
    crowd = [(a, q) for a, q in quotes if re.search(r"\b(chant\w*|shout\w*)\s*$", _before(a, q, 40))]
    assert len(crowd) >= 8 and all(_is_country(q["speaker"]) for _, q in crowd)
    # unnamed officials and sources: every quote in a paragraph about an anonymous source is their country's
    anonymous = [(a, q) for a, q in quotes
                 if re.search(r"anonymity|not to be named|not be named|not to be identified|not be identified",
                              _paragraph(a, q))]
    assert len(anonymous) >= 8 and all(_is_country(q["speaker"]) for _, q in anonymous)
    assert len({a["id"] for a, _ in anonymous}) >= 8
    unnamed = [q for a, q in quotes if re.match(r",? ?(the official said|said the official)", _after(a, q, 25))]
    assert len(unnamed) >= 4 and all(_is_country(q["speaker"]) for q in unnamed)
    # "so-called" introduces a scare quote or a name in quotes
    scare = [q for a, q in quotes
             if re.search(r"so-called [\"“«']$", _before(a, q, 12) + a["text"][quote_span(a, q)[0] - 1])]
    assert len(scare) >= 8 and all(q["speaker"] is None for q in scare)
    # a quotation that is a paragraph on its own, after a paragraph ending in a colon: that paragraph's speaker
    alone = [(a, q) for a, q in quotes if _paragraph(a, q).strip(MARKS + " ") == q["text"].strip(MARKS + " ")]
    assert alone and all(q["speaker"] for _, q in alone)
    assert all(_before(a, q, 3).endswith(":\n\n") for a, q in alone)
    # a quote after a colon in the same sentence ("He said: ...", "...leaders: «...»")
    after_colon = [(a, q) for a, q in quotes if _before(a, q, 2) == ": "]
    assert len(after_colon) >= 5 and all(q["speaker"] for _, q in after_colon)
    # post-posed speakers in machine-translated copy (", warned the Chinese leader", "», confided this minister")
    postposed = [(a, q) for a, q in quotes if a["style"] != "wire"
                 and re.match(r",? ?(said|declared|affirmed|continued|confided|confessed|warned|pointed out|"
                              r"guaranteed|assured|confirmed|wrote) (the|this|a|Montero|Montenegro)\b", _after(a, q, 40))]
    assert len(postposed) >= 12 and all(q["speaker"] for _, q in postposed)
    # nominal speakers by age are people, never their country
    aged = [q for a, q in quotes if re.search(r"\d+-year-old", _after(a, q, 30))]
    assert len(aged) >= 4 and all(q["speaker"] and not _is_country(q["speaker"]) for q in aged)
    # pronoun speakers ("he wrote", "he said", "he added") resolve to a named person
    pronoun = [q for a, q in quotes if re.match(r",? ?he (said|wrote|added)\b", _after(a, q, 15))]
    assert len(pronoun) >= 4 and all(q["speaker"] and not _is_country(q["speaker"]) for q in pronoun)
    # a statement's issuer: the first quote of a paragraph with "In a statement," is the institution's,
    # and "the statement said" in the same paragraph is the same issuer's
    issued: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for a, q in quotes:
        if "In a statement," in _paragraph(a, q):
            issued.setdefault((a["id"], _paragraph(a, q)), []).append(q)
    assert len(issued) >= 3 and all(_is_country(qs[0]["speaker"]) for qs in issued.values())
    said = [(a, q) for a, q in quotes if re.match(r",? ?the statement said", _after(a, q, 25))]
    assert len(said) >= 2
    for a, q in said:
        assert q["speaker"] == issued[(a["id"], _paragraph(a, q))][0]["speaker"]
    # institutions, crowds and unnamed officials by country; many partial quotes; a null in every article
    assert sum(_is_country(q["speaker"]) for _, q in quotes) >= 20
    assert sum(q["kind"] == "partial" and q["speaker"] is not None for _, q in quotes) >= 15
    assert sum(q["speaker"] is None for _, q in quotes) >= 10
