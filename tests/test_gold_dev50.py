"""Structure checks for tests/gold/dev50_facts.jsonl, a TUNING set for the fact layers (eleventh session).

Ten articles (five wire stories, five imitating machine translation from Spanish, Portuguese, Chinese,
French and Arabic), 240-280 words each, annotated for the times, amounts and places layers only and
labelled by hand without the coder ever being run on them. Four are political or economic news (the UK
autumn budget, October 2024; Mexico's 2025 budget and the money for Pemex, November 2024, mt-es; the
Iraq-Turkey Development Road, April 2024, mt-ar; Australia's social-media ban for under-16s, November
2024), four are disasters or conflicts with casualty figures (the Petropolis landslides, February 2022,
mt-pt; the Dingri earthquake in Tibet, January 2025, mt-zh; cyclone Garance on Reunion, February 2025,
mt-fr; the RSF assault on the Zamzam camp in Sudan, April 2025) and two were the writer's choice (the
Baltimore Key Bridge collapse, March 2024; the Jasper wildfire, July 2024). Briefed or first-chosen topics
already in other gold files were swapped for these (the Sri Lanka bailout, Mexico's judicial election,
the Rio Grande do Sul floods, cyclone Chido, the Ras El-Hekma deal, Pahalgam, the Barsalogho attack).
Helpers may read its misses. Every rule is the one tests/test_gold_format.py applies to the main gold
files, reused here.

The set spans 2022, 2024 and 2025 (``check_fact_set`` with ``years=3``).

Conventions (those of tests/gold/README.md and of dev19/36/40/45_facts are kept). Chosen here where they
are silent:
- a month range inside one quarter ("in April-May 2023") is that quarter (``2023-Q2``), the smallest
  TimeML unit that holds both months; "from January to March" is ``Q1`` like "January-March";
  "mid-2025" and "since early this year" are the year, "until mid-December" the month, "the week" in
  "closed the week" that ISO week, "the dawn of Monday" / "the early morning of this Wednesday" that
  day's ``TMO``, "passed the night" the story night's ``TNI``, "the day after" ``P1D`` (dev42's
  "the day before"); "over the weekend" in a Friday story is that week's ``-WE``;
- rates ("US$40m a month", "£40bn a year", "1,000 million dollars monthly") stay with the amount and
  give no time; temperatures, magnitudes, rainfall in millimetres, speeds and distances are not
  annotated (dev45's "170 millimeters");
- bodies recovered and workers "presumed dead" are ``killed``; people missing, relocated, evacuated or
  displaced are a ``count``; two men pulled alive from the water are ``injured`` (dev45); "two of six
  road workers" is two amounts (dev42's "23 of the 45 senators"); "nine of its staff" keeps ``staff``;
  "20 thousand elements" (MT for security personnel) keeps ``elements``; a bare "19" after "34 votes"
  is ``votes``; a range "between 2 Y 3 million persons" is one span valued at its lower bound (dev45);
- places: Mount Everest (on the China-Nepal border) has country ``null`` but "the Everest on the
  Chinese side" is ``CHN``; Reunion and its towns are ``REU`` (dev29), Mayotte ``MYT``; namesakes take
  the story's country (Saint-Denis, Saint-Paul and Saint-Leu on Reunion, Norfolk in Virginia, Jasper in
  Alberta, Paraiso in Tabasco, Perth and Sydney in Australia); facilities named after towns keep the
  facility's name ("the refinery of Dos Bocas" -> ``Dos Bocas``, "the port of Grand Faw" -> ``Grand Faw
  Port``, "the Dundalk Marine Terminal"); described places and back-references ("the Tasmanian capital",
  "the capital of the state", "the east of the Mexican capital", "the north-east" of an island, "the
  country", "the municipality", "the area") are places; countries of origin ("immigrants from Mexico")
  are places; the Tigris, the Euphrates and "the Gulf" have country ``null``;
- states and capitals that act ("Iraq, Turkey, Qatar Y the United Arab Emirates signed", "Ankara seeks",
  "Alberta said", "Britain will host") are actors, not places; "Australia play India" is a team.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import test_gold_format as gf
from _gold_helpers import FACT_LAYERS as LAYERS
from _gold_helpers import GOLD, check_fact_article_head, check_fact_layers, check_fact_set, check_no_overlap
from _gold_helpers import check_not_places, load

NAME = "dev50_facts.jsonl"
ARTICLES = load(NAME)
IDS = [a["id"] for a in ARTICLES]
# every other gold file that exists (sets being written beside this one may not be there yet)
OTHERS = tuple(sorted(p.name for p in GOLD.glob("*.jsonl") if p.name != NAME))
WEEKDAY = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def is_range(m: dict[str, Any]) -> bool:
    """A range of amounts, annotated as one span whose value is its lower bound."""
    return bool(m["text"].startswith("between "))


def test_dev50_set_shape() -> None:
    check_fact_set(ARTICLES, 10, "dev50", OTHERS, years=3)
    assert IDS == [f"d50-{i:02d}" for i in range(1, 11)]
    styles = [a["style"] for a in ARTICLES]
    assert styles.count("wire") == 5
    assert all(styles.count(s) == 1 for s in gf.STYLES - {"wire"})
    assert {a["date"][:4] for a in ARTICLES} == {"2022", "2024", "2025"}
    for art in ARTICLES:
        assert 230 <= len(art["text"].split()) <= 290, art["id"]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev50_article(art: dict[str, Any]) -> None:
    check_fact_article_head(art)
    for m in filter(is_range, art["amounts"]):
        low = re.match(r"between (\d+) \w+ (\d+) million", m["text"])
        assert low and int(low.group(1)) < int(low.group(2)), m
        assert int(low.group(1)) * 1e6 == pytest.approx(m["value"]), "a range is its lower bound"
    check_fact_layers(NAME, art, skip_amount=is_range)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev50_mentions_do_not_overlap(art: dict[str, Any]) -> None:
    check_no_overlap(art, LAYERS)


def test_dev50_coverage() -> None:
    """The set keeps the variety it was written for: money in many writings and currencies, casualty and
    other counts, clock times, parts of day, quarters, durations, and places from capitals to districts,
    rivers, facilities, namesakes and descriptions."""
    times = [t for a in ARTICLES for t in a["times"]]
    assert sum(1 for t in times if WEEKDAY.search(t["text"])) >= 30, "weekdays"
    assert sum(1 for t in times if t["value"] and t["value"].startswith("P")) >= 15, "durations"
    assert sum(1 for t in times if t["value"] and re.search(r"T\d\d:\d\d$", t["value"])) >= 3, "clock times"
    assert sum(1 for t in times if t["value"] and re.search(r"T(MO|AF|EV|NI)$", t["value"])) >= 8, "parts of day"
    assert sum(1 for t in times if t["value"] is None) >= 2, "vague expressions"
    assert sum(1 for t in times if t["value"] and re.search(r"-Q[1-4]$", t["value"])) >= 3, "quarters"
    assert sum(1 for t in times if t["text"].lower().startswith("since ")) >= 12
    assert sum(1 for t in times if t["text"].lower().startswith("late on ")) >= 4
    assert sum(1 for t in times if t["text"].lower().startswith("this ")) >= 8, "MT 'this Friday'"
    assert any(t["value"] and t["value"].endswith("-WE") for t in times), "weekend"
    amounts = [m for a in ARTICLES for m in a["amounts"]]
    money = [m for m in amounts if m["kind"] == "money"]
    assert {"USD", "GBP", "AUD", "MXN", "BRL", "CNY", "EUR", "CAD"} <= {m["unit"] for m in money}
    assert sum(1 for m in money if re.search(r"\d(bn|m)$", m["text"])) >= 10, "'£40bn', 'US$32m'"
    assert sum(1 for m in money if re.search(r"\d,000 million", m["text"])) >= 6, "'136,000 million pesos'"
    assert any("trillion" in m["text"] for m in money)
    assert sum(1 for m in money if m["text"].startswith(("US$", "A$", "C$", "R$"))) >= 4
    assert sum(1 for m in amounts if is_range(m)) >= 1, "ranges"
    assert {"killed", "injured", "arrested", "count", "money"} <= {m["kind"] for m in amounts}
    assert sum(1 for m in amounts if m["kind"] in ("killed", "injured")) >= 15
    places = [p for a in ARTICLES for p in a["places"]]
    countries = {p["country"] for p in places} - {None}
    assert {"GBR", "AUS", "USA", "MEX", "BRA", "RUS", "HUN", "CHN", "NPL", "IND", "REU", "FRA", "MUS", "MYT",
            "IRQ", "TUR", "SDN", "TCD", "LKA", "CAN", "DNK"} <= countries
    assert sum(1 for p in places if p["country"] is None) >= 3, "a border peak, shared rivers, the Gulf"
    assert sum(1 for p in places if re.search(r"\bcapital\b", p["text"])) >= 7, "capitals described"
    assert sum(1 for p in places if re.search(r"\b[Rr]iver$", p["text"])) >= 3, "rivers"


def test_dev50_acting_states_are_not_places() -> None:
    """States and capitals that act ("Ankara seeks", "Alberta said", "Britain will host") are actors."""
    seen = check_not_places(ARTICLES, r"\b(Ankara|Alberta|Britain|Iraq)(?= seeks| said| will host|, Turkey)",
                            "acts here, it is not a place")
    assert seen >= 4
