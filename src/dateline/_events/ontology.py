"""The PLOVER ontology as data: types, modes, contexts, quad classes, intensities, CAMEO codes.

Loaded once per process from ``dateline/data/plover/ontology.yaml`` (built from the PLOVER
sources by ``scripts/build_ontology.py``) and validated: a bad file raises
:class:`~dateline._errors.DataFileError` naming the file and the problem.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .._errors import DataFileError

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
#: Types whose participants are compared as one set (A meets B = A and B meet).
RECIPROCAL_TYPES: frozenset[str] = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    quad_class: int
    intensity: float
    requires_recipient: bool
    cameo: str | None
    modes: dict[str, tuple[float, str | None]] = field(default_factory=dict)  # mode -> (intensity, cameo)


@dataclass(frozen=True, slots=True)
class Ontology:
    version: str
    types: dict[str, EventType]
    contexts: tuple[str, ...]
    cameo: dict[str, tuple[str, str | None, tuple[str, ...], str]]  # code -> (type, mode, contexts, description)

    def check_type(self, name: str) -> EventType:
        try:
            return self.types[name]
        except KeyError:
            raise DataFileError(f"unknown PLOVER type {name!r}; known: {', '.join(self.types)}") from None

    def valid_mode(self, type_: str, mode: str | None) -> bool:
        return mode is None or mode in self.types[type_].modes

    def intensity(self, type_: str, mode: str | None) -> float:
        t = self.types[type_]
        if mode and mode in t.modes:
            return t.modes[mode][0]
        return t.intensity

    def cameo_for(self, type_: str, mode: str | None) -> str | None:
        t = self.types[type_]
        if mode and mode in t.modes and t.modes[mode][1]:
            return t.modes[mode][1]
        return t.cameo


def _fail(path: str, msg: str) -> DataFileError:
    return DataFileError(f"{path}: {msg}. Fix the file (or rebuild it with scripts/build_ontology.py).")


def parse_ontology(data: Any, path: str = "ontology.yaml") -> Ontology:
    """Validate a loaded ontology mapping and build an :class:`Ontology`."""
    if not isinstance(data, dict):
        raise _fail(path, "the top level must be a mapping with 'types', 'contexts' and 'cameo'")
    for key in ("types", "contexts", "cameo"):
        if key not in data:
            raise _fail(path, f"missing key {key!r}")
    raw_types = data["types"]
    if not isinstance(raw_types, dict):
        raise _fail(path, "'types' must be a mapping of type name to its fields")
    missing = [t for t in PLOVER_TYPES if t not in raw_types]
    if missing:
        raise _fail(path, f"PLOVER types missing: {', '.join(missing)}")
    types: dict[str, EventType] = {}
    for name, v in raw_types.items():
        if name not in PLOVER_TYPES:
            raise _fail(path, f"{name!r} is not a PLOVER type")
        if not isinstance(v, dict):
            raise _fail(path, f"type {name}: fields must be a mapping")
        q = v.get("quad_class")
        if not isinstance(q, int) or not 1 <= q <= 4:
            raise _fail(path, f"type {name}: quad_class must be 1..4, got {q!r}")
        inten = v.get("intensity")
        if not isinstance(inten, (int, float)) or not -10 <= inten <= 10:
            raise _fail(path, f"type {name}: intensity must be a number in -10..10, got {inten!r}")
        modes: dict[str, tuple[float, str | None]] = {}
        for m, mv in (v.get("modes") or {}).items():
            if not isinstance(mv, dict) or not isinstance(mv.get("intensity"), (int, float)):
                raise _fail(path, f"type {name}, mode {m}: needs a numeric 'intensity'")
            if not -10 <= mv["intensity"] <= 10:
                raise _fail(path, f"type {name}, mode {m}: intensity outside -10..10")
            modes[str(m)] = (float(mv["intensity"]), None if mv.get("cameo") is None else str(mv["cameo"]))
        cam = v.get("cameo")
        types[name] = EventType(name, q, float(inten), bool(v.get("requires_recipient", False)),
                                None if cam is None else str(cam), modes)
    contexts = data["contexts"]
    if not isinstance(contexts, list) or not all(isinstance(c, str) for c in contexts):
        raise _fail(path, "'contexts' must be a list of names")
    cameo: dict[str, tuple[str, str | None, tuple[str, ...], str]] = {}
    raw_cameo = data["cameo"]
    if not isinstance(raw_cameo, dict):
        raise _fail(path, "'cameo' must be a mapping of CAMEO code to type/mode/context")
    for code, cv in raw_cameo.items():
        code = str(code)
        if not code.isdigit():
            raise _fail(path, f"CAMEO code {code!r} is not a string of digits")
        if not isinstance(cv, dict) or cv.get("type") not in types:
            raise _fail(path, f"CAMEO {code}: 'type' must be a PLOVER type")
        mode = cv.get("mode")
        if mode is not None and mode not in types[cv["type"]].modes:
            raise _fail(path, f"CAMEO {code}: mode {mode!r} is not a mode of {cv['type']}")
        ctx = tuple(cv.get("context") or ())
        bad = [c for c in ctx if c not in contexts]
        if bad:
            raise _fail(path, f"CAMEO {code}: unknown context(s) {', '.join(bad)}")
        cameo[code] = (cv["type"], mode, ctx, str(cv.get("description", "")))
    for t in types.values():
        for c in [t.cameo, *(m[1] for m in t.modes.values())]:
            if c is not None and c not in cameo:
                raise _fail(path, f"type {t.name}: CAMEO code {c} is not in the 'cameo' table")
    return Ontology(str(data.get("version", "")), types, tuple(contexts), cameo)


def load_ontology_file(path: str | Path) -> Ontology:
    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(f"{p}: ontology file not found") from None
    except yaml.YAMLError as exc:
        raise DataFileError(f"{p}: not valid YAML ({exc})") from None
    return parse_ontology(data, str(p))


@functools.lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The bundled ontology (loaded and validated once per process)."""
    ref = resources.files("dateline") / "data" / "plover" / "ontology.yaml"
    with resources.as_file(ref) as p:
        return load_ontology_file(p)
