"""The speed paths of the core give exactly what the general paths give (issue 4: no output change)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

import dateline._textprep as tp
from dateline._textprep import Edit, PreparedText, _char_edits, _compose, _inverse, _merge_insertions, prepare

_ALPHABET = "ab Y-,.'\"\u201c\u201d\u2019\u00a0\u200b\u00ad\u2014\t whichsaid  "


def _stage2_edits(s: str) -> list[Edit]:
    """prepare's token-level repairs of a stage-1 text, as it collects them."""
    edits = [Edit(m.start(2), m.start(2), " ") for m in tp._GLUE_RE.finditer(s)
             if m.group(0).lower() not in tp._GLUE_EXCEPTIONS]
    edits += [Edit(m.start(), m.end(), "and") for m in tp._Y_RE.finditer(s)]
    edits += [Edit(m.end(), m.end(), " ") for m in tp._DASH_OPEN_RE.finditer(s)]
    edits += [Edit(m.start(), m.start(), " ") for m in tp._DASH_CLOSE_RE.finditer(s)]
    edits += [Edit(m.start(), m.end(), "") for m in tp._SPACE_PUNCT_RE.finditer(s)]
    edits += [Edit(m.start() + 1, m.end(), "") for m in tp._MULTISPACE_RE.finditer(s)]
    return edits


def _slow_prepare(text: str) -> tuple[str, list[int], list[int], list[int]]:
    """Both stages composed character by character (the code before the speed paths)."""
    first = PreparedText(text, _char_edits(text))
    edits = _stage2_edits(first.clean)
    if not edits:
        return first.clean, first._starts, first._ends, first._to_clean
    second = PreparedText(first.clean, _merge_insertions(edits))
    starts = [first._starts[i] if i < len(first._starts) else len(text) for i in second._starts]
    ends = [first._ends[i - 1] if i > 0 else 0 for i in second._ends]
    ends = [max(e, s) for s, e in zip(starts, ends, strict=True)]
    return second.clean, starts, ends, _inverse(starts, len(text), len(second.clean))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_prepare_equals_the_slow_composition(text: str) -> None:
    p = prepare(text)
    assert p.original == text
    assert (p.clean, p._starts, p._ends, p._to_clean) == _slow_prepare(text)


def test_both_speed_paths_are_taken() -> None:
    # stage-2 edits only (the composition is skipped) and with character edits (numpy lookup)
    for text in ("The Kingdomwhich said , in  short", "The \u201cKingdom\u201dwhich said , in\u00a0 short -"):
        p = prepare(text)
        assert (p.clean, p._starts, p._ends, p._to_clean) == _slow_prepare(text)
        assert p.clean != text
    first = PreparedText("a\u201cb", _char_edits("a\u201cb"))
    assert _compose("a\u201cb", first, PreparedText(first.clean, [Edit(3, 3, " ")]))._starts == [0, 1, 2, 3]


def test_context_span_of_a_token_equals_its_offsets() -> None:
    from dateline._pipeline import Pipeline, Settings

    p = Pipeline(Settings(layers=()))
    text = "The minister\u2019s  office said , on Monday, that talks would resume."
    prep = prepare(text)
    ctx = p.annotate(p.code(text), prep, p.nlp(prep.clean))
    for tok in ctx.doc:
        assert ctx.span(tok) == ctx.span((tok.idx, tok.idx + len(tok)))
    for span in (ctx.doc[0:3], ctx.doc[2:5]):
        assert ctx.span(span) == ctx.span((span.start_char, span.end_char))


def test_surname_slips_equal_the_bucket_scan() -> None:
    from dateline._actors.kb import load_kb
    from dateline._actors.resolve import _one_edit, _surname_buckets, _surname_slips

    kb = load_kb()
    buckets = _surname_buckets(kb)
    for last in ("mitterand", "mitterrand", "erdogan", "erdogn", "zelenskyy", "macronn", "xxxxxxx"):
        scan = [k for k in buckets.get((last[0], len(last)), ()) if k != last and _one_edit(k, last)]
        scan += [k for k in buckets.get((last[0], len(last) - 1), ()) + buckets.get((last[0], len(last) + 1), ())
                 if _one_edit(k, last)]
        assert _surname_slips(kb, last) == tuple(scan)
        assert _surname_slips(kb, last) == tuple(scan)  # the memoised answer
    assert "mitterrand" in _surname_slips(kb, "mitterand") or "mitterrand" not in kb.surnames
