"""Commands of the event store: query, export, dyad, network, quotes, ingest, store-info, store-bench."""

from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from .._errors import DatelineError
from .._output import csv_safe, csv_safe_row, output_problem
from .export import COLUMN_SETS, EXPORT_FORMATS, ROW_KINDS
from .query import PLOVER_TYPES, QUERY_COLUMNS, format_table


class StoreFailure(click.ClickException):
    exit_code = 2


def _guard(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn dateline errors and bad filter values into one-line messages with exit status 2."""
    import functools

    @functools.wraps(fn)
    def wrapper(*a: Any, **kw: Any) -> Any:
        try:
            return fn(*a, **kw)
        except DatelineError as exc:
            raise StoreFailure(str(exc)) from None
        except ValueError as exc:
            raise StoreFailure(str(exc)) from None

    return wrapper


_db = click.option("--db", required=True, type=click.Path(dir_okay=False), help="The DuckDB store file.")


def _filters(fn: Callable[..., Any]) -> Callable[..., Any]:
    opts = [
        click.option("--actor", help="Actor name or id (substring, any case), either side."),
        click.option("--country", help="That actor's country (ISO 3166 alpha-3)."),
        click.option("--sector", help="That actor's sector (GOV, MIL, REB, ...)."),
        click.option("--counterpart", help="An actor on the other side: name/id substring or country code."),
        click.option("--type", "types", multiple=True, type=click.Choice(PLOVER_TYPES, case_sensitive=False),
                     help="PLOVER event type (repeatable)."),
        click.option("--quad-class", "quads", multiple=True, type=click.IntRange(1, 4),
                     help="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict (repeatable)."),
        click.option("--since", metavar="DATE", help="Events on or after (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", help="Events on or before (a month or year counts whole)."),
        click.option("--place", help="Location name substring or its country code."),
        click.option("--quote-text", help="A quote containing this text overlaps the event's sentence."),
        click.option("--include-flagged", is_flag=True, help="Keep negated and hypothetical events."),
    ]
    for o in reversed(opts):
        fn = o(fn)
    return fn


def _filter_kw(kw: dict[str, Any]) -> dict[str, Any]:
    out = {k: kw.pop(k) for k in ("actor", "country", "sector", "counterpart", "since", "until", "place",
                                  "quote_text", "include_flagged")}
    out["type"] = list(kw.pop("types")) or None
    out["quad_class"] = list(kw.pop("quads")) or None
    return out


def _open(db: str) -> Any:
    from .store import open_store

    return open_store(db, read_only=True, lock_wait=15.0)


@click.command("query")
@_db
@_filters
@click.option("--format", "fmt", type=click.Choice(("table", "jsonl", "csv")), default="table", show_default=True)
@click.option("--clusters", is_flag=True, help="One row per event cluster (deduplicated) instead of per mention.")
@click.option("--limit", type=int, default=200, show_default=True, help="At most this many rows (0: all).")
@click.option("--order", type=click.Choice(("date", "-date", "mentions", "intensity")), default="date")
@_guard
def query_cmd(db: str, fmt: str, clusters: bool, limit: int, order: str, **kw: Any) -> None:
    """Find events in a store.

    \b
    Examples:
      dateline query --db events.duckdb --actor putin --type THREATEN --since 2022-01
      dateline query --db events.duckdb --country RUS --counterpart UKR --quad-class 4 --format csv
    """
    flt = _filter_kw(kw)
    with _open(db) as st:
        rows = st.query(clusters=clusters, limit=limit or None, order=order, **flt)
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(QUERY_COLUMNS), lineterminator="\n")
        w.writeheader()
        w.writerows(csv_safe_row(r) for r in rows)
    else:
        cols = ["date", "type", "quad_class", "sources", "targets", "place", "mentions", "article_id", "sentence"]
        click.echo(format_table(rows, cols))
        click.echo(f"({len(rows)} rows{'; --limit reached' if limit and len(rows) == limit else ''})", err=True)


@click.command("export")
@_db
@_filters
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="Default: from --output's extension (.csv, .jsonl, .parquet, .geojson), else csv.")
@click.option("--rows", type=click.Choice(ROW_KINDS), default="event", show_default=True,
              help="One row per event mention, or per event x actor x role.")
@click.option("--columns", type=click.Choice(COLUMN_SETS), default="plover", show_default=True,
              help="PLOVER/POLECAT-like or GDELT-like column names (docs/store.md).")
@click.option("--clusters", is_flag=True, help="One row per event cluster (its earliest mention).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Output file (stdout for csv/jsonl/geojson).")
@_guard
def export_cmd(db: str, fmt: str, rows: str, columns: str, clusters: bool, output: str | None, **kw: Any) -> None:
    """Export events as CSV, JSON Lines, Parquet or GeoJSON.

    \b
    Examples:
      dateline export --db events.duckdb --format parquet -o events.parquet
      dateline export --db events.duckdb --rows event-actor --columns gdelt -o dyads.csv
    """
    flt = _filter_kw(kw)
    explicit = fmt is not None
    if fmt is None:
        fmt = _EXPORT_SUFFIXES.get(Path(output).suffix.lower(), "csv") if output else "csv"
    if fmt == "parquet" and not output:
        raise StoreFailure("--format parquet needs --output FILE.parquet")
    if output:
        problem = output_problem(output, "CSV, JSON Lines, Parquet or GeoJSON",
                                 ".csv, .jsonl, .parquet or .geojson (spreadsheets open .csv)", explicit)
        if problem:
            raise StoreFailure(problem)
    try:
        with _open(db) as st:
            stats = st.export(output or sys.stdout, fmt, rows=rows, columns=columns, clusters=clusters, **flt)
    except OSError as exc:
        if not output:
            raise
        raise StoreFailure(f"--output {output}: cannot write it ({exc.strerror or exc}); choose another path") from None
    msg = f"dateline: exported {stats['rows']} rows"
    if stats["skipped"]:
        msg += f" ({stats['skipped']} events without coordinates left out of the GeoJSON)"
    click.echo(msg, err=True)


#: ``dateline export -o NAME`` without ``--format``: the format its extension names.
_EXPORT_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet",
                    ".geojson": "geojson"}


def _chart_opt(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--chart", type=click.Path(dir_okay=False),
                        help="Also save a chart (.png or .svg; needs the 'charts' extra).")(fn)


def _print_df(df: Any, fmt: str) -> None:
    if fmt == "csv":
        df.map(csv_safe).to_csv(sys.stdout, index=False)
    elif fmt == "jsonl":
        click.echo(df.to_json(orient="records", lines=True, date_format="iso"), nl=False)
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", 500, "display.width", 160, "display.max_columns", 20):
            click.echo(df.to_string(index=False) if len(df) else "(no rows)")


_out_fmt = click.option("--format", "fmt", type=click.Choice(("table", "csv", "jsonl")), default="table",
                        show_default=True)


@click.command("dyad")
@_db
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(("country", "actor")), default="country", show_default=True)
@click.option("--freq", type=click.Choice(("week", "month")), default="month", show_default=True)
@click.option("--directed", is_flag=True, help="Only A as source and B as target.")
@click.option("--since", metavar="DATE")
@click.option("--until", metavar="DATE")
@_out_fmt
@_chart_opt
@_guard
def dyad_cmd(db: str, a: str, b: str, by: str, freq: str, directed: bool, since: str | None, until: str | None,
             fmt: str, chart: str | None) -> None:
    """Events and mean intensity per week or month between A and B, by quad class."""
    from .analyses import plot_dyad

    with _open(db) as st:
        df = st.dyad_series(a, b, by=by, freq=freq, directed=directed, since=since, until=until)
    _print_df(df, fmt)
    if chart:
        click.echo(f"dateline: chart saved to {plot_dyad(df, chart, title=f'{a} - {b} per {freq}')}", err=True)


@click.command("network")
@_db
@click.option("--by", type=click.Choice(("actor", "country")), default="actor", show_default=True)
@click.option("--min-events", type=int, default=1, show_default=True)
@click.option("--type", "types", multiple=True, type=click.Choice(PLOVER_TYPES, case_sensitive=False))
@click.option("--quad-class", "quads", multiple=True, type=click.IntRange(1, 4))
@click.option("--since", metavar="DATE")
@click.option("--until", metavar="DATE")
@click.option("--top", type=int, default=50, show_default=True, help="Print (and draw) the strongest edges.")
@_out_fmt
@_chart_opt
@_guard
def network_cmd(db: str, by: str, min_events: int, types: tuple[str, ...], quads: tuple[int, ...],
                since: str | None, until: str | None, top: int, fmt: str, chart: str | None) -> None:
    """The actor (or country) network: edges weighted by events."""
    from .analyses import plot_network

    with _open(db) as st:
        df = st.network(by=by, min_events=min_events, type=list(types) or None, quad_class=list(quads) or None,
                        since=since, until=until)
    _print_df(df.head(top) if top else df, fmt)
    if chart:
        click.echo(f"dateline: chart saved to {plot_network(df, chart, top=top or 40)}", err=True)


@click.command("quotes")
@_db
@click.option("--speaker", help="Speaker name or id (substring).")
@click.option("--text", help="Quote text (substring).")
@click.option("--since", metavar="DATE")
@click.option("--until", metavar="DATE")
@click.option("--summary", is_flag=True, help="One row per speaker with counts.")
@click.option("--limit", type=int, default=200, show_default=True, help="0: all.")
@_out_fmt
@_chart_opt
@_guard
def quotes_cmd(db: str, speaker: str | None, text: str | None, since: str | None, until: str | None,
               summary: bool, limit: int, fmt: str, chart: str | None) -> None:
    """Quotes by speaker (with --summary: who is quoted how often)."""
    from .analyses import plot_speakers

    with _open(db) as st:
        df = st.quotes_by(speaker, text=text, since=since, until=until, summary=summary or bool(chart),
                          limit=limit or None)
    _print_df(df, fmt)
    if chart:
        click.echo(f"dateline: chart saved to {plot_speakers(df, chart)}", err=True)


_JSON_NAMES = {"str": "string", "list": "array", "int": "number", "float": "number", "bool": "boolean",
               "NoneType": "null"}


@click.command("ingest")
@_db
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--recode", is_flag=True, help="Replace articles even when stored with the same text and coder.")
@_guard
def ingest_cmd(db: str, inputs: tuple[str, ...], recode: bool) -> None:
    """Store already-coded articles (dateline code's JSON Lines output) in a database."""
    from .store import ingest

    skipped = [0]

    def coded(d: Any, where: str) -> bool:
        if isinstance(d, dict) and str(d.get("schema", "")).startswith("dateline/") and "id" in d and "text" in d:
            return True
        skipped[0] += 1
        what = ("not dateline code output (no \"schema\": \"dateline/1\"); code raw articles with: "
                f"dateline code FILE --db {db}") if isinstance(d, dict) else f"a JSON {_JSON_NAMES.get(type(d).__name__, type(d).__name__)}, not an article"
        click.echo(f"dateline: {where}: {what}; skipped", err=True)
        return False

    def articles() -> Iterator[dict[str, Any]]:
        for path in inputs:
            fh = sys.stdin if path == "-" else open(path, encoding="utf-8-sig")
            try:
                first = fh.readline()
                if first.lstrip().startswith("["):  # dateline code --format json: one array
                    try:
                        items = json.loads(first + fh.read())
                    except json.JSONDecodeError as exc:
                        raise StoreFailure(f"{path}: malformed JSON array (line {exc.lineno}, column {exc.colno}: "
                                           f"{exc.msg}); give dateline code's JSON Lines or JSON output") from None
                    yield from (d for i, d in enumerate(items) if coded(d, f"{path}[{i}]"))
                    continue
                for n, line in enumerate(itertools.chain([first], fh), 1):
                    if not line.strip():
                        continue
                    try:
                        d = json.loads(line)
                    except json.JSONDecodeError as exc:
                        skipped[0] += 1
                        click.echo(f"dateline: {path}:{n}: not JSON ({exc.msg}); skipped", err=True)
                        continue
                    if coded(d, f"{path}:{n}"):
                        yield d
            finally:
                if fh is not sys.stdin:
                    fh.close()

    stats = ingest(db, articles(), recode=recode)
    bad = f", {skipped[0]} records that are not coded articles" if skipped[0] else ""
    click.echo(f"dateline: stored {stats['stored']} articles, skipped {stats['skipped']} already stored{bad}", err=True)
    if skipped[0] and not stats["stored"] and not stats["skipped"]:
        sys.exit(1)


@click.command("store-info")
@_db
@click.option("--check", is_flag=True, help="Also check integrity (exit status 1 on a problem).")
@click.option("--migrate", is_flag=True, help="Open for writing, upgrading an older schema.")
@click.option("--window", type=click.IntRange(0, 365), help="Set the deduplication window (days) and recluster.")
@_guard
def store_info_cmd(db: str, check: bool, migrate: bool, window: int | None) -> None:
    """Describe a store: schema version, row counts, clusters, coder versions."""
    from .store import open_store

    rw = migrate or window is not None
    with open_store(db, read_only=not rw, lock_wait=5.0) as st:
        if window is not None:
            n = st.set_window(window)
            click.echo(f"dateline: deduplication window set to {window} days; {n} mentions reclustered", err=True)
        click.echo(json.dumps(st.info(), indent=2, default=str))
        problems = st.check() if check else []
    for p in problems:
        click.echo(f"problem: {p}", err=True)
    if check:
        click.echo("integrity: " + ("ok" if not problems else f"{len(problems)} problems"), err=True)
    if problems:
        sys.exit(1)


@click.command("store-bench")
@click.option("--events", "n_events", type=int, default=1_000_000, show_default=True)
@click.option("--db", type=click.Path(dir_okay=False), help="Build here (default: a temporary file, removed after).")
@click.option("--ingest-articles", type=int, default=300, show_default=True,
              help="Synthetic coded articles for the ingest throughput test.")
@click.option("--json", "as_json", is_flag=True)
@_guard
def bench_cmd(n_events: int, db: str | None, ingest_articles: int, as_json: bool) -> None:
    """Build a synthetic store and time a dyad-by-month aggregate, a filtered lookup and ingest."""
    from .bench import run_bench

    res = run_bench(n_events=n_events, path=db, ingest_articles=ingest_articles,
                    log=lambda m: click.echo(m, err=True))
    if as_json:
        click.echo(json.dumps(res, indent=2))
    else:
        for k, v in res.items():
            click.echo(f"{k:32s} {v}")


COMMANDS = [query_cmd, export_cmd, dyad_cmd, network_cmd, quotes_cmd, ingest_cmd, store_info_cmd, bench_cmd]
