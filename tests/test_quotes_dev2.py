"""Speaker attribution classes found on tests/gold/dev2.jsonl (one test per class of fix)."""
from __future__ import annotations

from typing import Any

import pytest

from _quotes_helpers import Runner, quotes_runner
from _quotes_helpers import mention as _mention
from _quotes_helpers import only_quote as _quote


@pytest.fixture(scope="session")
def run(nlp: Any) -> Runner:
    return quotes_runner(nlp)


def test_unnamed_spokesman_speaks_for_the_institution_he_names(run: Any) -> None:
    text = 'In Geneva, a spokeswoman for the African Union said the mission would "stay the course".'
    au = _mention(text, "the African Union", id="African Union", name="African Union", kind="igo")
    q = _quote(run(text, [au]), "stay the course")
    assert q.speaker is not None and q.speaker.id == "African Union"


def test_title_with_named_apposition_beats_the_country_in_the_title(run: Any) -> None:
    text = ('The foreign minister of Peru, Elena Vargas, called the vote "a historic step". '
            '"We will keep talking," she said.')
    per = _mention(text, "Peru", id="PER", name="Peru", kind="state", country="PER")
    quotes = run(text, [per])
    q = _quote(quotes, "a historic step")
    assert q.speaker is not None and q.speaker.name == "Elena Vargas"


def test_quoted_as_saying_gives_the_quoted_person_not_the_document(run: Any) -> None:
    text = ('The ministry issued a statement on Monday. "We seek no conflict," the statement '
            'quoted Prime Minister Anna Berg as saying.')
    q = _quote(run(text), "We seek no conflict")
    assert q.speaker is not None and "Berg" in q.speaker.name


def test_anonymous_and_generic_speakers_get_no_speaker(run: Any) -> None:
    text = ('"Nobody expected this," said a diplomat who asked not to be named. '
            'The court jailed the mayor, a ruling that his supporters described as "a farce".')
    quotes = run(text)
    assert _quote(quotes, "Nobody expected this").speaker is None
    assert _quote(quotes, "a farce").speaker is None


def test_named_unnamed_speaker_without_anonymity_is_kept(run: Any) -> None:
    q = _quote(run('"The water ran out on Sunday," a nurse at the clinic told reporters.'), "water ran out")
    assert q.speaker is not None


def test_accented_dateline_is_never_the_speaker(run: Any) -> None:
    text = 'SÃO PAULO - The president Marta Lima promised to rule "for every citizen" of the country.'
    q = _quote(run(text), "for every citizen")
    assert q.speaker is None or "PAULO" not in q.speaker.name
