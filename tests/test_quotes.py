"""The quotes layer on parsed text: kinds, cues, speakers, spans.

Every sentence here is written for these tests. The actors layer is not used: where a
test is about reusing its Actors, ``actor_mentions`` is built by hand.
"""

from __future__ import annotations

from typing import Any

import pytest

from _quotes_helpers import Runner, quotes_runner
from dateline._pipeline import Settings
from dateline._quotes import QuotesLayer
from dateline._records import Actor, Quote


@pytest.fixture(scope="session")
def layer() -> QuotesLayer:
    return QuotesLayer(Settings())


@pytest.fixture(scope="session")
def run(nlp: Any, layer: QuotesLayer) -> Runner:
    return quotes_runner(nlp, layer, check_spans=True)  # every span must index the original text


def one(quotes: list[Quote], kind: str | None = None, text: str | None = None) -> Quote:
    hits = [q for q in quotes if (kind is None or q.kind == kind) and (text is None or text in q.text)]
    assert len(hits) == 1, [(q.kind, q.text) for q in quotes]
    return hits[0]


def spk(text: str, q: Quote) -> str | None:
    return None if q.speaker_span is None else text[q.speaker_span[0] : q.speaker_span[1]]


# -- direct quotes and their speakers --------------------------------------------------------


@pytest.mark.parametrize(
    "text, quote, speaker, cue",
    [
        ('"The dam will hold," Mayor Ana Ruiz said.', "The dam will hold,", "Ana Ruiz", "said"),
        ('"The dam will hold," said Mayor Ana Ruiz.', "The dam will hold,", "Ana Ruiz", "said"),
        ("\u201cOur patience has limits,\u201d warned the Peruvian minister.", "Our patience has limits,", "minister", "warned"),
        ('Governor Tom Bell told reporters: "We are not closing the port."', "We are not closing the port.", "Tom Bell", "told"),
        ('"Harvests are down by a third," Olga Petrenko said, adding that prices would rise.', "Harvests are down by a third,", "Olga Petrenko", "said"),
        ('In a statement, the health ministry said: "Vaccines arrive next week."', "Vaccines arrive next week.", "ministry", "said"),
        ('Senator Mia Lund wrote on Twitter: "The vote is a disgrace."', "The vote is a disgrace.", "Mia Lund", "wrote on Twitter"),
        ("\u00abNo vamos a ceder\u00bb, said the Bolivian president, Luis Arce.", "No vamos a ceder", "Arce", "said"),
        ("'We have run out of water,' a resident of the camp told the BBC.", "We have run out of water,", "resident", "told"),
    ],
)
def test_direct_quote_speakers(run, text: str, quote: str, speaker: str, cue: str) -> None:
    q = one(run(text), "direct")
    assert q.text == quote
    assert text[q.span[0] : q.span[1]] == quote
    assert speaker in (spk(text, q) or "")
    assert q.cue == cue
    assert q.speaker is not None and q.speaker.id is None  # no actors layer: built from the phrase


def test_pronoun_speaker_is_the_person(run) -> None:
    text = 'Defence Minister Karl Strom visited the base on Monday. "The drills will continue," he said.'
    q = one(run(text), "direct")
    assert spk(text, q) == "he"
    assert q.speaker is not None and q.speaker.kind == "person" and "Strom" in q.speaker.name


def test_quote_after_introducing_sentence(run) -> None:
    text = "The finance minister, Rosa Vidal, put it plainly:\n\n\u201cThere is no money left for subsidies.\u201d"
    q = one(run(text), "direct")
    assert q.speaker is not None and "Vidal" in q.speaker.name


def test_speaker_named_in_previous_paragraph(run) -> None:
    text = (
        "Opposition leader Daniel Okoro addressed thousands of supporters in Lagos on Saturday.\n\n"
        "\u201cThis election was stolen from you, and we will take it back.\u201d"
    )
    q = one(run(text), "direct")
    assert q.speaker is not None and "Okoro" in q.speaker.name


def test_second_quote_keeps_the_speaker_of_the_paragraph(run) -> None:
    text = '"The floods destroyed two bridges," the governor said. "We need help from the capital."'
    qs = [q for q in run(text) if q.kind == "direct"]
    assert [spk(text, q) for q in qs] == ["the governor", "the governor"]


def test_interrupted_quote(run) -> None:
    text = '"We accept the offer," the union leader said, "but only for one year."'
    qs = [q for q in run(text) if q.kind == "direct"]
    assert [q.text for q in qs] == ["We accept the offer,", "but only for one year."]
    assert all(spk(text, q) == "the union leader" for q in qs)


def test_according_to(run) -> None:
    text = 'The convoy "will not be allowed through", according to a senior army officer.'
    q = one(run(text), text="will not be allowed")
    assert spk(text, q) is not None and "officer" in spk(text, q)
    assert q.cue == "according to"


def test_statement_speaks_for_its_issuer(run) -> None:
    text = (
        "The Ministry of Agriculture released a statement late on Tuesday.\n\n"
        '"Grain exports will be suspended until further notice," the statement said.'
    )
    q = one(run(text), "direct")
    assert q.speaker is not None and "Ministry of Agriculture" in q.speaker.name


def test_statement_with_issuer_inline(run) -> None:
    text = 'A statement from the Kenyan embassy said: "All staff are safe."'
    q = one(run(text), "direct")
    assert q.speaker is not None and "embassy" in q.speaker.name.lower()


def test_missing_closing_mark_is_still_attributed(run) -> None:
    text = "The coach said: \u201cWe played without fear\nThe team flies home on Monday."
    q = one(run(text), "direct")
    assert q.text == "We played without fear"
    assert spk(text, q) == "The coach"


def test_paragraph_spanning_quote(run) -> None:
    text = (
        "\u201cThe reform protects pensions.\n\n"
        "\u201cIt also lowers the retirement age for miners,\u201d Labour Minister Pia Berg said."
    )
    q = one(run(text), "direct")
    assert "pensions" in q.text and "miners" in q.text and "\u201c" not in q.text
    assert "Pia Berg" in (spk(text, q) or "")


def test_missing_opening_mark(run) -> None:
    text = "Nobody will be left behind,\u201d the premier told parliament."
    q = one(run(text), "direct")
    assert q.text == "Nobody will be left behind,"
    assert spk(text, q) == "the premier"


# -- partial quotes and scare quotes ---------------------------------------------------------


def test_scare_quote_has_no_speaker(run) -> None:
    text = 'The two countries signed a "no limits" partnership in March.'
    q = one(run(text), text="no limits")
    assert q.kind == "partial" and q.speaker is None and q.speaker_span is None


def test_scare_quote_in_headline_style_sentence(run) -> None:
    text = "The \u2018cold war\u2019 mentality is back, and markets are nervous."
    q = one(run(text), text="cold war")
    assert q.kind == "partial" and q.speaker is None


def test_partial_quote_inside_described_as(run) -> None:
    text = 'The opposition described the budget as "a betrayal of farmers".'
    q = one(run(text), text="betrayal")
    assert q.kind == "partial" and spk(text, q) == "The opposition"
    assert q.cue == "described"


def test_partial_quote_inside_reported_speech(run) -> None:
    text = 'Ambassador Lin Hua said the sanctions were "illegal and doomed to fail".'
    qs = run(text)
    p = one(qs, "partial")
    assert p.text == "illegal and doomed to fail" and "Lin Hua" in (spk(text, p) or "")
    i = one(qs, "indirect")
    assert "sanctions were" in i.text


def test_nested_quote_inside_direct_quote_has_no_speaker(run) -> None:
    text = "\u201cSome want a new \u2018iron curtain\u2019 in Europe,\u201d the chancellor said."
    qs = run(text)
    d = one(qs, "direct")
    assert spk(text, d) == "the chancellor"
    inner = one(qs, "partial")
    assert inner.text == "iron curtain" and inner.speaker is None


# -- indirect quotes -------------------------------------------------------------------------


def test_indirect_quote_content_span(run) -> None:
    text = "President Maria Santos said that her government would raise the minimum wage."
    q = one(run(text), "indirect")
    assert q.text == "her government would raise the minimum wage"
    assert text[q.span[0] : q.span[1]] == q.text
    assert "Maria Santos" in (spk(text, q) or "")


def test_indirect_quote_with_told(run) -> None:
    text = "The rebels told mediators they were ready to release the hostages."
    q = one(run(text), "indirect")
    assert "ready to release the hostages" in q.text
    assert spk(text, q) == "The rebels"


def test_according_to_gives_indirect_quote(run) -> None:
    text = "According to the coast guard, 40 migrants were rescued off the island."
    q = one(run(text), "indirect")
    assert q.text == "40 migrants were rescued off the island"
    assert spk(text, q) == "the coast guard"


def test_direct_quote_is_not_also_indirect(run) -> None:
    text = '"We will rebuild every house," the mayor said.'
    assert [q.kind for q in run(text)] == ["direct"]


def test_no_quotes_in_plain_narrative(run) -> None:
    assert run("Heavy rain fell on the capital and two roads were closed.") == []


# -- speakers are the actors layer's Actors --------------------------------------------------


def test_speaker_is_the_actor_mention(run) -> None:
    text = 'Xu Ming arrived on Monday. "Trade must grow," the visiting premier said.'
    a = text.index("the visiting premier")
    xu = Actor(id="Q1", name="Xu Ming", kind="person", country="CHN", text="Xu Ming", span=(0, 7))
    premier = Actor(id="Q1", name="Xu Ming", kind="person", country="CHN", text="the visiting premier",
                    span=(a, a + len("the visiting premier")), resolved_by="coref")
    q = one(run(text, [xu, premier]), "direct")
    assert q.speaker is premier
    assert q.speaker_span == premier.span


def test_pronoun_resolved_by_actors_layer(run) -> None:
    text = 'The envoy met Ana Diaz. "The border stays open," she said.'
    s = text.index("she")
    diaz = Actor(id="Q2", name="Ana Diaz", kind="person", country="COL", text="she", span=(s, s + 3))
    q = one(run(text, [diaz]), "direct")
    assert q.speaker is diaz


def test_to_dict_shape(run) -> None:
    text = '"Talks resume tomorrow," the mediator said.'
    d = one(run(text), "direct").to_dict()
    assert set(d) >= {"text", "span", "speaker", "speaker_span", "cue", "kind"}
    assert d["speaker"]["kind"] == "person"


# -- more constructions ----------------------------------------------------------------------


def test_quoted_as_saying_gives_the_quoted_person(run) -> None:
    text = 'The agency quoted the admiral as saying: "The fleet stays in port."'
    q = one(run(text), "direct")
    assert spk(text, q) == "the admiral"


def test_asked_participle_is_not_the_speaker_of_asked(run) -> None:
    text = 'Asked whether she would run again, Senator Ida Holm said: "Not this time."'
    qs = run(text)
    assert all(q.cue != "Asked" for q in qs)
    assert "Ida Holm" in (spk(text, one(qs, "direct")) or "")


def test_reported_clause_stops_before_a_contrast(run) -> None:
    text = "The union said the strike would go ahead, while the employers called it illegal."
    q = one(run(text), "indirect")
    assert q.text == "the strike would go ahead"


def test_reported_clause_keeps_whole_quotations(run) -> None:
    text = 'The envoy warned that the ceasefire "is close to collapse".'
    q = one(run(text), "indirect")
    assert q.text == 'the ceasefire "is close to collapse"'


def test_framing_verb_call(run) -> None:
    text = 'Parliament\'s speaker called the walkout "a childish stunt".'
    q = one(run(text), text="childish")
    assert q.kind == "partial" and "speaker" in (spk(text, q) or "")


def test_noun_modifier_in_reported_speech_is_a_scare_quote(run) -> None:
    text = 'The minister said the "no limits" partnership was as firm as ever.'
    q = one(run(text), "partial")
    assert q.kind == "partial" and q.speaker is None


def test_partial_quote_in_the_object_of_a_speech_act(run) -> None:
    text = 'The foreign ministry accused the rebels of "deliberate sabotage" of the pipeline.'
    q = one(run(text), text="deliberate sabotage")
    assert "ministry" in (spk(text, q) or "") and q.cue == "accused"


def test_framed_with_as_after_any_verb(run) -> None:
    text = 'The embassy dismissed the report as "pure fiction".'
    q = one(run(text), text="pure fiction")
    assert spk(text, q) == "The embassy"


def test_appositive_name_is_the_speaker(run) -> None:
    text = 'The spokeswoman of the cabinet, Elif Demir, said the plan was "final".'
    q = one(run(text), "partial")
    assert q.speaker is not None and q.speaker.name == "Elif Demir"


def test_short_name_from_actors_layer_gets_the_full_name(run) -> None:
    text = 'Premier Rafael Soto visited the port. Later, Soto said the strike was "over".'
    a = text.index("Soto said")
    soto = Actor(id=None, name="Soto", kind="person", text="Soto", span=(a, a + 4))
    q = one(run(text, [soto]), "partial")
    assert q.speaker is not None and q.speaker.name == "Rafael Soto" and q.speaker_span == soto.span


@pytest.mark.parametrize("text", ["", '"', "\u201c\u201d", "'''", "\u00ab \u00bb said", '" \n "\n"', "said said said"])
def test_degenerate_inputs(run, text: str) -> None:
    for q in run(text):
        assert q.text.strip()
