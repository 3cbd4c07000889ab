"""token_strings: the word lists the layers share, read once per doc."""

from __future__ import annotations

from dateline._nlp import load_model, token_strings


def test_strings_match_the_tokens_and_are_read_once_per_doc() -> None:
    nlp = load_model()
    doc = nlp("The Kremlin said Moscow would RESPOND.")
    assert token_strings(doc, "ORTH") == [t.text for t in doc]
    assert token_strings(doc, "LOWER") == [t.lower_ for t in doc] == [t.text.lower() for t in doc]
    assert token_strings(doc, "ORTH") is token_strings(doc, "ORTH")  # the same list for every layer
    other = nlp("The Kremlin said nothing.")
    assert token_strings(other, "ORTH") is not token_strings(doc, "ORTH")
    assert token_strings(nlp(""), "ORTH") == []
