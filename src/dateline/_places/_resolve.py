"""Finding toponyms in a parsed article and resolving them against the gazetteer.

Steps (docs/places.md has the long version):

1. candidates: spaCy GPE/LOC/FAC entities, plus gazetteer phrase matches for names NER missed
   (only capitalised proper nouns, never inside a person or organisation name, ambiguous common
   words only after a locative preposition), plus descriptions ("the Chinese capital");
2. metonymy: a country or city that is the subject of an actor verb ("Beijing said") or a
   possessive ("Moscow's position") is an actor, not a place: it is set aside (it still gives
   country context);
3. resolution: each candidate's gazetteer entries are scored by a log-population prior, the
   feature (countries first), explicit anchors ("Kazan, Russia", "the Lebanese port city") and
   the countries the rest of the article mentions; two passes, so that context comes from the
   other mentions.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .._actors.resolve import STATE_DESCRIPTIONS
from .._nlp import doc_ents, span as doc_span, span_text, token_column, token_positions, token_strings
from .._records import Place

from ._gazetteer import Entry, Gazetteer, norm

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

#: A dateline: upper-case place names (split by "/" or ","), an optional "(Agency)", then a dash.
#: Capital letters, accented ones included ("CÚCUTA", "SÃO PAULO", "BOGOTÁ").
_UP = "A-ZÀ-ÖØ-Þ"
#: months in English and as translations leave them, lower case or abbreviated ("9 Abr.", "15 déc.",
#: "3 out.", "12 giu")
_MONTHS = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
           r"|(?i:jan|feb|fev|fév|mar|apr|abr|avr|may|mai|mag|jun|juin|giu|jul|juil|lug|aug|ago|août|aout"
           r"|sep|set|oct|out|ott|nov|dec|dic|déc|dez|ene|gen)[a-zéû]*)\.?")
#: A dateline: upper-case place names (split by "/" or ","), an optional date ("MOSCOW, March
#: 21"; day first as translations write it: "BAMAKO, 15 November", "RAMALLAH, 5 of July"), an
#: optional "(Agency)" or "(Country)", then a dash.
DATELINE = re.compile(
    rf"^\s*([{_UP}][{_UP}'.\- ]+(?:\s*[/,]\s*[{_UP}][A-Za-zÀ-ÿ'.\- ]+)*?)"
    rf"(?:\s*,\s*(?:{_MONTHS}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?:of\s+|de\s+)?{_MONTHS}(?:\s+\d{{4}})?))?\s*(?P<paren>\([^)]{{1,40}}\)\s*)?\.?(?:—|–|--|-)\s"
)
#: a dateline in title case, as translations and some wires write it: "Port Sudan - ", "Xiamen, 20
#: February (reporter) - " (taken only when the gazetteer knows the name as a town of its own name)
TITLE_DATELINE = re.compile(
    rf"^\s*(?P<place>[A-Z][\w'’-]+\.?(?: [A-Z][\w'’-]+){{0,2}})"
    rf"(?:\s*\((?P<paren>[A-Z][\w'’ -]{{2,30}})\)(?=\s*,))?"  # "Tata (Morocco), 9 September -": the wire's country first
    rf"(?:\s*,\s*(?!{_MONTHS}\b)(?P<region>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}}))?"  # "St. Petersburg, Florida —"
    rf"(?:\s*,\s*(?:{_MONTHS}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+(?:of\s+|de\s+)?{_MONTHS}(?:\s+\d{{4}})?))?"
    rf"\s*(?:\([^)]{{1,40}}\)\s*)?\.?(?:—|–|--|-)\s")
#: a translated agency dateline: "Xinhua News Agency, Geneva, May 12 -", "Xinhua News Agency Zhengzhou July 22
#: electric", "Anadolu Agency, Ankara, May 3", "Xinhua, Geneva, May 12": an agency's name (capitalised words
#: ending in "Agency", or one word and a comma), then the place before the date
AGENCY_DATELINE = re.compile(
    rf"^\s*(?:[A-Z][\w-]+(?: [A-Z][\w-]+){{0,3}} (?:News |Press )?Agency,?|[A-Z][\w-]+,|[A-Z][a-z]+(?= [A-Z][\w'-]+(?: [A-Z][\w'-]+)? {_MONTHS} \d{{1,2}}(?:st|nd|rd|th)\b))"
    rf"\s+(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\s*,?\s+{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b")
#: nouns of a state that a region or sea name describes ("the Arctic island", "the Pacific kingdom")
_STATE_NOUNS = frozenset({"island", "kingdom", "emirate", "archipelago", "republic", "nation", "monarchy"})
#: verbs by which a way joins places ("the bridge links Russia to Crimea"): with a way as their
#: subject, their object and "to/with X" are places
_LINK_VERBS = frozenset({"link", "connect", "join"})
#: nouns that describe a place ("the capital"; "Tripoli, the northern city" in apposition)
_DESCRIPTION_NOUNS = frozenset({"capital", "city", "town", "port"})
#: bare nouns that refer back to the last place of their kind named before them ("the besieged
#: town", "the lake", "the narrow waterway"): the kind is a feature code, or PPL for a town
_ANAPHORS = {"city": "PPL", "town": "PPL", "village": "PPL", "lake": "LK", "strait": "STRT", "waterway": "STRT"}
#: "the breakaway region", "the restive province": a region in conflict stands for the region the
#: article names most often before it (not the last one: "... the Somali region ... aid could reach
#: the restive region [Tigray]")
_REGION_ANAPHORS = frozenset({"region", "province", "enclave", "territory"})
#: bare nouns of a division or landform that refer back to the last place of that kind, only in a
#: place phrase ("aid for the province", "crossed the island"; not "the province said"): the
#: kind is a feature code; an island is also a name the text introduced as one ("the island of X")
_PLACED_ANAPHORS = {"province": "ADM1", "department": "ADM1", "island": "ISL", "peninsula": "PEN",
                    "archipelago": "ISLS", "municipality": "PPL"}
_ANAPHOR_WORDS = frozenset(_ANAPHORS) | _REGION_ANAPHORS | frozenset(_PLACED_ANAPHORS)  # the words _anaphors reads
_CONFLICT_WORDS = frozenset({"breakaway", "rebel", "restive", "separatist", "rebel-held", "disputed", "embattled",
                             "volatile", "troubled", "war-torn", "conflict-hit", "secessionist", "insurgent-hit"})
_REGION_FEATURES = frozenset({"ADM1", "ADM2", "RGN"})
#: modifiers that make such a noun a different place than the last one ("the second city", "the
#: old town", "another village", "the capital city")
_NOT_ANAPHORIC = frozenset({"second", "third", "largest", "biggest", "main", "other", "same", "next", "nearest",
                            "new", "old", "whole", "entire", "capital", "border", "port", "twin", "sister",
                            "holy", "home", "host", "ancient", "inner", "walled", "only", "first", "last",
                            # a compass word singles out a town the story is about, not the last one named
                            # ("In Al-Bayda and Susa, 7,000 were displaced. The eastern city [Derna] had ...")
                            "northern", "southern", "eastern", "western", "central", "northeastern",
                            "northwestern", "southeastern", "southwestern", "coastal"})
#: words that rank a country's towns ("the second city of Iraq": the country is no place of its own);
#: spaCy splits "second-largest" at its hyphen, so "largest" is the word it leaves on the noun
_RANK_WORDS = frozenset({"second", "third", "largest", "biggest"})
#: an embassy's nouns: the state that owns one is no place (Resolver._embassies)
_EMBASSY_WORDS = ("embassy", "embassies")
#: one-word descriptions of a monarchy that stand for the article's state in a locative phrase
_MONARCHY_WORDS = frozenset({"kingdom", "emirate", "sultanate"})
#: capitalised compass words that begin a division's name ("West Azerbaijan", "North Kivu")
_COMPASS_NAMES = frozenset({"West", "East", "North", "South", "Upper", "Lower", "Central"})
#: compass adjectives: "this eastern town" is still the story's town
_COMPASS_ADJ = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                          "southeastern", "southwestern"})
#: modifiers of "town"/"city" that name no town the story is about ("the nearest town", "the next village")
_NOT_STORY_TOWN = frozenset({"second", "third", "largest", "biggest", "other", "next", "nearest", "new", "neighbouring",
                             "neighboring", "capital", "border", "twin", "sister", "home", "host", "northern", "southern",
                             "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
                             "same", "first", "last", "only", "old", "whole", "entire"})
#: lower-case settlement words written after a town's name ("Noto town", "Gongyi city")
_SETTLEMENT_AFTER = frozenset({"town", "city", "village", "township", "municipality"})
#: a "town" or "village" the dateline names is smaller than this (a bigger one is a city)
STORY_TOWN_MAX = 150_000
#: "<nationality>-administered <region>" ("Pakistani-administered Kashmir")
_HELD_BY = frozenset({"administered", "controlled", "held", "occupied", "run"})
#: Locative prepositions whose object is a place rather than a person even where the tagger
#: says PERSON ("near Kupwara", "towards Tinzaouaten"; "towards" only after a motion verb or a
#: route noun, Resolver._locative); not "to/from", which take people too ("sent a letter to Johnson")
_PLACING_PREPS = frozenset({"near", "outside", "opposite", "beyond", "around", "across", "through", "towards",
                            "toward", "into", "nearby", "throughout"})
#: Prepositions that place a name which a comma and a second place phrase follow ("at Madjoari, in the east")
_AGAIN_PLACED_PREPS = frozenset({"in", "at", "near", "outside"})
_TIME_AFTER_THE = frozenset({"morning", "afternoon", "evening", "night", "end", "past", "meantime", "meanwhile",
                             "wake", "run", "days", "weeks", "months", "years", "first", "last", "same"})
#: "from X" after the object of these is where it is taken or shot from ("recalled its ambassador from
#: Phnom Penh", "fired rockets from southern Lebanon"; not "brought ministers from Japan")
_REMOVAL_VERBS = frozenset({"recall", "withdraw", "evacuate", "pull", "remove", "expel", "deport", "extradite",
                            "repatriate", "airlift", "rescue", "free", "fire", "launch"})  # and where a shot comes from
#: "for X" after these is a destination ("left for Misrata", "departed for Paris", "bound for Odesa")
_DEPART_VERBS = frozenset({"leave", "depart", "head", "sail", "bound", "set"})
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
#: Prepositions of place only, read as such however the parser tags them ("opposite Kupwara")
_SPATIAL_WORDS = frozenset({"near", "opposite", "outside"})
#: "and" as machine translation leaves it between names ("Concepción Y Antofagasta")
_MT_AND = frozenset({"Y", "y", "e", "et"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Lower-case words inside a multi-word name in English or a Romance language
#: ("Palácio do Planalto", "Plaza de Mayo", "University of Nairobi")
_CONNECTORS = frozenset({"of", "de", "do", "da", "dos", "das", "del", "della", "di", "du", "des", "la", "el", "le"})
#: Words that qualify a place name inside an entity without naming something else
_QUALIFIERS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "greater", "upper", "lower", "inner", "outer", "the", "of",
})
#: Nouns that introduce a settlement or area by name ("the neighbourhood of Gemmayze", "the
#: town of Gossi") and the feature code given to one the gazetteer lacks
_NAMING_NOUNS = {
    "city": "PPL", "town": "PPL", "village": "PPL", "hamlet": "PPL", "settlement": "PPL",
    "neighbourhood": "PPLX", "neighborhood": "PPLX", "district": "PPLX", "suburb": "PPLX",
    "quarter": "PPLX", "camp": "CMP", "prison": "PRN", "temple": "TMPL", "region": "RGN", "province": "ADM1", "locality": "PPL",
    "municipality": "PPL", "commune": "PPL", "island": "ISL", "peninsula": "PEN", "valley": "VAL",
    "department": "ADM1", "governorate": "ADM1", "prefecture": "ADM1", "archipelago": "ISLS", "oasis": "OAS",
    "headland": "CAPE", "cape": "CAPE", "atoll": "ATOL", "islet": "ISL",
}
#: words that continue a name ("Palácio da Alvorada"): a name cut before one is only part of a longer name
_CONNECTORS = frozenset({"da", "de", "do", "dos", "das", "del", "della", "di", "des", "du", "la", "le", "al", "el"})
#: water nouns a text may write in lower case after or before a name ("the Pineios river")
_LOWER_WATER = {"river": "River", "lake": "Lake", "reservoir": "Reservoir", "lagoon": "Lagoon"}
#: divisions a naming noun gives ("the province of Palawan"): unknown ones are of the dateline's country
_SETTLED_FEATURES = frozenset({"ADM1", "ADM2"})
#: words a division's or town's name may end in ("Linxia Prefecture", "Haidong City")
_DIVISION_WORDS = frozenset({"region", "province", "oblast", "governorate", "state", "district", "prefecture", "county",
                             "territory", "city", "town", "township", "village", "municipality"})
#: division words that translations write before a division's name ("the municipality Sucre", "the canton Alausí")
_DIVISION_BEFORE = frozenset({"municipality", "canton", "department", "parish", "commune"})
#: division words that follow a division's name ("Mustang district"; not "state": "Islamic State")
_DIVISION_AFTER = frozenset({"district", "province", "prefecture", "governorate", "county"})
#: Words of a border crossing named after a place ("the Benapole crossing", "the border post of
#: Malpasse", "the border port of Gyirong"), and the words that may stand between the name and them
_CROSSING_WORDS = frozenset({"crossing", "post", "port", "checkpoint"})
_CROSSING_QUALIFIERS = frozenset({"border", "land", "frontier"})
#: Route nouns of a visit, which is to people as well as places ("a visit to Modi")
_VISIT_NOUNS = frozenset({"visit", "visits"})
#: Entity labels that a gazetteer phrase match must not cut into (a person, an organisation)
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "NORP"})
#: Entity labels of titles, which the parser also gives to runs of names ("Goma and Beni in North Kivu")
_TITLE_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
#: Entity labels that no place name is ever inside ("on March 12", "Reading 5 percent")
NEVER_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
#: number labels the parser sometimes gives a rare name (a name of letters only is not a number)
_NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY"})
FEATURE_BONUS = {"PCLI": 2.0, "PCLD": 1.5, "ADM1": 1.0, "PPLC": 1.0}
ALIAS_PENALTY = 1.5
ANCHOR_BONUS = 8.0
#: for a division entry of a name the text calls a division ("the state of Guanajuato")
DIVISION_BONUS = 3.0
PREFERRED_BONUS = 2.5
#: for a country the rest of the article places something in (scaled by the evidence weight,
#: plus 0.5 per further unit, to CONTEXT_MAX)
CONTEXT_BONUS = 2.5
CONTEXT_MAX = 4.5
#: weight of the log-population prior
PRIOR_WEIGHT = 1.5
#: a nationality word in the same sentence ("the Libyan government ... from Tripoli")
SENTENCE_BONUS = 3.0
#: towns under this population are places only in a locative phrase
SMALL_PLACE = 100_000
#: a namesake abroad under this population, of a local place the text introduces ("the village of
#: Zagora"), gives way to the article's country when that has HOME_WEIGHT of context and its own none
MINOR_ABROAD = 200_000
HOME_WEIGHT = 3.0
#: context weight of a mention used as an actor ("U.S. officials", "Moscow said") or a
#: nationality word ("Lebanese troops"), and the most such mentions add up to per country
ACTOR_CONTEXT = 0.25
ACTOR_CONTEXT_MAX = 0.5
#: how far back (tokens) a place still sets the country of "the capital" or a bare landmark
NEARBY = 60
#: Words that make "capital" the seat of a state or province, not of the country
_SUBNATIONAL = frozenset({"state", "provincial", "province", "regional", "region", "departmental", "district",
                          "county", "prefectural", "local"})


_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|an|at|az|ash|ad-)\s")


@functools.lru_cache(maxsize=8192)
def _skeleton(name: str) -> str:
    """Consonants of a name, for telling transliterations of one name apart from different
    names: article, vowels, y, w, h, apostrophes, doubled letters and spacing dropped."""
    s = _ARTICLE.sub("", norm(name))
    s = re.sub(r"[^a-z]", "", s)
    s = re.sub(r"[aeiouyhw]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


_APOSTROPHES = frozenset("'’‘`ʻʼʿʾ")


def _base(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=4096)
def spelled_as(name: str, written: str) -> str | None:
    """The gazetteer's ``name`` spelled the way English ``written`` writes the same letters, or
    None when they are no letter-for-letter match. Transliteration marks outside Latin-1
    ("Cox’s Bāzār") and apostrophes follow the text ("Cox's Bazar", "Mekele" for Mek'ele,
    "Nuku'alofa" for Nukualofa), and so does a Latin-1 accent the text adds ("Malé" for Male);
    one the text leaves off stays ("Brasília" for "Brasilia", "BRASILIA"), and so do the name's
    case, spaces and hyphens ("Al Bayda" for "Al-Bayda")."""
    w = [ch for ch in written if ch.isalpha() or ch in _APOSTROPHES]
    out: list[str] = []
    k = 0
    for ch in name:
        if ch in _APOSTROPHES:
            if k < len(w) and w[k] in _APOSTROPHES:
                out.append("'")
                k += 1
            continue
        if not ch.isalpha():
            out.append(ch)
            continue
        if k < len(w) and w[k] in _APOSTROPHES:
            out.append("'")  # an apostrophe the text writes and the name lacks
            k += 1
        if k >= len(w) or _base(w[k]).casefold() != _base(ch).casefold():
            return None
        wc = w[k]
        k += 1
        if ord(ch) > 0xFF and _base(ch) != ch and ord(wc.lower()) <= 0xFF:
            ch = _base(ch)  # a scholarly mark English does not write ("ā", "ḑ")
        if _base(wc) != wc and _base(ch) == ch and ord(wc.lower()) <= 0xFF:
            ch = wc.lower() if ch.islower() else wc.upper()  # an accent the text adds ("Malé")
        out.append(ch)
    if k != len(w):
        return None
    got = "".join(out)
    return None if got == name else got


def _verb_after_conjunct(doc: Doc, head: int, end: int, actor_verbs: frozenset[str]) -> Token | None:
    """The finite actor verb right after a name the parser made a conjunct, when that verb has
    no subject of its own: the name is its subject ("protesters rallied on Rustaveli Avenue and
    the United States warned of consequences"), not a second place."""
    t = doc[head]
    if t.dep_ != "conj" or end >= len(doc):
        return None
    v = doc[end]
    if v.tag_ in ("VBD", "VBZ", "VBP") and v.head.i != t.i and v.lemma_.lower() in actor_verbs \
            and not any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in v.children):
        return v
    return None


def _called_department(text: str, name: str) -> bool:
    """Whether ``text`` calls the division ``name`` a department ("the department of Nariño",
    "Cauca department", "the departments of Cesar and La Guajira"; not "the Texas Department of
    Transportation", an office)."""
    n = re.escape(name)
    return re.search(rf"\b[Dd]epartments? of (?:\w+ (?:and|y) )?{n}\b|\b{n},? [Dd]epartment\b(?! of)", text) is not None


def _most_named_before(doc: Doc, start: int, regions: Iterable[tuple[Entry, str, int]]) -> tuple[Entry, str, int]:
    """Of ``regions`` (entry, name as written, where), the one the text before ``start`` names
    most often in any form ("Tigrayan" counts for Tigray); the latest named on a tie."""
    before = doc[:start].text
    return max(regions, key=lambda r: (before.count(r[1]), r[2]))


@dataclass(slots=True)
class Candidate:
    """A toponym (or description) found in the doc, before and after resolution."""

    start: int  # token indices in the doc, [start, end)
    end: int
    text: str  # the name looked up
    options: list[tuple[Entry, bool]]
    source: str  # "ner", "gazetteer" or "description"
    head: int  # syntactic head token index
    anchors: set[str] = field(default_factory=set)  # ISO3 codes the text ties it to
    admin_anchors: set[str] = field(default_factory=set)  # US state codes ("Paris, Texas")
    metonym: bool = False
    entry: Entry | None = None
    score: float = 0.0
    margin: float = 0.0
    span_start: int | None = None  # token range for the output span when it differs
    span_end: int | None = None
    located: set[str] = field(default_factory=set)  # ISO3 of an "X, in <country/ADM1>" phrase
    named_as: str | None = None  # a description's name as the text wrote it ("Nabatieh, the southern city")
    sentence_countries: set[str] = field(default_factory=set)  # nationality words in its sentence ("the Libyan government ... from Tripoli")
    link: int | None = None  # description: the token of the name it stands in apposition to
    subnational: bool = False  # description: "the state capital", "the provincial capital"
    division: bool = False  # named as a division: "the state of Guanajuato", "the province of Idlib"
    county: bool = False  # the name is followed by its capitalised division word: "Lee County", "Linxia Prefecture"
    own_division: bool = False  # its entry was built from a name with its own division word ("Haidong City", "Linxia Prefecture"): shown as GeoNames writes it (division_name)
    anaphor: str | None = None  # description: the kind of place named before it that it refers back to ("the town": PPL)
    inside: set[str] = field(default_factory=set)  # water: countries of the place a river or lake is named after
    role: str | None = None  # how the sentence uses it (Resolver.role), once computed
    dated_by: Candidate | None = None  # the dateline of the same name ("VALENCIA — ... in Valencia")
    dated_iso: str | None = None  # the country that dateline added to ``anchors``
    introduced: bool = False  # the text introduces it as a local place: "the village of Zagora", "the Ribera"
    story_town: bool = False  # anaphor: "this seaside town", "the port city": only the dateline's town
    monarchy: bool = False  # "in the kingdom": the state of its list the article is about, else none
    qualifier: str | None = None  # a capitalised compass word right before the name ("West" Azerbaijan province)
    #: the division word names it with nothing before but "the" or a possessor ("the province of
    #: Luxembourg", "Idlib province"), not "the border region of Russia", "the northern region of Iraq"
    #: (a part of that country)
    plain_division: bool = False


@dataclass(slots=True)
class PlaceMention:
    """A resolved place with the token information other layers use (``ctx.state["places"]``)."""

    place: Place
    start: int  # token range in ctx.doc
    end: int
    head: int  # head token index
    sent_start: int  # token index where the sentence starts
    preposition: str | None  # the locative preposition governing it ("in", "near"), if any
    prep_head: int | None  # token index the preposition attaches to
    source: str
    score: float


class Resolver:
    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        lex = gaz.lexicon
        self.loc_preps = frozenset(lex["locative_prepositions"])
        self.cond_preps = frozenset(lex["conditional_prepositions"])
        self.place_object_verbs = frozenset(lex["place_object_verbs"])
        self.motion_verbs = frozenset(lex["motion_verbs"])
        self.route_nouns = frozenset(lex.get("route_nouns") or ())
        self.facility_nouns: dict[str, str] = dict(lex.get("facility_nouns") or {})
        self.island_states = frozenset(lex["island_states"])
        self.collective_nouns = frozenset(lex["collective_nouns"])
        self.attack_nouns = frozenset(lex["attack_nouns"])
        self.building_codes = frozenset(self.landmark_nouns_codes(lex))
        self.territory_nouns = frozenset(lex["territory_nouns"])
        self._description_words = self.territory_nouns | _DESCRIPTION_NOUNS  # the words _descriptions reads
        self.landmark_nouns: dict[str, str] = dict(lex["landmark_nouns"])
        #: landmark nouns that also name a body: "Turkey's parliament" is an actor's, not a place
        self.institutions = frozenset(lex.get("institution_nouns") or ())
        self.actor_verbs = frozenset(lex["actor_verbs"])
        self.place_verbs = frozenset(lex["place_verbs"])
        self.stance_words = frozenset(lex.get("stance_words") or ())
        self.stance_preps = frozenset(lex.get("stance_prepositions") or ())
        self.stance_verbs = frozenset(lex.get("stance_verbs") or ())
        self.geo_nouns = frozenset(lex["geographic_nouns"])
        self.place_nouns = frozenset(lex["place_nouns"])
        self.region_words = frozenset(lex["region_words"])
        self.water_nouns: dict[str, str] = dict(lex.get("water_nouns") or {})
        self.of_actor_nouns = frozenset(lex.get("of_actor_nouns") or ())
        self.agent_nouns = frozenset(lex["agent_nouns"])
        self.agent_verbs = frozenset(lex["agent_verbs"])
        self.speech_verbs = frozenset(lex.get("speech_verbs") or ())
        self.ambiguous = frozenset(lex["ambiguous_names"])
        self.demonyms = {k.casefold(): v for k, v in gaz.demonyms.items()}
        self._topic: Counter[str] = Counter()
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._ents: list[SpacySpan] = []
        self._ents_doc: Doc | None = None
        #: for each token, the entity it is in (Doc.ents never overlap), so that a scan asks in O(1)
        self._ent_at: list[SpacySpan | None] = []
        self._acl_doc: Doc | None = None
        self._groups_doc: Doc | None = None
        self._groups: dict[int, tuple[int, ...]] = {}  # first conjunct -> the coordination, in order
        self._acl_roots: dict[int, bool] = {}
        self._lowers: list[str] = []
        self._texts: list[str] = []
        self._caps: list[int] = []  # indices of the words that start with a capital
        self._space: list[int] = []  # 1 where a space follows the word
        self._toks_doc: Doc | None = None
        self._person_doc: Doc | None = None
        self._by_noun: set[str] = set()
        self._person_words_set: frozenset[str] = frozenset()
        self._starts_doc: Doc | None = None
        #: generic division names ("federal district") that are the gazetteer's place only in a story set in its country
        self.home_only = frozenset(norm(n) for n in lex.get("home_only_names") or ())
        self.preferred: dict[str, int | str] = {norm(k): v for k, v in (lex.get("preferred") or {}).items()}
        # data/kb/state_descriptions.tsv, shared with the actors layer; a place only when the phrase
        # has two or more words ("the Gulf emirate", not the generic "the island")
        self.state_descriptions: dict[tuple[str, ...], tuple[str, ...]] = {
            k: v for k, v in STATE_DESCRIPTIONS.items() if len(k) >= 2
        }
        #: one-word descriptions of a monarchy ("the kingdom"): a place only in a locative phrase
        self.state_descriptions_one: dict[str, tuple[str, ...]] = {
            k[0]: v for k, v in STATE_DESCRIPTIONS.items() if len(k) == 1 and k[0] in _MONARCHY_WORDS}
        self._sd_longest = max((len(k) for k in self.state_descriptions), default=0)
        self._sd_first = frozenset(k[0] for k in self.state_descriptions)

    def _tokens(self, doc: Doc) -> tuple[list[str], list[str]]:
        """The doc's words in lower case and as written, read once per doc from its arrays: the
        scans look words up in these lists and make a spaCy Token only where a word passes."""
        if self._toks_doc is not doc:
            self._texts = token_strings(doc, "ORTH")
            self._space = token_column(doc, "SPACY")
            self._lowers = token_strings(doc, "LOWER")
            self._caps = [i for i, t in enumerate(self._texts) if t[:1].isupper()]
            self._toks_doc = doc
        return self._lowers, self._texts

    def entities(self, doc: Doc) -> list[SpacySpan]:
        """The doc's entities, as candidates() read them (Doc.ents rebuilds its tuple on every access)."""
        if self._ents_doc is not doc:
            self._ents, self._ents_doc = list(doc_ents(doc)), doc
            self._ent_at = [None] * len(doc)
            for e in self._ents:
                self._ent_at[e.start : e.end] = [e] * (e.end - e.start)
        return self._ents

    def _coordination(self, doc: Doc, i: int) -> tuple[int, ...]:
        """The token indices coordinated with token i, itself included (``Token.conjuncts`` plus
        the token), read once per coordination and doc: a list of n names asks n times, and each
        answer costs n, so long lists were quadratic."""
        if self._groups_doc is not doc:
            self._groups_doc, self._groups = doc, {}
        start = doc[i]
        while start.i != start.head.i and start.dep_ == "conj":
            start = start.head
        group = self._groups.get(start.i)
        if group is None:
            members = [start]
            for word in members:
                members.extend(ch for ch in word.rights if ch.dep_ == "conj")
            group = self._groups[start.i] = tuple(w.i for w in members)
        return group

    def _span_text(self, doc: Doc, i: int, j: int) -> str:
        """``doc[i:j].text`` without making the Span and its Tokens (call _tokens(doc) first)."""
        texts, space = self._texts, self._space
        if j - i == 1:
            return texts[i]
        return "".join([texts[k] + " " if space[k] else texts[k] for k in range(i, j - 1)]) + texts[j - 1]

    def sent_start(self, doc: Doc, i: int) -> int:
        """Index of the first token of the sentence holding token ``i`` (cached per doc;
        ``Token.sent`` walks the whole doc each time)."""
        if self._starts_doc is not doc:
            starts = [0] * len(doc)
            ends = [0] * len(doc)
            for sent in doc.sents:  # sentence spans, without making a Token per word
                b, e = sent.start, sent.end
                starts[b:e] = [b] * (e - b)
                ends[b:e] = [e] * (e - b)
            self._starts, self._ends, self._starts_doc = starts, ends, doc
        return self._starts[i]

    def sent_end(self, doc: Doc, i: int) -> int:
        """Index after the last token of the sentence holding token ``i`` (cached as sent_start)."""
        self.sent_start(doc, i)
        return self._ends[i]

    # -- candidates ---------------------------------------------------------------------

    def _lookup(self, text: str) -> list[tuple[Entry, bool]]:
        return self.gaz.lookup(text)

    def _known_at(self, tok: Token) -> bool:
        """The gazetteer knows the name at ``tok``: its entity's words (less "the"), else the word."""
        ent = self._ent_at[tok.i] if tok.i < len(self._ent_at) else None
        if ent is not None:
            words = [w.text for w in ent if not (w.i == ent.start and w.lower_ == "the")]
            if words and self._lookup(" ".join(words)):
                return True
        return bool(self._lookup(tok.text))

    def _from_entity(self, doc: Doc, ent: SpacySpan) -> Candidate | None:
        toks = list(ent)
        # drop determiners and a trailing possessive
        while toks and (toks[0].lower_ in ("the", "a", "an") or toks[0].dep_ == "det"):
            toks.pop(0)
        while toks and toks[-1].tag_ == "POS":
            toks.pop()
        if not toks:
            return None
        s, e = toks[0].i, toks[-1].i + 1
        lowers, texts = self._tokens(doc)
        span_text = self._span_text
        # "Pakistani-administered Kashmir": a side of a divided region with a name of its own
        if s >= 3 and lowers[s - 1] in _HELD_BY and texts[s - 2] == "-" and texts[s - 3][:1].isupper():
            opts = self._lookup(span_text(doc, s - 3, e))
            if opts:
                return self._cand(doc, s - 3, e, opts, "ner")
        # "the Kharkiv region": try the name with the region word first
        if e < len(doc) and lowers[e] in self.region_words:
            opts = self._lookup(span_text(doc, s, e + 1))
            if opts:
                return self._cand(doc, s, e + 1, opts, "ner")
        opts = self._lookup(span_text(doc, s, e))
        if opts:
            return self._cand(doc, s, e, opts, "ner")
        water = self._water(doc, s, e)
        if water is not None:
            return water
        # "Kazan, Russia" as one entity, "southern Israel", "North Darfur province": sub-spans
        for length in range(e - s - 1, 0, -1):
            for i in range(s, e - length + 1):
                if not texts[i][:1].isupper():
                    continue
                opts = self._lookup(span_text(doc, i, i + length))
                if opts and self._rest_qualifies(doc, s, e, i, i + length):
                    return self._cand(doc, i, i + length, opts, "ner")
        return None

    def _water(self, doc: Doc, s: int, e: int) -> Candidate | None:
        """A river, lake or strait the gazetteer lacks ("the Oskil River", "Lake Kivu"): a place of
        no country (most cross borders), unless it is named after a place of the article's country
        ("the Essequibo River" in a story about Guyana; see _pick)."""
        if e - s < 2:
            return None
        first, last = doc[s], doc[e - 1]
        code = self.water_nouns.get(last.lower_) if last.text[:1].isupper() else None
        name_toks = doc[s : e - 1]
        if code is None and first.lower_ in ("lake", "gulf", "bay", "strait") and first.text[:1].isupper():
            code, name_toks = self.water_nouns.get(first.lower_), doc[s + 1 : e]
            if len(name_toks) and name_toks[0].lower_ == "of":
                name_toks = name_toks[1:]
        if code is None or not len(name_toks) or not all(t.text[:1].isupper() or t.is_punct for t in name_toks):
            return None
        name = doc[s:e].text
        entry = Entry(idx=-1, geonameid=None, name=name, country=None, lat=None, lon=None, feature=code,
                      population=0, admin1="", curated=True)
        c = Candidate(start=s, end=e, text=name, options=[(entry, False)], source="water", head=doc[s:e].root.i)
        c.inside = {o.country for o, alias in self._lookup(name_toks.text)
                    if not alias and o.country and not o.is_country}
        return c

    def _lower_water(self, doc: Doc, cands: list[Candidate]) -> list[Candidate]:
        """"the Pineios river", "the river Licungo", "the Wangjiayuan reservoir": a river, lake or
        reservoir whose water noun the text writes in lower case (translations, local names), the
        name one to three proper nouns after "the" and before the noun, or after "the river". Looked
        up as "Licungo River"; one the gazetteer lacks is kept as in _water. The name is the river's,
        not a town's: a candidate for the name alone ("Kallar" read as a namesake town) gives way.
        Returns ``cands`` with these added."""
        lowers, texts = self._tokens(doc)
        waters = token_positions(doc, "LOWER", _LOWER_WATER)  # (a new list: the index's own is shared)
        if not waters:
            return cands
        own = {i: c for c in cands if c.source in ("ner", "gazetteer") for i in range(c.start, c.end)}
        used = {i for c in cands for i in range(c.start, c.end)}
        out: list[Candidate] = []
        replaced: set[int] = set()
        n = len(doc)
        for i in waters:
            low = lowers[i]
            if i < 1 or texts[i] != low:
                continue
            k = i
            while k > 0 and i - k < 3 and texts[k - 1][:1].isupper() and doc[k - 1].pos_ == "PROPN":
                k -= 1
            if k < i and k >= 1 and lowers[k - 1] == "the":
                s, e, ns, ne = k, i + 1, k, i  # "the Pineios river"
            elif lowers[i - 1] == "the":
                m = i + 1
                while m < n and m - i <= 3 and texts[m][:1].isupper() and doc[m].pos_ == "PROPN":
                    m += 1
                if m == i + 1:
                    continue
                s, e, ns, ne = i, m, i + 1, m  # "the river Licungo"
            else:
                continue
            inner = {id(own[j]) for j in range(ns, ne) if j in own}
            if any(j in used and not (j in own and ns <= own[j].start and own[j].end <= ne) for j in range(s, e)) \
                    or not all(doc[j].is_alpha or texts[j] in ("-", "'") for j in range(ns, ne)):
                continue
            name = self._span_text(doc, ns, ne)
            full = f"Lake {name}" if low == "lake" else f"{name} {_LOWER_WATER[low]}"
            opts = self._lookup(full)
            if opts:
                c = Candidate(start=s, end=e, text=full, options=opts, source="ner", head=doc[s:e].root.i)
            else:
                entry = Entry(idx=-1, geonameid=None, name=full, country=None, lat=None, lon=None,
                              feature=self.water_nouns.get(low, "STM"), population=0, admin1="", curated=True)
                c = Candidate(start=s, end=e, text=full, options=[(entry, False)], source="water", head=doc[s:e].root.i)
                c.inside = {o.country for o, alias in self._lookup(name) if not alias and o.country and not o.is_country}
            out.append(c)
            used.update(range(s, e))
            replaced |= inner
        return [c for c in cands if id(c) not in replaced] + out

    def _extend_right(self, doc: Doc, s: int, e: int, taken: list[bool]) -> int:
        """The end of a longer gazetteer name that continues an entity across a Romance connector
        ("Rio Grande" + "do Sul", "San Antonio" + "del Táchira"), else ``e``: the parser often
        leaves the lower-case connector and what follows it out of the entity."""
        best = e
        j = e
        n = len(doc)
        lowers, texts = self._tokens(doc)
        while j + 1 < n and lowers[j] in _CONNECTORS and lowers[j] not in ("of", "the") \
                and texts[j + 1][:1].isupper() and not taken[j] and not taken[j + 1]:
            k = j + 1
            while k < n and k - j <= 3 and texts[k][:1].isupper() and texts[k].isalpha() and not taken[k]:
                k += 1
            for end in range(k, j + 1, -1):
                if self._lookup(self._span_text(doc, s, end)):
                    best = end
                    break
            else:
                break
            j = best
        if j + 2 < n and lowers[j] in ("and", "y", "of") and (
            texts[j + 1][:1].isupper() or lowers[j + 1] == "the" and texts[j + 2][:1].isupper()
        ):
            # "and"/"of" inside a name the parser cut ("Trinidad" + "and Tobago", "Port" + "of
            # Spain"), "and" also as machine translation writes it ("San Vicente Y the
            # Grenadines": textprep reads the "Y" as "and"; Gazetteer.lookup reads " y " so
            # too): the longer name, when it is one of a place's own names
            for end in range(min(n, j + 5), j + 1, -1):
                if not any(taken[j:end]) and any(not a for _, a in self._lookup(self._span_text(doc, s, end))):
                    return end
        return best

    def _rest_qualifies(self, doc: Doc, s: int, e: int, i: int, j: int) -> bool:
        """Whether the words of an entity outside the sub-span ``[i, j)`` only qualify it
        ("southern Israel", "Kazan, Russia", "North Darfur province") rather than naming
        something else ("Camp David", "Palácio do Planalto", "Hamid Karzai Airport")."""
        for k in list(range(s, i)) + list(range(j, e)):
            t = doc[k]
            low = t.lower_
            if not t.text[:1].isupper() or t.is_punct or low in self.region_words or low in _QUALIFIERS:
                continue
            other = self._lookup(t.text)
            if other and (any(doc[m].text == "," for m in range(s, e))
                          or any((o.is_country or o.feature == "ADM1") and not alias for o, alias in other)
                          or {o.country for o, _ in other} & {o.country for o, _ in self._lookup(span_text(doc, i, j))}):
                continue  # another place name ("Kazan, Russia", "Paris Texas", "San Jose Bulacan")
            # (not a town's name inside a longer name the gazetteer lacks, in another country: "San Mateo Pinas")
            return False
        return True

    def _title_dateline(self, doc: Doc, t: re.Match[str]) -> list[Candidate]:
        """"Port Sudan - ...", "Xiamen, 20 February (reporter) - ...": a town or capital the
        gazetteer has by its own name (not a country, a region or an alternate spelling)."""
        if t.group("paren"):
            return self._dateline_in_country(doc, t, "paren")
        if t.group("region"):
            return self._dateline_in_country(doc, t, "region")
        found = self._lookup(t.group("place"))
        opts: list[tuple[Entry, bool]] = [(e, alias) for e, alias in found if not alias and e.feature in ("PPL", "PPLC")]
        sp = doc.char_span(t.start("place"), t.end("place"), alignment_mode="expand") if opts else None
        if sp is None:
            return []
        c = self._cand(doc, sp.start, sp.end, opts, "dateline")
        if len({e.country for e, _ in opts}) > 1 and norm(t.group("place")) not in self.preferred:
            # "Victoria - ... British Columbia": a name towns of several countries bear is the namesake
            # of the one country the body names among theirs (none named, or several: as before);
            # "Santa Cruz - ... Cochabamba": or the town of the one named country it is a short form of
            body = self._body_countries(doc, sp.end)
            named = body & {e.country for e, _ in opts if e.country}
            key = norm(t.group("place")) + " "
            short: list[tuple[Entry, bool]] = [(e, a) for e, a in found if a and e.country in body and e.feature.startswith("PPL") and norm(e.name).startswith(key)]
            if len(named) == 1:
                c.anchors |= named
            elif not named and len({e.country for e, _ in short}) == 1:
                c.options = short
        return [c]

    def _body_countries(self, doc: Doc, start: int) -> set[str]:
        """Countries the text after ``start`` names: a nationality word, or a place name all of
        whose own readings lie in one country ("Cochabamba", "Jamaica")."""
        out: set[str] = set()
        texts = self._tokens(doc)[1]
        for k in range(start, len(doc)):
            if texts[k][:1].isupper() and (iso := self.demonyms.get(texts[k].casefold())):
                out.add(iso)
        for ent in self.entities(doc):
            if ent.start >= start and ent.label_ in ("GPE", "LOC"):
                isos = {e.country for e, alias in self._lookup(ent.text) if not alias}
                if len(isos) == 1 and (iso1 := next(iter(isos))):
                    out.add(iso1)
        return out

    def _dateline_in_country(self, doc: Doc, t: re.Match[str], group: str) -> list[Candidate]:
        """"Tata (Morocco), 9 September - ", "Chimbote (Peru), 3 Mar. - ": the Spanish and French
        wires' dateline in translation, the country in parentheses before the date; "St. Petersburg,
        Florida — " in title case, a country or first-level division after a comma. The country or
        division is a place, and the town is that country's town of the name (Tata in Morocco, not
        Hungary's), one the gazetteer lacks kept as a town there (no coordinates)."""
        country = next((e for e, alias in self._lookup(t.group(group)) if not alias and e.country
                        and (e.is_country or group == "region" and e.feature == "ADM1")), None)
        csp = doc.char_span(t.start(group), t.end(group), alignment_mode="expand") if country else None
        if country is None or csp is None or country.country is None:
            return []
        region = self._cand(doc, csp.start, csp.end, [(country, False)], "dateline")
        out = [region]
        sp = doc.char_span(t.start("place"), t.end("place"), alignment_mode="expand")
        if sp is None:
            return out
        found = [(e, alias) for e, alias in self._lookup(t.group("place")) if e.country == country.country]
        opts: list[tuple[Entry, bool]] = [(e, alias) for e, alias in found if not alias] or found
        if not opts:
            name = t.group("place")
            opts = [(Entry(idx=-1, geonameid=None, name=name.title() if name.isupper() else name, country=country.country,
                           lat=None, lon=None, feature="PPL", population=0, admin1="", curated=True), False)]
        town = self._cand(doc, sp.start, sp.end, opts, "dateline")
        town.anchors.add(country.country)
        self._anchor_from(town, region)
        return [town, *out]

    def _dateline(self, doc: Doc) -> list[Candidate]:
        """Places in a dateline opening the article: "KYIV —", "GAZA/TEL AVIV —",
        "KAZAN, Russia (Reuters) -"."""
        self._tokens(doc)
        head = self._span_text(doc, 0, min(len(doc), 40)) if len(doc) else ""
        m = DATELINE.match(head)
        if not m:
            # the Chinese wire in translation: "Xinhua News Agency, Geneva, May 12 -", "Xinhua News
            # Agency Zhengzhou July 22 electric": the place before the date
            x = AGENCY_DATELINE.match(head)
            if not x and (t := TITLE_DATELINE.match(head)) is not None:
                return self._title_dateline(doc, t)
            sp = doc.char_span(x.start("place"), x.end("place"), alignment_mode="expand") if x else None
            opts = self._lookup(x.group("place")) if x else []
            return [self._cand(doc, sp.start, sp.end, opts, "dateline")] if sp is not None and opts else []
        out = []
        body_start = m.start(1)
        parts = [(body_start + p.start(), p.group(0)) for p in re.finditer(r"[^/,]+", m.group(1))]
        if m.group("paren"):
            # "CÚCUTA (Colombia) -": a country in the parentheses places the city (an agency does not)
            inner = m.group("paren").strip()[1:-1]
            if any(e.is_country for e, alias in self._lookup(inner) if not alias):
                parts.append((m.start("paren") + m.group("paren").index("(") + 1, inner))
        unknown: tuple[int, int, str] | None = None  # the first part, when the gazetteer lacks it
        first: Candidate | None = None  # the first part, when the gazetteer has it
        for k, (a0, text) in enumerate(parts):
            name = text.strip()
            if name.endswith(".") and m.group(0).rstrip().endswith(".-"):
                name = name.rstrip(".")  # "QUITO.-", "ACAPULCO, Guerrero.-": the Spanish wire's dateline
            if not name:
                continue
            a = a0 + (len(text) - len(text.lstrip()))
            sp = doc.char_span(a, a + len(name), alignment_mode="expand")
            opts = [o for o in self._lookup(name)]
            if sp is not None and not opts and k == 0 and len(parts) > 1 and name.replace(" ", "").replace("-", "").isalpha():
                unknown = (sp.start, sp.end, name)
            if sp is None or not opts:
                continue
            c = self._cand(doc, sp.start, sp.end, opts, "dateline")
            out.append(c)
            if k == 0:
                first = c
        if unknown is None and len(out) > 1 and out[0] is first:
            # "JASPER, Alberta —": the gazetteer's only Jasper is a town of Indiana; the province after
            # the comma says the town is one of Canada's that the gazetteer lacks
            isos = {e.country for e, alias in out[1].options if not alias and e.country and (e.is_country or e.feature == "ADM1")}
            # a country or a capital named first is that place whatever follows it: a territory
            # before its sovereign ("HONG KONG, China", "GIBRALTAR, Britain") is no namesake
            if isos and not any(e.country in isos or e.is_country or e.feature == "PPLC" for e, _ in first.options):
                out.pop(0)
                unknown = (first.start, first.end, first.text)
        if unknown is not None and out:
            # "KALPETTA, India —", "LAHAINA, Hawaii —": a town the gazetteer lacks, placed by the
            # country or first-level division after it, is a town there (no coordinates)
            iso = next((e.country for e, alias in out[0].options if not alias and e.country
                        and (e.is_country or e.feature == "ADM1")), None)
            if iso is not None:
                s0, e0, name = unknown
                folded = "".join(_base(ch) for ch in name).casefold()
                # the body's own spelling of the name, accents included ("ZVECAN" ... "in Zvečan")
                written = next((w.group(0) for w in re.finditer(r"[^\W\d_][\w'-]*", doc.text[doc[e0].idx if e0 < len(doc) else 0 :])
                                if not w.group(0).isupper() and "".join(_base(ch) for ch in w.group(0)).casefold() == folded), None) \
                    if " " not in name else None
                display = written or (name.title() if name.isupper() else name)
                entry = Entry(idx=-1, geonameid=None, name=display, country=iso,
                              lat=None, lon=None, feature="PPL", population=0, admin1="", curated=True)
                out.insert(0, Candidate(start=s0, end=e0, text=name, options=[(entry, False)], source="dateline", head=doc[s0:e0].root.i))
        # "KAZAN, Russia": the later parts anchor the first
        for c in out[:1]:
            for other in out[1:]:
                self._anchor_from(c, other)
        return out

    def _landmark(self, doc: Doc, ent: SpacySpan) -> Candidate | None:
        """An unresolved facility with a landmark noun ("the Plaza de Mayo", "Rafah crossing")."""
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if not toks or len(toks) > 6:
            return None
        code = next((self.landmark_nouns[t.lower_] for t in toks if t.lower_ in self.landmark_nouns), None)
        if code is None or not toks[0].text[:1].isupper():
            return None
        # a proper name besides the landmark noun ("the Plaza de Mayo", not "Parliament")
        proper = [t for t in toks if t.lower_ not in self.landmark_nouns and t.text[:1].isupper()]
        if not proper:
            return None
        # the noun opens or closes the name ("Teatro Colón", "Rustaveli Avenue", "Palace of the
        # Government"), not in its middle ("the Wall Street Journal")
        at = next(k for k, t in enumerate(toks) if t.lower_ in self.landmark_nouns)
        if 0 < at < len(toks) - 1 and toks[at + 1].lower_ not in _CONNECTORS:
            return None
        while len(toks) > 2 and (toks[-1].lower_ in _CONNECTORS or toks[-1].lower_ == "of"):
            toks = toks[:-1]  # "the Plaza de Armas of" + "Asunción": the tagger's entity ends in its connector
        name = doc[toks[0].i : toks[-1].i + 1].text
        entry = Entry(idx=-1, geonameid=None, name=name, country=None, lat=None, lon=None, feature=code,
                      population=0, admin1="", curated=True)
        c = Candidate(start=toks[0].i, end=toks[-1].i + 1, text=name, options=[(entry, False)],
                      source="landmark", head=doc[toks[0].i : toks[-1].i + 1].root.i)
        # a place named inside it gives its country ("Leiden University", "University of Nairobi"),
        # not a person it is named after ("Camp David", "Hamid Karzai International Airport")
        noun_at = next(t.i for t in toks if t.lower_ in self.landmark_nouns)
        for t in proper:
            if t.i > noun_at and doc[t.i - 1].lower_ not in _CONNECTORS:
                continue
            if norm(t.text) in self.ambiguous:
                continue  # a common word ("Independence Square", "Victoria Park"), not the town of that name
            opts = [e for e, alias in self._lookup(t.text) if not alias]
            if opts:
                top = max(opts, key=lambda e: (e.is_country, e.population))
                if top.country:
                    c.anchors.add(top.country)
                    break
        return c

    def _cut_name(self, doc: Doc, ent: SpacySpan, taken: list[bool]) -> Candidate | None:
        """A place entity the tagger cut before the name's last word ("San Mateo" + "Pinas", the
        parser's compound): the longer name, from the gazetteer, else a town it lacks (its country
        as a landmark's, see _pick) in a place phrase, not a namesake of the first words abroad."""
        last = doc[ent.end - 1]
        j = last.head.i
        if last.dep_ != "compound" or not ent.end <= j < ent.end + 2 or not ent[0].text[:1].isupper():
            return None
        rest = doc[ent.end : j + 1]
        if any(taken[k] or t.ent_type_ or t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper()
               or t.lower_ in self.region_words or t.lower_ in self.landmark_nouns or t.lower_ in _DIVISION_WORDS
               for k, t in zip(range(ent.end, j + 1), rest)):
            return None
        s = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        opts = self._lookup(span_text(doc, s, j + 1))
        if opts:
            return self._cand(doc, s, j + 1, opts, "ner")
        if self._locative(doc[j]) is None:
            return None
        name = span_text(doc, s, j + 1)
        entry = Entry(idx=-1, geonameid=None, name=name, country=None, lat=None, lon=None, feature="PPL",
                      population=0, admin1="", curated=True)
        return Candidate(start=s, end=j + 1, text=name, options=[(entry, False)], source="landmark", head=j)

    def _named_division(self, doc: Doc, ent: SpacySpan) -> Candidate | None:
        """A place entity the gazetteer lacks that ends in its own capitalised division word
        ("Haidong City", "Caotan Village", "Weiyuan Township", "Yushu Prefecture"): a town or a
        division of that name; its country comes as a landmark's does (see _pick)."""
        if ent.label_ == "FAC":
            return None  # a building or site ("the Forbidden City"), no town
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        if not 2 <= len(toks) <= 4 or toks[-1].lower_ not in _DIVISION_WORDS or not toks[-1].text[:1].isupper():
            return None
        if not all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in _QUALIFIERS for t in toks):
            return None  # (not "the Southern Military District", a command)
        if any(t.pos_ != "PROPN" for t in toks[:-1]):
            return None  # a word the parser reads as a description ("Walled City"), not a name
        if toks[-1].lower_ in _SETTLEMENT_AFTER and (ent[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the"):
            return None  # an epithet, not a town's name ("Haidong City"): "the Forbidden City", "the Holy City of Najaf"
        feature = "PPL" if toks[-1].lower_ in _SETTLEMENT_AFTER else "ADM1" if toks[-1].lower_ in (
            "province", "state", "region", "oblast", "governorate", "territory") else "ADM2"
        name = doc[toks[0].i : toks[-1].i + 1].text
        entry = Entry(idx=-1, geonameid=None, name=name, country=None, lat=None, lon=None, feature=feature,
                      population=0, admin1="", curated=True)
        return Candidate(start=toks[0].i, end=toks[-1].i + 1, text=name, options=[(entry, False)], source="landmark",
                         head=doc[toks[0].i : toks[-1].i + 1].root.i, own_division=True)

    def _foreign_landmark(self, doc: Doc, i: int, taken: list[bool]) -> Candidate | None:
        """A landmark named in a Romance language from token ``i`` ("Palácio do Planalto",
        "Praça dos Três Poderes"): the landmark noun, connectors and capitalised words."""
        j = i
        while j < len(doc) and not taken[j] and (doc[j].text[:1].isupper() or doc[j].lower_ in _CONNECTORS):
            j += 1
        while j > i and doc[j - 1].lower_ in _CONNECTORS:
            j -= 1
        words = [t.lower_ for t in doc[i:j]]
        if j - i < 2 or not any(w in self.landmark_nouns for w in words):
            return None
        span = doc[i:j]
        code = next(self.landmark_nouns[w] for w in words if w in self.landmark_nouns)
        entry = Entry(idx=-1, geonameid=None, name=span.text, country=None, lat=None, lon=None, feature=code,
                      population=0, admin1="", curated=True)
        for k in range(i, j):
            taken[k] = True
        # the landmark noun heads the phrase ("in the Palácio ..."); the parser often reads the
        # foreign connector as a verb
        head = next(t.i for t in span if t.lower_ in self.landmark_nouns)
        return Candidate(start=i, end=j, text=span.text, options=[(entry, False)], source="landmark",
                         head=head)

    def _cand(self, doc: Doc, s: int, e: int, opts: list[tuple[Entry, bool]], source: str) -> Candidate:
        return Candidate(start=s, end=e, text=span_text(doc, s, e), options=opts, source=source,
                         head=doc_span(doc, s, e).root.i)

    def _locative(self, tok: Token) -> Token | None:
        """The locative preposition governing ``tok`` (through conj and appos), if any.

        "in/at/near/across X" always; "to/from X" after a motion verb; "on X" after a verb
        that is no actor verb ("shells fell on X", not "sanctions on X"); "with/of/between X"
        after a geographic noun ("its border with X", "the outskirts of X")."""
        t = tok
        for _ in range(6):
            if t.dep_ in ("conj", "appos") and t.head.i != t.i:
                t = t.head
                continue
            break
        if t.dep_ != "pobj":
            return None
        prep = t.head
        p = prep.lower_
        if p in self.loc_preps:
            return prep
        if p in self.cond_preps:
            ph = prep.head
            phl = ph.lemma_.lower()
            if phl in self.geo_nouns or ph.lower_ in self.geo_nouns:
                return prep
            if p in ("to", "from", "toward", "towards") and phl in self.motion_verbs \
                    and not (p == "to" and phl == "recall"):
                return prep  # (not "recalled its ambassador to Lithuania": the post, not a destination)
            if ph.pos_ == "NOUN" and ph.dep_ == "dobj" and ph.head.i < ph.i and (
                    p == "to" and ph.head.lemma_.lower() in self.motion_verbs and ph.head.lemma_.lower() != "recall"
                    or p == "from" and ph.head.lemma_.lower() in _REMOVAL_VERBS):
                return prep  # "recalled its ambassador from Phnom Penh", "sent troops to Kidal" (not "brought ministers from Japan")
            # a route: "flights from Kyiv to Warsaw", "the bridges from Cúcuta towards San Antonio"
            if p in ("to", "from", "toward", "towards", "between"):
                if (ph.pos_ in ("NOUN", "PROPN") or any(c.dep_ == "det" for c in ph.children)) \
                        and (phl in self.route_nouns or ph.lower_ in self.route_nouns):  # ("the freight trains between": tagged VERB)
                    if phl in _VISIT_NOUNS and not self._known_at(t):
                        return None  # a visit is to people too: "the visit to Modi" is no place the gazetteer lacks
                    return prep
                if p != "from" and ph.dep_ == "pobj" and ph.head.lower_ == "from" and (
                    ph.head.head.lemma_.lower() in self.route_nouns | self.motion_verbs
                ):
                    return prep
            if p == "from" and ph.pos_ in ("VERB", "AUX") and prep.i < ph.i:
                return prep  # "From Brasilia, the president celebrated ..."
            if p in ("on", "over") and ph.pos_ in ("VERB", "AUX") and phl not in self.actor_verbs:
                return prep
            if p == "of" and any(w in self.landmark_nouns for w in (ph.lower_, phl, ph.lower_[:-1])):
                return prep  # "the bases of Gao", "the port of Beirut"
            if p in ("on", "of", "against", "to") and phl in self.attack_nouns:
                return prep  # "strikes on Erbil", "the siege of the university"
            if p == "of" and ph.lower_ == "out" and ph.dep_ == "prep":
                return prep  # "pulled $20bn out of Egypt", "flew out of Rarotonga"
            if p in ("to", "with") and phl in _LINK_VERBS and self._route_subject(ph):
                return prep  # "the road which links the city to Port-au-Prince"
            if p == "of" and (phl == "control" or ph.pos_ == "VERB" and any(
                ch.dep_ == "dobj" and ch.lower_ == "control" for ch in ph.children
            )):
                return prep  # "took control of Kidal", "took control this Tuesday of Kidal"
        elif p == "for" and prep.head.lemma_.lower() in _DEPART_VERBS:
            return prep  # "left Tripoli for Misrata", "a ship bound for Odesa"
        return None

    def _route_subject(self, verb: Token) -> bool:
        """A way is the subject of ``verb`` ("the bridge links Russia to Crimea", "the road which
        connects X to Y"): its objects are places."""
        for ch in verb.children:
            if ch.dep_ == "nsubj":
                subj = verb.head if ch.tag_ == "WDT" and verb.dep_ == "relcl" else ch
                return subj.lemma_.lower() in self.route_nouns or subj.lower_ in self.route_nouns
        return False

    def candidates(self, doc: Doc) -> list[Candidate]:
        taken = [False] * len(doc)
        blocked = [False] * len(doc)
        self._ents_doc = None
        ents = self.entities(doc)
        texts = self._tokens(doc)[1]
        by_start = {e.start: e for e in ents}
        self._unresolved: set[int] = set()  # tokens of GPE/LOC entities the gazetteer lacks
        c: Candidate | None
        cands: list[Candidate] = self._dateline(doc)
        #: the countries the dateline names: a city of that country is accepted even where the
        #: parser tagged it as an organisation or a person ("Cúcuta" in a story from CÚCUTA)
        self._home: set[str] = set()
        for c in cands:
            for i in range(c.start, c.end):
                taken[i] = True
            best = max((e for e, alias in c.options if not alias), key=lambda e: (e.is_country, e.population), default=None)
            if best is not None and best.country:
                self._home.add(best.country)
        cands.extend(self._state_descriptions(doc, taken))
        if token_positions(doc, "LOWER", _EMBASSY_WORDS):
            self._embassies(doc, taken)
        for ent in ents:
            es, ee = ent.start, ent.end
            if any(taken[es:ee]):
                continue
            label = ent.label_
            if label in PLACE_LABELS:
                if not any(texts[k][:1].isupper() for k in range(es, ee)):
                    continue  # a common noun tagged as a place ("the metro", "the capital")
                longer = self._extend_right(doc, ent.start, ent.end, taken)
                nxt = by_start.get(ent.end)
                if longer == ent.end and nxt is not None and nxt.label_ not in NEVER_LABELS \
                        and any(not alias for _, alias in self._lookup(doc[ent.start : nxt.end].text)):
                    longer = nxt.end  # one name the parser cut in two ("Boa" GPE + "Vista" ORG)
                if longer > ent.end:
                    ent = doc[ent.start : longer]  # "Rio Grande" + "do Sul", "San Antonio" + "del Táchira"
                c = self._cut_name(doc, ent, taken)
                if c is None:
                    c = self._from_entity(doc, ent)
                if c is None:
                    c = self._landmark(doc, ent)
                if c is None:
                    c = self._named_division(doc, ent)
                if c is not None:
                    cands.append(c)
                    for i in range(c.start, c.end):
                        taken[i] = True
                else:
                    self._unresolved.update(range(ent.start, ent.end))
                taken[ent.start : ent.end] = [True] * (ent.end - ent.start)
            elif label in BLOCKING_LABELS:
                if label in ("ORG", "PERSON") and "," in texts[es:ee] and all(texts[k][:1].isupper() for k in range(es, ee) if texts[k] != ","):
                    continue  # "the nuclear facilities of Fordow, Natanz": a list of names is no one body or person
                blocked[es:ee] = [True] * (ee - es)
            elif label in NEVER_LABELS:
                if label in _NUMBER_LABELS and all(t.pos_ == "PROPN" and t.is_alpha for t in ent):
                    # a name misread as a number ("the city of Zhanaozen" tagged CARDINAL)
                    blocked[es:ee] = [True] * (ee - es)
                    continue
                taken[es:ee] = [True] * (ee - es)
        cands.extend(self._phrase_matches(doc, taken, blocked))
        # facilities tagged ORG ("the National Palace"): landmarks, kept only in a locative phrase
        for ent in ents:
            if ent.label_ == "ORG" and not any(taken[ent.start : ent.end]):
                c = self._landmark(doc, ent)
                if c is not None:
                    cands.append(c)
                    for i in range(c.start, c.end):
                        taken[i] = True
        descs = self._descriptions(doc, taken)
        # "the Myanmar capital", "the Mali capital, Bamako": the country noun that qualifies a
        # description is part of it, no place of its own
        within = [(d.span_start, d.start) for d in descs if d.span_start is not None and d.span_start < d.start]
        if within:
            cands = [c for c in cands if not (c.source != "description" and any(s <= c.start and c.end <= e for s, e in within)
                                               and any(o.is_country or o.feature == "ADM1" for o, _ in c.options))]
        cands.extend(descs)
        if token_positions(doc, "LOWER", _RANK_WORDS):
            cands = [c for c in cands if not self._ranked_of(doc, c)]
        cands.extend(self._anaphors(doc, taken))
        cands.extend(self._named_unknowns(doc, taken, cands))
        cands = self._lower_water(doc, cands)
        cands.sort(key=lambda c: c.start)
        self._divisions(doc, cands)
        return cands

    def _divisions(self, doc: Doc, cands: list[Candidate]) -> None:
        """"the state of Guanajuato", "the governorate of Idlib": the name of a division, whose
        gazetteer entry may carry the division word ("Guanajuato State") or share the name of
        its capital city; the division is preferred (see _score)."""
        for c in cands:
            if c.source not in ("ner", "gazetteer"):
                continue
            lowers = self._tokens(doc)[0]
            before = c.start >= 2 and lowers[c.start - 1] == "of" and lowers[c.start - 2] in self.region_words
            plain = not before or c.start < 3 or lowers[c.start - 3] in ("the", "a") or doc[c.start - 3].tag_ == "POS" \
                or doc[c.start - 3].is_punct
            # "Mustang district", "Idlib province": the division word after the name
            after = c.end < len(doc) and lowers[c.end] in _DIVISION_AFTER and doc[c.start].text[:1].isupper()
            # "in the state Miranda", "the municipality Sucre": translation's order, the word before the name
            if not (before or after) and c.start >= 2 and lowers[c.start - 2] == "the" and doc[c.start - 1].text[:1].islower() \
                    and (lowers[c.start - 1] in self.region_words or lowers[c.start - 1] in _DIVISION_BEFORE) \
                    and doc[c.start:c.end].root.dep_ not in ("nsubj", "nsubjpass") \
                    and not any(o.is_country for o, _ in c.options):
                # (not the subject of a clause that drops "which": "the region Russia seized", "the
                # region China claims"; and never a country's name)
                before = True
            if not (before or after):
                continue
            c.division = True
            c.plain_division = plain
            c.county = after and doc[c.end].text[:1].isupper()
            if c.start > 0 and doc[c.start - 1].text in _COMPASS_NAMES:
                c.qualifier = doc[c.start - 1].text
            have = {e.idx for e, _ in c.options}
            for word in ("State", "Province", "Region", "Governorate", "Oblast", "Department"):
                for e, alias in self._lookup(f"{c.text} {word}"):
                    if e.idx not in have:
                        c.options.append((e, alias))
                        have.add(e.idx)

    def _named_unknowns(self, doc: Doc, taken: list[bool], cands: list[Candidate]) -> list[Candidate]:
        """Places the gazetteer lacks, named by the text itself: "the neighbourhood of
        Gemmayze", "the town of Gossi", and names coordinated with a found place ("the bases
        of Gao, Ménaka and Gossi"). Their country is that of the place they are listed with,
        else the article's main country (as for landmarks)."""
        out: list[Candidate] = []
        by_tok = {i: c for c in cands for i in range(c.start, c.end)}
        self._by_noun = set()  # names a naming noun introduced ("the town of Badme")

        def proper_span(tok: Token, named: bool = False) -> tuple[int, int] | None:
            free = (lambda k: not taken[k] or k in self._unresolved)
            if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or not free(tok.i):
                return None
            s = tok.i
            while s > 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].head.i == tok.i \
                    and doc[s - 1].pos_ == "PROPN" and free(s - 1) and (doc[s - 1].text[:1].isupper() or doc[s - 1].lower_ in _CONNECTORS):
                s -= 1  # (not a lower-case division word the tagger calls a name: "the canton Alausí")
            e = self._ent_at[tok.i]
            if e is not None and e.label_ in BLOCKING_LABELS | NEVER_LABELS:
                # "the city of Derna" tagged ORG, "the peninsula of Afungi" tagged PERSON: the
                # naming noun outweighs the tag when the entity is exactly the name
                if not (named and e.label_ in BLOCKING_LABELS and e.label_ != "NORP" and e.start == s and e.end == tok.i + 1):
                    return None
            if tok.text == "Y":
                # "the department of Chocó Y in Antioquia": machine translation's "and", no part of the name
                return (s, tok.i) if s < tok.i else None
            return s, tok.i + 1

        def add(tok: Token, feature: str, anchor: Candidate | None, named: bool = False) -> None:
            sp = proper_span(tok, named)
            if sp is None:
                return
            s, e = sp
            name = doc[s:e].text
            found = self._lookup(name)
            if (found and feature != "PPL" or found and not all(alias for _, alias in found)) and not (
                    named and name != doc[s : tok.i + 1].text and not any(taken[s:e])):
                return  # a gazetteer name: the ordinary path decides
            if found:
                # "the city of Derna": a name the gazetteer knows only as an alternate spelling
                # ("Darnah"), which phrase matching leaves out; the naming noun makes it a place
                if any(s <= o.start < e or o.start <= s < o.end for o in out):
                    return
                c = self._cand(doc, s, e, found, "gazetteer")
                c.head = tok.i  # (the MT "Y" the parser made the name's head carries its role)
                out.append(c)
                for k in range(s, e):
                    taken[k] = True
                    self._unresolved.discard(k)
                return
            entry = Entry(idx=-1, geonameid=None, name=name, country=None, lat=None, lon=None, feature=feature,
                          population=0, admin1="", curated=True)
            c = Candidate(start=s, end=e, text=name, options=[(entry, False)], source="landmark", head=tok.i)
            if anchor is not None and anchor.entry is None and anchor.options:
                top = max((o for o, _ in anchor.options), key=lambda o: o.population)
                if top.country:
                    c.anchors.add(top.country)
            elif anchor is not None and anchor.entry is not None and anchor.entry.country:
                c.anchors.add(anchor.entry.country)
            out.append(c)
            for k in range(s, e):
                taken[k] = True
                self._unresolved.discard(k)

        lowers = self._tokens(doc)[0]
        #: words of the article's longer person names ("sat near Kowalski" after "Jan Kowalski")
        people = {t.text for e in self._ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        for i in token_positions(doc, "LOWER", _NAMING_NOUNS):
            tok = doc[i]
            code = _NAMING_NOUNS[lowers[i]]
            if tok.pos_ != "NOUN":
                continue
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            add(obj, code, None, named=True)
                            self._by_noun.add(obj.text)
                            for cj in obj.conjuncts:
                                add(cj, code, None, named=True)
                                self._by_noun.add(cj.text)
        # "Rubaya, a mining town": a name with an indefinite naming noun in apposition
        for i in token_positions(doc, "LOWER", _NAMING_NOUNS):
            tok = doc[i]
            if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.i < i and tok.head.pos_ == "PROPN" \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) \
                    and doc[tok.head.i + 1].text == "," and (not taken[tok.head.i] or tok.head.i in self._unresolved):
                n_out = len(out)
                add(tok.head, _NAMING_NOUNS[lowers[i]], None, named=True)
                self._by_noun.add(tok.head.text)
                if len(out) > n_out and out[-1].source == "landmark":
                    out[-1].role = "geo"  # the apposition says it is a place, whatever the verb ("develop Ras El Hekma, a headland")
        # "an ambush at Madjoari, in the east", "took off from Chimoré, in the tropical zone of
        # Cochabamba", "will meet in Moldo, on the Chinese side": a name the gazetteer lacks, tagged
        # as a person or body, placed by a preposition and then placed again after a comma, in a
        # story whose dateline sets it in a country ("talks at Gazprom, in Moscow" are rarer there)
        for ent in self._ents if self._home else ():
            if ent.label_ not in ("ORG", "PERSON") or len(ent) > 2 or taken[ent.start] or ent.start == 0 \
                    or ent.end + 2 >= len(doc) or ent.text.isupper() or ent.text in people \
                    or not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in ent):
                continue
            before = doc[ent.start - 1].lower_
            if not (before in _AGAIN_PLACED_PREPS or before == "from" and self._locative(ent.root) is not None):
                continue
            comma, p2, w3 = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
            if comma.text != "," or not (p2.lower_ in ("in", "on", "near") and (w3.lower_ == "the" or w3.pos_ == "PROPN" and w3.text[:1].isupper())
                                         or p2.lower_ in _COMPASS and w3.lower_ == "of"):
                continue
            if w3.lower_ == "the" and ent.end + 3 < len(doc) and doc[ent.end + 3].lower_ in _TIME_AFTER_THE:
                continue  # "at Kowalski's, in the evening": a time, not a place
            if not self._lookup(ent.text):
                add(ent.root, "PPL", None, named=True)
        for ent in self._ents:
            if ent.label_ in ("GPE", "LOC") and ent.start in self._unresolved and len(ent) <= 3 \
                    and self._locative(ent.root) is not None:
                root = ent.root
                if root.lower_ in self.region_words and root.i > ent.start and doc[root.i - 1].pos_ == "PROPN":
                    # "in Kantharalak district of Sisaket province": a division the gazetteer lacks
                    add(doc[root.i - 1], "ADM1" if root.lower_ in ("province", "state", "region", "governorate", "oblast") else "ADM2",
                        None, named=True)
                elif root.lower_ in _SETTLEMENT_AFTER and root.i + 2 < len(doc) and doc[root.i + 1].lower_ == "of" \
                        and doc[root.i + 2].pos_ == "PROPN" and (ent[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the"):
                    continue  # "in the Holy City of Najaf", "the Imperial City of Hue": an epithet of the place after it
                else:
                    add(root, "PPL", None)  # "clashes in Gossi": a place the gazetteer lacks
            elif ent.label_ == "ORG" and len(ent) == 1 and not taken[ent.start] and ent.start > 0 and self._home \
                    and not ent.text.isupper() and ent.text.isalpha() and ent.text not in people:
                # the same for a town tagged ORG, after a word that only places ("near Dioura",
                # "outside Kidal", "opposite Kupwara") or "towards" after a motion verb ("moved
                # toward Talataye"); "into", "across", "through" also take firms and bodies
                prev = doc[ent.start - 1]
                placing = self._locative(ent.root)
                if (prev.lower_ in _SPATIAL_WORDS or prev.lower_ in ("towards", "toward") and placing is not None
                        and placing.i == prev.i and prev.head.lemma_.lower() in self.motion_verbs) \
                        and not self._lookup(ent.text):
                    add(ent.root, "PPL", None, named=True)
            elif ent.label_ == "PERSON" and len(ent) == 1 and not taken[ent.start] and ent.start > 0 and self._home:
                # a one-word name tagged PERSON right after a preposition that places things, not
                # people ("withdrew towards Tinzaouaten", "opposite Kupwara", "the road through
                # Namsiguia"), in a story whose dateline sets it in a country (the town's); "in",
                # "at", "with" also take people and firms ("at Smith's"); no word of a longer
                # person name in the article
                placing = self._locative(ent.root)
                if (placing is not None and placing.i == ent.start - 1 and placing.lower_ in _PLACING_PREPS
                        or doc[ent.start - 1].lower_ in _SPATIAL_WORDS) and not self._lookup(ent.text) \
                        and ent.text not in people:
                    # ("opposite Kupwara" parsed as an adjective and a noun phrase: the word decides)
                    add(ent.root, "PPL", None, named=True)
        #: per coordination, its names that are no candidate yet but tagged as places; each is
        #: tried once, with the first found place listed with it as its anchor
        untried: dict[int, list[int]] = {}
        for c in cands:
            if c.source not in ("ner", "gazetteer"):
                continue
            if _verb_after_conjunct(doc, c.head, c.end, self.actor_verbs) is not None:
                continue  # "... on Rustaveli Avenue and the United States warned": no list of places
            group = self._coordination(doc, c.head)
            if len(group) < 2:
                continue
            todo = untried.get(group[0])
            if todo is None:
                todo = untried[group[0]] = [k for k in group if k not in by_tok
                                            and getattr(self._ent_at[k], "label_", None) in PLACE_LABELS]
            for k in todo:
                add(doc[k], "PPL", c)
            todo.clear()
        if self._home:
            self._divisions_by_word(doc, taken, out)
        self._crossings_by_word(doc, taken, out)
        self._facilities_by_word(doc, taken, out)
        self._towns_tagged_as_names(doc, taken, cands, out)
        self._named_again(doc, taken, out)
        return out

    def _divisions_by_word(self, doc: Doc, taken: list[bool], out: list[Candidate]) -> None:
        """"in Enga province", "reached Wayanad district", "Zindajan district": a name of one or two
        capitalised words right before a lower-case division word, which the gazetteer lacks and the
        tagger read as anything (an organisation, a nationality, an adjective), in a story whose
        dateline sets it in a country: a division of that country (see _pick, landmarks)."""
        lowers, texts = self._tokens(doc)
        for i in token_positions(doc, "LOWER", _DIVISION_AFTER):
            if i < 1 or texts[i] != lowers[i]:
                continue
            e = i
            s = e - 1
            ok = lambda k: (texts[k][:1].isupper() and doc[k].is_alpha and (not taken[k] or k in self._unresolved)  # noqa: E731
                            and texts[k].casefold() not in self.demonyms and k != self.sent_start(doc, k))
            if not ok(s) or s > 0 and lowers[s - 1] == "the" and i + 2 < len(doc) and lowers[i + 1] == "of" \
                    and texts[i + 2][:1].isupper():
                continue  # ("the Andean province of Chimborazo": the name follows "of", the word before is an adjective)
            if s > 0 and ok(s - 1) and doc[s - 1].pos_ == "PROPN":
                s -= 1  # "Oddar Meanchey province"
            name = self._span_text(doc, s, e)
            if self._lookup(name) or any(s < o.end and o.start < e for o in out):
                continue
            entry = Entry(idx=-1, geonameid=None, name=name, country=None, lat=None, lon=None,
                          feature="ADM1" if lowers[i] in ("province", "prefecture", "governorate") else "ADM2",
                          population=0, admin1="", curated=True)
            out.append(Candidate(start=s, end=e, text=name, options=[(entry, False)], source="landmark", head=doc[s:e].root.i))
            for k in range(s, e):
                taken[k] = True
                self._unresolved.discard(k)

    def _crossings_by_word(self, doc: Doc, taken: list[bool], out: list[Candidate]) -> None:
        """"the Benapole crossing", "the Islam Qala border post", "the Attari land border crossing",
        "the border post of Malpasse", "the border port of Gyirong": a border crossing the gazetteer
        lacks, named after a place of one or two capitalised words (the tagger reads it as anything),
        is that place (the gold names the crossing by its town); its country is the story's
        (_pick, landmarks): the side it is named after is most often the side the story is set on."""
        lowers, texts = self._tokens(doc)
        n = len(doc)
        for i in token_positions(doc, "LOWER", _CROSSING_WORDS):
            if texts[i] != lowers[i] or doc[i].dep_ == "compound":
                continue  # (not "the Brexit border post plan": a plan, no crossing)
            word = lowers[i]
            # the name before the word: "the Benapole crossing", "the Islam Qala border post"
            e = i
            while e > 0 and lowers[e - 1] in _CROSSING_QUALIFIERS:
                e -= 1
            bordered = e < i  # "border post", "land border crossing"
            spans: list[tuple[int, int]] = []
            if (word == "crossing" or bordered) and e > 0:
                spans.append((e - 1, e))
            # the name after "of": "the border post of Malpasse", "the crossing of Rafah"
            if (word == "crossing" or bordered) and i + 2 < n and lowers[i + 1] == "of":
                spans.append((i + 2, i + 3))
            for s0, e0 in spans:
                if not self._crossing_name_word(doc, s0, taken):
                    continue
                if s0 < i:
                    s, e1 = s0, e0
                    if s > 0 and self._crossing_name_word(doc, s - 1, taken) and doc[s - 1].pos_ == "PROPN":
                        s -= 1  # "the Chong Chom crossing"
                    if s == 0 or lowers[s - 1] != "the":
                        continue  # "Sunday's crossing", "a Mediterranean crossing": no name of its own
                else:
                    s, e1 = s0, e0
                    if e1 < n and self._crossing_name_word(doc, e1, taken) and doc[e1].pos_ == "PROPN":
                        e1 += 1
                if any(self._odd_crossing_entity(self._ent_at[k], s, e1)
                       or getattr(self._ent_at[k], "label_", None) in ("ORG", "NORP") for k in range(s, e1)):
                    continue  # "the Sunday crossing"; a longer name; "the President Biden border plan"; a firm's ("the Eurostar crossing")
                name = self._span_text(doc, s, e1)
                if self._known_or_found(name, s, e1, out):
                    continue  # a known place: the ordinary path decides
                # the crossing word says it is a place, whatever the verb ("closed the Attari crossing");
                # its country: the known place after it, else the story's side (_pick), not the dateline's
                self._add_unlisted(doc, s, e1, name, "PPL", self._facility_country(doc, max(i, e1 - 1)), taken, out)
                break

    def _facilities_by_word(self, doc: Doc, taken: list[bool], out: list[Candidate]) -> None:
        """"at the Kumtor mine", "landed at Esenboga airport", "in the Zamzam displacement camp": a
        facility the gazetteer lacks, named by one or two capitalised words before a lower-case
        facility noun (lexicon ``facility_nouns``; up to two lower-case words between: "the Dukovany
        nuclear power plant"), in a locative phrase. A station, port or camp is named after its town
        and is that town (the gold's "Bahanaga Bazar station" -> Bahanaga Bazar); an airport, dam or
        plant is the facility ("Kakhovka Dam"). Only one set in a known place named right after it
        ("the Mallaha dam near Manbij"), whose country it takes: without one, the dateline's or the
        story's country is a guess that lowered country accuracy ("DHAKA — ... landed at Heathrow
        airport" is not Bangladeshi). Names of firms, bodies and nationalities are left alone ("the
        Tesla plant")."""
        lowers, texts = self._tokens(doc)
        for i in token_positions(doc, "LOWER", self.facility_nouns):
            tok = doc[i]
            if texts[i] != lowers[i] or tok.pos_ != "NOUN" or self._locative(tok) is None and not (
                    tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.place_object_verbs):
                continue  # ("stormed the Zamzam camp": the object of a verb of place)
            e = i
            while e > 0 and i - e < 2 and texts[e - 1] == lowers[e - 1] and doc[e - 1].is_alpha \
                    and doc[e - 1].pos_ in ("NOUN", "ADJ") and lowers[e - 1] not in ("the", "a", "an"):
                e -= 1  # "nuclear power", "displacement", "gold"
            if e == 0 or not self._crossing_name_word(doc, e - 1, taken):
                continue
            s = e - 1
            if s > 0 and self._crossing_name_word(doc, s - 1, taken) and doc[s - 1].pos_ == "PROPN":
                s -= 1  # "the Nur Khan air base", "Ben Gurion airport"
            if any(getattr(self._ent_at[k], "label_", None) in ("ORG", "NORP")
                   or self._odd_crossing_entity(self._ent_at[k], s, e) for k in range(s, e)):
                continue
            name = self._span_text(doc, s, e)
            if self._known_or_found(name, s, e, out):
                continue  # a known place: the ordinary path decides
            iso = self._facility_country(doc, i)
            if iso is None:
                continue  # no known place beside it: the dateline's or the story's country would be a guess ("DHAKA — ... landed at Heathrow airport")
            feature = self.facility_nouns[lowers[i]]
            town = feature == "PPL"
            full = name if town else " ".join([name] + [w.title() for w in texts[e : i + 1]])  # "Kumtor Gold Mine"
            c = self._add_unlisted(doc, s, e, full, feature, iso, taken, out)  # the facility noun says it is a place
            if not town:
                c.span_end = i + 1  # the facility's span runs to its noun

    def _known_or_found(self, name: str, s: int, e: int, out: list[Candidate]) -> bool:
        """``name`` at ``doc[s:e]`` is a nationality or a name the gazetteer knows, or overlaps a
        candidate found already: no crossing or facility of its own."""
        return name.casefold() in self.demonyms or bool(self._lookup(name)) or any(s < o.end and o.start < e for o in out)

    def _add_unlisted(self, doc: Doc, s: int, e: int, name: str, feature: str, iso: str | None,
                      taken: list[bool], out: list[Candidate]) -> Candidate:
        """Add ``doc[s:e]`` as a place the gazetteer lacks (a crossing's town, a facility) called
        ``name``, of ``feature``, anchored to ``iso`` when given: a place whatever the verb."""
        entry = Entry(idx=-1, geonameid=None, name=name, country=None, lat=None, lon=None, feature=feature,
                      population=0, admin1="", curated=True)
        c = Candidate(start=s, end=e, text=name, options=[(entry, False)], source="landmark", head=doc[s:e].root.i)
        c.role = "geo"
        if iso:
            c.anchors.add(iso)
        out.append(c)
        for k in range(s, e):
            taken[k] = True
            self._unresolved.discard(k)
        return c

    def _facility_country(self, doc: Doc, i: int) -> str | None:
        """The country of a facility or crossing whose last word is ``doc[i]``: that of the known
        place it is set in right after it ("the Shayrat airfield near Homs", "the X camp, in North
        Darfur"), else None (a crossing then takes the story's main country, _pick; a facility is
        dropped). Not the dateline's country: a story from DHAKA may tell of Heathrow airport, and a
        border crossing in a story from BRUSSELS is not Belgian."""
        n = len(doc)
        k = i + 1
        if k < n and doc[k].text == ",":
            k += 1
        if k + 1 < n and doc[k].lower_ in ("near", "in", "outside", "at"):
            k += 1
            if doc[k].lower_ == "the" and k + 1 < n:
                k += 1
            end = k
            while end < n and end - k < 4 and doc[end].text[:1].isupper() and (doc[end].is_alpha or doc[end].text == "-"):
                end += 1
            for j in range(end, k, -1):
                opts = [o for o, alias in self._lookup(self._span_text(doc, k, j)) if not alias and o.country]
                if opts:
                    return max(opts, key=lambda o: (o.is_country, o.population)).country
        return None

    @staticmethod
    def _odd_crossing_entity(ent: SpacySpan | None, s: int, e: int) -> bool:
        """An entity that keeps ``doc[s:e]`` from naming a crossing: a date or number, one that runs
        past it, or a person's name after a title in it ("President Biden")."""
        if ent is None:
            return False
        return ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") or ent.start < s or ent.end > e \
            or ent.label_ == "PERSON" and ent.start > s

    def _crossing_name_word(self, doc: Doc, k: int, taken: list[bool]) -> bool:
        """A capitalised word that can be (part of) the name of a crossing: not a sentence's first
        word, no nationality word, no word of a name found already."""
        t = doc[k]
        return t.text[:1].isupper() and t.is_alpha and not (taken[k] and k not in self._unresolved) \
            and t.text.casefold() not in self.demonyms and k != self.sent_start(doc, k) and t.lower_ not in _CROSSING_QUALIFIERS

    def _named_again(self, doc: Doc, taken: list[bool], out: list[Candidate]) -> None:
        """A place the gazetteer lacks that the text has named ("the border town of Badme") is
        that place where the same name comes again ("whose region borders Badme"); the role rules
        then decide, as for any landmark (a place phrase or a verb of place)."""
        named = {c.text: c for c in out if c.source == "landmark" and c.text in self._by_noun and c.options
                 and c.options[0][0].feature.startswith("PPL") and " " not in c.text.strip() and c.text.isalpha()
                 and not c.text.isupper()}
        if not named:
            return
        texts = self._tokens(doc)[1]
        for i in self._caps:
            c = named.get(texts[i])
            if c is None or taken[i] or c.start == i or doc[i].pos_ != "PROPN":
                continue
            if i + 1 < len(doc) and texts[i + 1][:1].isupper():
                continue  # part of a longer name
            again = Candidate(start=i, end=i + 1, text=c.text, options=list(c.options), source="landmark", head=i,
                              anchors=set(c.anchors))
            out.append(again)
            taken[i] = True

    def _towns_tagged_as_names(self, doc: Doc, taken: list[bool], cands: list[Candidate], out: list[Candidate]) -> None:
        """A gazetteer town the tagger read as a person or organisation, in a sentence that names
        a place of the town's country, where the sentence places it: listed with that place ("left
        Tripoli for Misrata and Sirte"), or the object of a verb of place or attack ("In Cabo
        Delgado, insurgents attacked Macomia and Mocímboa da Praia"). No word of a longer person
        name in the article, no subject, no possessor."""
        found = [c for c in (*cands, *out) if c.source in ("ner", "gazetteer", "dateline") and c.options]
        if not found:
            return
        by_sent: dict[int, set[str]] = {}
        for c in found:
            if c.source == "dateline":
                continue
            top = max((o for o, _ in c.options), key=lambda o: o.population)
            if top.country:
                by_sent.setdefault(self.sent_start(doc, c.head), set()).add(top.country)
        if not by_sent and not self._home:
            return  # no sentence names a place of a country, nor a dateline: no town below can be taken
        # the names listed with a found place: a coordination's members but the found one itself
        # where it holds only one (asked once per coordination, not once per member)
        heads_in: dict[int, list[int]] = {}
        for c in found:
            group = self._coordination(doc, c.head)
            if len(group) > 1:
                heads_in.setdefault(group[0], []).append(c.head)
        listed: set[int] = set()
        for first, heads in heads_in.items():
            group = self._coordination(doc, first)
            listed.update(group if len(set(heads)) > 1 else (k for k in group if k != heads[0]))
        # each word of a longer person name -> where those names start (a name is no word of itself)
        person_starts: dict[str, set[int]] = {}
        for e in self._ents:
            if e.label_ == "PERSON" and len(e) > 1:
                for t in e:
                    person_starts.setdefault(t.text, set()).add(e.start)
        for ent in self._ents:
            if ent.label_ not in ("ORG", "PERSON") or len(ent) > 4 or any(taken[ent.start : ent.end]):
                continue
            root = ent.root
            countries = by_sent.get(self.sent_start(doc, root.i))  # (asked first: the cheapest test that fails most)
            # else the dateline's country, for a town by its own name ("PORT-AU-PRINCE — Gangs attacked Mirebalais")
            dated = not countries
            countries = countries or self._home
            if not countries or ent.text.isupper() \
                    or any(len(st) > 1 or ent.start not in st for st in (person_starts.get(t.text) for t in ent) if st) \
                    or not all(t.pos_ == "PROPN" or t.is_lower and t.is_alpha for t in ent) or not ent[0].text[:1].isupper():
                continue
            chain = root
            while chain.dep_ == "conj" and chain.head is not chain:
                chain = chain.head
            verb = chain.head
            placed = root.i in listed or chain.dep_ == "dobj" and (verb.lemma_.lower() in self.place_object_verbs
                                                                    or verb.lemma_.lower() in ("attack", "ambush"))
            if not placed:
                continue
            opts = [(e, a) for e, a in self._lookup(ent.text)
                    if e.country in countries and e.feature.startswith("PPL") and (not a or e.population >= 100_000 and not dated)]
            if not opts:
                continue
            cand = self._cand(doc, ent.start, ent.end, opts, "gazetteer")
            if root.i not in listed:
                cand.role = "place-object"  # "attacked Macomia": the verb places it ("attack" takes people too)
            out.append(cand)
            for k in range(ent.start, ent.end):
                taken[k] = True

    def _phrase_matches(self, doc: Doc, taken: list[bool], blocked: list[bool]) -> list[Candidate]:
        out: list[Candidate] = []
        first = self.gaz.first_words
        keys = self.gaz.phrase_keys
        n = len(doc)
        # names spaCy tagged as a person, organisation or title: their GeoNames alternate spellings
        # count too ("Avdiivka" for Avdiyivka, tagged PERSON), where _accept_phrase lets them in
        ent_end = {e.start + (1 if doc[e.start].lower_ == "the" else 0): e.end for e in self._ents
                   if e.label_ in BLOCKING_LABELS and e.label_ != "NORP" and len(e) <= 4}
        lowers, texts = self._tokens(doc)
        nxt = 0  # the first word not inside a name found already
        for i in self._caps:  # a name starts with a capital
            if i < nxt or taken[i]:
                continue
            e_end = ent_end.get(i)
            if e_end is not None and not any(taken[i:e_end]):
                span = doc_span(doc, i, e_end)
                name = span_text(doc, i, e_end)
                key = norm(name)
                if key not in keys and key in self.gaz.index and self._accept_phrase(doc, span, blocked):
                    out.append(self._cand(doc, i, e_end, self._lookup(name), "gazetteer"))
                    for k in range(i, e_end):
                        taken[k] = True
                    nxt = e_end
                    continue
            maxlen = first.get(norm(texts[i]))
            if not maxlen and i + 1 < n and texts[i + 1] in ("'s", "’s"):
                maxlen = first.get(norm(texts[i] + texts[i + 1]))  # "Cox's Bazar": "Cox" + "'s"
                maxlen = maxlen + 1 if maxlen else maxlen
            if not maxlen:
                continue
            hit = None
            for j in range(min(n, i + maxlen + 2), i, -1):
                if any(taken[i:j]):
                    continue
                if j + 1 < n and lowers[j] in _CONNECTORS and texts[j + 1][:1].isupper() \
                        and lowers[j] not in ("of", "the"):
                    # "Palácio do Planalto", "Casa de Nariño": part of a longer foreign name
                    lm = None if blocked[i] else self._foreign_landmark(doc, i, taken)
                    if lm is not None:
                        out.append(lm)
                        hit = doc[lm.start : lm.end]
                        break
                    continue
                key = norm(self._span_text(doc, i, j))
                if key not in keys and (" y " not in key or key.replace(" y ", " and ") not in keys):
                    continue
                span = doc_span(doc, i, j)
                if self._accept_phrase(doc, span, blocked):
                    # accepted on a name of its own; alternate spellings of other places stay
                    # candidates for the resolution ("Santiago" for Santiago de los Caballeros)
                    found = self._lookup(span_text(doc, i, j))
                    opts = found if any(not a for _, a in found) else []
                    if opts:
                        hit = span
                        out.append(self._cand(doc, i, j, opts, "gazetteer"))
                        for k in range(i, j):
                            taken[k] = True
                        break
            if hit is not None:
                nxt = hit.end
        return out

    def _accept_phrase(self, doc: Doc, span: SpacySpan, blocked: list[bool]) -> bool:
        key = norm(span.text)
        loc: Token | None = self._locative(span.root)
        root = span.root
        if loc is None and root.dep_ in ("compound", "nmod") and (
            root.head.lower_ in self.landmark_nouns or root.head.lemma_.lower().lstrip("-") in self.geo_nouns
        ):
            loc = root.head  # "the Rafah crossing", "the Kharkiv region" (also a town tagged as a noun: "the Ouanaminthe crossing")
        if not any(t.pos_ == "PROPN" for t in span):
            # a town the tagger read as a common noun ("the outskirts of Sake", "troops to
            # Sake"): capitalised inside its sentence, in a locative phrase, and a town of a
            # country the dateline names
            if loc is None or self.sent_start(doc, span.start) == span.start \
                    or not all(t.text[:1].isupper() for t in span) or not self._home_place(span.text):
                return False
        # the object of a verb whose object is a place ("reinforced Dajabón", "shelled Vuhledar,
        # Chasiv Yar and Avdiivka"), through conjuncts
        t = root
        for _ in range(6):
            if t.dep_ in ("conj", "appos") and t.head.i != t.i:
                t = t.head
            else:
                break
        placed = t.dep_ == "dobj" and t.head.lemma_.lower() in self.place_object_verbs
        if placed and loc is None:
            loc = t.head
        ent_blocked = any(blocked[t.i] for t in span)
        if ent_blocked:
            # a mislabelled name ("Split", "Tigray" tagged PERSON, "Buenos Aires" tagged ORG) is
            # taken back only when the entity is exactly this name, and either a locative
            # preposition governs it or it is a well-known place that is no common word
            ent = self._ent_at[span.start] or self._ent_at[span.end - 1]
            if ent is None:
                return False
            s0 = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            # a translated "and" the parser read as part of a name ("Concepción Y Antofagasta"
            # tagged PERSON) bounds a name as the entity's edges do
            listed = self._list_of_names(doc, s0, ent.end)
            whole = (s0 == span.start or doc[span.start - 1].text in _MT_AND) and (
                ent.end == span.end or doc[span.end].text in _MT_AND
            ) or listed
            if listed and loc is None and t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.pos_ == "NOUN":
                loc = t.head  # "200 ambulances from Bhubaneswar and Cuttack": where they come from
            if ent.label_ in _TITLE_LABELS and loc is not None:
                pass  # "advanced on Goma and Beni in North Kivu" read as a title: the prepositions decide
            elif ent.label_ == "NORP":
                # "across Punjab" tagged NORP (for "Punjabi"): a name that is no nationality word
                if not (whole and loc is not None and span.text.casefold() not in self.demonyms):
                    return False
            elif not whole and not (ent.start > span.start and ent.end == span.end and loc is not None
                                    and self._well_known(span.text)):
                return False  # (a well-known place whose last words were tagged: "sent from Santo Domingo", "Domingo" PERSON)
            if key in self.ambiguous and loc is None:
                return False
            if loc is None and not self._well_known(span.text) and not self._home_city(span.text):
                return False
        if key in self.ambiguous and loc is None:
            return False
        if key in self.ambiguous and self.sent_start(doc, span.start) == span.start:
            return False
        opts = self._lookup(span.text)
        best = max((e.population for e, alias in opts if not alias), default=0)
        strong = any(e.is_country or e.feature in ("ADM1", "PPLC") or e.curated for e, alias in opts if not alias)
        return strong or best >= 1_000_000 or loc is not None or self._home_city(span.text)

    def _list_of_names(self, doc: Doc, s: int, e: int) -> bool:
        """The entity ``doc[s:e]`` is two or more names the gazetteer knows by their own names,
        joined by commas and "and" ("Bhubaneswar and Cuttack", "Sydney and Adelaide" tagged ORG):
        each name then bounds a place as the entity's edges do. A firm's name of two words joined
        by "and" ("Marks and Spencer") still needs a place phrase or a well-known place."""
        parts: list[list[str]] = [[]]
        for t in doc[s:e]:
            if t.lower_ in ("and", ",") or t.text in _MT_AND:
                parts.append([])
            else:
                parts[-1].append(t.text)
        if len(parts) < 2 or any(not p for p in parts):
            return False
        return all(any(not alias for _, alias in self._lookup(" ".join(p))) for p in parts)

    def _home_place(self, name: str) -> bool:
        """A place (by its own name) of a country the dateline names."""
        home = getattr(self, "_home", ())
        return bool(home) and any(not alias and e.country in home for e, alias in self._lookup(name))

    def _home_city(self, name: str) -> bool:
        """A city of 100,000 people or more in a country the dateline names."""
        home = getattr(self, "_home", ())
        return bool(home) and any(
            not alias and e.country in home and e.population >= SMALL_PLACE for e, alias in self._lookup(name)
        )

    @staticmethod
    def landmark_nouns_codes(lex: dict) -> set[str]:
        return set(lex["landmark_nouns"].values()) | {"BLDG", "INSM", "AIRP", "PS"}

    def _well_known(self, name: str) -> bool:
        return any(
            e.is_country or e.feature in ("ADM1", "PPLC") or e.curated or e.population >= 500_000
            for e, alias in self._lookup(name)
            if not alias
        )

    def _descriptions(self, doc: Doc, taken: list[bool]) -> list[Candidate]:
        """'the Chinese capital' -> Beijing; 'the capital' -> the article's main country's capital."""
        out: list[Candidate] = []
        c: Candidate | Token | None  # a candidate, or a child token while reading 'the X capital'
        self._tokens(doc)  # the word lists the helpers read
        for tok in [doc[k] for k in token_positions(doc, "LOWER", self._description_words)]:
            if tok.lower_ in self.territory_nouns and not taken[tok.i]:
                c = self._territory(doc, tok)
                if c is not None:
                    out.append(c)
                continue
            if tok.lower_ not in _DESCRIPTION_NOUNS or tok.pos_ not in ("NOUN", "PROPN") or taken[tok.i]:
                continue
            # "the capital of X": the name is given; "X, the capital" / "the capital, X" / "the
            # provincial capital Quetta": the description stands for that name. Other nouns
            # ("Tripoli, the northern city", "Ganja, the country's second city") only in apposition
            # to a name; "capital" then even with "of" ("Mekele, the capital of the rebel region")
            link: int | None = None
            appos_name = tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and not (appos_name and tok.lower_ == "capital"):
                continue
            if tok.lower_ != "capital" and not appos_name:
                continue
            if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                link = tok.head.i
            else:
                ap = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
                if ap:
                    link = ap[0].i
                elif tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper():
                    link = tok.i + 1
            if link is None and (tok.dep_ == "appos" or any(c.dep_ == "appos" and not _measure(c) for c in tok.children)):
                continue  # (a distance in apposition is no name: "the Afghan capital, 150 km to the west")
            subnational = any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _SUBNATIONAL
                              for c in tok.children if c.i < tok.i)
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("city", "cities", "region", "markets", "gains"):
                continue
            country = None
            start = tok.i
            for c in tok.children:
                if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                    iso = self.demonyms.get(c.text.casefold())
                    if iso is None:
                        opts = [e for e, a in self._lookup(c.text) if e.is_country]
                        iso = opts[0].country if opts else None
                    if iso:
                        country = iso
                        start = min(start, c.i)
            end = tok.i + 1
            if country is None and tok.lower_ == "capital" and end < len(doc) and doc[end].text[:1].isupper() \
                    and (iso := self.demonyms.get(doc[end].text.casefold())):
                # "the capital Dominican": machine translation's order for "the Dominican capital"
                country, end = iso, end + 1
                link = None if link == tok.i + 1 else link
            det = [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"]
            if end > tok.i + 1 and not det:
                det = [c for c in doc[tok.i + 1].children if c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i]
            seat: Entry | None = None
            others: list[Entry] = []
            if tok.lower_ == "capital" and country is None and det and not subnational and det[0].i + 1 < tok.i \
                    and all(doc[k].text[:1].isupper() for k in range(det[0].i + 1, tok.i)):
                # "the Mizoram capital", "the Lower Silesian capital": the seat of the division named
                # (or its adjective, as the gazetteer's "Lower Silesian region"), one place with it
                words = doc[det[0].i + 1 : tok.i].text
                # the division's adjective: "the Bavarian capital" (Bavaria), "the Sicilian capital" (Sicily)
                forms = (words, words + " region") + ((words[:-1], words[:-3] + "y") if words.endswith("n") and len(words) > 5 else ())
                div = [e for w in forms for e, a in self._lookup(w) if e.feature == "ADM1" and not a]
                seat = self.gaz.seat(div[0]) if div else None
                if seat is None and len(forms) > 2:
                    # "the Oaxacan capital", "the Valencian capital": a division the gazetteer lacks,
                    # named like its capital: that town (the article's context picks among namesakes)
                    towns = list({e.idx: e for w in forms[2:3] for e, a in self._lookup(w)
                                  if not a and e.feature in ("PPL", "PPLC")}.values())
                    if towns:
                        seat, others = towns[0], towns[1:]
                if seat is not None:
                    start = det[0].i
            if tok.lower_ == "capital" and not det and link is None and country is None:
                # "Haiti's capital": the country's capital, one place with its possessor
                poss = [c for c in tok.children if c.dep_ == "poss" and c.i < tok.i]
                if poss:
                    iso = self.demonyms.get(poss[0].text.casefold()) or next(
                        (e.country for e, a in self._lookup(poss[0].text) if e.is_country), None)
                    if iso:
                        country = iso
                        start = min(c.i for c in poss[0].subtree)
                        det = [poss[0]]
            if not det and link is not None:
                # "the country's second city": the article sits on the possessor
                det = [d for c in tok.children if c.dep_ == "poss" and c.lower_ in ("country", "nation", "region", "province", "state", "island", "kingdom")
                       for d in c.children if d.dep_ == "det" and d.lower_ == "the"]
            if not det:
                continue
            start = min(start, min(t.i for t in det[0].subtree))
            cand = Candidate(
                start=tok.i,
                end=tok.i + 1,
                text=doc[start:end].text,
                options=[],
                source="description",
                head=tok.i,
                span_start=start,
                span_end=end,
                link=link,
                subnational=subnational,
            )
            if seat is not None:
                cand.options = [(seat, False), *((o, False) for o in others)]
                if seat.country and not others:
                    cand.anchors.add(seat.country)
            elif country and not subnational:
                cand.anchors.add(country)
                cap = self.gaz.capitals.get(country)
                if cap is None:
                    continue
                cand.options = [(cap, False)]
            out.append(cand)
        return out

    def _anaphors(self, doc: Doc, taken: list[bool]) -> list[Candidate]:
        """"the besieged town", "the city", "the lake", "the narrow waterway": a bare definite noun
        of a kind of place refers back to the last place of that kind named before it (set in
        _linked_descriptions). Not taken: possessives and compounds ("the city's mayor", "the town
        hall"), a noun with "of" or a name after it ("the town of Gossi"), one that names another
        place ("the second city", "the old town", "the Lebanese city"), plurals, and the office
        of a town ("the governor of the city")."""
        out: list[Candidate] = []
        self._tokens(doc)  # the word lists the helpers read
        for tok in [doc[k] for k in token_positions(doc, "LOWER", _ANAPHOR_WORDS)]:
            kind = _ANAPHORS.get(tok.lower_)
            if kind is None and tok.lower_ in _REGION_ANAPHORS and any(
                    ch.dep_ in ("amod", "compound") and ch.lower_ in _CONFLICT_WORDS for ch in tok.children):
                kind = "REGION"
            if kind is None and tok.lower_ in _PLACED_ANAPHORS and not [ch for ch in tok.children if ch.i < tok.i and ch.dep_ != "det"] \
                    and self._in_place_slot(tok):
                kind = _PLACED_ANAPHORS[tok.lower_]  # "aid for the province", "crossed the island"
            if kind is None or tok.pos_ != "NOUN" or taken[tok.i] or tok.dep_ in ("compound", "poss", "nmod"):
                continue
            if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                continue  # "Tripoli, the northern city": the description of a name (_descriptions)
            if tok.i + 1 < len(doc) and (doc[tok.i + 1].tag_ == "POS" or doc[tok.i + 1].pos_ == "PROPN"):
                continue
            if any(ch.dep_ in ("prep", "appos", "poss") and (ch.dep_ != "prep" or ch.lower_ == "of") for ch in tok.children):
                continue
            left = [ch for ch in tok.children if ch.i < tok.i]
            det = [ch for ch in left if ch.dep_ == "det"]
            if len(det) != 1 or det[0].lower_ not in ("the", "this"):
                continue
            mods = [ch for ch in left if ch.dep_ != "det" and not (kind == "REGION" and ch.lower_ in _CONFLICT_WORDS)]
            if any(m.dep_ not in ("amod", "advmod", "compound") or m.tag_ in ("JJS", "JJR")
                   or m.text[:1].isupper() and m.i != det[0].i + 0 and m.i > 0 and not doc[m.i - 1].is_sent_start
                   or self.demonyms.get(m.text.casefold()) for m in mods):
                continue
            # "this seaside town", "the port city", "the coastal city": the town the story is
            # datelined in, when that is a town (see _linked_descriptions); a compass word or a
            # word that sets it apart from another ("the second city", "the old town") names none
            story_town = det[0].lower_ == "this" or any(m.lower_ in _NOT_ANAPHORIC or m.dep_ == "compound" for m in mods)
            if kind != "PPL" and story_town or any(m.lower_ in _NOT_STORY_TOWN and not (
                    det[0].lower_ == "this" and m.lower_ in _COMPASS_ADJ) for m in mods):
                continue  # ("this eastern town": the story's town, which the compass word describes)
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                    tok.head.head.lower_ in self.of_actor_nouns or tok.head.head.lemma_.lower() in self.of_actor_nouns
                    or tok.head.head.lower_ in _DESCRIPTION_NOUNS):
                continue  # "the governor of the city": its office, not a location; "the capital of the rebel region": one description
            start = det[0].i
            if any(taken[k] for k in range(start, tok.i + 1)):
                continue
            out.append(Candidate(start=tok.i, end=tok.i + 1, text=doc[start : tok.i + 1].text, options=[],
                                 source="description", head=tok.i, span_start=start, span_end=tok.i + 1,
                                 anaphor=kind, story_town=story_town))
            for k in range(start, tok.i + 1):
                taken[k] = True
        return out

    def _in_place_slot(self, tok: Token) -> bool:
        """A bare "the province", "the island" stands where a place goes: the object of a locative
        preposition ("in the province", "on the island"), of "to"/"from" after a verb of motion or a
        noun of a route ("flew to the island", "ferries from the island"), of "for" after a thing
        ("a defence package for the island"; not after a person working for a body, "a spokeswoman
        for the department", nor "worked for the province"), or of a verb of place ("crossed the
        island"). Not after "according to", "with", "against", nor "from" after another noun ("a
        deal with the province", "help from the department"): there the division's body acts."""
        if tok.dep_ == "dobj":
            return tok.head.lemma_.lower() in self.place_object_verbs
        if tok.dep_ != "pobj":
            return False
        prep, over = tok.head, tok.head.head
        p = prep.lower_
        if p in self.loc_preps or p == "on" and tok.lower_ in ("island", "peninsula", "archipelago"):
            return True  # "on the island"
        if p in ("to", "from", "toward", "towards"):
            # "flew to the island", "ferries from the island"
            return over.pos_ == "VERB" and over.lemma_.lower() in self.motion_verbs or over.lower_ in self.route_nouns
        if p == "for":
            lem = over.lemma_.lower()
            return over.pos_ in ("NOUN", "VERB") and lem not in self.agent_nouns and over.lower_ not in self.agent_nouns \
                and over.ent_type_ != "PERSON" and lem not in self.agent_verbs
        return False

    def _state_descriptions(self, doc: Doc, taken: list[bool]) -> list[Candidate]:
        """"the Gulf emirate", "the Pacific kingdom": a description of a state, used as a place
        (one that speaks is left to the actors). Its options are the states it can name; the
        article's context picks one."""
        out: list[Candidate] = []
        if not self.state_descriptions:
            return out
        self._monarchy_words(doc, taken, out)
        longest = self._sd_longest
        first = self._sd_first
        lowers = self._tokens(doc)[0]
        size = len(lowers)
        for i in token_positions(doc, "LOWER", ("the",)):
            # only a "the" before a word some description starts with ("the Gulf emirate")
            if i >= size - 2 or lowers[i + 1] not in first or taken[i]:
                continue
            tok = doc[i]
            for n in range(longest, 1, -1):
                j = i + 1 + n
                if j > size:
                    continue
                key = tuple(lowers[i + 1 : j])
                isos = self.state_descriptions.get(key)
                if not isos or any(taken[k] for k in range(tok.i, j)):
                    continue
                head = doc[j - 1]
                if head.dep_ in ("nsubj", "nsubjpass"):
                    for k in range(tok.i, j):
                        taken[k] = True  # "the Gulf emirate said", "the island nation defaulted": the state acting, not a location
                    break
                opts = [(self.gaz.countries[iso], False) for iso in isos if iso in self.gaz.countries]
                if not opts:
                    break
                out.append(Candidate(start=tok.i, end=j, text=doc[tok.i : j].text, options=opts, source="description",
                                     head=head.i, span_start=tok.i, span_end=j))
                for k in range(tok.i, j):
                    taken[k] = True
                break
        return out

    def _embassies(self, doc: Doc, taken: list[bool]) -> None:
        """"the embassies of the United States and Britain called", "went toward the embassy of
        Mexico", "the Russian embassy": the state that owns an embassy is no place (it acts, and the
        embassy stands in another state). Making the embassy a landmark of its host was tried and
        dropped: the check sets name embassies otherwise."""
        for i in token_positions(doc, "LOWER", _EMBASSY_WORDS):
            tok = doc[i]
            owners: list[Token] = []
            for ch in tok.children:
                if ch.dep_ == "prep" and ch.lower_ == "of":
                    for ob in ch.children:
                        if ob.dep_ == "pobj":
                            owners += [ob, *ob.conjuncts]
                elif ch.dep_ in ("compound", "amod", "nmod", "poss") and ch.i < i:
                    owners.append(ch)
            for o in owners:
                ent = self._ent_at[o.i]
                s, e = (ent.start, ent.end) if ent is not None and ent.label_ in ("GPE", "NORP") else (o.i, o.i + 1)
                if doc[s].lower_ == "the":
                    s += 1
                iso = self.demonyms.get(o.text.casefold()) if o.text[:1].isupper() else None
                if iso or any(x.is_country and not alias for x, alias in self._lookup(span_text(doc, s, e))):
                    taken[s:e] = [True] * (e - s)

    def _ranked_of(self, doc: Doc, c: Candidate) -> bool:
        """"the second city of Iraq", "the largest port of the country": the country names which
        town the description is (Mosul), no place of its own; the town is not taken (GeoNames'
        populations do not rank a country's cities as the news does)."""
        if c.source not in ("ner", "gazetteer") or not any(e.is_country for e, _ in c.options):
            return False
        t = doc[c.head]
        if t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.lemma_.lower() not in _DESCRIPTION_NOUNS:
            return False
        noun = t.head.head
        return any(ch.lower_ in _RANK_WORDS for ch in noun.children if ch.i < noun.i) and any(
            ch.dep_ == "det" and ch.lower_ == "the" for ch in noun.children)

    def _monarchy_words(self, doc: Doc, taken: list[bool], out: list[Candidate]) -> None:
        """"buyers in the kingdom", "the southeast of the Kingdom", "across the emirate": a one-word
        description of a monarchy (data/kb/state_descriptions.tsv) in a locative phrase is the
        state of its list the article is about (_pick drops it where the article is about none);
        as a subject or object it is the state acting, left to the actors."""
        for i in token_positions(doc, "LOWER", _MONARCHY_WORDS):
            tok = doc[i]
            if i == 0 or doc[i - 1].lower_ != "the" or taken[i] or taken[i - 1] or self._locative(tok) is None:
                continue
            if i + 1 < len(doc) and (doc[i + 1].lower_ == "of" or doc[i + 1].tag_ == "POS" or doc[i + 1].pos_ == "PROPN"):
                continue  # "the Kingdom of Morocco" (a name), "the kingdom's budget"
            isos = self.state_descriptions_one.get(tok.lower_) or ()
            opts = [(self.gaz.countries[iso], False) for iso in isos if iso in self.gaz.countries]
            if opts:
                out.append(Candidate(start=i - 1, end=i + 1, text=doc[i - 1 : i + 1].text, options=opts, source="description",
                                     head=i, span_start=i - 1, span_end=i + 1, monarchy=True))
                taken[i - 1] = taken[i] = True

    def _territory(self, doc: Doc, tok: Token) -> Candidate | None:
        """'the Syrian border', 'Turkish airspace', 'the Chinese territory' -> the country."""
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        iso = None
        for m in mods:
            iso = self.demonyms.get(m.text.casefold())
            if iso:
                break
        if iso is None or iso not in self.gaz.countries:
            return None
        start = min(m.i for m in mods)
        det = [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the" and c.i < start]
        if det:
            start = det[0].i
        return Candidate(start=tok.i, end=tok.i + 1, text=doc[start : tok.i + 1].text,
                         options=[(self.gaz.countries[iso], False)], source="description", head=tok.i,
                         anchors={iso}, span_start=start, span_end=tok.i + 1)

    # -- syntax: metonymy and anchors ------------------------------------------------------

    def role(self, doc: Doc, c: Candidate) -> str:
        """How the sentence uses the name: ``locative`` ("in Kyiv", "cities across Ukraine",
        "its border with Ukraine"), ``geo`` (modifies a geographic noun: "the Black Sea coast",
        "Ukraine's east"), ``place-object`` ("visited Kyiv", "invaded Ukraine"), ``subject``
        (of a verb that is not locative), ``actor-subject`` (of an actor verb: "Beijing said"),
        ``object`` ("accused Moscow", "promised Kyiv"), ``agent`` ("by Kyiv"), ``possessive``
        ("Moscow's position"), ``modifier`` ("U.S. officials", "president of Mexico") or
        ``other``. Appositions and conjuncts take the role of the name they attach to."""
        if c.source == "dateline":
            return "locative"
        t = doc[c.head]
        if t.dep_ == "compound" and t.head.i == c.end and t.head.lower_ in _DIVISION_WORDS and t.head.text[:1].isupper():
            t = t.head  # "in Minhe County", "Linxia Prefecture": the division word of the name carries its role
        if _verb_after_conjunct(doc, c.head, c.end, self.actor_verbs) is not None:
            return "actor-subject"
        for _ in range(6):
            if t.dep_ in ("conj", "appos") and t.head.i != t.i:
                t = t.head
            else:
                break
        dep = t.dep_
        head = t.head
        hl = head.lemma_.lower()
        geo_head = hl.lstrip("-") in self.geo_nouns or head.lower_ in self.geo_nouns
        if dep not in ("pobj", "nsubj", "nsubjpass", "poss") and c.start > 0 and doc[c.start - 1].lower_ in _SPATIAL_WORDS:
            return "locative"  # "opposite Kupwara" parsed as an adjective and its noun
        if dep == "pobj":
            if head.lower_ == "by" and head.head.lemma_.lower() not in self.geo_nouns:
                return "agent"  # "condemned by Moscow", "terrorist acts by Kyiv"
            if self._locative(t) is not None:
                return "locative"
            hh = head.head
            if head.lower_ == "from" and hh.pos_ in ("VERB", "AUX") and hh.lemma_.lower() in self.speech_verbs:
                return "locative"  # "said from Washington", "addressed the nation from the White House"
            if head.lower_ == "of" and hh.pos_ in ("NOUN", "PROPN") and hh.lemma_.lower() not in self.of_actor_nouns \
                    and hh.lower_ not in self.of_actor_nouns and (not hh.ent_type_ or hh.lower_ in _DIVISION_WORDS):
                return "of-noun"  # "the bases of Gao", "the farmers of Western Australia", "Minhe County of Haidong City"
            if head.lower_ == "from" and hh.pos_ == "NOUN":
                return "origin"  # "rescue teams from Shanxi": where they come from (a country or capital stays an actor)
            return "modifier"
        if dep == "poss" or (t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS"):
            # "Kabul's airport" places the airport; "Georgia's parliament adopted" is the body's owner
            return "geo" if geo_head or head.lower_ in self.landmark_nouns and head.lower_ not in self.institutions \
                else "possessive"
        if dep in ("compound", "nmod", "amod"):
            if hl in self.collective_nouns:
                return "collective"
            if geo_head or head.lower_ in self.landmark_nouns:
                return "geo"
            return "modifier"
        if dep in ("nsubj", "csubj"):
            if hl in self.place_verbs:
                if any(o.is_country or o.feature == "PPLC" for o, _ in c.options) and any(
                        ch.dep_ in ("prep", "acomp", "xcomp", "advmod")
                        and (ch.lower_ in self.stance_words or ch.lower_ in self.stance_preps and head.lemma_.lower() in self.stance_verbs)
                        for ch in head.children):
                    # "Washington stands with the people", "Berlin remains committed": a state or its
                    # capital acting; a town that "lies behind the front line" stays a place
                    return "actor-subject"
                return "stative-subject"
            return "actor-subject" if hl in self.actor_verbs else "subject"
        if dep == "nsubjpass":
            return "subject"
        if dep in ("dobj", "dative", "oprd"):
            # a building attacked is a place ("attacked the Palace of the Government"); a person
            # or state attacked is not, so "attack" is no verb of place for other names
            return "place-object" if hl in self.place_object_verbs or c.source == "landmark" and hl in ("attack", "target") \
                or hl in _LINK_VERBS and self._route_subject(head) else "object"
        if dep == "npadvmod" and c.start == self.sent_start(doc, t.i):
            return "locative"  # a dateline-like opener ("SEOUL — ...")
        if dep == "ROOT" and self._root_with_actor_clause(doc, t):
            return "actor-subject"  # "Paris, which has ..., called for calm": the parser hung the verb on the name
        return "other"

    def _root_with_actor_clause(self, doc: Doc, t: Token) -> bool:
        """A root name with an actor verb hung on it as a clause after a comma; asked once per
        root and doc (a long list's conjuncts all climb to the same root)."""
        if self._acl_doc is not doc:
            self._acl_doc, self._acl_roots = doc, {}
        known = self._acl_roots.get(t.i)
        if known is None:
            texts = self._tokens(doc)[1]
            known = self._acl_roots[t.i] = any(
                ch.dep_ == "acl" and ch.i > t.i and ch.lemma_.lower() in self.actor_verbs
                and not any(a.dep_ in ("aux", "auxpass") for a in ch.children)
                and "," in texts[t.i + 1 : ch.i]
                for ch in t.children
            )
        return known

    def _person_words(self, doc: Doc) -> frozenset[str]:
        """The last words of the article's names of two or more words tagged PERSON: surnames
        ("Alpha Condé"), not a town in a title ("Beledweyne District Commissioner Omar ..."); cached per doc."""
        if self._person_doc is not doc:
            self._person_words_set = frozenset(e[-1].text for e in self.entities(doc) if e.label_ == "PERSON" and len(e) > 1)
            self._person_doc = doc
        return self._person_words_set

    def is_metonym(self, doc: Doc, c: Candidate) -> bool:
        """True when the name is used as something other than a place (call after resolve).

        Countries are places only where the sentence locates something in them ("in Ukraine",
        "across Ukraine", "invaded Ukraine", "Ukraine's east"): "Iran reached an agreement
        with the United States", "U.S. officials", "the president of Mexico" are actors.
        Capitals and first-level divisions are places unless used as an actor: subject of a
        verb, object of a non-locative verb ("accused Moscow"), agent, possessive, modifier of
        a non-geographic noun. Other cities are places unless they speak or act ("Kharkiv
        said"), own ("Kharkiv's mayor") or are an agent. Seas and regions are always places.
        """
        e = c.entry
        if c.source in ("description", "dateline", "water") or e is None:
            return False
        role = c.role if c.role is not None else self.role(doc, c)
        c.role = role  # the syntax does not change between resolution passes
        if c.source in ("ner", "gazetteer") and c.end - c.start == 1 and e.feature.startswith("PPL") \
                and e.feature != "PPLC" and e.population < SMALL_PLACE and not c.anchors \
                and c.text in self._person_words(doc):
            return True  # "the liberation of Condé" after "president Alpha Condé": the person, not a town abroad
        if c.source in ("ner", "gazetteer") and c.options and all(alias for _, alias in c.options) \
                and role not in ("locative", "geo", "place-object", "of-noun") \
                and not (role == "origin" and doc[c.head].dep_ == "conj"):  # ("ambulances from Erbil and Dohuk")
            return True  # known only as another place's alternate name, outside a place phrase ("Khalil was granted")
        if c.source == "landmark" or e.feature in self.building_codes:
            if role == "of-noun" and e.feature == "SCH":
                return True  # "students of the National University of Córdoba": a body its members belong to
            return role not in ("locative", "geo", "place-object", "of-noun")
        if e.feature in ("PCLI", "PCLD"):
            return role not in ("locative", "geo", "place-object")
        if e.feature in ("PPLC", "ADM1"):
            # "condemnation from Seoul" is the government; "rescue teams from Shanxi" come from a place
            return role in ("actor-subject", "subject", "object", "agent", "possessive", "modifier") \
                or role == "origin" and e.feature == "PPLC"
        if e.feature.startswith("PPL"):
            if e.population < SMALL_PLACE and not e.curated and not c.anchors and not c.admin_anchors:
                # a small town's name outside a locative phrase is more often a person's or a
                # misread ("met with Dar")
                return role not in ("locative", "geo", "place-object", "stative-subject", "of-noun")
            return role in ("actor-subject", "agent", "possessive")
        if role == "collective":
            return True  # "the Gulf states", "Baltic countries"
        if e.country is None and role == "geo" and c.end < len(doc) and doc[c.end].lower_ in _STATE_NOUNS:
            return True  # "the Arctic island" (Greenland), "the Caribbean island of Dominica": the region describes a state
        return False

    def add_anchors(self, doc: Doc, cands: list[Candidate]) -> None:
        by_tok: dict[int, Candidate] = {}
        for c in cands:
            for i in range(c.start, c.end):
                by_tok[i] = c
        n = len(doc)
        lowers, texts = self._tokens(doc)
        # "GENEVA — ... met in Geneva": the name the dateline gives is the dateline's place, whatever
        # else the story names (a place is no evidence for its own name, so the dateline would not
        # count for it in the context)
        # (the dateline's largest namesake until resolution reads it in context: resolve() moves the
        # anchor to the dateline's own reading, "VALENCIA, 29 Oct. ... Paiporta, Albacete" is Spain's)
        dated: dict[str, tuple[str, Candidate]] = {}
        for c in cands:
            if c.source == "dateline":
                best = max((e for e, alias in c.options if not alias), key=lambda e: (e.is_country, e.population), default=None)
                if best is not None and best.country:
                    dated[norm(c.text)] = (best.country, c)
        for c in cands:
            if dated and c.source not in ("ner", "gazetteer", "dateline") and norm(c.text) in dated \
                    and c.options and all(e.geonameid is None for e, _ in c.options):
                # a town the gazetteer lacks, which the dateline placed ("RAROTONGA, Cook Islands —
                # ... flights out of Rarotonga"): the dateline's town, not one of the story's main country
                c.options, c.source = list(dated[norm(c.text)][1].options), "ner"
            if dated and c.source == "landmark":
                # "JASPER, Alberta — ... Jasper National Park": the town inside the name is the dateline's
                key = f" {norm(c.text)} "
                hit = next((iso for name, (iso, _) in dated.items() if name and f" {name} " in key), None)
                if hit is not None and hit not in c.anchors:
                    c.anchors = {hit}
            if dated and c.source in ("ner", "gazetteer") and norm(c.text) in dated:
                iso, c.dated_by = dated[norm(c.text)]
                if c.dated_by.options and all(e.idx == -1 for e, _ in c.dated_by.options) \
                        and not any(e.country == iso for e, _ in c.options):
                    # "JASPER, Alberta — ... the town of Jasper": the dateline's town the gazetteer
                    # lacks, not its namesake abroad (Jasper, Indiana)
                    c.options = list(c.dated_by.options)
                if iso not in c.anchors:
                    c.anchors.add(iso)
                    c.dated_iso = iso
            if c.source == "description":
                continue
            head = doc[c.head]
            # "Palma, in the province of Cabo Delgado", "Chimoré, in Bolivia": the text places it
            k = c.end + (1 if c.end < n and texts[c.end] == "," else 0)
            if k < n and lowers[k] == "in":
                k += 1
                if k < n and lowers[k] == "the":
                    k += 1
                if k + 1 < n and lowers[k] in self.region_words and lowers[k + 1] == "of":
                    k += 2
                other = by_tok.get(k)
                if other is not None and other is not c:
                    for e, alias in other.options:
                        if not alias and e.country and (e.is_country or e.feature == "ADM1"):
                            c.anchors.add(e.country)
                            c.located.add(e.country)
            # "floods hit Lagos and Faro" in a story from LISBON: a name listed with a town only the
            # dateline's country has is that country's namesake (not a route: "between Lagos and Faro")
            if self._home and c.source in ("ner", "gazetteer") and len({e.country for e, _ in c.options}) > 1 \
                    and not (head.dep_ == "conj" and head.head.head.lower_ == "between" or head.head.lower_ == "between"):
                for k2 in self._coordination(doc, c.head):
                    other = by_tok.get(k2)
                    if other is None or other is c or other.source not in ("ner", "gazetteer"):
                        continue
                    isos = {e.country for e, alias in other.options if not alias}
                    if len(isos) == 1 and (iso2 := next(iter(isos))) in self._home \
                            and any(not alias and e.country == iso2 for e, alias in c.options):
                        c.anchors.add(iso2)
                        break
            # "Hazeldonk, on the Dutch side": the side of a border a nationality word names
            if k + 3 < n and texts[c.end] == "," and lowers[k] == "on" and lowers[k + 1] == "the" \
                    and lowers[k + 3] == "side" and (side := self.demonyms.get(lowers[k + 2])):
                c.anchors.add(side)
                c.located.add(side)
            # "Kazan, Russia" / "Paris, Texas": a place in apposition, or right after a comma
            nxt = c.end + 1
            if c.end < len(doc) and texts[c.end] in (",", "(") and nxt < len(doc) and nxt in by_tok:
                other = by_tok[nxt]  # "Kazan, Russia", "Cúcuta (Colombia)"
                poss = other.end < n and doc[other.end].tag_ == "POS"  # "..., New Zealand's defence force said"
                if other is not c and not poss:
                    self._anchor_from(c, other)
            for ch in head.children:
                if ch.dep_ == "appos":
                    if ch.i in by_tok and by_tok[ch.i] is not c:
                        self._anchor_from(c, by_tok[ch.i])
                    self._anchor_description(ch, c)
            # "the Lebanese port city of Tripoli", "the Ukrainian city of Kharkiv"
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in self.place_nouns:
                self._anchor_description(head.head.head, c)
            if head.dep_ == "appos" and head.head.lemma_.lower() in self.place_nouns:
                self._anchor_description(head.head, c)

    def _anchor_from(self, c: Candidate, other: Candidate) -> None:
        for e, alias in other.options:
            if e.is_country and e.country:
                c.anchors.add(e.country)
            elif e.feature == "ADM1" and e.country == "USA" and e.admin1:
                c.admin_anchors.add(e.admin1)
            elif e.feature == "ADM1" and e.country and not alias:
                c.anchors.add(e.country)  # "Victoria, British Columbia", "Perth, Scotland"

    def _anchor_description(self, noun: Token, c: Candidate) -> None:
        if noun.lemma_.lower() not in self.place_nouns:
            return
        for ch in noun.children:
            if ch.dep_ in ("amod", "compound", "nmod", "poss"):
                iso = self.demonyms.get(ch.text.casefold())
                if iso is None:
                    opts = [e for e, _ in self._lookup(ch.text) if e.is_country]
                    iso = opts[0].country if opts else None
                if iso:
                    c.anchors.add(iso)

    def english_name(self, c: Candidate) -> str | None:
        """The name as the English text writes it, where the gazetteer's name is only another
        transliteration of it ("Derna" for Darnah, "Mykolaiv" for Mykolayiv, "Fallujah" for Al
        Fallujah, "Pétion-Ville" for Pétionville): GeoNames' own name is often the local
        romanisation, and the English name is what the text uses. Capitals, countries, divisions,
        a name's preferred referent ("Odessa" -> Odesa) and different names for one place
        ("Chittagong" -> Chattogram, "Saigon") keep the gazetteer's name. None: keep it."""
        e = c.entry
        named = c.named_as if c.source == "description" else None  # the name a description stands for
        if e is None or (c.source not in ("ner", "gazetteer", "dateline") and named is None) or not e.feature.startswith("PPL"):
            return None
        written = (named or c.text).strip()
        if norm(written) == norm(e.name):
            # the same letters: marks and apostrophes as the text writes them ("Cox's Bazar")
            return spelled_as(e.name, written)
        if self.preferred.get(norm(written)) is not None:
            return None
        if norm(written) == norm(e.name) + " city" and e.feature != "PPLC":
            # "Gaza City", "Zamboanga city": the English name of a town GeoNames names without its
            # word "City" ("Gaza"); the text's name, the word capitalised, says which place it is
            return (written.title() if written.isupper() else written)[:-4] + "City"
        if e.feature == "PPLC" or len(written) < 4:
            return None
        if _skeleton(written) != _skeleton(e.name):
            # the short form of a long official name ("Acapulco" for Acapulco de Juárez), unless it is
            # another place's own name: "Santa Cruz" keeps Santa Cruz de la Sierra, which says which one
            rest = norm(e.name)[len(norm(written)) + 1 :].split(" ", 1)[0] if norm(e.name).startswith(norm(written) + " ") else ""
            if rest not in _CONNECTORS or any(not alias and o.idx != e.idx for o, alias in self._lookup(written)):
                return None
        return written.title() if written.isupper() else written

    # -- resolution ------------------------------------------------------------------------

    def _score(self, c: Candidate, e: Entry, alias: bool, context: Counter[str], own: Mapping[str, float]) -> float:
        s = PRIOR_WEIGHT * e.prior + FEATURE_BONUS.get(e.feature, 0.0)
        if e.curated:
            s += 0.5
        pref = self.preferred.get(norm(c.text))
        if pref is not None and (pref == e.geonameid or pref == e.name):
            s += PREFERRED_BONUS
        elif alias:
            # a short form of the name ("Santiago" for Santiago de los Caballeros) is how the news
            # writes it where the place is known; other alternate spellings weigh less
            short = norm(e.name).startswith(norm(c.text) + " ")
            s -= ALIAS_PENALTY / 3 if short else ALIAS_PENALTY
            if _skeleton(c.text) == _skeleton(e.name):
                s += 0.5  # another transliteration of this name ("Sloviansk": Slovyansk, not Nikopol)
        if c.division and e.feature in ("ADM1", "ADM2", "RGN"):
            s += DIVISION_BONUS
        if e.country and e.country in c.anchors:
            s += ANCHOR_BONUS
        if e.admin1 and e.country == "USA" and e.admin1 in c.admin_anchors:
            s += ANCHOR_BONUS + 1.0
        if c.admin_anchors and e.country == "USA":
            s += ANCHOR_BONUS
        if e.country and e.country in c.sentence_countries and (e.population >= SMALL_PLACE or e.feature in FEATURE_BONUS):
            s += SENTENCE_BONUS  # a namesake large enough to be news ("Geneva" stays Swiss beside "U.S. President")
        w = context.get(e.country or "", 0.0) - own.get(e.country or "", 0.0)
        if w > 0:
            s += min(CONTEXT_MAX, CONTEXT_BONUS * min(1.0, w) + 0.5 * max(0.0, w - 1.0))
        return s

    def resolve(
        self,
        cands: list[Candidate],
        extra_context: Counter[str],
        doc: Doc | None = None,
        known: Counter[str] | None = None,
    ) -> None:
        """Pick each candidate's entry. ``extra_context``: weak country evidence (nationality
        words); ``known``: countries known to be the setting (full weight). With ``doc``,
        mentions used as actors count as weak evidence only."""
        empty: Counter[str] = Counter()
        self._topic = Counter()
        if doc is not None:
            # nationality words in a name's sentence: local evidence between namesakes
            for c in cands:
                if c.source in ("ner", "gazetteer") and len({e.country for e, _ in c.options}) > 1:
                    texts = self._tokens(doc)[1]
                    c.sentence_countries = {iso for k in range(self.sent_start(doc, c.start), self.sent_end(doc, c.start))
                                            if not (c.start <= k < c.end) and texts[k][:1].isupper()
                                            and (iso := self.demonyms.get(texts[k].casefold()))}
            for c in cands:
                if c.source in ("ner", "gazetteer") and c.start >= 1:
                    prev = doc[c.start - 1].lower_
                    nxt = doc[c.end] if c.end < len(doc) else None
                    # "Noto town", "Gongyi city", "Xiulin township": a settlement word after the name
                    settled = nxt is not None and nxt.text in _SETTLEMENT_AFTER
                    c.introduced = settled or (c.division or prev == "the" or (
                        prev == "of" and c.start >= 2 and (doc[c.start - 2].lower_ in _NAMING_NOUNS
                                                           or doc[c.start - 2].lower_ in self.landmark_nouns))) and not (
                        nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ in _CONNECTORS or nxt.lower_ in self.landmark_nouns))
                    # (not a name that goes on, "the Palácio da Alvorada", nor one naming a landmark, "the Chaman crossing")
        for c in cands:  # pass 1: priors and anchors only
            self._pick(c, empty, empty)
        for _ in range(2):
            before = [c.entry for c in cands]
            for c in cands:
                d = c.dated_by.entry if c.dated_by is not None else None
                if d is not None and d.country and c.dated_iso is not None and d.country != c.dated_iso:
                    c.anchors.discard(c.dated_iso)  # the dateline now reads another namesake: follow it
                    c.dated_iso = d.country if d.country not in c.anchors else None
                    c.anchors.add(d.country)
            if doc is not None:
                for c in cands:
                    c.metonym = self.is_metonym(doc, c)
                self._division_chain(cands, doc)
            strong: Counter[str] = Counter(known or {})
            weak: Counter[str] = Counter(extra_context)
            for c in cands:
                if c.entry is not None and c.entry.country:
                    if c.metonym:
                        weak[c.entry.country] += 1
                    else:
                        strong[c.entry.country] += 2 if c.source == "dateline" else 1
            context: Counter[str] = Counter()
            for iso in set(strong) | set(weak):
                context[iso] = strong[iso] + min(ACTOR_CONTEXT_MAX, ACTOR_CONTEXT * weak[iso])  # type: ignore[assignment]  # float weights in a Counter; typeshed types its counts as int
            #: every mention counted alike: what the article is about (for "the capital", landmarks)
            self._topic = strong + weak
            # a name is no evidence for its own reading: what every mention of the same name
            # ("Tripoli" twice) adds to the context is left out when that name is scored
            by_name: dict[str, Counter[str]] = {}
            for c in cands:
                if c.entry is not None and c.entry.country and c.source != "description":
                    add = ACTOR_CONTEXT if c.metonym else (2.0 if c.source == "dateline" else 1.0)
                    by_name.setdefault(norm(c.text), Counter())[c.entry.country] += add  # type: ignore[assignment]  # float weights
            for c in cands:
                own: dict[str, float] = {}  # a plain dict: a Counter per candidate per pass costs more than the scoring
                if c.entry is not None and c.entry.country:
                    own[c.entry.country] = min(1.0, context[c.entry.country]) if not c.metonym else min(
                        ACTOR_CONTEXT, context[c.entry.country]
                    )
                if c.source != "description" and c.source != "dateline":
                    named = by_name.get(norm(c.text))
                    if named:
                        for iso, w in named.items():
                            own[iso] = max(own.get(iso, 0.0), min(w, context[iso]))
                self._pick(c, context, own)
            if [c.entry for c in cands] == before:
                break  # a fixed point: another pass would start from the same readings and repeat this one
        if doc is not None:
            for c in cands:
                c.metonym = self.is_metonym(doc, c)
            self._division_chain(cands, doc)
            self._city_then_division(cands, doc)
            self._linked_descriptions(cands, doc)
            self._nearby_country(cands, doc)

    @staticmethod
    def _division_chain(cands: list[Candidate], doc: Doc) -> None:
        """"in Jishishan County, Linxia Prefecture, Gansu Province has caused ...": a division named
        right after a place and a comma is where that place is, whatever role the parser gave it
        (here the subject of "caused"); not a country, which after a comma often speaks ("in Kyiv,
        Russia said"), nor a division that owns ("Gansu's governor") or speaks ("..., Gansu said";
        one written with its division word, "Gansu Province has killed", is the address's last part)."""
        prev: Candidate | None = None
        for c in sorted(cands, key=lambda c: c.start):
            e = c.entry
            if c.metonym and prev is not None and e is not None and e.feature in _REGION_FEATURES \
                    and (c.role in ("subject", "modifier", "object", "other")
                         or c.role == "actor-subject" and c.text.rsplit(" ", 1)[-1].lower() in _DIVISION_WORDS) \
                    and c.start >= prev.end + 1 and doc[c.start - 1].text == "," \
                    and all(t.lower_ in _DIVISION_WORDS for t in doc[prev.end : c.start - 1]):
                c.metonym = False
            prev = c if c.entry is not None and not c.metonym and c.source != "description" else None

    def _city_then_division(self, cands: list[Candidate], doc: Doc) -> None:
        """"Atlanta, Georgia", "Córdoba, Veracruz": a name right after a town and a comma is the
        division of that town's country when it has one of that name (not a namesake country)."""
        order = sorted(cands, key=lambda c: c.start)
        for a, b in zip(order, order[1:]):
            if a.entry is None or b.entry is None or not a.entry.country or a.entry.is_country or a.source == "description":
                continue
            if b.start != a.end + 1 or doc[a.end].text != "," or b.entry.country == a.entry.country:
                continue
            div = [e for e, alias in b.options if e.country == a.entry.country and e.feature in ("ADM1", "ADM2") and not alias]
            if div:
                b.entry = div[0]

    def _linked_descriptions(self, cands: list[Candidate], doc: Doc | None = None) -> None:
        """"Pemba, the provincial capital", "the Maldivian capital, Malé": the description takes
        the entry of the name it stands in apposition to; "the state capital" with no name takes
        the last town named before it (a state capital is no national capital)."""
        last_town: Entry | None = None
        #: the last place of each kind named ("PPL" for any town, capitals included): where it
        #: ends, its entry and the name as the text wrote it
        last_kind: dict[str, tuple[int, Entry, str | None]] = {}
        #: regions of a country named so far: entry index -> (entry, the name as written, where)
        region_of: dict[int, tuple[Entry, str, int]] = {}
        # the town the story is datelined in (one dateline name, a town or city that is no national
        # capital): "the town", "this seaside town", "the port city" stand for it (a "town" or a
        # "village" only when it is one: not a city of 150,000 people or more)
        dated = [c for c in cands if c.source == "dateline" and c.entry is not None and c.entry.feature.startswith("PPL")]
        story = dated[0] if len(dated) == 1 and dated[0].entry is not None and dated[0].entry.feature != "PPLC" else None
        for c in sorted(cands, key=lambda c: c.start):
            if c.source == "description" and c.anaphor == "REGION":
                if region_of and doc is not None:
                    # the region the text names most often before it, in any form ("the Tigray People's
                    # Liberation Front", "Tigrayan" count for Tigray); the latest on a tie
                    c.entry = _most_named_before(doc, c.start, region_of.values())[0]
                continue
            if c.entry is not None and c.entry.feature in _REGION_FEATURES and c.entry.country and c.source in ("ner", "gazetteer"):
                region_of[c.entry.idx] = (c.entry, c.text, c.start)
            if c.source == "description" and c.anaphor == "PPL" and story is not None and story.entry is not None \
                    and (doc is None or doc[c.head].lower_ == "city" or story.entry.population < STORY_TOWN_MAX) \
                    and (c.story_town or not self._other_town_just_before(c, last_kind.get("PPL"), story.entry, doc)
                         or _distance_from(doc, c.head)):
                c.entry, c.named_as = story.entry, story.text
                continue
            if c.story_town:
                continue
            if c.source == "description" and c.anaphor == "ADM1" and doc is not None:
                # "the province": the province the text names most often before it (the latest on a tie)
                divs = [r for r in region_of.values() if r[0].feature == "ADM1"]
                if doc[c.head].lower_ == "department":
                    # "the department" is a division the text called one ("the department of Antioquia",
                    # "Cauca department"); else it is an office ("the Justice Department ... the department")
                    divs = [r for r in divs if _called_department(doc.text, r[1])]
                    if not divs:
                        continue
                if divs:
                    c.entry, c.named_as, _ = _most_named_before(doc, c.start, divs)
                    continue
            if c.source == "description" and c.anaphor is not None:
                seen = last_kind.get(c.anaphor)
                if c.anaphor == "PPL" and doc is not None and doc[c.head].lower_ in ("town", "village"):
                    # "the town", "the village": the last place small enough to be one, not a city named
                    # after it ("In the town of Jindires, in the countryside of Aleppo ... 60% of the town")
                    town = last_kind.get("TOWN")
                    if town is not None and c.start - town[0] <= 2 * NEARBY:
                        seen = town
                # a town within a few sentences; a lake or strait anywhere before (an article names few)
                if seen is not None and (c.anaphor != "PPL" or c.start - seen[0] <= 2 * NEARBY):
                    c.entry, c.named_as = seen[1], seen[2]
                continue
            if c.entry is not None and not c.metonym:
                kind = "PPL" if c.entry.feature.startswith("PPL") else c.entry.feature
                written = c.named_as if c.source == "description" else c.text if c.source in ("ner", "gazetteer") else None
                last_kind[kind] = (c.end, c.entry, written)
                if doc is not None and c.start >= 2 and doc[c.start - 1].lower_ == "of" and doc[c.start - 2].lower_ == "island" \
                        or c.entry.is_country and c.entry.country in self.island_states:
                    last_kind["ISL"] = last_kind[kind]  # "the island of Réunion", "in Madagascar": the text or the lexicon says it is one
                if kind == "PPL" and c.entry.population < STORY_TOWN_MAX:
                    last_kind["TOWN"] = last_kind[kind]
            if c.source == "description" and (c.link is not None or c.subnational):
                named = next((o for o in cands if o is not c and o.entry is not None and o.source != "description"
                              and c.link is not None and o.start <= c.link < o.end), None)
                if named is not None and named.entry is not None and not named.entry.is_country:
                    c.entry = named.entry
                    c.named_as = named.text if named.source in ("ner", "gazetteer") else None
                elif c.subnational and c.link is None:
                    c.entry = last_town
                    div = next((r[0] for r in region_of.values() if last_town is not None and r[0].feature == "ADM1"
                                and r[0].country == last_town.country != "USA" and r[0].admin1 == last_town.admin1 != ""), None)
                    if div is not None:
                        # "... funds to Henan, and to Gongyi and Xinxiang. The provincial capital": the seat
                        # of the named province the last town lies in (Zhengzhou), not that town (a US state
                        # capital is often not its largest town: the last town named stays)
                        c.entry = self.gaz.seat(div) or last_town
                continue
            e = c.entry
            if e is not None and not c.metonym and e.feature.startswith("PPL") and e.feature != "PPLC" and e.country:
                last_town = e

    @staticmethod
    def _other_town_just_before(c: Candidate, seen: tuple[int, Entry, str | None] | None, story: Entry,
                                doc: Doc | None) -> bool:
        """Another town than the dateline's was named in the sentence of ``c`` or the two before it
        ("ODESA — ... drones struck the port of Izmail ... wounded in the city": Izmail)."""
        if seen is None or seen[1].idx == story.idx:
            return False
        if doc is None:
            return c.start - seen[0] <= NEARBY
        sent_of = [t.sent.start for t in (doc[c.start], doc[max(0, seen[0] - 1)])]
        starts = sorted({s.start for s in doc.sents})
        return bisect.bisect_right(starts, sent_of[0]) - bisect.bisect_right(starts, sent_of[1]) <= 2

    def _nearby_country(self, cands: list[Candidate], doc: Doc) -> None:
        """"the capital" and a landmark the text ties to no country take the country of the
        place named just before them (within NEARBY tokens; for a landmark, in the same
        sentence), before the article's main country: "Kabul's Hamid Karzai International
        Airport ... swept into the capital"."""
        last: tuple[int, str, bool] | None = None  # where the last place ends, its country, whether a capital
        # a story datelined in a national capital: "the capital" with no place named before it in
        # its paragraph is that city ("SEOUL — ... told a forum in Washington.\n\n ... snow was
        # forecast for the capital" is Seoul; "BEIJING — ... in Mumbai ... to the capital" is New Delhi)
        home_cap = next((c.entry for c in cands if c.source == "dateline" and c.entry is not None
                         and c.entry.feature == "PPLC"), None)
        for c in sorted(cands, key=lambda c: c.start):
            vague = (c.source == "description" and c.options == [] and not c.anchors
                     and c.link is None and not c.subnational and c.anaphor is None) or (
                c.source == "landmark" and not c.anchors
            )
            # in an earlier sentence only a capital city counts ("Rebels entered Bamako. Residents
            # of the capital hid"), not a country ("... fled into Chad. Fighting in the capital
            # emptied districts of Khartoum" in a story about Sudan)
            near = last is not None and c.start - last[0] <= NEARBY and (
                self.sent_start(doc, c.start) == self.sent_start(doc, last[0] - 1)
                or c.source != "landmark" and last[2]
            )
            if near and c.source == "description" and last is not None and "\n\n" in doc[last[0] - 1 : c.start].text:
                near = False  # a place of an earlier paragraph
            if vague and c.source == "description" and home_cap is not None and c.entry is not None and not near:
                c.entry = home_cap
                continue
            if vague and c.entry is not None and last is not None and near:
                iso = last[1]
                if c.source == "landmark":
                    e = c.entry
                    c.entry = Entry(idx=-1, geonameid=None, name=e.name, country=iso, lat=None, lon=None,
                                    feature=e.feature, population=0, admin1="", curated=True)
                else:
                    cap = self.gaz.capitals.get(iso)
                    if cap is not None:
                        c.entry = cap
            elif not c.metonym and c.entry is not None and c.entry.country and not vague:
                last = (c.end, c.entry.country, c.entry.feature == "PPLC" or self._travelled_to(doc, c))

    def _travelled_to(self, doc: Doc, c: Candidate) -> bool:
        """Whether a person went to the place ("The minister flew to France. In the capital, he
        met ..."): the capital of where someone travelled is the one a later sentence means, while
        a country that people fled into is not ("... fled into Chad. Fighting in the capital")."""
        tok = doc[c.head]
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "in", "into") or c.entry is None or not c.entry.is_country:
            return False
        verb = tok.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.motion_verbs or verb.lemma_.lower() in ("flee", "escape", "deport"):
            return False
        # (any subject: the parser makes a dateline's country a second one)
        return any(ch.dep_ == "nsubj" and (ch.ent_type_ == "PERSON" or ch.lemma_.lower() in self.agent_nouns)
                   for ch in verb.children)

    def _pick(self, c: Candidate, context: Counter[str], own: Mapping[str, float]) -> None:
        if c.source == "water":
            # no country of its own: that of the place it is named after, when the article is set there
            base = c.options[0][0]
            inside = [iso for iso in sorted(c.inside) if context.get(iso, 0) >= 1]
            if not inside and context:
                # a river or lake the gazetteer lacks (the well-known ones that cross borders are in it,
                # country null) in a story set in one country: a river of that country
                ranked = sorted(context.values(), reverse=True)
                top = max(context.items(), key=lambda kv: (kv[1], kv[0]))
                if top[1] >= HOME_WEIGHT and (len(ranked) < 2 or ranked[1] * 2 <= top[1]):
                    inside = [top[0]]
            c.entry = Entry(idx=-1, geonameid=None, name=base.name, country=inside[0] if len(inside) == 1 else None,
                            lat=None, lon=None, feature=base.feature, population=0, admin1="", curated=True)
            return
        if c.source == "landmark":
            # no gazetteer entry: the country comes from the anchors or the article's main country
            base = c.options[0][0]
            iso = next(iter(sorted(c.anchors)), None)
            topic = self._topic or context
            if base.feature in _SETTLED_FEATURES and iso is None and len(self._home) == 1:
                # a division the text names ("the western province of Palawan") in a story from
                # MANILA is of the dateline's country, not where its actors come from ("Beijing claims ...")
                iso = next(iter(self._home))
            if iso is None and topic:
                iso = max(topic.items(), key=lambda kv: (kv[1], kv[0]))[0]
            c.entry = Entry(idx=-1, geonameid=None, name=base.name, country=iso, lat=None, lon=None,
                            feature=base.feature, population=0, admin1="", curated=True)
            return
        if c.source == "description" and (c.link is not None or c.subnational or c.anaphor) and not c.options:
            return  # set from the name it stands for, after resolution (_linked_descriptions)
        if c.source == "description" and not c.options:
            # "the capital": the capital of the country the article is most about
            topic = self._topic or context
            if topic:
                iso = max(topic.items(), key=lambda kv: (kv[1], kv[0]))[0]
                cap = self.gaz.capitals.get(iso)
                if cap is not None:
                    c.entry, c.score = cap, 0.0
            return
        # another place's own name weighs against an alternate spelling ("Trnava" is Trnava, not
        # an old name of Tirana; a name's preferred referent and a short form of a longer name keep
        # their weight: "New York" the city, "Santiago" for Santiago de los Caballeros)
        own_name = ALIAS_PENALTY if any(not alias for _, alias in c.options) else 0.0
        pref = self.preferred.get(norm(c.text)) if own_name else None
        key = norm(c.text) + " "
        scored = sorted(
            ((self._score(c, e, alias, context, own) - (own_name if alias and pref not in (e.geonameid, e.name)
                                                        and not norm(e.name).startswith(key) else 0.0), e)
             for e, alias in c.options),
            key=lambda se: (-se[0], -se[1].population, se[1].idx),
        )
        if not scored:
            return
        c.score, c.entry = scored[0]
        c.margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 99.0
        e = c.entry
        if c.monarchy and context.get(e.country or "", 0) < 1:
            c.entry = None  # "in the kingdom" in an article about no kingdom of its list
            return
        if c.source in ("ner", "gazetteer") and e.country and norm(c.text) in self.home_only and e.country not in c.anchors \
                and e.country not in self._home and context.get(e.country, 0) - own.get(e.country, 0) < 1:
            # "the Federal District" in a story from MEXICO CITY: a generic division name is Brazil's
            # only in a story set there; elsewhere a division of the story's country the gazetteer lacks
            if context and _local_town(c, context, own, 1):
                c.entry = replace(c.entry, feature="ADM1")
            else:
                c.entry = None
            return
        if c.source in ("ner", "gazetteer") and context and all(alias for _, alias in c.options) \
                and not any(context.get(o.country or "", 0) - own.get(o.country or "", 0) >= 1
                            or o.country in c.anchors or o.country in c.sentence_countries for o, _ in c.options):
            # known only as another place's alternate name ("Boni" for Bonn), in countries the article
            # never places anything in (nor names in its sentence: "the Saudi port of Jubail"), while it
            # is set elsewhere: a town of the article's country that the gazetteer lacks, not a namesake abroad
            if _local_town(c, context, own, 1):
                return
        if c.introduced and context and not c.anchors and not c.admin_anchors and not c.sentence_countries \
                and all(o.feature in ("PPL", "PPLA", "PPLA2", "PPLX") and not o.curated and o.population < MINOR_ABROAD for o, _ in c.options) \
                and not any(context.get(o.country or "", 0) - own.get(o.country or "", 0) >= 1 for o, _ in c.options):
            # "the village of Zagora", "the department of Nippes", "the Ribera" in a story set in
            # Greece, Haiti, Spain: a local place the gazetteer lacks, introduced as such, not a
            # minor namesake in a country the article places nothing else in
            if _local_town(c, context, own, HOME_WEIGHT):
                return
        if c.source in ("ner", "gazetteer") and c.division and (e.feature.startswith("PPL") or e.is_country and c.plain_division) \
                and len(self._home) == 1 \
                and e.country not in self._home and e.country not in c.anchors and context.get(e.country or "", 0) - own.get(e.country or "", 0) < 1:
            # "Mustang district" in a story from POKHARA: a division the gazetteer lacks, of the
            # dateline's country, not a town of that name abroad the article never places anything in
            home_iso = next(iter(self._home))
            name = c.text
            if e.is_country and c.qualifier:
                # "West Azerbaijan province" in a story from TEHRAN: the compass word is the division's
                name, c.span_start = f"{c.qualifier} {c.text}", c.start - 1
            c.entry = Entry(idx=-1, geonameid=None, name=name, country=home_iso, lat=None, lon=None,
                            feature="ADM2", population=0, admin1="", curated=True)
            return
        if c.source in ("ner", "gazetteer") and c.county and e.feature.startswith("PPL") and e.country \
                and (e.country == "USA" or all(alias for o, alias in c.options if o.idx == e.idx)):
            # "Linxia Prefecture", "Charlotte County": a division named after a town (the gazetteer has
            # only the town, here Linxia Chengguanzhen, Charlotte): the division, in the town's country
            # (a US county keeps its word, PlacesLayer._mention)
            c.entry = Entry(idx=-1, geonameid=None, name=c.text, country=e.country, lat=None, lon=None,
                            feature="ADM2", population=0, admin1="", curated=True)
            c.own_division = True
            return
        if c.located and e.country not in c.located and not e.is_country and e.feature not in ("ADM1", "PPLC") \
                and c.source in ("ner", "gazetteer"):
            # "the town of Palma, in the province of Cabo Delgado": the text places it in a country
            # where the gazetteer knows no such name; keep the name there rather than a namesake
            c.entry = Entry(idx=-1, geonameid=None, name=c.text, country=sorted(c.located)[0], lat=None, lon=None,
                            feature="PPL", population=0, admin1="", curated=True)


def _local_town(c: Candidate, context: Counter[str], own: Mapping[str, float], least: float) -> bool:
    """Make ``c`` a town the gazetteer lacks (no id, no coordinates) in the country the article
    places most in apart from ``c`` itself, when that country's weight reaches ``least``."""
    home = max(((iso, w - own.get(iso, 0)) for iso, w in context.items()), key=lambda kv: (kv[1], kv[0]))
    if home[1] < least:
        return False
    c.entry = Entry(idx=-1, geonameid=None, name=c.text, country=home[0], lat=None, lon=None,
                    feature="PPL", population=0, admin1="", curated=True)
    return True


def _distance_from(doc: Doc | None, i: int) -> bool:
    """Token ``i`` ends a distance phrase ("Stip, 40 km south-west of the town"): the place the
    phrase measures from, never the town it places."""
    if doc is None or doc[i].dep_ != "pobj" or doc[i].head.lower_ != "of":
        return False
    start = doc[i].head.i
    return any(t.like_num for t in doc[max(0, start - 5) : start]) and any(
        t.lower_ in ("km", "kilometres", "kilometers", "miles", "mi", "kilometre", "kilometer") for t in doc[max(0, start - 4) : start])


def _measure(tok: Token) -> bool:
    """A number's noun in apposition ("the Afghan capital, 150 km to the west"): a distance or
    size, no name the description could stand for."""
    return tok.pos_ == "NOUN" and any(ch.dep_ == "nummod" for ch in tok.children)
