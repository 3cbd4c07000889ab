"""Article text as HTML with every annotation highlighted, overlapping spans included.

The text is cut at every span boundary; each piece is wrapped in one ``<span>`` whose classes name
every annotation covering it (so overlaps need no nesting), and whose ``title`` says what they are.
Every string is escaped here: article text is hostile. Control characters that would change
how the page reads (a NUL, a right-to-left override that turns the rest of the article around,
a bidi isolate) are shown as a visible ``U+XXXX`` marker instead of being passed to the browser.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from .._textprep import BIDI_CONTROLS

KINDS = ("actor", "trigger", "quote", "speaker", "time", "amount", "place")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    label: str
    anchor: str | None = None  # an id put on the first piece of this span


def _ok(span: Any, n: int) -> tuple[int, int] | None:
    if not span or len(span) != 2 or span[0] is None or span[1] is None:
        return None
    s, e = int(span[0]), int(span[1])
    if s < 0 or e > n or s >= e:
        return None
    return s, e


def event_anchor(ev: dict[str, Any], index: int) -> str:
    """The element id of an event's evidence (its trigger) in the article view."""
    eid = ev.get("id")
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in str(eid)) if eid else ""
    return f"ev-{safe}" if safe else f"ev-{index}"


def marks_of(article: dict[str, Any]) -> list[Mark]:
    """Every highlightable span of an article dict (``Article.to_dict()`` shape)."""
    n = len(article.get("text") or "")
    out: list[Mark] = []

    def add(span: Any, kind: str, label: str, anchor: str | None = None) -> None:
        ok = _ok(span, n)
        if ok:
            out.append(Mark(ok[0], ok[1], kind, label, anchor))

    for a in article.get("actors") or []:
        add(a.get("span"), "actor", f"actor: {a.get('name')} ({a.get('kind')}"
            f"{', ' + a['country'] if a.get('country') else ''}{', ' + a['sector'] if a.get('sector') else ''})")
    for i, ev in enumerate(article.get("events") or []):
        trig = ev.get("trigger") or {}
        srcs = ", ".join(str(x.get("name")) for x in ev.get("sources") or []) or "?"
        tgts = ", ".join(str(x.get("name")) for x in ev.get("targets") or []) or "-"
        flags = " [negated]" if ev.get("negated") else ""
        flags += " [hypothetical]" if ev.get("hypothetical") else ""
        add(trig.get("span"), "trigger", f"event {ev.get('type')}{flags}: {srcs} -> {tgts}", event_anchor(ev, i))
    for i, q in enumerate(article.get("quotes") or []):
        who = (q.get("speaker") or {}).get("name") or "unknown speaker"
        add(q.get("span"), "quote", f"{q.get('kind')} quote by {who}", f"q-{i}")
        add(q.get("speaker_span"), "speaker", f"speaker: {who}")
    for t in article.get("times") or []:
        add(t.get("span"), "time", f"time: {t.get('value')} ({t.get('grain')})")
    for am in article.get("amounts") or []:
        add(am.get("span"), "amount", f"amount: {am.get('value')} {am.get('unit') or ''} ({am.get('kind')})")
    for p in article.get("places") or []:
        add(p.get("span"), "place", f"place: {p.get('name')}{', ' + p['country'] if p.get('country') else ''}")
    return out


#: C0/C1 controls other than tab, line feed and carriage return, and the Unicode bidi controls.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + BIDI_CONTROLS + "]")


def _control(m: re.Match[str]) -> str:
    ch = m.group(0)
    name = unicodedata.name(ch, "control character")
    return f'<span class="ctl" title="{escape(name)}">U+{ord(ch):04X}</span>'


def visible(text: str) -> str:
    """``text`` escaped for HTML, each control or bidi character shown as a ``U+XXXX`` marker."""
    return _CONTROL_RE.sub(_control, str(escape(text)))


def highlight(text: str, marks: list[Mark]) -> Markup:
    """HTML of ``text`` with ``marks`` as classed spans; pieces covered by nothing are plain text.

    One sweep over the span boundaries: linear in the text and the marks (a long article with
    thousands of mentions renders as fast as a short one, per character).
    """
    cuts = {0, len(text)}
    for m in marks:
        cuts.add(m.start)
        cuts.add(m.end)
    bounds = sorted(cuts)
    by_start = sorted(range(len(marks)), key=lambda i: marks[i].start)
    ends: list[tuple[int, int]] = []  # (end, index) of the marks begun so far
    live: dict[int, Mark] = {}  # index -> mark, in the order they began
    nxt = 0
    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        while nxt < len(by_start) and marks[by_start[nxt]].start <= a:
            i = by_start[nxt]
            live[i] = marks[i]
            heapq.heappush(ends, (marks[i].end, i))
            nxt += 1
        while ends and ends[0][0] <= a:
            live.pop(heapq.heappop(ends)[1], None)
        piece = visible(text[a:b])
        active = [live[i] for i in sorted(live)]
        if not active:
            parts.append(piece)
            continue
        kinds = sorted({m.kind for m in active}, key=KINDS.index)
        title = "\n".join(dict.fromkeys(m.label for m in active))
        anchors = [m.anchor for m in active if m.anchor and m.start == a]
        ids = "".join(f'<a class="anchor" id="{escape(x)}"></a>' for x in anchors)
        parts.append(f'{ids}<span class="hl {" ".join("hl-" + k for k in kinds)}" title="{escape(title)}">'
                     f"{piece}</span>")
    return Markup("".join(parts))


__all__ = ["KINDS", "Mark", "event_anchor", "highlight", "marks_of", "visible"]
