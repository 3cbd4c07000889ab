"""Text preparation that keeps offsets.

News text, and machine-translated news above all, arrives messy: curly and mismatched
quote marks, hyphens used as dashes, words run together (``Kingdomwhich``), ``Y`` for
"and", stray spaces before punctuation, non-breaking spaces. The parser reads a cleaned
copy; :class:`PreparedText` maps every span of the cleaned copy back to the original.

The cleaning is a list of edits ``(start, end, replacement)`` over the original text.
Equal-length edits map character by character; others map every character of the
replacement to the whole replaced region, so a span never cuts an original character
in half.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

# Quote marks of every kind, mapped to the two ASCII marks the parser knows.
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2039\u203a\u2032\u00b4\u0060"
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
#: the format controls of bidirectional text: LRM/RLM, the embeddings and overrides U+202A-202E, the
#: isolates U+2066-2069 and the Arabic letter mark (the article view shows them as markers too)
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
#: invisible characters dropped from the parsed copy: zero-width spaces and joiners, the soft hyphen,
#: the byte-order mark, the bidi controls and invisible operators, which would otherwise split or
#: glue the words around them ("Ukr\u2066aine\u2069")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u2061\u2062\u2063\u2064\u180e" + BIDI_CONTROLS
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

_CHAR_MAP = {c: '"' for c in _DOUBLE_QUOTES}
_CHAR_MAP.update({c: "'" for c in _SINGLE_QUOTES})
_CHAR_MAP.update({c: " " for c in _SPACES})
_CHAR_MAP.update({c: "-" for c in _DASHES})
_CHAR_MAP.update({"\t": " ", "\r": " ", "\u2026": "."})

# Function words that machine translation glues onto the previous word.
_GLUED = ("which", "who", "whom", "whose", "that", "with", "where", "when", "said")
_GLUE_EXCEPTIONS = {
    "elsewhere", "nowhere", "somewhere", "anywhere", "everywhere", "forthwith", "herewith",
    "therewith", "wherewith", "aforesaid", "somewhat", "somewho", "otherwhere",
}
_GLUE_RE = re.compile(
    r"\b([A-Za-z][a-z]{3,})(" + "|".join(_GLUED) + r")\b"
)
# 'Y' standing for Spanish 'y' ("and") between two words. The patterns below open with the
# character they rewrite and look behind it from there (the same matches as a lookbehind
# first, but the regex engine then skips straight to that character).
_Y_RE = re.compile(
    r"Y(?:(?<=[a-z]{2} Y)|(?<=[a-z]{2}, Y)|(?<=[a-z.,]['\"] Y))(?= [A-Za-z]{2})"
)
# A hyphen used as a dash: " -which" or "record- " / "record-," / end of text.
_DASH_OPEN_RE = re.compile(r"-(?<=\s-)(?=[A-Za-z0-9\"'])")
_DASH_CLOSE_RE = re.compile(r"-(?<=[A-Za-z0-9\"']-)(?=\s|[,.;:)]|$)")
# Stray spaces before punctuation ("said , adding" / "end .").
_SPACE_PUNCT_RE = re.compile(r" (?<=[A-Za-z0-9\"')] ) *(?=[,;:!?](?:\s|$)|\.(?:\s|$))")
_MULTISPACE_RE = re.compile(r" {2,}")
#: A long run of symbols with no space (emoji, quote marks, brackets): spaCy's tokenizer splits
#: such a run one affix at a time, in time quadratic in its length (2,000 emoji took 2 s, 50,000
#: minutes), so the parsed copy gets a space every _SYMBOL_CHUNK characters of it.
_SYMBOL_RUN_RE = re.compile(r"[^\s\w]{64,}")  # not letters of any script: CJK and Thai words are left whole
_SYMBOL_CHUNK = 32
#: what each stage-2 repair needs in the text (a text without it skips that repair's scan)
_SPACE_PUNCT_NEEDS = (" ,", " ;", " :", " !", " ?", " .")

#: Web-page markup left in a record's text (a scraper's "content" field). With two or more such tags,
#: one of them a closing tag, the parsed copy drops them: a block tag becomes a line break, an inline one nothing (or a space
#: between two words), and a script or style element goes whole. The article keeps its text as given.
MARKUP_TAG_RE = re.compile(
    r"</?(p|div|span|br|b|i|em|strong|a|h[1-6]|li|ul|ol|script|style|table|tr|td|img|figure)"
    r"(?:\s+[a-zA-Z_:][-\w:.]*(?:\s*=\s*(?:\"[^\"<>]{0,300}\"|'[^'<>]{0,300}'|[^\s\"'<>=`]{1,300}))?){0,20}\s*/?>",
    re.IGNORECASE)
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "ul", "ol", "table", "tr", "td", "figure",
                         "h1", "h2", "h3", "h4", "h5", "h6"})
_SCRIPT_RE = re.compile(r"<(script|style)\b[^<>]{0,300}>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
#: The character entities a scraper leaves most often ("AT&amp;T", "&quot;").
_ENTITIES = {"&amp;": "&", "&quot;": '"', "&#34;": '"', "&apos;": "'", "&#39;": "'", "&#x27;": "'",
             "&nbsp;": " ", "&#160;": " ", "&lt;": "<", "&gt;": ">"}
_ENTITY_RE = re.compile("|".join(re.escape(e) for e in _ENTITIES))


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    replacement: str


class PreparedText:
    """An original text, its cleaned copy, and the offset maps between them."""

    # the maps: per clean character the original offsets of its start and end, and per original
    # offset the clean one (see _starts, _ends, _to_clean); all three None for the identity
    __slots__ = ("original", "clean", "_s", "_e", "_tc")

    def __init__(self, original: str, edits: Iterable[Edit] = ()) -> None:
        self.original = original
        self._s: list[int] | None
        self._e: list[int] | None
        self._tc: list[int] | None
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:  # the commonest case: nothing to clean, every map is the identity
            # (not listed: the look-ups answer the identity directly; three lists of a number per
            # character were most of the cost of preparing a text)
            self.clean = original
            self._s = self._e = self._tc = None
            return
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for e in ordered:
            if e.start < pos:  # overlapping edit: the earlier one wins
                continue
            starts.extend(range(pos, e.start))
            ends.extend(range(pos + 1, e.start + 1))
            pieces.append(original[pos : e.start])
            r = e.replacement
            if len(r) == e.end - e.start:
                starts.extend(range(e.start, e.end))
                ends.extend(range(e.start + 1, e.end + 1))
            else:
                starts.extend([e.start] * len(r))
                ends.extend([e.end] * len(r))
            pieces.append(r)
            pos = e.end
        starts.extend(range(pos, len(original)))
        ends.extend(range(pos + 1, len(original) + 1))
        pieces.append(original[pos:])
        self.clean = "".join(pieces)
        self._s = starts
        self._e = ends
        assert len(self.clean) == len(starts)
        self._tc = _inverse(starts, len(original), len(self.clean))

    def _listed(self) -> tuple[list[int], list[int], list[int]]:
        """The three maps as lists (the identity's made now)."""
        if self._s is None or self._e is None or self._tc is None:
            n = len(self.original)
            self._s, self._e, self._tc = list(range(n)), list(range(1, n + 1)), list(range(n + 1))
        return self._s, self._e, self._tc

    @property
    def _starts(self) -> list[int]:
        """Per clean character, the original offset of its start."""
        return self._listed()[0]

    @property
    def _ends(self) -> list[int]:
        """Per clean character, the original offset after it."""
        return self._listed()[1]

    @property
    def _to_clean(self) -> list[int]:
        """Per original offset (and the end), the first clean offset at or after it."""
        return self._listed()[2]

    @property
    def changed(self) -> bool:
        return self.clean != self.original

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the clean text to the original text, trimmed of outer whitespace."""
        starts = self._s  # clamped with comparisons: called for every span a layer emits
        original = self.original
        n = len(original) if starts is None else len(starts)  # (None: every map the identity)
        if start < 0:
            start = 0
        elif start > n:
            start = n
        if end > n:
            end = n
        if end <= start:
            o = start if starts is None else starts[start] if start < n else len(original)
            return (o, o)
        if starts is None:
            o_start, o_end = start, end
        else:
            o_start = starts[start]
            o_end = self._e[end - 1]  # type: ignore[index]  # listed with _s
        while o_start < o_end and original[o_start].isspace():
            o_start += 1
        while o_end > o_start and original[o_end - 1].isspace():
            o_end -= 1
        return (o_start, o_end)

    def to_clean(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the original text to the clean text."""
        n = len(self.original)  # clamped with comparisons, as in to_original: called for every look-up
        if start < 0:
            start = 0
        elif start > n:
            start = n
        if end > n:
            end = n
        if end < start:
            end = start
        to_clean, starts = self._tc, self._s
        clean = self.clean
        if to_clean is None or starts is None:  # the identity: no replacement covers the end
            c_start, c_end = start, end
        else:
            c_start = to_clean[start]
            c_end = to_clean[end]
            # include a replacement that covers the end of the span
            m = len(clean)
            while c_end < m and starts[c_end] < end:
                c_end += 1
        while c_start < c_end and clean[c_start].isspace():
            c_start += 1
        while c_end > c_start and clean[c_end - 1].isspace():
            c_end -= 1
        return (c_start, c_end if c_end > c_start else c_start)


# Every character _char_edits rewrites: one C-speed scan finds them (most texts have few).
_CHAR_EDIT_RE = re.compile("[" + re.escape("".join(_CHAR_MAP) + _ZERO_WIDTH) + "]")


def _char_edits(text: str) -> list[Edit]:
    out = []
    for m in _CHAR_EDIT_RE.finditer(text):
        i = m.start()
        ch = text[i]
        rep = _CHAR_MAP.get(ch)
        if rep is not None:
            out.append(Edit(i, i + 1, rep))
        elif ch in _ZERO_WIDTH:
            out.append(Edit(i, i + 1, ""))
    return out


def _glued_somewhere(s: str) -> bool:
    """Whether a glued function word can be in ``s``: one of them right after a lower-case
    ASCII letter (what :data:`_GLUE_RE` needs; a cheap test that most texts fail)."""
    for w in _GLUED:
        i = s.find(w, 1)
        while i > 0:
            if "a" <= s[i - 1] <= "z":
                return True
            i = s.find(w, i + 1)
    return False


def prepare(text: str) -> PreparedText:
    """Clean ``text`` for parsing, keeping a map back to the original offsets."""
    # Stage 1: character-level normalisation (same length, except zero-width removal).
    char_edits = _char_edits(text)
    stage1 = PreparedText(text, char_edits)
    s = stage1.clean
    # Stage 2: token-level repairs on the stage-1 text, collected as edits on it.
    edits: list[Edit] = []
    if _glued_somewhere(s):
        for m in _GLUE_RE.finditer(s):
            word = m.group(0).lower()
            if word in _GLUE_EXCEPTIONS:
                continue
            edits.append(Edit(m.start(2), m.start(2), " "))
    if "Y " in s:
        for m in _Y_RE.finditer(s):
            edits.append(Edit(m.start(), m.end(), "and"))
    if "-" in s:
        for m in _DASH_OPEN_RE.finditer(s):
            edits.append(Edit(m.end(), m.end(), " "))
        for m in _DASH_CLOSE_RE.finditer(s):
            edits.append(Edit(m.start(), m.start(), " "))
    if any(x in s for x in _SPACE_PUNCT_NEEDS):
        for m in _SPACE_PUNCT_RE.finditer(s):
            edits.append(Edit(m.start(), m.end(), ""))
    if "  " in s:
        for m in _MULTISPACE_RE.finditer(s):
            edits.append(Edit(m.start() + 1, m.end(), ""))
    for m in _SYMBOL_RUN_RE.finditer(s):
        for k in range(m.start() + _SYMBOL_CHUNK, m.end(), _SYMBOL_CHUNK):
            edits.append(Edit(k, k, " "))
    if "<" in s:
        edits.extend(_markup_edits(s))
    if "&" in s:
        edits.extend(Edit(m.start(), m.end(), _ENTITIES[m.group(0)]) for m in _ENTITY_RE.finditer(s))
    if not edits:
        return stage1
    stage2 = PreparedText(s, _merge_insertions(edits))
    if not char_edits:  # stage 1 is the identity: stage 2's maps already go to ``text``
        stage2.original = text
        return stage2
    return _compose(text, stage1, stage2)


def markup_tags(s: str) -> list[re.Match[str]]:
    """The web-page tags in ``s``: none unless there are two or more and one of them closes an
    element ("</p>"), so prose such as "a<b or b>c" or one "<b>" grade is no markup."""
    tags = list(MARKUP_TAG_RE.finditer(s))
    if len(tags) < 2 or not any(m.group(0).startswith("</") for m in tags):
        return []
    return tags


def _markup_edits(s: str) -> list[Edit]:
    """Edits that drop web-page tags from ``s`` (see :func:`markup_tags`)."""
    tags = markup_tags(s)
    if not tags:
        return []
    scripts = [Edit(m.start(), m.end(), "\n") for m in _SCRIPT_RE.finditer(s)]
    out = list(scripts)
    n = len(s)
    for m in tags:
        if scripts and any(e.start <= m.start() < e.end for e in scripts):
            continue  # a tag inside a script or style element goes with it
        if m.group(1).lower() in _BLOCK_TAGS:
            rep = "\n"
        else:  # inline: nothing, unless it is all that parts two words ("<b>Russia</b>attacked")
            before = s[m.start() - 1] if m.start() else " "
            after = s[m.end()] if m.end() < n else " "
            rep = " " if before.isalnum() and after.isalnum() else ""
        out.append(Edit(m.start(), m.end(), rep))
    return out


def _merge_insertions(edits: list[Edit]) -> list[Edit]:
    """Drop edits that overlap an earlier one; keep insertions at the same point once."""
    edits = sorted(edits, key=lambda e: (e.start, e.end))
    out: list[Edit] = []
    last_end = -1
    seen_insert: set[int] = set()
    for e in edits:
        if e.start == e.end:
            if e.start in seen_insert or e.start < last_end:
                continue
            seen_insert.add(e.start)
            out.append(e)
            continue
        if e.start < last_end:
            continue
        out.append(e)
        last_end = e.end
    return out


def _compose(original: str, first: PreparedText, second: PreparedText) -> PreparedText:
    """A PreparedText whose clean text is ``second.clean`` and whose maps go to ``original``."""
    result = PreparedText.__new__(PreparedText)
    result.original = original
    result.clean = second.clean
    # second's indices into first's clean text, looked up in first's maps at once: index
    # len(first) (the end) maps to len(original); an end index i > 0 to first._ends[i - 1]
    first_starts = np.array(first._starts + [len(original)], dtype=np.int64)
    first_ends = np.array([0] + first._ends, dtype=np.int64)
    starts_arr = first_starts[np.array(second._starts, dtype=np.int64)]
    ends_arr = first_ends[np.array(second._ends, dtype=np.int64)]
    starts = starts_arr.tolist()
    # a replacement region maps to the union of the original chars it covers
    result._s = starts
    result._e = np.maximum(ends_arr, starts_arr).tolist()
    result._tc = _inverse(starts, len(original), len(result.clean))
    return result


def _inverse(starts: list[int], n_original: int, n_clean: int) -> list[int]:
    """For each original index, the first clean index whose character starts at or after it."""
    if n_clean == n_original:
        identity = list(range(n_original + 1))
        if starts == identity[:-1]:  # nothing removed or inserted: the map is the identity
            return identity
    arr = np.fromiter(starts, dtype=np.int64, count=len(starts))
    if len(arr) < 2 or bool((arr[1:] >= arr[:-1]).all()):
        # ``starts`` never falls (edits apply in order): the first clean index at or after each
        # original index is a binary search, done for all of them at once
        return np.searchsorted(arr, np.arange(n_original + 1), side="left").tolist()
    to_clean = [n_clean] * (n_original + 1)
    for ci in range(len(starts) - 1, -1, -1):
        to_clean[starts[ci]] = min(to_clean[starts[ci]], ci)
    for oi in range(n_original - 1, -1, -1):
        to_clean[oi] = min(to_clean[oi], to_clean[oi + 1])
    return to_clean
