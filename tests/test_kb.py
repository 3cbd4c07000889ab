"""The actor knowledge base: bundled data, curated files, extra files, lookups and commands."""

from __future__ import annotations

import csv
import datetime as dt
import json
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from dateline._actors import kb as kbmod
from dateline._actors.kb import DATA_DIR, KB, Problem, build_kb, load_kb, norm_words, read_extra


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb()


# -- the data files ---------------------------------------------------------------------------


def test_data_files_are_compact_and_well_formed() -> None:
    total = sum(p.stat().st_size for p in DATA_DIR.rglob("*") if p.is_file())
    assert total < 5_000_000
    with open(DATA_DIR / "entries.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "entry ids must be unique"
    for r in rows:
        assert r["kind"] in ("person", "state", "group", "igo", "organization"), r
        assert not r["country"] or len(r["country"]) == 3, r
    with open(DATA_DIR / "roles.tsv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            assert not r["end"] or not r["start"] or r["start"] <= r["end"], r
    assert (DATA_DIR / "VERSION").read_text().strip()


def test_curated_yaml_validates_cleanly() -> None:
    kb = build_kb()
    for f in sorted((DATA_DIR / "curated").glob("*.yaml")):
        problems: list[Problem] = []
        ents, ags = read_extra(f, kb, problems)
        assert not problems, problems[:5]
        assert ents or ags


def test_every_state_has_qid_and_adjective(kb: KB) -> None:
    states = [e for e in kb.entries.values() if e.kind == "state"]
    assert len(states) > 190
    for iso in ("USA", "RUS", "CHN", "GBR", "FRA", "DEU", "IRN", "UKR", "BRA", "IND", "JPN", "ISR", "PSE"):
        e = kb.entries[kb.by_iso[iso]]
        assert e.wikidata and e.wikidata.startswith("Q")
        assert e.adjectives, iso
    assert kb.entries[kb.by_iso["RUS"]].wikidata == "Q159"


# -- lookups ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name,expected", [
    ("Putin", "Q7747"), ("Vladimir Putin", "Q7747"), ("Xi Jinping", "Q15031"), ("RUS", "Q159"), ("CHN", "Q148"),
    ("the Kremlin", "Q159"), ("Kremlin", "Q159"), ("Beijing", "Q148"), ("White House", "Q30"), ("Downing Street", "Q145"),
    ("Kiev", "Q212"), ("Kyiv", "Q212"), ("Élysée", "Q142"), ("Elysee", "Q142"), ("U.S.", "Q30"), ("Britain", "Q145"),
    ("NATO", "Q7184"), ("the United Nations", "Q1065"), ("UN Security Council", "Q37470"), ("European Commission", "Q8880"),
    ("Houthis", "dl:houthis"), ("Ansar Allah", "dl:houthis"), ("ISIS", "dl:islamic-state"), ("Wagner", "dl:wagner"),
    ("al-Shabaab", "dl:al-shabaab"), ("Taliban", "dl:taliban"), ("BRICS", "dl:brics"), ("AUKUS", "dl:aukus"),
])
def test_ids_for(kb: KB, name: str, expected: str) -> None:
    assert expected in kb.ids_for(name)
    assert expected in kb.ids_for(name.upper() if name.isupper() else name.lower())  # case-insensitive


def test_ids_for_unknown_is_empty(kb: KB) -> None:
    assert kb.ids_for("Zzyzx Qwerty") == set()
    assert kb.ids_for("riot police") == set()  # agent patterns are not actors


@pytest.mark.parametrize("where,role,date,name", [
    ("USA", "head_of_state", "2005-06-01", "George W. Bush"),
    ("USA", "head_of_state", "2022-02-04", "Joe Biden"),
    ("USA", "head_of_state", "2025-02-01", "Donald Trump"),
    ("USA", "head_of_state", "2026-03-01", "Donald Trump"),
    ("GBR", "head_of_government", "2024-07-10", "Keir Starmer"),
    ("GBR", "head_of_government", "2024-06-10", "Rishi Sunak"),
    ("DEU", "head_of_government", "2025-06-01", "Friedrich Merz"),
    ("DEU", "head_of_government", "2023-06-01", "Olaf Scholz"),
    ("JPN", "head_of_government", "2025-12-01", "Sanae Takaichi"),
    ("JPN", "head_of_government", "2025-01-01", "Shigeru Ishiba"),
    ("RUS", "executive", "2022-02-04", "Vladimir Putin"),
    ("RUS", "executive", "2010-01-01", "Dmitry Medvedev"),  # Putin was prime minister then
    ("USA", "foreign_minister", "2025-06-01", "Marco Rubio"),
    ("USA", "defence_minister", "2025-06-01", "Pete Hegseth"),
    ("RUS", "defence_minister", "2025-06-01", "Andrei Belousov"),
    ("IRN", "supreme_leader", "2025-06-01", "Ali Khamenei"),
    ("Q7184", "head", "2025-06-01", "Mark Rutte"),
    ("Q7184", "head", "2020-06-01", "Jens Stoltenberg"),
])
def test_office_holder_on_date(kb: KB, where: str, role: str, date: str, name: str) -> None:
    holder = kb.office_holder(where, role, date)
    assert holder is not None
    assert kb.entries[holder].name == name


def test_office_holder_without_date_is_unknown(kb: KB) -> None:
    assert kb.office_holder("USA", "head_of_state", None) is None


def test_lookup_gives_sector_on_date(kb: KB) -> None:
    [trump] = kb.lookup("Donald Trump", dt.date(2026, 1, 5))
    assert (trump.country, trump.sector, trump.wikidata) == ("USA", "GOV", "Q22686")
    [former] = kb.lookup("Donald Trump", dt.date(2022, 1, 5))
    assert former.sector == "ELI"  # out of office between terms
    [rutte] = kb.lookup("Mark Rutte", dt.date(2025, 1, 5))
    assert rutte.country is None and rutte.role == "head"  # acts for NATO


def test_memberships(kb: KB) -> None:
    nato = "Q7184"
    assert kb.is_member(nato, "FIN", "2023-05-01") and not kb.is_member(nato, "FIN", "2022-05-01")
    assert kb.is_member(nato, "SWE", "2024-06-01")
    assert kb.is_member(nato, "TUR", "2024-06-01")
    assert kb.is_member("Q458", "GBR", "2019-01-01") and not kb.is_member("Q458", "GBR", "2021-01-01")
    assert kb.is_member("Q161549", "MLI", "2020-01-01") and not kb.is_member("Q161549", "MLI", "2025-06-01")
    brics = kb.members_of("dl:brics", "2025-06-01")
    assert {"BRA", "RUS", "IND", "CHN", "ZAF", "IRN", "EGY", "IDN"} <= set(brics)
    assert kb.members_of("dl:aukus", "2020-01-01") == []


def test_norm_words_folds_case_accents_dots_hyphens() -> None:
    assert norm_words("U.S.") == norm_words("US") == ("us",)
    assert norm_words("Kim Jong-un") == ("kim", "jong", "un")
    assert norm_words("Élysée") == ("elysee",)
    assert norm_words("farmers' union") == norm_words("farmers union")


# -- extra files -----------------------------------------------------------------------------


def test_extra_yaml_adds_actor_alias_and_role(tmp_path: Path) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text(yaml.safe_dump({
        "actors": [
            {"id": "dl:acme-militia", "kind": "group", "name": "Acme Liberation Front", "aliases": ["ALF-X"],
             "country": "KEN", "sector": "REB"},
            {"name": "Vladimir Putin", "kind": "person", "aliases": ["Mr Kremlin"]},
            {"name": "Jane Q. Example", "kind": "person", "country": "NZL",
             "roles": [{"role": "foreign_minister", "country": "NZL", "start": "2030-01-01"}]},
        ],
        "agents": [{"pattern": "dock workers", "sector": "LAB", "form": "people"}],
    }), encoding="utf-8")
    kb = build_kb([str(f)])
    assert kb.ids_for("ALF-X") == {"dl:acme-militia"}
    assert kb.ids_for("Mr Kremlin") == {"Q7747"}  # merged into the existing person by name
    holder = kb.office_holder("NZL", "foreign_minister", "2030-06-01")
    assert holder and kb.entries[holder].name == "Jane Q. Example"
    assert kb.agents["dock workers"].sector == "LAB"
    assert kb.version.endswith("+extra")


def test_extra_tsv(tmp_path: Path) -> None:
    f = tmp_path / "mine.tsv"
    f.write_text("id\tkind\tname\taliases\tcountry\tsector\n"
                 "dl:xyz-party\torganization\tXyz Party\tXYZP|the Xyz\tPER\tPTY\n", encoding="utf-8")
    kb = build_kb([str(f)])
    assert kb.ids_for("XYZP") == {"dl:xyz-party"}
    assert kb.entries["dl:xyz-party"].country == "PER"


def test_bad_rows_are_reported_with_line_numbers(tmp_path: Path) -> None:
    y = tmp_path / "bad.yaml"
    y.write_text("actors:\n"
                 "  - {name: Good One, kind: person, country: FRA}\n"
                 "  - {name: Bad Kind, kind: wizard}\n"
                 "  - {name: Bad Country, kind: person, country: France}\n"
                 "  - {name: Bad Date, kind: person, roles: [{role: x, start: 'May 2020'}]}\n", encoding="utf-8")
    problems: list[Problem] = []
    read_extra(y, None, problems)
    lines = sorted(p.line for p in problems)
    assert lines == [3, 4, 5]
    assert any("wizard" in p.message for p in problems)
    t = tmp_path / "bad.tsv"
    t.write_text("id\tkind\tname\n\tperson\t\nx\tstate\tOk\n", encoding="utf-8")
    problems = []
    read_extra(t, None, problems)
    assert problems and problems[0].line == 2


def test_broken_extra_file_raises_clear_error(tmp_path: Path) -> None:
    y = tmp_path / "broken.yaml"
    y.write_text("actors: [ {name: x, kind: person\n", encoding="utf-8")
    with pytest.raises(kbmod.KBError, match="broken.yaml"):
        build_kb([str(y)])


# -- speed and cache ---------------------------------------------------------------------------


def test_cached_load_is_fast(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    kbmod._LOADED.clear()
    load_kb()  # builds and writes the cache
    assert list(tmp_path.glob("dateline/kb-*.pickle"))
    kbmod._LOADED.clear()
    t = time.perf_counter()
    kb = load_kb()
    elapsed = time.perf_counter() - t
    kbmod._LOADED.clear()
    assert "Q7747" in kb.ids_for("Putin")
    assert elapsed < 3.0  # < 1 s on an idle machine; generous for loaded CI hosts


# -- commands ----------------------------------------------------------------------------------


def test_cli_lookup_and_validate(tmp_path: Path) -> None:
    from dateline.cli import cli

    r = CliRunner().invoke(cli, ["kb", "lookup", "the Russian Federation", "--date", "2022-02-04"])
    assert r.exit_code == 0, r.output
    row = json.loads(r.output.splitlines()[0])
    assert row["id"] == "Q159" and row["country"] == "RUS"
    r = CliRunner().invoke(cli, ["kb", "lookup", "head_of_state:USA", "--date", "2023-01-01"])
    assert r.exit_code == 0 and json.loads(r.output)["name"] == "Joe Biden"
    r = CliRunner().invoke(cli, ["kb", "lookup", "Nobody Atall"])
    assert r.exit_code == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - {name: X, kind: blob}\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["kb", "validate", str(bad)])
    assert r.exit_code == 1 and "bad.yaml:2" in r.output
    good = tmp_path / "good.yaml"
    good.write_text("actors:\n  - {name: Y Z, kind: person, country: FRA}\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["kb", "validate", str(good)])
    assert r.exit_code == 0 and "ok: 1" in r.output
