"""Article-level targets: fill the empty target of a coded event from the article around it.

The sentence coder (``coder.py``) reads the actors a sentence names. A directed act whose other
side the sentence leaves to the reader ("The government of the United States rejected the
attempt", "He warned that he could apply article 155", "The United Nations asked both parts to
exercise restraint") comes out with ``targets == []``. The rules here run once per article after
all sentences are coded and fill such targets where the article justifies it:

* ``pairs``: the object is "both sides" / "the two parties": the two sides of the latest earlier
  two-sided event (a clash, a meeting) in the window.
* ``domestic``: an act on someone by actors of the article's home country, naming no one: an act
  inside that country (gold convention ``ARG -> ARG``).
* ``reaction``: a judgement or measure by a foreign actor, naming no one, said after the home
  country was named: aimed at the home country.
* ``counterpart``: in an article about two countries (a dispute, a summit), a directed act by
  one side naming no one, said after the other side was named: aimed at the other side.

The home country is the country of clearly most actor mentions (none when two countries share the
article; those two are then the article's sides). Parameters live in ``dateline/data/events/discourse.yaml``; docs/events.md, "Discourse
targets", explains them. A filled target is the KB state actor of the country (or the actors of
the earlier event), with ``resolved_by: events-discourse-<rule>`` and the span of the earlier
mention it was read from; the event's ``evidence`` names the rule. Switch the rules off with
``Settings(extra={"event_discourse": False})``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .._actors.resolve import home_country as _home_country
from .._errors import DataFileError
from .._records import Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .._pipeline import Context
    from .coder import Debug

__all__ = ["DiscourseRules", "apply_discourse", "home_country", "load_discourse_rules", "parse_discourse_rules"]

MARK = "events-discourse"
#: ``resolved_by`` of a source the sentence coder read from a body noun of no country ("soldiers",
#: "the senators", discourse.yaml ``agents``); the article's home country is filled in here, and
#: the EventsLayer drops an event whose such source is still of no country
HOME_AGENT = "events-home-agent"
_OBJECT_DEPS = ("dobj", "obj", "dative", "attr", "nsubjpass")
_LOOKBACKS = ("paragraph", "article")


@dataclass(frozen=True)
class DiscourseRules:
    """The ``discourse:`` section of ``data/events/discourse.yaml`` (its header documents every key)."""

    min_mentions: int = 5
    min_ratio: float = 2.0
    domestic_types: frozenset[str] = frozenset()
    domestic_skip_modes: frozenset[str] = frozenset()  # "declared a ceasefire": a retreat before the other side, not before its own people
    domestic_skip_objects: frozenset[str] = frozenset()  # "closed its airspace": a closure of the own frontier is aimed at no one
    # "closed the border post of X": a facility a frontier noun names by compound is the frontier
    frontier_facilities: frozenset[str] = frozenset()
    # "rejected any mediation": a refusal of a third party's good offices is aimed at no one inside
    domestic_skip_talks: frozenset[str] = frozenset()
    lifted_measures: frozenset[str] = frozenset()  # "lifted the curfew": a concession to the source's own country
    retreat_partner_nouns: frozenset[str] = frozenset()  # "pulled out of the joint force": no domestic retreat
    # types domestic only when done by people, not by the state itself (a protest)
    domestic_people_types: frozenset[str] = frozenset()
    # types domestic only when asserted: "would resign if ..." (hypothetical) names no one
    domestic_asserted_types: frozenset[str] = frozenset()
    reaction_types: frozenset[str] = frozenset()
    reaction_lookback: str = "paragraph"
    # "urged all the parties to restraint": an appeal to every side of the home country's crisis
    # is addressed to that country, though restraint alone is addressed to no one
    all_party_quantifiers: frozenset[str] = frozenset()
    all_party_nouns: frozenset[str] = frozenset()
    # "called for calm", "urged its supporters to stay calm": a home actor's appeal for calm is
    # addressed to its own country (domestic), whatever its type
    calm_types: frozenset[str] = frozenset()
    calm_words: frozenset[str] = frozenset()
    skip_objects: frozenset[str] = frozenset()
    # "welcomed the agreement": support for a pact is aimed at no one (not its parties)
    welcomed_pacts: frozenset[str] = frozenset()
    pair_types: frozenset[str] = frozenset()
    pair_nouns: frozenset[str] = frozenset()
    pair_quantifiers: frozenset[str] = frozenset()
    pair_lookback: int = 8
    # "Washington had mediated talks", "an agreement mediated by the Vatican": a mediation naming
    # no party is between the article's two sides (a CONSULT of the mediator and both)
    mediation_lemmas: frozenset[str] = frozenset()
    # (read by the sentence coder) "spoke with A and B", "telephoned A and B": a conversation is
    # bilateral, one CONSULT record per other side named
    bilateral_verbs: frozenset[str] = frozenset()
    counterpart_types: frozenset[str] = frozenset()
    side_min_mentions: int = 3
    third_max_ratio: float = 0.5
    act_judging: frozenset[str] = frozenset({"ACCUSE", "REJECT"})
    act_types: frozenset[str] = frozenset({"ASSAULT", "COERCE"})
    act_lexicons: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()
    # (read by the sentence coder) "rejected the accusations", "dismissed the warning", "a charge
    # the ministry rejected": a rebuttal names its accuser, the source of the latest earlier
    # event aimed at the rebutter
    rebutted_nouns: tuple[tuple[str, str], ...] = ()  # noun -> the type of the act it rebuts
    # (read by the sentence coder) "demanded the release of the crew": a demand for a release is
    # made to the holder, the source of the latest earlier detention, seizure, abduction or
    # release in the article
    release_nouns: frozenset[str] = frozenset()
    # release nouns that ask for it only with a person of-object ("the freedom of the prisoners",
    # not "greater freedom for the press"), the person nouns that can be, things no one holds
    # ("the release of the report"), and held-person nouns that name their detention's mode
    # ("the hostages": an abduction)
    release_person_only: frozenset[str] = frozenset()
    released_people: frozenset[str] = frozenset()
    release_things: frozenset[str] = frozenset()
    held_nouns: tuple[tuple[str, str], ...] = ()
    # (read by the sentence coder) "Iran denied any role", "the Kremlin denied targeting homes": a
    # denial (`denial_verbs`) of a part in an act (`denied_roles`) or of an attack verb of
    # `denied_attacks` on no named actor is a negated ASSAULT aimed at the latest attack's target
    denial_verbs: frozenset[str] = frozenset()
    denied_roles: frozenset[str] = frozenset()
    denied_attacks: frozenset[str] = frozenset()
    agent_nouns: tuple[tuple[str, str], ...] = ()  # (noun lemma, sector): a home-country body
    # agent nouns that are a body only with one of their modifier words ("the trade union", "the
    # teachers' union"; a bare "the union" is as often the European Union)
    agent_qualifiers: tuple[tuple[str, frozenset[str]], ...] = ()
    # COERCE verbs whose agentless passive is done by a state body ("40 people were arrested")
    agentless_lemmas: frozenset[str] = frozenset()
    agentless_sector: str = "COP"
    # verbs of any type whose agentless passive only a state body does, with its sector
    # ("were sentenced": JUD, "was expelled": GOV)
    agentless_acts: tuple[tuple[str, str], ...] = ()
    # what a protest with no target is against ("in protest of X", "in defiance of X", "to protest X")
    grievance_nouns: frozenset[str] = frozenset()
    grievance_verbs: frozenset[str] = frozenset()
    grievance_preps: frozenset[str] = frozenset()
    # "marched to the Japanese embassy": a protest at a foreign mission is against its state
    grievance_missions: frozenset[str] = frozenset()
    # sentences back (besides its own) in which a body noun of no country looks for a mention of
    # the same noun with a country ("the ministry" after "Iran's foreign ministry"); 0: off
    antecedent_window: int = 0
    # "Kenya's decision to deploy": the owner of one of these nouns does its infinitive's act
    decision_nouns: frozenset[str] = frozenset()
    # "summoned the envoy to demand", "telephoned Bio to express solidarity": after one of these
    # verbs an infinitive is the subject's purpose, aimed at the verb's object (no object control)
    purpose_verbs: frozenset[str] = frozenset()
    # "used water cannon to attack the boats", "employed drones to strike": the subject's purpose,
    # and the object is the instrument, never the one the act is aimed at
    instrument_verbs: frozenset[str] = frozenset()
    # "urged the government", "called the citizens to calm": a definite object of one of these
    # (or of agent_nouns) of no country is the body / people of the antecedent's or home country
    object_nouns: frozenset[str] = frozenset()
    object_skip_types: frozenset[str] = frozenset()
    # "Thousands of citizens marched", "dozens of women protested": a subject headed by one of
    # these whose `of` phrase is one of agent_nouns is that body; with no `of` phrase only as the
    # subject of one of crowd_types ("Thousands marched": a crowd of the place's people)
    crowd_nouns: frozenset[str] = frozenset()
    # the crowd_nouns that make a crowd with no `of` phrase ("Thousands marched"); not "group"
    # ("the group" refers back to an organisation) nor "people"
    bare_crowd_nouns: frozenset[str] = frozenset()
    # people by occupation or station who act as a crowd of the place only when counted ("some
    # 2,000 students marched", "dozens of youths blocked a road", "thousands of public employees
    # marched"), and only as the subject of one of crowd_types
    people_nouns: frozenset[str] = frozenset()
    # (kind noun, sector): a body of the place named after the lower-case noun of its kind ("the
    # collective Aar Sunu Election", "the platform Citizens Together"): that body, when the
    # actors layer knows no such name
    named_kinds: tuple[tuple[str, str], ...] = ()
    # modifiers that put a body outside the place ("international humanitarian organisations",
    # "global rights organisations"): no body of the home country
    foreign_modifiers: frozenset[str] = frozenset()
    # agent nouns that are no body of the state when a common noun says whose they are
    # ("sheriff's deputies", "county deputies")
    # (noun, words of a side that keep it the state's: "opposition deputies")
    owned_agent_nouns: tuple[tuple[str, frozenset[str]], ...] = ()
    # "the council adopted a resolution that condemned X", "said in a statement that urged":
    # a subject that is one of document_nouns speaks for its author, the subject of one of
    # authoring_verbs it is the object of (or of the verb its `in/with` phrase hangs on)
    document_nouns: frozenset[str] = frozenset()
    authoring_verbs: frozenset[str] = frozenset()
    crowd_types: frozenset[str] = frozenset()


def _words(sec: dict[str, Any], key: str, where: str, upper: bool = False) -> frozenset[str]:
    v = sec.get(key, [])
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise DataFileError(f"{where}: discourse.{key} must be a list of strings")
    return frozenset(x.upper() if upper else x.lower() for x in v)


def _word_map(sec: dict[str, Any], key: str, where: str) -> tuple[tuple[str, frozenset[str]], ...]:
    v = sec.get(key) or {}
    if not isinstance(v, dict) or not all(isinstance(w, list) for w in v.values()):
        raise DataFileError(f"{where}: discourse.{key} must map words to lists of words")
    return tuple(sorted((str(k).lower(), frozenset(str(x).lower() for x in w)) for k, w in v.items()))


def _str_map(sec: dict[str, Any], sect: str, key: str, where: str, what: str,
             upper: bool = True) -> tuple[tuple[str, str], ...]:
    """``sec[key]``, a mapping of words to words (``what``: "nouns to sectors"), as sorted (lower-case
    key, upper- or lower-case value) pairs."""
    v = sec.get(key) or {}
    if not isinstance(v, dict) or not all(isinstance(k, str) and isinstance(x, str) for k, x in v.items()):
        raise DataFileError(f"{where}: discourse.{sect}.{key} must map {what}")
    return tuple(sorted((k.lower(), x.upper() if upper else x.lower()) for k, x in v.items()))


def _section(doc: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    sec = doc.get(key) or {}
    if not isinstance(sec, dict):
        raise DataFileError(f"{where}: discourse.{key} must be a mapping")
    return sec


def parse_discourse_rules(doc: Any, where: str = "discourse.yaml", types: Iterable[str] | None = None) -> DiscourseRules:
    """Validate the parsed YAML document ``doc`` (with its ``discourse:`` section)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("discourse"), dict):
        raise DataFileError(f"{where}: expected a mapping with a 'discourse:' section")
    d = doc["discourse"]
    home, dom, rea, pairs, cp, acts, agents, protests = (_section(d, k, where) for k in (
        "home", "domestic", "reaction", "pairs", "counterpart", "acts", "agents", "protests"))
    acts_map = _str_map(agents, "agents", "agentless_acts", where, "verbs to sectors")
    agent_map = _str_map(agents, "agents", "nouns", where, "nouns to sectors")
    kind_map = _str_map(agents, "agents", "named_kinds", where, "nouns to sectors")
    rebut_map = _str_map(acts, "acts", "rebutted_nouns", where, "nouns to PLOVER types")
    held_map = _str_map(acts, "acts", "held_nouns", where, "nouns to modes", upper=False)
    qual_map = agents.get("qualified") or {}
    if not isinstance(qual_map, dict) or not all(isinstance(k, str) and isinstance(v, list) for k, v in qual_map.items()):
        raise DataFileError(f"{where}: discourse.agents.qualified must map nouns to lists of modifier words")
    try:
        min_mentions, min_ratio = int(home.get("min_mentions", 5)), float(home.get("min_ratio", 2.0))
        pair_lookback = int(pairs.get("lookback", 8))
        side_min, third_max = int(cp.get("min_mentions", 3)), float(cp.get("third_max_ratio", 0.5))
        antecedent_window = int(agents.get("antecedent_window", 0))
    except (TypeError, ValueError):
        raise DataFileError(f"{where}: discourse.home.min_mentions/min_ratio and pairs.lookback are numbers") from None
    lookback = str(rea.get("lookback", "paragraph"))
    if lookback not in _LOOKBACKS:
        raise DataFileError(f"{where}: discourse.reaction.lookback is one of {', '.join(_LOOKBACKS)}")
    rules = DiscourseRules(
        min_mentions=min_mentions, min_ratio=min_ratio,
        domestic_types=_words(dom, "types", where, upper=True), domestic_skip_modes=_words(dom, "skip_modes", where),
        domestic_skip_objects=_words(dom, "skip_objects", where),
        frontier_facilities=_words(dom, "frontier_facilities", where), domestic_skip_talks=_words(dom, "skip_talks", where),
        lifted_measures=_words(dom, "lifted_measures", where),
        domestic_people_types=_words(dom, "people_types", where, upper=True),
        domestic_asserted_types=_words(dom, "asserted_types", where, upper=True),
        retreat_partner_nouns=_words(dom, "retreat_partner_nouns", where),
        reaction_types=_words(rea, "types", where, upper=True), reaction_lookback=lookback,
        skip_objects=_words(rea, "skip_objects", where), welcomed_pacts=_words(rea, "welcomed_pacts", where),
        all_party_quantifiers=_words(rea, "all_party_quantifiers", where), all_party_nouns=_words(rea, "all_party_nouns", where),
        calm_types=_words(dom, "calm_types", where, upper=True), calm_words=_words(dom, "calm_words", where),
        pair_types=_words(pairs, "types", where, upper=True), pair_nouns=_words(pairs, "nouns", where),
        pair_quantifiers=_words(pairs, "quantifiers", where), pair_lookback=pair_lookback,
        bilateral_verbs=_words(pairs, "bilateral_verbs", where), mediation_lemmas=_words(pairs, "mediation", where),
        counterpart_types=_words(cp, "types", where, upper=True), side_min_mentions=side_min, third_max_ratio=third_max,
        act_judging=_words(acts, "judging", where, upper=True), act_types=_words(acts, "types", where, upper=True),
        act_lexicons=_words(acts, "lexicons", where), act_nouns=_words(acts, "nouns", where), release_nouns=_words(acts, "release_nouns", where),
        rebutted_nouns=rebut_map,
        release_person_only=_words(acts, "release_person_only", where), released_people=_words(acts, "released_people", where),
        release_things=_words(acts, "release_things", where),
        held_nouns=held_map,
        denial_verbs=_words(acts, "denial_verbs", where), denied_roles=_words(acts, "denied_roles", where),
        denied_attacks=_words(acts, "denied_attacks", where),
        agent_nouns=agent_map,
        agent_qualifiers=tuple(sorted((k.lower(), frozenset(str(w).lower() for w in v)) for k, v in qual_map.items())),
        agentless_lemmas=_words(agents, "agentless_lemmas", where), agentless_sector=str(agents.get("agentless_sector", "COP")).upper(),
        agentless_acts=acts_map,
        grievance_nouns=_words(protests, "nouns", where), grievance_verbs=_words(protests, "verbs", where),
        grievance_preps=_words(protests, "preps", where), grievance_missions=_words(protests, "missions", where), antecedent_window=antecedent_window,
        decision_nouns=_words(agents, "decision_nouns", where), purpose_verbs=_words(agents, "purpose_verbs", where),
        instrument_verbs=_words(agents, "instrument_verbs", where), object_nouns=_words(agents, "object_nouns", where),
        object_skip_types=_words(agents, "object_skip_types", where, upper=True),
        crowd_nouns=_words(agents, "crowd_nouns", where), bare_crowd_nouns=_words(agents, "bare_crowd_nouns", where),
        people_nouns=_words(agents, "people_nouns", where),
        named_kinds=kind_map,
        foreign_modifiers=_words(agents, "foreign_modifiers", where), owned_agent_nouns=_word_map(agents, "owned_nouns", where),
        document_nouns=_words(agents, "document_nouns", where), authoring_verbs=_words(agents, "authoring_verbs", where), crowd_types=_words(agents, "crowd_types", where, upper=True))
    if types is not None:
        known = set(types)
        bad = sorted((rules.domestic_types | rules.reaction_types | rules.pair_types | rules.counterpart_types
                      | rules.act_judging | rules.act_types | rules.crowd_types | rules.domestic_people_types
                      | rules.domestic_asserted_types | rules.calm_types | {t for _, t in rules.rebutted_nouns}) - known)
        if bad:
            raise DataFileError(f"{where}: discourse: unknown PLOVER type(s) {', '.join(bad)}")
    return rules


@lru_cache(maxsize=8)
def load_discourse_rules(path: str | None = None) -> DiscourseRules:
    """The bundled rules, or those of the YAML file at ``path``."""
    from .ontology import PLOVER_TYPES

    if path is None:
        ref = resources.files("dateline") / "data" / "events" / "discourse.yaml"
        text, where = ref.read_text(encoding="utf-8"), "data/events/discourse.yaml"
    else:
        try:
            text, where = Path(path).read_text(encoding="utf-8"), str(path)
        except OSError as exc:
            raise DataFileError(f"{path}: cannot read discourse rules ({exc})") from None
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{where}: not valid YAML ({exc})") from None
    return parse_discourse_rules(doc, where, PLOVER_TYPES)


# --- the article's home country ------------------------------------------------------------


def home_country(mentions: Iterable[Actor], rules: DiscourseRules) -> str | None:
    """The country of clearly most actor mentions (``rules.min_mentions`` and ``min_ratio``)."""
    return _home_country(mentions, rules.min_mentions, rules.min_ratio)


def two_sides(mentions: Iterable[Actor], rules: DiscourseRules) -> tuple[str, str] | None:
    """The two countries an article is about (a dispute, a summit, a trade war): each of the two
    countries of most mentions has at least ``rules.side_min_mentions``, and the third at most
    ``rules.third_max_ratio`` times the second's."""
    counts = Counter(a.country for a in mentions if a.country and a.kind != "igo")
    ranked = counts.most_common(3)
    if len(ranked) < 2 or ranked[1][1] < rules.side_min_mentions:
        return None
    third = ranked[2][1] if len(ranked) > 2 else 0
    if third > rules.third_max_ratio * ranked[1][1]:
        return None
    return ranked[0][0], ranked[1][0]


# --- helpers -------------------------------------------------------------------------------


def _paragraph_start(text: str, pos: int) -> int:
    i = text.rfind("\n\n", 0, pos)
    return 0 if i < 0 else i + 2


def _trigger_token(ctx: Context, e: Event) -> Token | None:
    sp = ctx.char_span(e.trigger.span)
    return sp.root if sp is not None and len(sp) else None


def _objects(tok: Token) -> list[Token]:
    """The heads of the trigger's object phrases: direct objects, datives and prepositional
    objects ("voted against the order")."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in _OBJECT_DEPS:
            out.append(c)
        elif c.dep_ == "prep":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def state_of_code(kb: Any, code: str) -> list[str]:
    """The KB state entries of ISO3 ``code``, the state whose own country it is first, then in
    id order: "NAM" is also a lower-case alias of another state ("Viet Nam"), and the KB gives a
    set, whose order changes from run to run."""
    ids = [e for e in kb.ids_for(code) if kb.entries[e].kind == "state"]
    return sorted(ids, key=lambda e: (kb.entries[e].country != code, e))


def _state(ctx: Context, code: str, like: Actor | None, rule: str) -> Actor | None:
    """The KB state actor of ``code``, read from mention ``like`` (its text and span)."""
    try:
        from .._actors.kb import load_kb

        kb = load_kb(ctx.settings.kb_extra)
    except Exception:  # noqa: BLE001 - no knowledge base, no filled target
        return None
    ids = state_of_code(kb, code)
    if not ids:
        return None
    date = ctx.date.isoformat() if ctx.date else None
    return kb.actor(ids[0], date, text=like.text if like else "", span=like.span if like else None,
                    resolved_by=f"{MARK}-{rule}")


def _mention_of(code: str, named: Sequence[Actor], before: int, lo: int = 0) -> Actor | None:
    """The mention a filled target of ``code`` is read from: the latest one of that country in
    ``[lo, before)``, a mention of the state itself (no sector or GOV) before any other."""
    cands = [a for a in named if a.country == code and a.span and lo <= a.span[0] and a.span[1] <= before]
    for ok in (lambda a: a.kind == "state" and a.sector in (None, "GOV") and a.resolved_by != "plural",
               lambda a: a.kind == "state" and a.resolved_by != "plural", lambda a: True):
        found = [a for a in cands if ok(a)]
        if found:
            return found[-1]
    return None


def _countries(actors: Sequence[Actor]) -> set[str | None]:
    return {a.country if a.kind != "igo" else None for a in actors}


def _side(a: Actor) -> str:
    """Which side of a two-sided event an actor stands for (a state's people and officials are
    the state's side; a group is its own)."""
    if a.kind in ("state", "person") and a.country:
        return a.country
    return a.key()


def _is_pair_object(obj: Token, rules: DiscourseRules) -> bool:
    """"both", "both sides", "the two parties"."""
    if obj.lower_ in rules.pair_quantifiers and obj.pos_ in ("PRON", "DET", "NUM"):
        return True
    return obj.lemma_.lower() in rules.pair_nouns and obj.tag_ in ("NNS", "NNPS") and any(
        c.lower_ in rules.pair_quantifiers for c in obj.children if c.dep_ in ("det", "predet", "nummod", "amod", "quantmod"))


# --- the rules -----------------------------------------------------------------------------


def _pairs(ctx: Context, e: Event, objs: list[Token], earlier: list[Event], sent_no: dict[int, int],
           rules: DiscourseRules, two: tuple[str, str] | None = None, named: Sequence[Actor] = ()) -> list[Actor] | None:
    """"urged both sides", "called the two parties": the article's two sides when it is about
    two countries, else the two sides of the latest earlier two-sided event in the window, one
    whose sides are of two countries before one inside a single country. A CONSULT of a
    mediation word (``pairs.mediation``: "had mediated talks", "offered its mediation") needs no pair object: the sides
    are those of the dispute it mediates, found the same way."""
    tok = _trigger_token(ctx, e)
    mediated = e.type == "CONSULT" and tok is not None and tok.lemma_.lower() in rules.mediation_lemmas
    if e.type not in rules.pair_types and not mediated:
        return None
    # "offered to help the two sides find a compromise": the object of the infinitive too
    inner = [o for x in (tok.children if tok is not None else ()) if x.dep_ == "xcomp"
             for o in (*_objects(x), *(s for cc in x.children if cc.dep_ in ("ccomp", "xcomp")  # "help the two sides find"
                                       for s in cc.children if s.dep_ == "nsubj"))]
    if not mediated and not any(_is_pair_object(o, rules) for o in [*objs, *inner]):
        return None
    here = sent_no.get(e.span[0], 0)
    if two is not None and not (_countries(e.sources) & set(two)):
        # "China will require importers from the EU to pay deposits ... Germany urged both sides":
        # a bloc the counts of states cannot see (an IGO is no country) is a side when an earlier
        # conflict act in the window sets it against one of the two countries
        bloc = _bloc_pair(earlier, sent_no, here, rules, two, {a.key() for a in e.sources})
        if bloc is not None:
            return bloc
        found = [_state(ctx, code, _mention_of(code, named, e.trigger.span[0]), "pairs") for code in two]
        if all(a is not None for a in found):
            return [a for a in found if a is not None]
    window = [prev for prev in earlier if here - sent_no.get(prev.span[0], 0) <= rules.pair_lookback]
    candidates: list[tuple[int, list[Actor]]] = []
    own = {a.key() for a in e.sources}
    for prev in reversed(window):
        # an IGO is a side when it is a party ("ECOWAS imposed sanctions on Mali"), not when it
        # is the one now speaking to both ("the UN urged both sides")
        parts = [a for a in [*prev.sources, *prev.targets] if a.kind != "igo" or a.key() not in own]
        sides: dict[str, Actor] = {}
        for a in parts:
            sides.setdefault(_side(a), a)
        if len(sides) == 2:
            candidates.append((prev.quad_class or 0, list(sides.values())))
    # the sides of a conflict first ("A shelled B", "A sanctioned B": quad classes 3 and 4), then
    # any two; two countries before one country and a group of none (an army and a militia);
    # never two actors of one country
    for conflict in (True, False):
        for country_pair in (True, False):
            for quad, pair in candidates:
                if conflict and quad < 3:
                    continue
                if len({a.country or a.key() for a in pair}) == 2 and (all(a.country for a in pair) or not country_pair):
                    return [dataclasses.replace(a, resolved_by=f"{MARK}-pairs") for a in pair]
    return None


def _bloc_pair(earlier: list[Event], sent_no: dict[int, int], here: int, rules: DiscourseRules,
               two: tuple[str, str], own: set[str]) -> list[Actor] | None:
    """The sides of the latest earlier conflict act (quad class 3 or 4) within the window that
    sets an IGO, not among the event's own sources, against a state of one of the article's two
    countries ("China will require importers from the EU to pay deposits"), else None."""
    for prev in reversed(earlier):
        if here - sent_no.get(prev.span[0], 0) > rules.pair_lookback or (prev.quad_class or 0) < 3:
            continue
        pair = [*prev.sources, *prev.targets]
        blocs = [a for a in pair if a.kind == "igo" and a.key() not in own]
        states = [a for a in pair if a.kind in ("state", "person") and a.country in two]
        if len(pair) == 2 and len(blocs) == 1 and len(states) == 1:
            return [dataclasses.replace(a, resolved_by=f"{MARK}-pairs") for a in (states[0], blocs[0])]
    return None


def lifts_measure(toks: Iterable[Token], measures: Collection[str]) -> bool:
    """One of ``toks``, or the object of its `of` phrase ("the state of emergency"), names a
    domestic measure of ``lifted_measures`` (the coder's agentless lifting and the domestic rule)."""
    return any(o.lemma_.lower() in measures for x in toks for o in [x] + [
        p for pr in x.children if pr.dep_ == "prep" and pr.lower_ == "of" for p in pr.children if p.dep_ == "pobj"])


def frontier(obj: Token, frontiers: Collection[str], facilities: Collection[str]) -> bool:
    """"the border", "its airspace", "the border post of Lebombo", "the border crossing point": a
    frontier noun, or a facility noun ("post", "checkpoint") a frontier noun names by compound;
    not any noun with a frontier compound ("the border town of Nimule", "the border area" are
    places where people live). Read by the domestic rule and the sentence coder's domestic control."""
    if obj.lemma_.lower() in frontiers:
        return True
    if obj.lemma_.lower() not in facilities:
        return False
    comps = [x for x in obj.children if x.dep_ == "compound"]
    comps += [y for x in comps for y in x.children if y.dep_ == "compound"]
    return any(x.lemma_.lower() in frontiers for x in comps)


def _under_fire(e: Event, home: str, earlier: Sequence[Event]) -> bool:
    """Whether an earlier asserted conflict event (quad class 3-4) of the article has a source of
    another country aimed at ``home`` ("Azerbaijani forces shelled Armenian villages ... Armenia
    called for restraint"): the home actor's appeal or refusal then answers that attacker."""
    for prev in earlier:
        if prev.negated or prev.hypothetical or (prev.quad_class or 0) < 3:
            continue
        if any(a.country and a.country != home for a in prev.sources) and any(a.country == home for a in prev.targets):
            return True
    return False


def _domestic(ctx: Context, e: Event, home: str | None, named: list[Actor], rules: DiscourseRules,
              objs: Sequence[Token] = (), earlier: Sequence[Event] = ()) -> list[Actor] | None:
    if home is None or (e.mode or "").lower() in rules.domestic_skip_modes:
        return None
    if e.hypothetical and e.type in rules.domestic_asserted_types:
        return None  # "would step down if the vote fails": no act on anyone yet
    calm = e.type in rules.calm_types and _calm_appeal(ctx, e, objs, rules)
    if e.type not in rules.domestic_types and not (e.type == "CONCEDE" and lifts_measure(objs, rules.lifted_measures)) \
            and not (e.type in rules.domestic_people_types and all(a.kind != "state" for a in e.sources)) \
            and not calm:
        # (a CONCEDE lifting a domestic measure, "the curfew would be eased", is one too; so is
        # a protest of the home country's people, "thousands marched", as the sentence coder
        # codes it where it knows their country)
        return None
    if any(frontier(o, rules.domestic_skip_objects, rules.frontier_facilities) for o in objs):
        return None  # "closed the airspace", "sealed its border": aimed at no one inside
    if _countries(e.sources) != {home}:
        return None
    talks = e.type == "REJECT" and (e.mode or "").lower() == "meet"
    if talks and any(w.lemma_.lower() in rules.domestic_skip_talks or w.lower_ in rules.domestic_skip_talks
                     for w in _appeal_words(ctx, e, objs)):
        return None  # "rejected any mediation": a third party's offer, no act on its own people
    if (talks or (calm and e.type not in rules.domestic_types)) and _under_fire(e, home, earlier):
        return None  # "called for restraint" after a foreign strike: addressed to the attacker, if anyone
    if e.type == "RETREAT" and _retreat_from_partners(ctx, e, home, named, rules):
        return None
    if len({_side(a) for a in e.sources}) >= 2:
        # "clashes between the army and the RSF": a two-sided act has both sides as sources and
        # no target (the gold conventions), not the state they both belong to
        return None
    if e.type in rules.act_judging and all(a.kind == "state" for a in e.sources):
        # "Australia will appeal", "the government denounced": a state judging no one named is
        # not judging itself
        return None
    like = _mention_of(home, named, e.trigger.span[0]) or _mention_of(home, named, len(ctx.text))
    dom = _state(ctx, home, like, "domestic")
    return [dom] if dom is not None else None


def _appeal_words(ctx: Context, e: Event, objs: Sequence[Token]) -> list[Token]:
    """What an appeal asks for: the trigger's objects, its infinitive with that verb's objects and
    complements ("urged its supporters to stay calm", "called on citizens to maintain the calm")."""
    tok = _trigger_token(ctx, e)
    out = list(objs)
    for x in (tok.children if tok is not None else ()):
        if x.dep_ == "xcomp":
            out.append(x)
            out.extend(_objects(x))
            out.extend(c for c in x.children if c.dep_ in ("acomp", "oprd"))
    return out


def _calm_appeal(ctx: Context, e: Event, objs: Sequence[Token], rules: DiscourseRules) -> bool:
    """"called for calm", "appealed for restraint", "urged supporters to stay calm"."""
    return any(w.lemma_.lower() in rules.calm_words or w.lower_ in rules.calm_words for w in _appeal_words(ctx, e, objs))


def _all_parties(ctx: Context, e: Event, objs: Sequence[Token], rules: DiscourseRules) -> bool:
    """"all parties", "all the sides", "all the parts": every side of the crisis at hand."""
    for o in _appeal_words(ctx, e, objs):
        if o.lemma_.lower() in rules.all_party_nouns and o.tag_ in ("NNS", "NNPS") and any(
                c.lower_ in rules.all_party_quantifiers for c in o.children if c.dep_ in ("det", "predet", "amod", "quantmod")):
            return True
    return False


def _retreat_from_partners(ctx: Context, e: Event, home: str, named: list[Actor], rules: DiscourseRules) -> bool:
    """Whether the retreat ``e`` is out of or from something of others ("pulled out of the joint
    force with Mali", "withdrew from the UN mission", "pulled its troops out of Mali"): a noun of
    ``retreat_partner_nouns`` or a named state other than ``home`` or an IGO in its out-of/from
    phrase (the preposition on the trigger or on its particle)."""
    tok = _trigger_token(ctx, e)
    if tok is None:
        return False
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    preps += [p for c in tok.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "away")
              for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "from")]
    for p in preps:
        for o in (g for g in p.children if g.dep_ == "pobj"):
            if o.lemma_.lower() in rules.retreat_partner_nouns:
                return True
            # (its own phrase, not a clause on it: "withdrew from the streets, where 22 were killed
            # according to the United Nations" is a home retreat)
            inner = [t for t in o.subtree if not any(x.dep_ in ("relcl", "acl", "advcl") for x in (t, *t.ancestors)
                                                     if x.i != o.i and o in x.ancestors)]
            spans = [ctx.span(t) for t in inner]
            if any(a.span is not None and any(lo <= a.span[0] < hi for lo, hi in spans)
                   and (a.kind == "igo" or a.country and a.country != home) for a in named):
                return True
    return False


def _welcomed_outcome(e: Event, objs: Sequence[Token], rules: DiscourseRules) -> bool:
    """Support for a pact, an outcome or a decision ("welcomed the vote", "hailed the decision";
    ``reaction.welcomed_pacts``) is aimed at none of its parties (gold: targets [])."""
    return e.type == "SUPPORT" and any(o.lemma_.lower() in rules.welcomed_pacts for o in objs)


def _reaction(ctx: Context, e: Event, home: str | None, named: list[Actor], objs: list[Token],
              rules: DiscourseRules) -> list[Actor] | None:
    if home is None or e.type not in rules.reaction_types:
        return None
    if home in _countries(e.sources):
        return None
    tok = _trigger_token(ctx, e)
    # "offered to mediate", "offered to host talks": the infinitive and its object count too
    inner = [o for x in (tok.children if tok is not None else ()) if x.dep_ == "xcomp" for o in (x, *_objects(x))]
    if any(o.lemma_.lower() in rules.skip_objects or o.lower_ in rules.skip_objects for o in [*objs, *inner]) \
            and not _all_parties(ctx, e, objs, rules):
        return None  # ("talks": the list has plural-only words)
    if _welcomed_outcome(e, objs, rules):
        return None
    start = e.trigger.span[0]
    lo = _paragraph_start(ctx.text, start) if rules.reaction_lookback == "paragraph" else 0
    like = _mention_of(home, named, start, lo)
    if like is None:
        return None
    dom = _state(ctx, home, like, "reaction")
    return [dom] if dom is not None else None


def _counterpart(ctx: Context, e: Event, sides: tuple[str, str] | None, named: list[Actor], objs: list[Token],
                 rules: DiscourseRules) -> list[Actor] | None:
    if sides is None or e.type not in rules.counterpart_types:
        return None
    if any(o.lemma_.lower() in rules.skip_objects for o in objs) or _welcomed_outcome(e, objs, rules):
        return None
    own = _countries(e.sources)
    if len(own) != 1 or not own <= set(sides):
        return None
    other = sides[1] if sides[0] in own else sides[0]
    like = _mention_of(other, named, e.trigger.span[0])
    if like is None:
        return None
    dom = _state(ctx, other, like, "counterpart")
    return [dom] if dom is not None else None


def apply_discourse(ctx: Context, debug: list[Debug], rules: DiscourseRules | None = None) -> int:
    """Fill the empty targets of ``debug``'s events in place (see the module doc); returns how
    many events got a target. An event whose filled form repeats another event of its sentence
    is dropped from ``debug``."""
    if not debug or ctx.settings.extra.get("event_discourse", True) is False:
        return 0
    rules = rules or load_discourse_rules()
    mentions = [a for a in (ctx.state.get("actor_mentions") or ctx.article.actors or ())
                if a.span is not None and a.resolved_by != "pronoun"]
    named = sorted(mentions, key=lambda a: a.span or (0, 0))
    home = home_country(named, rules)
    pair_sides = two_sides(named, rules)  # "both sides" of an article about two countries, home or not
    sides = pair_sides if home is None else None
    sent_no: dict[int, int] = {}
    for i, s in enumerate(ctx.doc.sents):
        sent_no[ctx.span(s)[0]] = i
    filled = 0
    agent_nouns = {n for n, _ in rules.agent_nouns}
    qualifiers = dict(rules.agent_qualifiers)
    object_nouns = agent_nouns | rules.object_nouns
    dateline = _dateline_country(ctx, named)
    earlier: list[Event] = []
    sent_starts = sorted(sent_no)
    for d in debug:
        e = d.event
        antecedent_home: str | None = None
        if agent_nouns and any(not a.country and not a.id and a.kind in ("organization", "population", "state")
                               and a.resolved_by in (HOME_AGENT, "pronoun", "description", "nominal") for a in e.sources):
            # "Iran's foreign ministry summoned the envoy. The ministry also condemned the raid":
            # a body noun of no country names the body an earlier mention of the same noun with
            # a country named (within `agents.antecedent_window` sentences), before the home
            # country is assumed
            swapped = [_antecedent(ctx, a, named, sent_starts, agent_nouns, rules.antecedent_window) for a in e.sources]
            read = {b.country for a, b in zip(e.sources, swapped) if b is not a}
            if read:
                e.sources = swapped
                e.evidence = f"{e.evidence}; discourse source country {', '.join(sorted(c or '' for c in read))} (the body an earlier mention of the same noun names)"
                if read == {home or dateline}:
                    antecedent_home = home or dateline  # as if read from the story's country below
        if d.home_agent and home is not None and any(a.resolved_by == HOME_AGENT and not a.country for a in e.sources):
            # "soldiers burned the villages" in a story about one country: its soldiers
            e.sources = [dataclasses.replace(a, country=home, resolved_by=f"{MARK}-home")
                         if a.resolved_by == HOME_AGENT and not a.country else a for a in e.sources]
            e.evidence = f"{e.evidence}; discourse source country {home} (a body of no country in a story about {home})"
        body_home, dom_home = home or dateline, home or antecedent_home
        if body_home is not None and agent_nouns and any(_countryless_body(ctx, a, agent_nouns, qualifiers) for a in e.sources):
            # "Police detained 13 people" where the actors layer knew the police of no country:
            # in a story about one country (or filed from one: the dateline), its police
            e.sources = [dataclasses.replace(a, country=body_home, resolved_by=f"{MARK}-home")
                         if _countryless_body(ctx, a, agent_nouns, qualifiers) else a for a in e.sources]
            e.evidence = f"{e.evidence}; discourse source country {body_home} (a state body of no country in a story from {body_home})"
            dom_home = body_home  # its act on no one named is domestic there too
        if d.denied is not None and not e.targets:
            # "Iran denied any role": the denied attack's targets, as this article filled them
            e.targets = [a for a in d.denied.targets if a.key() not in {s.key() for s in e.sources}]
        if not e.targets and e.sources:
            tok = _trigger_token(ctx, e)
            objs = _objects(tok) if tok is not None else []
            for rule, found in (("body", lambda: _body_object(ctx, e, objs, home or dateline, named, sent_starts,
                                                               object_nouns, rules)),
                                ("pairs", lambda: _pairs(ctx, e, objs, earlier, sent_no, rules, pair_sides, named)),
                                ("domestic", lambda: _domestic(ctx, e, dom_home, named, rules, objs, earlier)),
                                ("reaction", lambda: _reaction(ctx, e, home, named, objs, rules)),
                                ("counterpart", lambda: _counterpart(ctx, e, sides, named, objs, rules))):
                if rule == "domestic" and d.no_domestic:
                    continue  # a threat of reprisal against its own state ("Kenya will take further measures") is none
                got = found()
                if got:
                    e.targets = got
                    names = ", ".join(a.country or a.name for a in got)
                    e.evidence = f"{e.evidence}; discourse target {names} ({rule}"
                    e.evidence += {"pairs": ", the two sides of an earlier event)",
                                   "counterpart": f", the other side of an article about {' and '.join(sides or ())})",
                                   "body": ", a body or people of no country named as the object)"}.get(
                                       rule, f", home country {home})")
                    filled += 1
                    break
        earlier.append(e)
    if filled:
        _dedupe(debug)
    return filled


# what may stand between a dateline's place and its dash: a region or country ("KADUNA, Nigeria -"),
# a date ("LIMA, 21 Dec. -", "QUITO, 24 jan. -", "ANKARA, May 29 -") and the agency in brackets
# ("RIYADH, 15 September (SPA) -", "CARACAS, 4 Dec (EFE).-"); lower-case words only as months
_DATELINE_TAIL = re.compile(
    r"(?:\s*,)?(?:\s*(?:\d{1,2}(?:st|nd|rd|th)?|[A-Z][\w'.]*|"
    r"(?:jan|fe[bv]|fév|mar|apr|avr|abr|ma[yi]|jun|jui|jul|aug|ago|ao[uû]|sep|set|oct|out|nov|de[cz]|déc|dic)[a-zéû]*\.?)"
    r"\s*,?){0,4}\s*(?:\([^()\n]{1,30}\))?\s*\.?\s*[-\u2014\u2013]")


def _dateline_country(ctx: Context, named: Sequence[Actor] = ()) -> str | None:
    """The country of the article's dateline ("TBILISI — ...", "LIMA, 21 Dec. (EFE) - ..."): a
    place at the very start of the text followed by a dash, with at most a region, a date and an
    agency between them (``_DATELINE_TAIL``). A story filed from one country about others
    ("BRUSSELS (Reuters) - Armenia and Azerbaijan traded accusations ... Police detained 12")
    is not about the dateline's: its country counts only when the body after the dateline names
    it (an actor or a place of it) or names no other country."""
    for p in ctx.article.places:
        if p.span[0] <= 2 and p.country:
            m = _DATELINE_TAIL.match(ctx.text, p.span[1], p.span[1] + 60)
            if m is None:
                return None
            body = {a.country for a in named if a.country and a.span is not None and a.span[0] >= m.end()}
            body |= {q.country for q in ctx.article.places if q.country and q.span[0] >= m.end()}
            return p.country if not body or p.country in body else None
    return None


def _antecedent(ctx: Context, a: Actor, named: Sequence[Actor], sent_starts: list[int], nouns: set[str],
                window: int) -> Actor:
    """``a`` with the country of its antecedent when it is a body noun of no country ("the
    ministry", "the army") and one of the ``window`` sentences before it (or its own) holds a
    mention with a country whose head is the same noun ("Iran's foreign ministry", "the Turkish
    army"); else ``a`` itself."""
    if window <= 0 or a.country or a.id or a.span is None:
        return a
    if a.resolved_by == "pronoun":  # "The army said it had killed": the mention "it" stands for
        ref = next((b for b in reversed(named) if b.span is not None and b.span[1] <= a.span[0] and b.name == a.name), None)
        found = _antecedent(ctx, ref, named, sent_starts, nouns, window) if ref is not None and not ref.country else None
        return dataclasses.replace(a, country=found.country, resolved_by=found.resolved_by) if found is not None and found.country else a
    sp = ctx.char_span(a.span)
    if sp is None or not len(sp):
        return a
    lem = sp.root.lemma_.lower()
    if lem not in nouns or any(t.dep_ in ("amod", "compound", "poss") for t in sp.root.children if t.i < sp.root.i):
        return a  # "the Russian army" is not an anaphor; "the interior ministry" may be another one
    code = _noun_antecedent_country(ctx, named, lem, a.span[0], sent_starts, window)
    return dataclasses.replace(a, country=code, resolved_by=f"{MARK}-antecedent") if code else a


def _noun_antecedent_country(ctx: Context, named: Sequence[Actor], lem: str, at: int, sent_starts: list[int],
                             window: int) -> str | None:
    """The country of the latest mention with a country whose head noun is ``lem`` ("Iran's
    foreign ministry" for "ministry") that ends by character ``at``, in the sentence holding ``at``
    or the ``window`` sentences before it; None when there is none."""
    here = bisect.bisect_right(sent_starts, at)
    lo = sent_starts[max(0, here - 1 - window)] if sent_starts else 0
    for b in reversed(named):
        if b.span is None or b.span[1] > at or b.span[0] < lo or not b.country:
            continue
        bs = ctx.char_span(b.span)
        if bs is not None and len(bs) and bs.root.lemma_.lower() == lem:
            return b.country
    return None


def _body_object(ctx: Context, e: Event, objs: list[Token], story: str | None, named: Sequence[Actor],
                 sent_starts: list[int], nouns: set[str] | frozenset[str], rules: DiscourseRules) -> list[Actor] | None:
    """"urged the government to stop", "called the authorities to respect", "called the citizens
    to calm": a definite object that is a body or people noun with no modifier and no mention of
    a country is the state of the latest mention of the same noun with a country (within
    ``agents.antecedent_window`` sentences), else of the story's country (home or dateline)."""
    if e.type in rules.object_skip_types or not objs:
        return None
    for o in objs:
        lem = o.lemma_.lower()
        if lem not in nouns or not any(c.dep_ == "det" and c.lower_ == "the" for c in o.children):
            continue
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in o.children if c.i < o.i) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in o.children):
            continue  # "the Israeli government", "the government of Peru": named (or not the story's)
        a, b = ctx.span(o)
        if any(m.span is not None and m.span[0] <= a and b <= m.span[1] and (m.country or m.id) for m in named):
            continue  # a mention with a country the sentence coder set aside (the source's own)
        code = _noun_antecedent_country(ctx, named, lem, a, sent_starts, rules.antecedent_window) or story
        if code is None:
            return None
        like = _mention_of(code, named, a) or _mention_of(code, named, len(ctx.text))
        dom = _state(ctx, code, like, "body")
        return [dom] if dom is not None else None
    return None


def _countryless_body(ctx: Context, a: Actor, nouns: set[str], qualifiers: Mapping[str, frozenset[str]]) -> bool:
    """A mention of a state body (``agents.nouns``: "Police", "the soldiers") that the actors
    layer resolved to no country and no identity (with its modifier word where
    ``agents.qualified`` asks for one: "the trade union", not a bare "the union")."""
    if a.country or a.id or a.kind not in ("organization", "population", "state") or a.span is None:
        return False
    sp = ctx.char_span(a.span)
    return sp is not None and len(sp) > 0 and sp.root.lemma_.lower() in nouns and qualified(sp.root, qualifiers)


def qualified(tok: Token, qualifiers: Mapping[str, frozenset[str]]) -> bool:
    """Whether agent noun ``tok`` has the modifier ``agents.qualified`` asks of it, if any
    ("the trade union", "the teachers' union")."""
    words = qualifiers.get(tok.lemma_.lower())
    return words is None or any(c.dep_ in ("compound", "poss", "amod", "nmod") and c.lemma_.lower() in words
                                for c in tok.children)


def _key(e: Event) -> tuple[Any, ...]:
    return (e.span, e.type, tuple(sorted(a.key() for a in e.sources)), tuple(sorted(a.key() for a in e.targets)),
            e.negated, e.hypothetical)


def _dedupe(debug: list[Debug]) -> None:
    seen: set[tuple[Any, ...]] = set()
    keep: list[Debug] = []
    for d in sorted(debug, key=lambda d: "discourse target" in d.event.evidence):  # coded ones win over filled ones
        k = _key(d.event)
        if k not in seen:
            seen.add(k)
            keep.append(d)
    order = {id(d): i for i, d in enumerate(debug)}
    debug[:] = sorted(keep, key=lambda d: order[id(d)])
