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
