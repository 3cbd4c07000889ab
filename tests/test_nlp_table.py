"""The per-doc token table and the span helpers the layers share (speed round 6): each gives
what spaCy's own call gives, on every token and every span of a few docs."""

from __future__ import annotations

from typing import Any

import pytest

from dateline._nlp import (
    TABLE_ATTRS,
    index_sentences,
    sentence_table,
    set_text,
    span,
    span_text,
    token_array,
    token_column,
    token_heads,
    token_offsets,
    token_strings,
)
from dateline._pipeline import Context, Settings
from dateline._quotes.attribution import Attributor
from dateline._quotes.lexicon import load_lexicon
from dateline._records import Article
from dateline._textprep import prepare

_TEXTS = [
    "The minister said on Monday that talks would resume.  \"We are ready,\" she told reporters.\n\nNo deal yet.",
    "According to the ministry, 1,200 people fled. The spokesman of the ministry, Wang Wenbin, says nothing "
    "changed; critics claimed otherwise.\n\n A statement said the army would withdraw.",
    "Officials   SAID it.",
    "x",
]


@pytest.fixture(scope="module", params=_TEXTS)
def doc(request: Any, nlp: Any) -> Any:
    d = nlp(prepare(request.param).clean)
    index_sentences(d)
    return d


def test_columns_are_the_doc_arrays(doc: Any) -> None:
    assert token_array(doc).shape == (len(doc), len(TABLE_ATTRS))
    for attr in TABLE_ATTRS:
        assert token_column(doc, attr) == doc.to_array(attr).tolist(), attr
    assert token_column(doc, "POS") is token_column(doc, "POS")  # listed once per doc
    assert token_strings(doc, "LEMMA") == [t.lemma_ for t in doc]
    assert token_strings(doc, "DEP") == [t.dep_ for t in doc]


def test_heads_are_the_parse(doc: Any) -> None:
    assert token_heads(doc) == [t.head.i for t in doc]  # a root is its own head
    assert token_heads(doc) is token_heads(doc)  # listed once per doc


def test_offsets_and_span_texts(doc: Any) -> None:
    starts, ends = token_offsets(doc)
    assert starts == [t.idx for t in doc]
    assert ends == [t.idx + len(t) for t in doc]
    n = len(doc)
    for i in range(n + 1):
        for j in range(i, n + 1):
            assert span_text(doc, i, j) == doc[i:j].text, (i, j)
            sp = span(doc, i, j)
            assert (sp.start, sp.end, sp.text, sp.label) == (i, j, doc[i:j].text, doc[i:j].label)
    # out-of-range bounds fall back to spaCy's slicing rules
    for i, j in [(-2, n), (0, n + 5), (3, 1), (-1, -1)]:
        assert (span(doc, i, j).start, span(doc, i, j).end) == (doc[i:j].start, doc[i:j].end)
        assert span_text(doc, i, j) == doc[i:j].text


def test_text_is_kept_only_when_it_is_the_docs(nlp: Any) -> None:
    text = prepare(_TEXTS[0]).clean
    d = nlp(text)
    set_text(d, text + " more")  # not the doc's text: ignored
    assert span_text(d, 0, len(d)) == d.text
    d2 = nlp(text)
    set_text(d2, text)
    assert span_text(d2, 0, len(d2)) == d2.text == text


def test_sentence_table(doc: Any, nlp: Any) -> None:
    table = sentence_table(doc)
    assert table is not None
    starts, ends, sent_of = table
    assert list(zip(starts, ends)) == [(s.start, s.end) for s in doc.sents]
    assert sent_of == [k for k, s in enumerate(doc.sents) for _ in s]
    assert sentence_table(nlp("Not indexed.")) is None


def _attributor(nlp: Any, text: str) -> Attributor:
    prep = prepare(text)
    ctx = Context(Article(id="t", text=text), prep, nlp(prep.clean), Settings())
    index_sentences(ctx.doc)
    return Attributor(ctx, load_lexicon())


def test_prepositional_cue_reads_the_word_list(nlp: Any) -> None:
    att = _attributor(nlp, _TEXTS[1])
    found = [(t.i, att.prepositional_cue(t)) for t in att.doc]
    hits = [(i, c) for i, c in found if c is not None]
    assert [att.doc[i].lower_ for i, _ in hits] == ["according"]
    assert hits[0][1].text == "According to"


def test_titled_names_scan(nlp: Any) -> None:
    att = _attributor(nlp, _TEXTS[1])
    slow = [t for t in att.doc if t.pos_ == "PROPN" and t.dep_ == "appos" and t.i not in att.quoted]
    fast = att._titled_names(len(att.doc))
    assert {t.i for _, t in fast} <= {t.i for t in slow}
    assert att._titled_names(0) == []


def _to_clean_reference(p: Any, start: int, end: int) -> tuple[int, int]:
    """PreparedText.to_clean as written before the speed round (min/max clamps)."""
    n = len(p.original)
    start = max(0, min(start, n))
    end = max(start, min(end, n))
    c_start, c_end = p._to_clean[start], p._to_clean[end]
    while c_end < len(p.clean) and p._starts[c_end] < end:
        c_end += 1
    while c_start < c_end and p.clean[c_start].isspace():
        c_start += 1
    while c_end > c_start and p.clean[c_end - 1].isspace():
        c_end -= 1
    return (c_start, max(c_start, c_end))


def test_to_clean_clamps_as_before() -> None:
    for text in ["Kingdomwhich said \u201chi\u201d  ,  and Y Spain -which  \u2026 ok\u00a0\u00a0x", "plain.", "",
                 "  \u200b a\tb  c  .  "]:
        p = prepare(text)
        for a in range(-2, len(text) + 3):
            for b in range(-2, len(text) + 3):
                assert p.to_clean(a, b) == _to_clean_reference(p, a, b), (text, a, b)
