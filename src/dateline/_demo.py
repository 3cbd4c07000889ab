"""The bundled demo corpus (dateline text files in ``dateline/data/demo``) and its summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from importlib import resources

from ._readers import DEFAULT_MAX_CHARS, Record, _finish, read_dateline_text
from ._records import Actor, Article


def demo_files() -> list[str]:
    root = resources.files("dateline") / "data" / "demo"
    return sorted(p.name for p in root.iterdir() if p.name.endswith(".txt"))


def demo_records() -> Iterator[Record]:
    root = resources.files("dateline") / "data" / "demo"
    for name in demo_files():
        raw = (root / name).read_text(encoding="utf-8")
        for rec in read_dateline_text(raw, f"demo/{name}"):
            yield _finish(rec, DEFAULT_MAX_CHARS, None)


def _label(actor: Actor) -> str:
    """How the summary names an actor: a KB actor by its name; one with no KB id (a population, an
    unnamed body, a person the KB lacks: "people", "police") by its name and country, so that
    Kenyans and Belarusians are not counted as one actor."""
    if actor.id is None and actor.country:
        return f"{actor.name} ({actor.country})"
    return actor.name


def summarise(articles: list[Article]) -> str:
    """A readable summary: articles, events by type, top actors, quotes."""
    coded = [a for a in articles if a.ok]
    lines = [f"{len(articles)} articles ({len(coded)} coded, {len(articles) - len(coded)} with errors)"]
    types = Counter(e.type for a in coded for e in a.events if not (e.negated or e.hypothetical))
    n_events = sum(types.values())
    lines.append(f"\nEvents: {n_events}")
    for t, n in types.most_common():
        lines.append(f"  {t:<10} {n}")
    actors = Counter(_label(x) for a in coded for e in a.events for x in (*e.sources, *e.targets))
    if not actors:
        actors = Counter(_label(x) for a in coded for x in a.actors)
    lines.append("\nTop actors:")
    for name, n in actors.most_common(10):
        lines.append(f"  {name:<32} {n}")
    quotes = [q for a in coded for q in a.quotes if q.kind == "direct"]
    lines.append(f"\nQuotes: {sum(len(a.quotes) for a in coded)} ({len(quotes)} direct)")
    for q in quotes[:5]:
        who = q.speaker.name if q.speaker else "(speaker unknown)"
        text = q.text if len(q.text) < 90 else q.text[:87] + "..."
        lines.append(f'  {who}: "{text}"')
    lines.append(f"\nTimes: {sum(len(a.times) for a in coded)}  Amounts: {sum(len(a.amounts) for a in coded)}"
                 f"  Places: {sum(len(a.places) for a in coded)}")
    return "\n".join(lines)
