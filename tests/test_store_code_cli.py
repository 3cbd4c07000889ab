"""`dateline code --db` end to end with the real coder (slow: loads the spaCy model)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dateline._store import open_store

pytestmark = pytest.mark.slow


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dateline", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_code_into_a_database_then_resume(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    (tmp_path / "one.txt").write_text("date 2023-04-02 Protesters marched against the government in the capital.\n")
    (tmp_path / "two.txt").write_text("date 2023-04-03 The minister said talks with the union would resume.\n")
    db = tmp_path / "ev.duckdb"
    first = run("code", "one.txt", "two.txt", "--db", str(db), "-j", "1", cwd=tmp_path)
    if first.returncode != 0 and "E001" in first.stderr:
        pytest.skip("spaCy model not installed")
    assert first.returncode == 0, first.stderr
    assert first.stdout == ""  # the database is the output
    assert "stored 2 articles" in first.stderr
    again = run("code", "one.txt", "two.txt", "--db", str(db), "-j", "1", "--format", "jsonl", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "skipped 2 already stored" in again.stderr and again.stdout == ""
    recode = run("code", "one.txt", "--db", str(db), "-j", "1", "--recode", "--output", "out.jsonl", cwd=tmp_path)
    assert recode.returncode == 0 and (tmp_path / "out.jsonl").read_text().count("\n") == 1
    with open_store(db, read_only=True) as st:
        assert st.info()["rows"]["articles"] == 2 and st.check() == []
        for a in st.articles():
            stored = st.article(a["article_id"])
            assert stored["coder"]["version"] and stored["text"]
    foreign = tmp_path / "notes.txt"
    foreign.write_text("keep me")
    bad = run("code", "one.txt", "--db", str(foreign), "-j", "1", cwd=tmp_path)
    assert bad.returncode == 2 and "E043" in bad.stderr and foreign.read_text() == "keep me"
