"""Structure checks for tests/gold/dev45_facts.jsonl, a TUNING set for the fact layers (tenth session).

Ten articles (five wire stories, five imitating machine translation from Spanish, French, Portuguese,
Arabic and Chinese), 180-280 words each, annotated for the times, amounts and places layers only and
labelled by hand without the coder ever being run on them. Five are political or economic news (Saudi
Aramco's $11.2bn share sale, June 2024; China's ten-trillion-yuan local debt swap, November 2024, mt-zh;
Senegal's audit of its public finances, September 2024, mt-fr; Argentina's $20bn IMF deal and the end of
the currency controls, April 2025, mt-es; Brazil's spending cuts and the real's record low, December
2024, mt-pt) and five disasters or accidents (the Jeju Air crash at Muan, December 2024; Hurricane Milton,
October 2024; the Kocani nightclub fire, March 2025; the Lewotobi Laki-laki eruption, November 2024; the
floods in south-east Morocco, September 2024, mt-ar). Briefed topics already in other gold files were
swapped for these (Kenya's Finance Act, Hurricane Helene, Wayanad, the Sudan cholera outbreak); the
briefed Bangladesh budget did not fit the five-and-five mix. Helpers may read its misses. Every rule is
the one tests/test_gold_format.py applies to the main gold files, reused here.

The briefed topics all fall in 2024-2025, so the set spans two years (``check_fact_set`` with
``years=2``).

Conventions (those of tests/gold/README.md, dev19_facts, dev36_facts and dev40_facts are kept). Chosen
here where they are silent:
- "overnight" is the story date's ``TNI`` (dev40) unless the text anchors it to an earlier night
  (a storm that made landfall late on Wednesday and "crossed the peninsula overnight" is Wednesday's);
  "before midnight on Sunday" is Sunday's ``TNI``, "the night of 27 November" that day's ``TNI``;
- "the same quarter of 2023" is ``2023-Q1`` after "the first quarter" of 2024; "January-March" is the
  quarter; "the second half of the year" is ``H2``; "fiscal year 2025" (US federal) is ``2025``;
  "since last summer" in a November story is that year; "the end of last week" is last week;
- clock times take the day they fall on ("9:03 a.m." after "on Sunday"; "11:57 p.m." the night before
  the Monday); "four minutes" is ``PT4M``;
- exchange rates and bands ("1.230 pesos per dollar", "6.30 per dollar") and bond prices are not
  annotated; trillions are written in words or with a decimal point ("six trillion yuan", "1.4 trillion of
  dollars", "10,000 billion yuan") so the digits rule of the main files holds;
- nationality plurals ("173 South Koreans", "two Thais", "two Spaniards") keep the nationality as unit
  (dev37's "Brazilians"); "persons" stays ``persons``; a bare figure after "killed 59 people and injured"
  is ``people``; "9,000 troops of the National Guard" is ``troops``; "two crew members" pulled alive are
  ``injured``; missing people are a ``count``;
- back-references and descriptions are places ("this city", "the peninsula", "the state", "this eastern
  town", "the town", "the kingdom" as a location, "the southeast of the Kingdom", "the region", "the
  provincial capital", "the federal capital", "the Argentine capital"); a crossing takes its own side's
  country (the Delcevo crossing MKD, Paso de los Libres ARG); a gas field on a maritime border and an
  island shared by two states (Timor) have country ``null``; title-case datelines of towns whose names
  exist elsewhere ("St. Petersburg, Florida", "Tata (Morocco)") and Florida's Venice and Naples are USA/MAR;
- capitals that act ("Seoul, which asked", "Riyadh needs", "Sofia sent", "Athens offered", "Jakarta sent",
  "Dakar wants", "Washington approved", "Washington supported", "Rabat mobilized") and "The kingdom sold"
  are actors, not places; nor is a state that takes patients ("Turkey took six") or a swap partner.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import test_gold_format as gf
from _gold_helpers import FACT_LAYERS as LAYERS
from _gold_helpers import GOLD, check_fact_article_head, check_fact_layers, check_fact_set, check_no_overlap
from _gold_helpers import check_not_places, load

NAME = "dev45_facts.jsonl"
ARTICLES = load(NAME)
IDS = [a["id"] for a in ARTICLES]
# every other gold file that exists (sets being written beside this one may not be there yet)
OTHERS = tuple(sorted(p.name for p in GOLD.glob("*.jsonl") if p.name != NAME))
WEEKDAY = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
RANGE = re.compile(r"between \$(\d+)bn and \$(\d+)bn$")


def is_range(m: dict[str, Any]) -> bool:
    """A range of amounts, annotated as one span whose value is its lower bound."""
    return bool(m["text"].startswith("between "))


def test_dev45_set_shape() -> None:
    check_fact_set(ARTICLES, 10, "dev45", OTHERS, years=2)
    assert IDS == [f"f45-{i:02d}" for i in range(1, 11)]
    styles = [a["style"] for a in ARTICLES]
    assert styles.count("wire") == 5
    assert all(styles.count(s) == 1 for s in gf.STYLES - {"wire"})
    assert {a["date"][:4] for a in ARTICLES} == {"2024", "2025"}
    for art in ARTICLES:
        assert 180 <= len(art["text"].split()) <= 280, art["id"]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev45_article(art: dict[str, Any]) -> None:
    check_fact_article_head(art)
    for m in filter(is_range, art["amounts"]):
        low = RANGE.match(m["text"])
        assert low and int(low.group(1)) < int(low.group(2)), m
        assert int(low.group(1)) * 1e9 == pytest.approx(m["value"]), "a range is its lower bound"
    check_fact_layers(NAME, art, skip_amount=is_range)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev45_mentions_do_not_overlap(art: dict[str, Any]) -> None:
    check_no_overlap(art, LAYERS)


def test_dev45_coverage() -> None:
    """The set keeps the variety it was written for: relative dates of every common kind, clock times,
    durations, quarters and halves, money in many writings and currencies, counts of people, and places
    from capitals to villages, rivers, crossings and descriptions."""
    times = [t for a in ARTICLES for t in a["times"]]
    assert sum(1 for t in times if WEEKDAY.search(t["text"])) >= 40, "weekdays"
    assert sum(1 for t in times if t["value"] and t["value"].startswith("P")) >= 20, "durations"
    assert sum(1 for t in times if t["value"] and re.search(r"T\d\d:\d\d$", t["value"])) >= 4, "clock times"
    assert sum(1 for t in times if t["value"] and re.search(r"T(MO|AF|EV|NI)$", t["value"])) >= 15, "parts of day"
    assert sum(1 for t in times if t["value"] is None) >= 2, "vague expressions"
    assert sum(1 for t in times if t["value"] and re.search(r"-(Q[1-4]|H[12])$", t["value"])) >= 5, "quarters"
    lows = {t["text"].lower() for t in times}
    assert {"overnight", "last week", "earlier this month", "next week", "last year", "next year", "last month",
            "tomorrow", "yesterday", "today", "this morning", "this year"} <= lows, lows
    assert sum(1 for t in times if t["text"].lower().startswith("late on ")) >= 6
    assert sum(1 for t in times if t["text"].lower().startswith("since ")) >= 12
    assert sum(1 for t in times if t["text"].lower().startswith("until ")) >= 6
    assert sum(1 for t in times if t["text"].lower().startswith("this ")) >= 10, "MT 'this Friday'"
    assert sum(1 for t in times if re.match(r"the night of \w+day to \w+day$", t["text"])) >= 2
    assert any("fiscal year" in t["text"] for t in times)
    amounts = [m for a in ARTICLES for m in a["amounts"]]
    money = [m for m in amounts if m["kind"] == "money"]
    assert {"USD", "EUR", "KRW", "SAR", "MKD", "IDR", "CNY", "XOF", "BRL", "MAD"} <= {m["unit"] for m in money}
    assert sum(1 for m in money if re.search(r"\dbn$", m["text"])) >= 10
    assert any(re.search(r"\dm$", m["text"]) for m in money)
    assert sum(1 for m in money if re.search(r"(million|billion) of (dollars|reais|francs CFA)$", m["text"])) >= 8
    assert sum(1 for m in money if re.search(r"(million|billion) dollars$", m["text"])) >= 3
    assert sum(1 for m in amounts if "thousand" in m["text"]) >= 3, "'5 thousand reais'"
    assert sum(1 for m in amounts if is_range(m)) >= 2, "ranges"
    assert {"killed", "injured", "arrested", "count", "money"} <= {m["kind"] for m in amounts}
    assert sum(1 for m in amounts if m["kind"] in ("killed", "injured")) >= 15
    assert {"South Koreans", "Thais", "Spaniards", "persons", "troops", "soldiers"} <= {m["unit"] for m in amounts}
    places = [p for a in ARTICLES for p in a["places"]]
    countries = {p["country"] for p in places} - {None}
    assert {"KOR", "THA", "SAU", "GBR", "USA", "MKD", "GRC", "BGR", "SRB", "IDN", "CHN", "HKG", "SEN", "MRT",
            "ARG", "BRA", "MAR"} <= countries
    assert sum(1 for p in places if p["country"] is None) >= 3, "seas, a shared island, a field on a border"
    described = [p for p in places if p["text"].split()[0].lower() in ("the", "this")
                 and not any(w[:1].isupper() for w in p["text"].split()[1:])]
    assert len(described) >= 12, "descriptions used as locations ('this city', 'the peninsula', 'the capital')"
    assert sum(1 for p in places if re.search(r"\bcapital$", p["text"])) >= 7, "capitals described"
    assert sum(1 for p in places if re.search(r"\b[Cc]rossing\b", p["text"])) >= 2, "border crossings"
    assert sum(1 for p in places if re.search(r"\b[Rr]iver$", p["text"])) >= 2, "rivers"


def test_dev45_acting_capitals_are_not_places() -> None:
    """A capital that acts ("Seoul, which asked", "Sofia sent", "Dakar wants", "Rabat mobilized") is an
    actor, never a place; nor is "The kingdom sold"."""
    seen = check_not_places(ARTICLES, r"\b(Seoul|Riyadh|Sofia|Athens|Jakarta|Dakar|Washington|Rabat|The kingdom)"
                                      r"(?=,? (?:which asked|needs|sent|offered|wants|approved|supported|"
                                      r"mobilized|sold)\b)",
                            "acts here, it is not a place")
    assert seen >= 10
