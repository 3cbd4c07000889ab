"""Scale: every core of one machine (worker processes) and many machines (Dask).

:func:`code_articles` is what ``dateline code`` calls: it returns the coded articles in
input order, whatever the engine, so that one writer (a file, stdout, the store) consumes them
in the main process.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from .._errors import InputError
from .._pipeline import Settings
from .._readers import Record
from .._records import Article
from ._local import PoolStats, ProcessPool, WorkerCrashed, WorkerPoolError, default_workers
from ._progress import with_progress

ENGINES = ("local", "dask")
#: Articles per chunk sent to a worker: small enough to balance the load on short inputs.
DEFAULT_CHUNK = 8

__all__ = [
    "ENGINES",
    "ArticleStream",
    "PoolStats",
    "ProcessPool",
    "WorkerCrashed",
    "WorkerPoolError",
    "code_articles",
    "count_articles",
    "code_records",
    "default_workers",
]


class ArticleStream:
    """An iterator of Articles that reports its own progress (so callers need not add another)."""

    reports_progress = True

    def __init__(self, it: Iterator[Article], counts: Callable[[], tuple[int, int]] | None = None) -> None:
        self._it = it
        self._counts = counts

    def counts(self) -> tuple[int, int] | None:
        """(coded, with errors) without building the articles, where the engine can; else None."""
        return self._counts() if self._counts is not None else None

    def __iter__(self) -> ArticleStream:
        return self

    def __next__(self) -> Article:
        return next(self._it)

    def close(self) -> None:
        close = getattr(self._it, "close", None)
        if close is not None:
            close()


def code_records(
    records: Iterable[Record],
    settings: Settings,
    workers: int | None = None,
    *,
    chunk_size: int | None = None,
    imports: Sequence[str] | None = None,
) -> Iterator[Article]:
    """Code records on ``workers`` processes (1: in this process); Articles in input order.

    Set-up happens before this returns (the model loads, workers start), so a missing model
    raises here rather than on the first ``next``. A stream shorter than two chunks is coded
    in this process: starting workers would cost more than it saves.
    """
    n = workers if workers is not None else default_workers()
    if n < 1:
        raise WorkerPoolError("--workers must be at least 1")
    size = max(1, chunk_size or min(settings.batch_size, DEFAULT_CHUNK))
    it = iter(records)
    head: list[Record] = []
    if n > 1:
        head = list(itertools.islice(it, n * size))
        if len(head) < n * size:  # the whole input is here: no more workers than chunks
            n = min(n, -(-len(head) // size))
    if n == 1 or len(head) < 2 * size:
        from .._pipeline import Pipeline

        pipeline = Pipeline(settings)
        return pipeline.code_records(itertools.chain(head, it))
    pool = ProcessPool(settings, n, chunk_size=size, imports=imports)
    pool.start()

    def gen() -> Iterator[Article]:
        with pool:
            yield from pool.imap(itertools.chain(head, it))

    return gen()


def code_articles(
    inputs: Sequence[str],
    read: Callable[[Sequence[str]], Iterable[Record]],
    settings: Settings,
    *,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    output_dir: str | None = None,
    shard_size: int | None = None,
    fingerprint: dict[str, Any] | None = None,
    progress: bool | None = None,
) -> ArticleStream:
    """The articles of ``inputs``, coded by ``engine``, in input order (what ``dateline code`` runs).

    ``read(inputs)`` yields the records of some inputs (the command passes ``read_inputs`` with
    its date, field map and size limit). ``engine="local"`` codes on ``workers`` processes of
    this machine; ``engine="dask"`` codes shards on a Dask cluster (``scheduler``, or a
    LocalCluster of ``workers`` processes), writes them as Parquet under ``output_dir`` and
    reads them back. Progress (articles/s, ETA) goes to stderr when it is a terminal.
    """
    if engine not in ENGINES:
        raise InputError(f"--engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if engine == "local":
        if scheduler:
            raise InputError("--scheduler needs --engine dask")
        if output_dir:
            raise InputError("--output-dir is where --engine dask writes its Parquet shards; "
                             "with the local engine use --output FILE")
        arts = code_records(read(inputs), settings, workers)
        return ArticleStream(with_progress(arts, inputs, progress))
    import tempfile

    from ._dask import DaskRun
    from ._shards import DEFAULT_SHARD_SIZE

    if output_dir and "-" in inputs:
        raise InputError("--output-dir keeps shards to skip them on a rerun, which stdin cannot be matched "
                         "against; save the input to a file first, or leave out --output-dir")
    tmp = None
    if not output_dir:
        tmp = tempfile.TemporaryDirectory(prefix="dateline-shards-")
        output_dir = tmp.name
    run = DaskRun(inputs, read, settings, output_dir, scheduler=scheduler,
                  n_workers=workers or default_workers(), shard_size=shard_size or DEFAULT_SHARD_SIZE,
                  fingerprint=fingerprint)

    def gen() -> Iterator[Article]:
        try:
            yield from run.articles()
        finally:
            if tmp is not None:
                tmp.cleanup()

    def counts() -> tuple[int, int]:
        try:
            return run.counts()
        finally:
            if tmp is not None:
                tmp.cleanup()

    return ArticleStream(with_progress(gen(), inputs, progress), counts)


def count_articles(articles: Iterable[Article]) -> tuple[int, int]:
    """Consume articles; returns (coded, with errors)."""
    fast = articles.counts() if isinstance(articles, ArticleStream) else None
    if fast is not None:
        return fast
    n_ok = n_bad = 0
    for art in articles:
        if art.ok:
            n_ok += 1
        else:
            n_bad += 1
    return n_ok, n_bad
