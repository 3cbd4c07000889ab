"""Deduplication of events across articles: the documented rule, case by case."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from dateline._store import open_store
from dateline._store.dedup import assign_clusters, date_interval
from dateline._store.synthetic import build_article

A = {"id": "QA", "name": "Alpha Republic", "kind": "state", "country": "AAA", "sector": "GOV"}
B = {"id": "QB", "name": "Beta Kingdom", "kind": "state", "country": "BBB", "sector": "GOV"}
C = {"id": None, "name": "Gamma rebels", "kind": "group", "country": "BBB", "sector": "REB"}
CITY_B = {"name": "Beta City", "country": "BBB", "lat": 10.0, "lon": 20.0}
CITY_C = {"name": "Gamma Town", "country": "CCC", "lat": 11.0, "lon": 21.0}


def ev(typ: str = "ASSAULT", src: list | None = None, tgt: list | None = None, date: str | None = "2023-05-10",
       place: dict | None = None, **kw: object) -> dict:
    return {"type": typ, "sources": [A] if src is None else src, "targets": [B] if tgt is None else tgt,
            "date": date, "place": place, **kw}


def clusters_of(tmp_path: Path, *specs: dict, window: int | None = None, art_date: str = "2023-05-12") -> list[str]:
    """Store each spec as its own article; the cluster id of each, in order."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    with open_store(tmp_path / "d.duckdb", window_days=window) as st:
        for i, sp in enumerate(specs):
            st.add(build_article(f"art{i}", art_date, [sp]))
        rows = {r["article_id"]: r["cluster_id"] for r in st.query(include_flagged=True)}
        assert st.check() == []
    return [rows[f"art{i}"] for i in range(len(specs))]


def test_date_interval_grains() -> None:
    import datetime as dt

    assert date_interval("2023-05-10") == (dt.date(2023, 5, 10), dt.date(2023, 5, 10), "day")
    assert date_interval("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month")
    assert date_interval("2023") == (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")
    assert date_interval("2023-W02") == (dt.date(2023, 1, 9), dt.date(2023, 1, 15), "week")
    assert date_interval("2023-02-30") == (None, None, None)
    assert date_interval("soon") == (None, None, None)
    assert date_interval(None) == (None, None, None)


def test_same_event_two_articles_one_cluster(tmp_path: Path) -> None:
    a, b = clusters_of(tmp_path, ev(place=CITY_B), ev(place=CITY_B))
    assert a == b


def test_window_default_one_day_and_configurable(tmp_path: Path) -> None:
    ids = clusters_of(tmp_path, ev(date="2023-05-10"), ev(date="2023-05-11"), ev(date="2023-05-13"))
    assert ids[0] == ids[1] != ids[2]
    ids = clusters_of(tmp_path / "w3", ev(date="2023-05-10"), ev(date="2023-05-11"), ev(date="2023-05-13"), window=3)
    assert ids[0] == ids[1] == ids[2]
    ids = clusters_of(tmp_path / "w0", ev(date="2023-05-10"), ev(date="2023-05-11"), window=0)
    assert ids[0] != ids[1]


def test_window_is_measured_from_the_anchor_not_chained(tmp_path: Path) -> None:
    # daily repeats do not snowball into one cluster: each joins only within a day of the first
    ids = clusters_of(tmp_path, *(ev(date=f"2023-05-{d:02d}") for d in range(10, 16)))
    assert len(set(ids)) == 3


def test_month_and_year_grain_are_compatible_with_their_days(tmp_path: Path) -> None:
    ids = clusters_of(tmp_path, ev(date="2023-05-10"), ev(date="2023-05"), ev(date="2023"), ev(date="2023-07"))
    assert ids[0] == ids[1] == ids[2]  # the vague dates attach to the precise cluster
    assert ids[3] != ids[0]  # July is not May


def test_place_must_be_compatible(tmp_path: Path) -> None:
    ids = clusters_of(tmp_path, ev(place=CITY_B), ev(place=None), ev(place=CITY_C))
    assert ids[0] == ids[1]  # unknown place joins
    assert ids[2] != ids[0]  # another country does not


def test_type_actors_and_flags_separate_clusters(tmp_path: Path) -> None:
    ids = clusters_of(tmp_path, ev(), ev(typ="THREATEN"), ev(src=[B], tgt=[A]), ev(tgt=[B, C]), ev(negated=True),
                      ev(hypothetical=True))
    assert len(set(ids[:5])) == 5
    assert ids[4] == ids[5]  # flagged events cluster with each other only


def test_reciprocal_types_ignore_who_is_source(tmp_path: Path) -> None:
    ids = clusters_of(tmp_path, ev(typ="CONSULT"), ev(typ="CONSULT", src=[A, B], tgt=[]),
                      ev(typ="CONSULT", src=[B], tgt=[A]))
    assert len(set(ids)) == 1
    ids = clusters_of(tmp_path / "directed", ev(typ="ACCUSE"), ev(typ="ACCUSE", src=[B], tgt=[A]))
    assert len(set(ids)) == 2


def test_actor_key_without_id_uses_name_kind_country(tmp_path: Path) -> None:
    c2 = {**C, "name": "GAMMA REBELS"}
    ids = clusters_of(tmp_path, ev(src=[C]), ev(src=[c2]), ev(src=[{**C, "country": "CCC"}]))
    assert ids[0] == ids[1] != ids[2]


def test_events_without_actors_or_dates_stay_alone(tmp_path: Path) -> None:
    ids = clusters_of(tmp_path, ev(typ="PROTEST", src=[], tgt=[]), ev(typ="PROTEST", src=[], tgt=[]))
    assert ids[0] != ids[1]
    mentions = [("x", 0, "e1", None, None, None, None), ("y", 0, "e1", None, None, None, None)]
    assert len(set(assign_clusters(mentions, 1))) == 2


def test_event_without_date_falls_back_to_article_date(tmp_path: Path) -> None:
    with open_store(tmp_path / "d.duckdb") as st:
        for aid, day in (("x", "2023-05-10"), ("y", "2023-05-11")):
            art = build_article(aid, day, [ev(date=None)])
            art.events[0].date = None  # the coder could not date it
            st.add(art)
        rows = st.query()
        assert rows[0]["cluster_id"] == rows[1]["cluster_id"]
        assert st.sql("SELECT DISTINCT date_grain, date_source FROM events").values.tolist() == [["article", "article"]]


def test_cluster_ids_are_stable_whatever_the_order(tmp_path: Path) -> None:
    specs = [ev(date=f"2023-05-{10 + i % 4:02d}", place=random.Random(i).choice([CITY_B, None]))
             for i in range(12)]
    arts = [build_article(f"s{i}", "2023-05-20", [sp]) for i, sp in enumerate(specs)]
    results = []
    for n, order in enumerate((list(range(12)), list(reversed(range(12))), random.Random(5).sample(range(12), 12))):
        with open_store(tmp_path / f"o{n}.duckdb") as st:
            for i in order:
                st.add(arts[i])
            results.append(sorted((r["article_id"], r["cluster_id"], r["mentions"]) for r in st.query()))
    assert results[0] == results[1] == results[2]


def test_recoding_an_article_updates_the_clusters_it_left(tmp_path: Path) -> None:
    with open_store(tmp_path / "d.duckdb") as st:
        st.add(build_article("x", "2023-05-10", [ev()]))
        st.add(build_article("y", "2023-05-10", [ev()]))
        assert st.query()[0]["mentions"] == 2
        st.add(build_article("y", "2023-05-10", [ev(typ="THREATEN")]))
        assert sorted(r["mentions"] for r in st.query()) == [1, 1]


def test_changing_the_window_reclusters_everything(tmp_path: Path) -> None:
    with open_store(tmp_path / "d.duckdb") as st:
        st.add(build_article("x", "2023-05-10", [ev(date="2023-05-10")]))
        st.add(build_article("y", "2023-05-14", [ev(date="2023-05-14")]))
        assert len({r["cluster_id"] for r in st.query()}) == 2
        st.set_window(7)
        assert len({r["cluster_id"] for r in st.query()}) == 1
        with pytest.raises(ValueError):
            st.set_window(-1)
    with open_store(tmp_path / "d.duckdb", read_only=True) as st:
        assert st.window_days == 7
