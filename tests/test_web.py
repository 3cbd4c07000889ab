"""The web UI and HTTP API, in process (FastAPI's TestClient over ASGI), on a hand-made store."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("jinja2")

from fastapi.testclient import TestClient  # noqa: E402

from dateline._records import Actor, Article  # noqa: E402
from dateline._web import create_app  # noqa: E402
from dateline._web.data import make_cursor  # noqa: E402
from dateline._web.highlight import Mark, highlight  # noqa: E402
from test_web_corpus import HOSTILE, build_store  # noqa: E402

HOSTILE_VALUES = ["'; DROP TABLE events; --", "\" OR 1=1 --", "%' OR '%'='", "Robert'); DELETE FROM articles;--",
                  "<script>alert(1)</script>", "\\x00", "ǅ☃\u202e", "a" * 200]


class FakePipeline:
    """Codes a text by marking every capitalised word as an actor (enough to test the endpoint)."""

    loads = 0

    def __init__(self) -> None:
        FakePipeline.loads += 1

    def code(self, text: str, date: str | None = None, **meta: Any) -> Article:
        art = Article(id=meta.get("id") or "pasted", text=text, date=date, title=meta.get("title"),
                      coder={"version": "test"})
        for m in re.finditer(r"\b[A-Z][a-z]+\b", text):
            art.actors.append(Actor(None, m.group(), "state", text=m.group(), span=(m.start(), m.end())))
        return art


class BrokenPipeline:
    def code(self, text: str, date: str | None = None, **meta: Any) -> Article:
        raise RuntimeError("the model fell over")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(str(db), pipeline_factory=FakePipeline, max_body=4096, max_code_chars=2000),
                      raise_server_exceptions=False)


def _error(r: Any, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "details"}
    assert body["error"]["status"] == status
    return body["error"]


# -- events ---------------------------------------------------------------------------------------


def test_events_default_drops_flagged(client: TestClient) -> None:
    r = client.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert body["schema"] == "dateline-web/1"
    types = sorted(e["type"] for e in body["items"])
    assert types == ["ACCUSE", "AGREE", "ASSAULT", "ASSAULT", "COERCE", "REQUEST"]
    assert body["total"] == 6 and body["count"] == 6 and body["next_cursor"] is None
    flagged = client.get("/api/events", params={"include_flagged": "true"}).json()
    assert flagged["total"] == 8
    assert {e["type"] for e in flagged["items"] if e["negated"] or e["hypothetical"]} == {"ASSAULT", "SANCTION"}


@pytest.mark.parametrize(("params", "expected"), [
    ({"type": "ASSAULT"}, ["ASSAULT", "ASSAULT"]),
    ({"type": ["assault", "REQUEST"]}, ["ASSAULT", "ASSAULT", "REQUEST"]),
    ({"quad_class": "1"}, ["AGREE", "REQUEST"]),
    ({"actor": "southland"}, ["ACCUSE", "ASSAULT", "ASSAULT", "REQUEST"]),
    ({"actor": "QW1"}, ["AGREE"]),
    ({"country": "WST"}, ["AGREE", "COERCE"]),
    ({"sector": "COP"}, ["COERCE"]),
    ({"actor": "Northland", "counterpart": "STH"}, ["ACCUSE", "ASSAULT", "ASSAULT"]),
    ({"counterpart": "Union of Lakes"}, ["REQUEST"]),
    ({"since": "2024-04"}, ["AGREE", "COERCE"]),
    ({"until": "2024-03-04"}, ["ASSAULT"]),
    ({"since": "2024-03-05", "until": "2024-03"}, ["ACCUSE", "ASSAULT", "REQUEST"]),
    ({"place": "eastharbour"}, ["ASSAULT", "ASSAULT"]),
    ({"place": "WST"}, ["AGREE"]),
    ({"quote_text": "request quickly"}, []),
    ({"quote_text": "protesters"}, ["COERCE"]),
])
def test_event_filters(client: TestClient, params: dict[str, Any], expected: list[str]) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    assert sorted(e["type"] for e in r.json()["items"]) == expected


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_hostile_filter_values_are_parameters(client: TestClient, value: str) -> None:
    for name in ("actor", "country", "sector", "counterpart", "place", "quote_text"):
        r = client.get("/api/events", params={name: value})
        assert r.status_code == 200, (name, r.text)
        assert r.json()["items"] == []
    for path, name in (("/api/actors", "q"), ("/api/quotes", "speaker"), ("/api/quotes", "text"),
                       ("/api/articles", "q")):
        assert client.get(path, params={name: value}).json()["items"] == []
    page = client.get("/events", params={"actor": value})
    assert page.status_code == 200
    assert "<script>alert(1)" not in page.text
    # the tables are all still there
    assert client.get("/api/events").json()["total"] == 6


def test_over_long_and_bad_values_are_422(client: TestClient) -> None:
    err = _error(client.get("/api/events", params={"actor": "a" * 201}), 422)
    assert err["code"] == "validation_error" and err["details"]
    _error(client.get("/api/events", params={"type": "BOMBARD"}), 422)
    _error(client.get("/api/events", params={"quad_class": "7"}), 422)
    _error(client.get("/api/events", params={"quad_class": "x"}), 422)
    _error(client.get("/api/events", params={"since": "last week"}), 422)
    _error(client.get("/api/events", params={"order": "random()"}), 422)
    _error(client.get("/api/quotes", params={"since": "soon"}), 422)
    _error(client.get("/api/dyad", params={"a": "NRT"}), 422)


def test_page_size_limit(client: TestClient) -> None:
    err = _error(client.get("/api/events", params={"limit": 501}), 422)
    assert "limit" in err["message"]
    _error(client.get("/api/events", params={"limit": 0}), 422)
    assert client.get("/api/events", params={"limit": 500}).status_code == 200


def test_sorting(client: TestClient) -> None:
    dates = [e["date"] for e in client.get("/api/events", params={"order": "date"}).json()["items"]]
    assert dates == sorted(dates)
    rdates = [e["date"] for e in client.get("/api/events", params={"order": "-date"}).json()["items"]]
    assert rdates == sorted(rdates, reverse=True)
    ints = [e["intensity"] for e in client.get("/api/events", params={"order": "intensity"}).json()["items"]]
    assert ints == sorted(ints)
    ment = [e["mentions"] for e in client.get("/api/events", params={"order": "mentions"}).json()["items"]]
    assert ment == sorted(ment, reverse=True)


def test_cursor_pagination_walks_every_row_once(client: TestClient) -> None:
    all_rows = client.get("/api/events", params={"include_flagged": "true"}).json()["items"]
    seen: list[tuple[str, str]] = []
    params: dict[str, Any] = {"include_flagged": "true", "limit": 3}
    pages = 0
    while True:
        body = client.get("/api/events", params=params).json()
        seen += [(e["article_id"], e["event_id"]) for e in body["items"]]
        pages += 1
        if not body["next_cursor"]:
            break
        assert body["links"]["next"].endswith(body["next_cursor"])
        params["cursor"] = body["next_cursor"]
    assert pages == 3
    assert seen == [(e["article_id"], e["event_id"]) for e in all_rows]


def test_cursor_is_tied_to_its_query(client: TestClient) -> None:
    cur = client.get("/api/events", params={"limit": 2}).json()["next_cursor"]
    err = _error(client.get("/api/events", params={"limit": 2, "cursor": cur, "type": "ASSAULT"}), 422)
    assert "cursor" in err["message"]
    _error(client.get("/api/events", params={"cursor": "not-a-cursor"}), 422)
    _error(client.get("/api/events", params={"cursor": make_cursor(-5, {})}), 422)


def test_clusters_deduplicate(client: TestClient) -> None:
    body = client.get("/api/events", params={"clusters": "true", "type": "ASSAULT"}).json()
    assert body["total"] == 1 and len(body["items"]) == 1
    assert body["items"][0]["mentions"] == 2


def test_events_csv_twin(client: TestClient) -> None:
    r = client.get("/api/events", params={"type": "ASSAULT", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [x["type"] for x in rows] == ["ASSAULT", "ASSAULT"]
    assert rows[0]["sources"] == "Northland"
    link = client.get("/api/events", params={"type": "ASSAULT"}).json()["links"]["csv"]
    assert client.get(link).text == r.text


@pytest.mark.parametrize("path", ["/api/events/facets", "/api/articles", "/api/actors", "/api/quotes",
                                  "/api/dyad?a=NRT&b=STH", "/api/network", "/api/places",
                                  "/api/actors/QN1?table=counterparts", "/api/actors/QP1?table=quotes",
                                  "/api/actors/QN1?table=by_type"])
def test_every_list_has_a_csv_twin(client: TestClient, path: str) -> None:
    sep = "&" if "?" in path else "?"
    r = client.get(path + sep + "format=csv")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    assert len(list(csv.reader(io.StringIO(r.text)))) >= 2


def test_empty_csv_keeps_its_header(client: TestClient) -> None:
    for path in ("/api/events?actor=nobody", "/api/quotes?speaker=nobody", "/api/actors/QN1?table=quotes",
                 "/api/places?actor=nobody", "/api/network?actor=nobody", "/api/articles?q=nothing"):
        rows = list(csv.reader(io.StringIO(client.get(path + "&format=csv").text)))
        assert len(rows) == 1 and len(rows[0]) > 3, path


def test_csv_cells_cannot_be_formulas(client: TestClient) -> None:
    r = client.get("/api/articles", params={"format": "csv"})
    assert "=" not in "".join(line[:1] for line in r.text.splitlines())


def test_facets(client: TestClient) -> None:
    f = client.get("/api/events/facets").json()["facets"]
    assert {x["value"]: x["n"] for x in f["type"]} == {"ASSAULT": 2, "ACCUSE": 1, "AGREE": 1, "COERCE": 1,
                                                       "REQUEST": 1}
    assert {x["value"]: x["n"] for x in f["quad_class"]} == {1: 2, 3: 1, 4: 3}
    assert {x["value"]: x["n"] for x in f["month"]} == {"2024-03": 4, "2024-04": 2}
    countries = {x["value"]: x["n"] for x in f["country"]}
    assert countries["NRT"] == 4 and countries["STH"] == 4
    assert f["actor"][0]["value"] in ("Northland", "Southland")
    narrowed = client.get("/api/events/facets", params={"type": "ASSAULT"}).json()["facets"]
    assert [x["value"] for x in narrowed["type"]] == ["ASSAULT"]


def test_one_event_with_mentions_and_provenance(client: TestClient) -> None:
    cid = client.get("/api/events", params={"type": "ASSAULT"}).json()["items"][0]["cluster_id"]
    ev = client.get(f"/api/events/{cid}").json()
    assert ev["mentions"] == 2 and ev["articles"] == 2
    assert [p["article_id"] for p in ev["provenance"]] == ["art-1", "art-2"]
    assert [p["trigger"] for p in ev["provenance"]] == ["shelled", "struck"]
    p0 = ev["provenance"][0]
    assert p0["url"] == "https://example.org/1" and p0["evidence"] == "rule: test assault"
    assert p0["sources"][0]["name"] == "Northland" and p0["targets"][0]["country"] == "STH"
    assert ev["date_first"] == "2024-03-04" and ev["date_last"] == "2024-03-05"
    err = _error(client.get("/api/events/c-nope"), 404)
    assert err["code"] == "not_found"


def test_one_article_with_every_annotation(client: TestClient) -> None:
    a = client.get("/api/articles/art-1").json()
    assert a["id"] == "art-1" and HOSTILE in a["text"]
    for key in ("events", "quotes", "actors", "times", "amounts", "places"):
        assert a[key], key
    for ev in a["events"]:
        s, e = ev["trigger"]["span"]
        assert a["text"][s:e] == ev["trigger"]["text"]
        assert ev["cluster_id"]
    _error(client.get("/api/articles/none-such"), 404)


def test_actor_search_and_profile(client: TestClient) -> None:
    hits = client.get("/api/actors", params={"q": "land"}).json()["items"]
    names = [h["name"] for h in hits]
    assert set(names) >= {"Northland", "Southland"}
    north = next(h for h in hits if h["name"] == "Northland")
    assert north["key"] == "QN1" and north["events"] == 5
    assert [h["name"] for h in client.get("/api/actors", params={"q": "STH"}).json()["items"]][:1] in (
        ["Southland"], ["Mara Quill"])
    prof = client.get("/api/actors/QN1").json()
    assert prof["actor"]["name"] == "Northland"
    assert {(r["type"], r["role"]) for r in prof["by_type"]} == {("ASSAULT", "source"), ("ACCUSE", "target"),
                                                                ("AGREE", "source")}
    assert {r["period"] for r in prof["series"]} == {"2024-03-01", "2024-04-01"}
    cps = {c["name"]: c for c in prof["counterparts"]}
    assert cps["Southland"]["events"] == 2 and cps["Southland"]["conflictual"] == 2
    assert cps["Westmark"]["cooperative"] == 1
    quill = client.get("/api/actors/QP1").json()
    assert quill["n_quotes"] == 2 and {q["article_id"] for q in quill["quotes"]} == {"art-1", "art-4"}
    week = client.get("/api/actors/QN1", params={"freq": "week"}).json()
    assert len({r["period"] for r in week["series"]}) >= 2
    _error(client.get("/api/actors/Q-nobody"), 404)
    # keys with slashes and colons (actors without an id) work as paths
    pop = client.get("/api/actors", params={"q": "protesters"}).json()["items"][0]
    assert pop["key"].startswith("population:")
    assert client.get("/api/actors/" + pop["key"]).status_code == 200


def test_quotes_by_speaker_and_text(client: TestClient) -> None:
    qs = client.get("/api/quotes", params={"speaker": "quill"}).json()["items"]
    assert len(qs) == 2 and all(q["speaker"] == "Mara Quill" for q in qs)
    qs = client.get("/api/quotes", params={"text": "STREET"}).json()["items"]
    assert [q["article_id"] for q in qs] == ["art-1"]
    assert client.get("/api/quotes", params={"since": "2024-04"}).json()["count"] == 1
    page = client.get("/api/quotes", params={"limit": 1}).json()
    assert page["count"] == 1 and page["next_cursor"]


def test_dyad_series(client: TestClient) -> None:
    body = client.get("/api/dyad", params={"a": "NRT", "b": "STH"}).json()
    assert body["items"] == [{"period": "2024-03-01", "quad_class": 3, "events": 1, "mentions": 1,
                              "mean_intensity": -3.0},
                             {"period": "2024-03-01", "quad_class": 4, "events": 1, "mentions": 2,
                              "mean_intensity": -9.0}]
    directed = client.get("/api/dyad", params={"a": "STH", "b": "NRT", "directed": "true"}).json()["items"]
    assert [r["quad_class"] for r in directed] == [3]
    by_actor = client.get("/api/dyad", params={"a": "QN1", "b": "QW1", "by": "actor"}).json()["items"]
    assert [(r["quad_class"], r["events"]) for r in by_actor] == [(1, 1)]


def test_network_and_places(client: TestClient) -> None:
    edges = client.get("/api/network").json()["items"]
    pairs = {(e["source_label"], e["target_label"], e["directed"]) for e in edges}
    assert ("Northland", "Southland", True) in pairs
    assert any(not d for _, _, d in pairs)  # the joint AGREE gives an undirected edge
    by_country = client.get("/api/network", params={"by": "country", "type": "ASSAULT"}).json()["items"]
    assert [(e["source"], e["target"], e["events"]) for e in by_country] == [("NRT", "STH", 1)]
    places = client.get("/api/places").json()["items"]
    east = next(p for p in places if p["name"] == "Eastharbour")
    assert east["mentions"] == 2 and east["q4"] == 2 and east["lat"] == 46.5


# -- coding a pasted article ----------------------------------------------------------------------


def test_code_endpoint(client: TestClient) -> None:
    r = client.post("/api/code", json={"text": "Alpha met Beta in the hall.", "date": "2024-01-02"})
    assert r.status_code == 200, r.text
    a = r.json()
    assert a["date"] == "2024-01-02" and [x["text"] for x in a["actors"]] == ["Alpha", "Beta"]
    client.post("/api/code", json={"text": "Gamma."})
    assert FakePipeline.loads == 1  # loaded once, lazily
    _error(client.post("/api/code", json={"text": ""}), 422)
    _error(client.post("/api/code", json={"text": "x", "date": "tomorrow"}), 422)
    _error(client.post("/api/code", content=b"{not json", headers={"content-type": "application/json"}), 422)
    err = _error(client.post("/api/code", json={"text": "word " * 600}), 413)  # body over 4096 bytes
    assert err["code"] == "payload_too_large"


def test_code_text_limit(db: Path) -> None:
    c = TestClient(create_app(str(db), pipeline_factory=FakePipeline, max_body=100_000, max_code_chars=50),
                   raise_server_exceptions=False)
    _error(c.post("/api/code", json={"text": "y" * 51}), 413)


def test_streamed_body_over_limit_is_413(client: TestClient) -> None:
    def chunks() -> Any:
        for _ in range(10):
            yield b"x" * 1000

    r = client.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    _error(r, 413)


def test_internal_error_has_the_same_shape(db: Path) -> None:
    c = TestClient(create_app(str(db), pipeline_factory=BrokenPipeline), raise_server_exceptions=False)
    err = _error(c.post("/api/code", json={"text": "Some text."}), 500)
    assert err["code"] == "internal_error" and "fell over" not in err["message"]


def test_code_page_renders_pasted_text_safely(client: TestClient) -> None:
    assert "<textarea" in client.get("/code").text
    r = client.post("/code", data={"text": "Alpha wrote <script>alert(2)</script>", "date": "2024-05-06"})
    assert r.status_code == 200, r.text
    assert "<script>alert(2)" not in r.text and "&lt;script&gt;alert(2)" in r.text
    assert 'class="hl hl-actor"' in r.text
    bad = client.post("/code", data={"text": "x", "date": "someday"})
    assert bad.status_code == 422 and "date" in bad.text


# -- errors, docs, read-only -----------------------------------------------------------------------


def test_unknown_paths_and_methods(client: TestClient) -> None:
    _error(client.get("/api/nothing-here"), 404)
    _error(client.delete("/api/events"), 405)
    page = client.get("/nothing-here")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "not_found" in page.text


def test_docs_work_offline(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200
    assert "/api/events" in r.text and "quote_text" in r.text and "CodeRequest" in r.text
    # no asset from anywhere but this server
    assert not re.search(r'(src|href)="(https?:)?//', r.text)
    assert client.get("/redoc").status_code == 404
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/code" in spec["paths"]
    assert "/events" not in spec["paths"]


def test_server_cannot_write(client: TestClient) -> None:
    st = client.app.state.database.store  # type: ignore[attr-defined]
    with pytest.raises(Exception, match="(?i)read.only"):
        st.con.execute("DELETE FROM events")
    assert client.get("/api/events").json()["total"] == 6


def test_missing_database_fails_at_start(tmp_path: Path) -> None:
    from dateline._store import StoreMissing

    with pytest.raises(StoreMissing):
        create_app(str(tmp_path / "absent.duckdb"))


# -- pages ----------------------------------------------------------------------------------------


def test_article_page_renders_hostile_text_as_text(client: TestClient) -> None:
    r = client.get("/articles/art-1")
    assert r.status_code == 200
    html = r.text
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "Shelling of &lt;b&gt;Eastharbour&lt;/b&gt;" in html
    for kind in ("actor", "trigger", "quote", "speaker", "time", "amount", "place"):
        assert f"hl-{kind}" in html, kind
    # each event in the side list links to an anchor that exists in the text
    for target in re.findall(r'class="evidence-link" href="#([^"]+)"', html):
        assert f'id="{target}"' in html


def test_overlapping_spans_are_cut_not_nested() -> None:
    text = "abcdefghij"
    html = str(highlight(text, [Mark(0, 6, "quote", "q"), Mark(2, 4, "actor", "a"), Mark(3, 8, "time", "t")]))
    assert re.sub(r"<[^>]+>", "", html) == text
    pieces = re.findall(r'<span class="([^"]+)" title="([^"]*)">([^<]*)</span>', html)
    assert [(c, p) for c, _, p in pieces] == [("hl hl-quote", "ab"), ("hl hl-actor hl-quote", "c"),
                                                ("hl hl-actor hl-quote hl-time", "d"), ("hl hl-quote hl-time", "ef"),
                                                ("hl hl-time", "gh")]
    assert pieces[2][1] == "q\na\nt"  # every covering label, in the order given
    assert html.endswith("ij")


def test_overlaps_in_a_stored_article(client: TestClient) -> None:
    html = client.get("/articles/art-4").text
    # "Lakeview" is a place inside an actor inside a quote
    m = re.search(r'<span class="([^"]+)"[^>]*>Lakeview</span>', html)
    assert m and {"hl-actor", "hl-quote", "hl-place"} <= set(m.group(1).split())
    text = client.get("/api/articles/art-4").json()["text"]
    body = re.search(r'<article class="text" id="article-text">(.*?)</article>', html, re.S)
    assert body
    import html as _html

    assert _html.unescape(re.sub(r"<[^>]+>", "", body.group(1))) == text


def test_event_browser_page(client: TestClient) -> None:
    html = client.get("/events", params={"type": "ASSAULT", "since": "2024-03"}).text
    assert "2 mentions match" in html
    assert 'href="/api/events?type=ASSAULT&amp;since=2024-03"' in html
    assert 'href="/api/events?type=ASSAULT&amp;since=2024-03&amp;format=csv"' in html
    assert 'id="facet-month"' in html and 'id="facet-country"' in html and 'id="facet-actor"' in html
    assert '<option selected>ASSAULT</option>' in html
    assert "/articles/art-1#ev-e1" in html
    nxt = client.get("/events", params={"limit": 2}).text
    link = re.search(r'href="([^"]+)" id="next-page"', nxt)
    assert link and "cursor=" in link.group(1)
    second = client.get(link.group(1).replace("&amp;", "&"))
    assert second.status_code == 200 and "Rows 3–4 of 6" in second.text


@pytest.mark.parametrize("path", ["/events", "/articles", "/actors", "/actors/QN1", "/actors/QP1", "/quotes",
                                  "/dyad", "/dyad?a=NRT&b=STH", "/network", "/network?by=country", "/places",
                                  "/docs", "/code", "/static/style.css"])
def test_pages_render(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text
    assert "<script" not in r.text.lower()  # the UI needs no JavaScript
    assert not re.search(r'(src|href)="(https?:)?//(?!example\.org)', r.text)


def test_svg_pages(client: TestClient) -> None:
    assert "<svg" in client.get("/actors/QN1").text
    dy = client.get("/dyad", params={"a": "NRT", "b": "STH"}).text
    assert "<svg" in dy and "<polyline" in dy  # bars and the intensity line
    net = client.get("/network").text
    assert "marker-end" in net and 'href="/actors/QN1"' in net
    pl = client.get("/places").text
    assert pl.count("<circle") == 2 and "Eastharbour" in pl
    assert "no events with coordinates" in client.get("/places", params={"actor": "nobody"}).text


def test_event_page_links_to_evidence(client: TestClient) -> None:
    cid = client.get("/api/events", params={"type": "ACCUSE"}).json()["items"][0]["cluster_id"]
    html = client.get(f"/events/{cid}").text
    assert "/articles/art-1#ev-e2" in html
    assert client.get("/events/c-none").status_code == 404


def test_root_redirects_to_events(client: TestClient) -> None:
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/events"


def test_serve_command_is_registered() -> None:
    from click.testing import CliRunner

    from dateline.cli import cli

    r = CliRunner().invoke(cli, ["serve", "--help"])
    assert r.exit_code == 0 and "--db" in r.output and "127.0.0.1" in r.output
    r = CliRunner().invoke(cli, ["serve", "--db", "/nonexistent/x.duckdb"])
    assert r.exit_code == 2


@pytest.mark.slow
def test_code_endpoint_with_the_real_pipeline(db: Path, pipeline: Any) -> None:
    c = TestClient(create_app(str(db), pipeline_factory=lambda: pipeline), raise_server_exceptions=False)
    text = "Police in Lima arrested 30 protesters on Tuesday, the interior ministry said."
    a = c.post("/api/code", json={"text": text, "date": "2024-02-01"}).json()
    assert a["schema"] == "dateline/1" and a["text"] == text
    for key in ("actors", "times", "amounts"):
        for rec in a[key]:
            s, e = rec["span"]
            assert text[s:e] == rec["text"]
    html = c.post("/code", data={"text": text, "date": "2024-02-01"}).text
    assert "hl-time" in html or "hl-actor" in html


@pytest.mark.parametrize("order", ["date", "-date", "mentions", "intensity"])
@pytest.mark.parametrize("clusters", [False, True])
def test_event_rows_match_dateline_query(client: TestClient, db: Path, order: str, clusters: bool) -> None:
    from dateline._store import open_store
    from dateline._store.query import QUERY_COLUMNS

    with open_store(db, read_only=True) as st:
        expected = st.query(clusters=clusters, order=order, include_flagged=True)
    got = client.get("/api/events", params={"order": order, "clusters": clusters, "include_flagged": True}).json()
    assert [list(r) for r in got["items"]] == [list(QUERY_COLUMNS)] * len(expected)
    key = ["article_id", "event_id", "mentions", "sources", "targets", "date", "sentence"]
    assert [[r[k] for k in key] for r in got["items"]] == [[r[k] if k != "date" else str(r[k]) for k in key]
                                                            for r in expected]
