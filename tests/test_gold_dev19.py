"""Structure checks for tests/gold/dev19_facts.jsonl, a TUNING set for the fact layers (fifth session).

Ten articles (five wire stories, five imitating machine translation from Spanish, French, Portuguese,
Arabic and Chinese), 180-280 words each, annotated for the times, amounts and places layers only and
labelled by hand without the coder ever being run on them. Ordinary disaster news dense in facts: the
2022 Pakistan floods, the Derna dam collapse (mt-ar), Hurricane Otis at Acapulco (mt-es), the
Nyiragongo eruption near Goma (mt-fr), Cyclone Idai (mt-pt), the Zhengzhou floods (mt-zh), the Odisha
train crash, the Yeti Airlines crash at Pokhara, the Maui wildfires and the 2025 Thailand-Cambodia
border evacuations. Unlike dev15_facts it is a tuned set: helpers may read its misses.
Every rule is the one tests/test_gold_format.py applies to the main gold files, reused here.

Conventions (those of tests/gold/README.md, dev7, dev11 and dev15 are kept: "the night of Friday to
Saturday" is Friday ``TNI``, "overnight" is the story date's night, a range is its lower bound, a
clock time takes its day's date, vague quantities are not annotated). Chosen here where they are silent:
- a decade ("the 1970s", "since the 1990s") has no TimeML form the format test accepts: value ``null``;
- a fiscal year is named by the calendar year it ends in ("fiscal 2024", "the fiscal year ending March
  2024" → ``2024``), as dev7's "fiscal 2025" is ``2025``;
- an adjectival span ("30-year average") is its duration (``P30Y``), as README's "four-day" is;
- a range of clock hours ("from 16 to 17 o'clock on the 20th") is its start;
- the homeless, like "dead" and "wounded", are ``people`` (kind ``count``); MT "elements" (troops) keep
  their noun; "officers and soldiers" are ``soldiers``; distances, speeds and rainfall are not amounts;
- a river rising in one country and flowing through another is shared (country ``null``: the Indus, the
  Buzi, the Pungwe); a crossing named by the side it stands on takes that side ("the Grande Barrière
  post", COD; "the Salloum crossing", EGY; "the Chong Chom crossing", THA); a disputed temple takes the
  state that holds it.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import test_gold_format as gf
from _gold_helpers import FACT_LAYERS as LAYERS
from _gold_helpers import check_fact_article_head, check_fact_layers, check_fact_set, check_no_overlap, check_not_places, load

ARTICLES = load("dev19_facts.jsonl")
IDS = [a["id"] for a in ARTICLES]
# every other gold file that exists (sets being written beside this one may not be there yet)
OTHERS = tuple(name for name in (*gf.GOLD_FILES, "dev.jsonl", "dev2.jsonl", "dev5_facts.jsonl", "dev7_facts.jsonl",
                                 "dev11_facts.jsonl", "dev15_facts.jsonl") if (gf.GOLD_DIR / name).exists())
WEEKDAY = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def test_dev19_set_shape() -> None:
    check_fact_set(ARTICLES, 10, "dev19", OTHERS)
    assert IDS == [f"f19-{i:02d}" for i in range(1, 11)]
    assert sum(1 for a in ARTICLES if a["style"] == "wire") == 5
    for art in ARTICLES:
        assert 180 <= len(art["text"].split()) <= 280, art["id"]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev19_article(art: dict[str, Any]) -> None:
    check_fact_article_head(art)
    check_fact_layers("dev19_facts.jsonl", art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev19_mentions_do_not_overlap(art: dict[str, Any]) -> None:
    check_no_overlap(art, LAYERS)


def test_dev19_coverage() -> None:
    """The set keeps the variety it was written for: every common kind of relative date, money in many
    writings and local currencies, casualty and arrest counts, places of every size and descriptions."""
    times = [t for a in ARTICLES for t in a["times"]]
    assert sum(1 for t in times if WEEKDAY.search(t["text"])) >= 40, "weekdays"
    assert sum(1 for t in times if t["value"] is None) >= 5, "vague times and decades"
    assert sum(1 for t in times if t["value"] and t["value"].startswith("P")) >= 15, "durations"
    assert sum(1 for t in times if t["value"] and re.search(r"T\d\d:\d\d$", t["value"])) >= 5, "clock times"
    assert sum(1 for t in times if t["value"] and re.search(r"T(MO|AF|EV|NI)$", t["value"])) >= 15, "parts of day"
    lows = {t["text"].lower() for t in times}
    assert {"overnight", "last week", "earlier this month", "this week", "last year", "tomorrow", "next month"} <= lows, lows
    assert sum(1 for t in times if t["text"].lower().startswith("late on ")) >= 6
    assert sum(1 for t in times if t["text"].lower().startswith("since ")) >= 12
    assert sum(1 for t in times if re.match(r"the night of \w+day (to|for) \w+day$", t["text"])) >= 5
    assert sum(1 for t in times if "fiscal" in t["text"]) >= 2
    amounts = [m for a in ARTICLES for m in a["amounts"]]
    money = [m for m in amounts if m["kind"] == "money"]
    assert {"USD", "EUR", "PKR", "LYD", "MXN", "CDF", "MZN", "CNY", "INR", "NPR", "THB", "KHR"} <= {m["unit"] for m in money}
    assert any(re.search(r"\dbn$", m["text"]) for m in money)
    assert sum(1 for m in money if "million of dollars" in m["text"] or m["text"].startswith("between ")) >= 3
    assert sum(1 for m in money if "lakh" in m["text"]) >= 2
    assert {"killed", "injured", "arrested", "count", "money"} <= {m["kind"] for m in amounts}
    assert sum(1 for m in amounts if m["kind"] == "killed") >= 20
    places = [p for a in ARTICLES for p in a["places"]]
    countries = {p["country"] for p in places} - {None}
    assert {"PAK", "LBY", "EGY", "MEX", "COD", "RWA", "MOZ", "ZWE", "CHN", "IND", "NPL", "USA", "THA", "KHM"} <= countries
    assert sum(1 for p in places if p["country"] is None) >= 6, "rivers, lakes, seas, shared regions"
    described = [p for p in places if p["text"].split()[0].lower() in ("the", "this")
                 and not any(w[:1].isupper() for w in p["text"].split()[1:])]
    assert len(described) >= 12, "descriptions used as locations ('the afflicted city', 'the burn zone')"
    assert sum(1 for p in places if re.fullmatch(r"(?i:the) [A-Z]\w+ capital", p["text"])) >= 4, "'the Chinese capital'-style"
    assert sum(1 for p in places if p["text"].endswith(" crossing")) >= 2, "border crossings"
    assert any(p["text"] == "the capital Kathmandu" for p in places)


def test_dev19_acting_capitals_are_not_places() -> None:
    """A capital that acts ("Kinshasa has dispatched", "Bangkok sealed") is an actor, never a place."""
    seen = check_not_places(ARTICLES, r"\b(Washington|Tripoli|Cairo|Kinshasa|Kathmandu|Phnom Penh|Bangkok)"
                                      r"(?=,? (?:\w+ )?(?:pledged|announced|dispatched|declared|said|sealed|release)\b)",
                            "acts here, it is not a place")
    assert seen >= 7
