"""A one-line progress report on stderr: articles, articles/s, share of the input done, ETA.

The share done is estimated from input bytes: the files of the run are sized up front, a file
counts as done once an article from a later file comes out, and within a file the characters
of the articles so far are counted (capped at the file's size). Stdin has no size, so no ETA.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from .._records import Article


def input_files(inputs: Sequence[str]) -> list[tuple[str, int]]:
    """(path, size) of every file the inputs name, in reading order; empty when stdin is read."""
    out: list[tuple[str, int]] = []
    for inp in inputs:
        if inp == "-":
            return []
        p = Path(inp)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        fp = Path(root) / f
                        out.append((str(fp), fp.stat().st_size))
        elif p.exists():
            out.append((str(p), p.stat().st_size))
    return out


def _fmt_s(s: float) -> str:
    s = int(max(0, s))
    if s >= 3600:
        return f"{s // 3600}h{s % 3600 // 60:02d}m"
    return f"{s // 60}m{s % 60:02d}s"


class Progress:
    def __init__(self, files: list[tuple[str, int]], stream: IO[str] | None = None, every: float = 0.25) -> None:
        self.files = files
        self.total = sum(s for _, s in files)
        self.stream = stream or sys.stderr
        self.every = every
        self.pos = 0  # index of the current file
        self.before = 0  # bytes of the files before the current one
        self.within = 0  # estimated bytes read of the current file
        self.n = 0
        self.t0 = time.perf_counter()
        self.last = 0.0
        self.shown = False

    def _locate(self, origin: str | None) -> None:
        if not origin or not self.files:
            return
        if origin.startswith(self.files[self.pos][0]):
            return
        for j in range(self.pos + 1, len(self.files)):
            if origin.startswith(self.files[j][0]):
                self.before += sum(s for _, s in self.files[self.pos:j])
                self.pos, self.within = j, 0
                return

    def update(self, art: Article) -> None:
        self.n += 1
        self._locate(art.origin)
        if self.files:
            size = self.files[self.pos][1]
            self.within = min(size, self.within + len(art.text.encode("utf-8", "replace")) + 64)
        now = time.perf_counter()
        if now - self.last >= self.every:
            self.last = now
            self.show(now)

    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, (self.before + self.within) / self.total)

    def show(self, now: float | None = None) -> None:
        now = now or time.perf_counter()
        el = now - self.t0
        rate = self.n / el if el > 0 else 0.0
        line = f"coding: {self.n:,} articles  {rate:,.1f} art/s  {_fmt_s(el)}"
        frac = self.fraction()
        if frac is not None and frac > 0:
            line += f"  {frac * 100:4.1f}%  ETA {_fmt_s(el * (1 - frac) / frac)}"
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()


def with_progress(articles: Iterable[Article], inputs: Sequence[str], enabled: bool | None = None) -> Iterator[Article]:
    """Pass articles through, showing progress on stderr when it is a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield from articles
        return
    prog = Progress(input_files(inputs))
    try:
        for art in articles:
            prog.update(art)
            yield art
    finally:
        prog.finish()
