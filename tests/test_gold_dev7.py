"""Structure checks for tests/gold/dev7_facts.jsonl, a second development set for the fact layers.

Ten articles (wire and machine-translated copy) annotated for the times, amounts and places layers
only, labelled by hand before the coder was run on them, written for kinds dev5 lacks: regions
(Sahel, Horn of Africa, Central Asia, South Caucasus, Pacific), names several countries share
(Georgia, Tripoli, Hyderabad, Valencia, Córdoba), descriptions ("the northern city", "the Gulf
emirate"), landmarks that speak (the Kremlin, the Élysée, Downing Street: actors, not places),
places inside organisation names, amounts in words and ranges, currencies of smaller economies,
and clock times, weekends, "since 2019", "mid-May", "the end of the month". Every rule is the one
tests/test_gold_format.py applies to the main gold files, reused here.

Conventions the main README leaves open, chosen here: a range ("between 12 and 17 soldiers") is one
amount whose value is its lower bound, the conservative bound the vague-count convention uses; vague
quantities ("dozens", "thousands") are not annotated (the gold README's rule); "midnight" is T24:00;
a description used as a location ("the northern city", "the Gulf emirate") is the place it names.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import test_gold_format as gf
from _gold_helpers import FACT_LAYERS as LAYERS
from _gold_helpers import check_fact_article_head, check_fact_layers, check_fact_set, check_no_overlap, check_not_places, load

ARTICLES = load("dev7_facts.jsonl")
IDS = [a["id"] for a in ARTICLES]


def test_dev7_set_shape() -> None:
    check_fact_set(ARTICLES, 10, "dev7", (*gf.GOLD_FILES, "dev.jsonl", "dev2.jsonl", "dev5_facts.jsonl"))


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev7_article(art: dict[str, Any]) -> None:
    check_fact_article_head(art)
    # a range ("between 12 and 17 soldiers") is its lower bound; the main rule checks written digits
    def is_range(m: dict[str, Any]) -> bool:
        return bool(m["text"].startswith("between "))

    for m in filter(is_range, art["amounts"]):
        if not re.search(r"(million|billion|thousand)", m["text"]):
            low = re.match(r"between ([\d.,]+) ", m["text"])
            assert low and int(re.sub(r"[^\d]", "", low.group(1))) == m["value"], "a range is its lower bound"
    check_fact_layers("dev7_facts.jsonl", art, skip_amount=is_range)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev7_mentions_do_not_overlap(art: dict[str, Any]) -> None:
    """Within a layer two annotations never cover the same characters (the scorer pairs by overlap)."""
    check_no_overlap(art, LAYERS)


def test_dev7_coverage() -> None:
    """The set keeps the variety it was written for."""
    amounts = [m for a in ARTICLES for m in a["amounts"]]
    currencies = {m["unit"] for m in amounts if m["kind"] == "money"}
    assert {"XOF", "KZT", "ETB", "AMD", "KGS", "TOP", "KWD", "LYD", "CLP", "ARS", "COP"} <= currencies, currencies
    assert sum(1 for m in amounts if m["text"].startswith("between ")) >= 3, "ranges"
    assert any(re.match(r"(two|a quarter|two hundred)\b", m["text"]) and m["value"] >= 200 for m in amounts), "amounts in words"
    times = [t for a in ARTICLES for t in a["times"]]
    assert sum(1 for t in times if t["value"] and re.search(r"T\d\d:\d\d$", t["value"])) >= 5, "clock times"
    assert any(t["value"] and t["value"].endswith("-WE") for t in times), "weekends"
    assert any(t["text"].lower().startswith("since ") for t in times)
    assert any(t["text"].startswith("mid-") for t in times)
    assert sum(1 for t in times if "end of the" in t["text"]) >= 3
    places = [p for a in ARTICLES for p in a["places"]]
    assert sum(1 for p in places if p["country"] is None) >= 5, "regions, seas and shared areas"
    by_name: dict[str, set[str]] = {}
    for p in places:
        by_name.setdefault(p["name"], set()).add(p["country"])
    shared = {n for n, cs in by_name.items() if len(cs) > 1}
    assert {"Georgia", "Tripoli", "Hyderabad", "Valencia"} <= shared, shared


def test_dev7_landmarks_and_organisations_are_not_places() -> None:
    """A building that speaks ("the Kremlin said") and a place inside an organisation's name
    ("the Central Bank of Armenia") are not places."""
    seen = check_not_places(ARTICLES, r"\b(Kremlin|Élysée|Downing Street|Blue House|La Moneda Palace|Baabda Palace|Miraflores Palace)"
                             r"(?= (?:said|called|announced|informed|accused)\b)"
                             r"|(?:Bank|Ministry of Health|University|Bureau of Meteorology|Government) of ([A-Z][\w-]+)",
                            "is not a place here")
    assert seen >= 10
