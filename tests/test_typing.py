"""The package type-checks: `mypy src/dateline` (settings in pyproject.toml) reports no error.

Type hints are part of the public surface (the package ships ``py.typed``), so a change that
breaks them fails here rather than in a user's editor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_is_clean(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api", reason="mypy is in the test extra: pip install -e '.[test]'")
    out, err, status = api.run([
        "--config-file", str(ROOT / "pyproject.toml"),
        "--cache-dir", str(tmp_path / "mypy-cache"),
        "--no-error-summary",
        str(ROOT / "src" / "dateline"),
    ])
    assert status == 0, f"mypy found errors:\n{out}{err}"
