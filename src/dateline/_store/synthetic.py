"""Synthetic coded articles and stores, for the benchmark and the tests (no spaCy needed).

Texts are generated sentence by sentence, so every span really points at its words.
"""

from __future__ import annotations

import datetime as _dt
import random
from collections.abc import Iterator, Sequence
from typing import Any

from .._records import Actor, Article, Event, Place, Quote, Time, Trigger

COUNTRIES = ("USA", "RUS", "UKR", "CHN", "FRA", "DEU", "GBR", "IND", "BRA", "ZAF", "TUR", "IRN", "ISR", "EGY",
             "NGA", "KEN", "MEX", "ARG", "JPN", "KOR", "PAK", "AFG", "IRQ", "SYR", "SAU", "POL", "ITA", "ESP",
             "CAN", "AUS", "IDN", "PHL", "VNM", "THA", "ETH", "SDN", "COL", "VEN", "PER", "CHL")
SECTORS = ("GOV", "MIL", "COP", "OPP", "REB", "CVL", "BUS", "MED")
# type: (quad class, intensity, verb)
TYPES: dict[str, tuple[int, float, str]] = {
    "AGREE": (1, 4.0, "agreed with"), "CONSULT": (1, 1.0, "met"), "SUPPORT": (1, 3.0, "praised"),
    "CONCEDE": (2, 5.0, "yielded to"), "COOPERATE": (2, 6.0, "worked with"), "AID": (2, 7.0, "sent aid to"),
    "RETREAT": (2, 5.0, "withdrew from"), "REQUEST": (1, -1.0, "asked"), "ACCUSE": (3, -3.0, "accused"),
    "REJECT": (3, -4.0, "rejected"), "THREATEN": (3, -6.0, "threatened"), "PROTEST": (3, -5.0, "protested against"),
    "SANCTION": (4, -6.0, "sanctioned"), "MOBILIZE": (4, -7.0, "mobilised against"), "COERCE": (4, -8.0, "seized"),
    "ASSAULT": (4, -9.0, "attacked"),
}
CODER = {"version": "0.1.0", "model": "synthetic", "kb": "synthetic", "layers": "synthetic"}


def actor_pool(n: int = 2000, seed: int = 7) -> list[dict[str, Any]]:
    rnd = random.Random(seed)
    pool = []
    for i in range(n):
        c = COUNTRIES[i % len(COUNTRIES)]
        pool.append({"id": f"Q{100000 + i}", "name": f"Actor {i} of {c}", "kind": rnd.choice(("person", "state",
                     "organization")), "country": c, "sector": SECTORS[i % len(SECTORS)]})
    return pool


class _Text:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0

    def add(self, s: str) -> tuple[int, int]:
        start = self.n
        self.parts.append(s)
        self.n += len(s)
        return start, self.n

    @property
    def text(self) -> str:
        return "".join(self.parts)


def actor(a: dict[str, Any], span: tuple[int, int], text: str) -> Actor:
    return Actor(id=a.get("id"), name=a["name"], kind=a.get("kind", "state"), country=a.get("country"),
                 sector=a.get("sector"), wikidata=a.get("id"), text=text, span=span)


def build_article(aid: str, date: str | None, specs: list[dict[str, Any]], *, title: str | None = None,
                  quotes: Sequence[tuple[dict[str, Any] | None, str]] = (), coder: dict[str, str] | None = None,
                  url: str | None = None, source: str | None = None) -> Article:
    """An article whose text is written from ``specs`` (one sentence per event) and quotes.

    A spec: ``{"type", "sources": [actor dict], "targets": [...], "date", "place": {"name", "country",
    "lat", "lon"} | None, "negated", "hypothetical", "mode"}``.
    """
    t = _Text()
    events: list[Event] = []
    actors: list[Actor] = []
    places: list[Place] = []
    times: list[Time] = []
    qs: list[Quote] = []
    for i, sp in enumerate(specs):
        quad, inten, verb = TYPES[sp["type"]]
        s_start = t.n
        srcs, tgts = [], []
        for j, a in enumerate(sp.get("sources", [])):
            if j:
                t.add(" and ")
            span = t.add(a["name"])
            srcs.append(actor(a, span, a["name"]))
        if sp.get("negated"):
            t.add(" did not")
            verb = verb.split()[0].rstrip("ed") or verb
        trig = t.add(" " + verb)
        trig = (trig[0] + 1, trig[1])
        for j, a in enumerate(sp.get("targets", [])):
            t.add(" and " if j else " ")
            span = t.add(a["name"])
            tgts.append(actor(a, span, a["name"]))
        loc = None
        if sp.get("place"):
            t.add(" in ")
            p = sp["place"]
            span = t.add(p["name"])
            loc = Place(text=p["name"], span=span, name=p["name"], country=p.get("country"), lat=p.get("lat"),
                        lon=p.get("lon"), geonameid=p.get("geonameid"), feature=p.get("feature"))
            places.append(loc)
        if sp.get("date"):
            t.add(" on ")
            span = t.add(sp["date"])
            grain = {4: "year", 7: "month"}.get(len(sp["date"]), "day")
            times.append(Time(text=sp["date"], span=span, value=sp["date"], grain=grain))
        t.add(".")
        s_end = t.n
        t.add(" ")
        actors += srcs + tgts
        text_now = t.text
        events.append(Event(
            id=f"e{i + 1}", type=sp["type"], mode=sp.get("mode"), context=list(sp.get("context", [])),
            cameo=sp.get("cameo"), quad_class=quad, intensity=sp.get("intensity", inten), sources=srcs,
            targets=tgts, date=sp.get("date") or date, location=loc, negated=bool(sp.get("negated")),
            hypothetical=bool(sp.get("hypothetical")), sentence=text_now[s_start:s_end], span=(s_start, s_end),
            trigger=Trigger(text=text_now[trig[0]:trig[1]], span=trig), confidence=0.9, evidence="synthetic",
            date_source="text" if sp.get("date") else "article"))
    for speaker, words in quotes:
        sp_actor = None
        speaker_span = None
        if speaker:
            speaker_span = t.add(speaker["name"])
            sp_actor = actor(speaker, speaker_span, speaker["name"])
            cue = t.add(" said")
            cue = (cue[0] + 1, cue[1])
        else:
            cue = t.add("Someone said")
        t.add(' "')
        qspan = t.add(words)
        t.add('". ')
        qs.append(Quote(text=words, span=qspan, speaker=sp_actor, speaker_span=speaker_span, cue="said",
                        kind="direct", cue_span=cue))
    text = t.text.rstrip()
    return Article(id=aid, text=text, date=date, title=title, url=url, source=source, events=events, quotes=qs,
                   actors=actors, times=times, places=places, coder=dict(coder or CODER))


def random_articles(n: int, *, seed: int = 1, events_per_article: int = 10, start: str = "2020-01-01",
                    days: int = 1500, pool: list[dict[str, Any]] | None = None) -> Iterator[Article]:
    """``n`` random coded articles with events, places, times and quotes (for throughput tests)."""
    rnd = random.Random(seed)
    pool = pool or actor_pool()
    t0 = _dt.date.fromisoformat(start)
    types = list(TYPES)
    for i in range(n):
        day = t0 + _dt.timedelta(days=rnd.randrange(days))
        specs = []
        for _ in range(rnd.randint(max(1, events_per_article - 3), events_per_article + 3)):
            a, b = rnd.sample(pool, 2)
            specs.append({"type": rnd.choice(types), "sources": [a], "targets": [b],
                          "date": (day - _dt.timedelta(days=rnd.randrange(3))).isoformat(),
                          "place": {"name": f"City of {b['country']}", "country": b["country"],
                                    "lat": rnd.uniform(-60, 60), "lon": rnd.uniform(-170, 170)}
                          if rnd.random() < 0.6 else None})
        quotes = [(rnd.choice(pool), f"we will keep talking number {i}-{k}") for k in range(rnd.randint(0, 3))]
        yield build_article(f"syn-{seed}-{i}", day.isoformat(), specs, title=f"Synthetic story {i}", quotes=quotes,
                            url=f"https://example.org/{seed}/{i}", source=f"outlet{i % 7}")
