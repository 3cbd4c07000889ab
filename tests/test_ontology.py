"""The PLOVER ontology data file: loads, is complete, and bad files fail clearly."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from dateline._errors import DataFileError
from dateline._events.ontology import PLOVER_TYPES, load_ontology, load_ontology_file, parse_ontology


def test_bundled_ontology_complete() -> None:
    o = load_ontology()
    assert set(o.types) == set(PLOVER_TYPES)
    quads = {t: o.types[t].quad_class for t in PLOVER_TYPES}
    assert quads["AGREE"] == 1 and quads["AID"] == 2 and quads["THREATEN"] == 3 and quads["ASSAULT"] == 4
    assert all(-10 <= o.intensity(t, None) <= 10 for t in PLOVER_TYPES)
    assert o.intensity("ASSAULT", "aerial") < o.intensity("ASSAULT", "beat") < 0
    assert o.intensity("AID", None) > 0 > o.intensity("ACCUSE", None)
    assert o.cameo_for("CONSULT", "visit") == "042"
    assert o.cameo_for("ASSAULT", None) == "190"
    assert "military" in o.contexts and "economic" in o.contexts
    # every CAMEO row points at a known type and mode
    for code, (typ, mode, ctxs, _) in o.cameo.items():
        assert typ in o.types and o.valid_mode(typ, mode), code


def _raw() -> dict:
    from importlib import resources

    return yaml.safe_load((resources.files("dateline") / "data" / "plover" / "ontology.yaml").read_text())


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d["types"].pop("ASSAULT"), "missing"),
        (lambda d: d["types"]["AID"].__setitem__("quad_class", 7), "quad_class"),
        (lambda d: d["types"]["AID"].__setitem__("intensity", 42), "intensity"),
        (lambda d: d["cameo"].__setitem__("999", {"type": "NOPE"}), "999"),
        (lambda d: d["cameo"].__setitem__("998", {"type": "AID", "mode": "flying"}), "mode"),
        (lambda d: d.pop("contexts"), "contexts"),
    ],
)
def test_bad_ontology_raises(mutate, message: str) -> None:
    d = copy.deepcopy(_raw())
    mutate(d)
    with pytest.raises(DataFileError, match=message):
        parse_ontology(d, "test.yaml")


def test_bad_file(tmp_path: Path) -> None:
    p = tmp_path / "o.yaml"
    p.write_text("types: [unclosed\n")
    with pytest.raises(DataFileError, match="YAML"):
        load_ontology_file(p)
    with pytest.raises(DataFileError, match="not found"):
        load_ontology_file(tmp_path / "missing.yaml")


SHARED = Path("/work/shared/data/plover")


@pytest.mark.skipif(not (SHARED / "PLOVER_MANUAL.tex").exists(), reason="PLOVER sources not available")
def test_build_script_reproduces_bundled_file() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_ontology", Path(__file__).parents[1] / "scripts" / "build_ontology.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    built = mod.build(SHARED)
    bundled = _raw()
    assert built["types"] == bundled["types"]
    assert {str(k): v for k, v in built["cameo"].items()} == {str(k): v for k, v in bundled["cameo"].items()}
