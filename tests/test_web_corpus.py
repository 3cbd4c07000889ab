"""A small hand-made corpus for the web tests, stored through the store API (no spaCy needed).

The texts are invented for these tests. One of them carries hostile markup, to check that the
web UI renders article text as text. ``build_store`` is imported by the other test_web* files.
"""

from __future__ import annotations

from pathlib import Path

from dateline._records import Actor, Amount, Article, Event, Place, Quote, Time, Trigger
from dateline._store import open_store

HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">'

CODER = {"version": "0.1.0", "model": "hand-made", "kb": "hand-made", "layers": "hand-made"}


def _sp(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return i, i + len(sub)


def _actor(text: str, sub: str, ident: str, name: str, kind: str, country: str | None, sector: str | None = None,
           nth: int = 0) -> Actor:
    return Actor(id=ident, name=name, kind=kind, country=country, sector=sector, wikidata=ident, text=sub,
                 span=_sp(text, sub, nth))


def _sentence(text: str, sub: str) -> tuple[str, tuple[int, int]]:
    s, _ = _sp(text, sub)
    start = text.rfind(". ", 0, s)
    start = 0 if start < 0 else start + 2
    end = text.find(".", s)
    end = len(text) if end < 0 else end + 1
    return text[start:end], (start, end)


def _event(text: str, n: int, type_: str, quad: int, intensity: float, trigger: str, sources: list[Actor],
           targets: list[Actor], date: str | None, place: Place | None = None, negated: bool = False,
           hypothetical: bool = False) -> Event:
    sent, span = _sentence(text, trigger)
    return Event(id=f"e{n}", type=type_, mode=None, context=[], cameo=None, quad_class=quad, intensity=intensity,
                 sources=sources, targets=targets, date=date, location=place, negated=negated,
                 hypothetical=hypothetical, sentence=sent, span=span,
                 trigger=Trigger(trigger, _sp(text, trigger)), confidence=0.8, evidence=f"rule: test {type_.lower()}")


def articles() -> list[Article]:
    out: list[Article] = []

    t = ("Northland troops shelled the port of Eastharbour on Monday, killing 12 people. "
         "Southland accused Northland of breaking the truce. "
         "\"We will defend every street,\" said Mara Quill, the Southland president. "
         f"A reader comment read: {HOSTILE}")
    north = _actor(t, "Northland troops", "QN1", "Northland", "state", "NRT", "MIL")
    south = _actor(t, "Southland", "QS1", "Southland", "state", "STH")
    quill = _actor(t, "Mara Quill", "QP1", "Mara Quill", "person", "STH", "GOV")
    port = Place("Eastharbour", _sp(t, "Eastharbour"), "Eastharbour", "STH", 46.5, 30.7, 111, "PPL")
    a = Article(id="art-1", text=t, date="2024-03-05", title="Shelling of <b>Eastharbour</b>", url="https://example.org/1",
                coder=CODER)
    a.actors = [north, south, _actor(t, "Northland", "QN1", "Northland", "state", "NRT", nth=1), quill]
    a.events = [
        _event(t, 1, "ASSAULT", 4, -9.0, "shelled", [north], [south], "2024-03-04", port),
        _event(t, 2, "ACCUSE", 3, -3.0, "accused", [_actor(t, "Southland", "QS1", "Southland", "state", "STH")],
               [_actor(t, "Northland", "QN1", "Northland", "state", "NRT", nth=1)], "2024-03-05"),
    ]
    q_text = "We will defend every street,"
    a.quotes = [Quote(q_text, _sp(t, q_text), quill, quill.span, "said", "direct", _sp(t, "said"))]
    a.times = [Time("on Monday", _sp(t, "on Monday"), "2024-03-04", "day")]
    a.amounts = [Amount("12 people", _sp(t, "12 people"), 12, "people", "killed")]
    a.places = [port]
    out.append(a)

    t = ("Northland artillery struck Eastharbour again on Tuesday. "
         "Southland asked the Union of Lakes for air defence systems. "
         "The Union of Lakes said it would \"consider the request quickly\".")
    north = _actor(t, "Northland artillery", "QN1", "Northland", "state", "NRT", "MIL")
    south = _actor(t, "Southland", "QS1", "Southland", "state", "STH")
    union = _actor(t, "Union of Lakes", "QU1", "Union of Lakes", "igo", None)
    port = Place("Eastharbour", _sp(t, "Eastharbour"), "Eastharbour", "STH", 46.5, 30.7, 111, "PPL")
    a = Article(id="art-2", text=t, date="2024-03-06", title="Second day of strikes", coder=CODER)
    a.actors = [north, south, union, _actor(t, "Union of Lakes", "QU1", "Union of Lakes", "igo", None, nth=1)]
    a.events = [
        _event(t, 1, "ASSAULT", 4, -9.0, "struck", [north], [south], "2024-03-05", port),
        _event(t, 2, "REQUEST", 1, -1.0, "asked", [south], [union], "2024-03-06"),
    ]
    q = "consider the request quickly"
    spk = _actor(t, "Union of Lakes", "QU1", "Union of Lakes", "igo", None, nth=1)
    a.quotes = [Quote(q, _sp(t, q), spk, spk.span, "said", "partial")]
    a.times = [Time("on Tuesday", _sp(t, "on Tuesday"), "2024-03-05", "day")]
    a.places = [port]
    out.append(a)

    t = ("Westmark and Northland agreed on a grain corridor in Lakeview. "
         "Westmark did not attack the convoy, officials said. "
         "Northland could impose sanctions on Westmark, an aide warned.")
    west = _actor(t, "Westmark", "QW1", "Westmark", "state", "WST")
    north = _actor(t, "Northland", "QN1", "Northland", "state", "NRT")
    city = Place("Lakeview", _sp(t, "Lakeview"), "Lakeview", "WST", 10.0, -20.0, 222, "PPL")
    a = Article(id="art-3", text=t, date="2024-04-10", title="Grain corridor agreed", coder=CODER)
    a.actors = [west, north]
    a.events = [
        _event(t, 1, "AGREE", 1, 4.0, "agreed", [west, north], [], "2024-04-10", city),
        _event(t, 2, "ASSAULT", 4, -9.0, "attack", [_actor(t, "Westmark", "QW1", "Westmark", "state", "WST", nth=1)],
               [], "2024-04-10", negated=True),
        _event(t, 3, "SANCTION", 4, -6.0, "impose sanctions",
               [_actor(t, "Northland", "QN1", "Northland", "state", "NRT", nth=1)],
               [_actor(t, "Westmark", "QW1", "Westmark", "state", "WST", nth=2)], "2024-04-10", hypothetical=True),
    ]
    a.places = [city]
    out.append(a)

    # Overlapping annotations: an actor inside a quote, a time inside the quote, a place inside an actor.
    t = "\"Lakeview police arrested 40 protesters on Friday,\" Mara Quill said of the Westmark crackdown."
    police = _actor(t, "Lakeview police", "QC1", "Lakeview police", "organization", "WST", "COP")
    quill = _actor(t, "Mara Quill", "QP1", "Mara Quill", "person", "STH", "GOV")
    a = Article(id="art-4", text=t, date="2024-04-13", title="Arrests", coder=CODER)
    a.actors = [police, quill]
    a.events = [_event(t, 1, "COERCE", 4, -7.0, "arrested", [police],
                       [Actor(None, "protesters", "population", "WST", "CVL", text="40 protesters",
                              span=_sp(t, "40 protesters"))], "2024-04-12")]
    q = "Lakeview police arrested 40 protesters on Friday,"
    a.quotes = [Quote(q, _sp(t, q), quill, quill.span, "said", "direct")]
    a.times = [Time("on Friday", _sp(t, "on Friday"), "2024-04-12", "day")]
    a.amounts = [Amount("40 protesters", _sp(t, "40 protesters"), 40, "protesters", "arrested")]
    a.places = [Place("Lakeview", _sp(t, "Lakeview"), "Lakeview", "WST", 10.0, -20.0, 222, "PPL")]
    out.append(a)
    return out


def build_store(path: Path) -> Path:
    with open_store(path) as st:
        st.add_many(articles())
    return path


def test_corpus_spans_point_at_their_words() -> None:
    for art in articles():
        for rec in (*art.actors, *art.quotes, *art.times, *art.amounts, *art.places):
            s, e = rec.span
            assert art.text[s:e] == rec.text, (art.id, rec)
        for ev in art.events:
            s, e = ev.trigger.span
            assert art.text[s:e] == ev.trigger.text
            s, e = ev.span
            assert art.text[s:e] == ev.sentence


def test_corpus_stores(tmp_path: Path) -> None:
    db = build_store(tmp_path / "w.duckdb")
    with open_store(db, read_only=True) as st:
        assert st.info()["rows"]["articles"] == 4
        assert not st.check()
