"""Times, amounts and places, twelfth session (facts r17): classes of text the fact-bearing tuning sets
showed across several sets. One test per class; every sentence is written for these tests, none is taken
from a gold set."""

from __future__ import annotations

import pytest

from _facts_helpers import facts_pipeline, places, places_by_text


@pytest.fixture(scope="module")
def pp(nlp):
    return facts_pipeline(nlp)


# -- places: "a visit to X" is a trip: the visited place is a place (the gold's convention) ----------------

@pytest.mark.parametrize("text, name, iso", [
    ("The foreign minister will sign the accord during a visit to Nairobi next week, aides said.", "Nairobi", "KEN"),
    ("Lula flew home after a four-day state visit to China, his second this year.", "China", "CHN"),
    ("The pope ends his visit to Lisbon on Sunday with a mass for young people.", "Lisbon", "PRT"),
])
def test_the_place_of_a_visit_is_a_place(pp, text, name, iso):
    got = {n: c for _, n, c in places(pp, text)}
    assert got.get(name) == iso


def test_a_visit_to_a_name_the_gazetteer_lacks_is_no_place(pp):
    # decoy: a visit is to people too; only a name the gazetteer knows is placed by "a visit to"
    got = places_by_text(places(pp, "The chancellor's visit to Okonkwo was postponed until June."))
    assert "Okonkwo" not in got


def test_a_state_thanked_for_a_visit_stays_no_place(pp):
    # decoy: the visit is the object here, the state after "thanked" is an actor, not a destination
    got = places_by_text(places(pp, "Ruto praised the visit and thanked Ethiopia for its welcome."))
    assert "Ethiopia" not in got


# -- places: a list of towns the tagger read as one organisation or person --------------------------------

def test_towns_listed_in_one_misread_entity(pp):
    got = places_by_text(places(pp, "The state health department sent 120 ambulances from Bhubaneswar and Cuttack "
                                    "on Sunday night."))
    assert got.get("Bhubaneswar") == ("Bhubaneswar", "IND")
    assert got.get("Cuttack") == ("Cuttack", "IND")


def test_a_firm_named_with_and_is_no_list_of_towns(pp):
    # decoys: two words joined by "and" that are no two places the gazetteer knows by their own names
    assert places(pp, "Shares of Marks and Spencer rose 3% in early trading.") == []
    assert places(pp, "Analysts from Procter and Gamble said demand held up.") == []


# -- places: a border crossing the gazetteer lacks, named after its town --------------------------------

@pytest.mark.parametrize("text, name, iso", [
    ("DHAKA — Exports through the Sonamasjid crossing resumed on Friday after a week.", "Sonamasjid", "BGD"),
    ("KATHMANDU — Trucks queued for two days at the Rasuwagadhi border post.", "Rasuwagadhi", "NPL"),
    ("ACCRA — Traders waited at the border post of Paga as officials checked papers.", "Paga", "GHA"),
    ("BANGKOK — Thailand shut the Ban Laem land border crossing on Monday.", "Ban Laem", "THA"),
])
def test_a_crossing_named_after_its_town(pp, text, name, iso):
    got = {n: c for _, n, c in places(pp, text)}
    assert got.get(name) == iso


@pytest.mark.parametrize("text", [
    "The Sunday crossing was cancelled because of the storm.",
    "Critics said the President Biden border crossing plan had failed.",
    "The Washington Post reported the talks on Friday.",
    "Sunday's crossing took eleven hours, the captain said.",
    "The Brexit border post plan was shelved by ministers.",  # a plan: the crossing word modifies a noun
    "Crowds gathered at the Pelican crossing outside the school.",  # a kind of crossing, tagged NORP
])
def test_no_crossing_of_a_date_a_person_or_a_paper(pp, text):
    assert places(pp, text) == []


def test_no_crossing_of_a_firm(pp):
    # decoy: a firm's name (tagged ORG) before "crossing" is no town
    got = places_by_text(places(pp, "ATHENS — The Eurostar crossing was delayed by a strike."))
    assert "Eurostar" not in got


# -- places: a facility the gazetteer lacks, named by the name before its noun ------------------------

@pytest.mark.parametrize("text, name, iso", [
    # a station, port or camp is its town
    ("Rescuers searched the wreckage near the Baliapal station in Odisha on Sunday.", "Baliapal", "IND"),
    ("KHARTOUM — Fighters stormed the Abu Shouk displacement camp near El Fasher on Friday.", "Abu Shouk", "SDN"),
    # an airport, a dam or a mine is the facility, in the country of the place it is set in
    ("Flights were diverted from the Kamalpur airport near Agartala after the storm.", "Kamalpur Airport", "IND"),
    ("WASHINGTON — Rebels shelled the Mallaha dam near Manbij overnight, a monitor said.", "Mallaha Dam", "SYR"),
    ("SOFIA — Russia was barred from a tender for a reactor at the Belene nuclear plant in Bulgaria.",
     "Belene Nuclear Plant", "BGR"),
])
def test_a_facility_named_by_its_place(pp, text, name, iso):
    got = {n: c for _, n, c in places(pp, text)}
    assert got.get(name) == iso


@pytest.mark.parametrize("text", [
    "Workers at the Tesla plant went on strike on Monday.",
    "The Republican base rallied behind the governor.",
    "The Sunday market opened late because of the rain.",
    "The president's visit to the Ford plant drew protests.",
])
def test_no_facility_of_a_firm_a_party_or_a_day(pp, text):
    assert places(pp, text) == []


@pytest.mark.parametrize("text, dateline", [
    # no known place beside the facility: neither the dateline's country nor the story's is its own
    ("DHAKA — Two traders landed at Heathrow airport on Monday.", "Dhaka"),
    ("DAKAR — Troops arrived at the Military camp after dark.", "Dakar"),
    ("PRAGUE — The minister was taken to the General hospital on Monday.", "Prague"),
])
def test_no_facility_without_a_known_place_beside_it(pp, text, dateline):
    assert [n for _, n, _ in places(pp, text)] == [dateline]
