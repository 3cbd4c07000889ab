"""Events layer, which actors an event takes as its sources and targets (third round, on the
development set dev3): an article's dateline place is where the story was filed, not a doer.

Sentences are written for these tests and coded by the whole pipeline (the dateline rule reads
the places layer).
"""

from __future__ import annotations

import dateline


def _events(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    art = dateline.code(text, date="2024-05-06")
    return [(e.type, [a.country for a in e.sources], [a.country for a in e.targets]) for e in art.events]


def test_dateline_place_is_no_source() -> None:
    # the dateline city opens the sentence and the parser hangs it on the verb as a second subject
    evs = _events("NAIROBI — The foreign ministers of Sudan, Ethiopia and Uganda held talks on Thursday.")
    consults = [e for e in evs if e[0] == "CONSULT"]
    assert consults, evs
    assert all("KEN" not in e[1] + e[2] for e in consults), consults
    assert all({"SDN", "ETH", "UGA"} <= set(e[1] + e[2]) for e in consults), consults


def test_dateline_with_country_and_agency_is_no_source() -> None:
    evs = _events("NAIROBI, Kenya (Reuters) - Ugandan troops shelled rebel positions in Congo on Monday.")
    assert evs, evs
    assert all("KEN" not in e[1] for e in evs), evs


def test_place_in_the_sentence_still_counts() -> None:
    # a place inside the sentence, not a dateline, still gives its state where the rules read it
    evs = _events("The army of Sudan shelled positions held by rebels near the border with Chad on Monday.")
    assert all("TCD" not in e[1] for e in evs), evs


def test_dateline_parsed_as_subject_gives_way_to_its_apposition() -> None:
    # the parser makes the dateline the subject and the real subject its apposition
    evs = _events("BERLIN - The president Daniel Noboa promised this Tuesday to punish those responsible for the riots.")
    assert evs, evs
    assert all(e[1] == ["ECU"] for e in evs), evs


def test_request_addressee_that_is_no_actor_gives_no_target() -> None:
    # the request is made to the addressee ("the regional leaders", no actor): the one its content
    # acts on (Iraq) is not its target
    evs = _events("The Iranian foreign minister urged the regional leaders to expel the Iraqi envoys.")
    reqs = [e for e in evs if e[0] == "REQUEST"]
    assert reqs, evs
    assert all("IRQ" not in e[2] for e in reqs), reqs


def test_origin_of_a_met_delegation_is_the_other_side() -> None:
    # "from Japan" hangs on the verb in the parse, right after an object that names no actor
    evs = _events("Officials said Canadian negotiators would meet a delegation from Japan next week.")
    meets = [e for e in evs if e[0] in ("AGREE", "CONSULT")]
    assert meets, evs
    assert any({"CAN", "JPN"} <= set(e[1] + e[2]) for e in meets), meets


def test_nominal_event_in_a_partitive_object_is_part_of_the_verb() -> None:
    # "most of the sanctions" is what was eased: no separate SANCTION record for the noun
    evs = _events("The European Union on Monday eased most of its sanctions on Belarus.")
    assert any(e[0] == "RETREAT" for e in evs), evs
    assert not any(e[0] == "SANCTION" for e in evs), evs


def test_list_of_states_read_as_appositions_are_all_sources() -> None:
    # "A, B, C and D announced": the parser reads the list as an apposition; no state is an
    # apposition of another state, so all are sources (and none becomes a target through "their")
    evs = _events("Kenya, the United Republic of Tanzania, Uganda and Rwanda announced on Monday the suspension of their trade with Burundi.")
    sanc = [e for e in evs if e[0] == "SANCTION"]
    assert sanc, evs
    assert any(set(e[1]) == {"KEN", "TZA", "UGA", "RWA"} and e[2] == ["BDI"] for e in sanc), sanc


def test_apposition_naming_a_role_is_not_a_list() -> None:
    evs = _events("Russia, a close ally of Syria and Iran, bombed Ukrainian positions on Monday.")
    assert evs, evs
    assert all(e[1] == ["RUS"] for e in evs if e[0] == "ASSAULT"), evs


def test_own_troops_withdrawn_are_no_target() -> None:
    evs = _events("Peruvian President Dina Boluarte then pulled the soldiers back to their barracks.")
    rets = [e for e in evs if e[0] == "RETREAT"]
    assert rets, evs
    assert all(e[2] == [] for e in rets), rets
