"""Structure checks for tests/gold/dev4_quotes.jsonl (second quote-speaker development set).

Ten articles written and labelled by hand before the coder was run on them (tests/gold/README.md):
three wire stories and seven imitating machine translation (Spanish, Chinese, French, Arabic,
Portuguese), dense in quotations and speaker constructions.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

PATH = Path(__file__).parent / "gold" / "dev4_quotes.jsonl"
STYLES = {"wire", "mt-es", "mt-zh", "mt-fr", "mt-ar", "mt-pt"}
MARKS = "\"'“”‘’«»"
ISO3 = re.compile(r"^[A-Z]{3}$")


def _load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


ARTICLES = _load()


def test_size_and_ids() -> None:
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == 10 and len(set(ids)) == 10
    styles = [a["style"] for a in ARTICLES]
    assert styles.count("wire") == 3
    assert {s for s in styles if s != "wire"} == STYLES - {"wire"}


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_shape(art: dict[str, Any]) -> None:
    assert set(art) <= {"id", "date", "style", "text", "quotes", "actors"}
    assert {"id", "date", "style", "text", "quotes"} <= set(art)
    assert re.fullmatch(r"(201[5-9]|202[0-6])-\d{2}-\d{2}", art["date"])
    assert art["style"] in STYLES
    assert 150 <= len(art["text"].split()) <= 260
    assert len(art["quotes"]) >= 8


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_quotes(art: dict[str, Any]) -> None:
    text = art["text"]
    for q in art["quotes"]:
        assert set(q) <= {"text", "speaker", "kind", "occurrence"}
        assert q["kind"] in {"direct", "partial"}
        assert q["text"].strip() and q["text"] in text
        if "occurrence" not in q:
            assert text.count(q["text"]) == 1, q["text"]
        sp = q["speaker"]
        assert sp is None or (isinstance(sp, str) and sp.strip() == sp and sp)
        if sp is not None and sp.isupper() and len(sp) == 3:
            assert ISO3.match(sp)
        # the annotated text sits between quotation marks (possibly mismatched MT marks); in
        # machine-translated copy a closing mark may be missing at the end of a paragraph
        start = text.index(q["text"])
        end = start + len(q["text"])
        before, after = text[start - 1], text[end:end + 1]
        assert before in MARKS, q["text"]
        assert after in MARKS or (art["style"] != "wire" and after in ("\n", "")), q["text"]
        # a quotation running over paragraphs keeps the reopening mark of the later paragraph
        for gap in re.finditer(r"\n+", q["text"]):
            assert q["text"][gap.end()] in MARKS, q["text"]


def test_hard_cases_present() -> None:
    quotes = [(a, q) for a in ARTICLES for q in a["quotes"]]
    assert sum(q["speaker"] is None for _, q in quotes) >= 8
    # unclosed at a paragraph end, and running over paragraphs
    assert sum(a["text"][a["text"].index(q["text"]) + len(q["text"]):][:1] in ("\n", "") for a, q in quotes) >= 3
    assert any("\n" in q["text"] for _, q in quotes)
    # institutional speakers as ISO3 codes
    assert sum(bool(q["speaker"] and ISO3.match(q["speaker"])) for _, q in quotes) >= 8
