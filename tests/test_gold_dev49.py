"""Structure checks for tests/gold/dev49_quotes.jsonl (twelfth quote-speaker development set).

Ten articles written and labelled by hand before the coder was run on them (tests/gold/README.md),
a TUNING set for the quote-speaker layer whose focus is SHORT PARTIAL QUOTES (one to eight words)
inside reported speech: five wire stories (Johnson and Sunak fined over the Downing Street parties
2022, Australia's Voice referendum fails 2023, Trump's "Liberation Day" tariffs 2025, Prince Hamzah
under house arrest in Jordan 2021, Trudeau invokes the Emergencies Act against the truck blockades
2022) and five imitating machine translation (Spanish: Milei and the $LIBRA token 2025; French: De
Wever sworn in at the head of the "Arizona" coalition 2025; Portuguese: Brazil's protests against
the "PEC of the Shielding" 2025; Arabic: Lebanon's cabinet backs the disarmament of Hezbollah 2025;
Chinese: Beijing reviews the sale of CK Hutchison's Panama ports 2025). Every article mixes three
kinds of short quoted fragment in similar syntax: words the speaker really said inside her reported
speech ("called the penalty \"regrettable\"", "offered a \"full apology\"") -> that speaker; labels no
one in the story is quoted as saying (press and analysts' terms, slogans, nicknames, policy and
document names: "the so-called", "dubbed", "branded", "baptised as", "known as the", "speak of a",
"what they labelled"), often with a speech verb in the same sentence -> speaker null; and
borderline fragments the sentence does attribute ("what he called", "what she called", "who has
described the protest as", "an idea he has called") -> that speaker. Also "X said", "said X",
post-posed MT speakers, pronouns with both genders in play, statements, a crowd's chant, a
quotation alone in its paragraph, and the MT mark defects (mismatched marks, guillemets with and
without inner spaces, a closing mark missing at a paragraph or article end, a quotation reopened
in the next paragraph).
"""
from __future__ import annotations

import re
from typing import Any

import pytest

from _gold_helpers import check_distinct, check_quote_article, check_quote_marks, check_size_and_styles, load
from _gold_helpers import (is_country as _is_country, quote_paragraph as _paragraph, quote_span,
                           text_after_quote as _after, text_before_quote as _before)

STYLES = {"wire", "mt-es", "mt-fr", "mt-pt", "mt-ar", "mt-zh"}
MARKS = "\"'“”‘’«»„"
ARTICLES = load("dev49_quotes.jsonl")
OTHER_QUOTE_SETS = ("dev2.jsonl", "dev4_quotes.jsonl", "dev6_quotes.jsonl", "dev10_quotes.jsonl",
                    "dev14_quotes.jsonl", "dev18_quotes.jsonl", "dev23_quotes.jsonl", "dev28_quotes.jsonl",
                    "dev33_quotes.jsonl", "dev39_quotes.jsonl", "dev44_quotes.jsonl")


def _quotes() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(a, q) for a in ARTICLES for q in a["quotes"]]


def _short(q: dict[str, Any]) -> bool:
    """A partial quote of one to eight words."""
    return q["kind"] == "partial" and 1 <= len(q["text"].split()) <= 8


def _sentence_before(art: dict[str, Any], q: dict[str, Any]) -> str:
    """The quote's sentence up to its opening mark."""
    start = quote_span(art, q)[0] - 1
    para = art["text"][art["text"].rfind("\n", 0, start) + 1:start]
    return re.split(r"[.!?] (?=[A-Z“\"«])", para)[-1]


def test_size_and_ids() -> None:
    check_size_and_styles(ARTICLES, 10, 5, STYLES)
    assert [a["id"] for a in ARTICLES] == [f"d49-{i:02d}" for i in range(1, 11)]
    assert [a["style"] for a in ARTICLES[5:]] == ["mt-es", "mt-fr", "mt-pt", "mt-ar", "mt-zh"]
    check_distinct(ARTICLES, OTHER_QUOTE_SETS)


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_shape(art: dict[str, Any]) -> None:
    check_quote_article(art, STYLES, date_re=r"202[1-5]-\d{2}-\d{2}", words=(200, 300), min_quotes=9)
    assert len(art["quotes"]) <= 12
    assert len({q["speaker"] for q in art["quotes"] if q["speaker"]}) >= 4
    # the set's focus: several short partial quotes per article, of both kinds
    short = [q for q in art["quotes"] if _short(q)]
    assert sum(q["speaker"] is not None for q in short) >= 4
    assert sum(q["speaker"] is None for q in short) >= 1


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_quotes(art: dict[str, Any]) -> None:
    check_quote_marks(art, MARKS)


def test_short_partials() -> None:
    quotes = _quotes()
    short = [(a, q) for a, q in quotes if _short(q)]
    assert len(short) >= 70
    assert sum(len(q["text"].split()) == 1 for _, q in short) >= 10  # single words ("regrettable", "quick")
    assert sum(q["speaker"] is None for _, q in short) >= 20
    # labels no one in the story says: press, analysts, nicknames, slogans, policy and document names -> null
    label = re.compile(r"(?:so-called|dubbed(?: the affair)? an?|branded|baptised(?: as(?: the)?)?|nickname him"
                       r"|known as the|speak of an?|what they labelled an?|people call|slogan,|remembered in Quebec as the"
                       r"|to defend the|criticized the|called|the 2017|the official|invited staff to|succeeds to the"
                       r"|sang the song) $")
    labels = [(a, q) for a, q in short if label.search(_before(a, q, 60))]
    assert len(labels) >= 20
    assert sum(q["speaker"] is None for _, q in labels) >= 18
    # ... even with a speech or naming verb in the same sentence
    verbs = re.compile(r"\b(?:said|says|blamed|warned|criticized|speak|call|called|branded|dubbed|baptised|labelled"
                       r"|nickname|defend|invited|announced)\b")
    null_verb = [(a, q) for a, q in short if q["speaker"] is None and verbs.search(_sentence_before(a, q))]
    assert len(null_verb) >= 12
    # borderline: the sentence itself attributes the words ("what he called", "who has described ... as")
    attributed = re.compile(r"(?:what (?:he|she) (?:called|described as)|who (?:has|once) described [\w ]+ as(?: the)?"
                            r"|an idea he has called|on what he called) $")
    borderline = [(a, q) for a, q in short if attributed.search(_before(a, q, 60))]
    assert len(borderline) >= 9
    assert all(q["speaker"] and not _is_country(q["speaker"]) for _, q in borderline)
    # ... but analysts' "what they labelled" stays null
    labelled = [q for a, q in short if _before(a, q, 25).endswith("what they labelled a ")]
    assert labelled and all(q["speaker"] is None for q in labelled)
    # a real speaker's fragment after a verb of speech or stance ("called the penalty", "said she was")
    said = [(a, q) for a, q in short if q["speaker"]
            and re.search(r"\b(?:said|called|offered|promised|accused|denounced|saluted|defended|assured"
                          r"|affirmed|announced|warned|denied|asked|described|qualified|declared|chanted)\b",
                          _sentence_before(a, q))]
    assert len(said) >= 35


def test_mark_defects_present() -> None:
    quotes = _quotes()
    texts = "\n".join(a["text"] for a in ARTICLES)
    unclosed = [(a, q) for a, q in quotes if a["text"][quote_span(a, q)[1]:][:1] in ("\n", "")]
    assert len(unclosed) >= 3 and all(a["style"] != "wire" and q["speaker"] for a, q in unclosed)
    assert sum(a["text"].endswith(q["text"]) for a, q in unclosed) >= 3
    reopened = [(a, q) for a, q in quotes if "\n" in q["text"]]
    assert len(reopened) >= 1 and all(a["style"] != "wire" and q["speaker"] for a, q in reopened)
    for mark in ("« ", " »", "“", "”", "'", "\"", " Y ", " ,", " ."):
        assert mark in texts, mark
    assert re.search(r"«\w", texts) and re.search(r"\w»", texts)
    assert len(re.findall(r"“[^”\n]*'", texts)) >= 5  # curly opening, straight single closing
    assert sum(q["text"].startswith(" ") for _, q in quotes) >= 4
    for a in ARTICLES:
        if a["style"] == "wire":
            assert "«" not in a["text"] and "“" not in a["text"]


def test_constructions_present() -> None:
    texts = "\n".join(a["text"] for a in ARTICLES)
    for cue in ("what he called", "what she called", "what they labelled", "what he described as",
                "who has described the protest as", "an idea he has called", "who once described Belgium as",
                "so-called", "dubbed", "branded", "baptised", "nickname him", "known as the", "speak of a",
                "slogan", "people call", "he told", "she said", "he said", "she wrote", "In a statement",
                "affirmed the president", "declared the new Prime Minister", "insisted the peronist deputy",
                "affirmed the chancellor", "said the spokesman", "affirmed Vieira", "declared Lula", "warned:",
                "chanted", "told a news conference", "wrote on Twitter"):
        assert cue in texts, cue


def test_speaker_classes() -> None:
    quotes = _quotes()
    # states speak through ministries, spokesmen, statements and chanting crowds
    assert {q["speaker"] for _, q in quotes if _is_country(q["speaker"])} == {"GBR", "CHN", "SAU", "BRA"}
    assert sum(q["speaker"] == "Hezbollah" for _, q in quotes) == 1
    # a quotation alone in its paragraph belongs to the speaker of the paragraph before
    alone = [(a, q) for a, q in quotes if _paragraph(a, q).strip(MARKS + " ") == q["text"].strip(MARKS + " ")]
    assert alone and all(q["speaker"] for _, q in alone)
    # both genders of pronoun in one article
    both = [a for a in ARTICLES if re.search(r"\b[Hh]e (?:said|told|added|accused|criticized)\b", a["text"])
            and re.search(r"\b[Ss]he (?:said|wrote|called|promised|rejected|urged|was)\b", a["text"])]
    assert len(both) >= 7
    # a speaker's own earlier words recalled by critics are still hers or his
    recalled = [q for a, q in quotes if "told parliament in December that" in _before(a, q, 40)]
    assert [q["speaker"] for q in recalled] == ["Boris Johnson"]
    assert sum(q["kind"] == "direct" for _, q in quotes) >= 20
    assert sum(q["speaker"] is None for _, q in quotes) >= 20
