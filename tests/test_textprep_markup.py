"""Web-page markup left in a record's text is skipped by the parsed copy; spans stay on the text as given."""

from __future__ import annotations

import dateline
from dateline._textprep import prepare

PAGE = ('<p>Kenya <b>accused</b> Uganda of shelling border villages on Monday, AT&amp;T reported.</p>'
        '<script>var s = "<p>Sweden attacked Norway.</p>";</script>'
        '<div>Ruto <i>met</i>Museveni in Nairobi.</div>')


def test_tags_become_breaks_or_nothing_and_entities_their_characters() -> None:
    p = prepare(PAGE)
    assert "<" not in p.clean and "&amp;" not in p.clean
    assert "Kenya accused Uganda" in p.clean and "AT&T" in p.clean
    assert "met Museveni" in p.clean  # an inline tag that alone parted two words leaves a space
    assert "Sweden" not in p.clean  # script content goes whole
    i = p.clean.index("AT&T")
    a, b = p.to_original(i, i + 4)
    assert PAGE[a:b] == "AT&amp;T"


def test_events_are_coded_through_markup_with_spans_into_the_given_text() -> None:
    art = dateline.code(PAGE, date="2024-03-05")
    types = {e.type for e in art.events}
    assert "ACCUSE" in types and "CONSULT" in types
    assert not any(a.country in {"SWE", "NOR"} for e in art.events for a in e.sources + e.targets)
    for e in art.events:
        s, t = e.trigger.span
        assert art.text[s:t] == e.trigger.text
        for a in e.sources + e.targets:
            assert art.text[a.span[0]:a.span[1]] == a.text


def test_prose_with_angle_brackets_or_one_tag_is_left_alone() -> None:
    for text in ("Shares rose 3% as x<y and y>z.", "He gave it a <b> grade, and Kenya & Uganda agreed."):
        assert prepare(text).clean == text


def test_comparisons_in_prose_are_no_markup() -> None:
    from dateline._readers import as_record

    text = "If a<b or b>c and x<i or i>y, the model fails, analysts said of the Kenya and Uganda vote counts."
    assert prepare(text).clean == text
    assert not [w for w in as_record(text).warnings if "markup" in w]


def test_tags_with_attributes_and_self_closing_tags_are_markup() -> None:
    text = '<p class="lead" id=x>Kenya <b>accused</b> Uganda.</p><br/><a href="https://x.example/a?b=1&c=2">more</a>'
    clean = prepare(text).clean
    assert "<" not in clean and "Kenya accused Uganda." in clean
