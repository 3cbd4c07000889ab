#!/usr/bin/env python3
"""Build ``src/dateline/data/plover/ontology.yaml`` from the PLOVER sources.

Usage::

    python scripts/build_ontology.py [SHARED_PLOVER_DIR] [OUTPUT]

Reads ``PLOVER_MANUAL.tex`` (quad classes, PLOVER scores per type and mode, context names)
and ``CAMEO2PLOVER-2021.txt`` (CAMEO code -> type, mode, context). Both come from
openeventdata/PLOVER (cite PLOVER). The output is committed; dateline never reads the
sources at run time.

Decisions taken where the sources disagree or are incomplete (all recorded in the output):
- SANCTION is quad class 4 (material conflict): the per-type section and the summary table say
  so; only the numeric quad table lists it under verbal conflict.
- ACCUSE's type score is printed as +3 in the scores table; every ACCUSE mode is negative, so
  the sign is taken as a typo and -3 is used.
- CAMEO-table modes that the manual's mode list lacks are mapped with MODE_ALIASES; CAMEO-table
  contexts that the manual's context list lacks are mapped with CONTEXT_ALIASES.
- CAMEO_FIXES recodes table rows the manual's own text contradicts: 163 (embargo, boycott,
  sanctions) is SANCTION/discontinue, as the manual's SANCTION section codes international
  sanctions, not the table's COERCE/restrict.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = ROOT.parent.parent / "shared" / "data" / "plover"
if not DEFAULT_SRC.exists():
    DEFAULT_SRC = Path("/work/shared/data/plover")
DEFAULT_OUT = ROOT / "src" / "dateline" / "data" / "plover" / "ontology.yaml"

TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
# from the manual's summary table ("Requires Recipient")
REQUIRES_RECIPIENT = {"COOPERATE", "AID", "PROTEST", "SANCTION"}
SIGN_FIXES = {("ACCUSE", None): -3.0}

MODE_ALIASES = {
    ("RETREAT", "return"): "release",
    ("RETREAT", "ease"): None,
    ("THREATEN", "ban"): "restrict",
    ("THREATEN", "political"): "restrict",
    ("COERCE", "ban"): "restrict",
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "massacre"): "unconventional",
    ("ASSAULT", "cleansing"): None,
    ("ASSAULT", "pro_autocracy"): "crowd-control",
    ("ASSAULT", "seize"): "destroy",
    ("ASSAULT", "heavy-weapons"): "heavy-weapons",
    ("SANCTION", "withdraw"): "withdraw",
    ("REJECT", "meet"): "meet",
}
# the type's CAMEO code where the table's first root code is not the general one
DEFAULT_CAMEO = {"ASSAULT": "190", "COERCE": "170", "SANCTION": "160", "ACCUSE": "112"}
# CAMEO codes for modes the table gives no code of their own (or several)
MODE_CAMEO = {
    ("ASSAULT", "aerial"): "195", ("ASSAULT", "drone"): "195", ("ASSAULT", "firearms"): "193",
    ("ASSAULT", "explosives"): "183", ("ASSAULT", "suicide-attack"): "1831",
    ("ASSAULT", "targeted"): "186", ("ASSAULT", "torture"): "1822", ("ASSAULT", "sexual"): "1821",
    ("ASSAULT", "beat"): "182", ("ASSAULT", "abduct"): "181", ("ASSAULT", "destroy"): "1712",
    ("ASSAULT", "unconventional"): "204", ("ASSAULT", "crowd-control"): "175",
    ("ASSAULT", "heavy-weapons"): "194", ("ASSAULT", "primitive"): "180",
    ("COERCE", "seize"): "171", ("COERCE", "restrict"): "172", ("COERCE", "censor"): "1721",
    ("COERCE", "arrest"): "173", ("COERCE", "deport"): "174",
    ("PROTEST", "demo"): "141", ("PROTEST", "strike"): "143", ("PROTEST", "boycott"): "143",
    ("RETREAT", "withdraw"): "0872", ("RETREAT", "disarm"): "087", ("RETREAT", "release"): "0841",
    ("SANCTION", "withdraw"): "161", ("SANCTION", "expel"): "166", ("SANCTION", "discontinue"): "162",
    ("THREATEN", "violence"): "138", ("THREATEN", "restrict"): "1312", ("THREATEN", "relations"): "131",
    ("MOBILIZE", "troops"): "154", ("MOBILIZE", "police"): "153",
}
# CAMEO table rows recoded where the manual's text says otherwise (code -> type, mode, contexts)
CAMEO_FIXES: dict[str, tuple[str, str | None, list[str]]] = {
    "163": ("SANCTION", "discontinue", ["economic"]),
}
CONTEXT_ALIASES = {
    "democracy": "pro_democracy",
    "humanitarian": "human_security",
    "refugees": "migration",
    "resource": "natural_resource",
}


def parse_scores(tex: str) -> dict[tuple[str, str | None], float]:
    m = re.search(r"\n\\caption\{PLOVER conflict--cooperation scores\}(.*?)\\end\{tabular\}", tex, re.S)
    if not m:
        raise SystemExit("scores table not found in the manual")
    body = re.sub(r"\\cellcolor\{[^}]*\}", "", m.group(1))
    out: dict[tuple[str, str | None], float] = {}
    for name, mode, score in re.findall(r"([A-Z]+)(?::\s*([A-Za-z-]+))?\s*&\s*(-?[0-9.]+)", body):
        if name in TYPES:
            out[(name, mode.lower() if mode else None)] = float(score)
    out.update(SIGN_FIXES)
    return out


def parse_contexts(tex: str) -> list[str]:
    names = re.findall(r"\\hyperref\[context:[^\]]+\]\{([^}]+)\}", tex)
    seen: list[str] = []
    for n in names:
        n = n.replace("\\_", "_").strip()
        if n not in seen:
            seen.append(n)
    return seen


def parse_cameo(text: str, modes: dict[str, list[str]], contexts: list[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for line in text.splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),([^#]*)#\s*(.*)$", line)
        if not m:
            continue
        code, typ, mode, ctx, desc = m.groups()
        mode = mode.strip().lower() or None
        if mode is not None and mode not in modes[typ]:
            mode = MODE_ALIASES.get((typ, mode), mode if mode in modes[typ] else None)
        cl = []
        for c in re.split(r"[;,]", ctx):
            c = c.strip()
            if not c:
                continue
            c = CONTEXT_ALIASES.get(c, c)
            if c in contexts and c not in cl:
                cl.append(c)
        if code in out:  # the table lists 175 twice with the same coding
            continue
        if code in CAMEO_FIXES:
            typ, mode, cl = CAMEO_FIXES[code]
        out[code] = {"type": typ, "mode": mode, "context": list(cl), "description": desc.strip()}
    return out


def build(src: Path) -> dict:
    tex = (src / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    scores = parse_scores(tex)
    contexts = parse_contexts(tex)
    modes: dict[str, list[str]] = {t: [] for t in TYPES}
    for (t, m) in scores:
        if m:
            modes[t].append(m)
    cameo = parse_cameo((src / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8"), modes, contexts)
    types = {}
    for t in TYPES:
        codes = [c for c, v in cameo.items() if v["type"] == t]  # file order
        roots = [c for c in codes if len(c) == 3 and c.endswith("0")] or [c for c in codes if len(c) == 3] or codes
        default = DEFAULT_CAMEO.get(t) or (roots[0] if roots else None)
        by_mode = {}
        for m in modes[t]:
            mc = sorted((c for c in codes if cameo[c]["mode"] == m), key=lambda c: (len(c), c))
            code = MODE_CAMEO.get((t, m)) or (mc[0] if mc else default)
            by_mode[m] = {"intensity": scores[(t, m)], "cameo": code}
        types[t] = {
            "quad_class": QUAD[t],
            "intensity": scores[(t, None)],
            "requires_recipient": t in REQUIRES_RECIPIENT,
            "cameo": default,
            "modes": by_mode,
        }
    return {
        "version": "plover-2.0-draft+cameo2plover-2021",
        "source": "openeventdata/PLOVER: PLOVER_MANUAL.tex and CAMEO2PLOVER-2021.txt (built by scripts/build_ontology.py)",
        "notes": [
            "SANCTION quad class 4 (per-type section and summary table; the numeric quad table says 3)",
            "ACCUSE type score taken as -3 (printed +3; all ACCUSE modes are negative)",
            "CAMEO 163 (embargo, boycott, sanctions) is SANCTION/discontinue, economic, as the manual's SANCTION"
            " section codes international sanctions; CAMEO2PLOVER-2021.txt lists COERCE/restrict",
        ],
        "types": types,
        "contexts": contexts,
        "cameo": cameo,
    }


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    data = build(src)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by scripts/build_ontology.py from openeventdata/PLOVER; edit the script, not this file.\n")
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {out}: {len(data['types'])} types, {len(data['contexts'])} contexts, {len(data['cameo'])} CAMEO codes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
