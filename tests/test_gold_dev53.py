"""Structure checks for tests/gold/dev53_quotes.jsonl (thirteenth quote-speaker development set).

Ten articles written and labelled by hand before the coder was run on them (tests/gold/README.md),
a TUNING set for the quote-speaker layer whose focus is SPEAKER RESOLUTION where attribution goes
wrong most: five wire stories (Draghi resigns in Italy 2022, Sanna Marin's drug test in Finland
2022, Kurz steps down in Austria 2021, Magdalena Andersson resigns hours after her election in
Sweden 2021, parliament rejects the Phala Phala impeachment motion in South Africa 2022) and five
imitating machine translation (Spanish: the attempt on Cristina Fernandez de Kirchner 2022; French:
Bouteflika resigns 2019; Portuguese: the murder of Marielle Franco 2018; Arabic: Jordan's prime
minister Hani Al-Mulki resigns over the tax bill 2018; Chinese: Hu Jintao led out of the party
congress 2022). Every article has two to four people of the same or both genders in play, and mixes
pronoun speakers whose antecedent is a sentence or a paragraph back ("she said" with three women in
the story), nominal speakers that resolve to a person named earlier ("the minister", "the speaker",
"the nationalist leader", "the Chinese leader", "the general", "the chancellor French" for a foreign
minister), a quotation alone in its paragraph that continues the previous speaker, a quotation whose
speaker is named only after it ("The words came from X"), statements, communiques, "according to a
spokesperson for" and "a source close to" (the state), interviews ("Asked whether ..., she replied:"),
"told the broadcaster", "wrote on Twitter", two speakers in one sentence ("X said ..., while Y
insisted that ..."), labels no one says (speaker null) and the MT mark defects.
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
ARTICLES = load("dev53_quotes.jsonl")
OTHER_QUOTE_SETS = ("dev2.jsonl", "dev4_quotes.jsonl", "dev6_quotes.jsonl", "dev10_quotes.jsonl",
                    "dev14_quotes.jsonl", "dev18_quotes.jsonl", "dev23_quotes.jsonl", "dev28_quotes.jsonl",
                    "dev33_quotes.jsonl", "dev39_quotes.jsonl", "dev44_quotes.jsonl", "dev49_quotes.jsonl")
# nominal speakers standing after a quote ("..., declared the minister") or as the subject after it
NOMINAL = re.compile(r"^[,.]?\s*(?:guaranteed |declared |affirmed |added |wrote )?the (?:minister|spokesman|Green leader"
                     r"|head of state|opponent|syndicalist|chancellor French|general)\b")
NAMED_AFTER = re.compile(r"^\s*(?:The (?:words|remark|warning|assessment) came from|The (?:call|sentence|phrase) was of"
                         r"|It was the comment of)\b")


def _quotes() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(a, q) for a in ARTICLES for q in a["quotes"]]


def _in_order(art: dict[str, Any]) -> list[dict[str, Any]]:
    return sorted(art["quotes"], key=lambda q: quote_span(art, q)[0])


def test_size_and_ids() -> None:
    check_size_and_styles(ARTICLES, 10, 5, STYLES)
    assert [a["id"] for a in ARTICLES] == [f"d53-{i:02d}" for i in range(1, 11)]
    assert [a["style"] for a in ARTICLES[5:]] == ["mt-es", "mt-fr", "mt-pt", "mt-ar", "mt-zh"]
    check_distinct(ARTICLES, OTHER_QUOTE_SETS)


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_shape(art: dict[str, Any]) -> None:
    check_quote_article(art, STYLES, date_re=r"20(?:1[89]|2[0-5])-\d{2}-\d{2}", words=(250, 450), min_quotes=10)
    assert len(art["quotes"]) <= 14
    people = {q["speaker"] for q in art["quotes"] if q["speaker"] and not _is_country(q["speaker"])}
    assert len(people) >= 4
    assert re.search(r"\b(?:[Hh]e|[Ss]he) (?:said|replied|added|told|affirmed|answered|had said)\b", art["text"])


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_quotes(art: dict[str, Any]) -> None:
    check_quote_marks(art, MARKS)


def test_pronoun_speakers() -> None:
    quotes = _quotes()
    pron = re.compile(r"^[,.'”’»\"]?\s*(?:[Hh]e|[Ss]he) (?:said|told|added|had said)\b")
    after = [(a, q) for a, q in quotes if pron.search(_after(a, q, 30))]
    replied = [(a, q) for a, q in quotes if re.search(r"(?:he|she) (?:replied|said|answered): $", _before(a, q, 20))]
    assert len(after) >= 8 and len(replied) >= 5
    assert all(q["speaker"] and not _is_country(q["speaker"]) for _, q in after + replied)
    # "she said" with three women in the story (Marin, Purra, Saarikko) and "he added" a paragraph on
    marin = next(a for a in ARTICLES if a["id"] == "d53-02")
    assert {q["speaker"] for q in marin["quotes"]} >= {"Sanna Marin", "Riikka Purra", "Annika Saarikko"}
    # the two Fernandez: the president and his security minister
    fern = [q["speaker"] for a, q in quotes if q["speaker"] and q["speaker"].endswith("Fernández")]
    assert set(fern) == {"Alberto Fernández", "Aníbal Fernández"}


def test_nominal_speakers() -> None:
    quotes = _quotes()
    nominal = [(a, q) for a, q in quotes if NOMINAL.search(_after(a, q, 40))]
    subject = [(a, q) for a, q in quotes
               if re.search(r"(?:The speaker called|The minister said|the minister said that|the Chinese leader|"
                            r"The nationalist leader)\b", _paragraph(a, q)[:quote_span(a, q)[0]])]
    assert len(nominal) >= 6 and len(subject) >= 4
    assert all(q["speaker"] and not _is_country(q["speaker"]) for _, q in nominal + subject)


def test_paragraph_alone_and_named_after() -> None:
    for art in ARTICLES:
        ordered = _in_order(art)
        for prev, q in zip(ordered, ordered[1:]):
            if _paragraph(art, q).strip(MARKS + " ") == q["text"].strip(MARKS + " "):
                assert q["speaker"] and q["speaker"] == prev["speaker"], q["text"]
    quotes = _quotes()
    alone = [q for a, q in quotes if _paragraph(a, q).strip(MARKS + " ") == q["text"].strip(MARKS + " ")]
    assert len(alone) >= 5
    named = [(a, q) for a, q in quotes if NAMED_AFTER.search(_after(a, q, 40))]
    assert len(named) >= 9
    for a, q in named:
        assert q["speaker"] and any(w in _after(a, q, 160) for w in q["speaker"].split()), q["text"]


def test_bodies_and_sources() -> None:
    quotes = _quotes()
    assert {q["speaker"] for _, q in quotes if _is_country(q["speaker"])} == {
        "ITA", "FIN", "AUT", "ZAF", "ARG", "DZA", "BRA", "JOR", "CHN"}
    unnamed = [(a, q) for a, q in quotes
               if re.search(r"(?:[Aa]ccording to a (?:spokesperson|source)|[Aa] source close to)[^.\"“«]*$",
                            _before(a, q, 120))]
    assert len(unnamed) >= 5 and all(_is_country(q["speaker"]) for _, q in unnamed)
    statement = [(a, q) for a, q in quotes if re.search(r"(?:in a (?:brief )?statement|in a communique)[^.]*$",
                                                        _before(a, q, 100))]
    assert len(statement) >= 4
    assert sum(q["speaker"] == "Amnesty International" for _, q in quotes) == 1


def test_two_speakers_one_sentence() -> None:
    pairs = 0
    for art in ARTICLES:
        ordered = _in_order(art)
        for q1, q2 in zip(ordered, ordered[1:]):
            between = art["text"][quote_span(art, q1)[1]:quote_span(art, q2)[0]]
            if ", while " in between and "\n" not in between and "." not in between:
                assert q1["speaker"] and q2["speaker"] and q1["speaker"] != q2["speaker"]
                pairs += 1
    assert pairs >= 4


def test_mark_defects_present() -> None:
    quotes = _quotes()
    texts = "\n".join(a["text"] for a in ARTICLES)
    unclosed = [(a, q) for a, q in quotes if a["text"][quote_span(a, q)[1]:][:1] in ("\n", "")]
    assert len(unclosed) >= 3 and all(a["style"] != "wire" and q["speaker"] for a, q in unclosed)
    assert any(a["text"].endswith(q["text"]) for a, q in unclosed)
    reopened = [(a, q) for a, q in quotes if "\n" in q["text"]]
    assert len(reopened) >= 1 and all(a["style"] != "wire" and q["speaker"] for a, q in reopened)
    for mark in ("« ", " »", "“", "”", "'", "\"", " Y ", " ,", " ."):
        assert mark in texts, mark
    assert re.search(r"«\w", texts) and re.search(r"\w»", texts)
    assert len(re.findall(r"“[^”\n]*'", texts)) >= 5  # curly opening, straight single closing
    assert sum(q["text"].startswith(" ") for _, q in quotes) >= 6
    for a in ARTICLES:
        if a["style"] == "wire":
            assert "«" not in a["text"] and "“" not in a["text"]


def test_constructions_present() -> None:
    texts = "\n".join(a["text"] for a in ARTICLES)
    for cue in ("he said", "she said", "he added", "she replied", "he replied", "the spokesman added",
                "the Green leader said", "The nationalist leader told", "The speaker called", "the Chinese leader",
                "declared the minister", "declared the chancellor French", "declared in the afternoon the general",
                "said in a statement", "said in a communique", "According to a source close to",
                "According to a spokesperson for", "A source close to", "told the broadcaster",
                "told public broadcaster", "wrote on Twitter", "wrote in Twitter", "Asked whether", ", while",
                "The words came from", "The remark came from", "The warning came from", "The phrase was of",
                "nicknamed", "dubbed", "the slogan", "analysts called"):
        assert cue in texts, cue


def test_speaker_counts() -> None:
    quotes = _quotes()
    assert sum(q["kind"] == "direct" for _, q in quotes) >= 50
    assert 6 <= sum(q["speaker"] is None for _, q in quotes) <= 12
