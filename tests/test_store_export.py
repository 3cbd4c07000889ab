"""Export formats read back, both column sets, analyses as DataFrames, charts, and the commands."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from dateline._store import open_store
from dateline._store.export import COLUMNS
from dateline._store.synthetic import build_article

RUS = {"id": "Q159", "name": "Russia", "kind": "state", "country": "RUS", "sector": "GOV"}
UKR = {"id": "Q212", "name": "Ukraine", "kind": "state", "country": "UKR", "sector": "GOV"}
USA = {"id": "Q30", "name": "United States", "kind": "state", "country": "USA", "sector": "GOV"}
ARMY = {"id": None, "name": "Russian army", "kind": "organization", "country": "RUS", "sector": "MIL"}
KYIV = {"name": "Kyiv", "country": "UKR", "lat": 50.45, "lon": 30.52, "geonameid": 703448, "feature": "PPLC"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("export") / "events.duckdb"
    with open_store(p) as st:
        for i, (day, month) in enumerate([("05", "01"), ("06", "01"), ("20", "02"), ("03", "03")]):
            date = f"2022-{month}-{day}"
            st.add(build_article(f"s{i}", date, [
                {"type": "ASSAULT", "sources": [RUS, ARMY], "targets": [UKR], "date": date, "place": KYIV},
                {"type": "ACCUSE", "sources": [UKR], "targets": [RUS], "date": date},
                {"type": "CONSULT", "sources": [USA, UKR], "targets": [], "date": date},
                {"type": "SANCTION", "sources": [USA], "targets": [RUS], "date": date, "hypothetical": True},
            ], quotes=[(UKR, f"we will defend every street {i}"), (RUS, "the operation goes to plan"),
                       (None, "nobody knows")], url=f"https://example.org/{i}", source=f"outlet{i % 2}"))
    return p


def _read(path: Path, fmt: str) -> list[dict]:
    if fmt == "csv":
        with open(path, newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    gj = json.loads(path.read_text(encoding="utf-8"))
    assert gj["type"] == "FeatureCollection"
    for f in gj["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
    return [f["properties"] | {"_coords": f["geometry"]["coordinates"]} for f in gj["features"]]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "geojson"])
@pytest.mark.parametrize("rows", ["event", "event-actor"])
@pytest.mark.parametrize("columns", ["plover", "gdelt"])
def test_every_format_reads_back(db: Path, tmp_path: Path, fmt: str, rows: str, columns: str) -> None:
    out = tmp_path / f"x.{fmt}"
    with open_store(db, read_only=True) as st:
        stats = st.export(out, fmt, rows=rows, columns=columns)
    back = _read(out, fmt)
    names = [n for n, _ in COLUMNS[(columns, rows)]]
    assert len(back) == stats["rows"]
    assert list(back[0])[: len(names)] == names  # header / keys in the documented order
    n_events = 12  # 4 articles x 3 events (the hypothetical one is left out)
    n_actor_rows = 4 * (3 + 2 + 2)
    expected = n_events if rows == "event" else n_actor_rows
    if fmt == "geojson":  # only events with coordinates: the ASSAULTs
        expected = 4 if rows == "event" else 4 * 3
        assert stats["skipped"] == (8 if rows == "event" else 4 * 4)
        assert back[0]["_coords"] == [30.52, 50.45]
    assert len(back) == expected


def test_plover_event_row_content(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    with open_store(db, read_only=True) as st:
        st.export(out, "csv", type="ASSAULT", since="2022-01-06", until="2022-01-06")
    (row,) = _read(out, "csv")
    assert row["event_type"] == "ASSAULT" and row["quad_code"] == "4" and row["event_date"] == "2022-01-06"
    assert row["actor_name"] == "Russia; Russian army" and row["actor_country"] == "RUS; RUS"
    assert row["recipient_name"] == "Ukraine" and row["placename"] == "Kyiv" and row["story_id"] == "s1"
    assert row["mentions"] == "2"  # 5 and 6 January are one event within the one-day window
    assert row["negated"] == "false"


def test_gdelt_columns_and_clusters(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.parquet"
    with open_store(db, read_only=True) as st:
        st.export(out, "parquet", columns="gdelt", clusters=True, type="ASSAULT")
    df = pq.read_table(out).to_pandas()
    assert len(df) == 3  # 4 reports, 3 events
    first = df.sort_values("SQLDATE").iloc[0]
    assert first["SQLDATE"] == 20220105 and first["MonthYear"] == 202201 and first["Year"] == 2022
    assert first["NumMentions"] == 2 and first["NumArticles"] == 2 and first["NumSources"] == 2
    assert first["QuadClass"] == 4 and first["ActionGeo_CountryCode"] == "UKR"
    assert first["Actor1Name"] == "RUSSIA; RUSSIAN ARMY"


def test_export_to_a_stream_and_flagged(db: Path) -> None:
    buf = io.StringIO()
    with open_store(db, read_only=True) as st:
        st.export(buf, "jsonl", include_flagged=True, type="SANCTION")
        assert len(buf.getvalue().splitlines()) == 4
        empty = io.StringIO()
        assert st.export(empty, "csv", actor="nobody at all")["rows"] == 0
        assert empty.getvalue().startswith('"mention_id"')  # a header even with no rows
        with pytest.raises(ValueError):
            st.export(io.StringIO(), "xlsx")


def test_dyad_series(db: Path) -> None:
    with open_store(db, read_only=True) as st:
        df = st.dyad_series("RUS", "UKR", by="country", freq="month")
        assert list(df.columns) == ["period", "quad_class", "events", "mentions", "mean_intensity"]
        jan = df[df["period"] == pd.Timestamp("2022-01-01")].set_index("quad_class")
        assert jan.loc[4, "events"] == 1 and jan.loc[4, "mentions"] == 2  # one deduplicated assault
        assert jan.loc[3, "events"] == 1 and jan.loc[3, "mentions"] == 2  # the accusations
        assert set(df["period"].dt.month) == {1, 2, 3}
        directed = st.dyad_series("RUS", "UKR", directed=True)
        assert set(directed["quad_class"]) == {4}
        weekly = st.dyad_series("Russia", "ukraine", by="actor", freq="week")
        assert weekly["events"].sum() == 6 and (weekly["period"].dt.dayofweek == 0).all()
        mentions = st.dyad_series("RUS", "UKR", unit="mention")
        assert mentions["events"].sum() == 8
        sym = st.dyad_series("USA", "UKR")  # joint participants of a meeting
        assert set(sym["quad_class"]) == {1} and sym["events"].sum() == 3
        with pytest.raises(ValueError):
            st.dyad_series("A", "B", freq="day")


def test_network(db: Path) -> None:
    with open_store(db, read_only=True) as st:
        net = st.network(by="country")
        edges = {(r.source, r.target, r.directed): r.events for r in net.itertuples()}
        assert edges[("RUS", "UKR", True)] == 3 and edges[("UKR", "RUS", True)] == 3
        assert edges[("UKR", "USA", False)] == 3  # undirected, endpoints sorted
        actors = st.network(by="actor", min_events=3, quad_class=4)
        assert set(actors["source_label"]) == {"Russia", "Russian army"}
        assert (actors["target_label"] == "Ukraine").all()


def test_quotes_by(db: Path) -> None:
    with open_store(db, read_only=True) as st:
        q = st.quotes_by("ukraine")
        assert len(q) == 4 and q["quote"].str.startswith("we will defend").all()
        s = st.quotes_by(summary=True)
        assert s.iloc[0]["quotes"] == 4 and "(unknown)" in set(s["speaker"])
        assert len(st.quotes_by(text="operation", since="2022-02")) == 2


@pytest.mark.parametrize("ext", ["png", "svg"])
def test_charts(db: Path, tmp_path: Path, ext: str) -> None:
    from dateline._store.analyses import plot_dyad, plot_network, plot_speakers

    with open_store(db, read_only=True) as st:
        for fn, df in ((plot_dyad, st.dyad_series("RUS", "UKR")), (plot_network, st.network(by="country")),
                       (plot_speakers, st.quotes_by(summary=True)), (plot_dyad, st.dyad_series("X", "Y"))):
            out = tmp_path / f"{fn.__name__}.{ext}"
            fn(df, out)
            head = out.read_bytes()[:200]
            assert head.startswith(b"\x89PNG") if ext == "png" else b"<svg" in out.read_bytes()[:2000]
    with pytest.raises(ValueError, match="png or .svg"):
        plot_dyad(pd.DataFrame(), tmp_path / "x.jpg")


def test_charts_without_matplotlib_name_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import builtins

    from dateline._errors import MissingExtra
    from dateline._store.analyses import plot_speakers

    real = builtins.__import__

    def no_mpl(name: str, *a: object, **kw: object) -> object:
        if name.startswith("matplotlib"):
            raise ImportError(name)
        return real(name, *a, **kw)

    monkeypatch.setattr(builtins, "__import__", no_mpl)
    with pytest.raises(MissingExtra, match=r"pip install 'dateline\[charts\]'"):
        plot_speakers(pd.DataFrame({"speaker": [], "quotes": []}), tmp_path / "s.png")


def test_commands(db: Path, tmp_path: Path) -> None:
    from dateline.cli import cli

    r = CliRunner()
    res = r.invoke(cli, ["query", "--db", str(db), "--country", "RUS", "--counterpart", "UKR", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert {x["type"] for x in rows} == {"ASSAULT", "ACCUSE"} and len(rows) == 8  # either direction
    res = r.invoke(cli, ["query", "--db", str(db), "--type", "accuse", "--format", "jsonl", "--clusters"])
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == 3
    res = r.invoke(cli, ["query", "--db", str(db), "--actor", "'; DROP TABLE events; --"])
    assert res.exit_code == 0
    res = r.invoke(cli, ["query", "--db", str(db), "--since", "yesterday"])
    assert res.exit_code == 2 and "YYYY" in res.output
    out = tmp_path / "e.geojson"
    res = r.invoke(cli, ["export", "--db", str(db), "--format", "geojson", "-o", str(out)])
    assert res.exit_code == 0 and len(json.loads(out.read_text())["features"]) == 4
    res = r.invoke(cli, ["export", "--db", str(db), "--format", "parquet"])
    assert res.exit_code == 2 and "--output" in res.output
    chart = tmp_path / "d.svg"
    res = r.invoke(cli, ["dyad", "--db", str(db), "RUS", "UKR", "--format", "csv", "--chart", str(chart)])
    assert res.exit_code == 0 and chart.exists() and res.stdout.startswith("period,quad_class")
    res = r.invoke(cli, ["network", "--db", str(db), "--by", "country", "--format", "jsonl"])
    assert res.exit_code == 0 and json.loads(res.stdout.splitlines()[0])["events"] == 3
    res = r.invoke(cli, ["quotes", "--db", str(db), "--summary"])
    assert res.exit_code == 0 and "Ukraine" in res.stdout
    res = r.invoke(cli, ["store-info", "--db", str(db), "--check"])
    assert res.exit_code == 0 and json.loads(res.stdout)["rows"]["articles"] == 4
    bad = tmp_path / "bad.duckdb"
    bad.write_text("not a database")
    res = r.invoke(cli, ["query", "--db", str(bad)])
    assert res.exit_code == 2 and "E043" in res.output and "Traceback" not in res.output


def test_ingest_command_and_bench(tmp_path: Path) -> None:
    from dateline._store.synthetic import random_articles
    from dateline.cli import cli

    src = tmp_path / "coded.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for a in random_articles(5, seed=4):
            fh.write(json.dumps(a.to_dict()) + "\n")
        fh.write("{not json\n")
    db = tmp_path / "i.duckdb"
    r = CliRunner()
    res = r.invoke(cli, ["ingest", "--db", str(db), str(src)])
    assert res.exit_code == 0 and "stored 5" in res.output and "not JSON" in res.output
    res = r.invoke(cli, ["ingest", "--db", str(db), str(src)])
    assert "stored 0 articles, skipped 5" in res.output
    res = r.invoke(cli, ["store-bench", "--events", "2000", "--ingest-articles", "5", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout[res.stdout.index("{"):])
    assert out["events"] == 2000 and out["dyad_by_month_s"] >= 0 and out["ingest_articles_per_s"] > 0
