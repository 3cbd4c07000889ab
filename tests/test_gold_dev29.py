"""Structure checks for tests/gold/dev29_facts.jsonl, a TUNING set for the fact layers (seventh session).

Ten articles (five wire stories, five imitating machine translation from Spanish, French, Portuguese,
Arabic and Chinese), 180-280 words each, annotated for the times, amounts and places layers only and
labelled by hand without the coder ever being run on them. Ordinary disaster news dense in facts: the
Noto Peninsula earthquake (2024), Lahaina three years after the Maui wildfires (2026), Cyclone Remal in
Bangladesh and West Bengal (2024), the Storm Boris floods in Poland, Czechia and Romania (2024), the
Jajarkot earthquake (2023), the Hualien earthquake (mt-zh, 2024), Mayotte a month after Cyclone Chido
(mt-fr, 2025), the Valparaíso region wildfires (mt-es, 2024), the Al Haouz earthquake (mt-ar, 2023) and
the Rio Grande do Sul floods (mt-pt, 2024). A tuned set: helpers may read its misses (issue 6: times
value, amounts value+unit, places country and exact name). Every rule is the one
tests/test_gold_format.py applies to the main gold files, reused here.

The events it was written about all fall in 2023-2024, so its articles span four years (two are
follow-ups a month and three years on), not the five that ``check_fact_set`` asks of the older sets; the
set-shape test below applies that helper's other checks itself.

Conventions: those of tests/gold/README.md (including the fifth- and sixth-session ones), dev19's and
dev24's. Chosen here where they are silent:
- an opening offset is a duration like dev24's ("One month after" ``P1M``, "Three years after" ``P3Y``);
  "that night" after a past date takes that date (``TNI``), while "overnight" stays the story date's night;
- a bare "March" or "in March" in a future sentence is the next March; "In last year" (MT) is last year;
  "the end of the month" is the story month; "weeks" and "the next days" have no value;
- the dateline date of an MT story ("April 5", "May 8") is annotated with the story date; a bulletin
  hour ("9 o'clock") takes the story date; a curfew "since 17 December from 22 o'clock" gives the day
  and the clock as two times, the clock on that day;
- money as MT writes it: a decimal comma ("R$ 50,9 billion" = 50.9e9), a thousands point ("R$ 5.100" =
  5100) or space ("1 000 euros"), "millions of euros", and a currency named in brackets ("200,000 yuan
  (New Taiwan dollars)" is TWD); Nepalese "lakh" rupees are NPR;
- a population figure with its noun ("this town of 43,000 people") is a count; "seven were missing" is
  a count of ``people``; "2,800 soldiers and civil security agents" is ``soldiers`` (dev19's "officers
  and soldiers"); tonnes and tons are counts as in dev19/dev24;
- Mayotte and Réunion take their own ISO codes (``MYT``, ``REU``) as New Caledonia takes ``NCL``;
  the Sundarbans, the Oder and the Opava (a border river) are ``null``, the Nysa Kłodzka, the Bheri,
  the Taquari and the Guaíba are inside one country; a crossing takes the side it is named after
  (Jamunaha, NPL; Benapole, BGD); a named road is not annotated, a tunnel or a building is a landmark;
  "the Historic Center of Porto Alegre" is one place.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import test_gold_format as gf
from _gold_helpers import FACT_LAYERS as LAYERS
from _gold_helpers import check_distinct, check_fact_article_head, check_fact_layers, check_no_overlap, check_not_places, load

ARTICLES = load("dev29_facts.jsonl")
IDS = [a["id"] for a in ARTICLES]
# every other gold file that exists (sets being written beside this one may not be there yet)
OTHERS = tuple(name for name in (*gf.GOLD_FILES, "dev.jsonl", "dev2.jsonl", "dev5_facts.jsonl", "dev7_facts.jsonl",
                                 "dev11_facts.jsonl", "dev15_facts.jsonl", "dev19_facts.jsonl", "dev24_facts.jsonl")
               if (gf.GOLD_DIR / name).exists())
WEEKDAY = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def test_dev29_set_shape() -> None:
    assert IDS == [f"f29-{i:02d}" for i in range(1, 11)]
    check_distinct(ARTICLES, OTHERS, "dev29")
    assert {a["style"] for a in ARTICLES} == gf.STYLES
    assert sum(1 for a in ARTICLES if a["style"] == "wire") == 5
    assert sorted(a["style"] for a in ARTICLES if a["style"] != "wire") == ["mt-ar", "mt-es", "mt-fr", "mt-pt", "mt-zh"]
    assert len({a["date"][:4] for a in ARTICLES}) >= 4
    for art in ARTICLES:
        assert 180 <= len(art["text"].split()) <= 280, art["id"]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev29_article(art: dict[str, Any]) -> None:
    check_fact_article_head(art)
    check_fact_layers("dev29_facts.jsonl", art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev29_mentions_do_not_overlap(art: dict[str, Any]) -> None:
    check_no_overlap(art, LAYERS)


def test_dev29_coverage() -> None:
    """The set keeps the variety it was written for: every common kind of relative date, money in many
    writings and local currencies, casualty and arrest counts, places of every size and descriptions."""
    times = [t for a in ARTICLES for t in a["times"]]
    assert len(times) >= 150
    assert sum(1 for t in times if WEEKDAY.search(t["text"])) >= 50, "weekdays"
    assert sum(1 for t in times if t["value"] is None) >= 3, "vague times"
    assert sum(1 for t in times if t["value"] and t["value"].startswith("P")) >= 18, "durations and offsets"
    assert sum(1 for t in times if t["value"] and re.search(r"T\d\d:\d\d$", t["value"])) >= 10, "clock times"
    assert sum(1 for t in times if t["value"] and re.search(r"T(MO|AF|EV|NI)$", t["value"])) >= 20, "parts of day"
    lows = {t["text"].lower() for t in times}
    assert {"overnight", "last week", "earlier this month", "earlier this week", "later this week", "yesterday", "tomorrow",
            "last year", "next month", "next week", "this weekend", "in june", "in march", "in may last year"} <= lows, lows
    assert sum(1 for t in times if t["text"].lower().startswith("late on ")) >= 6
    assert sum(1 for t in times if t["text"].lower().startswith("since ")) >= 10
    assert sum(1 for t in times if re.match(r"(?i)the night of \w+day (to|for) \w+day$", t["text"])) >= 8
    assert sum(1 for t in times if "fiscal" in t["text"]) >= 4
    assert sum(1 for t in times if t["value"] and t["value"].endswith("-WE")) >= 4, "weekends"
    amounts = [m for a in ARTICLES for m in a["amounts"]]
    assert len(amounts) >= 110
    money = [m for m in amounts if m["kind"] == "money"]
    assert {"USD", "EUR", "JPY", "BDT", "INR", "PLN", "CZK", "RON", "NPR", "CNY", "TWD", "CLP", "MAD", "BRL"} <= {m["unit"] for m in money}
    assert sum(1 for m in money if re.search(r"\dbn$", m["text"])) >= 3
    assert sum(1 for m in money if m["text"].startswith("between ")) >= 4, "ranges"
    assert sum(1 for m in money if re.search(r"millions? of (dollars|euros)|million dollars", m["text"])) >= 4
    assert sum(1 for m in money if "lakh" in m["text"]) >= 2
    assert any(re.search(r"\d,\d billion", m["text"]) for m in money), "a decimal comma"
    assert {"killed", "injured", "arrested", "count", "money"} <= {m["kind"] for m in amounts}
    assert sum(1 for m in amounts if m["kind"] == "killed") >= 20
    assert {"troops", "soldiers"} <= {m["unit"] for m in amounts}
    places = [p for a in ARTICLES for p in a["places"]]
    assert len(places) >= 160
    countries = {p["country"] for p in places} - {None}
    assert {"JPN", "USA", "BGD", "IND", "POL", "CZE", "ROU", "AUT", "NPL", "TWN", "CHN", "MYT", "COM", "MOZ", "CHL", "MAR",
            "BRA"} <= countries
    assert sum(1 for p in places if p["country"] is None) >= 5, "seas, bays, border rivers and shared regions"
    described = [p for p in places if p["text"].split()[0].lower() in ("the", "this")
                 and not any(w[:1].isupper() for w in p["text"].split()[1:])]
    assert len(described) >= 18, "descriptions used as locations ('the port city', 'the afflicted area')"
    assert sum(1 for p in places if re.fullmatch(r"(?i:the) [A-Z]\w+ capital", p["text"])) >= 3, "'the Chilean capital'-style"
    assert sum(1 for p in places if p["text"].endswith(" crossing")) >= 2, "border crossings"
    datelines = [a for a in ARTICLES if re.match(r"[A-Z][A-Z' -]+, [A-Z][\w.]*(?: [A-Z]\w+)* —", a["text"])]
    assert len(datelines) == 5, "every wire story opens 'CITY, Country —'"


def test_dev29_acting_capitals_are_not_places() -> None:
    """A capital or a city that acts ("Tokyo is preparing", "Dhaka said", "Rabat accepted") is an actor,
    never a place."""
    seen = check_not_places(ARTICLES, r"\b(Tokyo|Osaka|Washington|Honolulu|Dhaka|New Delhi|Prague|Bucharest|Brussels|Beijing|"
                                      r"Paris|Santiago|Lima|Buenos Aires|Rabat|Brasília)"
                                      r"(?=,? (?:\w+ )?(?:is|has|said|sent|approved|released|will|pledged|promised|announced|"
                                      r"offered|accepted)\b)",
                            "acts here, it is not a place")
    assert seen >= 15
