"""Events layer: one test per class of coding rule (argument fallbacks, protest purposes,
content-clause targets, anaphora, IGO officials, characterisations, lexicon classes).

Sentences are written for these tests; actor mentions are built by hand (no actors layer), so
each test is about the events layer's own logic. The phrase fallback reads the bundled KB.
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Context, Settings
from dateline._records import Actor, Article
from dateline._textprep import prepare
from _events_helpers import code_events

# name -> (id, country, kind); every occurrence of the name in a test sentence becomes a mention
KNOWN = {
    "Peru": ("PER", "PER", "state"), "Ecuador": ("ECU", "ECU", "state"), "Japan": ("JPN", "JPN", "state"),
    "Haiti": ("HTI", "HTI", "state"), "France": ("FRA", "FRA", "state"), "Iran": ("IRN", "IRN", "state"),
    "Washington": ("USA", "USA", "state"), "Turkey": ("TUR", "TUR", "state"), "Russia": ("RUS", "RUS", "state"),
    "Germany": ("DEU", "DEU", "state"), "protesters": ("pop", None, "population"),
    "António Guterres": ("Q311440", None, "person"), "Chile": ("CHL", "CHL", "state"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2021-03-10", article_id="t2", name_is_id=False)


def tuples(events, flagged: bool = False) -> set[tuple]:
    return {(e.type, tuple(sorted(a.country or a.name for a in e.sources)), tuple(sorted(a.country or a.name for a in e.targets)))
            for e in events if flagged or not (e.negated or e.hypothetical)}


def test_unresolved_pronoun_subject_is_the_speaker(nlp, layer) -> None:
    evs = code(nlp, layer, "Japan said on Friday that it had suspended its aid to Haiti.")
    assert ("SANCTION", ("JPN",), ("HTI",)) in tuples(evs)
    assert any("pronoun" in e.evidence for e in evs)


def test_nationality_adjective_inside_an_argument_phrase(nlp, layer) -> None:
    # no mention in "the Syrian government": the adjective names the state
    evs = code(nlp, layer, "Japan halted its aid to the Syrian government last month.")
    assert ("SANCTION", ("JPN",), ("SYR",)) in tuples(evs)
    evs = code(nlp, layer, "Angry Bolivian miners protested against Chile on Sunday.")
    assert ("PROTEST", ("BOL",), ("CHL",)) in tuples(evs)


def test_protest_purpose_is_part_of_the_protest(nlp, layer) -> None:
    evs = code(nlp, layer, "Thousands of protesters marched through the capital of Haiti to demand new elections.")
    assert [e.type for e in evs] == ["PROTEST"]
    evs = code(nlp, layer, "The protesters rallied outside parliament, saying Peru must free the students.")
    assert {e.type for e in evs} == {"PROTEST"}


def test_content_clause_subject_is_the_request_target(nlp, layer) -> None:
    evs = code(nlp, layer, "France demanded that Iran free the two journalists.")
    assert tuples(evs) == {("REQUEST", ("FRA",), ("IRN",))}


def test_condition_subject_is_the_threat_target(nlp, layer) -> None:
    evs = code(nlp, layer, "Washington warned that penalties would follow if Turkey does not cancel the purchase.")
    assert ("THREATEN", ("USA",), ("TUR",)) in tuples(evs)


def test_judged_event_referred_back_to_gives_the_target(nlp, layer) -> None:
    evs = code(nlp, layer, "Russia shelled the port on Monday. Germany condemned the attack on Tuesday.")
    assert ("ACCUSE", ("DEU",), ("RUS",)) in tuples(evs)
    # a relative clause on a generic noun: "a move X denounced"
    evs = code(nlp, layer, "Peru said it had deployed troops to the border, a move Ecuador denounced as a provocation.")
    assert ("ACCUSE", ("ECU",), ("PER",)) in tuples(evs)


def test_no_earlier_event_no_anaphoric_target(nlp, layer) -> None:
    # no earlier attack to refer back to: a condemnation of no one is not reported
    # (patterns.yaml target_required, round 5)
    evs = code(nlp, layer, "Germany condemned the attack on Tuesday.")
    assert tuples(evs) == set()


def test_igo_official_acts_for_the_igo(nlp, layer) -> None:
    evs = code(nlp, layer, "António Guterres welcomed the agreement.")
    assert len(evs) == 1 and evs[0].type == "SUPPORT"
    assert evs[0].sources[0].kind == "igo" and evs[0].sources[0].text == "António Guterres"


def test_characterisation_is_a_disapproval_unless_positive(nlp, layer) -> None:
    # a characterisation of no one's act is not reported (target_required, round 5)
    assert not any(e.type == "ACCUSE" for e in code(nlp, layer, "Peru described the vote as a grave mistake."))
    assert ("ACCUSE", ("FRA",), ("IRN",)) in tuples(code(nlp, layer, "France described Iran as a danger to the region."))
    assert not any(e.type == "ACCUSE" for e in code(nlp, layer, "Peru described the talks as constructive."))


def test_recalled_ambassador_targets_the_host_state(nlp, layer) -> None:
    evs = code(nlp, layer, "Ecuador recalled its ambassador from Peru on Monday.")
    assert tuples(evs) == {("SANCTION", ("ECU",), ("PER",))}


def test_released_funds_are_aid_and_statements_are_nothing(nlp, layer) -> None:
    assert ("AID", ("JPN",), ("HTI",)) in tuples(code(nlp, layer, "Japan released $5 million in emergency funding for Haiti."))
    assert code(nlp, layer, "Japan released a statement on Friday.") == []
    assert tuples(code(nlp, layer, "Peru released the detained fishermen.")) == {("RETREAT", ("PER",), ())}


def test_announced_resignation_is_a_concession(nlp, layer) -> None:
    evs = code(nlp, layer, "The prime minister of Peru said he will resign next month.")
    assert tuples(evs) == {("CONCEDE", ("PER",), ())}


def test_welcoming_or_endorsing_a_deal_is_support(nlp, layer) -> None:
    assert tuples(code(nlp, layer, "Peru welcomed the deal.")) == {("SUPPORT", ("PER",), ())}
    assert tuples(code(nlp, layer, "Peru accepted the proposal.")) == {("AGREE", ("PER",), ())}


def test_participle_of_harm_is_the_consequence_not_a_second_attack(nlp, layer) -> None:
    evs = code(nlp, layer, "Russia fired rockets at the port, killing nine people.")
    assert tuples(evs) == {("ASSAULT", ("RUS",), ())}
    assert code(nlp, layer, "A plane from Peru crashed near the coast, killing all on board.") == []


def test_summoning_a_diplomat_is_a_protest_against_the_diplomats_state(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru summoned the ambassador of Chile to protest the arrests.")
    assert tuples(evs) == {("ACCUSE", ("PER",), ("CHL",))}
