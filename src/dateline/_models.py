"""What the trained components share: reading a model file (or the bundled one) and the switch.

Four components ship a trained model as JSON beside the rules (the events layer's candidate
filter, trigger generator and argument chooser; the quotes layer's speaker re-ranker). Each is
switched the same way: ``Settings.extra[KEY]`` or, when that is unset, an environment variable;
``False``/"off" turns it off, ``True``/"on" uses the bundled model, a path uses that model file,
and unset follows the bundled model's ``enabled`` field.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from ._errors import DataFileError

_OFF = ("0", "false", "off", "no", "")
_ON = ("1", "true", "on", "yes")


def switch_value(extra: Mapping[str, Any], key: str, env: str) -> Any:
    """``extra[key]`` (else the environment variable ``env``) read as a switch: None when unset,
    False for off, True for on, anything else (a path, a model object) as given."""
    value: Any = extra.get(key, os.environ.get(env))
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _OFF:
            return False
        if word in _ON:
            return True
    return value


def model_json(path: str | None, bundled: str, what: str) -> tuple[Any, str]:
    """The JSON of the model file at ``path``, or of the bundled ``dateline/<bundled>`` when it is
    None, and the path it was read from (for error messages)."""
    if path is None:
        ref = resources.files("dateline").joinpath(*bundled.split("/"))
        with resources.as_file(ref) as p:
            return model_json(str(p), bundled, what)
    try:
        return json.loads(Path(path).read_text(encoding="utf-8")), path
    except (OSError, json.JSONDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read the {what} model ({exc})") from None
