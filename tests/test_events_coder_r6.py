"""Events layer, round 6 (the coder's argument and flag rules, checked on sentences written for
these tests and coded by the whole pipeline through the public API)."""

from __future__ import annotations

import dateline


def _events(text: str, date: str = "2024-05-06") -> list[tuple[str, list[str | None], list[str | None], bool, bool, str]]:
    art = dateline.code(text, date=date)
    return [(e.type, [a.country or a.id for a in e.sources], [a.country or a.id for a in e.targets],
             e.negated, e.hypothetical, e.trigger.text) for e in art.events]


# --- the act of a condition ------------------------------------------------------------------


def test_condition_act_aimed_at_no_one_is_no_event() -> None:
    evs = _events("The opposition party said it would file a lawsuit against the government unless President Macron resigned.")
    assert not any(e[5] == "resigned" for e in evs), evs


def test_pending_until_clause_is_no_event() -> None:
    evs = _events("Unions in France called a general strike until President Emmanuel Macron steps down.")
    assert any(e[0] == "PROTEST" for e in evs), evs
    assert not any(e[0] == "RETREAT" for e in evs), evs


def test_main_act_of_a_conditional_sentence_stays() -> None:
    evs = _events("Brazil said it would send aid to Bolivia if La Paz asks for it.")
    assert any(e[1] == ["BRA"] and e[2] == ["BOL"] for e in evs), evs
    assert not any(e[5] == "asks" for e in evs), evs


def test_condition_act_on_someone_is_kept_hypothetical() -> None:
    evs = _events("Egypt said the truce could be extended if Hamas hands the hostages over to Israel.")
    freed = [e for e in evs if e[0] == "RETREAT" and e[2] == ["ISR"]]
    assert freed and all(e[4] for e in freed), evs
