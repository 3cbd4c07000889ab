"""The switch and model-file reading shared by the trained components (dateline._models)."""

from __future__ import annotations

import pytest

from dateline._errors import DataFileError
from dateline._models import model_json, switch_value


@pytest.mark.parametrize("raw,want", [(None, None), (False, False), (True, True), ("off", False), (" NO ", False),
                                      ("", False), ("on", True), ("1", True), ("/tmp/m.json", "/tmp/m.json")])
def test_switch_values(raw: object, want: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATELINE_TEST_SWITCH", raising=False)
    assert switch_value({} if raw is None else {"k": raw}, "k", "DATELINE_TEST_SWITCH") == want


def test_the_environment_speaks_only_when_settings_are_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_TEST_SWITCH", "off")
    assert switch_value({}, "k", "DATELINE_TEST_SWITCH") is False
    assert switch_value({"k": True}, "k", "DATELINE_TEST_SWITCH") is True


def test_model_files_bundled_and_broken(tmp_path) -> None:
    data, where = model_json(None, "data/events/filter.json", "event filter")
    assert isinstance(data, dict) and where.endswith("filter.json")
    bad = tmp_path / "m.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataFileError, match="cannot read the event filter model"):
        model_json(str(bad), "data/events/filter.json", "event filter")
