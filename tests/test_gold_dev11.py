"""Structure checks for tests/gold/dev11_facts.jsonl, a third development set for the fact layers.

Ten articles (five wire stories, five imitating machine translation from Chinese, Arabic, French,
Spanish and Portuguese) annotated for the times, amounts and places layers only, labelled by hand
before the coder was run on them. Written for what a gazetteer finds hard: small towns and districts
in conflict zones (the Sahel, eastern DR Congo, Myanmar's states, the Donbas, Yemen's governorates,
Kashmir), names several countries share (Georgetown, Bolívar, Boni, Sake), border crossings,
rivers, lakes, seas and straits, regions ("the central Sahel", "the West Bank"), descriptions ("the
regional capital", "the besieged town", "the narrow waterway"), capitals that act ("Kinshasa
accused Kigali", "Islamabad denied": actors, not places) and demonyms that are not places ("the
Congolese army", "the Emirati port of Fujairah": only the port is). Every rule is the one
tests/test_gold_format.py applies to the main gold files, reused here.

Conventions the main README leaves open, chosen here (the dev7 ones are kept: a weekend is
``YYYY-Www-WE``, a range is its lower bound, vague quantities are not annotated):
- a river, lake, strait or sea shared by several countries has country ``null`` ("the Niger River",
  "Lake Kivu", "the Oskil River"); a river inside one country has that country ("the Essequibo River");
- a side of a divided region is the administering state ("Indian-administered Kashmir" is Jammu and
  Kashmir, IND; "Pakistani-administered Kashmir" is Azad Kashmir, PAK); a ceasefire line is ``null``;
- "X region" / "X district" / "X province" is the place X; a country's border ("the Algerian
  border", "the Togolese border") is that country, as "near the Syrian border" is in the main README;
- "yesterday, Friday" is two times of the same day; "overnight" is the story date's night;
  vague spans ("several days", "several months") are annotated with value ``null``.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import test_gold_format as gf
from _gold_helpers import FACT_LAYERS as LAYERS
from _gold_helpers import annotation_start, check_fact_article_head, check_fact_layers, check_fact_set, check_no_overlap, load

ARTICLES = load("dev11_facts.jsonl")
IDS = [a["id"] for a in ARTICLES]
OTHERS = (*gf.GOLD_FILES, "dev.jsonl", "dev2.jsonl", "dev5_facts.jsonl", "dev7_facts.jsonl")


def test_dev11_set_shape() -> None:
    check_fact_set(ARTICLES, 10, "dev11", OTHERS)
    assert sum(1 for a in ARTICLES if a["style"] == "wire") == 5


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev11_article(art: dict[str, Any]) -> None:
    check_fact_article_head(art)
    check_fact_layers("dev11_facts.jsonl", art)


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev11_mentions_do_not_overlap(art: dict[str, Any]) -> None:
    check_no_overlap(art, LAYERS)


def test_dev11_coverage() -> None:
    """The set keeps the variety it was written for."""
    places = [p for a in ARTICLES for p in a["places"]]
    assert sum(1 for p in places if p["country"] is None) >= 10, "rivers, lakes, seas, straits, regions, lines"
    described = [p for p in places if p["text"][0] in "tT" and p["text"].split()[0].lower() == "the"
                 and not any(w[:1].isupper() for w in p["text"].split()[1:])]
    assert len(described) >= 8, "descriptions used as locations ('the regional capital', 'the lake')"
    countries = {p["country"] for p in places} - {None}
    assert {"BFA", "COD", "MMR", "UKR", "YEM", "MLI", "PSE", "GUY"} <= countries, countries
    amounts = [m for a in ARTICLES for m in a["amounts"]]
    assert {"USD", "EUR", "RWF", "CNY", "MMK", "YER", "XOF", "INR", "VES"} <= {m["unit"] for m in amounts if m["kind"] == "money"}
    assert {"killed", "injured", "arrested", "count", "money"} <= {m["kind"] for m in amounts}
    times = [t for a in ARTICLES for t in a["times"]]
    assert sum(1 for t in times if re.search(r"(mon|tues|wednes|thurs|fri|satur|sun)day", t["text"], re.I)) >= 15
    assert sum(1 for t in times if t["value"] is None) >= 2, "vague times"
    assert sum(1 for t in times if t["value"] and t["value"].startswith("P")) >= 10, "durations"


def test_dev11_acting_capitals_are_not_places() -> None:
    """A capital that acts ("Kinshasa accused", "Islamabad denied") is an actor, never a place."""
    seen = 0
    for art in ARTICLES:
        text = art["text"]
        for m in re.finditer(r"\b(Ouagadougou|Paris|Kinshasa|Kigali|Naypyidaw|Moscow|Kyiv|Washington|Riyadh|Algiers|"
                             r"Islamabad|Caracas|Amman|Tehran|Downing Street)"
                             r"(?=,? (?:\w+ )?(?:said|declared|condemned|accused|announced|received|expressed|denied)\b)", text):
            seen += 1
            s, e = m.span(1)
            for p in art["places"]:
                ps = annotation_start(text, p)
                assert ps + len(p["text"]) <= s or ps >= e, f"{art['id']}: {text[s:e]!r} acts here, it is not a place"
    assert seen >= 10
