"""Events layer: an accusation or rejection whose object is an act rather than an actor
("condemned the violence", "denounced the crackdown", "rejected Israel's strikes") is aimed at
the act's doer -- the actor the act phrase names, else the doer of the latest earlier act of the
act noun's type (an ASSAULT or COERCE) in the article -- and dropped when there is none.

Articles are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events

KNOWN = {
    "Israel": ("ISR", "ISR", "state"), "Jordan": ("JOR", "JOR", "state"), "Egypt": ("EGY", "EGY", "state"),
    "Syrian troops": ("SYR-mil", "SYR", "state"), "Turkey": ("TUR", "TUR", "state"),
    "Kenyan police": ("KEN-police", "KEN", "state"), "Ghana": ("GHA", "GHA", "state"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def judged(events, type_: str) -> set[tuple]:
    return {(tuple(sorted(a.country or a.id for a in e.sources)), tuple(sorted(a.country or a.id for a in e.targets)))
            for e in events if e.type == type_}


def test_act_phrase_names_its_doer(nlp, layer) -> None:
    ev = code_events(nlp, layer, "Jordan condemned Israel's strikes on Monday.", KNOWN, "2024-05-14")
    assert (("JOR",), ("ISR",)) in judged(ev, "ACCUSE")


def test_possessed_act_of_a_state_body_targets_its_state(nlp, layer) -> None:
    ev = code_events(nlp, layer, "Ghana denounced the Kenyan police crackdown.", KNOWN, "2024-05-14")
    assert any(t == ("KEN",) or t == ("KEN-police",) for s, t in judged(ev, "ACCUSE") if s == ("GHA",))


def test_bare_act_noun_targets_the_earlier_attacker(nlp, layer) -> None:
    text = ("Syrian troops shelled villages near the border on Sunday. "
            "Turkey condemned the violence on Monday.")
    ev = code_events(nlp, layer, text, KNOWN, "2024-05-14")
    assert (("TUR",), ("SYR",)) in judged(ev, "ACCUSE") or (("TUR",), ("SYR-mil",)) in judged(ev, "ACCUSE")


def test_bare_act_noun_with_no_earlier_act_is_dropped(nlp, layer) -> None:
    # no earlier ASSAULT or COERCE: no doer to aim at, no record (precision first)
    ev = code_events(nlp, layer, "Egypt said on Monday that Turkey condemned the violence.", KNOWN, "2024-05-14")
    assert not [e for e in ev if e.type == "ACCUSE" and not e.targets]
    assert not [e for e in ev if e.type == "ACCUSE" and any(a.country == "EGY" for a in e.targets)]


def test_bare_act_noun_skips_earlier_events_of_other_types(nlp, layer) -> None:
    # the latest earlier event is a meeting (CONSULT), not an act of violence: not its sides
    text = ("Syrian troops shelled villages near the border on Sunday. Jordan met Egypt on Monday. "
            "Turkey condemned the violence on Tuesday.")
    ev = code_events(nlp, layer, text, KNOWN, "2024-05-14")
    targets = {t for s, t in judged(ev, "ACCUSE") if s == ("TUR",)}
    assert targets and all(t in (("SYR",), ("SYR-mil",)) for t in targets)


def test_rejected_act_targets_its_doer(nlp, layer) -> None:
    ev = code_events(nlp, layer, "Jordan rejected Israel's annexation of the valley.", KNOWN, "2024-05-14")
    assert (("JOR",), ("ISR",)) in judged(ev, "REJECT")
