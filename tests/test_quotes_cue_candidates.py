"""The cue-verb prefilter of the quotes layer accepts exactly the tokens the full test accepts."""

from __future__ import annotations

from typing import Any

from dateline._pipeline import Context, Settings
from dateline._quotes.attribution import Attributor
from dateline._quotes.lexicon import load_lexicon
from dateline._records import Article
from dateline._textprep import prepare

_TEXTS = [
    "The minister said on Monday that talks would resume. \"We are ready,\" she told reporters.",
    "Officials SAID the convoy was stopped. He pointed out that the border stayed shut, and warned of delays.",
    "According to the ministry, the strike hit a depot. The spokesman says nothing changed; critics claimed otherwise.",
    "",
]


def _attributor(nlp: Any, text: str) -> Attributor:
    prep = prepare(text)
    ctx = Context(Article(id="t", text=text), prep, nlp(prep.clean), Settings())
    return Attributor(ctx, load_lexicon())


def test_candidates_keep_every_cue_verb(nlp: Any) -> None:
    for text in _TEXTS:
        att = _attributor(nlp, text)
        full = [t.i for t in att.doc if att._is_cue_verb(t)]
        fast = [t.i for t in att.doc if att.is_cue_verb(t)]
        assert fast == full, text
        assert set(full) <= set(att._cue_candidates())


def test_candidates_are_the_lexical_test(nlp: Any) -> None:
    att = _attributor(nlp, _TEXTS[1])
    lexical = [t.i for t in att.doc if t.lemma_.lower() in att.cue_verbs or t.text.lower() in ("said", "says")]
    assert att._cue_candidates() == lexical
    assert any(att.doc[i].text == "SAID" for i in lexical)
