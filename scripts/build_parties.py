#!/usr/bin/env python3
"""Build ``src/dateline/data/kb/curated/parties.yaml``: the political parties of the heads of
state and government, from the party column of the Wikidata leader extracts.

    python scripts/build_parties.py [--shared ../shared] [--out src/dateline/data/kb/curated/parties.yaml]

Reads (build time only; the package never reads ../shared at run time):
  data/actors/wikidata/leaders_history.csv   heads of state/government, column `party` (CC0)
  data/actors/wikidata/leaders_current.csv   the same for the leaders in office (CC0)
and the bundled KB (tables and curated YAML, except parties.yaml itself) to leave out labels that
are already a KB name.

A party label (split on '|') is kept when it is given for exactly one country, a KB state; a
leader holding it was in office since 1990 (no end date, or one in 1990 or later); it starts with a
capital, has no parenthesis and is three characters or more; it is two words or more not all
generic ('Democratic Party', 'National Front'), or an acronym of four capitals or more (or one of
the national acronyms of THREE) that no common abbreviation shares (COLLIDE); and no KB entry
other than a party (id dl:pty:...) has it as a name or alias. Kind group, sector PTY, the country
of its leaders; id dl:pty:<slug of the name>. See docs/actors.md ('Parties'). The output is
generated: hand edits (full names of acronyms, other parties) go to curated/groups.yaml.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import tempfile
import unicodedata
from pathlib import Path

from dateline._actors.kb import KB, build_kb

ROOT = Path(__file__).resolve().parents[1]
KB_DIR = ROOT / "src" / "dateline" / "data" / "kb"
OUT = KB_DIR / "curated" / "parties.yaml"
LEADER_FILES = ("leaders_history.csv", "leaders_current.csv")
#: the committed file's id prefix; entries of that prefix elsewhere (groups.yaml) are hand
#: additions to these same parties, not names that rule a label out
PREFIX = "dl:pty:"

#: words that alone make no party name ("Democratic Party", "National Front", "Union for Progress")
GENERIC = set("""party parti partido parties democratic democrats democrat national nationalist socialist socialists labour labor
liberal liberals conservative conservatives republican republicans people's peoples people popular union front movement congress
progressive progressives social christian green greens communist communists workers' workers worker new united alliance for of the and
reform reformist justice development freedom independent independents democracy rally coalition league citizens civic civil citizen
revolutionary revolution unity solidarity left right centre center radical radicals federal federation organization organisation
list bloc group association council assembly convention forum initiative action renewal renaissance
constitutional constitution state republic patriotic patriots democratic-republican moderate moderates agrarian
peasants farmers country's our a an in to on with by de la del los las du des y et e do da das dos
""".split())
#: acronyms a news text uses for something else or for several parties (left out)
COLLIDE = {"PPP", "TPP", "DPP", "INC", "CNMI", "NCL", "USA", "CREO", "ARENA", "UDF", "NDP", "PDP", "CDP", "APC",
           "PRD", "PRI", "PAN", "UNP", "DUP", "SNP", "MOVER", "PAIS", "RETE", "S&D"}
#: three-capital acronyms of national parties that the news uses unambiguously
THREE = {"BJP", "BNP", "CCM", "PTI", "PML", "CPP", "PAP", "LDP", "DPJ", "ANO", "MMD"}

HEADER = """\
# Political parties of the heads of state and government, derived from the Wikidata leader
# extracts (../shared/data/actors/wikidata/leaders_history.csv and leaders_current.csv, column
# `party`, split on '|'): a label named for exactly one country, held by a leader in office since
# 1990, and not already a KB name; of at least two words not all generic ('Democratic Party',
# 'National Front' are left out), or an acronym of four capitals or more (three for a short list
# of national parties: BJP, BNP, PTI ...) that no common abbreviation shares (NPP, NDC, CPI, TPP
# are left out). Kind group, sector PTY, the country of its leaders (docs/actors.md, 'Parties').
# Generated: hand edits (full names of acronyms, other parties) go to groups.yaml.
actors:
"""


def slug(s: str) -> str:
    """ASCII id slug: decomposed, every non-ASCII character dropped (accents, but also '’', 'ʻ',
    '—': "People’s" -> peoples), then runs of other non-alphanumerics -> '-' ("People's" -> people-s)."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def load_kb_without_parties(kb_dir: Path = KB_DIR) -> KB:
    """The bundled KB built from its tables and the curated files other than parties.yaml (the
    file this script writes must not rule out its own names)."""
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        for f in kb_dir.iterdir():
            if f.is_file():
                (d / f.name).symlink_to(f)
        (d / "curated").mkdir()
        for f in sorted((kb_dir / "curated").glob("*.yaml")):
            if f.name != OUT.name:
                (d / "curated" / f.name).symlink_to(f)
        return build_kb(data_dir=d)


def read_leaders(wikidata: Path) -> tuple[dict[str, set[str]], dict[str, bool]]:
    """Party label -> the ISO3 codes of its leaders, and whether one was in office since 1990."""
    countries: dict[str, set[str]] = collections.defaultdict(set)
    recent: dict[str, bool] = collections.defaultdict(bool)
    for name in LEADER_FILES:
        with open(wikidata / name, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                for p in r["party"].split("|"):
                    p = p.strip()
                    if not p:
                        continue
                    countries[p].add(r["iso3"])
                    end = r["end"][:10]
                    if not end or end >= "1990":
                        recent[p] = True
    return countries, recent


def is_kb_name(kb: KB, name: str) -> bool:
    return any(not i.startswith(PREFIX) for i in kb.ids_for(name))


def select(countries: dict[str, set[str]], recent: dict[str, bool], kb: KB) -> list[tuple[str, str]]:
    """(name, ISO3) of the labels kept, in the label's code-point order."""
    out: list[tuple[str, str]] = []
    for p, isos in sorted(countries.items()):
        if len(isos) != 1 or not recent[p]:
            continue
        iso = next(iter(isos))
        if iso not in kb.by_iso:
            continue
        if not p[:1].isupper() or "(" in p or len(p) < 3:
            continue
        p = p.replace("\u2013", "-")
        words = re.findall(r"[\w'’-]+", p.lower())
        caps = len(re.sub(r"[^A-Z]", "", p))
        if len(words) < 2 and not (p.isupper() and (caps >= 4 or p in THREE) and p not in COLLIDE):
            continue
        if all(w in GENERIC for w in words):
            continue
        if is_kb_name(kb, p):
            continue
        out.append((p, iso))
    return out


def render(parties: list[tuple[str, str]]) -> str:
    lines = [HEADER]
    seen: set[str] = set()
    for name, iso in parties:
        eid = PREFIX + slug(name)
        if eid in seen:
            raise SystemExit(f"build_parties: two parties give the id {eid}")
        seen.add(eid)
        lines.append(f"  - {{id: {eid}, kind: group, name: {json.dumps(name, ensure_ascii=False)}, "
                     f"country: {iso}, sector: PTY}}\n")
    return "".join(lines)


def build(shared: Path, out: Path) -> int:
    countries, recent = read_leaders(shared / "data" / "actors" / "wikidata")
    parties = select(countries, recent, load_kb_without_parties())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(parties), encoding="utf-8")
    return len(parties)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args(argv)
    n = build(Path(a.shared), Path(a.out))
    print(f"{n} parties -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
