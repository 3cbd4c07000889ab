"""Structure checks for tests/gold/dev2.jsonl (quote-speaker development set)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

PATH = Path(__file__).parent / "gold" / "dev2.jsonl"
STYLES = {"wire", "mt-es", "mt-zh", "mt-fr", "mt-ar", "mt-pt", "mt-ru"}
ISO3 = re.compile(r"^[A-Z]{3}$")


def _load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


ARTICLES = _load()


def test_size_and_ids() -> None:
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == 8 and len(set(ids)) == 8
    styles = [a["style"] for a in ARTICLES]
    assert styles.count("wire") == 2
    assert {s for s in styles if s != "wire"} == STYLES - {"wire"}


@pytest.mark.parametrize("art", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_article_shape(art: dict[str, Any]) -> None:
    assert set(art) <= {"id", "date", "style", "text", "quotes", "actors"}
    assert {"id", "date", "style", "text", "quotes"} <= set(art)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", art["date"])
    assert art["style"] in STYLES
    assert 150 <= len(art["text"].split()) <= 220
    assert len(art["quotes"]) >= 6


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
        # the annotated text sits between quotation marks (possibly mismatched MT marks)
        start = text.index(q["text"])
        before, after = text[start - 1], text[start + len(q["text"])]
        assert before in "\"'“”‘’«»" and after in "\"'“”‘’«»", q["text"]


def test_null_speakers_present() -> None:
    assert sum(q["speaker"] is None for a in ARTICLES for q in a["quotes"]) >= 5
