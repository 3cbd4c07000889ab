"""Find and resolve actor mentions in one parsed article.

Steps (all on spaCy tokens of the clean text; spans are turned into article offsets at the end):

1. phrase matching of every KB alias and agent pattern over normalised token keys (a trie);
2. persons spaCy finds that the KB does not know (NER ``PERSON``);
3. surnames of people named earlier in the article, and titled surnames ("President Lula");
4. descriptions: ``[the] [Iran's|Chinese|UN] [top] <agent> [<Name>]`` -> the named person, the
   office holder on the article date, a state sector ("Chinese officials" = CHN GOV) or an
   unknown person with country and sector;
5. states and capitals count as actors only in actor positions (subject, object of a non-motion
   verb, possessor, "talks with ..."), otherwise they are places;
6. coreference, conservatively: "the Russian", "the two leaders", "he"/"she", "they", "it".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING

from .._nlp import doc_ents, sentence_table, span as doc_span, span_text, token_column, token_heads, token_strings
from .._records import Actor
from . import given_names
from .kb import _PARTICLES as _NAME_PARTICLE_WORDS
from .kb import ADJ, AGENT, KB, LEAF, METO, NAME, NAME_SUFFIXES, SHORT, STATE_SECTORS, Agent, name_words, norm_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

FUNCTION_WORDS = frozenset({"of", "the", "and", "al", "el", "de", "du", "bin", "ibn", "da", "van", "von", "der",
                            "for", "in", "la", "le", "di", "y", "wal", "ad", "ul", "e", "i"})
NAME_PARTICLES = frozenset({"Le", "La", "De", "Du", "Van", "Von", "Di", "Da", "Del", "Della", "Dos", "Des"})
COUNTED_PEOPLE = Agent("counted people", "CVL", "people", curated=True)  # not NEEDS_OWNER "people"
DETS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})
FORMER = frozenset({"former", "ex", "then", "late", "erstwhile", "onetime", "one-time", "previous", "outgoing"})
NOT_HOLDER = frozenset({"deputy", "vice", "assistant", "junior", "future", "incoming", "would-be", "candidate"})
MODIFIERS = frozenset({"top", "senior", "chief", "acting", "interim", "new", "first", "self-proclaimed", "de", "facto",
                       "powerful", "veteran", "hardline", "visiting", "embattled", "longtime", "leading", "local",
                       "regional", "national", "federal", "provincial", "current", "sitting", "elected", "military",
                       "civilian", "caretaker", "transitional", "democratic", "communist", "conservative",
                       "populist", "nationalist", "right-wing", "left-wing", "unnamed", "anonymous", "two",
                       "three", "several", "some", "many", "other", "most", "all", "both", "few", "own"}
    | FORMER | NOT_HOLDER)
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "general", "gen", "ayatollah", "sheikh",
                        "prince", "king", "queen", "emir", "president", "premier", "chancellor", "minister",
                        "senator", "sen", "rep", "governor", "gov", "secretary", "pope", "colonel", "col", "marshal",
                        "admiral", "adm", "lt", "major", "maj", "comrade"})
HONORIFIC_SECTOR = {"general": "MIL", "gen": "MIL", "colonel": "MIL", "col": "MIL", "marshal": "MIL",
                    "admiral": "MIL", "adm": "MIL", "major": "MIL", "maj": "MIL", "minister": "GOV",
                    "president": "GOV", "premier": "GOV", "chancellor": "GOV", "governor": "GOV", "gov": "GOV",
                    "secretary": "GOV", "senator": "LEG", "sen": "LEG", "rep": "LEG"}
GENERIC_PERSON_NOUNS = frozenset({"diplomat", "official", "politician", "statesman", "stateswoman", "envoy"})
MOTION = frozenset({"visit", "leave", "reach", "enter", "tour", "arrive", "return", "flee", "travel", "fly", "host",
                    "land", "cross", "exit", "call", "phone"})
ACTOR_PREPS = frozenset({"by", "with", "against", "between", "among", "on", "upon", "toward", "towards"})
REQUEST_NOUNS = frozenset({"case", "complaint", "lawsuit", "position", "stance", "decision", "statement",
                           "support", "aid", "message", "call", "threat", "warning", "letter", "appeal", "demand",
                           "request", "offer", "proposal", "response", "reply", "pressure", "criticism", "ultimatum",
                           "signal", "invitation", "assurance", "concession", "help", "assistance", "backing"})
SPEECH_LEMMAS = frozenset({"say", "tell", "warn", "add", "state", "announce", "claim", "insist", "urge", "accuse",
                           "deny", "reject", "call", "demand", "vow", "pledge", "promise", "threaten", "argue",
                           "note", "stress", "declare", "respond", "reply", "confirm", "condemn", "criticize",
                           "criticise", "welcome", "believe", "want", "seek", "agree", "refuse", "plan", "hope"})
PLURAL_NOUNS = {"leaders": "person", "presidents": "person", "men": "person", "women": "person",
                "ministers": "person", "premiers": "person", "sides": "state", "countries": "state",
                "nations": "state", "governments": "state", "states": "state", "neighbours": "state",
                "neighbors": "state", "allies": "state", "powers": "state", "economies": "state",
                "parties": "state", "capitals": "state"}
LEADER_NOUNS = frozenset({"leaders", "presidents", "premiers"})  # "the two leaders": persons in these offices
LEADER_ROLES = frozenset({"head_of_state", "head_of_government", "supreme_leader", "executive"})
REBEL_WORDS = frozenset({"rebel", "rebels", "insurgent", "guerrilla", "militant", "armed", "separatist", "jihadist"})
NUMBER_WORDS = {"two": 2, "both": 2, "three": 3}
PARTY_NOUNS = frozenset({"sides", "parties"})
# "the two countries", "both governments": the article's main parties too, but only states count
STATE_PARTY_NOUNS = frozenset({"countries", "nations", "governments", "states"})
# "the treaty between the two countries", "the two countries' alliance": a relation of the pair its sentence names
RELATION_PREPS = frozenset({"between", "of"})
# "neither side", "neither government": the singular nouns, as their plural in PLURAL_NOUNS
NEITHER_NOUNS = {"side": "sides", "party": "parties", "government": "governments", "country": "countries",
                 "leader": "leaders", "state": "states", "capital": "capitals", "nation": "nations"}
PARTY_KINDS = ("state",)  # the sides of a conflict or deal: the article's main parties
PRON_SING = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
PRON_PLUR = frozenset({"they", "them", "their", "theirs", "themselves"})
PRON_IT = frozenset({"it", "its"})
PRON_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
               "herself": "f"}
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "king": "m", "queen": "f", "sir": "m",
                    "dame": "f", "lord": "m", "lady": "f", "prince": "m", "princess": "f", "emir": "m", "sheikh": "m",
                    "pope": "m", "ayatollah": "m", "congressman": "m", "congresswoman": "f",
                    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f"}
VAGUE_BODIES = frozenset({"government", "administration", "authorities", "regime", "opposition", "leaders",
                          "officials", "official"})
NEEDS_OWNER = frozenset({"country", "nation", "people", "countries", "nations"})
# people who are where they are without being of that country ("settlers in the West Bank")
NOT_OF_PLACE = frozenset({"settlers", "immigrants", "migrants", "expatriates", "expats", "tourists", "foreigners",
                          "nationals", "exiles", "visitors", "pilgrims", "peacekeepers", "troops", "soldiers"})
# arms stand for the state that sends them only when the text says whose they are ("Russian aircraft")
ARMS_NOUNS = frozenset({"aircraft", "warplanes", "helicopters", "tanks", "gunboats", "warships", "ships",
                        "jets", "drones"})
# a delegation is a state's only when the text says whose ("the Saudi delegation", "a delegation from Japan")
DELEGATIONS = frozenset({"delegation", "delegations"})
PERSONISH = frozenset({"counterpart", "counterparts", "leader", "leaders", "president", "government", "people",
                       "envoy", "ambassador", "delegation", "representative", "representatives", "minister",
                       "ministers", "ally", "allies", "officials", "forces", "troops", "army", "military"})
TRANSFER = frozenset({"supply", "send", "sell", "deliver", "give", "provide", "export", "offer", "pay", "lend",
                      "transfer", "hand", "ship", "donate", "grant", "extend", "speak", "talk", "say", "write",
                      "appeal", "propose", "pledge", "promise", "report", "explain", "complain", "apologize",
                      "apologise", "turn", "submit", "surrender", "cede", "return"})
QUANTIFIERS = frozenset({"some", "all", "many", "several", "other", "most", "few", "any", "no", "certain"})
NOMINAL_HEADS = {"bloc": ("igo",), "alliance": ("igo", "group"), "organisation": ("igo", "organization"),
                 "organization": ("igo", "organization"), "group": ("group", "igo"), "council": ("igo",),
                 "body": ("igo", "organization"), "union": ("igo", "organization"), "movement": ("group",),
                 "militia": ("group",), "bank": ("igo", "organization"), "court": ("igo",),
                 "agency": ("igo", "organization"), "fund": ("igo",), "confederation": ("organization",),
                 "federation": ("organization",), "party": ("organization", "group"), "watchdog": ("igo",),
                 "commission": ("igo",), "militants": ("group",), "rebels": ("group",), "insurgents": ("group",)}
ORG_WORDS = frozenset({"ministry", "department", "union", "confederation", "federation", "party", "bank",
                       "police", "army", "council", "court", "agency", "committee", "commission", "front",
                       "movement", "guard", "forces", "parliament", "assembly", "senate", "congress", "office",
                       "service", "association", "organization", "organisation", "brigade", "brigades", "militia",
                       "coalition", "alliance", "authority", "tribunal", "cabinet", "navy", "corps", "bureau",
                       "society"})
ORG_SECTOR = {"ministry": "GOV", "department": "GOV", "union": "LAB", "confederation": "LAB", "party": "PTY",
              "bank": "GOV", "police": "COP", "army": "MIL", "navy": "MIL", "forces": "MIL", "guard": "MIL",
              "court": "JUD", "tribunal": "JUD", "parliament": "LEG", "assembly": "LEG", "senate": "LEG",
              "congress": "LEG", "cabinet": "GOV", "office": "GOV", "council": "GOV", "commission": "GOV",
              "agency": "GOV", "committee": "GOV", "authority": "GOV", "militia": "REB", "brigade": "REB",
              "brigades": "REB", "front": "REB", "corps": "MIL", "intelligence": "SPY", "bureau": "GOV",
              "service": "GOV"}
SOVEREIGN_WORDS = frozenset({"foreign", "defence", "defense", "army", "navy", "embassy", "ambassador"})
DEPLOY_VERBS = frozenset({"send", "deploy", "dispatch", "withdraw", "pull", "station", "move", "mobilize",
                          "mobilise", "mass", "amass", "order", "commit", "pledge", "keep", "base"})
def _read_words(name: str) -> frozenset[str]:
    path = Path(__file__).resolve().parent.parent / "data" / "kb" / name
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


def _read_role_rows(name: str) -> list[tuple[str, tuple[str, ...]]]:
    """The rows of a two-column table: (the key as written, its lower-cased ``|``-separated values)."""
    path = Path(__file__).resolve().parent.parent / "data" / "kb" / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        noun, _, fits = line.partition("\t")
        rows.append((noun.strip(), tuple(w.strip().lower() for w in fits.split("|") if w.strip())))
    return rows


def _read_role_nouns(name: str) -> dict[str, tuple[str, ...]]:
    """noun -> the title words or KB roles a person must show to be what the noun points back at."""
    return {noun.lower(): fits for noun, fits in _read_role_rows(name)}


ROLE_NOUNS = _read_role_nouns("role_nouns.tsv")  # "the representative of the Kremlin" -> Peskov named before
# every token a role noun can start with ("president" of "president-elect", "vice-president")
_ROLE_FIRST = frozenset(w for k in ROLE_NOUNS for first in [k.split(" ")[0].split("-")]
                        for w in ("-".join(first[:n]) for n in range(1, len(first) + 1)))
# "the kingdom", "the Gulf state": phrase (word tuple) -> the states it fits
# (a hyphen as spaCy splits it: "city-state" = city - state); the places layer reads it too
_STATE_ROWS = _read_role_rows("state_descriptions.tsv")
STATE_DESCRIPTIONS = {tuple(k.lower().replace("-", " - ").split()): tuple(x.upper() for x in v)
                      for k, v in _STATE_ROWS}
# the phrases written with a capital in the table need one in the text ("the North", not "the north")
CAPITALISED_DESCRIPTIONS = frozenset(tuple(k.lower().replace("-", " - ").split()) for k, _ in _STATE_ROWS
                                     if k[:1].isupper())
_LONGEST_DESCRIPTION = max((len(k) for k in STATE_DESCRIPTIONS), default=1)
STATE_DESCRIPTION_HEADS = frozenset(k[-1] for k in STATE_DESCRIPTIONS)
PORTFOLIOS = _read_words("portfolios.txt")  # "Minister for Trade": words of the title, not the name
ROUTE_NOUNS = frozenset({"off", "take-off", "takeoff", "flight", "departure", "trip", "journey", "road", "route",
                         "distance", "km", "kilometre", "kilometer", "mile", "way", "drive", "evacuation",
                         "evacuee", "train", "bus", "convoy", "highway", "corridor", "border", "north", "south",
                         "east", "west", "miles", "kilometres", "kilometers"})
# the only words _coreference acts on
_COREF_HEADS = frozenset(NUMBER_WORDS) | {"neither"} | frozenset(NOMINAL_HEADS) | {"country", "nation"} | PRON_SING | PRON_PLUR \
    | PRON_IT | STATE_DESCRIPTION_HEADS
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderline"})
NON_ACTOR_HEADS = _read_words("non_actor_heads.txt")
# the people a domestic body (police, courts, parliament) deals with at home, no clue to another
# country: officials, former leaders, opposition and party figures ("Police arrested former Prime
# Minister Imran Khan")
DOMESTIC_PERSON_SECTORS = frozenset({"GOV", None, "ELI", "OPP", "PTY", "LEG", "JUD"})


# "its forces", "their fighters" of an armed group are that group (the sectors of such nouns)
ARMED_OWNED_SECTORS = frozenset({"MIL", "REB", "UAF", "PRM", "SEP", "RAD"})


def _read_title_offices(name: str) -> dict[tuple[str, str], str]:
    """(title, ISO3) -> the KB role that title names in that state ("president" of Iran: the head of
    government, not the Supreme Leader who is its head of state)."""
    path = Path(__file__).resolve().parent.parent / "data" / "kb" / name
    out: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = [x.strip() for x in line.split("\t")]
        if line.startswith("#") or len(parts) != 3:
            continue
        out[(parts[0].lower(), parts[1].upper())] = parts[2]  # ISO3 "*": every state not listed
    return out


TITLE_OFFICES = _read_title_offices("title_offices.tsv")
IGO_MODIFIED_HEADS = _read_words("igo_modified_heads.txt")  # "a NATO summit", "an ASEAN meeting": the IGO
CLOSE_QUOTES = frozenset({"\u201d", "\u00bb", '"', "'", "\u2019", ",\u201d", ",'"})
KIN_NOUNS = _read_words("kin_nouns.txt")  # "Navalny's widow, Yulia Navalnaya": of the owner's country
DOCUMENT_HEADS = _read_words("document_heads.txt")  # "a Security Council resolution": no actor
LANDMARK_HEADS = _read_words("landmark_heads.txt")  # "... International Airport", "Palácio do ...": places
SHIP_PREFIXES = {w.split("\t")[0]: w.split("\t")[1] for w in _read_words("ship_prefixes.tsv") if "\t" in w}
SHARED_OFFICES = _read_words("shared_offices.txt")  # "Foreign Office": one state's name, many states' office
LOCAL_UNITS = _read_words("local_units.txt")  # "the governor of the district": a home-country official
BODY_MODIFIERS = _read_words("body_modifiers.txt")  # "the regional bloc", "the military alliance": still the one named
# body nouns that kind words may stand before and still point back ("the regional bloc", "the Western
# alliance", "the regional organisation"); not "group", "body", "movement": "the defence group" is a firm
KIND_PHRASE_HEADS = frozenset({"bloc", "alliance", "organisation", "organization"})
BODY_SIZE = re.compile(r"\d+-(?:member|nation|country|state)s?$")  # "the 27-member bloc", "the 15-nation body"
# people named later by the first word of their name: "Xi" (family name first), "Isaias", "Anwar"
FIRST_NAME_COUNTRIES = _read_words("given_name_countries.txt")
# given name -> "m"/"f" (derived by _actors/given_names.py): "she" between André X and Mariana Y
GIVEN_GENDER = given_names.GIVEN_GENDER
# "the actions of China": nouns whose "of" object is their doer
OF_ACTOR_NOUNS = frozenset({"action", "actions", "policy", "policies", "behaviour", "behavior", "conduct", "effort",
                            "efforts", "role", "involvement", "interference", "aggression", "refusal", "attempt",
                            "attempts", "intervention", "provocation", "provocations"})
DEPLOYED_NOUNS = frozenset({"troops", "soldiers", "forces", "militaries", "servicemen", "marines", "peacekeepers",
                            "peacekeeping force"})
NON_AGENTIVE_IT = frozenset({"be", "seem", "appear", "happen", "remain", "matter", "mean", "become", "cost", "rain",
                             "look", "sound", "feel", "depend"})  # "it seems", "it was a failure"
REPORT_LEMMAS = frozenset({"report", "reaffirm", "affirm", "assure", "indicate", "explain", "inform", "signal",
                           "suggest", "acknowledge", "admit", "maintain", "emphasize", "emphasise", "reiterate",
                           "allege", "estimate", "predict", "insist", "specify", "clarify", "assert", "contend"})
BODY_OF_PERSON = frozenset({"government", "administration", "regime", "cabinet"})


def _read_domestic(name: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...], int, float, float]:
    """``domestic.yaml``: the sectors of domestic bodies, the nouns naming domestic institutions
    (as word tuples) and the home-country thresholds (min_mentions, min_ratio, and dateline_ratio:
    the lower ratio to the runner-up that makes the dateline's country the home country when it is
    also the country of most mentions; min_ratio when not given)."""
    import yaml

    path = Path(__file__).resolve().parent.parent / "data" / "kb" / name
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    home = doc.get("home") or {}
    nouns = tuple(sorted({tuple(str(n).lower().split()) for n in doc.get("nouns", []) if str(n).strip()}))
    min_ratio = float(home.get("min_ratio", 2.0))
    return (frozenset(str(x).upper() for x in doc.get("sectors", [])), nouns,
            int(home.get("min_mentions", 5)), min_ratio, float(home.get("dateline_ratio", min_ratio)))


# "the Senate", "the opposition": domestic bodies take the article's home country
DOMESTIC_SECTORS, DOMESTIC_NOUNS, HOME_MIN_MENTIONS, HOME_MIN_RATIO, HOME_DATELINE_RATIO = \
    _read_domestic("domestic.yaml")
_DOMESTIC_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}  # the nouns by their first word (tested per word)
for _n in DOMESTIC_NOUNS:
    _DOMESTIC_BY_FIRST.setdefault(_n[0], []).append(_n)


def _read_armed_groups(name: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``domestic.yaml`` ``armed_groups``: the sectors of non-state armed groups, the nouns of
    descriptions of their fighters, and the singular nouns that name the group itself."""
    import yaml

    path = Path(__file__).resolve().parent.parent / "data" / "kb" / name
    doc = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("armed_groups") or {}
    return (frozenset(str(x).upper() for x in doc.get("sectors", [])),
            frozenset(str(x).lower() for x in doc.get("nouns", [])),
            frozenset(str(x).lower() for x in doc.get("group_singulars", [])))


# "the separatists", "300 rebels", "the guerrilla": the one armed group the article names
ARMED_SECTORS, ARMED_NOUNS, ARMED_GROUP_SINGULARS = _read_armed_groups("domestic.yaml")


def home_country(actors: Iterable[Actor], min_mentions: int, min_ratio: float) -> str | None:
    """An article's home country: the country of clearly most actor mentions (at least
    ``min_mentions``, and ``min_ratio`` times the runner-up's); igos and actors of no country do
    not count. The actors layer (domestic bodies) and the events layer (discourse targets) both
    use it, each with the thresholds of its own data file."""
    counts = Counter(a.country for a in actors if a.country and a.kind != "igo")
    if not counts:
        return None
    ranked = counts.most_common(2)
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if n >= min_mentions and n >= min_ratio * second else None
DATELINE_DASHES = frozenset({"-", "--", "\u2014", "\u2013", "\u2012", "\u2015"})
ORG_ROLE_MAP = {"head_of_state": "head", "head_of_government": "head", "executive": "head", "secretary_general": "head"}


_BUCKETS: dict[int, dict[tuple[str, int], list[str]]] = {}


def _surname_buckets(kb: KB) -> dict[tuple[str, int], list[str]]:
    """The KB's surnames by (first letter, length), for one-letter slips."""
    got = _BUCKETS.get(id(kb))
    if got is None:
        got = {}
        for key in kb.surnames:
            if key:
                got.setdefault((key[0], len(key)), []).append(key)
        _BUCKETS.clear()
        _BUCKETS[id(kb)] = got
    return got


_SLIPS: list[tuple[dict[tuple[str, int], list[str]], dict[str, tuple[str, ...]]]] = []


def _surname_slips(kb: KB, last: str) -> tuple[str, ...]:
    """The KB's other surnames one letter away from ``last`` (same first letter), memoised with
    the KB's buckets: the scan over a length bucket is the same for every article naming ``last``."""
    buckets = _surname_buckets(kb)
    if not _SLIPS or _SLIPS[0][0] is not buckets:  # held, so a rebuilt KB never finds a stale memo
        _SLIPS[:] = [(buckets, {})]
    memo = _SLIPS[0][1]
    got = memo.get(last)
    if got is None:
        empty: list[str] = []
        same = buckets.get((last[0], len(last)), empty)
        near = buckets.get((last[0], len(last) - 1), empty) + buckets.get((last[0], len(last) + 1), empty)
        got = tuple([key for key in same if key != last and _one_edit(key, last)]
                    + [key for key in near if _one_edit(key, last)])
        if len(memo) >= 65536:  # a bound for very long runs
            memo.clear()
        memo[last] = got
    return got


_STATE_BUCKETS: dict[int, dict[tuple[str, int], list[str]]] = {}


def _state_buckets(kb: KB) -> dict[tuple[str, int], list[str]]:
    """One-word state names and nationality adjectives by (first letter, length)."""
    got = _STATE_BUCKETS.get(id(kb))
    if got is None:
        got = {}
        for key, node in kb.trie.items():
            if len(key) >= 5 and any(at in (NAME, ADJ) and kb.entries[eid].kind == "state"
                                     for eid, at, _ in node.get(LEAF, ()) if eid in kb.entries):
                got.setdefault((key[0], len(key)), []).append(key)
        _STATE_BUCKETS.clear()
        _STATE_BUCKETS[id(kb)] = got
    return got


# _misspelt_state's answers by KB (kept with them: its id is never reused while they are) and word
_MISSPELT: dict[int, tuple[KB, dict[str, tuple[tuple[str, str], ...]]]] = {}


def _misspelt_state(kb: KB, w: str) -> tuple[tuple[str, str], ...]:
    """The (state, alias type) candidates of a word one letter off a state's name or adjective,
    sorted, when they are all of one state (else none): :meth:`Resolver.misspelled_states`'s
    test, answered once per word (the same place names recur article after article)."""
    held = _MISSPELT.get(id(kb))
    if held is None or held[0] is not kb:
        _MISSPELT.clear()
        held = _MISSPELT[id(kb)] = (kb, {})
    per = held[1]
    got = per.get(w)
    if got is None:
        if len(per) > 100_000:
            per.clear()
        buckets = _state_buckets(kb)
        cands = {(eid, at) for key in buckets.get((w[0], len(w)), []) + buckets.get((w[0], len(w) - 1), []) +
                 buckets.get((w[0], len(w) + 1), []) if _one_edit(key, w)
                 for eid, at, _ in kb.trie[key][LEAF] if at in (NAME, ADJ) and kb.entries[eid].kind == "state"}
        got = per[w] = tuple(sorted(cands)) if len({eid for eid, _ in cands}) == 1 else ()
    return got


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by at most one inserted, deleted, replaced or swapped letter."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1:] == b[i + 1:]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
    return a[i + 1:] == b[i:] if la > lb else a[i:] == b[i + 1:]


def title_head(pattern: str) -> str:
    """The head noun of a title: 'minister for trade' -> 'minister', 'defence minister' -> 'minister'."""
    words = pattern.split(" of ")[0].split(" for ")[0].split()
    return words[-1] if words else pattern


@dataclass(slots=True)
class Match:
    start: int  # token index
    end: int  # exclusive
    kind: str  # entry | agent | ner_person | surname | pronoun | nominal | plural
    ids: list[tuple[str, str]] = field(default_factory=list)  # (entry id, alias type)
    agent: Agent | None = None
    used: bool = False


class _Unused:
    """The unused matches other than ``m`` ending (or starting) at a token, by index: what
    ``{mm.end: mm for mm in matches if mm is not m and not mm.used}`` gave, looked up lazily from a
    per-article index instead of built over every match for every title; each key is read once and
    kept, so a match marked used later in the same call still answers as the eager dict did."""
    __slots__ = ("idx", "m", "memo")

    def __init__(self, idx: dict[int, list[Match]], m: Match) -> None:
        self.idx = idx
        self.m = m
        self.memo: dict[int, Match | None] = {}

    def get(self, key: int, default: Match | None = None) -> Match | None:
        memo = self.memo
        if key in memo:
            r = memo[key]
        else:
            r = None
            for mm in reversed(self.idx.get(key, ())):
                if mm is not self.m and not mm.used:
                    r = mm
                    break
            memo[key] = r
        return default if r is None else r

    def __contains__(self, key: int) -> bool:
        return self.get(key) is not None

    def __getitem__(self, key: int) -> Match:
        r = self.get(key)
        if r is None:
            raise KeyError(key)
        return r


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    actors: list[Actor]
    how: str
    head: int
    listed: bool = True


@dataclass(slots=True)
class CtxFill:
    """A mention whose country the context must tell ("the Foreign Ministry", "the police")."""
    mention: Mention
    sector: str | None
    drop: bool = False  # unlisted when no country is found ("the government")
    deployed: bool = False  # "troops": only the state that sends them, never where they are
    keep_kind: bool = False  # a named organisation keeps its own name
    local: bool = False  # "the governor of the district": the home country's official, when clear-cut
    not_country: str | None = None  # "ethnic Albanians": a minority, never of the state of their name
    fallback: str | None = None  # "the Foreign Office": the state whose name it is, when the context tells none


_WORD_KEYS: dict[str, tuple[str, ...]] = {}  # norm_words of each token string met (the same in every doc)
_CLAUSE_DEPS = ("ccomp", "relcl", "advcl", "xcomp", "acl", "pcomp", "csubj", "parataxis")
_KIND_ORDER = {"state": 0, "igo": 1, "group": 2, "organization": 3, "person": 4}  # _pick: states first
def _person_key(name: str) -> str:
    """A person's surname as the key that ties "Mondlane" to "Venancio Mondlane"."""
    words = name_words(name)
    return words[-1] if words else name


class Resolver:
    """Resolves the actor mentions of one doc. Create one per article (cheap)."""

    # Every attribute a Resolver has, as slots: past 30 attributes an instance's attributes no
    # longer share their keys with the other instances' and each ``self.x`` is a dict look-up;
    # a slot is read at a fixed offset (the resolver reads its attributes ~10,000 times an article).
    __slots__ = (
        "_acronyms", "_adj_country", "_all", "_appos_name", "_armed_only", "_clause_heads", "_clause_stop",
        "_conj_states", "_datelines", "_end_idx", "_ethnic_not", "_gender", "_home", "_igo_appos", "_igo_seats",
        "_links", "_named_cc", "_no_words", "_para", "_picked", "_sent_numbers", "_sents", "_start_idx", "_titled",
        "_titled_twice", "countries_seen", "covered", "ctx_fill", "date", "dateline_country", "doc", "dominant",
        "evidence", "kb", "lw", "mentions", "n", "places", "poss_fill", "strong_dominant", "toks", "tx",
    )

    _appos_name: tuple[Match, Actor] | None  # a name apposed to the title being resolved

    def __init__(self, kb: KB, doc: Doc, date: str | None, place_countries: Iterable[str] = (),
                 places: Iterable[tuple[int, str]] = ()) -> None:
        self.kb = kb
        self.doc = doc
        self.date = date
        self.evidence: Counter[str] = Counter(c for c in place_countries if c)
        self.dominant: str | None = None
        self.strong_dominant: str | None = None
        self.dateline_country: str | None = None  # "CANBERRA -": whose officials go unqualified
        self._links: list[tuple[Mention, Actor]] = []  # nominals whose antecedent's country comes later
        self.poss_fill: list[tuple[Mention, int]] = []  # descriptions owned by a pronoun ("her government")
        self.ctx_fill: list[CtxFill] = []  # descriptions whose country the context tells
        self.places: list[tuple[int, str]] = sorted(places)  # (token index, country) from the places layer
        self._named_cc: set[str] | None = None  # the countries the article names (_named_countries)
        self.toks = list(doc)
        self.n = len(self.toks)
        # token strings read once: whole-text scans test these before touching a spaCy Token
        self.tx: list[str] = token_strings(doc, "ORTH")
        self.lw: list[str] = token_strings(doc, "LOWER")
        self._clause_heads: list[int] | None = None
        self._no_words: bool | None = None  # whether any word is "no"/"neither" (_negated_quantity)
        # set by later steps; here so that reading them early costs no AttributeError
        self._appos_name = None
        self._acronyms: dict[str, tuple[int, int]] = {}
        self._all: list[Match] = []
        self._igo_seats: set[int] | None = None
        self._home: str | None = None  # the article's home country (_mention_home before the context steps)
        self._sent_numbers: dict[int, int] | None = None
        self._sents: list[Span] = []
        self._armed_only: list[Mention] = []  # fighters listed only as the article's one armed group
        self._igo_appos: list[tuple[int, tuple[str, ...]]] = []  # "X, the UN envoy": X's start, the IGO
        self._clause_stop: list[bool] = []
        self._datelines: dict[tuple[int, int], bool] = {}
        self.covered = [False] * self.n
        self.mentions: list[Mention] = []
        self.countries_seen: set[str] = set()
        self._adj_country: dict[int, str | None] = {}
        self._titled: dict[str, Actor] = {}
        self._titled_twice: set[str] = set()  # titles given to two different named persons: ambiguous
        self._picked: dict[tuple[int, object], tuple[list[tuple[str, str]], tuple[str, str] | None]] = {}  # _pick
        self._gender: dict[str, str] = {}  # actor key -> "m"/"f", from pronouns already resolved  # agent pattern -> the person it introduced by name

    # -- 1. phrase matching ----------------------------------------------------------------

    def match_aliases(self) -> list[Match]:
        keys_of = _WORD_KEYS
        if len(keys_of) > 200_000:
            keys_of.clear()
        for text in set(self.tx).difference(keys_of):
            keys_of[text] = norm_words(text)
        try:
            per_token = list(map(keys_of.__getitem__, self.tx))
        except KeyError:  # another thread emptied the shared table meanwhile
            per_token = [norm_words(text) for text in self.tx]
        # the match keys of the text, in order, and the token of each key
        words: list[str] = [w for ws in per_token for w in ws]
        owner: list[int] = [i for i, ws in enumerate(per_token) for _ in ws]
        trie = self.kb.trie
        get = trie.get
        out: list[Match] = []
        m = len(words)
        nxt = 0  # the first key a match may start at (past the last match)
        # only the keys that begin a name can start a match: found in one pass over the keys
        for i in compress(range(m), map(trie.__contains__, words)):
            if i < nxt:
                continue
            if i > 0 and owner[i - 1] == owner[i]:  # a match must start on a token boundary
                continue
            node = trie[words[i]]
            found: list[tuple[int, list[tuple[str, str, object]]]] = []
            j = i
            while True:
                leaf = node.get(LEAF)
                if leaf is not None and (j + 1 >= m or owner[j + 1] != owner[j]):
                    found.append((j, leaf))  # ends on a token boundary
                j += 1
                if j >= m:
                    break
                node = node.get(words[j])
                if node is None:
                    break
            mt = None
            for j, leaf in reversed(found):  # longest first
                mt = self._make_match(i, j, owner, leaf)
                if mt is not None:
                    break
            if mt is None:
                continue
            out.append(mt)
            nxt = i
            while nxt < m and owner[nxt] < mt.end:
                nxt += 1
        # a lower-case nationality the tagger calls a noun ("the minister of Foreign Affairs
        # algerian") only right after a title; "nail polish" is no nationality
        return [mt for k, mt in enumerate(out) if not (
            mt.kind == "entry" and mt.end - mt.start == 1 and self.toks[mt.start].is_lower
            and self.toks[mt.start].pos_ == "NOUN" and all(at == ADJ for _, at in mt.ids)
            and not (k > 0 and out[k - 1].kind == "agent" and out[k - 1].end == mt.start))]

    def _longer_person_name(self, m: Match, entry_toks: set[int]) -> bool:
        """A KB person's name right after another given name that is not the KB person's ("Mahamat
        Idriss Déby" is not Idriss Déby); titles, honorifics and matched names before it do not count.
        Also a name the tagger's person name goes on after with a word that is none of the KB
        person's ("Hardeep Singh Nijjar" is not Hardeep Singh Puri), and a one-word surname after a
        given name of no KB name of that person ("Li Xi" is not Xi Jinping)."""
        if m.kind != "entry":
            return False
        if self._longer_name_after(m, entry_toks):
            return True
        if m.start == 0 or m.end - m.start < 2:
            return self._other_given_name(m, entry_toks)
        prev = self.toks[m.start - 1]
        if prev.pos_ != "PROPN" or not prev.is_alpha or not prev.text[:1].isupper() or prev.text.isupper() \
                or prev.ent_type_ != "PERSON" or self.toks[m.start].ent_iob_ != "I" \
                or prev.lower_ in HONORIFICS or prev.i in entry_toks \
                or any(at == AGENT for _, at, _ in self.kb.trie.get(prev.lower_, {}).get(LEAF, ())):
            return False
        ents = [self.kb.entries[e] for e, at in m.ids if at in (NAME, SHORT)]
        if not ents or any(e.kind != "person" for e in ents):
            return False
        w = norm_words(prev.text)
        return not any(w and w[0] in set(norm_words(" ".join([e.name] + list(e.aliases)))) for e in ents)

    def _tail_of_longer_org(self, m: Match, entry_toks: set[int]) -> bool:
        """A party's or armed group's name ending a longer organisation name the tagger found,
        joined by 'for'/'of' ("Coalition for Democratic Change" is not the party Democratic Change):
        the longer name is an organisation of its own (``ner_orgs``)."""
        if m.kind != "entry" or m.start < 2 or self.toks[m.start].ent_type_ != "ORG" \
                or self.toks[m.start].ent_iob_ != "I":
            return False
        k = m.start - 1
        if self.toks[k].lower_ == "the":
            k -= 1
        if k < 1 or self.toks[k].lower_ not in ("for", "of") or self.toks[k].ent_type_ != "ORG":
            return False
        prev = self.toks[k - 1]
        if not (prev.is_alpha and prev.text[:1].isupper() and prev.ent_type_ == "ORG") or prev.i in entry_toks:
            return False
        ents = [self.kb.entries[e] for e, at in m.ids if at == NAME]
        return bool(ents) and all(e.kind == "group" for e in ents)

    def _person_words(self, m: Match) -> set[str] | None:
        """The words of every name of the KB persons ``m`` may be; None when it may be no person."""
        ents = [self.kb.entries[e] for e, at in m.ids if at in (NAME, SHORT)]
        if not ents or any(e.kind != "person" for e in ents):
            return None
        return set(norm_words(" ".join(n for e in ents for n in [e.name, *e.aliases, *e.short])))

    def _longer_name_after(self, m: Match, entry_toks: set[int]) -> bool:
        if m.end >= self.n or self.toks[m.end - 1].ent_type_ != "PERSON":
            return False
        nxt = self.toks[m.end]
        if nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "I" or nxt.pos_ != "PROPN" or not nxt.is_alpha \
                or not nxt.text[:1].isupper() or nxt.text.isupper() or nxt.i in entry_toks:
            return False
        w = norm_words(nxt.text)
        if not w or w[0] in NAME_SUFFIXES or w[0] in _NAME_PARTICLE_WORDS:
            return False
        words = self._person_words(m)
        return words is not None and not any(w[0] == x or (len(x) >= 4 and _one_edit(w[0], x)) for x in words)

    def _other_given_name(self, m: Match, entry_toks: set[int]) -> bool:
        if m.start == 0 or m.end - m.start != 1 or not any(at == SHORT for _, at in m.ids):
            return False
        prev, tok = self.toks[m.start - 1], self.toks[m.start]
        if prev.pos_ != "PROPN" or not prev.is_alpha or not prev.text[:1].isupper() or prev.text.isupper() \
                or prev.ent_type_ != "PERSON" or tok.ent_iob_ != "I" or prev.i in entry_toks \
                or prev.lower_.rstrip(".") in HONORIFICS \
                or any(at == AGENT for _, at, _ in self.kb.trie.get(prev.lower_, {}).get(LEAF, ())):
            return False
        w = norm_words(prev.text)
        words = self._person_words(m)
        # a spelling of the person's given name ("Kristina" for Kristalina) begins like it
        return bool(w) and words is not None and w[0] not in _NAME_PARTICLE_WORDS \
            and not any(w[0][:2] == x[:2] or (len(x) >= 4 and _one_edit(w[0], x)) for x in words)

    def ships(self, matches: list[Match]) -> list[Match]:
        """"USS Bainbridge", "HMS Defender": a navy ship, its state's military (data/kb/ship_prefixes.tsv)."""
        taken = self._covered(matches)
        out = []
        for i, text in enumerate(self.tx):
            if text not in SHIP_PREFIXES:
                continue
            t = self.toks[i]
            iso = SHIP_PREFIXES.get(t.text)
            sid = self.kb.by_iso.get(iso or "")
            if sid is None or taken[t.i] or t.i + 1 >= self.n or not self._name_word(self.toks[t.i + 1]):
                continue
            e = t.i + 1
            while e < self.n and e - t.i <= 3 and not taken[e] and self._name_word(self.toks[e]):
                e += 1
            out.append(Match(t.i, e, "entry", ids=[(sid, METO + ":MIL")]))
        return out

    def misspelled_states(self, matches: list[Match]) -> list[Match]:
        """A one-word place or nationality the model tags (GPE, NORP) that the KB misses by one
        letter ("Ghanians", "Ethopia"): the state, when only one state's word is that close."""
        taken = self._covered(matches)
        out = []
        labels = token_strings(self.doc, "ENT_TYPE")  # a Token only for a place or nationality word
        for i, label in enumerate(labels):
            if label not in ("GPE", "NORP") or taken[i]:
                continue
            t = self.toks[i]
            if taken[t.i] or t.ent_type_ not in ("GPE", "NORP") or not t.is_alpha or len(t.text) < 6 \
                    or not t.text[:1].isupper() or t.text.isupper() \
                    or (t.i > 0 and self.toks[t.i - 1].text in ("-", "\u2011") and not self.toks[t.i - 1].whitespace_):
                continue  # the second half of "Bosnia-Herzogovina" belongs to the first
            ids = _misspelt_state(self.kb, norm_words(t.text)[0])
            if ids:
                out.append(Match(t.i, t.i + 1, "entry", ids=list(ids)))
        return out

    def _case_ok(self, i: int, j: int, owner: list[int], case: object) -> bool:
        if case == "any":
            return True
        toks = self.toks[owner[i]:owner[j] + 1]
        if case == "upper":
            return all(t.text.isupper() or not any(c.isalpha() for c in t.text) for t in toks)
        assert isinstance(case, tuple)
        caps = 0
        for w in range(i, j + 1):
            t = self.toks[owner[w]]
            want = case[w - i] if w - i < len(case) else False
            first_word = w == 0 or owner[w - 1] != owner[w]
            if not first_word or not any(c.isalpha() for c in t.text):
                continue
            if want:
                if t.text[:1].isupper():
                    caps += 1
                elif len(t.text) > 3 and t.lower_ not in FUNCTION_WORDS:
                    return False
        if caps == 0:
            return False
        if len(toks) == 1 and toks[0].is_stop and not toks[0].text.isupper():
            return False
        return True

    def _make_match(self, i: int, j: int, owner: list[int], leaf: list[tuple[str, str, object]]
                    ) -> Match | None:
        ts, te = owner[i], owner[j] + 1
        ents = [(eid, at) for eid, at, case in leaf if at != AGENT and self._case_ok(i, j, owner, case)]
        if not ents and te - ts == 1 and self.toks[ts].is_lower and self.toks[ts].pos_ in ("ADJ", "NOUN"):
            # "the spanish diplomat", "the ambassador argentine": a translation's lower-case
            # nationality (tagged a noun only right after a title: match_aliases checks)
            ents = [(eid, at) for eid, at, _ in leaf if at == ADJ and self.kb.entries[eid].kind == "state"]
        if ents:
            if self._in_hyphenated_name(ts):
                return None
            return Match(ts, te, "entry", ids=ents)
        for eid, at, _ in leaf:
            if at == AGENT:
                last = self.toks[te - 1]
                if te < self.n and self.toks[te].text in ("-", "\u2011") and not self.toks[te - 1].whitespace_:
                    return None  # "army-backed", "government-run": a modifier, not a mention
                if last.pos_ in ("VERB", "AUX", "ADP") or (last.pos_ == "ADJ" and te - ts == 1 and last.dep_ != "nsubj"):
                    return None
                if last.lower_ in NON_ACTOR_HEADS:
                    return None  # "military presence", "police station": things, not actors
                return Match(ts, te, "agent", agent=self.kb.agents.get(eid))
        return None

    def _name_after_of_phrase(self, e: int, by_start: _Unused, person_of: dict[int, Actor]
                              ) -> tuple[Match, Actor, list[Match]] | None:
        """After a person title and "of" at ``e``: the person named right after an of-phrase made
        only of known names and bodies ("of the UN", "of the Iranian armed forces"), with the
        phrase's matches."""
        j = e + 1
        if self.toks[j].lower_ == "the":
            j += 1
        chain: list[Match] = []
        while j < self.n and j - e <= 10:
            mm = by_start.get(j)
            if mm is None:
                return None
            pa = person_of.get(mm.start)
            if pa is not None and mm.kind in ("ner_person", "entry"):
                if not chain or mm.end - mm.start < 2 or not any(c.kind in ("entry", "ner_org") for c in chain):
                    return None
                return mm, pa, chain
            if mm.kind in ("entry", "ner_org") or (mm.kind == "agent" and mm.agent is not None
                                                   and mm.agent.form == "org"):
                chain.append(mm)
                j = mm.end
                if j + 1 < self.n and self.toks[j].lower_ == "of" and j + 1 in by_start:
                    j += 1  # "of the Ministry of Foreign Affairs of China Wang Wenbin"
                elif j + 2 < self.n and self.toks[j].lower_ == "of" and self.toks[j + 1].lower_ == "the":
                    j += 2
                continue
            return None
        return None

    def _name_modifies_thing(self, m: Match) -> bool:
        """A person's name between a determiner and the noun it modifies: "the Biden plan", "a
        Putin decree", "the Trump administration" (the state, read by the BODY_OF_PERSON rule)."""
        if m.start == 0 or m.end >= self.n or self.toks[m.start - 1].lower_ not in ("the", "a", "an"):
            return False
        last, nxt = self.toks[m.end - 1], self.toks[m.end]
        return last.dep_ == "compound" and last.head.i == m.end and nxt.pos_ == "NOUN" and nxt.is_lower \
            and (nxt.lower_ in BODY_OF_PERSON or not any(at == AGENT for _, at, _ in
                                                          self.kb.trie.get(nxt.lower_, {}).get(LEAF, ())))

    def _in_hyphenated_name(self, ts: int) -> bool:
        """A name glued by a hyphen into a person's name ("Abdel-Fatah Musah", "Abu-Hamas") is
        part of that name, not the group or state it spells: the model tags the whole as one
        PERSON. "Israel-Hamas war", "pro-Hezbollah" are no person names."""
        toks = self.toks
        if ts < 2 or toks[ts].ent_type_ != "PERSON" or toks[ts].ent_iob_ != "I":
            return False
        hy, prev = toks[ts - 1], toks[ts - 2]
        return hy.text in ("-", "\u2011") and not hy.whitespace_ and not prev.whitespace_ \
            and prev.is_alpha and prev.text[:1].isupper() and prev.ent_type_ == "PERSON"

    # -- helpers ---------------------------------------------------------------------------

    def _pick(self, ids: list[tuple[str, str]], types: Iterable[str] | None = None) -> tuple[str, str] | None:
        """The best entry among a match's candidates (curated before Phoenix, in office first).
        Asked ~60 times per article, mostly again for the same match and types: answered once per
        (match's id list, types) and kept (the list is kept with the answer, so its id is never
        reused while the Resolver lives; a match's ids never change)."""
        try:
            key = (id(ids), types)
            hit = self._picked.get(key)
        except TypeError:  # types given as an unhashable collection
            return self._pick_uncached(ids, types)
        if hit is None or hit[0] is not ids:
            hit = self._picked[key] = (ids, self._pick_uncached(ids, types))
        return hit[1]

    def _pick_uncached(self, ids: list[tuple[str, str]], types: Iterable[str] | None = None) -> tuple[str, str] | None:
        cands = [(e, t) for e, t in ids if types is None or t in types or t.split(":")[0] in types]
        if not cands:
            return None
        kb = self.kb

        def score(c: tuple[str, str]) -> tuple[int, int, int, int, int]:
            e = kb.entries[c[0]]
            active = 1 if (e.kind == "person" and self.date and kb.active_roles(c[0], self.date)) else 0
            order = _KIND_ORDER.get(e.kind, 5)
            # a name beats a metonym ("Brussels" is the EU's alias before it is Belgium's capital)
            atype = 2 if c[1] in (NAME, SHORT) else (1 if c[1].startswith(METO) else 0)
            return (0 if c[0].startswith("dl:phx:") else 1, atype, active, e.source != "kb", -order)

        cands.sort(key=score, reverse=True)
        best = cands[0]
        # two different well-known people sharing a name and both in office: unknown
        if len(cands) > 1 and kb.entries[best[0]].kind == "person":
            rival = cands[1]
            if kb.entries[rival[0]].kind == "person" and score(rival) == score(best) and rival[0] != best[0]:
                return None
        return best

    def _actor(self, eid: str, ts: int, te: int, how: str, sector: str | None = None) -> Actor:
        a = self.kb.actor(eid, self.date, sector=sector, resolved_by=how)
        return a

    def _subject_like(self, tok: Token) -> Token:
        t = tok
        for _ in range(12):
            if t.dep_ in ("conj", "appos") and t.head is not t:
                t = t.head
            else:
                break
        return t

    def _para_start(self, i: int) -> bool:
        """Token ``i`` opens the text or a paragraph."""
        if i == 0:
            return True
        prev = self.toks[i - 1]
        return "\n" in prev.whitespace_ or "\n" in prev.text or prev.is_space

    def is_dateline(self, ts: int, te: int) -> bool:
        got = self._datelines.get((ts, te))
        if got is None:
            got = self._datelines[(ts, te)] = self._is_dateline(ts, te)
        return got

    def _is_dateline(self, ts: int, te: int) -> bool:
        """A place opening the article or a paragraph and closed by a dash ("BRASILIA -",
        "BUENOS AIRES (Reuters) -", "Kyiv, Ukraine —"), or written all in capitals there, is a
        dateline: a place, never an actor."""
        k = ts
        while k > 0 and k > ts - 8 and not self._para_start(k) and (
                self.toks[k - 1].is_punct or self.toks[k - 1].is_space or self.toks[k - 1].text in ("/", ",")
                or (self.toks[k - 1].is_alpha and self.toks[k - 1].text.isupper() and len(self.toks[k - 1]) > 1)):
            k -= 1  # a stray quote or bullet, or the other places of "GAZA/TEL AVIV —"
        if not self._para_start(k):
            return False
        words = [t for t in self.toks[ts:te] if t.is_alpha]
        if not words:
            return False
        caps = all(t.text.isupper() and len(t.text) > 1 for t in words)
        j, steps = te, 0
        while j < self.n and steps < 12:  # ", Brazil", "/TEL AVIV", "(Reuters)", "(AP)"
            t = self.toks[j]
            if t.text in DATELINE_DASHES:
                return True
            if t.text == "(":
                close = next((x for x in range(j + 1, min(self.n, j + 6)) if self.toks[x].text == ")"), None)
                if close is None:
                    break
                j = close + 1
            elif t.text in (",", "/", ".") or (t.text[:1].isupper() and t.is_alpha) or t.is_space or t.like_num:
                j += 1  # "GENEVA, Nov. 3 (Reuters) -"
            else:
                break
            steps += 1
        # an all-capitals place closed by a comma or an agency: "TEL AVIV, ..." (not "NATO warned")
        return caps and te < self.n and self.toks[te].text in (",", "(")

    def actor_position(self, tok: Token) -> bool:
        t = self._subject_like(tok)
        dep = t.dep_
        if dep in ("nsubj", "nsubjpass", "csubj", "agent", "dative", "poss"):
            return True
        if dep == "dobj":
            return t.head.lemma_ not in MOTION
        if dep == "pobj":
            prep = t.head
            p = prep.lower_
            if p in ACTOR_PREPS:
                if p == "with" and prep.head.lemma_ in BORDER_NOUNS:
                    return False  # "its border with Ukraine": a place
                if p == "on" and prep.head.lemma_ == "call":  # "called on Israel to stop": a request
                    return True
                return not (p == "on" and prep.head.pos_ == "VERB" and prep.head.lemma_ in MOTION)
            if p == "from" and prep.head.pos_ in ("NOUN", "PROPN"):
                # "a message from Tehran" is Iran's; "the take-off from Tehran", "flights from Kyiv" are places
                return prep.head.lemma_ not in ROUTE_NOUNS and prep.head.lower_ not in ROUTE_NOUNS
            if p in ("to", "for") and prep.head.lemma_ in REQUEST_NOUNS:
                return True
            if p == "to" and prep.head.lower_ == "according":
                return True
            if p == "of" and (prep.head.lemma_ in REQUEST_NOUNS or prep.head.lower_ in PERSONISH
                              or prep.head.lower_ in OF_ACTOR_NOUNS
                              or prep.head.ent_type_ == "PERSON"):
                return True
            if p == "to" and prep.head.pos_ == "VERB" and prep.head.lemma_ in TRANSFER:
                return True
        if dep == "ROOT" and t.pos_ in ("PROPN", "NOUN") and t.i == self._sent(t.i).start:
            return False
        return False

    def is_subject(self, tok: Token) -> bool:
        return self._subject_like(tok).dep_ in ("nsubj", "nsubjpass")

    def _head(self, ts: int, te: int) -> Token:
        return doc_span(self.doc, ts, te).root

    # -- 2-3. extra person mentions -----------------------------------------------------------

    def _covered(self, matches: list[Match], skip_agents: bool = False) -> list[bool]:
        """Per token: is it inside one of ``matches`` (agent descriptions left out with ``skip_agents``)?"""
        taken = [False] * self.n
        for m in matches:
            if not (skip_agents and m.kind == "agent"):
                for k in range(m.start, m.end):
                    taken[k] = True
        return taken

    def titled_names(self, matches: list[Match]) -> list[Match]:
        """Names right after a person title that the model missed or merged with the title
        ("The minister of Trade Simon Birmingham", where "Trade Simon Birmingham" is tagged ORG):
        the portfolio ("of Trade") joins the title, the capitalised words after it are the person."""
        taken = self._covered(matches, skip_agents=True)
        out = []
        entry_at = {x.start: x for x in matches if x.kind == "entry"}
        for m in matches:
            if m.kind != "agent" or m.agent is None or m.agent.form != "person":
                continue
            j = m.end
            state_of = self._of_state_noun(j, entry_at)
            if state_of is not None:
                # "declared persona non grata the ambassador of Mexico, Pablo Monroy, and": the title's
                # of-phrase names a state; a name set off by commas after it is the titled person
                j = state_of
                if not (j + 1 < self.n and self.toks[j].text == "," and self._name_word(self.toks[j + 1])):
                    continue
            elif j + 1 < self.n and self.toks[j].lower_ in ("of", "for") and self.toks[j + 1].text[:1].isupper():
                k = j + 1
                if self.toks[k].lower_ == "the":
                    k += 1
                p = k
                while p < self.n and not taken[p] and (self.toks[p].lower_ in PORTFOLIOS and self.toks[p].text[:1].isupper()
                                                       or (p > k and self.toks[p].lower_ in ("and", "&"))):
                    p += 1
                if p == k or self.toks[p - 1].lower_ in ("and", "&"):
                    continue
                j = p
            comma = j + 1 < self.n and self.toks[j].text == "," and self._name_word(self.toks[j + 1])
            if comma:
                j += 1  # "announced the minister of Treasury, Nicolás Dujovne": the name in apposition
            e = j
            while e < self.n and e - j < 4 and not taken[e] and self._name_word(self.toks[e]):
                e += 1
            while e > j and e + 1 < self.n and self.toks[e].text == "-" and not self.toks[e - 1].whitespace_ \
                    and not self.toks[e].whitespace_ and self.toks[e + 1].is_alpha and not taken[e + 1]:
                e += 2  # "Kim Yong-hyun": a hyphenated given name is one name
                # "Jean-Yves Le Drian": the name goes on after a hyphenated given name, over a
                # capitalised particle
                while e + 1 < self.n and e - j < 6 and not taken[e] and not taken[e + 1] \
                        and self.toks[e].text in NAME_PARTICLES and self._name_word(self.toks[e + 1]):
                    e += 2
                while e < self.n and e - j < 6 and not taken[e] and self._name_word(self.toks[e]):
                    e += 1
            if comma and e < self.n and not (self.toks[e].is_punct or self.toks[e].pos_ in ("VERB", "AUX")):
                continue  # only a name closed by punctuation or a verb
            if e - j < 2 or (e < self.n and self.toks[e].lower_ in ("'s", "'") and e + 1 < self.n
                             and self.toks[e + 1].pos_ in ("NOUN", "PROPN")):
                continue  # one word is too weak; "Minister X's office" may still be a name, left to NER
            if state_of is None:
                m.end = j - 1 if comma else j  # the portfolio belongs to the title
            for k in range(j, e):
                taken[k] = True
            out.append(Match(j, e, "ner_person"))
        return out

    def _of_state_noun(self, j: int, entry_at: dict[int, Match]) -> int | None:
        """The end of "of [the] <state's name>" starting at token ``j``, else None."""
        if j + 2 >= self.n or self.toks[j].lower_ != "of":
            return None
        tm = entry_at.get(j + 1 + (self.toks[j + 1].lower_ == "the"))
        if tm is None:
            return None
        best = self._pick(tm.ids, (NAME,))
        return tm.end if best is not None and self.kb.entries[best[0]].kind == "state" else None

    def _name_word(self, t: Token) -> bool:
        w = t.text
        return (w[:1].isupper() and not w.isupper() or (w.isupper() and len(w) <= 2 and w.isalpha())) \
            and any(c.isalpha() for c in w) and t.pos_ in ("PROPN", "X", "NOUN") \
            and t.lower_ not in PORTFOLIOS and t.lower_.rstrip(".") not in HONORIFICS \
            and t.ent_type_ not in ("GPE", "NORP", "DATE", "TIME", "LOC", "FAC") and t.lower_ not in FUNCTION_WORDS

    def ner_persons(self, matches: list[Match]) -> list[Match]:
        taken = self._covered(matches)
        out = []
        for ent in doc_ents(self.doc):
            if ent.label_ != "PERSON":
                continue
            s, e = ent.start, ent.end
            # trim leading titles ("President Smith" tagged whole) and trailing possessive
            while s < e and (self.toks[s].lower_.rstrip(".") in HONORIFICS or self.toks[s].is_punct
                             or (self.toks[s].lower_ in PORTFOLIOS and s > 0
                                 and self.toks[s - 1].lower_ in {"of", "for", "and"} | PORTFOLIOS)):
                s += 1
            while e > s and (self.toks[e - 1].lower_ in ("'s", "'") or self.toks[e - 1].is_punct):
                e -= 1
            if s >= e or any(taken[k] for k in range(s, e)):
                continue
            if not any(self.toks[k].text[:1].isupper() for k in range(s, e)):
                continue
            out.append(Match(s, e, "ner_person"))
        return out

    def counted_people(self, matches: list[Match]) -> list[Match]:
        """'Hundreds of people marched', 'thousands of persons fled': a crowd counted in an actor's
        place is a population (civilians) of the country the context gives; bare 'people' is not."""
        out: list[Match] = []
        lw = self.lw
        if "people" not in lw and "persons" not in lw:
            return out
        taken = None
        for i, w in enumerate(lw):
            if w != "people" and w != "persons":
                continue
            t = self.toks[i]
            if not self._counted_actor(t):
                continue
            if taken is None:
                taken = self._covered(matches)
            if not taken[t.i]:
                out.append(Match(t.i, t.i + 1, "agent", agent=COUNTED_PEOPLE))
        return out

    def ner_orgs(self, matches: list[Match]) -> list[Match]:
        """Organisations the KB does not know, when their name says what they are
        ("General Confederation of Labour", "Ministry of Security"), and their acronyms."""
        taken = self._covered(matches, skip_agents=True)
        out = []
        acronyms: dict[str, tuple[int, int]] = {}
        for ent in doc_ents(self.doc):
            if ent.label_ != "ORG":
                continue
            s, e = ent.start, ent.end
            while s < e and self.toks[s].lower_ in DETS:
                s += 1
            while e > s and self.toks[e - 1].lower_ in ("'s", "'"):
                e -= 1
            generic = self._generic_tail(matches, s, e)
            inner = self._inner_states([mm for mm in matches if mm is not generic], s, e)
            if generic is None:
                blocked = any(taken[k] for k in range(s, e))
            else:
                # the name's tokens covered by a match other than its generic word (only the matches
                # that reach into the name: no pass over the whole document per organisation)
                others = [mm for mm in matches if mm is not generic and mm.kind != "agent" and mm.start < e and s < mm.end]
                blocked = any(mm.start <= k < mm.end for mm in others for k in range(s, e))
            if s >= e or blocked and inner is None:
                continue
            if any(m.kind == "agent" and m.agent is not None and m.agent.curated and m.start <= s and e <= m.end
                   for m in matches):
                continue  # "the Foreign Ministry": the description says it all
            if inner is not None and any(m.kind == "agent" and m.agent is not None and m.agent.curated
                                         and m.start == max(mm.end for mm in inner) and m.end >= e
                                         and min(mm.start for mm in inner) == s for m in matches):
                continue  # "the Russian Defence Ministry": a nationality and a description
            words = {t.lower_ for t in self.toks[s:e]}
            text = span_text(self.doc, s, e)
            if text in acronyms:
                out.append(Match(s, e, "ner_org"))
                continue
            if not (words & ORG_WORDS) or e - s < 2:
                continue
            for mm in inner or ():
                mm.used = True  # "the Nigerian Union of Teachers": the nationality is part of the name
            if generic is not None:
                generic.used = True  # "National Elections Commission" is not the European Commission
            out.append(Match(s, e, "ner_org"))
            # "General Confederation of Labour (CGT)": the acronym names it too
            if e + 2 < self.n and self.toks[e].text == "(" and self.toks[e + 2].text == ")" \
                    and self.toks[e + 1].text.isupper():
                acronyms[self.toks[e + 1].text] = (s, e)
        if acronyms:
            have = {(m.start, m.end) for m in out}
            for t in self.toks:
                if t.text in acronyms and not taken[t.i] and (t.i, t.i + 1) not in have:
                    out.append(Match(t.i, t.i + 1, "ner_org"))
        self._acronyms = acronyms
        return out

    def _generic_tail(self, matches: list[Match], s: int, e: int) -> Match | None:
        """A one-word igo or organisation alias inside a longer capitalised name the tagger calls an
        organisation, after a capitalised word ("National Elections Commission", "Kenya National
        Commission on Human Rights"): a word of that name, not the body (the European Commission)."""
        if e - s < 2:
            return None
        for mm in matches:
            if mm.kind == "entry" and s < mm.start and mm.end == mm.start + 1 and mm.end <= e and not mm.used:
                prev = self.toks[mm.start - 1]
                if not (prev.is_alpha and prev.text[:1].isupper()) or not all(
                        t.is_alpha and (t.text[:1].isupper() or t.lower_ in ("of", "on", "for", "the", "and"))
                        and not t.text.isupper() for t in self.toks[s:e]):
                    return None
                ents = [self.kb.entries[eid] for eid, at in mm.ids if at == NAME]
                if ents and all(x.kind in ("igo", "organization") for x in ents):
                    return mm
                return None
        return None

    def _inner_states(self, matches: list[Match], s: int, e: int) -> list[Match] | None:
        """The one-word state names and nationality adjectives inside an organisation's name
        ("the Nigerian Union of Teachers", "Union for the Independence of Angola") when they are
        all that the KB matched there; None when anything else was matched inside."""
        inner = []
        for mm in matches:
            if mm.end <= s or mm.start >= e or mm.kind == "agent":
                continue
            if mm.kind != "entry" or mm.start < s or mm.end > e or mm.end - mm.start != 1 \
                    or mm.end - mm.start == e - s:
                return None
            best = self._pick(mm.ids, (ADJ, NAME))
            if best is None or self.kb.entries[best[0]].kind != "state" or best != self._pick(mm.ids):
                return None
            inner.append(mm)
        return inner or None

    def _org_actor(self, m: Match) -> Actor:
        toks = self.toks[m.start:m.end]
        text = span_text(self.doc, m.start, m.end)
        full = self._acronyms.get(text)
        if full is not None:
            toks = self.toks[full[0]:full[1]]
            text = span_text(self.doc, full[0], full[1])
        sector = None
        for t in toks:
            sector = sector or ORG_SECTOR.get(t.lower_)
        k = m.start - 1
        if k >= 0 and self.toks[k].lower_ in REBEL_WORDS:
            sector = "REB"  # "the rebel Union of Resistance Forces"
        root = doc_span(self.doc, full[0], full[1]).root if full is not None else doc_span(self.doc, m.start, m.end).root
        if root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children):
            # "the main rebel group, Forces for X (FX)", "FX, an armed group": the apposition says so
            other = root.head if root.dep_ == "appos" else next(c for c in root.children if c.dep_ == "appos")
            if other.lower_ in REBEL_WORDS or any(c.lower_ in REBEL_WORDS for c in other.children
                                                  if c.dep_ in ("amod", "compound")):
                sector = "REB"
        country = None
        for t in toks:
            for eid, at, _ in self.kb.trie.get(norm_words(t.text)[0] if norm_words(t.text) else "", {}).get(LEAF, ()):
                e = self.kb.entries.get(eid)
                if e is not None and e.kind == "state" and at in (ADJ, NAME):
                    country = e.country
        if country is None:
            country = self._of_state_after(m.end)
        return Actor(id=None, name=text, kind="organization", country=country, sector=sector)

    def _of_state_after(self, j: int) -> str | None:
        """'The National Electoral Council (CNE) of Venezuela': the state named by an of-phrase right
        after a name (past its acronym in brackets)."""
        if j < self.n and self.toks[j].text == "(":
            close = next((k for k in range(j + 1, min(j + 5, self.n)) if self.toks[k].text == ")"), None)
            if close is None:
                return None
            j = close + 1
        if j + 1 >= self.n or self.toks[j].lower_ != "of":
            return None
        j += 1
        if self.toks[j].lower_ == "the":
            j += 1
        for mm in self._start_idx.get(j, ()):
            if mm.kind == "entry":
                best = self._pick(mm.ids, (NAME,))
                if best is not None and best[1] == NAME and self.kb.entries[best[0]].kind == "state":
                    return self.kb.entries[best[0]].country
        return None

    # -- 4. descriptions and names -> mentions ---------------------------------------------

    def build(self) -> list[Mention]:
        k: int | str  # a token index, then a surname key
        prev: Actor | Token | None  # an actor known by a surname, later a neighbouring token
        kb = self.kb
        matches = self.match_aliases()
        entry_toks = {k for m in matches if m.kind == "entry" for k in range(m.start, m.end)}
        matches = [m for m in matches if not self._longer_person_name(m, entry_toks)
                   and not self._tail_of_longer_org(m, entry_toks)]
        matches += self.ships(matches)
        matches += self.misspelled_states(matches)
        matches += self.titled_names(matches)
        matches += self.ner_persons(matches)
        matches += self.ner_orgs(matches)
        matches += self.counted_people(matches)
        # _in_landmark needs a landmark word ("Airport", "Palace"): none in the article, no match is in one
        landmarks = not LANDMARK_HEADS.isdisjoint(self.lw)
        matches = [m for m in matches if m.kind == "agent" or not (landmarks and self._in_landmark(m.start, m.end))]
        matches.sort(key=lambda m: m.start)
        at: dict[int, Match] = {m.start: m for m in matches}
        for m in matches:
            for k in range(m.start, m.end):
                self.covered[k] = True
        for m in matches:
            if m.kind == "entry":
                best = self._pick(m.ids)
                if best is not None:
                    e = kb.entries[best[0]]
                    if e.country and e.kind in ("state", "person"):
                        self.countries_seen.add(e.country)
                        self.evidence[e.country] += 1
        if self.evidence:
            (top, n1), *rest = self.evidence.most_common(2)
            n2 = rest[0][1] if rest else 0
            if n1 >= 2 and n1 >= 2 * n2:
                self.dominant = top
            if n1 >= 3 and n1 >= 3 * n2:
                self.strong_dominant = top
        for m in matches:
            if m.kind == "entry" and self.is_dateline(m.start, m.end):
                best = self._pick(m.ids, (NAME, METO))
                if best is not None and kb.entries[best[0]].kind == "state":
                    self.dateline_country = kb.entries[best[0]].country
                break
        if self.dateline_country is None:
            # "LA PAZ -": a dateline city the KB does not know, found by the places layer
            self.dateline_country = next((c for i, c in self.places if self.is_dateline(i, i + 1)), None)
        singles = [m for m in matches if m.kind == "ner_person" and m.end - m.start == 1]
        if singles:
            matches = [m for m in matches if not (m.kind == "ner_person" and m.end - m.start == 1)]
            for m in singles:
                self.covered[m.start] = False
        single_at = {m.start for m in singles}

        # surnames of people named in this article (full KB names and NER names)
        surname: dict[str, Actor | None] = {}
        person_of: dict[int, Actor] = {}
        two_word: dict[tuple[str, ...], str | None] = {}  # "Aboul Gheit" of Ahmed Aboul Gheit named before
        for m in matches:
            a: Actor | None = None
            if m.kind == "entry":
                best = self._pick(m.ids, (NAME, SHORT))
                if best and kb.entries[best[0]].kind == "person":
                    a = kb.actor(best[0], self.date)
                    nw = norm_words(kb.entries[best[0]].name)
                    if len(nw) >= 3:
                        k2 = nw[-2:]
                        two_word[k2] = best[0] if two_word.get(k2, best[0]) == best[0] else None
            elif m.kind == "ner_person":
                known = self._known_variant(m, matches)
                span_words = norm_words(span_text(self.doc, m.start, m.end))
                if known is None and len(span_words) == 2 and len(span_words[-1]) >= 4:
                    known = two_word.get(span_words)
                a = kb.actor(known, self.date) if known else Actor(id=None, name=span_text(self.doc, m.start, m.end),
                                                                   kind="person")
            if a is None:
                continue
            person_of[m.start] = a
            if a.country:
                self.countries_seen.add(a.country)
            words = name_words(span_text(self.doc, m.start, m.end))
            keys = set()
            if len(words) >= 2:
                keys.add(words[-1])
                if a.country in FIRST_NAME_COUNTRIES:
                    keys.add(words[0])
                own = name_words(a.name)
                if len(own) >= 2:
                    keys.add(own[-1])
                    if a.country in FIRST_NAME_COUNTRIES:
                        keys.add(own[0])
            for k in keys:
                if len(k) < 2 or k in FUNCTION_WORDS:
                    continue
                prev = surname.get(k, a)
                surname[k] = a if (prev is not None and (prev.id or prev.name) == (a.id or a.name)) else None
        # the last agent description ending at each token (the steps below add only surnames)
        agent_by_end = {mm.end: mm for mm in matches if mm.kind == "agent"}
        for i, text in enumerate(self.tx):
            if self.covered[i] or not text[:1].isupper():
                continue
            t = self.toks[i]
            if self.covered[t.i] or not t.text[:1].isupper() or t.pos_ not in ("PROPN", "NOUN", "ADJ", "X"):
                continue
            ws = norm_words(t.text)
            if len(ws) != 1:
                continue
            a = surname.get(ws[0])
            if a is not None:
                st = t.i
                if st > 0 and self.toks[st - 1].text in NAME_PARTICLES and not self.covered[st - 1]:
                    nw = norm_words(a.name)
                    if len(nw) >= 3 and nw[-2] == self.toks[st - 1].lower_:
                        st -= 1  # "Le Drian": the particle of the name is part of the surname
                m = Match(st, t.i + 1, "surname")
                matches.append(m)
                at[st] = m
                person_of[st] = a
                for k in range(st, t.i + 1):
                    self.covered[k] = True
                continue
            # a surname after a title or honorific: "President Lula", "Mr Lavrov"
            prev = self.toks[t.i - 1] if t.i > 0 else None
            if prev is None:
                continue
            titled = prev.lower_.rstrip(".") in HONORIFICS
            pm = agent_by_end.get(t.i)
            if not titled and pm is None and t.i not in single_at:
                continue
            ids = kb.surnames.get(ws[0])
            if not ids:
                continue
            cands = []
            for pid in ids:
                act = kb.active_roles(pid, self.date) if self.date else kb.entries[pid].roles
                if not act:
                    continue
                if pm is not None and pm.agent and pm.agent.role and pm.agent.role not in ("executive", "head"):
                    if not any(r.role == pm.agent.role for r in act):
                        continue
                cands.append(pid)
            if not cands and self.date and ((pm is not None and pm.agent is not None and pm.agent.role)
                                            or prev.lower_ in ("president", "premier", "chancellor", "king",
                                                               "queen", "emir")):
                # nobody of that name in office on the date (or the date is wrong): the one person of
                # that surname who ever held the title ("President Kagame" dated before he took office)
                for pid in ids:
                    rs = kb.entries[pid].roles
                    if pm is not None and pm.agent and pm.agent.role and pm.agent.role not in ("executive", "head"):
                        rs = [r for r in rs if r.role == pm.agent.role]
                    if rs and not pid.startswith("dl:phx:"):
                        cands.append(pid)
                if len(cands) > 1:
                    cands = []
            cands = [c for c in cands if not c.startswith("dl:phx:")] or cands
            if len(cands) > 1 and self.countries_seen:
                cands = [c for c in cands if kb.entries[c].country in self.countries_seen] or cands
            if not titled and pm is None:
                # an untitled surname: only someone in office now, from a country in the article
                cands = [c for c in cands if kb.entries[c].country in self.countries_seen and self.date]
            if len(cands) == 1:
                m = Match(t.i, t.i + 1, "surname")
                matches.append(m)
                at[t.i] = m
                person_of[t.i] = kb.actor(cands[0], self.date)
                self.covered[t.i] = True
        for m in singles:
            if self.covered[m.start]:
                continue
            prev = self.toks[m.start - 1] if m.start > 0 else None
            titled = prev is not None and (prev.lower_.rstrip(".") in HONORIFICS or m.start in agent_by_end)
            if titled:  # "Minister Dar": an unknown person; a lone capitalised word is too weak
                matches.append(m)
                person_of[m.start] = Actor(id=None, name=self.toks[m.start].text, kind="person")
                self.covered[m.start] = True
        matches.sort(key=lambda m: m.start)

        # descriptions around agents
        self._all = matches
        self._adj_country = {}
        for m in matches:
            if m.kind == "entry" and m.end - m.start == 1:
                best = self._pick(m.ids, (ADJ,))
                if best is not None and kb.entries[best[0]].kind == "state":
                    self._adj_country[m.start] = kb.entries[best[0]].country
        self._end_idx: dict[int, list[Match]] = {}
        self._start_idx: dict[int, list[Match]] = {}
        for m in matches:
            self._end_idx.setdefault(m.end, []).append(m)
            self._start_idx.setdefault(m.start, []).append(m)
        for m in matches:
            if m.kind != "agent" or m.used or m.agent is None:
                continue
            self._description(m, matches, person_of)

        # "the African Union's Peace and Security Council", "EU Commission": an organisation
        # naming its own body is part of the body's mention
        prev_m: Match | None = None
        for m in matches:
            if m.kind == "entry" and prev_m is not None and not prev_m.used and prev_m.kind == "entry":
                best, pbest = self._pick(m.ids, (NAME,)), self._pick(prev_m.ids, (NAME,))
                gap = self.toks[prev_m.end:m.start]
                if best and pbest and kb.entries[best[0]].parent == pbest[0] \
                        and all(t.lower_ in ("'s", "'") for t in gap):
                    prev_m.used = True
                    m.start = prev_m.start
            prev_m = m
        # "the Security Council of the UN": the organisation after its body is part of the mention
        by_start_e = {mm.start: mm for mm in matches if mm.kind == "entry"}
        for m in matches:
            if m.kind != "entry" or m.used or m.end >= self.n or self.toks[m.end].lower_ != "of":
                continue
            j = m.end + 1
            if j < self.n and self.toks[j].lower_ == "the":
                j += 1
            nx = by_start_e.get(j)
            best = self._pick(m.ids, (NAME,))
            if nx is None or nx.used or best is None or not kb.entries[best[0]].parent:
                continue
            nbest = self._pick(nx.ids, (NAME,))
            if nbest is not None and nbest[0] == kb.entries[best[0]].parent:
                nx.used = True
                m.end = nx.end
        # remaining names
        for m in matches:
            if m.used:
                continue
            if m.kind in ("ner_person", "surname"):
                a = person_of.get(m.start)
                if a is None:
                    continue
                how = "name" if m.kind == "ner_person" else "surname"
                if m.kind == "surname" and a.id:
                    a = kb.actor(a.id, self.date)
                elif m.kind == "ner_person":
                    a = self._describe_unknown(m, a)
                    title_sector = self._title_sector(m) if a.country is None else None
                    if title_sector in STATE_SECTORS:
                        # "the minister of Justice, Flavio Dino", "general Javier Iturriaga": a title
                        # the agent step did not join to the name still makes the person an official
                        a.sector = a.sector or title_sector
                        self._emit(m.start, m.end, [a], "title+name")
                        self.ctx_fill.append(CtxFill(self.mentions[-1], title_sector))
                        m.used = True
                        continue
                self._emit(m.start, m.end, [a], how)
                m.used = True
            elif m.kind == "ner_org":
                oa = self._org_actor(m)
                self._emit(m.start, m.end, [oa], "name")
                if oa.country is None and oa.sector in STATE_SECTORS | {"LAB", "PTY", "REB"}:
                    self.ctx_fill.append(CtxFill(self.mentions[-1], oa.sector, keep_kind=True))
                m.used = True
            elif m.kind == "entry":
                self._entry_mention(m, person_of)
        self._acronym_names()
        # "a Security Council resolution", "the UN Charter": a body's name modifying a document
        self.mentions = [m for m in self.mentions if not (
            m.end < self.n and self.toks[m.end].lower_ in DOCUMENT_HEADS and m.actors
            and all(a.kind == "igo" for a in m.actors) and self.toks[m.end - 1].dep_ == "compound")]
        self._armed_group_descriptions()
        # the home country as the mentions the text itself resolves tell it, for when the context
        # step's own fills (from weaker evidence) leave it unclear
        self._home = self._mention_home()
        self._fill_context()
        for men, src in self._links:
            men.actors[0].country = men.actors[0].country or src.country
        self._fill_domestic()
        self._share_person_countries()
        self._coreference()
        self._role_backrefs()
        self._fill_owners()
        self._kin_countries()
        self._included_countries()
        self.mentions.sort(key=lambda x: (x.start, x.end))
        self._igo_officials_stay()
        self._igo_in_titles()
        self._bodies_in_titles()
        return self.mentions

    def _included_countries(self) -> None:
        """"expelled six Indian diplomats, including High Commissioner X": a person the KB does not
        know, named right after "including" (a title may come between), is of the country of the
        plural description just before it in the sentence, when that gives one state."""
        for men in self.mentions:
            if len(men.actors) != 1 or men.actors[0].kind != "person" or men.actors[0].id is not None \
                    or men.actors[0].country is not None or men.actors[0].members:
                continue
            k = men.start - 1
            while k > 0 and self.toks[k].text[:1].isupper() and self.toks[k].pos_ == "PROPN" \
                    and self.toks[k].ent_type_ != "PERSON":
                k -= 1  # "including High Commissioner X" where the title is not in the mention
            if k < 1 or self.lw[k] != "including":
                continue
            sent = self._sent(k)
            before = [m for m in self.mentions if sent.start <= m.start and m.end <= k and m.how == "description"
                      and self.toks[m.head].tag_ in ("NNS", "NNPS") and len(m.actors) == 1
                      and m.actors[0].kind == "state" and m.actors[0].country]
            if before:
                men.actors[0].country = before[-1].actors[0].country

    def _kin_countries(self) -> None:
        """"Navalny's widow, Yulia Navalnaya" (``data/kb/kin_nouns.txt``): a person the KB does not
        know, named in apposition to a kinship noun a named person owns, is of that person's
        country, in every mention of the name (a pronoun owner, "his son, X", is skipped; one country)."""
        found: dict[str, set[str]] = {}
        for men in self.mentions:
            if len(men.actors) != 1 or men.actors[0].kind != "person" or men.actors[0].id is not None \
                    or men.actors[0].members:
                continue
            t = self.toks[men.head]
            kin = t.head if t.dep_ == "appos" and t.head.lower_ in KIN_NOUNS else next(
                (c for c in t.children if c.dep_ == "appos" and c.lower_ in KIN_NOUNS), None)
            if kin is None and men.start >= 2 and self.toks[men.start - 1].text == "," \
                    and self.lw[men.start - 2] in KIN_NOUNS:
                kin = self.toks[men.start - 2]  # "Navalny's widow, Yulia Navalnaya, and ...": a parse without appos
            if kin is None:
                continue
            owner = next((c for c in kin.children if c.dep_ == "poss"), None)
            if owner is None and kin.i >= 2 and self.lw[kin.i - 1] in ("'s", "'", "’s"):
                owner = self.toks[kin.i - 2]
            if owner is None:
                continue
            om = next((m for m in self.mentions if m.start <= owner.i < m.end and m is not men and m.how != "pronoun"
                       and len(m.actors) == 1 and m.actors[0].kind == "person" and m.actors[0].country), None)
            if om is not None:
                found.setdefault(_person_key(men.actors[0].name), set()).add(om.actors[0].country)  # type: ignore[arg-type]
        for key, cs in found.items():
            if len(cs) != 1:
                continue
            country = next(iter(cs))
            for m in self.mentions:
                if len(m.actors) == 1 and m.actors[0].kind == "person" and m.actors[0].id is None \
                        and _person_key(m.actors[0].name) == key:
                    m.actors[0].country = country

    def _bodies_in_titles(self) -> None:
        """"said the spokesman of the Ministry of Foreign Affairs Lin Jian": a state body in the
        of-phrase of a person's title, with the name right after it (no comma), is part of the
        title, not a listed mention of its own (tests/gold/README.md); it stays in the mentions
        the events and quotes layers read."""
        person_at = {m.start for m in self.mentions if m.listed and len(m.actors) == 1
                     and m.actors[0].kind == "person"}
        title_ends = {mm.end for mm in self._all if mm.kind == "agent" and mm.agent is not None
                      and mm.agent.form == "person"}
        for men in self.mentions:
            if men.listed and men.how == "description" and men.end in person_at and men.start >= 2 \
                    and self.lw[men.start - 1] == "of" and men.start - 1 in title_ends \
                    and all(a.kind in ("state", "organization") for a in men.actors):
                men.listed = False

    def _igo_in_titles(self) -> None:
        """"NATO Secretary General Jens Stoltenberg", "the EU's foreign policy chief Kaja Kallas":
        the organisation's name in an official's title is a mention of its own (as a country noun
        in a title is), inside the official's title+name mention."""
        out: list[Mention] = []
        for men in self.mentions:
            if men.how != "title+name" or len(men.actors) != 1 or men.actors[0].kind != "person":
                continue
            for mm in self._all:
                if mm.kind != "entry" or mm.start < men.start or mm.end >= men.head or mm.start > men.start + 1:
                    continue
                best = self._pick(mm.ids, (NAME, SHORT))
                if best is None or best != self._pick(mm.ids) or self.kb.entries[best[0]].kind not in ("igo", "group"):
                    continue
                end = mm.end + (1 if self.lw[mm.end] in ("'s", "'") else 0)
                if end >= men.head or not self.toks[end].text[:1].isalpha():
                    continue
                igo = self.kb.actor(best[0], self.date, resolved_by="name")
                out.append(Mention(mm.start, mm.end, [igo], "name", mm.end - 1))
                break
        if out:
            self.mentions = sorted(self.mentions + out, key=lambda x: (x.start, x.end))

    def _igo_officials_stay(self) -> None:
        """A KB person titled as an IGO's official ("Arab League Secretary-General Ahmed Aboul
        Gheit") acts for it in the rest of the article too ("Aboul Gheit said"): later mentions
        take no state of their own, from the KB or from the text around them."""
        igo: dict[str, tuple[str, ...]] = {}
        if self._igo_appos:
            # "Kenzo Oshima, the UN envoy": the name, and the person in the whole article
            starts = dict(self._igo_appos)
            for men in self.mentions:
                if men.start in starts and len(men.actors) == 1 and men.actors[0].kind == "person":
                    a = men.actors[0]
                    men.actors[0] = replace(a, country=None, members=a.members or starts[men.start])
                    if a.id is not None:
                        igo.setdefault(a.id, men.actors[0].members)
        for men in self.mentions:
            for i, a in enumerate(men.actors):
                if a.id is None or a.kind != "person":
                    continue
                if a.country is None and a.members and men.how == "title+name":
                    igo.setdefault(a.id, a.members)
                elif a.id in igo and a.country is not None and not a.members:
                    men.actors[i] = replace(a, country=None, members=igo[a.id])

    def _comma_apposed(self, e: int, by_start: _Unused,
                       person_of: dict[int, Actor]) -> tuple[Match, Actor] | None:
        """A name set off by commas right after a title's of-phrase naming a state ("summoned the
        ambassador of Mexico, Pablo Monroy, and ..."): the titled person, also where the parser
        (often on machine translation) finds no apposition."""
        if e + 3 >= self.n or self.toks[e].lower_ != "of":
            return None
        k = e + 1 + (self.toks[e + 1].lower_ in DETS)
        tm = by_start.get(k)
        if tm is None or tm.kind != "entry":
            return None
        best = self._pick(tm.ids, (NAME,))
        if best is None or self.kb.entries[best[0]].kind != "state" or self._shared_office(tm):
            return None
        j = tm.end
        if j + 1 >= self.n or self.toks[j].text != ",":
            return None
        mm = by_start.get(j + 1)
        if mm is None or mm.used or mm.kind not in ("ner_person", "surname") or person_of.get(mm.start) is None:
            return None
        if mm.end < self.n and self.toks[mm.end].text not in (",", ".", ";", ")"):
            return None  # "the ministers of France, Germany and Italy": a list, not a name set off
        return mm, person_of[mm.start]

    def _apposed_person(self, span: tuple[int, int], person_of: dict[int, Actor]) -> int | None:
        """The start of the person's name a title phrase is in apposition to, right before it
        ("Kenzo Oshima, the UN envoy")."""
        ts, te = span
        if ts < 2 or self.toks[ts - 1].text != ",":
            return None
        root = doc_span(self.doc, ts, te).root
        if root.dep_ != "appos" or root.head.i >= ts:
            return None
        h = root.head.i
        for mm in self._end_idx.get(ts - 1, ()):
            if mm.start <= h and mm.kind in ("ner_person", "surname", "entry") and person_of.get(mm.start) is not None:
                return mm.start
        return None

    def _known_variant(self, m: Match, matches: list[Match]) -> str | None:
        """A KB person behind a name the KB does not list: the same first name and surname with
        other names between ("Carlos Menem" for Carlos Saul Menem) or another article particle
        ("Omar El Bashir"), and after a title also a one-letter slip in the surname or first name
        ("President Francois Mitterand")."""
        words = [w for w in norm_words(span_text(self.doc, m.start, m.end)) if w not in ("al", "el", "ul", "ad")]
        if len(words) < 2 or len(words[-1]) < 4:
            return None
        first, last = words[0], words[-1]
        kb = self.kb
        titled = m.start > 0 and (self.toks[m.start - 1].lower_.rstrip(".") in HONORIFICS or any(
            mm.kind == "agent" and mm.end == m.start and mm.agent is not None and mm.agent.form == "person"
            for mm in matches))
        cands = set(kb.surnames.get(last, ()))
        if titled and len(last) >= 6:
            for key in _surname_slips(kb, last):
                cands |= kb.surnames[key]
        found = []
        for c in cands:
            e = kb.entries[c]
            nw = name_words(e.name)  # as kb.surnames keys it: "Ferdinand Marcos Jr." ends in marcos
            if len(nw) < 2 or (len(words) > 2 and nw[-1] != last and not titled):
                continue
            if nw[0] == first or (titled and len(first) >= 5 and _one_edit(nw[0], first)):
                found.append(c)
        if not titled:
            found = [c for c in found if not c.startswith("dl:phx:")]
        found = [c for c in found if not c.startswith("dl:phx:")] or found
        if len(found) == 1 and kb.entries[found[0]].country:
            # a partial match ("Eduardo del Castillo" for Eduardo Castillo) of a person of a country
            # the article names nowhere is a namesake: an unknown person of the story's country
            named = self._named_countries(matches)
            if named and kb.entries[found[0]].country not in named:
                return None
        return found[0] if len(found) == 1 else None

    def _named_countries(self, matches: list[Match]) -> set[str]:
        """The countries the article names: its places and the KB entries it names (not persons)."""
        if self._named_cc is None:
            out = {c for _, c in self.places}
            for mm in matches:
                if mm.kind == "entry":
                    for eid, _ in mm.ids:
                        e = self.kb.entries.get(eid)
                        if e is not None and e.kind != "person" and e.country:
                            out.add(e.country)
            self._named_cc = out
        return self._named_cc

    def _note_titled(self, pattern: str, named: Actor) -> None:
        prev = self._titled.setdefault(pattern, named)
        if prev.key() != named.key():
            self._titled_twice.add(pattern)

    def _emit(self, ts: int, te: int, actors: list[Actor], how: str, listed: bool = True) -> None:
        head = self._head(ts, te).i
        for a in actors:
            a.resolved_by = a.resolved_by or how
        self.mentions.append(Mention(ts, te, actors, how, head, listed))

    def _np_country(self, ts: int, te: int) -> str | None:
        """The country named by a state adjective or name in the noun phrase left of a name."""
        root = doc_span(self.doc, ts, te).root
        for mm in self._all:
            if mm.kind == "entry" and mm.start >= root.left_edge.i and mm.end <= ts:
                best = self._pick(mm.ids, (ADJ, NAME, METO))
                if best is not None and self.kb.entries[best[0]].kind == "state" and not self._shared_office(mm):
                    mm.used = True
                    return self.kb.entries[best[0]].country
        return None

    def _shared_office(self, mm: Match) -> bool:
        """'Foreign Office', 'Ministry of Defence': one state's org_metonym naming an office many
        states have (``data/kb/shared_offices.txt``)."""
        best = self._pick(mm.ids)
        return best is not None and best[1].startswith(METO + ":") \
            and " ".join(t.lower_ for t in self.toks[mm.start:mm.end]) in SHARED_OFFICES

    def _describe_unknown(self, m: Match, a: Actor) -> Actor:
        """An unknown person: look for an appositive description ("X, Brazil's foreign minister")."""
        a.country = a.country or self._np_country(m.start, m.end)
        head = doc_span(self.doc, m.start, m.end).root
        for ch in head.children:
            if ch.dep_ == "appos":
                sub = self.doc[ch.left_edge.i:ch.right_edge.i + 1]
                country, sector = self._country_sector_in(sub.start, sub.end)
                if country or sector:
                    a.country = a.country or country
                    a.sector = a.sector or sector
        return a

    def _title_sector(self, m: Match) -> str | None:
        """The sector of a person title joined to a name by apposition ("the minister of Justice,
        X", "the chief of National Defence, general X") or standing right before it, when the
        title gives no country: the title's agent pattern, or the honorific's own sector."""
        if m.start == 0:
            return None
        prev = self.toks[m.start - 1]
        if prev.lower_.rstrip(".") in HONORIFIC_SECTOR:
            return HONORIFIC_SECTOR[prev.lower_.rstrip(".")]
        head = doc_span(self.doc, m.start, m.end).root
        ends = set()
        if head.dep_ == "appos" and head.head.i < m.start:
            ends.add(head.head.i)
        if prev.text == "," and m.start > 1:
            k = m.start - 2
            ends.add(k)
            # "the chief of National Defence, X": the title's "of" phrase names no state
            while k > 0 and (self.toks[k].text[:1].isupper() or self.toks[k].lower_ in ("of", "the", "and")) \
                    and self._sent(k).start == self._sent(prev.i).start:
                k -= 1
                ends.add(k)
        for mm in self._all:
            if mm.kind == "agent" and mm.agent is not None and mm.agent.form == "person" and mm.end - 1 in ends \
                    and not any(x.kind == "entry" and mm.end <= x.start < m.start for x in self._all):
                return mm.agent.sector
        return None

    def _country_sector_in(self, ts: int, te: int) -> tuple[str | None, str | None]:
        country = sector = None
        stream = self.match_range(ts, te)
        for mm in stream:
            if mm.kind == "entry":
                best = self._pick(mm.ids, (ADJ, NAME, METO))
                if best:
                    e = self.kb.entries[best[0]]
                    if e.kind == "state":
                        country = country or e.country
            elif mm.kind == "agent" and mm.agent:
                sector = sector or mm.agent.sector
        return country, sector

    def match_range(self, ts: int, te: int) -> list[Match]:
        return [m for m in self._all if m.start >= ts and m.end <= te]

    def _description(self, m: Match, matches: list[Match], person_of: dict[int, Actor]) -> None:
        """A description, and one member per conjoined nationality ("Hungarian and Romanian
        officials": HUN and ROU, one span)."""
        n0 = len(self.mentions)
        self._conj_states: list[str] = []
        self._ethnic_not: str | None = None
        self._description_one(m, matches, person_of)
        if self._ethnic_not and len(self.mentions) > n0:
            for f in self.ctx_fill:
                if f.mention is self.mentions[-1]:
                    f.not_country = self._ethnic_not
        if not self._conj_states or len(self.mentions) <= n0:
            return
        men = self.mentions[-1]
        if not (men.start <= m.start < men.end) or len(men.actors) != 1 or not men.actors[0].country:
            return
        a = men.actors[0]
        extra: list[Actor] = []
        for c in self._conj_states:
            if c == a.country or any(x.country == c for x in extra):
                continue
            sid = self.kb.by_iso.get(c)
            if a.kind == "state" and sid:
                extra.append(self.kb.actor(sid, self.date, sector=a.sector, resolved_by=a.resolved_by))
            elif a.kind in ("population", "organization") and a.id is None:
                extra.append(Actor(id=None, name=a.name, kind=a.kind, country=c, sector=a.sector,
                                   resolved_by=a.resolved_by))
        men.actors = extra + men.actors  # in the order of the text

    def _description_one(self, m: Match, matches: list[Match], person_of: dict[int, Actor]) -> None:
        prev: Token | Actor | None  # the token before the title, later an actor named before
        kb = self.kb
        ag = m.agent
        assert ag is not None
        self._all = matches
        if m.start > 0 and self.toks[m.start - 1].lower_ in NUMBER_WORDS and ag.pattern in PLURAL_NOUNS:
            return  # "the two leaders": coreference decides
        if ag.form in ("people", "org") and self._negated_quantity(self.toks[m.end - 1]):
            m.used = True
            return  # "no soldiers were hurt": nobody acted
        last = self.toks[m.end - 1]
        if ag.form in ("org", "people") and last.dep_ in ("compound", "amod", "nmod") and (hd := last.head.i) >= m.end \
                and last.head.pos_ in ("NOUN", "PROPN") and not any(mm.start <= hd < mm.end for mm in matches
                                                                    if mm is not m):
            m.used = True
            return  # "its military presence", "a police station": a modifier of something else
        head_word = ag.pattern.split(" of ")[0].split()[-1]
        if ag.form == "org" and ag.sector in ("LEG", "JUD"):
            t = self._subject_like(last)
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "inside", "outside", "near", "into", "to",
                                                     "towards", "toward") and t.head.head.lemma_ not in TRANSFER:
                m.used = True
                return  # "roads leading to parliament", "a protest outside the Supreme Court": the building
        if head_word in NOMINAL_HEADS and m.end - m.start == 1:
            prev = self.toks[m.start - 1] if m.start > 0 else None
            if prev is not None and prev.lower_ == "the":
                return  # "the bloc", "the council": coreference decides
            if prev is not None and m.start > 1 and self.toks[m.start - 2].lower_ == "the" and m.start - 1 in {
                    mm.end - 1 for mm in matches if mm.kind == "entry"}:
                # "the Palestinian group": a group of that country named before
                mod = next(mm for mm in matches if mm.kind == "entry" and mm.end == m.start)
                best = self._pick(mod.ids, (ADJ, NAME))
                if best is not None:
                    c = kb.entries[best[0]].country
                    a = self._recent_entity(NOMINAL_HEADS[head_word], m.start, country=c)
                    if a is not None:
                        mod.used = m.used = True
                        self._emit(m.start - 2, m.end, [self._copy(a, "nominal")], "nominal")
                        return
        by_end = _Unused(self._end_idx, m)
        by_start = _Unused(self._start_idx, m)
        # left context
        s = m.start
        modifier: Match | None = None
        former = not_holder = False
        k = m.start - 1
        while k >= 0:
            t = self.toks[k]
            lw = t.lower_
            if k + 1 in by_end and by_end[k + 1].kind == "entry" and modifier is not None \
                    and self._state_adj(by_end[k + 1]) and self._state_adj(modifier):
                # "Syrian Turkmen rebels", "Iraqi Kurdish fighters": the outer nationality is the state
                modifier.used = True
                modifier = by_end[k + 1]
                s = modifier.start
                k = modifier.start - 1
                continue
            if k + 1 in by_end and by_end[k + 1].kind == "entry" and modifier is None:
                mm = by_end[k + 1]
                if self.is_dateline(mm.start, mm.end):
                    break  # "WASHINGTON - President Biden": the dateline is no part of the title
                if mm.start >= 2 and self.toks[mm.start - 1].text in ("-", "\u2011") \
                        and self.toks[mm.start - 2].lower_ in ("pro", "anti") and not self.toks[mm.start - 2].whitespace_:
                    # "pro-Russian separatists", "an anti-Syria journalist": not of that state (the
                    # one other state of the sentence, like a minority)
                    mm.used = True
                    best = self._pick(mm.ids, (ADJ, NAME, METO))
                    if best is not None and kb.entries[best[0]].kind == "state":
                        self._ethnic_not = kb.entries[best[0]].country
                    s = mm.start - 2
                    k = mm.start - 3
                    continue
                best = self._pick(mm.ids, (ADJ, NAME, METO))
                if best and best[1] == ADJ and kb.entries[best[0]].kind == "state" and mm.start > 0 \
                        and self.toks[mm.start - 1].lower_ == "ethnic":
                    # "ethnic Albanian guerrillas": a minority, not the state of the adjective
                    mm.used = True
                    self._ethnic_not = kb.entries[best[0]].country
                    s = mm.start - 1
                    k = mm.start - 2
                    continue
                if best and kb.entries[best[0]].kind in ("state", "igo", "group", "organization") or (
                        best and kb.entries[best[0]].kind == "population" and kb.entries[best[0]].country):
                    modifier = mm
                    s = mm.start
                    k = mm.start - 1
                    continue
                if best and kb.entries[best[0]].kind == "population" and mm.end - mm.start == 1:
                    # "Turkish Kurd refugees": a people without a state; the state may come before it
                    mm.used = True
                    s = mm.start
                    k = mm.start - 1
                    continue
                break
            if lw in ("'s", "'") and modifier is None:
                k -= 1
                continue
            if lw == "led" and modifier is None and k >= 2 and self.toks[k - 1].text in ("-", "\u2011") \
                    and not self.toks[k - 2].whitespace_ and k - 1 in by_end and by_end[k - 1].kind == "entry":
                # "Vietnamese-led forces", "a US-led coalition": the state that leads them
                mm = by_end[k - 1]
                best = self._pick(mm.ids, (ADJ, NAME, METO))
                if best and kb.entries[best[0]].kind in ("state", "igo"):
                    modifier = mm
                    s = mm.start
                    k = mm.start - 1
                    continue
            if lw in ("and", "&", ",") and modifier is not None and k in by_end and by_end[k].kind == "entry" \
                    and self._conj_adj(modifier) and self._conj_adj(by_end[k]):
                # "French and Egyptian warships": each nationality is a member of the one mention
                cm = by_end[k]
                best = self._pick(cm.ids, (ADJ, NAME))
                if best is not None:
                    cm.used = True
                    self._conj_states.append(kb.entries[best[0]].country)  # type: ignore[arg-type]
                    s = cm.start
                    k = cm.start - 1
                    continue
            if lw in FORMER or lw in NOT_HOLDER or lw in MODIFIERS or (t.pos_ == "ADJ" and t.is_lower and t.dep_ == "amod") \
                    or (lw in ("-",) and k > 0 and not t.whitespace_):
                former |= lw in FORMER
                not_holder |= lw in NOT_HOLDER
                k -= 1
                if modifier is None:
                    s = k + 1
                continue
            if lw in DETS and t.pos_ in ("DET", "PRON"):
                s = k
                break
            if t.pos_ == "NOUN" and t.is_lower and t.dep_ == "compound" and modifier is None \
                    and all(x.pos_ == "NOUN" and x.is_lower and x.dep_ == "compound" for x in self.toks[k:m.start]):
                # "defence ministry spokesman", "the U.N. war crimes court": keep the compound nouns
                # inside the span
                s = k
                k -= 1
                continue
            break
        # "ex-president": hyphenated prefix glued to the agent
        if m.start > 0 and self.toks[m.start - 1].lower_ in ("ex", "ex-"):
            former = True
        # right context: a name right after the title ("President Emmanuel Macron")
        e = m.end
        post = by_start.get(m.end)
        if modifier is None and post is not None and self._postposed_nationality(post, by_start):
            # "the Ministry of Foreign Affairs algerian", "his counterpart french X" (a translation's
            # word order): the nationality after the title is its modifier
            modifier = post
            e = post.end
        named: Actor | None = None
        nxt = by_start.get(e)
        if nxt is None and e < self.n and self.toks[e].text == "," and e + 1 in by_start:
            cand = by_start[e + 1]
            if self.toks[cand.start].dep_ == "appos" or doc_span(self.doc, cand.start, cand.end).root.dep_ == "appos":
                nxt = cand
        if nxt is None and ag.form == "person":
            # "The spokesman of the ministry, Wang Wenbin, said": the name is an apposition
            root = doc_span(self.doc, m.start, m.end).root
            for mm in matches:
                if mm.used or mm.start <= m.end or mm.start > m.end + 10 or mm.kind not in ("ner_person", "surname",
                                                                                          "entry"):
                    continue
                if mm.kind == "entry" and (person_of.get(mm.start) is None or self._of_state(m.end, by_start)):
                    continue  # "the president of Mexico, Claudia Sheinbaum": the office holder path
                r = doc_span(self.doc, mm.start, mm.end).root
                h = r.head
                near = h.i == root.i or (h.dep_ == "conj" and h.head.i == root.i) or (
                    root.dep_ == "conj" and root.head.i == h.i) or (h.dep_ == "pobj" and h.head.head.i == root.i)
                if r.dep_ == "appos" and near and person_of.get(mm.start) is not None:
                    self._appos_name = (mm, person_of[mm.start])
                    break
            if self._appos_name is None:
                self._appos_name = self._comma_apposed(m.end, by_start, person_of)
        if nxt is not None and ag.form == "person":
            if nxt.kind in ("ner_person", "surname"):
                named = person_of.get(nxt.start)
            elif nxt.kind == "entry":
                best = self._pick(nxt.ids, (NAME, SHORT))
                if best and kb.entries[best[0]].kind == "person":
                    named = kb.actor(best[0], self.date)
            if named is not None:
                e = nxt.end
                nxt.used = True
        of_nouns: list[Match] = []  # organisations and countries named in the title's of-phrase
        of_chain_name = False
        if named is None and modifier is None and ag.form == "person" and e + 2 < self.n and self.toks[e].lower_ == "of":
            found = self._name_after_of_phrase(e, by_start, person_of)
            if found is not None:
                # "The Secretary-General of the UN António Guterres", "the chief of staff of the
                # Iranian armed forces Mohammad Bagheri" (a translation's word order): the name after
                # the title's of-phrase is the titled person; the phrase tells the country or body
                nxt, named, chain = found
                of_chain_name = True
                nxt.used = True
                e = nxt.end
                for mm in chain:
                    mm.used = True
                    best = self._pick(mm.ids, (NAME, ADJ, METO, SHORT)) if mm.kind == "entry" else None
                    if best is None:
                        continue
                    if modifier is None and kb.entries[best[0]].kind in ("state", "igo", "group", "organization"):
                        modifier = mm
                    if best[1] == NAME and kb.entries[best[0]].kind in ("state", "igo", "group"):
                        of_nouns.append(mm)
        # "of Iran", "to President Zelensky", "for the Kremlin"
        of_target: Actor | None = None
        of_match: Match | None = None
        owned = m.start > 0 and self.toks[m.start - 1].lower_ in ("his", "her", "their", "its")
        if owned and ag.form != "person" and e + 1 < self.n and self.toks[e].lower_ in ("of", "from", "in"):
            tm = by_start.get(e + 1)
            if tm is not None and tm.kind == "entry":
                tm.used = True  # "their troops of Mali": where they are, a place
        from_ok = ag.pattern in DELEGATIONS  # "a delegation from Japan"
        if modifier is None and e < self.n and (self.toks[e].lower_ in ("of", "to", "for")
                                                or (from_ok and self.toks[e].lower_ == "from")) \
                and not (owned and ag.form != "person"):  # "their troops of Mali": the owner's, not Mali's
            j = e + 1
            if j < self.n and self.toks[j].lower_ in DETS:
                j += 1
            tm = by_start.get(j)
            if tm is not None and (self.toks[e].lower_ in ("of", "from") or ag.subordinate):
                if tm.kind == "entry":
                    best = self._pick(tm.ids, (NAME, METO, ADJ, SHORT))
                    # "the spokesman of the Ministry of Defence": an office many states have tells
                    # no country here; the context's, as for the office itself
                    if best and not self._shared_office(tm):
                        of_target = kb.actor(best[0], self.date)
                        of_match = tm
                elif tm.kind in ("ner_person", "surname"):
                    of_target = person_of.get(tm.start)
                    of_match = tm
                elif tm.kind == "agent":
                    pass
        if modifier is None and of_target is None and ag.form in ("people", "org") and e + 1 < self.n \
                and ag.pattern not in ("embassy", "embassies", "consulate", "consulates", "mission") \
                and self.toks[e].lower_ == "in" and e + 1 in by_start and by_start[e + 1].kind == "entry":
            tm = by_start[e + 1]
            best = self._pick(tm.ids, (NAME, METO))
            if best is not None and kb.entries[best[0]].kind == "state" and not self.is_dateline(tm.start, tm.end):
                modifier = tm
                e = tm.end
        leader_country = None
        if modifier is None and ag.pattern in BODY_OF_PERSON and s == m.start and m.start > 0 \
                and self.toks[m.start - 1].pos_ == "PROPN" and (not self.covered[m.start - 1] or (
                    m.start - 1 in person_of and m.start > 1 and self.toks[m.start - 2].lower_ == "the")):
            # "the Bush administration": the state of the leaders of that surname, when they share one
            ws = norm_words(self.toks[m.start - 1].text)
            leaders = [c for c in kb.surnames.get(ws[0] if len(ws) == 1 else "", ()) if not c.startswith("dl:phx:")]
            cs: set[str | None] = set()
            for top in ("head_of_state", "head_of_government"):  # presidents first, then premiers
                cs = {kb.entries[c].country for c in leaders if any(r.role == top for r in kb.entries[c].roles)}
                if cs:
                    break
            if len(cs) == 1 and None not in cs:
                leader_country = cs.pop()
                s = m.start - 1
        place_country = None
        if modifier is None and of_target is None and ag.form in ("people", "org") and self.places \
                and ag.pattern not in ("embassy", "embassies", "consulate", "consulates", "mission") \
                and ag.pattern not in NOT_OF_PLACE and ag.sector != "REF":
            # "rebels in Darfur", "the government of Sindh province", "Darfur rebels": a place the
            # places layer knows (no KB state) tells the country
            if e + 1 < self.n and (self.toks[e].lower_ == "in" or (self.toks[e].lower_ == "of"
                                                                  and ag.sector in STATE_SECTORS)):
                pobj = next((c for c in self.toks[e].children if c.dep_ == "pobj"), None)
                pc = self._place_in(e + 1, pobj.i + 1) if pobj is not None else None
                if pc is not None and pobj is not None:
                    place_country, e = pc, pobj.right_edge.i + 1
            elif s == m.start and m.start > 0 and self.toks[m.start - 1].dep_ == "compound" \
                    and self.toks[m.start - 1].pos_ == "PROPN" and not self.covered[m.start - 1]:
                p = m.start - 1
                while p > 0 and self.toks[p - 1].pos_ == "PROPN" and self.toks[p - 1].dep_ == "compound" \
                        and not self.covered[p - 1]:
                    p -= 1
                pc = self._place_in(p, m.start)
                if pc is not None:
                    place_country, s = pc, p
        if modifier is None and of_target is None and ag.form == "person" and ag.subordinate and e + 1 < self.n \
                and self.toks[e].lower_ == "in" and e + 1 in by_start and by_start[e + 1].kind == "entry":
            # "a spokesman in Brussels": the organisation seated there
            tm = by_start[e + 1]
            best = self._pick(tm.ids, (NAME,))
            if best is not None and kb.entries[best[0]].kind == "igo":
                modifier = tm
                e = tm.end
        m.used = True
        if modifier is not None:
            modifier.used = True
        text_span = (s, e)
        appos = self._appos_name
        self._appos_name = None
        owner = None  # "her government", "his spokesman": the pronoun tells whose
        if modifier is None and s < m.start and self.toks[s].lower_ in ("his", "her", "their", "its"):
            owner = s
        elif modifier is None and m.start > 0 and self.toks[m.start - 1].lower_ in ("his", "her", "their", "its"):
            owner = m.start - 1


        mod_entry = None
        if modifier is not None:
            best = self._pick(modifier.ids, (ADJ, NAME, METO))
            mod_entry = kb.entries[best[0]] if best else None
            mod_type = best[1] if best else ""
            if self._shared_office(modifier):
                mod_entry = None  # "Foreign Office spokeswoman X": the context's office, as for a bare title

        country: str | None = None
        org: str | None = None
        sector = ag.sector
        if mod_entry is not None:
            if mod_entry.kind == "state":
                country = mod_entry.country
                if mod_type.startswith(METO + ":"):
                    sector = sector if ag.form == "person" else mod_type.split(":", 1)[1]
            else:
                org = mod_entry.id
                country = mod_entry.country
        elif of_target is not None and of_match is not None:
            e_of = kb.entries.get(of_target.id or "", None)
            if ag.subordinate:
                country = of_target.country
                sector = of_target.sector if of_target.sector in STATE_SECTORS else ag.sector
                if e_of is not None and e_of.kind in ("igo", "group", "organization"):
                    org = e_of.id
            elif e_of is not None and e_of.kind == "state":
                country = e_of.country
                text_span = (s, of_match.end)
                of_match.used = True
            elif of_target.kind == "person" and of_target.country and ag.pattern in BODY_OF_PERSON:
                # "the Government of Mauricio Macri": the state, one mention with its leader's name
                country = of_target.country
                text_span = (s, of_match.end)
                of_match.used = True
            elif e_of is not None and e_of.kind in ("igo", "group", "organization"):
                org = e_of.id
                country = e_of.country
                text_span = (s, of_match.end)
                of_match.used = True
        if country is None and org is None and place_country is not None:
            country = place_country
        if country is None and org is None and leader_country is not None:
            country = leader_country
        if named is None and appos is not None:
            mm, pa = appos
            if pa.id is None:
                pa.country = pa.country or country
                pa.sector = pa.sector or sector
            if of_match is not None and of_match.used and of_target is not None and of_target.kind == "state" \
                    and ag.form == "person" and (best_of := self._pick(of_match.ids, (NAME,))) is not None:
                # "the ambassador of Morocco, Karima Benyaich": the country noun of the title is a
                # mention of its own, as in "the President of Kazakhstan X"
                self._emit(of_match.start, of_match.end, [kb.actor(best_of[0], self.date, resolved_by="name")],
                           "name")
            # the name is a mention of its own; the title phrase is kept for later layers only
            self._emit(text_span[0], text_span[1], [pa], "apposition", listed=False)
            if pa.country is None and pa.id is None and owner is not None:
                self.poss_fill.append((self.mentions[-1], owner))  # "His spokesman, Manuel Adorni"
            elif pa.country is None and sector in STATE_SECTORS:
                self.ctx_fill.append(CtxFill(self.mentions[-1], sector))
            return
        if named is None and appos is None and ag.form == "person" and org is not None and not former \
                and kb.entries[org].kind == "igo":
            ps = self._apposed_person(text_span, person_of)
            if ps is not None:
                # "Kenzo Oshima, the UN envoy": he acts for the organisation, not for his state; the
                # title is that person (not the IGO's office holder), kept for later layers only
                pa = replace(person_of[ps], country=None, members=person_of[ps].members or (org,))
                self._emit(text_span[0], text_span[1], [self._copy(pa, "apposition")], "apposition", listed=False)
                self._igo_appos.append((ps, pa.members))
                return
        if named is not None and mod_entry is not None and mod_entry.kind == "state" and modifier is not None \
                and mod_type == NAME and modifier.end < self.n and self.toks[modifier.end].lower_ in ("'s", "'") \
                and modifier.start == text_span[0]:
            # "Iraq's caretaker Prime Minister Adel Abdul Mahdi": the country noun is a mention of its
            # own (a nationality adjective is not); the person's mention starts after it
            self._emit(modifier.start, modifier.end, [kb.actor(mod_entry.id, self.date)], "name")
            text_span = (modifier.end + 1, text_span[1])
        if named is not None:
            self._note_titled(ag.pattern, named)
            if ag.role is None and not (former or not_holder):  # "Minister for Trade X" ... "the minister"
                self._note_titled(title_head(ag.pattern), named)
            a = named
            assert nxt is not None  # named is only ever set from nxt
            if a.id is None:  # unknown person: the title tells country and sector
                a.country = a.country or country or self._np_country(nxt.start, nxt.end)
                a.sector = a.sector or sector
                a.role = ag.role if not (former or not_holder) else None
            elif org is not None and kb.entries[org].kind == "igo" and a.country and not former:
                # "U.N. mediator Diego Cordovez": he acts for the organisation, not for his state
                a = Actor(id=a.id, name=a.name, kind=a.kind, country=None, sector=a.sector, wikidata=a.wikidata,
                          role=a.role, members=(org,))
            if a.id is None and org is not None and kb.entries[org].kind == "igo" and a.country is None:
                a.members = a.members or (org,)
            if of_chain_name:
                # the name alone is the person; a country or organisation noun of the title's
                # of-phrase is a mention of its own ("the President of Kazakhstan", "of the UN")
                for mm in of_nouns:
                    best = self._pick(mm.ids, (NAME,))
                    if best is not None:
                        self._emit(mm.start, mm.end, [kb.actor(best[0], self.date, resolved_by="name")], "name")
                # the title before them is the person too, for later layers only ("said the
                # President of Kazakhstan X": the speaker)
                self._emit(text_span[0], nxt.start, [self._copy(a, "apposition")], "apposition", listed=False)
                text_span = (nxt.start, nxt.end)
            self._emit(text_span[0], text_span[1], [a], "title+name")
            if a.id is None and a.country is None and owner is not None:
                self.poss_fill.append((self.mentions[-1], owner))  # "his spokesman Manuel Adorni"
            elif a.id is None and a.country is None and org is None and sector in STATE_SECTORS:
                self.ctx_fill.append(CtxFill(self.mentions[-1], sector))
            return
        if ag.form == "person":
            holder = None
            role = ag.role
            if role and not former and not not_holder:
                if org is not None:
                    holder = kb.office_holder(org, ORG_ROLE_MAP.get(role, role), self.date)
                elif country is not None:
                    office = TITLE_OFFICES.get((ag.pattern, country)) or TITLE_OFFICES.get((ag.pattern, "*"))
                    # "the Iranian president": the president, never the Supreme Leader
                    holder = kb.office_holder(country, office or ("head" if role == "head" else role), self.date)
            if holder is not None:
                self._emit(text_span[0], text_span[1], [kb.actor(holder, self.date)], "role")
                return
            if org is None and self.toks[text_span[0]].lower_ == "the" and not former:
                # "the opposition leader" after "opposition leader Alexei Navalny", "the
                # Australian minister" after "Australian Minister for Trade Simon Birmingham"
                prev_named = self._titled.get(ag.pattern) if ag.pattern not in self._titled_twice else None
                if prev_named is None and ag.role is None and title_head(ag.pattern) not in self._titled_twice:
                    prev_named = self._titled.get(title_head(ag.pattern))
                if prev_named is not None and (country is None or prev_named.country in (country, None)):
                    if prev_named.country is None and prev_named.id is None:
                        prev_named.country = country  # "the Australian minister": now we know
                    self._emit(text_span[0], text_span[1], [self._copy(prev_named, "nominal")], "nominal")
                    return
            if country is None and org is None and owner is None and role is None and not former \
                    and ag.pattern in GENERIC_PERSON_NOUNS and self.toks[text_span[0]].lower_ == "the":
                # "the official", "the diplomat": the one official named in this or the two sentences before
                prev = self._recent_official(text_span[0])
                if prev is not None:
                    self._emit(text_span[0], text_span[1], [self._copy(prev, "nominal")], "nominal")
                    self._links.append((self.mentions[-1], prev))  # its country may come from the context
                    return
            if country is None and org is None:
                if role and not former and not not_holder:
                    # "the president", "the foreign minister": someone named earlier in that office
                    prev = self._previous_with_role(role, text_span[0], self._unknown_title_words(text_span[0]))
                    if prev is not None:
                        self._emit(text_span[0], text_span[1], [prev], "nominal")
                        return
                if mod_entry is None and (role or ag.pattern in VAGUE_BODIES):
                    return  # "an official", "the president" with nothing to tie it to
            if mod_entry is not None and mod_entry.kind == "group":
                self._emit(text_span[0], text_span[1], [kb.actor(mod_entry.id, self.date)], "group-member",
                           listed=True)
                return
            if country is not None and (role in ("executive", "head_of_state", "head_of_government", "head")
                                        or (role is None and ag.pattern in GENERIC_PERSON_NOUNS
                                            and self.toks[text_span[0]].lower_ == "the")):
                # "the Chinese leader", and "the Chinese diplomat" / "the Brazilian official" after a
                # named official of that country: the one person of that country named before
                prev = self._previous_person_of(country, text_span[0]) if role else \
                    self._previous_named_of(country, text_span[0], person_of)
                if prev is not None and not former and not not_holder:
                    self._emit(text_span[0], text_span[1], [prev], "nominal")
                    return
            local = False
            if country is None and org is None and owner is None and text_span[1] + 2 < self.n \
                    and self.toks[text_span[1]].lower_ == "of" \
                    and self.toks[text_span[1] + 1].lower_ in ("the", "this", "that") \
                    and self.toks[text_span[1] + 2].lower_ in LOCAL_UNITS:
                # "the governor of the district", "the mayor of the city": a local official of the
                # article's home country (taken only when that is clear-cut)
                text_span = (text_span[0], text_span[1] + 3)
                local = True
            if country is None and org is None and owner is None:
                if ag.pattern in ARMED_GROUP_SINGULARS and sector in ARMED_SECTORS and not former \
                        and self.toks[text_span[0]].lower_ == "the":
                    # "the guerrilla said" (a translated "la guerrilla"): the group, as "the
                    # guerrillas" is, when the article names one armed group
                    self._emit(text_span[0], text_span[1], [Actor(
                        id=None, name=span_text(self.doc, text_span[0], text_span[1]), kind="organization", country=None,
                        sector=sector)], "description", listed=False)
                    self._armed_only.append(self.mentions[-1])
                    return
                if not ag.curated or self.toks[text_span[0]].lower_ in QUANTIFIERS:
                    return
            a = Actor(id=None, name=span_text(self.doc, text_span[0], text_span[1]), kind="person", country=country,
                      sector="ELI" if former and sector == "GOV" else sector,
                      role=None if (former or not_holder) else role)
            if org is not None and country is None:
                a.members = (org,)
            self._emit(text_span[0], text_span[1], [a], "description")
            if owner is not None:
                self.poss_fill.append((self.mentions[-1], owner))
            elif country is None and org is None and sector in STATE_SECTORS and not former:
                self.ctx_fill.append(CtxFill(self.mentions[-1], sector, local=local))
            return
        # plural people and bodies
        if ag.form == "people" and self._names_persons_in_apposition(m):
            # "the presidents of Brazil and South Africa, Lula and Ramaphosa, met": the persons
            # are the actors, not the countries in the title phrase
            root = doc_span(self.doc, m.start, m.end).root
            for mm in matches:
                if mm.kind == "entry" and root.i < mm.start <= root.right_edge.i and not mm.used:
                    best = self._pick(mm.ids, (NAME, ADJ, METO))
                    if best is not None and kb.entries[best[0]].kind == "state" and \
                            self.toks[mm.start].dep_ != "appos":
                        mm.used = True
            return
        if mod_entry is None and org is not None:
            a = kb.actor(org, self.date)
            if kb.entries[org].kind != "group":
                a.sector = sector
            self._emit(text_span[0], text_span[1], [a], "description")
            return
        if mod_entry is not None and mod_entry.kind in ("igo", "group", "organization"):
            a = kb.actor(mod_entry.id, self.date)
            if mod_entry.kind != "group":
                a.sector = sector
            self._emit(text_span[0], text_span[1], [a], "description")
            return
        if mod_entry is not None and mod_entry.kind == "population":
            # "Yoruba leaders", "Chechen rebels": members of a people, of its state
            self._emit(text_span[0], text_span[1], [Actor(
                id=None, name=span_text(self.doc, text_span[0], text_span[1]), kind="population", country=country,
                sector="ETH" if sector in STATE_SECTORS else sector)], "description")
            return
        if country is not None and sector in STATE_SECTORS:
            sid = kb.by_iso.get(country)
            if sid:
                a = kb.actor(sid, self.date, sector=sector)
                self._emit(text_span[0], text_span[1], [a], "description")
                return
        name = span_text(self.doc, text_span[0], text_span[1])
        kind = "organization" if ag.form == "org" else "population"
        if country is None and owner is not None:
            # "their government", "his country": the owner decides, after coreference
            a = Actor(id=None, name=name, kind="state" if sector in STATE_SECTORS else kind, country=None,
                      sector=sector)
            self._emit(text_span[0], text_span[1], [a], "description")
            self.poss_fill.append((self.mentions[-1], owner))
            return
        if country is None:
            if (ag.pattern in NEEDS_OWNER or ag.pattern in ARMS_NOUNS or ag.pattern in DELEGATIONS
                    or (not ag.curated and not self._proper_named(m))
                    or self.toks[text_span[0]].lower_ in QUANTIFIERS) and not self._ethnic_not:
                if sector in ARMED_SECTORS and any(w in ARMED_NOUNS for w in ag.pattern.split()):
                    # "the separatists", "the armed gangs": only as the one armed group the article names
                    self._emit(text_span[0], text_span[1], [Actor(id=None, name=name, kind=kind, country=None,
                                                                  sector=sector)], "description", listed=False)
                    self._armed_only.append(self.mentions[-1])
                return  # PLOVER's long tail ("cities", "business") only with a country
            if sector not in ("JRN", "REF", "MED"):
                # the country comes from the context once every mention is known; "the
                # government", "the authorities" with no country are too vague to list
                name = span_text(self.doc, text_span[0], text_span[1])
                self._emit(text_span[0], text_span[1], [Actor(id=None, name=name, kind=kind, country=None,
                                                              sector=sector)], "description")
                deployed = sector == "MIL" and (ag.form == "people" or ag.pattern in DEPLOYED_NOUNS)
                self.ctx_fill.append(CtxFill(self.mentions[-1], sector, drop=ag.pattern in VAGUE_BODIES or deployed,
                                             deployed=deployed))
                return
        if country is not None and sector in STATE_SECTORS and kind == "organization":
            sid = kb.by_iso.get(country)
            if sid:
                self._emit(text_span[0], text_span[1], [kb.actor(sid, self.date, sector=sector)], "description")
                return
        self._emit(text_span[0], text_span[1], [Actor(id=None, name=name, kind=kind, country=country, sector=sector)],
                   "description")

    def _proper_named(self, m: Match) -> bool:
        """An agent pattern written as an organisation's proper name in an actor's place ("The
        National Police said"): two words or more, each capitalised, not inside a longer name."""
        toks = self.toks[m.start:m.end]
        if len(toks) < 2 or not self.actor_position(toks[-1]):
            return False
        if not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in toks):
            return False
        nxt = self.toks[m.end] if m.end < self.n else None
        prev = self.toks[m.start - 1] if m.start > 0 else None
        # inside a longer name ("Bolivarian National Intelligence Service") the name is the mention
        return (nxt is None or not (nxt.is_alpha and nxt.text[:1].isupper() and nxt.pos_ in ("NOUN", "PROPN"))) \
            and (prev is None or not (prev.is_alpha and prev.text[:1].isupper() and prev.i != self._sent(m.start).start))

    def _postposed_nationality(self, mm: Match, by_start: _Unused) -> bool:
        """A one-word nationality adjective right after a title that ends its noun phrase ("the
        minister of Foreign Affairs algerian, X", "his counterpart french X", "the ambassador
        argentine in Madrid"): not the first word of another noun phrase."""
        if mm.kind != "entry" or mm.end - mm.start != 1 or not (
                self.toks[mm.start].pos_ == "ADJ" or self.toks[mm.start].is_lower):
            return False
        best = self._pick(mm.ids, (ADJ,))
        if best is None or best[1] != ADJ or self.kb.entries[best[0]].kind != "state":
            return False
        if mm.end >= self.n:
            return True
        nt = self.toks[mm.end]
        if nt.pos_ in ("NOUN", "ADJ", "NUM"):
            return False  # "the minister Russian troops ...": the adjective starts the next phrase
        if nt.pos_ == "PROPN":
            after = by_start.get(mm.end)
            return after is not None and after.kind in ("ner_person", "surname")
        return True

    def _state_adj(self, mm: Match) -> bool:
        """A one-word nationality adjective or name of a state ("Syrian", "Turkmen")."""
        if mm.end - mm.start != 1:
            return False
        best = self._pick(mm.ids, (ADJ, NAME))
        return best is not None and self.kb.entries[best[0]].kind == "state" and \
            self.toks[mm.start].pos_ in ("ADJ", "PROPN") and self.toks[mm.start].dep_ in ("amod", "compound")

    def _place_in(self, i: int, j: int) -> str | None:
        """The country of a place the places layer found starting in tokens i..j-1 (not a dateline)."""
        for k, c in self.places:
            if i <= k < j and self.toks[k].ent_type_ in ("GPE", "LOC") and not self.is_dateline(k, k + 1):
                return c
        return None

    def _conj_adj(self, mm: Match) -> bool:
        """A nationality adjective conjoined to another ("Sierra Leonean and Liberian refugees")."""
        best = self._pick(mm.ids, (ADJ, NAME))
        t = self.toks[mm.end - 1]
        return best is not None and self.kb.entries[best[0]].kind == "state" and t.pos_ in ("ADJ", "PROPN") \
            and t.dep_ in ("amod", "compound", "conj", "nmod")

    def _of_state(self, i: int, by_start: _Unused) -> bool:
        """Token ``i`` starts 'of [the] <state>'."""
        if i >= self.n or self.toks[i].lower_ != "of":
            return False
        j = i + 2 if i + 1 < self.n and self.toks[i + 1].lower_ == "the" else i + 1
        mm = by_start.get(j)
        if mm is None or mm.kind != "entry":
            return False
        best = self._pick(mm.ids, (NAME, METO))
        return best is not None and self.kb.entries[best[0]].kind == "state"

    def _names_persons_in_apposition(self, m: Match) -> bool:
        root = doc_span(self.doc, m.start, m.end).root
        for ch in root.children:
            if ch.dep_ != "appos":
                continue
            people = [ch] + [c for c in ch.subtree if c.dep_ == "conj"]
            if all(p.ent_type_ == "PERSON" or any(mm.kind in ("ner_person", "surname") or (
                    mm.kind == "entry" and (self._pick(mm.ids, (NAME, SHORT)) or ("", ""))[0] in self.kb.entries
                    and self.kb.entries[self._pick(mm.ids, (NAME, SHORT))[0]].kind == "person")  # type: ignore[index]  # picked just before
                    for mm in self._all if mm.start <= p.i < mm.end) for p in people):
                return True
        # the parser often makes the names the subject: "The presidents of A and B, X and Y, met"
        j = m.end
        while j < self.n:  # over "of Brazil and South Africa"
            st = next((mm for mm in self._all if mm.start == j and mm.kind == "entry"), None)
            if st is not None:
                j = st.end
            elif self.toks[j].lower_ in ("of", "the", "and", ",") and not (
                    self.toks[j].text == "," and j + 1 < self.n and any(
                        mm.start == j + 1 and mm.kind in ("ner_person", "surname", "entry") for mm in self._all)
                    and any(mm.start == j + 1 and (mm.kind != "entry" or self.kb.entries[
                        (self._pick(mm.ids) or (mm.ids[0][0], ""))[0]].kind == "person") for mm in self._all)):
                j += 1
            else:
                break
        if j >= self.n or self.toks[j].text != "," or j == m.end:
            return False
        persons = 0
        j += 1
        while j < self.n:
            pm = next((mm for mm in self._all if mm.start == j and (mm.kind in ("ner_person", "surname") or (
                mm.kind == "entry" and self.kb.entries[(self._pick(mm.ids) or (mm.ids[0][0], ""))[0]].kind == "person"))),
                None)
            if pm is not None:
                persons += 1
                j = pm.end
            elif self.toks[j].lower_ in ("and", ",") and persons:
                j += 1
            else:
                break
        return persons >= 1 and j < self.n and (self.toks[j - 1].text == "," or self.toks[j].pos_ in ("VERB", "AUX"))

    def _recent_entity(self, kinds: tuple[str, ...], before: int, country: str | None = None,
                       word: str | None = None) -> Actor | None:
        """The most recent named igo/group/organisation (optionally of a country, or whose name
        contains ``word``) in the five sentences before token ``before``."""
        sent_start = self._sent(before).start
        limit = sent_start
        sents = 0
        for s in reversed(list(self.doc.sents)):
            if s.start <= sent_start:
                limit = s.start
                sents += 1
                if sents > 5:
                    break
        for men in sorted(self.mentions, key=lambda x: x.start, reverse=True):
            if men.start >= before or men.start < limit or len(men.actors) != 1 or men.how == "pronoun":
                continue
            a = men.actors[0]
            if a.kind not in kinds:
                continue
            if country is not None and a.country != country:
                continue
            if word is not None and word not in norm_words(a.name) and a.kind not in ("group",):
                continue
            if word is None and set(norm_words(a.name)) & {"court", "bank", "fund", "agency", "organization",
                                                           "organisation", "council", "commission"}:
                continue
            return a
        return None

    def _recent_official(self, before: int) -> Actor | None:
        """The one named government official (a person with a title) in the sentence of ``before``
        and the two sentences before it; none when there are several."""
        si = self._sent_no(before)
        found: dict[str, Actor] = {}
        for men in self.mentions:
            if men.start >= before or si - self._sent_no(men.start) > 2 or len(men.actors) != 1:
                continue
            a = men.actors[0]
            if a.kind == "person" and a.sector == "GOV" and men.how in ("title+name", "role", "apposition", "name",
                                                                        "surname"):
                found[a.key()] = a
        return next(iter(found.values())) if len(found) == 1 else None

    def _unknown_title_words(self, start: int) -> tuple[str, ...]:
        """'the Fianna Fail leader', 'the Tipperary deputy': the capitalised words written between
        "the" and a title (lower-cased); () when there are none. It checks nothing else: the caller
        asks only for a title that gave no country and no organisation, so these are words the
        knowledge base did not read as a state or a body."""
        k = start - 1
        while k > 0 and self.toks[k].pos_ == "PROPN" and self.toks[k].text[:1].isupper() and start - k <= 4:
            k -= 1
        if k == start - 1 or self.toks[k].lower_ != "the":
            return ()
        return tuple(t.lower_ for t in self.toks[k + 1:start])

    def _previous_with_role(self, role: str, before: int, words: tuple[str, ...] = ()) -> Actor | None:
        """'the prime minister': the person named before in that office; of two (the article's
        prime minister and a foreign one who called him), the one whose surname the article gives
        most often, then the dateline's, then the last. With ``words`` (a party or place the title
        names: "the Fianna Fail leader"), only a person whose title was written with them."""
        holders: dict[str, Actor] = {}
        for men in self.mentions:
            if men.start < before and len(men.actors) == 1 and men.actors[0].kind == "person" \
                    and men.actors[0].role == role and (not words or all(
                        w in {t.lower_ for t in self.toks[max(0, men.start - 6):men.end]} for w in words)):
                holders.pop(men.actors[0].key(), None)
                holders[men.actors[0].key()] = men.actors[0]  # last named last
        if len(holders) <= 1:
            return next(iter(holders.values()), None)
        # how often each is named: their surname's tokens before the phrase
        last = {k: name_words(a.name)[-1:] for k, a in holders.items()}
        named = Counter(k for i in range(before) for k, w in last.items() if w and norm_words(self.tx[i]) == w)
        return max(reversed(list(holders.values())), key=lambda a: (
            named[a.key()], a.country is not None and a.country == self.dateline_country))

    def _previous_named_of(self, country: str, before: int, person_of: dict[int, Actor]) -> Actor | None:
        """The one known person of a country named (by any route) before a token, if only one is."""
        found = {a.id: a for i, a in sorted(person_of.items()) if i < before and a.id and a.country == country
                 and a.sector not in ("REB", "OPP", "JRN", "MED", "BUS", "CVL")}
        if len(found) != 1:
            return None
        return self._copy(next(iter(found.values())), "nominal")

    def _previous_person_of(self, country: str, before: int) -> Actor | None:
        found: list[Actor] = []
        for men in sorted(self.mentions, key=lambda x: x.start):
            if men.start >= before or len(men.actors) != 1:
                continue
            a = men.actors[0]
            if a.kind == "person" and a.country == country and a.sector in ("GOV", None) and a.id:
                found.append(a)
        if not found:
            return None
        last = found[-1]
        others = {f.id for f in found if f.id != last.id}
        return last if not others else None

    def _institution_owner(self, m: Match, country: str | None) -> tuple[int, int, str] | None:
        """A state other than ``country`` named as the owner of the institution ``m`` ("the Ministry
        of Defence of Azerbaijan", "Azerbaijan's ...", "the Azerbaijani ..."): span and state id."""
        kb = self.kb

        def state(mm: Match, types: tuple[str, ...]) -> str | None:
            best = self._pick(mm.ids, types)
            if best is None or kb.entries[best[0]].kind != "state" or kb.entries[best[0]].country == country:
                return None
            return best[0]

        j = m.end + 1
        if m.end < self.n and self.toks[m.end].lower_ == "of":
            if j < self.n and self.toks[j].lower_ == "the":
                j += 1
            for mm in self._start_idx.get(j, ()):
                sid = state(mm, (NAME, METO)) if mm.kind == "entry" and not mm.used else None
                if sid is not None:
                    mm.used = True
                    return m.start, mm.end, sid
        k = m.start - 1 if m.start > 0 and self.toks[m.start - 1].lower_ in ("'s", "'") else m.start
        for mm in self._end_idx.get(k, ()):
            sid = state(mm, (NAME, ADJ)) if mm.kind == "entry" else None
            if sid is None or (k == m.start) != (self._pick(mm.ids, (NAME, ADJ)) or ("", ""))[1].startswith(ADJ):
                continue
            self.mentions = [x for x in self.mentions if not (x.start == mm.start and x.end == mm.end)]
            mm.used = True
            return mm.start, m.end, sid
        return None

    def _entry_mention(self, m: Match, person_of: dict[int, Actor]) -> None:
        kb = self.kb
        best = self._pick(m.ids)
        if best is None:
            return
        eid, atype = best
        e = kb.entries[eid]
        head = self._head(m.start, m.end)
        if e.kind != "person" and self.is_dateline(m.start, m.end):
            m.used = True  # "BRASILIA -", "UNITED NATIONS (Reuters) -": where the story was filed
            return
        if e.kind == "person":
            if m.end - m.start == 1 and self._inside_longer_name(m.start):
                return  # "Bandar Abbas" is a port, not Mahmoud Abbas
            if self._name_modifies_thing(m):
                m.used = True  # "the Biden plan", "the Trump administration": no mention of the person
                return
            if atype in (NAME, SHORT):
                self._emit(m.start, m.end, [kb.actor(eid, self.date)], "name")
            m.used = True
            return
        if atype == ADJ:
            self._adjective(m, e)
            return
        if e.kind == "state":
            if not self.actor_position(head):
                t = self._subject_like(head)
                if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lemma_ in BORDER_NOUNS:
                    # "troops to its border with Ukraine": a place, but the events layer may want it
                    self._emit(m.start, m.end, [kb.actor(eid, self.date)], "name", listed=False)
                    m.used = True
                return  # a place, not an actor
            if atype.startswith(METO):
                sec = atype.split(":", 1)[1] if ":" in atype else "GOV"
                a = kb.actor(eid, self.date, sector=sec)
                owner = self._institution_owner(m, e.country)
                if owner is not None:
                    # "the Ministry of Defence of Azerbaijan", "Azerbaijan's Ministry of Defence": an
                    # institution another state also has, of the state named with it; so is a seat
                    # of power with another state's nationality ("the Argentine Chancellery")
                    s0, e0, oid = owner
                    self._emit(s0, e0, [kb.actor(oid, self.date, sector=sec)], "description")
                    m.used = True
                    return
                if self._shared_office(m):
                    # "The Foreign Office said" in Islamabad: an office many states have, the
                    # context's like "the Foreign Ministry", else the state whose name it is
                    name = span_text(self.doc, m.start, m.end)
                    self._emit(m.start, m.end, [Actor(id=None, name=name, kind="organization", country=None,
                                                      sector=sec)], "description")
                    self.ctx_fill.append(CtxFill(self.mentions[-1], sec, fallback=e.country))
                    m.used = True
                    return
                self._emit(m.start, m.end, [a], "metonym")
            else:
                self._emit(m.start, m.end, [kb.actor(eid, self.date)], "name")
            m.used = True
            return
        if e.kind == "population" and e.country is None:
            # a people without a state: "Iraqi Kurds", "Kurds in Syria" are of that state
            outer = self._outer_state(m.start)
            a = kb.actor(eid, self.date)
            start = m.start
            if outer is not None:
                start, a.country = outer
            else:
                a.country = self._located_in(m.end)
            self._emit(start, m.end, [a], "name")
            m.used = True
            return
        # igo, group, organization
        if self._in_longer_proper_name(m):
            m.used = True
            return
        t = self._subject_like(head)
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "inside", "outside", "within", "near", "into"):
            return
        if t.dep_ in ("compound", "amod", "nmod") and not self.actor_position(t.head) \
                and t.head.lower_ not in NOMINAL_HEADS and t.head.lower_ not in PERSONISH \
                and t.head.lower_ not in IGO_MODIFIED_HEADS:
            return
        self._emit(m.start, m.end, [kb.actor(eid, self.date)], "name")
        m.used = True

    def _cap_word(self, t: Token) -> bool:
        return t.text[:1].isupper() and any(c.isalpha() for c in t.text) and t.i != self._sent(t.i).start

    def _in_landmark(self, ts: int, te: int) -> bool:
        """The words are part of a building's or landmark's name, or own one: "Palácio do
        Planalto", "Plaza de Mayo", "Kabul's Hamid Karzai International Airport"."""
        j = te
        if j < self.n and self.toks[j].lower_ in ("'s", "'"):
            j += 1
        k = j
        while k < self.n and k - j < 6 and self._cap_word(self.toks[k]) and self.toks[k].pos_ in ("PROPN", "NOUN",
                                                                                                 "ADJ"):
            k += 1
        if k > j and self.toks[k - 1].lower_ in LANDMARK_HEADS:
            return True  # the last word of the capitalised run names a building
        k = ts - 1  # "Palácio do Planalto", "Plaza de Mayo", "Palace of Westminster"
        if k < 1 or self.toks[k].lower_ not in ("do", "da", "de", "del", "dos", "das", "of", "des", "du"):
            return False
        t = self.toks[k - 1]
        return t.text[:1].isupper() and t.lower_ in LANDMARK_HEADS

    def _in_longer_proper_name(self, m: Match) -> bool:
        """An organisation's alias preceded by capitalised words that no match explains
        ("Office of the Central Foreign Affairs Commission" is not the European Commission)."""
        k = m.start - 1
        if k < 0:
            return False
        t = self.toks[k]
        return self._cap_word(t) and t.is_alpha and not self.covered[k] and t.lower_ not in DETS \
            and t.lower_.rstrip(".") not in HONORIFICS and t.ent_type_ not in ("GPE", "NORP") \
            and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.lower_ not in FUNCTION_WORDS

    def _inside_longer_name(self, i: int) -> bool:
        prev = self.toks[i - 1] if i > 0 else None
        nxt = self.toks[i + 1] if i + 1 < self.n else None
        if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and not self.covered[prev.i] \
                and prev.lower_.rstrip(".") not in HONORIFICS and prev.i != self._sent(prev.i).start:
            return True
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and not self.covered[nxt.i] \
                and nxt.ent_type_ not in ("GPE", "NORP"):
            return True
        return False

    def _counted_actor(self, tok: Token) -> bool:
        """'Thousands of Nigerians protested': a demonym counted by the subject or object of a verb."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return False
        q = tok.head.head
        return (q.like_num or q.lemma_ in ("thousand", "hundred", "dozen", "million", "group", "number", "crowd")) \
            and self.actor_position(q)

    def _outer_state(self, i: int) -> tuple[int, str] | None:
        """The nationality adjective or state name right before token ``i`` ("Bosnian" of "Bosnian
        Serbs", "Iraqi" of "Iraqi Kurds"): (its start, its country)."""
        for mm in self._all:
            if mm.kind == "entry" and mm.end == i and not mm.used and self._state_adj(mm):
                best = self._pick(mm.ids, (ADJ, NAME))
                if best is not None:
                    mm.used = True
                    return mm.start, self.kb.entries[best[0]].country  # type: ignore[return-value]
        return None

    def _located_in(self, i: int) -> str | None:
        """The state named by "in/of [the] [southern] <state>" right after token ``i`` ("ethnic
        Albanians in south Serbia")."""
        if i >= self.n or self.toks[i].lower_ not in ("in", "of", "from"):
            return None
        j = i + 1
        while j < self.n and j - i <= 3 and (self.toks[j].lower_ in ("the", "southern", "northern", "eastern",
                                                                  "western", "south", "north", "east", "west",
                                                                  "central")):
            j += 1
        for mm in self._all:
            if mm.kind == "entry" and mm.start == j:
                best = self._pick(mm.ids, (NAME, METO))
                if best is not None and self.kb.entries[best[0]].kind == "state":
                    return self.kb.entries[best[0]].country
        return None

    def _negated_quantity(self, tok: Token) -> bool:
        if self._no_words is None:  # most articles have no "no"/"neither" at all: ask once
            self._no_words = "no" in self.lw or "neither" in self.lw
        if not self._no_words:
            return False
        t = self._subject_like(tok)
        return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in list(t.children) + list(tok.children))

    def _adjective(self, m: Match, e: object) -> None:
        """'the Russian' (a person named before), 'Russians' (a population)."""
        kb = self.kb
        tok = self.toks[m.end - 1]
        country = getattr(e, "country", None)
        if country is None:
            return
        nxt = self.toks[m.end] if m.end < self.n else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.dep_ != "appos":
            return
        prev = self.toks[m.start - 1] if m.start > 0 else None
        if prev is not None and prev.lower_ == "the" and tok.tag_ in ("NN", "NNP", "JJ") and not tok.text.endswith("s"):
            a = self._previous_person_of(country, m.start)
            if a is not None:
                self._emit(m.start - 1, m.end, [a], "nominal")
                m.used = True
            return
        if tok.tag_ in ("NNPS", "NNS") or (tok.text.endswith("s") and tok.pos_ in ("PROPN", "NOUN")):
            if self._negated_quantity(tok):
                return  # "No Americans were harmed": nobody acted
            counted = self._counted_actor(tok)  # "Thousands of Afghans crowded ...": for the events layer
            if self.is_subject(tok) or self.actor_position(tok) or counted:
                start, minority = m.start, False
                outer = self._outer_state(m.start)
                if outer is not None:  # "Bosnian Serbs", "Iraqi Kurds": the state they are of
                    start, country = outer
                elif prev is not None and prev.lower_ == "ethnic":
                    start, minority = m.start - 1, True  # "ethnic Albanians": a minority elsewhere
                a = Actor(id=None, name=span_text(self.doc, start, m.end), kind="population", country=country,
                          sector="CVL")
                self._emit(start, m.end, [a], "demonym", listed=not counted)
                m.used = True
                located = self._located_in(m.end)
                if located is not None and located != country and (minority or self.toks[m.end].lower_ == "of"):
                    a.country = located  # "Albanians of southern Serbia": Serbia's
                elif minority:
                    a.country = None
                    if a.country is None:
                        self.ctx_fill.append(CtxFill(self.mentions[-1], None, keep_kind=True, not_country=country))

    # -- 6. coreference ---------------------------------------------------------------------

    def _sent_of(self, i: int) -> int:
        return self._sent(i).start

    def _coreference(self) -> None:
        s: Span | int  # a sentence, later a mention's start token
        covered = [False] * self.n
        for men in self.mentions:
            for k in range(men.start, men.end):
                covered[k] = True
        sents = list(self.doc.sents)
        sent_index = {}
        for si, s in enumerate(sents):
            for k in range(s.start, s.end):
                sent_index[k] = si
        self.mentions.sort(key=lambda x: x.start)
        self._official_short_forms()
        new: list[Mention] = []

        def add(men: Mention) -> None:  # visible at once: "He ... He ..." chains
            new.append(men)
            self.mentions.append(men)
        for i, lw in enumerate(self.lw):
            if covered[i] or lw not in _COREF_HEADS:  # only these words start anything below
                continue
            t = self.toks[i]
            lw = t.lower_
            if lw in STATE_DESCRIPTION_HEADS and t.pos_ in ("NOUN", "PROPN") and t.i > 0:
                desc = self._state_description(t, sent_index)
                if desc is not None:
                    add(desc)
                    for k in range(desc.start, desc.end):
                        covered[k] = True
                    continue
            # "the two leaders", "both countries"
            nk = t.i + 1  # "the two largest economies": over up to two adjectives
            while nk < self.n and nk - t.i <= 2 and self.toks[nk].lower_ not in PLURAL_NOUNS \
                    and self.toks[nk].pos_ == "ADJ" and self.toks[nk].is_lower:  # not "the two Gulf states"
                nk += 1
            if lw == "neither" and nk < self.n and self.toks[nk].lower_ in NEITHER_NOUNS:
                # "Neither side", "neither government": both of them, the act negated by the events layer
                noun = self.toks[nk]
                plural = NEITHER_NOUNS[noun.lower_]
                group = self._main_parties(t.i, 2, self._subject_countries_of(noun), plural in STATE_PARTY_NOUNS) \
                    if plural in PARTY_NOUNS | STATE_PARTY_NOUNS else []
                group = group or self._recent_distinct(t.i, 2, PLURAL_NOUNS[plural], sent_index,
                                                       exclude=self._subject_countries_of(noun))
                if group:
                    add(Mention(t.i, nk + 1, group, "plural", noun.i))
                    for k in range(t.i, nk + 1):
                        covered[k] = True
                continue
            if lw in NUMBER_WORDS and nk < self.n and self.toks[nk].lower_ in PLURAL_NOUNS \
                    and self.toks[nk].tag_ in ("NNS", "NNPS"):
                if lw != "both" and not (t.i > 0 and self.toks[t.i - 1].lower_ == "the"):
                    continue
                noun = self.toks[nk]
                want = PLURAL_NOUNS[noun.lower_]
                group = self._sentence_pair(t, nk + 1, NUMBER_WORDS[lw], self._subject_countries_of(noun)) \
                    if noun.lower_ in STATE_PARTY_NOUNS and (noun.dep_ == "poss" or noun.dep_ == "pobj"
                                                             and noun.head.lower_ in RELATION_PREPS) else []
                group = group or (self._main_parties(t.i, NUMBER_WORDS[lw], self._subject_countries_of(noun),
                                                     noun.lower_ in STATE_PARTY_NOUNS)
                                  if noun.lower_ in PARTY_NOUNS | STATE_PARTY_NOUNS else [])
                group = group or self._recent_distinct(t.i, NUMBER_WORDS[lw], want, sent_index,
                                                       exclude=self._subject_countries_of(noun), noun=noun.lower_)
                if group:
                    s = t.i - 1 if lw != "both" else t.i
                    add(Mention(s, nk + 1, group, "plural", noun.i))
                    for k in range(t.i, nk + 1):
                        covered[k] = True
                continue
            if lw in NOMINAL_HEADS and t.i > 1 and self.toks[t.i - 2].lower_ == "the" and t.i - 1 in self._adj_country:
                # "the Palestinian group": the group of that country named before
                a = self._recent_entity(NOMINAL_HEADS[lw], t.i, country=self._adj_country[t.i - 1])
                if a is not None:
                    add(Mention(t.i - 2, t.i + 1, [a], "nominal", t.i))
                    covered[t.i] = True
                continue
            strict = lw not in ("bloc", "alliance", "group", "organisation", "organization", "body",
                                "movement", "militants", "rebels", "insurgents", "watchdog")
            the = self._body_determiner(t.i) if lw in NOMINAL_HEADS else None
            if the is not None and the != t.i - 1 and not self._kind_phrase_points_back(the, t):
                the = None
            if the is not None \
                    and (t.pos_ == "NOUN" or not strict and t.pos_ == "PROPN" and t.is_lower  # (a lower-case "bloc" the tagger
                         # calls a name is the noun)
                         or (strict and the == t.i - 1 and t.pos_ == "PROPN" and t.text[:1].isupper() and not (
                             t.i + 1 < self.n and self.toks[t.i + 1].pos_ == "PROPN"))) \
                    and not (t.i + 1 < self.n and self.toks[t.i + 1].lower_ == "of"):
                # "the Fund" after the International Monetary Fund: capitalised, only for a body
                # whose name has the word
                # "the organization" after the Collective Security Treaty Organization: a body
                # whose name has the word goes first, else the latest of the kind
                a = self._recent_entity(NOMINAL_HEADS[lw], t.i, word=lw)
                if a is None and not strict:
                    a = self._recent_entity(NOMINAL_HEADS[lw], t.i)
                if a is not None:
                    add(Mention(the, t.i + 1, [a], "nominal", t.i))
                    covered[t.i] = True
                continue
            if lw in ("country", "nation") and t.i > 0 and self.toks[t.i - 1].lower_ == "the" and t.pos_ == "NOUN" \
                    and t.dep_ != "poss" and not (t.i + 1 < self.n and self.toks[t.i + 1].lower_ in ("'s", "of")) \
                    and self.actor_position(t) and not self._in_quote(t.i):
                # "the country" standing for a state: the one state in focus just before
                c = self._state_in_focus(t.i, sent_index)
                sid = self.kb.by_iso.get(c or "")
                if sid is not None:
                    add(Mention(t.i - 1, t.i + 1, [self.kb.actor(sid, self.date)], "nominal", t.i))
                    covered[t.i] = True
                continue
            if t.pos_ != "PRON":
                continue
            if lw in PRON_SING:
                a = self._antecedent_person(t, sent_index)
                if a is not None:
                    add(Mention(t.i, t.i + 1, [a], "pronoun", t.i))
            elif lw in PRON_PLUR:
                g = self._antecedent_group(t, sent_index)
                if g:
                    add(Mention(t.i, t.i + 1, g, "pronoun", t.i))
            elif lw in PRON_IT and t.dep_ in ("nsubj", "poss") and (t.dep_ == "poss" or (
                    t.head.lemma_ not in NON_AGENTIVE_IT and t.head.pos_ in ("VERB", "AUX"))):
                # "China announced that it will impose", "the army it trained": a state, body or
                # group that is the subject just before; "it was a failure", "it seems" are not actors
                found = self._antecedent_it_mention(t, sent_index)
                if found is not None:
                    # "the ministry said it would ...": the speaker is listed, the pronoun kept for the
                    # events layer; a state named by its name ("China said it will") is listed too
                    reported = t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and (
                        t.head.head.lemma_ in SPEECH_LEMMAS or t.head.head.lemma_ in REPORT_LEMMAS)
                    named = self.toks[found.start].pos_ == "PROPN" and found.actors[0].kind == "state"
                    add(Mention(t.i, t.i + 1, [found.actors[0]], "pronoun", t.i, listed=not reported or named))
        for men in new:
            men.actors = [self._copy(a, men.how) for a in men.actors]
            if men.how == "pronoun" and self.toks[men.start].lower_ in ("his", "her", "their", "its", "hers",
                                                                          "theirs"):
                men.listed = False  # possessives stay in actor_mentions only

    def _kind_phrase_points_back(self, the: int, t: Token) -> bool:
        """Whether "the <kind words> <noun>" (``the`` before ``t`` with words between) points back
        to a named body: only a membership body noun (bloc, alliance, organisation) or a size
        ("the 15-nation body"), and only when the phrase ends at the noun. In business news "the
        defence group Rheinmetall", "the trade group representing farmers", "the security group
        Wagner" are a company or a lobby: a name or a clause after the noun says which body."""
        between = span_text(self.doc, the + 1, t.i).lower().split()
        if t.lower_ not in KIND_PHRASE_HEADS and not all(BODY_SIZE.match(w) for w in between):
            return False
        nxt = self.toks[t.i + 1] if t.i + 1 < self.n else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN":
            return False  # "the military alliance AUKUS": the name that follows
        return not any(c.dep_ in ("acl", "relcl") for c in t.children)  # "the group representing farmers"

    def _body_determiner(self, i: int) -> int | None:
        """The index of the "the" that opens a phrase pointing back to a named body whose head noun
        is token ``i``: right before it, or before words that say only what kind of body it is
        ("the regional bloc", "the 27-member bloc", data/kb/body_modifiers.txt)."""
        for j in range(i - 1, max(i - 6, -1), -1):
            if self.toks[j].lower_ == "the":
                between = span_text(self.doc, j + 1, i).lower().split() if j + 1 < i else []
                ok = len(between) <= 2 and all(w in BODY_MODIFIERS or BODY_SIZE.match(w) for w in between)
                return j if ok else None
        return None

    def _role_noun_at(self, j: int) -> tuple[str, int] | None:
        """The longest role noun of ``ROLE_NOUNS`` starting at token ``j`` ("president - elect")."""
        lw = self.lw
        if lw[j] not in _ROLE_FIRST:
            return None
        for k in (4, 3, 2, 1):
            if j + k > self.n:
                continue
            words = " ".join(lw[j:j + k]).replace(" - ", "-")
            if words in ROLE_NOUNS:
                return words, j + k
        return None

    def _title_evidence(self, m: Mention, before: int | None = None) -> set[str]:
        """Words that tell a named person's role here: the mention's own title words, up to four
        words before it in its clause, its apposition ("Peskov, the Kremlin spokesman"), its KB role.
        With ``before``, only apposition words before that token (the phrase being resolved, as in
        "Khalifa Sall, no relation of the president, said", is no title of the person)."""
        toks = self.toks
        words = {t.lower_ for t in toks[m.start:m.end]}
        k = m.start - 1
        while k >= max(self._sent(m.start).start, m.start - 4) and not toks[k].is_punct:
            words.add(toks[k].lower_)
            k -= 1
        head = toks[m.head]
        stop = self.n if before is None else before
        for c in head.children:
            if c.dep_ == "appos":
                words |= {t.lower_ for t in c.subtree if t.i < stop}
        if head.dep_ == "appos":
            words |= {t.lower_ for t in head.head.subtree if not (m.start <= t.i < m.end) and t.i < stop}
        words |= {w for t in list(words) for w in t.split("-")}
        a = m.actors[0]
        if a.role:
            words.add(a.role)
        if a.id and a.kind == "person" and self.date:
            # every office held on the date ("the president": a head of state whose KB role is
            # head of government too)
            words |= {r.role for r in self.kb.active_roles(a.id, self.date) if r.role}
        return words

    def _role_backrefs(self) -> None:
        """'insisted the representative of the Kremlin', 'declared the president-elect', 'the
        Russian official': a definite role noun phrase is the one person named in the six sentences
        before whose title, apposition or KB role fits the noun and whose country agrees with the
        phrase's. Several fitting persons, or none: the phrase is left as it was."""
        covered: dict[int, Mention] = {}
        for men in self.mentions:
            for k in range(men.start, men.end):
                covered.setdefault(k, men)
        for i in range(self.n - 1):
            if self.lw[i] != "the":
                continue
            t = self.toks[i]
            if t.lower_ != "the" or t.i + 1 >= self.n:
                continue
            j = t.i + 1
            country: str | None = self._adj_country.get(j)
            found = self._role_noun_at(j)
            if found is None and self.toks[j].pos_ in ("ADJ", "PROPN") and j + 1 < self.n:
                found = self._role_noun_at(j + 1)
            if found is None:
                continue
            noun, end = found
            existing = covered.get(t.i) or covered.get(end - 1)
            if existing is not None:
                if not (existing.start == t.i and len(existing.actors) == 1 and existing.actors[0].kind == "person"
                        and existing.actors[0].id is None and existing.how in ("description", "role", "nominal")):
                    continue
                country = existing.actors[0].country or country
            # a name in apposition or right after makes it a titled name, resolved elsewhere
            nxt = end if existing is None else existing.end
            if nxt < self.n and (self.toks[nxt].ent_type_ == "PERSON" or (
                    self.toks[nxt].text == "," and nxt + 1 < self.n and self.toks[nxt + 1].ent_type_ == "PERSON")):
                continue
            head = doc_span(self.doc, j, end).root
            if any(c.dep_ == "appos" for c in head.children) or head.dep_ == "appos":
                continue  # "the spokeswoman of the White House, Karoline Leavitt": titled name
            if existing is None:
                if end < self.n and self.toks[end].lower_ == "of":
                    obj = [m for m in self.mentions if end < m.start <= end + 4 and m.actors and m.actors[0].country]
                    if obj:
                        country = country or obj[0].actors[0].country
                if not (self.actor_position(head) or head.dep_ in ("dobj", "attr") and head.head.lemma_ in
                        SPEECH_LEMMAS | REPORT_LEMMAS):
                    continue
            cand = self._role_candidate(t.i, noun, country)
            if cand is None:
                continue
            a = self._copy(cand, "nominal")
            if existing is not None:
                existing.actors = [a]
                existing.how = "nominal"
                existing.listed = True  # a bare title the context step left unlisted, now a known person
            else:
                self.mentions.append(Mention(t.i, end, [a], "nominal", head.i))
                for k in range(t.i, end):
                    covered[k] = self.mentions[-1]

    def _role_candidate(self, before: int, noun: str, country: str | None) -> Actor | None:
        fits = ROLE_NOUNS[noun]
        si = self._sent_no(before)
        found: dict[str, Actor] = {}
        for m in self.mentions:
            if m.start >= before or si - self._sent_no(m.start) > 6 or len(m.actors) != 1:
                continue
            a = m.actors[0]
            if a.kind != "person" or m.how in ("pronoun", "nominal", "plural") \
                    or not a.id and m.how in ("description", "role"):
                continue
            if country is not None and a.country != country:
                continue
            if "*" in fits:
                ok = a.sector == "GOV"
            else:
                ev = self._title_evidence(m, before)
                text = " ".join(self.toks[k].lower_ for k in range(max(0, m.start - 4), m.end))
                ok = any((w in text) if " " in w else (w in ev) for w in fits)
            if ok:
                found[a.key()] = a
        return next(iter(found.values())) if len(found) == 1 else None

    # -- 5b. countries from the context -------------------------------------------------------

    def _fill_context(self) -> None:
        """Unqualified bodies and people ("the Foreign Ministry", "the police", "the spokesperson",
        "Vice Minister Le Yucheng") take their country from the context when it is unambiguous:
        a named person in apposition ("the spokesman of the ministry, Wang Wenbin"), else the one
        country of the places in the sentence ("In Hong Kong, the police ..."), else the article's
        home country (dateline, places, unqualified officials). The countries of the other
        participants of the same verb never qualify ("the ministry summoned the U.S. ambassador").
        Bare "troops" take only the state that sends them. Bodies that only a sovereign state has
        (foreign ministries, armies) move from a dependent territory to its sovereign."""
        if not self.ctx_fill:
            return
        home = None
        mention_home: str | None = None
        drop: list[Mention] = []
        # bodies first: a person takes the country of the body they speak for ("the spokesperson
        # of the Ministry of Commerce, Gao Feng") once the body's country is known
        for f in sorted(self.ctx_fill, key=lambda f: f.mention.actors[0].kind == "person"):
            men = f.mention
            a = men.actors[0]
            if a.country is not None:
                continue
            head = self.toks[men.head]
            # rebels fight their own state: the state they fight is a clue, not a rival
            excluded = self._coargument_countries(men, f.sector) if f.sector != "REB" else set()
            if f.not_country:
                excluded.add(f.not_country)
            country = self._linked_country(men, excluded)
            if country is None and a.kind == "person":
                country = self._owner_person_country(men)
            if country is None and a.kind == "person":
                # a person's country comes from the KB, the title or an apposition, never from
                # the countries of the sentence; a bare title ("the spokesman") is then too vague to
                # list. A named official whose title gives no nationality ("the minister of Justice,
                # Flavio Dino", "Major General X") is the home country's when that is clear-cut.
                if men.how == "description" and not f.local:
                    men.listed = False
                elif (men.how in ("title+name", "apposition") or f.local) and a.id is None \
                        and f.sector in STATE_SECTORS:
                    if home is None:
                        home = self._home_evidence()
                    a.country = self._fronted_capital(men) if not f.local else None
                    if a.country is None:
                        a.country = self._pick_top(self._home_scores(men, home, excluded), 3, ratio=3)
                    if a.country is None and men.how == "title+name" and not f.local:
                        # "Lt. Gen. X resigned to allow Haiti's first elections": a titled official
                        # whose sentence, and the article up to it, name one country and no other
                        sc = self._home_scores(men, home, set())
                        cs = self._sentence_countries(men)
                        sent = self._sent(men.head)
                        other_people = any(x is not men and sent.start <= x.head < sent.end
                                           and any(y.kind == "person" and y.country for y in x.actors)
                                           for x in self.mentions)  # a foreign official is no clue
                        if len(cs) == 1 and set(sc) <= cs and not excluded and not other_people:
                            a.country = self._pick_top(sc, 1, ratio=3)
                    if a.country is None and f.local:
                        men.listed = False
                continue
            if country is None and f.deployed:
                # troops belong to the state that sends them, never to the place they are in:
                # the sender, else the troops named just before ("French soldiers ... the forces"),
                # else the home country when the sentence names no other
                country = self._deploying_state(head, excluded) or self._previous_troops(men)
                if country is None:
                    if home is None:
                        home = self._home_evidence()
                    hc = self._pick_top(self._home_scores(men, home, excluded), 3, ratio=3)
                    if hc is not None and self._sentence_countries(men) <= {hc}:
                        country = hc
            elif country is None and f.not_country:
                # a minority: the one other state its sentence names ("ethnic Russians ... in Estonia"),
                # also when that state's forces act on it ("Serb forces killed ethnic Albanians")
                others = self._sentence_countries(men) - {f.not_country}
                country = others.pop() if len(others) == 1 else None
            elif country is None:
                country = self._sentence_country(men, excluded)
                if country is None and a.kind != "person" and f.sector in STATE_SECTORS:
                    country = self._reported_state(men)
                if country is None and a.kind != "person" and f.sector == "MIL":
                    # "President X deployed the army": the state of whoever deploys it; "Myanmar
                    # troops crossed into Bangladesh ... The army said": the one state whose forces
                    # the sentences before named, over the home country
                    country = self._deploying_state(head, excluded) or self._previous_troops(men)
                if country is None:
                    if home is None:
                        home = self._home_evidence()
                    # the home country, unless a state of the same verb is another: a group there
                    # is the home country's own ("the government signed an accord with the FARC")
                    if f.sector in STATE_SECTORS and f.sector != "REB" and not f.not_country:
                        excluded = self._coargument_countries(men, f.sector, groups=False)
                    if self._domestic_noun(men):
                        # a domestic institution ("the interior ministry", "demonstrators"): the
                        # country of clearly most mentions first, then the weighted evidence
                        if mention_home is None:
                            mention_home = self._mention_home() or self._home or ""
                        if mention_home and mention_home not in excluded:
                            country = mention_home
                    if country is None:
                        country = self._pick_top(self._home_scores(men, home, excluded), 2)
            if country is not None and self._sovereign_only(men):
                sov = self._sovereign(country)
                country = sov or country
            if country is None:
                country = f.fallback
            if country is None:
                if f.drop:
                    drop.append(men)
                continue
            sid = self.kb.by_iso.get(country)
            if a.kind in ("organization", "population", "state") and not f.keep_kind and f.sector in STATE_SECTORS \
                    and sid is not None:
                men.actors = [self.kb.actor(sid, self.date, sector=f.sector, resolved_by=men.how)]
            else:
                a.country = country
        if drop:
            self.mentions = [m for m in self.mentions if all(m is not d for d in drop)]

    def _fronted_capital(self, men: Mention) -> str | None:
        """'In Tokyo, Chief Cabinet Secretary X said': a titled official speaking in a state's capital
        (a fronted "In <capital>," of the official's own verb) is that state's."""
        head = self.toks[men.head]
        verb = self._verb_of(head)
        if verb is None or self._subject_like(head).dep_ not in ("nsubj", "nsubjpass"):
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > men.start:
                continue
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if len(objs) != 1 or objs[0].i + 1 >= self.n or self.toks[objs[0].i + 1].text != ",":
                continue
            for mm in self._start_idx.get(objs[0].left_edge.i, ()):
                if mm.kind == "entry" and mm.end == objs[0].i + 1:
                    best = self._pick(mm.ids, (METO,))
                    if best is not None and best[1] == METO and self.kb.entries[best[0]].kind == "state":
                        return self.kb.entries[best[0]].country
        return None

    def _owner_person_country(self, men: Mention) -> str | None:
        """'Putin's adviser Yuri Ushakov', "Abiy's chief of staff X": a titled person whose title a
        named person owns acts for the owner's country."""
        k = men.start - 1
        if k < 1 or self.lw[k] not in ("'s", "'", "’s"):
            return None
        for m in self.mentions:
            if m.end == k and m is not men and len(m.actors) == 1 and m.actors[0].kind == "person" \
                    and m.how in ("name", "surname", "title+name") and m.actors[0].country:
                return m.actors[0].country
        return None

    def _armed_group_descriptions(self) -> None:
        """'the separatists', '300 rebels', 'the armed gangs' with no nationality of their own: the
        one non-state armed group the article names (any KB group of an armed sector, or an
        unknown organisation named like one: "the rebel Popular Redemption Front"). None or
        several named: left as they were (a country from the context, or not listed)."""
        named: dict[str, Actor] = {}
        for men in self.mentions:
            if len(men.actors) != 1 or men.how not in ("name", "nominal", "description"):
                continue
            a = men.actors[0]
            if a.kind == "group" and a.id is not None and a.sector in ARMED_SECTORS:
                named[a.id or a.name] = a
            elif a.kind == "organization" and a.id is None and a.sector in ARMED_SECTORS and a.country:
                named[a.name] = a
        armed_only = {id(m) for m in self._armed_only}
        group = next(iter(named.values())) if len(named) == 1 else None
        done: set[int] = set()
        for men in self.mentions if group is not None else ():
            if group is None or len(men.actors) != 1:
                continue
            b = men.actors[0]
            if b.id is not None or b.country not in (None, group.country) \
                    or b.kind not in ("organization", "population") or men.how != "description":
                continue
            words = self.lw[men.start:men.end]
            if not any(w in ARMED_NOUNS for w in words) or any(k in self._adj_country for k in range(men.start, men.end)):
                continue  # "Palestinian militants", "Syrian Turkmen rebels": of that state
            if any(w in ("his", "her", "their", "its") for w in words):
                continue  # "his fighters": the owner tells
            men.actors = [self._copy(group, "nominal")]
            men.how = "nominal"
            men.listed = True
            done.add(id(men))
        if done:
            self.ctx_fill = [f for f in self.ctx_fill if id(f.mention) not in done]
        if armed_only - done:
            self.mentions = [m for m in self.mentions if id(m) not in armed_only - done]

    def _acronym_names(self) -> None:
        """'the Front for the Alternation and the Concord in Chad (FACT)': a name the KB does not
        know (a translation, a variant), right before a parenthesised acronym that is a KB group
        or organisation, is that group when the initials of its capitalised words spell the
        acronym (one letter may differ in a name of four or more: a translated country name). The
        whole name is the one mention; names inside it are part of it."""
        tx = self.tx
        for i in range(2, self.n - 1):
            if tx[i - 1] != "(" or tx[i + 1] != ")":
                continue
            tok = self.toks[i]
            if i < 2 or i + 1 >= self.n or self.toks[i - 1].text != "(" or self.toks[i + 1].text != ")" \
                    or not tok.text.isupper() or len(tok.text) < 3 or not tok.is_alpha:
                continue
            ids = [x for x in self.kb.ids_for(tok.text) if self.kb.entries[x].kind in ("group", "organization")]
            if len(ids) != 1:
                continue
            end = i - 1
            start = end
            letters = ""
            while start > 0 and len(letters) < len(self.toks[i].text):
                t = self.toks[start - 1]
                if t.text[:1].isupper() and t.text not in ("Y", "E") and t.is_alpha:
                    letters = t.text[0] + letters
                elif not (t.is_lower and t.is_alpha and len(t.text) <= 4) and t.text not in ("Y", "E", "&"):
                    break
                start -= 1
            acro = self.toks[i].text
            # a translated name may change one initial ("... in Chad (FACT)": Tchad in the original)
            if start == end or len(letters) != len(acro) or letters[0] != acro[0] \
                    or sum(x != y for x, y in zip(letters, acro)) > (1 if len(acro) >= 4 else 0):
                continue
            inside = [m for m in self.mentions if m.start < end and m.end > start]
            if any(m.start < start or m.end > end for m in inside) \
                    or any(x.id is not None and x.kind in ("group", "organization") for m in inside for x in m.actors):
                continue  # a mention reaching out of the name, or a known body inside it
            whole = next((m for m in inside if m.start == start or (m.how == "name" and m.actors[0].id is None)), None)
            if whole is None:
                continue  # nothing the NER or the KB found there: no name to extend
            self.mentions = [m for m in self.mentions if all(m is not x for x in inside) or m is whole]
            self.ctx_fill = [f for f in self.ctx_fill if all(f.mention is not x for x in inside)]
            whole.start, whole.end, whole.how = start, end, "name"
            whole.actors = [self.kb.actor(ids[0], self.date, resolved_by="name")]

    def _mention_home(self) -> str | None:
        """The article's home country (thresholds in ``domestic.yaml``); a dateline naming the
        country of most mentions lowers the ratio it needs over the runner-up ("TBILISI -" with
        eight Georgian mentions against six American ones)."""
        got = home_country((a for m in self.mentions for a in m.actors), HOME_MIN_MENTIONS, HOME_MIN_RATIO)
        if got is None and self.dateline_country and HOME_DATELINE_RATIO < HOME_MIN_RATIO:
            got = home_country((a for m in self.mentions for a in m.actors), HOME_MIN_MENTIONS, HOME_DATELINE_RATIO)
            if got != self.dateline_country:
                got = None
        return got

    def _dateline_lead(self) -> str | None:
        """The dateline's country when no other country has more mentions (the dateline breaks a tie)."""
        if not self.dateline_country:
            return None
        counts = Counter(a.country for m in self.mentions for a in m.actors if a.country and a.kind != "igo")
        n = counts.get(self.dateline_country, 0)
        return self.dateline_country if n >= 3 and n == max(counts.values()) else None

    def _share_person_countries(self) -> None:
        """'China Coast Guard spokesperson Gan Yu said ... Gan Yu said': a person the KB does not
        know keeps the country one mention of them gave (title, body, apposition) in the others
        that gave none ("Gan Yu", "Gan"); none when their mentions give two countries or one acts
        for an IGO."""
        # grouped by the full name ("Li Wei" and "Li Qiang" are two people); a surname alone
        # ("Kim") joins the one full name of the article that ends in it, when there is exactly one
        groups: dict[tuple[str, ...], list[Actor]] = {}
        full_by_surname: dict[str, set[tuple[str, ...]]] = {}
        for m in self.mentions:
            for a in m.actors:
                words = name_words(a.name) if a.kind == "person" else ()
                if len(words) >= 2:
                    full_by_surname.setdefault(words[-1], set()).add(words)
        for m in self.mentions:
            if len(m.actors) == 1 and m.actors[0].kind == "person" and m.actors[0].id is None \
                    and m.how in ("name", "surname", "title+name", "apposition"):
                key = name_words(m.actors[0].name) or (m.actors[0].name,)
                if len(key) == 1 and len(full_by_surname.get(key[0], ())) == 1:
                    key = next(iter(full_by_surname[key[0]]))
                groups.setdefault(key, []).append(m.actors[0])
        for group in groups.values():
            cs = {a.country for a in group if a.country}
            if len(cs) != 1 or any(a.members for a in group):
                continue
            c = cs.pop()
            for a in group:
                a.country = a.country or c

    def _domestic_noun(self, men: Mention) -> bool:
        words = [t.lower_ for t in self.toks[men.start:men.end]]
        return any(tuple(words[i:i + len(n)]) == n for i, w in enumerate(words) for n in _DOMESTIC_BY_FIRST.get(w, ()))

    def _fill_domestic(self) -> None:
        """A domestic institution or group still without a country ("The Senate", "the unions",
        "the military council") and an unknown person whose title names one ("the president of
        the Senate, X", "opposition leader X") take the article's home country when one country
        clearly dominates the article's mentions. Bodies go first, so a person tied to a body by
        apposition takes the body's country."""
        todo = [f.mention for f in self.ctx_fill if f.mention.actors and f.mention.actors[0].country is None
                and f.mention.actors[0].id is None and not f.not_country and not f.deployed]
        todo = [m for m in todo if any(m is x for x in self.mentions)]
        # "opposition leader X": an unknown person whose title names a domestic body or group
        known = {id(m) for m in todo}
        todo += [m for m in self.mentions if id(m) not in known and m.how == "title+name" and len(m.actors) == 1
                 and m.actors[0].kind == "person" and m.actors[0].id is None and m.actors[0].country is None
                 and not m.actors[0].members and self._domestic_noun(m)]
        # a person the KB does not know, named with no nationality, title or body of their own
        # ("opposition candidate Venancio Mondlane", "Mondlane said"): the home country's, when
        # no sentence naming them names another country
        people = [m for m in self.mentions if m.how in ("name", "surname", "title+name") and len(m.actors) == 1
                  and m.actors[0].kind == "person" and m.actors[0].id is None and m.actors[0].country is None
                  and not m.actors[0].members and not any(m is x for x in todo)]
        if not todo and not people:
            return
        home = self._mention_home() or self._home
        titled_only = False
        if home is None:
            # wire style names the dateline country's officials without a nationality ("PRAGUE - ...
            # Acting Foreign Minister Jan Hamacek said"): a titled official (not a body, not an
            # untitled name) takes the dateline's country when it leads the mentions, though not
            # clearly enough to be the home country
            home = self._dateline_lead()
            if home is None:
                return
            titled_only = True
            people = []
        by_name: dict[str, list[Mention]] = {}
        for m in people:
            by_name.setdefault(_person_key(m.actors[0].name), []).append(m)
        starts = {m.start for m in people}
        igo_ends = [(m.end, self._sent_no(m.start)) for m in self.mentions
                    if any(0 <= st - m.end <= 6 for st in starts) and m.actors and all(a.kind == "igo" for a in m.actors)]
        igo_ends += [(mm.end, self._sent_no(mm.start)) for mm in self._all if mm.kind == "entry"
                     and any(0 <= st - mm.end <= 6 for st in starts)
                     and (best := self._pick(mm.ids)) is not None and self.kb.entries[best[0]].kind == "igo"]
        for group in by_name.values():
            # "AU Commission chairperson X", "the head of the EU delegation in China, X": an IGO's official
            if any(0 <= m.start - e <= 6 and si == self._sent_no(m.start) for m in group for e, si in igo_ends):
                continue
            if not any(self._foreign_in_sentence(m, home) for m in group):
                for m in group:
                    m.actors[0].country = home
        fill = {id(f.mention): f for f in self.ctx_fill}
        # a domestic body; an official named with a title that gives no nationality ("Defense
        # Minister X", "the public prosecutor, X") whose sentence names no other country
        todo = [m for m in todo if (self._domestic_noun(m) and not titled_only) or (
            m.actors[0].kind == "person" and m.how in ("title+name", "apposition") and id(m) in fill
            and fill[id(m)].sector in STATE_SECTORS and not self._foreign_in_sentence(m, home))]
        sid = self.kb.by_iso.get(home)
        for men in sorted(todo, key=lambda m: m.actors[0].kind == "person"):
            a = men.actors[0]
            f = fill.get(id(men))
            if f is None:
                a.country = home  # a titled person outside the context step
            elif a.kind in ("organization", "population") and not f.keep_kind and f.sector in STATE_SECTORS \
                    and sid is not None:
                men.actors = [self.kb.actor(sid, self.date, sector=f.sector, resolved_by=men.how)]
            else:
                a.country = home
            men.listed = True

    def _home_scores(self, men: Mention, home: list[tuple[int, str, float]], excluded: set[str]) -> Counter[str]:
        """The home-country evidence as seen from a mention: the lead and the mention's own
        paragraph weigh more, later evidence less; co-argument countries never count."""
        sc: Counter[str] = Counter()
        para = self._para[men.start]
        for i, c, w in home:
            k = 2.0 if (self._para[i] == para and i < men.start) or self._para[i] == 0 else 1.0
            if i > men.start:
                k *= 0.5
            sc[c] += w * k  # type: ignore[assignment]  # float weights in a Counter; typeshed types its counts as int
        if self._sovereign_only(men):
            # a foreign ministry or army: a territory's evidence counts for its sovereign
            for c in list(sc):
                sov = self._sovereign(c)
                if sov is not None:
                    sc[sov] += sc.pop(c)
        for c in excluded:
            sc.pop(c, None)
        return sc

    def _reported_state(self, men: Mention) -> str | None:
        """'Sri Lanka opened an embassy in Tehran, the foreign ministry said': an unqualified body
        speaking about what one state did is that state's."""
        t = self._subject_like(self.toks[men.head])
        verb = t.head
        if t.dep_ != "nsubj" or verb.lemma_ not in SPEECH_LEMMAS | REPORT_LEMMAS:
            return None
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < t.i]
        if len(clauses) != 1:
            return None
        subj = [c for c in clauses[0].children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subj) != 1:
            return None
        cs = {a.country for m in self.mentions if m.head == subj[0].i and m.how in ("name", "metonym")
              for a in m.actors if a.kind == "state" and a.country}
        return cs.pop() if len(cs) == 1 else None

    def _sovereign_only(self, men: Mention) -> bool:
        words = {t.lower_ for t in self.toks[men.start:men.end]}
        return bool(words & SOVEREIGN_WORDS)

    def _sovereign(self, country: str) -> str | None:
        e = self.kb.entries.get(self.kb.by_iso.get(country, ""))
        if e is None or not e.parent:
            return None
        p = self.kb.entries.get(e.parent)
        return p.country if p is not None and p.kind == "state" else None

    def _verb_of(self, tok: Token) -> Token | None:
        t = self._subject_like(tok)
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            t = t.head
        h = t.head
        while h.dep_ in ("prep", "agent") and h.head is not h:
            h = h.head
        return h if h.pos_ in ("VERB", "AUX") else None

    def _subject_countries_of_verb(self, verb: Token, men: Mention) -> set[str]:
        """The countries of the mentions that are the subject of ``verb`` (the mention left out)."""
        subj = {c.i for c in verb.children if c.dep_ == "nsubj"}
        return {a.country for m in self.mentions if m is not men and (
                    self._subject_like(self.toks[m.head]).i in subj or any(m.start <= i < m.end for i in subj))
                for a in m.actors if a.country}

    def _coargument_countries(self, men: Mention, sector: str | None = None, groups: bool = True) -> set[str]:
        """Countries of the other arguments of the verb the mention is subject or object of.
        A domestic institution (legislature, courts, police) deals with its own government's
        officials ("Biden urged Congress"), so for those the officials do not count. Without
        ``groups``, non-state groups (rebels, parties) do not count either: a state body deals
        with its own country's groups ("the government signed an accord with the FARC")."""
        domestic = sector in DOMESTIC_SECTORS
        tok = self._subject_like(self.toks[men.head])
        out: set[str] = set()
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("for", "to") \
                and tok.head.head.dep_ == "dobj" and tok.head.head.pos_ == "NOUN":
            # "voiced support for the elected government": the object of the verb's noun object
            # is the verb's target, so its subject is a co-argument
            verb = self._verb_of(tok.head.head)
            if verb is not None and not domestic:
                out |= self._subject_countries_of_verb(verb, men)
            return out
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "agent"):
            return set()
        verb = self._verb_of(self.toks[men.head])
        if verb is None:
            return set()
        if tok.dep_ == "dobj" and verb.dep_ == "conj" and not domestic \
                and any(c.dep_ == "cc" for c in list(verb.head.children) + list(verb.children)) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "The US rejected the attempt and welcomed the new authorities": the shared subject
            # (with "and"/"but": "X died ..., announced the army" is an inverted speaker)
            out |= self._subject_countries_of_verb(verb.head, men)
        own = self._subject_like(self.toks[men.head]).i
        own_dep = self._subject_like(self.toks[men.head]).dep_
        from_context = {id(f.mention) for f in self.ctx_fill}
        v_lo, v_hi = verb.left_edge.i, verb.right_edge.i
        for m in self.mentions:
            if not (v_lo <= m.head <= v_hi):
                continue
            if m is men or m.start <= men.head < m.end or id(m) in from_context:
                continue  # a country the context gave ("the police") is no evidence against it
            if self._subject_like(self.toks[m.head]).i == own:
                continue  # "the Congress and the Supreme Court": conjuncts share the role
            if own_dep in ("nsubj", "nsubjpass") and self._subject_like(self.toks[m.head]).dep_ == own_dep:
                continue  # a verb has one subject: a second one is a misparsed aside ("According to X, Y ...")
            v = self._verb_of(self.toks[m.head])
            if v is not None and v.i == verb.i:
                out |= {a.country for a in m.actors if a.country
                        and not (domestic and a.kind == "person" and a.sector in DOMESTIC_PERSON_SECTORS)
                        and (groups or a.kind != "group")}
        return out

    def _linked_country(self, men: Mention, excluded: set[str]) -> str | None:
        """The country of a person or body tied to the mention by apposition or 'of':
        'the spokesman of the ministry, Wang Wenbin' (either way round)."""
        head = self.toks[men.head]
        near = {head.i}
        t = head
        for _ in range(3):  # up through "of the ministry" -> "spokesman"
            if t.dep_ == "pobj" and t.head.lower_ == "of":
                t = t.head.head
                near.add(t.i)
            elif t.dep_ == "appos":
                t = t.head
                near.add(t.i)
            else:
                break
        for _ in range(2):  # and down to appositions and "of" objects
            for i in list(near):
                for ch in self.toks[i].children:
                    if ch.dep_ == "appos":
                        near.add(ch.i)
                    elif ch.dep_ == "prep" and ch.lower_ == "of":
                        near.update(g.i for g in ch.children if g.dep_ == "pobj")
        cs = set()
        for m in self.mentions:
            if m is men or m.head not in near or len(m.actors) != 1:
                continue
            a = m.actors[0]
            if a.country and a.kind in ("person", "state", "organization"):
                cs.add(a.country)
        cs -= excluded
        return cs.pop() if len(cs) == 1 else None

    def _previous_troops(self, men: Mention) -> str | None:
        """'the forces', 'the militaries': the country of the troops named in the three sentences
        before (or earlier in the sentence), when they are all of one country."""
        if self.toks[men.start].lower_ not in ("the", "these", "those"):
            return None
        si = self._sent_no(men.start)
        cs: list[str] = []
        for m in self.mentions:
            if m is men or m.start >= men.start or si - self._sent_no(m.start) > 3:
                continue
            if self.toks[m.head].lower_ not in DEPLOYED_NOUNS or len(m.actors) != 1:
                continue
            if m.actors[0].country and m.actors[0].sector == "MIL":
                cs.append(m.actors[0].country)
        return cs[-1] if cs and len(set(cs)) == 1 else None

    def _sent_no(self, i: int) -> int:
        if self._sent_numbers is None:
            table = sentence_table(self.doc)  # the pipeline's list of the doc's sentences
            if table is not None:
                self._sents = [doc_span(self.doc, s, e) for s, e in zip(table[0], table[1])]
                self._sent_numbers = dict(enumerate(table[2]))
            else:
                self._sent_numbers = {}
                self._sents = list(self.doc.sents)
                for si, sent in enumerate(self._sents):
                    for k in range(sent.start, sent.end):
                        self._sent_numbers[k] = si
        return self._sent_numbers[i]

    def _sent(self, i: int) -> Span:
        """The sentence of token ``i`` (the doc's sentences listed once; ``Token.sent`` searches)."""
        # two steps: _sent_no rebinds self._sents on its first call, so "self._sents[self._sent_no(i)]"
        # would index the empty list read before the call
        self._sent_no(i)
        return self._sents[self._sent_numbers[i]]  # type: ignore[index]  # filled just above

    def _sentence_countries(self, men: Mention, skip: range = range(0)) -> set[str]:
        """Every country the mention's sentence names (places and actors), those at tokens in
        ``skip`` left out."""
        sent = self._sent(men.head)
        out = {c for i, c in self.places if sent.start <= i < sent.end and not self.is_dateline(i, i + 1)
               and i not in skip}
        for m in self.mentions:
            if m is not men and sent.start <= m.head < sent.end and m.head not in skip:
                out |= {a.country for a in m.actors if a.country}
        for mm in self._all:
            if mm.kind == "entry" and sent.start <= mm.start < sent.end and not self.is_dateline(mm.start, mm.end) \
                    and mm.start not in skip:
                best = self._pick(mm.ids, (NAME, METO, ADJ))
                if best is not None and self.kb.entries[best[0]].kind == "state" and not self._shared_office(mm):
                    out.add(self.kb.entries[best[0]].country)  # type: ignore[arg-type]  # a state entry has its ISO code
        return out

    def _foreign_in_sentence(self, men: Mention, home: str) -> bool:
        """Whether a person's sentence names a country other than ``home`` that could be the
        person's own. What they say ("X said Russia was ...", "X warned that Algeria could cross
        Moroccan territory") is no clue, nor are the others their verb joins them with ("Peru
        recognised X": X is not Peru's)."""
        tok = self._subject_like(self.toks[men.head])
        skip = range(0)
        if tok.dep_ == "nsubj" and tok.head.lemma_ in SPEECH_LEMMAS | REPORT_LEMMAS:
            said = [c for c in tok.head.children if c.dep_ in ("ccomp", "parataxis") and c.i > tok.i]
            if len(said) == 1:
                skip = range(said[0].left_edge.i, said[0].right_edge.i + 1)
        return bool(self._sentence_countries(men, skip) - self._coargument_countries(men) - {home})

    def _deploying_state(self, head: Token, excluded: set[str]) -> str | None:
        """'Russia sent troops': the subject of a deploying verb."""
        t = self._subject_like(head)
        if t.dep_ != "dobj" or t.head.lemma_ not in DEPLOY_VERBS:
            return None
        verb = t.head
        subj = {c.i for c in verb.children if c.dep_ == "nsubj"}
        if verb.dep_ == "relcl" and any(self.toks[i].lower_ in ("which", "that", "who") for i in subj):
            subj = {verb.head.i}  # "Washington, which keeps 28,500 troops in South Korea"
        for m in self.mentions:
            h = self._subject_like(self.toks[m.head])
            if h.i in subj and len(m.actors) == 1 and m.actors[0].country:
                return m.actors[0].country  # the sender is the co-argument that counts here
        return None

    def _sentence_country(self, men: Mention, excluded: set[str]) -> str | None:
        """The country the sentence is about: its places and the countries of its actors
        (subjects count double); one country at least twice as strong as any other."""
        sent = self._sent(men.head)
        sc: Counter[str] = Counter()
        igo_seats = self._igo_seats
        if igo_seats is None:  # the tokens of IGO names, once per article
            igo_seats = self._igo_seats = {
                k for mm in self._all if mm.kind == "entry" and (self._pick(mm.ids) or ("", ""))[0]
                and self.kb.entries[self._pick(mm.ids)[0]].kind == "igo"  # type: ignore[index]  # picked just before
                for k in range(mm.start, mm.end)}
        clause = self._clause_i(men.head)
        speaks: bool | None = None  # whether the mention's verb speaks or reports, on first need
        for i, c in self.places:
            # "a spokesman in Brussels" speaks for the EU, not for Belgium; a place in what a speaker
            # reports ("... opened an embassy in Tehran, the ministry said") is no clue to the speaker
            if sent.start <= i < sent.end and not self.is_dateline(i, i + 1) and i not in igo_seats:
                ci = self._clause_i(i)
                if ci != clause and self.toks[ci].head.i == clause and self.toks[ci].dep_ in ("ccomp", "parataxis"):
                    if speaks is None:
                        speaks = getattr(self._verb_of(self.toks[men.head]), "lemma_", None) in SPEECH_LEMMAS | REPORT_LEMMAS
                    if speaks:
                        continue
                sc[c] += 1
        for m in self.mentions:
            if m is men or not (sent.start <= m.head < sent.end) or m.how == "pronoun":
                continue
            if self._clause_i(m.head) != clause:
                continue  # what a speaker says about others is no clue to the speaker's country
            t = self._subject_like(self.toks[m.head])
            if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
                continue  # "According to the Argentine Foreign Ministry, agents of X ...": the source
            cs = {a.country for a in m.actors if a.country and a.kind in ("state", "person", "population")}
            if len(cs) == 1:
                sc[cs.pop()] += 2 if self.is_subject(self.toks[m.head]) else 1
        for c in excluded:
            sc.pop(c, None)
        return self._pick_top(sc, 1)

    def _clause_of(self, tok: Token) -> Token:
        """The head of the clause ``tok`` is in: the first of it and its heads (30 steps at most)
        that heads a clause or is a root. Read from the doc's head and label arrays, once per doc."""
        return self.toks[self._clause_i(tok.i)]

    def _clause_i(self, t: int) -> int:
        """:meth:`_clause_of` of token ``t``, as a token index."""
        if self._clause_heads is None:
            store = self.doc.vocab.strings
            clause_deps = {store[d] for d in _CLAUSE_DEPS if d in store}
            heads = token_heads(self.doc)  # the doc's shared head table
            self._clause_stop = [h == i or d in clause_deps for i, (h, d) in enumerate(zip(heads, token_column(self.doc, "DEP")))]
            self._clause_heads = heads
        stops, heads = self._clause_stop, self._clause_heads
        for _ in range(30):
            if stops[t]:
                break
            t = heads[t]
        return t

    def _paragraphs(self) -> list[int]:
        """Per token, the number of line breaks met up to it. A token's own whitespace is one space
        at most (spaCy makes any other whitespace a token), so the breaks are in the tokens."""
        para, k = [], 0
        for w in self.tx:
            if "\n" in w:
                k += 1
            para.append(k)
        return para

    def _home_evidence(self) -> list[tuple[int, str, float]]:
        """(token, country, weight) evidence of the article's home country: the dateline, places,
        states named, and officials named without a nationality (usually the home country's)."""
        self._para = self._paragraphs()
        ev: list[tuple[int, str, float]] = []
        if self.dateline_country:
            ev.append((0, self.dateline_country, 3.0))
        for i, c in self.places:
            if not self.is_dateline(i, i + 1):
                ev.append((i, c, 1.0))
        for m in self.mentions:
            if len(m.actors) != 1 or not m.actors[0].country:
                continue
            a = m.actors[0]
            assert a.country is not None  # checked just above
            if a.kind in ("state", "population") and m.how in ("name", "metonym", "description", "demonym"):
                ev.append((m.start, a.country, 1.0))
            elif a.kind == "person" and a.id and m.how in ("title+name", "role"):
                # an official named without a nationality is usually the home country's
                qualified = any(mm.kind == "entry" and mm.start >= m.start and mm.end <= m.end
                                and (self._pick(mm.ids, (ADJ, NAME, METO)) or ("", ""))[1] in (ADJ, NAME, METO)
                                for mm in self._all if mm.start != m.start or mm.end != m.end) \
                    or self.toks[m.start].lower_ == "the" and m.how == "role"
                ev.append((m.start, a.country, -1.0 if qualified else 1.0))
        return ev

    @staticmethod
    def _pick_top(sc: Counter[str], least: float, ratio: float = 2) -> str | None:
        """The top country when it has at least ``least`` and ``ratio`` times the runner-up."""
        ranked = sorted(((n, c) for c, n in sc.items() if n > 0), reverse=True)
        if not ranked or ranked[0][0] < least:
            return None
        if len(ranked) > 1 and ranked[0][0] < ratio * ranked[1][0]:
            return None
        return ranked[0][1]

    def _fill_owners(self) -> None:
        """'her government', 'his country', 'their leaders': the possessive pronoun's antecedent
        gives the country; unresolved ones are dropped (unresolved beats wrong)."""
        if not self.poss_fill:
            return
        sents = list(self.doc.sents)
        sent_index = {k: si for si, s in enumerate(sents) for k in range(s.start, s.end)}
        drop: list[Mention] = []
        for men, owner in self.poss_fill:
            pron = self.toks[owner]
            lw = pron.lower_
            country = None
            owner_group: Actor | None = None
            if lw in ("his", "her"):
                a = self._antecedent_person(pron, sent_index)
                country = a.country if a is not None else None
            elif lw == "their":
                g = self._antecedent_group(pron, sent_index)
                cs = {x.country for x in g}
                country = cs.pop() if len(cs) == 1 else None
                owner_group = g[0] if len(g) == 1 else None
            else:
                a = self._antecedent_it(pron, sent_index)
                country = a.country if a is not None else None
                owner_group = a
            if owner_group is not None and owner_group.kind == "group" and owner_group.id \
                    and all(x.sector in ARMED_OWNED_SECTORS for x in men.actors):
                # "Hezbollah said its fighters ...", "the Houthis ... their forces": the group's own
                men.actors = [self._copy(owner_group, "owner")]
                continue
            if country is None and men.how == "title+name" and all(a.kind == "person" for a in men.actors):
                # "Her lawyer, Mateo Castañeda" with the owner unresolved: the named person stays
                # (without the owner's country)
                continue
            if country is None:
                drop.append(men)
                continue
            new_actors = []
            for a in men.actors:
                if a.kind == "state" or (a.kind == "organization" and a.sector in STATE_SECTORS):
                    sid = self.kb.by_iso.get(country)
                    if sid is not None:
                        new_actors.append(self.kb.actor(sid, self.date, sector=a.sector, resolved_by="owner"))
                        continue
                a.country = country
                new_actors.append(a)
            men.actors = new_actors
        if drop:
            self.mentions = [m for m in self.mentions if all(m is not d for d in drop)]

    @staticmethod
    def _copy(a: Actor, how: str) -> Actor:
        return Actor(id=a.id, name=a.name, kind=a.kind, country=a.country, sector=a.sector, wikidata=a.wikidata,
                     role=a.role, resolved_by=how, members=a.members)

    def _prior(self, before: int, sent_index: dict[int, int], back: int) -> list[Mention]:
        si = sent_index[before]
        return [m for m in self.mentions if m.start < before and si - back <= sent_index[m.start] <= si]

    def _subject_countries_of(self, noun: Token) -> set[str]:
        """'Lula called on both neighbours': the countries of the subject of the verb that the
        plural phrase is an object of (they are not among the group)."""
        t = self._subject_like(noun)
        if t.dep_ in ("nsubj", "nsubjpass"):
            return set()
        verb = self._verb_of(noun)
        if verb is None:
            return set()
        out: set[str] = set()
        for m in self.mentions:
            h = self._subject_like(self.toks[m.head])
            if h.dep_ == "nsubj" and h.head.i == verb.i:
                out |= {a.country for a in m.actors if a.country}
        return out

    def _sentence_pair(self, t: Token, end: int, n: int, exclude: set[str]) -> list[Actor]:
        """'Egypt warned that ... threatens the peace treaty between the two countries': the ``n``
        states its own sentence names by name or title (not by pronoun; the subject's ``exclude``
        left out), when it names exactly ``n`` and no armed group or organisation besides;
        in the order named."""
        sent = t.sent
        seen: dict[str, Actor] = {}
        verb = self._verb_of(self.toks[end - 1])
        verbs: set[int] = set()
        while verb is not None and len(verbs) < 4:  # up conjuncts and controlled verbs to the subject's
            verbs.add(verb.i)
            if verb.dep_ not in ("conj", "xcomp") or verb.head is verb \
                    or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                break
            verb = verb.head
        for men in self.mentions:
            if men.start < sent.start or men.start >= sent.end or men.how in ("pronoun", "plural") \
                    or t.i <= men.start < end:
                continue
            h = self._subject_like(self.toks[men.head])
            if h.dep_ in ("nsubj", "nsubjpass") and h.head.i in verbs:
                continue  # 'The US urged X and called on both sides': the caller is no side
            for a in men.actors:
                if a.kind in ("group", "igo"):
                    return []
                if a.kind not in ("state", "person") or not a.country or a.country in exclude:
                    continue
                if a.country not in seen:
                    sid = self.kb.by_iso.get(a.country)
                    if sid is None:
                        continue
                    seen[a.country] = self.kb.actor(sid, self.date)
        return list(seen.values()) if len(seen) == n else []

    def _main_parties(self, before: int, n: int, exclude: set[str], states_only: bool = False) -> list[Actor]:
        """'both sides', 'the two parties': the ``n`` states, armed groups or organisations the
        article named most often before ``before``, the countries in ``exclude`` (whoever urges
        both sides) left out; none when the n-th and the next are named as often. With
        ``states_only`` ("both countries") groups and organisations do not count."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        cand: dict[str, Actor] = {}
        for men in self.mentions:
            if men.start >= before or men.how == "pronoun":
                continue
            for a in men.actors:
                if a.kind in PARTY_KINDS and a.country:
                    key = a.country
                    if key not in cand:
                        sid = self.kb.by_iso.get(key)
                        if sid is None:
                            continue
                        cand[key] = self.kb.actor(sid, self.date)
                elif a.kind in ("group", "igo") and a.id and not states_only:
                    key = a.id
                    cand.setdefault(key, a)
                else:
                    continue
                counts[key] += 1
                first.setdefault(key, men.start)
        for c in exclude:
            counts.pop(c, None)
        return _most_named(counts, first, cand, n)

    def _main_leaders(self, before: int, n: int) -> list[Actor]:
        """'the two presidents' at a summit of eleven: the ``n`` persons in a leader's office on the
        date the article named most often before ``before`` (by name or title, not by pronoun); none
        when the n-th and the next are named as often."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        cand: dict[str, Actor] = {}
        for men in self.mentions:
            if men.start >= before or men.how == "pronoun":
                continue
            for a in men.actors:
                if a.kind == "person" and a.role in LEADER_ROLES and a.id:
                    k = a.key()
                    counts[k] += 1
                    first.setdefault(k, men.start)
                    cand.setdefault(k, a)
        return _most_named(counts, first, cand, n)

    def _recent_distinct(self, before: int, n: int, want: str, sent_index: dict[int, int],
                         exclude: set[str] = frozenset(), noun: str = "") -> list[Actor]:  # type: ignore[assignment]
        if noun in LEADER_NOUNS:
            # "the two leaders", "both presidents": the persons in a leader's office on the date the
            # article named most (not an aide named between them), else the last persons as below
            got = self._main_leaders(before, n) or \
                self._recent_distinct(before, n, want, sent_index, exclude, noun="-leaders")
            if got:
                return got
        seen: list[Actor] = []
        keys: set[str] = set(exclude) if want != "person" else set()
        for men in reversed(self._prior(before, sent_index, 3)):
            for a in men.actors:
                if want == "person":
                    if a.kind != "person" or a.id is None and not a.name:
                        continue
                    if noun == "-leaders" and a.role not in LEADER_ROLES:
                        continue
                    k = a.key()
                    cand = a
                else:
                    if a.kind == "state" and a.sector in (None, "GOV") and a.country:
                        cand = a
                    elif a.country and a.kind in ("person", "state"):
                        sid = self.kb.by_iso.get(a.country)
                        if sid is None:
                            continue
                        cand = self.kb.actor(sid, self.date)
                    else:
                        continue
                    k = cand.country or cand.key()
                if k not in keys:
                    keys.add(k)
                    seen.append(cand)
            if len(seen) >= n:
                break
        if len(seen) < n:
            return []
        return list(reversed(seen[:n]))

    @staticmethod
    def _shared_subject_verbs(verb: Token) -> list[Token]:
        """The verb and, while it has no subject of its own, the verbs it is conjoined to: they
        share one subject ("X telephoned Y and urged him": urged, telephoned)."""
        out = [verb]
        for _ in range(4):
            if verb.dep_ != "conj" or verb.head is verb \
                    or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                break
            verb = verb.head
            out.append(verb)
        return out

    def _coargument(self, pron: Token, m: Mention) -> bool:
        """True when ``m`` is the subject of the verb that ``pron`` is an object of ("X praised him"),
        also a subject shared with a conjoined verb ("X called Y and praised him")."""
        if pron.dep_ in ("nsubj", "nsubjpass", "poss"):
            return False
        verb = pron.head if pron.dep_ != "pobj" else pron.head.head
        h = self._subject_like(self.toks[m.head])
        return h.dep_ in ("nsubj", "nsubjpass") and any(h.head.i == v.i for v in self._shared_subject_verbs(verb))

    def _object_of_conjoined_verb(self, pron: Token, m: Mention) -> bool:
        """'X telephoned Y and urged him', 'X spoke with Y and asked him': ``m`` is an argument of
        the verb that the object pronoun's verb shares its subject with."""
        if pron.dep_ in ("nsubj", "nsubjpass", "poss"):
            return False
        verbs = self._shared_subject_verbs(pron.head if pron.dep_ != "pobj" else pron.head.head)
        v = self._verb_of(self.toks[m.head])
        return len(verbs) > 1 and v is not None and any(v.i == x.i for x in verbs[1:])

    def _gender_ok(self, pron: Token, m: Mention) -> bool:
        want = PRON_GENDER.get(pron.lower_)
        have = self._gender.get(m.actors[0].key())
        if have is None and m.start > 0:
            have = HONORIFIC_GENDER.get(self.toks[m.start - 1].lower_.rstrip("."))
            if have is None:
                have = HONORIFIC_GENDER.get(self.toks[m.start].lower_.rstrip("."))
        if have is None and want is not None and m.actors[0].kind == "person":
            # the given name ("she" is not André Ventura; given_name_gender.tsv)
            have = GIVEN_GENDER.get(m.actors[0].name.split(" ", 1)[0])
        return want is None or have is None or want == have

    def _antecedent_person(self, pron: Token, sent_index: dict[int, int]) -> Actor | None:
        a = self._antecedent_person_raw(pron, sent_index)
        if a is not None and PRON_GENDER.get(pron.lower_) and not self._in_quote(pron.i):
            # a pronoun inside a quotation ("“… sinking with him”, she said") often means someone else
            self._gender.setdefault(a.key(), PRON_GENDER[pron.lower_])
        return a

    def _subordinate_pronoun(self, pron: Token) -> Token | None:
        """'Asked whether he ..., he said', 'When she arrived, she told ...': the subject pronoun of
        the same gender in a clause that precedes and depends on the verb ``pron`` is the subject of."""
        if pron.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = pron.head
        want = PRON_GENDER.get(pron.lower_)
        for t in self.toks[self._sent(pron.i).start:pron.i]:
            if t.pos_ == "PRON" and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != verb.i \
                    and PRON_GENDER.get(t.lower_) == want and want is not None \
                    and t.head.i < verb.i and verb in t.ancestors and not self._in_quote(t.i):
                return t
        return None

    def _antecedent_person_raw(self, pron: Token, sent_index: dict[int, int]) -> Actor | None:
        si = sent_index[pron.i]
        sub = self._subordinate_pronoun(pron)
        if sub is not None:
            # the same person as the pronoun of the preceding subordinate clause, resolved or not;
            # never the object of that clause ("Asked whether he considered Xi a dictator, he said")
            found = [m for m in self.mentions if m.start == sub.i and m.how == "pronoun" and len(m.actors) == 1]
            return found[0].actors[0] if found else None
        # the subject of the verb an object pronoun is object of is someone else, under every
        # name and pronoun of the sentence ("Biden said he had warned Putin ... and asked him")
        banned = {m.actors[0].key() for m in self.mentions if m.start < pron.i and sent_index[m.start] == si
                  and len(m.actors) == 1 and self._coargument(pron, m)}
        # a person named only inside the quotation the sentence opens with is not who speaks it
        # ('"Ask why Putin goes on," he told')
        same = [m for m in self.mentions if m.start < pron.i and sent_index[m.start] == si
                and len(m.actors) == 1 and m.actors[0].kind == "person" and m.actors[0].key() not in banned
                and self._gender_ok(pron, m) and not self._quoted_before(m.start, pron.i)]
        if same:
            # "X telephoned Y and urged him": the one person the shared-subject verb acts on
            conj_obj = {m.actors[0].key(): m for m in same if m.how != "pronoun" and self._object_of_conjoined_verb(pron, m)}
            if len(conj_obj) == 1:
                return next(iter(conj_obj.values())).actors[0]
            # subjects first; resolved subject pronouns count ("he said that he would")
            subj = [m for m in same if self.is_subject(self.toks[m.head])
                    and (m.how != "pronoun" or PRON_GENDER.get(self.toks[m.start].lower_) ==
                         PRON_GENDER.get(pron.lower_))]
            if subj:
                return subj[-1].actors[0]
            same = [m for m in same if m.how != "pronoun"]
            distinct = {m.actors[0].key() for m in same}
            if len(distinct) == 1 and pron.dep_ in ("nsubj", "nsubjpass"):
                return same[-1].actors[0]
            if same:
                return None
        for back in (1, 2):
            prev = [m for m in self.mentions if sent_index[m.start] == si - back and len(m.actors) == 1
                    and m.actors[0].kind == "person" and self._gender_ok(pron, m)
                    and m.actors[0].key() not in banned]
            if not prev:
                # a sentence with other actors and no person breaks the chain
                if any(sent_index[m.start] == si - back and m.listed for m in self.mentions):
                    return None
                continue
            subj = [m for m in prev if self.is_subject(self.toks[m.head])]
            distinct = {m.actors[0].key() for m in prev}
            if subj:
                return subj[0].actors[0]
            if pron.dep_ in ("nsubj", "nsubjpass") and self._unnamed_person_subject(prev[0].start):
                # "Asked about X, the 71-year-old held out ... He said": the subject is someone
                # else than the person named in passing, whom the text gives no name here
                return None
            if len(distinct) == 1:
                return prev[0].actors[0]
            return None
        return None

    def _unnamed_person_subject(self, i: int) -> bool:
        """Is the main subject of the sentence of token ``i`` a definite epithet or role with no name
        ("the 71-year-old", "the minister") that no mention covers?"""
        s = self._sent(i)
        root = s.root
        cands = [c for c in root.children if c.dep_ == "nsubj"]
        if not cands:  # a subject the parser hung elsewhere, right before its verb
            cands = [t for t in s[:-1] if self.toks[t.i + 1].pos_ == "VERB" and self.toks[t.i + 1].tag_ in ("VBD", "VBZ")]
        for c in cands:
            if c.pos_ not in ("NOUN", "ADJ") or not any(d.dep_ == "det" and d.lower_ == "the" for d in c.children):
                continue
            if any(m.start <= c.i < m.end for m in self.mentions):
                return False
            return (c.lower_ == "old" and any(d.lower_ == "year" for d in c.subtree)) or c.lower_ in ROLE_NOUNS
        return False

    def _antecedent_group(self, pron: Token, sent_index: dict[int, int]) -> list[Actor]:
        si = sent_index[pron.i]
        for back in (0, 1):
            cands = [m for m in self.mentions if sent_index[m.start] == si - back and m.start < pron.i
                     and m.how != "pronoun" and not self._coargument(pron, m)]
            if not cands:
                continue
            # compound subjects of one verb
            by_verb: dict[int, list[Actor]] = {}
            for m in cands:
                h = self._subject_like(self.toks[m.head])
                if h.dep_ in ("nsubj", "nsubjpass"):
                    for a in m.actors:
                        by_verb.setdefault(h.head.i, []).append(a)
            for v, acts in sorted(by_verb.items()):
                keys = {a.key() for a in acts}
                if len(keys) >= 2:
                    out, seen = [], set()
                    for a in acts:
                        if a.key() not in seen:
                            seen.add(a.key())
                            out.append(a)
                    return out
            plural = [m for m in cands if self.is_subject(self.toks[m.head])
                      and (len(m.actors) > 1 or m.actors[0].kind in ("population", "group")
                           or (m.actors[0].kind == "state" and m.how == "description"
                               and self.toks[m.head].tag_ in ("NNS", "NNPS")))]
            if plural:
                return list(plural[-1].actors)
            if back == 0 and cands:
                continue
        return []

    def _quoted_before(self, i: int, pron: int) -> bool:
        """Token ``i`` is inside a quotation that opens in its paragraph and closes before ``pron``."""
        if not any(self.toks[j].text in CLOSE_QUOTES for j in range(i + 1, pron)):
            return False
        k = i - 1
        while k >= 0 and not self._para_start(k + 1):
            w = self.toks[k].text
            opens = k == 0 or bool(self.toks[k - 1].whitespace_) or self.toks[k - 1].is_punct
            if w in ("\u201d", "\u00bb", "\u2019") or (w in ('"', "'") and not opens):
                return False  # a quotation closed before it (also the "\u201c...'" of translations)
            if w in ("\u201c", "\u00ab", "\u2018") or w in ('"', "'"):
                return True
            k -= 1
        return False

    def _in_quote(self, i: int) -> bool:
        """Token ``i`` is inside quotation marks opened in its paragraph (a slogan, a quote)."""
        k, opened, straight = i - 1, 0, 0
        while k >= 0 and not self._para_start(k + 1):
            w = self.toks[k].text
            opened += w.count("\u201c") + w.count("\u00ab") - w.count("\u201d") - w.count("\u00bb")
            straight += w.count('"')
            k -= 1
        return opened > 0 or straight % 2 == 1

    def _state_description(self, t: Token, sent_index: dict[int, int]) -> Mention | None:
        """'the kingdom', 'the small emirate', 'the Gulf state' (``data/kb/state_descriptions.tsv``):
        the one state that fits, among the states named in the six sentences before."""
        if t.i + 1 < self.n and (self.toks[t.i + 1].lower_ in ("of", "'s") or self.toks[t.i + 1].pos_ in ("NOUN", "PROPN")):
            return None  # "the Kingdom of Saudi Arabia", "the kingdom's", "the island state media"
        for n in range(_LONGEST_DESCRIPTION, 0, -1):
            words = tuple(x.lower_ for x in self.toks[max(0, t.i - n + 1):t.i + 1])
            fits = STATE_DESCRIPTIONS.get(words)
            if fits is None or t.i - n + 1 < 1:
                continue
            if words in CAPITALISED_DESCRIPTIONS and not all(x.text[:1].isupper() for x in self.toks[t.i - n + 1:t.i + 1]):
                continue  # "the north of the country": a region, not "the North"
            first = t.i - n + 1
            if self.toks[first - 1].lower_ == "the":
                start = first - 1
            elif first >= 2 and self.toks[first - 1].pos_ == "ADJ" and self.toks[first - 2].lower_ == "the":
                start = first - 2  # "the small emirate"
            else:
                return None
            if start >= 2 and self.toks[start - 1].lower_ == "of" and self.toks[start - 2].pos_ in ("NOUN", "PROPN") \
                    and (self.toks[start - 2].text[:1].isupper() or self.lw[start - 2] in ROLE_NOUNS):
                return None  # "the President of the Republic", "the Senate of the Republic": part of a title
            si = sent_index[t.i]
            cs: set[str] = set()
            for m in self.mentions:
                if m.start >= start or si - sent_index[m.start] > 6 or m.how == "pronoun":
                    continue
                cs |= {a.country for a in m.actors if a.country in fits and a.kind in ("state", "person")}
            if n == 1 and t.text[:1].isupper():
                official = self._official_named(t, fits)
                if official is not None:
                    cs = {official}
            sid = self.kb.by_iso.get(cs.pop()) if len(cs) == 1 else None
            if sid is None:
                return None
            return Mention(start, t.i + 1, [self.kb.actor(sid, self.date)], "nominal", t.i)
        return None

    def _official_named(self, t: Token, fits: tuple[str, ...]) -> str | None:
        """"The Kingdom of Saudi Arabia announced ... the internal affairs of the Kingdom": a
        capitalised description head (``t``) is the short form of the official name with that word
        the article used before it, also when another state it fits is named since; of several
        so named ("MADRID - The Kingdom of Spain and the Kingdom of Morocco ... The Kingdom"), the
        dateline's; else None."""
        official = {a.country for m in self.mentions if m.end <= t.i and m.how == "name"
                    and m.end - m.start > 1 and any(self.lw[k] == t.lower_ for k in range(m.start, m.end))
                    for a in m.actors if a.kind == "state" and a.country in fits}
        if len(official) > 1 and self.dateline_country in official:
            return self.dateline_country
        return official.pop() if len(official) == 1 else None

    def _official_short_forms(self) -> None:
        """A capitalised one-word description the KB lists as one state's alias ("the Kingdom":
        Saudi Arabia) is the state whose official name with that word the article used ("the
        Hashemite Kingdom of Jordan ... the Kingdom"), when that is another."""
        for m in self.mentions:
            if m.how != "name" or m.end - m.start != 1 or len(m.actors) != 1 or m.actors[0].kind != "state":
                continue
            t = self.toks[m.start]
            fits = STATE_DESCRIPTIONS.get((t.lower_,))
            if fits is None or not t.text[:1].isupper() or m.actors[0].country not in fits:
                continue
            official = self._official_named(t, fits)
            sid = self.kb.by_iso.get(official) if official and official != m.actors[0].country else None
            if sid is not None:
                m.actors = [self.kb.actor(sid, self.date, resolved_by="nominal")]

    def _state_in_focus(self, before: int, sent_index: dict[int, int]) -> str | None:
        """The country of the states and officials named in this sentence before ``before`` and
        the three sentences before it, when they are all of one country."""
        si = sent_index[before]
        cs: set[str] = set()
        for m in self.mentions:
            if m.start >= before or si - sent_index[m.start] > 3 or m.how == "pronoun" or not m.listed:
                continue
            for a in m.actors:
                if a.country and (a.kind == "state" or (a.kind == "person" and a.sector in ("GOV", "MIL", None))):
                    cs.add(a.country)
        return cs.pop() if len(cs) == 1 else None

    def _antecedent_it(self, pron: Token, sent_index: dict[int, int]) -> Actor | None:
        m = self._antecedent_it_mention(pron, sent_index)
        return m.actors[0] if m is not None else None

    def _antecedent_it_mention(self, pron: Token, sent_index: dict[int, int]) -> Mention | None:
        si = sent_index[pron.i]
        own = pron.head.head.i if pron.head.dep_ in ("relcl", "acl") else -1  # "the army it trained"
        for back in (0, 1):
            cands = [m for m in self.mentions if sent_index[m.start] == si - back and m.start < pron.i
                     and len(m.actors) == 1 and m.actors[0].kind in ("state", "igo", "organization", "group")
                     and self.is_subject(self.toks[m.head]) and m.head != own
                     and self._subject_like(self.toks[m.head]).i != own]
            if cands:
                return cands[-1]
        return None


def _most_named(counts: Counter[str], first: dict[str, int], cand: dict[str, Actor], n: int) -> list[Actor]:
    """The ``n`` keys named most often (ties broken by the earlier first mention), in the order
    of their first mention; none when the n-th and the next are named as often."""
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k]))
    if len(ranked) < n or (len(ranked) > n and counts[ranked[n - 1]] == counts[ranked[n]]):
        return []
    return [cand[k] for k in sorted(ranked[:n], key=lambda k: first[k])]
