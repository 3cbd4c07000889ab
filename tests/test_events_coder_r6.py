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


# --- targets of wrapper nouns, complaints and two-sided acts -----------------------------------


def test_content_clause_of_a_demand_noun_names_the_target() -> None:
    evs = _events("The African Union repeated its demand on Monday that Sudan open the border crossings.")
    reqs = [e for e in evs if e[0] == "REQUEST"]
    assert reqs and all(e[2] == ["SDN"] for e in reqs), evs


def test_content_clause_subject_of_the_sources_own_side_is_no_target() -> None:
    evs = _events("The Russian president warned that his soldiers would keep attacking.")
    threats = [e for e in evs if e[0] == "THREATEN"]
    assert threats and all("RUS" not in e[2] for e in threats), evs


def test_content_clause_subject_with_possessive_of_others_is_the_target() -> None:
    evs = _events("Greece demanded that its European Union partners refuse to recognize Macedonia.")
    assert any(e[0] == "REQUEST" and e[2] == ["Q458"] for e in evs), evs  # the European Union


def test_complaint_targets_the_doer_of_the_act_not_the_addressee() -> None:
    evs = _events("Lebanon complained to the United Nations on Tuesday over two Israeli air raids.")
    acc = [e for e in evs if e[0] == "ACCUSE"]
    assert acc and all(e[2] == ["ISR"] for e in acc), evs
    evs = _events("Ukraine protested to Turkey about Russia's decision to close the straits.")
    assert any(e[0] == "ACCUSE" and e[2] == ["RUS"] for e in evs), evs


def test_inquiry_into_acts_by_an_actor_targets_it() -> None:
    evs = _events("Serbian military police have launched an investigation into alleged crimes committed by Croat forces.")
    assert any(e[0] == "ACCUSE" and e[2] == ["HRV"] for e in evs), evs


def test_complaint_to_an_addressee_with_no_named_doer_keeps_the_addressee() -> None:
    evs = _events("Chile complained to Peru about the new fishing rules.")
    assert any(e[0] == "ACCUSE" and e[2] == ["PER"] for e in evs), evs


def test_two_sided_act_on_one_sides_own_thing_has_no_target() -> None:
    evs = _events("Palestinians and Israelis failed to reach agreement on the fate of Palestinian offices in Jerusalem on Sunday.")
    rej = [e for e in evs if e[0] == "REJECT"]
    assert rej and all(e[2] == [] and set(e[1]) == {"ISR", "PSE"} for e in rej), evs


# --- requests, denials, references back, both sides --------------------------------------------


def test_act_at_the_request_of_someone_is_a_request_of_them() -> None:
    evs = _events("Russia sent troops to Kazakhstan at the request of President Kassym-Jomart Tokayev.")
    assert any(e[0] == "REQUEST" and e[1] == ["KAZ"] and e[2] == ["RUS"] for e in evs), evs
    evs = _events("The Security Council will meet on Friday at the request of France and Britain.")
    reqs = [e for e in evs if e[0] == "REQUEST"]
    assert reqs and all(set(e[1]) == {"FRA", "GBR"} and not e[4] for e in reqs), evs  # made, not hypothetical


def test_time_phrase_is_no_controller_of_an_infinitive() -> None:
    # "began on Monday to withdraw": 'on Monday' is no "called on X to" object
    evs = _events("Russia began on Monday to withdraw its troops from Syria.")
    assert any(e[0] == "RETREAT" and e[1] == ["RUS"] for e in evs), evs


def test_denial_after_an_accusation_does_not_negate_it() -> None:
    evs = _events("France accused the Malian junta of hiring Russian mercenaries; Bamako has denied hiring the fighters.")
    acc = [e for e in evs if e[0] == "ACCUSE"]
    assert acc and not any(e[3] for e in acc), evs


def test_judged_noun_refers_back_to_the_event_it_names() -> None:
    text = ("North Korea conducted its fifth nuclear test on Friday. South Korea's military raised its alert level. "
            "China's foreign ministry said Beijing firmly opposes the test.")
    evs = _events(text)
    judged = [e for e in evs if e[5] == "opposes"]
    assert judged and all(e[2] == ["PRK"] for e in judged), evs


def test_offer_to_help_the_two_sides_targets_both() -> None:
    text = ("Mali recalled its ambassadors from Senegal and closed its borders with Senegal. "
            "Neighbouring Algeria offered to help the two sides find a compromise.")
    evs = _events(text)
    offers = [e for e in evs if e[0] == "AGREE" and e[1] == ["DZA"]]
    assert offers and all(set(e[2]) == {"MLI", "SEN"} for e in offers), evs


# --- pledges, names, weighed acts -------------------------------------------------------------


def test_pledge_to_send_forces_is_an_agreement_a_vow_a_threat() -> None:
    evs = _events("Kenya, which had promised to send 1,000 police officers to Haiti, said its police would deploy soon.")
    assert any(e[0] == "AGREE" and e[1] == ["KEN"] for e in evs), evs
    assert not any(e[0] == "THREATEN" for e in evs), evs
    evs = _events("Russia vowed to send more troops to the border with Ukraine.")
    assert any(e[0] == "THREATEN" and e[1] == ["RUS"] for e in evs), evs


def test_weighed_sanction_is_hypothetical_not_a_threat() -> None:
    evs = _events("Washington would consider targeted sanctions against Myanmar.")
    assert any(e[0] == "SANCTION" and e[1] == ["USA"] and e[2] == ["MMR"] and e[4] for e in evs), evs
    assert not any(e[0] == "THREATEN" for e in evs), evs


def test_participle_after_a_plural_doer_takes_no_source_from_the_reporter() -> None:
    # "described soldiers burning villages": the soldiers burn, not the refugees who describe it
    evs = _events("Refugees from Myanmar have described soldiers burning villages.")
    assert not any(e[5] == "burning" for e in evs), evs


# --- meetings through 'to', reduced passives, deployments ------------------------------------


def test_meeting_verb_takes_the_other_side_from_to() -> None:
    evs = _events("The government of Mali remained willing to talk to Senegal.")
    assert any(e[1] == ["MLI"] and e[2] == ["SEN"] for e in evs), evs


def test_agreeing_to_something_takes_no_target_from_to() -> None:
    evs = _events("The Security Council agreed to an extension of the mission in Lebanon.")
    assert not any(e[0] == "AGREE" and "IGO" in e[2] for e in evs), evs


def test_reduced_passive_subject_is_no_doer() -> None:
    evs = _events("Two US Air Force planes landed in Bogota with some 160 Colombians deported.")
    assert not any(e[5] == "deported" and e[1] == ["COL"] for e in evs), evs


def test_reduced_passive_rule_leaves_active_clauses_alone() -> None:
    evs = _events("Supporters of Morales burned houses in La Paz, and the Bolivian police arrested at least 20 people.")
    assert any(e[0] == "COERCE" and e[1] == ["BOL"] for e in evs), evs


def test_forces_to_be_deployed_are_no_target_of_the_warning() -> None:
    evs = _events("The defence minister of Mozambique warned that the army can be deployed to protect the government.")
    threats = [e for e in evs if e[0] == "THREATEN"]
    assert threats and all(e[2] == [] for e in threats), evs  # not 'the army' (MOZ)


def test_event_of_a_time_clause_is_less_confident_than_the_news() -> None:
    art = dateline.code("Italy announced a suspension of air links with Serbia on Wednesday, one day after a Serbian "
                        "army jet shot down a helicopter carrying truce monitors.", date="2024-05-06")
    by_type = {e.type: e.confidence for e in art.events}
    assert "SANCTION" in by_type and "ASSAULT" in by_type, art.events
    assert by_type["SANCTION"] > by_type["ASSAULT"], by_type


def test_arrival_at_a_place_of_ones_own_country_is_no_meeting() -> None:
    evs = _events("The civic leader of Santa Cruz, Luis Fernando Camacho, arrived to the Palacio Quemado in La Paz with a Bible.")
    assert not any(e[0] == "CONSULT" and e[2] == ["BOL"] for e in evs), evs
    evs = _events("The Bolivian opposition leader Carlos Mesa visited Argentina on Monday.")
    assert any(e[0] == "CONSULT" and e[2] == ["ARG"] for e in evs), evs


def test_pronoun_object_of_a_second_conjunct_is_the_first_ones_target() -> None:
    evs = _events("U.S. Secretary of State Antony Blinken spoke by phone with Azerbaijani President Ilham Aliyev "
                  "and urged him to halt all military action.")
    assert any(e[0] == "REQUEST" and e[1] == ["USA"] and e[2] == ["AZE"] for e in evs), evs


def test_both_as_subject_are_the_two_sides_of_the_event_before() -> None:
    evs = _events("The Chinese foreign minister Wang Yi held a telephone conversation with his Indian counterpart "
                  "Subrahmanyam Jaishankar on Wednesday. Both agreed to cool the situation as soon as possible.")
    agreed = [e for e in evs if e[5] == "agreed"]
    assert agreed and all({"CHN", "IND"} <= set(e[1]) for e in agreed), evs
