"""The spaCy objects the layers share while the pipeline codes a doc (_nlp.hold): the same
sentences and entities as spaCy gives, made once, and read afresh once the doc is released; and
Context.char_span's remembered answers."""

from __future__ import annotations

from dateline._nlp import doc_ents, hold, index_sentences, load_model, release
from dateline._pipeline import Context, Settings
from dateline._records import Article
from dateline._textprep import prepare

TEXT = (
    "The minister arrived in Paris on Monday. Talks with the French side began at once.\n\n"
    "A spokesman for Emmanuel Macron said the two sides would meet again in Berlin. Nothing was signed"
)


def _pairs(spans) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in spans]


def test_held_sentences_and_entities_are_spacys_made_once() -> None:
    nlp = load_model()
    doc = nlp(TEXT)
    native_sents, native_ents = _pairs(doc.sents), _pairs(doc.ents)
    native_tok = [(t.sent.start, t.sent.end) for t in doc]
    assert len(native_sents) >= 4 and len(native_ents) >= 3
    index_sentences(doc)
    assert "sents" in doc.user_hooks
    assert _pairs(doc.sents) == native_sents  # from the table, not held: new Spans each time
    assert next(iter(doc.sents)) is not next(iter(doc.sents))
    hold(doc)
    try:
        assert _pairs(doc.sents) == native_sents
        assert [(t.sent.start, t.sent.end) for t in doc] == native_tok
        first = list(doc.sents)
        assert all(a is b for a, b in zip(first, doc.sents, strict=True))  # made once
        assert doc[len(doc) - 1].sent is first[-1]
        assert _pairs(doc_ents(doc)) == native_ents
        assert doc_ents(doc) is doc_ents(doc)
        other = nlp("Germany and France met in Rome.")
        assert _pairs(doc_ents(other)) == _pairs(other.ents)  # another doc is not the held one
        assert doc_ents(other) is not doc_ents(other)
    finally:
        release(doc)
    assert doc_ents(doc) is not doc_ents(doc)  # released: read afresh
    assert next(iter(doc.sents)) is not first[0]
    assert _pairs(doc.sents) == native_sents


def test_a_copy_and_a_doc_made_from_a_span_give_their_own_sentences() -> None:
    nlp = load_model()
    doc = nlp(TEXT)
    index_sentences(doc)
    span = doc[3:20]
    expected = _pairs(span.as_doc().sents)
    hold(doc)
    try:
        sub = span.as_doc()  # shares the hooks' dicts with doc, not its table
        assert "sents" in sub.user_hooks
        assert _pairs(sub.sents) == expected and len(expected) >= 2
        assert all(s.doc is sub for s in sub.sents)
        assert "sents" in doc.user_hooks  # the fallback puts the hook back
        copy = doc.copy()
        assert _pairs(copy.sents) == _pairs(doc.sents)
        assert all(s.doc is copy for s in copy.sents)
    finally:
        release(doc)


def test_pipeline_releases_the_doc_it_coded(pipeline) -> None:
    import dateline._nlp as nlp_mod

    art = pipeline.code("Russia and Ukraine held talks in Istanbul on Tuesday. Moscow said it would withdraw troops.",
                        date="2022-03-29")
    assert art.events and art.places
    assert nlp_mod._HELD is None


def test_context_char_span_answers_as_the_doc_does() -> None:
    nlp = load_model()
    prep = prepare(TEXT)
    doc = nlp(prep.clean)
    ctx = Context(Article(id="t", text=TEXT), prep, doc, Settings())
    paris = (TEXT.index("Paris"), TEXT.index("Paris") + 5)
    part = (TEXT.index("ister"), TEXT.index("ister") + 9)  # inside one word, into the next
    for span in (paris, part, (0, 3)):
        for mode in ("expand", "contract", "strict"):
            want = doc.char_span(span[0], span[1], alignment_mode=mode)
            got = ctx.char_span(span, mode)
            assert (got is None) == (want is None)
            if want is not None:
                assert (got.start, got.end) == (want.start, want.end)
            assert ctx.char_span(span, mode) is got  # remembered per offsets and mode
    assert ctx.char_span(paris).text == "Paris"
    assert ctx.char_span(part, "strict") is None and ctx.char_span(part, "expand") is not None
