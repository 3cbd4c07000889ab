"""Code a stream of records on N worker processes of this machine.

Design (one page):

* Each worker is a process (``forkserver`` on Linux, ``spawn`` elsewhere) that builds the
  :class:`~dateline.Pipeline` once and then codes *chunks* of records.
* The main process reads the input as a stream and sends chunks to workers over a pair of
  pipes per worker (no queue shared between workers: a worker killed while holding a shared
  queue's lock would hang the others). Each worker drains its task pipe in a thread, so the
  main process never blocks on a send.
* At most ``window`` chunks are read and not yet yielded, so memory is bounded whatever the
  corpus size; results are put back in input order in a reorder buffer of at most ``window``
  chunks.
* Articles travel back pickled (cheaper than ``to_dict`` + rebuild: see ``dateline bench``).
* A worker that dies is detected at once (its process sentinel), reported on stderr and
  replaced; the chunks it held are coded again one article at a time, so an article that
  kills its worker twice becomes an error record and the run finishes. A coding exception
  inside a worker is handled the same way, without the restart.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import pickle
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from .._errors import DatelineError, RecordError
from .._pipeline import Settings
from .._readers import Record, stable_id
from .._records import Article
from ._worker import layer_modules, worker_main


class WorkerCrashed(RecordError):
    """A record whose worker process died (twice) or raised while coding it."""

    code = "E040"


class WorkerPoolError(DatelineError):
    """The worker processes could not be started or kept alive."""

    code = "E041"


def default_workers() -> int:
    """The cores this process may use (CPU affinity where the OS reports it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


#: Imported once by the fork server, so that each worker (and each replacement) starts with them loaded.
PRELOAD = ("spacy", "dateline._pipeline", "dateline._layers", "dateline._scale._worker", "dateline._times",
           "dateline._amounts", "dateline._places", "dateline._actors", "dateline._quotes", "dateline._events")


def mp_context() -> Any:
    """``forkserver`` where the OS has it (workers fork from a clean process that has spaCy imported,
    and no threads or locks of the main process leak into them), else ``spawn``."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(list(PRELOAD))
        return ctx
    return mp.get_context("spawn")


def error_article(rec: Record, coder: dict[str, str], message: str) -> Article:
    """The error record for an input record that could not be coded."""
    art = Article(id=rec.id or "", text=rec.text or "", date=rec.date, title=rec.title, url=rec.url,
                  source=rec.source, language=rec.language, origin=rec.origin, coder=dict(coder))
    art.warnings.extend(rec.warnings)
    if rec.error is not None:
        art.errors.append(str(rec.error))
    art.errors.append(message)
    if not art.id:
        art.id = stable_id(f"error:{rec.origin}:{message}")
    return art


@dataclass
class _Chunk:
    id: int
    records: list[Record]
    parts: list[Article] = field(default_factory=list)  # results received so far in isolate mode
    isolate: bool = False
    strikes: dict[int, int] = field(default_factory=dict)  # record index -> crashes while coding it
    worker: int | None = None


@dataclass
class _Worker:
    slot: int
    proc: Any
    tasks: Connection
    results: Connection
    queued: deque[int] = field(default_factory=deque)
    ready: bool = False
    peak_rss: int = 0
    articles: int = 0
    cpu_s: float = 0.0
    cpu0: float = 0.0  # CPU seconds when the worker became ready (model loaded)


@dataclass
class PoolStats:
    """What a pool did: worker count, restarts, peak memory per worker, time to start."""

    workers: int = 0
    restarts: int = 0
    failed_chunks: int = 0
    crashed_records: int = 0
    start_s: float = 0.0
    peak_rss: list[int] = field(default_factory=list)
    articles_per_worker: list[int] = field(default_factory=list)
    cpu_s: list[float] = field(default_factory=list)  # CPU seconds each worker spent coding (after loading)


def _say(msg: str) -> None:
    print(f"dateline: {msg}", file=sys.stderr, flush=True)


class ProcessPool:
    """N worker processes, each with its own pipeline. Use as a context manager.

    ``imap(records)`` yields one Article per record, in input order.
    """

    def __init__(
        self,
        settings: Settings,
        workers: int,
        *,
        chunk_size: int | None = None,
        depth: int = 2,
        window: int | None = None,
        imports: Sequence[str] | None = None,
        start_timeout: float = 600.0,
        max_restarts: int | None = None,
        report: Callable[[str], None] = _say,
    ) -> None:
        if workers < 1:
            raise WorkerPoolError("--workers must be at least 1")
        self.settings = settings
        self.n = workers
        self.chunk_size = max(1, chunk_size or settings.batch_size)
        self.depth = max(1, depth)
        self.window = max(window or workers * (self.depth + 2), workers * self.depth)
        self.imports = tuple(imports) if imports is not None else layer_modules()
        self.start_timeout = start_timeout
        self.max_restarts = max_restarts if max_restarts is not None else max(4, 2 * workers)
        self.report = report
        self.ctx = mp_context()
        self.workers: list[_Worker] = []
        self.coder: dict[str, str] = {}
        self.stats = PoolStats(workers=workers)
        self._closed = False
        self._seq = self._next_seq = 0

    # -- life cycle -------------------------------------------------------------------------

    def __enter__(self) -> ProcessPool:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spawn(self, slot: int) -> _Worker:
        t_recv, t_send = self.ctx.Pipe(duplex=False)
        r_recv, r_send = self.ctx.Pipe(duplex=False)
        proc = self.ctx.Process(target=worker_main, args=(self.settings, self.imports, t_recv, r_send),
                                name=f"dateline-worker-{slot}", daemon=True)
        proc.start()
        t_recv.close()
        r_send.close()
        return _Worker(slot, proc, t_send, r_recv)

    def start(self) -> None:
        t0 = time.perf_counter()
        self.workers = [self._spawn(i) for i in range(self.n)]
        try:
            self._await_ready(self.workers)
        except BaseException:
            self.close()
            raise
        self.stats.start_s = time.perf_counter() - t0

    def _await_ready(self, workers: list[_Worker]) -> None:
        deadline = time.monotonic() + self.start_timeout
        waiting = {w.slot: w for w in workers}
        while waiting:
            left = deadline - time.monotonic()
            if left <= 0:
                raise WorkerPoolError(f"{len(waiting)} worker(s) did not start within {self.start_timeout:.0f} s")
            objs: list[Any] = [w.results for w in waiting.values()] + [w.proc.sentinel for w in waiting.values()]
            for obj in wait(objs, timeout=min(left, 5.0)):
                w = next(w for w in waiting.values() if obj in (w.results, w.proc.sentinel))
                if w.slot not in waiting:
                    continue
                try:
                    msg = w.results.recv() if w.results.poll() else None
                except (EOFError, OSError):
                    msg = None
                if msg is None:
                    if not w.proc.is_alive():
                        w.proc.join()
                        raise WorkerPoolError(
                            f"worker process {w.slot} exited with code {w.proc.exitcode} while loading the model"
                        )
                    continue
                if msg[0] == "init_error":
                    raise WorkerPoolError(f"worker could not load the pipeline: {msg[1]}")
                w.ready = True
                w.peak_rss = max(w.peak_rss, int(msg[1].get("rss", 0)))
                w.cpu0 = w.cpu_s = float(msg[1].get("cpu", 0.0))
                self.coder = msg[1]["coder"]
                del waiting[w.slot]

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for w in self.workers:
            if w.queued:  # stopped early (an error, Ctrl-C, a consumer that had enough): drop the work
                w.proc.terminate()
                continue
            try:
                w.tasks.send_bytes(pickle.dumps(None))
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 5.0
        for w in self.workers:
            w.proc.join(max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.proc.terminate()
                w.proc.join(2.0)
            for c in (w.tasks, w.results):
                try:
                    c.close()
                except OSError:
                    pass
        self.stats.peak_rss = [w.peak_rss for w in self.workers]
        self.stats.articles_per_worker = [w.articles for w in self.workers]
        self.stats.cpu_s = [round(w.cpu_s - w.cpu0, 3) for w in self.workers]

    @property
    def pids(self) -> list[int]:
        return [w.proc.pid for w in self.workers]

    # -- coding -----------------------------------------------------------------------------

    def _send(self, w: _Worker, chunk: _Chunk) -> None:
        recs = chunk.records[len(chunk.parts):] if chunk.isolate else chunk.records
        w.tasks.send_bytes(pickle.dumps((chunk.id, chunk.isolate, recs), pickle.HIGHEST_PROTOCOL))
        w.queued.append(chunk.id)
        chunk.worker = w.slot

    def imap(self, records: Iterable[Record]) -> Iterator[Article]:
        """Code ``records`` on the workers; yields Articles in input order."""
        if self._closed or not self.workers:
            raise WorkerPoolError("the pool is not running; use it as a context manager")
        source = iter(records)
        # chunk ids never repeat in a pool, so the late results of an abandoned run are recognised
        next_id = self._seq  # id of the next chunk to read
        next_out = self._seq  # id of the next chunk to yield

        try:
            yield from self._loop(source, next_id, next_out)
        finally:
            self._seq = self._next_seq

    def _loop(self, source: Iterator[Record], next_id: int, next_out: int) -> Iterator[Article]:
        exhausted = False
        chunks: dict[int, _Chunk] = {}  # read and not yet yielded
        unsent: deque[int] = deque()  # read, waiting for a worker with room
        done: dict[int, list[Article]] = {}
        while True:
            # 1. read more input while the window has room
            while not exhausted and len(chunks) < self.window:
                batch: list[Record] = []
                for rec in source:
                    batch.append(rec)
                    if len(batch) >= self.chunk_size:
                        break
                if not batch:
                    exhausted = True
                    break
                chunks[next_id] = _Chunk(next_id, batch)
                unsent.append(next_id)
                next_id += 1
                self._next_seq = next_id
                if len(batch) < self.chunk_size:
                    exhausted = True
            # 2. hand chunks to the least busy workers
            while unsent:
                w = min((w for w in self.workers if w.ready), key=lambda w: len(w.queued), default=None)
                if w is None or len(w.queued) >= self.depth:
                    break
                self._send(w, chunks[unsent.popleft()])
            # 3. yield what is complete, in order
            while next_out in done:
                arts = done.pop(next_out)
                del chunks[next_out]
                next_out += 1
                yield from arts
            if exhausted and not chunks:
                return
            # 4. wait for results or a dead worker
            objs: list[Any] = [w.results for w in self.workers] + [w.proc.sentinel for w in self.workers]
            for obj in wait(objs, timeout=5.0):
                w = next((w for w in self.workers if obj is w.results or obj == w.proc.sentinel), None)
                if w is None:
                    continue
                if obj is w.results:
                    self._drain(w, chunks, done)
                elif not w.proc.is_alive():
                    self._drain(w, chunks, done)
                    self._replace(w, chunks, unsent, done)

    def _drain(self, w: _Worker, chunks: dict[int, _Chunk], done: dict[int, list[Article]]) -> None:
        try:
            while w.results.poll():
                self._handle(w, pickle.loads(w.results.recv_bytes()), chunks, done)
        except (EOFError, OSError):
            pass  # the process died; its sentinel tells us

    def _handle(self, w: _Worker, msg: tuple[Any, ...], chunks: dict[int, _Chunk], done: dict[int, list[Article]]) -> None:
        kind = msg[0]
        if kind == "ready":
            w.ready = True
            w.peak_rss = max(w.peak_rss, int(msg[1].get("rss", 0)))
            w.cpu0 = w.cpu_s = float(msg[1].get("cpu", 0.0))
            return
        if kind == "init_error":
            raise WorkerPoolError(f"a replacement worker could not load the pipeline: {msg[1]}")
        chunk = chunks.get(msg[1])
        if chunk is None:  # a result of an earlier, abandoned run
            if kind != "part" and msg[1] in w.queued:
                w.queued.remove(msg[1])
            return
        if kind == "part":
            chunk.parts.append(msg[2])
            w.articles += 1
            return
        if chunk.id in w.queued:
            w.queued.remove(chunk.id)
        if kind == "done":
            w.peak_rss = max(w.peak_rss, int(msg[3]))
            w.cpu_s = float(msg[4])
            w.articles += len(msg[2])
            done[chunk.id] = chunk.parts + msg[2] if chunk.isolate else msg[2]
            chunk.worker = None
        elif kind == "fail":
            self.stats.failed_chunks += 1
            if not chunk.isolate:
                self.report(f"coding raised in a worker; coding those {len(chunk.records)} articles one by one "
                            f"({msg[2].strip().splitlines()[-1]})")
                chunk.isolate = True
            else:
                i = len(chunk.parts)
                self.stats.crashed_records += 1
                chunk.parts.append(error_article(chunk.records[i], self.coder, str(WorkerCrashed(
                    f"{chunk.records[i].origin or 'record'}: coding raised an exception: "
                    f"{msg[2].strip().splitlines()[-1]}"))))
            if len(chunk.parts) >= len(chunk.records):
                done[chunk.id] = chunk.parts
            else:
                self._send(w, chunk)

    def _replace(self, dead: _Worker, chunks: dict[int, _Chunk], unsent: deque[int],
                 done: dict[int, list[Article]]) -> None:
        c: _Chunk | Connection  # a lost chunk, then each of the dead worker's pipes
        dead.proc.join()
        code = dead.proc.exitcode
        why = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        lost = [chunks[c] for c in dead.queued if c in chunks]
        n_lost = sum(len(c.records) - len(c.parts) for c in lost)
        self.stats.restarts += 1
        self.report(f"worker {dead.slot} (pid {dead.proc.pid}) died ({why}) holding {n_lost} article(s); "
                    "restarting it and coding those articles again (the suspect chunk one article at a time)")
        # The worker codes its chunks in the order they were sent, so only the first chunk it held
        # was being coded when it died; the others are sent again as they were.
        if lost and dead.queued[0] == lost[0].id:
            head = lost[0]
            if head.isolate:  # one article at a time already: the article in progress killed it
                rec = head.records[len(head.parts)]
                self.stats.crashed_records += 1
                head.parts.append(error_article(rec, self.coder, str(WorkerCrashed(
                    f"{rec.origin or 'record'}: the worker process died ({why}) twice while coding this article"))))
            head.isolate = True
        for c in lost:
            c.worker = None
        # an article that kills workers costs two deaths and is then set aside: those are not failures of the run
        if self.stats.restarts - 2 * self.stats.crashed_records > self.max_restarts:
            raise WorkerPoolError(
                f"worker processes died {self.stats.restarts} times (last: pid {dead.proc.pid}, {why}); giving up. "
                "Look for memory limits (dmesg, ulimit -v) or run with --workers 1 to see the error"
            )
        for c in reversed(lost):
            unsent.appendleft(c.id)
        for c in (dead.tasks, dead.results):
            try:
                c.close()
            except OSError:
                pass
        fresh = self._spawn(dead.slot)
        self.workers[self.workers.index(dead)] = fresh
        fresh.peak_rss = dead.peak_rss
        fresh.articles = dead.articles
        # a chunk that is now complete (its last article was the one that crashed) goes out as is
        for c in lost:
            if len(c.parts) >= len(c.records):
                unsent.remove(c.id)
                done[c.id] = c.parts
