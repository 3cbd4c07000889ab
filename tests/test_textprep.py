"""Text preparation keeps offsets: every span of the cleaned text maps back exactly."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline._textprep import prepare

MESSY = [
    "The United Kingdomwhich said , adding ‘cold War'” trade -which last year reached a record- grew",
    "Trade Y economy\u00a0grew\u200b fast .",
    "“Our countries will not accept,” said the Brazilian leader.",
    "Xi\u2019s   visit \u2014 the first in two years \u2013 ended.",
]

# An alphabet rich in the characters the preparation touches.
ALPHABET = st.sampled_from(list("abcXY -.,;:!?'\"“”‘’«»\u00a0\u200b\u2014\u2013\n\t") + ["which", "Kingdom", " Y ", "said"])
texts = st.lists(ALPHABET, max_size=60).map("".join)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_every_clean_span_maps_inside_the_original(text: str) -> None:
    p = prepare(text)
    n = len(p.clean)
    for s in range(0, n + 1, max(1, n // 7 or 1)):
        for e in range(s, n + 1, max(1, n // 5 or 1)):
            a, b = p.to_original(s, e)
            assert 0 <= a <= b <= len(text)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_token_spans_map_to_the_same_word(text: str) -> None:
    """A word the cleaning did not touch reads the same in the original."""
    p = prepare(text)
    for m in re.finditer(r"[A-Za-z]+", p.clean):
        a, b = p.to_original(m.start(), m.end())
        orig = text[a:b]
        if m.group() == "and" and orig == "Y":
            continue
        # removed zero-width characters may sit inside a word; compare without them
        assert orig.replace("\u200b", "") == m.group() or m.group() in orig.replace("\u200b", "")


@given(texts)
@settings(max_examples=200, deadline=None)
def test_maps_are_monotonic_and_round_trip(text: str) -> None:
    p = prepare(text)
    last = 0
    for i in range(len(p.clean)):
        a, _ = p.to_original(i, i + 1)
        assert a >= last or p.clean[i].isspace()
        if not p.clean[i].isspace():
            last = a
    for m in re.finditer(r"\S+", text):
        cs, ce = p.to_clean(m.start(), m.end())
        assert 0 <= cs <= ce <= len(p.clean)


def test_repairs_what_translation_breaks() -> None:
    p = prepare(MESSY[0])
    assert "Kingdom which" in p.clean
    assert "said, adding" in p.clean
    assert "'cold War'\"" in p.clean
    assert "trade - which" in p.clean and "record - grew" in p.clean
    q = prepare(MESSY[1])
    assert q.clean == "Trade and economy grew fast."
    i = q.clean.index("and")
    assert q.to_original(i, i + 3) == (6, 7)  # the 'Y'
    y = prepare("rejected the \u201cpoliticization\u201d Y criticized the visit")
    assert y.clean == 'rejected the "politicization" and criticized the visit'
    r = prepare(MESSY[2])
    assert r.clean.startswith('"Our countries') and r.clean.count('"') == 2


def test_apostrophes_and_real_words_are_left_alone() -> None:
    for text in ["Nowhere else", "Elsewhere, they said", "Thailand and Poland", "X, Y and Z", "Kim Jong Un's"]:
        p = prepare(text)
        assert p.clean.replace("\u2019", "'") == text


def test_spans_of_the_parsed_copy_index_the_original(nlp) -> None:
    text = MESSY[0]
    p = prepare(text)
    doc = nlp(p.clean)
    for tok in doc:
        a, b = p.to_original(tok.idx, tok.idx + len(tok))
        if tok.text in ("and",):
            continue
        assert text[a:b].replace("’", "'").replace("”", '"').replace("‘", "'") == tok.text or tok.is_punct
