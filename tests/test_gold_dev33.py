"""Structure checks for tests/gold/dev33_quotes.jsonl (ninth quote-speaker development set).

Ten articles written and labelled by hand before the coder was run on them (tests/gold/README.md),
a TUNING set for the quote-speaker layer: five wire stories (Trump's conviction in New York and the
reactions 2024, Humza Yousaf resigns as Scotland's first minister 2024, Netanyahu addresses the US
Congress 2024, Mark Carney sworn in as Canada's prime minister 2025, Harris accepts the Democratic
nomination 2024) and five imitating machine translation (French: Attal named prime minister 2024;
Spanish: Milei's speech at Davos 2024; Chinese: Li Qiang's first press conference as premier 2023;
Arabic: Sisi sworn in for a third term 2024; Portuguese: Lula opens the UN General Assembly debate
2023). The brief's Sunak-election and Trudeau-resignation topics were already in dev23_quotes, so the
Yousaf and Carney stories replace them. They gather the speaker constructions of issue 5: "X said" and
"said X", "X said, adding", post-posed titled and nominal speakers ("warned the Chinese premier",
"declared the libertarian economist", "added the former general", "wrote the head of State on X"),
"according to", "told reporters", "wrote on X", "In a statement, the ... said" (the issuer) and "the
statement said" (the same issuer), pronoun and nominal speakers ("the 77-year-old said", "the
39-year-old added:", "he continued", "the official said"), a quote after a sentence that introduces its
speaker ("He said:", "...after the oath:"), a quotation alone in its paragraph whose speaker is in the
paragraph before, three speakers alternating (Trump, Bragg, Biden), collective speakers (crowds
chanting: their country; Hamas by name), unnamed officials and sources (their country), partial
quotes, scare quotes and names in quotes (speaker null, one an article, one nested inside a quote);
and the MT mark defects: mismatched curly and straight marks, guillemets with and without inner
spaces, a closing mark missing at a paragraph end or at the article's end, a quotation reopened in
the next paragraph.
"""
from __future__ import annotations

import re
from typing import Any

import pytest

from _gold_helpers import (ISO3, check_distinct, check_quote_article, check_quote_marks, check_size_and_styles, load,
                           quote_span)
from _gold_helpers import (text_after_quote as _after, text_before_quote as _before, quote_inside as _inside,
                           is_country as _is_country, quote_paragraph as _paragraph)

STYLES = {"wire", "mt-es", "mt-fr", "mt-pt", "mt-ar", "mt-zh"}
MARKS = "\"'“”‘’«»„"
ARTICLES = load("dev33_quotes.jsonl")
OTHER_QUOTE_SETS = ("dev2.jsonl", "dev4_quotes.jsonl", "dev6_quotes.jsonl", "dev10_quotes.jsonl",
                    "dev14_quotes.jsonl", "dev18_quotes.jsonl", "dev23_quotes.jsonl", "dev28_quotes.jsonl")


def _quotes() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(a, q) for a in ARTICLES for q in a["quotes"]]


def _article(id_: str) -> dict[str, Any]:
    return next(a for a in ARTICLES if a["id"] == id_)


def test_size_and_ids() -> None:
    check_size_and_styles(ARTICLES, 10, 5, STYLES)
    assert [a["id"] for a in ARTICLES] == [f"q33-{i:02d}" for i in range(1, 11)]
    check_distinct(ARTICLES, OTHER_QUOTE_SETS)


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_shape(art: dict[str, Any]) -> None:
    check_quote_article(art, STYLES, date_re=r"202[3-5]-\d{2}-\d{2}", words=(170, 260), min_quotes=6)
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
    assert len(unclosed) >= 4 and all(a["style"] != "wire" and q["speaker"] for a, q in unclosed)
    assert sum(a["text"].endswith(q["text"]) for a, q in unclosed) >= 2
    # quotations reopened in the next paragraph: one quote, its text spanning the break, one speaker
    reopened = [(a, q) for a, q in quotes if "\n" in q["text"]]
    assert len(reopened) >= 3 and all(a["style"] != "wire" and q["speaker"] for a, q in reopened)
    for mark in ("« ", " »", "“", "”", "‘", "'", "\"", " Y ", " ,", " ."):
        assert mark in texts, mark
    assert re.search(r"«\w", texts) and re.search(r"\w»", texts)  # guillemets without inner spaces
    assert re.search(r"“[^”\n]*'", texts)  # curly opening, straight single closing
    assert re.search(r"‘[^’\n]*'", texts)  # curly single opening, straight closing
    assert re.search(r"'[^'\n]*’", texts)  # straight opening, curly closing
    assert re.search(r"\"[^\"\n]*'", texts)  # straight double opening, straight single closing
    # guillemets with inner spaces keep them inside the quote text (README, heldout batch two)
    assert sum(q["text"].startswith(" ") and q["text"].endswith(" ") for _, q in quotes) >= 4


def test_nested_scare_quote() -> None:
    # a scare quote inside someone's quotation is nobody's (README: the ‘cold War' inside Xi's quote)
    nested = [(a, q) for a, q in _quotes() if q["speaker"] is None
              and any(o is not q and o["speaker"] and _inside(a, q, o) for o in a["quotes"])]
    assert nested


def test_constructions_present() -> None:
    texts = "\n".join(a["text"] for a in ARTICLES)
    for cue in ("Trump said, adding", "said Biden", "According to", "told reporters", "wrote on X that",
                "wrote the head of State on X", "In a statement, the Prime Minister's Office said",
                "In a statement, the Presidency of the Republic said", "In a statement, the Ministry",
                "the statement said", "said in a statement", "He said: \"", "He said: “", "after the oath: «",
                "The 39-year-old added: \"", "the 77-year-old said", "the official said", "the adviser said",
                "warned the Chinese premier", "stressed the premier", "declared the libertarian economist",
                "declared the former minister", "continued the new head of government", "added the former general",
                "affirmed the Brazilian president", "he continued", "he added", "she said", "he told reporters",
                "so-called", "chanted", "anonymity", "asked not to be named", "asked not to be identified"):
        assert cue in texts, cue


def _changes(art: dict[str, Any]) -> list[tuple[str, str]]:
    named = [q["speaker"] for q in sorted(art["quotes"], key=lambda q: quote_span(art, q)[0]) if q["speaker"]]
    return [(x, y) for x, y in zip(named, named[1:]) if x != y]


def test_alternating_speakers() -> None:
    # the convicted man, the prosecutor and the president in turn
    people = {"Donald Trump", "Alvin Bragg", "Joe Biden"}
    art = _article("q33-01")
    assert people <= {q["speaker"] for q in art["quotes"]}
    assert sum(x in people and y in people for x, y in _changes(art)) >= 3


def test_speaker_classes() -> None:
    quotes = _quotes()
    # collective speakers: what a crowd chants is its country's
    crowd = [(a, q) for a, q in quotes if re.search(r"\bchant\w*\s*$", _before(a, q, 40))]
    assert len(crowd) >= 3 and all(_is_country(q["speaker"]) for _, q in crowd)
    # an armed group speaks by name
    assert "Hamas" in {q["speaker"] for _, q in quotes}
    # unnamed officials and sources: every quote in a paragraph about an anonymous source is their country's
    anonymous = [(a, q) for a, q in quotes
                 if re.search(r"anonymity|not to be named|not to be identified", _paragraph(a, q))]
    assert len(anonymous) >= 7 and all(_is_country(q["speaker"]) for _, q in anonymous)
    assert len({a["id"] for a, _ in anonymous}) >= 7
    # "so-called" introduces a scare quote or a name in quotes
    scare = [q for a, q in quotes
             if re.search(r"so-called [\"“«']$", _before(a, q, 12) + a["text"][quote_span(a, q)[0] - 1])]
    assert len(scare) >= 5 and all(q["speaker"] is None for q in scare)
    # a quotation that is a paragraph on its own, with no cue: its speaker comes from the paragraph before
    alone = [(a, q) for a, q in quotes if _paragraph(a, q).strip(MARKS + " ") == q["text"].strip(MARKS + " ")]
    assert len(alone) >= 3 and all(q["speaker"] and not _is_country(q["speaker"]) for _, q in alone)
    # a quote after a colon in the same sentence ("He said: ...", "...after the oath: « ...")
    after_colon = [(a, q) for a, q in quotes if _before(a, q, 2) == ": "]
    assert len(after_colon) >= 4 and all(q["speaker"] and not _is_country(q["speaker"]) for _, q in after_colon)
    # post-posed speakers in machine-translated copy ("”, warned the Chinese premier", "», added the former general")
    postposed = [(a, q) for a, q in quotes if a["style"] != "wire"
                 and re.match(r" ?,? ?(said|declared|affirmed|continued|stressed|warned|added|wrote) the\b",
                              _after(a, q, 40))]
    assert len(postposed) >= 8 and all(q["speaker"] and not _is_country(q["speaker"]) for _, q in postposed)
    # nominal speakers by age are people, never their country
    aged = [q for a, q in quotes if re.search(r"\d+-year-old", _after(a, q, 30) + _before(a, q, 30))]
    assert len(aged) >= 2 and all(q["speaker"] and not _is_country(q["speaker"]) for q in aged)
    # pronoun speakers resolve to a named person
    pronoun = [q for a, q in quotes if re.match(r",? ?(he|she) (said|added|continued|told)\b", _after(a, q, 15))]
    assert len(pronoun) >= 4 and all(q["speaker"] and not _is_country(q["speaker"]) for q in pronoun)
    # a statement's issuer: the first quote of a paragraph opened by "In a statement, the ..." is the
    # institution's, and "the statement said" in the same paragraph is the same issuer's
    issued: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for a, q in quotes:
        if _paragraph(a, q).startswith("In a statement, the"):
            issued.setdefault((a["id"], _paragraph(a, q)), []).append(q)
    assert len(issued) >= 3 and all(_is_country(qs[0]["speaker"]) for qs in issued.values())
    said = [(a, q) for a, q in quotes if re.match(r",? ?the statement said", _after(a, q, 25))]
    assert len(said) >= 2
    for a, q in said:
        assert q["speaker"] == issued[(a["id"], _paragraph(a, q))][0]["speaker"]
    # "according to" a named person is that person's; an unnamed one's is the country's
    according = [(a, q) for a, q in quotes if re.search(r"According to", _paragraph(a, q))]
    assert len(according) >= 4 and all(q["speaker"] for _, q in according)
    assert any(not _is_country(q["speaker"]) for _, q in according)
    # institutions, crowds and unnamed officials by country; many partial quotes; a null in every article
    assert sum(_is_country(q["speaker"]) for _, q in quotes) >= 14
    assert sum(q["kind"] == "partial" and q["speaker"] is not None for _, q in quotes) >= 25
    assert sum(q["speaker"] is None for _, q in quotes) >= 10
