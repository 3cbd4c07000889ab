"""The offset maps of PreparedText match a direct character-by-character construction."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from dateline._textprep import Edit, PreparedText, _inverse, prepare


def _slow_inverse(starts: list[int], n_original: int, n_clean: int) -> list[int]:
    to_clean = [n_clean] * (n_original + 1)
    for ci in range(len(starts) - 1, -1, -1):
        to_clean[starts[ci]] = min(to_clean[starts[ci]], ci)
    for oi in range(n_original - 1, -1, -1):
        to_clean[oi] = min(to_clean[oi], to_clean[oi + 1])
    return to_clean


_ALPHABET = "ab Y-,.'\"\u201c\u201d\u2019\u00a0\u200b\u00ad\u2014\t whichsaid  "


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_maps_agree_with_the_slow_inverse(text: str) -> None:
    p = prepare(text)
    assert p._to_clean == _slow_inverse(p._starts, len(text), len(p.clean))
    assert len(p._starts) == len(p._ends) == len(p.clean)
    assert all(a <= b for a, b in zip(p._starts, p._starts[1:]))


def test_identity_when_nothing_changes() -> None:
    p = prepare("Plain text, nothing to clean.")
    assert p.clean == p.original and p._to_clean == list(range(len(p.original) + 1))


def test_unsorted_starts_use_the_general_path() -> None:
    starts = [2, 0, 1]
    assert _inverse(starts, 3, 3) == _slow_inverse(starts, 3, 3)


def test_edits_with_insertions_and_deletions() -> None:
    p = PreparedText("abcdef", [Edit(1, 1, "XY"), Edit(2, 3, ""), Edit(4, 6, "z")])
    assert p.clean == "aXYbdz"
    assert p._starts == [0, 1, 1, 1, 3, 4] and p._ends == [1, 1, 1, 2, 4, 6]
    assert p._to_clean == _slow_inverse(p._starts, 6, 6)
