"""Quote-mark scanning on raw text (no model needed)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from dateline._quotes.marks import find_quotes, paragraphs


def texts(s: str) -> list[str]:
    return [q.text(s) for q in find_quotes(s)]


@pytest.mark.parametrize(
    "src, want",
    [
        ("\u201cThe harbour stays closed,\u201d the mayor said.", ["The harbour stays closed,"]),
        ('"The harbour stays closed," the mayor said.', ["The harbour stays closed,"]),
        ("\u00abLa frontera sigue abierta\u00bb, dijo.", ["La frontera sigue abierta"]),
        ("\u00bbInverted guillemets\u00ab as some presses print them.", ["Inverted guillemets"]),
        ("'The river rose overnight,' the engineer said.", ["The river rose overnight,"]),
        ("\u2018The river rose overnight,\u2019 the engineer said.", ["The river rose overnight,"]),
        ("\u00ab Spaced guillemets \u00bb, she wrote.", ["Spaced guillemets"]),
    ],
)
def test_every_marking(src: str, want: list[str]) -> None:
    assert texts(src) == want


@pytest.mark.parametrize(
    "src",
    [
        "Ortega's deputy didn't attend the council's meeting.",
        "Prices last seen in the 1970s' oil shock returned.",
        "A fashion of the '80s came back, the farmers' union said.",
        "The ministers\u2019 talks and the minister\u2019s aide.",
        "A 7\" tablet and a 3' cable.",
    ],
)
def test_apostrophes_are_not_quotes(src: str) -> None:
    assert find_quotes(src) == []


def test_apostrophes_inside_single_quoted_speech() -> None:
    s = "'We can't stay and the growers' council won't help,' a farmer said."
    assert texts(s) == ["We can't stay and the growers' council won't help,"]


def test_mixed_machine_translation_marks() -> None:
    s = "They condemned the \u2018iron Curtain'\u201d logic of the bloc."
    assert texts(s) == ["iron Curtain"]
    s2 = "He called it a \u201cpaper tiger\u2019 and left."
    assert texts(s2) == ["paper tiger"]


def test_nested_quote_is_reported_separately() -> None:
    s = "\u201cSome want a new \u2018iron curtain\u2019 in the region\u201d, the envoy said."
    qs = find_quotes(s)
    assert [(q.text(s), q.nested) for q in qs] == [
        ("Some want a new \u2018iron curtain\u2019 in the region", False),
        ("iron curtain", True),
    ]


def test_wrapping_inner_marks_are_dropped() -> None:
    s = "They denounced the \u201c\u2018salami tactics\u2019\u201d of the rebels."
    assert texts(s) == ["salami tactics"]


def test_missing_closing_mark_at_paragraph_end() -> None:
    s = "The governor said: \u201cThe bridge will reopen in May\nTraffic was light on Sunday."
    qs = find_quotes(s)
    assert [q.text(s) for q in qs] == ["The bridge will reopen in May"]
    assert "no-close" in qs[0].repairs
    assert qs[0].close_mark is None


def test_quote_running_over_paragraphs_with_reopening_mark() -> None:
    s = "\u201cWe rebuilt the school in a year.\n\n\u201cNow we need teachers,\u201d the mayor said."
    qs = find_quotes(s)
    assert len(qs) == 1
    q = qs[0]
    assert q.text(s) == "We rebuilt the school in a year.\n\nNow we need teachers,"
    assert s[q.start : q.end].startswith("We rebuilt") and s[q.start : q.end].endswith("teachers,")
    assert "paragraphs" in q.repairs


def test_quote_running_over_three_paragraphs() -> None:
    s = '"One.\n"Two, still talking.\n"Three, done," she said.'
    qs = find_quotes(s)
    assert len(qs) == 1
    assert qs[0].text(s) == "One.\nTwo, still talking.\nThree, done,"


def test_quote_running_over_paragraphs_without_reopening_mark() -> None:
    s = "\u201cWe rebuilt the school.\nNow we need teachers,\u201d the mayor said."
    assert texts(s) == ["We rebuilt the school.\nNow we need teachers,"]


def test_missing_opening_mark_before_speech_verb() -> None:
    s = "Nobody will be left behind,\u201d the premier said on Friday."
    qs = find_quotes(s)
    assert [q.text(s) for q in qs] == ["Nobody will be left behind,"]
    assert qs[0].open_mark is None and "no-open" in qs[0].repairs


def test_stray_closing_mark_without_speech_is_ignored() -> None:
    assert find_quotes("The report\u201d was published late.") == []


def test_second_opener_closes_the_first() -> None:
    s = "\u201cFirst point. \u201cSecond point,\u201d he said."
    assert texts(s) == ["First point.", "Second point,"]


def test_two_quotes_in_one_sentence() -> None:
    s = '"We agree," she said, "but not today."'
    assert texts(s) == ["We agree,", "but not today."]


def test_paragraphs_trim_and_skip_blank_lines() -> None:
    s = "  one \n\n two\n"
    assert [s[a:b] for a, b in paragraphs(s)] == ["one", "two"]


_WORDS = st.lists(st.sampled_from(["peace", "talks", "Xi's", "don't", "the", "1990s'", "'90s", "war", ",", "."]), max_size=12)
_MARKS = st.sampled_from(['"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\n", " "])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_WORDS.map(" ".join), _MARKS), max_size=20))
def test_spans_are_well_formed(parts: list[str]) -> None:
    s = " ".join(parts)
    prev_end = -1
    for q in find_quotes(s):
        assert 0 <= q.start < q.end <= len(s)
        assert not s[q.start].isspace() and not s[q.end - 1].isspace()
        assert any(ch.isalnum() for ch in q.text(s))
        if not q.nested:
            assert q.start >= prev_end
            prev_end = q.end
