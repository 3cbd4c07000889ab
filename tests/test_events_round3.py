"""Events layer, third round of rules: threatened acts as hypothetical records, relational
nouns, objects displaced by a translated date, 'call' as characterisation or request, crowd
control, leaving an organisation, repeated definite mentions, conditional targets, and the
place of each event read at its own trigger.

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Context, Settings
from dateline._records import Actor, Article
from dateline._textprep import prepare
from _events_helpers import code_events

# text -> (id, country, kind); every occurrence becomes a mention
KNOWN = {
    "Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state"), "France": ("FRA", "FRA", "state"),
    "Iran": ("IRN", "IRN", "state"), "Turkey": ("TUR", "TUR", "state"), "Russia": ("RUS", "RUS", "state"),
    "Germany": ("DEU", "DEU", "state"), "Japan": ("JPN", "JPN", "state"), "Washington": ("USA", "USA", "state"),
    "Greek police": ("GRC-police", "GRC", "organization"), "protesters": ("pop", None, "population"),
    "the alliance": ("NATO", None, "igo"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str, extra: dict[tuple[int, int], tuple[str, str | None, str]] | None = None) -> list:
    return code_events(nlp, layer, text, KNOWN, "2023-05-10", article_id="t3", extra=extra)


def tuples(events) -> set[tuple]:
    return {(e.type, tuple(sorted(a.id for a in e.sources)), tuple(sorted(a.id for a in e.targets)), e.negated, e.hypothetical) for e in events}


def test_threatened_act_is_a_hypothetical_record(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France threatened to impose sanctions on Iran over the enrichment programme."))
    assert ("THREATEN", ("FRA",), ("IRN",), False, False) in t
    assert ("SANCTION", ("FRA",), ("IRN",), False, True) in t
    assert ("SANCTION", ("FRA",), ("IRN",), False, False) not in t


def test_threat_noun_inside_a_rejection_still_names_the_threatened_act(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Turkey rejected the threat of Russia to impose tariffs on Turkey."))
    assert ("REJECT", ("TUR",), ("RUS",), False, False) in t
    assert ("SANCTION", ("RUS",), ("TUR",), False, True) in t


def test_threat_to_halt_trade(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Washington threatened to halt all trade with Iran."))
    assert ("THREATEN", ("USA",), ("IRN",), False, False) in t
    assert ("SANCTION", ("USA",), ("IRN",), False, True) in t


def test_future_coercion_with_condition_is_threat_plus_hypothetical(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Japan will adopt firm countermeasures if Russia does not stop."))
    assert ("THREATEN", ("JPN",), ("RUS",), False, False) in t
    assert ("SANCTION", ("JPN",), ("RUS",), False, True) in t


def test_possessor_of_a_relational_noun_is_not_the_actor(nlp, layer) -> None:
    text = "The president of Peru and his counterpart of Chile held talks in Lima."
    i = text.index("his")
    t = tuples(code(nlp, layer, text, {(i, i + 3): ("PER", "PER", "state")}))
    assert ("CONSULT", ("CHL", "PER"), (), False, False) in t


def test_object_after_a_translated_date(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Turkey summoned this Thursday the ambassador of Russia."))
    assert ("ACCUSE", ("TUR",), ("RUS",), False, False) in t


def test_call_with_predicate_is_a_characterisation(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Germany called the decision of Iran a grave mistake."))
    assert ("ACCUSE", ("DEU",), ("IRN",), False, False) in t
    assert not any(x[0] == "ACCUSE" for x in tuples(code(nlp, layer, "Germany called the talks with Iran a success.")))
    assert not any(x[0] == "ACCUSE" for x in tuples(code(nlp, layer, "Germany called on Iran to release the sailors.")))


def test_call_to_with_clause_is_a_request(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France called to Turkey to avoid any escalation."))
    assert ("REQUEST", ("FRA",), ("TUR",), False, False) in t


def test_crowd_control_by_force_is_assault(nlp, layer) -> None:
    evs = code(nlp, layer, "Greek police dispersed the protesters with tear gas.")
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", "crowd-control")]
    evs = code(nlp, layer, "Greek police used tear gas against the protesters.")
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", "crowd-control")]
    # without force it stays a restriction
    assert [e.type for e in code(nlp, layer, "Greek police dispersed the protesters.")] == ["COERCE"]


def test_leaving_an_organisation_is_a_sanction(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France left the alliance in 1966."))
    assert ("SANCTION", ("FRA",), ("NATO",), False, False) in t
    assert not code(nlp, layer, "France left the room after the speech.")


def test_repeated_definite_mention_is_not_a_new_event(nlp, layer) -> None:
    evs = code(nlp, layer, "France and Germany met in Paris on Monday. Japan said after the talks that it would wait.")
    assert [e.type for e in evs] == ["CONSULT"]
    # a first mention, or one with its own actors, is kept
    assert [e.type for e in code(nlp, layer, "Japan said after the talks that it would wait.")] == ["CONSULT"]


def test_condition_subject_is_target_of_a_hypothetical(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Washington could ease sanctions if Iran complied with the inspectors."))
    assert ("RETREAT", ("USA",), ("IRN",), False, True) in t


def test_modal_intent_stays_hypothetical_not_agree(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Washington could consider easing sanctions on Iran."))
    assert any(x[0] == "RETREAT" and x[4] for x in t)
    assert not any(x[0] == "AGREE" for x in t)


def test_place_is_read_at_each_trigger(nlp, layer, monkeypatch) -> None:
    from dateline import _places

    seen: list[tuple[int, int]] = []

    def fake_place_for(ctx, span):
        seen.append(tuple(span))
        return None

    monkeypatch.setattr(_places, "place_for", fake_place_for, raising=False)
    text = "France met Germany in Paris, and Russia attacked Turkey near Kars."
    evs = code(nlp, layer, text)
    assert len(evs) == 2
    assert sorted(seen) == sorted(tuple(e.trigger.span) for e in evs)


def test_domestic_control_targets_the_sources_own_population(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Greek police arrested dozens of protesters in Athens."))
    coerce = [x for x in t if x[0] == "COERCE"]
    assert coerce and coerce[0][1] == ("GRC-police",) and coerce[0][2] and coerce[0][2] != ("pop",)
    evs = [e for e in code(nlp, layer, "Greek police arrested dozens of protesters in Athens.") if e.type == "COERCE"]
    assert [a.country for a in evs[0].targets] == ["GRC"]


def test_state_target_of_the_sources_own_country_is_dropped(nlp, layer) -> None:
    text = "The Peruvian president urged Peru and Chile to avoid escalation."
    i = text.index("The Peruvian president")
    evs = code(nlp, layer, text, {(i, i + len("The Peruvian president")): ("Q-pres", "PER", "person")})
    req = [e for e in evs if e.type == "REQUEST"]
    assert req and [a.id for a in req[0].targets] == ["CHL"]


def test_anaphoric_noun_skips_requests_and_meetings(nlp, layer) -> None:
    text = "Russia shot down a plane of Turkey. France urged Germany to act. Iran condemned the downing."
    t = tuples(code(nlp, layer, text))
    assert ("ACCUSE", ("IRN",), ("RUS",), False, False) in t


def test_nominal_attack_targets_the_one_it_killed(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "A strike by Russia that killed the envoy of Iran shocked the region."))
    assert any(x[0] == "ASSAULT" and x[2] == ("IRN",) for x in t)


def test_infinitive_content_of_a_noun_is_not_done_by_the_noun(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France and Germany signed agreements to establish full relations with Iran."))
    assert not any(x[0] == "SUPPORT" and x[1] == ("IRN",) for x in t)
