"""Structure checks for the gold evaluation files and the bundled demo corpus.

These do not score the coder: they catch broken gold (a span that is not in the text, an
unknown PLOVER type or mode, a malformed time value, a weekday resolved the wrong way) before it
silently distorts every measurement. The rules checked here are written down in
tests/gold/README.md and docs/evaluation.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import pytest

GOLD_DIR = Path(__file__).parent / "gold"
GOLD_FILES = ("articles.jsonl", "heldout.jsonl", "dev3.jsonl", "heldout2.jsonl", "dev8.jsonl", "dev9.jsonl",
              "dev12.jsonl", "dev13.jsonl", "dev16.jsonl", "dev17.jsonl", "dev20.jsonl",
              "dev21.jsonl", "dev22.jsonl", "dev25.jsonl",
              "dev26.jsonl", "dev27.jsonl", "dev30.jsonl",
              "dev31.jsonl", "dev32.jsonl", "dev35.jsonl",
              "dev37.jsonl", "dev38.jsonl", "dev41.jsonl", "dev42.jsonl", "dev43.jsonl", "dev46.jsonl",
              "dev47.jsonl", "dev48.jsonl", "dev51.jsonl", "dev52.jsonl", "dev54.jsonl")
# the fewest articles each file may hold
MIN_SIZES = {"articles.jsonl": 24, "heldout.jsonl": 6, "dev3.jsonl": 12, "heldout2.jsonl": 12,
             "dev8.jsonl": 12, "dev9.jsonl": 12, "dev12.jsonl": 12, "dev13.jsonl": 12,
             "dev16.jsonl": 12, "dev17.jsonl": 12, "dev20.jsonl": 12,
             "dev21.jsonl": 12, "dev22.jsonl": 12, "dev25.jsonl": 12,
             "dev26.jsonl": 12, "dev27.jsonl": 12, "dev30.jsonl": 12,
             "dev31.jsonl": 12, "dev32.jsonl": 12, "dev35.jsonl": 12,
             "dev37.jsonl": 12, "dev38.jsonl": 12, "dev41.jsonl": 12, "dev42.jsonl": 11, "dev43.jsonl": 12, "dev46.jsonl": 13,
             "dev47.jsonl": 12, "dev48.jsonl": 15, "dev51.jsonl": 9, "dev52.jsonl": 16, "dev54.jsonl": 12}
LAYERS = ("events", "quotes", "actors", "times", "amounts", "places")
STYLES = {"wire", "mt-es", "mt-zh", "mt-pt", "mt-fr", "mt-ar"}

PLOVER_MODES: dict[str, set[str]] = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}
EVENT_KEYS = {"type", "sources", "targets", "mode", "trigger", "date", "negated", "hypothetical", "note"}
QUOTE_KINDS = {"direct", "partial", "indirect"}
AMOUNT_KINDS = {"money", "count", "killed", "injured", "arrested"}
QUOTE_MARKS = "\"'“”‘’«»„"

# XKX: Kosovo's user-assigned code (GeoNames, the World Bank and the actors KB use it; ISO 3166 has none)
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
CURRENCIES = {c.alpha_3 for c in pycountry.currencies}

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-W\d{2}$")
TIME_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T(MO|AF|EV|NI))?)?)?"  # year, month, day, part of day
    r"|\d{4}-W\d{2}(-WE)?"  # ISO week, or its weekend (dev7's form)
    r"|\d{4}-(Q[1-4]|H[12])"  # quarter, half
    r"|P\d+(\.\d+)?[YMWD]|PT\d+[HMS])$"  # duration
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _load(name: str) -> list[dict[str, Any]]:
    path = GOLD_DIR / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _all_articles() -> Iterator[tuple[str, dict[str, Any]]]:
    for name in GOLD_FILES:
        if not (GOLD_DIR / name).exists():
            continue  # reported by test_sizes_and_ids, so that the other files are still checked
        for art in _load(name):
            yield name, art


ARTICLES = list(_all_articles())
IDS = [f"{name.split('.')[0]}:{art['id']}" for name, art in ARTICLES]


def _occurrences(text: str, needle: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(needle), text)]


def _word_occurrences(text: str, needle: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]


def _is_ref(ref: Any) -> bool:
    """An actor reference: an ISO3 code we know, a QID, or a name (never a bogus 3-letter code)."""
    if not isinstance(ref, str) or not ref.strip() or ref != ref.strip():
        return False
    if re.fullmatch(r"[A-Z]{3}", ref):
        return ref in ISO3
    return True


# ----------------------------------------------------------------------------------------------
# file-level checks


def test_sizes_and_ids() -> None:
    missing = [name for name in GOLD_FILES if not (GOLD_DIR / name).exists()]
    assert not missing, f"gold files missing from tests/gold: {missing}"
    files = {name: _load(name) for name in GOLD_FILES}
    for name, least in MIN_SIZES.items():
        assert len(files[name]) >= least, f"{name} holds {len(files[name])} articles, expected at least {least}"
    gold, held = files["articles.jsonl"], files["heldout.jsonl"]
    everything = [a for arts in files.values() for a in arts]
    ids = [a["id"] for a in everything]
    assert len(ids) == len(set(ids)), "ids must be unique across all the gold files"
    texts = [a["text"] for a in everything]
    assert len(texts) == len(set(texts))
    assert sum(a["style"].startswith("mt-") for a in gold) >= 8, "at least 8 machine-translated articles"
    years = {a["date"][:4] for a in gold + held}
    assert len(years) >= 8, f"dates should spread over the years, got {sorted(years)}"


def test_scare_quote_present() -> None:
    assert any(q["speaker"] is None for _, a in ARTICLES for q in a["quotes"]), "need a quote with no speaker"


def test_flagged_events_present() -> None:
    events = [e for _, a in ARTICLES for e in a["events"]]
    assert any(e.get("negated") for e in events)
    assert any(e.get("hypothetical") for e in events)
    types = {e["type"] for e in events}
    assert types == set(PLOVER_MODES), f"every PLOVER type should occur at least once; missing {set(PLOVER_MODES) - types}"


def test_dev3_set() -> None:
    """dev3.jsonl: half wire, half machine-translated, every PLOVER type and both flags (tests/gold/README.md)."""
    arts = _load("dev3.jsonl")
    styles = [a["style"] for a in arts]
    assert styles.count("wire") * 2 == len(styles), styles
    events = [e for a in arts for e in a["events"]]
    assert {e["type"] for e in events} == set(PLOVER_MODES), "dev3 should cover every PLOVER type"
    assert any(e.get("negated") for e in events) and any(e.get("hypothetical") for e in events)
    for a in arts:
        assert a["events"], f"{a['id']}: every dev3 article reports events"


def _spans(art: dict[str, Any], layer: str) -> list[tuple[int, int, dict[str, Any]]]:
    """Where each mention of a layer lies (its occurrence, else its only occurrence)."""
    out = []
    for ann in art[layer]:
        starts = _word_occurrences(art["text"], ann["text"]) or _occurrences(art["text"], ann["text"])
        start = starts[ann.get("occurrence", 1) - 1]
        out.append((start, start + len(ann["text"]), ann))
    return out


@pytest.mark.parametrize("art", _load("dev3.jsonl"), ids=lambda a: a["id"])
def test_dev3_actor_is_not_a_place(art: dict[str, Any]) -> None:
    """A given mention is an actor or a place, never both; an actor is annotated once per id and span."""
    places = _spans(art, "places")
    actors = _spans(art, "actors")
    for s, e, ann in actors:
        clash = [p[2]["text"] for p in places if p[0] < e and s < p[1]]
        assert not clash, f"{ann['text']!r} is annotated both as an actor and as a place ({clash})"
    keys = [(s, e, ann["id"]) for s, e, ann in actors]
    assert len(keys) == len(set(keys))


# ----------------------------------------------------------------------------------------------
# per-article checks


@pytest.mark.parametrize(("name", "art"), ARTICLES, ids=IDS)
def test_article_shape(name: str, art: dict[str, Any]) -> None:
    assert set(art) == {"id", "date", "style", "text", *LAYERS}
    assert isinstance(art["id"], str) and art["id"]
    dt.date.fromisoformat(art["date"])
    assert art["style"] in STYLES
    text = art["text"]
    assert text == text.strip() and "\r" not in text
    n_words = len(text.split())
    assert 120 <= n_words <= 300, f"{n_words} words"
    for layer in LAYERS:
        assert isinstance(art[layer], list)


@pytest.mark.parametrize(("name", "art"), ARTICLES, ids=IDS)
def test_mentions_are_in_text(name: str, art: dict[str, Any]) -> None:
    text = art["text"]
    for layer in ("quotes", "actors", "times", "amounts", "places"):
        for ann in art[layer]:
            needle = ann["text"]
            assert isinstance(needle, str) and needle, (layer, ann)
            subs = _occurrences(text, needle)
            assert subs, f"{layer}: {needle!r} is not in the text"
            if layer == "quotes":
                continue
            words = _word_occurrences(text, needle)
            if "occurrence" in ann:
                k = ann["occurrence"]
                assert isinstance(k, int) and 1 <= k <= len(words), (layer, ann)
                # counting by substring or by whole word must pick the same place
                assert subs[k - 1] == words[k - 1], f"{layer}: occurrence of {needle!r} is ambiguous"
            else:
                assert len(subs) == 1 and len(words) == 1, f"{layer}: {needle!r} repeats; give an occurrence"


@pytest.mark.parametrize(("name", "art"), ARTICLES, ids=IDS)
def test_events(name: str, art: dict[str, Any]) -> None:
    text = art["text"]
    seen: set[tuple[Any, ...]] = set()
    for ev in art["events"]:
        assert set(ev) <= EVENT_KEYS, set(ev) - EVENT_KEYS
        assert ev["type"] in PLOVER_MODES
        assert isinstance(ev["sources"], list) and isinstance(ev["targets"], list)
        assert ev["sources"] or ev["targets"], "an event needs at least one participant"
        for ref in ev["sources"] + ev["targets"]:
            assert _is_ref(ref), f"bad actor reference {ref!r}"
        if "mode" in ev:
            assert ev["mode"] in PLOVER_MODES[ev["type"]], f"{ev['mode']!r} is not a mode of {ev['type']}"
        if "trigger" in ev:
            assert ev["trigger"] in text, f"trigger {ev['trigger']!r} not in text"
        if "date" in ev:
            assert DATE_RE.match(ev["date"]), ev["date"]
        for flag in ("negated", "hypothetical"):
            if flag in ev:
                assert ev[flag] is True, "flags are written only when true"
        reciprocal = ev["type"] in {"CONSULT", "AGREE", "COOPERATE"}
        parts: tuple[Any, ...] = (
            (frozenset(ev["sources"] + ev["targets"]),) if reciprocal
            else (frozenset(ev["sources"]), frozenset(ev["targets"]))
        )
        key = (ev["type"], *parts, bool(ev.get("negated")), bool(ev.get("hypothetical")))
        assert key not in seen, f"duplicate event tuple {key}: the scorer reduces these to one"
        seen.add(key)


@pytest.mark.parametrize(("name", "art"), ARTICLES, ids=IDS)
def test_quotes(name: str, art: dict[str, Any]) -> None:
    text = art["text"]
    for q in art["quotes"]:
        assert q["kind"] in QUOTE_KINDS
        assert q["speaker"] is None or _is_ref(q["speaker"])
        if q["kind"] in ("direct", "partial"):
            # the text is exactly what stands between the marks; a quote left open by the
            # translation runs to the end of its paragraph (docs/quotes.md)
            found = False
            for start in _occurrences(text, q["text"]):
                end = start + len(q["text"])
                closed = end == len(text) or text[end] in QUOTE_MARKS or text[end] == "\n"
                if start > 0 and text[start - 1] in QUOTE_MARKS and closed:
                    found = True
            assert found, f"quote {q['text']!r} is not enclosed in quote marks"


@pytest.mark.parametrize(("name", "art"), ARTICLES, ids=IDS)
def test_actors(name: str, art: dict[str, Any]) -> None:
    assert art["actors"], "every article names political actors"
    for a in art["actors"]:
        assert set(a) <= {"text", "id", "country", "occurrence", "note"}
        assert _is_ref(a["id"])
        assert a["country"] is None or a["country"] in ISO3
        if re.fullmatch(r"[A-Z]{3}", a["id"]):
            assert a["country"] == a["id"], "a state mention's country is the state"


@pytest.mark.parametrize(("name", "art"), ARTICLES, ids=IDS)
def test_times(name: str, art: dict[str, Any]) -> None:
    date = dt.date.fromisoformat(art["date"])
    for t in art["times"]:
        value = t["value"]
        assert value is None or TIME_RE.match(value), f"bad TimeML value {value!r}"
        low = t["text"].lower().strip()
        # the resolution conventions of tests/gold/README.md, checked where they are mechanical
        if low in ("today", "this morning", "this afternoon", "this evening", "tonight"):
            assert value is not None and value.startswith(date.isoformat()), t
        elif low == "yesterday":
            assert value == (date - dt.timedelta(days=1)).isoformat(), t
        elif low == "tomorrow":
            assert value == (date + dt.timedelta(days=1)).isoformat(), t
        elif low == "last year":
            assert value == str(date.year - 1), t
        elif low == "next year":
            assert value == str(date.year + 1), t
        elif low == "this year":
            assert value == str(date.year), t
        elif low in ("last week", "next week", "this week"):
            shift = {"last week": -7, "next week": 7, "this week": 0}[low]
            iso = (date + dt.timedelta(days=shift)).isocalendar()
            assert value == f"{iso.year}-W{iso.week:02d}", t
        elif low in ("last month", "next month", "this month"):
            shift = {"last month": -1, "next month": 1, "this month": 0}[low]
            months = date.year * 12 + date.month - 1 + shift
            assert value == f"{months // 12}-{months % 12 + 1:02d}", t
        else:
            m = re.fullmatch(r"(this |on |last )?(" + "|".join(WEEKDAYS) + r")", low)
            if m:
                # news convention: the most recent such day, the story's own weekday being the story date;
                # a bare weekday may also be the next one when the text speaks of the future ("planned for Wednesday")
                back = (date.weekday() - WEEKDAYS.index(m.group(2))) % 7
                if low.startswith("last ") and back == 0:
                    back = 7
                allowed = {(date - dt.timedelta(days=back)).isoformat()}
                if m.group(1) is None:
                    allowed.add((date + dt.timedelta(days=(7 - back) % 7 or 7)).isoformat())
                assert value in allowed, t


@pytest.mark.parametrize(("name", "art"), ARTICLES, ids=IDS)
def test_amounts(name: str, art: dict[str, Any]) -> None:
    for m in art["amounts"]:
        assert m["kind"] in AMOUNT_KINDS
        assert isinstance(m["value"], (int, float)) and not isinstance(m["value"], bool) and m["value"] > 0
        digits = re.sub(r"[^\d]", "", m["text"])
        if m["kind"] == "money":
            assert m["unit"] in CURRENCIES, f"money needs an ISO 4217 code, got {m['unit']!r}"
        else:
            assert re.fullmatch(r"[a-zA-Z][a-zA-Z ]*[a-zA-Z]", m["unit"]) and m["unit"] not in CURRENCIES, m
        if digits and "." not in m["text"] and not re.search(r"(million|billion|bn|m\b|thousand)", m["text"]):
            # plain numbers: the value is the number written
            assert int(digits) == m["value"], m


@pytest.mark.parametrize(("name", "art"), ARTICLES, ids=IDS)
def test_places(name: str, art: dict[str, Any]) -> None:
    for p in art["places"]:
        assert isinstance(p["name"], str) and p["name"]
        assert p["country"] is None or p["country"] in ISO3


# ----------------------------------------------------------------------------------------------
# the demo corpus


def _demo_files() -> list[tuple[str, str]]:
    root = resources.files("dateline") / "data" / "demo"
    return sorted((p.name, p.read_text(encoding="utf-8")) for p in root.iterdir() if p.name.endswith(".txt"))


def test_demo_corpus() -> None:
    files = _demo_files()
    assert len(files) >= 12
    gold_texts = [a["text"] for _, a in ARTICLES]
    bodies = []
    for name, raw in files:
        assert re.fullmatch(r"\d{2}-[a-z0-9-]+\.txt", name), name
        m = re.match(r"^ *date (\d{4}-\d{2}-\d{2})[ \n](.*)$", raw, re.S)
        assert m, f"{name}: must start with a 'date YYYY-MM-DD' header"
        dt.date.fromisoformat(m.group(1))
        body = m.group(2).strip()
        n = len(body.split())
        assert 80 <= n <= 200, f"{name}: {n} words"
        assert not any(body[:200] in g for g in gold_texts), f"{name}: demo texts must differ from the gold"
        bodies.append(body)
    assert len(set(bodies)) == len(bodies)
