"""Structure checks for tests/gold/dev.jsonl, the second development set.

The set was first written for the quotes, amounts, places and times layers; the actors and events
layers were added later by a different annotator, so those two layers get a development set they
were never tuned on. Every rule is the one tests/test_gold_format.py applies to the main gold files,
reused here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import test_gold_format as gf

DEV = Path(__file__).parent / "gold" / "dev.jsonl"
DEV_LAYERS = ("quotes", "times", "amounts", "places", "actors", "events")
ARTICLES: list[dict[str, Any]] = [
    json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()
]
IDS = [a["id"] for a in ARTICLES]


def test_dev_set_shape() -> None:
    assert len(ARTICLES) >= 10
    ids = [a["id"] for a in ARTICLES]
    assert len(set(ids)) == len(ids)
    other = [a for name in gf.GOLD_FILES for a in gf._load(name)]
    assert not set(ids) & {a["id"] for a in other}, "dev ids must differ from the other gold files"
    assert not {a["text"] for a in ARTICLES} & {a["text"] for a in other}
    assert sum(a["style"].startswith("mt-") for a in ARTICLES) >= 7
    assert any(q["speaker"] is None for a in ARTICLES for q in a["quotes"]), "need a scare quote"


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev_article(art: dict[str, Any]) -> None:
    assert set(art) == {"id", "date", "style", "text", *DEV_LAYERS}
    assert art["style"] in gf.STYLES
    assert 120 <= len(art["text"].split()) <= 300
    for check in (gf.test_mentions_are_in_text, gf.test_events, gf.test_quotes, gf.test_actors, gf.test_times,
                  gf.test_amounts, gf.test_places):
        check("dev.jsonl", art)
    assert art["events"], "every dev article reports at least one event"


def _spans(art: dict[str, Any], layer: str) -> list[tuple[int, int]]:
    """Where each mention of a layer lies (its occurrence, else its only occurrence)."""
    text = art["text"]
    out = []
    for ann in art[layer]:
        starts = gf._word_occurrences(text, ann["text"]) or gf._occurrences(text, ann["text"])
        start = starts[ann.get("occurrence", 1) - 1]
        out.append((start, start + len(ann["text"])))
    return out


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev_actor_is_not_a_place(art: dict[str, Any]) -> None:
    """A given mention is an actor or a place, never both (tests/gold/README.md, Actors)."""
    places = _spans(art, "places")
    for (s, e), ann in zip(_spans(art, "actors"), art["actors"]):
        clash = [p for p in places if p[0] < e and s < p[1]]
        assert not clash, f"{ann['text']!r} is annotated both as an actor and as a place"


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_dev_actor_mentions_unique(art: dict[str, Any]) -> None:
    """The same mention is annotated once per actor (plural mentions repeat with different ids)."""
    keys = [(s, e, ann["id"]) for (s, e), ann in zip(_spans(art, "actors"), art["actors"])]
    assert len(keys) == len(set(keys))


def test_dev_event_coverage() -> None:
    """The set exercises the flags and a spread of PLOVER types, as the main gold does."""
    events = [e for a in ARTICLES for e in a["events"]]
    assert any(e.get("negated") for e in events)
    assert any(e.get("hypothetical") for e in events)
    assert len({e["type"] for e in events}) >= 12
    # IGOs and groups are referenced by name, with no country
    actors = [m for a in ARTICLES for m in a["actors"]]
    assert any(m["country"] is None for m in actors)
