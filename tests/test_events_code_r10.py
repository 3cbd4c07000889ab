"""Events layer (round r10): arguments that come from context.

* a body noun of no country ("the ministry", "the army", also when a pronoun stands for it) is
  the body an earlier mention of the same noun with a country names ("Ruvania's foreign
  ministry ... The ministry condemned"), within a few sentences, before the home country is
  assumed; another noun, a modified noun ("the interior ministry") or no such mention leaves it
  as before (dropped in a story with no home country);

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_tuples as tuples

KNOWN = {
    "Ruvania": ("RUV", "RUV", "state"), "Moldara": ("MOL", "MOL", "state"),
    "Peru": ("PER", "PER", "state"), "Chile": ("CHL", "CHL", "state"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str, known: dict | None = None) -> set[tuple]:
    return tuples(code_events(nlp, layer, text, known or KNOWN, "2024-05-01", article_id="cr10"))


# --- a body noun of no country is the body an earlier mention of the same noun names ------------

# a story about two countries (no home country): the body's own mention names its country
MINISTRY = {**KNOWN, "Ruvania's foreign ministry": ("RUV-mfa", "RUV", "state")}


def test_the_ministry_is_the_ministry_named_before(nlp, layer):
    text = ("Ruvania's foreign ministry met Moldara's envoy on Monday after Moldara closed the border. "
            "The ministry also condemned Moldara for the closure.")
    assert ("ACCUSE", ("RUV",), ("MOL",), False, False) in code(nlp, layer, text, MINISTRY)


def test_the_army_in_a_later_sentence_is_the_army_named_before(nlp, layer):
    known = {**KNOWN, "The Ruvanian army": ("RUV-army", "RUV", "state")}
    text = ("The Ruvanian army shelled villages near Moldara's border on Monday. Moldara recalled its ambassador. "
            "The army attacked Moldara again on Tuesday.")
    assert ("ASSAULT", ("RUV",), ("MOL",), False, False) in code(nlp, layer, text, known)


def test_another_body_noun_is_no_antecedent(nlp, layer):
    # decoy: "the ministry" after "Ruvania's army": another body, no country is read
    known = {**KNOWN, "Ruvania's army": ("RUV-army", "RUV", "state")}
    text = ("Ruvania's army closed the road to Moldara on Monday. Moldara protested. "
            "The ministry also condemned Moldara for the closure.")
    assert not any(t[0] == "ACCUSE" and t[1] == ("RUV",) for t in code(nlp, layer, text, known))


def test_a_modified_body_noun_is_no_anaphor(nlp, layer):
    # decoy: "the interior ministry" may be another ministry than the foreign ministry named before
    text = ("Ruvania's foreign ministry met Moldara's envoy on Monday after Moldara closed the border. "
            "The interior ministry condemned Moldara for the closure.")
    assert not any(t[0] == "ACCUSE" and t[1] == ("RUV",) for t in code(nlp, layer, text, MINISTRY))


def test_an_antecedent_too_far_back_is_not_read(nlp, layer):
    # decoy: five sentences later "the ministry" is no longer the one named at the start
    text = ("Ruvania's foreign ministry met Moldara's envoy on Monday. Moldara closed the border. "
            "Trade fell. Prices rose. Markets shut. Chile and Peru watched. "
            "The ministry condemned Moldara for the closure.")
    assert not any(t[0] == "ACCUSE" and t[1] == ("RUV",) for t in code(nlp, layer, text, MINISTRY))


def test_the_police_named_before_in_a_story_from_their_country_act_at_home(nlp, layer):
    # the antecedent gives the dateline's country: its act on no one named is domestic, as when
    # the dateline alone gave it
    from dateline._pipeline import Context
    from dateline._records import Actor, Article, Place
    from dateline._textprep import prepare

    text = "LIMA — Peruvian police detained 13 people near the congress on Tuesday. The police detained 20 more on Wednesday."
    art = Article(id="cr10p", text=text, date="2024-05-01")
    art.places.append(Place(text="LIMA", span=(0, 4), name="Lima", country="PER"))
    prep = prepare(text)
    ctx = Context(art, prep, nlp(prep.clean), Settings())
    i, j = text.index("Peruvian police"), text.index("The police")
    ctx.state["actor_mentions"] = [
        Actor(id=None, name="Peruvian police", kind="state", country="PER", sector="COP", text="Peruvian police", span=(i, i + 15)),
        Actor(id=None, name="The police", kind="organization", sector="COP", text="The police", span=(j, j + 10),
              resolved_by="description")]
    layer(ctx)
    assert all(e.sources[0].country == "PER" for e in art.events if e.type == "COERCE")
    assert any(e.type == "COERCE" and "the same noun" in e.evidence and [a.country for a in e.targets] == ["PER"]
               for e in art.events)


# --- "they" after a meeting are its two sides ----------------------------------------------------

PEOPLE = {**KNOWN, "President Ruiz": ("PER-pres", "PER", "person"), "President Soto": ("CHL-pres", "CHL", "person"),
          "Minister Vega": ("PER-min", "PER", "person")}


@pytest.mark.parametrize("text", [
    "President Ruiz met with President Soto in Lima on Monday, and they agreed to reopen the border.",
    "President Ruiz met President Soto in Lima on Monday. They agreed to reopen the border.",
])
def test_they_after_a_meeting_are_its_two_sides(nlp, layer, text):
    evs = code(nlp, layer, text, PEOPLE)
    assert any(t[0] in ("AGREE", "CONCEDE", "RETREAT") and t[1] == ("CHL", "PER") for t in evs), evs


def test_they_after_a_meeting_of_one_country_are_its_two_people(nlp, layer):
    evs = code(nlp, layer, "President Ruiz met with Minister Vega on Monday, and they agreed that the army would stay.", PEOPLE)
    assert ("AGREE", ("PER", "PER"), (), False, False) in evs or ("AGREE", ("PER",), (), False, False) in evs


@pytest.mark.parametrize("text", [
    # decoys: "they" after no meeting, after a meeting that did not happen, or two sentences on
    "President Ruiz criticised President Soto on Monday. They rejected the plan.",
    "President Ruiz did not meet President Soto on Monday. They rejected the plan.",
    "President Ruiz met President Soto on Monday. Talks lasted an hour. Rain fell. They rejected the plan.",
])
def test_they_after_no_meeting_names_no_one(nlp, layer, text):
    assert not any(t[0] == "REJECT" for t in code(nlp, layer, text, PEOPLE))


# --- a closed frontier naming no one is aimed at no one; domestic control still holds ----------


def test_closing_the_own_airspace_has_no_target(nlp, layer):
    # (Peru: the knowledge base has its state actor, so a domestic target could be filled)
    assert ("COERCE", ("PER",), (), False, False) in code(nlp, layer, "Peru closed its airspace on Sunday.")


def test_closing_the_airspace_in_a_home_country_story_has_no_domestic_target(nlp, layer):
    text = ("Peru's army seized power in Peru on Monday. Peru's president was detained. Peru's parliament was "
            "dissolved. Peru's junta closed the airspace of the country on Sunday.")
    evs = code(nlp, layer, text)
    assert any(t[0] == "COERCE" and t[1] == ("PER",) and t[2] == () for t in evs), evs


def test_police_firing_tear_gas_at_protesters_still_controls_their_own(nlp, layer):
    text = "Peruvian police fired tear gas at protesters on Sunday."
    i = text.index("protesters")
    evs = tuples(code_events(nlp, layer, text, {**KNOWN, "Peruvian police": ("PER-pol", "PER", "state")}, "2024-05-01",
                             article_id="cr10g", extra={(i, i + 10): ("", None, "population")}))
    assert ("ASSAULT", ("PER",), ("PER",), False, False) in evs


# --- a protest chanting against someone is aimed at them ----------------------------------------


@pytest.mark.parametrize("text", [
    "Thousands of people rallied in Lima on Wednesday, waving flags and chanting against Chile.",
    "Thousands of protesters marched in Lima, chanting slogans against Chile and Ruvania.",
])
def test_chanting_against_names_the_protests_target(nlp, layer, text):
    known = {**KNOWN, "Thousands of people": ("", "PER", "population"), "Thousands of protesters": ("", "PER", "population")}
    evs = code(nlp, layer, text, known)
    assert any(t[0] == "PROTEST" and t[1] == ("PER",) and "CHL" in t[2] and "PER" not in t[2] for t in evs), evs


def test_chanting_slogans_against_no_one_leaves_the_own_state(nlp, layer):
    # decoy: slogans with no `against` name no one; the protesters' own state is the target
    known = {**KNOWN, "Thousands of protesters": ("", "PER", "population")}
    evs = code(nlp, layer, "Thousands of protesters marched in Lima, chanting slogans.", known)
    assert not any(t[0] == "PROTEST" and "CHL" in t[2] for t in evs)


# --- the doers of an act a foreign judge condemns are not of the judge's country ----------------

PERU = ("LIMA - Peru's Congress voted on Monday to remove the prime minister. President Ruiz said Peru would "
        "hold early elections, and Lima called for calm. Peru's economy minister resigned. ")


def test_a_foreign_judge_does_not_lend_its_country_to_the_doers(nlp, layer):
    text = PERU + "Hundreds of radicals attacked the Congress building on Sunday. Chile called the attacks outrageous."
    i = text.index("Hundreds of radicals")
    known = {**KNOWN, "Lima": ("PER", "PER", "state"), "President Ruiz": ("PER-pres", "PER", "person")}
    evs = tuples(code_events(nlp, layer, text, known, "2024-05-01", article_id="cr10j",
                             extra={(i, i + 20): ("", None, "population")}))
    assert not any(t[0] == "ACCUSE" and t[1] == ("CHL",) and t[2] == ("CHL",) for t in evs), evs


# --- support for a pact names none of its parties ------------------------------------------------


@pytest.mark.parametrize("verb", ["welcomed", "supported"])
def test_welcoming_an_agreement_names_no_party(nlp, layer, verb):
    evs = code(nlp, layer, f"Ruvania and Moldara signed a trade agreement on Monday. Chile {verb} the agreement.")
    assert ("SUPPORT", ("CHL",), (), False, False) in evs, evs


def test_welcoming_an_earlier_step_still_refers_back(nlp, layer):
    # decoy: a step (no pact) welcomed is the doer's
    evs = code(nlp, layer, "Ruvania withdrew its troops from the border on Monday. Chile welcomed the move.")
    assert ("SUPPORT", ("CHL",), ("RUV",), False, False) in evs, evs


# --- "A's decision to X": A does X ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Ruvania's decision to expel Moldara's ambassador surprised Chile.",
    "The move by Ruvania to expel Moldara's ambassador surprised Chile.",
])
def test_the_owner_of_a_decision_does_its_act(nlp, layer, text):
    evs = code(nlp, layer, text)
    assert any(t[0] == "SANCTION" and t[1] == ("RUV",) and t[2] == ("MOL",) for t in evs), evs


@pytest.mark.parametrize("text", [
    # decoys: a decision of no one named, and a plan (an intent, not an act)
    "The decision to expel Moldara's ambassador surprised Chile.",
    "Ruvania's plan to expel Moldara's ambassador surprised Chile.",
])
def test_no_owner_or_a_plan_gives_no_asserted_act(nlp, layer, text):
    evs = code(nlp, layer, text)
    assert not any(t[0] == "SANCTION" and t[1] == ("RUV",) and not t[4] for t in evs), evs


# --- "urged the government": the body of the story's country ------------------------------------


@pytest.mark.parametrize("text", [
    PERU + "Chile urged the government to hold talks with the opposition.",
    PERU + "The opposition leader urged the government to stop the violence.",
    PERU + "Chile called the citizens to calm.",
])
def test_a_body_object_of_no_country_is_the_storys(nlp, layer, text):
    evs = code(nlp, layer, text, {**KNOWN, "Lima": ("PER", "PER", "state"), "President Ruiz": ("PER-pres", "PER", "person"),
                                  "The opposition leader": ("PER-opp", "PER", "person")})
    assert any(t[0] == "REQUEST" and t[2] == ("PER",) and t[1] != ("PER-pres",) for t in evs), evs


@pytest.mark.parametrize("text", [
    # decoys: a modified body ("the Chilean government"), no story country, a meeting with it
    PERU + "Ruvania urged the Chilean government to hold talks.",
    "Chile urged the government to hold talks with the opposition.",
    PERU + "Chile met the government on Monday.",
])
def test_a_named_or_storyless_body_object_is_not_the_storys(nlp, layer, text):
    evs = code(nlp, layer, text, {**KNOWN, "Lima": ("PER", "PER", "state"), "President Ruiz": ("PER-pres", "PER", "person")})
    assert not any(t[1] in (("RUV",), ("CHL",)) and t[2] == ("PER",) for t in evs), evs


# --- a protest led by one of a country's people is aimed at its own state -----------------------


def test_a_protest_by_a_person_of_a_country_targets_its_state(nlp, layer):
    known = {**KNOWN, "Opposition leader Ana Rios": ("PER-rios", "PER", "person")}
    evs = code(nlp, layer, "Opposition leader Ana Rios led a protest march through Lima on Sunday.", known)
    assert any(t[0] == "PROTEST" and t[1] == ("PER",) and t[2] == ("PER",) for t in evs), evs


def test_a_protest_by_a_person_against_another_state_keeps_that_target(nlp, layer):
    # decoy: the grievance names Chile; the own state is not put in its place
    known = {**KNOWN, "Opposition leader Ana Rios": ("PER-rios", "PER", "person")}
    evs = code(nlp, layer, "Opposition leader Ana Rios led a protest march against Chile on Sunday.", known)
    assert not any(t[0] == "PROTEST" and t[2] == ("PER",) for t in evs), evs


# --- agentless passives only a state does ---------------------------------------------------------


@pytest.mark.parametrize("text,typ", [
    (PERU + "Two opposition leaders were sentenced to ten years in prison on Monday.", "SANCTION"),
    (PERU + "Eleven people were charged with the killing on Monday.", "ACCUSE"),
])
def test_an_agentless_sentence_or_charge_is_the_home_states(nlp, layer, text, typ):
    known = {**KNOWN, "Lima": ("PER", "PER", "state"), "President Ruiz": ("PER-pres", "PER", "person")}
    evs = code(nlp, layer, text, known)
    assert any(t[0] == typ and t[1] == ("PER",) for t in evs), evs


def test_an_agentless_sentence_in_no_country_is_not_coded(nlp, layer):
    # decoy: no place, no home country: no doer is invented
    evs = code(nlp, layer, "Two opposition leaders were sentenced to ten years in prison on Monday.")
    assert not any(t[0] == "SANCTION" for t in evs), evs


# --- machine-translated Spanish "Y" (and) parsed as a subject -----------------------------------


def test_a_translated_y_shares_the_subject_of_the_clause_before(nlp, layer):
    text = "Peru's foreign minister spoke at the press conference , Y asked Chile to return the ambassador."
    known = {**KNOWN, "Peru's foreign minister": ("PER-fm", "PER", "person")}
    evs = code(nlp, layer, text, known)
    assert any(t[0] == "REQUEST" and t[1] == ("PER",) and t[2] == ("CHL",) for t in evs), evs


def test_a_relative_pronoun_subject_is_still_its_antecedent(nlp, layer):
    # (the relative-clause rule right after the "Y" one)
    evs = code(nlp, layer, "Chile, which criticised Peru on Monday, recalled its ambassador.")
    assert any(t[0] == "ACCUSE" and t[1] == ("CHL",) and t[2] == ("PER",) for t in evs), evs
