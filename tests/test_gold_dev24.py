"""Structure checks for tests/gold/dev24_facts.jsonl, a TUNING set for the fact layers (sixth session).

Ten articles (five wire stories, five imitating machine translation from Spanish, French, Portuguese,
Arabic and Chinese), 180-280 words each, annotated for the times, amounts and places layers only and
labelled by hand without the coder ever being run on them. Ordinary disaster news dense in facts: the
Herat earthquakes (2023), the Wayanad landslides (2024), Hurricane Ian in Florida (2022), Storm Daniel
in Thessaly (2023), the Enga landslide (2024), the Hebei floods after the Beijing rainstorms (mt-zh,
2023), the Haiti earthquake in the south (mt-fr, 2021), the Valencia floods a year on (mt-es, 2025),
the Arbaat dam collapse near Port Sudan (mt-ar, 2024) and Cyclone Freddy in Mozambique and Malawi
(mt-pt, 2023). A tuned set: helpers may read its misses (issue 6: times value, amounts value+unit,
places country and exact name). Every rule is the one tests/test_gold_format.py applies to the main
gold files, reused here.

Conventions: those of tests/gold/README.md (including the fifth-session ones) and dev19's. Chosen here
where they are silent:
- an offset of a year or more is its duration like a day's ("One year after" ``P1Y``, "eleven years
  later" ``P11Y``); a minute of silence "at 20:11 hours" takes the story date, while "that afternoon"
  takes the day it refers back to (the flood day, ``2024-10-29TAF``);
- "in December" in a past-tense sentence of an October story is the previous December; "the first
  quarter of 2026" is ``2026-Q1``; a split fiscal year ("2021-2022", "2022/23") is the year it ends in;
- a per-unit price or a yearly figure keeps only the money ("400 million euros a year" → the money,
  "a year" is not a time); people "buried alive" in a death estimate are ``killed``;
- a place that names an institution's seat ("the judge of Catarroja", "the police of Blantyre") is a
  place; a state or province that acts ("Tamil Nadu sent", "Karnataka pledged", "Hebei opened") is an
  actor, never a place; "the economic capital of Malawi" is one place (Blantyre), the country inside it
  is not a second one; a crossing takes the side it is named after (Chaman, PAK; Islam Qala, AFG;
  Malpasse, HTI); the Hari and the Shire cross borders (country ``null``), the Licungo and the
  Pineios do not.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import test_gold_format as gf
from _gold_helpers import FACT_LAYERS as LAYERS
from _gold_helpers import check_fact_article_head, check_fact_layers, check_fact_set, check_no_overlap, check_not_places, load

ARTICLES = load("dev24_facts.jsonl")
IDS = [a["id"] for a in ARTICLES]
# every other gold file that exists (sets being written beside this one may not be there yet)
OTHERS = tuple(name for name in (*gf.GOLD_FILES, "dev.jsonl", "dev2.jsonl", "dev5_facts.jsonl", "dev7_facts.jsonl",
                                 "dev11_facts.jsonl", "dev15_facts.jsonl", "dev19_facts.jsonl")
               if (gf.GOLD_DIR / name).exists())
WEEKDAY = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def test_dev24_set_shape() -> None:
    check_fact_set(ARTICLES, 10, "dev24", OTHERS)
    assert IDS == [f"f24-{i:02d}" for i in range(1, 11)]
    assert sum(1 for a in ARTICLES if a["style"] == "wire") == 5
    for art in ARTICLES:
        assert 180 <= len(art["text"].split()) <= 280, art["id"]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev24_article(art: dict[str, Any]) -> None:
    check_fact_article_head(art)
    check_fact_layers("dev24_facts.jsonl", art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev24_mentions_do_not_overlap(art: dict[str, Any]) -> None:
    check_no_overlap(art, LAYERS)


def test_dev24_coverage() -> None:
    """The set keeps the variety it was written for: every common kind of relative date, money in many
    writings and local currencies, casualty and arrest counts, places of every size and descriptions."""
    times = [t for a in ARTICLES for t in a["times"]]
    assert len(times) >= 130
    assert sum(1 for t in times if WEEKDAY.search(t["text"])) >= 45, "weekdays"
    assert sum(1 for t in times if t["value"] is None) >= 4, "vague times"
    assert sum(1 for t in times if t["value"] and t["value"].startswith("P")) >= 18, "durations and offsets"
    assert sum(1 for t in times if t["value"] and re.search(r"T\d\d:\d\d$", t["value"])) >= 10, "clock times"
    assert sum(1 for t in times if t["value"] and re.search(r"T(MO|AF|EV|NI)$", t["value"])) >= 15, "parts of day"
    lows = {t["text"].lower() for t in times}
    assert {"overnight", "last week", "earlier this month", "earlier this week", "this week", "yesterday",
            "last month", "next week", "this weekend", "over the weekend", "in december", "in june"} <= lows, lows
    assert sum(1 for t in times if t["text"].lower().startswith("late on ")) >= 5
    assert sum(1 for t in times if t["text"].lower().startswith("since ")) >= 12
    assert sum(1 for t in times if re.match(r"(?i)the night of \w+day (to|for) \w+day$", t["text"])) >= 5
    assert sum(1 for t in times if "fiscal" in t["text"]) >= 4
    assert any(t["value"] and re.fullmatch(r"\d{4}-Q[1-4]", t["value"]) for t in times), "a quarter"
    amounts = [m for a in ARTICLES for m in a["amounts"]]
    assert len(amounts) >= 120
    money = [m for m in amounts if m["kind"] == "money"]
    assert {"USD", "EUR", "AFN", "INR", "PGK", "AUD", "NZD", "CNY", "HTG", "CAD", "SDG", "MWK", "MZN"} <= {m["unit"] for m in money}
    assert any(re.search(r"\dbn$", m["text"]) for m in money)
    assert any(m["text"].startswith("between ") for m in money), "a range"
    assert sum(1 for m in money if "millions of" in m["text"] or "million dollars" in m["text"]) >= 3
    assert sum(1 for m in money if re.search(r"\b(lakh|crore)\b", m["text"])) >= 4
    assert {"killed", "injured", "arrested", "count", "money"} <= {m["kind"] for m in amounts}
    assert sum(1 for m in amounts if m["kind"] == "killed") >= 20
    assert sum(1 for m in amounts if m["kind"] == "arrested") >= 4
    assert {"troops", "soldiers"} <= {m["unit"] for m in amounts}
    places = [p for a in ARTICLES for p in a["places"]]
    countries = {p["country"] for p in places} - {None}
    assert {"AFG", "IND", "USA", "GRC", "PNG", "CHN", "HTI", "ESP", "SDN", "MOZ", "MWI", "PAK", "IRN"} <= countries
    assert sum(1 for p in places if p["country"] is None) >= 4, "seas and rivers crossing borders"
    described = [p for p in places if p["text"].split()[0].lower() in ("the", "this")
                 and not any(w[:1].isupper() for w in p["text"].split()[1:])]
    assert len(described) >= 14, "descriptions used as locations ('the provincial capital', 'the stricken area')"
    assert sum(1 for p in places if re.fullmatch(r"(?i:the) [A-Z]\w+ capital", p["text"])) >= 3, "'the Chinese capital'-style"
    assert sum(1 for p in places if re.search(r"(crossing|border post)\b", p["text"])) >= 3, "border crossings"
    datelines = [a for a in ARTICLES if re.match(r"[A-Z][A-Z' -]+, [A-Z][\w.]*(?: [A-Z]\w+)* —", a["text"])]
    assert len(datelines) == 5, "every wire story opens 'CITY, Country —'"


def test_dev24_acting_capitals_are_not_places() -> None:
    """A capital or a province that acts ("Kabul said", "Canberra pledged", "Tamil Nadu sent") is an actor,
    never a place."""
    seen = check_not_places(ARTICLES, r"\b(Kabul|New Delhi|Washington|Athens|Brussels|Canberra|New Zealand|Ottawa|"
                                      r"Santo Domingo|Riyadh|Lilongwe|Tamil Nadu|Karnataka|Hebei)"
                                      r"(?=,? (?:\w+ )?(?:said|released|sent|pledged|approved|will|has|requested|opened|"
                                      r"to release)\b)",
                            "acts here, it is not a place")
    assert seen >= 14
