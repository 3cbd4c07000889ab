"""The amounts layer's tables: currency words (``data/amounts/currencies.yaml`` plus the ISO 4217
list from pycountry) and counts of people (``data/amounts/counts.yaml``), loaded once."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class AmountLexicon:
    symbols: dict[str, str]  # "US$" -> "USD"
    names: dict[str, str]  # lower-case name -> code ("australian dollars" -> "AUD")
    ambiguous: frozenset[str]
    dollar_codes: frozenset[str]
    iso_codes: frozenset[str]
    count_nouns: dict[str, str]  # lower-case singular or plural -> plural unit
    aliases: frozenset[str]  # count_nouns keys that name another word's unit ("elements" -> troops)
    invariant_plurals: frozenset[str]  # "aircraft": a plural the tagger reads as a singular
    hyphen_counts: dict[str, str]  # "seat" -> "seats": "a 120-seat assembly" counts 120 seats
    kinds: dict[str, tuple[str, ...]]  # kind -> lemmas / phrases
    bare_cues: dict[str, tuple[str, ...]]
    measures: frozenset[str]
    kind_nouns: dict[str, str]
    not_counted: frozenset[str]
    lengths: frozenset[str]  # units of rainfall, liquid volume and speed: not counted (but see _stretch_of)
    precipitation: frozenset[str]  # "572 mm of rain": a measure of weather, not of a thing
    by_country: dict[str, dict[str, str]]  # "pesos" -> {"CHL": "CLP", ...}
    symbols_by_country: dict[str, dict[str, str]]  # "Rs" -> {"NPL": "NPR", ...}
    dollar_countries: dict[str, frozenset[str]]  # "AUD" -> {"AUS"}
    pairs: dict[str, str]  # "officers and soldiers" -> "soldiers": a fixed pair of nouns that counts one
    # "took 293 seats, while the opposition won 234": units a bare figure after them in the sentence takes
    elided_units: frozenset[str] = frozenset()
    # "a population of 1,400 million", "turnout reached 1,200 million": words that make a bare figure after them a count
    head_count_words: frozenset[str] = frozenset()
    plurals: dict[str, str] = field(default_factory=dict)  # "thief" -> "thieves": plurals no ending rule gives
    demonyms: frozenset[str] = frozenset()  # lower-case nationality words ("ecuadorian"), the gazetteer's


def _load(name: str) -> Any:
    return yaml.safe_load(resources.files("dateline.data.amounts").joinpath(name).read_text("utf-8"))


def _demonym_forms(by_country: dict[str, dict[str, str]]) -> dict[str, str]:
    """"rwandan francs" -> RWF: each shared currency name after a nationality word of one of the
    countries that use it (the gazetteer's demonyms)."""
    from .._places._gazetteer import load

    dem: dict[str, list[str]] = {}
    for word, iso in load().demonyms.items():
        dem.setdefault(iso, []).append(word.lower())
    out: dict[str, str] = {}
    for name, table in by_country.items():
        for iso, code in table.items():
            for word in dem.get(iso, ()):
                out.setdefault(f"{word} {name}", code)
    return out


def _demonyms() -> frozenset[str]:
    from .._places._gazetteer import load

    return frozenset(w.lower() for w in load().demonyms)


def _own_demonym_forms(names: dict[str, str]) -> dict[str, str]:
    """"nigerian naira" -> NGN, "russian roubles" -> RUB: a one-country currency name after its own
    country's nationality word (the gazetteer's demonyms; an ISO 4217 code begins with its country's
    ISO 3166 alpha-2 code, which ties the two)."""
    import pycountry

    from .._places._gazetteer import load

    by_alpha2: dict[str, list[str]] = {}
    for word, iso in load().demonyms.items():
        c = pycountry.countries.get(alpha_3=iso)
        if c is not None:
            by_alpha2.setdefault(c.alpha_2, []).append(word.lower())
    out: dict[str, str] = {}
    for name, code in names.items():
        if " " in name or code.startswith("X"):
            continue  # (already qualified, or no country's own: XOF, XAF)
        for word in by_alpha2.get(code[:2], ()):
            out.setdefault(f"{word} {name}", code)
    return out


@functools.lru_cache(maxsize=1)
def amount_lexicon() -> AmountLexicon:
    import pycountry

    cur = _load("currencies.yaml")
    cnt = _load("counts.yaml")
    iso = frozenset(c.alpha_3 for c in pycountry.currencies)
    names = {str(k).lower(): str(v) for k, v in cur["names"].items()}
    exclude = {str(x).lower() for x in cur.get("derived_exclude") or ()}
    last: dict[str, set[str]] = {}
    for c in pycountry.currencies:
        last.setdefault(c.name.split()[-1].lower(), set()).add(c.alpha_3)
    for word, codes in last.items():
        if len(codes) == 1 and word.isalpha() and word not in exclude:
            (code,) = codes
            for form in (word, word + "s"):
                names.setdefault(form, code)
    by_country = {str(k).lower(): {str(c): str(v) for c, v in m.items()} for k, m in (cur.get("by_country") or {}).items()}
    for name, qualified in _demonym_forms(by_country).items():
        names.setdefault(name, qualified)
    for name, qualified in _own_demonym_forms(names).items():
        names.setdefault(name, qualified)
    nouns: dict[str, str] = {}
    for sing, plur in (cnt.get("count_nouns") or {}).items():
        nouns[str(sing).lower()] = str(plur)
        nouns[str(plur).lower()] = str(plur)
    for alias, plur in (cnt.get("aliases") or {}).items():
        nouns[str(alias).lower()] = str(plur)
    return AmountLexicon(
        symbols={str(k): str(v) for k, v in cur["symbols"].items()},
        names=names,
        ambiguous=frozenset(str(x).lower() for x in cur.get("ambiguous") or ()),
        dollar_codes=frozenset(cur.get("dollar_codes") or ()),
        iso_codes=iso | {"XBT"},
        count_nouns=nouns,
        aliases=frozenset(str(a).lower() for a in cnt.get("aliases") or ()),
        invariant_plurals=frozenset(str(x).lower() for x in cnt.get("invariant_plurals") or ()),
        hyphen_counts={str(k).lower(): str(v) for k, v in (cnt.get("hyphen_counts") or {}).items()},
        kinds={k: tuple(str(x).lower() for x in v) for k, v in (cnt.get("kinds") or {}).items()},
        bare_cues={k: tuple(str(x).lower() for x in v) for k, v in (cnt.get("bare_cues") or {}).items()},
        kind_nouns={str(k).lower(): str(v) for k, v in (cnt.get("kind_nouns") or {}).items()},
        measures=frozenset(str(x).lower() for x in cnt.get("measures") or ()),
        not_counted=frozenset(str(x).lower() for x in cnt.get("not_counted") or ()),
        lengths=frozenset(str(x).lower() for x in cnt.get("lengths") or ()),
        precipitation=frozenset(str(x).lower() for x in cnt.get("precipitation") or ()),
        by_country=by_country,
        symbols_by_country={str(k): {str(c): str(v) for c, v in m.items()} for k, m in (cur.get("symbols_by_country") or {}).items()},
        dollar_countries={str(k): frozenset(str(x) for x in v) for k, v in (cur.get("dollar_countries") or {}).items()},
        pairs={str(k).lower(): str(v) for k, v in (cnt.get("pairs") or {}).items()},
        elided_units=frozenset(str(x) for x in cnt.get("elided_units") or ()),
        head_count_words=frozenset(str(x).lower() for x in cnt.get("head_count_words") or ()),
        demonyms=_demonyms(),
        plurals={str(k).lower(): str(v) for k, v in (cnt.get("plurals") or {}).items()},
    )
