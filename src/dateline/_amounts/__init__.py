"""The amounts layer: sums of money and counts of people, with casualty and arrest kinds.

Money is read from the text with patterns built from ``data/amounts/currencies.yaml`` and
pycountry's ISO 4217 list ("$1.5bn", "US$40m", "150,000 million dollars", "Rs 500 crore",
"20 million Australian dollars", "EUR 3bn"). Counts of people are read from the parse: a number
that modifies a noun of ``data/amounts/counts.yaml`` ("300,000 reservists"), or a bare number
next to a casualty word ("60 dead", "killing 12"); the verb or adjective around it gives the
kind (``killed``, ``injured``, ``arrested``, else ``count``). A range ("between 2,000 and 3,000
traders") is one amount valued at its lower bound; both figures of a partitive ("won 36 of the 61
seats") are counted; parts of a casualty count ("among them 113 in Gansu") and bare seat figures
after a count of seats take that count's unit, as does a bare figure set beside the count's place
("killed 16 people in A and six in B"); vague quantities ("dozens of", "hundreds of") are counted only
as casualty or arrest figures, flagged ``approximate`` ("several hundred" is none). Translated
thousands of millions with no currency ("reserves of 24,800 million") take the currency of the last
scaled sum before them; a definite count refers back and is not counted unless it is written in
figures of ten or more after "the"/"all" ("the 181 missiles"); distances are counted (the gold sets
disagree), rounds of talks are not.

``ctx.state["amounts"]`` holds the amounts; :func:`amounts_in` gives those inside a span.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._nlp import span_text, token_column, token_strings
from .._pipeline import Context, Settings
from .._records import Amount, Span
from ._lexicon import AmountLexicon, amount_lexicon
from ._numbers import DIGITS, as_int_if_whole, fold, number_words, parse_number, trie_alternation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

__all__ = ["AmountsLayer", "amounts_in", "find_money", "find_counts", "MoneyFound"]


@dataclass(slots=True)
class MoneyFound:
    start: int  # clean-text offsets
    end: int
    value: float | int
    unit: str
    explicit: bool  # the currency was named unambiguously (not a bare "$" or "dollars")


# -- money --------------------------------------------------------------------------------------

_SCALE_WORDS = ("hundred", "thousand", "million", "millions", "billion", "billions", "milliard", "milliards", "trillion", "trillions",
                "lakh", "lakhs", "crore", "crores")
_SCALE_ABBR = ("bn", "mn", "mln", "tn", "m", "b", "k")


class _MoneyGrammar:
    def __init__(self, lex: AmountLexicon) -> None:
        nw = number_words()
        self.lex = lex
        # "two and a half (million)", "a quarter of a (billion)", "three quarters of a (million)"
        words = (rf"(?:(?:an?|one|two|three)\s+(?:quarter|third)s?\s+of\s+an?(?=\s+(?:{'|'.join(_SCALE_WORDS)})\b)"
                 rf"|(?:{nw.word_pattern})(?:\s+and\s+a\s+half(?=\s+(?:{'|'.join(_SCALE_WORDS)})\b))?)")
        # a decimal comma before a scale word, as Spanish, French and Portuguese write it and
        # machine translation keeps it ("US$111,6 million", "2,5 billion euros")
        dec_comma = rf"\d{{1,3}},\d{{1,2}}(?=(?:\s*|-)(?:{'|'.join(_SCALE_ABBR)})(?![A-Za-z])|[\s-]+(?:{'|'.join(_SCALE_WORDS)})\b)"
        # a dot between groups of three digits, as Spanish, Portuguese and French write thousands
        # ("1.200 million dollars", "3.500.000 euros"); _value decides decimal or thousands
        dot_groups = r"\d{1,3}(?:\.\d{3})+(?![\d.,])"
        # a space between groups of three digits, as French writes thousands ("1 250 francs CFA")
        space_groups = r"\d{1,3}(?: \d{3})+(?![\d.,])"
        num = rf"(?P<num>{dec_comma}|{dot_groups}|{space_groups}|{DIGITS}|{words}|an?)"
        # MT Spanish/Portuguese "mil millones" (a thousand million): "25 mil millions of kwanzas"
        scale_word = r"(?:mil\s+millions?\b|" + "|".join(_SCALE_WORDS) + ")"
        scale_abbr = "(?:" + "|".join(_SCALE_ABBR) + ")"
        # "1.5bn", "1.5 billion", "150,000 million", "1 lakh crore"
        scale = rf"(?:(?:\s*|-)(?P<sc>{scale_abbr})(?![A-Za-z])|[\s-]+(?P<sc2>{scale_word}(?:\s+{scale_word})?)\b)?"
        sym = "(?P<sym>" + trie_alternation(lex.symbols) + ")"
        name = "(?P<name>" + trie_alternation(lex.names) + ")"
        self.symbol_first = re.compile(rf"(?<![A-Za-z0-9]){sym}\s?{num}{scale}(?!\d)", re.IGNORECASE)
        self.us_dollar = re.compile(rf"(?<![A-Za-z])(?P<q>U\.?S\.?)\s+\$\s?{num}{scale}(?!\d)")
        self.code_first = re.compile(rf"\b(?P<code>[A-Z]{{3}})\s?{num}{scale}(?!\d)")
        self.number_first = re.compile(rf"(?<![\w.,$£€¥]){num}{scale}\s+(?:(?P<of>of)\s+)?{name}(?![A-Za-z])(?P<after>\s+of\b)?", re.IGNORECASE)
        self.code_after = re.compile(rf"(?<![\w.,$£€¥]){num}{scale}\s+(?P<code>[A-Z]{{3}})\b")


_GRAMMAR: _MoneyGrammar | None = None
#: every run of three capitals in a text, overlapping ("NATO": "NAT", "ATO")
_CAPS3 = re.compile(r"(?=([A-Z]{3}))")
_RANGE_SCALE = re.compile(
    r"\s*(?:-|to|and)\s*\S{0,4}?\d[\d.,]*\s*(?P<scale>billion|million|trillion|bn|mn|m|tn)(?![A-Za-z])", re.IGNORECASE
)


def _grammar() -> _MoneyGrammar:
    global _GRAMMAR
    if _GRAMMAR is None:
        _GRAMMAR = _MoneyGrammar(amount_lexicon())
    return _GRAMMAR


def _scale(m: re.Match[str]) -> float:
    nw = number_words()
    f = 1.0
    for g in ("sc", "sc2"):
        s = m.groupdict().get(g)
        if s:
            for w in s.lower().split():
                f *= nw.scales.get(w, 1000.0 if w == "mil" else 1.0)
    return f


_DEC_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _dot_thousands(n: str, count: bool = False) -> bool:
    """Whether dots in ``n`` separate thousands ("3.500.000", "1.200 million", "2.000 people"):
    two or more groups, a group ending in "00" (English writes 1.2, not 1.200), or any group
    in a count of people (2.000 people are not two)."""
    if not _DOT_GROUPS.fullmatch(n):
        return False
    return n.count(".") >= 2 or n.endswith("00") or count


_COMPARED = re.compile(rf"\b(?:up|down)\s+from\s+(?P<num>{DIGITS})(?![.,]?\d)(?=\s*(?:[,.;)]|$)|\s+(?:in|on|at|last|since|a\s+year|the\s+previous|before|earlier)\b)")
#: "promised 100 million dollars for the mission and 33 million for aid" ("..., of which 40 million will
#: go to", "including 20 million for"): a second figure with
#: its scale but no currency, joined to a sum just before it in the sentence, is in that currency
_ELIDED_SUM = re.compile(
    rf"\b(?P<of>of\s+which\s+|including\s+)?(?(of)|(?:and|or|plus|Y|(?P<to>(?:it|them|this|that)\s+to))\s+)(?:another\s+|a\s+further\s+)?(?P<num>{DIGITS})\s*(?P<sc>billions?|millions?|milliards?|trillions?|bn|mn)\b"
    # (after "it to" only at the end of a clause: "reached 19.9 billion dollars and seeks to raise it to 30 billion.";
    # not "cut jobs to 2 million", whose figure counts the jobs)
    r"(?(to)(?=\s*(?:[,.;)]|$))|)"
    # ("will"/"would" only after "of which"/"including": "and 2 million will need shelter" are people)
    r"(?=\s*(?:[,.;)]|$)|\s+(?:for|to|in|on|as|each|more|from|over)\b|(?(of)\s+(?:will|would)\b|(?!)))", re.IGNORECASE)
_SCALE_IN = re.compile(r"illi|bn|mn", re.IGNORECASE)  # what any _ELIDED_SUM match holds
_RANGE_BEFORE = re.compile(
    rf"\b(?:[Bb]etween|[Ff]rom)\s+(?P<low>{DIGITS})(?:\s+(?P<lsc>billion|million|trillion|thousand))?\s+(?:and|to|[Yy]|e|et)\s+$")
_HALF_BEFORE = re.compile(r"\bhalf\s+$", re.IGNORECASE)
_BRACKETED = re.compile(r"\s?\((?P<inner>[^()\d]{3,30})\)")


_SPACE_GROUPS = re.compile(r"\d{1,3}(?: \d{3})+")
#: a decimal comma before a scale word ("2,7 billion"): the article writes numbers the
#: continental way, so a dot between digits separates thousands there ("1.530 riyals")
_DOT_NUMBER = re.compile(r"\d\.\d{3}")
_DECIMAL_COMMA_TEXT = re.compile(r"(?<![\d,.])\d{1,3},\d{1,2}[\s-]*(?:billion|million|thousand|trillion|bn|mn)\b", re.IGNORECASE)


def _value(m: re.Match[str], continental: bool = False) -> float | None:
    n = m["num"]
    if n.lower() in ("a", "an"):
        if not (m.groupdict().get("sc") or m.groupdict().get("sc2")):
            return None
        base = 1.0
    elif _DEC_COMMA.fullmatch(n):
        base = float(n.replace(",", "."))
    elif _dot_thousands(n, count=continental):
        base = float(n.replace(".", ""))
    elif _SPACE_GROUPS.fullmatch(n):
        base = float(n.replace(" ", ""))
    else:
        base = parse_number(n)  # type: ignore[assignment]
    if base is None:
        return None
    return base * _scale(m)


_SENT_BREAK = re.compile(r"[.!?\n]\s")


_SUM_RANGE_PRE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_SUM_RANGE_GAP = re.compile(r"\s*and\s*", re.IGNORECASE)
#: "$50 million to $60 million", "$3m-$4m": a range of two sums (not "from $5m to $8m", a change)
_SUM_TO_GAP = re.compile(r"\s*(?:to|-|–)\s*", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:from|of|by)\s+$", re.IGNORECASE)
_OWN_SCALE = re.compile(r"illion|milliard|\d\s?(?:bn|mn|m|k)\b|lakh|crore", re.IGNORECASE)


def _sentence_start(text: str, start: int) -> int:
    lo = max(0, start - 300)
    breaks = [b.end() for b in _SENT_BREAK.finditer(text, lo, start)]
    return breaks[-1] if breaks else lo


def _local_country(text: str, start: int, ends: list[int], options: dict[str, str]) -> str | None:
    """The one country of ``options`` named between the start of the sentence (or the last sum
    before ``start`` in it) and ``start``; None when none or several are."""
    lo = max([_sentence_start(text, start), *(e for e in ends if e <= start)])
    found = [iso for iso in country_context(" " + text[lo:start]) if iso in options]
    return found[0] if len(found) == 1 else None


def _regional(
    text: str, start: int, cands: list[MoneyFound], regional: dict[str, str], code: str,
    context: Callable[[], Counter[str]], weights: Counter[str] | None,
) -> tuple[str, Counter[str] | None]:
    """The code of a currency name several countries use: the one country of ``regional`` named in
    the sentence just before the sum ("Kuwait pledged 10 million Kuwaiti dinars, and the Libyan
    government sent ... 2 million dinars" -> LYD), else the article's main one of them, else
    ``code``. Returns the code and the article's country weights (computed once, when needed)."""
    local = _local_country(text, start, [c.end for c in cands], regional)
    if local:
        return regional[local], weights
    if weights is None:
        weights = context()
    ranked = sorted(((weights.get(iso, 0), iso) for iso in regional), reverse=True)
    if ranked and ranked[0][0] > 0:
        return regional[ranked[0][1]], weights
    return code, weights


def find_money(text: str, context: Callable[[], Counter[str]] | None = None) -> list[MoneyFound]:
    """Sums of money in ``text`` (offsets into it), in text order, with the currency's ISO code.

    "dollars" is USD unless qualified ("Australian dollars"); a bare "$" is USD unless the
    text already wrote another dollar with a symbol ("A$20m ... $5m more" stays AUD). A name
    several countries use ("pesos", "dinars") is the currency of the country ``context()``
    (ISO3 weights, computed only when needed) ranks first among them.
    """
    ctx_weights: Counter[str] | None = None
    g = _grammar()
    # (only a figure with a dot before three digits reads it: other texts skip the search)
    continental = _DOT_NUMBER.search(text) is not None and _DECIMAL_COMMA_TEXT.search(text) is not None
    lex = g.lex
    cands: list[MoneyFound] = []
    for m in g.us_dollar.finditer(text) if "$" in text else ():
        v = _value(m, continental)
        if v is not None:
            cands.append(MoneyFound(m.start(), m.end(), v, "USD", True))
    for m in g.symbol_first.finditer(text):
        sym = m["sym"]
        code = lex.symbols.get(sym) or lex.symbols.get(sym.upper()) or next((c for s, c in lex.symbols.items() if s.lower() == sym.lower()), None)
        if code is None:
            continue
        if sym[0].isalpha() and not sym[0].isupper():
            continue  # "rs" lower case is not rupees
        v = _value(m, continental)
        if v is None:
            continue
        regional = lex.symbols_by_country.get(sym) or lex.symbols_by_country.get(sym.capitalize())
        if regional and context is not None:
            # "Rs 50,000" in a story from Nepal is NPR, "Dh" in one from Morocco MAD
            code, ctx_weights = _regional(text, m.start(), cands, regional, code, context, ctx_weights)
        if not (m["sc"] or m["sc2"]):
            # "$5-10 million", "$5 to $10 billion": the scale written once belongs to both figures
            rng = _RANGE_SCALE.match(text, m.end())
            if rng:
                v *= number_words().scales[rng["scale"].lower()]
        cands.append(MoneyFound(m.start(), m.end(), v, code, sym not in ("$",)))
    # a currency code is a known ISO code in capitals: a text without one skips both code scans
    codes = not lex.iso_codes.isdisjoint(_CAPS3.findall(text))
    for m in g.code_first.finditer(text) if codes else ():
        if m["code"] not in lex.iso_codes:
            continue
        v = _value(m, continental)
        if v is not None:
            cands.append(MoneyFound(m.start(), m.end(), v, m["code"], True))
    for m in g.code_after.finditer(text) if codes else ():
        if m["code"] not in lex.iso_codes:
            continue
        v = _value(m, continental)
        if v is not None:
            cands.append(MoneyFound(m.start(), m.end(), v, m["code"], True))
    for m in g.number_first.finditer(text):
        name = re.sub(r"\s+", " ", m["name"]).lower()
        code = lex.names.get(name)
        if code is None:
            continue
        has_scale = bool(m["sc"] or m["sc2"])
        if m["of"] and not has_scale and not _SCALE_IN.search(m["num"]):
            continue  # "a lot of dollars" (not MT "six million of dollars", the scale in the words)
        if name in lex.ambiguous:
            if m["after"] or not m["name"].islower():
                continue  # "500 pounds of explosives"
            if name not in ("pound", "pounds") and not has_scale and "," not in m["num"]:
                continue  # "the party won", "3 real"
            if name in ("pound", "pounds") and text[m.end() : m.end() + 1] == "-":
                continue
        if not m["name"][0].isupper() and m["name"] != m["name"].lower() and name not in lex.names:
            continue
        v = _value(m, continental)
        if v is None:
            continue
        if m["num"][0].isdigit() is False and v < 2 and not has_scale:
            continue  # "a dollar"
        bare = name in ("dollar", "dollars")
        regional = lex.by_country.get(name)
        if regional and context is not None:
            code, ctx_weights = _regional(text, m.start(), cands, regional, code, context, ctx_weights)
        cands.append(MoneyFound(m.start(), m.end("name"), v, code, not bare))
    # "half a billion dollars": the number words leave "half" out
    for c in cands:
        if re.match(r"an?\s", text[c.start : c.end], re.IGNORECASE) and _HALF_BEFORE.search(text, max(0, c.start - 8), c.start):
            hm = _HALF_BEFORE.search(text, max(0, c.start - 8), c.start)
            assert hm is not None
            c.start = hm.start()
            c.value = c.value * 0.5
    # a range "between 10 and 15 billion dollars", "from 3 to 5 million euros": one sum, its lower
    # bound (the conservative reading the vague quantities take), the scale written once
    for c in cands:
        rm = _RANGE_BEFORE.search(text, max(0, c.start - 40), c.start)
        high = re.match(DIGITS, text[c.start : c.end])
        if rm and high:
            low_v, high_v = parse_number(rm["low"]), parse_number(high.group(0))
            if rm["lsc"] and low_v:
                # "between 2 billion and 3 billion euros": the low figure writes its own scale
                low_total = low_v * number_words().scales[rm["lsc"].lower()]
                if low_total < c.value:
                    c.start = rm.start()
                    c.value = low_total
            elif low_v and high_v and low_v < high_v:
                c.start = rm.start()
                c.value = c.value * low_v / high_v
    # longest wins
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    out: list[MoneyFound] = []
    for c in cands:
        if any(c.start < o.end and o.start < c.end for o in out):
            continue
        out.append(c)
    out.sort(key=lambda c: c.start)
    # "between $2bn and $3bn": two written sums of one currency are one range, its lower bound (as
    # above); not "grew from €5m to €8m", a change between two sums
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        pre = _SUM_RANGE_PRE.search(text, max(0, a.start - 9), a.start)
        if pre and a.unit == b.unit and a.value < b.value and _SUM_RANGE_GAP.fullmatch(text, a.end, b.start):
            a.start, a.end = pre.start(), b.end
            del out[k + 1]
        elif a.unit == b.unit and a.value < b.value <= 10 * a.value and _SUM_TO_GAP.fullmatch(text, a.end, b.start) \
                and not _FROM_BEFORE.search(text, max(0, a.start - 6), a.start) and _OWN_SCALE.search(text, a.start, a.end):
            # (each sum writes its scale: "$5 to $10 billion" stays two, the first taking the scale)
            a.end = b.end
            del out[k + 1]
        k += 1
    # a bare figure compared with a sum just before it in its sentence takes the sum's currency:
    # "costs 25,000 CFA francs, up from 18,000 in mid-July"
    for m in _COMPARED.finditer(text):
        s0, e0 = m.span("num")
        prev = [c for c in out if c.end <= m.start() and _sentence_start(text, m.start()) <= c.start]
        if not prev or any(c.start < e0 and s0 < c.end for c in out) or re.fullmatch(r"(?:19|20)\d\d", m["num"]):
            continue
        v = parse_number(m["num"])
        if v:
            out.append(MoneyFound(s0, e0, v, prev[-1].unit, prev[-1].explicit))
    out.sort(key=lambda c: c.start)
    for m in _ELIDED_SUM.finditer(text) if out and _SCALE_IN.search(text) else ():
        s0, e0 = m.start("num"), m.end("sc")
        prev = [c for c in out if c.end <= m.start() and _sentence_start(text, m.start()) <= c.start]
        if not prev or any(c.start < e0 and s0 < c.end for c in out):
            continue
        v = parse_number(m["num"])
        if v:
            # its partner is the last sum that wrote a scale too ("10 millions of dinars, that is some
            # 7.600 dollars, and 5 millions to each injured": dinars, not the conversion in between)
            like = next((c for c in reversed(prev) if _OWN_SCALE.search(text, c.start, c.end)), prev[-1])
            out.append(MoneyFound(s0, e0, v * number_words().scales[m["sc"].lower()], like.unit, like.explicit))
    out.sort(key=lambda c: c.start)
    if out and "illion" in text:
        _thousand_millions(text, out)
    # "200,000 yuan (New Taiwan dollars)": a currency named in brackets right after a sum corrects
    # the translated one and wins
    for c in out:
        bm = _BRACKETED.match(text, c.end)
        if bm:
            inner = re.sub(r"\s+", " ", bm["inner"].strip())
            code = inner if inner in lex.iso_codes else lex.names.get(inner.lower())
            if code:
                c.end, c.unit, c.explicit = bm.end(), code, True
    last_dollar: str | None = None
    last_end = 0
    for c in out:
        sym = text[c.start : c.end].lstrip()[:1] == "$"
        if c.explicit and c.unit in lex.dollar_codes and "$" in text[c.start : c.end]:
            last_dollar, last_end = c.unit, c.end
        elif sym and not c.explicit and last_dollar:
            named = set(country_context(" " + text[_sentence_start(text, c.start) : c.start])) if context is not None else set()
            if not named or named & lex.dollar_countries.get(last_dollar, frozenset()):
                if "\n" in text[last_end : c.start] and context is not None:
                    # a later paragraph: "NZ$1.5 million" from a donor does not make the World Bank's
                    # "$5 million" New Zealand's, unless the story is set where that dollar is spent
                    if ctx_weights is None:
                        ctx_weights = context()
                    home = max(ctx_weights.items(), key=lambda kv: (kv[1], kv[0]))[0] if ctx_weights else None
                    if home in lex.dollar_countries.get(last_dollar, frozenset()):
                        c.unit = last_dollar
                else:
                    c.unit = last_dollar
        c.value = as_int_if_whole(float(c.value))
    return out


#: translated Spanish and Portuguese "mil millones" written as thousands of millions with no currency
#: ("the reserves, of 24,800 million at the end of the week", "another 10.000 million over three years"):
#: a figure this size followed by no noun is a sum
_THOUSAND_MILLIONS_NUM = re.compile(r"(?<![\w.,$£€¥])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+)\s+$")
_THOUSAND_MILLIONS_AFTER = re.compile(
    r"millions?\b(?=\s*(?:[,.;)]|$)|\s+(?:in|on|at|over|before|after|until|till|for|to|from|by|will|would|was|were|is|are|had|have|"
    r"has|more|each|last|this|next|since|during|between|and|or|Y)\b)", re.IGNORECASE)


#: the last four words before a figure ("a population of about" before "1,400 million")
_HEAD_COUNT_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]+(?:\s+[A-Za-z]+){0,3}\s+$")


def _thousand_millions(text: str, out: list[MoneyFound]) -> None:
    """Add to ``out`` (sorted sums) each bare thousands-of-millions figure, in the currency of the last
    sum before it in the text that wrote a scale word; keeps ``out`` sorted."""
    added = False
    at = text.find("million")
    while at >= 0:  # (read at each "million", not by a scan of the whole text)
        am = _THOUSAND_MILLIONS_AFTER.match(text, at)
        nm = _THOUSAND_MILLIONS_NUM.search(text, max(0, at - 16), at) if am is not None else None
        at = text.find("million", at + 7)
        if am is None or nm is None:
            continue
        s0, e0 = nm.start("num"), am.end()
        if any(c.start < e0 and s0 < c.end for c in out):
            continue
        like = next((c for c in reversed(out) if c.end <= s0 and _OWN_SCALE.search(text, c.start, c.end)), None)
        if like is None:
            continue
        hw = _HEAD_COUNT_BEFORE.search(text, max(0, s0 - 48), s0)
        if hw is not None and not amount_lexicon().head_count_words.isdisjoint(hw[0].lower().split()):
            continue  # "a population of 1,400 million", "turnout reached 1,200 million": people
        v = float(re.sub(r"[.,]", "", nm["num"])) * 1e6
        out.append(MoneyFound(s0, e0, v, like.unit, like.explicit))
        added = True
    if added:
        out.sort(key=lambda c: c.start)


# -- counts of people ------------------------------------------------------------------------

_QUANT = re.compile(
    r"(?:at\s+least|more\s+than|fewer\s+than|less\s+than|over|nearly|almost|about|around|some|up\s+to|"
    r"an\s+estimated|roughly|approximately|as\s+many\s+as|at\s+most)\s+$",
    re.IGNORECASE,
)
_PCT = re.compile(r"^\s*(?:%|percent|per\s*cent|-year|-month|-day|-week|\s*years?\s+old|-)", re.IGNORECASE)
_LABELS = {"type", "phase", "level", "category", "grade", "article", "resolution", "no", "number", "stage",
           "class", "chapter", "section", "round", "flight", "route", "unit", "page", "item", "paragraph",
           "covid", "version", "season", "episode", "game", "match", "rule", "amendment", "protocol", "bus", "room"}
_SCALE_TOKENS = {"hundred", "thousand", "million", "billion", "lakh", "crore"}
#: plural scale words that translated copy writes before "of" ("2,5 millions of people")
_MT_SCALES = frozenset({"thousands", "millions", "billions"})
_HALF_A = re.compile(r"\bhalf\s+(?:an?\s+)?$", re.IGNORECASE)
#: "a quarter of a (million)", "two thirds of a (billion)": a part of a lone scale word
_PART_OF_A = re.compile(r"\b(?P<n>an?|one|two|three)\s+(?P<d>quarters?|thirds?)\s+of\s+(?:an?\s+)?$", re.IGNORECASE)
_PARTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "quarter": 4, "third": 3}
_LONE_SCALE = re.compile(r"(?:an?\s+)?(?:hundred|thousand|million|billion)", re.IGNORECASE)


_DIGIT = re.compile(r"\d")
_GROUP_HEAD = re.compile(r"[1-9]\d{0,2}")
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
_ONES = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
_GROUP3 = re.compile(r"\d{3}")
_PAIR_AFTER = re.compile(r"\s+and\s+(?P<w>[A-Za-z]+)\b")
_HYPHEN_COUNT = re.compile(r"-(?P<w>[A-Za-z]+)\b(?!-)")
_SCORE_BEFORE = re.compile(r"[-:/]\s*$")


@functools.cache
def _vague_re() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The vague quantities' pattern, and the words one of which any text it matches holds (the
    last word of each phrase, folded: a text without any skips the scan)."""
    nw = number_words()
    vague = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(nw.vague, key=len, reverse=True))
    rx = re.compile(rf"\b(?P<q>{vague})\s+(?:of\s+)?(?P<words>[A-Za-z-]+(?:\s+[A-Za-z-]+){{0,2}})", re.IGNORECASE)
    return rx, tuple(sorted({fold(v.split()[-1]) for v in nw.vague}))


#: the generic nouns for people that translated copy writes ("170 persons"): a bare figure set
#: against them counts people
_GENERIC_PEOPLE = frozenset({"persons", "individuals"})


def _kind_for(noun: Token, lex: AmountLexicon) -> str | None:
    """killed / injured / arrested from the words around a counted noun (or bare number)."""

    def kind_of_word(t: Token) -> str | None:
        lem = t.lemma_.lower()
        low = t.lower_
        for kind, words in lex.kinds.items():
            if lem in words or low in words:
                return kind
        return None

    # "60 people killed", "300 injured people", "60 dead": a modifier of the noun itself
    for c in noun.children:
        if c.dep_ in ("acl", "amod", "relcl", "appos", "conj", "advcl") or (c.i == noun.i + 1 and c.pos_ in ("ADJ", "VERB")):
            k = kind_of_word(c)
            if k and c.dep_ != "conj":
                return k
    h = noun.head
    dep = noun.dep_
    if h is not noun:
        k = kind_of_word(h)
        if k:
            # the killed, not the killers: passive subjects, objects, and subjects of "die"
            if dep in ("nsubjpass", "dobj", "pobj", "attr", "oprd", "conj", "appos", "nmod", "npadvmod", "dep", "ROOT"):
                return k
            if dep == "nsubj" and h.lemma_.lower() in ("die", "perish", "dead", "injure", "hurt", "wound"):
                if h.lemma_.lower() in ("die", "perish") or h.tag_ in ("VBN", "JJ"):
                    return k
        # "were killed" hangs the kind on the verb's complement ("left 60 people dead",
        # "60 people were found dead", "60 are dead")
        for c in h.children:
            if c.dep_ in ("acomp", "oprd", "xcomp", "attr") and c is not noun:
                k = kind_of_word(c)
                if k and (dep in ("nsubj", "nsubjpass", "dobj")):
                    return k
        # "the killing of 33 terrorists", "the arrest of five people"
        if dep == "pobj" and h.lower_ == "of" and h.head is not h:
            k = kind_of_word(h.head)
            if k:
                return k
        # "the death toll rose to 60"
        if dep == "pobj" and h.head is not h:
            v = h.head
            if v.lower_ in ("down", "up") and v.head is not v:
                v = v.head  # "revised the death toll down to 275"
            k = _toll_kind(v)
            if k:
                return k
        # "the death toll reached 120", "the number of dead surpassed 300": the figure is the verb's object
        if dep in ("dobj", "attr") and h.lemma_.lower() in _TOLL_VERBS:
            return _toll_kind(h)
    return None


#: verbs whose object is a toll's new figure ("the toll reached 120", "topped 1,000")
_TOLL_VERBS = frozenset({"reach", "exceed", "surpass", "top", "pass", "hit", "near", "approach"})


#: the kind of a toll from a word that names it or hangs on it: (lemmas, lower-case forms)
_TOLL_WORDS: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = (
    ("killed", frozenset({"death", "dead", "fatality", "killed", "martyr"}), frozenset({"deaths", "dead", "fatalities", "martyrs"})),
    ("injured", frozenset({"injury", "injured", "wounded"}), frozenset({"injured", "wounded", "injuries"})),
    ("arrested", frozenset({"arrest", "detainee", "detention"}), frozenset({"arrests", "detained", "arrested"})),
)


def _toll_word(t: Token) -> str | None:
    w, lw = t.lemma_.lower(), t.lower_
    return next((k for k, lemmas, forms in _TOLL_WORDS if w in lemmas or lw in forms), None)


def _toll_kind(verb: Token) -> str | None:
    """killed / injured / arrested from a toll that is ``verb``'s subject ("the death toll", "the number
    of martyrs", "the number of injured", "deaths"; "raised the death toll to 40" as its object); None
    for any other subject. (A dateline the parser reads as the subject: "SANTO DOMINGO, 9 Apr. - The
    number of dead ... rose to 184" hangs the toll on the place as an apposition: read that as the subject.)"""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [a for c in subjects for a in c.children if a.dep_ == "appos"]
    subjects += [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "toll"]
    for c in subjects:
        low = c.lemma_.lower()
        if low in ("toll", "number", "count", "tally", "figure"):
            near = [*c.children, *(g for ch in c.children if ch.dep_ == "prep" for g in ch.children)]
            for cc in near:
                k = _toll_word(cc)
                if k:
                    return k
            if low == "toll":
                return "killed"  # a bare "toll" is of the dead
        elif _toll_word(c) == "killed" and low != "killed":
            return "killed"  # "deaths rose to 40"
    return None


def _plural(noun: str, lex: AmountLexicon) -> str:
    """The plural of an English noun: the lexicon's when it lists one ("thief" -> "thieves", "human" ->
    "humans"; "sheep" stays), else the regular ending ("spectator" -> "spectators", "deputy" -> "deputies")."""
    if noun in lex.plurals:
        return lex.plurals[noun]
    if noun in lex.count_nouns:
        return lex.count_nouns[noun]
    if noun in lex.invariant_plurals:
        return noun
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _modified_unit(noun: Token, j: int, unit: str) -> str:
    """``unit`` with the lower-case noun compounds written between the figure (ending at token
    ``j``) and the counted ``noun`` put before it: "ballot papers", "border guards"."""
    doc = noun.doc
    k = noun.i
    heads = {noun.i}
    while k - 1 > j:
        t = doc[k - 1]
        if t.dep_ != "compound" or t.head.i not in heads or t.pos_ != "NOUN" or not t.text.islower() \
                or not t.text.replace("-", "").isalpha() or t.ent_type_ in ("NORP", "GPE") \
                or doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_:
            break  # (the end of a hyphenated adjective, "small-scale", is no noun modifier)
        heads.add(t.i)
        k -= 1
    if k == noun.i:
        return unit
    mods = " ".join(t.lower_ for t in doc[k : noun.i])
    return unit if unit.startswith(mods + " ") else f"{mods} {unit}"


#: after "rounds": rounds of talks or of voting are not counted (the fourth-session gold: "three rounds" of
#: talks; "fired eight rounds" are)
_TALK_ROUNDS = re.compile(r"\s+of\s+(?:[a-z-]+\s+){0,2}?(?:talks|negotiations|consultations|dialogue|discussions|voting|meetings)\b")


def _demonym_plural(noun: Token, lex: AmountLexicon) -> bool:
    """"seven Bangladeshis", "30 South Sudanese": a nationality plural the tagger read as a singular name."""
    low = noun.lower_
    return noun.tag_ == "NNP" and noun.text[:1].isupper() and (
        low.endswith("s") and low[:-1] in lex.demonyms or low.endswith("ese") and low in lex.demonyms)


def _two_word_demonym(first: Token, noun: Token, lex: AmountLexicon) -> str | None:
    """"South Koreans", "Sri Lankans", "New Zealanders": a nationality noun of two words (the
    gazetteer's) is the unit whole, not its last word."""
    if not first.text[:1].isupper():
        return None
    low = noun.lower_
    for sing in (low[:-1] if low.endswith("s") else low, low):
        if f"{first.lower_} {sing}" in lex.demonyms:
            return f"{first.text} {noun.text}"
    return None


#: auxiliaries between a bare number and its casualty word ("285 were injured", "600 remained unaccounted
#: for", "150 are still missing")
_BARE_AUX = frozenset({"were", "was", "are", "have", "had", "been", "got", "remain", "remained", "remains", "still"})

_DEFINITE = {"the", "those", "these", "its", "their", "his", "her", "our", "your", "all", "both", "each"}


def _definite(doc: Doc, num_i: int, noun: Token) -> bool:
    """"the two sides", "its 18 councils": a definite count refers back to known things."""
    if num_i > 0 and doc[num_i - 1].lower_ in _DEFINITE:
        return True
    return any(c.dep_ in ("det", "poss", "predet") and c.lower_ in _DEFINITE and c.i < num_i for c in noun.children)


def _large_definite(num_text: str, value: float, before: str) -> bool:
    """"the 181 missiles", "all 101 jets", "the 21,000 tons of fertiliser": a count in figures of ten or
    more after "the" or "all" still counts (a back-reference is small: "the two sides", "the three
    ports"); not one right after another determiner ("their 18 councils", "those 48 turbines"), nor a year
    ("the 2019 elections"); a word between "the" and the figure ("the nearly 200 trucks") keeps it."""
    return value >= 10 and num_text[:1].isdigit() and (before in ("the", "all") or before not in _DEFINITE) \
        and not (len(num_text) == 4 and num_text.isdigit() and 1000 <= value <= 2100)




#: units of distance: no part of a count is "of them" ("115 km ..., and 51 of them")
_DISTANCES = frozenset({"km", "kms", "kilometres", "kilometers", "miles", "metres", "meters"})
_SUBSET_CUE = re.compile(r"\b(?:among\s+(?:them|whom)|including|of\s+(?:them|whom))\b", re.IGNORECASE)
_PAST_YEAR = re.compile(r"(?:19|20)\d\d")
#: "between 2,000 and 3,000 traders" (MT "between 3.000 Y 4.000 persons"): one count, its lower bound
_COUNT_RANGE_BEFORE = re.compile(rf"\b[Bb]etween\s+(?P<low>{DIGITS})\s+(?:and|[Yy]|e|et)\s+$")
_POSSESSORS = frozenset({"its", "their", "his", "her", "our", "the"})
_SCALE_IN_COUNT = re.compile(r"\b(?:hundred|thousand|million|billion)\b", re.IGNORECASE)


def _partitive_whole(doc: Doc, k: int) -> int | None:
    """After "N of": the index of the whole's figure in "the 120 seats", "its 32,000 residents",
    "90 seats", "the state's 80 seats"; None when no figure follows."""
    n = len(doc)
    if k < n and doc[k].lower_ in _POSSESSORS:
        k += 1
        if k + 2 < n and doc[k + 1].tag_ == "POS" and not doc[k].like_num:
            k += 2  # "the state 's 80 seats"
    return k if k + 1 < n and doc[k].like_num else None


def _in_partitive(doc: Doc, i: int) -> bool:
    """Whether the figure at ``i`` is the whole of a partitive ("won 36 of the 61 seats", "1,600 of its
    32,000 residents"): a definite count that is counted all the same, as the part is."""
    for back in (2, 3, 5):
        k = i - back
        if k >= 0 and doc[k].like_num and doc[k].lower_ not in ("one", "1") and doc[k + 1].lower_ == "of" \
                and _partitive_whole(doc, k + 2) == i:  # (not "one of the two boats")
            return True
    return False


_AND_WORDS = frozenset({"and", "y", "e", "et", ","})


def _one_more_of_a_toll(lowers: list[str], i: int, j: int, cue_words: frozenset[str]) -> bool:
    """"left four dead and one missing": a single person joined to a toll of bare figures (the figure before
    the conjunction is followed by a cue word too) is counted like them; "one of the leaders" is not."""
    return j == i and j + 1 < len(lowers) and lowers[j + 1] in cue_words and i >= 3 and lowers[i - 1] in _AND_WORDS \
        and lowers[i - 2] in cue_words and lowers[i - 3] not in ("the", "a", "an")


def _shares_scale(value: float, first: str, second: str) -> bool:
    """In "between 4 and 5 million", the scale after the second figure is the first's too; not in "between
    500,000 and 1 million", whose first figure is written out in full: only a first figure below the second's
    bare figure and with no thousands separator of its own shares the scale."""
    other = parse_number(second)
    return other is not None and value < other and not re.search(r"\d[,.]\d{3}(?!\d)", first)


def find_counts(
    doc: Doc, taken: list[tuple[int, int]], lex: AmountLexicon | None = None, text: str | None = None
) -> list[tuple[int, int, float | int, str, str, bool]]:
    """Counts of people in a parsed doc: (start, end, value, unit, kind, approximate), clean offsets.

    ``taken`` are clean-text ranges already used (money, times), which a count must not overlap.
    """
    lex = lex or amount_lexicon()
    nw = number_words()
    text = doc.text if text is None else text
    out: list[tuple[int, int, float | int, str, str, bool]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken) and not any(s < o[1] and o[0] < e for o in out)

    def earlier_in_sentence(tok: Token) -> list[tuple[int, int, float | int, str, str, bool]]:
        """The counts found before ``tok`` in its sentence."""
        s0 = tok.sent.start
        return [o for o in out if o[1] <= tok.idx and (sp := doc.char_span(o[0], o[1], alignment_mode="expand")) is not None
                and sp.sent.start == s0]

    people_units = frozenset(lex.count_nouns.values())
    cue_words = frozenset(w for ws in lex.bare_cues.values() for w in ws)
    subsets: set[int] = set()  # the starts of counts that are parts of the count before them
    i = 0
    n = len(doc)
    # the only tokens a count can start at: a number-like word or a number word other than
    # "a", "an", "half" (read from the doc's arrays: no Token per word)
    units = nw.units
    lowers = token_strings(doc, "LOWER")
    texts, spaces = token_strings(doc, "ORTH"), token_column(doc, "SPACY")
    numbers = [k for k, (like, low) in enumerate(zip(token_column(doc, "LIKE_NUM"), lowers))
               if like or (low in units and low not in ("a", "an", "half"))] if n else []
    nxt_num = 0
    while i < n:
        nxt_num = bisect.bisect_left(numbers, i, nxt_num)
        if nxt_num == len(numbers):
            break
        i = numbers[nxt_num]
        tok = doc[i]
        if tok.ent_type_ == "PERCENT" or tok.lower_ in ("dozen", "dozens"):
            i += 1
            continue
        # the number group: "1.5 million", "twenty - five", "300,000"
        j = i
        # (the group is read from the doc's word lists: no Token per word)
        while j + 1 < n and (lowers[j + 1] in _SCALE_TOKENS or lowers[j + 1] in nw.units and lowers[j + 1] not in ("a", "an")
                             or j + 2 < n and lowers[j] in _TENS and texts[j + 1] == "-" and not spaces[j]
                             and not spaces[j + 1] and lowers[j + 2] in _ONES and texts[j + 2].islower()):
            # "forty-two", "twenty-five thousand" (not a name in capitals: "the Twenty-Seven" of the EU)
            j += 2 if texts[j + 1] == "-" else 1
        if j + 4 < n and lowers[j + 1 : j + 4] == ["and", "a", "half"] and lowers[j + 4] in _SCALE_TOKENS:
            j += 4  # "two and a half million people"
        elif j + 2 < n and lowers[j + 1] == "," and re.fullmatch(r"\d{1,2}", texts[j + 2]) and j + 3 < n and lowers[j + 3] in _SCALE_TOKENS and texts[j].isdigit():
            j += 3  # "2,3 million" split by the tokenizer: a decimal comma
        mt_scale = j == i and j + 2 < n and lowers[j + 1] in _MT_SCALES and lowers[j + 2] == "of" and texts[j][:1].isdigit()
        if mt_scale:
            j += 1  # MT "7,9 millions of voters" (Spanish "millones de", French "millions de")
        spaced = False
        if j == i and _GROUP_HEAD.fullmatch(texts[i]):
            # "1 000 persons", "600 000 refugees" (French and translated copy): a space between groups of three
            while j + 1 < n and _GROUP3.fullmatch(doc[j + 1].text) and doc[j].whitespace_ == " " \
                    and text[doc[j].idx + len(doc[j]) : doc[j + 1].idx] == " ":
                j += 1
                spaced = True
        start, end = tok.idx, doc[j].idx + len(doc[j])
        if not free(start, end):
            i = j + 1
            continue  # inside a sum, a time or a count found already (read below only where free)
        num_text = span_text(doc, i, j + 1)
        parsed = parse_number(num_text.replace(" - ", "-") if not mt_scale else num_text[:-1])
        if spaced:
            parsed = float(num_text.replace(" ", ""))
        if _dot_thousands(num_text, count=True):
            parsed = float(num_text.replace(".", ""))  # "2.000 people", "15.300 were injured"
        value = None if parsed is None else as_int_if_whole(parsed)
        if value is not None and j == i and i > 0 and lowers[i - 1] == "between" and j + 3 < n \
                and lowers[j + 1] in ("and", "y", "e", "et") and doc[j + 2].like_num and lowers[j + 3] in _SCALE_TOKENS \
                and _shares_scale(value, num_text, doc[j + 2].text):
            # "between 4 and 5 million farmers", whose first figure the parser hung on the noun: the scale is
            # written once, for both figures (the range is one count at its lower bound)
            value = as_int_if_whole(value * nw.scales[lowers[j + 3]])
        if value is not None and j == i and i >= 2 and lowers[i - 2] == "of" and lowers[i - 1] in ("a", "an"):
            part = _PART_OF_A.search(text, max(0, start - 26), start)
            if part is not None:  # "a quarter of a million refugees", "three quarters of a million"
                start, value = part.start(), value * _PARTS[part["n"].lower()] / _PARTS[part["d"].lower().rstrip("s")]
        after = text[end : end + 12]
        hy = _HYPHEN_COUNT.match(text, end) if after[:1] == "-" else None
        if hy and value is not None and hy["w"].lower() in lex.hyphen_counts and value >= 2 and value == int(value) \
                and free(start, hy.end()):
            # "the 120-seat assembly": the compound counts its noun (120 seats)
            out.append((start, hy.end(), as_int_if_whole(value), lex.hyphen_counts[hy["w"].lower()], "count", False))
            i = j + 1
            continue
        if value is None or _PCT.match(after) or after[:1].isdigit() and _DIGIT.match(after) or not free(start, end):
            i = j + 1
            continue
        if i > 0 and lowers[i - 1] in ("several", "few", "many") and _LONE_SCALE.fullmatch(num_text):
            i = j + 1
            continue  # "several hundred protesters", "a few thousand": vague quantities, not 100 or 1,000
        if i > 0 and doc[i - 1].lower_.rstrip(".") in _LABELS:
            i = j + 1
            continue  # "type 2 diabetes", "Resolution 2334", "phase 3"
        if _SCORE_BEFORE.search(text[max(0, start - 2) : start]) and not text[max(0, start - 2) : start].endswith(" "):
            i = j + 1
            continue  # scores "4-0", times "3:30"
        head = doc[j]
        noun: Token | None = None
        if head.dep_ in ("nummod", "quantmod", "compound", "amod", "det") and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > j:
            noun = head.head
        elif j + 1 < n and doc[j + 1].pos_ in ("NOUN", "PROPN") and doc[j + 1].lower_ in lex.count_nouns:
            noun = doc[j + 1]
        elif head.dep_ in ("nummod", "quantmod", "compound") and head.head.i < i or spaced:
            # the parser hung the figure on a word before it ("released this Thursday 222 political
            # prisoners": 222 on Thursday; "600 000 Sudanese refugees", whose groups the parser split): the plural
            # noun after it, past its adjectives, is counted
            after_adj = j + 1
            while after_adj < n and after_adj <= j + 3 and doc[after_adj].pos_ == "ADJ":
                after_adj += 1
            if after_adj < n and doc[after_adj].pos_ == "NOUN" and doc[after_adj].tag_ == "NNS" \
                    and (spaced or doc[after_adj].head.i != head.head.i):
                noun = doc[after_adj]
        if noun is not None and noun.i > j + 1 and lowers[j + 1] in cue_words and noun.lower_ not in lex.count_nouns \
                and noun.lemma_.lower() not in lex.count_nouns:
            noun = None  # "the search of 44 missing continues": the cue word names the people counted
        partitive = part_of_count = mt_of = False
        second = j + 3
        if noun is None and j + 3 < n and doc[j + 1].lower_ == "of" and doc[j + 2].lower_ in ("its", "their", "his", "her", "our") \
                and doc[j + 3].lower_ in lex.count_nouns \
                and (doc[j + 3].tag_ == "NNS" or lex.count_nouns[doc[j + 3].lower_] == doc[j + 3].lower_):
            # "376 of its soldiers have died": the soldiers are counted; so are a collective noun's people,
            # whose plural is the word itself ("nine of its staff were killed", "12 of its personnel")
            noun, partitive = doc[j + 3], True
        elif noun is None and j + 3 < n and lowers[j + 1] == "of" and (k2 := _partitive_whole(doc, j + 2)) is not None \
                and doc[k2].dep_ == "nummod" and doc[k2].head.i > k2 \
                and doc[k2].head.tag_ == "NNS" and doc[k2].head.lower_ not in lex.not_counted \
                and (lowers[j + 2] in ("its", "their", "his", "her", "our") or value is not None and value >= 2):
            # "1,600 of its 32,000 residents remained": residents, the span the first figure only
            # (the second is a count of its own); "won 60 of the 120 seats", "25 of 90 seats", "37 of
            # the state's 80 seats" (not "one of the two")
            noun, partitive, part_of_count, second = doc[k2].head, True, True, k2
        elif noun is None and j > i and j + 2 < n and (lowers[j] in _SCALE_TOKENS or mt_scale) and lowers[j + 1] == "of" \
                and (lowers[j + 2] in lex.count_nouns and doc[j + 2].tag_ == "NNS"
                     or doc[j + 2].tag_ in ("NNS", "NNPS") and doc[j + 2].text[:1].isupper() and lowers[j + 2].endswith("s")
                     and (doc[j + 2].ent_type_ == "NORP" or lowers[j + 2][:-1] in lex.demonyms)
                     or doc[j + 2].tag_ == "NNS" and doc[j + 2].text.islower() and lowers[j + 2] not in lex.not_counted
                     and lowers[j + 2] not in lex.lengths):
            # MT "2 million of persons" (Spanish "millones de personas"), "10 million of Cubans", "2 million
            # of families": counted
            noun, mt_of = doc[j + 2], True
        unit: str | None = None
        span_end = end
        if noun is not None:
            low = noun.lower_
            comp = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
            as_written = False  # the unit is the counted noun's own word (a modifier may join it)
            if comp and f"{comp[-1].lower_} {low}" in lex.count_nouns:
                unit = lex.count_nouns[f"{comp[-1].lower_} {low}"]
            elif low in lex.count_nouns:
                unit, as_written = lex.count_nouns[low], low not in lex.aliases
            elif noun.lemma_.lower() in lex.count_nouns:
                unit, as_written = lex.count_nouns[noun.lemma_.lower()], noun.lemma_.lower() not in lex.aliases
            elif noun.text in lex.count_nouns:
                unit, as_written = lex.count_nouns[noun.text], True
            if unit is None and low in lex.kind_nouns:
                unit = "people"
            if unit is None and (noun.tag_ in ("NNS", "NNPS") or low in lex.invariant_plurals or _demonym_plural(noun, lex)) and low not in lex.not_counted \
                    and not (low == "rounds" and _TALK_ROUNDS.match(text, noun.idx + len(noun))) and (head.dep_ == "nummod" or doc[i].dep_ == "nummod" and head.lower_ in _SCALE_TOKENS or mt_of) and value >= 2 and (not _definite(doc, i, noun) or _in_partitive(doc, i) or _large_definite(num_text, value, lowers[i - 1] if i else "")):
                # any other counted thing: "80 missiles", "four IRIS-T systems", "10,000 million cubic meters"
                mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
                unit = noun.text if noun.text[:1].isupper() and not noun.is_sent_start else low
                as_written = unit == low
                if mods and f"{mods[-1].lower_} {low}" in lex.measures:
                    unit = f"{mods[-1].lower_} {low}"
                    as_written = False
            if unit is None and value == 1 and noun.tag_ == "NN" and head.dep_ == "nummod" and low.isalpha() \
                    and not noun.ent_type_ and _kind_for(noun, lex) in ("killed", "injured"):
                # "killing one spectator": a single casualty of any noun, counted in the plural
                unit, as_written = _plural(low, lex), True
            if unit is not None and as_written:
                # the counted noun keeps its noun modifiers ("40 rocket launchers", "3,000 army
                # reservists", "two navy ships"); adjectives, participles, nationality words and
                # names ("armoured vehicles", "U.S. troops", "Hamas fighters") are not kept
                unit = _modified_unit(noun, j, unit)
            if unit is not None and unit == noun.text and unit[:1].isupper() and noun.i - 1 > j:
                unit = _two_word_demonym(doc[noun.i - 1], noun, lex) or unit  # "173 South Koreans"
            if unit is None and part_of_count:
                unit = _modified_unit(noun, second, low)  # whatever the second figure counts ("of its 12,000 inhabitants")
            if unit is None and low == "others" and noun.i == j + 1:
                # "killed 5 fighters and wounded 6 others": the noun of the count before it
                prev = earlier_in_sentence(tok)
                if prev and (prev[-1][3] in people_units or prev[-1][3].rpartition(" ")[2] in people_units):
                    unit = "people" if prev[-1][3] in _GENERIC_PEOPLE else prev[-1][3]
                elif prev and prev[-1][4] != "count" and prev[-1][3] not in lex.not_counted:
                    unit = "people"  # "killing one spectator and wounding two others": people, of their own kind
            if unit is not None and not part_of_count:
                span_end = noun.idx + len(noun)
                pm = _PAIR_AFTER.match(text, span_end) if lex.pairs else None
                if pm and f"{low} and {pm['w'].lower()}" in lex.pairs:
                    unit, span_end = lex.pairs[f"{low} and {pm['w'].lower()}"], pm.end()  # "2,000 officers and soldiers"
            kind = (lex.kind_nouns.get(low) or _kind_for(doc[j] if partitive else noun, lex)) if unit else None
        if unit is None and noun is None and j + 2 < n and lowers[j + 1] == "of" and lowers[j + 2] in ("them", "whom") \
                and value >= 2 and value == int(value):
            # "killed 45 militants, 14 of them foreigners", "set 60 fires, 40 of them near homes": a part of
            # the count just before it in the text, in that count's unit
            # (not a distance: "115 km to the west, and 51 of them were flown abroad")
            prev = [o for o in out if o[1] <= start and not _SENT_BREAK.search(text, o[1], start) and o[3] not in _DISTANCES] or \
                [o for o in out if o[1] <= start and start - o[1] < 200 and o[3] not in _DISTANCES]
            if prev and prev[-1][2] > value and free(start, doc[j + 2].idx + 2):
                qm = _QUANT.search(text[max(0, start - 20) : start])
                s0 = start - len(qm.group(0)) if qm else start
                out.append((s0, doc[j + 2].idx + len(doc[j + 2]), as_int_if_whole(value), prev[-1][3],
                            _kind_for(doc[j], lex) or prev[-1][4], False))
                i = j + 3
                continue
        if unit is None and noun is None and j + 3 < n and lowers[j + 1] == "of" and lowers[j + 2] == "the" \
                and lowers[j + 3] in cue_words and value == int(value) and value >= 1:
            # "11 of the dead lived there", "three of the injured are children": people, of that kind
            qm = _QUANT.search(text[max(0, start - 20) : start])
            s0 = start - len(qm.group(0)) if qm else start
            e0 = doc[j + 3].idx + len(doc[j + 3])
            if free(s0, e0):
                kind = next(k for k, cues in lex.bare_cues.items() if lowers[j + 3] in cues)
                out.append((s0, e0, as_int_if_whole(value), "people", kind, False))
                i = j + 4
                continue
        if unit is None and noun is None and out and j + 1 < n and doc[j + 1].pos_ not in ("NOUN", "PROPN") \
                and value == int(value) and value >= 1 and not _PAST_YEAR.fullmatch(num_text):
            # "caused 131 people dead, among them 113 in Gansu and 18 in Qinghai": parts of the casualty
            # count before them in the sentence, in its unit and kind
            whole = next((o for o in reversed(out) if o[0] not in subsets), None)
            between = text[whole[1] : start] if whole is not None and whole[1] <= start else ""
            # "killed 16 people in Bangladesh and six in West Bengal", "11 patients were treated in Greece,
            # nine in Bulgaria": a bare figure set beside the count's place, for another place
            parallel = lowers[j + 1] == "in" and i > 0 and lowers[i - 1] in ("and", ",") and " in " in between
            if whole is not None and (whole[4] != "count" and value < whole[2] and _SUBSET_CUE.search(between) or parallel) \
                    and len(between) < 90 and not _SENT_BREAK.search(between) and free(start, end):
                # (a bare figure after "370 persons" is people, as in the sentence's counts below)
                out.append((start, end, as_int_if_whole(value), "people" if whole[3] in _GENERIC_PEOPLE else whole[3], whole[4], False))
                subsets.add(start)
                i = j + 1
                continue
        if unit is None and (value < 2 or not num_text[:1].isdigit() and num_text.lower() in ("one", "a", "an")) \
                and not (value == 1 and _one_more_of_a_toll(lowers, i, j, cue_words)):
            i = j + 1
            continue  # "no one", "one of the leaders"
        if unit is None:
            # a bare number next to a casualty word: "60 dead", "killing 12", "14 were arrested"
            kind = None
            nxt = doc[j + 1] if j + 1 < n else None
            # "285 were injured", "14 have been arrested": the cue after the auxiliaries
            k_aux = j + 1
            while k_aux < n and k_aux <= j + 2 and doc[k_aux].lower_ in _BARE_AUX:
                k_aux += 1
            if k_aux > j + 1 and k_aux < n:
                nxt = doc[k_aux]
            elif nxt is not None and nxt.ent_type_ == "NORP" and nxt.tag_ in ("JJ", "NNP") and j + 2 < n:
                nxt = doc[j + 2]  # "12 Palestinian dead": the cue after a nationality word
            for k, cues in lex.bare_cues.items():
                if nxt is not None and nxt.lower_ in cues:
                    kind = k
            if kind is None and noun is None:
                kind = _kind_for(head, lex)
                if kind is not None and head.dep_ not in ("dobj", "nsubjpass", "nsubj", "pobj", "conj", "attr"):
                    kind = None
            # "61 votes against 20", "from 5 people to 20": a figure set against the count just before it
            contrast = i >= 2 and doc[i - 1].lower_ in ("against", "versus", "vs", "to") and any(
                o[1] == doc[i - 2].idx + len(doc[i - 2]) for o in out)
            # "took 293 seats ... while the opposition won 234": an election result leaves the noun out
            elided = bool(out) and out[-1][3] in lex.elided_units and value == int(value) and not _PAST_YEAR.fullmatch(num_text)
            if kind is None and (noun is None or noun.i > j + 1) and (j > i or value >= 1000 or contrast or elided):
                # "17.4 million people backed Leave, against 16.1 million for Remain"
                prev = [o for o in out if doc.char_span(o[0], o[1], alignment_mode="expand") is not None
                        and doc.char_span(o[0], o[1], alignment_mode="expand").sent.start  # type: ignore[union-attr]  # not None: checked just above
                        == tok.sent.start]
                nxt_tok = doc[j + 1] if j + 1 < n else None
                if elided and not (j > i or value >= 1000 or contrast) and (not prev or prev[-1] is not out[-1]):
                    prev = []  # (the seats are counted in another sentence)
                if prev and (nxt_tok is None or nxt_tok.pos_ not in ("NOUN", "PROPN")):
                    qm = _QUANT.search(text[max(0, start - 20) : start])
                    s0 = start - len(qm.group(0)) if qm else start
                    if free(s0, end) and value == int(value):
                        # (a bare figure after "170 persons" is people: the README's rule for bare figures)
                        unit = "people" if prev[-1][3] in _GENERIC_PEOPLE else prev[-1][3]
                        out.append((s0, end, as_int_if_whole(value), unit, "count", False))
                    i = j + 1
                    continue
            if kind is None or (value is not None and 1000 <= value <= 2100 and "," not in num_text and re.fullmatch(r"\d{4}", num_text)):
                i = j + 1
                continue
            unit = "people"
        if not (value == int(value)) or value <= 0:
            i = j + 1
            continue
        qm = _QUANT.search(text[max(0, start - 20) : start])
        s0 = start - len(qm.group(0)) if qm else start
        if value == 1 and kind is None:
            i = j + 1
            continue  # "to one man", "one soldier said": a single thing counts only as a casualty or arrest
        if unit is not None and unit.lower() in lex.lengths and not _stretch_of(text, span_end, lex):
            i = j + 1
            continue  # rainfall ("572 mm of rain", "600 litres per square metre") is not counted
        half = _HALF_A.search(text, max(0, s0 - 12), s0) if _LONE_SCALE.fullmatch(num_text) else None
        if half is not None:
            s0, value = half.start(), value * 0.5  # "half a million citizens": the number words leave "half" out
        rng = _COUNT_RANGE_BEFORE.search(text, max(0, s0 - 30), s0) if s0 == start and "etween" in text[max(0, s0 - 30) : s0] else None
        if rng is not None:
            low_v = parse_number(rng["low"].replace(".", "")) if _dot_thousands(rng["low"], count=True) else parse_number(rng["low"])
            sc = _SCALE_IN_COUNT.search(num_text)
            if low_v and sc is not None and not _SCALE_IN_COUNT.search(rng["low"]) \
                    and (bare := parse_number(num_text[: sc.start()].strip() or "x")):
                # "between 2 and 3 million persons": the scale is written once, for both figures
                low_v = as_int_if_whole(low_v * value / bare)
            if low_v and low_v < value and free(rng.start(), span_end):
                s0, value = rng.start(), low_v  # "between 2,000 and 3,000 traders": the lower bound, as for sums
        if free(s0, span_end):
            out.append((s0, span_end, as_int_if_whole(value), unit, kind or "count", False))
        i = j + 1
    # vague quantities, kept only for casualty and arrest counts: "dozens of people were killed"
    vague_rx, vague_needs = _vague_re()
    folded = fold(text)
    for m in vague_rx.finditer(text) if any(w in folded for w in vague_needs) else ():
        # the counted noun: the last word of the next three that names people ("dozens of
        # Palestinian civilians" -> civilians)
        noun_m = None
        for w in re.finditer(r"[A-Za-z-]+", m["words"]):
            if w.group(0).lower() in lex.count_nouns:
                noun_m = w
            elif noun_m is not None:
                break
        if noun_m is None:
            # "dozens wounded", "hundreds were arrested"
            first = re.match(r"(?:were\s+|have\s+been\s+|had\s+been\s+|are\s+)?([A-Za-z]+)", m["words"])
            cue = first.group(1).lower() if first else ""
            kind = next((k for k, cues in lex.bare_cues.items() if cue in cues and k != "count"), None)  # (not "thousands displaced")
            if kind and not m.group(0).lower().startswith(("several", "a few")) and free(m.start(), m.end("q")):
                q = re.sub(r"\s+", " ", m["q"].lower())
                out.append((m.start(), m.end("q"), as_int_if_whole(nw.vague[q]), "people", kind, True))
            continue
        ns, ne = m.start("words") + noun_m.start(), m.start("words") + noun_m.end()
        sp = doc.char_span(ns, ne)
        if sp is None:
            continue
        kind = _kind_for(sp.root, lex)
        qsp = doc.char_span(m.start("q"), m.end("q"), alignment_mode="expand")
        if kind is None and qsp is not None and len(qsp):
            kind = _kind_for(qsp[-1], lex)
        if not kind or not free(m.start(), ne):
            continue
        unit = lex.count_nouns[noun_m.group(0).lower()]
        out.append((m.start(), ne, as_int_if_whole(nw.vague[re.sub(r"\s+", " ", m["q"].lower())]), unit, kind, True))
    out.sort()
    return out


_OF_NOUN = re.compile(r"\s+of\s+(?P<noun>[a-z]+)\b")


def _stretch_of(text: str, end: int, lex: AmountLexicon) -> bool:
    """"10,000 litres of fuel": a quantity of a thing (an "of" and a bare noun that is no
    precipitation) is counted; "572 mm of rain", "600 litres per square metre" are not."""
    m = _OF_NOUN.match(text, end)
    return m is not None and m["noun"] not in ("the", "a", "an", "its", "their", "his", "her") \
        and m["noun"] not in lex.precipitation


# -- the layer ------------------------------------------------------------------------------


_YEAR_GAP = re.compile(r"\s*(?:in|for|during|of|,)?\s*(?:fiscal\s+)?", re.IGNORECASE)


def _year_for(ctx: Context, doc: Doc, start: int, end: int) -> str | None:
    """The year a sum is tied to: a dated time expression on the same verb or right after it."""
    mentions = ctx.state.get("times") or []
    sp = doc.char_span(start, end, alignment_mode="expand")
    if sp is None or not len(sp) or not mentions:
        return None
    root = sp.root
    from .._times import _verb_of

    verb = _verb_of(root)
    sent = root.sent
    s_start, s_end = sent.start, sent.end
    best = None
    for m in mentions:
        v = m.time.value
        if not v or not v[:4].isdigit() or m.time.grain in ("duration", "time", "decade", "century"):
            continue
        if not (s_start <= m.head < s_end):
            continue
        h = doc[m.head]
        gap = ctx.prepared.clean[end : m.clean[0]] if m.clean[0] >= end else None
        tied = (
            (gap is not None and _YEAR_GAP.fullmatch(gap) is not None)
            or (verb is not None and m.anchor == verb.i)
            or root in h.ancestors
        )
        if tied:
            dist = abs(m.head - root.i)
            if best is None or dist < best[0]:
                best = (dist, v[:4])
    return best[1] if best else None


_DATELINE = re.compile(r"^\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.\- ]+?)\s*(?:,|\(|—|–|--|-\s)")
_CAP_WORDS = re.compile(r"\b[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?")


#: per gazetteer (by id, the object kept to check it): normalised country names and demonyms -> ISO3
_COUNTRY_TABLES: dict[int, tuple[object, dict[str, str], dict[str, str]]] = {}


def country_context(text: str) -> Counter[str]:
    """Which countries an article is about, from its dateline (weight 3), country names and
    nationality words (1 each): the evidence for reading "pesos" or "dinars"."""
    from .._places._gazetteer import load, norm

    gaz = load()
    out: Counter[str] = Counter()
    m = _DATELINE.match(text)
    if m:
        opts = [e for e, alias in gaz.lookup(m.group(1).strip()) if not alias and e.country]
        if opts:
            out[max(opts, key=lambda e: e.population).country] += 3  # type: ignore[index]
    tables = _COUNTRY_TABLES.get(id(gaz))
    if tables is None or tables[0] is not gaz:  # built once per gazetteer, not per call
        tables = _COUNTRY_TABLES[id(gaz)] = (
            gaz, {norm(e.name): iso for iso, e in gaz.countries.items()}, {k.casefold(): v for k, v in gaz.demonyms.items()})
    _, names, dem = tables
    for w in _CAP_WORDS.finditer(text):
        phrase = w.group(0)
        for cand in (phrase, *phrase.split()):
            iso = names.get(norm(cand)) or dem.get(cand.casefold())
            if iso:
                out[iso] += 1
                break
    return out


class AmountsLayer:
    name = "amounts"
    version = "v1"
    assigns: tuple[str, ...] = ("amounts",)
    requires: tuple[str, ...] = ()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lex = amount_lexicon()
        _grammar()

    def __call__(self, ctx: Context) -> None:
        doc = ctx.doc
        found: list[tuple[int, int, Amount]] = []
        text = ctx.prepared.clean
        money = find_money(text, lambda: country_context(text))
        for mf in money:
            if not _finite(mf.value):
                continue
            span = ctx.span((mf.start, mf.end))
            a = Amount(ctx.slice(span), span, mf.value, mf.unit, "money", _year_for(ctx, doc, mf.start, mf.end))
            found.append((mf.start, mf.end, a))
        taken = [(m.start, m.end) for m in money]
        for tm in ctx.state.get("times") or []:
            if tm.time.grain in ("year", "day", "month", "time", "duration", "decade", "part-of-day", "week"):
                taken.append(tm.clean)
        for s, e, value, unit, kind, approx in find_counts(doc, taken, self.lex, text):
            if not _finite(value):
                continue
            span = ctx.span((s, e))
            found.append((s, e, Amount(ctx.slice(span), span, value, unit, kind, None, approx)))
        found.sort(key=lambda x: x[0])
        amounts = [a for _, _, a in found]
        ctx.article.amounts.extend(amounts)
        ctx.state["amounts"] = amounts


def _finite(value: object) -> bool:
    """A figure too long for a float (hundreds of digits) is no amount: it would be written as
    Infinity, which JSON does not have."""
    return not isinstance(value, float) or math.isfinite(value)


def amounts_in(ctx: Context, span: Span | SpacySpan | Token) -> list[Amount]:
    """The amounts inside ``span`` (article offsets, or a spaCy span/token of ``ctx.doc``)."""
    if not isinstance(span, tuple):
        span = ctx.span(span)
    s, e = span
    return [a for a in ctx.state.get("amounts", ctx.article.amounts) if a.span[0] >= s and a.span[1] <= e]
