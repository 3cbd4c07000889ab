"""Structure checks for tests/gold/dev5_facts.jsonl, a development set for the fact layers.

Twelve articles (wire and machine-translated copy) annotated for the times, amounts and places
layers only, labelled by hand before the coder was run on them. Every rule is the one
tests/test_gold_format.py applies to the main gold files, reused here, plus checks that the set
keeps exercising what it was written for: money in many writings and currencies, casualty and
arrest counts, relative times, and capitals used as actors (which must not be annotated as places).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import test_gold_format as gf
from _gold_helpers import FACT_LAYERS as LAYERS
from _gold_helpers import check_fact_article_head, check_fact_set, check_no_overlap, load

ARTICLES = load("dev5_facts.jsonl")
IDS = [a["id"] for a in ARTICLES]


def test_dev5_set_shape() -> None:
    check_fact_set(ARTICLES, 12, "dev5", (*gf.GOLD_FILES, "dev.jsonl", "dev2.jsonl"))


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev5_article(art: dict[str, Any]) -> None:
    check_fact_article_head(art)
    for check in (gf.test_mentions_are_in_text, gf.test_times, gf.test_amounts, gf.test_places):
        check("dev5_facts.jsonl", {**art, "quotes": [], "actors": []})  # the layers this set does not annotate
    for layer in LAYERS:
        assert art[layer], f"every dev5 article annotates some {layer}"


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev5_mentions_do_not_overlap(art: dict[str, Any]) -> None:
    """Within a layer two annotations never cover the same characters (the scorer pairs by overlap)."""
    check_no_overlap(art, LAYERS)


def test_dev5_coverage() -> None:
    """The set keeps the variety it was written for."""
    amounts = [m for a in ARTICLES for m in a["amounts"]]
    currencies = {m["unit"] for m in amounts if m["kind"] == "money"}
    assert len(currencies) >= 10, currencies
    assert {"killed", "injured", "arrested", "count", "money"} <= {m["kind"] for m in amounts}
    money_texts = [m["text"] for m in amounts if m["kind"] == "money"]
    assert any(re.search(r"\d,\d{3} million dollars", t) for t in money_texts)  # "150,000 million dollars"
    assert any(re.search(r"\dbn$", t) for t in money_texts)  # "$1.5bn"
    assert any(t.startswith("US$") for t in money_texts)
    assert any("Australian dollars" in t for t in money_texts)
    times = [t for a in ARTICLES for t in a["times"]]
    assert any(t["value"] is None for t in times), "vague expressions resolve to null"
    assert any(t["value"] and t["value"].startswith("P") for t in times), "durations"
    assert any(t["value"] and re.search(r"T(MO|AF|EV|NI)$", t["value"]) for t in times), "parts of day"
    places = [p for a in ARTICLES for p in a["places"]]
    assert any(p["country"] is None for p in places)
    assert any(p["text"].lower().startswith("the ") and "capital" in p["text"] for p in places)


def test_dev5_capitals_as_actors_are_not_places() -> None:
    """A capital that speaks or acts ("Beijing rejected", "announced Lisbon") is an actor, not a place."""
    acting = 0
    for art in ARTICLES:
        text = art["text"]
        placed = {(p["text"], p.get("occurrence", 1)) for p in art["places"]}
        for m in re.finditer(r"\b(Beijing|Washington|Caracas|Cairo|Paris|Islamabad|New Delhi|Brasília|Lisbon)"
                             r"(?= (?:rejected|called|denies|declared|said|has|also)\b|,? which has|$)", text):
            acting += 1
            k = len(gf._word_occurrences(text[: m.end()], m.group(1)))
            assert (m.group(1), k) not in placed, f"{art['id']}: {m.group(1)!r} acts here; it is not a place"
    assert acting >= 6
