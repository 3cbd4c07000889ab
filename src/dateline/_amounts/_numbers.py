"""Reading numbers written in digits or words ("1,500", "1.5", "twenty-five", "two hundred").

Shared by the times and amounts layers; the word lists live in ``data/amounts/numbers.yaml``.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class NumberWords:
    units: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, float]

    @property
    def word_pattern(self) -> str:
        """A regex alternative that matches one number written in words (no digits)."""
        one = "(?:" + trie_alternation(w for w in self.units if w not in ("a", "an", "half")) + ")"
        big = "(?:hundred|thousand|million|billion|trillion)"
        return rf"{one}(?:[\s-]+(?:and\s+)?(?:{one}|{big}))*"


def trie_alternation(words: Iterable[str]) -> str:
    r"""A regex that matches the same literals as ``w1|w2|...`` with the longest written first,
    factored into a tree by shared prefixes ("seven(?:t(?:een|y))?") so that the engine tries
    a few branches at each position instead of every word; a space matches any whitespace.
    Of the words that match at one place (each a prefix of the next), the longer is tried first,
    as the longest-first list does. A run of spaces in a word counts as one space (two ``\s+``
    in a row would let the shared prefix take the whitespace the longer word needs)."""
    trie: dict[str, Any] = {}
    for w in words:
        w = re.sub(" +", " ", w)
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [(r"\s+" if k == " " else re.escape(k)) + emit(node[k]) for k in sorted(node) if k]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# The only characters that case-insensitive matching equates with an ASCII letter while lower()
# does not: the dotted and dotless i, the long s (U+212A, the Kelvin sign, lower()s to k).
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def fold(text: str) -> str:
    """``text`` lower-cased so that a literal a case-insensitive pattern matches is a substring
    of it at the same offsets (the times and amounts prefilters search it)."""
    return text.translate(_FOLD).lower()


#: characters of text one regex scan covers in the time of one anchored match (measured: ~40-80)
_MATCH_COST = 48


def literal_hits(rx: re.Pattern[str], text: str, folded: str | None, leads: tuple[str, ...],
                 seen: dict[str, list[int]] | None = None) -> list[re.Match[str]]:
    """``list(rx.finditer(text))``, where every match of ``rx`` starts with one of ``leads``
    (folded literals): they are looked up in ``folded`` (``fold(text)``, the same length) with
    ``str.find`` and ``rx`` is tried only there, leftmost first, going on after each match as
    ``finditer`` does. Without leads or ``folded``, or where the leads are common, the plain scan.
    ``seen``: where each literal was found in this ``folded`` (callers that scan one text for
    several patterns share it: three lookups in four were of a literal another pattern had
    looked up already)."""
    if not leads or folded is None or len(folded) != len(text):
        return list(rx.finditer(text))
    limit = len(text) // _MATCH_COST
    starts: list[int] = []
    for lit in leads:
        at = seen.get(lit) if seen is not None else None
        if at is None:
            at = []
            i = folded.find(lit)
            while i >= 0:
                at.append(i)
                i = folded.find(lit, i + 1)
            if seen is not None:
                seen[lit] = at
        starts += at
        if len(starts) > limit:  # common literals: one scan is cheaper than a match at each
            return list(rx.finditer(text))
    starts.sort()
    out: list[re.Match[str]] = []
    pos = 0
    for i in starts:
        if i < pos:  # inside the last match: finditer goes on from its end
            continue
        m = rx.match(text, i)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _load_yaml(package: str, name: str) -> Any:
    return yaml.safe_load(resources.files(package).joinpath(name).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def number_words() -> NumberWords:
    d = _load_yaml("dateline.data.amounts", "numbers.yaml") or {}
    return NumberWords(
        units={str(k).lower(): float(v) for k, v in (d.get("units") or {}).items()},
        scales={str(k).lower(): float(v) for k, v in (d.get("scales") or {}).items()},
        vague={str(k).lower(): float(v) for k, v in (d.get("vague") or {}).items()},
    )




DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_DIGITS_RE = re.compile(rf"^(?:{DIGITS})$")


def parse_number(text: str) -> float | None:
    """The value of a number in digits ("1,500.5") or words ("two hundred and five"); None if not one."""
    t = text.strip().lower().replace("\u2009", "").replace(" ", " ")
    if not t:
        return None
    if _DIGITS_RE.match(t):
        v = float(t.replace(",", ""))
        return v if math.isfinite(v) else None  # hundreds of digits: no number a float can hold
    nw = number_words()
    # "two and a half million" (2.5 million), "a quarter of a billion" (0.25 billion), "three
    # quarters of a million": a fraction is added to the figure before the scale
    t = re.sub(r"\b(?:and\s+)?a\s+half\b", " +half ", t)
    t = re.sub(r"\b(?:an?|one)\s+(quarter|third)s?\s+of\s+an?\b", r" +\1 ", t)
    t = re.sub(r"\b(two|three)\s+(quarter|third)s\s+of\s+an?\b", r" +\1\2 ", t)
    t = re.sub(r"\bhalf\s+(?:of\s+)?an?\b", " +half ", t)
    fractions = {"+half": 0.5, "+quarter": 0.25, "+third": 1 / 3, "+threequarter": 0.75, "+twothird": 2 / 3}
    words = [w for w in re.split(r"[\s-]+", t) if w and w != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for k, w in enumerate(words):
        if w in fractions:
            current += fractions[w]
            seen = True
            continue
        if re.fullmatch(r"\d{1,3},\d{1,2}", w) and k + 1 < len(words) and words[k + 1] in nw.scales:
            current += float(w.replace(",", "."))  # a decimal comma before a scale: "2,3 million"
            seen = True
            continue
        if w in ("dozen", "score") and current:
            current *= nw.units.get(w, 12.0 if w == "dozen" else 20.0)  # "two dozen" = 24
            seen = True
        elif w in nw.units:
            current += nw.units[w]
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in ("thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"):
            total += (current or 1) * nw.scales[w]
            current = 0.0
            seen = True
        else:
            try:
                current += float(w.replace(",", ""))
                seen = True
            except ValueError:
                return None
    return total + current if seen else None


def as_int_if_whole(x: float) -> float | int:
    """150000000000.0 -> 150000000000; 1.5 stays 1.5 (rounding away float noise); an infinite or
    NaN value (320 nines in a row) is returned as it is, for the layer to drop."""
    if not math.isfinite(x):
        return x
    r = round(x)
    if abs(x - r) < 1e-6 * max(1.0, abs(x)):
        return int(r)
    return x
