"""Finding quoted passages by their marks, on the ORIGINAL article text.

News text arrives with every kind of quotation mark: curly and straight, guillemets
(in both directions), single quotes, and the broken marks machine translation leaves
(``‘cold War'”``, a closing mark missing at a paragraph's end, a closing mark with no
opening one). Apostrophes (``Xi's``, ``don't``, ``the 1990s'``, ``'90s``) share their
characters with single quotes and are told apart by context.

The scan works one paragraph (one line) at a time:

1. Consecutive mark characters form a *run* (``“‘`` or ``'”``). A run's role comes from
   the characters around it: space before and a word after opens; a word before and
   space or punctuation after closes. Directional marks break ties.
2. A stack pairs openers with closers. A closer pairs with the nearest opener of its
   family (double or single); if there is none it pairs with the top of the stack
   (mismatched marks from machine translation).
3. An opener left open at a paragraph's end is closed there (a missing closing mark), or
   continues into the next paragraph when that one starts with an opening mark or closes a
   quote it never opened (a quotation running over paragraphs).
4. A closer that has nothing to close at the start of a paragraph, followed by a speech
   verb ("... he said"), closes a quote whose opening mark was lost.

Only the outermost quotation is returned; nested quotations stay in its text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

DOUBLE_OPEN = "\u201c\u201e\u00ab\u301d\u201f"
DOUBLE_CLOSE = "\u201d\u00bb\u301e"
DOUBLE_AMBIG = '"\u2033\uff02'
SINGLE_OPEN = "\u2018\u201a\u2039\u201b"
SINGLE_CLOSE = "\u2019\u203a"
SINGLE_AMBIG = "'`\u00b4\u2032"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_AMBIG + SINGLE_OPEN + SINGLE_CLOSE + SINGLE_AMBIG

_OPEN_LEFT = set("([{<\u2014\u2013-/")  # characters after which a mark opens, like a space
_CLOSE_RIGHT = set(".,;:!?)]}>\u2014\u2013-/\u2026")  # characters before which a mark closes
_DECADE_RE = re.compile(r"\d\d(?:s\b|\b)")
_MARK_RUN_RE = re.compile("[" + re.escape(ALL_MARKS) + "]+")  # a run of adjacent marks

# Words that follow a closing mark when the speaker comes next ("..." he said).
_CUE_AFTER_RE = re.compile(
    r"[\s,;:\u2014\u2013-]*(?:[\w.'\u2019-]+\s+){0,6}?"
    r"(?:said|says|say|told|tells|added|adds|warned|warns|stressed|stresses|noted|notes|"
    r"insisted|insists|declared|declares|wrote|writes|explained|explains|argued|argues|"
    r"stated|states|asked|asks|replied|replies|responded|responds|claimed|claims|"
    r"announced|announces|continued|continues|concluded|concludes|according)\b",
    re.IGNORECASE,
)


def family(ch: str) -> str:
    return "D" if ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch in DOUBLE_AMBIG else "S"


@dataclass(slots=True)
class RawQuote:
    """A quoted passage found by its marks (article offsets)."""

    start: int  # first character of the content
    end: int  # end of the content (exclusive)
    open_mark: int | None  # offset of the opening mark, None when it was missing
    close_mark: int | None  # offset of the closing mark, None when it was missing
    paragraph: int
    removed: list[int] = field(default_factory=list)  # mark offsets inside the span (reopeners)
    repairs: list[str] = field(default_factory=list)  # what was repaired: "no-close", "no-open", "paragraphs"
    nested: bool = False  # a quotation inside another one (its speaker is not the outer one's)

    def text(self, original: str) -> str:
        if not self.removed:
            return original[self.start : self.end]
        drop = set(self.removed)
        return "".join(ch for i, ch in enumerate(original[self.start : self.end], self.start) if i not in drop)

    def unwrap(self, original: str) -> None:
        """Drop marks that wrap the whole content (“‘cold War’” -> cold War)."""
        while (
            self.end - self.start > 2
            and original[self.start] in ALL_MARKS
            and original[self.end - 1] in ALL_MARKS
            and not any(family(c) == family(original[self.start]) for c in original[self.start + 1 : self.end - 1] if c in ALL_MARKS and c not in "'\u2019")
        ):
            self.start += 1
            self.end -= 1
            while self.start < self.end and original[self.start].isspace():
                self.start += 1
            while self.end > self.start and original[self.end - 1].isspace():
                self.end -= 1


@dataclass(slots=True)
class _Mark:
    pos: int
    ch: str
    fam: str
    role: str  # open | close | ambig | apos
    hint: str  # open | close | none (from the mark's own direction)
    s_possessive: bool = False  # a single mark right after "s" (the leaders' summit)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: text split at line breaks, trimmed, empty ones dropped."""
    return list(_paragraphs(text))


@functools.lru_cache(maxsize=16)
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`paragraphs`, kept for the last texts (the quote finder and the attributor ask ~5
    times per article)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


def _is_space(ch: str | None) -> bool:
    return ch is None or ch.isspace()


def _classify(text: str, lo: int, hi: int) -> list[_Mark]:
    """Marks of one paragraph with their contextual roles."""
    marks: list[_Mark] = []
    for run in _MARK_RUN_RE.finditer(text, lo, hi):
        i, j = run.span()
        left = text[i - 1] if i > lo else None
        right = text[j] if j < hi else None
        left_open = _is_space(left) or left in _OPEN_LEFT
        right_close = _is_space(right) or right in _CLOSE_RIGHT
        for k in range(i, j):
            ch = text[k]
            fam = family(ch)
            hint = "open" if ch in DOUBLE_OPEN or ch in SINGLE_OPEN else "close" if ch in DOUBLE_CLOSE or ch in SINGLE_CLOSE else "none"
            if left_open and not right_close:
                role = "open"
            elif right_close and not left_open:
                role = "close"
            else:
                role = "ambig"
            s_poss = False
            if fam == "S" and j - i == 1:
                # apostrophes: inside a word, before a decade, after a plural "s"
                if left is not None and right is not None and left.isalnum() and right.isalnum():
                    role = "apos"
                elif role == "open" and _DECADE_RE.match(text, j):
                    role = "apos"
                elif role == "close" and left is not None and left in "sS" and i - 1 > lo and text[i - 2].isalpha():
                    s_poss = True
            if fam == "S" and role == "ambig" and left is not None and left.isalnum() and right is not None and right.isalnum():
                role = "apos"
            marks.append(_Mark(k, ch, fam, role, hint, s_poss))
    return marks


@dataclass(slots=True)
class _Open:
    pos: int
    fam: str


def _pair(text: str, lo: int, hi: int, marks: list[_Mark], para: int) -> tuple[list[RawQuote], _Open | None, list[_Mark]]:
    """Pair the marks of one paragraph.

    Returns the quotes closed in the paragraph, the outermost opener left open at its end
    (or None), and the closers that had nothing to close before any opener.
    """
    quotes: list[RawQuote] = []
    stack: list[_Open] = []
    strays: list[_Mark] = []
    seen_open = False
    for n, m in enumerate(marks):
        if m.role == "apos":
            continue
        role = m.role
        if role == "ambig":
            has_fam = any(o.fam == m.fam for o in stack)
            if m.hint == "open":
                # “...according to the law “ after: machine translation writes the closing mark
                # as an opener; with spaces around it and a quote of its family open, it closes
                role = "close" if any(o.fam == m.fam for o in stack) else "open"
            elif m.hint == "close":
                role = "close" if stack else "open"
            elif has_fam:
                role = "close"
            elif stack and _ends_quote(text, m.pos + 1, hi):
                role = "close"  # “We hope ... mentality ' , added the diplomat (mismatched family)
            else:
                role = "open"
        if role == "close" and m.fam == "S" and not any(o.fam == "S" for o in stack):
            # a lone single mark after a word: an apostrophe (the leaders' summit, goin'),
            # unless it closes a double quote (MT mismatch: “cold War’)
            if m.s_possessive or not stack:
                if not (stack and m.s_possessive and _not_possessive(text, m.pos + 1, hi)) and (
                        stack or not _closes_stray(text, m, lo)):
                    continue
        if role == "close" and m.fam == "S" and m.s_possessive and any(o.fam == "S" for o in stack):
            # "'The leaders' summit failed,' she said": a later single closer takes the pair
            if any(x.fam == "S" and x.role in ("close", "ambig") and not x.s_possessive for x in marks[n + 1 :]):
                continue
        if role == "open":
            if stack and stack[-1].fam == m.fam == "D" and m.hint == "open" and len(stack) == 1:
                # a second explicit double opener: the previous quote lost its closing mark
                q = _make(text, stack[0].pos + 1, m.pos, stack[0].pos, None, para)
                if q is not None:
                    q.repairs.append("no-close")
                    quotes.append(q)
                stack.clear()
            stack.append(_Open(m.pos, m.fam))
            seen_open = True
            continue
        # a closer
        if not stack:
            if not seen_open:
                strays.append(m)
            continue
        idx = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].fam == m.fam), len(stack) - 1)
        opener = stack[idx]
        del stack[idx:]
        if len(stack) == 1:
            inner = _make(text, opener.pos + 1, m.pos, opener.pos, m.pos, para)
            if inner is not None:
                inner.nested = True
                quotes.append(inner)
        if not stack:
            q = _make(text, opener.pos + 1, m.pos, opener.pos, m.pos, para)
            if q is not None:
                quotes.append(q)
    leftover = stack[0] if stack else None
    return quotes, leftover, strays


def _ends_quote(text: str, pos: int, hi: int) -> bool:
    """What follows a mark looks like the end of a quotation: punctuation ("' , added", "' .")
    or a speech cue ("' said the minister")."""
    rest = text[pos:hi].lstrip()
    return not rest or rest[0] in ",.;:" or bool(_CUE_AFTER_RE.match(text, pos))


#: words that never follow a plural possessive ("the leaders' summit"): after "s'" they show the
#: mark closes a quotation (“firmly opposes' this move”, “relations' with Rabat”)
_AFTER_CLOSE_WORDS = frozenset(
    "the a an this that these those at with in on of to for from by as into against about over under "
    "between after before during since until and or but y which who whom whose he she it they we i "
    "is are was were will would has have had".split())


def _not_possessive(text: str, pos: int, hi: int) -> bool:
    """What follows "s'" cannot be the noun of a plural possessive: punctuation, the paragraph's
    end, a speech cue, or a function word."""
    rest = text[pos:hi].lstrip()
    if not rest or rest[0] in ",.;:!?)»”\u2019":
        return True
    if _CUE_AFTER_RE.match(text, pos):
        return True
    word = rest.split(None, 1)[0].lower().strip(",.;:")
    return word in _AFTER_CLOSE_WORDS


def _closes_stray(text: str, m: _Mark, lo: int) -> bool:
    """A lone closing mark with a speech verb after it may close a quote that lost its opener."""
    return bool(_CUE_AFTER_RE.match(text, m.pos + 1)) and m.fam == "D"


def _make(text: str, s: int, e: int, om: int | None, cm: int | None, para: int) -> RawQuote | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s:
        return None
    if not any(ch.isalnum() for ch in text[s:e]):
        return None
    return RawQuote(s, e, om, cm, para)


def find_quotes(text: str) -> list[RawQuote]:
    """Every outermost quoted passage in ``text``, in order."""
    out: list[RawQuote] = []
    pending: RawQuote | None = None  # a quote left open at the end of the previous paragraph
    q: RawQuote | None
    for p, (lo, hi) in enumerate(paragraphs(text)):
        marks = _classify(text, lo, hi)
        quotes, leftover, strays = _pair(text, lo, hi, marks, p)
        first_mark = next((m for m in marks if m.role != "apos"), None)
        if pending is not None:
            starts_reopen = first_mark is not None and first_mark.pos == lo and first_mark.role in ("open", "ambig")
            top = [q for q in quotes if not q.nested]
            if starts_reopen and top and top[0].open_mark == lo:
                # the quotation runs on: merge with this paragraph's first quote
                q = top[0]
                quotes.remove(q)
                pending.end, pending.close_mark = q.end, q.close_mark
                pending.removed.append(lo)
                pending.repairs.append("paragraphs")
                out.append(pending)
                pending = None
            elif starts_reopen and not top and leftover is not None and leftover.pos == lo:
                # runs on again, still open at this paragraph's end
                pending.end = hi
                pending.removed.append(lo)
                pending.repairs.append("paragraphs")
                _trim(text, pending)
                continue  # still open: the next paragraph may carry it on
            elif strays and (not top or strays[0].pos < top[0].start):
                # the closing mark of the running quotation, with no reopening mark
                m = strays.pop(0)
                pending.end, pending.close_mark = m.pos, m.pos
                pending.repairs.append("paragraphs")
                _trim(text, pending)
                out.append(pending)
                pending = None
            else:
                out.append(pending)
                pending = None
        # a closer with no opener at the start of the paragraph, followed by a speech verb
        if strays:
            m = strays[0]
            first = next((q for q in quotes if not q.nested), None)
            if (first is None or m.pos < first.start) and _closes_stray(text, m, lo):
                q = _make(text, lo, m.pos, None, m.pos, p)
                if q is not None:
                    q.repairs.append("no-open")
                    out.append(q)
        out.extend(quotes)
        if leftover is not None:
            q = _make(text, leftover.pos + 1, hi, leftover.pos, None, p)
            if q is not None and (leftover.fam == "D" or leftover.pos == lo):
                q.repairs.append("no-close")
                pending = q
    if pending is not None:
        out.append(pending)
    out.extend(_dialogue_answers(text, out))
    for q in out:
        q.unwrap(text)
    outer = {(q.start, q.end) for q in out if not q.nested}
    out = [q for q in out if not (q.nested and (q.start, q.end) in outer)]
    out.sort(key=lambda q: (q.start, -q.end))
    return out


_DASHES = "\u2014\u2013"
#: a dialogue line: a paragraph opening with an em or en dash and a word ("— Yes. We will ...")
_DIALOGUE_RE = re.compile(r"[\u2014\u2013][ \u00a0]*(?=[\w¿¡\"“«'‘])")
#: where a dialogue answer's words stop: an inner dash before a lower-case cue ("— No —said Petro—")
_DIALOGUE_CUT_RE = re.compile(r"\s?[\u2014\u2013]\s?(?=[a-z])")


def dialogue_lines(text: str) -> dict[int, bool]:
    """Paragraphs of an interview written as dash dialogue, by index: ``True`` for a question
    (the interviewer's line, ending in "?"), ``False`` for an answer.

    Only an article with at least two dash lines, one of them a question, is an interview; a
    single dash-led paragraph is an aside, not dialogue.
    """
    lines: dict[int, bool] = {}
    for p, (lo, hi) in enumerate(paragraphs(text)):
        if _DIALOGUE_RE.match(text, lo):
            lines[p] = text[lo:hi].rstrip(" " + ALL_MARKS).endswith("?")
    if len(lines) < 2 or not any(lines.values()):
        return {}
    return lines


def _dialogue_answers(text: str, found: list[RawQuote]) -> list[RawQuote]:
    """The answers of a dash-dialogue interview, as direct quotes without marks (repair "dash")."""
    out: list[RawQuote] = []
    paras = paragraphs(text)
    for p, question in dialogue_lines(text).items():
        if question:
            continue
        lo, hi = paras[p]
        if any(q.start < hi and q.end > lo and not q.nested for q in found):
            continue  # the line quotes someone with marks: those quotes stand
        m = _DIALOGUE_RE.match(text, lo)
        assert m is not None
        cut = _DIALOGUE_CUT_RE.search(text, m.end(), hi)
        q = _make(text, m.end(), cut.start() if cut else hi, lo, None, p)
        if q is not None:
            q.repairs.append("dash")
            out.append(q)
    return out


def _trim(text: str, q: RawQuote) -> None:
    while q.end > q.start and text[q.end - 1].isspace():
        q.end -= 1
