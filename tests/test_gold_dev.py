"""Structure checks for tests/gold/dev.jsonl, the second development set for the quotes, amounts,
places and times layers.

The set annotates only those four layers (events and actors are absent, so the evaluator skips them);
every other rule is the one tests/test_gold_format.py applies to the main gold files, reused here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import test_gold_format as gf

DEV = Path(__file__).parent / "gold" / "dev.jsonl"
DEV_LAYERS = ("quotes", "times", "amounts", "places")
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
    # fill the layers this set leaves out with "nothing", then apply the main gold checks
    full = {**art, "events": [], "actors": []}
    for check in (gf.test_mentions_are_in_text, gf.test_quotes, gf.test_times, gf.test_amounts, gf.test_places):
        check("dev.jsonl", full)
