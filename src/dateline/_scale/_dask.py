"""The Dask engine: shards coded on Dask workers, one Parquet file per shard.

* The client (the ``dateline code`` process) reads the inputs as a stream and cuts them into
  shards (:mod:`._shards`); at most ``window`` shards are in flight, so memory stays bounded.
* A shard whose file already exists in the output directory is skipped: a rerun after a
  failure codes only what is missing.
* On a worker, :func:`code_shard` takes the pipeline from a per-process cache (a worker plugin
  builds it when the worker starts), codes the records and returns the shard as Parquet bytes.
* The client writes each shard under a temporary name and renames it into place, so the
  directory never holds half a shard, and workers need no shared file system.
* A task lost with its worker is recomputed by Dask. A shard that keeps killing workers is
  coded again one article per task; an article that still fails becomes an error record.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._errors import DatelineError, MissingExtra
from .._pipeline import Settings
from .._readers import Record
from .._records import Article
from ._convert import article_from_dict, read_shard, shard_bytes, write_atomic
from ._shards import DEFAULT_SHARD_SIZE, Shard, check_manifest, iter_shards, shard_path
from ._worker import code_chunk, get_pipeline, layer_modules, peak_rss_bytes


class DaskEngineError(DatelineError):
    code = "E042"


def require_dask() -> None:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise MissingExtra("--engine dask", "dask", "dask[distributed]") from None


# -- on the workers ------------------------------------------------------------------------------


def code_shard(settings: Settings, imports: Sequence[str], records: list[Record],
               meta: dict[str, str]) -> tuple[bytes, int, int, float]:
    """Code one shard on a worker; returns (Parquet bytes, peak RSS, pid, CPU seconds of the thread)."""
    import os

    pipeline = get_pipeline(settings, imports)
    c0 = time.thread_time()
    articles = code_chunk(pipeline, records)
    data = shard_bytes(articles, meta)
    return data, peak_rss_bytes(), os.getpid(), time.thread_time() - c0


def code_one(settings: Settings, imports: Sequence[str], record: Record) -> dict[str, Any]:
    """Code one record on a worker (used to isolate an article that kills workers)."""
    pipeline = get_pipeline(settings, imports)
    return code_chunk(pipeline, [record])[0].to_dict()


def _plugin_class() -> type:
    from distributed.diagnostics.plugin import WorkerPlugin

    class PipelinePreload(WorkerPlugin):
        """Builds the pipeline when a worker starts (and on every worker that joins later)."""

        name = "dateline-pipeline"

        def __init__(self, settings: Settings, imports: Sequence[str]) -> None:
            self.settings = settings
            self.imports = tuple(imports)

        async def setup(self, worker: Any) -> None:
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, get_pipeline, self.settings, self.imports)

    return PipelinePreload


def preload_plugin(settings: Settings, imports: Sequence[str]) -> Any:
    return _plugin_class()(settings, imports)


# -- on the client -------------------------------------------------------------------------------


@dataclass
class DaskStats:
    shards: int = 0
    skipped: int = 0
    coded: int = 0
    isolated: int = 0
    articles: int = 0
    workers: int = 0
    start_s: float = 0.0
    cpu_s: float = 0.0  # CPU seconds the workers spent coding and writing Parquet
    peak_rss: dict[int, int] = field(default_factory=dict)  # pid -> bytes


def _say(msg: str) -> None:
    print(f"dateline: {msg}", file=sys.stderr, flush=True)


def connect(scheduler: str | None, n_workers: int, timeout: float = 15.0) -> tuple[Any, Any]:
    """A client for ``scheduler`` or for a new LocalCluster of ``n_workers`` processes."""
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout=timeout), None
        except (OSError, TimeoutError) as exc:
            raise DaskEngineError(
                f"cannot reach the Dask scheduler at {scheduler} ({exc}); start one with "
                "'dask scheduler' and give its address, e.g. --scheduler tcp://10.0.0.5:8786"
            ) from None
    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


class DaskRun:
    """One ``--engine dask`` job. ``articles()`` yields the coded articles in input order."""

    def __init__(
        self,
        inputs: Sequence[str],
        read: Callable[[Sequence[str]], Iterable[Record]],
        settings: Settings,
        output_dir: str | Path,
        *,
        scheduler: str | None = None,
        n_workers: int = 2,
        shard_size: int = DEFAULT_SHARD_SIZE,
        window: int | None = None,
        fingerprint: dict[str, Any] | None = None,
        imports: Sequence[str] | None = None,
        client: Any = None,
        report: Callable[[str], None] = _say,
    ) -> None:
        require_dask()
        self.inputs = list(inputs)
        self.read = read
        self.settings = settings
        self.out = Path(output_dir)
        self.shard_size = shard_size
        self.imports = tuple(imports) if imports is not None else layer_modules()
        self.report = report
        self.stats = DaskStats()
        self.out.mkdir(parents=True, exist_ok=True)
        fp = {"shard_size": shard_size, "model": settings.model, "layers": settings.layers,
              "max_chars": settings.max_chars, "kb_extra": list(settings.kb_extra), **(fingerprint or {})}
        check_manifest(self.out, fp)
        t0 = time.perf_counter()
        self._own_client = client is None
        self.cluster = None
        if client is None:
            client, self.cluster = connect(scheduler, n_workers)
        self.client = client
        try:
            self.client.register_plugin(preload_plugin(settings, self.imports), name="dateline-pipeline")
        except Exception:
            self.close()
            raise
        threads = sum(self.client.nthreads().values()) or n_workers
        self.stats.workers = len(self.client.nthreads())
        self.window = window or max(4, 2 * threads)
        self.stats.start_s = time.perf_counter() - t0
        self._meta = {"dateline.settings": repr(settings)}

    def close(self) -> None:
        if self._own_client and self.client is not None:
            try:
                self.client.close()
            finally:
                if self.cluster is not None:
                    self.cluster.close()
        self.client = None

    def __enter__(self) -> DaskRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _submit(self, shard: Shard) -> Any:
        return self.client.submit(code_shard, self.settings, self.imports, shard.records,
                                  {"dateline.shard": shard.id, "dateline.input": shard.input,
                                   "dateline.range": f"{shard.start}-{shard.end}"},
                                  key=f"dateline-shard-{shard.id}", pure=False, retries=1)

    def _isolate(self, shard: Shard, exc: BaseException) -> bytes:
        """Code a shard that failed as a whole one article per task; failures become error records."""
        from distributed import wait

        from ._local import WorkerCrashed, error_article

        self.stats.isolated += 1
        self.report(f"shard {shard.id} failed ({type(exc).__name__}: {exc}); coding its {len(shard)} articles one by one")
        futs = [self.client.submit(code_one, self.settings, self.imports, r, pure=False) for r in shard.records]
        wait(futs)
        dicts: list[dict[str, Any]] = []
        for rec, f in zip(shard.records, futs, strict=True):
            try:
                dicts.append(f.result())
            except Exception as e:  # noqa: BLE001 - becomes an error record
                msg = str(WorkerCrashed(f"{rec.origin or 'record'}: coding failed on the Dask workers: {type(e).__name__}: {e}"))
                dicts.append(error_article(rec, {}, msg).to_dict())
        return shard_bytes(dicts, {"dateline.shard": shard.id})

    def run(self) -> Iterator[Path]:
        """Code every shard not already written; yields shard paths in input order."""
        from distributed import wait

        shards = iter_shards(self.inputs, self.read, self.shard_size)
        order: deque[tuple[str, Path]] = deque()  # shards read, in input order, not yet yielded
        ready: set[str] = set()
        pending: dict[Any, Shard] = {}
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.window and len(order) < 4 * self.window:
                shard = next(shards, None)
                if shard is None:
                    exhausted = True
                    break
                self.stats.shards += 1
                path = shard_path(self.out, shard.id)
                order.append((shard.id, path))
                if path.exists():
                    self.stats.skipped += 1
                    ready.add(shard.id)
                else:
                    pending[self._submit(shard)] = shard
            while order and order[0][0] in ready:
                sid, path = order.popleft()
                ready.discard(sid)
                yield path
            if exhausted and not pending and not order:
                return
            if not pending:
                continue
            try:
                finished, _ = wait(list(pending), timeout=60, return_when="FIRST_COMPLETED")
            except TimeoutError:
                if not self.client.nthreads():
                    self.report(f"no Dask workers are connected to {self.client.scheduler.address}; "
                                "waiting for one (start workers with: dask worker ADDRESS --nthreads 1)")
                continue
            for fut in finished:
                shard = pending.pop(fut)
                try:
                    data, rss, pid, cpu = fut.result()
                    self.stats.peak_rss[pid] = max(self.stats.peak_rss.get(pid, 0), rss)
                    self.stats.cpu_s += cpu
                except Exception as exc:  # noqa: BLE001 - KilledWorker and coding errors alike
                    data = self._isolate(shard, exc)
                fut.release()
                write_atomic(shard_path(self.out, shard.id), data)
                self.stats.coded += 1
                ready.add(shard.id)

    def counts(self) -> tuple[int, int]:
        """Run the job without rebuilding articles; returns (coded, with errors) from the shards' flat columns."""
        import pyarrow.parquet as pq

        n_ok = n_bad = 0
        tty = sys.stderr.isatty()
        t0 = time.perf_counter()
        try:
            for path in self.run():
                errs = pq.read_table(path, columns=["n_errors"]).column("n_errors").to_pylist()
                bad = sum(1 for e in errs if e)
                n_bad += bad
                n_ok += len(errs) - bad
                self.stats.articles += len(errs)
                if tty:
                    rate = self.stats.articles / max(time.perf_counter() - t0, 1e-9)
                    sys.stderr.write(f"\r\x1b[2Kcoding: {self.stats.shards} shards ({self.stats.skipped} already done), "
                                     f"{self.stats.articles:,} articles  {rate:,.1f} art/s")
                    sys.stderr.flush()
        finally:
            if tty:
                sys.stderr.write("\r\x1b[2K")
            self.close()
        return n_ok, n_bad

    def articles(self) -> Iterator[Article]:
        """The coded articles, in input order, read back from the shard files."""
        try:
            for path in self.run():
                for d in read_shard(path):
                    self.stats.articles += 1
                    yield article_from_dict(d)
        finally:
            self.close()
