"""Real output meets the contract checker that outside checks run (../shared/tools/check_contract.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dateline._demo import demo_records

SHARED = Path(__file__).resolve().parents[2] / "shared"
CHECKER = SHARED / "tools" / "check_contract.py"

pytestmark = pytest.mark.skipif(not CHECKER.exists(), reason="../shared/tools/check_contract.py is not present")

HOSTILE = [
    {"id": "mt", "date": "2024-10-23", "text": "The presidents met this Tuesday in Kazan\u00a0, where they agreed -which "
     "surprised many- to expand trade Y energy. \u201cWe will not accept,\u2019 said the Brazilian leader. "
     "The United Kingdomwhich abstained said it was \u2018a cold War'\u201d move."},
    {"id": "nodate", "text": "Protesters clashed with riot police in Nairobi on Tuesday; 14 people were arrested."},
    {"id": "scripty", "date": "2020-01-01", "text": "<script>alert(1)</script> Iran accused Israel of an attack."},
    {"id": "empty", "text": ""},
]


def test_demo_and_hostile_records_meet_the_contract(pipeline) -> None:
    recs = list(demo_records())
    arts = list(pipeline.code_records(recs)) + list(pipeline.code_many(HOSTILE))
    if (SHARED / "tools" / "sample_article.txt").exists():
        arts.append(pipeline.code((SHARED / "tools" / "sample_article.txt").read_text()))
    lines = "\n".join(json.dumps(a.to_dict(), ensure_ascii=False) for a in arts) + "\n"
    res = subprocess.run([sys.executable, str(CHECKER), "-"], input=lines, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout[-3000:]
    assert " 0 contract problems" in res.stdout
