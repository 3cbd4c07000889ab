"""What runs inside a worker process (multiprocessing) or a Dask worker.

The pipeline is built once per process and cached by its settings, so a worker that codes
many chunks or shards loads the spaCy model and the knowledge base once.
"""

from __future__ import annotations

import importlib
import os
import pickle
import queue
import sys
import threading
import time
import traceback
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from .._pipeline import Pipeline, Settings
    from .._readers import Record
    from .._records import Article

_PIPELINES: dict[bytes, Pipeline] = {}
_LOCK = threading.Lock()


def peak_rss_bytes() -> int:
    """Peak resident memory of this process, in bytes (0 where it cannot be read)."""
    try:
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return int(rss if sys.platform == "darwin" else rss * 1024)
    except Exception:  # noqa: BLE001 - not available on every platform
        return 0


def layer_modules() -> tuple[str, ...]:
    """Modules that registered layers in this process, so a worker can register them too.

    A user's layer registered with ``register_layer`` in an importable module works under
    every engine; a layer defined in an interactive ``__main__`` does not (it cannot be
    imported elsewhere).
    """
    from .._pipeline import LAYER_FACTORIES

    mods = {getattr(f, "__module__", "") for f in LAYER_FACTORIES.values()}
    return tuple(sorted(m for m in mods if m and m not in ("dateline._layers", "__main__", "__mp_main__")))


def import_modules(names: Iterable[str]) -> list[str]:
    """Import modules that register layers; returns those that cannot be imported here.

    A module that is missing only matters if the settings name one of its layers, and then
    the pipeline says which layer is unknown; so a failure here is not an error by itself.
    """
    missing = []
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    return missing


def get_pipeline(settings: Settings, imports: Sequence[str] = ()) -> Pipeline:
    """The pipeline for ``settings`` in this process, built on first use."""
    key = pickle.dumps((settings, tuple(imports)))
    with _LOCK:
        pipe = _PIPELINES.get(key)
        if pipe is None:
            from .._errors import DatelineError
            from .._pipeline import Pipeline

            missing = import_modules(imports)
            try:
                pipe = Pipeline(settings)
            except DatelineError as exc:
                if missing and "unknown layer" in exc.message:
                    raise DatelineError(f"{exc.message} (modules that could not be imported in this worker: "
                                        f"{', '.join(missing)}; put them on the workers' PYTHONPATH)") from exc
                raise
            _PIPELINES[key] = pipe
        return pipe


def pipeline_count() -> int:
    """How many pipelines this process has built (one per distinct settings)."""
    return len(_PIPELINES)


def code_chunk(pipeline: Pipeline, records: list[Record]) -> list[Article]:
    with _LOCK:  # a pipeline is used by one thread at a time (Dask workers may run several)
        return list(pipeline.code_records(records))


# -- multiprocessing worker ---------------------------------------------------------------------


def worker_main(settings: Settings, imports: Sequence[str], tasks: Connection, results: Connection) -> None:
    """Entry point of a worker process: build the pipeline, then code chunks until told to stop.

    Messages in: ``(chunk_id, isolate, records)`` pickled, or ``None`` to stop.
    Messages out: ``("ready", info)``, ``("init_error", message)``, ``("done", chunk_id, articles, rss, cpu_seconds)``,
    ``("part", chunk_id, article)`` (one article at a time, in isolate mode) and
    ``("fail", chunk_id, traceback)`` when coding raised.
    """
    try:
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C and stops us
    except (ImportError, ValueError):
        pass
    try:
        pipeline = get_pipeline(settings, imports)
    except BaseException as exc:  # noqa: BLE001 - report every failure to start, then exit
        results.send(("init_error", str(exc) or type(exc).__name__))
        return
    results.send(("ready", {"pid": os.getpid(), "coder": dict(pipeline.coder), "rss": peak_rss_bytes(),
                             "cpu": time.process_time()}))

    inbox: queue.Queue[bytes | None] = queue.Queue()

    def receive() -> None:
        # drain the task pipe at once, so that the main process never blocks sending to us
        try:
            while True:
                inbox.put(tasks.recv_bytes())
        except (EOFError, OSError):
            inbox.put(None)

    threading.Thread(target=receive, daemon=True, name="dateline-inbox").start()
    while True:
        raw = inbox.get()
        if raw is None:
            break
        msg = pickle.loads(raw)
        if msg is None:
            break
        chunk_id, isolate, records = msg
        try:
            if isolate:
                for rec in records:
                    art = code_chunk(pipeline, [rec])[0]
                    results.send_bytes(pickle.dumps(("part", chunk_id, art), pickle.HIGHEST_PROTOCOL))
                arts: list[Article] = []
            else:
                arts = code_chunk(pipeline, records)
        except Exception:  # noqa: BLE001 - the main process turns this into error records
            results.send(("fail", chunk_id, traceback.format_exc(limit=8)))
            continue
        results.send_bytes(pickle.dumps(("done", chunk_id, arts, peak_rss_bytes(), time.process_time()),
                                        pickle.HIGHEST_PROTOCOL))
