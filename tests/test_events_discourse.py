"""Events layer, discourse targets (dateline/_events/discourse.py, data/events/discourse.yaml):
an empty target filled from the article around the event -- a domestic act in an article about
one country, a foreign reaction to that country's news, an appeal to "both sides" of an earlier
clash -- and the cases where an empty target is right and must stay empty.

Articles are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._errors import DataFileError
from dateline._events import EventsLayer
from dateline._events.discourse import DiscourseRules, home_country, load_discourse_rules, parse_discourse_rules
from dateline._pipeline import Context, Settings
from dateline._records import Actor, Article
from dateline._textprep import prepare
from _events_helpers import hand_mentions

KNOWN = {
    "Peru": ("PER", "PER", "state"), "Lima": ("PER", "PER", "state"), "President Ruiz": ("PER-pres", "PER", "person"),
    "Peruvian police": ("PER-police", "PER", "state"), "Germany": ("DEU", "DEU", "state"),
    "Chile": ("CHL", "CHL", "state"), "Kenya": ("KEN", "KEN", "state"), "Ghana": ("GHA", "GHA", "state"),
    "United Nations": ("United Nations", None, "igo"), "Norway": ("NOR", "NOR", "state"),
}

# an article about Peru: Peru named six times, no other country more than once before the end
PERU = ("LIMA - Peru's Congress voted on Monday to remove the prime minister. President Ruiz said Peru would "
        "hold early elections, and Lima called for calm. Peru's economy minister resigned. ")


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str, **extra: object) -> list:
    art = Article(id="disc", text=text, date="2024-05-14")
    prep = prepare(text)
    ctx = Context(art, prep, nlp(prep.clean), Settings(extra=dict(extra)))
    ctx.state["actor_mentions"] = hand_mentions(text, KNOWN)
    layer(ctx)
    return art.events


def tuples(events) -> set[tuple]:
    return {(e.type, tuple(sorted(a.country or a.id for a in e.sources)), tuple(sorted(a.country or a.id for a in e.targets)),
             e.negated, e.hypothetical) for e in events}


def filled(events) -> list:
    # not the preamble's own resignation, home -> home since the eleventh session (domestic RETREAT),
    # nor its own appeal for calm, home -> home since the twelfth (a home actor's calm appeal)
    return [e for e in events if "discourse target" in e.evidence
            and not (e.type == "RETREAT" and e.trigger.text == "resigned" and "Peru's economy minister resigned" in e.sentence)
            and not (e.type == "REQUEST" and "Lima called for calm" in e.sentence)]


# --- the home country ---------------------------------------------------------------------


def _m(country: str | None, kind: str = "state") -> Actor:
    return Actor(id=country, name=str(country), kind=kind, country=country, text="x", span=(0, 1))


def test_home_country_needs_a_clear_majority() -> None:
    rules = DiscourseRules(min_mentions=5, min_ratio=2.0)
    assert home_country([_m("PER")] * 6 + [_m("DEU")] * 3, rules) == "PER"
    assert home_country([_m("PER")] * 6 + [_m("DEU")] * 4, rules) is None  # two-sided article
    assert home_country([_m("PER")] * 4, rules) is None  # too few mentions
    # IGOs and actors of no country do not count against it
    assert home_country([_m("PER")] * 5 + [_m(None, "igo")] * 9 + [_m(None, "group")] * 9, rules) == "PER"


# --- domestic: an act on someone inside the home country ------------------------------------


def test_the_preambles_resignation_is_home_to_home(nlp, layer) -> None:
    # the event filled() leaves out: a home country's resignation is a domestic RETREAT
    ev = code(nlp, layer, PERU)
    assert any(e.type == "RETREAT" and e.trigger.text == "resigned" and [a.country for a in e.targets] == ["PER"]
               and "discourse target" in e.evidence for e in ev)


def test_domestic_threat_targets_the_home_state(nlp, layer) -> None:
    ev = code(nlp, layer, PERU + "President Ruiz warned that he would suspend the constitution.")
    assert ("THREATEN", ("PER",), ("PER",), False, False) in tuples(ev)
    (e,) = [e for e in filled(ev) if e.type == "THREATEN"]
    assert "domestic" in e.evidence and "home country PER" in e.evidence
    (t,) = e.targets
    assert t.kind == "state" and t.resolved_by == "events-discourse-domestic"
    assert t.span is not None and t.span[1] <= e.trigger.span[0]  # read from an earlier mention


def test_a_home_refusal_of_talks_is_domestic(nlp, layer) -> None:
    # a home actor's refusal of talks naming no one is home -> home since the twelfth session
    # (domestic.skip_modes no longer lists `meet`: the gold of dev8 on)
    ev = code(nlp, layer, PERU + "President Ruiz rejected any dialogue.")
    assert [e for e in filled(ev) if e.type == "REJECT" and [t.country for t in e.targets] == ["PER"]]


def test_a_home_refusal_of_mediation_is_aimed_at_no_one(nlp, layer) -> None:
    # a mediation is a third party's: refusing it is no act on the own people (domestic.skip_talks)
    ev = code(nlp, layer, PERU + "President Ruiz rejected any mediation.")
    assert not [e for e in filled(ev) if e.type == "REJECT"]


def test_no_home_country_no_domestic_target(nlp, layer) -> None:
    text = ("Kenya and Ghana held talks in Nairobi. Kenya said Ghana would open a consulate. Ghana said Kenya "
            "would buy cocoa. President Ruiz warned that he would suspend the constitution.")
    ev = code(nlp, layer, text)
    assert not filled(ev)


# --- reaction: a foreign judgement or measure after the home country was named ---------------


def test_foreign_reaction_targets_the_home_state(nlp, layer) -> None:
    ev = code(nlp, layer, PERU + "Germany welcomed the new cabinet.")
    assert ("SUPPORT", ("DEU",), ("PER",), False, False) in tuples(ev)
    (e,) = filled(ev)
    assert "reaction" in e.evidence and e.targets[0].resolved_by == "events-discourse-reaction"


def test_reaction_to_a_pact_or_an_appeal_for_calm_keeps_no_target(nlp, layer) -> None:
    ev = code(nlp, layer, PERU + "Germany welcomed the agreement. Chile urged restraint.")
    assert not filled(ev)
    assert ("SUPPORT", ("DEU",), (), False, False) in tuples(ev)


def test_reaction_before_the_home_country_is_named_keeps_no_target(nlp, layer) -> None:
    text = ("Germany welcomed the new cabinet. " + PERU)
    ev = code(nlp, layer, text)
    assert not [e for e in filled(ev) if e.type == "SUPPORT"]


# --- pairs: "both sides" are the two sides of an earlier two-sided event ----------------------


def test_both_sides_are_the_sides_of_the_earlier_clash(nlp, layer) -> None:
    text = "Kenya clashed with Ghana at the border on Sunday. The United Nations urged both sides to pull back."
    ev = code(nlp, layer, text)
    assert ("REQUEST", ("United Nations",), ("GHA", "KEN"), False, False) in tuples(ev)
    (e,) = filled(ev)
    assert "pairs" in e.evidence and all(a.resolved_by == "events-discourse-pairs" for a in e.targets)


def test_both_sides_with_no_earlier_two_sided_event_stays_empty(nlp, layer) -> None:
    ev = code(nlp, layer, "Norway said on Sunday it was worried. The United Nations urged both sides to pull back.")
    assert not filled(ev)


# --- switch and data file -----------------------------------------------------------------------


def test_rules_can_be_switched_off(nlp, layer) -> None:
    ev = code(nlp, layer, PERU + "Germany welcomed the new cabinet.", event_discourse=False)
    assert not filled(ev)
    assert ("SUPPORT", ("DEU",), (), False, False) in tuples(ev)


def test_bundled_rules_load() -> None:
    r = load_discourse_rules()
    assert "THREATEN" in r.domestic_types and "REQUEST" not in r.domestic_types
    assert "SUPPORT" in r.reaction_types and "truce" in r.skip_objects
    assert "both" in r.pair_quantifiers and r.min_ratio >= 1.0


@pytest.mark.parametrize("doc", [
    {"nothing": 1},
    {"discourse": {"domestic": {"types": ["SHOUT"]}}},
    {"discourse": {"reaction": {"lookback": "chapter"}}},
    {"discourse": {"home": {"min_mentions": "many"}}},
    {"discourse": {"pairs": {"nouns": "side"}}},
])
def test_bad_rule_files_raise(doc) -> None:
    from dateline._events.ontology import PLOVER_TYPES

    with pytest.raises(DataFileError):
        parse_discourse_rules(doc, "test.yaml", PLOVER_TYPES)


# --- counterpart: in an article about two countries, the other side ---------------------------

TWO = ("Kenya and Ghana ended two days of talks in Accra on Monday. Kenya said Ghana had not paid for the power "
       "it bought, and Ghana said Kenya owed it for cocoa. ")


def test_two_sides_of_an_article() -> None:
    from dateline._events.discourse import two_sides

    rules = DiscourseRules(side_min_mentions=3, third_max_ratio=0.5)
    assert set(two_sides([_m("KEN")] * 5 + [_m("GHA")] * 4 + [_m("NOR")] * 2, rules) or ()) == {"KEN", "GHA"}
    assert two_sides([_m("KEN")] * 5 + [_m("GHA")] * 4 + [_m("NOR")] * 3, rules) is None  # a third party counts
    assert two_sides([_m("KEN")] * 5 + [_m("GHA")] * 2, rules) is None  # too few of the second


def test_counterpart_targets_the_other_side(nlp, layer) -> None:
    ev = code(nlp, layer, TWO + "Kenya then raised the tariffs on cocoa.")
    assert ("SANCTION", ("KEN",), ("GHA",), False, False) in tuples(ev)
    (e,) = filled(ev)
    assert "counterpart" in e.evidence and e.targets[0].resolved_by == "events-discourse-counterpart"


def test_counterpart_leaves_third_parties_and_joint_acts_alone(nlp, layer) -> None:
    ev = code(nlp, layer, TWO + "Norway raised the tariffs on cocoa. Kenya and Ghana signed the agreement.")
    assert not filled(ev)
