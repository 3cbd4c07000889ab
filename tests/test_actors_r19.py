"""Actor classes of the nineteenth actors round (twelfth session; tuning sets dev47, dev48, dev52):
a name set off by commas after a title whose of-phrase names a state ("the ambassador of Mexico,
Pablo Monroy,") is the titled person of that state, and the country noun is a mention of its own; a
translated chargé d'affaires ("the chargé of business of Russia") is a title. Every sentence here is
written for the test."""
from __future__ import annotations

from typing import Any

import pytest

from dateline import Pipeline
from dateline._pipeline import Settings


@pytest.fixture(scope="session")
def pipe(nlp: Any) -> Pipeline:
    return Pipeline(Settings(layers=("places", "actors")), nlp=nlp)


def _at(pipe: Pipeline, text: str, word: str) -> list[tuple[str, str | None]]:
    art = pipe.code(text, date="2023-06-14")
    lo = text.index(word)
    return [(a.name, a.country) for a in art.actors if a.span is not None and a.span[0] <= lo < a.span[1]]


def test_name_after_ambassador_of_state_is_that_states_person(pipe: Pipeline) -> None:
    text = ("QUITO - Ecuador declared persona non grata the ambassador of Chile, Tomas Errazuriz, "
            "and gave him two days to leave the country.")
    assert _at(pipe, text, "Errazuriz") == [("Tomas Errazuriz", "CHL")]
    assert _at(pipe, text, "Chile") == [("Chile", "CHL")]


def test_state_noun_of_an_apposed_title_is_its_own_mention(pipe: Pipeline) -> None:
    text = ("LISBON - The Government of Portugal summoned on Monday the ambassador of Angola, Filomena "
            "Bastos, to protest against the arrest of two reporters.")
    assert ("Angola", "AGO") in _at(pipe, text, "Angola")
    assert _at(pipe, text, "Bastos") == [("Filomena Bastos", "AGO")]


def test_translated_charge_d_affaires_is_a_title(pipe: Pipeline) -> None:
    text = ("TBILISI - Georgia also summoned the chargé of business of Belarus, Anton Krivenko, "
            "to hand him a note of protest.")
    assert _at(pipe, text, "Krivenko") == [("Anton Krivenko", "BLR")]


def test_list_of_states_after_a_title_is_no_name(pipe: Pipeline) -> None:
    # decoy: the words after the comma are more states, not a person set off by commas
    text = "ROME - The foreign ministers of Italy, Greece and Malta met in Rome on Monday."
    assert _at(pipe, text, "Greece") == [("Greece", "GRC")]
    assert all(c != "ITA" or n == "Italy" for n, c in _at(pipe, text, "Greece"))


def test_name_not_set_off_by_a_second_comma_is_left_alone(pipe: Pipeline) -> None:
    # decoy: "the ambassador of Chile, Tomas ... and" continues a list of those summoned, not an apposition
    text = ("QUITO - Ecuador summoned the ambassador of Chile, Tomas Errazuriz and two consuls "
            "on Tuesday.")
    assert ("Tomas Errazuriz", "CHL") not in _at(pipe, text, "Errazuriz")


def test_capitalised_kingdom_is_the_official_name_used_before(pipe: Pipeline) -> None:
    text = ("AMMAN - The Hashemite Kingdom of Jordan recalled its envoy on Sunday. Morocco and Bahrain "
            "voiced their support for the decision of the Kingdom. Spain sells to the Kingdom armoured "
            "cars.")
    assert _at(pipe, text, "Kingdom. Spain") == [("Jordan", "JOR")]
    assert _at(pipe, text, "Kingdom armoured") == [("Jordan", "JOR")]


def test_lower_case_kingdom_with_two_kingdoms_named_stays_unresolved(pipe: Pipeline) -> None:
    # decoy: no official name was used, and two kingdoms are named
    text = ("AMMAN - Jordan and Morocco signed a trade deal on Sunday. Critics said the accord was a "
            "blow to the economy of the kingdom.")
    assert _at(pipe, text, "kingdom.") == []


def test_kingdom_after_a_title_of_is_no_actor(pipe: Pipeline) -> None:
    # decoy: "the President of the Republic" is a title, not the state
    text = ("PARIS - France and Italy agreed a plan on Monday. The President of the Republic spoke "
            "to reporters.")
    assert _at(pipe, text, "Republic") in ([], [("Emmanuel Macron", "FRA")])


def test_press_spellings_of_kb_people(pipe: Pipeline) -> None:
    # the KB's Wikidata labels spell these names another way than much of the press
    text = ("BISHKEK - President Sooronbai Jeenbekov met Khalifa Haftar and Prime Minister Khadga Prasad "
            "Sharma Oli on Monday.")
    names = {n for n, _ in _at(pipe, text, "Jeenbekov")} | {n for n, _ in _at(pipe, text, "Haftar")} \
        | {n for n, _ in _at(pipe, text, "Sharma")}
    assert names == {"Sooronbay Jeenbekov", "Khalifa Haftar", "Khadga Prasad Oli"}


def test_leader_of_a_group_based_abroad_takes_the_groups_country(pipe: Pipeline) -> None:
    text = ("RABAT - Morocco accused Madrid of hosting the leader of the Polisario Front, Salem Bachir, "
            "in a clinic.")
    assert _at(pipe, text, "Bachir") == [("Salem Bachir", "DZA")]


def test_titled_official_takes_the_dateline_country_on_a_tie(pipe: Pipeline) -> None:
    # as many Russian mentions as Czech ones: the dateline breaks the tie
    text = ("PRAGUE - The Czech Republic expelled two Russian diplomats on Monday. Russia denied any role. "
            "Moscow vowed to respond, and the Russian embassy called the move hostile. Prague said the "
            "Czech police had evidence, and the Czech government protested.\n\nInterior Minister Pavel Dvoracek said the diplomats had 48 hours "
            "to leave.")
    assert _at(pipe, text, "Dvoracek") == [("Pavel Dvoracek", "CZE")]


def test_titled_official_without_dateline_lead_stays_unknown(pipe: Pipeline) -> None:
    # decoy: the dateline's country is named less often than another
    text = ("PRAGUE - Russia expelled two diplomats on Monday. Russia denied any role. Moscow vowed to "
            "respond, and Russian officials called the move hostile. Prague protested.\n\nInterior Minister "
            "Pavel Dvoracek said the diplomats had 48 hours to leave.")
    assert _at(pipe, text, "Dvoracek") == [("Pavel Dvoracek", None)]


def test_ministry_inside_a_title_before_the_name_is_not_listed(pipe: Pipeline) -> None:
    text = ("HANOI - Vietnam rejected the claim. \"Vietnam never interferes,\" said the spokeswoman of the "
            "Ministry of Foreign Affairs Pham Thu Hang at a briefing.")
    assert _at(pipe, text, "Ministry") == []
    assert [n for n, _ in _at(pipe, text, "Thu Hang")] == ["Pham Thu Hang"]


def test_ministry_set_off_by_commas_or_acting_stays_listed(pipe: Pipeline) -> None:
    # decoys: a comma before the name keeps the body (the gold sets disagree there); a ministry that
    # acts is a mention
    text = ("HANOI - The spokeswoman of the Ministry of Foreign Affairs, Pham Thu Hang, rejected the claim. "
            "The Ministry of Industry said it would respond.")
    assert [c for _, c in _at(pipe, text, "Ministry of Foreign")] == ["VNM"]
    assert [c for _, c in _at(pipe, text, "Ministry of Industry")] == ["VNM"]


def test_the_marshal_points_back_at_the_marshal_named_before(pipe: Pipeline) -> None:
    text = ("BENGHAZI - Forces loyal to Marshal Idris Kambala advanced on the port. The council condemned "
            "the offensive, and the envoy who met the marshal on Friday left the city.")
    assert [n for n, _ in _at(pipe, text, "marshal on")] == ["Idris Kambala"]


def test_a_marshal_of_a_court_with_no_marshal_named_is_no_actor(pipe: Pipeline) -> None:
    # decoy: no person titled marshal was named before
    text = "BENGHAZI - The council met on Friday. Police said the marshal of the court had resigned."
    assert _at(pipe, text, "marshal of") == []


def test_kingdom_with_two_official_names_takes_the_datelines(pipe: Pipeline) -> None:
    # two official names with "Kingdom" (neither Saudi Arabia's): the dateline's state, not the
    # KB alias "the Kingdom" = Saudi Arabia
    text = ("MADRID - The Kingdom of Spain and the Kingdom of Morocco signed a fisheries pact on Monday. "
            "The Kingdom will also send two patrol boats.")
    assert _at(pipe, text, "Kingdom will") == [("Spain", "ESP")]


def test_kingdom_with_two_official_names_abroad_is_not_the_dateline(pipe: Pipeline) -> None:
    # decoy: the dateline's state is not among the kingdoms named by their official names
    text = ("PARIS - The Kingdom of Spain and the Kingdom of Morocco signed a fisheries pact on Monday. "
            "France welcomed it. The Kingdom will also send two patrol boats.")
    assert ("France", "FRA") not in _at(pipe, text, "Kingdom will")
