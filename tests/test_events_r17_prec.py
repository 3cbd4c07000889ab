"""Events layer, twelfth session (ev_prec): false alarms by class, from the tuning text (dev42-dev48
and the older tuned sets). Each class has its own sentences (written for these tests) and the
neighbouring case that must keep its event.

Actor mentions are built by hand (no actors layer).
"""

from __future__ import annotations

import pytest

from dateline._events import EventsLayer
from dateline._pipeline import Settings
from _events_helpers import code_events

KNOWN = {
    "international community": ("dl:international-community", None, "igo"),
    "Western powers": ("dl:the-west", None, "igo"),
    "Arab League": ("dl:arab-league", None, "igo"), "Sudan": ("SDN", "SDN", "state"), "Chad": ("TCD", "TCD", "state"),
    "Chilean government": ("CHL", "CHL", "state"), "Peru": ("PER", "PER", "state"), "Lima": ("PER", "PER", "state"),
    "Serbian president": ("SRB-president", "SRB", "person"), "Serbia": ("SRB", "SRB", "state"),
    "Bosnian Serb leader": ("BIH-leader", "BIH", "person"), "Ghana": ("GHA", "GHA", "state"),
    "Togo": ("TGO", "TGO", "state"), "Malian junta": ("MLI", "MLI", "state"), "Algeria": ("DZA", "DZA", "state"),
    "Bolivian president": ("BOL-president", "BOL", "person"),
}


@pytest.fixture(scope="module")
def layer() -> EventsLayer:
    return EventsLayer(Settings())


def code(nlp, layer: EventsLayer, text: str) -> list:
    return code_events(nlp, layer, text, KNOWN, "2025-03-12", article_id="r17p")


def of_type(events: list, type_: str) -> list:
    return [e for e in events if e.type == type_]


# ------------------------------------------------- "the international community" is no recipient

@pytest.mark.parametrize("text", [
    "The Arab League called on the international community to take a firm position on Sudan's war.",
    "The Chilean government urged the international community to send more help to the flood zone.",
    "The Malian junta asked the international community to respect its sovereignty.",
])
def test_a_call_on_the_international_community_has_no_target(nlp, layer, text) -> None:
    req = of_type(code(nlp, layer, text), "REQUEST")
    assert req
    assert all(not e.targets for e in req)


def test_a_call_on_named_states_keeps_its_targets(nlp, layer) -> None:
    # decoy: named states (or a bloc the gold names, "Western powers") stay the recipients
    req = of_type(code(nlp, layer, "The Arab League called on Sudan and Chad to respect the truce."), "REQUEST")
    assert req and {"SDN", "TCD"} <= {a.country for a in req[0].targets}
    req = of_type(code(nlp, layer, "Algeria urged Western powers to lift the sanctions on Mali."), "REQUEST")
    assert req and "dl:the-west" in {a.id for a in req[0].targets}


# ------------------------------------------------- a vow of a concession or a refusal is that act

@pytest.mark.parametrize(("text", "type_"), [
    ("The Bosnian Serb leader vowed on Thursday to defy the court's verdict.", "REJECT"),
    ("The Serbian president pledged to reject any deal that recognised the breakaway region.", "REJECT"),
    ("The Bolivian president promised to let the exiled opposition leader return to the country.", "CONCEDE"),
])
def test_a_vow_of_a_refusal_or_a_concession_is_that_act(nlp, layer, text, type_) -> None:
    evs = code(nlp, layer, text)
    assert of_type(evs, type_)
    assert not of_type(evs, "AGREE")


@pytest.mark.parametrize("text", [
    # decoys: a promise of help, of a meeting, or a mixed pledge stays AGREE
    "Ghana promised to send 200 police officers to Togo next month.",
    "The Chilean government pledged to let aid convoys into the north and to hold talks with Peru.",
])
def test_a_vow_of_cooperation_stays_agree(nlp, layer, text) -> None:
    evs = code(nlp, layer, text)
    assert of_type(evs, "AGREE")
    assert not of_type(evs, "REJECT") and not of_type(evs, "CONCEDE")


def test_a_vow_of_a_negated_concession_is_no_concession(nlp, layer) -> None:
    # decoy: "vowed that ... would not be freed" does not concede anything
    evs = code(nlp, layer, "The Serbian president vowed that the Bosnian Serb leader would not be freed.")
    assert not of_type(evs, "CONCEDE")


# ------------------------------------------------- Mauritanian leaders are Mauritania's (not Mauritius's)

@pytest.mark.parametrize("name", ["Mohamed Ould Abdel Aziz", "Sidi Mohamed Ould Cheikh Abdallahi"])
def test_mauritanian_leaders_act_for_mauritania(name) -> None:
    # the Phoenix person list codes them MUS (Mauritius): a talks trip of theirs was an event of
    # the wrong state (curated/persons.yaml overrides the country)
    import dateline

    art = dateline.code(f" date 2017-01-19 {name} flew to Banjul on Wednesday for talks with Yahya Jammeh.")
    assert {a.country for a in art.actors if "Ould" in a.name} == {"MRT"}  # (the Wikidata spelling)


@pytest.mark.parametrize("name, qid", [("Mohamed Ould Abdel Aziz", "Q294969"),
                                       ("Sidi Mohamed Ould Cheikh Abdallahi", "Q310203")])
def test_mauritanian_leaders_phoenix_spellings_are_the_wikidata_actor(name, qid) -> None:
    # one actor per person: Phoenix's spelling is an alias of the Wikidata entry, not a second actor
    import dateline

    art = dateline.code(f" date 2017-01-19 {name} flew to Banjul on Wednesday for talks with Yahya Jammeh.")
    assert qid in {a.id for a in art.actors}


def test_moktar_ould_daddah_acts_for_mauritania() -> None:
    import dateline

    art = dateline.code(" date 1970-01-19 Moktar Ould Daddah flew to Dakar on Wednesday for talks with Leopold Senghor.")
    assert {a.country for a in art.actors if a.name.endswith("Daddah")} == {"MRT"}


# ------------------------------------------------- MT: an envoy displaced behind "for consultations"

KNOWN_RECALL = {"Brazil": ("BRA", "BRA", "state"), "Caracas": ("VEN", "VEN", "state"), "Quito": ("ECU", "ECU", "state"),
                "Morocco": ("MAR", "MAR", "state"), "Spain": ("ESP", "ESP", "state"), "Madrid": ("ESP", "ESP", "state")}


@pytest.mark.parametrize("text", [
    "Brazil answered calling back for consultations its ambassadors in Caracas and Quito.",
    "Morocco called to consultations its ambassador in Madrid on Tuesday.",
])
def test_an_envoy_displaced_behind_consultations_is_recalled(nlp, layer, text) -> None:
    # (Spanish word order: "llamó a consultas a su embajador"): the possessive marks the apposition
    # the parser makes of the envoy as the verb's object
    evs = code_events(nlp, layer, text, KNOWN_RECALL, "2025-03-12", article_id="r17p")
    assert of_type(evs, "SANCTION") and not of_type(evs, "REQUEST")


def test_an_apposition_of_a_partner_is_no_recalled_envoy(nlp, layer) -> None:
    # decoy: "its main trading partner" is an apposition of Spain, no envoy: a call for talks stays a request
    evs = code_events(nlp, layer, "Morocco called for consultations with Spain, its main trading partner.",
                      KNOWN_RECALL, "2025-03-12", article_id="r17p")
    assert not of_type(evs, "SANCTION")


# ------------------------------------------------- review fixes (ev_types_prec12)

def test_a_judgement_of_the_international_community_alone_is_dropped(nlp, layer) -> None:
    # an accusation whose only target was the vague addressee is aimed at no one: dropped like
    # "criticized the silence" (patterns.yaml target_required), not output with no target
    evs = code(nlp, layer, "Sudan criticized the international community for its silence.")
    assert not of_type(evs, "ACCUSE")
    # (a call on it stays a request of no one, above; a named state beside it stays the target)
    evs = code(nlp, layer, "Sudan criticized Chad and the international community for their silence.")
    assert any("TCD" in {a.country for a in e.targets} for e in of_type(evs, "ACCUSE"))


def test_vague_addressees_are_kb_ids() -> None:
    # a misspelt id would silently disable the rule
    from dateline._actors.kb import load_kb
    from dateline._events.patterns import load_patterns
    kb = load_kb()
    assert all(i in kb.entries for i in load_patterns().vague_addressees)
