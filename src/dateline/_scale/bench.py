"""``dateline bench``: words per second of bare spaCy, the pipeline on 1 and N processes, and Dask.

Everything is measured on the same articles in one run. Start-up (loading the model,
starting workers or a cluster) is timed separately from coding, because the bars compare
steady-state rates; the end-to-end times are reported too.
"""

from __future__ import annotations

import cProfile
import io
import json
import math
import os
import pickle
import pstats
import random
import re
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from importlib import resources
from typing import Any

from .._pipeline import Pipeline, Settings
from .._readers import Record, read_inputs, stable_id
from .._records import Article

#: The bars of issue 9.
BARS = {"pipeline_vs_spacy": 0.75, "two_procs_vs_one": 1.8, "dask_vs_procs": 0.8, "max_rss_mb": 1024.0}

_SLOT = re.compile(r"\{(\w+)\}")
_WORD = re.compile(r"\S+")


def _templates() -> dict[str, Any]:
    import yaml

    text = resources.files("dateline").joinpath("data/scale/bench_corpus.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def synthetic_corpus(n: int = 200, seed: int = 7) -> list[Record]:
    """``n`` invented wire stories (6-14 sentences each) from the templates in data/scale."""
    t = _templates()
    rng = random.Random(seed)
    slots: dict[str, list[str]] = t["slots"]

    def fill(template: str) -> str:
        used: dict[str, str] = {}

        def one(m: re.Match[str]) -> str:
            name = m.group(1)
            base = name.rstrip("2")
            choices = slots[base]
            value = rng.choice(choices)
            other = used.get(base)
            while name.endswith("2") and other is not None and value == other and len(choices) > 1:
                value = rng.choice(choices)
            used.setdefault(base, value)
            return value

        s = _SLOT.sub(one, template)
        return s[0].upper() + s[1:]

    out: list[Record] = []
    for i in range(n):
        sents = [fill(rng.choice(t["leads"]))]
        sents += [fill(b) for b in rng.sample(t["body"], rng.randint(6, 14))]
        if rng.random() < 0.5:
            sents.append(fill(rng.choice(t["closing"])))
        paras, cur = [], []
        for s in sents:
            cur.append(s)
            if len(cur) >= rng.randint(1, 3):
                paras.append(" ".join(cur))
                cur = []
        if cur:
            paras.append(" ".join(cur))
        text = "\n\n".join(paras)
        day = 1 + (i * 7) % 28
        out.append(Record(text, id=f"bench-{i:05d}", date=f"2024-{1 + i % 12:02d}-{day:02d}",
                          origin=f"synthetic:{i + 1}"))
    return out


def words(records: Sequence[Record]) -> int:
    return sum(len(_WORD.findall(r.text or "")) for r in records)


def _rss_mb(n: int) -> float:
    return round(n / 2**20, 1)


@dataclass
class Measure:
    name: str
    seconds: float  # coding only
    words_per_s: float
    articles_per_s: float
    start_s: float = 0.0  # loading the model, starting workers or a cluster
    cpu_s: float | None = None  # CPU time of this process (in-process measures only)
    peak_rss_mb: list[float] = field(default_factory=list)
    note: str = ""


@dataclass
class BenchReport:
    articles: int
    words: int
    workers: int
    corpus: str
    load_before: tuple[float, float, float] | None
    load_after: tuple[float, float, float] | None
    measures: dict[str, Measure] = field(default_factory=dict)
    ratios: dict[str, float] = field(default_factory=dict)
    bars: dict[str, bool] = field(default_factory=dict)
    transport: dict[str, float] = field(default_factory=dict)
    layers_s: dict[str, float] = field(default_factory=dict)
    pipes_s: dict[str, float] = field(default_factory=dict)
    profile: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _measure(name: str, n_words: int, n_art: int, seconds: float, **kw: Any) -> Measure:
    return Measure(name, round(seconds, 3), round(n_words / seconds, 1) if seconds else 0.0,
                   round(n_art / seconds, 2) if seconds else 0.0, **kw)


class _Timed:
    """A layer wrapper that adds up the CPU time its layer takes (robust to other load on the machine)."""

    def __init__(self, layer: Any, acc: dict[str, float]) -> None:
        self.layer, self.acc = layer, acc
        self.name, self.version = layer.name, layer.version
        self.assigns, self.requires = layer.assigns, layer.requires

    def __call__(self, ctx: Any) -> None:
        t = time.process_time()
        try:
            self.layer(ctx)
        finally:
            self.acc[self.name] = self.acc.get(self.name, 0.0) + time.process_time() - t


def _pipe_times(nlp: Any, texts: list[str], batch_size: int) -> dict[str, float]:
    """Seconds each spaCy component takes over ``texts`` (components run one after the other)."""
    out: dict[str, float] = {}
    t = time.perf_counter()
    docs = [nlp.make_doc(x) for x in texts]
    out["tokenizer"] = time.perf_counter() - t
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(d) for d in docs]
        out[name] = time.perf_counter() - t
    return {k: round(v, 3) for k, v in out.items()}


def transport_costs(articles: list[Article]) -> dict[str, float]:
    """µs per article to ship results between processes: pickled Articles vs dicts rebuilt."""
    from ._convert import article_from_dict

    n = max(1, len(articles))
    t = time.perf_counter()
    blob = pickle.dumps(articles, pickle.HIGHEST_PROTOCOL)
    back = pickle.loads(blob)
    pickled = time.perf_counter() - t
    t = time.perf_counter()
    blob2 = pickle.dumps([a.to_dict() for a in articles], pickle.HIGHEST_PROTOCOL)
    back2 = [article_from_dict(d) for d in pickle.loads(blob2)]
    dicts = time.perf_counter() - t
    assert len(back) == len(back2) == len(articles)
    return {"pickle_article_us": round(pickled / n * 1e6, 1), "pickle_article_bytes": len(blob) // n,
            "dict_roundtrip_us": round(dicts / n * 1e6, 1), "dict_bytes": len(blob2) // n}


def _loadavg() -> tuple[float, float, float] | None:
    try:
        return tuple(round(x, 2) for x in os.getloadavg())  # type: ignore[return-value]
    except OSError:
        return None


def run_bench(
    records: list[Record],
    *,
    workers: int = 2,
    settings: Settings | None = None,
    dask: bool = True,
    profile: bool = False,
    corpus: str = "synthetic",
    repeat: int = 1,
    say: Any = None,
) -> BenchReport:
    """Measure every engine on ``records``; see the module docstring.

    With ``repeat`` > 1 every measure runs that many times on the same loaded engine and the
    fastest run counts (the usual way to see through other load on the machine); bare spaCy and
    the one-process pipeline alternate run by run, so both sides of their ratio see the same load.
    """
    from .._nlp import load_model
    from .._textprep import prepare
    from ._local import ProcessPool
    from ._worker import peak_rss_bytes

    say = say or (lambda s: None)
    settings = settings or Settings()
    n_art, n_words = len(records), words(records)
    rep = BenchReport(n_art, n_words, workers, corpus, _loadavg(), None)

    # bare spaCy on the cleaned texts the pipeline parses
    say("loading spaCy ...")
    t = time.perf_counter()
    nlp = load_model(settings.model)
    spacy_start = time.perf_counter() - t
    cleans = [prepare(r.text).clean for r in records if r.text and r.error is None]
    list(nlp.pipe(cleans[:8], batch_size=settings.batch_size))  # warm up

    # the whole pipeline in this process, each layer timed
    say("bare spaCy and the pipeline (1 process), taking turns ...")
    t = time.perf_counter()
    pipeline = Pipeline(settings, nlp=nlp)
    start = time.perf_counter() - t
    acc: dict[str, float] = {}
    pipeline.layers = [_Timed(layer, acc) for layer in pipeline.layers]
    list(pipeline.code_records(_fresh(records[:4])))  # warm up (lazy data files)
    acc.clear()
    arts: list[Article] = []

    def code_all() -> None:
        arts[:] = pipeline.code_records(_fresh(records))

    # bare spaCy and the pipeline take turns, run by run, so that a change in the machine's
    # other load hits both sides of the ratio alike; the fastest run of each counts
    spacy_runs: list[tuple[float, float]] = []
    one_runs: list[tuple[float, float]] = []
    for _ in range(max(1, repeat)):
        spacy_runs.append(_best(1, lambda: [None for _ in nlp.pipe(cleans, batch_size=settings.batch_size)]))
        one_runs.append(_best(1, code_all))
    wall, cpu = min(spacy_runs)
    one, one_cpu = min(one_runs)
    rep.measures["spacy"] = _measure("bare spaCy (nlp.pipe)", n_words, n_art, wall,
                                     start_s=round(spacy_start, 2), cpu_s=round(cpu, 3))
    rep.measures["one"] = _measure("pipeline, 1 process", n_words, n_art, one, start_s=round(start, 2),
                                   cpu_s=round(one_cpu, 3), peak_rss_mb=[_rss_mb(peak_rss_bytes())])
    rep.layers_s = {k: round(v / repeat, 3) for k, v in acc.items()}
    layers_cpu = sum(rep.layers_s.values())
    rep.layers_s["spacy+textprep+rest"] = round(max(0.0, (one_cpu or one) - layers_cpu), 3)
    rep.pipes_s = _pipe_times(nlp, cleans, settings.batch_size)
    rep.transport = transport_costs(arts)
    if profile:  # a separate pass: the profiler's overhead must not enter the rates
        say("profiling the pipeline ...")
        prof = cProfile.Profile()
        prof.enable()
        list(pipeline.code_records(_fresh(records)))
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(25)
        rep.profile = buf.getvalue()

    # N worker processes
    if workers >= 2:
        say(f"pipeline, {workers} processes ...")
        t = time.perf_counter()
        with ProcessPool(settings, workers) as pool:
            start = time.perf_counter() - t
            outs: list[int] = []
            secs, _ = _best(repeat, lambda: outs.append(sum(1 for _ in pool.imap(_fresh(records)))))
        assert outs and all(n == n_art for n in outs)
        rep.measures["procs"] = _measure(f"pipeline, {workers} processes", n_words, n_art, secs,
                                         start_s=round(start, 2), cpu_s=round(sum(pool.stats.cpu_s) / repeat, 3),
                                         peak_rss_mb=[_rss_mb(x) for x in pool.stats.peak_rss])

    # Dask LocalCluster
    if dask and workers >= 1:
        say(f"Dask LocalCluster, {workers} workers ...")
        try:
            rep.measures["dask"] = _bench_dask(records, settings, workers, n_words, repeat)
        except ImportError as exc:
            rep.measures["dask"] = Measure("Dask", 0.0, 0.0, 0.0, note=f"not run: {exc}")

    m = rep.measures
    if m["spacy"].words_per_s:
        rep.ratios["pipeline_vs_spacy"] = round(m["one"].words_per_s / m["spacy"].words_per_s, 3)
    if m["spacy"].cpu_s and m["one"].cpu_s:
        # both in this process: the CPU-time ratio is not disturbed by other load on the machine
        rep.ratios["pipeline_vs_spacy_cpu"] = round(m["spacy"].cpu_s / m["one"].cpu_s, 3)
    if "procs" in m and m["procs"].cpu_s and m["one"].cpu_s:
        # words per CPU-second in the workers vs in one process: the cost of going parallel
        rep.ratios["procs_cpu_efficiency"] = round(m["one"].cpu_s / m["procs"].cpu_s, 3)
    if "procs" in m and m["one"].words_per_s:
        rep.ratios["procs_vs_one"] = round(m["procs"].words_per_s / m["one"].words_per_s, 3)
    if "dask" in m and m["dask"].cpu_s and m["one"].cpu_s:
        rep.ratios["dask_cpu_efficiency"] = round(m["one"].cpu_s / m["dask"].cpu_s, 3)
    if "dask" in m and "procs" in m and m["procs"].words_per_s and m["dask"].words_per_s:
        rep.ratios["dask_vs_procs"] = round(m["dask"].words_per_s / m["procs"].words_per_s, 3)
    rss = [x for k in ("procs", "dask") if k in m for x in m[k].peak_rss_mb] or m["one"].peak_rss_mb
    rep.ratios["max_worker_rss_mb"] = max(rss) if rss else 0.0
    pvs = rep.ratios.get("pipeline_vs_spacy_cpu", rep.ratios.get("pipeline_vs_spacy", 0))
    rep.bars = {"pipeline/spaCy >= 0.75 (CPU time)": pvs >= BARS["pipeline_vs_spacy"],
                "worker RSS <= 1 GB": rep.ratios["max_worker_rss_mb"] <= BARS["max_rss_mb"]}
    if "procs_vs_one" in rep.ratios:
        need = BARS["two_procs_vs_one"] * workers / 2
        rep.bars[f"{workers} processes >= {need:.1f}x one"] = rep.ratios["procs_vs_one"] >= need
    if "dask_vs_procs" in rep.ratios:
        rep.bars["Dask >= 0.8 x processes"] = rep.ratios["dask_vs_procs"] >= BARS["dask_vs_procs"]
    rep.load_after = _loadavg()
    return rep


def _fresh(records: Sequence[Record]) -> Iterator[Record]:
    """Copies, so that one run's changes to a record never leak into the next."""
    for r in records:
        yield Record(r.text, id=r.id, date=r.date, title=r.title, url=r.url, source=r.source,
                     language=r.language, origin=r.origin, error=r.error)


def _best(repeat: int, fn: Any) -> tuple[float, float]:
    """(fastest wall time, CPU time of this process in that run) of ``repeat`` calls of ``fn``."""
    runs = []
    for _ in range(max(1, repeat)):
        c0, t = time.process_time(), time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t, time.process_time() - c0))
    return min(runs)


def _bench_dask(records: list[Record], settings: Settings, workers: int, n_words: int, repeat: int = 1) -> Measure:
    from ._dask import DaskRun, connect, require_dask

    try:
        require_dask()
    except Exception as exc:  # noqa: BLE001 - reported, the rest of the bench stands
        raise ImportError(str(exc)) from None
    shard = max(8, math.ceil(len(records) / (8 * workers)))
    by_id = {r.id: r for r in records}
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        src = os.path.join(tmp, "corpus.jsonl")
        with open(src, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps({"id": r.id, "text": r.text, "date": r.date}) + "\n")
        t = time.perf_counter()
        client, cluster = connect(None, workers)
        best: tuple[float, DaskRun] | None = None
        start = 0.0
        try:
            for i in range(max(1, repeat)):
                run = DaskRun([src], lambda ins: read_inputs(ins, max_chars=settings.max_chars), settings,
                              os.path.join(tmp, f"shards{i}"), client=client, shard_size=shard)
                if i == 0:
                    start = time.perf_counter() - t  # cluster up and the model loaded on every worker
                t1 = time.perf_counter()
                n_ok, n_bad = run.counts()  # what `dateline code --engine dask --output-dir DIR` does
                secs = time.perf_counter() - t1
                assert n_ok + n_bad == len(by_id), (n_ok, n_bad, len(by_id))
                if best is None or secs < best[0]:
                    best = (secs, run)
        finally:
            client.close()
            cluster.close()
    assert best is not None
    secs, run = best
    return _measure(f"Dask LocalCluster, {workers} workers", n_words, len(records), secs, start_s=round(start, 2),
                    cpu_s=round(run.stats.cpu_s, 3) or None,
                    peak_rss_mb=[_rss_mb(x) for x in run.stats.peak_rss.values()],
                    note=f"{run.stats.shards} shards of <= {shard} articles written as Parquet")


def format_report(rep: BenchReport) -> str:
    lines = [f"dateline bench: {rep.articles} articles, {rep.words:,} words ({rep.corpus}); "
             f"{rep.workers} workers; load average before {rep.load_before}, after {rep.load_after}", ""]
    lines.append(f"{'':38} {'words/s':>10} {'art/s':>8} {'coding s':>9} {'start s':>8} {'words/CPU-s':>12}"
                 "  peak RSS MB")
    for m in rep.measures.values():
        rss = ", ".join(f"{x:.0f}" for x in m.peak_rss_mb)
        per_cpu = f"{rep.words / m.cpu_s:>12,.0f}" if m.cpu_s else f"{'-':>12}"
        lines.append(f"{m.name:38} {m.words_per_s:>10,.0f} {m.articles_per_s:>8.1f} {m.seconds:>9.2f} "
                     f"{m.start_s:>8.2f} {per_cpu}  {rss}" + (f"   ({m.note})" if m.note else ""))
    lines.append("")
    if rep.load_before and rep.load_before[0] >= 0.5:
        lines.append(f"note: the machine was busy before the bench started (load average {rep.load_before[0]}); "
                     "wall-clock ratios understate the parallel engines, the CPU-time ones hold. "
                     "Use --repeat 3 or a quiet machine.")
    lines.append("ratios: " + ", ".join(f"{k} {v}" for k, v in rep.ratios.items()))
    for k, ok in rep.bars.items():
        lines.append(f"  [{'pass' if ok else 'FAIL'}] {k}")
    total = sum(rep.layers_s.values()) or 1.0
    lines.append("")
    lines.append("where the CPU time goes (1 process): " + ", ".join(
        f"{k} {v:.2f}s ({100 * v / total:.0f}%)" for k, v in sorted(rep.layers_s.items(), key=lambda kv: -kv[1])))
    lines.append("spaCy components: " + ", ".join(f"{k} {v:.2f}s" for k, v in rep.pipes_s.items()))
    tr = rep.transport
    if tr:
        lines.append(f"results between processes: pickled Article {tr['pickle_article_us']} µs/article "
                     f"({tr['pickle_article_bytes']} B); dict + rebuild {tr['dict_roundtrip_us']} µs/article "
                     f"({tr['dict_bytes']} B)")
    if rep.profile:
        lines += ["", "cProfile, top functions by own time:", rep.profile]
    return "\n".join(lines)


def load_input(path: str, limit: int | None = None) -> list[Record]:
    recs = [r for r in read_inputs([path]) if r.error is None and r.text]
    for r in recs:
        r.id = r.id or stable_id(r.text or "")
    return recs[:limit] if limit else recs
