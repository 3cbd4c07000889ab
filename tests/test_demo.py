"""The bundled demo corpus codes cleanly, and the demo command prints a summary."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dateline._demo import demo_files, demo_records
from dateline.cli import cli


def test_demo_corpus_is_shipped_and_dated() -> None:
    files = demo_files()
    assert len(files) >= 10
    recs = list(demo_records())
    assert len(recs) == len(files)
    assert all(r.error is None and r.date and r.text for r in recs)


def test_demo_command_summarises_and_writes_jsonl(nlp, tmp_path) -> None:
    out = tmp_path / "demo.jsonl"
    res = CliRunner().invoke(cli, ["demo", "--output", str(out)], catch_exceptions=False)
    assert res.exit_code == 0
    assert "articles" in res.stdout and "Events:" in res.stdout and "Top actors:" in res.stdout
    arts = [json.loads(l) for l in out.read_text().splitlines()]
    assert len(arts) == len(demo_files())
    assert all(not a["errors"] for a in arts)
    assert sum(len(a["events"]) for a in arts) > 0 and sum(len(a["actors"]) for a in arts) > 0


def test_summary_keeps_populations_of_different_countries_apart() -> None:
    from dateline._demo import summarise
    from dateline._records import Actor, Article

    def people(country: str) -> Actor:
        return Actor(id=None, name="people", kind="population", country=country)

    usa = Actor(id="USA", name="United States", kind="state", country="USA")
    # no events: the summary counts the articles' actor mentions
    arts = [Article(id=f"a{i}", text="x", actors=[people(c), usa]) for i, c in enumerate(("KEN", "ZAF", "KEN"))]
    text = summarise(arts)
    assert "people (KEN)" in text and "people (ZAF)" in text
    assert "United States" in text and "(USA)" not in text
