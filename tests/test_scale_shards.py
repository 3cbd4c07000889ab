"""Shards, the shard manifest, Parquet shard files and Article round trips (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline._errors import InputError, MissingExtra
from dateline._readers import Record, read_inputs
from dateline._records import Actor, Amount, Article, Event, Place, Quote, Time, Trigger
from dateline._scale._convert import article_from_dict, read_shard, shard_bytes, write_atomic
from dateline._scale._progress import Progress
from dateline._scale._shards import check_manifest, iter_shards, list_shards, shard_id, shard_path


def _fake_read(sizes: dict[str, int]):
    def read(inputs):
        for inp in inputs:
            for i in range(sizes[inp]):
                yield Record(f"text {inp} {i}", id=f"{inp}-{i}", origin=f"{inp}:{i + 1}")

    return read


def test_shards_cover_each_input_in_order_without_gaps(tmp_path: Path) -> None:
    a, b = str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")
    shards = list(iter_shards([a, b], _fake_read({a: 7, b: 3}), shard_size=3))
    assert [(s.input, s.start, s.end, len(s.records)) for s in shards] == [
        (a, 0, 3, 3), (a, 3, 6, 3), (a, 6, 7, 1), (b, 0, 3, 3)]
    ids = [r.id for s in shards for r in s.records]
    assert ids == [f"{a}-{i}" for i in range(7)] + [f"{b}-{i}" for i in range(3)]
    assert len({s.id for s in shards}) == len(shards)


def test_shard_ids_are_deterministic_and_name_the_input_and_range(tmp_path: Path, monkeypatch) -> None:
    a = tmp_path / "news 2024.jsonl"
    first = [s.id for s in iter_shards([str(a)], _fake_read({str(a): 5}), 2)]
    # the same input, named relatively from another directory, gets the same ids
    monkeypatch.chdir(tmp_path)
    again = [s.id for s in iter_shards(["news 2024.jsonl"], _fake_read({"news 2024.jsonl": 5}), 2)]
    assert first == again
    assert first[0].startswith("news_2024.jsonl-") and first[0].endswith("-000000000-000000002")
    assert first[-1].endswith("-000000004-000000005")
    # another input with the same file name elsewhere does not collide
    other = tmp_path / "sub" / "news 2024.jsonl"
    assert shard_id(str(other), 0, 2) != first[0]
    assert "/" not in first[0] and " " not in first[0]
    assert shard_id("-", 0, 10).startswith("stdin-")


def test_shards_refuse_an_input_named_twice_and_a_bad_size(tmp_path: Path) -> None:
    a = str(tmp_path / "a.txt")
    with pytest.raises(InputError):
        list(iter_shards([a, a], _fake_read({a: 1}), 2))
    with pytest.raises(InputError):
        list(iter_shards([a], _fake_read({a: 1}), 0))


def test_shards_stream_a_real_input_keeping_error_records(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"text": f"Story number {i}."}) for i in range(5)]
    lines.insert(2, "{not json")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    shards = list(iter_shards([str(src)], lambda ins: read_inputs(ins), 4))
    recs = [r for s in shards for r in s.records]
    assert [len(s) for s in shards] == [4, 2]
    assert sum(r.error is not None for r in recs) == 1 and recs[2].error is not None


def test_manifest_refuses_mixing_shards_made_another_way(tmp_path: Path) -> None:
    check_manifest(tmp_path, {"shard_size": 10, "model": None})
    check_manifest(tmp_path, {"shard_size": 10, "model": None})  # same settings: fine
    shard_path(tmp_path, "x-0-1").write_bytes(b"")
    with pytest.raises(InputError, match="shard_size"):
        check_manifest(tmp_path, {"shard_size": 20, "model": None})


def _rich_article() -> Article:
    text = "Xi Jinping met Vladimir Putin in Beijing on Friday and pledged $5 billion."
    xi = Actor("Q15031", "Xi Jinping", "person", "CHN", "GOV", "Q15031", "Xi Jinping", (0, 10), role="president")
    putin = Actor("Q7747", "Vladimir Putin", "person", "RUS", "GOV", "Q7747", "Vladimir Putin", (15, 29))
    beijing = Place("Beijing", (33, 40), "Beijing", "CHN", 39.9, 116.4, 1816670, "PPLC")
    ev = Event("e1", "CONSULT", "visit", ["diplomatic"], "040", 1, 1.0, [xi], [putin], "2022-02-04", beijing,
               False, False, text, (0, len(text)), Trigger("met", (11, 14)), 0.9, "rule consult.meet",
               date_source="text", size={"killed": 0})
    return Article(
        id="a1", text=text, date="2022-02-04", title="T", url="https://example.org/a1", source="wire",
        events=[ev], quotes=[Quote("pledged", (55, 62), xi, (0, 10), "said", "partial", cue_span=(1, 2))],
        actors=[xi, putin], times=[Time("Friday", (44, 50), "2022-02-04", "day", end="2022-02-05")],
        amounts=[Amount("$5 billion", (63, 73), 5_000_000_000, "USD", "money", None, approximate=True)],
        places=[beijing], errors=[], coder={"version": "0.1.0"}, origin="f.jsonl:1", warnings=["w"],
    )


def test_article_from_dict_inverts_to_dict() -> None:
    art = _rich_article()
    back = article_from_dict(art.to_dict())
    assert back.to_dict() == art.to_dict()
    assert back.events[0].sources[0].span == (0, 10) and isinstance(back.events[0].span, tuple)
    err = Article(id="e", text="", errors=["[E010] empty"])
    assert article_from_dict(err.to_dict()).errors == ["[E010] empty"]


def test_shard_file_round_trip_keeps_order_and_flat_columns(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    arts = [_rich_article(), Article(id="bad", text="", errors=["[E012] malformed JSON"])]
    path = tmp_path / "s.parquet"
    write_atomic(path, shard_bytes(arts, {"dateline.shard": "s"}))
    assert [d["id"] for d in read_shard(path)] == ["a1", "bad"]
    assert [article_from_dict(d).to_dict() for d in read_shard(path)] == [a.to_dict() for a in arts]
    t = pq.read_table(path).to_pylist()
    assert t[0]["n_events"] == 1 and t[0]["n_places"] == 1 and t[0]["date"] == "2022-02-04"
    assert t[1]["n_errors"] == 1 and "E012" in t[1]["errors"]
    assert list_shards(tmp_path) == [path]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_shards_are_queryable_with_duckdb(tmp_path: Path) -> None:
    import duckdb

    write_atomic(tmp_path / "a.parquet", shard_bytes([_rich_article()]))
    write_atomic(tmp_path / "b.parquet", shard_bytes([Article(id="x", text="y", date="2022-02-05")]))
    rows = duckdb.sql(f"SELECT date, sum(n_events) FROM '{tmp_path}/*.parquet' GROUP BY date ORDER BY date").fetchall()
    assert rows == [("2022-02-04", 1), ("2022-02-05", 0)]


def test_missing_dask_names_the_install_line(monkeypatch) -> None:
    import sys

    from dateline._scale._dask import require_dask

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingExtra, match=r"dateline\[dask\]"):
        require_dask()


def test_progress_estimates_share_done_from_file_sizes(tmp_path: Path) -> None:
    import io

    out = io.StringIO()
    files = [(str(tmp_path / "a.jsonl"), 1000), (str(tmp_path / "b.jsonl"), 1000)]
    prog = Progress(files, out, every=0.0)
    prog.update(Article(id="1", text="x" * 200, origin=f"{files[0][0]}:1"))
    assert 0.1 < (prog.fraction() or 0) < 0.2
    prog.update(Article(id="2", text="x" * 10, origin=f"{files[1][0]}:1"))  # file a is done
    assert 0.5 < (prog.fraction() or 0) < 0.6
    assert "art/s" in out.getvalue() and "ETA" in out.getvalue()
    prog.finish()


def test_code_articles_refuses_what_it_cannot_do_before_starting_anything(tmp_path: Path) -> None:
    from dateline._pipeline import Settings
    from dateline._scale import code_articles

    def read(inputs):
        raise AssertionError("nothing should be read")

    with pytest.raises(InputError, match="stdin"):
        code_articles(["-"], read, Settings(), engine="dask", output_dir=str(tmp_path))
    with pytest.raises(InputError, match="--output-dir"):
        code_articles(["x.jsonl"], read, Settings(), engine="local", output_dir=str(tmp_path))
    with pytest.raises(InputError, match="--engine dask"):
        code_articles(["x.jsonl"], read, Settings(), scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(InputError, match="choose one of"):
        code_articles(["x.jsonl"], read, Settings(), engine="spark")
