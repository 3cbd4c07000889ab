"""Events layer, eleventh session (fixer of the review of the ev_types / ev_args commits): the
dateline's country only for a story about it, answering an attack is force only for any future
one, a vow of action or a response is a threat only when harsh or aimed, a labour strike's words
are not a target's modifiers, a protest warned against is no threatened protest, and a borrowed
clause day only for recent news. Sentences written for these tests; decoys throughout.

Actor mentions are built by hand (no actors layer) except in the date tests, which run the
whole pipeline.
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Context, Settings
from dateline._records import Actor, Article, Place
from dateline._textprep import prepare
from _events_helpers import code_events, event_tuples
from _events_helpers import event_types as types


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


# ---------------------------------------------------------------- the dateline's country

def _code(nlp, layer: EventsLayer, text: str, place: tuple[str, str, str],
          mentions: list[tuple[str, str | None, str | None, str]]) -> set[tuple]:
    """Code ``text`` with one hand-made place (text, name, country) at its start and actor
    mentions (text, id, country, kind)."""
    art = Article(id="r16f", text=text, date="2025-03-12")
    ptext, name, country = place
    i = text.index(ptext)
    art.places.append(Place(text=ptext, span=(i, i + len(ptext)), name=name, country=country))
    prep = prepare(text)
    ctx = Context(art, prep, nlp(prep.clean), Settings())
    acts = []
    for mtext, aid, mcountry, kind in mentions:
        j = text.index(mtext)
        acts.append(Actor(id=aid, name=aid or mtext, kind=kind, country=mcountry, text=mtext, span=(j, j + len(mtext))))
    ctx.state["actor_mentions"] = sorted(acts, key=lambda a: a.span or (0, 0))
    layer(ctx)
    return event_tuples(art.events)


@pytest.mark.parametrize("text,place,states,body", [
    ("BRUSSELS (Reuters) - Armenia and Azerbaijan traded accusations over a border clash on Monday. "
     "Police detained 12 people near the border.", ("BRUSSELS", "Brussels", "BEL"),
     [("Armenia", "ARM"), ("Azerbaijan", "AZE")], "Police"),
    ("GENEVA, March 3 (Reuters) - Talks between Armenia and Azerbaijan on a peace treaty resumed on Monday. "
     "Police arrested three activists outside the hall.", ("GENEVA", "Geneva", "CHE"),
     [("Armenia", "ARM"), ("Azerbaijan", "AZE")], "Police"),
    ("VIENNA, June 5 (AP) \u2014 Iran and the United States resumed talks on the nuclear deal. "
     "The government threatened to expel the inspectors.", ("VIENNA", "Vienna", "AUT"),
     [("Iran", "IRN"), ("the United States", "USA")], "The government"),
])
def test_a_dateline_of_a_country_the_story_is_not_about_gives_no_country(nlp, layer, text, place, states, body) -> None:
    # the story is filed from a third country: its police or government are not the dateline's
    mentions = [(t, c, c, "state") for t, c in states] + [(body, None, None, "organization")]
    found = _code(nlp, layer, text, place, mentions)
    assert not any(place[2] in t[1] for t in found), found


def test_a_dateline_country_the_body_names_still_gives_its_country(nlp, layer) -> None:
    text = ("SUCRE, 14 Mar. (AP) - Bolivia and Chile resumed talks on Monday. "
            "Police detained 21 miners near the mint in Bolivia on Tuesday.")
    mentions = [("Bolivia", "BOL", "BOL", "state"), ("Chile", "CHL", "CHL", "state"),
                ("Police", None, None, "organization")]
    found = _code(nlp, layer, text, ("SUCRE", "Sucre", "BOL"), mentions)
    assert ("COERCE", ("BOL",), ("BOL",), False, False) in found


# ---------------------------------------------------------------- answering an attack

KNOWN = {
    "France": ("FRA", "FRA", "state"), "Kenya": ("KEN", "KEN", "state"), "Mexico": ("MEX", "MEX", "state"),
    "Cuba": ("CUB", "CUB", "state"), "Chile": ("CHL", "CHL", "state"), "Bolivia": ("BOL", "BOL", "state"),
    "Philippine president": ("PHL-president", "PHL", "person"), "Nigerian president": ("NGA-president", "NGA", "person"),
    "Bangladesh": ("BGD", "BGD", "state"), "Kenyan minister": ("KEN-minister", "KEN", "person"),
    "Kenyan police": ("KEN-police", "KEN", "state"), "Kenyan teachers": ("KEN-teachers", "KEN", "population"),
    "the United States": ("USA", "USA", "state"), "Houthis": ("YEM-houthis", "YEM", "organization"),
    "Russia": ("RUS", "RUS", "state"), "Kharkiv": ("UKR", "UKR", "state"),
}


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2025-03-12", article_id="r16f")


@pytest.mark.parametrize("text", [
    "The foreign ministry of France responded to the attack with a statement condemning the violence.",
    "Emergency services in Kenya responded to the attack within minutes.",
    "The president of Mexico replied to the provocation with a joke.",
    "Cuba said it would respond to the violation of its airspace with a diplomatic note.",
])
def test_respond_to_an_attack_in_words_or_aid_is_no_force(nlp, layer, text) -> None:
    assert "ASSAULT" not in types(code(nlp, layer, text), flagged=True)


def test_respond_to_any_new_attack_stays_a_threat_of_force(nlp, layer) -> None:
    evs = code(nlp, layer, "Chile said it would respond firmly to any new attack by Bolivia.")
    assert "THREATEN" in types(evs)
    assert any(e.type == "ASSAULT" and e.hypothetical for e in evs)


# ---------------------------------------------------------------- a vow of action or a response

@pytest.mark.parametrize("text", [
    "The Philippine president vowed swift action to help the victims of the floods.",
    "The Nigerian president vowed action on housing and climate change.",
    "Bangladesh vowed a quick response to the cyclone.",
    "The Nigerian president vowed an answer to the fuel shortages.",
])
def test_a_vowed_action_or_response_to_a_need_is_no_threat(nlp, layer, text) -> None:
    assert "THREATEN" not in types(code(nlp, layer, text), flagged=True)


@pytest.mark.parametrize("text", [
    "Chile vowed firm action against Bolivia.",
    "Chile vowed action against Bolivia after the raid.",
    "Chile vowed retaliation after the raid.",
])
def test_a_harsh_or_aimed_vowed_action_stays_a_threat(nlp, layer, text) -> None:
    assert "THREATEN" in types(code(nlp, layer, text))


# ---------------------------------------------------------------- a strike against a depot or office

@pytest.mark.parametrize("text", [
    "The United States carried out a strike against a fuel depot used by the Houthis.",
    "Russia carried out a strike against a tax office in Kharkiv.",
])
def test_a_strike_against_a_building_named_by_its_use_is_no_labour_strike(nlp, layer, text) -> None:
    assert "PROTEST" not in types(code(nlp, layer, text), flagged=True)


# ---------------------------------------------------------------- a protest warned against

@pytest.mark.parametrize("text", [
    "The Kenyan minister warned against protests in central Nairobi.",
    "The Kenyan police warned protesters against any march on parliament.",
])
def test_a_protest_warned_against_is_no_threatened_protest(nlp, layer, text) -> None:
    assert "PROTEST" not in types(code(nlp, layer, text), flagged=True)


def test_a_warning_that_ones_side_will_march_stays_a_threatened_protest(nlp, layer) -> None:
    evs = code(nlp, layer, "Kenyan teachers warned that their supporters would march on parliament if the pay talks failed.")
    assert any(e.type == "PROTEST" and e.hypothetical for e in evs)


# ---------------------------------------------------------------- a borrowed clause day only for recent news

def _dates(text: str, date: str) -> dict[str, tuple[str | None, str | None]]:
    import dateline

    return {e.trigger.text: (e.date, e.date_source) for e in dateline.code(text, date=date).events}


@pytest.mark.parametrize("text,date,trigger", [
    ("MADRID \u2014 A court sentenced the former minister to six years in prison after he was convicted of "
     "fraud on March 3.", "2025-03-27", "sentenced"),
    ("GAZA \u2014 Israel has bombed Gaza for months after Hamas attacked Israel on October 7.", "2024-05-01", "bombed"),
    ("LONDON \u2014 Britain froze the assets of oligarchs who backed the invasion on February 24, 2022.",
     "2025-03-12", "froze"),
    ("ABUJA \u2014 The president condemned the attack, which happened as villagers gathered for prayers on "
     "Sunday.", "2025-03-12", "condemned"),
])
def test_an_old_day_or_a_day_of_the_object_does_not_date_the_act(text, date, trigger) -> None:
    dates = _dates(text, date)
    assert trigger in dates
    assert dates[trigger] == (date, "article")


# ---------------------------------------------------------------- a pull-out from partners is no domestic retreat

NIGER = {"Niger": ("NER", "NER", "state"), "Nigerien troops": ("NER-army", "NER", "state"),
         "Mali": ("MLI", "MLI", "state"), "Nigerien minister": ("NER-minister", "NER", "person")}
# five mentions of Niger make it the story's home country
NIGER_STORY = "Niger held a vote. Niger closed its schools. Niger hired teachers. Niger paved a road. "


@pytest.mark.parametrize("act", [
    "Nigerien troops pulled out of the joint force with Mali on Monday.",
    "Nigerien troops withdrew from Mali on Monday.",
])
def test_a_pull_out_from_partners_or_another_state_is_not_home_to_home(nlp, layer, act) -> None:
    evs = code_events(nlp, layer, NIGER_STORY + act, NIGER, "2025-03-12", article_id="r16f")
    assert not any(e.type == "RETREAT" and [a.country for a in e.targets] == ["NER"]
                   and e.trigger.span[0] >= len(NIGER_STORY) for e in evs)


def test_a_home_resignation_stays_home_to_home(nlp, layer) -> None:
    evs = code_events(nlp, layer, NIGER_STORY + "The Nigerien minister resigned on Monday.", NIGER, "2025-03-12",
                      article_id="r16f")
    assert any(e.type == "RETREAT" and [a.country for a in e.targets] == ["NER"] for e in evs)


# ---------------------------------------------------------------- warning a state against escalation

def test_warning_a_state_against_escalation_stays_a_threat(nlp, layer) -> None:
    # (`dangers` blocks warnings of or about a danger only: "warned of the dangerous escalation")
    evs = code(nlp, layer, "Chile warned Bolivia against any escalation along the border.")
    assert "THREATEN" in types(evs)
