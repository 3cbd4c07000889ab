"""The event store: storing, replacing, reading back, querying (hand-built articles, no spaCy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline._records import Article
from dateline._store import open_store
from dateline._store.synthetic import build_article, random_articles

PUTIN = {"id": "Q7747", "name": "Vladimir Putin", "kind": "person", "country": "RUS", "sector": "GOV"}
RUSSIA = {"id": "Q159", "name": "Russia", "kind": "state", "country": "RUS", "sector": "GOV"}
UKRAINE = {"id": "Q212", "name": "Ukraine", "kind": "state", "country": "UKR", "sector": "GOV"}
USA = {"id": "Q30", "name": "United States", "kind": "state", "country": "USA", "sector": "GOV"}
NATO = {"id": "Q7184", "name": "NATO", "kind": "igo", "country": None, "sector": None}
KHARKIV = {"name": "Kharkiv", "country": "UKR", "lat": 49.99, "lon": 36.23, "geonameid": 706483, "feature": "PPLA"}


def story(aid: str = "a1", date: str = "2022-02-24", **kw: object) -> Article:
    specs = kw.pop("specs", None) or [
        {"type": "ASSAULT", "sources": [RUSSIA], "targets": [UKRAINE], "date": date, "place": KHARKIV},
        {"type": "THREATEN", "sources": [PUTIN], "targets": [NATO]},
        {"type": "SANCTION", "sources": [USA], "targets": [RUSSIA], "hypothetical": True},
    ]
    quotes = kw.pop("quotes", None) or [(PUTIN, "any interference will meet an immediate answer")]
    return build_article(aid, date, specs, quotes=quotes, title=f"story {aid}", url=f"https://example.org/{aid}",
                         **kw)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return tmp_path / "events.duckdb"


def test_store_and_read_back_every_layer_with_spans(db: Path) -> None:
    art = story()
    with open_store(db) as st:
        st.add(art)
        info = st.info()
        assert info["rows"]["articles"] == 1
        assert info["rows"]["events"] == 3
        assert info["rows"]["event_actors"] == 6
        assert info["rows"]["quotes"] == 1 and info["rows"]["places"] == 1 and info["rows"]["times"] == 1
        back = st.article("a1")
        assert back == art.to_dict()  # exact round trip of the contract shape
        # every stored span points at the right characters of the stored text
        text = st.sql("SELECT text FROM articles WHERE article_id = 'a1'")["text"][0]
        for name, start, end in st.sql("SELECT name, span_start, span_end FROM event_actors").itertuples(index=False):
            assert text[start:end] == name
        for trig, start, end in st.sql("SELECT trigger_text, trigger_start, trigger_end FROM events").itertuples(
                index=False):
            assert text[start:end] == trig
        q = st.sql("SELECT text, span_start, span_end, cue, cue_start, cue_end FROM quotes").iloc[0]
        assert text[q.span_start:q.span_end] == q.text
        assert text[q.cue_start:q.cue_end] == q.cue
        assert st.check() == []
        assert st.article("missing") is None


def test_recoding_replaces_never_duplicates(db: Path) -> None:
    with open_store(db) as st:
        st.add(story())
        st.add(story())
        st.add_many([story(), story()])  # the same id twice in one batch: the later wins
        assert st.info()["rows"]["articles"] == 1
        assert st.info()["rows"]["events"] == 3
        changed = story(specs=[{"type": "CONSULT", "sources": [USA, UKRAINE], "targets": []}])
        st.add(changed)
        rows = st.query(include_flagged=True)
        assert [r["type"] for r in rows] == ["CONSULT"]
        assert st.info()["rows"]["event_actors"] == 2
        assert st.check() == []


def test_error_article_is_stored_with_its_errors(db: Path) -> None:
    bad = Article(id="bad1", text="", errors=["[E010] empty text"], coder={"version": "0.1.0"})
    with open_store(db) as st:
        st.add(bad)
        assert st.article("bad1")["errors"] == ["[E010] empty text"]
        assert st.articles()[0]["errors"] == ["[E010] empty text"]


def test_add_accepts_to_dict_and_rejects_junk(db: Path) -> None:
    with open_store(db) as st:
        st.add(json.loads(json.dumps(story("d1").to_dict())))
        assert st.article("d1")["id"] == "d1"
        with pytest.raises(ValueError, match="'id' and 'text'"):
            st.add({"text": "no id"})
        with pytest.raises(TypeError):
            st.add(42)  # type: ignore[arg-type]


def test_read_only_store_refuses_writes(db: Path) -> None:
    with open_store(db) as st:
        st.add(story())
    with open_store(db, read_only=True) as st:
        with pytest.raises(Exception, match="read-only"):
            st.add(story("a2"))
        assert len(st.query()) == 2  # the hypothetical SANCTION is left out


def test_query_filters(db: Path) -> None:
    with open_store(db) as st:
        st.add(story("a1", "2022-02-24"))
        st.add(story("a2", "2022-03-10", specs=[
            {"type": "AID", "sources": [USA], "targets": [UKRAINE], "date": "2022-03-09"},
            {"type": "ACCUSE", "sources": [UKRAINE], "targets": [RUSSIA], "negated": True},
        ], quotes=[(USA, "we stand with our partners")]))
        assert {r["type"] for r in st.query()} == {"ASSAULT", "THREATEN", "AID"}  # flagged dropped
        assert {r["type"] for r in st.query(include_flagged=True)} == {"ASSAULT", "THREATEN", "AID", "SANCTION",
                                                                          "ACCUSE"}
        assert [r["type"] for r in st.query(actor="putin")] == ["THREATEN"]
        assert [r["type"] for r in st.query(actor="Q212", counterpart="usa")] == ["AID"]
        assert [r["type"] for r in st.query(country="RUS", counterpart="UKR")] == ["ASSAULT"]
        assert [r["type"] for r in st.query(sector="GOV", counterpart="NATO")] == ["THREATEN"]
        assert [r["type"] for r in st.query(type="aid")] == ["AID"]
        assert {r["type"] for r in st.query(quad_class=[4, 3])} == {"ASSAULT", "THREATEN"}
        assert [r["type"] for r in st.query(since="2022-03")] == ["AID"]
        assert {r["type"] for r in st.query(until="2022-02")} == {"ASSAULT", "THREATEN"}
        assert [r["type"] for r in st.query(place="kharkiv")] == ["ASSAULT"]
        assert [r["type"] for r in st.query(place="UKR")] == ["ASSAULT"]
        # the quote sits in its own sentence: it overlaps no event sentence
        assert st.query(quote_text="immediate answer") == []
        r = st.query(type="ASSAULT")[0]
        assert r["sources"] == "Russia" and r["targets"] == "Ukraine" and r["mentions"] == 1
        assert r["article_date"] == "2022-02-24" and r["url"] == "https://example.org/a1"
        with pytest.raises(ValueError, match="unknown event type"):
            st.query(type="BOMB")
        with pytest.raises(ValueError, match="YYYY"):
            st.query(since="last tuesday")
        with pytest.raises(TypeError, match="unknown filter"):
            st.query(colour="red")


def test_quote_text_filter_finds_the_event_reported_by_the_quote(db: Path) -> None:
    # one sentence that is both an event and (part of) a quote
    art = story("q1", specs=[{"type": "THREATEN", "sources": [PUTIN], "targets": [UKRAINE]}])
    art.quotes[0].span = art.events[0].span
    art.quotes[0].text = art.events[0].sentence
    with open_store(db) as st:
        st.add(art)
        assert [r["type"] for r in st.query(quote_text="THREATENED ukraine")] == ["THREATEN"]


@pytest.mark.parametrize("hostile", [
    "'; DROP TABLE events; --", "%", "_", "\\", "\" OR 1=1 --", "Q7747') OR ('1'='1", "\x00", "🙂", "a" * 5000,
])
def test_hostile_filter_values_are_parameters(db: Path, hostile: str) -> None:
    with open_store(db) as st:
        st.add(story())
        for key in ("actor", "country", "sector", "counterpart", "place", "quote_text"):
            assert st.query(**{key: hostile}) == []
        assert st.quotes_by(hostile).empty
        assert st.dyad_series(hostile, "UKR").empty
        assert st.network(actor=hostile).empty
        assert st.event(hostile) is None
        assert st.article(hostile) is None
        assert st.info()["rows"]["events"] == 3  # nothing dropped
        assert st.check() == []


def test_event_cluster_provenance(db: Path) -> None:
    with open_store(db) as st:
        st.add(story("a1"))
        st.add(story("a2"))  # same events reported again
        r = st.query(type="ASSAULT")
        assert len(r) == 2 and r[0]["cluster_id"] == r[1]["cluster_id"] and r[0]["mentions"] == 2
        ev = st.event(r[0]["cluster_id"])
        assert ev["mentions"] == 2 and ev["articles"] == 2 and ev["type"] == "ASSAULT"
        assert {p["article_id"] for p in ev["provenance"]} == {"a1", "a2"}
        for p in ev["provenance"]:
            text = st.article(p["article_id"])["text"]
            assert text[p["span_start"]:p["span_end"]] == p["sentence"]
        assert len(st.query(clusters=True, type="ASSAULT")) == 1
        assert st.delete("a1") and not st.delete("a1")
        assert st.event(r[0]["cluster_id"]) is None or st.event(r[0]["cluster_id"])["mentions"] == 1
        assert st.query(type="ASSAULT")[0]["mentions"] == 1


def test_random_articles_are_consistent(db: Path) -> None:
    arts = list(random_articles(40, seed=3))
    with open_store(db) as st:
        st.add_many(arts[:20])
        for a in arts[20:]:
            st.add(a)
        assert st.info()["rows"]["articles"] == 40
        assert st.info()["rows"]["events"] == sum(len(a.events) for a in arts)
        assert st.check() == []
        assert len(st.articles(limit=10, offset=35)) == 5
