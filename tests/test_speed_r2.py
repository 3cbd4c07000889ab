"""Speed paths of round 2 give exactly what the plain paths give (issue 4: no output change).

The times recogniser finds most rules' matches only near a cheap "core" hit, and finds core hits
(and the matches of rules that start with a literal) by looking the literals up with ``str.find``
instead of scanning with the regex. Both must equal ``finditer`` over the whole text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from dateline._times._recognise import _core_hits, _leads, _scan, fold, grammar

_SENTENCES = [
    "On Monday, March 3, 2024 at 10 a.m. GMT the talks resumed; they may resume on 5 March.",
    "The 5th of March, 2023, the 12th-14th of May and May 3-5 2021 were all holidays.",
    "Fighting eased in the morning of last Tuesday, on the night of Saturday to Sunday.",
    "Prices rose 3% in Q3 2022 and in the first quarter of 2023; H1 '24 was flat.",
    "In the 1990s and the '80s, late last summer, during the 21st century, three days ago.",
    "Polls opened at 07:30 local time on 12/03/2021 and closed at 18:00 GMT, 2021-03-12.",
    "Earlier today and yesterday evening, the minister said talks would resume tomorrow.",
    "Two hours later, about 90 minutes earlier, the week before, the following month.",
    "He may travel in May; March marchers marched; Sept. 9 and Sept 10, 2019; mid-December 2020.",
    "The \u017fummit ended in \u0130stanbul on Sunday; the K\u212aK meeting is next week.",
]


def test_leads_of_simple_patterns() -> None:
    assert _leads(r"\b(?:today|tonight)\b", re.I) == ("today", "tonight")  # parsed as to(?:day|night)
    assert _leads(r"(?<![\d,])(?:1[6-9]\d\d|20\d\d)", re.I) == ("1", "20")
    assert _leads(r"\b(?:may|mayor)\b", re.I) == ("may",)  # "may" finds "mayor" too
    assert _leads(r"\d+ days", re.I) is None  # a digit class is not a literal
    assert _leads(r"(?:the\s+)?day", re.I) is None  # an optional first word: anything may start


def test_core_hits_equal_finditer_on_both_paths() -> None:
    rare = re.compile(r"\b(?:tuesday|sunday)\b", re.I)
    common = re.compile(r"\b(?:the|a)\b", re.I)  # so many hits that the plain scan is used
    for text in _SENTENCES + [" ".join(_SENTENCES)]:
        for core in (rare, common, *grammar().cores.values()):
            assert [m.span() for m in _core_hits(core, text, fold(text))] == [m.span() for m in core.finditer(text)]
    # without the folded text (or with one of another length) it is the plain scan
    assert [m.span() for m in _core_hits(rare, "on Sunday", None)] == [(3, 9)]
    assert [m.span() for m in _core_hits(rare, "on Sunday", "x")] == [(3, 9)]


def test_every_rule_scan_equals_the_full_scan() -> None:
    g = grammar()
    for text in _SENTENCES + [" ".join(_SENTENCES)]:
        folded = fold(text)
        for name, rx, _ in g.rules:
            got = [m.span() for m in _scan(rx, g.cores.get(name), text, {}, folded)]
            assert got == [m.span() for m in rx.finditer(text)], (name, text)


_WORDS = [
    "on", "the", "of", "in", "at", "to", "-", ",", ".", "may", "May", "March", "Sept.", "Dec", "Monday", "sunday",
    "5", "5th", "12", "2024", "1990s", "'80s", "Q3", "H1", "12/03/2021", "2021-03-12", "07:30", "10", "a.m.",
    "GMT", "local", "time", "last", "next", "this", "year", "week", "days", "ago", "later", "earlier", "hours",
    "morning", "night", "today", "yesterday", "summer", "quarter", "first", "century", "21st", "\u017fummer",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30))
def test_windowed_scans_never_differ(words: list[str]) -> None:
    text = " ".join(words)
    folded = fold(text)
    g = grammar()
    cache: dict[str, list[list[int]]] = {}  # shared by the rules, as find_times shares it
    for name, rx, _ in g.rules:
        assert [m.span() for m in _scan(rx, g.cores.get(name), text, cache, folded)] == [
            m.span() for m in rx.finditer(text)], (name, text)


# -- textprep: the repairs' regexes open with the character they rewrite, and each repair is
# skipped on a text that lacks what it needs; both must leave prepare() as it was.

_OLD_PATTERNS = {  # the patterns as first written (a lookbehind first)
    "_Y_RE": r"(?:(?<=[a-z]{2} )|(?<=[a-z]{2}, )|(?<=[a-z.,]['\"] ))Y(?= [A-Za-z]{2})",
    "_DASH_OPEN_RE": r"(?<=\s)-(?=[A-Za-z0-9\"'])",
    "_DASH_CLOSE_RE": r"(?<=[A-Za-z0-9\"'])-(?=\s|[,.;:)]|$)",
    "_SPACE_PUNCT_RE": r"(?<=[A-Za-z0-9\"')]) +(?=[,;:!?](?:\s|$)|\.(?:\s|$))",
}
_PREP_ALPHABET = "abY -,.;:!?'\")\n0whichsaid"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_PREP_ALPHABET, max_size=40))
def test_rewritten_repair_patterns_match_as_before(text: str) -> None:
    import dateline._textprep as tp

    for name, old in _OLD_PATTERNS.items():
        assert [m.span() for m in getattr(tp, name).finditer(text)] == [m.span() for m in re.finditer(old, text)], name


def test_repairs_still_apply_and_clean_text_keeps_identity_maps() -> None:
    from dateline._textprep import _glued_somewhere, prepare

    p = prepare("The Kingdomwhich said , in  short - the record- Peace Y Justice")
    assert p.clean == "The Kingdom which said, in short - the record - Peace and Justice"
    assert _glued_somewhere("Kingdomwhich") and not _glued_somewhere("which was said with that")
    q = prepare("Nothing to clean here.")
    assert q.clean == q.original and q._starts == list(range(22)) and q._to_clean == list(range(23))
    assert q.to_original(0, 7) == (0, 7) and q.to_clean(8, 10) == (8, 10)


def test_rule_factors_are_ordered_most_telling_first_and_filter_as_before() -> None:
    from dateline._times._recognise import _factors, _may_match

    g = grammar()
    for name, rx, _ in g.rules:
        plain = _factors(rx.pattern, rx.flags)
        gate = g.gates.get(name)
        factors = g.factors[name][1:] if gate else g.factors[name]  # a declared gate goes first
        if gate:
            assert g.factors[name][0] == gate, name
        assert sorted(map(sorted, factors)) == sorted(map(sorted, plain)), name
        lens = [min(map(len, f)) for f in factors]
        assert lens == sorted(lens, reverse=True), name
        for text in _SENTENCES:  # a conjunction: the order never changes the answer
            assert _may_match(factors, fold(text), {}) == _may_match(plain, fold(text)), name


# -- amounts: literal alternations written as prefix trees


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.text(alphabet="ab c.$", min_size=1, max_size=5), min_size=1, max_size=8),
       st.text(alphabet="ab c.$xAB", max_size=30))
def test_trie_alternation_matches_the_longest_first_list(words: list[str], text: str) -> None:
    from dateline._amounts._numbers import trie_alternation

    # the documented reading: a run of spaces in a word is one space
    words_1 = {re.sub(" +", " ", w) for w in words}
    plain = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words_1, key=len, reverse=True))
    for flags in (0, re.IGNORECASE):
        for tail in ("", r"(?![a-z])", r"\s+x"):  # what follows can send the engine back
            a = re.compile(f"(?:{plain}){tail}", flags)
            b = re.compile(f"(?:{trie_alternation(words)}){tail}", flags)
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], (words, text)


def test_trie_alternation_shape() -> None:
    from dateline._amounts._numbers import trie_alternation

    assert trie_alternation(["seven", "seventeen", "seventy", "six"]) == "s(?:even(?:t(?:een|y))?|ix)"
    assert trie_alternation(["pounds sterling", "pounds"]) == r"pounds(?:\s+sterling)?"


def test_literal_positions_shared_between_patterns() -> None:
    """find_times shares one table of where each leading literal is in the text between its rules:
    a pattern scanned with the table another pattern filled gives what finditer gives."""
    from dateline._amounts._numbers import literal_hits

    text = "Late on Sunday, and again on Monday night, the Sunday papers said: monday, SUNDAY, sunday." + " word" * 100
    folded = fold(text)
    days = re.compile(r"\b(?:sunday|monday)\b", re.I)
    nights = re.compile(r"\bmonday\s+night\b", re.I)
    seen: dict[str, list[int]] = {}
    for rx, leads in ((days, ("monday", "sunday")), (nights, ("monday",)), (days, ("monday", "sunday"))):
        assert [m.span() for m in literal_hits(rx, text, folded, leads, seen)] == [m.span() for m in rx.finditer(text)]
    assert seen["sunday"] == [m.start() for m in re.finditer("sunday", folded)]
    g = grammar()
    for text in _SENTENCES + [" ".join(_SENTENCES)]:
        folded, cache, seen = fold(text), {}, {}
        for name, rx, _ in g.rules:
            got = [m.span() for m in _scan(rx, g.cores.get(name), text, cache, folded, seen)]
            assert got == [m.span() for m in rx.finditer(text)], (name, text)
