"""Events layer, eleventh session (ev_args): arguments by class of construction, from the actor
errors on the fresh tuning sets dev47/dev48. Each class has its own sentences (written for these
tests) and a decoy the rule must leave alone.

Actor mentions and places are built by hand (no actors or places layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._events.discourse import _DATELINE_TAIL
from dateline._pipeline import Context, Settings
from dateline._records import Actor, Article, Place
from dateline._textprep import prepare
from _events_helpers import code_events, event_tuples


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def _code(nlp, layer: EventsLayer, text: str, place: tuple[str, str, str] | None,
          mentions: list[tuple[str, str | None, str | None, str, str | None]]) -> set[tuple]:
    """Code ``text`` with one hand-made place (its text, name, country) and actor mentions
    (text, id, country, kind, sector)."""
    art = Article(id="r16a", text=text, date="2025-03-12")
    if place is not None:
        ptext, name, country = place
        i = text.index(ptext)
        art.places.append(Place(text=ptext, span=(i, i + len(ptext)), name=name, country=country))
    prep = prepare(text)
    ctx = Context(art, prep, nlp(prep.clean), Settings())
    acts = []
    for mtext, aid, mcountry, kind, sector in mentions:
        i = text.index(mtext)
        acts.append(Actor(id=aid, name=aid or mtext, kind=kind, country=mcountry, sector=sector, text=mtext,
                          span=(i, i + len(mtext))))
    ctx.state["actor_mentions"] = sorted(acts, key=lambda a: a.span or (0, 0))
    layer(ctx)
    return event_tuples(art.events)


# ---------------------------------------------------------------- a dateline with a date or an agency

@pytest.mark.parametrize("head", [
    "SUCRE, 14 Mar. -", "SUCRE, March 14 (Reuters) -", "SUCRE, 14 mar. (Agency) -", "SUCRE, 14 March (EFE).-",
    "SUCRE, Bolivia -", "SUCRE, Bolivia, March 14 (AP) -", "SUCRE, 14th March \u2014",
])
def test_a_dateline_with_a_region_date_or_agency_gives_its_country(nlp, layer, head) -> None:
    # the actors layer knew the police of no country: the dateline's country is theirs, as for a
    # bare "SUCRE -" (the wire and MT datelines put a date and an agency before the dash); the act
    # is in the second sentence (the parser joins a dateline to the first sentence's subject)
    text = f"{head} The mint stayed shut on Monday. Police detained 21 miners near it on Tuesday."
    found = _code(nlp, layer, text, ("SUCRE", "Sucre", "BOL"), [("Police", None, None, "organization", "COP")])
    assert ("COERCE", ("BOL",), ("BOL",), False, False) in found


def test_a_place_opening_a_sentence_is_no_dateline(nlp, layer) -> None:
    # a sentence that starts with a place name and holds a dash later is no dateline
    text = "Sucre has long said that the police - who detained 21 miners near the mint - acted alone."
    found = _code(nlp, layer, text, ("Sucre", "Sucre", "BOL"), [("the police", None, None, "organization", "COP")])
    assert not any(t[1] == ("BOL",) and t[0] == "COERCE" for t in found)


@pytest.mark.parametrize("tail,ok", [
    (", 9 Oct. - x", True), (", 9 okt -", False), (", October 9 (Xinhua) -", True), (", 9 août (AFP) -", True),
    (" said on Monday that - x", False), (" and Quito agreed - x", False), (", which - x", False),
])
def test_the_dateline_tail_reads_dates_regions_and_agencies_only(tail, ok) -> None:
    assert bool(_DATELINE_TAIL.match(tail, 0, 60)) is ok


# ---------------------------------------------------------------- a home country's own retreat is domestic

KNOWN = {
    "Bhutan": ("BTN", "BTN", "state"), "Bhutanese": ("BTN", "BTN", "state"), "Nepal": ("NPL", "NPL", "state"),
    "Prime Minister Adrian Vell": ("BTN-pm", "BTN", "person"), "Bhutanese police": ("BTN-police", "BTN", "state"),
}
BHUTAN = ("Bhutan's parliament voted on Monday to censure the cabinet. Unions in Bhutan called a strike, "
           "and Bhutan's central bank said the currency of Bhutan had fallen. Bhutan's courts were shut. ")


@pytest.mark.parametrize("sentence", [
    "Prime Minister Adrian Vell resigned on Wednesday.",
    "Bhutanese police withdrew from the streets of the capital.",
])
def test_a_home_countrys_resignation_or_pull_back_is_home_to_home(nlp, layer, sentence) -> None:
    # the gold of dev31 on: "the prime minister resigned" is RETREAT home -> home
    found = event_tuples(code_events(nlp, layer, BHUTAN + sentence, KNOWN, "2025-03-12", article_id="r16b"))
    assert ("RETREAT", ("BTN",), ("BTN",), False, False) in found


def test_a_home_countrys_ceasefire_gets_no_domestic_target(nlp, layer) -> None:
    # a ceasefire (RETREAT `ceasefire`) is between two sides (gold: targets []), not a retreat
    # before its own people
    text = BHUTAN + "Prime Minister Adrian Vell halted the offensive on Wednesday."
    found = event_tuples(code_events(nlp, layer, text, KNOWN, "2025-03-12", article_id="r16f"))
    assert ("RETREAT", ("BTN",), (), False, False) in found


def test_a_retreat_in_a_story_about_two_states_gets_no_domestic_target(nlp, layer) -> None:
    # no home country (Bhutan and Nepal both named): the rule does not fire
    text = ("Bhutan and Nepal traded accusations on Monday. Nepal said Bhutan had shelled Nepal, "
            "and Bhutan said Nepal lied. Bhutan's defence minister resigned on Wednesday.")
    found = event_tuples(code_events(nlp, layer, text, KNOWN, "2025-03-12", article_id="r16c"))
    assert not any(t[0] == "RETREAT" and t[2] == ("BTN",) for t in found)


# ---------------------------------------------------------------- "the Executive" asked is the government

def test_a_request_to_the_executive_targets_the_home_state(nlp, layer) -> None:
    # machine-translated Spanish "pidió al Ejecutivo": the government of the story's country
    text = BHUTAN + "The Bhutanese opposition asked to the Executive to close the border until the crisis ends."
    known = {**KNOWN, "The Bhutanese opposition": ("BTN-opp", "BTN", "state")}
    found = event_tuples(code_events(nlp, layer, text, known, "2025-03-12", article_id="r16d"))
    assert ("REQUEST", ("BTN",), ("BTN",), False, False) in found


def test_a_firms_executive_as_subject_is_no_state_body(nlp, layer) -> None:
    # only the object rule reads "executive": a subject "the executive" is left alone
    text = BHUTAN + "The executive said the mine would close, and Nepal urged calm."
    found = event_tuples(code_events(nlp, layer, text, KNOWN, "2025-03-12", article_id="r16e"))
    assert not any(t[1] == ("BTN",) and t[0] == "REJECT" for t in found)


def test_a_hypothetical_retreat_gets_no_domestic_target() -> None:
    # "they would return to the streets unless the prime minister resigns": no act on anyone yet
    # (gold: hypothetical RETREATs keep no target); the rule stops before it reads the article
    from types import SimpleNamespace

    from dateline._events.discourse import _domestic, load_discourse_rules

    rules = load_discourse_rules()
    e = SimpleNamespace(type="RETREAT", mode="resign", hypothetical=True, negated=False)
    assert _domestic(None, e, "BTN", [], rules) is None  # type: ignore[arg-type]


def test_the_asserted_only_domestic_types_are_read_and_checked() -> None:
    from dateline._errors import DataFileError
    from dateline._events.discourse import load_discourse_rules, parse_discourse_rules

    assert "RETREAT" in load_discourse_rules().domestic_asserted_types
    with pytest.raises(DataFileError):
        parse_discourse_rules({"discourse": {"domestic": {"asserted_types": ["RETREATING"]}}}, "t.yaml",
                              types=["RETREAT"])


# ---------------------------------------------------------------- a when-clause takes its main clause's day

def _dates(text: str, date: str) -> dict[str, tuple[str | None, str | None]]:
    import dateline

    return {e.trigger.text: (e.date, e.date_source) for e in dateline.code(text, date=date).events}


@pytest.mark.parametrize("text,trigger", [
    ("HARARE — Riot police fired tear gas on Saturday when Zimbabwean opposition supporters marched on "
     "the electoral commission.", "marched"),
    ("HARARE — Zimbabwe's opposition leader addressed a rally on Saturday as riot police fired tear gas at "
     "his supporters.", "fired"),
])
def test_an_act_in_a_when_clause_takes_the_main_clauses_day(text, trigger) -> None:
    # the article is of Wednesday 12 March: "on Saturday" is the 8th for the when-clause too
    assert _dates(text, "2025-03-12").get(trigger) == ("2025-03-08", "text")


def test_an_act_in_a_when_clause_with_no_dated_main_clause_keeps_the_article_day() -> None:
    text = ("HARARE — Riot police fired tear gas when Zimbabwean opposition supporters marched on the electoral "
            "commission.")
    dates = _dates(text, "2025-03-12")
    assert "marched" in dates
    assert dates["marched"][0] == "2025-03-12"


# ---------------------------------------------------------------- an after-clause's day dates an undated act

@pytest.mark.parametrize("text,triggers", [
    ("LUSAKA — Police detained 30 people and fired tear gas after rival party supporters fought outside a "
     "polling station on Tuesday night.", ("detained", "fired")),
    ("MAPUTO — Police arrested five men after gunmen attacked a convoy on Monday.", ("arrested",)),
])
def test_an_undated_act_followed_by_a_dated_after_clause_takes_its_day(text, triggers) -> None:
    # the article is of Wednesday 12 March; the act has no time of its own, the clause it follows
    # names Tuesday (the 11th) or Monday (the 10th)
    dates = _dates(text, "2025-03-12")
    want = "2025-03-11" if "Tuesday" in text else "2025-03-10"
    for trigger in triggers:
        assert dates.get(trigger) == (want, "text")


def test_an_act_with_its_own_day_keeps_it_before_an_after_clause() -> None:
    text = ("LUSAKA — Police detained 30 people on Wednesday after rival party supporters fought outside a polling "
            "station on Tuesday night.")
    assert _dates(text, "2025-03-12").get("detained") == ("2025-03-12", "text")


def test_a_counted_or_undated_after_clause_gives_no_day() -> None:
    # an after-clause with no day leaves the article date
    text = "LUSAKA — Police detained 30 people after rival party supporters fought outside a polling station."
    dates = _dates(text, "2025-03-12")
    assert "detained" in dates
    assert dates["detained"][0] == "2025-03-12"
    # "a day after" is the offset rule's: the day after Monday's clash (the 11th), not Monday
    text = ("LUSAKA — Police detained 30 people a day after rival party supporters fought outside a polling "
            "station on Monday.")
    dates = _dates(text, "2025-03-12")
    assert "detained" in dates
    assert dates["detained"][0] != "2025-03-10"


def test_an_act_on_people_a_dated_relative_clause_describes_takes_its_day() -> None:
    text = "LUSAKA — Soldiers arrested 20 miners who tried to storm a police station on Tuesday."
    assert _dates(text, "2025-03-12").get("arrested") == ("2025-03-11", "text")


# ---------------------------------------------------------------- "both sides" when one side is a bloc

TRADE = {
    "China": ("CHN", "CHN", "state"), "Chinese": ("CHN", "CHN", "state"), "France": ("FRA", "FRA", "state"),
    "French": ("FRA", "FRA", "state"), "Paris": ("FRA", "FRA", "state"), "Spain": ("ESP", "ESP", "state"),
    "the European Union": ("EU", None, "igo"),
}


def test_both_sides_of_a_dispute_with_a_bloc_are_the_state_and_the_bloc(nlp, layer) -> None:
    # the counts of states see China and France (the bloc is no country); the earlier sanction
    # sets China against the European Union, so Spain urged China and the EU
    text = ("China imposed duties of up to 30% on cheese from the European Union on Monday. Chinese officials "
            "said the duties would stay, and a Chinese trade body said sales rose. "
            "Most of the cheese comes from France, and French farmers said French exports would fall. "
            "Paris said French farmers would be paid. Spain urged both sides to return to talks.")
    found = event_tuples(code_events(nlp, layer, text, TRADE, "2025-03-12", article_id="r16g"))
    assert ("REQUEST", ("ESP",), ("CHN", "EU"), False, False) in found


def test_both_sides_without_a_bloc_in_conflict_stay_the_two_countries(nlp, layer) -> None:
    # decoy: the European Union is only named, not set against anyone: the two countries stay
    text = ("China imposed duties of up to 30% on cheese from France on Monday, the European Union said. Chinese "
            "officials said the duties would stay, and a Chinese trade body said sales rose. "
            "French farmers said French exports would fall. "
            "Paris said French farmers would be paid. Spain urged both sides to return to talks.")
    found = event_tuples(code_events(nlp, layer, text, TRADE, "2025-03-12", article_id="r16h"))
    assert ("REQUEST", ("ESP",), ("CHN", "FRA"), False, False) in found


# ---------------------------------------------------------------- a dated sentence with no event sets the story's day

def test_an_undated_act_after_a_dated_sentence_with_no_event_takes_its_day() -> None:
    # "Turnout was low on Sunday" codes no event, but it sets the narrative day of its paragraph
    text = ("BANJUL — Turnout appeared low in the capital on Sunday. The president cast his ballot in his home "
            "town and thanked Senegal for its help with the vote.")
    assert _dates(text, "2025-03-12").get("thanked") == ("2025-03-09", "context")


def test_a_dated_sentence_of_another_paragraph_sets_no_day() -> None:
    text = ("BANJUL — Turnout appeared low in the capital on Sunday.\n\nThe president cast his ballot in his home "
            "town and thanked Senegal for its help with the vote.")
    assert _dates(text, "2025-03-12").get("thanked", ("2025-03-12", "article"))[0] == "2025-03-12"


# ---------------------------------------------------------------- an act reported under a dated speech verb

@pytest.mark.parametrize("text,trigger", [
    ("WASHINGTON — The president announced the truce on Saturday, saying Qatar had mediated a long night of talks.",
     "mediated"),
    ("NAIROBI — The ministry said on Saturday that police had detained 40 people in the capital.", "detained"),
])
def test_an_undated_act_reported_by_a_dated_speech_verb_takes_its_day(text, trigger) -> None:
    # the article is of Wednesday 12 March: "on Saturday" is the 8th
    assert _dates(text, "2025-03-12").get(trigger) == ("2025-03-08", "text")
