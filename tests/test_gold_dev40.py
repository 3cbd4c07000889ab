"""Structure checks for tests/gold/dev40_facts.jsonl, a TUNING set for the fact layers (ninth session).

Ten articles (five wire stories, five imitating machine translation from Spanish, French, Portuguese,
Arabic and Chinese), 180-280 words each, annotated for the times, amounts and places layers only and
labelled by hand without the coder ever being run on them. Five are political or economic news (the
IMF's $8bn deal with Egypt, March 2024; Pakistan's IMF standby loan, July 2023; the EU's 50bn-euro
Ukraine Facility, February 2024; India's election results, June 2024; Angola's election results, August
2022, mt-pt) and five disasters or accidents (the Grindavik eruption, January 2024; the Jet Set nightclub
roof collapse in Santo Domingo, April 2025, mt-es; the Cap-Haitien tanker explosion, December 2021,
mt-fr; the Qaraqosh wedding fire, September 2023, mt-ar; the Meizhou-Dabu expressway collapse, May
2024, mt-zh). Briefed topics already in other gold files were swapped for these (the Enga landslide,
Hualien, Chido, Vina del Mar, Rio Grande do Sul and Al Haouz). Helpers may read its misses. Every rule
is the one tests/test_gold_format.py applies to the main gold files, reused here.

Conventions (those of tests/gold/README.md, dev19_facts and dev36_facts are kept). Chosen here where they
are silent:
- a range of amounts ("between $5bn and $6bn", "between 2,000 and 3,000 traders") is one annotation with
  its lower bound (dev7's rule); a range of years ("from 2024 to 2027", "between 2014 Y 2017") gives one
  time per year; a date range ("from 19 April to 1 June") one time per date;
- vague offsets ("hours after", "hours before", "within weeks", "in the coming weeks", "several months")
  are annotated with value ``null``; "late into the night" after a named day is that day's ``TNI``;
- "a day after" is ``P1D``; "the fourth quarter" in an early-year story is the previous year's ``Q4``;
  "the fiscal year ending in June 2024" and "fiscal year 2023-24" are ``2024``;
- a seat count given as a bare number ("won 240 of the 543 seats", "the 272 needed", "who took 12")
  takes the noun ``seats``; "6,45 million of the 14,39 million of voters" are both ``voters``;
- "the port" after "Port Said", "this fishing town" / "the town" (Grindavik), "the district" (Al-Hamdaniya),
  "the second city of the country" / "of Iraq" and "the Indian capital" are places; the collapsed
  nightclub (Jet Set) and a hospital are landmarks; a province named as where a victim came from is a
  place;
- a capital that acts ("Cairo has struggled", "Islamabad had waited", "Kyiv expects", "Budapest said",
  "Washington welcomed") is not a place; nor is a state that receives ("the debt to China", "a package
  for Ukraine").
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import test_gold_format as gf
from _gold_helpers import FACT_LAYERS as LAYERS
from _gold_helpers import check_fact_article_head, check_fact_layers, check_fact_set, check_no_overlap, check_not_places, load

ARTICLES = load("dev40_facts.jsonl")
IDS = [a["id"] for a in ARTICLES]
# every other gold file that exists (sets being written beside this one may not be there yet)
OTHERS = tuple(name for name in (*gf.GOLD_FILES, "dev.jsonl", "dev2.jsonl", "dev5_facts.jsonl", "dev7_facts.jsonl",
                                 "dev11_facts.jsonl", "dev15_facts.jsonl", "dev19_facts.jsonl", "dev24_facts.jsonl",
                                 "dev29_facts.jsonl", "dev34_facts.jsonl", "dev36_facts.jsonl")
               if (gf.GOLD_DIR / name).exists())
WEEKDAY = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def is_range(m: dict[str, Any]) -> bool:
    """A range of amounts, annotated as one span whose value is its lower bound."""
    return bool(m["text"].startswith("between "))


def test_dev40_set_shape() -> None:
    check_fact_set(ARTICLES, 10, "dev40", OTHERS)
    assert IDS == [f"f40-{i:02d}" for i in range(1, 11)]
    assert sum(1 for a in ARTICLES if a["style"] == "wire") == 5
    for art in ARTICLES:
        assert 180 <= len(art["text"].split()) <= 280, art["id"]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev40_article(art: dict[str, Any]) -> None:
    check_fact_article_head(art)
    for m in filter(is_range, art["amounts"]):
        low = re.match(r"between \$?([\d.,]+)(bn|m)? ", m["text"])
        assert low, m
        scale = {"bn": 1e9, "m": 1e6, None: 1}[low.group(2)]
        assert float(re.sub(r"[^\d.]", "", low.group(1))) * scale == pytest.approx(m["value"]), "a range is its lower bound"
    check_fact_layers("dev40_facts.jsonl", art, skip_amount=is_range)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev40_mentions_do_not_overlap(art: dict[str, Any]) -> None:
    check_no_overlap(art, LAYERS)


def test_dev40_coverage() -> None:
    """The set keeps the variety it was written for: relative dates of every common kind, clock times,
    durations, fiscal years and quarters, money in many writings and currencies, counts of people, seats
    and voters, and places from capitals to small towns, crossings and descriptions."""
    times = [t for a in ARTICLES for t in a["times"]]
    assert sum(1 for t in times if WEEKDAY.search(t["text"])) >= 30, "weekdays"
    assert sum(1 for t in times if t["value"] and t["value"].startswith("P")) >= 25, "durations"
    assert sum(1 for t in times if t["value"] and re.search(r"T\d\d:\d\d$", t["value"])) >= 10, "clock times"
    assert sum(1 for t in times if t["value"] and re.search(r"T(MO|AF|EV|NI)$", t["value"])) >= 10, "parts of day"
    assert sum(1 for t in times if t["value"] is None) >= 5, "vague expressions"
    assert sum(1 for t in times if t["value"] and re.search(r"-(Q[1-4]|H[12])$", t["value"])) >= 2, "quarters"
    lows = {t["text"].lower() for t in times}
    assert {"overnight", "last week", "earlier this month", "next week", "last year", "tomorrow", "next month",
            "last month", "yesterday", "today", "this morning", "this evening"} <= lows, lows
    assert sum(1 for t in times if t["text"].lower().startswith("late on ")) >= 5
    assert sum(1 for t in times if t["text"].lower().startswith("since ")) >= 8
    assert sum(1 for t in times if "fiscal year" in t["text"]) >= 2
    assert sum(1 for t in times if re.match(r"the night of \w+day to \w+day$", t["text"])) >= 2
    amounts = [m for a in ARTICLES for m in a["amounts"]]
    money = [m for m in amounts if m["kind"] == "money"]
    assert {"USD", "EUR", "EGP", "PKR", "INR", "ISK", "DOP", "HTG", "AOA", "IQD", "CNY"} <= {m["unit"] for m in money}
    assert sum(1 for m in money if re.search(r"\dbn$", m["text"])) >= 15
    assert sum(1 for m in money if re.search(r"(million|billion|millions) (of |US )?dollars", m["text"])) >= 5
    assert sum(1 for m in amounts if is_range(m)) >= 2, "ranges"
    assert {"killed", "injured", "arrested", "count", "money"} <= {m["kind"] for m in amounts}
    assert sum(1 for m in amounts if m["kind"] in ("killed", "injured")) >= 15
    assert sum(1 for m in amounts if m["unit"] in ("seats", "deputies", "voters")) >= 14
    places = [p for a in ARTICLES for p in a["places"]]
    countries = {p["country"] for p in places} - {None}
    assert {"EGY", "PAK", "BEL", "NLD", "LUX", "UKR", "IND", "ISL", "DOM", "PRI", "ISR", "HTI", "USA", "AGO", "BWA",
            "IRQ", "CHN"} <= countries
    assert any(p["country"] is None for p in places), "a sea"
    described = [p for p in places if p["text"].split()[0].lower() in ("the", "this")
                 and not any(w[:1].isupper() for w in p["text"].split()[1:])]
    assert len(described) >= 7, "descriptions used as locations ('the port', 'this fishing town', 'the capital')"
    assert sum(1 for p in places if re.fullmatch(r"the (\w+ )?(capital|city)( \w+)*", p["text"])) >= 6, "capitals described"
    assert sum(1 for p in places if p["text"].endswith(" crossing")) >= 3, "border crossings"


def test_dev40_acting_capitals_are_not_places() -> None:
    """A capital that acts ("Cairo has struggled", "Kyiv expects", "Washington welcomed") is an actor, never a place."""
    seen = check_not_places(ARTICLES, r"\b(Washington|Cairo|Islamabad|Budapest|Kyiv)"
                                      r"(?= (?:welcomed|has|had|said|expects)\b)",
                            "acts here, it is not a place")
    assert seen >= 5
