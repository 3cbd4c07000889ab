"""Events layer (round r16, ev_sources): sources recovered for candidates the coder dropped.

* an unresolved pronoun subject under a speech verb whose speaker is a body of the place no
  mention names ("The organisers said they would march again", "the teachers' union said it
  would strike"): the speaker, as a home agent (people of the home country); not a speaker
  that is no body ("Some citizens said they ...": unspecific).

Sentences are written for these tests; actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events
from _events_helpers import event_tuples as tuples

KNOWN = {
    "Zambia": ("ZMB", "ZMB", "state"), "Zambian": ("ZMB", "ZMB", "state"),
}

# five mentions of Zambia make it the story's home country
HOME = ("Zambia raised fuel taxes on Monday. Zambia's economy is weak, and Zambia's budget is short. "
        "The tax is the third in Zambia this year, the Zambian finance office said. ")


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> set[tuple]:
    return tuples(code_events(nlp, layer, text, KNOWN, "2024-05-01", article_id="r16s"))


def test_pronoun_of_an_unnamed_speaking_body_is_that_body(nlp, layer):
    got = code(nlp, layer, HOME + "The organisers said on Sunday that they would march on the parliament again.")
    assert any(t[0] == "PROTEST" and t[1] == ("ZMB",) for t in got), got
    got = code(nlp, layer, HOME + "Protest organizers said they would return to the streets on Friday.")
    assert any(t[0] == "PROTEST" and t[1] == ("ZMB",) for t in got), got


def test_pronoun_of_an_unspecific_speaker_names_no_one(nlp, layer):
    # decoy: "some citizens" is no body of the place; nothing to code
    got = code(nlp, layer, HOME + "Some citizens said on Sunday that they would march on the parliament again.")
    assert not any(t[0] == "PROTEST" for t in got), got


# --- counted people of a station protesting -----------------------------------------------------

def test_counted_people_protesting_are_a_crowd_of_the_place(nlp, layer):
    got = code(nlp, layer, HOME + "Some 3,000 students marched through the capital against the tax.")
    assert ("PROTEST", ("ZMB",), ("ZMB",), False, False) in got, got
    got = code(nlp, layer, HOME + "Dozens of youths blocked the main road into the capital on Tuesday.")
    assert any(t[0] == "PROTEST" and t[1] == ("ZMB",) for t in got), got


def test_uncounted_people_or_other_acts_are_no_crowd(nlp, layer):
    # decoys: bare "students" are no counted crowd; counted people who do no protest act nothing
    got = code(nlp, layer, HOME + "Students marched through the capital against the tax.")
    assert not any(t[0] == "PROTEST" and t[1] == ("ZMB",) for t in got), got
    got = code(nlp, layer, HOME + "Some 3,000 students attacked the governor's office in the capital.")
    assert not any(t[0] == "ASSAULT" for t in got), got
