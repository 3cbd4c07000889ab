"""Events layer, tenth session (events-args10): arguments by class of construction, from the actor
errors on the fresh tuning sets dev42/dev43. Each class has its own sentences (written for these
tests) and a decoy the rule must leave alone.

Actor mentions are built by hand (no actors layer) unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._events.coder import state_of_code
from dateline._pipeline import Context, Settings
from dateline._records import Actor, Amount, Article
from dateline._textprep import prepare
from _events_helpers import code_events, event_tuples, hand_mentions

KNOWN = {
    "Cuba": ("CUB", "CUB", "state"), "Cuban": ("CUB", "CUB", "state"), "Havana": ("CUB", "CUB", "state"),
    "Chad": ("TCD", "TCD", "state"), "Chadian": ("TCD", "TCD", "state"),
    "Niger": ("NER", "NER", "state"), "Nigerien": ("NER", "NER", "state"),
    "Tuvalu": ("TUV", "TUV", "state"), "Japan": ("JPN", "JPN", "state"), "Sudan": ("SDN", "SDN", "state"),
    "Namibia": ("NAM", "NAM", "state"), "Lesotho": ("LSO", "LSO", "state"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str, extra=None) -> set[tuple]:
    return event_tuples(code_events(nlp, layer, text, KNOWN, "2025-03-12", article_id="r15a", extra=extra))


# ---------------------------------------------------------------- a state code names its own state

def test_a_country_code_gives_the_state_whose_code_it_is() -> None:
    # "NAM" is Namibia's code and also a lower-case alias of another state's name: the KB answers
    # with a set, whose order changes from run to run; the state of that code comes first
    from dateline._actors.kb import load_kb

    kb = load_kb()
    for code_ in ("NAM", "CUB", "TCD"):
        ids = state_of_code(kb, code_)
        assert ids and kb.entries[ids[0]].country == code_


def test_a_domestic_arrest_in_namibia_targets_namibia(nlp, layer) -> None:
    # the domestic-control target is the home state read from its code (was Vietnam in some runs)
    found = code(nlp, layer, "Namibia's police arrested 14 people after a scuffle at a counting centre.")
    assert ("COERCE", ("NAM",), ("NAM",), False, False) in found


# ---------------------------------------------------------------- a threat's own forces are no target

def _with_group(nlp, layer, text: str, group: str, gid: str, country: str) -> set[tuple]:
    # the group is its own mention (as the actors layer reads "Chadian troops": an organisation of
    # that country, not the state itself)
    i = text.index(group)
    return code(nlp, layer, text, extra={(i, i + len(group)): (gid, country, "organization")})


@pytest.mark.parametrize("text,group", [
    ("Chad's army spokesman warned that Chadian troops would respond with force if Niger moved its units again.", "Chadian troops"),
    ("The Chadian defence minister warned that the Chadian army would retaliate if Niger kept shelling the border.", "the Chadian army"),
    ("Chad's interior minister warned that Chadian police would arrest anyone Niger sent across the river.", "Chadian police"),
])
def test_a_warning_about_the_threateners_own_forces_targets_the_other_side(nlp, layer, text, group) -> None:
    found = {t for t in _with_group(nlp, layer, text, group, "TCD-MIL", "TCD") if t[0] == "THREATEN"}
    assert found and all("TCD-MIL" not in t[2] for t in found), found


def test_a_warning_that_the_other_sides_army_would_pay_targets_it(nlp, layer) -> None:
    # decoy: the content clause's subject is the other side's force
    text = "Chad warned that Nigerien troops would pay dearly for the raid."
    found = {t for t in _with_group(nlp, layer, text, "Nigerien troops", "NER-MIL", "NER") if t[0] == "THREATEN"}
    assert found == {("THREATEN", ("TCD",), ("NER-MIL",), False, False)} or found == {("THREATEN", ("TCD",), ("NER",), False, False)}


def test_a_warning_that_the_own_opposition_would_be_punished_keeps_its_target(nlp, layer) -> None:
    # decoy: a domestic subject that is no force of the threatener stays the one warned
    text = "Chad's president warned that Chadian opposition leaders would face prison."
    found = {t for t in _with_group(nlp, layer, text, "Chadian opposition leaders", "TCD-OPP", "TCD") if t[0] == "THREATEN"}
    assert found and all(t[2] for t in found), found


# ---------------------------------------------------------------- an official titled by an IGO

def _with_person(nlp, layer: EventsLayer, text: str, mention: str, name: str) -> list:
    # a person the knowledge base does not know (no id, no country), as the actors layer reads one
    art = Article(id="r15p", text=text, date="2025-03-12")
    prep = prepare(text)
    ctx = Context(art, prep, nlp(prep.clean), Settings())
    i = text.index(mention)
    person = Actor(id=None, name=name, kind="person", country=None, text=mention, span=(i, i + len(mention)))
    ctx.state["actor_mentions"] = sorted([*hand_mentions(text, KNOWN), person], key=lambda a: a.span or (0, 0))
    layer(ctx)
    return [e for e in art.events if e.type == "CONSULT"]


@pytest.mark.parametrize("text,mention,igo", [
    ("Cuba's foreign minister met in Havana with the UN envoy Jane Roe on Monday.", "the UN envoy Jane Roe", "United Nations"),
    ("Cuba's foreign minister met Jane Roe, the African Union special envoy, on Monday.", "Jane Roe", "African Union"),
])
def test_an_unknown_person_titled_by_an_igo_is_the_igo(nlp, layer, text, mention, igo) -> None:
    consult = _with_person(nlp, layer, text, mention, "Jane Roe")
    assert len(consult) == 1
    others = [a for a in [*consult[0].sources, *consult[0].targets] if a.country != "CUB"]
    assert [(a.kind, a.name) for a in others] == [("igo", igo)]


def test_an_unknown_person_with_no_igo_title_stays_a_person(nlp, layer) -> None:
    consult = _with_person(nlp, layer, "Cuba's foreign minister met in Havana with the veteran mediator Jane Roe on Monday.",
                           "the veteran mediator Jane Roe", "Jane Roe")
    assert consult and [a.kind for a in consult[0].targets] == ["person"]


# ---------------------------------------------------------------- a currency names no state

def _code_with_amounts(nlp, layer: EventsLayer, text: str, money: list[str]) -> set[tuple]:
    art = Article(id="r15m", text=text, date="2025-03-12")
    for m in money:
        i = text.index(m)
        art.amounts.append(Amount(text=m, span=(i, i + len(m)), value=1, unit="USD", kind="money"))
    prep = prepare(text)
    ctx = Context(art, prep, nlp(prep.clean), Settings())
    ctx.state["actor_mentions"] = hand_mentions(text, KNOWN)
    layer(ctx)
    return event_tuples(art.events)


def test_a_request_for_us_dollars_is_not_aimed_at_the_united_states(nlp, layer) -> None:
    text = "Tuvalu asked 30 million US dollars for a new port."
    found = {t for t in _code_with_amounts(nlp, layer, text, ["30 million US dollars"]) if t[0] == "REQUEST"}
    assert found and all("USA" not in t[2] for t in found), found


def test_a_pledge_of_dollars_to_a_state_still_targets_that_state(nlp, layer) -> None:
    text = "Japan pledged 5 million US dollars to Sudan for its refugees."
    found = _code_with_amounts(nlp, layer, text, ["5 million US dollars"])
    assert any(t[1] == ("JPN",) and t[2] == ("SDN",) for t in found), found


# ---------------------------------------------------------------- a future passive of force is the speaker's threat

@pytest.mark.parametrize("text", [
    "Chad's defence minister said that the Nigerien militias will be crushed.",
    "Chad said the Nigerien smugglers would be punished severely.",
])
def test_an_agentless_future_passive_of_force_under_speech_is_the_speakers_threat(nlp, layer, text) -> None:
    found = code(nlp, layer, text)
    assert any(t[0] == "THREATEN" and t[1] == ("TCD",) and not t[3] for t in found), found


@pytest.mark.parametrize("text", [
    "Chad said the Nigerien smugglers were punished last year.",  # a past act: done by someone unnamed
    "Chad said the Nigerien smugglers could be punished.",  # only possible, no announced act
])
def test_a_past_or_possible_passive_is_no_threat_of_the_speaker(nlp, layer, text) -> None:
    found = code(nlp, layer, text)
    assert not any(t[0] == "THREATEN" for t in found), found


# ---------------------------------------------------------------- the victims of a condemned act are not judged

KYIV = {"Russia": ("RUS", "RUS", "state"), "Russian": ("RUS", "RUS", "state"), "Ukraine": ("UKR", "UKR", "state"),
        "Kyiv": ("UKR", "UKR", "state"), "Chad": ("TCD", "TCD", "state"), "Niger": ("NER", "NER", "state")}


@pytest.mark.parametrize("second", [
    "Chad condemned the attack on Kyiv.",
    "Chad denounced the invasion of Ukraine.",
    "Chad condemned the strike on Kyiv as a war crime.",
])
def test_a_condemned_attack_on_a_victim_judges_its_doer(nlp, layer, second) -> None:
    text = "Russia shelled Kyiv on Monday. " + second
    found = {t for t in event_tuples(code_events(nlp, layer, text, KYIV, "2025-03-12")) if t[0] == "ACCUSE"}
    assert found == {("ACCUSE", ("TCD",), ("RUS",), False, False)}, found


def test_a_condemned_attack_naming_its_doer_still_judges_the_doer(nlp, layer) -> None:
    # decoy: the doer named in the act phrase stays the target
    text = "Chad condemned Russia's attack on Kyiv."
    found = {t for t in event_tuples(code_events(nlp, layer, text, KYIV, "2025-03-12")) if t[0] == "ACCUSE"}
    assert found == {("ACCUSE", ("TCD",), ("RUS",), False, False)}, found


def test_an_accusation_of_a_named_party_is_untouched(nlp, layer) -> None:
    # decoy: no act of force as the object ("condemned Niger")
    found = {t for t in event_tuples(code_events(nlp, layer, "Chad condemned Niger on Monday.", KYIV, "2025-03-12"))
             if t[0] == "ACCUSE"}
    assert found == {("ACCUSE", ("TCD",), ("NER",), False, False)}, found


# ---------------------------------------------------------------- a mediation naming no party is between the two sides

def test_a_mediation_naming_no_party_is_between_the_stories_two_sides(nlp, layer) -> None:
    text = ("Chad and Niger agreed to a ceasefire on Saturday after a week of border clashes. Chad accused Niger of "
            "violations. Japan said it had mediated a long night of talks.")
    found = {t for t in code(nlp, layer, text) if t[0] == "CONSULT"}
    assert found == {("CONSULT", ("JPN",), ("NER", "TCD"), False, False)}, found


def test_a_mediation_naming_its_parties_keeps_them(nlp, layer) -> None:
    # decoy: the parties named stay the ones named
    text = "Chad and Niger clashed on the border. Japan has mediated between Cuba and Tuvalu."
    found = {t for t in code(nlp, layer, text) if t[0] == "CONSULT"}
    assert found == {("CONSULT", ("JPN",), ("CUB", "TUV"), False, False)}, found


# ---------------------------------------------------------------- the organisation whose meeting it is takes part

IGOS = {**KNOWN, "African Union": ("African Union", None, "igo"), "NATO": ("NATO", None, "igo")}


@pytest.mark.parametrize("text", [
    "Chad's president took part in a summit of the African Union on Sunday.",
    "Chad's president attended the NATO summit on Sunday.",
])
def test_attending_an_igos_meeting_consults_the_igo(nlp, layer, text) -> None:
    found = {t for t in event_tuples(code_events(nlp, layer, text, IGOS, "2025-03-12")) if t[0] == "CONSULT"}
    assert found == {("CONSULT", tuple(sorted(("TCD", "African Union" if "African" in text else "NATO"))), (), False, False)}, found


def test_holding_a_meeting_of_ones_own_cabinet_adds_no_party(nlp, layer) -> None:
    # decoy: the meeting's "of" phrase names no organisation
    found = {t for t in event_tuples(code_events(nlp, layer, "Chad's president held a meeting of his cabinet.", IGOS,
                                                 "2025-03-12")) if t[0] == "CONSULT"}
    assert found and all(t[1] == ("TCD",) for t in found), found


# ---------------------------------------------------------------- review fixes (fix-events10)

def test_the_state_of_a_code_is_read_in_the_same_order_under_any_hash_seed() -> None:
    # the phrase fallback ("Chad accused Namibian officials") reads the state of a code through
    # _state_ids: "NAM" must be Namibia whatever order the KB's set comes in (it was Vietnam under
    # some hash seeds); the seed is fixed at start-up, so each seed runs in its own process
    import os
    import subprocess
    import sys

    prog = ("from dateline._actors.kb import load_kb\n"
            "from dateline._events.coder import _state_ids\n"
            "kb = load_kb()\n"
            "print(kb.entries[_state_ids(kb, 'NAM')[0]].country)\n")
    for seed in ("0", "1"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", prog], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "NAM", (seed, out.stdout, out.stderr)


def test_a_nationality_adjective_of_a_code_shared_with_an_alias_gives_its_own_state(nlp, layer) -> None:
    found = event_tuples(code_events(nlp, layer, "Chad accused Namibian officials of fraud.",
                                     {"Chad": ("TCD", "TCD", "state")}, "2025-03-12"))
    assert ("ACCUSE", ("TCD",), ("NAM",), False, False) in found, found


def test_a_capitalised_title_naming_an_igo_in_part_is_the_igo(nlp, layer) -> None:
    # "UN Special Envoy" is no KB name as a whole; its part "UN" is
    consult = _with_person(nlp, layer, "Cuba's foreign minister met with UN Special Envoy Jane Roe on Monday.",
                           "UN Special Envoy Jane Roe", "Jane Roe")
    assert len(consult) == 1 and [(a.kind, a.name) for a in consult[0].targets] == [("igo", "United Nations")]


def test_an_apposition_that_names_an_igo_outside_its_title_leaves_a_person(nlp, layer) -> None:
    # decoy: "a critic of NATO" is no title of NATO (only the apposition head's own modifiers are)
    consult = _with_person(nlp, layer, "Cuba's foreign minister met in Havana with Jane Roe, a critic of NATO, on Monday.",
                           "Jane Roe", "Jane Roe")
    assert consult and [a.kind for a in consult[0].targets] == ["person"], consult


@pytest.mark.parametrize("text", ["Chad condemned the attack on Niger by Russia.", "Chad condemned the raid on Niger by Russia."])
def test_condemning_an_attack_on_one_state_by_another_judges_the_doer_only(nlp, layer, text) -> None:
    # the victim named beside the doer is no one judged (was [NER, RUS])
    found = {t for t in code(nlp, layer, text, extra={(text.index("Russia"), text.index("Russia") + 6): ("RUS", "RUS", "state")})
             if t[0] == "ACCUSE"}
    assert found == {("ACCUSE", ("TCD",), ("RUS",), False, False)}, found


_ZAMBIA = {"Zambia": ("ZMB", "ZMB", "state"), "Lusaka": ("ZMB", "ZMB", "state"), "Zambian": ("ZMB", "ZMB", "state"),
           "Hakainde Hichilema": ("Hakainde Hichilema", "ZMB", "person"), "Chad": ("TCD", "TCD", "state")}
_ZAMBIA_HOME = ("Zambia held elections on Thursday. Hakainde Hichilema of Zambia said the vote in Zambia was calm, "
                "and Zambian officials in Lusaka began the count.\n\n")


def test_a_bare_union_is_no_home_labour_body(nlp, layer) -> None:
    # "the union" is as often the European Union: with no labour word it is no body of the home state
    found = event_tuples(code_events(nlp, layer, _ZAMBIA_HOME + "The union accused Chad of dumping copper.", _ZAMBIA,
                                     "2024-08-14"))
    assert not [t for t in found if t[0] == "ACCUSE"], found


def test_a_teachers_union_is_a_home_labour_body(nlp, layer) -> None:
    found = event_tuples(code_events(nlp, layer, _ZAMBIA_HOME + "The teachers' union accused Chad of dumping copper.",
                                     _ZAMBIA, "2024-08-14"))
    assert ("ACCUSE", ("ZMB",), ("TCD",), False, False) in found, found
