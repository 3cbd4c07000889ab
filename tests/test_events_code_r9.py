"""Events layer (round r9): arguments of the sentence coder.

* the `from` phrase of a speech act, promise or gift names its author, not a target ("drew
  condemnation from X", "a request from X", "an offer of help from X"); the subject of a
  receiving verb ("received", "drew", "faced") is then its target;
* an agentless passive arrest or deportation ("40 people were arrested") is done by a body of the
  state: of the country of the place it happens in, else of the article's home country; with
  neither it is not coded;
* a gerund subject with no subject of its own ("Fighting between A and B raged") is a nominal
  event: its own phrase names its sides;
* a protest with no target is aimed at the one its grievance names ("in protest of X's refusal",
  "in defiance of X", "to protest X's tariffs"), else at the protesters' own state;
* a state body the actors layer left without a country ("Police") takes the home country, or the
  dateline's; a two-sided act gets no domestic target; "the two leaders" are the two sides;
* a judged noun with "any/all/every/no" is generic and refers back to no earlier act;
* "the president", "the premier", "the (special) forces" with no country are the home state's;
* "denied having bombed camps" (the parser hangs 'bombed' on 'camps') is a negated attack;
* an attack naming no one in a story about two countries hits the other side;
* a nominal event whose only possessor is an unresolved pronoun ("insisted on its demands") is
  the governing verb's subject's;
* a refusal by a person or body of the home country is domestic (not a refusal of talks);
* lifting a domestic measure ("the curfew", "the state of emergency") concedes to the own state.

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
    "Peru": ("PER", "PER", "state"), "Lima": ("PER", "PER", "state"), "President Ruiz": ("PER-pres", "PER", "person"),
    "Chile": ("CHL", "CHL", "state"), "Kenya": ("KEN", "KEN", "state"), "Ghana": ("GHA", "GHA", "state"),
}

# an article about Peru: Peru named six times, no other country more than once before the end
PERU = ("LIMA - Peru's Congress voted on Monday to remove the prime minister. President Ruiz said Peru would "
        "hold early elections, and Lima called for calm. Peru's economy minister resigned. ")


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2024-05-01", article_id="cr9")


# --- `from` names the author of a speech act, a promise or a gift ------------------------------


@pytest.mark.parametrize("text", [
    "Ruvania's rocket launch drew sharp condemnation from Moldara.",
    "The rocket launch by Ruvania drew swift criticism from Moldara on Tuesday.",
])
def test_condemnation_from_names_its_author(nlp, layer, text):
    assert ("ACCUSE", ("MOL",), ("RUV",), False, False) in tuples(code(nlp, layer, text))


def test_request_received_from_another_state(nlp, layer):
    evs = tuples(code(nlp, layer, "Ruvania received a request from Moldara for more ammunition."))
    assert ("REQUEST", ("MOL",), ("RUV",), False, False) in evs
    assert ("REQUEST", ("RUV",), ("MOL",), False, False) not in evs


def test_from_keeps_the_place_of_a_withdrawal(nlp, layer):
    # decoy: a withdrawal "from" a country leaves it; the country is its target, not its doer
    evs = tuples(code(nlp, layer, "Ruvania withdrew its troops from Moldara on Friday."))
    assert not any(t[0] == "RETREAT" and t[1] == ("MOL",) for t in evs)


# --- agentless arrests and deportations --------------------------------------------------------


def test_agentless_arrest_in_a_home_country_article(nlp, layer):
    evs = tuples(code(nlp, layer, PERU + "Dozens of opposition supporters were arrested in the capital on Sunday."))
    assert ("COERCE", ("PER",), ("PER",), False, False) in evs


def test_agentless_arrest_with_no_home_country_is_not_coded(nlp, layer):
    text = ("Kenya and Ghana held talks in Nairobi. Kenya said Ghana would open a consulate. Ghana said Kenya "
            "would buy cocoa. Dozens of opposition supporters were arrested on Sunday.")
    assert not any(t[0] == "COERCE" for t in tuples(code(nlp, layer, text)))


def test_arrest_with_a_named_agent_keeps_it(nlp, layer):
    # decoy: a by-agent names the doer, the home country is not put in its place
    evs = tuples(code(nlp, layer, PERU + "Two Chilean diplomats were detained by Chile on Sunday."))
    assert not any(t[0] == "COERCE" and t[1] == ("PER",) for t in evs)


# --- a protest is aimed at the one its grievance names -----------------------------------------

PROTESTERS = {"Peruvian farmers": ("PER-farmers", "PER", "population")}


def code_p(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, {**KNOWN, **PROTESTERS}, "2024-05-01", article_id="cr9p")


@pytest.mark.parametrize("text", [
    "Peruvian farmers blocked the highway to protest Chile's new tariffs.",
    "Peruvian farmers marched in defiance of Chile on Monday.",
    "Peruvian farmers went on strike in protest of Chile's decision to close the border.",
    "Peruvian farmers blocked roads to show their anger at Chile's tariffs.",
])
def test_protest_targets_the_one_its_grievance_names(nlp, layer, text):
    evs = tuples(code_p(nlp, layer, text))
    assert ("PROTEST", ("PER",), ("CHL",), False, False) in evs
    assert ("PROTEST", ("PER",), ("PER",), False, False) not in evs


def test_protest_with_no_grievance_named_targets_the_own_state(nlp, layer):
    # decoy: a demand names no one; the protesters' own state is the target (gold convention)
    evs = tuples(code_p(nlp, layer, "Peruvian farmers marched on Monday to demand higher prices."))
    assert ("PROTEST", ("PER",), ("PER",), False, False) in evs


# --- a gerund subject is a nominal event --------------------------------------------------------


def test_gerund_subject_takes_its_own_phrase(nlp, layer):
    evs = tuples(code(nlp, layer, "Fighting between Ruvania and Moldara raged for a fifth day on Wednesday."))
    assert ("ASSAULT", ("MOL", "RUV"), (), False, False) in evs


def test_gerund_subject_of_an_event_verb_is_that_event(nlp, layer):
    # decoy: "shelling by X killed ..." is one attack, coded on the verb; no second record
    evs = [t for t in tuples(code(nlp, layer, "Shelling by Ruvania killed five soldiers of Moldara.")) if t[0] == "ASSAULT"]
    assert evs and all(t[2] for t in evs)


# --- a state body of no country in a story filed from one country ------------------------------


def test_countryless_police_take_the_dateline_country(nlp, layer):
    # the actors layer resolves "Police" to no country: the dateline's country is theirs
    from dateline._events.discourse import apply_discourse, load_discourse_rules  # noqa: F401
    from dateline._pipeline import Context
    from dateline._records import Actor, Article, Place
    from dateline._textprep import prepare

    text = "LIMA — Police detained 13 people near the congress on Tuesday."
    art = Article(id="cr9d", text=text, date="2024-05-01")
    art.places.append(Place(text="LIMA", span=(0, 4), name="Lima", country="PER"))
    prep = prepare(text)
    ctx = Context(art, prep, nlp(prep.clean), Settings())
    i = text.index("Police")
    ctx.state["actor_mentions"] = [Actor(id=None, name="Police", kind="organization", sector="COP", text="Police",
                                         span=(i, i + 6))]
    layer(ctx)
    assert ("COERCE", ("PER",), ("PER",), False, False) in tuples(art.events)


def test_two_sided_fighting_in_the_home_country_gets_no_domestic_target(nlp, layer):
    known = {**KNOWN, "Peruvian troops": ("PER-army", "PER", "state"), "the Shining Path": ("Shining Path", "PER", "group")}
    evs = tuples(code_events(nlp, layer, PERU + "Clashes between Peruvian troops and the Shining Path raged on Sunday.",
                             known, "2024-05-01", article_id="cr9c"))
    assert ("ASSAULT", ("PER", "PER"), (), False, False) in evs
    assert not any(t[0] == "ASSAULT" and t[2] for t in evs)


def test_the_two_leaders_are_the_two_sides_of_the_earlier_meeting(nlp, layer):
    known = {**KNOWN, "President Soto": ("CHL-pres", "CHL", "person"), "Norway": ("NOR", "NOR", "state")}
    text = "President Ruiz and President Soto met in Santiago on Monday. Norway praised the two leaders for their courage."
    evs = tuples(code_events(nlp, layer, text, known, "2024-05-01", article_id="cr9l"))
    assert ("SUPPORT", ("NOR",), ("CHL", "PER"), False, False) in evs


# --- a generic judged noun refers back to nothing ------------------------------------------------


def test_condemning_any_such_act_names_no_earlier_doer(nlp, layer):
    evs = tuples(code(nlp, layer, "Moldara shelled the border town on Monday. Ruvania condemned any attack on civilians."))
    assert not any(t[0] == "ACCUSE" and t[2] == ("MOL",) for t in evs)


def test_condemning_the_attack_still_refers_back(nlp, layer):
    evs = tuples(code(nlp, layer, "Moldara shelled the border town on Monday. Ruvania condemned the attack."))
    assert ("ACCUSE", ("RUV",), ("MOL",), False, False) in evs


def test_the_president_and_the_forces_of_a_one_country_story_are_its_own(nlp, layer):
    evs = tuples(code(nlp, layer, PERU + "The president warned that those who return will be arrested. "
                                         "The special forces attacked the cathedral on Friday."))
    assert ("THREATEN", ("PER",), ("PER",), False, False) in evs
    assert ("ASSAULT", ("PER",), ("PER",), False, False) in evs


def test_a_foreign_president_is_not_the_home_countrys(nlp, layer):
    # decoy: "the Chilean president" names his country; the home country is not put in its place
    evs = tuples(code(nlp, layer, PERU + "The Chilean president warned Peru on Friday."))
    assert not any(t[0] == "THREATEN" and t[1] == ("PER",) for t in evs)


# --- "having" + a participle the parser hung on the object ---------------------------------------


def test_denied_having_bombed_is_a_negated_attack(nlp, layer):
    evs = tuples(code(nlp, layer, "The army of Ruvania denied having bombed camps of Moldara in the north."))
    assert ("ASSAULT", ("RUV",), ("MOL",), True, False) in evs


def test_admitted_having_bombed_is_an_attack(nlp, layer):
    evs = tuples(code(nlp, layer, "The army of Ruvania admitted having bombed camps of Moldara in the north."))
    assert ("ASSAULT", ("RUV",), ("MOL",), False, False) in evs


# --- an attack in a story about two countries ----------------------------------------------------

TWO = ("Kenya and Ghana traded accusations over the border on Monday. Kenya said Ghana had moved troops. "
       "Ghana said Kenya was lying. ")


def test_attack_naming_no_one_in_a_two_country_story_hits_the_other_side(nlp, layer):
    evs = tuples(code(nlp, layer, TWO + "Kenya fired rockets across the border on Tuesday."))
    assert ("ASSAULT", ("KEN",), ("GHA",), False, False) in evs


# --- a possessive pronoun on a nominal event is the governing verb's subject ---------------------


def test_its_demand_is_the_demand_of_the_subject(nlp, layer):
    evs = tuples(code(nlp, layer, "Ruvania insisted on its demand that Moldara withdraw its troops."))
    assert ("REQUEST", ("RUV",), ("MOL",), False, False) in evs


# --- a refusal by a person of the home country is domestic ---------------------------------------


def test_domestic_refusal_targets_the_home_state(nlp, layer):
    evs = tuples(code(nlp, layer, PERU + "President Ruiz refused to endorse the decree on Friday."))
    assert ("REJECT", ("PER",), ("PER",), False, False) in evs


def test_refusal_of_talks_is_domestic(nlp, layer):
    # a home refusal of talks with the home country's own unions is home -> home since the twelfth
    # session (the gold of dev8 on; discourse.yaml domestic.skip_modes no longer lists `meet`)
    evs = tuples(code(nlp, layer, PERU + "President Ruiz rejected any talks with the unions."))
    assert ("REJECT", ("PER",), ("PER",), False, False) in evs


# --- lifting a domestic measure is a concession to the own country -------------------------------


@pytest.mark.parametrize("text", [
    "Peru lifted the curfew on Monday.",
    "Peru ended the state of emergency in the north on Sunday.",
])
def test_lifting_a_domestic_measure_targets_the_own_state(nlp, layer, text):
    evs = tuples(code(nlp, layer, text))
    assert ("CONCEDE", ("PER",), ("PER",), False, False) in evs


def test_lifting_sanctions_keeps_its_own_target(nlp, layer):
    # decoy: sanctions on another state are no domestic measure
    evs = tuples(code(nlp, layer, "Ruvania lifted its sanctions on Moldara on Monday."))
    assert not any(t[0] == "CONCEDE" and t[2] == ("RUV",) for t in evs)
