"""Splitting inputs into shards with deterministic ids, and the shard directory's manifest.

A shard is a run of consecutive records of one input (a file, a directory read recursively,
or stdin). Its id is built from the input's resolved path and the record range, so the same
input split the same way always gives the same ids: a rerun finds the shards already written
and skips them.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._errors import InputError
from .._readers import Record

DEFAULT_SHARD_SIZE = 100
MANIFEST = "_dateline_shards.json"
SHARD_SUFFIX = ".parquet"


@dataclass(slots=True)
class Shard:
    id: str
    input: str
    start: int  # index of the first record in the input's record stream
    end: int  # one past the last
    records: list[Record]

    def __len__(self) -> int:
        return self.end - self.start


def input_key(name: str) -> str:
    """The name an input is known by in shard ids: its resolved path, or ``stdin``."""
    return "stdin" if name == "-" else str(Path(name).resolve())


def shard_id(input_name: str, start: int, end: int) -> str:
    """``<file name>-<hash of the resolved path>-<first>-<end>``, safe as a file name."""
    key = input_key(input_name)
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(key).name).strip("._")[:40] or "input"
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{stem}-{digest}-{start:09d}-{end:09d}"


def iter_shards(
    inputs: Sequence[str],
    read: Callable[[Sequence[str]], Iterable[Record]],
    shard_size: int = DEFAULT_SHARD_SIZE,
) -> Iterator[Shard]:
    """Shards of at most ``shard_size`` records, input by input, streaming.

    ``read([input])`` gives the records of one input (for example ``read_inputs`` with the
    run's date, field map and size limit). Only one shard's records are held at a time.
    """
    if shard_size < 1:
        raise InputError("--shard-size must be at least 1")
    seen: set[str] = set()
    for inp in inputs:
        key = input_key(inp)
        if key in seen:
            raise InputError(f"{inp}: named twice; shard ids come from input names, so give each input once")
        seen.add(key)
        buf: list[Record] = []
        start = 0
        for rec in read([inp]):
            buf.append(rec)
            if len(buf) >= shard_size:
                yield Shard(shard_id(inp, start, start + len(buf)), inp, start, start + len(buf), buf)
                start += len(buf)
                buf = []
        if buf:
            yield Shard(shard_id(inp, start, start + len(buf)), inp, start, start + len(buf), buf)


def shard_path(out_dir: Path, sid: str) -> Path:
    return out_dir / f"{sid}{SHARD_SUFFIX}"


def list_shards(out_dir: str | Path) -> list[Path]:
    """Finished shard files of a directory (temporary files of an interrupted write are ignored)."""
    return sorted(p for p in Path(out_dir).glob(f"*{SHARD_SUFFIX}") if not p.name.startswith("."))


def check_manifest(out_dir: Path, fingerprint: Mapping[str, Any]) -> None:
    """Record how the shards of ``out_dir`` are made; refuse to mix shards made another way.

    The fingerprint holds what changes the output or the shard boundaries (model, layers,
    shard size, date, field map, size limit, dateline version). Shards written under another
    fingerprint would silently mix two codings, so the run stops with the fix instead.
    """
    path = out_dir / MANIFEST
    want = json.loads(json.dumps(dict(fingerprint), sort_keys=True, default=str))
    if path.exists():
        try:
            have = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            have = None
        if have is not None and have != want and list_shards(out_dir):
            diff = sorted(k for k in set(have) | set(want) if have.get(k) != want.get(k))
            raise InputError(
                f"{out_dir} holds shards made with other settings ({', '.join(diff)} differ); "
                "give a new --output-dir, or delete the old shards to code everything again"
            )
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(want, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)
