"""Structure checks for tests/gold/dev5_facts.jsonl, a development set for the fact layers.

Twelve articles (wire and machine-translated copy) annotated for the times, amounts and places
layers only, labelled by hand before the coder was run on them. Every rule is the one
tests/test_gold_format.py applies to the main gold files, reused here, plus checks that the set
keeps exercising what it was written for: money in many writings and currencies, casualty and
arrest counts, relative times, and capitals used as actors (which must not be annotated as places).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import test_gold_format as gf

PATH = Path(__file__).parent / "gold" / "dev5_facts.jsonl"
LAYERS = ("times", "amounts", "places")
ARTICLES: list[dict[str, Any]] = [
    json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()
]
IDS = [a["id"] for a in ARTICLES]


def test_dev5_set_shape() -> None:
    assert len(ARTICLES) == 12
    ids = [a["id"] for a in ARTICLES]
    assert len(set(ids)) == len(ids)
    other = [a for name in (*gf.GOLD_FILES, "dev.jsonl", "dev2.jsonl") for a in gf._load(name)]
    assert not set(ids) & {a["id"] for a in other}, "dev5 ids must differ from the other gold files"
    assert not {a["text"] for a in ARTICLES} & {a["text"] for a in other}
    styles = {a["style"] for a in ARTICLES}
    assert styles == gf.STYLES, f"every style should occur; missing {gf.STYLES - styles}"
    assert len({a["date"][:4] for a in ARTICLES}) >= 5


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev5_article(art: dict[str, Any]) -> None:
    assert set(art) == {"id", "date", "style", "text", *LAYERS}
    assert art["style"] in gf.STYLES
    assert 120 <= len(art["text"].split()) <= 300
    for check in (gf.test_mentions_are_in_text, gf.test_times, gf.test_amounts, gf.test_places):
        check("dev5_facts.jsonl", {**art, "quotes": [], "actors": []})  # the layers this set does not annotate
    for layer in LAYERS:
        assert art[layer], f"every dev5 article annotates some {layer}"


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev5_mentions_do_not_overlap(art: dict[str, Any]) -> None:
    """Within a layer two annotations never cover the same characters (the scorer pairs by overlap)."""
    text = art["text"]
    for layer in LAYERS:
        spans = []
        for ann in art[layer]:
            starts = gf._word_occurrences(text, ann["text"]) or gf._occurrences(text, ann["text"])
            s = starts[ann.get("occurrence", 1) - 1]
            spans.append((s, s + len(ann["text"]), ann["text"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], f"{layer}: {a[2]!r} overlaps {b[2]!r}"


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
