"""The times layer's literal prefilter only skips rules that cannot match."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from dateline._times._recognise import _factors, _may_match, find_times, fold, grammar

_WORDS = [
    "in", "the", "last", "few", "days", "weeks", "ago", "next", "year", "Monday", "March", "May", "3",
    "2019", "1990s", "12/03/2021", "p.m.", "10", "am", "GMT", "noon", "at", "for", "recently", "soon",
    "ſoon", "İn", "FOR", "Weeks", "quarter", "first", "Q3", "the 1980s", "century", "21st", "-", ",",
    "earlier", "later", "this", "summer", "weekend", "today", "night", "morning", "consecutive", "second",
]


def test_factors_of_simple_patterns() -> None:
    assert _factors(r"\bago\b", re.I) == [frozenset({"ago"})]
    assert _factors(r"(?:for )?the (?:next|last) days", re.I) == [
        frozenset({"the"}), frozenset({"next", "last"}), frozenset({"days"})]
    assert _factors(r"(?:x)?\d+", re.I) == []  # nothing required
    assert _factors(r"a|\d", re.I) == []  # one branch requires no literal


def test_every_rule_has_a_sound_filter_on_text_it_matches() -> None:
    g = grammar()
    samples = ["It happened three days ago in the capital.", "On Monday, March 3, 2024 at 10 a.m. GMT",
               "In the past few weeks, in the 1990s, for the second consecutive night",
               "The first quarter of 2023 and Q3 2022; the 21st century; last summer; this weekend"]
    for text in samples:
        folded = fold(text)
        for name, rx, _ in g.rules:
            if rx.search(text):
                assert _may_match(g.factors[name], folded), (name, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
def test_prefilter_never_hides_a_match(words: list[str]) -> None:
    text = " ".join(words)
    folded = fold(text)
    for name, rx, _ in grammar().rules:
        if rx.search(text):
            assert _may_match(grammar().factors[name], folded), (name, text)


def test_case_folding_equivalents_pass_the_filter() -> None:
    # re.IGNORECASE equates the long s and the dotted/dotless i with ASCII letters
    assert _may_match([frozenset({"soon"})], fold("ſoon"))
    assert _may_match([frozenset({"in"})], fold("İN"))
    assert find_times("Talks resume \u017foon.", None)  # the rule still runs
