"""Structure checks for tests/gold/dev15_facts.jsonl, a CHECK set for the fact layers (fourth session).

Ten articles (five wire stories, five imitating machine translation from Spanish, French, Portuguese,
Arabic and Chinese), 180-280 words each, annotated for the times, amounts and places layers only and
labelled by hand without the coder ever being run on them. Unlike dev5, dev7 and dev11 this set was
not written for known weaknesses: it is ordinary news copy dense in facts (earthquakes in Turkey and
Syria and in Morocco, the Mexico-U.S. border, Pakistan-Iran strikes, Angola's fuel protests, Gaza aid
convoys, the 2020 Yangtze floods, a Rohingya camp fire, the Kakhovka dam, Chile's wildfires), so that
its aggregate scores show how the fact layers generalise. **Score it only in aggregate** (`dateline
evaluate tests/gold/dev15_facts.jsonl` without ``--detail``); do not read its misses or tune on it.
Every rule is the one tests/test_gold_format.py applies to the main gold files, reused here.

Conventions the main README leaves open, chosen here (those of dev7 and dev11 are kept: a weekend is
``YYYY-Www-WE``, "overnight" is the story date's night, "late on Tuesday" is that day, a shared river
or sea has country ``null``, "X region" / "X province" is the place X):
- a night named by its two days ("the night of Friday to Saturday") is the first day's night (TNI);
  "during the night" in a story about the day is the story date's night, as "overnight" is;
- a clock time takes the date it belongs to ("at 4:17 a.m." after "on Monday" is that Monday);
  "midnight of this Thursday" is Thursday T24:00 (dev7: midnight is T24:00); a day-of-month ordinal
  ("on the 19th", "from the 21st to the 24th") is that day of the story's month;
- an offset ("two days after", "a day after", "nine hours later") is the duration it names;
- rates ("per second", "per day", "a month", "an hour", "a year") belong to the amount, not the times;
- earthquake magnitudes are a scale reading, like percentages: not amounts; a dead count with a person
  noun keeps the noun ("112 martyrs", "1 452 persons"), bare figures and "dead"/"wounded" are people;
  a figure for the missing or the homeless is a ``count``; detained migrants are ``arrested``;
- a mountain range inside one country has that country ("the High Atlas", MAR), as dev11's rivers do;
  a border crossing is the place on the side it is named after ("the Bab al-Hawa crossing", SYR;
  "the Taftan crossing", PAK; "the Kerem Shalom crossing", ISR); a possessive country before a
  region ("Myanmar's Rakhine State") is not a separate place.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import test_gold_format as gf
from _gold_helpers import FACT_LAYERS as LAYERS
from _gold_helpers import check_fact_article_head, check_fact_layers, check_fact_set, check_no_overlap, check_not_places, load

ARTICLES = load("dev15_facts.jsonl")
IDS = [a["id"] for a in ARTICLES]
# every other gold file that exists (sets being written beside this one may not be there yet)
OTHERS = tuple(name for name in (*gf.GOLD_FILES, "dev.jsonl", "dev2.jsonl", "dev5_facts.jsonl", "dev7_facts.jsonl",
                                 "dev11_facts.jsonl") if (gf.GOLD_DIR / name).exists())
WEEKDAY = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def test_dev15_set_shape() -> None:
    check_fact_set(ARTICLES, 10, "dev15", OTHERS)
    assert IDS == [f"f15-{i:02d}" for i in range(1, 11)]
    assert sum(1 for a in ARTICLES if a["style"] == "wire") == 5
    for art in ARTICLES:
        assert 180 <= len(art["text"].split()) <= 280, art["id"]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev15_article(art: dict[str, Any]) -> None:
    check_fact_article_head(art)
    check_fact_layers("dev15_facts.jsonl", art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev15_mentions_do_not_overlap(art: dict[str, Any]) -> None:
    check_no_overlap(art, LAYERS)


def test_dev15_coverage() -> None:
    """The set keeps the variety it was written for: every common kind of time, money in many
    writings and local currencies, casualty, arrest and troop counts, places of every size."""
    times = [t for a in ARTICLES for t in a["times"]]
    assert sum(1 for t in times if WEEKDAY.search(t["text"])) >= 25, "weekdays"
    assert sum(1 for t in times if t["value"] is None) >= 3, "vague times"
    assert sum(1 for t in times if t["value"] and t["value"].startswith("P")) >= 15, "durations"
    assert sum(1 for t in times if t["value"] and re.search(r"T\d\d:\d\d$", t["value"])) >= 8, "clock times"
    assert sum(1 for t in times if t["value"] and re.search(r"T(MO|AF|EV|NI)$", t["value"])) >= 5, "parts of day"
    lows = {t["text"].lower() for t in times}
    assert {"overnight", "last week", "earlier this month", "this week", "last year"} <= lows, lows
    assert sum(1 for t in times if t["text"].lower().startswith("late on ")) >= 2
    assert sum(1 for t in times if t["text"].lower().startswith("since ")) >= 8
    amounts = [m for a in ARTICLES for m in a["amounts"]]
    money = [m for m in amounts if m["kind"] == "money"]
    assert {"USD", "EUR", "TRY", "MAD", "MXN", "AOA", "ILS", "CNY", "BDT", "CLP"} <= {m["unit"] for m in money}
    assert any(re.search(r"\dbn$", m["text"]) for m in money) and any(re.search(r"\dm$", m["text"]) for m in money)
    assert sum(1 for m in money if "million of dollars" in m["text"] or "billion of dollars" in m["text"]) >= 2
    assert {"killed", "injured", "arrested", "count", "money"} <= {m["kind"] for m in amounts}
    assert sum(1 for m in amounts if m["kind"] == "killed") >= 15
    assert sum(1 for m in amounts if m["unit"] in ("soldiers", "troops")) >= 4
    places = [p for a in ARTICLES for p in a["places"]]
    countries = {p["country"] for p in places} - {None}
    assert {"TUR", "SYR", "MAR", "MEX", "USA", "IRN", "PAK", "AGO", "PSE", "EGY", "CHN", "BGD", "MMR", "UKR", "CHL"} <= countries
    assert sum(1 for p in places if p["country"] is None) >= 8, "rivers, seas, shared regions"
    described = [p for p in places if p["text"].split()[0].lower() in ("the", "this")
                 and not any(w[:1].isupper() for w in p["text"].split()[1:])]
    assert len(described) >= 8, "descriptions used as locations ('the enclave', 'this coastal city')"
    assert sum(1 for p in places if re.fullmatch(r"(?i:the) [A-Z]\w+ capital", p["text"])) >= 3, "'the Chinese capital'-style"
    assert sum(1 for p in places if p["text"].endswith(" crossing")) >= 3, "border crossings"


def test_dev15_acting_capitals_are_not_places() -> None:
    """A capital that acts ("Ankara said", "Rabat accepted", "pays Tehran") is an actor, never a place."""
    seen = check_not_places(ARTICLES, r"\b(Ankara|Rabat|Paris|Washington|Tehran|Islamabad|Dhaka|Beijing|Kyiv|Moscow|Santiago|Cairo|Doha)"
                             r"(?=,? (?:\w+ )?(?:said|accepted|regretted|deployed|summoned|recalled|condemned|ordered|rejected|"
                             r"accused|blamed|continue|and Doha)\b)|(?<=pays )(Tehran)",
                            "acts here, it is not a place")
    assert seen >= 12
