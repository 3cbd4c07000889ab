"""The command line: contract output, formats, exit statuses, errors on stderr only."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import cli

SAMPLE = (" date 2022-02-04 Xi Jinping and Vladimir Putin, presidents of China and Russia, met in Beijing "
          "this afternoon and issued a joint statement.\n")
CHECKER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "check_contract.py"


@pytest.fixture(scope="module")
def runner(nlp):  # nlp: the model is loaded once and cached for every Pipeline in this process
    return CliRunner()


def run(runner, args, input=None):
    return runner.invoke(cli, args, input=input, catch_exceptions=False)


def test_code_prints_one_contract_object(runner, tmp_path) -> None:
    f = tmp_path / "s.txt"
    f.write_text(SAMPLE)
    res = run(runner, ["code", str(f)])
    assert res.exit_code == 0
    lines = [l for l in res.stdout.splitlines() if l.strip()]
    assert len(lines) == 1
    art = json.loads(lines[0])
    assert art["date"] == "2022-02-04" and art["text"].startswith("Xi Jinping")
    for key in ("events", "quotes", "actors", "times", "amounts", "places", "errors", "coder"):
        assert key in art
    assert art["coder"]["version"] and art["coder"]["model"]
    if CHECKER.exists():
        out = subprocess.run([sys.executable, str(CHECKER), "-"], input=lines[0], capture_output=True, text=True)
        assert out.returncode == 0, out.stdout


def test_stdin_and_date_option(runner) -> None:
    res = run(runner, ["code", "-", "--date", "2023-03-03"], input="Protesters marched in Nairobi.")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["date"] == "2023-03-03"


def test_bad_records_do_not_stop_the_run(runner, tmp_path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"id": "ok1", "text": "Talks resumed in Geneva."}\n{broken\n{"id": "empty", "text": ""}\n'
                 '{"id": "ok2", "text": "Troops withdrew."}\n')
    res = run(runner, ["code", str(f)])
    assert res.exit_code == 0
    arts = [json.loads(l) for l in res.stdout.splitlines()]
    assert [bool(a["errors"]) for a in arts] == [False, True, True, False]
    assert "line 2" in arts[1]["errors"][0]
    assert "line 2" in res.stderr and "2 articles coded, 2 with errors" in res.stderr


def test_exit_1_when_nothing_was_coded(runner, tmp_path) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("")
    res = run(runner, ["code", str(f)])
    assert res.exit_code == 1
    assert json.loads(res.stdout)["errors"]


def test_usage_errors_exit_2_with_a_fix(runner, tmp_path) -> None:
    res = run(runner, ["code", str(tmp_path / "missing.txt")])
    assert res.exit_code == 2 and "no such file" in res.stderr
    res = run(runner, ["code", "-", "--date", "4 Feb"], input="x")
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.stderr
    res = run(runner, ["code", "-", "--field", "body"], input="x")
    assert res.exit_code == 2 and "NAME=COLUMN" in res.stderr


@pytest.mark.parametrize("fmt", ["json", "csv", "parquet", "jsonl"])
def test_output_formats_read_back(runner, tmp_path, fmt) -> None:
    f = tmp_path / "s.txt"
    f.write_text(SAMPLE)
    out = tmp_path / f"out.{fmt}"
    res = run(runner, ["code", str(f), "--output", str(out), "--table", "articles"])
    assert res.exit_code == 0 and res.stdout == ""
    if fmt == "json":
        data = json.loads(out.read_text())
        assert data[0]["date"] == "2022-02-04"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text())))
        assert rows[0]["article_date"] == "2022-02-04" and rows[0]["text"].startswith("Xi Jinping")
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        t = pq.read_table(out)
        assert t.column("article_date").to_pylist() == ["2022-02-04"]
    else:
        assert json.loads(out.read_text().splitlines()[0])["id"]


def test_events_csv_has_a_header_even_when_empty(runner, tmp_path) -> None:
    f = tmp_path / "s.txt"
    f.write_text("date 2020-01-01 It rained.")
    out = tmp_path / "e.csv"
    assert run(runner, ["code", str(f), "-o", str(out)]).exit_code == 0
    header = out.read_text().splitlines()[0]
    assert header.startswith("article_id,article_date,event_id,type")


def test_python_dash_m_entry_point() -> None:
    res = subprocess.run([sys.executable, "-m", "dateline", "--version"], capture_output=True, text=True)
    assert res.returncode == 0 and "dateline" in res.stdout
