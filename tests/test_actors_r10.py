"""Tenth actors round: an institution that other states also have (a ministry the KB lists as one
state's metonym) belongs to the state named with it: "of <state>", "<state>'s", "<adjective>"."""

from __future__ import annotations

import pytest

from dateline._pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def pipe(nlp) -> Pipeline:
    return Pipeline(Settings(layers=("places", "actors")), nlp=nlp)


def _found(pipe: Pipeline, text: str, span_text: str) -> tuple[str | None, str | None]:
    art = pipe.code(text, "2024-05-02")
    got = [(a.country, a.sector) for a in art.actors if a.text == span_text]
    assert got, [(a.text, a.country) for a in art.actors]
    return got[0]


def test_ministry_of_another_state_named_after_it(pipe: Pipeline) -> None:
    text = "The Ministry of Defence of Armenia said on Thursday that two soldiers were wounded."
    assert _found(pipe, text, "Ministry of Defence of Armenia") == ("ARM", "MIL")


def test_ministry_of_another_state_named_before_it(pipe: Pipeline) -> None:
    text = "Georgia's Ministry of Defence announced new exercises on Thursday."
    assert _found(pipe, text, "Georgia's Ministry of Defence") == ("GEO", "MIL")
    text = "The Mexican Department of State rejected the claim."
    assert _found(pipe, text, "Mexican Department of State") == ("MEX", "GOV")


def test_ministry_alone_stays_the_state_the_kb_gives(pipe: Pipeline) -> None:
    text = "The Ministry of Defence said on Thursday that British troops would remain in Estonia."
    assert _found(pipe, text, "Ministry of Defence") == ("GBR", "MIL")


def test_hyphenated_given_name_and_particle_stay_one_name(pipe: Pipeline) -> None:
    text = ("LYON, May 2 - Interior Minister Jean-Luc De Vries said on Thursday that the police would stay. "
            "De Vries spoke to reporters.")
    art = pipe.code(text, "2024-05-02")
    names = {a.name for a in art.actors if a.kind == "person"}
    assert names == {"Jean-Luc De Vries"}, names
    assert any(a.text == "De Vries" for a in art.actors)


def test_the_army_is_the_state_whose_forces_were_named(pipe: Pipeline) -> None:
    text = ("NAIROBI, May 2 - Somali troops crossed into Kenya on Thursday and shelled a village, residents "
            "said. The army said it was chasing militants who had fled over the border.")
    assert _found(pipe, text, "The army") == ("SOM", "MIL")


def test_the_army_with_both_states_forces_named_stays_home(pipe: Pipeline) -> None:
    text = ("NAIROBI, May 2 - Kenyan soldiers and Somali troops exchanged fire on Thursday. "
            "The army said three soldiers were wounded.")
    assert _found(pipe, text, "The army") == ("KEN", "MIL")


def test_a_counted_crowd_of_people_is_a_population_of_the_home_country(pipe: Pipeline) -> None:
    text = "ACCRA, May 2 - Hundreds of people marched to the presidency on Thursday to demand lower fuel prices."
    assert _found(pipe, text, "people") == ("GHA", "CVL")
    text = "ACCRA, May 2 - Security forces detained dozens of persons on Thursday."
    assert _found(pipe, text, "persons") == ("GHA", "CVL")


def test_people_not_counted_as_a_crowd_are_no_actor(pipe: Pipeline) -> None:
    art = pipe.code("ACCRA, May 2 - People lined the streets on Thursday. Many people were happy.", "2024-05-02")
    assert not [a for a in art.actors if a.text.lower().endswith("people")]
