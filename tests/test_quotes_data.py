"""The speech-cue lexicon (data/quotes/cues.yaml) is well formed and behaves as documented."""

from __future__ import annotations

import pytest

from dateline._errors import DatelineError
from dateline._quotes.lexicon import load_lexicon, parse_lexicon


def test_lexicon_loads_and_is_lower_case() -> None:
    lex = load_lexicon()
    for name in ("speech_verbs", "frame_verbs", "speaking_verbs", "document_nouns", "issuing_verbs",
                 "person_nouns", "population_nouns"):
        words = getattr(lex, name)
        assert words, name
        assert all(w == w.lower().strip() for w in words), name
    assert {"say", "tell", "warn", "add", "stress", "write"} <= lex.speech_verbs
    assert "describe" in lex.frame_verbs and "describe" not in lex.speech_verbs
    assert ("according", "to") in lex.prepositional_cues
    assert "statement" in lex.document_nouns
    assert lex.phrasal_verbs["point"] == "out"
    assert set(lex.pronouns["he"]) == {"person"}


def test_known_kinds_only() -> None:
    kinds = {"person", "state", "organization", "igo", "group", "population"}
    for pron, ks in load_lexicon().pronouns.items():
        assert set(ks) <= kinds, pron


def test_cue_verbs_cover_every_verb_list() -> None:
    lex = load_lexicon()
    assert lex.speech_verbs | lex.frame_verbs | lex.speaking_verbs <= lex.cue_verbs
    assert "point" in lex.cue_verbs


@pytest.mark.parametrize(
    "bad",
    [[], {"speech_verbs": "say"}, {"speech_verbs": ["say", ""]}, {"phrasal_verbs": ["point out"]}],
)
def test_malformed_lexicon_is_rejected(bad: object) -> None:
    with pytest.raises(DatelineError):
        parse_lexicon(bad)  # type: ignore[arg-type]


def test_user_extension_is_read() -> None:
    lex = parse_lexicon({"speech_verbs": ["Grumble"], "prepositional_cues": ["as told by"]})
    assert "grumble" in lex.speech_verbs
    assert ("as", "told", "by") in lex.prepositional_cues
