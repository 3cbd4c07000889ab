"""Events layer, pattern data round r9: CAMEO/PLOVER type families, each with decoys in a
non-political sense that must give no event (or not that type).

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._errors import DataFileError
from dateline._events import EventsLayer
from dateline._events.ontology import load_ontology
from dateline._events.patterns import parse_patterns
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_types as types

KNOWN = {
    "Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state"), "France": ("FRA", "FRA", "state"),
    "Ghana": ("GHA", "GHA", "state"), "Norway": ("NOR", "NOR", "state"), "Kenya": ("KEN", "KEN", "state"),
    "Peruvian police": ("PER-police", "PER", "state"), "Chilean police": ("CHL-police", "CHL", "state"),
    "Dina Boluarte": ("Dina Boluarte", "PER", "person"), "Gabriel Boric": ("Gabriel Boric", "CHL", "person"),
    "Nana Akufo-Addo": ("Nana Akufo-Addo", "GHA", "person"),
    "Jonas Gahr Store": ("Jonas Gahr Store", "NOR", "person"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-05-14", article_id="r9")


def cameos(events: list, type_: str) -> set[str | None]:
    return {e.cameo for e in events if e.type == type_ and not (e.negated or e.hypothetical)}


# ---------------------------------------------------------------- 163 vs 162: embargo vs aid cut

def test_cameo_163_is_a_sanction_code() -> None:
    # the PLOVER manual codes international sanctions SANCTION 'discontinue' (the CAMEO2PLOVER
    # table's COERCE/restrict made every SANCTION rule's 163 fall back to 160)
    typ, mode, ctx, _ = load_ontology().cameo["163"]
    assert (typ, mode, ctx) == ("SANCTION", "discontinue", ("economic",))


def test_a_rule_whose_cameo_code_is_of_another_type_is_refused() -> None:
    bad = {"verbs": [{"lemma": ["snub"], "type": "REJECT", "cameo": "163"}]}
    with pytest.raises(DataFileError, match="CAMEO code 163 is SANCTION"):
        parse_patterns([("user.yaml", bad)])
    ok = {"verbs": [{"lemma": ["snub"], "type": "REJECT", "cameo": "120"}]}
    assert parse_patterns([("user.yaml", ok)]).verbs["snub"][0].cameo == "120"


def test_halting_commerce_with_a_state_is_an_embargo_even_with_aid_words_as_modifiers(nlp, layer) -> None:
    for text in ("France suspended arms sales to Peru on Monday.",
                 "Norway halted fuel exports to Ghana after the coup.",
                 "Chile banned food imports from Peru over the dispute."):
        assert cameos(code(nlp, layer, text), "SANCTION") == {"163"}, text


def test_halting_aid_or_arms_deliveries_stays_an_aid_cut(nlp, layer) -> None:
    for text in ("France cut military aid to Peru on Monday.",
                 "Norway suspended arms deliveries to Ghana after the coup."):
        assert cameos(code(nlp, layer, text), "SANCTION") == {"162"}, text


def test_a_firm_halting_sales_of_a_product_is_no_sanction(nlp, layer) -> None:
    for text in ("The company halted sales of its new phone in France.",
                 "The shop stopped sales of cigarettes to teenagers."):
        assert "SANCTION" not in types(code(nlp, layer, text), flagged=True), text
