"""Speed paths of the events coder (eleventh session) give exactly what spaCy gives (issue 4: no
output change)."""

from __future__ import annotations

from dateline._events.coder import _COORDINATED, _conjuncts

# invented sentences with coordination of every shape the parser makes: nouns, verbs, adjectives,
# lists with commas, a conjunct before its head, none at all
_TEXTS = [
    "Farmers and truck drivers blocked roads in Lyon, Nantes and Lille and demanded lower fuel taxes.",
    "The envoy met the foreign ministers of Chile, Peru and Bolivia, then flew home.",
    "Police arrested, questioned and released three Dutch and two Belgian activists on Friday.",
    "Neither the union nor the employers commented.",
    "The talks resumed.",
    "Rebels shelled the town and the army responded with air strikes, officials said, but casualties were unclear.",
]


def test_conjuncts_equal_spacys(nlp) -> None:
    for text in _TEXTS + [" ".join(_TEXTS)]:
        doc = nlp(text)
        for tok in doc:
            assert _conjuncts(tok) == tok.conjuncts, (text, tok.text)
        # the doc's table of coordinated words is made once and kept
        assert _COORDINATED in doc.user_data


def test_a_word_in_no_coordination_is_answered_from_the_table(nlp) -> None:
    doc = nlp("Students and teachers blocked roads in Lyon.")
    blocked = next(t for t in doc if t.text == "blocked")
    assert _conjuncts(blocked) == ()
    coordinated = {doc[i].text for i in doc.user_data[_COORDINATED]}
    assert "blocked" not in coordinated  # neither a conjunct nor the head of one
    assert {"Students", "teachers"} <= coordinated
