"""token_strings: the word lists the layers share, read once per doc."""

from __future__ import annotations

from dateline._nlp import load_model, token_positions, token_strings


def test_strings_match_the_tokens_and_are_read_once_per_doc() -> None:
    nlp = load_model()
    doc = nlp("The Kremlin said Moscow would RESPOND.")
    assert token_strings(doc, "ORTH") == [t.text for t in doc]
    assert token_strings(doc, "LOWER") == [t.lower_ for t in doc] == [t.text.lower() for t in doc]
    assert token_strings(doc, "ORTH") is token_strings(doc, "ORTH")  # the same list for every layer
    other = nlp("The Kremlin said nothing.")
    assert token_strings(other, "ORTH") is not token_strings(doc, "ORTH")
    assert token_strings(nlp(""), "ORTH") == []


def test_positions_are_the_scan_of_the_word_list() -> None:
    nlp = load_model()
    doc = nlp("The town of Gossi and the city of Gao: the town was shelled, the Town Hall was not.")
    lowers = token_strings(doc, "LOWER")
    for words in ({"town"}, {"town", "city"}, frozenset({"the", "of", "gao", "nowhere"}), {"x"}, {"town": 1, "hall": 2}, ("the",)):
        assert token_positions(doc, "LOWER", words) == [k for k, w in enumerate(lowers) if w in words]
    got = token_positions(doc, "LOWER", {"town"})
    got.append(-1)  # each call gives a new list: a caller's change does not reach the next
    assert -1 not in token_positions(doc, "LOWER", {"town"})
    assert token_positions(doc, "ORTH", {"Town"}) == [k for k, t in enumerate(doc) if t.text == "Town"]
    assert token_positions(nlp(""), "LOWER", {"the"}) == []
