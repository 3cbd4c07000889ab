"""index_sentences: Token.sent and Span.sent answered from a per-doc table, as spaCy answers them;
and the pipeline's freeze of what it loaded."""

from __future__ import annotations

import gc

from dateline._nlp import index_sentences, load_model, token_strings

TEXT = (
    "The minister arrived in Paris on Monday. Talks with the French side began at once.\n\n"
    "A spokesman said the two sides would meet again. \"We are close,\" he said. Nothing was signed"
)


def _native(doc):
    return [(t.sent.start, t.sent.end) for t in doc]


def test_hooked_sentences_are_spacys() -> None:
    nlp = load_model()
    doc = nlp(TEXT)
    native_tokens = _native(doc)
    spans = [(a, b) for a in range(len(doc)) for b in range(a + 1, min(len(doc), a + 12) + 1)]
    native_spans = [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in spans]
    index_sentences(doc)
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
    assert _native(doc) == native_tokens
    assert [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in spans] == native_spans
    assert len({(s.start, s.end) for s in doc.sents}) == len(set(native_tokens)) >= 4
    index_sentences(doc)  # a second call keeps the hooks it finds
    assert _native(doc) == native_tokens


def test_a_doc_made_from_a_span_answers_for_itself() -> None:
    nlp = load_model()
    doc = nlp(TEXT)
    second = next(s for i, s in enumerate(doc.sents) if i == 1)
    span = doc[second.start - 3 : second.end]
    expected = _native(span.as_doc())
    index_sentences(doc)
    sub = span.as_doc()  # shares the hooks' dicts with doc
    assert "sent" in sub.user_token_hooks
    assert _native(sub) == expected
    assert expected[0] != expected[-1]  # the piece holds a sentence break
    assert all(t.sent.doc is sub for t in sub)
    assert "sent" in doc.user_token_hooks  # the fallback puts the hook back
    assert _native(doc)[second.start] == (second.start, second.end)


def test_empty_doc_is_left_alone() -> None:
    doc = load_model()("")
    index_sentences(doc)
    assert "sent" not in doc.user_token_hooks
    assert token_strings(doc, "LOWER") == []


def test_pipeline_freezes_what_it_loaded_and_codes_alike_twice(pipeline) -> None:
    art = pipeline.code("Russia and Ukraine held talks in Istanbul on Tuesday. Moscow said it would withdraw troops.",
                        date="2022-03-29")
    assert gc.get_freeze_count() > 100_000  # the model and the knowledge bases, loaded by the fixture
    again = pipeline.code("Russia and Ukraine held talks in Istanbul on Tuesday. Moscow said it would withdraw troops.",
                          date="2022-03-29")
    assert art.to_dict() == again.to_dict()
