"""The times layer: time expressions found in the text and normalised against the article date.

The recogniser (:mod:`._recognise`) is a rule grammar built from ``data/times/lexicon.yaml``;
this module adds what needs the parse: the tense that decides "on Sunday" and "in June", and
the verb each expression attaches to, which :func:`governing_time` hands to the events layer.

``ctx.state["times"]`` holds a :class:`TimeMention` per expression (the output :class:`Time`
plus its tokens and the verb it attaches to).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._pipeline import Context, Settings
from .._records import Time
from ._lexicon import lexicon
from ._recognise import Found, find_times, iso_week, resolve_weekday

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

__all__ = ["TimesLayer", "TimeMention", "governing_time", "as_event_date", "find_times", "tense_of", "resolve_weekday", "iso_week", "Found"]

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}
#: modals of obligation and possibility: what they date is planned, a weekday ahead ("must open on Thursday",
#: "could delay flights on Saturday"), a date the nearer one ("should be sworn in on 15 September" in an August
#: story), unless perfect ("should have left on Monday") or, for "could", denied ("could not reach the village
#: on Sunday" is a past inability)
_MODAL_AHEAD = frozenset({"must", "should", "may", "might", "could"})
#: verbs that point ahead even in the past tense ("was scheduled for Sunday", "snow was forecast
#: for Saturday")
_ALWAYS_AHEAD = frozenset({"schedule", "set", "slate", "due", "forecast", "predict"})
#: what comes after the clause's own time: "ahead of their opener on Thursday" (no clause break between)
_AHEAD_BEFORE = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\b[^,;.:!?()\"“”]*$", re.IGNORECASE)
#: "from", "starting", "as of", "beginning" right before a day or month: the start of something
_FROM_BEFORE = re.compile(r"\b(?:from|starting(?:\s+on)?|as\s+of|beginning(?:\s+on)?)\s+$", re.IGNORECASE)
_VERB_POS = {"VERB", "AUX"}
#: adjectives of a forecast after a present "be": what they date is ahead
_OUTLOOK = frozenset({"likely", "possible", "unlikely", "probable", "expected", "due", "set"})
#: "could" with a verb of perception is what one was able to perceive, not a plan ("said they could hear
#: explosions on Saturday night")
_PERCEPTION = frozenset({"hear", "see", "feel", "smell", "watch"})
_PARTICLES = frozenset({"aside", "up", "off", "out", "free", "fire", "ablaze", "apart", "about", "down", "back"})


@dataclass(slots=True)
class TimeMention:
    """A time expression with its place in the parse."""

    time: Time
    clean: tuple[int, int]  # offsets in ctx.doc.text
    start: int  # first token index
    end: int  # token index after the last
    head: int  # the expression's syntactic head token
    anchor: int | None  # the verb (or root) it attaches to
    sent_start: int  # token index of its sentence start


def _verb_of(tok: Token) -> Token | None:
    """The nearest verb at or above ``tok`` (the root if none)."""
    t = tok
    for _ in range(40):
        if t.pos_ in _VERB_POS and t.dep_ != "aux" and t.dep_ != "auxpass":
            return t
        if t.head is t:
            return t
        t = t.head
    return None


_MORE = frozenset({"further", "more", "additional", "new", "fresh"})


def _more_ahead(tok: Token) -> bool:
    """"signalled further increases of the same size in January and March": ``tok`` (or the first of
    its conjuncts) hangs by "in" on a past outlook verb (times.yaml outlook_verbs) whose object is more
    of something, so the month is ahead of the report, not its date."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if prep.lower_ != "in" or tok.dep_ != "pobj":
        return False
    v = prep.head
    return v.tag_ in ("VBD", "VBN") and lexicon().lemma(v) in lexicon().outlook_verbs and any(
        c.dep_ == "dobj" and (c.lower_ in _MORE or any(a.dep_ == "amod" and a.lower_ in _MORE for a in c.children))
        for c in v.children)


def _dated_act(tok: Token, v: Token) -> bool:
    """"the plan, announced in April, to ...": ``tok`` dates a participle of an act done on a day
    (times.yaml dated_acts) by "in"/"on", so it is when the act was done, not a plan ahead."""
    return v.tag_ == "VBN" and tok.head.head.i == v.i and tok.head.lower_ in ("in", "on") \
        and lexicon().lemma(v) in lexicon().dated_acts


def _in_subject(tok: Token, v: Token) -> bool:
    """``tok`` lies inside the subject of ``v``: "the killings on Saturday should be a wake-up call" dates
    the killings, not what the modal asks for."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.left_edge.i <= tok.i <= c.right_edge.i
               for c in v.children)


def _hangs_on(tok: Token, v: Token) -> bool:
    """``tok`` dates ``v`` itself (directly or by one preposition), not a noun inside its object
    ("to pay the fine on Friday", not "to pay for the damage of the attack on Friday")."""
    return tok.head.i == v.i or (tok.head.dep_ == "prep" and tok.head.head.i == v.i)


def _plans(v: Token) -> bool:
    """``v`` is a verb of planning (times.yaml future_verbs). "set" is one only when passive or with
    "for" or a to-infinitive ("the vote was set for Sunday", "elections set for May", "is set to vote",
    "set the poll for June"); otherwise it is an act done on its day ("set two buses alight on Friday",
    "set free 20 hostages", "set a deadline on Monday", "set a world record on Sunday")."""
    lemma = lexicon().lemma(v)
    if lemma not in lexicon().future_verbs:
        return False
    if lemma != "set":
        return True
    if v.dep_ in ("acl", "amod") and v.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in v.children):
        passive = True  # "elections set for May": a reduced passive
    else:
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)
    return passive or any(
        c.dep_ == "prep" and c.lower_ == "for"
        or c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in v.children)


def tense_of(tok: Token, _depth: int = 0) -> str | None:
    """"past", "present", "future", "planned" (a plan in a reduced relative) or None for the
    clause that governs ``tok``."""
    if tok.dep_ == "poss":
        return "past"  # "Tuesday's attack": a named event, in news almost always done
    v = _verb_of(tok)
    if v is None:
        return None
    # "The governor, who toured the area on Sunday, announced on Tuesday ...": the parser made the
    # main verb a reduced relative of the subject it follows after a comma (the sentence root is
    # that noun); it is a simple past, not "a visit announced for Tuesday"
    headless = (
        v.dep_ in ("acl", "amod")
        and v.tag_ == "VBN"
        and v.head.dep_ == "ROOT"
        and v.head.pos_ in ("NOUN", "PROPN")
        and v.i > v.head.i
        and any(t.text == "," for t in v.doc[v.head.i + 1 : v.i])
        and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
    )
    if (
        _depth < 3
        and not headless
        and v.dep_ in ("acl", "amod")
        and v.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
        and v.head is not v
    ):
        # a reduced relative takes its clause's tense ("troops sent on Monday were ..."), except
        # a plan ("a visit planned for Wednesday was cancelled", "elections set for February were
        # delayed"): that is "planned", read forward for weekdays and as the nearer month or day
        outer = tense_of(v.head, _depth + 1)
        if _plans(v) and not _dated_act(tok, v):
            return "future" if outer == "future" else "planned"
        if outer is not None and outer not in ("future", "planned"):
            return outer
        # nor does a plan of the outer clause reach back into it: "families of those killed on Sunday
        # must be compensated", "under the ruling issued on Friday, he must be released" (done)
        # under a future clause the participle is read on its own: "will lift the duties imposed in
        # April" (done before), as "troops sent on Monday were ..." is past
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    # "the guns are to fall silent on Sunday", "talks are to resume": be + to-infinitive
    if v.dep_ == "xcomp" and v.head.lemma_ == "be" and v.head.tag_ in ("VBZ", "VBP") \
            and any(a.lower_ == "to" for a in auxes):
        return "future"
    # a participle with a subject and no auxiliary heads its clause: a simple past the tagger
    # misread ("Lula ... announced on Tuesday a package" tagged VBN)
    finite_past = headless or v.tag_ == "VBD" or (
        v.tag_ == "VBN" and not auxes and v.dep_ in ("ROOT", "conj", "ccomp") and any(c.dep_ == "nsubj" for c in v.children)
    )
    lowers = {a.lower_ for a in auxes}
    # "will stay suspended until Thursday", "would remain closed": the future auxiliary hangs on
    # the linking verb the parser made an auxiliary
    lowers |= {c.lower_ for a in auxes for c in a.children if c.dep_ == "aux"}
    if v.lemma_ == "be" and v.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "acomp" and c.lower_ in _OUTLOOK for c in v.children
    ):
        return "future"  # a forecast: "more storms are likely on Friday", "snow is possible on Sunday"
    if lowers & _FUTURE_AUX:
        if "would" in lowers and "have" in {a.lemma_ for a in auxes}:
            return "past"
        return "future"
    if lowers & _MODAL_AHEAD and "have" not in {a.lemma_ for a in auxes} and not (
            lowers & _MODAL_AHEAD == {"could"} and (
                any(c.dep_ == "neg" for c in v.children) or lexicon().lemma(v) in _PERCEPTION)) \
            and not _in_subject(tok, v):
        # a plan, not a future: a weekday is the coming one, a date the nearer one ("must face consequences
        # for the murder on Oct. 2", in a November story, is the October past)
        return "planned"
    # "plans to meet on Sunday", "is scheduled for Sunday", "is due to visit"
    t = v
    prev: Token | None = None
    for _ in range(6):
        if _depth == 0 and prev is not None and prev.dep_ == "xcomp" and t.lemma_.lower() in lexicon().appeal_verbs \
                and t.pos_ in _VERB_POS:
            return "future"  # "called on Malians to rally on Friday" (the infinitive is the appeal's object)
        if _plans(t) and t.pos_ in _VERB_POS | {"ADJ"} \
                and not any(c.dep_ in ("prt", "advmod") and c.lower_ in _PARTICLES for c in t.children):
            # (a phrasal verb is another verb: "set aside funds on Friday", "set up a fund" are done)
            if t is v and lexicon().lemma(t) not in _ALWAYS_AHEAD and (
                finite_past or any(a.tag_ == "VBD" for a in auxes) or (not auxes and _dated_act(tok, v))
            ):
                break  # "agreed on Tuesday", "was planned from abroad" are past; "agreed to meet on Sunday" is not this verb
            return "future"
        if t.dep_ in ("xcomp", "ccomp", "advcl") and t.head is not t:
            if t.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                prev, t = t, t.head
                if {c.lower_ for c in t.children if c.dep_ == "aux"} & (_FUTURE_AUX - {"would"}) \
                        and lexicon().lemma(t) in lexicon().obligation_verbs and _hangs_on(tok, prev):
                    return "future"  # "will require importers to pay deposits from Friday": the infinitive is ahead too
                continue
        break
    if finite_past or {a.lemma_ for a in auxes} & {"have"} and v.tag_ == "VBN":
        return "past"
    if v.tag_ == "VBN":
        be = [a for a in auxes if a.lemma_ == "be"]
        if be and be[0].tag_ in ("VBZ", "VBP"):
            return "present"
        return "past"
    if v.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"  # "is meeting on Sunday"
    if any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if v.tag_ in ("VBZ", "VBP"):
        return "present"
    if (
        _depth < 3
        and v.tag_ == "VBG"
        and not auxes
        and v.dep_ in ("advcl", "acl", "xcomp")
        and v.head is not v
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        and tense_of(v.head, _depth + 1) == "future"
    ):
        return "future"  # "will lift the curfew starting from midnight of this Sunday"
    return None


def _forecast(verb: Token, at: int) -> bool:
    """A report verb whose object (or what it is "of"/"about") is weather, named before the time
    expression at token ``at``: "warned of heavy monsoon rain along the frontier on Saturday"
    (not "warned on Monday of heavy rain", where Monday dates the warning)."""
    words = lexicon().weather_words
    for c in verb.children:
        if c.dep_ == "dobj" and c.i < at and lexicon().lemma(c) in words:
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i < at:
            if any(o.dep_ == "pobj" and lexicon().lemma(o) in words for o in c.children):
                return True
    return False


class TimesLayer:
    name = "times"
    version = "v1"
    assigns: tuple[str, ...] = ("times",)
    requires: tuple[str, ...] = ()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        lexicon()  # load the data once, at start

    def __call__(self, ctx: Context) -> None:
        doc = ctx.doc
        text = ctx.prepared.clean  # the text doc was parsed from (doc.text rebuilds it: slow)

        report = lexicon().report_verbs

        def tense(start: int, end: int) -> str | None:
            sp = doc.char_span(start, end, alignment_mode="expand")
            if sp is None or not len(sp):
                return None
            t = tense_of(sp.root)
            if t == "future" and sp.root.head.lower_ == "of" and sp.root.head.head.pos_ in ("NOUN", "PROPN") \
                    and sp.root.head.head.i < sp.root.i:
                # "will publish the records of the election of 28 July": a date that names a thing is that
                # thing's, the nearer one, not ahead of the clause that mentions it
                return "planned"
            if t == "past" and _more_ahead(sp.root):
                return "planned"
            if t == "past":
                # "Forecasters warned of heavy rain along the frontier on Saturday": a forecast's
                # day is ahead of the report
                v = _verb_of(sp.root)
                if v is not None and lexicon().lemma(v) in report and _forecast(v, sp.root.i):
                    return "planned"
            if t in ("past", "present", None) and _AHEAD_BEFORE.search(text, max(0, start - 60), start):
                return "planned"  # "trained ahead of their opener on Thursday", "ahead of Sunday's vote"
            if t == "past" and _FROM_BEFORE.search(text, max(0, start - 16), start):
                # "warned of more rain from Thursday", "announced a new route from June": a report
                # verb's tense dates the report; what starts "from" a day is read ahead of it
                v = _verb_of(sp.root)
                if v is not None and v.lemma_.lower() in report:
                    return "planned"
            if t == "present":
                # "the team opens its campaign on Wednesday", "the summit opens on Friday": a
                # simple present dated by a weekday is a schedule (ahead), except a report ("says")
                # or a copula
                v = _verb_of(sp.root)
                if v is not None and v.pos_ == "VERB" and v.tag_ in ("VBZ", "VBP") \
                        and v.lemma_.lower() not in report \
                        and not (v.dep_ in ("advcl", "conj") and v.head is not v and tense_of(v.head) == "past"):
                    # (a present under a past, "chanted as they march Thursday", is the past's)
                    return "scheduled"
            return t

        mentions: list[TimeMention] = []
        for f in find_times(text, ctx.date, tense):
            span = ctx.span((f.start, f.end))
            t = Time(text=ctx.slice(span), span=span, value=f.value, grain=f.grain, end=f.end_value)
            ctx.article.times.append(t)
            sp = doc.char_span(f.start, f.end, alignment_mode="expand")
            if sp is None or not len(sp):
                continue
            root = sp.root
            anchor = _verb_of(root.head) if root.head is not root else root
            mentions.append(
                TimeMention(t, (f.start, f.end), sp.start, sp.end, root.i, anchor.i if anchor is not None else None, root.sent.start)
            )
        ctx.state["times"] = mentions


def governing_time(ctx: Context, obj: Token | SpacySpan) -> Time | None:
    """The dated time expression that governs an event word (a verb or a noun like "attack").

    In order: an expression inside the word's own subtree ("the attack on Tuesday"), one
    attached to the word's verb, one attached to a verb it is chained to by ``xcomp``/``conj``,
    then the nearest in the sentence unless it hangs from a reporting verb above the word
    ("said on Tuesday that troops had attacked" does not date the attack). Durations and
    vague expressions (value None) never govern. Reads ``ctx.state["times"]``.
    """
    mentions: list[TimeMention] = ctx.state.get("times") or []
    if not mentions:
        return None
    tok: Token = obj.root if hasattr(obj, "root") else obj
    doc: Doc = tok.doc
    sent = tok.sent
    cands = [m for m in mentions if sent.start <= m.head < sent.end and m.time.value and m.time.grain != "duration"]
    if not cands:
        return None
    verb = _verb_of(tok)
    # 1. inside the event word's own phrase ("the attack on Sunday"), not in a clause nested in it
    own = [
        m
        for m in cands
        if tok in doc[m.head].ancestors
        and (doc[m.head].head == tok or verb is None or tok == verb or _verb_of(doc[m.head].head) == verb)
    ]
    if own:
        return min(own, key=lambda m: abs(m.head - tok.i)).time
    # 2. attached to the same verb
    if verb is not None:
        same = [m for m in cands if m.anchor == verb.i]
        if same:
            return min(same, key=lambda m: abs(m.head - tok.i)).time
        # 3. chained verbs: "agreed to meet on Sunday", "met and signed on Tuesday"
        chain = {verb.i}
        t = verb
        while t.dep_ in ("xcomp", "conj", "advcl") and t.head is not t:
            t = t.head
            chain.add(t.i)
        for c in verb.children:
            if c.dep_ in ("xcomp", "conj") and c.pos_ in _VERB_POS:
                chain.add(c.i)
        linked = [m for m in cands if m.anchor in chain]
        if linked:
            return min(linked, key=lambda m: abs(m.head - tok.i)).time
    # 4. nearest in the sentence, skipping those on a reporting verb that dominates the event
    ancestors = {a.i for a in tok.ancestors}
    report = lexicon().report_verbs
    free = [m for m in cands if m.anchor is None or m.anchor not in ancestors or doc[m.anchor].lemma_.lower() not in report]
    if not free:
        return None
    return min(free, key=lambda m: abs(m.head - tok.i)).time


def as_event_date(value: str | None) -> str | None:
    """A TimeML value as the contract's event date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).

    Days and finer keep the day ("2022-02-04TAF" -> "2022-02-04"); a week becomes the month of
    its Thursday ("2022-W05" -> "2022-02"); seasons, quarters and halves their year; decades,
    centuries, durations, unknown years ("XXXX-03-12") and None give None.
    """
    if not value or value.startswith("P"):
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return m.group(0)
    m = re.match(r"^(\d{4})-W(\d{2})", value)
    if m:
        try:
            thursday = _dt.date.fromisocalendar(int(m[1]), int(m[2]), 4)
        except ValueError:
            return m[1]
        return f"{thursday.year:04d}-{thursday.month:02d}"
    m = re.match(r"^(\d{4})-(\d{2})$", value)
    if m:
        return m.group(0)
    m = re.match(r"^(\d{4})(?:$|-(?:SP|SU|FA|WI|Q[1-4]|H[12])$)", value)
    if m:
        return m[1]
    return None


def article_anchor(ctx: Context) -> _dt.date | None:
    """The date relative expressions are read against (the article date)."""
    return ctx.date
