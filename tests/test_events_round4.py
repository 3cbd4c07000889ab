"""Events layer, fourth round: CAMEO verb families the lexicon lacked, lemmatiser slips, objects
held in an 'of' phrase, stative passives, futures that are threats or promises, two-sided
fighting, ceasefires agreed, frame nouns ("a mediation effort between ...") and nationality
adjectives conjoined with a mention.

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._events.coder import _base_forms
from dateline._pipeline import Context, Settings
from dateline._records import Actor, Article
from dateline._textprep import prepare
from _events_helpers import code_events

KNOWN = {
    "Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state"), "France": ("FRA", "FRA", "state"),
    "Iran": ("IRN", "IRN", "state"), "Turkey": ("TUR", "TUR", "state"), "Russia": ("RUS", "RUS", "state"),
    "Germany": ("DEU", "DEU", "state"), "Japan": ("JPN", "JPN", "state"),
    "Bolivian miners": ("BOL-miners", "BOL", "population"), "Brazilian troops": ("BRA-army", "BRA", "state"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-03-12", article_id="t4")


def tuples(events) -> set[tuple]:
    return {(e.type, tuple(sorted(a.country or a.id for a in e.sources)), tuple(sorted(a.country or a.id for a in e.targets)), e.negated, e.hypothetical) for e in events}


def test_base_forms_undo_inflection() -> None:
    assert "stage" in _base_forms("staged")
    assert "riot" in _base_forms("rioted")
    assert "shell" in _base_forms("shelled")
    assert "carry" in _base_forms("carried")
    assert _base_forms("go") == []


def test_miners_stopping_work_is_a_strike(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Bolivian miners stopped work on Monday over the new mining law."))
    assert any(x[0] == "PROTEST" and x[1] == ("BOL",) for x in t)


def test_object_inside_an_of_phrase(nlp, layer) -> None:
    # "lifted the state of emergency": the rule is about the emergency, not the "state"
    t = tuples(code(nlp, layer, "Chile lifted the state of emergency in its northern provinces on Friday."))
    assert any(x[0] == "CONCEDE" and x[1] == ("CHL",) for x in t)


def test_stative_passive_keeps_the_subject_as_doer(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Japan is opposed to the proposal from Russia on the islands."))
    assert any(x[0] == "REJECT" and x[1] == ("JPN",) for x in t)


def test_future_act_with_an_unless_condition_is_a_threat(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Peru will withdraw its ambassador from Chile unless Chile apologises for the remarks."))
    types = {x[0] for x in t if x[1] == ("PER",) and not x[4]}
    assert "THREATEN" in types
    assert "AGREE" not in types


def test_announced_boycott_is_a_threat(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France said it would boycott the ceremony in Iran."))
    assert any(x[0] == "THREATEN" and x[1] == ("FRA",) for x in t)
    assert not any(x[0] == "REJECT" for x in t)


def test_promised_support_is_agree(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Germany will support the membership bid of Turkey, the minister said."))
    assert any(x[0] == "AGREE" and "DEU" in x[1] + x[2] for x in t)
    assert not any(x[0] == "SUPPORT" for x in t)


def test_two_sided_clash_has_both_sides_as_sources(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Peru clashed with Chile along the disputed border on Sunday."))
    assert ("ASSAULT", ("CHL", "PER"), (), False, False) in t


def test_clashes_between_two_sides_need_no_target(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Heavy clashes between Iran and Turkey broke out near the frontier."))
    assert ("ASSAULT", ("IRN", "TUR"), (), False, False) in t


def test_nationality_conjoined_with_a_mention_is_a_second_side(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Peruvian and Brazilian troops exchanged fire across the river."))
    assert ("ASSAULT", ("BRA", "PER"), (), False, False) in t


def test_agreeing_to_a_ceasefire_is_a_concession(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Peru and Chile agreed to a ceasefire after three days of fighting."))
    assert ("CONCEDE", ("CHL", "PER"), (), False, False) in t
    assert not any(x[0] == "AGREE" for x in t)


def test_mediation_effort_between_parties(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Turkey launched a mediation effort between Iran and Russia on Tuesday."))
    consult = [x for x in t if x[0] == "CONSULT"]
    assert consult and set(consult[0][1]) >= {"TUR", "IRN", "RUS"}


def test_war_games_are_not_a_war(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France and Germany began ten days of war games in the Baltic."))
    assert not any(x[0] == "ASSAULT" for x in t)


def test_refusing_refugees_is_a_rejection(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Turkey will not accept any more refugees from Iran, the ministry said."))
    assert any(x[0] == "REJECT" and x[1] == ("TUR",) for x in t)


def test_statement_demanding_is_the_issuer_demanding(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Iran issued a statement demanding that Turkey free the detained sailors."))
    assert ("REQUEST", ("IRN",), ("TUR",), False, False) in t


def test_allowing_an_opponent_to_run_is_a_concession(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Peru allowed the exiled opposition leader to return and contest the election."))
    assert any(x[0] == "CONCEDE" and x[1] == ("PER",) for x in t)


def test_denial_of_a_charge_in_apposition_does_not_negate_the_accusation(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Peru accused Chile of arming the rebels, a charge Chile has always denied."))
    assert ("ACCUSE", ("PER",), ("CHL",), False, False) in t
    assert not any(x[0] == "ACCUSE" and x[3] for x in t)


def test_passive_casualties_are_not_the_speakers_attack(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Nine people were killed and 30 injured in the raids, Iran said."))
    assert not any(x[0] == "ASSAULT" and x[1] == ("IRN",) for x in t)


def test_object_after_a_translated_date_is_summoned(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "The foreign ministry of Japan summoned this Monday the head of the mission of Russia in Tokyo."))
    assert any(x[0] == "ACCUSE" and x[1] == ("JPN",) and x[2] == ("RUS",) for x in t)


def test_whose_names_the_relative_antecedent(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "The minister of Iran criticized France, whose embargo he called an act of aggression."))
    assert any(x[0] == "ACCUSE" and x[1] == ("IRN",) and x[2] == ("FRA",) for x in t)


def test_troops_sent_to_a_border_with_a_neighbour_target_the_neighbour(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Russia began deploying troops to its border with Japan on Monday."))
    assert ("MOBILIZE", ("RUS",), ("JPN",), False, False) in t


def test_relative_pronoun_subject_is_the_antecedent(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Turkey, which mediated the talks with Germany, said the deal would hold."))
    consult = [x for x in t if x[0] == "CONSULT"]
    assert consult and {"TUR", "DEU"} <= set(consult[0][1] + consult[0][2])


def test_protest_against_a_phrase_deeper_in_the_route(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Bolivian miners marched through the centre of La Paz against the reforms of the government of Peru."))
    assert any(x[0] == "PROTEST" and x[1] == ("BOL",) and x[2] == ("PER",) for x in t)


def test_characterisation_with_an_adjective_after_as(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Chile described the measures of Peru as \"hostile\"."))
    assert any(x[0] == "ACCUSE" and x[1] == ("CHL",) for x in t)


def test_will_not_back_down_is_a_rejection(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France will not back down on the pension reform, the minister said."))
    assert any(x[0] == "REJECT" and x[1] == ("FRA",) for x in t)
    assert not any(x[0] == "SUPPORT" for x in t)


def test_being_on_trial_is_no_accusation_by_the_defendant(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "The court heard Peru's former leader, who is on trial over the coup plot."))
    assert not any(x[0] == "ACCUSE" and x[1] == ("PER",) for x in t)


def test_drill_simulating_a_strike_is_a_show_of_force(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Japan staged a drill on Monday simulating a strike on bases in Russia."))
    assert not any(x[0] == "ASSAULT" for x in t)
    assert any(x[0] == "MOBILIZE" and x[1] == ("JPN",) for x in t)


def test_weapons_test_is_mobilize(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Iran carried out a ballistic missile test on Sunday."))
    assert ("MOBILIZE", ("IRN",), (), False, False) in t


def test_spoke_by_phone_with_a_counterpart(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "The president of Peru spoke by phone with the president of Chile on Friday."))
    assert any(x[0] == "CONSULT" and set(x[1] + x[2]) == {"PER", "CHL"} for x in t)


def test_hoping_another_will_act_is_a_request(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "A spokesman said Turkey hopes Germany will lift the restrictions soon."))
    assert ("REQUEST", ("TUR",), ("DEU",), False, False) in t


def test_relative_object_names_the_antecedent(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Chile criticised the tariffs, which Peru raised in May."))
    assert any(x[0] == "SANCTION" and x[1] == ("PER",) for x in t)


def test_threat_of_restrictions_does_not_target_the_threatener(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France threatened on Sunday to halt all trade with countries that arm the rebels."))
    assert not any(x[0] == "THREATEN" and "FRA" in x[2] for x in t)


def test_characterisation_hung_on_the_object(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Peru described the measures of Chile as \"a direct threat\" to its sovereignty."))
    assert any(x[0] == "ACCUSE" and x[1] == ("PER",) for x in t)


def test_voting_for_an_act_is_not_doing_it(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "In the referendum, voters of Peru voted for the annexation of the islands."))
    assert not any(x[0] == "COERCE" for x in t)


def test_month_name_is_no_march(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "The warrant against Iran has been in force since March."))
    assert not any(x[0] in ("PROTEST", "THREATEN") and x[1] == ("IRN",) for x in t)


def test_invitation_to_join_is_agree(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France announced on Thursday the invitation to Peru and Chile to join the forum."))
    assert any(x[0] == "AGREE" and {"FRA", "PER", "CHL"} <= set(x[1] + x[2]) for x in t)


def test_cancelled_visit_is_rejection(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "The foreign minister of Russia cancelled a visit to Turkey planned for Friday."))
    assert any(x[0] == "REJECT" and x[1] == ("RUS",) and x[2] == ("TUR",) for x in t)


def test_meeting_at_someones_request(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Germany held an emergency meeting at Japan's request."))
    assert any(x[0] == "REQUEST" and x[1] == ("JPN",) and x[2] == ("DEU",) for x in t)
    assert not any(x[0] == "CONSULT" and "JPN" in x[2] for x in t)


def test_standing_in_solidarity(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Germany said it stood in solidarity with Turkey."))
    assert any(x[0] == "SUPPORT" and "TUR" in x[2] for x in t)


def test_signing_a_joint_statement_is_support(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Peru and Chile signed a joint statement on fisheries."))
    assert ("SUPPORT", ("CHL", "PER"), (), False, False) in t


def test_announced_vote_against_is_an_unflagged_rejection(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France will vote against the proposal of Germany."))
    assert any(x[0] == "REJECT" and x[1] == ("FRA",) and not x[4] for x in t)


def _by_type(events, type_: str):
    return [e for e in events if e.type == type_]


@pytest.fixture(scope="module")
def times_layer():
    from dateline._times import TimesLayer

    return TimesLayer(Settings())


def code_dated(nlp, layer: EventsLayer, times_layer, text: str) -> list:
    """As ``code``, with the times layer run first (event dates read its expressions)."""
    art = Article(id="t4d", text=text, date="2024-03-12")
    prep = prepare(text)
    ctx = Context(art, prep, nlp(prep.clean), Settings())
    times_layer(ctx)
    mentions = []
    for name, (aid, country, kind) in KNOWN.items():
        start = 0
        while (i := text.find(name, start)) >= 0:
            mentions.append(Actor(id=aid, name=aid, kind=kind, country=country, text=name, span=(i, i + len(name))))
            start = i + len(name)
    ctx.state["actor_mentions"] = sorted(mentions, key=lambda a: a.span)
    layer(ctx)
    return art.events


def test_time_in_a_warnings_condition_does_not_date_the_accusation(nlp, layer, times_layer) -> None:
    evs = code_dated(nlp, layer, times_layer, "Peru accused Chile of dumping fish and warned that Chile would pay dearly if it waits until 2030.")
    acc = _by_type(evs, "ACCUSE")
    assert acc and acc[0].date == "2024-03-12" and acc[0].date_source == "article"


def test_announced_resignation_is_dated_by_the_announcement(nlp, layer, times_layer) -> None:
    evs = code_dated(nlp, layer, times_layer, "Japan announced on Monday that the cabinet of Japan would resign by June.")
    con = _by_type(evs, "CONCEDE")
    assert con and con[0].date == "2024-03-11"


def test_undated_sentence_takes_the_storys_last_day(nlp, layer, times_layer) -> None:
    evs = code_dated(nlp, layer, times_layer, "Peru shelled the border posts of Chile on Monday. Hours later Chile recalled its ambassador from Peru.")
    san = _by_type(evs, "SANCTION")
    assert san and san[0].date == "2024-03-11" and san[0].date_source == "context"


def test_vow_to_fight_is_a_threat(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "The rebels of Peru have sworn to fight until Chile withdraws."))
    assert not any(x[0] == "AGREE" for x in t)
    assert any(x[0] == "THREATEN" and x[1] == ("PER",) for x in t)


def test_announced_obligation_to_agree_is_a_request(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Peru announced that Chile must agree to new fishing limits."))
    assert ("REQUEST", ("PER",), ("CHL",), False, False) in t


def test_object_naming_a_state_through_of_or_a_nationality(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Bolivian miners rejected the Peruvian proposal on tin prices."))
    assert any(x[0] == "REJECT" and x[1] == ("BOL",) and x[2] == ("PER",) for x in t)
    t = tuples(code(nlp, layer, "Peru and Chile signed agreements at the White House on Tuesday."))
    assert ("SUPPORT", ("CHL", "PER"), (), False, False) in t


def test_domestic_protest_targets_the_own_government(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Bolivian miners marched through the capital on Monday."))
    assert any(x[0] == "PROTEST" and x[1] == ("BOL",) and x[2] == ("BOL",) for x in t)


def test_lifting_a_curfew_in_a_province_targets_its_state(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Turkey lifted the night curfew in Iran on Sunday."))
    assert any(x[0] == "CONCEDE" and x[1] == ("TUR",) and x[2] == ("IRN",) for x in t)


def test_recipient_inside_the_complement(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France agreed to set up a research centre in Japan next year."))
    assert any(x[0] == "AGREE" and {"FRA", "JPN"} <= set(x[1] + x[2]) for x in t)


def test_threat_names_its_target_in_a_place_phrase(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Iran threatened on Tuesday to cut off electricity to Turkey over unpaid bills."))
    assert any(x[0] == "THREATEN" and x[1] == ("IRN",) and x[2] == ("TUR",) for x in t)


def test_purpose_of_a_call_is_part_of_the_call(nlp, layer) -> None:
    evs = code(nlp, layer, "Peru telephoned Japan on Friday to discuss the fishing deal.")
    consult = [e for e in evs if e.type == "CONSULT"]
    assert len(consult) == 1 and {a.country for a in consult[0].sources + consult[0].targets} == {"PER", "JPN"}


def test_units_of_a_force_are_deployed_troops(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Chile deployed 2,000 elements of the national guard on the northern border."))
    assert ("MOBILIZE", ("CHL",), (), False, False) in t


def test_holding_talks_or_bonds_is_no_detention(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Officials of Peru and Chile held this Thursday in Lima the first strategic dialogue. Japan holds bonds of Peru."))
    assert not any(x[0] == "COERCE" for x in t)
    t = tuples(code(nlp, layer, "The police of Chile held three activists of Peru for two days."))
    assert any(x[0] == "COERCE" and x[1] == ("CHL",) for x in t)


def test_calling_a_meeting_is_not_calling_it_off(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Germany called an emergency meeting of the alliance on Monday."))
    assert not any(x[0] in ("REJECT", "SANCTION") for x in t)
    t = tuples(code(nlp, layer, "Germany called off the summit with Turkey."))
    assert any(x[0] == "REJECT" and x[1] == ("DEU",) for x in t)


def test_announced_withdrawal_is_a_concession(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "France announced on Thursday the withdrawal of its troops from Iran."))
    assert any(x[0] == "CONCEDE" and x[1] == ("FRA",) for x in t)
    assert not any(x[0] == "RETREAT" for x in t)


def test_promise_to_punish_is_a_threat(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Peru promised on Monday to punish the rioters."))
    assert any(x[0] == "THREATEN" and x[1] == ("PER",) for x in t)


def test_appositive_parsed_as_second_subject_is_not_a_doer(nlp, layer) -> None:
    evs = code(nlp, layer, "According to the minister of Japan, Taro Aso, the police of Chile arrested 300 people since Sunday.")
    coerce = [e for e in evs if e.type == "COERCE"]
    assert coerce and {a.country for a in coerce[0].sources} == {"CHL"}


def test_soldiers_patrolling_streets_is_mobilize(nlp, layer) -> None:
    t = tuples(code(nlp, layer, "Some 10,000 Brazilian troops patrol the streets of the capital."))
    assert any(x[0] == "MOBILIZE" and x[1] == ("BRA",) for x in t)
