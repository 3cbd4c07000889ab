"""The public surface is small and pinned (a change here is a deliberate API change)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import dateline


def test_exported_members() -> None:
    assert sorted(dateline.__all__) == sorted([
        "Actor", "Amount", "Article", "DatelineError", "Event", "Pipeline", "Place", "Quote",
        "RecordError", "Settings", "Time", "Trigger", "__version__", "code", "code_many", "read_inputs",
    ])
    for name in dateline.__all__:
        assert hasattr(dateline, name)


def test_py_typed_is_shipped() -> None:
    assert (Path(dateline.__file__).parent / "py.typed").exists()


def test_records_serialise_to_the_contract() -> None:
    actor = dateline.Actor(id="Q15031", name="Xi Jinping", kind="person", country="CHN", sector="GOV",
                           wikidata="Q15031", text="Xi", span=(0, 2))
    d = actor.to_dict()
    assert list(d)[:8] == ["id", "name", "kind", "country", "sector", "wikidata", "text", "span"]
    assert d["span"] == [0, 2]
    art = dateline.Article(id="a", text="Xi spoke.", date="2022-02-04", actors=[actor])
    out = art.to_dict()
    for key in ["schema", "id", "date", "title", "text", "events", "quotes", "actors", "times", "amounts",
                "places", "errors", "coder"]:
        assert key in out
    assert out["schema"] == "dateline/1"
    assert all(dataclasses.is_dataclass(c) for c in (dateline.Event, dateline.Quote, dateline.Time))


def test_code_and_code_many(pipeline, monkeypatch) -> None:
    import dateline._pipeline as p

    monkeypatch.setattr(p, "_DEFAULT", pipeline)
    art = dateline.code(" date 2022-02-04 Xi Jinping met Vladimir Putin in Beijing.")
    assert art.date == "2022-02-04" and art.text.startswith("Xi Jinping") and art.ok
    art2 = dateline.code("Talks resumed.", date="2021-01-01", id="x1", title="T")
    assert (art2.id, art2.date, art2.title) == ("x1", "2021-01-01", "T")
    out = list(dateline.code_many(["One.", {"text": "Two.", "id": "b"}, ("Three.", {"date": "2020-05-05"}), {"id": "e"}, 42]))
    assert [a.ok for a in out] == [True, True, True, False, False]
    assert out[1].id == "b" and out[2].date == "2020-05-05"


def test_event_dates_are_reduced_to_contract_forms() -> None:
    from dateline._records import iso_event_date

    assert iso_event_date("2022-02-04TAF") == "2022-02-04"
    assert iso_event_date("2025-W11-WE") == "2025-W11"
    assert iso_event_date("2022-02") == "2022-02" and iso_event_date("2021") == "2021"
    assert iso_event_date("199") is None and iso_event_date("P2Y") is None and iso_event_date(None) is None
