"""Places layer on the kinds of text the first gold set did not teach it: names kept in a
foreign language, places the gazetteer lacks, "of" and "from" phrases, common nouns that
spaCy tags as places. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from dateline._pipeline import Pipeline, Settings


@pytest.fixture(scope="module")
def pp(nlp):
    return Pipeline(Settings(layers=("places",)), nlp=nlp)


def places(pipe: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    art = pipe.code(text)
    for p in art.places:
        assert art.text[p.span[0] : p.span[1]] == p.text
    return [(p.text, p.name, p.country) for p in art.places]


def test_foreign_landmark_is_one_place_not_a_town_inside_it(pp):
    got = places(pp, "LISBON - The premier received the mayors in the Palácio das Necessidades on Friday.")
    assert ("Palácio das Necessidades", "Palácio das Necessidades", "PRT") in got
    assert not any(name == "Palacio" for _, name, _ in got)


def test_landmark_named_after_a_person_takes_no_country_from_the_name(pp):
    got = places(pp, "The two delegations met for a week at Camp David, the presidential retreat.")
    assert got == [("Camp David", "Camp David", "USA")]


def test_common_noun_tagged_as_place_is_dropped(pp):
    got = places(pp, "Commuters in Lima waited for hours because the metro stopped running.")
    assert [t for t, _, _ in got] == ["Lima"]


def test_place_the_gazetteer_lacks_named_by_a_settlement_noun(pp):
    got = places(pp, "DAMASCUS - Shells hit the village of Kafr Zeita and nearby farms overnight.")
    assert ("Kafr Zeita", "Kafr Zeita", "SYR") in got


def test_of_phrase_places_a_thing_but_not_an_office(pp):
    got = places(pp, "Drought ruined the wheat farms of Tasmania this winter, the state said.")
    assert ("Tasmania", "Tasmania", "AUS") in got
    got = places(pp, "The governor of Tasmania rejected the plan and the opposition of Hobart grew.")
    assert got == []


def test_from_after_a_speech_verb_is_where_the_speaker_is(pp):
    got = places(pp, "The minister said from Nairobi that talks would resume.")
    assert ("Nairobi", "Nairobi", "KEN") in got
    assert places(pp, "The minister received a letter from Nairobi.") == []


def test_the_capital_follows_the_nearest_place_named(pp):
    text = ("Rebels entered Bamako's northern districts at dawn. Residents of the capital hid indoors, "
            "while in Washington and London officials spoke of evacuations.")
    got = places(pp, text)
    assert ("the capital", "Bamako", "MLI") in got
