"""Structure checks for tests/gold/dev36_facts.jsonl, a TUNING set for the fact layers (eighth session).

Ten articles (five wire stories, five imitating machine translation from Spanish, French, Portuguese,
Arabic and Chinese), 180-280 words each, annotated for the times, amounts and places layers only and
labelled by hand without the coder ever being run on them. Unlike the earlier facts sets (mostly
disasters) these are political and diplomatic news: the 2024 Ankara prisoner exchange, the May 2025
India-Pakistan ceasefire, the 2021 Biden-Putin summit in Geneva, the 2023 Windsor Framework, the 2022
Black Sea grain deal in Istanbul, the 2025 Venezuela-El Salvador-US prisoner swap (mt-es), the Sahel
juntas leaving ECOWAS in 2024 (mt-fr), the 2024 Portuguese election (mt-pt), the January 2025 Gaza
ceasefire and first exchange (mt-ar) and the May 2025 US-China tariff truce in Geneva (mt-zh).
Helpers may read its misses. Every rule is the one tests/test_gold_format.py applies to the main gold
files, reused here.

Conventions (those of tests/gold/README.md and dev19_facts are kept). Chosen here where they are silent:
- a count's unit is its head noun as written ("33 civilians", "80 political prisoners" -> ``prisoners``,
  "79 deputies", "1,000 Indian nationals"); "2 million of persons" is ``people``; a bare number whose noun
  comes from the context ("62 injured", "25 of 90 seats", "against 77 of the Socialist Party") takes that noun;
- MT European number writing is kept in the span ("1.500 bolivars" = 1500, "1,5 billion of euros" = 1.5e9);
- MT clock forms "to 20 hours", "2h of this Monday", "the 23h30" are clock times of their day; a clock
  time past midnight ("one o'clock after midnight") belongs to the new day;
- an MT "this Sunday" / "yesterday Sunday" is the most recent such day, "Wednesday of last week" is that
  weekday of the previous ISO week; "the first trimester" is ``Q1``;
- seat, voter, prisoner, detainee, ship and truck counts are ``count`` (detainees held by a state:
  ``arrested``); percentages and tariff rates are not amounts;
- a description of a capital ("the Pakistani capital", "the capital Venezuelan", "the Nigerien capital")
  or of a place named before ("the city", "a city park", "the three ports", "the district") is a place;
  a capital or a state that acts ("Washington said", "Berlin called", "Caracas also released", "accuse
  Abuja", "Bamako, Ouagadougou and Niamey formed") or receives ("handed to Moscow", "a disbursement to
  Pakistan") is not, nor is a person named like a state ("Montenegro promised");
- the Rafah crossing into Gaza is ``PSE``; Ofer prison and the Philadelphi axis are ``PSE``; Lake Geneva,
  Europe and Africa have no country.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import test_gold_format as gf
from _gold_helpers import FACT_LAYERS as LAYERS
from _gold_helpers import check_fact_article_head, check_fact_layers, check_fact_set, check_no_overlap, check_not_places, load

ARTICLES = load("dev36_facts.jsonl")
IDS = [a["id"] for a in ARTICLES]
# every other gold file that exists (sets being written beside this one may not be there yet)
OTHERS = tuple(name for name in (*gf.GOLD_FILES, "dev.jsonl", "dev2.jsonl", "dev5_facts.jsonl", "dev7_facts.jsonl",
                                 "dev11_facts.jsonl", "dev15_facts.jsonl", "dev19_facts.jsonl", "dev24_facts.jsonl",
                                 "dev29_facts.jsonl", "dev34_facts.jsonl") if (gf.GOLD_DIR / name).exists())
WEEKDAY = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def test_dev36_set_shape() -> None:
    check_fact_set(ARTICLES, 10, "dev36", OTHERS)
    assert IDS == [f"f36-{i:02d}" for i in range(1, 11)]
    assert sum(1 for a in ARTICLES if a["style"] == "wire") == 5
    for art in ARTICLES:
        assert 180 <= len(art["text"].split()) <= 280, art["id"]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev36_article(art: dict[str, Any]) -> None:
    check_fact_article_head(art)
    check_fact_layers("dev36_facts.jsonl", art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev36_mentions_do_not_overlap(art: dict[str, Any]) -> None:
    check_no_overlap(art, LAYERS)


def test_dev36_coverage() -> None:
    """The set keeps the variety it was written for: relative dates of every common kind, clock times,
    durations, money in many writings and currencies, counts of prisoners, seats and casualties, and
    places from capitals to small towns, crossings and descriptions."""
    times = [t for a in ARTICLES for t in a["times"]]
    assert sum(1 for t in times if WEEKDAY.search(t["text"])) >= 25, "weekdays"
    assert sum(1 for t in times if t["value"] and t["value"].startswith("P")) >= 25, "durations"
    assert sum(1 for t in times if t["value"] and re.search(r"T\d\d:\d\d$", t["value"])) >= 8, "clock times"
    assert sum(1 for t in times if t["value"] and re.search(r"T(MO|AF|EV|NI)$", t["value"])) >= 8, "parts of day"
    lows = {t["text"].lower() for t in times}
    assert {"overnight", "last week", "earlier this month", "next week", "last year", "tomorrow", "next month",
            "last month"} <= lows, lows
    assert sum(1 for t in times if t["text"].lower().startswith("late on ")) >= 4
    assert sum(1 for t in times if t["text"].lower().startswith("since ")) >= 10
    assert any(re.match(r"the night of \w+day to \w+day$", t["text"]) for t in times)
    amounts = [m for a in ARTICLES for m in a["amounts"]]
    money = [m for m in amounts if m["kind"] == "money"]
    assert {"USD", "EUR", "GBP", "CHF", "VES", "XOF", "CNY"} <= {m["unit"] for m in money}
    assert any(re.search(r"\dbn$", m["text"]) for m in money)
    assert sum(1 for m in money if re.search(r"(million|billion) (of )?dollars", m["text"])) >= 4
    assert {"killed", "injured", "arrested", "count", "money"} <= {m["kind"] for m in amounts}
    assert sum(1 for m in amounts if m["unit"] in ("prisoners", "detainees")) >= 8
    assert sum(1 for m in amounts if m["unit"] in ("seats", "deputies", "voters")) >= 6
    places = [p for a in ARTICLES for p in a["places"]]
    countries = {p["country"] for p in places} - {None}
    assert {"TUR", "RUS", "DEU", "USA", "IND", "PAK", "CHE", "GBR", "IRL", "UKR", "VEN", "SLV", "NER", "MLI",
            "NGA", "PRT", "PSE", "ISR", "EGY", "QAT", "CHN", "HKG"} <= countries
    assert sum(1 for p in places if p["country"] is None) >= 3, "lakes and continents"
    described = [p for p in places if p["text"].split()[0].lower() in ("the", "a")
                 and not any(w[:1].isupper() for w in p["text"].split()[1:])]
    assert len(described) >= 4, "descriptions used as locations ('the city', 'the three ports')"
    assert sum(1 for p in places if re.fullmatch(r"the (capital )?[A-Z]\w+( capital)?", p["text"])) >= 3, "capitals described"
    assert sum(1 for p in places if p["text"].endswith(" crossing")) >= 2, "border crossings"


def test_dev36_acting_capitals_are_not_places() -> None:
    """A capital that acts ("Washington said", "Berlin called", "Caracas also released") is an actor, never a place."""
    seen = check_not_places(ARTICLES, r"\b(Washington|Moscow|Berlin|Islamabad|New Delhi|Brussels|Dublin|Kyiv|Caracas|Cairo"
                                      r"|Beijing|Niamey)"
                                      r"(?=,? (?:\w+ )?(?:pledged|announced|said|called|welcomed|paid|put|refused|agreed"
                                      r"|released|formed|imposed|has|holds|still)\b)",
                            "acts here, it is not a place")
    assert seen >= 12
