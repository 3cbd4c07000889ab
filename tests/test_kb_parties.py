"""curated/parties.yaml: derived by scripts/build_parties.py from the Wikidata leader extracts."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from dateline._actors import load_kb

ROOT = Path(__file__).resolve().parents[1]
PARTIES = ROOT / "src" / "dateline" / "data" / "kb" / "curated" / "parties.yaml"
SHARED = ROOT.parent / "shared"
WIKIDATA = SHARED / "data" / "actors" / "wikidata"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_parties", ROOT / "scripts" / "build_parties.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _entries() -> list[dict[str, Any]]:
    data = yaml.safe_load(PARTIES.read_text(encoding="utf-8"))
    return list(data["actors"])


@pytest.mark.skipif(not (WIKIDATA / "leaders_history.csv").exists() or not (WIKIDATA / "leaders_current.csv").exists(),
                    reason="../shared/data/actors/wikidata (the Wikidata leader extracts) is not present")
def test_build_script_reproduces_bundled_file(tmp_path: Path) -> None:
    out = tmp_path / "parties.yaml"
    n = _script().build(SHARED, out)
    assert n == len(_entries())
    assert out.read_bytes() == PARTIES.read_bytes()


def test_entries_are_parties_of_a_kb_country() -> None:
    states = set(load_kb().by_iso)
    entries = _entries()
    assert len(entries) > 400
    for e in entries:
        assert e["kind"] == "group", e
        assert e["sector"] == "PTY", e
        assert e["country"] in states, e
        assert e["id"].startswith("dl:pty:"), e
        assert e["name"].strip() == e["name"] and e["name"], e
        assert e["name"] not in states, e  # an ISO3 code would read as the state
        assert set(e) == {"id", "kind", "name", "country", "sector"}, e


def test_ids_and_names_are_unique() -> None:
    entries = _entries()
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    names = [e["name"].casefold() for e in entries]
    assert len(names) == len(set(names))


def test_slug_and_selection_rules() -> None:
    mod = _script()
    assert mod.slug("People’s Democratic Party") == "peoples-democratic-party"
    assert mod.slug("People's Party") == "people-s-party"
    assert mod.slug("ČSSD - Czech Sovereignty") == "cssd-czech-sovereignty"
    kb = load_kb()
    iso = sorted(kb.by_iso)[0]
    countries = {"Zorvian Renewal Party": {iso}, "Democratic Party": {iso}, "ZRPX": {iso}, "ZRP": {iso},
                 "Old Zorvian Party": {iso}, "Split Zorvian Party": {iso, sorted(kb.by_iso)[1]}}
    recent = {p: p != "Old Zorvian Party" for p in countries}
    kept = [p for p, _ in mod.select(countries, recent, kb)]
    # two words not all generic, or an acronym of 4+ capitals; generic names, 3-letter acronyms
    # outside THREE, labels of two countries and parties of leaders out of office before 1990 are left out
    assert kept == ["ZRPX", "Zorvian Renewal Party"]
