"""Event patterns as data: loaded from YAML, validated against the ontology, indexed by lemma.

The bundled file is ``dateline/data/events/patterns.yaml``; users add their own files (tried
before the bundled ones) with ``Settings.extra["event_patterns"]`` (a path or a list of paths)
or the ``DATELINE_EVENT_PATTERNS`` environment variable (paths separated by ``os.pathsep``).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .._errors import DataFileError
from .ontology import Ontology, load_ontology

ROLES = frozenset({"event", "wrapper", "light", "speech", "negator", "intent", "deliberate"})
DEFAULT_TARGETS: tuple[str, ...] = (
    "dobj", "dative", "prep:against", "prep:on", "prep:with", "prep:to", "prep:toward", "prep:at",
)
ENTRY_KEYS = frozenset({
    "lemma", "type", "mode", "context", "cameo", "role", "particle", "prep", "objects", "not_objects",
    "targets", "strict", "strict_lemmas", "confidence", "needs_complement", "host", "subjects",
    "compound", "amod", "oprd", "not_oprd", "name", "pobjs", "pobj_mods", "not_purposes", "negated_only", "contents",
    "bare_future", "modal_only",
})


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pos: str  # "verb" | "noun"
    lemmas: frozenset[str]
    type: str | None
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    role: str = "event"
    particle: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()
    targets: tuple[str, ...] = DEFAULT_TARGETS
    strict: bool = False
    strict_lemmas: frozenset[str] = frozenset()
    confidence: float = 0.8
    needs_complement: bool | str = False
    host: bool = False
    subjects: frozenset[str] = frozenset()
    compound: frozenset[str] = frozenset()
    amod: frozenset[str] = frozenset()
    oprd: frozenset[str] = frozenset()
    not_oprd: frozenset[str] = frozenset()
    # the object of a preposition (one of ``prep`` when given) must be in this list: "took to
    # the streets", "walked out of the talks", "withdrew from the treaty"
    pobjs: frozenset[str] = frozenset()
    # with pobjs: the preposition's object must also be one of these words, or have one among its
    # compound or adjective modifiers or the words of its `of` phrase ("the sanctions list", "the
    # list of state sponsors of terrorism"; not "the list of safe countries")
    pobj_mods: frozenset[str] = frozenset()
    # the rule does not fit when the verb's purpose or manner clause (advcl/xcomp) or the object
    # of its 'in' phrase is one of these: "filled the streets to celebrate", "poured into the
    # streets in celebration" are no protest
    not_purposes: frozenset[str] = frozenset()
    # the rule fits only a negated verb ("will not accept X", "does not recognise X"): its type is
    # one `negated_to_reject` turns into REJECT, so the positive ("accepted the resignation")
    # stays no event
    negated_only: bool = False
    # with needs_complement ccomp: the content clause's verb must be one of these, alone or with
    # its object or its preposition and object ("endanger", "pose risk", "put at risk"): "warned
    # that the remarks put soldiers at risk" is an accusation of the remarks' author
    contents: frozenset[str] = frozenset()
    # the rule fits only a verb in the future (future_markers), not negated, with no object, no
    # content clause and no `to` or `for` phrase of its own: "Moscow will respond", "would retaliate" are
    # threats; "will respond to the letter", "will answer questions" are none
    bare_future: bool = False
    # the rule fits only a verb in the future (future_markers) or the infinitive of a readiness
    # (readiness_adjectives: "ready to", "prepared to"), not negated:
    # "will take the necessary measures" is a threat, "took measures to curb inflation" none
    modal_only: bool = False

    def is_strict(self, lemma: str) -> bool:
        return self.strict or lemma in self.strict_lemmas


@dataclass(slots=True)
class PatternSet:
    verbs: dict[str, list[Rule]] = field(default_factory=dict)
    nouns: dict[str, list[Rule]] = field(default_factory=dict)
    wrapper_modes: dict[str, dict[str, str]] = field(default_factory=dict)
    wrapper_contexts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    purpose_merges: dict[str, frozenset[str]] = field(default_factory=dict)
    # patterns.yaml `vow_contents`: the type a vow takes from the act it promises ("promised to let
    # the exiles return" is CONCEDE, "vowed to defy the verdict" REJECT)
    vow_contents: dict[str, str] = field(default_factory=dict)
    future_to_agree: frozenset[str] = frozenset()
    future_markers: frozenset[str] = frozenset()
    modal_markers: frozenset[str] = frozenset()
    conditional_marks: frozenset[str] = frozenset()
    negation_words: frozenset[str] = frozenset()
    future_to_threaten: frozenset[str] = frozenset()
    negated_to_reject: frozenset[str] = frozenset()
    obligation_markers: frozenset[str] = frozenset()
    intent_adjectives: frozenset[str] = frozenset()
    # adjectives of a readiness whose infinitive a `modal_only` entry counts as announced ("ready
    # to take further action"; not "likely to")
    readiness_adjectives: frozenset[str] = frozenset()
    future_to_concede: frozenset[str] = frozenset()
    anaphoric_nouns: frozenset[str] = frozenset()
    consequence_lemmas: frozenset[str] = frozenset()
    relational_nouns: frozenset[str] = frozenset()
    threat_contents: frozenset[str] = frozenset()
    definite_mentions: frozenset[str] = frozenset()
    anaphoric_skip: frozenset[str] = frozenset()
    domestic_modes: frozenset[str] = frozenset()
    protest_purposes: frozenset[str] = frozenset()
    container_nouns: frozenset[str] = frozenset()
    announce_lemmas: frozenset[str] = frozenset()
    announce_modes: frozenset[str] = frozenset()
    recipient_scan_types: frozenset[str] = frozenset()
    domestic_protest_types: frozenset[str] = frozenset()
    vow_lemmas: frozenset[str] = frozenset()
    involvement_nouns: frozenset[str] = frozenset()  # patterns.yaml `involvement_nouns`
    retaliation_lemmas: frozenset[str] = frozenset()  # patterns.yaml `retaliation_lemmas`
    future_unflagged: frozenset[str] = frozenset()
    not_arguments: frozenset[str] = frozenset()
    vague_addressees: frozenset[str] = frozenset()  # patterns.yaml `vague_addressees` (actor ids)
    wish_lemmas: frozenset[str] = frozenset()
    denied_nouns: frozenset[str] = frozenset()
    mutual_lemmas: frozenset[str] = frozenset()
    agree_to_concede_modes: frozenset[str] = frozenset()
    # prepositions under which an agreed ceasefire is a jointly reached agreement, not a
    # concession ("agreed on a ceasefire" is AGREE, "agreed to a ceasefire" CONCEDE)
    agree_on_marks: frozenset[str] = frozenset()
    frame_nouns: frozenset[str] = frozenset()
    # nouns that halt an act ("the suspension of aid", "a halt to attacks"): the act in their
    # of/to phrase is what is halted, not an event of its own
    halt_nouns: frozenset[str] = frozenset()
    # verbs that, as a bare participle clause with no subject or agent ("Asked whether ..., X
    # said"), are a reporter's question put to the speaker, not a request between parties
    question_participles: frozenset[str] = frozenset()
    # "declined to comment", "refused to elaborate": a refusal to speak to the press rejects no one
    no_comment_lemmas: frozenset[str] = frozenset()
    # types whose negated future stays a REJECT ("will not negotiate"); any other negated future
    # act is kept as that act, negated ("will not close the consulates")
    negated_future_to_reject: frozenset[str] = frozenset()
    # verbs of accepting or yielding: their negated future stays a REJECT ("will not accept")
    acceptance_lemmas: frozenset[str] = frozenset()
    stative_passives: frozenset[str] = frozenset()
    # verbs whose negation negates the act in their to-infinitive ("did not try to invade")
    catenative_lemmas: frozenset[str] = frozenset()
    # prepositions of time and cause, whose object a light verb never carries as its act
    time_preps: frozenset[str] = frozenset()
    # verbs of feeling whose passive subject feels it ("was disappointed by"): the doer
    experiencer_passives: frozenset[str] = frozenset()
    # patterns.yaml `forecast_passives`: intent verbs whose passive is another's forecast ("is
    # expected to sign"): the complement is only weighed (hypothetical), not the subject's intent
    forecast_passives: frozenset[str] = frozenset()
    # prepositions whose nominal event is another, earlier act: the clause's subject is not its doer
    prior_event_preps: frozenset[str] = frozenset()
    future_wrappers_to_agree: frozenset[str] = frozenset()
    future_to_threaten_lemmas: frozenset[str] = frozenset()
    target_required: frozenset[str] = frozenset()
    min_confidence: float = 0.0
    sources: tuple[str, ...] = ()
    #: the words of each named lexicon of the files (lower-cased, all files together)
    lexicons: dict[str, frozenset[str]] = field(default_factory=dict)

    def rules_for(self, lemma: str, pos: str) -> list[Rule]:
        return (self.verbs if pos == "verb" else self.nouns).get(lemma, [])


def _type_mode(w: str) -> str:
    t, _, m = w.partition("/")
    return f"{t.upper()}/{m.lower()}" if m else t.upper()


def _as_list(v: Any) -> list[Any]:
    if v is None:
        return []
    return list(v) if isinstance(v, (list, tuple)) else [v]


def _words(v: Any, lex: dict[str, list[str]], where: str) -> frozenset[str]:
    out: set[str] = set()
    for w in _as_list(v):
        if isinstance(w, bool) or w is None:
            raise DataFileError(f"{where}: a word was read as {w!r}; quote words such as \"on\", \"off\", \"no\" in YAML")
        w = str(w)
        if w.startswith("@") and w[1:] not in ("ACTOR", "PERSON", "GPE", "LOC", "ORG", "NORP", "MONEY", "ANY", "MOD_ACTOR", "OF_ACTOR"):
            if w[1:] not in lex:
                raise DataFileError(f"{where}: unknown lexicon {w!r}; define it under 'lexicons'")
            out.update(lex[w[1:]])
        else:
            out.add(w.lower() if not w.startswith("@") else w)
    return frozenset(out)


def _needs(v: Any, where: str) -> bool | str:
    if isinstance(v, bool):
        return v
    if v in ("xcomp", "ccomp", "dobj", "advcl"):
        return str(v)
    raise DataFileError(f"{where}: needs_complement must be true, false, xcomp, ccomp, advcl or dobj")


def _rule(entry: Any, pos: str, idx: int, lex: dict[str, list[str]], onto: Ontology, path: str) -> Rule:
    where = f"{path}: {pos}s entry {idx + 1}"
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: must be a mapping")
    unknown = set(entry) - ENTRY_KEYS
    if unknown:
        raise DataFileError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; allowed: {', '.join(sorted(ENTRY_KEYS))}")
    lemmas = _words(entry.get("lemma"), lex, where)
    if not lemmas:
        raise DataFileError(f"{where}: 'lemma' is required")
    role = entry.get("role", "event")
    if role not in ROLES:
        raise DataFileError(f"{where}: role {role!r} must be one of {', '.join(sorted(ROLES))}")
    typ = entry.get("type")
    if typ is not None:
        onto.check_type(typ) if typ in onto.types else None
        if typ not in onto.types:
            raise DataFileError(f"{where}: unknown PLOVER type {typ!r}")
    elif role in ("event", "wrapper") and "type" not in entry:
        raise DataFileError(f"{where}: role {role} needs a 'type' (type: null blocks the lemma)")
    mode = entry.get("mode")
    if typ is not None and not onto.valid_mode(typ, mode):
        raise DataFileError(f"{where}: {mode!r} is not a mode of {typ} (modes: {', '.join(onto.types[typ].modes) or 'none'})")
    ctx = tuple(str(c) for c in _as_list(entry.get("context")))
    bad = [c for c in ctx if c not in onto.contexts]
    if bad:
        raise DataFileError(f"{where}: unknown context(s) {', '.join(bad)}")
    cameo = entry.get("cameo")
    if cameo is not None:
        cameo = str(cameo)
        if cameo not in onto.cameo:
            raise DataFileError(f"{where}: CAMEO code {cameo} is not in the ontology's table")
        if typ is not None and onto.cameo[cameo][0] != typ:
            # the coder keeps a rule's code only when the table codes it as the event's type, so
            # a mismatch would be dropped in silence for the type's general code
            raise DataFileError(f"{where}: CAMEO code {cameo} is {onto.cameo[cameo][0]} in the ontology, not {typ}; "
                                f"give a code of {typ} or leave 'cameo' out (the mode's code is used)")
    targets = tuple(str(t) for t in _as_list(entry.get("targets"))) or DEFAULT_TARGETS
    for t in targets:
        if t not in ("dobj", "dative", "xcomp_subj") and not t.startswith("prep:"):
            raise DataFileError(f"{where}: target slot {t!r} must be dobj, dative, xcomp_subj or prep:WORD")
    conf = float(entry.get("confidence", 0.8 if pos == "verb" else 0.7))
    if not 0 < conf <= 1:
        raise DataFileError(f"{where}: confidence must be in (0, 1]")
    negated_only = entry.get("negated_only", False)
    if not isinstance(negated_only, bool):
        raise DataFileError(f"{where}: negated_only must be true or false")
    if negated_only and (pos != "verb" or role != "event"):
        raise DataFileError(f"{where}: negated_only is for verb entries of role event")
    bare_future, modal_only = entry.get("bare_future", False), entry.get("modal_only", False)
    for key, val in (("bare_future", bare_future), ("modal_only", modal_only)):
        if not isinstance(val, bool):
            raise DataFileError(f"{where}: {key} must be true or false")
        if val and (pos != "verb" or role != "event"):
            raise DataFileError(f"{where}: {key} is for verb entries of role event")
    if bare_future and any(entry.get(k) for k in ("objects", "prep", "pobjs")):
        # a bare future has no object and no phrase of its own: such an entry could never fit
        raise DataFileError(f"{where}: bare_future fits only a verb with no object or phrase: no objects, prep or pobjs")
    if entry.get("contents") and entry.get("needs_complement") != "ccomp":
        raise DataFileError(f"{where}: contents needs needs_complement: ccomp (it tests the content clause)")
    first = str(_as_list(entry.get("lemma"))[0]).lower()
    name = str(entry.get("name") or f"{pos}:{first}{'>' + typ if typ else ''}#{idx + 1}")
    return Rule(
        name=name, pos=pos, lemmas=lemmas, type=typ, mode=mode, context=ctx, cameo=cameo, role=role,
        particle=_words(entry.get("particle"), lex, where), prep=_words(entry.get("prep"), lex, where),
        objects=_words(entry.get("objects"), lex, where), not_objects=_words(entry.get("not_objects"), lex, where),
        targets=targets, strict=bool(entry.get("strict", False)),
        strict_lemmas=_words(entry.get("strict_lemmas"), lex, where), confidence=conf,
        needs_complement=_needs(entry.get("needs_complement", False), where), host=bool(entry.get("host", False)),
        subjects=_words(entry.get("subjects"), lex, where), compound=_words(entry.get("compound"), lex, where),
        amod=_words(entry.get("amod"), lex, where), oprd=_words(entry.get("oprd"), lex, where),
        not_oprd=_words(entry.get("not_oprd"), lex, where), pobjs=_words(entry.get("pobjs"), lex, where),
        pobj_mods=_words(entry.get("pobj_mods"), lex, where), not_purposes=_words(entry.get("not_purposes"), lex, where),
        negated_only=negated_only, contents=_words(entry.get("contents"), lex, where), bare_future=bare_future,
        modal_only=modal_only,
    )


def parse_patterns(docs: list[tuple[str, Any]], onto: Ontology | None = None) -> PatternSet:
    """Build a :class:`PatternSet` from loaded YAML documents ``(path, data)``, earlier files first."""
    onto = onto or load_ontology()
    ps = PatternSet(sources=tuple(p for p, _ in docs))
    lex: dict[str, list[str]] = {}
    min_conf_from: str | None = None
    for path, data in docs:
        if not isinstance(data, dict):
            raise DataFileError(f"{path}: the top level must be a mapping (verbs, nouns, lexicons ...)")
        for k, v in (data.get("lexicons") or {}).items():
            lex.setdefault(str(k), [])
            lex[str(k)].extend(str(w).lower() for w in _as_list(v))
    ps.lexicons = {k: frozenset(v) for k, v in lex.items()}
    for path, data in docs:
        for pos in ("verb", "noun"):
            entries = data.get(pos + "s") or []
            if not isinstance(entries, list):
                raise DataFileError(f"{path}: '{pos}s' must be a list of entries")
            index = ps.verbs if pos == "verb" else ps.nouns
            for i, e in enumerate(entries):
                r = _rule(e, pos, i, lex, onto, path)
                for lem in r.lemmas:
                    index.setdefault(lem, []).append(r)
        for wt, table in (data.get("wrapper_modes") or {}).items():
            for inner, mode in (table or {}).items():
                if wt not in onto.types or inner not in onto.types or not onto.valid_mode(wt, mode):
                    raise DataFileError(f"{path}: wrapper_modes {wt}/{inner}: bad type or mode {mode!r}")
                ps.wrapper_modes.setdefault(wt, {}).setdefault(inner, mode)
        ac = data.get("announce_to_concede") or {}
        ps.announce_lemmas = ps.announce_lemmas | frozenset(str(w).lower() for w in _as_list(ac.get("lemmas")))
        ps.announce_modes = ps.announce_modes | frozenset(str(w).lower() for w in _as_list(ac.get("modes")))
        for outer, inners in (data.get("purpose_merges") or {}).items():
            bad = [t for t in [outer, *_as_list(inners)] if t not in onto.types]
            if bad:
                raise DataFileError(f"{path}: purpose_merges: unknown PLOVER type(s) {', '.join(map(str, bad))}")
            ps.purpose_merges[outer] = ps.purpose_merges.get(outer, frozenset()) | frozenset(_as_list(inners))
        for inner, outer in (data.get("vow_contents") or {}).items():
            if inner not in onto.types or outer not in onto.types:
                raise DataFileError(f"{path}: vow_contents {inner}: {outer}: unknown PLOVER type(s)")
            ps.vow_contents.setdefault(str(inner), str(outer))
        for inner, ctxs in (data.get("wrapper_contexts") or {}).items():
            ps.wrapper_contexts.setdefault(inner, tuple(_as_list(ctxs)))
        for key in ("future_to_agree", "future_to_threaten", "negated_to_reject", "negated_future_to_reject", "protest_purposes", "threat_contents", "definite_mentions", "anaphoric_skip", "future_wrappers_to_agree", "future_unflagged", "target_required"):
            bad = [t for t in _as_list(data.get(key)) if str(t).split("/")[0] not in onto.types]
            if bad:
                raise DataFileError(f"{path}: {key}: unknown PLOVER type(s) {', '.join(map(str, bad))}")
        bad = [t for t in _as_list(data.get("target_required")) if "/" in str(t)
               and not onto.valid_mode(str(t).split("/")[0], str(t).split("/", 1)[1].lower())]
        if bad:
            raise DataFileError(f"{path}: target_required: unknown mode(s) {', '.join(map(str, bad))} (TYPE or TYPE/mode)")
        for key in ("future_to_agree", "future_markers", "modal_markers", "conditional_marks", "negation_words",
                    "future_to_threaten", "negated_to_reject", "obligation_markers", "intent_adjectives",
                    "readiness_adjectives", "protest_purposes", "future_to_concede", "anaphoric_nouns", "consequence_lemmas",
                    "relational_nouns", "threat_contents", "definite_mentions", "anaphoric_skip", "domestic_modes",
                    "container_nouns", "recipient_scan_types", "domestic_protest_types", "vow_lemmas", "future_unflagged", "not_arguments", "wish_lemmas", "denied_nouns", "frame_nouns", "halt_nouns", "question_participles", "no_comment_lemmas", "negated_future_to_reject", "acceptance_lemmas", "mutual_lemmas", "agree_to_concede_modes", "agree_on_marks", "stative_passives", "future_wrappers_to_agree", "future_to_threaten_lemmas", "target_required", "retaliation_lemmas", "involvement_nouns", "catenative_lemmas", "time_preps", "experiencer_passives", "prior_event_preps", "forecast_passives", "vague_addressees"):
            if key in data:
                upper = ("future_to_agree", "future_to_threaten", "negated_to_reject", "negated_future_to_reject", "protest_purposes", "threat_contents", "definite_mentions", "anaphoric_skip", "future_wrappers_to_agree", "future_unflagged", "domestic_protest_types", "recipient_scan_types")
                norm: Callable[[str], str] = str.upper if key in upper else str.lower
                if key == "target_required":  # TYPE or TYPE/mode
                    norm = _type_mode
                setattr(ps, key, getattr(ps, key) | frozenset(norm(str(w)) for w in _as_list(data[key])))
        if "min_confidence" in data:
            try:
                mc = float(data["min_confidence"])
            except (TypeError, ValueError):
                raise DataFileError(f"{path}: min_confidence must be a number between 0 and 1") from None
            if not 0.0 <= mc <= 1.0:
                raise DataFileError(f"{path}: min_confidence must be a number between 0 and 1")
            if min_conf_from is None:  # user files come first: the first file that sets it wins
                ps.min_confidence, min_conf_from = mc, path
    for rules in ps.verbs.values():
        for r in rules:
            if r.negated_only and r.type not in ps.negated_to_reject:
                # a negated_only entry exists to be rejected: any other type would code the
                # negated act itself, which no entry should match only when negated
                raise DataFileError(f"verb entry {r.name}: negated_only needs a type listed in negated_to_reject "
                                    f"({', '.join(sorted(ps.negated_to_reject)) or 'none'})")
    return ps


def _read(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(f"{path}: event pattern file not found") from None
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML ({exc})") from None


def user_pattern_paths(extra: Any = None) -> tuple[str, ...]:
    paths = [str(p) for p in _as_list(extra)]
    env = os.environ.get("DATELINE_EVENT_PATTERNS")
    if env:
        paths.extend(p for p in env.split(os.pathsep) if p)
    return tuple(paths)


@functools.lru_cache(maxsize=8)
def load_patterns(user_paths: tuple[str, ...] = ()) -> PatternSet:
    """User files first (their entries win), then the bundled patterns; cached per set of paths."""
    docs = [(p, _read(Path(p))) for p in user_paths]
    ref = resources.files("dateline") / "data" / "events" / "patterns.yaml"
    with resources.as_file(ref) as p:
        docs.append((str(p), _read(Path(p))))
    return parse_patterns(docs)
