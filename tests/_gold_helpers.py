"""Shared by the structure checks of the development gold sets (tests/test_gold_dev*.py).

Loaders and the checks every set of a kind applies; each test file keeps the assertions that are
particular to its set (sizes, styles, word ranges, the hard cases it was written for).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest
import test_gold_format as gf

GOLD = Path(__file__).parent / "gold"
ISO3 = re.compile(r"^[A-Z]{3}$")
DATE_RE = r"\d{4}-\d{2}-\d{2}"


def load(name: str) -> list[dict[str, Any]]:
    """The articles of tests/gold/``name``, one JSON object a line."""
    path = GOLD / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# -- quote-speaker sets (dev2, dev4_quotes, dev6_quotes) --------------------------------------------

def check_size_and_styles(articles: Sequence[dict[str, Any]], size: int, wire: int, styles: set[str]) -> None:
    """``size`` distinct ids, ``wire`` wire stories, and every other style of ``styles`` present."""
    ids = [a["id"] for a in articles]
    assert len(ids) == size and len(set(ids)) == size
    found = [a["style"] for a in articles]
    assert found.count("wire") == wire
    assert {s for s in found if s != "wire"} == styles - {"wire"}


def check_distinct(articles: Sequence[dict[str, Any]], others: Iterable[str], label: str = "the") -> None:
    """No id and no text of ``articles`` stands in the gold files ``others``."""
    other = [a for name in others for a in load(name)]
    assert not {a["id"] for a in other} & {a["id"] for a in articles}, f"{label} ids must differ from the other gold files"
    assert not {a["text"] for a in other} & {a["text"] for a in articles}


def check_quote_article(art: dict[str, Any], styles: set[str], *, date_re: str = DATE_RE,
                        words: tuple[int, int], min_quotes: int, optional: Collection[str] = ()) -> None:
    """Keys (``optional`` ones may be missing), date, style, length in words and number of quotes."""
    keys = {"id", "date", "style", "text", "quotes"}
    assert set(art) <= keys | set(optional)
    assert keys <= set(art)
    assert re.fullmatch(date_re, art["date"])
    assert art["style"] in styles
    assert words[0] <= len(art["text"].split()) <= words[1]
    assert len(art["quotes"]) >= min_quotes


def check_quote_entry(text: str, q: dict[str, Any]) -> None:
    """One annotated quote: keys, kind, text found (once unless an occurrence is given), speaker form."""
    assert set(q) <= {"text", "speaker", "kind", "occurrence"}
    assert q["kind"] in {"direct", "partial"}
    assert q["text"].strip() and q["text"] in text
    if "occurrence" not in q:
        assert text.count(q["text"]) == 1, q["text"]
    sp = q["speaker"]
    assert sp is None or (isinstance(sp, str) and sp.strip() == sp and sp)
    if sp is not None and sp.isupper() and len(sp) == 3:
        assert ISO3.match(sp)


def check_closing_marks(art: dict[str, Any], q: dict[str, Any], end: int, marks: str) -> None:
    """A closing mark follows the quote (machine-translated copy may drop it at a paragraph end), and a
    quotation running over paragraphs keeps the reopening mark of the later paragraph."""
    after = art["text"][end:end + 1]
    assert after in marks or (art["style"] != "wire" and after in ("\n", "")), q["text"]
    for gap in re.finditer(r"\n+", q["text"]):
        assert q["text"][gap.end()] in marks, q["text"]


def quote_span(art: dict[str, Any], q: dict[str, Any]) -> tuple[int, int]:
    """Where an annotated quote stands in its article (its ``occurrence``, plain substring count)."""
    text, start = art["text"], -1
    for _ in range(q.get("occurrence", 1)):
        start = text.index(q["text"], start + 1)
    return start, start + len(q["text"])


def quote_paragraph(art: dict[str, Any], q: dict[str, Any]) -> str:
    """The paragraph a quote opens in."""
    text = art["text"]
    start = quote_span(art, q)[0]
    return text[text.rfind("\n", 0, start) + 1:].split("\n", 1)[0]


def text_before_quote(art: dict[str, Any], q: dict[str, Any], n: int) -> str:
    """The ``n`` characters before a quote's opening mark."""
    start = quote_span(art, q)[0] - 1
    return art["text"][max(0, start - n):start]


def text_after_quote(art: dict[str, Any], q: dict[str, Any], n: int) -> str:
    """The ``n`` characters after a quote's closing mark."""
    end = quote_span(art, q)[1] + 1
    return art["text"][end:end + n]


def quote_inside(art: dict[str, Any], inner: dict[str, Any], outer: dict[str, Any]) -> bool:
    """Whether ``inner`` stands strictly inside ``outer``."""
    (s, e), (os_, oe) = quote_span(art, inner), quote_span(art, outer)
    return os_ < s and e < oe


def is_country(speaker: str | None) -> bool:
    """Whether a speaker is a state (an ISO3 code) rather than a person or an organisation."""
    return bool(speaker and ISO3.match(speaker))


def check_quote_marks(art: dict[str, Any], marks: str) -> None:
    """Every quote of an article: a well-formed entry, an ``occurrence`` only where the text repeats,
    an opening mark (or an em-dash interview answer at a line start), a closing mark, no two at one span."""
    text = art["text"]
    spans = []
    for q in art["quotes"]:
        check_quote_entry(text, q)
        if "occurrence" in q:
            assert text.count(q["text"]) >= 2 and 1 <= q["occurrence"] <= text.count(q["text"]), q["text"]
        start, end = quote_span(art, q)
        spans.append((start, end))
        dash_line = text[start - 2:start] == "— " and text[start - 3:start - 2] in ("\n", "")
        assert text[start - 1] in marks or dash_line, q["text"]
        check_closing_marks(art, q, end, marks)
    assert len(set(spans)) == len(spans)


# -- fact-layer sets (dev5_facts, dev7_facts) ------------------------------------------------------

FACT_LAYERS = ("times", "amounts", "places")


def check_fact_set(articles: Sequence[dict[str, Any]], size: int, label: str, others: Iterable[str],
                   years: int = 5) -> None:
    """``size`` distinct ids and texts not found in the gold files ``others``; every style; dates in at
    least ``years`` different years."""
    assert len(articles) == size
    ids = [a["id"] for a in articles]
    assert len(set(ids)) == len(ids)
    check_distinct(articles, others, label)
    styles = {a["style"] for a in articles}
    assert styles == gf.STYLES, f"every style should occur; missing {gf.STYLES - styles}"
    assert len({a["date"][:4] for a in articles}) >= years


def check_fact_article_head(art: dict[str, Any]) -> None:
    """Exactly the fact layers are annotated; a known style; 120 to 300 words."""
    assert set(art) == {"id", "date", "style", "text", *FACT_LAYERS}
    assert art["style"] in gf.STYLES
    assert 120 <= len(art["text"].split()) <= 300


def annotation_start(text: str, ann: dict[str, Any]) -> int:
    """Where an annotation starts in ``text``: its occurrence as a word, else as a substring."""
    starts = gf._word_occurrences(text, ann["text"]) or gf._occurrences(text, ann["text"])
    return starts[ann.get("occurrence", 1) - 1]


#: clock times and weekends: TimeML values the main gold files do not use ("2022-01-15T17:10", "2023-W31-WE")
EXTRA_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-4]):[0-5]\d$|^\d{4}-W\d{2}-WE$")


def check_fact_layers(name: str, art: dict[str, Any],
                      skip_amount: Callable[[dict[str, Any]], bool] = lambda m: False) -> None:
    """A facts-only article by the main files' rules (tests/test_gold_format.py), except what they do
    not cover: clock times and weekends (EXTRA_TIME_RE), Indian scales (crore, lakh: their own
    arithmetic, not "digits as written") and the amounts ``skip_amount`` leaves to the caller.
    Every fact layer is annotated at least once."""
    extra = [t for t in art["times"] if t["value"] and not gf.TIME_RE.match(t["value"])]
    for t in extra:
        assert EXTRA_TIME_RE.match(t["value"]), f"bad TimeML value {t['value']!r}"
    indian = [m for m in art["amounts"] if re.search(r"\b(crore|lakh)\b", m["text"])]
    for m in indian:
        digits = float(re.sub(r"[^\d.]", "", m["text"]) or 0)
        assert not digits or digits * (1e7 if "crore" in m["text"] else 1e5) == pytest.approx(m["value"]), m
    checked = {**art, "quotes": [], "actors": [],  # the layers these sets do not annotate
               "times": [t for t in art["times"] if t not in extra],
               "amounts": [m for m in art["amounts"] if m not in indian and not skip_amount(m)]}
    gf.test_mentions_are_in_text(name, {**art, "quotes": [], "actors": []})
    for check in (gf.test_times, gf.test_amounts, gf.test_places):
        check(name, checked)
    for layer in FACT_LAYERS:
        assert art[layer], f"every {name} article annotates some {layer}"


def check_no_overlap(art: dict[str, Any], layers: Iterable[str] = FACT_LAYERS) -> None:
    """Within a layer two annotations never cover the same characters (the scorer pairs by overlap)."""
    text = art["text"]
    for layer in layers:
        spans = []
        for ann in art[layer]:
            s = annotation_start(text, ann)
            spans.append((s, s + len(ann["text"]), ann["text"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], f"{layer}: {a[2]!r} overlaps {b[2]!r}"


def check_not_places(articles: Sequence[dict[str, Any]], pattern: str, why: str) -> int:
    """No place annotation overlaps a match of ``pattern`` (its first group that matched: the word
    that acts or names, not the context around it); returns the number of matches seen."""
    seen = 0
    for art in articles:
        text = art["text"]
        for m in re.finditer(pattern, text):
            seen += 1
            g = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i))
            s, e = m.span(g)
            for p in art["places"]:
                ps = annotation_start(text, p)
                assert ps + len(p["text"]) <= s or ps >= e, f"{art['id']}: {text[s:e]!r} {why}"
    return seen
