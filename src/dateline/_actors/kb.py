"""The actor knowledge base: entries, aliases, offices with dates, memberships, agent patterns.

Data (``dateline/data/kb``): the generated tables ``entries.tsv``, ``roles.tsv``,
``members.tsv``, ``agents.tsv`` (built by ``scripts/build_kb.py``), then the curated YAML in
``curated/`` and finally the user's extra files (``--kb-extra``, ``$DATELINE_KB_EXTRA``), all
merged by id. The compiled form is cached as a pickle in the user cache directory, keyed by
the hashes of every input file, so a warm load takes a fraction of a second.
"""

from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import io
import os
import pickle
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._errors import DatelineError
from .._records import Actor

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "kb"
CACHE_FORMAT = 10  # bump when the compiled structure or the merge rules change

KINDS = ("person", "state", "organization", "igo", "group", "population")
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
ISO3_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LEAF = "\0"

# alias types in the trie
NAME, SHORT, ADJ, METO, AGENT = "name", "short", "adj", "meto", "agent"


# -- normalisation -------------------------------------------------------------------------

_SPLIT = re.compile(r"[^\w'&+]+")
_DOT = re.compile(r"(?<=[^\W\d_])\.|\.(?=[^\W\d_])|^\.|\.$")


# letters NFKD does not take apart, as English text writes them ("Løkke" -> "Lokke", "Yılmaz")
_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                          "ı": "i", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "þ": "th", "Þ": "Th"})


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_LETTERS))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def dj_variant(name: str) -> str | None:
    """South Slavic "Đ" as English text usually writes it: "Zoran Đinđić" -> "Zoran Djindjic"."""
    return name.replace("Đ", "Dj").replace("đ", "dj") if "đ" in name.lower() else None


NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # "Ferdinand Marcos Jr.": the surname is Marcos


def name_words(name: str) -> tuple[str, ...]:
    """A person's name as match keys without a generational suffix, so that the last word is the
    surname ("Ferdinand Marcos Jr." -> ferdinand marcos; "Martin Luther King Jr." -> ... king)."""
    words = norm_words(name)
    while len(words) > 2 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    return words


@lru_cache(maxsize=65536)
def norm_words(text: str) -> tuple[str, ...]:
    """Match keys of a text: accents folded, lower case, dots and hyphens dropped.

    Both aliases and spaCy tokens go through this, so "U.S." == "US" and "Jong-un" == "Jong un".
    """
    t = fold(text).replace("\u2019", "'").replace("\u2018", "'")
    t = _DOT.sub("", t)  # "U.S." -> "us", but "2.7" stays two numbers
    out = []
    for w in _SPLIT.split(t):
        w = w.strip("'")
        if len(w) > 2 and w.endswith("'s"):
            out.append(w[:-2])  # "People's" as spaCy splits it: "People" + "'s"
            out.append("s")
        elif w:
            out.append(w)
    return tuple(out)


# name parts that are not a name on their own: a shortened name may not end on one
_PARTICLES = frozenset("al el ul ad bin ben ibn bint abu abou abd abdul abdel de da do dos das del della di du van von der la le y e".split())


_ABD = re.compile(r"\b(Abdul|Abdel|Abdoul)(?:[ -]([A-Z][a-z]{2,})|([a-z]{3,}))\b")


def compound_variants(name: str) -> list[str]:
    """An Arabic "Abdul"/"Abdel" compound written the other way: "Abdulrahman" <-> "Abdul Rahman"."""
    out = []
    for m in _ABD.finditer(name):
        pre, spaced, joined = m.group(1), m.group(2), m.group(3)
        alt = pre + spaced.lower() if spaced else pre + " " + joined.capitalize()
        out.append(name[:m.start()] + alt + name[m.end():])
    return out


def shortened_names(name: str) -> list[str]:
    """Forms of a person's full name with one part left out, as news text writes them: a middle
    part ("Bassirou Diomaye Faye" for Bassirou Diomaye Diakhar Faye, "Ali Bongo" for Ali Ben
    Bongo), a trailing extra surname ("Moussa Faki" for Moussa Faki Mahamat) or a patronymic
    "bin X" ("Abdullatif Al Zayani" for Abdullatif bin Rashid Al Zayani). Each form keeps
    at least two parts and does not end on a particle ("bin", "de")."""
    parts = name.split()
    if len(parts) < 3:
        return []
    out = []
    for i in range(1, len(parts)):
        rest = parts[:i] + parts[i + 1:]
        last = norm_words(rest[-1])
        if not last or last[-1] in _PARTICLES or len(last[-1]) < 3 or norm_words(rest[0])[:1] == ():
            continue
        if not (rest[0][:1].isupper() and rest[-1][:1].isupper()):
            continue  # "Bosnia and" is no name
        if i == len(parts) - 1 and norm_words(parts[-2])[-1:] and norm_words(parts[-2])[-1] in _PARTICLES:
            continue
        out.append(" ".join(rest))
    for i in range(1, len(parts) - 2):  # a patronymic "bin Rashid" as a whole
        if norm_words(parts[i]) in (("bin",), ("ibn",), ("ben",), ("bint",)):
            out.append(" ".join(parts[:i] + parts[i + 2:]))
    return out


def nasab_names(name: str) -> list[str]:
    """An Arabic full name as the press shortens it to the given name and the father's:
    "Mishal Al-Ahmad" for Mishal Al-Ahmad Al-Jaber Al-Sabah, "Tamim bin Hamad" for Tamim bin
    Hamad al-Thani (the father's name written "Al-X" or "bin X", more names after it)."""
    parts = name.split()
    if len(parts) >= 3 and re.match(r"(?i)al-\w", parts[1]):
        return [" ".join(parts[:2])]
    if len(parts) >= 4 and norm_words(parts[1]) in (("bin",), ("ibn",)):
        return [" ".join(parts[:3])]
    return []


def case_class(alias: str) -> str | tuple[bool, ...]:
    """How text tokens must look to match: 'upper' (an acronym: the text must be upper case
    too), 'any', or per normalised word whether it is capitalised in the alias (a name)."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    if not letters:
        return "any"
    if letters.isupper() and len(letters) <= 5:
        return "upper"
    if any(c.isupper() for c in alias):
        t = unicodedata.normalize("NFKD", alias).replace(".", "")
        words = [w.strip("'") for w in _SPLIT.split(t) if w.strip("'")]
        return tuple(w[:1].isupper() for w in words)
    return "any"


# -- records -------------------------------------------------------------------------------


@dataclass(slots=True)
class Role:
    role: str
    country: str | None
    sector: str
    start: str
    end: str
    asof: str
    org: str | None = None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:  # fast pickling of many small objects
        return (Role, (self.role, self.country, self.sector, self.start, self.end, self.asof, self.org))

    def active(self, date: str) -> bool:
        if self.start and date < self.start:
            return False
        if self.end:
            return date < self.end or (date == self.end and False)
        # open-ended: trust it for a year and a half past the date the source was current
        if self.asof and date > _add_days(self.asof, 550):
            return False
        return True


def _add_days(iso: str, days: int) -> str:
    try:
        return (_dt.date.fromisoformat(iso) + _dt.timedelta(days=days)).isoformat()
    except ValueError:
        return iso


@dataclass(slots=True)
class Entry:
    id: str
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    org_metonyms: dict[str, str] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    members: list[tuple[str, str, str]] = field(default_factory=list)
    executive: str | None = None
    parent: str | None = None
    source: str = "kb"

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (Entry, (self.id, self.kind, self.name, self.country, self.sector, self.wikidata, self.aliases,
                        self.short, self.adjectives, self.metonyms, self.org_metonyms, self.roles, self.members,
                        self.executive, self.parent, self.source))


@dataclass(slots=True)
class Agent:
    pattern: str
    sector: str
    form: str  # person | people | org
    role: str | None = None
    subordinate: bool = False
    curated: bool = False  # from curated/ or a user's file: trusted on its own, without a country

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (Agent, (self.pattern, self.sector, self.form, self.role, self.subordinate, self.curated))


# -- loading -------------------------------------------------------------------------------


class KBError(DatelineError):
    pass


@dataclass
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def _split(v: str) -> list[str]:
    return [x.strip() for x in v.split("|") if x.strip()] if v else []


def _read_tsv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for i, row in enumerate(reader, start=2):
            yield i, row


def _date_str(v: Any) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, _dt.date):
        return v.isoformat()
    return str(v).strip()


class KB:
    """The loaded knowledge base. Use :func:`load_kb` to get the cached instance."""

    def __init__(self) -> None:
        self.version = "none"
        self.entries: dict[str, Entry] = {}
        self.agents: dict[str, Agent] = {}
        self.by_iso: dict[str, str] = {}
        self.trie: dict[str, Any] = {}
        self.offices: dict[tuple[str, str], list[tuple[Role, str]]] = {}
        self.surnames: dict[str, set[str]] = {}
        self.name_index: dict[str, str] = {}
        self.parts: dict[str, set[str]] = {}  # organisation id -> ids of its bodies (transitively)

    # -- building ----------------------------------------------------------------------

    def add_entry(self, e: Entry, problems: list[Problem] | None = None) -> None:
        old = self.entries.get(e.id)
        if old is None:
            self.entries[e.id] = e
            if e.kind == "state" and e.country and e.id not in ("",):
                self.by_iso.setdefault(e.country, e.id)
            return
        # merge: lists extend, scalars given override
        for a in e.aliases:
            if a not in old.aliases and a != old.name:
                old.aliases.append(a)
        if e.name and e.name != old.name and e.source != "kb":
            if old.name not in old.aliases:
                old.aliases.append(old.name)
            if e.kind != "state":
                old.name = e.name
        for attr in ("short", "adjectives", "metonyms"):
            lst = getattr(old, attr)
            for a in getattr(e, attr):
                if a not in lst:
                    lst.append(a)
        old.org_metonyms.update(e.org_metonyms)
        # curated roles of the same office replace the source's open-ended guesses
        offices = {(r.role, r.country, r.org) for r in e.roles}
        old.roles = [o for o in old.roles if o.asof == "" or (o.role, o.country, o.org) not in offices]
        # a curated post at an organisation ends the source's open-ended spell that began before it
        # (a finance minister who became IMF chief is no longer the country's official)
        org_starts = sorted(r.start for r in e.roles if r.org and r.start)
        if org_starts:
            cut = []
            for o in old.roles:
                later = [st for st in org_starts if o.start < st]
                if o.asof and not o.end and not o.org and later:
                    o = Role(o.role, o.country, o.sector, o.start, _add_days(later[0], -1), o.asof, o.org)
                cut.append(o)
            old.roles = cut
        old.roles.extend(e.roles)
        for c, st, en in e.members:
            # a curated spell replaces the source's open-ended one for that country ("left in 2020")
            opened = [m for m in old.members if m[0] == c and not m[2]]
            if opened:
                old.members = [m for m in old.members if not (m[0] == c and not m[2])]
                st = st or min(m[1] for m in opened)
            old.members.append((c, st, en))
        for attr in ("country", "sector", "wikidata", "executive", "parent"):
            v = getattr(e, attr)
            if v:
                setattr(old, attr, v)
        if e.kind and e.kind != old.kind and e.source != "kb":
            old.kind = e.kind

    def compile(self) -> None:
        a: str | Agent  # an alias, then an agent
        self.trie = {}
        self.offices = {}
        self.surnames = {}
        self.name_index = {}
        self._merge_duplicate_people()
        for e in self.entries.values():
            if e.kind == "state" and e.country:
                self.by_iso[e.country] = e.id
        for e in self.entries.values():
            self._add_alias(e.name, e.id, NAME)
            self.name_index.setdefault(" ".join(norm_words(e.name)), e.id)
            for a in e.aliases:
                self._add_alias(a, e.id, NAME)
            for a in e.short:
                self._add_alias(a, e.id, SHORT)
            for a in e.adjectives:
                self._add_alias(a, e.id, ADJ)
            for a in e.metonyms:
                self._add_alias(a, e.id, METO)
            for a, sec in e.org_metonyms.items():
                self._add_alias(a, e.id, METO + ":" + sec)
            for r in e.roles:
                key = r.org or r.country or ""
                self.offices.setdefault((key, r.role), []).append((r, e.id))
            if e.kind == "person" and e.roles and any((r.end or "9999") >= "1990" for r in e.roles):
                for n in (e.name, dj_variant(e.name)):
                    words = name_words(n) if n else ()
                    if len(words) >= 2:
                        self.surnames.setdefault(words[-1], set()).add(e.id)
        for e in self.entries.values():
            seen: set[str] = set()
            p = e.parent if e.kind != "state" else None  # a territory is not part of its sovereign's name
            while p and p not in seen and p in self.entries:  # every ancestor knows its bodies
                seen.add(p)
                self.parts.setdefault(p, set()).add(e.id)
                p = self.entries[p].parent
        for a in self.agents.values():
            self._add_alias(a.pattern, a.pattern, AGENT)
        self._add_shortened_names()  # after the agents: "Foreign Minister" is a title, no one's name
        for lst in self.offices.values():
            lst.sort(key=lambda t: t[0].start)

    def _person_forms(self, e: Entry) -> set[str]:
        return {" ".join(norm_words(n)) for n in [e.name, *e.aliases] if n}

    def _merge_duplicate_people(self) -> None:
        """One person listed twice, from Phoenix and from Wikidata (or twice from Phoenix), becomes
        one entry, so a text mention resolves to one actor: a Phoenix person of the same country
        whose name or alias is the other's name or alias, or that name with one part left out
        ("Ali Ben Bongo" and Q57521 "Ali Bongo"; "Moussa Faki" and "Moussa Faki Mahamat"), is
        merged into the Wikidata entry (else into the one with the longer name); its names
        become aliases."""
        people = [e for e in self.entries.values() if e.kind == "person" and e.country]
        exact: dict[tuple[str, str], set[str]] = {}
        for e in people:
            for f in self._person_forms(e):
                exact.setdefault((e.country or "", f), set()).add(e.id)
        shorter: dict[tuple[str, str], set[str]] = {}
        for e in people:  # the name only: Phoenix aliases carry titles ("U.S. President Clinton")
            for n in [e.name]:
                for f in shortened_names(n or ""):
                    shorter.setdefault((e.country or "", " ".join(norm_words(f))), set()).add(e.id)
        pairs: set[tuple[str, str]] = set()
        for key, ids in exact.items():
            others = ids | shorter.get(key, set())
            if len(others) == 2:
                a, b = sorted(others)
                pairs.add((a, b))
        for key, ids in shorter.items():  # only a real name matches a shortened one ("Kim Jong" is no one)
            if key in exact and len(ids | exact[key]) == 2:
                a, b = sorted(ids | exact[key])
                pairs.add((a, b))
        for a, b in sorted(pairs):
            if a not in self.entries or b not in self.entries:
                continue
            ea, eb = self.entries[a], self.entries[b]
            phx_a, phx_b = a.startswith("dl:phx:"), b.startswith("dl:phx:")
            if not (phx_a or phx_b):
                continue  # two Wikidata people: namesakes, not duplicates
            if phx_a and not phx_b:
                keep, drop = eb, ea
            elif phx_b and not phx_a:
                keep, drop = ea, eb
            else:
                keep, drop = (ea, eb) if len(ea.name) >= len(eb.name) else (eb, ea)
            for n in [drop.name, *drop.aliases]:
                if n and n != keep.name and n not in keep.aliases:
                    keep.aliases.append(n)
            for attr in ("short", "adjectives", "metonyms"):
                lst = getattr(keep, attr)
                lst.extend(x for x in getattr(drop, attr) if x not in lst)
            if not keep.roles:
                keep.roles = list(drop.roles)
            keep.sector = keep.sector or drop.sector
            del self.entries[drop.id]

    def _add_shortened_names(self) -> None:
        """A person's full name with a middle or trailing part left out (:func:`shortened_names`),
        an Arabic name cut to the given and the father's name (:func:`nasab_names`), or with an
        Arabic "Abdul" compound written the other way (:func:`compound_variants`),
        is an alias when no other entry has that form or derives it."""
        owner: dict[str, set[str]] = {}
        orig: dict[tuple[str, str], str] = {}
        for e in self.entries.values():
            if e.kind != "person":
                continue
            for n in [e.name, *e.aliases]:
                for f in (shortened_names(n) + nasab_names(n) if n == e.name else []) + compound_variants(n or ""):
                    k = " ".join(norm_words(f))
                    owner.setdefault(k, set()).add(e.id)
                    orig.setdefault((k, e.id), f)
        for k, ids in owner.items():
            if len(ids) != 1 or self._leaf(tuple(k.split())):
                continue
            eid = next(iter(ids))
            self._add_alias(orig[(k, eid)], eid, NAME)

    def _add_alias(self, alias: str, eid: str, atype: str) -> None:
        dj = dj_variant(alias)
        if dj is not None:
            self._add_alias(dj, eid, atype)
        words = norm_words(alias)
        if len(words) > 1 and words[0] == "the" and atype != AGENT:
            words = words[1:]  # "the Kremlin": the article is matched around the name
            alias = alias.split(" ", 1)[1] if " " in alias else alias
        if not words:
            return
        node = self.trie
        for w in words:
            node = node.setdefault(w, {})
        payload = (eid, atype, case_class(alias) if atype != AGENT else "any")
        lst = node.setdefault(LEAF, [])
        if payload not in lst:
            lst.append(payload)

    # -- queries -----------------------------------------------------------------------

    def ids_for(self, name: str, parts: bool = True) -> set[str]:
        """Ids of entries having ``name`` as a name or alias (case-insensitive); ISO3 -> state.

        Parent-organisation matching: with ``parts`` (the default) an organisation's name also
        gives the ids of its bodies (``parent`` in the KB), so "European Union" covers the
        European Commission and "United Nations" the Security Council; a body's own name gives
        only the body."""
        out = self._ids(name)
        if parts:
            for eid in list(out):
                out |= self.parts.get(eid, set())
        return out

    def _ids(self, name: str) -> set[str]:
        name = name.strip()
        out: set[str] = set()
        if ISO3_RE.match(name) and name in self.by_iso:
            out.add(self.by_iso[name])
        if name in self.entries:
            out.add(name)
        words = norm_words(name)
        leaf = self._leaf(words)
        if not leaf and len(words) > 1 and words[0] == "the":
            leaf = self._leaf(words[1:])
        for eid, atype, _ in leaf:
            if atype != AGENT:
                out.add(eid)
        return out

    def _leaf(self, words: tuple[str, ...]) -> list[tuple[str, str, Any]]:
        node: Any = self.trie  # nested dicts of words, then None past a missing word
        for w in words:
            node = node.get(w)
            if node is None:
                return []
        return node.get(LEAF, [])

    def lookup(self, name: str, date: _dt.date | None = None) -> list[Actor]:
        """Actors that ``name`` can mean on ``date`` (names, aliases, ids, ISO3 codes)."""
        d = date.isoformat() if date else None
        return [self.actor(eid, d, text=name) for eid in sorted(self.ids_for(name, parts=False), key=self._rank)]

    def _rank(self, eid: str) -> tuple[int, int, str]:
        e = self.entries[eid]
        order = {"state": 0, "igo": 1, "group": 2, "organization": 3, "person": 4}.get(e.kind, 5)
        return (1 if eid.startswith("dl:phx:") else 0, order, eid)

    def active_roles(self, eid: str, date: str | None) -> list[Role]:
        e = self.entries[eid]
        if date is None:
            return []
        return [r for r in e.roles if r.active(date)]

    def actor(self, eid: str, date: str | None, text: str = "", span: tuple[int, int] | None = None,
              sector: str | None = None, resolved_by: str | None = None) -> Actor:
        e = self.entries[eid]
        country, sec, role = e.country, e.sector, None
        if e.kind == "person":
            act = self.active_roles(eid, date)
            if act:
                r = max(act, key=lambda r: (r.org is None, r.country == e.country,
                                            r.role in ("head_of_state", "head_of_government"), r.start))
                country = r.country if not r.org else (r.country or None)
                sec, role = r.sector or "GOV", r.role or None
            elif date and e.roles:
                past = [r for r in e.roles if r.end and r.end <= date]
                sec = ("ELI" if (e.sector or "GOV") == "GOV" else e.sector) if past else None
            if not country and not (act and act[0].org):
                country = e.country
        elif e.kind == "igo":
            country = None
        if sector:
            sec = sector
        return Actor(id=e.id, name=e.name, kind=e.kind if e.kind in KINDS else "organization", country=country or None,
                     sector=sec or None, wikidata=e.wikidata or None, text=text, span=span, role=role,
                     resolved_by=resolved_by)

    def office_holder(self, where: str, role: str, date: str | None) -> str | None:
        """The id of who held ``role`` in country/org ``where`` on ``date`` (None if unknown)."""
        if date is None:
            return None
        if role == "executive":
            e = self.entries.get(self.by_iso.get(where, ""), None)
            if e is not None and e.executive:
                role = e.executive
            else:
                hs = self.office_holder(where, "head_of_state", date)
                hg = self.office_holder(where, "head_of_government", date)
                return hs if hs and hs == hg else None
        cands = [(r, eid) for r, eid in self.offices.get((where, role), ()) if r.active(date)]
        if not cands:
            return None
        # prefer curated roles (asof empty), then the most recent start; a tie is unknown
        cands.sort(key=lambda t: (t[0].asof == "", t[0].start), reverse=True)
        best = cands[0]
        rivals = {eid for r, eid in cands if r.start == best[0].start and eid != best[1]
                  and (r.asof == "") == (best[0].asof == "")}
        return None if rivals else best[1]

    def is_member(self, org: str, country: str, date: str | None) -> bool:
        e = self.entries.get(org)
        if e is None:
            return False
        for c, s, t in e.members:
            if c == country and (date is None or ((not s or s <= date) and (not t or date <= t))):
                return True
        return False

    def members_of(self, org: str, date: str | None) -> list[str]:
        e = self.entries.get(org)
        if e is None:
            return []
        out = {c for c, _, _ in e.members if self.is_member(org, c, date)}
        return sorted(out)


# -- readers for the data files ------------------------------------------------------------


def _load_tables(kb: KB, d: Path) -> None:
    e: Entry | None
    for _, row in _read_tsv(d / "entries.tsv"):
        e = Entry(id=row["id"], kind=row["kind"], name=row["name"], country=row["country"] or None,
                  sector=row["sector"] or None, wikidata=row["wikidata"] or None, aliases=_split(row["aliases"]),
                  adjectives=_split(row["adjectives"]), metonyms=_split(row.get("metonyms") or ""))
        kb.entries[e.id] = e
    for _, row in _read_tsv(d / "roles.tsv"):
        e = kb.entries.get(row["id"])
        if e is not None:
            e.roles.append(Role(row["role"], row["country"] or None, row["sector"] or "GOV", row["start"], row["end"],
                                row["asof"]))
    for _, row in _read_tsv(d / "members.tsv"):
        e = kb.entries.get(row["org"])
        if e is None:
            e = kb.entries[row["org"]] = Entry(id=row["org"], kind="igo", name=row["org"])
        e.members.append((row["country"], row["start"], row["end"]))
    for _, row in _read_tsv(d / "agents.tsv"):
        kb.agents[row["pattern"]] = Agent(row["pattern"], row["sector"], row["form"])


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def _as_list(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return _split(v) if "|" in v else [v]
    return [str(x) for x in v]


ENTRY_FIELDS = {"id", "kind", "name", "country", "sector", "wikidata", "aliases", "short", "adjectives", "metonyms",
                "org_metonyms", "roles", "members", "executive", "parent", "role", "start", "end", "org"}
AGENT_FIELDS = {"pattern", "sector", "form", "role", "subordinate"}


def parse_actor(d: dict[str, Any], kb: KB | None, where: str, line: int, problems: list[Problem],
                source: str = "curated") -> Entry | None:
    """One actor record (YAML mapping or TSV row) -> Entry, reporting problems."""
    n0 = len(problems)

    def bad(msg: str) -> None:
        problems.append(Problem(where, line, msg))

    unknown = set(d) - ENTRY_FIELDS
    if unknown:
        bad(f"unknown field(s) {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(ENTRY_FIELDS))}")
    kind = str(d.get("kind") or "").strip()
    if kind not in KINDS:
        bad(f"kind {kind!r} must be one of {', '.join(KINDS)}")
    name = str(d.get("name") or "").strip()
    country = str(d.get("country") or "").strip() or None
    if country and not ISO3_RE.match(country):
        bad(f"country {country!r} must be an ISO 3166 alpha-3 code such as RUS")
    sector = str(d.get("sector") or "").strip() or None
    if sector and not re.fullmatch(r"[A-Z]{3}", sector):
        bad(f"sector {sector!r} must be a three-letter PLOVER/CAMEO code such as GOV")
    wikidata = str(d.get("wikidata") or "").strip() or None
    if wikidata and not re.fullmatch(r"Q\d+", wikidata):
        bad(f"wikidata {wikidata!r} must look like Q12345")
    eid = str(d.get("id") or "").strip()
    if not eid:
        if kind == "state" and country and kb is not None and country in kb.by_iso:
            eid = kb.by_iso[country]
        elif kb is not None and name and any(" ".join(norm_words(n)) in kb.name_index
                                             for n in [name] + _as_list(d.get("aliases"))):
            # an existing entry of that name (or of one of the aliases, for spelling variants)
            eid = next(kb.name_index[k] for k in (" ".join(norm_words(n)) for n in [name] + _as_list(d.get("aliases")))
                       if k in kb.name_index)
        elif name:
            eid = "dl:" + slug(name)
        else:
            bad("a record needs an id or a name")
    if re.fullmatch(r"Q\d+", eid) and not wikidata:
        wikidata = eid
    if not name and not (kb is not None and eid in kb.entries):
        bad("name is missing (needed for a new actor)")
    roles: list[Role] = []
    raw_roles = list(d.get("roles") or [])
    if d.get("role"):
        raw_roles.append({"role": d.get("role"), "country": country, "start": d.get("start"), "end": d.get("end"),
                          "org": d.get("org")})
    for r in raw_roles:
        if not isinstance(r, dict) or not r.get("role"):
            bad(f"role {r!r} needs at least a 'role' name")
            continue
        s, t = _date_str(r.get("start")), _date_str(r.get("end"))
        for lab, v in (("start", s), ("end", t)):
            if v and not DATE_RE.match(v):
                bad(f"role {r.get('role')}: {lab} {v!r} must be YYYY-MM-DD")
        if s and t and t < s:
            bad(f"role {r.get('role')}: end {t} is before start {s}")
        rc = str(r.get("country") or "").strip() or (None if r.get("org") else country)
        if rc and not ISO3_RE.match(rc):
            bad(f"role {r.get('role')}: country {rc!r} must be ISO3")
        roles.append(Role(str(r["role"]), rc, str(r.get("sector") or sector or "GOV"), s, t, "", r.get("org") or None))
    members = []
    for m in d.get("members") or []:
        if not isinstance(m, dict) or not ISO3_RE.match(str(m.get("country") or "")):
            bad(f"member {m!r} needs country: ISO3")
            continue
        members.append((str(m["country"]), _date_str(m.get("start")), _date_str(m.get("end"))))
    if len(problems) > n0:
        return None
    return Entry(id=eid, kind=kind, name=name, country=country, sector=sector, wikidata=wikidata,
                 aliases=_as_list(d.get("aliases")), short=_as_list(d.get("short")),
                 adjectives=_as_list(d.get("adjectives")), metonyms=_as_list(d.get("metonyms")),
                 org_metonyms={str(k): str(v) for k, v in (d.get("org_metonyms") or {}).items()},
                 roles=roles, members=members, executive=d.get("executive") or None, parent=d.get("parent") or None,
                 source=source)


def parse_agent(d: dict[str, Any], where: str, line: int, problems: list[Problem]) -> Agent | None:
    n0 = len(problems)
    unknown = set(d) - AGENT_FIELDS
    if unknown:
        problems.append(Problem(where, line, f"unknown agent field(s) {', '.join(sorted(unknown))}"))
    pat = str(d.get("pattern") or "").strip().lower()
    sector = str(d.get("sector") or "").strip()
    form = str(d.get("form") or "person").strip()
    if not pat:
        problems.append(Problem(where, line, "agent needs a pattern"))
    if not re.fullmatch(r"[A-Z]{3}", sector):
        problems.append(Problem(where, line, f"agent {pat!r}: sector {sector!r} must be a three-letter code"))
    if form not in ("person", "people", "org"):
        problems.append(Problem(where, line, f"agent {pat!r}: form {form!r} must be person, people or org"))
    if len(problems) > n0:
        return None
    return Agent(pat, sector, form, d.get("role") or None, bool(d.get("subordinate")), True)


def read_extra(path: str | Path, kb: KB | None, problems: list[Problem], source: str = "extra"
               ) -> tuple[list[Entry], list[Agent]]:
    """Read a YAML (``actors:``/``agents:`` lists) or TSV extra file; problems are appended."""
    p = Path(path)
    where = str(p)
    entries: list[Entry] = []
    agents: list[Agent] = []
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(where, 0, f"cannot read: {exc}"))
        return entries, agents
    if p.suffix.lower() in (".tsv", ".tab", ".txt"):
        reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
        if not reader.fieldnames or "kind" not in reader.fieldnames and "pattern" not in reader.fieldnames:
            problems.append(Problem(where, 1, "the first line must be a header naming the columns, e.g. "
                                              "id<TAB>kind<TAB>name<TAB>aliases<TAB>country<TAB>sector"))
            return entries, agents
        for i, row in enumerate(reader, start=2):
            row = {k: v for k, v in row.items() if k is not None and v not in (None, "")}
            if None in row:
                problems.append(Problem(where, i, "more cells than header columns"))
                continue
            if "pattern" in reader.fieldnames:
                a = parse_agent(row, where, i, problems)
                if a:
                    agents.append(a)
            else:
                e = parse_actor(row, kb, where, i, problems, source)
                if e:
                    entries.append(e)
        return entries, agents
    import yaml

    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        node = yaml.compose(text, Loader=loader)
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.append(Problem(where, (mark.line + 1) if mark else 0, f"YAML syntax error: {getattr(exc, 'problem', exc)}"))
        return entries, agents
    if data is None:
        return entries, agents
    if not isinstance(data, dict) or not (set(data) <= {"actors", "agents"}):
        problems.append(Problem(where, 1, "the file must be a mapping with 'actors:' and/or 'agents:' lists"))
        return entries, agents
    lines: dict[str, list[int]] = {}
    if node is not None and hasattr(node, "value"):
        for knode, vnode in node.value:
            if hasattr(vnode, "value") and isinstance(vnode.value, list):
                lines[knode.value] = [getattr(item, "start_mark").line + 1 for item in vnode.value]
    for key in ("actors", "agents"):
        items = data.get(key) or []
        if not isinstance(items, list):
            problems.append(Problem(where, 1, f"{key!r} must be a list"))
            continue
        for j, item in enumerate(items):
            ln = lines.get(key, [])[j] if j < len(lines.get(key, [])) else 0
            if not isinstance(item, dict):
                problems.append(Problem(where, ln, f"{key} item must be a mapping, got {item!r}"))
                continue
            if key == "actors":
                e = parse_actor(item, kb, where, ln, problems, source)
                if e:
                    entries.append(e)
            else:
                a = parse_agent(item, where, ln, problems)
                if a:
                    agents.append(a)
    return entries, agents


def _apply(kb: KB, entries: list[Entry], agents: list[Agent]) -> None:
    for e in entries:
        kb.add_entry(e)
        if e.kind == "state" and e.country:
            kb.by_iso.setdefault(e.country, e.id)
        kb.name_index.setdefault(" ".join(norm_words(e.name)), e.id) if e.name else None
    for a in agents:
        old = kb.agents.get(a.pattern)
        if old is None:
            kb.agents[a.pattern] = a
        else:
            old.sector, old.form = a.sector, a.form
            old.role = a.role or old.role
            old.subordinate = a.subordinate or old.subordinate
            old.curated = True


def _cache_dir() -> Path:
    base = os.environ.get("DATELINE_CACHE") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


# the compiling code as this process imported it: a cache key read from the file at load time
# would let a process that imported an older kb.py file its compile under the newer file's key
_SOURCE = Path(__file__).read_bytes()


def _hash_files(paths: Iterable[Path]) -> str:
    h = hashlib.sha256(str(CACHE_FORMAT).encode())
    h.update(_SOURCE)
    for p in paths:
        h.update(str(p).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:20]


def curated_files(d: Path = DATA_DIR) -> list[Path]:
    return sorted((d / "curated").glob("*.yaml"))


def build_kb(extra: Iterable[str] = (), data_dir: Path = DATA_DIR, strict: bool = True) -> KB:
    """Load and compile the KB without the cache."""
    f: Path | str  # a curated file, then an extra one
    kb = KB()
    kb.version = (data_dir / "VERSION").read_text(encoding="utf-8").strip() if (data_dir / "VERSION").exists() else "none"
    _load_tables(kb, data_dir)
    for e in kb.entries.values():
        if e.kind == "state" and e.country:
            kb.by_iso[e.country] = e.id
        kb.name_index.setdefault(" ".join(norm_words(e.name)), e.id)
    problems: list[Problem] = []
    for f in curated_files(data_dir):
        ents, ags = read_extra(f, kb, problems, source="curated")
        _apply(kb, ents, ags)
    if problems:
        raise KBError("bundled KB has errors:\n" + "\n".join(map(str, problems)))
    extra = list(extra)
    for f in extra:
        ents, ags = read_extra(f, kb, problems, source="extra")
        _apply(kb, ents, ags)
    if problems and strict:
        raise KBError("errors in --kb-extra file(s) (check them with `dateline kb validate FILE`):\n"
                      + "\n".join(map(str, problems[:20])))
    if extra:
        kb.version += "+extra"
    kb.compile()
    return kb


_LOADED: dict[tuple[str, ...], KB] = {}


def load_kb(extra: Iterable[str] = ()) -> KB:
    """The knowledge base (bundled data plus ``extra`` files), cached in memory and on disk."""
    extra_t = tuple(str(x) for x in extra)
    if extra_t in _LOADED:
        return _LOADED[extra_t]
    files = [DATA_DIR / n for n in ("VERSION", "entries.tsv", "roles.tsv", "members.tsv", "agents.tsv")]
    files += curated_files() + [Path(x) for x in extra_t]
    try:
        key = _hash_files(f for f in files if f.exists())
    except OSError as exc:
        raise KBError(f"cannot read a KB file: {exc}") from None
    cache = _cache_dir() / f"kb-{key}.pickle"
    kb: KB | None = None
    if cache.exists() and not os.environ.get("DATELINE_NO_CACHE"):
        import gc

        gc_was = gc.isenabled()
        gc.disable()  # unpickling many small objects is several times faster without the collector
        try:
            with open(cache, "rb") as fh:
                kb = pickle.load(fh)
        except Exception:  # noqa: BLE001 - a stale or broken cache is rebuilt
            kb = None
        finally:
            if gc_was:
                gc.enable()
    if kb is None:
        kb = build_kb(extra_t)
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump(kb, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache)
        except OSError as exc:
            print(f"dateline: could not cache the KB ({exc}); it will be rebuilt next time", file=sys.stderr)
    _LOADED[extra_t] = kb
    return kb
