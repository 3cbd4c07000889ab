"""Commands of the scale feature: ``dateline load`` and ``dateline bench``."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from .._errors import DatelineError


class _Failure(click.ClickException):
    exit_code = 2


@click.command("load")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The dateline store (DuckDB file) to fill.")
def load_cmd(directory: str, db: str) -> None:
    """Ingest the Parquet shards that `dateline code --engine dask --output-dir DIR` wrote.

    \b
    Each shard is stored in one transaction, so a shard is in the store whole or not at all;
    a rerun replaces articles with the same id (nothing is doubled). The shards can also be
    queried directly, without loading:
      duckdb -c "SELECT date, sum(n_events) FROM 'DIR/*.parquet' GROUP BY date"
    """
    from ._convert import read_shard
    from ._shards import list_shards

    shards = list_shards(directory)
    if not shards:
        raise _Failure(f"{directory}: no shard files (*.parquet); write them with "
                       "dateline code --engine dask --output-dir DIR")
    try:
        from .._store import open_store
    except ImportError:
        raise _Failure("the store (dateline._store) is not available in this installation") from None
    n_art = n_bad = 0
    try:
        with open_store(db) as store:
            for i, path in enumerate(shards, 1):
                try:
                    arts: list[dict[str, Any]] = list(read_shard(path))
                except Exception as exc:  # noqa: BLE001 - a broken file is named, the rest goes on
                    click.echo(f"dateline: {path}: cannot read this shard ({exc}); skipped", err=True)
                    n_bad += 1
                    continue
                store.add_many(arts)
                n_art += len(arts)
                if sys.stderr.isatty():
                    click.echo(f"\rloading: {i}/{len(shards)} shards, {n_art:,} articles", err=True, nl=False)
    except DatelineError as exc:
        raise _Failure(str(exc)) from None
    if sys.stderr.isatty():
        click.echo("", err=True)
    click.echo(f"dateline: loaded {n_art:,} articles from {len(shards) - n_bad} shards into {db}"
               + (f"; {n_bad} unreadable shards skipped" if n_bad else ""), err=True)
    sys.exit(0 if n_art else 1)


@click.command("bench")
@click.option("--input", "input_path", type=click.Path(exists=True, dir_okay=False),
              help="Code these articles (any input format) instead of the synthetic corpus.")
@click.option("--articles", "n_articles", type=click.IntRange(min=1), default=200, show_default=True,
              help="Size of the synthetic corpus (or the first N of --input).")
@click.option("--workers", "-j", type=click.IntRange(min=1), default=None,
              help="Processes and Dask workers (default: this machine's cores, at least 2).")
@click.option("--no-dask", is_flag=True, help="Skip the Dask LocalCluster measure.")
@click.option("--profile", is_flag=True, help="Run the 1-process measure under cProfile and print the top functions.")
@click.option("--seed", type=int, default=7, show_default=True, help="Seed of the synthetic corpus.")
@click.option("--repeat", type=click.IntRange(min=1), default=1, show_default=True,
              help="Run each measure this many times and keep the fastest (on a busy machine, try 3).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def bench_cmd(input_path: str | None, n_articles: int, workers: int | None, no_dask: bool, profile: bool,
              seed: int, repeat: int, as_json: bool) -> None:
    """Measure words/s: bare spaCy, the pipeline on 1 and N processes, and a Dask LocalCluster.

    \b
    Bars (issue 9): pipeline/spaCy >= 0.75, 2 processes >= 1.8x one, Dask >= 0.8 of the
    multiprocess rate, <= 1 GB per worker. Numbers depend on the machine's other load: the
    load average is printed with them.
    """
    from . import default_workers
    from .bench import format_report, load_input, run_bench, synthetic_corpus

    n = workers or max(2, default_workers())
    if input_path:
        records = load_input(input_path, n_articles)
        corpus = f"{input_path}, first {len(records)}"
    else:
        records = synthetic_corpus(n_articles, seed)
        corpus = f"synthetic, seed {seed}"
    if not records:
        raise _Failure(f"{input_path}: no codable articles")

    def say(msg: str) -> None:
        click.echo(f"dateline bench: {msg}", err=True)

    try:
        rep = run_bench(records, workers=n, dask=not no_dask, profile=profile, corpus=corpus, repeat=repeat, say=say)
    except DatelineError as exc:
        raise _Failure(str(exc)) from None
    click.echo(json.dumps(rep.to_dict(), indent=2) if as_json else format_report(rep))



COMMANDS = [load_cmd, bench_cmd]
