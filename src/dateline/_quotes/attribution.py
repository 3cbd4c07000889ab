"""Who said it: quote kinds, speech cues and speakers.

Quote marks are found on the original text (:mod:`.marks`); everything syntactic reads
``ctx.doc`` (parsed from the cleaned copy) and maps spans with ``ctx.span`` /
``ctx.clean_span``. Speakers are taken from the actors layer's mentions
(``ctx.state["actor_mentions"]``) where it has one for the speaker's words, otherwise an
:class:`Actor` is built from the noun phrase (``id`` null).

Rules, in the order they are tried for a direct quote:

1. a cue in the quote's own sentence(s), outside the quote: a speech verb ("said",
   "warned", "wrote"), a framing verb ("described ... as"), or a prepositional cue
   ("according to X"); the nearest wins, a verb that governs the quote first;
2. the speaker is the cue's subject; through "adding"/"and added" (advcl, conj) the
   governing verb's subject; after the quote, a post-posed noun phrase ("said the
   minister", "warned the Chinese leader"); a document ("the statement said") gives its
   issuers; a relative pronoun ("who said") its antecedent;
3. with no cue in the sentence: the speaker introduced by the previous sentence ("X
   said:"), the latest speaker in the paragraph, or in the previous paragraph, or the
   one person the previous paragraph names.

Partial quotes (fragments embedded in a sentence) are attributed only when they lie
inside reported speech: below a framing verb, or below a speech verb through a clausal
complement, or in a sentence with "according to X". Scare quotes get no speaker.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._actors.given_names import GIVEN_GENDER
from .._actors.resolve import PRON_GENDER
from .._actors.kb import KBError, load_kb
from .._nlp import doc_ents, span as doc_span, token_column, token_offsets, token_strings
from .._records import Actor, Quote, Span
from .lexicon import Lexicon
from .marks import _CUE_AFTER_RE, ALL_MARKS, RawQuote, dialogue_lines, find_quotes, paragraphs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

    from .._pipeline import Context

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CLAUSAL = {"ccomp", "parataxis", "xcomp", "advcl", "csubj", "conj"}
_CLIMB = {"advcl", "conj", "xcomp", "pcomp", "prep", "acl"}
_POSTPOSED = ("nsubj", "dobj", "attr", "npadvmod", "dative", "oprd", "appos", "nmod", "obj", "pobj")
_ADDRESSEE_VERBS = {"tell", "ask", "urge", "inform", "admonish", "address"}
_PLATFORMS = {
    "twitter", "x", "facebook", "telegram", "weibo", "wechat", "instagram", "youtube", "tiktok",
    "truth", "linkedin", "threads", "bluesky", "mastodon", "vk", "media",
}
_DIRECT_MIN_WORDS = 5
_WORD_RE = re.compile(r"\w+")
_RELATIVE = {"who", "that", "which", "whom"}
_ACCORDING_RE = re.compile(r"\baccording\b", re.IGNORECASE)
_MODALS = {"would", "will", "could", "might", "may", "should", "shall", "'d", "'ll"}
#: words that may link the parts of a title before the name it introduces ("the minister of
#: Foreign Affairs of Russia Sergey Lavrov"); a name straight after one is not the title holder
#: endings of nationality nouns ("the Luxembourger", "the Brazilian", "the Portuguese", "the Frenchman")
_DEMONYM_RE = re.compile(r"(?:[a-z]ian|[a-z]ean|[a-z]ger|[a-z]der|[a-z]ese|[a-z]ine|[a-z]man|[a-z]ish|[a-z]ani|[a-z]eli|[a-z]ean)$")
#: what stands between an interrupted quotation and its continuation: ', insisted the minister, '
_RESUME_RE = re.compile(r"^\s*,\s*[^.!?;:\"“”«»‘’]{2,80},\s*$")
#: the rest of a name the recogniser cut at its particle ("Soraya Sáenz| de Santamaría")
_NAME_PARTICLE_RE = re.compile(
    r" (?:de la|de los|de las|del|de|da|das|do|dos|van der|van den|van|von der|von|bin|ibn|al|el)"
    r" [A-ZÀ-ÖØ-Þ][\w'\-]+(?= *[,.;:)]| [a-z]|$)")
#: a capitalised word right before a position (a name may run on to the left)
_WORD_BEFORE_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'\-]* $")
#: lower-case particles inside a person's name ("Abdulaziz bin Salman", "Ana de Souza")
_NAME_PARTICLES = {"bin", "ibn", "bint", "al", "el", "de", "da", "das", "do", "dos", "del", "van", "von", "der", "den"}
#: short words a title of a work leaves in lower case ("Gone with the Wind", "A Tale of Two Cities")
_WORK_LINKS = {"a", "an", "as", "but", "or", "nor", "on", "by", "with", "from", "into", "up"}
#: nouns that name a public place before its name ("the street Ferraz", "the square Tahrir")
_PLACE_NOUNS = {"street", "avenue", "square", "boulevard", "road", "plaza", "park", "bridge", "esplanade"}
#: modifiers that make an outlet a state's voice ("the state television", "the official daily")
_STATE_MEDIA = {"state", "state-run", "state-owned", "official", "government", "public", "national", "party"}
_TITLE_LINKS = {"of", "for", "in", "at", "to", "the", "and", "y", "de", "del", "da", "do"}
#: honorifics before a surname ("Mr. Henry"): no given name
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sr", "sra", "m", "mme", "mlle", "sir", "dame", "lord", "lady", "sheikh", "herr", "frau"}
#: prepositions of time: a quoted noun after one dates the narration ("after the “normalization”")
_TIME_PREPS = {"after", "before", "since", "during", "until", "following", "amid"}
#: "X was removed as speaker of ...", "X resigned as Scotland's first minister": a role the name's own
#: verb gives; only verbs that give or take a role ("seen as a rival to the president", "appointed as
#: adviser to the president" give no "president": the role word must open the words after "as")
_AS_ROLE_RE = re.compile(r"\s+(?:(?:has|had|have|was|were|is|be|been|being|just|later|then|first|formally)\s+)*"
                         r"(?:removed|resign(?:ed|s)|sworn\s+in|(?:re-?)?elected|named|appointed|serve[ds]?|serving)"
                         r"\s+as\s+(?:(?:the|a|an)\s+|[A-ZÀ-ÖØ-Þ][\w-]*['’]s\s+)?((?:[\w'’-]+ ?){1,5})")
#: prepositions of the setting that may follow a title holder's name ("... Liu Haoran at a briefing")
_SETTING_PREPS = {"at", "during", "on", "in"}
#: an upper-case dateline and its dash: "BRASILIA -", "GAZA/TEL AVIV —", "KAZAN, Russia (Reuters) -"
_UP = "A-ZÀ-ÖØ-Þ"
_DATELINE_RE = re.compile(rf"^\s*[{_UP}][{_UP}'.\- ]+(?:\s*[/,]\s*[{_UP}][A-Za-zÀ-ÿ'.\- ]+)*"
                          r"(?:\s*,\s*\d{1,2}\s+[A-Za-z]{3,9}\.?)?"  # "BRASÍLIA, 31 Jul (Lusa) -": a wire's day and month
                          rf"\s*(?:\([^)]{{1,40}}\)\s*)?(?:—|–|--|-)\s")


def _body_prefix_len(words: Sequence[str], org_words: frozenset[str]) -> int:
    """'the vice-president of the European Commission Margaritis Schinas': the recogniser glues the
    body of a title to its holder's name. The words up to the body's last organisation word (not the
    first word, and with two to four capitalised words after it, so "Emily Post" and "Bank Smith"
    stay whole) are the body's; 0 when there is no such body."""
    cut = 0
    for k in range(1, len(words) - 2):
        if words[k].lower() in org_words and words[0][:1].isupper():
            cut = k + 1
    if cut and 2 <= len(words) - cut <= 4 and all(w[:1].isupper() for w in words[cut:]):
        return cut
    return 0


@dataclass(slots=True)
class Speaker:
    actor: Actor | None
    span: Span | None
    token_i: int | None  # head token of the speaker's words (clean doc), None when inferred


@dataclass(slots=True)
class Cue:
    text: str
    span: Span
    token_i: int  # the verb (or the preposition's first word)
    speaker: Speaker | None
    governs: bool = False


@dataclass(slots=True)
class _Found:
    raw: RawQuote
    kind: str
    tokens: list[int]  # token indices inside the quote content
    region: tuple[int, int]  # token range [lo, hi) of the quote with its marks
    quote: Quote | None = None
    speaker: Speaker | None = None  # the rules' choice and its cue (read by the speaker model, speakers.py)
    cue: Cue | None = None


class Attributor:
    """Finds and attributes the quotes of one article."""

    # Every attribute an Attributor has, as slots: past 30 attributes an instance's attributes no
    # longer share their keys with the other instances' and each ``self.x`` is a dict look-up;
    # a slot is read at a fixed offset.
    __slots__ = (
        "_arr", "_cue_cache", "_cue_cand_set", "_cue_cands", "_cue_texts", "_ent_of", "_full_names", "_guessed",
        "_home", "_home_para", "_para_starts", "_prep_first", "_prep_first_done", "_speaker_cache", "_titled_done",
        "_tok_ends", "_tok_starts", "ctx", "cue_verbs", "dateline_end", "doc", "ents", "events", "found", "lex",
        "mentions", "paras", "questions", "quoted", "raws", "text",
    )

    def __init__(self, ctx: Context, lex: Lexicon) -> None:
        self.ctx = ctx
        self.lex = lex
        self.text = ctx.article.text
        self.doc: Doc = ctx.doc
        self.paras = paragraphs(self.text)
        self.questions: dict[int, bool] = dialogue_lines(self.text)  # interview lines: True for a question
        self._para_starts = [p[0] for p in self.paras]
        # a mention running over a paragraph break ("on X.\n\nNational Assembly Speaker Woo") is
        # the parser gluing two sentences, not one actor
        self.mentions: list[Actor] = [a for a in ctx.state.get("actor_mentions", ())
                                      if a.span is not None and "\n" not in self.text[a.span[0] : a.span[1]]]
        self.cue_verbs = _cue_verbs_of(lex)
        self._speaker_cache: dict[int, Speaker | None] = {}
        self._guessed: set[int] = set()  # pronouns resolved without the actors layer's help (token index)
        self._cue_cache: dict[int, bool] = {}  # is_cue_verb by token index (asked ~2x per token)
        self._cue_texts: dict[int, tuple[str, Span]] = {}  # cue_text by token index
        self.quoted: set[int] = set()  # token indices inside any quote (marks included)
        self.events: list[tuple[int, Speaker, Cue]] = []  # (article offset, speaker, cue), by position
        self.raws: list[RawQuote] = []
        self._home_para: dict[int, int] = {}  # paragraph -> the one its running-over quotation began in
        self._home: str | None = None  # the article's home country ("" when none), on first need
        # tokens of a dateline opening the article ("BRASILIA -", "KABUL (Reuters) —"): never a speaker
        m = _DATELINE_RE.match(self.text)
        self.dateline_end = 0
        if m:
            cut = self.ctx.clean_span((0, m.end()))[1]
            self.dateline_end = bisect.bisect_left(token_column(self.doc, "IDX"), cut)  # tokens that start before it
        # an entity the recogniser ran over the dateline ("LONDON — Critics") labels nothing
        self.ents: list[SpacySpan] = [e for e in doc_ents(self.doc) if not e.start < self.dateline_end < e.end]
        # an entity the recogniser ran over a paragraph break ("on X.\n\nAnalysts") labels nothing
        clean = ctx.prepared.clean  # the doc's text: a slice of it is the entity's text, without Span.text's join
        self._ent_of: dict[int, SpacySpan] = {i: e for e in self.ents if "\n" not in clean[e.start_char : e.end_char]
                                              for i in range(e.start, e.end)}
        # full person names (two words or more) by each of their words: "Lula" -> {"Luiz Inácio Lula da Silva"}
        self._full_names: dict[str, set[str]] = {}
        orth = token_strings(self.doc, "ORTH")  # the words, without a Token per word
        for e in self.ents:
            if e.label_ == "PERSON" and len(e) > 1:
                name = e.text  # one join per entity, not one per word
                cut = _body_prefix_len(orth[e.start : e.end], self.lex.organization_words)
                if cut:  # "European Commission Margaritis Schinas": the person is "Margaritis Schinas"
                    name = " ".join(orth[e.start + cut : e.end])
                for w in orth[e.start + cut : e.end]:
                    self._full_names.setdefault(w, set()).add(name)
        self._titled_done = False  # names from titles and appositions: added on first need
        self._prep_first: frozenset[str] | None = None  # first words of the prepositional cues
        self._prep_first_done = False

    def full_names(self, word: str) -> set[str]:
        """The full person names the text gives for one of their words ("Lula", "Woo")."""
        if not self._titled_done:
            self._titled_done = True
            self._add_titled_names()
        return self._full_names.get(word, set())

    def _add_titled_names(self) -> None:
        """Full names the recogniser missed, by each of their words ("Woo" -> "Woo Won-shik").

        A run of two to four capitalised proper nouns (hyphenated parts glued: "Waker-Uz-Zaman")
        is a person's name when a title stands right before it ("Speaker Woo Won-shik",
        "General Waker-Uz-Zaman") or when it is in apposition to a person noun ("Hasina's son,
        Sajeeb Wazed Joy,"). Words the PERSON entities already name keep their names.
        """
        doc, lex = self.doc, self.lex
        idx, lens, pos, ws, alpha = self._arrays()
        text = self.ctx.prepared.clean  # the doc's text (Doc.text rebuilds it token by token)
        words_of = [text[st : st + ln] for st, ln in zip(idx, lens)]
        propn = doc.vocab.strings["PROPN"]
        hyphens = ("-", "\u2013")
        runs: list[list[int]] = []
        cur: list[int] = []
        n_words = len(words_of)
        for i, word in enumerate(words_of):
            glued = bool(cur) and not ws[cur[-1]] and (
                (word in hyphens and not ws[i]) or (words_of[cur[-1]] in hyphens and bool(alpha[i])))
            # a name particle between two capitalised names: "Abdulaziz bin Salman", "Ana de Souza"
            particle = bool(cur) and word in _NAME_PARTICLES and i + 1 < n_words and pos[i + 1] == propn \
                and words_of[i + 1][:1].isupper()
            if (pos[i] == propn and word[:1].isupper()) or glued or particle:
                cur.append(i)
                continue
            if len(cur) >= 2:
                runs.append(cur)
            cur = []
        if len(cur) >= 2:
            runs.append(cur)
        titles = lex.title_nouns | lex.person_nouns
        for run in runs:
            # the title ends the run's head words: "National Assembly Speaker | Woo Won-shik"
            cut = max((k + 1 for k, i in enumerate(run) if words_of[i].lower() in titles), default=0)
            ids = run[cut:]
            if not ids or words_of[ids[-1]] in hyphens:
                continue
            # glue hyphenated parts into one word
            parts: list[str] = []
            for k, i in enumerate(ids):
                if k and (words_of[ids[k - 1]] in hyphens or words_of[i] in hyphens):
                    parts[-1] += words_of[i]
                else:
                    parts.append(words_of[i])
            if not 2 <= len(parts) <= 4 or any(words_of[i].lower() in lex.organization_words for i in ids):
                continue
            words = [doc[i] for i in ids]
            if any(w.ent_type_ in ("GPE", "NORP", "LOC") for w in words):
                continue
            before = words_of[ids[0] - 1].lower() if ids[0] > 0 else None
            titled = cut > 0 or (before is not None and (before in titles or before in lex.role_nouns))
            appos = not titled and before == "," and words[-1].dep_ == "appos" \
                and words[-1].head.lemma_.lower() in lex.person_nouns
            if not (titled or appos):
                continue
            name = " ".join(parts)
            for w in parts:
                have = self._full_names.setdefault(w, set())
                if any(name in n for n in have):
                    continue
                # a recognised name cut short ("Lim Ha-" for "Lim Ha-neul") gives way to the whole
                have.difference_update([n for n in have if n in name])
                have.add(name)

    # -- helpers -----------------------------------------------------------------------

    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def recent_speakers(self, pos: int) -> Iterator[Actor | None]:
        """The speakers of the quotations before ``pos`` in its (home) paragraph or the one before,
        latest first: where "the latest person quoted nearby" is looked for."""
        para = self.home_para(pos)
        for epos, sp, _cue in reversed(self.events):
            if epos >= pos:
                continue
            if self.para_of(epos) < para - 1:
                break
            yield sp.actor

    def home_para(self, pos: int) -> int:
        """The paragraph of ``pos``, or, in a paragraph that continues a quotation begun in an
        earlier one, that earlier paragraph: "the paragraph before" is counted from where the
        quotation began ("Canseco narrated the facts. | “I tried … | “They are criminals”, said
        the diplomat")."""
        p = self.para_of(pos)
        return self._home_para.get(p, p)

    def tok_range(self, span: Span) -> tuple[int, int]:
        """Token index range [lo, hi) of the doc covering article offsets ``span``."""
        cs, ce = self.ctx.clean_span(span)
        if ce <= cs:
            return (0, 0)
        if not hasattr(self, "_tok_ends"):
            idx, lens = self._arrays()[:2]
            self._tok_ends = [a + b for a, b in zip(idx, lens)]
            self._tok_starts = idx
        lo = bisect.bisect_right(self._tok_ends, cs)
        hi = bisect.bisect_left(self._tok_starts, ce)
        if lo >= hi:
            return (0, 0)
        return (lo, hi)

    def _arrays(self) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
        """Per token: character offset, length, coarse tag, trailing space, alphabetic (read from
        the doc's arrays once; building a Token per word costs more than the whole scan)."""
        arr = getattr(self, "_arr", None)
        if arr is None:
            cols = [token_column(self.doc, a) for a in ("IDX", "LENGTH", "POS", "SPACY", "IS_ALPHA")]  # the doc's shared table
            arr = self._arr = (cols[0], cols[1], cols[2], cols[3], cols[4])
        return arr

    def aspan(self, tokens: SpacySpan | Token) -> Span:
        return self.ctx.span(tokens)

    def _cue_candidates(self) -> list[int]:
        """Indices of the tokens whose lemma or form can make a cue verb (the first test of
        :meth:`_is_cue_verb`), found from the doc's arrays once per article, each distinct
        lemma and form looked at once."""
        cands = getattr(self, "_cue_cands", None)
        if cands is None:
            # the doc's shared word lists (the events layer reads the lemmas too)
            lemmas, forms = token_strings(self.doc, "LEMMA"), token_strings(self.doc, "ORTH")
            cue = self.cue_verbs
            lemma_ok = {x for x in set(lemmas) if x.lower() in cue}
            form_ok = {x for x in set(forms) if x.lower() in ("said", "says")}
            cands = [i for i, x in enumerate(lemmas) if x in lemma_ok or forms[i] in form_ok]
            self._cue_cands = cands
            self._cue_cand_set = frozenset(cands)
        return cands

    def _cue_verb_at(self, i: int) -> bool:
        """:meth:`is_cue_verb` of token ``i``, making the Token only when the answer is not known yet."""
        hit = self._cue_cache.get(i)
        return self.is_cue_verb(self.doc[i]) if hit is None else hit

    def is_cue_verb(self, t: Token) -> bool:
        hit = self._cue_cache.get(t.i)
        if hit is None:
            self._cue_candidates()
            hit = self._cue_cache[t.i] = t.i in self._cue_cand_set and self._is_cue_verb(t)
        return hit

    def _is_cue_verb(self, t: Token) -> bool:
        if t.lemma_.lower() not in self.cue_verbs and t.text.lower() not in ("said", "says"):
            return False
        if t.pos_ not in ("VERB", "AUX") and not t.tag_.startswith("VB"):
            return False
        if t.lemma_.lower() in self.lex.aspect_verbs and any(
                c.dep_ == "xcomp" and c.tag_ in ("VB", "VBG") for c in t.children):
            return False  # "will continue playing", "continued to fight": aspect, not speech
        if t.lemma_.lower() in self.lex.clausal_cue_verbs and not any(c.dep_ in ("ccomp", "parataxis") for c in t.children) \
                and any(c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN") for c in t.children) \
                and not (t.i >= 2 and self.doc[t.i - 1].text == "," and self.doc[t.i - 2].text in ALL_MARKS + '"\''):
            return False  # "wants to maintain “this humanitarian bridge”": keeping a thing, not saying
        particle = self.lex.phrasal_verbs.get(t.lemma_.lower())
        if particle is not None and t.lemma_.lower() not in self.lex.speech_verbs:
            # "pointed out", or machine translation's bare "pointed that ..."
            return any((c.dep_ == "prt" and c.lower_ == particle) or c.dep_ == "ccomp" for c in t.children)
        return True

    def cue_text(self, v: Token) -> tuple[str, Span]:
        """The verb, with its particle ("pointed out") or platform ("wrote on Twitter")."""
        hit = self._cue_texts.get(v.i)  # asked ~1.5x per cue verb; the answer reads only the parse
        if hit is None:
            hit = self._cue_texts[v.i] = self._cue_text(v)
        return hit

    def _cue_text(self, v: Token) -> tuple[str, Span]:
        end = v
        for c in v.children:
            if c.dep_ == "prt" and c.i > v.i and c.i <= v.i + 2:
                end = c if c.i > end.i else end
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "on" and c.i > v.i and c.i <= end.i + 3:
                objs = [o for o in c.children if o.dep_ == "pobj" and o.lower_ in _PLATFORMS]
                if objs and objs[0].i <= c.i + 3:
                    end = objs[0]
        span = self.aspan(doc_span(self.doc, v.i, end.i + 1))
        return self.text[span[0] : span[1]], span

    # -- speakers ----------------------------------------------------------------------

    def speaker_of(self, v: Token, after_quote: bool = False) -> Speaker | None:
        """The speaker of cue verb ``v``."""
        key = v.i * 2 + int(after_quote)
        if key in self._speaker_cache:
            return self._speaker_cache[key]
        sp = self._speaker_of(v, after_quote, 0)
        if sp is None or sp.token_i not in self._guessed:
            self._speaker_cache[key] = sp  # a guessed pronoun is guessed again as speakers become known
        return sp

    def _speaker_of(self, v: Token, after_quote: bool, depth: int) -> Speaker | None:
        if depth > 4:
            return None
        lemma = v.lemma_.lower()
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)
        # "A delegate ... who requested to not be named said to this reporter": the parser read
        # the verb after the relative clause as a participle with a passive subject, but no
        # auxiliary makes it passive
        misread = passive and lemma != "quote" and v.tag_ in ("VBD", "VBN") and not any(
            c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lemma_ in ("be", "have", "get")) for c in v.children)
        if misread:
            passive = False
        if v.dep_ == "acl" and v.head.lemma_.lower() in self.lex.document_nouns \
                and not any(c.dep_ in _SUBJ and c.i not in self.quoted for c in v.children):
            # "a statement saying ...": the statement's issuers (not "the release, a stance X
            # called «…»": a clause with a subject of its own)
            return self.document_speaker(v.head)
        if lemma == "quote" and not passive:
            # "the statement quoted Xi as saying": the one quoted speaks, not the quoting source
            obj = next((c for c in v.children if c.dep_ in ("dobj", "obj") and c.i not in self.quoted), None)
            if obj is not None and any(t.lower_ == "as" for t in v.subtree if t.i > obj.i):
                return self.subject_speaker(obj, v)
        for c in v.children:
            if (c.dep_ == "nsubj" or c.dep_ == "csubj" or (misread and c.dep_ == "nsubjpass" and c.i < v.i)) \
                    and c.i not in self.quoted:
                if _mt_and(c):
                    ap = next((a for a in c.children if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN")
                               and a.i not in self.quoted), None)
                    if ap is not None:
                        # '..., Y its secretary general, Manuel Flores, affirmed:': the phrase the parser
                        # hung on "Y" is the subject
                        return self.subject_speaker(ap, v)
                    sp = self._conjunct_subject(v, c)
                    if sp is not None:
                        return sp
                    continue
                if c.i < self.dateline_end and any(
                    o.dep_ in ("nsubj", "csubj") and o.i >= self.dateline_end for o in v.children
                ):
                    continue  # "LIMA - The president ... vowed": the parser gave the verb two subjects
                if self._opening_caps(c) and any(o.dep_ in ("nsubj", "csubj") and o.i > c.i for o in v.children) \
                        and not self._known_actor(self.subject_speaker(c, v)):
                    # "MADRID, May 19 (Agency) - The Government of Spain summoned ...": a dateline the
                    # regex does not know, made a second subject, that names no known state or body
                    # (a city read as the "Real Madrid" the body mentions) is no speaker
                    continue
                if lemma in self.lex.chant_verbs and not self._voice_like(c):
                    # "motorists who had waited since dawn chanted «…»", "... in the street Ferraz
                    # shouting «…»": a thing or a place the parser made the subject; the crowd chants
                    crowd = self._crowd_above(v)
                    if crowd is not None:
                        return self.subject_speaker(crowd, v)
                return self.subject_speaker(c, v)
        for c in v.children:
            # "In Niamey, the junta of the general X denounced ...": the parser hung the subject on
            # the fronted place as an apposition that runs up to the verb
            if c.dep_ != "prep" or c.i > v.i:
                continue
            for o in c.children:
                if o.dep_ != "pobj":
                    continue
                for a in o.children:
                    if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN") and a.i not in self.quoted \
                            and max(t.i for t in a.subtree) == v.i - 1:
                        return self.subject_speaker(a, v)
        if not passive and v.tag_ in ("VBD", "VBZ", "VBP") and v.dep_ not in ("conj", "relcl") \
                and not any(c.dep_ in ("nsubj", "csubj", "expl") for c in v.children):
            # "Abroad, the President of the United States, Joe Biden, congratulated Lula": a finite
            # verb the parser left without its subject, right after a name and its comma
            hd = v.head
            if v.dep_ == "acl" and v.tag_ == "VBD" and hd.i < v.i and hd.i not in self.quoted and hd.pos_ in ("PROPN", "NOUN") \
                    and (hd.ent_type_ in ("PERSON", "ORG", "NORP") or hd.lemma_.lower() in self.lex.person_nouns
                         or hd.lemma_.lower() in self.lex.population_nouns or hd.lemma_.lower() in self.lex.quantity_nouns):
                # "Francia Márquez, the first woman in the post, declared"; "crowds gathered in the
                # square chanting «…»" read as a noun with a participle
                return self.subject_speaker(hd, v)
            k = v.i - 1
            if k >= 0 and self.doc[k].text == ",":
                k -= 1
            t = self.doc[k] if k >= 0 else None
            if t is not None and t.i not in self.quoted and t.i >= self.dateline_end and t.pos_ in ("PROPN", "NOUN") \
                    and (t.ent_type_ in ("PERSON", "ORG", "NORP") or t.lemma_.lower() in self.lex.person_nouns) \
                    and self.para_of(self.aspan(t)[0]) == self.para_of(self.aspan(v)[0]):
                while t.dep_ in ("compound", "flat") and t.head.i > t.i and t.head.i < v.i:
                    t = t.head
                return self.subject_speaker(t, v)
            for c in v.children:
                # "The ministry, that had warned France, said ...": the parser read the relative
                # clause as a complement before the verb and gave it the noun as a second subject
                if c.dep_ == "ccomp" and c.i < v.i and c.i not in self.quoted:
                    subs = [s for s in c.children if s.dep_ == "nsubj" and s.i not in self.quoted]
                    if len(subs) == 2 and subs[1].lower_ in _RELATIVE and subs[0].pos_ in ("NOUN", "PROPN") \
                            and subs[0].i >= self.dateline_end and self.doc[subs[0].i + 1].text == ",":
                        return self.subject_speaker(subs[0], v)
        if passive:
            # machine translation's impersonal passive: '«…», it is said in the statement' -> the
            # statement's issuer
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "in" and c.i > v.i:
                    doc_n = next((o for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                                  and o.lemma_.lower() in self.lex.document_nouns), None)
                    if doc_n is not None:
                        return self.document_speaker(doc_n)
            for c in v.children:
                if c.dep_ == "nsubjpass" and lemma == "quote":
                    return self.subject_speaker(c, v)
                if c.dep_ == "agent":
                    for o in c.children:
                        if o.dep_ == "pobj":
                            return self.subject_speaker(o, v)
            if lemma != "quote":
                return None
        if after_quote or v.i < v.sent.end - 1:
            for c in v.children:
                if c.i > v.i and c.dep_ in _POSTPOSED and c.pos_ in ("NOUN", "PROPN", "PRON") and c.i not in self.quoted:
                    if lemma in _ADDRESSEE_VERBS and c.dep_ in ("dobj", "dative", "obj") and not (
                            # machine translation's inversion '“…”, told Canseco upon arriving': a
                            # subjectless "told" right after the quotation, a person's name after it
                            after_quote and lemma == "tell" and c.ent_type_ == "PERSON" and c.i <= v.i + 3
                            and not any(o.dep_ in ("nsubj", "nsubjpass", "expl") for o in v.children)
                            and v.i >= 2 and self.doc[v.i - 1].text == "," and (v.i - 2) in self.quoted):
                        continue
                    if c.dep_ in ("npadvmod",) and c.ent_type_ in ("DATE", "TIME"):
                        ap = self._appos_after_time(c) if after_quote else None
                        if ap is not None:
                            # '“…”, declared this Saturday the president of the Council, X,': machine
                            # translation's time before the post-posed speaker, who the parser hung on
                            # the time as its apposition
                            return self.subject_speaker(ap, v)
                        continue
                    if c.dep_ == "pobj":
                        continue
                    if after_quote or c.dep_ in ("nsubj", "attr"):
                        return self.subject_speaker(c, v)
            if after_quote and v.i + 1 < len(self.doc) and not any(c.dep_ in _SUBJ for c in v.children):
                # '“…”, declared Nduhungirehe to the journalists': a surname the parser took for an
                # adverb or a particle, of a person the text named in full before
                n = self.doc[v.i + 1]
                # (also a surname the parser made the subject of a later clause: '“…”, declared
                # Montenegro before the supporters gathered', the surname a country's name)
                if n.i not in self.quoted and n.text[:1].isupper() and n.is_alpha and (
                        n.pos_ not in ("NOUN", "PROPN", "PRON", "DET")
                        or (n.pos_ == "PROPN" and n.head.i != v.i and n.dep_ in _SUBJ and n.head.i > n.i)):
                    named = self._earlier_full_name(n)
                    if named is not None:
                        return named
            if after_quote:
                # '“…”, declared in the press conference the spokesman Geng Shuang': the parser
                # hangs the post-posed speaker on the prepositional phrase as an apposition
                for c in v.children:
                    if c.dep_ != "prep" or c.i < v.i or c.i in self.quoted:
                        continue
                    for o in c.children:
                        if o.dep_ != "pobj":
                            continue
                        for a in o.children:
                            if a.dep_ == "appos" and a.i not in self.quoted and (
                                    a.ent_type_ == "PERSON" or a.lemma_.lower() in self.lex.person_nouns):
                                return self.subject_speaker(a, v)
        if v.tag_ == "VBG" and v.dep_ == "acl" and v.head.pos_ == "NOUN" and v.head.i < v.i and v.head.i not in self.quoted \
                and (v.head.lemma_.lower() in self.lex.population_nouns or v.head.lemma_.lower() in self.lex.quantity_nouns
                     or v.head.lemma_.lower() in ("person", "people")):
            # "hundreds of young persons chanting «…» confronted the police": the crowd chants
            return self.subject_speaker(v.head, v)
        if v.tag_ == "VBN" and v.dep_ == "acl" and v.i >= 2 and self.doc[v.i - 1].text == "," \
                and v.head.i < v.i and v.head.pos_ == "PROPN" and v.head.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") \
                and v.head.i not in self.quoted and not any(c.dep_ in ("agent", "auxpass") for c in v.children) \
                and any(c.dep_ in ("dobj", "xcomp", "ccomp", "conj") for c in v.children):
            # "China, which has close ties to both, offered to mediate and urged «…»": a finite verb
            # after its subject's relative clause, tagged a participle
            return self.subject_speaker(v.head, v)
        if self._verb_after_titled_name(v):
            return self.subject_speaker(v.head, v)
        if v.tag_ == "VBN" and v.dep_ in ("advcl", "acl", "amod"):
            return None  # "Asked whether ...": the one asked is not the speaker of "asked"
        if v.dep_ == "dep" and v.tag_ == "VBD" and v.i >= 1 and self.doc[v.i - 1].text == "," and v.head.i < v.i \
                and v.head.tag_ == "VBD" and v.head.i not in self.quoted \
                and not any(c.dep_ in _SUBJ for c in v.children):
            # "The State Department issued a statement, condemned the «…» of China, Y reiterated":
            # a list of the subject's acts the parser hung on the first
            return self._speaker_of(v.head, after_quote, depth + 1)
        if v.dep_ in ("conj", "advcl") and v.head.dep_ == "ccomp" and v.head.head.i < v.head.i \
                and self.is_cue_verb(v.head.head) and v.head.head.i not in self.quoted \
                and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in v.head.children) \
                and not any(c.dep_ in ("aux", "nsubj") for c in v.children) and v.tag_ in ("VBD", "VBG"):
            # "Zelenskiy said Russian troops had detonated the dam and called it «…»", "denied that
            # Belgrade had armed the group, calling the men «…»": the reported clause is in the past
            # perfect; a verb in the reporter's own tense joined to it is the reporter's act
            return self._speaker_of(v.head.head, after_quote, depth + 1)
        if v.dep_ in _CLIMB and v.head is not v:
            h = v.head
            if h.dep_ == "prep" and h.lower_ == "as":  # "quoted as saying"
                h = h.head
                if h.lemma_.lower() == "quote":  # "the paper quoted the general as saying"
                    obj = next((c for c in h.children if c.dep_ == "dobj" and c.i not in self.quoted), None)
                    if obj is not None:
                        return self.subject_speaker(obj, h)
            if h.pos_ == "ADP" and h.dep_ in ("prep", "mark") and h.head.i != h.i and (
                    h.head.pos_ in ("VERB", "AUX") or h.head.tag_.startswith("VB")):
                h = h.head  # "provoked a polemic by speaking of «…»": the governing verb's speaker
                if h.i in self.quoted:
                    # '«…», he declared, before warning that ...': the parser hung the phrase on the
                    # quotation's verb; the quotation's own cue governs it
                    h = next((c for c in h.children if c.dep_ in ("parataxis", "ccomp", "advcl", "conj")
                              and c.i not in self.quoted and h.i < c.i < v.i and self.is_cue_verb(c)), h)
            if h.pos_ in ("VERB", "AUX") or h.tag_.startswith("VB"):
                # '«…», confirmed the Tunisian president, warning that «…»': the governing verb
                # follows a quotation, so its speaker is post-posed
                follows = h.i >= 2 and self.doc[h.i - 1].text == "," and (h.i - 2) in self.quoted
                return self._speaker_of(h, after_quote or follows, depth + 1)
        if v.dep_ == "relcl":
            return self.subject_speaker(v.head, v)
        return None

    def _appos_after_time(self, t: Token) -> Token | None:
        """A person or title noun the parser hung on a time phrase as its apposition ("this
        Saturday the president of the Council"): a definite noun phrase right after the time."""
        for a in t.children:
            if a.dep_ != "appos" or a.i <= t.i or a.i in self.quoted:
                continue
            first = min(x.i for x in a.subtree)
            if first != t.i + 1 or (self.doc[first].lower_ not in ("the", "a", "an") and a.pos_ != "PROPN"):
                continue
            if a.ent_type_ == "PERSON" or a.lemma_.lower() in self.lex.person_nouns \
                    or a.lemma_.lower() in self.lex.title_nouns:
                return a
        return None

    def _verb_after_titled_name(self, v: Token) -> bool:
        """'The chief of Malian diplomacy, Abdoulaye Diop, estimated ... that': a finite verb after a
        title and its named apposition, that the parser tagged a participle of the title."""
        h = v.head
        return v.tag_ == "VBN" and v.dep_ == "acl" and v.i >= 2 and self.doc[v.i - 1].text == "," \
            and h.i < v.i and h.i not in self.quoted and h.dep_ in ("ROOT", "nsubj") \
            and h.pos_ == "NOUN" and h.lemma_.lower() in self.lex.title_nouns \
            and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i < v.i for c in h.children) \
            and not any(c.dep_ in ("agent", "auxpass") for c in v.children)

    def _personish(self, t: Token) -> bool:
        """A word that can name a person or people ("minister", "nationalist" read as a noun, a
        named entity, "voters"), not a thing like "government" or "reform"."""
        lemma = t.lemma_.lower()
        return t.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or lemma in self.lex.person_nouns \
            or lemma in self.lex.title_nouns or lemma in self.lex.role_nouns or lemma in self.lex.population_nouns \
            or lemma in self.lex.voice_nouns

    def _crowd_label(self, t: Token, sp: Speaker, f: _Found) -> bool:
        """'Demonstrators branded the vote “a fraud”': a protesting crowd's own label, once, in the
        past tense and lower case, is its words (as its chants are); residents' or voters' names
        for something, and any crowd's habitual naming ('whom protesters call “…”'), are not."""
        if t.tag_ in ("VBP", "VBZ") or self._capitalised(f) or sp.token_i is None:
            return False
        return self.doc[sp.token_i].lemma_.lower() in self.lex.protest_crowd_nouns

    @staticmethod
    def _appos_path(t: Token, top: Token) -> bool:
        """Some word on the path from ``t`` up to its ancestor ``top`` is an apposition."""
        for a in (t, *t.ancestors):
            if a.i == top.i:
                return False
            if a.dep_ == "appos":
                return True
        return False

    def _voice_like(self, t: Token) -> bool:
        """Could ``t`` be someone who speaks: a pronoun, a person, an actor mention, a speaker word."""
        if t.i > 0 and self.doc[t.i - 1].lower_ in _PLACE_NOUNS:
            return False  # "the street Ferraz", "the square Tahrir": a place named
        if t.pos_ == "PRON" or t.ent_type_ in ("PERSON", "NORP", "ORG") or self.mention_at(self.aspan(t)) is not None:
            return True
        return self._voice_word(t.lemma_.lower())

    def _crowd_above(self, v: Token) -> Token | None:
        """The crowd noun (`population_nouns`, `quantity_nouns`) that a chanting verb's clause hangs
        on ("motorists who ... chanted"), or the subject of its sentence's main clause ("thousands of
        people gathered ... shouting"); ``None`` otherwise."""
        crowd_words = self.lex.population_nouns | self.lex.quantity_nouns
        for a in v.ancestors:
            if a.pos_ == "NOUN" and a.lemma_.lower() in crowd_words and a.i not in self.quoted:
                return a
        root = v.sent.root
        return next((c for c in root.children if c.dep_ == "nsubj" and c.i not in self.quoted and c.i < v.i
                     and c.lemma_.lower() in crowd_words), None)

    def _earlier_full_name(self, n: Token) -> Speaker | None:
        """The person an earlier mention names in full with the word ``n`` as its last name."""
        span = self.aspan(n)
        fulls = [m for m in self.mentions if m.kind == "person" and m.span is not None and m.span[1] <= span[0]
                 and len(m.name.split()) >= 2 and m.name.split()[-1] == n.text]
        if len({m.id or m.name for m in fulls}) != 1:
            return None
        return Speaker(_as_mention(fulls[-1], n.text, span), span, n.i)

    def _conjunct_subject(self, v: Token, y: Token) -> Speaker | None:
        """'Geagea denied that his supporters opened fire , Y said that ...': machine translation's
        "Y" (and) read as the subject of the second verb; the speaker is the subject of the clause
        before it, found by climbing from its last word past reported clauses to a verb with a
        subject of its own."""
        doc = self.doc
        k = y.i - 1
        while k >= v.sent.start and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        if k < v.sent.start:
            return None
        t = doc[k]
        for _ in range(12):
            if t.i != v.i and t.i not in self.quoted and (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")) \
                    and t.dep_ not in ("relcl", "acl") and not (t.dep_ in ("ccomp", "xcomp") and t.head.i < t.i):
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in self.quoted
                             and not _mt_and(c)), None)
                if subj is not None:
                    return None if subj.dep_ == "nsubjpass" else self.subject_speaker(subj, t)
            if t.head.i == t.i or t.head.i == v.i:
                break
            t = t.head
        h = v.head
        if h.i < v.i and h.i not in self.quoted and h.pos_ in ("VERB", "AUX") and v.dep_ in ("ccomp", "conj", "advcl"):
            # 'Egypt announced the failure ... , Y accused ...' read as a complement of the first verb
            subj = next((c for c in h.children if c.dep_ == "nsubj" and c.i not in self.quoted and not _mt_and(c)), None)
            if subj is not None:
                return self.subject_speaker(subj, h)
        return None

    def subject_speaker(self, s: Token, v: Token | None) -> Speaker | None:
        if len(s.text) == 1 and s.pos_ != "PRON" and s.text.lower() != "i":
            return None  # a stray letter the parser took for a subject (machine translation's "Y")
        if s.lower_ in _RELATIVE and v is not None and v.dep_ == "relcl":
            who = s.lower_ in ("who", "whom")
            s = v.head
            if who and s.pos_ == "NOUN" and s.dep_ in ("dobj", "pobj") and not self._personish(s):
                # 'The 54-year-old, first nationalist to lead the federal government, who once
                # described ...': "who" is a person; the parser hung it on the thing in the phrase
                # before, so the subject that phrase describes is meant. Only with evidence that it
                # is a thing: the phrase is an apposition of that subject, or the noun is a body or a
                # document ('The coach of the goalkeeper, who called ...': a person noun no lexicon
                # lists keeps its "who")
                up = next((a for a in s.ancestors if a.dep_ in ("nsubj", "nsubjpass") and a.i < s.i), None)
                if up is not None and (self._appos_path(s, up) or s.lemma_.lower() in self.lex.institution_nouns
                                       or s.lemma_.lower() in self.lex.document_nouns):
                    s = up
        if s.lemma_.lower() in self.lex.document_nouns and s.pos_ == "NOUN":
            return self.document_speaker(s)
        if s.i < self.dateline_end:
            # "BRASILIA - The president Lula promised": the parser made the dateline the subject
            # and the real subject its apposition
            inner = [c for c in s.children if c.dep_ == "appos" and c.i >= self.dateline_end]
            if not inner:
                return None
            s = inner[0]
        return self.resolve(s)

    def document_speaker(self, d: Token) -> Speaker | None:
        """The issuers of a document ("the statement said" -> the ministry that issued it)."""
        found = self._issuer(d)
        if found is not None:
            return found
        para = self.para_of(self.aspan(d)[0])
        # an earlier mention of a document in the same paragraph, most recent first (the words
        # and tags read from the doc's lists: a Token only for a document noun)
        starts, ends = token_offsets(self.doc)
        lemmas, tags = token_strings(self.doc, "LEMMA"), token_strings(self.doc, "POS")
        nouns = self.lex.document_nouns
        for i in range(d.i - 1, -1, -1):
            if self.para_of(self.ctx.span((starts[i], ends[i]))[0]) != para:
                break
            if lemmas[i].lower() in nouns and tags[i] == "NOUN" and i not in self.quoted:
                t = self.doc[i]
                found = self._issuer(t)
                if found is not None:
                    return found
                if any(c.dep_ == "amod" and c.lower_ == "joint" for c in t.children):
                    # "X agreed ..., according to a joint statement. The statement said": issued by
                    # parties the text does not list, not by the subject before it
                    return Speaker(None, None, None)
        found = self._previous_subject(d, para)
        if found is not None:
            return found
        # an earlier mention of a document, most recent first
        for i in range(d.i - 1, -1, -1):
            if lemmas[i].lower() in nouns and tags[i] == "NOUN":
                found = self._issuer(self.doc[i])
                if found is not None:
                    return found
        return Speaker(None, None, None)

    def _document_subject_before(self, h: Token) -> Token | None:
        """The document noun that is the main subject of the sentence before ``h``'s (past
        sentences that are all quotation), in the same paragraph; ``None`` otherwise."""
        para = self.para_of(self.aspan(h)[0])
        sent = h.sent
        for _ in range(3):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            if self.para_of(self.aspan(sent.root)[0]) != para:
                return None
            if all(t.i in self.quoted or t.is_punct or t.is_space for t in sent):
                continue
            subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in self.quoted), None)
            if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in self.lex.document_nouns:
                return subj
            return None
        return None

    def _previous_subject(self, d: Token, para: int) -> Speaker | None:
        """'The White House expressed its disappointment. «…», said the statement': a definite
        document with no issuer of its own is the statement of the identified body, state or person
        that is the main subject of the sentence before it in the same paragraph."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in d.children):
            return None
        start = d.sent.start
        k = start - 1
        while k >= 0 and (self.doc[k].is_space or k in self.quoted):
            k -= 1  # past the quotation that opens the document's own sentence
        if k < 0 or self.para_of(self.aspan(self.doc[k])[0]) != para:
            return None
        root = self.doc[k].sent.root
        if root.i in self.quoted:
            return None
        subj = next((c for c in reversed(list(root.children)) if c.dep_ == "nsubj" and c.i not in self.quoted
                     and c.i < root.i and c.i >= self.dateline_end), None)
        if subj is None or subj.pos_ not in ("PROPN", "NOUN") or subj.lemma_.lower() in self.lex.document_nouns:
            return None
        sp = self.home_voice(self.resolve(subj))
        if sp is None or sp.actor is None or (sp.actor.id is None and not sp.actor.country):
            return None
        return sp

    def _issuer(self, d: Token) -> Speaker | None:
        for c in d.children:
            if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
                return self.resolve(c)
            if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in ("its", "their", "his", "her"):
                # "according to its report": the one the possessive stands for
                sp = self.resolve_pronoun(c, self._POSS.get(c.lower_, c.lower_))
                if sp is not None and sp.actor is not None:
                    return sp
        for c in d.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                for o in c.children:
                    if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN") and o.lemma_.lower() not in self.lex.document_nouns:
                        return self.resolve(o)
        for c in d.children:
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "GPE", "PERSON", "NORP"):
                return self.resolve(c)
        h = d.head
        if d.dep_ == "pobj" and h.lower_ == "in" and h.head.pos_ == "VERB":
            # "in a statement, the ministry said" / "the ministry said in a statement" (also one
            # "released by the White House": the one who said it speaks)
            v = h.head
            for c in v.children:
                if c.dep_ == "nsubj" and c.lemma_.lower() not in self.lex.document_nouns:
                    return self.resolve(c)
        for c in d.children:
            # "a statement published by the official news agency of Saudi Arabia"
            if c.dep_ == "acl" and c.lemma_.lower() in self.lex.issuing_verbs:
                for a in c.children:
                    if a.dep_ == "agent":
                        for o in a.children:
                            if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN"):
                                return self.resolve(o)
        if d.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in self.lex.issuing_verbs:
            for c in h.children:
                if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE:
                    return self.resolve(c)
                if c.dep_ == "agent":
                    for o in c.children:
                        if o.dep_ == "pobj":
                            return self.resolve(o)
        return None

    def np_core(self, h: Token) -> SpacySpan:
        lo = h.i
        for t in h.subtree:
            if t.i < h.i:
                lo = min(lo, t.i)
        for i in range(lo, h.i):
            if i in self.quoted:
                lo = i + 1
        if lo < self.dateline_end <= h.i:
            lo = self.dateline_end  # "LONDON — Critics called ...": the dateline is no part of the subject
        # a noun phrase starting at a comma or a mark is cut after it; one the parser ran over a
        # paragraph break starts after the break
        orth = token_strings(self.doc, "ORTH")
        for i in range(h.i - 1, lo - 1, -1):
            if "\n" in orth[i] and orth[i].isspace():  # a space token holding a line break
                lo = i + 1
                break
        while lo < h.i and (self.doc[lo].is_punct or self.doc[lo].dep_ in ("cc", "prep")):
            lo += 1
        hi = h.i + 1
        for c in h.children:
            if c.i > h.i and c.dep_ in ("flat", "compound") and c.i == hi:
                hi = c.i + 1
        if h.pos_ == "NOUN":
            # "the minister of Finance", "the spokesman of the Foreign Ministry"
            for c in h.children:
                if c.i == hi and c.dep_ == "prep" and c.lower_ == "of":
                    end = max(t.i for t in c.subtree) + 1
                    if not any(self.doc[i].is_punct or i in self.quoted for i in range(hi, end)):
                        hi = end
        return doc_span(self.doc, lo, hi)

    def resolve(self, h: Token) -> Speaker | None:
        """The Actor for the speaker whose head token is ``h``."""
        if h.pos_ == "PRON" or h.tag_ in ("PRP", "WP"):
            return self.resolve_pronoun(h)
        core = self.np_core(h)
        head_span = self.aspan(h)
        core_span = self.aspan(core)
        best = self.mention_at(head_span) or self.mention_in(core_span)
        if best is not None and best.span is not None and h.pos_ == "NOUN" and any(
                c.dep_ == "poss" and self.aspan(c) == best.span for c in h.children):
            # "Her colleague Wang Wenbin said", "His widow, Yulia Navalnaya, vowed": the possessor
            # is not the one the noun names; its name in apposition is
            for c in h.children:
                if c.dep_ == "appos" and c.i not in self.quoted and c.ent_type_ == "PERSON" and c.pos_ == "PROPN":
                    named = self.resolve(c)
                    if named is not None and named.actor is not None and named.actor.kind == "person":
                        return named
        if best is not None and best.kind in ("state", "organization") and best.country:
            # "The Ministry of Defence of Azerbaijan": the state the institution is "of" decides,
            # not a namesake body of another state the knowledge base knows
            o: Token | None = h
            while o is not None:  # down the chain "Ministry of Defence of Azerbaijan"
                up: Token = o
                prep = next((c for c in up.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > up.i), None)
                o = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if o is None or o.i in self.quoted or o.i - h.i > 8:
                    break
                if o.pos_ != "PROPN":
                    continue
                owner = self.mention_at(self.aspan(o))
                if owner is None or owner.kind != "state":
                    owner = self._state_named(o)
                if owner is not None and owner.kind == "state" and owner.country and owner.country != best.country:
                    lo_hi = self.aspan(self.doc[core.start : o.i + 1])
                    return Speaker(_as_mention(owner, self.text[lo_hi[0] : lo_hi[1]], lo_hi), lo_hi, h.i)
        titled = h.pos_ == "NOUN" or (h.pos_ == "PROPN" and (
            h.lemma_.lower() in self.lex.person_nouns or self._role_word(h) in self.lex.person_nouns  # "president - elect"
            or (h.lemma_.lower() in self.lex.title_nouns and h.ent_type_ != "PERSON")))  # "The Speaker of the parliament, X,"
        if titled and h.ent_type_ != "PERSON" and h.lemma_.lower() in self.lex.person_nouns:
            # the name the title introduces wins over any guess from the title alone
            named = self.titled_name(h)
            if named is not None:
                return named
        if titled and h.ent_type_ != "PERSON" and best is not None and best.kind == "person" and best.id is not None \
                and core and core[0].lower_ == "the" and not any(t.pos_ == "PROPN" for t in core) \
                and not any(t.lower_ in self.lex.succession_new_modifiers or t.lower_ in self.lex.succession_old_modifiers
                            for t in core):
            # "The Iranian President Ebrahim Raisi ... warned the Iranian president": the person the
            # text introduced with the title, over a knowledge-base holder of the same state's title
            intro = self._introduced_title(h, head_span[0])
            if intro is not None and intro.id is not None and intro.country == best.country and not _same_actor(intro, best):
                return Speaker(_as_mention(intro, self.text[core_span[0] : core_span[1]], core_span), core_span, h.i)
        if titled and h.ent_type_ != "PERSON" and (best is None or best.id is None or best.kind != "person"):
            # "the spokesman, Wang Wenbin, said", "The Israeli Foreign Minister, Israel Katz,"
            for c in _appositives(h):
                if c.pos_ == "PROPN" and c.i not in self.quoted:
                    named = self.resolve(c)
                    if named is not None and named.actor is not None:
                        return named
        if titled and h.ent_type_ != "PERSON":
            # "the new president", "the outgoing president", "his predecessor" in an article about a
            # leadership change: the person the text makes the new (old) holder
            ref = self.succession_referent(h, core)
            if ref is not None:
                at = best.span if best is not None and best.span is not None else core_span
                return Speaker(_as_mention(ref, self.text[at[0] : at[1]], at), at, h.i)
        if titled and h.ent_type_ != "PERSON" and core and core[0].lower_ in ("the", "this") and (
                best is None or best.kind == "person"):
            # "A senior administration official said ... “…,” the official said": that unnamed
            # official again, not the person last named
            ante = self.unnamed_antecedent(h)
            if ante is not None:
                return ante
        if h.lemma_.lower() in self.lex.voice_nouns and core and core[0].lower_ in ("a", "an"):
            # "a spokesman of the European Union", "a European Commission spokesman": an
            # unnamed voice speaks for the institution it names
            inst = self.institution_in(h, core)
            if inst is not None:
                return inst
        if h.pos_ == "NOUN" and h.ent_type_ != "PERSON" and (best is None or (best.id is None and best.kind == "person")):
            # "the minister" that nothing resolved: the person last named as a subject nearby ("the
            # Chinese leader": the one of that nationality, when the text names one)
            ref = self.national_referent(h, core, best) or self.nominal_referent(h, core)
            if ref is not None:
                at = best.span if best is not None and best.span is not None else core_span
                return Speaker(_as_mention(ref, self.text[at[0] : at[1]], at), at, h.i)
        role_adj = h.pos_ == "ADJ" and h.dep_ in ("pobj", "nsubj", "dobj") and h.lemma_.lower() in self.lex.role_nouns
        if (h.pos_ in ("NOUN", "PROPN") or self._epithet(h) or role_adj) and h.ent_type_ != "PERSON" and (
                best is None or (best.id is None and not best.country and best.kind in ("person", "organization"))):
            # "declared the former vice-president", "the winner of the elections", "added the socialist"
            ref = self.role_referent(h, core)
            if ref is not None:
                at = best.span if best is not None and best.span is not None else core_span
                return Speaker(_as_mention(ref, self.text[at[0] : at[1]], at), at, h.i)
        if best is None or (best.id is None and not best.country and best.kind != "person"):
            inst = self.institution_antecedent(h) or self.named_in_institution(h, core) or self.short_form(h, core)
            if inst is not None:
                return inst
        if h.tag_ == "NNS" and h.pos_ == "NOUN" and (best is None or (best.id is None and not best.country)) \
                and (h.lemma_.lower() in self.lex.person_nouns or h.lemma_.lower() in self.lex.role_nouns):
            # "declared the leaders of the coalition", "members of the junta said": the body they lead
            body = self.body_of(h)
            if body is not None:
                return Speaker(_as_mention(body, self.text[core_span[0] : core_span[1]], core_span), core_span, h.i)
        if best is not None and best.kind != "person" and h.pos_ == "PROPN" and best.span is not None \
                and best.span[0] >= head_span[0]:
            # "spokeswoman Mumtaz Zahra Baloch": a surname the knowledge base knows as a people or a
            # place ends a full name written right there; the speaker is that person
            written = self._written_name(h)
            if written is not None:
                best = written
        if best is not None and best.kind == "state" and h.pos_ == "PROPN" and h.ent_type_ == "GPE" \
                and best.span is not None and best.span == head_span:
            # '“…”, declared Montenegro' after "led by Luís Montenegro": a surname that is also a
            # country's name speaks as the person the text named in full
            named = self._earlier_full_name(h)
            if named is None:
                # the actors layer read the full name too as the country ("led by Hernán
                # Montenegro"): the recogniser's one earlier person name ending in the word
                fulls = {e.text: e for e in self.ents if e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == h.text
                         and e.end <= h.i and e.root.i not in self.quoted}
                person = None
                for e in fulls.values() if len(fulls) == 1 else ():
                    person = self._person_of(e.root, self.aspan(e)).actor
                if person is not None:
                    named = Speaker(_as_mention(person, h.text, head_span), head_span, h.i)
            if named is not None:
                return named
        if best is not None and best.kind in ("organization", "state", "igo", "group") and h.pos_ == "NOUN" \
                and best.span is not None and not (best.span[0] < head_span[1] and head_span[0] < best.span[1]) \
                and h.lemma_.lower() in self.lex.person_nouns and h.lemma_.lower() not in self.lex.voice_nouns \
                and h.tag_ == "NN" and core and core[0].lower_ == "the" \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
            # '“…”, added the Democratic Progressive Party leader' after 'Chen Wei, the leader of the
            # Democratic Progressive Party,': a person, not the party of its "of" phrase, when the
            # role word introduced one (no one introduced: the party, as before; the person quoted
            # just before may be a head of government answered by a party's leader)
            ref = self.role_referent(h, core, introduced_only=True)
            if ref is not None and ref.kind == "person":
                return Speaker(_as_mention(ref, self.text[core_span[0] : core_span[1]], core_span), core_span, h.i)
        if best is not None and best.id is None and best.kind == "person" and h.pos_ == "NOUN":
            head_of = self._domain_head_referent(h, core, best)
            if head_of is not None:
                return Speaker(_as_mention(head_of, self.text[core_span[0] : core_span[1]], core_span), core_span, h.i)
        if best is not None and self._misnamed(best, h):
            # "Balpreet Singh" resolved to another Singh the knowledge base knows: the text's name
            best = None
        if best is not None:
            return Speaker(self.fuller_name(best), best.span, h.i)
        return Speaker(self.fallback_actor(h, core, core_span), core_span, h.i)

    def _domain_head_referent(self, h: Token, core: SpacySpan, best: Actor) -> Actor | None:
        """'«…», affirmed the head of the French diplomacy': a definite title "of" a domain of
        office (``office_domain_nouns``) with no name is the latest named person quoted in the same
        or the previous paragraph, of the state the phrase names when it names one."""
        if h.lemma_.lower() not in self.lex.title_nouns or not core or core[0].lower_ != "the":
            return None
        prep = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        dom = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
        if dom is None or dom.lemma_.lower() not in self.lex.office_domain_nouns \
                or any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in dom.subtree):
            return None
        pos = self.aspan(h)[0]
        for a in self.recent_speakers(pos):
            if a is not None and a.kind == "person" and (a.id is not None or _proper(a.name)) \
                    and (not best.country or not a.country or a.country == best.country):
                return a  # 'the head of the Russian diplomacy' is no Hungarian, known to the KB or not
        return None

    def _written_name(self, h: Token) -> Actor | None:
        """A person whose full name (a PERSON entity or a titled name run) ends at ``h`` as
        written, as the person mention over its first words, renamed; ``None`` otherwise."""
        if h.i == 0 or self.doc[h.i - 1].pos_ != "PROPN" or not self.doc[h.i - 1].text[:1].isupper():
            return None  # no name word written right before it (cheap test: the name table costs)
        end = self.aspan(h)[1]
        names = [n for n in self.full_names(h.text) if n.endswith(" " + h.text) and n[:1].isupper()
                 and n.split()[0].lower() not in ("the", "a", "an") and self.text[max(0, end - len(n)) : end] == n]
        if len(names) != 1:
            return None
        lo = end - len(names[0])
        if lo > 0 and self.text[lo - 1].isalnum():
            return None
        first = self.mention_at((lo, lo + 1))
        span = (lo, end)
        if first is not None and first.kind == "person" and first.span is not None and first.span[1] <= self.aspan(h)[0]:
            return dataclasses.replace(first, id=None, name=names[0], text=names[0], span=span, resolved_by="quotes")
        return Actor(id=None, name=names[0], kind="person", text=names[0], span=span, resolved_by="quotes")

    def _misnamed(self, m: Actor, h: Token) -> bool:
        """A person mention the knowledge base resolved to someone whose names do not include the
        given name the text writes ("Balpreet Singh" -> "Hardeep Singh Puri"): the text's full
        name (a PERSON entity of two or more words) is not that person."""
        if m.kind != "person" or m.id is None or h.pos_ != "PROPN":
            return False
        lo = h.i
        while lo > 0 and self.doc[lo - 1].pos_ == "PROPN" and self.doc[lo - 1].dep_ in ("compound", "flat") \
                and self.doc[lo - 1].head.i == h.i and self.doc[lo - 1].text[:1].isupper() \
                and self.doc[lo - 1].lower_.rstrip(".") not in _HONORIFICS:
            lo -= 1
        words = [t.text for t in self.doc[lo : h.i + 1]]
        if not 2 <= len(words) <= 3 or any(w.lower() in self.lex.person_nouns or w.lower() in self.lex.title_nouns
                                          for w in words):
            return False  # only a full name as written ("Balpreet Singh"), not "President X"
        given, last = words[0].lower(), words[-1].lower()
        names = {w.lower() for w in _WORD_RE.findall(m.name)}
        return given not in names and last in names and not any(
            given.startswith(w[:3]) or w.startswith(given[:3]) for w in names)

    def body_of(self, h: Token) -> Actor | None:
        """The identified body or state in the "of" phrase of a plural person noun ("the leaders of
        the coalition" -> the coalition named before; "observers from the OSCE"), ``None`` when it
        names no such actor."""
        prep = next((c for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
        o = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if o is None or o.i in self.quoted or o.pos_ not in ("NOUN", "PROPN"):
            return None
        sp = self.resolve(o)
        a = sp.actor if sp is not None else None
        if a is None or a.kind == "person" or (a.id is None and not a.country):
            return None
        return a

    def named_in_institution(self, h: Token, core: SpacySpan) -> Speaker | None:
        """An institution noun phrase naming its state or organisation that the actors layer left
        without a mention ("the official agency of news of Saudi Arabia"): the actor of another
        mention of the same name in the article."""
        lemma = h.lemma_.lower()
        if h.pos_ != "NOUN" or (lemma not in self.lex.institution_nouns and lemma not in self.lex.organization_words):
            return None
        span = self.aspan(core)
        for t in core:
            if t.i == h.i or t.pos_ != "PROPN" or t.ent_type_ not in ("GPE", "ORG"):
                continue
            ent = self._ent_of.get(t.i)
            if ent is None:
                continue
            name = ent.text.lower().removeprefix("the ")
            same = [m for m in self.mentions if m.text.lower().removeprefix("the ") == name and (m.id or m.country)]
            if same:
                return Speaker(_as_mention(same[0], self.text[span[0] : span[1]], span), span, h.i)
        return None

    def institution_antecedent(self, t: Token) -> Speaker | None:
        """A definite institution noun with no name of its own ("according to the ministry", "a
        spokesman of the institution") -> the institution named just before: the latest actor
        mention in the same or the previous paragraph whose words hold the noun ("the Ministry of
        Commerce"), or for a generic noun ("the institution", "the body") any named organisation."""
        lemma = t.lemma_.lower()
        if t.pos_ != "NOUN" or lemma not in self.lex.institution_nouns or t.tag_ == "NNS":
            return None
        core = self.np_core(t)
        if not core or core[0].lower_ not in ("the", "this", "that") or any(
                x.pos_ == "PROPN" or x.ent_type_ for x in core if x.i != t.i):
            return None
        generic = lemma in self.lex.generic_institution_nouns
        span = self.aspan(core)
        para = self.para_of(span[0])
        for m in sorted(self.mentions, key=lambda a: a.span or (0, 0), reverse=True):
            if m.span is None or m.span[1] > span[0]:
                continue
            if self.para_of(m.span[0]) < para - 1:
                break
            if m.kind == "person" or (m.id is None and not m.country):
                continue
            words = _WORD_RE.findall(m.text.lower())
            if (generic and any(w in self.lex.organization_words for w in words)) or (not generic and lemma in words):
                return Speaker(_as_mention(m, self.text[span[0] : span[1]], span), span, t.i)
        return None

    def short_form(self, h: Token, core: SpacySpan) -> Speaker | None:
        """A body named again by the last word of its name ("the Revolutionary Guards ... stressed
        the Guards", "the Rapid Support Forces ... the Forces said"): the latest earlier mention
        with an id or a country whose name ends in that word."""
        if h.pos_ != "PROPN" or not h.text[:1].isupper() or not core or core[0].lower_ != "the" or len(core) != 2:
            return None
        span = self.aspan(core)
        word = h.lower_
        for m in sorted(self.mentions, key=lambda a: a.span or (0, 0), reverse=True):
            if m.span is None or m.span[1] > span[0] or m.kind == "person" or (m.id is None and not m.country):
                continue
            words = _WORD_RE.findall(m.text.lower())
            if len(words) >= 2 and words[-1] == word:
                return Speaker(_as_mention(m, self.text[span[0] : span[1]], span), span, h.i)
        return None

    def titled_name(self, h: Token) -> Speaker | None:
        """The person a title introduces, read on the surface after the title's head.

        "Director of National Intelligence Dan Coats said", "the spokeswoman of the Ministry of
        Foreign Affairs Mao Ning" (no comma: the parser often hangs the name on the ministry),
        "The French ambassador in Canberra, Jean-Pierre Thébault, said", "according to the
        minister of Defence, Peter Dutton, ...". The title may run over lower-case nouns and
        adjectives, capitalised words and the links "of", "for", "in", "at", "to", "the", "and";
        a name right after such a link ("the wife of John Smith") is not the title holder. An
        apposition the recogniser glued to an organisation ("the Ministry of National Defence
        Tan Kefeng", tagged as one ORG) is taken from the parse: a short capitalised compound
        in apposition to the title, with no organisation word.
        """
        doc = self.doc
        end = h.sent.end
        i = h.i + 1
        while i < end and i - h.i <= 14:
            t = doc[i]
            if i in self.quoted or t.is_space:
                break
            ent = self._ent_of.get(i)
            if ent is not None and ent.label_ == "PERSON" and ent.start == i:
                if doc[i - 1].lower_ in _TITLE_LINKS:
                    return None
                prev = doc[i - 1]
                after = doc[ent.end + 1] if ent.end + 1 < len(doc) and doc[ent.end].text == "," else None
                if i - 1 != h.i and prev.pos_ == "NOUN" and prev.text.islower() \
                        and prev.lemma_.lower() not in self.lex.person_nouns and prev.lemma_.lower() not in self.lex.title_nouns \
                        and after is not None and after.pos_ == "PROPN":
                    # "the chief of the coalition of gangs Viv Ansanm, Jimmy Chérizier": a name right
                    # after a common noun names that thing; the title holder comes after the comma
                    i = ent.end
                    continue
                nxt = doc[ent.end] if ent.end < len(doc) else None
                if nxt is not None and not (
                    (nxt.is_punct and nxt.tag_ != "POS") or nxt.is_space or nxt.pos_ in ("VERB", "AUX", "ADV")
                    or nxt.lower_ in ("y", "and", "who")
                    or nxt.lower_ in _SETTING_PREPS  # "... Liu Haoran at a briefing"
                ):
                    return None
                return self._person_of(ent.root, self.aspan(ent))
            if ent is not None and ent.label_ == "ORG" and ent.start == i:
                glued = self._name_glued_to_org(ent)
                if glued is not None:
                    return glued
            if t.text == "," and i + 3 < end and doc[i + 1].lower_ == "the" and doc[i + 2].text.islower() and (
                    doc[i + 2].lemma_.lower() in self.lex.title_nouns or doc[i + 2].lemma_.lower() in self.lex.person_nouns):
                nxt_ent = self._ent_of.get(i + 3)
                if nxt_ent is not None and nxt_ent.label_ == "PERSON" and nxt_ent.start == i + 3:
                    # "The spokesman of the government, the colonel Abdoulaye Maïga, said": the
                    # holder named in an apposition that opens with a title of its own
                    return self._person_of(nxt_ent.root, self.aspan(nxt_ent))
            if t.text == ",":
                nxt_ent = self._ent_of.get(i + 1)
                if not (nxt_ent is not None and nxt_ent.label_ == "PERSON" and nxt_ent.start == i + 1):
                    # "the chief of the alliance Sabre Noir, Marcel Dorvil, had": an untagged name
                    # closed by a comma or a verb is the title holder
                    j = i + 1
                    # (also one the recogniser glued over the comma to the body before it: "the
                    # minister of the National Defence, Jaime Neto," tagged as one organisation)
                    glued_ent = self._ent_of.get(i)
                    # (or one it tagged as an organisation after a title's capitalised body: "The
                    # Minister of State for Media Affairs, Jumana Ghunaimat, said"; not after a common
                    # noun, whose apposition names that thing: "the chief of the alliance, Sabre Noir,")
                    org_after = nxt_ent if nxt_ent is not None and nxt_ent.label_ == "ORG" and nxt_ent.start == i + 1 \
                        and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() \
                        and h.lemma_.lower() in self.lex.title_nouns and not self._known_body(nxt_ent) else None
                    while j < end and j - i <= 4 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                            and (not doc[j].ent_type_ or (glued_ent is not None and glued_ent.label_ == "ORG"
                                                          and glued_ent.start < i < j < glued_ent.end)
                                 or (org_after is not None and j < org_after.end)) \
                            and doc[j].lower_ not in self.lex.organization_words:
                        j += 1
                    if org_after is not None and j != org_after.end:
                        j = i + 1  # the organisation runs on: a body's name, not a person's
                    # (or by the sentence's full stop: "warned the minister of Defence, Jaime Neto.")
                    if 2 <= j - i - 1 <= 3 and j < end and (doc[j].text in (",", ".") or doc[j].pos_ in ("VERB", "AUX")) \
                            and j not in self.quoted:
                        return self._person_of(doc[j - 1], self.aspan(doc[i + 1 : j]), name=doc[i + 1 : j].text)
                    break
            elif t.is_punct and t.text not in ("-", "\u2013"):
                break
            elif t.pos_ in ("VERB", "AUX"):
                break
            elif t.text[:1].islower() and t.lower_ not in _TITLE_LINKS and t.pos_ not in ("NOUN", "ADJ", "PROPN") \
                    and not (t.tag_ == "PRP$" and doc[i - 1].lower_ == "of"):  # "the spokesman of its foreign ministry X"
                break  # (a lower-case word the parser made a name: "the spokesman of the congress, Sun Yeli")
            i += 1
        for c in h.children:
            if c.dep_ != "appos" or c.pos_ != "PROPN" or c.i in self.quoted or c.ent_type_ == "PERSON":
                continue
            lo = c.i
            while lo > h.i + 1 and doc[lo - 1].dep_ in ("compound", "flat") and doc[lo - 1].head.i == c.i \
                    and doc[lo - 1].pos_ == "PROPN":
                lo -= 1
            words = doc[lo : c.i + 1]
            if (
                2 <= len(words) <= 4
                and not doc[lo - 1].is_punct
                and all(w.text[:1].isupper() and w.text[1:].islower() for w in words)
                and not any(w.lower_ in self.lex.organization_words or w.ent_type_ in ("GPE", "NORP") for w in words)
                and any(w.ent_type_ == "ORG" for w in words)
            ):
                return self._person_of(c, self.aspan(words), name=words.text)
        return None

    def _name_glued_to_org(self, ent: SpacySpan) -> Speaker | None:
        """A title holder's name the recogniser glued to the ministry before it ("the spokesperson
        of the Ministry of Commerce Shu Jueting", one ORG): the parse makes the name the phrase's
        head, with the ministry hanging on it; the name is that head and its proper-noun compounds
        (two or three capitalised words, no organisation word or place)."""
        doc = self.doc
        root = ent.root
        last = doc[ent.end - 1]
        if root.i != last.i and last.pos_ == "PROPN" and not ent.start <= last.head.i < ent.end \
                and root.lemma_.lower() in self.lex.organization_words:
            # "the spokesman of the Ministry of Foreign Affairs Guo Jiakun" (one ORG): the parser
            # hangs the name apart from the ministry (both on "of"); the name is that last word and
            # its proper-noun compounds
            root = last
        elif root.i != ent.end - 1 or root.pos_ != "PROPN" or not any(
                c.i < root.i and c.dep_ in ("nmod", "compound") and c.lemma_.lower() in self.lex.organization_words
                for c in root.children):
            return None
        lo = root.i
        while lo - 1 > ent.start and doc[lo - 1].dep_ in ("compound", "flat") and doc[lo - 1].head.i == root.i \
                and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].lemma_.lower() not in self.lex.organization_words:
            lo -= 1
        words = doc[lo : root.i + 1]
        before = doc[lo - 1]
        if not 2 <= len(words) <= 3 or before.lower_ in _TITLE_LINKS or before.pos_ != "PROPN":
            return None
        if not all(w.text[:1].isupper() and w.text[1:].islower() for w in words):
            return None
        if any(w.lower_ in self.lex.organization_words or self._state_named(w) is not None for w in words):
            return None
        return self._person_of(root, self.aspan(words), name=_join_words(list(words)))

    def _person_of(self, root: Token, span: Span, name: str | None = None) -> Speaker:
        """The person whose name's head is ``root``: the actors layer's person mention there, else
        an Actor built from the name."""
        m = self.mention_at(self.aspan(root))
        text = self.text[span[0] : span[1]]
        if m is not None and m.kind == "person" and (
                m.id is not None or m.name == (name or text)
                or (m.span is not None and m.span[0] >= span[0] and m.span[1] <= span[1])):
            return Speaker(self.fuller_name(m), m.span, root.i)
        return Speaker(Actor(id=None, name=name or text, kind="person", text=text, span=span, resolved_by="quotes"),
                       span, root.i)

    def institution_in(self, h: Token, core: SpacySpan) -> Speaker | None:
        """The identified institution named inside an unnamed voice's noun phrase."""
        hspan = self.aspan(h)
        hi = core.end
        for c in h.children:  # "a spokeswoman for the African Union"
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "at") and c.i >= core.end - 1:
                hi = max(hi, max(t.i for t in c.subtree) + 1)
        if any(i in self.quoted for i in range(core.start, hi)):
            hi = core.end
        core = self.doc[core.start : hi]
        cspan = self.aspan(core)
        inner = [m for m in self.mentions if m.span and m.span[0] >= cspan[0] and m.span[1] <= cspan[1]
                 and not (m.span[0] < hspan[1] and hspan[0] < m.span[1]) and (m.id is not None or m.country)]
        if inner:
            m = inner[-1]
            return Speaker(_as_mention(m, self.text[cspan[0] : cspan[1]], cspan), cspan, h.i)
        for c in h.children:
            # "an embassy spokesman" after "the U.S. Embassy denied ...": the institution whose
            # words hold the noun, named just before in the same or the previous paragraph
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < h.i and c.tag_ == "NN" \
                    and c.lemma_.lower() in self.lex.institution_nouns \
                    and c.lemma_.lower() not in self.lex.generic_institution_nouns:
                para = self.para_of(cspan[0])
                for m in sorted(self.mentions, key=lambda a: a.span or (0, 0), reverse=True):
                    if m.span is None or m.span[1] > cspan[0]:
                        continue
                    if self.para_of(m.span[0]) < para - 1:
                        break
                    if m.kind != "person" and (m.id is not None or m.country) \
                            and c.lemma_.lower() in _WORD_RE.findall(m.text.lower()):
                        return Speaker(_as_mention(m, self.text[cspan[0] : cspan[1]], cspan), cspan, h.i)
        for c in h.children:  # "a spokesman of the institution": the institution named before
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "at"):
                for o in c.children:
                    if o.dep_ == "pobj":
                        ante = self.institution_antecedent(o)
                        if ante is not None and ante.actor is not None:
                            return Speaker(_as_mention(ante.actor, self.text[cspan[0] : cspan[1]], cspan), cspan, h.i)
        for t in core:
            if t.i != h.i and t.pos_ == "ADJ" and t.ent_type_ == "NORP":
                # "a Libyan security source": the state of the demonym
                known = self.known_body(t)
                if known is not None:
                    return Speaker(_as_mention(known, self.text[cspan[0] : cspan[1]], cspan), cspan, h.i)
            if t.i != h.i and t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "GPE", "NORP"):
                sp = self.resolve(t)
                if sp is not None and sp.actor is not None and (sp.actor.id is not None or sp.actor.country):
                    return Speaker(_as_mention(sp.actor, self.text[cspan[0] : cspan[1]], cspan), cspan, h.i)
                known = self.known_body(t)
                if known is not None:
                    return Speaker(_as_mention(known, self.text[cspan[0] : cspan[1]], cspan), cspan, h.i)
        return None

    def known_body(self, t: Token) -> Actor | None:
        """The institution, organisation or state a name inside an unnamed voice's noun phrase
        denotes ("A European Commission spokesman"), when the actors layer kept the whole phrase
        as one unresolved person: looked up in the actors layer's knowledge base (only when that
        layer ran; the quotes layer alone builds no KB)."""
        if "actor_mentions" not in self.ctx.state:
            return None
        ent = self._ent_of.get(t.i)
        if ent is None or ent.label_ not in ("ORG", "GPE", "NORP"):
            return None
        try:
            from .._actors import load_kb

            found = load_kb().lookup(ent.text, self.ctx.date)
        except Exception:  # noqa: BLE001 - the knowledge base is optional here
            return None
        found = [a for a in found if a.kind in ("igo", "organization", "state")]
        return found[0] if len(found) == 1 else None

    def _state_named(self, t: Token) -> Actor | None:
        """The state a proper name (with its compounds: "South Sudan") names, from the actors
        layer's knowledge base (only when that layer ran)."""
        if "actor_mentions" not in self.ctx.state:
            return None
        lo = t.i
        while lo > 0 and self.doc[lo - 1].dep_ == "compound" and self.doc[lo - 1].head.i == t.i:
            lo -= 1
        try:
            from .._actors import load_kb

            found = load_kb().lookup(self.doc[lo : t.i + 1].text, self.ctx.date)
        except Exception:  # noqa: BLE001 - the knowledge base is optional here
            return None
        states = [a for a in found if a.kind == "state"]
        return states[0] if len(states) == 1 else None

    def _nationality_named(self, t: Token) -> Actor | None:
        """The state whose nationality adjective the one word ``t`` is ("American", "Irish"), from
        the actors layer's knowledge base (only when that layer ran); ``None`` for a state's name
        or its capital ("Venezuela", "Dublin") and for a word of several states."""
        if "actor_mentions" not in self.ctx.state:
            return None
        try:
            from .._actors import load_kb
            from .._actors.kb import ADJ, LEAF, norm_words

            kb = load_kb()
            words = norm_words(t.text)
            if len(words) != 1:
                return None
            leaf = kb.trie.get(words[0], {}).get(LEAF, ())
        except Exception:  # noqa: BLE001 - the knowledge base is optional here
            return None
        ids = {eid for eid, atype, _ in leaf if eid in kb.entries and kb.entries[eid].kind == "state"}
        if len(ids) != 1 or not any(atype == ADJ for eid, atype, _ in leaf if eid in ids):
            return None
        return kb.actor(next(iter(ids)), self.ctx.date.isoformat() if self.ctx.date else None)

    def _latest_in_para(self, pos: int, kinds: Sequence[str]) -> Actor | None:
        """The speaker of the latest quotation before ``pos`` in its paragraph whose kind is one of
        ``kinds`` (``None``: none)."""
        para = self.para_of(pos)
        for epos, sp, _cue in reversed(self.events):
            if epos >= pos:
                continue
            if self.para_of(epos) != para:
                break
            if sp.actor is not None and sp.actor.kind in kinds:
                return sp.actor
        return None

    def _paragraph_speaker(self, m: Actor, pos: int, kinds: tuple[str, ...] | None) -> Actor | None:
        """The speaker a pronoun continues when the actors layer tied it to someone this paragraph
        names only inside quotations or not at all: '"Putin chose this war," Biden said. He said the
        measures ...' -> Biden. ``None`` when the actors layer's choice stands."""
        if not kinds or m.kind not in kinds:
            return None
        para = self.para_of(pos)
        latest = self._latest_in_para(pos, kinds)
        if latest is None or _same_actor(latest, m):
            return None
        plo = self.paras[para][0]
        for other in self.mentions:
            if other.span is None or not (plo <= other.span[0] < pos) or not _same_actor(other, m):
                continue
            lo, hi = self.tok_range(other.span)
            if hi > lo and not any(i in self.quoted for i in range(lo, hi)):
                return None  # named in this paragraph outside quotations: the actors layer's reading stands
        return latest

    def as_written(self, actor: Actor | None) -> Actor | None:
        """The speaker with the ``text`` of its span as the article writes it: speakers read from the
        parsed copy carry its repairs (a soft hyphen or zero-width space dropped, 'Y' read as 'and')."""
        if actor is None or actor.span is None:
            return actor
        written = self.text[actor.span[0] : actor.span[1]]
        return actor if actor.text == written else dataclasses.replace(actor, text=written)

    def unidentified(self, sp: Speaker | None, h: int | None, direct: bool = False) -> bool:
        """A speaker the text does not identify: no id, no country, and only common nouns under
        a possessive or no determiner ("his allies", "analysts"), or marked as anonymous.

        For a direct quote only a speaker the text marks as anonymous ("who asked not to be
        named", "speaking on condition of anonymity") counts: "a resident told the BBC" stays."""
        if sp is None or sp.actor is None or h is None or h < 0:
            return False
        a = sp.actor
        if a.id is not None or a.country or a.kind not in ("person", "organization", "population", "group"):
            return False
        tok = self.doc[h]
        if tok.pos_ == "PROPN" and self._named_medium(tok):
            return True  # "The newspaper Le Matin described ...": a named outlet is the media too
        if (tok.pos_ != "NOUN" and not self._noun_after_dateline(tok)) or (tok.ent_type_ and tok.i in self._ent_of):
            return False
        if tok.lemma_.lower() in self.lex.media_nouns:
            return True  # "the newspapers celebrated the “new page”": the media are not actors
        core = self.np_core(tok)
        if any((t.pos_ == "PROPN" and not (t.i == t.sent.start and not t.ent_type_)  # "Health experts warned"
                and not self._noun_after_dateline(t))
               or (t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and t.i in self._ent_of) for t in core):
            return False
        first = core[0].lower_ if core else ""
        words = " ".join(t.lower_ for t in tok.sent)
        if any(m in words for m in self.lex.anonymity_markers):
            return True
        if direct:
            return False
        plural = tok.tag_ == "NNS" or (self._noun_after_dateline(tok) and tok.lower_.endswith("s"))
        return first in ("some", "his", "her", "their", "its", "several", "many", "one", "another") or (
            plural and first not in ("the", "this", "these", "that", "those"))

    def _named_medium(self, tok: Token) -> bool:
        """A name a media noun introduces ("the newspaper Le Matin", "the daily El Tiempo", "the
        channel TV Azteca"), not a state's outlet ("the state television RTS")."""
        nouns = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.i < tok.i]
        if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
            nouns.append(tok.head)
        media = [n for n in nouns if n.lemma_.lower() in self.lex.media_nouns]
        if not media:
            return False
        mods = {t.lower_ for n in media for t in n.children} | {t.lower_ for t in tok.children}
        return not mods & _STATE_MEDIA

    def _noun_after_dateline(self, tok: Token) -> bool:
        """'LONDON — Critics called ...': the parser reads the first word after a dateline as a
        proper noun glued to it; a person or population noun there is still a common noun."""
        if tok.i != self.dateline_end or tok.pos_ != "PROPN" or tok.i in self._ent_of:
            return False
        word = tok.lower_
        stem = word[:-1] if word.endswith("s") else word
        return any(w in self.lex.person_nouns or w in self.lex.population_nouns for w in (word, stem))

    def national_referent(self, h: Token, core: SpacySpan, best: Actor | None) -> Actor | None:
        """'Putin met Xi ... «…», replied the Chinese leader': a definite title with a nationality
        adjective is the latest person named in the same or the previous paragraph whose country is
        that nationality's; ``None`` when the text names no such person."""
        if h.tag_ != "NN" or h.lemma_.lower() not in self.lex.title_nouns or not core or core[0].lower_ != "the":
            return None
        norp = [t for t in core if t.i < h.i and t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper()
                and (t.ent_type_ == "NORP" or _DEMONYM_RE.search(t.text) or t.lower_.endswith("an"))]
        if len(norp) != 1 or any(t.pos_ == "PROPN" and t.i != norp[0].i for t in core):
            return None
        want = best.country if best is not None and best.country else None
        if want is None:
            known = self.known_body(norp[0])
            want = known.country if known is not None else None
        if not want:
            return None
        pos = self.aspan(h)[0]
        para = self.home_para(pos)
        for m in reversed(self.mentions):
            if m.span is None or m.span[1] > pos or m is best:
                continue
            if self.para_of(m.span[0]) < para - 1:
                break
            if m.kind == "person" and m.country == want and (m.id is not None or _proper(m.name)) \
                    and self.tok_range(m.span)[0] not in self.quoted:
                return m
        return None

    def nominal_referent(self, h: Token, core: SpacySpan) -> Actor | None:
        """An unresolved "the Chinese leader" -> the person last named as a subject before it.

        Only a definite, singular person noun with no name or prepositional phrase of its own
        ("the minister", "the Mexican leader"), and only a person named in the same or the
        previous paragraph.
        """
        if h.tag_ != "NN" or (h.lemma_.lower() not in self.lex.title_nouns and self._introduced_unnamed(h)):
            return None  # "a resident ... the resident said": an unnamed person, not the last one named
        if h.lemma_.lower() not in self.lex.person_nouns:
            return None
        if not core or core[0].lower_ != "the" or any(t.pos_ == "PROPN" for t in core):
            return None
        if any(c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "at") for c in h.children):
            return None
        pos = self.aspan(h)[0]
        named_before = self._named_people(pos)
        intro = self._introduced_title(h, pos) or self._introduced_by(self._role_word(h), named_before, self._rank(h.i))
        if intro is not None:
            plo = self.paras[self.home_para(pos)][0]
            own = self._paragraph_namesake(core, named_before, plo, pos)
            if own is not None and not _same_actor(own, intro) and not any(
                    ms >= plo and _same_actor(a, intro) for (ms, _me), a, _s in named_before):
                return own  # this paragraph's own subject, with the description's words (role_referent)
            return intro  # "the spokesman of the Office Chen Binhua ... said the spokesman", past other names
        para = self.home_para(pos)
        people: list[tuple[int, SpacySpan | None, Token]] = [
            (e.start, e, e.root) for e in self.ents if e.label_ == "PERSON" and e.end <= core.start and _subject_like(e.root)
        ]
        seen = {e.root.i for _, e, _ in people if e is not None}
        for st, t in self._titled_names(core.start):
            ent = self._ent_of.get(t.i)
            if t.i not in seen:
                people.append((st, ent if ent is not None and ent.label_ == "PERSON" else None, t))
        people.sort(key=lambda x: x[0])
        nat = self._core_nationality(h, core)
        # the actors layer's named subjects too: a surname the recogniser left untagged ("Mélenchon,
        # 72 years old, saluted ...")
        # (each only between a tagged person and the next one, never one skipped for nationality;
        # with none tagged, all of them)
        named = [(ms, a) for ms, a, subj in named_before if subj] if self.mentions else []
        skipped: list[Actor] = []

        def later(lo: int, hi: int) -> Actor | None:
            return next((a for ms, a in reversed(named) if lo < ms[0] < hi and self.para_of(ms[0]) >= para - 1
                         and _agrees(a, nat) and not any(_same_actor(a, x) for x in skipped)), None)

        if not people:
            return later(-1, len(self.text) + 1)
        hi = len(self.text) + 1
        for start, e, root in reversed(people):
            es = self.aspan(self.doc[start : root.i + 1])
            found = later(es[0], hi)
            if found is not None:
                return found
            hi = es[0]
            if self.para_of(es[0]) < para - 1:
                break
            if e is None:
                # a name the model did not tag as a person ("the minister of Treasury, Nicolás Dujovne")
                return Actor(id=None, name=self.doc[start : root.i + 1].text, kind="person",
                             text=self.text[es[0] : es[1]], span=es, resolved_by="quotes")
            sp = self.resolve(root)
            if sp is not None and sp.actor is not None and sp.actor.kind == "person":
                if not _agrees(sp.actor, nat):
                    skipped.append(sp.actor)
                    continue  # "the former French presidential candidate" is not the Senegalese named last
                return sp.actor
        return None

    def _core_nationality(self, h: Token, core: SpacySpan) -> str | None:
        """The country of the one nationality adjective of a definite person noun phrase ("the
        former French presidential candidate" -> FRA), else ``None``."""
        norp = [t for t in core if t.i < h.i and t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper()
                and (t.ent_type_ == "NORP" or _DEMONYM_RE.search(t.text) or t.lower_.endswith("an"))]
        if len(norp) != 1:
            return None
        known = self.known_body(norp[0])
        return known.country if known is not None and known.country else None

    def _succession_side(self, h: Token, core: SpacySpan) -> str | None:
        """'new' or 'old' for a definite role marked as the new or the old holder ("the new
        president", "declared the outgoing president", "the president-elect", "the ex-president",
        "his predecessor"); ``None`` otherwise."""
        doc = self.doc
        if core and h.i >= 2 and "-" in self._role_word(h) and not self._role_word(h).startswith(h.lower_ + "-"):
            # "the former vice - president" parsed with its head at "president": the phrase starts before "vice"
            left = self.np_core(doc[h.i - 2])
            if left and left.start < core.start:
                core = doc[left.start : max(core.end, h.i + 1)]
        if not core or core[0].lower_ not in ("the", "his", "her", "their") or h.tag_ in ("NNS", "NNPS"):
            return None
        if any(t.ent_type_ == "PERSON" for t in core):
            return None
        words = [t.lower_ for t in doc[core.start : h.i + 1]]
        if h.i + 2 < len(doc) and doc[h.i + 1].text in ("-", "\u2010") and doc[h.i + 2].lower_ == "elect":
            words.append("elect")
        parts = {w for word in words for w in re.split(r"[-\u2010]", word) if w}
        new = bool(parts & self.lex.succession_new_modifiers)
        old = bool(parts & self.lex.succession_old_modifiers)
        if new == old:
            return None
        return "new" if new else "old"

    def succession_referent(self, h: Token, core: SpacySpan) -> Actor | None:
        """The person a role marked as new or old stands for, in an article that names both a new
        and an old holder: the one person named before whose mentions carry only that side's
        evidence (data: ``succession_*``). ``None`` unless both sides have someone and the asked
        side has exactly one person."""
        side = self._succession_side(h, core)
        if side is None:
            return None
        pos = self.aspan(h)[0]
        mods = self.lex.succession_new_modifiers | self.lex.succession_old_modifiers
        base = "-".join(w for w in re.split(r"[-\u2010]", self._role_word(h)) if w not in mods)
        evidence: dict[str, set[str]] = {}  # sides by titles, then replaced by events
        events: dict[str, set[str]] = {}
        people: dict[str, Actor] = {}
        named = self._named_people(pos)
        for (ms, me), actor, _subj in named:
            key = actor.id or actor.name
            people.setdefault(key, actor)
            sides = evidence.setdefault(key, set())
            plo, phi = self.paras[self.para_of(ms)]
            # the clause around this name only: not past another person's name on either side
            prev_end = max((e for (_s, e), _a, _x in named if e <= ms), default=plo)
            next_start = min((s_ for (s_, _e), _a, _x in named if s_ >= me), default=phi)
            before = re.split(r"[.!?;]\s", self.text[max(plo, ms - 60, prev_end) : me].lower())[-1]
            after = re.split(r"[.!?;]\s", self.text[me : min(phi, me + 60, next_start)].lower())[0]
            after = after[1:].split(",", 1)[-1] if after.startswith(",") else after  # past an apposition
            ev = events.setdefault(key, set())
            # before the name, the event nearest to it: "X was elected against Y" makes Y old only
            nb, ob = self._last_phrase(before, self.lex.succession_new_before), self._last_phrase(before, self.lex.succession_old_before)
            if (nb > ob) or self._last_phrase(after, self.lex.succession_new_after, True) >= 0:
                ev.add("new")
            if (ob > nb) or self._last_phrase(after, self.lex.succession_old_after, True) >= 0:
                ev.add("old")
            # a title in the few words before the name: "The ex-president Vizcarra"
            words = self.text[max(plo, ms - 60, prev_end) : me].split()
            while words and (words[-1][:1].isupper() or words[-1] in ("da", "de", "del", "dos", "van", "von", "bin", "al", "el")):
                words.pop()  # the name itself
            sides |= self._title_sides([w.lower().strip(",") for w in words[-4:]], base)
        for key, ev in events.items():
            if ev:
                evidence[key] = ev  # what happened to someone outweighs a title they carry
        only = {side_: [k for k, v in evidence.items() if v == {side_}] for side_ in ("new", "old")}
        if not only["new"] or not only["old"]:
            return None
        intro = self._introduced_by(self._role_word(h), self._named_people(pos), self._rank(h.i))
        if intro is not None and (side == "old" or (intro.id or intro.name) not in only["old"]):
            # "the former vice-president" is whoever the text called "the vice-president", even
            # the one who has just moved up; "the new president" is not the president just removed
            return intro
        if len(only[side]) != 1:
            return None
        return people[only[side][0]]

    def _title_sides(self, words: list[str], base: str) -> set[str]:
        """Sides marked by a title before a name, for the office ``base`` only: "the former
        president", "The ex-president", "the president-elect" (not "the vice-president-elect" for
        "president")."""
        out: set[str] = set()
        mods = self.lex.succession_new_modifiers | self.lex.succession_old_modifiers
        for i, word in enumerate(words):
            parts = [p for p in re.split(r"[-\u2010]", word) if p]
            marks = [p for p in parts if p in mods]
            if not marks:
                continue
            rest = "-".join(p for p in parts if p not in mods)
            if not rest and i + 1 < len(words):
                rest = words[i + 1]  # "the former president"
            if rest != base and base not in self.lex.succession_generic_roles:
                continue
            for m in marks:
                out.add("new" if m in self.lex.succession_new_modifiers else "old")
        return out

    @staticmethod
    def _last_phrase(window: str, phrases: frozenset[str], at_start: bool = False) -> int:
        """Where the last of ``phrases`` found in ``window`` as whole words ends (one other word may
        stand between two of a phrase's words), -1 when none is; ``at_start``: only a phrase
        within the window's first words."""
        last = -1
        for ph in phrases:
            ws = ph.split()
            body = r"(?:\s+\S+)?\s+".join(re.escape(w) for w in ws)
            lead = r"^\W*(?:\S+\s+){0,2}?" if at_start else r"(?<![\w-])"
            tail = "" if ws[-1].endswith("-") else r"(?![\w-])"
            for m in re.finditer(lead + body + tail, window):
                last = max(last, m.end())
        return last

    def role_referent(self, h: Token, core: SpacySpan, introduced_only: bool = False) -> Actor | None:
        """A definite person named only by a role ("the former vice-president", "the chief of the
        diplomacy", "the winner of the elections", "The leader of the PSD", "the socialist",
        "the Republican"), that no other rule resolved.

        1. the person the same role word introduced earlier ("the vice-president Dina Boluarte",
           "the secretary-general of the Socialist Party, Pedro Nuno Santos"), the latest one;
        2. else the one person named as a subject earlier in its paragraph, when no one was quoted
           since the paragraph began;
        3. else the latest named person quoted in the same or the previous paragraph;
        4. else the one person named in the same and the previous paragraph (or the one named
           as a subject, when there are several).

        ``introduced_only``: step 1 only.
        """
        doc = self.doc
        lemma = h.lemma_.lower()
        epithet = self._epithet(h)
        if h.i >= 2 and doc[h.i - 1].text in ("-", "\u2010") and f"{doc[h.i - 2].lower_}-{h.lower_}" in self.lex.title_nouns:
            lemma = f"{doc[h.i - 2].lower_}-{h.lower_}"  # "president-elect" split by the tokenizer
        elif lemma in self.lex.succession_old_modifiers and h.i + 2 < len(doc) and doc[h.i + 1].text in ("-", "\u2010") \
                and not h.whitespace_ and not doc[h.i + 1].whitespace_ and doc[h.i + 2].lemma_.lower() in self.lex.title_nouns:
            lemma = doc[h.i + 2].lemma_.lower()  # "the ex-president" parsed with "ex" as its head
        if lemma not in self.lex.person_nouns and lemma not in self.lex.role_nouns and not epithet:
            return None
        if not core or core[0].lower_ != "the" or h.tag_ in ("NNS", "NNPS"):
            return None
        if any(t.ent_type_ == "PERSON" for t in core):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and any(d.lower_ in ("a", "an", "one", "another", "some") for d in o.children)
                for o in c.children) for c in h.children):
            return None  # "the brother of one fisherman", "the mother of a victim": someone unnamed
        role = h.lower_
        if h.i + 2 < len(doc) and doc[h.i + 1].text in ("-", "\u2010") and doc[h.i + 2].pos_ in ("NOUN", "PROPN"):
            role = f"{h.lower_}-{doc[h.i + 2].lower_}"  # "vice - president" as the tokenizer splits it
        elif h.i >= 2 and doc[h.i - 1].text in ("-", "\u2010") and doc[h.i - 2].pos_ in ("NOUN", "PROPN"):
            role = f"{doc[h.i - 2].lower_}-{h.lower_}"  # "president - elect" with its head at the end
        pos = self.aspan(h)[0]
        para = self.home_para(pos)
        named = self._named_people(pos)
        plo = self.paras[para][0] if para < len(self.paras) else 0
        # 1. the same role word introducing a name
        intro = self._introduced_by(role, named, self._rank(h.i), since_prev=True)
        if intro is not None:
            own = self._paragraph_namesake(core, named, plo, pos)
            if own is not None and not _same_actor(own, intro) and not any(
                    ms >= plo and _same_actor(a, intro) for (ms, _me), a, _s in named):
                # "Frans Timmermans, who leads the opposition alliance, said ... “…,” the opposition
                # leader said": this paragraph's own subject, whose sentence has the description's
                # words, over a leader the word introduced paragraphs before
                return own
            return intro
        if introduced_only:
            return None
        if lemma not in self.lex.role_nouns and lemma not in self.lex.title_nouns and not epithet \
                and self._introduced_unnamed(h):
            return None  # "a resident ... the resident said": an unnamed person, not the last one named
        # 2. the person this paragraph makes its subject, when the latest quoted speaker spoke in an
        # earlier one ('… Mondlane said: “…” | Daniel Chapo appealed to the calm. “…”, declared the
        # future head of State')
        here = {(a.id or a.name): a for (ms, _me), a, is_subj in named if is_subj and ms >= plo}
        last_event = next((e for e in reversed(self.events) if e[0] < pos), None)
        if len(here) == 1 and (last_event is None or last_event[0] < plo):
            return next(iter(here.values()))
        # 3. the latest named person quoted nearby
        for a in self.recent_speakers(pos):
            if a is not None and a.kind == "person" and (a.id is not None or _proper(a.name)):
                return a
        # 4. the one person named nearby (a subject first)
        found: dict[str, Actor] = {}
        subj: dict[str, Actor] = {}
        for (ms, _me), actor, is_subj in named:
            if ms < plo and self.para_of(ms) < para - 1:
                continue
            key = actor.id or actor.name
            found.setdefault(key, actor)
            if is_subj:
                subj.setdefault(key, actor)
        if len(found) == 1:
            return next(iter(found.values()))
        if len(subj) == 1:
            return next(iter(subj.values()))
        return None

    def _paragraph_namesake(self, core: SpacySpan, named: list[tuple[Span, Actor, bool]], plo: int,
                            pos: int) -> Actor | None:
        """The one person named as a subject in this paragraph before ``pos`` when no one else
        spoke since it began and the paragraph's text before the description has one of the
        description's own modifier words ("the opposition leader" after "..., who leads the
        opposition ..."); else ``None``."""
        here = {(a.id or a.name): a for (ms, _me), a, is_subj in named if is_subj and ms >= plo}
        if len(here) != 1:
            return None
        own = next(iter(here.values()))
        for epos, sp, _cue in self.events:
            if plo <= epos < pos and (sp.actor is None or not _same_actor(sp.actor, own)):
                return None
        words = {t.lower_ for t in core if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.i != core.root.i
                 and t.is_alpha and len(t) > 3 and t.lower_ not in self.lex.epithet_modifiers}
        window = self.text[plo:pos].lower()
        return own if words and any(re.search(rf"\b{re.escape(w)}\b", window) for w in words) else None

    def unnamed_antecedent(self, h: Token) -> Speaker | None:
        """The speaker of an indefinite, unnamed use of the same noun just before ("a senior
        official", "an officer") in the same or the previous paragraph, when that is the nearest
        use of the noun; ``None`` when there is none or it introduces a name."""
        lemma = h.lemma_.lower()
        para = self.para_of(self.aspan(h)[0])
        lemmas = token_strings(self.doc, "LEMMA")
        for i in range(h.i - 1, -1, -1):
            # only a use of the noun is looked at: the paragraphs of the words before it grow
            # with their offsets, so the first use too far back ends the search where the first
            # word too far back did
            if lemmas[i].lower() != lemma:
                continue
            t = self.doc[i]
            if self.para_of(self.aspan(t)[0]) < para - 1:
                return None
            if t.pos_ != "NOUN" or t.tag_ != h.tag_ or t.i in self.quoted:
                continue
            if not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in t.children):
                return None  # the nearest use is definite or named: the other rules decide
            if self.titled_name(t) is not None or any(c.pos_ == "PROPN" for c in _appositives(t)):
                return None
            sp = self.resolve(t)
            return sp if sp is not None and sp.actor is not None else None
        return None

    def _role_word(self, h: Token) -> str:
        """The role word of ``h`` as the text writes it, rejoining a hyphenated role the tokenizer
        split ("vice - president", "president - elect")."""
        doc = self.doc
        if h.i + 2 < len(doc) and doc[h.i + 1].text in ("-", "\u2010") and doc[h.i + 2].pos_ in ("NOUN", "PROPN", "VERB", "ADJ"):
            return f"{h.lower_}-{doc[h.i + 2].lower_}"
        if h.i >= 2 and doc[h.i - 1].text in ("-", "\u2010") and doc[h.i - 2].is_alpha and doc[h.i - 1].idx == doc[h.i - 2].idx + len(doc[h.i - 2]):
            return f"{doc[h.i - 2].lower_}-{h.lower_}"
        return h.lower_

    def _rank(self, i: int) -> frozenset[str]:
        """The rank words (`title_rank_modifiers`: "vice", "deputy", "prime") written right before
        the title word at token ``i``: "Vice President", "the deputy minister", "vice - president"."""
        lower = token_strings(self.doc, "LOWER")
        out: set[str] = set()
        j = i - 1
        while j >= 0 and i - j <= 3:
            if lower[j] in ("-", "\u2010"):
                j -= 1
                continue
            if lower[j] not in self.lex.title_rank_modifiers:
                break
            out.add(lower[j])
            j -= 1
        return frozenset(out)

    def _introduced_by(self, role: str, named: list[tuple[Span, Actor, bool]],
                       rank: frozenset[str] = frozenset(), since_prev: bool = False) -> Actor | None:
        """The latest person the role word ``role`` introduced: "the vice-president Dina Boluarte",
        or an apposition "Pedro Nuno Santos, the socialist leader,". The rank words before the
        role must be the same (``rank``): "Vice President Kamala Harris" is no "the president"."""
        words = (role, *self.lex.role_synonyms.get(role, ()))
        rank = rank - frozenset(re.findall(r"\w+", role))  # "vice-president" carries its rank
        pat = _role_pattern(words, self.lex.title_rank_modifiers)

        def same_rank(text: str) -> bool:
            return any(frozenset(re.findall(r"[\w]+", m.group(1))) == rank for m in pat.finditer(text))

        for (ms, me), actor, _subj in reversed(named):
            mlo = self.paras[self.para_of(ms)][0]
            # (``since_prev``: the words before the name since the person named before it: "the King
            # Abdullah II, who charged the Minister Omar Razi": "King" introduced Abdullah, not Razi)
            prev = max((e2 for (s2, e2), _a, _s in named if e2 <= ms), default=0) if since_prev else 0
            before = self.text[max(mlo, ms - 70, prev) : me].lower().replace(" - ", "-")
            before = re.split(r"[.!?;:]\s", before)[-1]
            after = self.text[me : me + 50].lower()
            # only an apposition: "Pedro Nuno Santos, the socialist leader, said"
            after = after[1:].split(",")[0] if re.match(r",\s+(?:the|a|an)\s", after) else ""
            if len(after.split()) > 6:
                after = ""
            pm = pat.match(self._predicate_role(me))  # the role opens the words after "as"
            if same_rank(before) or same_rank(after) or (pm and frozenset(re.findall(r"\w+", pm.group(1))) == rank):
                return actor
        return None

    def _predicate_role(self, end: int) -> str:
        """The role a name's own verb gives it right after the name ("Kevin McCarthy was removed as
        speaker", "Humza Yousaf resigned as Scotland's first minister", "X was sworn in as
        president"): the words after "as" (less "the", "a", "Scotland's") when a verb that gives or
        takes a role stands between; else ""."""
        m = _AS_ROLE_RE.match(self.text, end)
        return m.group(1).lower() if m else ""

    def _introduced_title(self, h: Token, pos: int) -> Actor | None:
        """The person an earlier use of the same title word (or a synonym, `role_synonyms`)
        introduced by name, read from the surface after it ("the spokesman of the Ministry of
        Commerce He Yadong", glued by the recogniser into one organisation): the latest person
        quoted in the same or the previous paragraph when the title introduced them too ("the
        foreign minister Lamamra said ... the foreign minister Yair Lapid ... added the minister"),
        else the latest such use."""
        lemma = h.lemma_.lower()
        words = {lemma, *self.lex.role_synonyms.get(lemma, ())}
        found: list[Actor] = []
        lower = token_strings(self.doc, "LOWER")  # shared word list: a Token only where the word fits
        rank = self._rank(h.i)
        for i in range(h.i - 1, -1, -1):
            if lower[i] not in words or i in self.quoted or self._rank(i) != rank:
                continue  # "Vice President Kamala Harris" introduces no "the president"
            t = self.doc[i]
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            sp = self.titled_name(t)
            if sp is not None and sp.actor is not None and sp.actor.kind == "person":
                found.append(sp.actor)
        if not found:
            return None
        for a in self.recent_speakers(pos):
            if a is not None and a.kind == "person":
                same = next((c for c in found if _same_actor(a, c) or a.name.split()[-1] == c.name.split()[-1]), None)
                if same is not None:
                    return a
                break
        return found[0]

    def _introduced_unnamed(self, h: Token) -> bool:
        """Was the noun of ``h`` used before for someone unnamed ("a resident of the town",
        "residents", "one source")? Then "the resident" refers back to that person, and no
        sources may stand for a named one."""
        lemma = h.lemma_.lower()
        for t in self.doc[: h.i]:
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                continue
            if t.tag_ == "NNS" or any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
                                      for c in t.children):
                return True
        return False

    def _epithet(self, h: Token) -> bool:
        """An epithet for someone already named: an age ("the 44-year-old") or a noun marked as a
        past or present status ("the former coca grower", "the ousted leader"), data:
        ``epithet_modifiers``."""
        if h.lower_ == "old" and any(c.lower_ == "year" for c in h.children):
            return True
        if h.tag_ in ("NNP", "NN") and h.text[:1].isupper() and any(
                c.dep_ == "det" and c.lower_ == "the" for c in h.children) and (
                h.ent_type_ == "NORP" or (_DEMONYM_RE.search(h.text) and h.lower_ not in self.lex.organization_words
                                          and h.lower_ not in self.lex.media_nouns)):
            return True  # "wrote the Luxembourger", "added the Brazilian" (a known actor never gets here)
        return h.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in self.lex.epithet_modifiers for c in h.children)

    def _named_people(self, before: int) -> list[tuple[Span, Actor, bool]]:
        """People named by a proper name before article offset ``before``, in order: the actors
        layer's person mentions when it ran, else PERSON entities; each with its span and whether
        it stands as a subject."""
        out: list[tuple[Span, Actor, bool]] = []
        if self.mentions:
            for m in self.mentions:
                if m.span is None or m.span[1] > before or m.kind != "person" or not (
                        _proper(m.name) and any(w[:1].isupper() for w in m.text.split()[1:] + m.text.split()[:1]
                                                if w.lower() not in ("the", "a", "an"))):
                    continue
                lo, hi = self.tok_range(m.span)
                if hi <= lo or any(i in self.quoted for i in range(lo, hi)):
                    continue
                root = self.doc[lo:hi].root
                out.append((m.span, self.fuller_name(m), _subject_like(root)))
            return out
        for e in self.ents:
            es = self.aspan(e)
            if e.label_ != "PERSON" or es[1] > before or e.root.i in self.quoted:
                continue
            sp = self.resolve(e.root)
            if sp is not None and sp.actor is not None and sp.actor.kind == "person":
                out.append((es, sp.actor, _subject_like(e.root)))
        return out

    def _titled_names(self, before: int) -> list[tuple[int, Token]]:
        """Heads of proper names in apposition to a person noun that speaks or acts, before token
        ``before``: "announced ... the minister of Treasury, Nicolás Dujovne"; each as (first
        token index of the name, head token)."""
        out: list[tuple[int, Token]] = []
        pos, dep = token_column(self.doc, "POS"), token_column(self.doc, "DEP")  # the doc's shared table
        strings = self.doc.vocab.strings
        propn, appos = strings["PROPN"], strings["appos"]
        for i in range(len(self.doc))[:before]:
            if pos[i] != propn or dep[i] != appos or i in self.quoted:
                continue
            t = self.doc[i]
            head = t.head
            if head.lemma_.lower() not in self.lex.person_nouns or head.pos_ != "NOUN":
                continue
            if head.dep_ not in ("nsubj", "nsubjpass", "npadvmod", "dobj", "attr") or not (
                head.head.pos_ in ("VERB", "AUX")
            ):
                continue
            start = t.i
            while start > 0 and self.doc[start - 1].dep_ == "compound" and self.doc[start - 1].head.i == t.i \
                    and self.doc[start - 1].pos_ == "PROPN":
                start -= 1
            words = self.doc[start : t.i + 1]
            if 2 <= len(words) <= 4 and all(w.text[:1].isupper() for w in words) and not any(
                w.lower_ in self.lex.organization_words for w in words
            ):
                out.append((start, t))
        return out

    def fuller_name(self, a: Actor) -> Actor:
        """An unresolved one-word person mention ("Kim") named in full earlier ("Kim Jong Un").

        The actors layer's object is kept when it has an id; otherwise a copy carries the
        fuller name, so that one speaker's quotes group together.
        """
        if a.id is None and a.kind == "person" and a.span is not None and len(a.name.split()) >= 2 \
                and a.text.endswith(a.name.split()[-1]):
            # "Soraya Sáenz" cut before its particle: "Soraya Sáenz de Santamaría"
            m = _NAME_PARTICLE_RE.match(self.text, a.span[1])
            if m:
                return dataclasses.replace(a, name=a.name + m.group(0))
        if a.id is None and a.kind == "person" and a.span is not None and len(a.name.split()) >= 3:
            # "Council Chen Binhua" from "the State Council Chen Binhua": the name is the person
            # entity the mention ends with, not the institution words glued before it
            lo, hi = self.tok_range(a.span)
            ents = [e for e in self.ents if e.label_ == "PERSON" and lo <= e.start and e.end == hi and len(e) >= 2]
            if ents and a.name.endswith(ents[0].text) and a.name != ents[0].text and a.name.split()[0] not in ents[0].text:
                return dataclasses.replace(a, name=ents[0].text)
        if a.id is None and a.kind == "person" and a.span is not None and len(a.name.split()) >= 4:
            # "secretary general of the CGT Sophie Binet" kept whole: the name is the run of
            # capitalised proper nouns it ends with, after the title, the body and its acronym
            lo, hi = self.tok_range(a.span)
            k = hi
            while k - 1 > lo and self._name_word(self.doc[k - 1]):
                k -= 1
            if 2 <= hi - k <= 4 and k > lo and not self._name_word(self.doc[k - 1]):
                return dataclasses.replace(a, name=self.doc[k:hi].text)
        if a.id is None and a.kind == "person" and len(a.name.split()) >= 2 and a.span is not None \
                and _WORD_BEFORE_RE.search(self.text[max(0, a.span[0] - 40) : a.span[0]]):
            # "bin Salman" cut from "Prince Abdulaziz bin Salman": the one full name ending in it
            longer = {n for n in self.full_names(a.name.split()[-1]) if n.endswith(" " + a.name)}
            if len(longer) == 1:
                return dataclasses.replace(a, name=next(iter(longer)))
        if a.id is not None or a.kind != "person" or len(a.name.split()) != 1:
            return a
        fuller = self.full_names(a.name)
        if len(fuller) > 1 and a.span is not None:
            fuller = self._namesake_here(fuller, a.span[0])
        if len(fuller) != 1:
            return a
        return dataclasses.replace(a, name=next(iter(fuller)))

    def _namesake_here(self, fuller: set[str], pos: int) -> set[str]:
        """Of full names sharing a surname ("Verona Murphy ... ⏎ Paul Murphy said ... According to
        Murphy"), those the paragraph of ``pos`` writes before it (all when it writes none)."""
        plo = self.paras[self.para_of(pos)][0]
        return {n for n in fuller if self.text.rfind(n, plo, pos) >= 0} or fuller

    def _written_full_names(self, word: str) -> set[str]:
        """The full names the text writes ending in the surname ``word`` where the recogniser tagged
        none as a person ("EDINBURGH — Humza Yousaf resigned" read as an organisation, "Caroline van
        der Plas" cut at its particle): runs of one to four capitalised proper nouns (name particles
        inside) before the word, outside quotations, without titles, body or place words."""
        out: set[str] = set()
        lower = token_strings(self.doc, "LOWER")
        low = word.lower()
        for i, w in enumerate(lower):
            if w != low or i == 0 or i in self.quoted:
                continue
            k = i
            while k > 0 and i - k < 5:
                t = self.doc[k - 1]
                if t.lower_ in _NAME_PARTICLES and k - 1 > 0 and t.is_lower:
                    k -= 1
                    continue
                if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                        and t.ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "FAC")
                        and t.lower_ not in self.lex.title_nouns and t.lower_ not in self.lex.person_nouns
                        and t.lower_ not in self.lex.organization_words and t.lower_.rstrip(".") not in _HONORIFICS):
                    break
                k -= 1
            while k < i and self.doc[k].is_lower:
                k += 1  # a run starts with a name word, not a particle
            if k < i and "\n" not in self.doc[k : i + 1].text:
                out.add(self.doc[k : i + 1].text)
        return out

    def _name_word(self, t: Token) -> bool:
        """A word of a person's name: a capitalised proper noun that is no acronym, title, body word
        or place."""
        ent = self._ent_of.get(t.i)
        return t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() \
            and t.lower_ not in self.lex.title_nouns and t.lower_ not in self.lex.organization_words \
            and (ent is None or ent.label_ == "PERSON")

    def _known_body(self, ent: SpacySpan) -> bool:
        """The actors layer resolved the entity, as written, to a body the knowledge base knows
        ("the head of Human Rights, Amnesty International,": the organisation, not a person's name)."""
        span = self.aspan(ent)
        m = self.mention_at(span)
        return m is not None and m.id is not None and m.kind != "person" and m.span is not None \
            and m.span[0] <= span[0] and span[1] <= m.span[1]

    def mention_at(self, span: Span) -> Actor | None:
        """The smallest actor mention that overlaps ``span``."""
        hits = [m for m in self.mentions if m.span and m.span[0] < span[1] and span[0] < m.span[1]]
        if not hits:
            return None
        return min(hits, key=lambda m: (m.span[1] - m.span[0], m.span[0]))  # type: ignore[index]

    def mention_in(self, span: Span) -> Actor | None:
        hits = [m for m in self.mentions if m.span and m.span[0] >= span[0] and m.span[1] <= span[1]]
        return hits[-1] if hits else None

    def _body_prefix_cut(self, words: list[Token]) -> list[Token]:
        """A person name the recogniser glued to the body before it (see _body_prefix_len)."""
        cut = _body_prefix_len([t.text for t in words], self.lex.organization_words)
        return words[cut:] if cut and all(t.pos_ == "PROPN" for t in words[cut:]) else words

    def _opening_caps(self, h: Token) -> bool:
        """An upper-case word among the upper-case words opening the article ("MADRID, May 19
        (Agency) -", whatever the dateline's shape): a dateline's place, never the surname of a
        full name the body writes ("the Real Madrid prepared ...")."""
        return len(h.text) > 1 and h.text.isupper() and h.i < 8 and all(
            not any(ch.islower() for ch in t.text) for t in self.doc[: h.i])

    @staticmethod
    def _known_actor(sp: Speaker | None) -> bool:
        return sp is not None and sp.actor is not None and (sp.actor.id is not None or bool(sp.actor.country))

    def _titled_body_name(self, ent: SpacySpan) -> bool:
        """An organisation entity that is a body and its title holder's name, after 'TITLE of
        (the)': 'the vice-president of the European Commission Margaritis Schinas'."""
        if not _body_prefix_len([t.text for t in ent if t.pos_ != "DET"], self.lex.organization_words):
            return False
        k = ent.start - 1
        while k >= 0 and self.doc[k].pos_ == "DET":
            k -= 1
        if k < 1 or self.doc[k].lower_ != "of":
            return False
        head = self.doc[k].head
        return head.i < k and (head.lower_ in self.lex.title_nouns or head.lemma_.lower() in self.lex.title_nouns)

    def fallback_actor(self, h: Token, core: SpacySpan, span: Span) -> Actor:
        """An Actor from the speaker's own words when the actors layer has none (id null)."""
        lemma = h.lemma_.lower()
        ent = self._ent_of.get(h.i)
        label = ent.label_ if ent is not None else ""
        if h.pos_ == "PROPN" and label in ("", "ORG", "PERSON", "GPE"):
            # "Milei" after "Javier Milei", "Lula" after "Luiz Inácio Lula da Silva" (not "Balpreet
            # Singh" after "Hardeep Singh Nijjar": a written given name keeps only names holding it)
            fuller = self.full_names(h.text)
            g = self.doc[h.i - 1] if h.i > 0 else None
            if g is not None and g.pos_ == "PROPN" and g.head.i == h.i and g.dep_ in ("compound", "flat") \
                    and g.text[:1].isupper() and g.lower_ not in self.lex.title_nouns \
                    and g.lower_ not in self.lex.person_nouns and g.lower_.rstrip(".") not in _HONORIFICS:
                fuller = {n for n in fuller if g.text in n.split()}
            if len(fuller) > 1:
                fuller = self._namesake_here(fuller, span[0])
            if not fuller and label != "GPE":
                # a full name the recogniser did not tag as a person ("Caroline van der Plas", "Humza
                # Yousaf" read as an organisation: only with a given name the table knows)
                fuller = {n for n in self._written_full_names(h.text)
                          if label in ("", "PERSON") or n.split(" ", 1)[0] in GIVEN_GENDER}
            if len(fuller) == 1 and (label != "PERSON" or len(next(iter(fuller))) > len(ent.text if ent else "")):
                name = next(iter(fuller))
                text = self.text[span[0] : span[1]]
                return Actor(id=None, name=name, kind="person", text=text, span=span, resolved_by="quotes")
        if label == "GPE" and len(ent or ()) <= 3:
            # a state the actors layer left without a mention ("China, which has close ties to
            # both, ... urged"): the knowledge base's state of that name
            state = self._state_named(h)
            if state is not None and state.country:
                return _as_mention(state, self.text[span[0] : span[1]], span)
        if label == "ORG" and ent is not None and self._titled_body_name(ent):
            # "the vice-president of the European Commission Margaritis Schinas" read as one body
            label, kind = "PERSON", "person"
        elif label == "PERSON":
            kind = "person"
        elif label == "GPE":
            kind = "state"
        elif label in ("ORG", "FAC"):
            kind = "organization"
        elif label == "NORP" and h.pos_ == "PROPN":
            kind = "population"
        elif lemma in self.lex.person_nouns or any(t.lemma_.lower() in self.lex.person_nouns for t in core):
            kind = "person"
        elif lemma in self.lex.population_nouns:
            kind = "population"
        elif (
            h.pos_ == "PROPN"
            and label == ""
            and len(core) <= 3
            and all(t.is_title for t in core if t.pos_ == "PROPN")
            and not any(t.lower_ in self.lex.organization_words for t in core)
        ):
            kind = "person"  # an unlabelled short proper name speaking: "Wang said"
        else:
            kind = "organization"
        if ent is not None and label in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
            words = [t for t in ent if not (t.i == ent.start and t.pos_ == "DET") and t.tag_ != "POS"]
        else:
            words = [t for t in core if not (t.i == core.start and t.pos_ == "DET") and t.tag_ != "POS"]
        if kind == "person" and h.pos_ == "PROPN" and label == "":
            # a name the recogniser missed: the proper-noun run ending at the head, hyphens kept,
            # titles and what comes before them dropped ("DHAKA — Army chief General Waker-Uz-Zaman")
            k = h.i
            while k - 1 >= max(core.start, self.dateline_end) and (
                    (self.doc[k - 1].pos_ == "PROPN" and self.doc[k - 1].text[:1].isupper()
                     and self.doc[k - 1].lower_ not in self.lex.title_nouns
                     and self.doc[k - 1].lower_ not in self.lex.organization_words)
                    or (self.doc[k - 1].text in ("-", "‑") and not self.doc[k - 1].whitespace_ and k - 2 >= 0
                        and not self.doc[k - 2].whitespace_)):
                k -= 1
            while k < h.i and self.doc[k].text in ("-", "‑"):
                k += 1
            words = [t for t in words if t.i >= k] or words
        if kind == "person" and h.pos_ == "PROPN":
            # "General Waker-Uz-Zaman": the name is the mention, without its title
            while len(words) > 1 and words[0].lower_ in self.lex.title_nouns and words[1].pos_ == "PROPN":
                words = words[1:]
            words = self._body_prefix_cut(words)
        if kind == "person" and h.pos_ == "NOUN" and h.lemma_.lower() in self.lex.title_nouns and words and words[-1].i > h.i:
            # "the secretary general of the CGT Sophie Binet": the title holder is the run of name
            # words the phrase ends with (after the body and its acronym)
            k = words[-1].i + 1
            while k - 1 > h.i and self._name_word(self.doc[k - 1]):
                k -= 1
            if 2 <= words[-1].i + 1 - k <= 4 and not self._name_word(self.doc[k - 1]) \
                    and self.doc[k - 1].lower_ not in ("of", "the"):  # "the wife of John Smith" is not him
                words = [t for t in words if t.i >= k]
        name = _join_words(words) if words else h.text
        country = None
        if kind == "organization" and label == "ORG" and ent is not None:
            # "the American Central Command": a body the knowledge base does not know, of the state
            # whose nationality adjective opens its name or stands right before it
            # (an adjective, not the state's name, "Venezuela Solidarity Campaign", nor its capital,
            # "the Dublin TD", "the London Transport Board")
            first = next((t for t in ent if t.pos_ != "DET"), None)
            if first is not None and first.i < ent.end - 1 and first.text[:1].isupper():
                state = self._nationality_named(first)
                if state is not None and state.country:
                    country = state.country
        if kind == "person" and ent is not None and label == "PERSON":
            m = _NAME_PARTICLE_RE.match(self.text, self.aspan(ent)[1])
            if m:
                name += m.group(0)
        text = self.text[span[0] : span[1]]
        return Actor(id=None, name=name, kind=kind, text=text, span=span, resolved_by="quotes", country=country)

    _POSS = {"its": "it", "their": "they", "his": "he", "her": "she"}

    def _same_sex_reporter(self, v: Token, word: str) -> Speaker | None:
        """The person whose speech verb ``v``'s clause is the content of ('X said that ... v'), when
        "he"/"she" (``word``) could be them: no given name of the other sex."""
        u = v
        while u.dep_ == "conj" and u.head.i != u.i:
            u = u.head
        if u.dep_ != "ccomp" or not self.is_cue_verb(u.head):
            return None
        subj = next((c for c in u.head.children if c.dep_ == "nsubj" and c.i not in self.quoted), None)
        if subj is None or subj.i >= v.i:
            return None
        if subj.pos_ == "PRON" and subj.lower_ != word:
            return None
        rep = self.resolve(subj)
        if rep is None or rep.actor is None or rep.actor.kind != "person":
            return None
        return None if _other_gender(rep.actor, word) else rep


    def resolve_pronoun(self, h: Token, as_word: str | None = None) -> Speaker | None:
        span = self.aspan(h)
        m = self.mention_at(span)
        kinds = self.lex.pronouns.get(as_word or h.lower_)
        if (as_word or h.lower_) == "it" and h.dep_ in ("nsubj", "nsubjpass"):
            # 'The statement was issued late on Monday. “…,” it said': "it" after a document that is
            # the subject of the sentence before is that document (its issuer, or no one)
            doc_subj = self._document_subject_before(h)
            if doc_subj is not None:
                found = self.document_speaker(doc_subj)
                if found is None or found.actor is None:
                    return Speaker(None, None, None)
                return Speaker(_as_mention(found.actor, h.text, span), span, h.i)
        if (as_word or h.lower_) in ("they", "them") and (m is None or m.id is None and not m.country):
            # "Critics fear what they call the “erosion”": a plural common noun subject earlier in
            # the sentence is the antecedent (and an unidentified one stays unidentified)
            subj = [t for t in h.sent if t.i < h.i and t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS"
                    and t.pos_ == "NOUN" and t.i not in self.quoted]
            sent = h.sent
            for _ in range(3):
                # '“Democracy!” they shouted' after 'Tens of thousands of Israelis rallied ...': a plural
                # subject of an earlier sentence of the paragraph (past the quotation's own sentences)
                if subj or sent.start == 0:
                    break
                sent = self.doc[sent.start - 1].sent
                if self.para_of(self.aspan(sent.root)[0]) != self.para_of(span[0]):
                    break
                subj = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS"
                        and t.pos_ == "NOUN" and t.i not in self.quoted]
                if not subj and not all(t.i in self.quoted or t.is_punct or t.is_space for t in sent):
                    break  # a sentence of narration with no plural subject: no antecedent found
            if subj:
                return self.resolve(subj[-1])
        if m is not None and m.id is None and m.kind == "person" and kinds \
                and m.name.split(" ", 1)[0].lower() in ("the", "a", "an"):
            # a pronoun the actors layer tied to a title that opens its sentence ("The spokesman of
            # the Ministry ... Zhao Lijian said ... he said"): the name the title introduces
            at = self.text.rfind(m.name, self.paras[max(0, self.para_of(span[0]) - 1)][0], span[0])
            lo, hi = self.tok_range((at, at + len(m.name))) if at >= 0 else (0, 0)
            if hi > lo:
                named = self.titled_name(self.doc[lo:hi].root)
                if named is not None and named.actor is not None:
                    return Speaker(_as_mention(named.actor, h.text, span), span, h.i)
        word = as_word or h.lower_
        if word in ("it", "they", "he", "she") and h.dep_ == "nsubj" and any(
                c.lower_ == "what" and c.dep_ in ("dobj", "obj") for c in h.head.children):
            # 'the EU prepared sanctions over what it called a “hybrid attack”': the pronoun of a
            # "what ... called" clause is the subject of the clause it hangs in (for "he"/"she" a
            # named person of no other gender: 'The speaker, Hugo Motta, defended the text against
            # what he called «abuses»', whoever spoke last before him)
            v = h.head.head
            for _ in range(4):
                if v.pos_ in ("VERB", "AUX") and v.i not in self.quoted:
                    gov = next((c for c in v.children if c.dep_ == "nsubj" and c.i not in self.quoted), None)
                    if gov is not None:
                        if gov.pos_ == "PRON":
                            break
                        sp = self.resolve(gov)
                        if sp is not None and sp.actor is not None and sp.actor.kind != "person" \
                                and (sp.actor.id is not None or sp.actor.country) and word in ("it", "they"):
                            return Speaker(_as_mention(sp.actor, h.text, span), span, h.i)
                        if sp is not None and sp.actor is not None and sp.actor.kind == "person" \
                                and word in ("he", "she") and _proper(sp.actor.name) and len(sp.actor.name.split()) > 1 \
                                and not _other_gender(sp.actor, word):
                            # 'Hale said that Governor Ortega had ignored what he called “…”': inside
                            # the report of a person the pronoun could also be, the words are the
                            # reporter's framing
                            rep = self._same_sex_reporter(v, word)
                            who = rep.actor if rep is not None and rep.actor is not None else sp.actor
                            return Speaker(_as_mention(who, h.text, span), span, h.i)
                        break
                if v.head.i == v.i:
                    break
                v = v.head
        if m is not None and m.kind == "person" and kinds and self._named_in_question(h, m):
            # 'Asked whether the prime minister still enjoyed her party's confidence, she replied':
            # the one asked is not the one the question is about; the paragraph's latest speaker is
            latest = self._latest_in_para(span[0], ("person",))
            if latest is not None and not _same_actor(latest, m) and not _other_gender(latest, word):
                return Speaker(_as_mention(latest, h.text, span), span, h.i)
        if m is not None and (m.id is not None or m.kind != "person" or not kinds or m.name[:1].isupper()):
            other = self._paragraph_speaker(m, span[0], kinds)
            if other is not None:
                return Speaker(_as_mention(other, h.text, span), span, h.i)
            return Speaker(m, m.span, h.i)
        # a pronoun the actors layer tied only to an unnamed title ("the spokeswoman"): the
        # speaker the text last named, if there is one
        if not kinds:
            return Speaker(m, m.span, h.i) if m is not None else None
        if (as_word or h.lower_) in ("they", "them"):
            kinds = tuple(k for k in kinds if k != "person")  # a crowd or a body, not the last person named
        pos = span[0]
        self._guessed.add(h.i)  # a guess from what the text said so far: redone once quotes have speakers
        # the latest speaker of a compatible kind, within the paragraph or the one before
        para = self.para_of(pos)
        word = as_word or h.lower_
        cands = [sp.actor for epos, sp, _cue in reversed(self.events)
                 if epos < pos and self.para_of(epos) >= para - 1 and sp.actor is not None and sp.actor.kind in kinds]
        if cands:
            if _other_gender(cands[0], word):
                # 'Giorgia Meloni welcomed the collapse. Matteo Salvini said ... “…,” she said': not
                # the man who spoke last, when the text names a woman (by the given-name table)
                alt = next((a for a in cands[1:] if _same_gender(a, word)), None) or self._gendered_near(h, word)
                if alt is not None:
                    return Speaker(_as_mention(alt, h.text, span), span, h.i)
                # no one of the pronoun's sex: the man is known not to be "she" (a miss, not a
                # false attribution)
                return Speaker(m, m.span, h.i) if m is not None else None
            return Speaker(_as_mention(cands[0], h.text, span), span, h.i)
        if m is not None:
            return Speaker(m, m.span, h.i)
        # the nearest preceding named entity of a compatible kind, a subject first
        want = {"person": ("PERSON",), "organization": ("ORG",), "state": ("GPE",), "group": ("ORG", "NORP"), "igo": ("ORG",), "population": ("NORP",)}
        labels = {lab for k in kinds for lab in want.get(k, ())}
        near: list[SpacySpan] = [e for e in self.ents if e.end <= h.i and e.label_ in labels and h.i - e.end < 80]
        if not near:
            return None
        subj_ents = [e for e in near if e.root.dep_ in ("nsubj", "nsubjpass")]
        ent = (subj_ents or near)[-1]
        base = self.resolve(ent.root)
        if base is None or base.actor is None:
            return None
        return Speaker(_as_mention(base.actor, h.text, span), span, h.i)

    def _named_in_question(self, h: Token, m: Actor) -> bool:
        """Pronoun ``h`` is the subject of a verb after a fronted "Asked whether/if/about ..." clause
        that names ``m`` (the actors layer's reading of the pronoun)."""
        if h.dep_ != "nsubj" or h.head.i < h.i:
            return False
        asked = next((c for c in h.head.children if c.dep_ == "advcl" and c.lemma_.lower() == "ask"
                      and c.tag_ == "VBN" and c.i < h.i and c.i not in self.quoted), None)
        if asked is None:
            return False
        lo = min(t.i for t in asked.subtree)
        hi = max(t.i for t in asked.subtree) + 1
        inside = self.aspan(self.doc[lo:hi])
        return any(o.span is not None and inside[0] <= o.span[0] and o.span[1] <= inside[1] and _same_actor(o, m)
                   and o.text.lower() not in ("he", "she", "his", "her", "him")
                   for o in self.mentions)

    def _gendered_near(self, h: Token, word: str) -> Actor | None:
        """The latest person named before pronoun ``h`` in its paragraph or the one before whose
        given name the table gives the pronoun's sex (subjects first)."""
        want = PRON_GENDER.get(word)
        para = self.para_of(self.aspan(h)[0])
        near = [e for e in self.ents if e.label_ == "PERSON" and e.end <= h.i and len(e) >= 2 and e.root.i not in self.quoted
                and self.para_of(self.aspan(e)[0]) >= para - 1 and GIVEN_GENDER.get(e[0].text) == want]
        if want is None or not near:
            return None
        subj = [e for e in near if e.root.dep_ in ("nsubj", "nsubjpass")]
        sp = self.resolve((subj or near)[-1].root)
        return sp.actor if sp is not None and sp.actor is not None and sp.actor.kind == "person" else None

    # -- direct and partial quotes -----------------------------------------------------

    def classify(self, q: RawQuote) -> str:
        text = self.text
        content = q.text(text).strip()
        nwords = len(_WORD_RE.findall(content))
        if q.repairs and nwords >= 2:
            return "direct"
        lo, _hi = self.paras[q.paragraph] if q.paragraph < len(self.paras) else (0, len(text))
        before = text[lo : q.open_mark if q.open_mark is not None else q.start].rstrip()
        while before and before[-1] in ALL_MARKS and len(before) >= 2 and before[-2] in ".!?,":
            before = before[:-1]
        ends_punct = bool(content) and content[-1] in ".!?,;:\u2026"
        if before.endswith(":"):
            return "direct"
        if not before or before[-1] in ".!?\u2014\u2013":
            if ends_punct or nwords >= _DIRECT_MIN_WORDS:
                return "direct"
            # '«No vamos a ceder», said the president'
            if q.close_mark is not None and nwords >= 2 and _CUE_AFTER_RE.match(text, q.close_mark + 1):
                return "direct"
            # '«The needs are immense».' alone in its paragraph, the full stop outside the marks
            if q.close_mark is not None and nwords >= 2 and content[:1].isupper() \
                    and not text[q.close_mark + 1 : _hi].strip(" .!?\u2026\t"):
                return "direct"
        words_before = before.rstrip(",").split()
        last = words_before[-1].lower().strip(",") if words_before else ""
        if last and self._word_is_cue(last):
            if before.endswith(",") or (nwords >= 4 and content[:1].isupper()):
                return "direct"
            if nwords >= _DIRECT_MIN_WORDS and ends_punct:
                return "direct"
        return "partial"

    def resumes(self, prev: tuple[_Found, Speaker | None, Cue | None] | None,
                f: _Found) -> tuple[Speaker | None, Cue | None] | None:
        """The speaker and cue of the direct quote that ``f`` continues, when only ", <cue
        clause>," stands between them in one paragraph and ``f`` goes on in lower case (or ends
        the sentence); ``None`` otherwise."""
        if prev is None or f.raw.nested:
            return None
        g, sp, cue = prev
        if g.raw.paragraph != f.raw.paragraph or g.raw.close_mark is None or f.raw.open_mark is None:
            return None
        if sp is None or sp.actor is None or cue is None or not cue.text:
            return None
        between = self.text[g.raw.close_mark + 1 : f.raw.open_mark]
        if not _RESUME_RE.match(between) or not (cue.span[0] >= g.raw.close_mark and cue.span[1] <= f.raw.open_mark):
            return None
        content = f.raw.text(self.text).lstrip()
        if not content or not (content[0].islower() or content.rstrip()[-1:] in ".!?"):
            return None
        return sp, cue

    def _word_is_cue(self, word: str) -> bool:
        forms = {"said", "says", "say", "told", "tells", "added", "adds", "adding", "saying", "warned",
                 "warns", "wrote", "writes", "declared", "declares", "stated", "states", "stressed",
                 "insisted", "noted", "replied", "responded", "asked", "explained", "tweeted", "posted",
                 "announced", "argued", "continued", "concluded"}
        return word in forms

    def frame(self, f: _Found) -> list[Token]:
        """Tokens of the quote's sentence(s) outside every quote, in the same paragraph."""
        doc = self.doc
        lo, hi = f.region
        if hi <= lo:
            return []
        s_start = doc[lo].sent.start
        s_end = doc[hi - 1].sent.end
        # "X said:" / "X said," ending the previous sentence
        while s_start > 0 and doc[s_start - 1].text in (":", ","):
            s_start = doc[s_start - 1].sent.start
        # '"...," | he said.' split into two sentences
        while s_end < len(doc):
            nxt = doc[s_end]
            if nxt.is_punct and nxt.text in ALL_MARKS + '"\'':
                s_end = nxt.sent.end
                continue
            if nxt.text[:1].islower() or nxt.text in (",",) or nxt.lower_ in ("said", "says"):
                s_end = nxt.sent.end
                continue
            break
        para = f.raw.paragraph
        out = []
        for t in doc[s_start:s_end]:
            if t.i in self.quoted:
                continue
            if self.para_of(self.aspan(t)[0]) != para and "paragraphs" not in f.raw.repairs:
                continue  # only a quotation running over paragraphs has its frame beyond its own
            out.append(t)
        return out

    def find_cue(self, f: _Found, tokens: list[Token]) -> Cue | None:
        lo, hi = f.region
        inside = set(f.tokens)
        best: tuple[tuple[int, int, int, int], Cue] | None = None
        for t in tokens:
            cue: Cue | None = None
            if self.is_cue_verb(t):
                after = t.i >= hi
                sp = self.speaker_of(t, after_quote=after)
                text, span = self.cue_text(t)
                governs = any(self.doc[i].head.i == t.i for i in inside) or (t.head.i in inside and t.dep_ in ("parataxis", "advcl", "ccomp"))
                cue = Cue(text, span, t.i, sp, governs)
            else:
                pc = self.prepositional_cue(t)
                if pc is not None:
                    cue = pc
            if cue is None:
                continue
            dist = lo - cue.token_i if cue.token_i < lo else cue.token_i - hi + 1
            key = (0 if cue.governs or cue.speaker is not None else 1, 0 if cue.governs else 1, max(dist, 0), 0 if cue.token_i >= hi else 1)
            if best is None or key < best[0]:
                best = (key, cue)
        if best is None:
            return self.verb_after_quote(f) or self.colon_cue(f)
        return best[1]

    def colon_cue(self, f: _Found) -> Cue | None:
        """'Merino closed his message with a call to unity: “…': a clause ending in a colon right
        before the quotation (in its paragraph, or ending the previous one when the quotation
        opens its own) introduces it, whatever its verb; its subject is the speaker."""
        if f.raw.open_mark is None or "dash" in f.raw.repairs:
            return None
        para = f.raw.paragraph
        plo = self.paras[para][0]
        before = self.text[plo : f.raw.open_mark].rstrip()
        if before:
            if not before.endswith(":"):
                return None
            colon = plo + len(before) - 1
        elif para > 0 and self.text[self.paras[para - 1][0] : self.paras[para - 1][1]].endswith(":"):
            colon = self.paras[para - 1][1] - 1
        else:
            return None
        lo, hi = self.tok_range((colon, colon + 1))
        if hi <= lo:
            return None
        sent = self.doc[lo].sent
        # a relative clause describes a noun ("closed his speech with the cry that accompanied him
        # all the campaign: «…»"): the clause that introduces the quotation is the one above it
        verb = next((t for t in reversed(list(self.doc[sent.start : lo])) if t.pos_ == "VERB" and t.i not in self.quoted
                     and t.dep_ not in ("relcl", "acl") and any(c.dep_ == "nsubj" for c in t.children)), None)
        if verb is None:
            return None
        subj = next(c for c in verb.children if c.dep_ == "nsubj")
        sp = self.subject_speaker(subj, verb)
        if sp is None or sp.actor is None or sp.actor.kind not in ("person", "organization", "igo", "state", "group"):
            return None
        text, span = self.cue_text(verb)
        return Cue(text, span, verb.i, sp, False)

    def verb_after_quote(self, f: _Found) -> Cue | None:
        """'“I will not be neutral”, she anticipated.': a verb the lexicon does not list, right after
        the quotation and its comma, that the quotation hangs on, is its cue (machine translation
        keeps the source's many verbs of saying: "anticipated", "ironised", "deplored")."""
        lo, hi = f.region
        inside = set(f.tokens)
        doc = self.doc
        i = hi
        while i < len(doc) and i < hi + 2 and doc[i].is_punct and doc[i].text in (",", ")"):
            i += 1
        for v in doc[i : min(len(doc), i + 3)]:
            if v.i in self.quoted or v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ", "VBP"):
                continue
            if self.para_of(self.aspan(v)[0]) != f.raw.paragraph:
                return None
            if not (any(doc[j].head.i == v.i for j in inside)
                    or (v.head.i in inside and v.dep_ in ("parataxis", "advcl", "ccomp", "conj", "dep"))):
                return None
            if not any(c.dep_ in ("nsubj",) and c.pos_ in ("PRON", "PROPN", "NOUN") for c in v.children) \
                    and not self._postposed_speaker(v):
                return None
            sp = self.speaker_of(v, after_quote=True)
            if sp is None or sp.actor is None:
                return None
            text, span = self.cue_text(v)
            return Cue(text, span, v.i, sp, True)
        return None

    def _postposed_speaker(self, v: Token) -> bool:
        """Machine translation's post-posed speaker right after an unlisted verb of saying, read by
        the parser as its object: '«…», guaranteed the head of State to journalists'. Only a
        definite person, title, role or body noun, or a person's or organisation's name."""
        lex = self.lex
        for c in v.children:
            if c.i <= v.i or c.dep_ not in ("dobj", "obj", "attr") or c.i in self.quoted:
                continue
            if c.pos_ == "PROPN":
                return c.ent_type_ in ("PERSON", "ORG") or self.mention_at(self.aspan(c)) is not None
            word = c.lemma_.lower()
            return c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) and any(
                word in group for group in (lex.person_nouns, lex.title_nouns, lex.role_nouns, lex.voice_nouns,
                                            lex.institution_nouns, lex.population_nouns, lex.home_voice_nouns)) \
                or word == "head"
        return False

    def _prep_cue_starts(self, lo: int, hi: int) -> list[int]:
        """The tokens in [lo, hi) whose word can begin a prepositional cue ("according", "citing"):
        the only ones :meth:`prepositional_cue` can accept, found in the doc's lower-case words
        (the loops over a sentence looked at each word's paragraph first)."""
        first = self._prep_firsts()
        if first is None:
            return list(range(lo, hi))
        lowers = token_strings(self.doc, "LOWER")
        return [i for i in range(lo, hi) if lowers[i] in first]

    def _prep_firsts(self) -> frozenset[str] | None:
        """The first words of the prepositional cues (None where a cue is empty: any word begins it)."""
        if not self._prep_first_done:
            self._prep_first_done = True
            cues = self.lex.prepositional_cues
            self._prep_first = None if any(not w for w in cues) else frozenset(w[0] for w in cues)
        return self._prep_first

    def prepositional_cue(self, t: Token) -> Cue | None:
        """'according to X' (and the other prepositional cues) starting at ``t``."""
        lowers = token_strings(self.doc, "LOWER")
        first = self._prep_firsts()
        if first is not None and (t.i >= len(lowers) or lowers[t.i] not in first):
            return None  # no cue begins with this word (asked for every word of a quotation's frame)
        for words in self.lex.prepositional_cues:
            n = len(words)
            if t.i + n > len(self.doc):
                continue
            if tuple(lowers[t.i : t.i + n]) != words:  # the doc's lower-case words, no Token per word
                continue
            toks = doc_span(self.doc, t.i, t.i + n)
            last = toks[-1]
            obj = next((c for c in last.children if c.dep_ in ("pobj", "dobj")), None)
            if obj is None and t.i + n < len(self.doc):
                nxt = self.doc[t.i + n]
                obj = nxt.head if nxt.head.i >= t.i + n else nxt
                if obj.pos_ not in ("NOUN", "PROPN", "PRON"):
                    obj = None
            if obj is None:
                continue
            sp = self.subject_speaker(obj, None)
            span = self.aspan(toks)
            return Cue(self.text[span[0] : span[1]], span, t.i, sp, False)
        return None

    def context_speaker(self, f: _Found) -> tuple[Speaker | None, Cue | None]:
        """A quote with no cue of its own: the speaker the text last introduced."""
        pos = f.raw.start
        para = self.para_of(pos)
        prev_para = para - 1
        while prev_para >= 0 and self.questions.get(prev_para):
            prev_para -= 1  # an interviewer's question ("— Will you ...?") between answer and interviewee
        for epos, sp, cue in reversed(self.events):
            if epos > pos:
                continue
            p = self.para_of(epos)
            if p == para:
                return Speaker(sp.actor, sp.span, None), cue
            if p == prev_para:
                own = self._paragraph_subject(f)
                if own is not None:
                    return own, None
                return Speaker(sp.actor, sp.span, None), cue
            break
        own = self._paragraph_subject(f)
        if own is not None:
            return own, None  # 'President Joko Widodo ... voted in Jakarta. “Whatever the result, ...”'
        if prev_para >= 0:
            plo, phi = self.paras[prev_para]
            people: dict[str, Actor] = {}
            for m in self.mentions:
                if m.span and plo <= m.span[0] < phi and m.kind == "person":
                    people.setdefault(m.key(), m)
            if not self.mentions:
                for e in self.ents:
                    es = self.aspan(e)
                    if e.label_ == "PERSON" and plo <= es[0] < phi:
                        sp0 = self.resolve(e.root)
                        if sp0 is not None and sp0.actor is not None:
                            people.setdefault(sp0.actor.name.split()[-1].lower(), sp0.actor)
            if len(people) == 1:
                a = next(iter(people.values()))
                return Speaker(a, a.span, None), None
        return None, None

    def attributed_after(self, f: _Found) -> tuple[Speaker, Cue] | None:
        """'“…” The words came from Foreign Minister X', 'The phrase was of the senator X', 'It was
        the comment of the Crown Prince X': a quotation that ends its sentence, with no cue, whose
        next sentence names it by a noun of saying (``attribution_nouns``) and says whom it came
        from or whose it was: that one is the speaker."""
        doc = self.doc
        lo, hi = f.region
        if hi <= lo or hi >= len(doc) or not f.tokens:
            return None
        last = doc[f.tokens[-1]]
        if last.text not in (".", "!", "?") and doc[hi - 1].text != "." and doc[hi].text != ".":
            return None  # the quotation must end its own sentence (its stop inside the marks or after)
        k = hi
        while k < len(doc) and (doc[k].text == "." or doc[k].is_space and "\n" not in doc[k].text):
            k += 1
        if k >= len(doc) or k in self.quoted or self.para_of(self.aspan(doc[k])[0]) != f.raw.paragraph:
            return None
        first = doc[k]
        if first.lower_ not in ("the", "this", "these", "those", "such", "it") or not first.text[:1].isupper():
            return None
        nouns = self.lex.attribution_nouns | self.lex.attribution_of_nouns
        noun = next((t for t in doc[k : min(k + 4, len(doc))] if t.pos_ == "NOUN"
                     and t.lemma_.lower() in nouns and t.i not in self.quoted), None)
        if noun is None:
            return None
        if noun.dep_ in ("nsubj", "nsubjpass") and first.lower_ != "it":
            v, holder = noun.head, noun.head  # "The words came from X", "The phrase was of X"
        elif first.lower_ == "it" and first.dep_ == "nsubj" and noun.dep_ == "attr" and noun.head.i == first.head.i:
            v, holder = noun.head, noun  # "It was the comment of X"
        else:
            return None
        verb = v.lemma_.lower()
        if verb not in ("come", "be", "belong"):
            return None
        if noun.lemma_.lower() not in self.lex.attribution_nouns:
            # "The call was of the minister X" only: "The sentence came from Judge X" is the
            # court's sentence, "The call came from President X" a phone call
            preps: tuple[str, ...] = ("of",) if verb == "be" else ()
        else:
            # "to" only with "belong" ("The words belonged to X"): "The warning came to X" names
            # the one it was addressed to
            preps = ("to",) if verb == "belong" else ("from", "of")
        prep = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.i not in self.quoted), None) if prep else None
        if obj is not None and obj.pos_ == "NOUN" and not self._personish(obj):
            # "The phrase was of the new number two of the hierarchy Li Qiang": the person the phrase
            # names in apposition
            name = next((t for t in obj.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"
                         and t.pos_ == "PROPN" and t.i not in self.quoted), None)
            obj = name or obj
        if obj is None or obj.ent_type_ in ("DATE", "TIME") or (obj.pos_ == "NOUN" and not self._personish(obj)
                                                              and obj.lemma_.lower() not in self.lex.institution_nouns):
            return None  # "The words came from a 1963 speech": a source, not a speaker
        sp = self.subject_speaker(obj, v)
        if sp is None or sp.actor is None:
            return None
        if noun.lemma_.lower() not in self.lex.quoted_words_nouns:
            # 'Ortega denied the charges. “I am innocent.” The warning came from Judge X': a noun
            # that may name another utterance does not take the quotation from the person its own
            # paragraph made the subject before it
            own = self._paragraph_subject(f)
            if own is not None and own.actor is not None and not _same_actor(own.actor, sp.actor):
                return None
        span = self.aspan(doc[min(v.i, prep.i) : max(v.i, prep.i) + 1]) if prep is not None else self.aspan(v)
        return sp, Cue(self.text[span[0] : span[1]], span, v.i, sp)

    def _joined(self, a: _Found, b: _Found) -> bool:
        """Two quotations of one paragraph with only a conjunction or a comma between their marks
        ("“Freedom!” Y “Down with the dictatorship!”", "«a betrayal» and «a brutality»")."""
        if a.raw.paragraph != b.raw.paragraph or a.raw.close_mark is None or b.raw.open_mark is None:
            return False
        between = self.text[a.raw.close_mark + 1 : b.raw.open_mark].strip().lower()
        return between in ("y", "and", "or", ",", "e", "et", "o")

    def _paragraph_subject(self, f: _Found) -> Speaker | None:
        """The one person its own paragraph names as a subject before the quotation ("President
        Joko Widodo ... voted in central Jakarta in the morning. “…”"), when the actors layer ran;
        ``None`` when there is none or more than one."""
        if not self.mentions:
            return None
        lo = self.paras[f.raw.paragraph][0] if f.raw.paragraph < len(self.paras) else 0
        om = f.raw.open_mark if f.raw.open_mark is not None else f.raw.start
        people: dict[str, Actor] = {}
        for m in self.mentions:
            if m.span is None or not (lo <= m.span[0] and m.span[1] <= om) or m.kind != "person":
                continue
            a, b = self.tok_range(m.span)
            root = self.doc[a:b].root
            if b <= a or any(i in self.quoted for i in range(a, b)) or root.dep_ not in ("nsubj", "nsubjpass") \
                    or root.head.dep_ in ("relcl", "acl", "advcl"):
                continue  # the subject of a main clause, not of a relative clause or an apposition
            people.setdefault(m.id or m.name, m)
        if len(people) != 1:
            return None
        m = next(iter(people.values()))
        return Speaker(self.fuller_name(m), m.span, None)

    def partial_speaker(self, f: _Found) -> tuple[Speaker | None, Cue | None]:
        """The speaker of a quoted fragment, only when it sits in someone's speech act.

        The fragment's words are followed up the parse to the nearest speech or framing verb
        ("accused Tehran of securing “…”", "said it will “respect”", "called it “…”",
        "rejected the remark as “groundless”"). A fragment that only modifies a noun (a
        “no limits” partnership, the “trade war” between ...) is a scare quote: no speaker.
        """
        inside = set(f.tokens)
        roots = [self.doc[i] for i in f.tokens if self.doc[i].head.i not in inside or self.doc[i].head.i == i]
        roots = [r for r in roots if not r.is_punct]
        if not roots or self._label_quote(f, roots) or self._nickname(f):
            return None, None
        k = min(f.tokens) - 1 if f.tokens else -1
        while k >= 0 and (self.doc[k].text in ALL_MARKS + '"\'' or self.doc[k].is_space):
            k -= 1
        if k >= 0 and self.doc[k].lower_ == "whose":
            return None, None  # 'his predecessor, whose “mini-budget” had rattled markets': the narration's
        if self._work_title(f):
            return None, None  # 'protesters blasted "Things Can Only Get Better", the song of ...'
        named = self._as_they_call_it(f) or self._utterance_owner(roots) or self._charged_object(roots)
        if named is not None:
            return named
        if self._name_in_marks(f) and not any(self._object_of_cue(r) for r in roots):
            # 'Observers noted that the summit's “Hiroshima Vision” drew criticism': a name in marks
            # is someone's words only as the very object of their speech verb
            return None, None
        noun = self._noun_after(f)
        if noun is not None:
            # 'ending the “no war, no peace” stalemate': a quotation between a determiner and a
            # noun modifies the noun, however the parser read its words
            return self._reported_modifier(roots[0], f, noun)
        if all(r.dep_ in ("amod", "compound", "nmod", "nummod", "poss") and r.head.pos_ == "NOUN" and r.head.i > r.i for r in roots):
            # a scare quote modifying a noun, unless it sits in the that-clause of someone's
            # speech: 'She added that the Kremlin's “reckless” behaviour will not be tolerated'
            return self._reported_modifier(roots[0], f)
        nominal = all(r.pos_ in ("NOUN", "PROPN") for r in roots)
        if nominal and len(roots) == 1:
            r0 = roots[0]
            p0 = r0.head
            if r0.dep_ == "pobj" and p0.lower_ in _TIME_PREPS:
                return None, None  # 'after the “normalization” between the two countries': a time, the narration's
            if r0.dep_ == "pobj" and any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < f.region[0] and c.i not in self.quoted
                                         for c in r0.children):
                return None, None  # 'incidents blamed on Russia's “shadow fleet”': a name for someone's thing
            if r0.dep_ == "pobj" and p0.lower_ == "of" and p0.head.lemma_.lower() in self.lex.label_nouns:
                return None, None  # 'the old idea of “Finlandization”': a term named, not said
            if r0.dep_ == "pobj" and p0.lower_ == "of" and p0.head.pos_ == "NOUN" and p0.head.text.islower() \
                    and p0.head.lemma_.lower() not in self.lex.utterance_nouns and self._capitalised(f):
                return None, None  # 'the dam of the “Renaissance”': a name, not words ('the cry of «Freedom»' is)
            if r0.dep_ == "pobj" and p0.head.pos_ == "NOUN" and p0.head.i < p0.i and any(
                    c.dep_ == "poss" and c.tag_ == "PRP$" and c.i < f.region[0] for c in r0.children):
                return None, None  # 'accused of murder over his “war on drugs”': a name for someone's thing
        starts = roots[:3]
        lo0 = f.region[0]
        if len(roots) == 1 and roots[0].head.i == roots[0].i and roots[0].sent.start >= lo0 and lo0 > 0 \
                and not self.doc[lo0 - 1].is_punct and lo0 - 1 not in self.quoted \
                and self.para_of(self.aspan(self.doc[lo0 - 1])[0]) == f.raw.paragraph:
            # 'said Belgrade would not recognise Kosovo "today, tomorrow or ever".': the parser made
            # the fragment a sentence of its own; it goes on the clause of the word before its mark
            starts = [self.doc[lo0 - 1]]
        for r in starts:
            t = r
            prev = r
            steps = 0
            while t.head.i != t.i and steps < 12:
                prev = t
                t = t.head
                steps += 1
                if t.i in inside:
                    continue
                if t.i in self.quoted:
                    if prev.dep_ == "conj":
                        # '"China is a responsible country", she said, and the charges are "pure
                        # speculation"': a clause joined to a quoted sentence goes on in its voice
                        cue_v = next((c for c in t.children if c.dep_ == "parataxis" and c.i not in self.quoted
                                      and self.is_cue_verb(c)), None)
                        if cue_v is not None:
                            sp = self.speaker_of(cue_v)
                            if sp is not None:
                                text, span = self.cue_text(cue_v)
                                return sp, Cue(text, span, cue_v.i, sp, True)
                    continue
                if self.para_of(self.aspan(t)[0]) != f.raw.paragraph:
                    break  # a sentence the parser ran over a paragraph break: no frame above it
                is_verb = t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")
                if nominal and prev.dep_ == "relcl" and t.pos_ in ("NOUN", "PROPN") and t.i not in inside and any(
                        c.tag_ in ("WP", "WDT") and c.i > 0 and self.doc[c.i - 1].text == "," for c in prev.children):
                    # 'Khan, who ... has since led a “long march” against the government, denies ...': a
                    # quoted noun in a relative clause set off by commas describes; no one says it
                    return None, None
                if is_verb and prev.i == r.i and r.dep_ in ("nsubj", "nsubjpass") and r.pos_ in ("NOUN", "PROPN") \
                        and t.dep_ in ("relcl", "advcl", "acl") and not self.is_cue_verb(t):
                    # 'his predecessor, whose “mini-budget” had rattled markets': a quoted noun that is
                    # the subject of a relative or adverbial clause is the narration's, not the speech's
                    return None, None
                if is_verb and prev.i == r.i and r.dep_ in ("nsubj", "nsubjpass") and r.pos_ in ("NOUN", "PROPN") \
                        and self._capitalised(f, _WORK_LINKS) and self.is_cue_verb(t):
                    # 'a body that the 2017 “Uluru Statement from the Heart” had asked for': a name in
                    # marks that is the subject of the speech verb names the one speaking (a document,
                    # a movement); it is not the words of anyone the verb could be given to
                    return None, None
                if prev.dep_ == "conj" and prev.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.lex.frame_verbs:
                    continue  # 'would consider any request but that Turkey must present “…”'
                if t.lemma_.lower() in self.lex.frame_verbs and t.lemma_.lower() not in self.lex.speech_verbs \
                        and prev.dep_ in ("advmod", "npadvmod", "advcl", "nsubj", "nsubjpass", "aux", "neg", "mark") \
                        and prev.head.i == t.i and not (
                            # 'rejected “categorically” the attempt': a quoted manner adverb of a
                            # stance taken is the one taking it's word, like 'condemned “firmly”'
                            prev.dep_ == "advmod" and prev.i == r.i and r.pos_ == "ADV" and len(f.tokens) <= 3
                            and t.lemma_.lower() in self.lex.stance_verbs):
                    continue  # 'would name negotiating teams “immediately”': an adverb is not what is framed
                framed_as = is_verb and prev.dep_ == "prep" and prev.lower_ == "as"
                if not (self.is_cue_verb(t) or framed_as):
                    continue
                if t.dep_ == "ccomp" and self.is_cue_verb(t.head) and any(
                        c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children):
                    continue  # 'a spokesman said the bloc would propose “…”': a speech act to come is reported, not quoted
                if t.tag_ == "VBN" and t.dep_ in ("amod", "acl", "advcl") and t.i not in inside \
                        and (self.doc[t.i - 1].text in (",", "-", "\u2014") or self.doc[t.i - 1].i == t.head.i) \
                        and not self._verb_after_titled_name(t):
                    # 'said the plan, dubbed “the big squeeze” by the press, ...', 'the reform, known
                    # locally as «…»': a participle naming or framing a noun gives its agent's words, or
                    # no one's, never the words of the reporter above it
                    agent = next((o for c in t.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
                    if agent is None or agent.i in self.quoted or any(a.i == agent.i for a in r.ancestors):
                        return None, None  # no agent, or the fragment sits in it ('proposed by the promoters of the «No»')
                    sp = self.subject_speaker(agent, t)
                    if sp is None or sp.actor is None:
                        return None, None
                    text, span = self.cue_text(t)
                    return sp, Cue(text, span, t.i, sp, True)
                if t.tag_ == "VBN" and t.dep_ in ("amod", "acl") and not framed_as and not self._verb_after_titled_name(t):
                    continue  # "the so-called", "the plan described as": no speaker here
                sp = self.speaker_of(t, after_quote=t.i >= f.region[1])
                if sp is not None and sp.actor is not None and sp.actor.kind == "population" and prev.dep_ != "prep" \
                        and t.lemma_.lower() in self.lex.naming_verbs and not self._crowd_label(t, sp, f):
                    # 'the magnate, whom Hong Kong people call “Superman”': a name that residents, voters
                    # or fans give is a term coined by no speaker of the story ('protesters called for
                    # “justice”' is a demand, through its preposition)
                    return None, None
                if sp is not None and self._thing_framed(t, sp):
                    return None, None  # "The episode, quickly dubbed the “six-hour martial law”"
                if sp is not None and self._thing_speaker(sp) and (
                        "actor_mentions" in self.ctx.state or not any(c.dep_ in _SUBJ for c in t.children)):
                    # a subject the actors layer made no actor of and no speaker list knows ("the bloc
                    # would consider “…”" inside a spokesman's report), or the subject the parser lent a
                    # conjoined verb ("the accusation was «false» and called for ..."): the speech
                    # verb above it speaks
                    continue  # a verb the parser gave a thing as subject: the speech verb above it speaks
                if sp is not None and sp.actor is None:
                    fb = self._fragment_subject(f, roots)
                    if fb is not None:
                        return fb, None  # a document with no issuer reports its subject's words
                if sp is not None:
                    if t.lemma_.lower() in self.lex.stance_verbs and not framed_as and (
                            sp.actor is None or sp.actor.kind != "person" or t.lemma_.lower() in self.lex.speaking_verbs):
                        # a state or body "rejects"/"promised" in someone's report; a person who
                        # "welcomed" a victory is quoted in their own words
                        outer = self.outer_voice(t, f)
                        if outer is not None:
                            return outer
                    if framed_as and not self.is_cue_verb(t) and sp.actor is not None and sp.actor.kind != "person":
                        # 'the spokeswoman affirmed that China respects the canal as “a neutral
                        # passage”': a state or body that only regards something "as" it, inside
                        # someone's report, is the reporter's wording, as with a stance verb
                        outer = self.outer_voice(t, f)
                        if outer is not None:
                            return outer
                    text, span = self.cue_text(t)
                    return sp, Cue(text, span, t.i, sp, True)
        # 'The State Department « regrets » the decision, affirmed a spokesman': the fragment is in
        # the main clause of a sentence whose speech verb comes after it, past a comma
        top = roots[0]
        while top.head.i != top.i and top.head.i not in self.quoted - inside:
            top = top.head
        for c in top.children:
            if c.i > f.region[1] and c.dep_ in ("dep", "parataxis", "ccomp", "advcl", "conj") and c.i not in self.quoted \
                    and (self.doc[c.i - 1].text == "," or self._cue_clause_after(f, c)) and self.is_cue_verb(c) \
                    and self.para_of(self.aspan(c)[0]) == f.raw.paragraph:
                sp = self.speaker_of(c, after_quote=self.doc[c.i - 1].text == ",")
                if sp is not None and sp.actor is not None:
                    text, span = self.cue_text(c)
                    return sp, Cue(text, span, c.i, sp, True)
        held = self._opinion_holder(f)
        if held is not None:
            return held
        # "according to X" in the same sentence
        lo, hi = f.region
        if hi > lo:
            sent = self.doc[lo].sent
            for i in self._prep_cue_starts(sent.start, sent.end):
                if i in self.quoted:
                    continue
                t = self.doc[i]
                if self.para_of(self.aspan(t)[0]) != f.raw.paragraph:
                    continue
                pc = self.prepositional_cue(t)
                if pc is not None and pc.speaker is not None:
                    return pc.speaker, pc
        fb = self._fragment_subject(f, roots)
        return (fb, None) if fb is not None else (None, None)

    def _opinion_holder(self, f: _Found) -> tuple[Speaker, Cue] | None:
        """'For Jens Spahn, who leads the group, the rebels were “a handful”' (a translated "Pour X,"
        / "Para X,"): a sentence opening with "For" and a person's name, then a comma, is that
        person's view; a fragment after the comma with no frame of its own is theirs."""
        sent = self.doc[f.region[0]].sent
        t0 = next((t for t in sent if not t.is_space and t.i >= self.dateline_end), None)
        if t0 is None or t0.lower_ != "for" or t0.i + 1 >= len(self.doc):
            return None
        obj = next((c for c in t0.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ != "PERSON" or obj.i in self.quoted:
            return None
        comma = next((t for t in self.doc[obj.i + 1 : f.region[0]] if t.text == ","), None)
        if comma is None:
            return None
        sp = self.resolve(obj)
        if sp is None or sp.actor is None or sp.actor.kind != "person":
            return None
        span = self.aspan(t0)
        return sp, Cue(self.text[span[0] : span[1]], span, t0.i, sp, False)

    def _cue_clause_after(self, f: _Found, c: Token) -> bool:
        """'The pardon was “full and unconditional,” the statement said': the speech verb's clause,
        its subject first, follows the quotation's comma and closing mark."""
        lo = min(t.i for t in c.subtree if not t.is_punct)
        if lo <= f.region[1] - 1 or lo == c.i or c.i - lo > 6 or f.region[1] >= len(self.doc):
            return False
        gap = self.doc[f.region[1] - 2 : lo]  # the quotation's comma, its closing mark
        return any(t.text == "," for t in gap) and all(t.is_punct for t in gap)

    def _nickname(self, f: _Found) -> bool:
        """'the ex-president Jorge “Tuto” Quiroga': one to three capitalised words in marks between
        a given name (a PERSON word) and a surname of the same sentence are a nickname, nobody's
        words. Not a one-word answer that ends its sentence before the next one opens with a name
        ('Mark Reed told the BBC “No.” Reed then left')."""
        lo, hi = f.region
        if lo == 0 or hi >= len(self.doc) or not 1 <= len(f.tokens) <= 3:
            return False
        before, after = self.doc[lo - 1], self.doc[hi]
        return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in (before, after)) \
            and before.ent_type_ == "PERSON" and before.sent.start == after.sent.start \
            and all(self.doc[i].text[:1].isupper() for i in f.tokens if self.doc[i].is_alpha) \
            and not any(self.doc[i].text in (".", "!", "?") for i in f.tokens) \
            and "\n" not in self.doc[lo - 1 : hi + 1].text

    def _fragment_subject(self, f: _Found, roots: list[Token]) -> Speaker | None:
        """'The statement said that China “firmly opposes” the move', the statement's issuer
        untold: a quoted verb phrase speaks for its identified subject standing outside the marks
        (an actor with an id or a country); ``None`` otherwise."""
        lo = f.region[0]
        for r in roots:
            if r.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in r.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in self.quoted
                         and c.i < lo and self.para_of(self.aspan(c)[0]) == f.raw.paragraph), None)
            if subj is None:
                continue
            sp = self.subject_speaker(subj, r)
            if sp is not None and sp.actor is not None and (sp.actor.id is not None or sp.actor.country):
                return sp
        return None

    def home_voice(self, sp: Speaker | None, direct: bool = True) -> Speaker | None:
        """An unnamed official or domestic body with no country of its own ("a senior government
        official", "the officer", "the Ministry of Commerce", "local government") speaks for the
        article's home country: the country of clearly most actor mentions (the actors layer's
        rule, with the thresholds of data/quotes home_country). Not sources, analysts or media."""
        if sp is None or sp.actor is None or sp.token_i is None or sp.token_i < 0 or not self.mentions:
            return sp
        a = sp.actor
        if a.id is not None or a.country or a.kind not in ("person", "organization"):
            return sp
        h = self.doc[sp.token_i]
        if h.ent_type_ in ("PERSON", "GPE", "NORP"):
            return sp
        lemma = h.lemma_.lower()
        if lemma not in self.lex.home_voice_nouns and not (lemma in self.lex.voice_nouns and (any(
                c.dep_ in ("amod", "compound") and c.lower_ in self.lex.home_source_modifiers for c in h.children)
                or self._close_to_home(h))):
            return sp  # "a military source", "security sources": a state organ; a bare source is no one
        core = self.np_core(h)
        if not direct and core and core[0].lower_ in ("one", "another", "some", "several", "many"):
            return sp  # "One Conservative lawmaker said the party had 'run out of road'": not told whose
        for t in core:
            if t.ent_type_ == "PERSON" or (t.ent_type_ == "NORP" and not self._party_word(t)):
                return sp
            if t.ent_type_ == "GPE":
                # "a delegate of the Zhejiang delegation": a province or city the places layer puts
                # in a country is that country's voice
                # (one neither the places layer nor the knowledge base knows is a home place)
                country = self._place_country(t)
                if not country and (self.mention_in(self.aspan(t)) is not None or self._state_named(t) is not None):
                    return sp
                country = country or self.home_country()
                return Speaker(dataclasses.replace(a, country=country), sp.span, sp.token_i) if country else sp
        for c in h.children:
            # "an official in the Kuwaiti delegation", "an officer of the Malian army": the state its
            # phrase names, before any home country
            if c.dep_ != "prep" or c.lower_ not in ("in", "of", "from", "with") or c.i in self.quoted:
                continue
            for t in c.subtree:
                if t.i - c.i > 5 or t.i in self.quoted:
                    break
                if t.ent_type_ in ("NORP", "GPE") and t.i in self._ent_of:
                    m = self.mention_at(self.aspan(t))
                    state = m if m is not None and m.kind == "state" and m.country else self.known_body(t)
                    if state is not None and state.country:
                        return Speaker(dataclasses.replace(a, country=state.country), sp.span, sp.token_i)
        home = self.home_country()
        if not home:
            return sp
        return Speaker(dataclasses.replace(a, country=home), sp.span, sp.token_i)

    def _close_to_home(self, h: Token) -> bool:
        """'A source close to the chancellery': an unnamed source close to an unnamed domestic body
        (a noun of ``home_voice_nouns``) is that body's voice."""
        for c in h.children:
            if c.dep_ != "amod" or c.lower_ not in ("close", "near") or c.i in self.quoted:
                continue
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ == "to":
                    o = next((x for x in p.children if x.dep_ == "pobj" and x.i not in self.quoted), None)
                    if o is not None and o.pos_ == "NOUN" and o.lemma_.lower() in self.lex.home_voice_nouns \
                            and any(d.lower_ == "the" for d in o.children):
                        return True
        return False

    def _place_country(self, t: Token) -> str | None:
        """The country of the place the places layer read at token ``t`` (None: no place there)."""
        for m in self.ctx.state.get("places") or ():
            if getattr(m, "start", -1) <= t.i < getattr(m, "end", -1):
                return getattr(m.place, "country", None) or None
        return None

    def _party_word(self, t: Token) -> bool:
        """A NORP word that names no people ("a senior Democratic official", "a Labour official"):
        the knowledge base knows it as no state, bloc or organisation and no actor mention holds it."""
        if self.mention_in(self.aspan(t)) is not None or "actor_mentions" not in self.ctx.state:
            return False
        try:
            return not load_kb().lookup(t.text, self.ctx.date)
        except KBError:  # the knowledge base is optional here
            return False

    def home_country(self) -> str:
        """The article's home country ("" when none): the country of clearly most actor mentions
        (the actors layer's rule, thresholds in data/quotes home_country); failing that, the
        dateline's country ("NIAMEY —") when the actors name it at least the minimum number of
        times (an article filed from Geneva about Syria names no Swiss)."""
        if self._home is None:
            from .._actors.resolve import home_country

            n, ratio, n_dl = self.lex.home_country
            dl = next((m.place.country for m in self.ctx.state.get("places") or ()
                       if getattr(m, "source", None) == "dateline" and m.place.country), None)
            if dl and sum(1 for a in self.mentions if a.country == dl and a.kind != "igo") >= n_dl:
                self._home = dl
            else:
                self._home = home_country(self.mentions, int(n), ratio) or ""
        return self._home

    def located_population(self, sp: Speaker, cue: Cue) -> Speaker:
        """A crowd with no country of its own ("hundreds of persons ... shouting «…»", "protesters
        chanted") is the population of the place its sentence puts it in ("In Niamey, ..."), as
        the places layer reads it; a crowd in no place the text gives is the home country's
        (:meth:`home_country`: "Thousands of supporters of the coup gathered outside the embassy,
        chanting «…»" in a Niger story); with no home country it stays as it is."""
        a = sp.actor
        if a is None or a.id is not None or a.country or sp.token_i is None or sp.token_i < 0 or cue.token_i < 0:
            return sp
        h = self.doc[sp.token_i]
        word = h.lemma_.lower()
        if h.tag_ != "NNS" and word not in self.lex.quantity_nouns:
            return sp
        if word in self.lex.quantity_nouns:
            # "hundreds of persons", "thousands of demonstrators": the counted noun speaks
            of = next((c for c in h.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
            if obj is not None and obj.tag_ == "NNS":
                word = obj.lemma_.lower()
            elif word not in self.lex.population_nouns:  # "crowds" counts no one but is a crowd
                return sp
        if word not in self.lex.population_nouns and word != "person":
            return sp
        try:
            from .._places import place_for

            # the place of the speech act, else of the crowd ("In Tehran, crowds gathered ...")
            place = place_for(self.ctx, self.doc[cue.token_i]) or place_for(self.ctx, h)
        except Exception:  # noqa: BLE001 - the places layer is optional here
            return sp
        country = place.country if place is not None and place.country else (self.home_country() if self.mentions else "")
        if not country:
            return sp  # a crowd in no place the text gives, in an article with no home country
        return Speaker(dataclasses.replace(a, kind="population", country=country), sp.span, sp.token_i)

    def _thing_framed(self, v: Token, sp: Speaker) -> bool:
        """A frame verb ("dubbed", "labelled") whose subject is a thing, not anyone who speaks: the
        parser read the participle of "the episode, dubbed the “…”" as the episode dubbing."""
        lex = self.lex
        lemma = v.lemma_.lower()
        if lemma not in lex.frame_verbs or lemma in lex.speech_verbs:
            return False
        a = sp.actor
        if a is None or a.id is not None or a.country or sp.token_i is None or sp.token_i < 0:
            return False
        h = self.doc[sp.token_i]
        if h.pos_ != "NOUN" or h.ent_type_ or self.mention_at(self.aspan(h)) is not None:
            return False
        # the participle's signature: only a comma and adverbs between the noun and the verb
        between = self.doc[h.i + 1 : v.i]
        if not between or between[0].text != "," or not all(t.text == "," or t.pos_ == "ADV" for t in between):
            return False
        return not self._voice_word(h.lemma_.lower())

    def _voice_word(self, word: str) -> bool:
        """A noun that can name someone who speaks: a person, a population, a body, a document."""
        lex = self.lex
        return any(word in group for group in (
            lex.person_nouns, lex.population_nouns, lex.institution_nouns, lex.organization_words,
            lex.voice_nouns, lex.document_nouns, lex.media_nouns, lex.role_nouns, lex.title_nouns,
            lex.quantity_nouns, lex.home_voice_nouns))

    def _thing_speaker(self, sp: Speaker) -> bool:
        """A subject no one could speak with ("the accusation was «false» and called for ...": the
        parser gave a conjoined speech verb the subject of the clause before it): a common noun
        with no mention, no entity and no word of any speaker list."""
        a = sp.actor
        if a is None or a.id is not None or a.country or sp.token_i is None or sp.token_i < 0:
            return False
        h = self.doc[sp.token_i]
        if h.pos_ != "NOUN" or h.ent_type_ or self.mention_at(self.aspan(h)) is not None:
            return False
        return not self._voice_word(h.lemma_.lower())

    def _label_quote(self, f: _Found, roots: list[Token]) -> bool:
        """A name or label in marks that no one is quoted as saying: after a labelling phrase ("the
        so-called «Nagorno-Karabakh Republic»", "known as “La Roca”"), or a proper name in
        apposition to the common noun right before it ("after the storm 'Daniel'")."""
        om = f.raw.open_mark if f.raw.open_mark is not None else f.raw.start
        lo = self.paras[f.raw.paragraph][0] if f.raw.paragraph < len(self.paras) else 0
        before = self.text[max(lo, om - 40) : om].rstrip().lower()
        if any(before.endswith(m) and (len(before) == len(m) or not before[-len(m) - 1].isalnum())
               for m in self.lex.label_markers):
            return True
        if self._named_by_participle(f, roots):
            return True
        words = f.raw.text(self.text).split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return False
        # a nickname: 'Jimmy Chérizier called « Barbecue »', 'Machado, called «the Iron Lady» by her
        # followers' (a naming verb right after a person's name, with no object of its own before
        # the quotation)
        first = self.doc[min([r.i for r in roots] + [i for i in f.tokens if not self.doc[i].is_space])]
        k = first.i - 1
        while k > 0 and (self.doc[k].text in ALL_MARKS + '"\'' or self.doc[k].is_space):
            k -= 1
        if k >= 1 and self.doc[k].lower_ in self.lex.nickname_verbs:
            if self.doc[k - 1].ent_type_ == "PERSON":
                return True
            if k >= 2 and self.doc[k - 1].text == "," and self.doc[k - 2].pos_ == "PROPN":
                return True  # the participle after a name and its comma: "Machado, called «…»"

        prev = self.doc[first.i - 1] if first.i > 0 else None
        if prev is not None and prev.text in ALL_MARKS + '"\'':
            prev = self.doc[prev.i - 1] if prev.i > 0 else None
        if prev is None or prev.pos_ != "NOUN" or not prev.text.islower():
            return False
        # the name in apposition ("the storm 'Daniel'"), or the parser's other reading, the noun
        # modifying the name ("the cyclone 'Freddy'" with "cyclone" as the name's modifier)
        return all(r.dep_ in ("appos", "compound") and r.head.i == prev.i for r in roots) or (
            len(roots) == 1 and prev.head.i == roots[0].i)

    def _noun_after(self, f: _Found) -> Token | None:
        """The common noun right after the closing mark of a quotation that a determiner or a
        possessive opens ("the “no war, no peace” stalemate", "its “zero tolerance” policy");
        ``None`` otherwise."""
        doc = self.doc
        lo, hi = f.region
        if f.raw.close_mark is None or hi >= len(doc) or lo < 1:
            return None
        n = doc[hi]
        if n.pos_ != "NOUN" or not n.text.islower() or n.i in self.quoted or n.text == "-":
            return None
        if hi + 1 < len(doc) and doc[hi + 1].pos_ == "NOUN" and doc[hi + 1].text.islower():
            n = doc[hi + 1]  # "the “zero tolerance” border policy"
        det = doc[lo - 1]
        k = lo - 1
        while k > 0 and lo - k <= 2 and doc[k].pos_ == "ADJ" and doc[k].text.islower() and k not in self.quoted:
            k -= 1  # 'the official “Closing the Gap” targets': plain adjectives between determiner and mark
        if k < lo - 1:
            det = doc[k]
        if det.i in self.quoted or det.lower_ not in ("the", "a", "an", "its", "his", "her", "their", "this", "our", "that"):
            return None
        return n if len(f.tokens) <= 8 else None

    def _name_in_marks(self, f: _Found) -> bool:
        """A quoted name: two or more words, every one capitalised but the links ("the", "of",
        "for"...), no verb or pronoun, not closed like a sentence or a chant ("Arrest Yoon!")."""
        doc = self.doc
        words = [doc[i] for i in f.tokens if not doc[i].is_punct and not doc[i].is_space]
        if words and words[0].lower_ in ("the", "a", "an"):
            words = words[1:]
        content = [w for w in words if w.lower_ not in _TITLE_LINKS]
        if len(content) < 2 or any(w.pos_ in ("VERB", "AUX", "PRON") for w in words):
            return False
        if f.raw.text(self.text).rstrip()[-1:] in ("!", "?", "."):
            return False
        return all(w.text[:1].isupper() or w.lower_ in _TITLE_LINKS for w in words)

    def _as_they_call_it(self, f: _Found) -> tuple[Speaker, Cue] | None:
        """'the “nuclear-contaminated water”, as Beijing calls it': the words are the caller's."""
        doc = self.doc
        k = f.region[1]
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k >= len(doc) or doc[k].lower_ != "as":
            return None
        for v in doc[k + 1 : min(len(doc) - 1, k + 6)]:
            if v.i in self.quoted or v.is_punct:
                return None
            if v.pos_ in ("VERB", "AUX") and (v.lemma_.lower() in self.lex.frame_verbs or v.lemma_.lower() in self.lex.speech_verbs) \
                    and doc[v.i + 1].lower_ in ("it", "them", "this", "that") \
                    and any(c.dep_ in _SUBJ and c.i > k for c in v.children):
                sp = self.speaker_of(v)
                if sp is None or sp.actor is None:
                    return None
                text, span = self.cue_text(v)
                return sp, Cue(text, span, v.i, sp, True)
        return None

    def _utterance_owner(self, roots: list[Token]) -> tuple[Speaker, Cue] | None:
        """'answered the call of the candidate X for a "march to Maputo"', 'his appeal for «calm»': a
        quotation that is what a call or appeal (`utterance_nouns`) asks for is the words of the one
        the noun belongs to, when the text names them."""
        if len(roots) != 1 or roots[0].dep_ not in ("pobj", "pcomp") or roots[0].head.lower_ not in ("for", "of"):
            return None
        noun = roots[0].head.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lex.utterance_nouns or noun.i in self.quoted:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < roots[0].i), None)
            owner = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
        if owner is None and roots[0].head.lower_ == "of" and noun.dep_ == "pobj" \
                and noun.head.lower_ in ("to", "with", "under", "amid") and noun.head.head.pos_ == "VERB":
            # 'Thousands of young people marched ... to the cry of “…”': the marchers cry it
            v = noun.head.head
            subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i not in self.quoted), None)
            if subj is None or subj.i < self.dateline_end:
                return None
            sp = self.subject_speaker(subj, v)
            if sp is None or sp.actor is None or self.unidentified(sp, sp.token_i) and not (
                    subj.lemma_.lower() in self.lex.population_nouns or subj.lemma_.lower() in self.lex.quantity_nouns):
                return None
            text, span = self.cue_text(v)
            return sp, Cue(text, span, v.i, sp, True)
        if owner is None or owner.i in self.quoted:
            return None
        sp = self.resolve(owner)
        if sp is None or sp.actor is None or (sp.actor.id is None and not sp.actor.country and not (
                sp.actor.kind == "person" and _proper(sp.actor.name))):
            return None
        span = self.aspan(noun)
        return sp, Cue(self.text[span[0] : span[1]], span, noun.i, sp, True)

    def _charged_object(self, roots: list[Token]) -> tuple[Speaker, Cue] | None:
        """'Minister X blamed “renegade soldiers”': the whole object of an accusation verb that is
        no speech verb (`charge_verbs`) is the accuser's charge ('blame ... on Russia's “shadow
        fleet”' is not its object)."""
        if len(roots) != 1 or roots[0].dep_ not in ("dobj", "obj") or roots[0].pos_ not in ("NOUN", "PROPN"):
            return None
        v = roots[0].head
        if v.i in self.quoted or v.pos_ != "VERB" or v.lemma_.lower() not in self.lex.charge_verbs \
                or self.is_cue_verb(v) or not any(c.dep_ == "nsubj" for c in v.children) \
                or any(c.dep_ == "poss" for c in roots[0].children):
            return None
        sp = self.speaker_of(v)
        if sp is None or sp.actor is None:
            return None
        text, span = self.cue_text(v)
        return sp, Cue(text, span, v.i, sp, True)

    def _work_title(self, f: _Found) -> bool:
        """The title of a work (a song, a book, a film, an article): three or more words, every one
        capitalised but the links, with a verb among them ("Things Can Only Get Better", "Why We
        Must Stay"), not closed like a sentence or a chant. People say and chant sentences in
        sentence case; only titles capitalise their verbs."""
        doc = self.doc
        words = [doc[i] for i in f.tokens if not doc[i].is_punct and not doc[i].is_space]
        content = [w for w in words if w.lower_ not in _TITLE_LINKS]
        if len(content) < 3 or not any(w.pos_ in ("VERB", "AUX") for w in content):
            return False
        if f.raw.text(self.text).rstrip()[-1:] in ("!", "?", "."):
            return False
        if any(w.head.lemma_.lower() in self.lex.chant_verbs for w in words if w.head.i not in f.tokens):
            return False  # 'chanted "Free Them All"': a slogan, the crowd's words
        return all(w.text[:1].isupper() or w.lower_ in _TITLE_LINKS or w.lower_ in _WORK_LINKS for w in words)

    def _capitalised(self, f: _Found, links: frozenset[str] | set[str] = frozenset()) -> bool:
        """Every word of the quotation capitalised but the links ("the", "of"..., and ``links``), one
        word or more."""
        words = [self.doc[i] for i in f.tokens if not self.doc[i].is_punct and not self.doc[i].is_space]
        return bool(words) and words[0].text[:1].isupper() and all(
            w.text[:1].isupper() or w.lower_ in _TITLE_LINKS or w.lower_ in links for w in words)

    def _object_of_cue(self, r: Token) -> bool:
        """``r`` hangs on a speech or frame verb, directly or through one preposition ("called
        for a “Marshall Plan”", "described it as the “Axis of Evil”")."""
        t = r.head
        if t.dep_ == "prep" and t.i != t.head.i:
            t = t.head
        return t.i != r.i and t.i not in self.quoted and self.is_cue_verb(t)

    def _named_by_participle(self, f: _Found, roots: list[Token]) -> bool:
        """A name given by a naming verb with no speaker of its own (`naming_verbs`): a participle
        naming the noun before it ("the motion called «Peru First»", "an operation named “Dawn”"),
        or a body naming itself ("the council, which calls itself the «…»"). A participle with an
        agent ("called «a disgrace» by the minister") or a subject is left to the frame rules."""
        doc = self.doc
        content = [i for i in f.tokens if not doc[i].is_space]
        if not content:
            return False
        k = min([r.i for r in roots] + content) - 1
        while k > 0 and (doc[k].text in ALL_MARKS + '"\'' or doc[k].is_space):
            k -= 1
        if k > 0 and doc[k].lower_ in ("the", "a", "an"):
            k -= 1
        while k > 0 and (doc[k].text in ALL_MARKS + '"\'' or doc[k].is_space):
            k -= 1
        if k < 1 or k in self.quoted:
            return False
        v = doc[k]
        if v.lower_ in ("itself", "themselves") and doc[k - 1].lemma_.lower() in self.lex.naming_verbs:
            return True
        if v.tag_ != "VBN" or v.lemma_.lower() not in self.lex.naming_verbs:
            return False
        prev = doc[k - 1]
        if not any(c.dep_ in ("aux", "auxpass", "agent") for c in v.children) and prev.pos_ == "NOUN" \
                and prev.text.islower() and prev.dep_ == "nsubj" and prev.head.i == v.i:
            return True  # 'held drills named “Guardians of the Nile”' read as a clause: still a participle
        if any(c.dep_ in ("nsubj", "agent") or (c.dep_ == "aux" and c.lemma_ == "have") for c in v.children):
            return False
        return v.dep_ in ("acl", "amod") or prev.text == "," or (prev.pos_ in ("NOUN", "PROPN") and v.head.i == prev.i)

    def _reported_modifier(self, r: Token, f: _Found, noun: Token | None = None) -> tuple[Speaker | None, Cue | None]:
        """The speaker of a quoted evaluative modifier (adjectives, adverbs, participles only: "a
        “more crushing” reply", not the label in "the “no limits” partnership") whose noun's clause is the
        complement of a speech verb with a subject of its own: '(she) added that the Kremlin's
        “reckless” behaviour ...', '(the ministry) said it would not use that “preconceived”
        word'. Anything else, or "so-called" before it, is a scare quote: (None, None)."""
        doc = self.doc
        n = noun if noun is not None else r.head  # the noun the quotation modifies
        # a conjunction between evaluative words, machine translation's "Y" included ("free Y fair")
        words = [doc[i] for i in f.tokens if not doc[i].is_punct and not (
            doc[i].pos_ == "CCONJ" or doc[i].text in ("Y", "y", "e", "et"))
            # the first part of a hyphenated adjective ("rock-solid", "long-awaited") is read with it
            and not (i + 2 < len(doc) and i + 2 in f.tokens and doc[i + 1].text == "-" and not doc[i].whitespace_
                     and not doc[i + 1].whitespace_ and doc[i].head.i in f.tokens)]
        charged = n.dep_ in ("dobj", "obj") and n.head.i not in self.quoted \
            and n.head.lemma_.lower() in self.lex.charge_verbs \
            and all(w.text.islower() and w.pos_ != "DET" for w in words)
        if not words or not (charged or all(w.pos_ in ("ADJ", "ADV") or w.tag_ in ("VBG", "VBN") for w in words)):
            # a quoted label ("the “no limits” partnership"), not an evaluative word; but the object
            # of a speech verb carries its speaker's charge ('accused “radical opposition” groups')
            return None, None
        lo = f.region[0]
        before = " ".join(t.lower_ for t in doc[max(r.sent.start, lo - 4) : lo]).replace(" - ", "-")
        if any(w in before.split() for w in ("so-called", "dubbed", "call", "called", "calls", "named", "known")):
            return None, None
        t = n
        for _ in range(6):  # up to the first verb of the noun's clause
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
        if t.pos_ in ("VERB", "AUX") and t.dep_ == "acl" and t.head.lemma_.lower() in self.lex.document_nouns \
                and t.head.i not in self.quoted and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            # 'warned in a statement that any response would meet a “more crushing” reply'
            sp = self.document_speaker(t.head)
            if sp is None or sp.actor is None:
                return None, None
            span = self.aspan(t.head)
            return sp, Cue(self.text[span[0] : span[1]], span, t.head.i, sp, True)
        direct_object = (n.dep_ in ("dobj", "obj") and n.head.i == t.i) or (
            # 'thanked Biden for his “rock-solid” support': the reason for thanks or blame is the
            # thanker's word
            n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.i == t.i
            and t.lemma_.lower() in self.lex.reason_verbs)
        if t.pos_ not in ("VERB", "AUX") or t.i in self.quoted or not (t.dep_ == "ccomp" or direct_object):
            return None, None
        # 'celebrated the “overwhelming” victory': the speech verb's own object; else the clause's
        v = t if direct_object and self.is_cue_verb(t) and t.lemma_.lower() in self.lex.speech_verbs else t.head
        if v is t.head and t.dep_ != "ccomp":
            return None, None
        lemma = v.lemma_.lower()
        # 'The Senate's president, X, promised a “quick” vote': a person's own stance taken in a main
        # clause is quoted in their words; inside someone's report, or by a body, it is not
        own_stance = v is t and t.dep_ in ("ROOT", "conj") and lemma in self.lex.stance_verbs
        if v.i in self.quoted or not self.is_cue_verb(v) or lemma not in self.lex.speech_verbs \
                or (lemma in self.lex.stance_verbs and not own_stance) or self.para_of(self.aspan(v)[0]) != f.raw.paragraph:
            return None, None
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in self.quoted for c in v.children):
            return None, None  # no subject of its own: the parse may have lost the real speaker
        sp = self.speaker_of(v, after_quote=v.i >= f.region[1])
        if sp is None or sp.actor is None or (own_stance and (sp.actor.kind != "person" or not _proper(sp.actor.name))):
            return None, None
        text, span = self.cue_text(v)
        return sp, Cue(text, span, v.i, sp, True)

    def outer_voice(self, v: Token, f: _Found) -> tuple[Speaker, Cue] | None:
        """The reporter around a stance verb ("rejects", "will speak", "promised"): a speech verb
        whose complement holds ``v`` ("Kenna wrote that Washington rejects ..."), else "according
        to X" in the same sentence; ``None`` when there is none."""
        u = v
        for _ in range(3):
            if u.dep_ not in ("ccomp", "xcomp", "conj") or u.head.i == u.i:
                break
            u = u.head
            if u.i in self.quoted or self.para_of(self.aspan(u)[0]) != f.raw.paragraph:
                break
            lemma = u.lemma_.lower()
            if self.is_cue_verb(u) and lemma in self.lex.speech_verbs and lemma not in self.lex.stance_verbs:
                sp = self.speaker_of(u, after_quote=u.i >= f.region[1])
                if sp is not None and sp.actor is not None:
                    text, span = self.cue_text(u)
                    return sp, Cue(text, span, u.i, sp, True)
                break
        sent = v.sent
        for i in self._prep_cue_starts(sent.start, sent.end):
            if i in self.quoted:
                continue
            t = self.doc[i]
            if self.para_of(self.aspan(t)[0]) != f.raw.paragraph:
                continue
            pc = self.prepositional_cue(t)
            if pc is not None and pc.speaker is not None and pc.speaker.actor is not None:
                return pc.speaker, pc
        return None

    # -- indirect quotes ---------------------------------------------------------------

    def indirect(self, direct_regions: list[tuple[int, int]]) -> list[Quote]:
        out: list[Quote] = []
        doc = self.doc
        seen: set[tuple[int, int]] = set()
        for i in self._cue_candidates():  # the tokens is_cue_verb can accept, in order
            if i in self.quoted or not self._cue_verb_at(i):
                continue
            v = doc[i]
            lemma = v.lemma_.lower()
            if lemma not in self.lex.speech_verbs and lemma not in self.lex.phrasal_verbs:
                continue
            for comp in v.children:
                if comp.dep_ != "ccomp":
                    continue
                first = last = comp.i  # the clause's first and last token (no sort of its subtree)
                for x in comp.subtree:
                    xi = x.i
                    if xi < first:
                        first = xi
                    elif xi > last:
                        last = xi
                lo, hi = first, last + 1
                for c in comp.children:
                    if c.i > comp.i and c.dep_ in ("advcl", "conj") and any(
                        m.lower_ in ("while", "whereas") for m in c.children if m.dep_ in ("mark", "advmod")
                    ):
                        hi = min(hi, c.left_edge.i)
                if any(lo < rh and rl < hi for rl, rh in direct_regions):
                    continue
                if any(i in self.quoted for i in range(lo, hi)) and all(doc[i].is_punct or i in self.quoted for i in range(lo, hi)):
                    continue
                while lo < hi and (doc[lo].dep_ == "mark" and doc[lo].lower_ in ("that", "whether", "if") and lo == first or doc[lo].is_punct):
                    if doc[lo].lower_ in ("whether", "if"):
                        break
                    lo += 1
                while hi > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in ALL_MARKS + '"\'':
                    hi -= 1
                if hi - lo < 2 or not any(doc[i].pos_ in ("VERB", "AUX") for i in range(lo, hi)):
                    continue
                sp = self.speaker_of(v, after_quote=v.i >= hi)
                if sp is None:
                    continue
                span = self.balance(self.aspan(doc_span(doc, lo, hi)))
                if span in seen:
                    continue
                seen.add(span)
                ctext, cspan = self.cue_text(v)
                out.append(Quote(self.text[span[0] : span[1]], span, sp.actor, sp.span, ctext, "indirect", cspan))
        # "according to X, <clause>" (found in the text: walking every sentence's tokens costs more)
        starts = self._arrays()[0]
        done_sents: set[int] = set()
        for m in _ACCORDING_RE.finditer(self.ctx.prepared.clean):
            k = bisect.bisect_left(starts, m.start())
            if k >= len(starts) or starts[k] != m.start():
                continue
            t = doc[k]
            sent = t.sent
            if sent.start in done_sents:
                continue
            if any(i in self.quoted for i in range(sent.start, sent.end)):
                done_sents.add(sent.start)
                continue
            pc = self.prepositional_cue(t)
            if pc is None or pc.speaker is None:
                continue
            # the phrase runs from "according" to the end of its object's subtree
            obj_end = max((x.i for x in t.subtree), default=t.i)
            to = t.i + 1
            for c in doc[to].children if to < len(doc) else ():
                obj_end = max(obj_end, max(x.i for x in c.subtree))
            before = (sent.start, t.i)
            after = (obj_end + 1, sent.end)
            lo, hi = max((before, after), key=lambda r: r[1] - r[0])
            while lo < hi and doc[lo].is_punct:
                lo += 1
            while hi > lo and doc[hi - 1].is_punct:
                hi -= 1
            if hi - lo < 3:
                continue
            span = self.aspan(doc[lo:hi])
            if span in seen:
                continue
            seen.add(span)
            out.append(Quote(self.text[span[0] : span[1]], span, self.as_written(pc.speaker.actor), pc.speaker.span, pc.text,
                             "indirect", pc.span))
        return out

    def balance(self, span: Span) -> Span:
        """Widen a reported clause so that it never cuts a quotation's marks in half."""
        s, e = span
        for q in self.raws:
            om = q.open_mark if q.open_mark is not None else q.start
            cm = q.close_mark + 1 if q.close_mark is not None else q.end
            if s <= om < e < cm:
                e = cm
            if om < s < cm <= e:
                s = om
        return (s, e)

    # -- the whole article -------------------------------------------------------------

    def run(self) -> list[Quote]:
        raws = self.raws = find_quotes(self.text)
        for q in raws:
            if "\n" in self.text[q.start : q.end]:
                first = self.para_of(q.start)
                for p in range(first + 1, self.para_of(q.end) + 1):
                    self._home_para.setdefault(p, first)
        found: list[_Found] = []
        self.found: list[_Found] = found  # every quotation found, in order (read by speakers.py)
        orth = token_strings(self.doc, "ORTH")  # the words, without a Token per word
        marks = ALL_MARKS + '"\''
        for q in raws:
            inner = self.tok_range((q.start, q.end))
            om = q.open_mark if q.open_mark is not None else q.start
            cm = q.close_mark + 1 if q.close_mark is not None else q.end
            region = self.tok_range((om, cm))
            tokens = [i for i in range(inner[0], inner[1]) if orth[i] not in marks or i not in (region[0], region[1] - 1)]
            found.append(_Found(q, "partial" if q.nested else self.classify(q), tokens, region))
            self.quoted.update(range(region[0], region[1]))
        # speech events outside quotes, for the quotes that have no cue of their own
        quoted = self.quoted
        for i in self._cue_candidates():  # the tokens is_cue_verb can accept, in order
            if i in quoted or not self._cue_verb_at(i):
                continue
            t = self.doc[i]
            sp = self.speaker_of(t)
            if sp is not None and sp.actor is not None:
                ctext, cspan = self.cue_text(t)
                self.events.append((cspan[0], sp, Cue(ctext, cspan, t.i, sp)))
        self.events.sort(key=lambda e: e[0])
        quotes: list[Quote] = []
        prev: tuple[_Found, Speaker | None, Cue | None] | None = None
        prev_frag: tuple[_Found, Speaker | None, Cue | None] | None = None
        for f in found:
            text = f.raw.text(self.text)
            span = (f.raw.start, f.raw.end)
            speaker: Speaker | None = None
            cue: Cue | None = None
            resumed = self.resumes(prev, f)
            if resumed is not None:
                # '“This is no accident“, insisted the minister, “it is a pattern.“': the
                # quotation goes on after its cue, in the same voice
                f.kind = "direct"
                speaker, cue = resumed
                if cue is not None:
                    cue = dataclasses.replace(cue, governs=False)
            elif f.kind == "direct":
                cue = self.find_cue(f, self.frame(f))
                if cue is not None:
                    speaker = cue.speaker
                    if speaker is None:  # a pronoun nothing resolves: the speaker the text last named
                        guess = self.context_speaker(f)[0]
                        subj = next((c for c in self.doc[cue.token_i].children if c.dep_ == "nsubj"), None) \
                            if cue.token_i >= 0 else None
                        if not (subj is not None and subj.lower_ in ("they", "them") and guess is not None
                                and guess.actor is not None and guess.actor.kind == "person"):
                            speaker = guess  # "they said" is no one person quoted before
                else:
                    after = self.attributed_after(f)
                    if after is not None:
                        speaker, cue = after  # '“…” The words came from the minister X.'
                    else:
                        speaker, cue = self.context_speaker(f)
                    if cue is not None:
                        cue = dataclasses.replace(cue, governs=False)
                speaker = self.home_voice(speaker)
                if self.unidentified(speaker, speaker.token_i if speaker else None, direct=True):
                    speaker = None  # "a diplomat who asked not to be named said": dateline never guesses
                if cue is not None and cue.token_i >= 0 and speaker is not None:
                    # the speech event of the same cue, guessed before the quotations had speakers
                    self.events = [e for e in self.events if e[2].token_i != cue.token_i or e[1].token_i not in self._guessed]
                if speaker is not None and speaker.actor is not None:
                    bisect.insort(self.events, (f.raw.end, speaker, cue or Cue("", span, -1, speaker)), key=lambda e: e[0])
            elif not f.raw.nested:  # a quotation inside a quotation: whose words they are is not told
                speaker, cue = self.partial_speaker(f)
                if speaker is None and prev_frag is not None and prev_frag[1] is not None \
                        and self._joined(prev_frag[0], f):
                    # 'shouting “Freedom!” Y “Down with the dictatorship!”': one list, one voice
                    speaker, cue = prev_frag[1], prev_frag[2]
                speaker = self.home_voice(speaker, direct=False)
                if speaker is not None and cue is not None:
                    # "crowds gathered in Palestine Square chanting «…»": a crowd the text places
                    # is identified, though bare and plural
                    speaker = self.located_population(speaker, cue)
                if self.unidentified(speaker, speaker.token_i if speaker else None):
                    speaker = None
            if speaker is not None and cue is not None:
                speaker = self.located_population(speaker, cue)
            if f.kind == "direct" and not f.raw.nested:
                prev = (f, speaker, cue)
            if not f.raw.nested:
                prev_frag = (f, speaker, cue)
            f.speaker, f.cue = speaker, cue
            actor = self.as_written(speaker.actor) if speaker else None
            f.quote = Quote(
                text=text,
                span=span,
                speaker=actor,
                speaker_span=speaker.span if speaker and actor is not None else None,
                cue=(cue.text or None) if cue else None,
                kind=f.kind,
                cue_span=cue.span if cue and cue.text else None,
            )
            quotes.append(f.quote)
        quotes.extend(self.indirect([f.region for f in found if f.kind == "direct"]))
        quotes.sort(key=lambda q: (q.span[0], q.span[1]))
        return quotes


_CUE_VERBS: dict[int, tuple[Lexicon, frozenset[str]]] = {}  # Lexicon.cue_verbs by lexicon (a union made per call)


def _cue_verbs_of(lex: Lexicon) -> frozenset[str]:
    """``lex.cue_verbs``, made once per lexicon (the lexicon is kept with it, so its id is never reused)."""
    hit = _CUE_VERBS.get(id(lex))
    if hit is None or hit[0] is not lex:
        if len(_CUE_VERBS) > 64:  # lexicons made on the fly (tests): keep only the latest
            _CUE_VERBS.clear()
        hit = _CUE_VERBS[id(lex)] = (lex, lex.cue_verbs)
    return hit[1]


@functools.lru_cache(maxsize=512)
def _role_pattern(words: tuple[str, ...], ranks: frozenset[str]) -> re.Pattern[str]:
    """The role words (after any rank words) as :meth:`Attributor._introduced_by` looks for them,
    built once per role instead of once per look-up."""
    alts = "|".join(re.escape(w) for w in sorted(ranks)) or "(?!)"
    return re.compile(rf"(?<![\w-])((?:(?:{alts})[\s-]+)*)(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])")


def _appositives(h: Token) -> list[Token]:
    """Names in apposition to ``h``, also after its "of" phrase ("the head of X, Name,")."""
    out = [c for c in h.children if c.dep_ == "appos"]
    for c in h.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for o in c.children:
                if o.dep_ == "pobj":
                    out.extend(a for a in o.children if a.dep_ == "appos")
    return out


def _mt_and(t: Token) -> bool:
    """Machine translation's "Y" (Spanish "and") that the parser took for a word of its own."""
    return t.text in ("Y", "y") and t.pos_ != "PRON"


def _join_words(words: list[Token]) -> str:
    """The words as the text writes them: hyphenated parts stay glued ("Waker-Uz-Zaman")."""
    out = ""
    for k, t in enumerate(words):
        if k and (words[k - 1].whitespace_ or words[k - 1].i + 1 != t.i):
            out += " "
        out += t.text
    return out


def _subject_like(t: Token) -> bool:
    """A subject, or a name in apposition to one ("The president, Claudia Sheinbaum, said")."""
    if t.dep_ in ("nsubj", "nsubjpass"):
        return True
    if t.dep_ not in ("appos", "compound"):
        return False
    anc = [a for _, a in zip(range(3), t.ancestors)]
    return any(a.dep_ in ("nsubj", "nsubjpass") for a in anc)


def _agrees(a: Actor, country: str | None) -> bool:
    """Does a person agree with a description's nationality (unknown on either side agrees)?"""
    return country is None or not a.country or a.country == country


def _proper(name: str) -> bool:
    """A proper name ("Le Drian"), not a role read as a name ("the spokeswoman", "winner of ...")."""
    words = name.split()
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an") and all(
        w[:1].isupper() or w.lower() in _TITLE_LINKS or w.lower() in ("bin", "al", "van", "von", "la", "le", "dos")
        for w in words)


def _given_sex(a: Actor) -> str | None:
    """"m"/"f" for a person whose first name the given-name table knows, else ``None``."""
    if a.kind != "person" or not a.name:
        return None
    return GIVEN_GENDER.get(a.name.split(" ", 1)[0])


def _other_gender(a: Actor, word: str) -> bool:
    """A person whose given name the table gives the sex other than pronoun ``word``'s ("she" and
    "Matteo Salvini"); False when either is unknown."""
    want, have = PRON_GENDER.get(word), _given_sex(a)
    return want is not None and have is not None and have != want


def _same_gender(a: Actor, word: str) -> bool:
    """A person whose given name the table gives pronoun ``word``'s sex."""
    want = PRON_GENDER.get(word)
    return want is not None and _given_sex(a) == want


def _same_actor(a: Actor, b: Actor) -> bool:
    if a.id is not None or b.id is not None:
        return a.id == b.id
    return a.name == b.name


def _as_mention(actor: Actor, text: str, span: Span) -> Actor:
    """The same actor, read from another mention (a pronoun)."""
    return dataclasses.replace(actor, text=text, span=span, resolved_by=(actor.resolved_by or "quotes") + "+pronoun")


def find(ctx: Context, lex: Lexicon) -> list[Quote]:
    return Attributor(ctx, lex).run()


__all__ = ["Attributor", "find", "find_quotes"]
