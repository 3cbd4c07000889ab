"""The ``dateline`` command: a thin layer over functions that return data.

JSON Lines go to stdout; diagnostics and progress go to stderr (progress only when
stderr is a terminal). Errors are :class:`click.ClickException` with the cause and the fix.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import click

from .__about__ import __version__
from ._errors import DatelineError
from ._output import FORMATS, TABLES
from ._readers import DEFAULT_MAX_CHARS, MAX_PARSE_CHARS, Record, read_inputs
from ._records import Article

EXIT_OK, EXIT_NONE_CODED, EXIT_USAGE = 0, 1, 2


class Failure(click.ClickException):
    """An error with an actionable message and no traceback."""

    exit_code = EXIT_USAGE


def _fail(exc: Exception) -> Failure:
    return Failure(str(exc))


def _parse_fields(values: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for v in values:
        if "=" not in v:
            raise Failure(f"--field {v!r}: write it as NAME=COLUMN, for example --field text=body")
        k, col = v.split("=", 1)
        k = k.strip()
        if k not in ("text", "id", "date", "title", "url", "source", "language"):
            raise Failure(f"--field {v!r}: NAME must be one of text, id, date, title, url, source, language")
        out[k] = col.strip()
    return out


def _progress(items: Iterator[Article], total: int | None, label: str) -> Iterator[Article]:
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    cols = [TextColumn(label), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} art/s"), TimeRemainingColumn()]
    import time

    start = time.perf_counter()
    with Progress(*cols, console=_stderr_console(), transient=True) as prog:
        task = prog.add_task(label, total=total, rate="-")
        for n, art in enumerate(items, 1):
            rate = n / max(time.perf_counter() - start, 1e-9)
            prog.update(task, advance=1, rate=f"{rate:.1f}")
            yield art


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="dateline")
def cli() -> None:
    """dateline: political event data from news text, every field traced to its characters.

    \b
    Examples:
      dateline code story.txt                      # JSON Lines on stdout
      dateline code corpus/ --output events.jsonl
      cat story.txt | dateline code - --date 2022-02-04
      dateline demo                                # code the bundled demo corpus
      dateline evaluate tests/gold/articles.jsonl --detail
    """


@cli.command("code")
@click.argument("inputs", nargs=-1, type=str)
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Article date for records that carry none.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Output format (default: from --output's extension, else jsonl).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
              help="Write here instead of stdout; a .gz name (events.csv.gz) compresses.")
@click.option("--table", type=click.Choice(TABLES), default="events", show_default=True,
              help="For csv and parquet: which flat table to write.")
@click.option("--field", "fields", multiple=True, metavar="NAME=COLUMN",
              help="Map a JSON/CSV field, e.g. --field text=body --field date=published.")
@click.option("--max-chars", type=click.IntRange(1, MAX_PARSE_CHARS), default=DEFAULT_MAX_CHARS, show_default=True,
              help="Per-article size limit; longer articles get an error record (at most the parser's 2,000,000).")
@click.option("--model", default=None, help="spaCy model package or path (default: en_core_web_sm 3.8.0).")
@click.option("--kb-extra", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actors/aliases (YAML or TSV); also read from $DATELINE_KB_EXTRA.")
@click.option("--batch-size", type=int, default=32, show_default=True)
@click.option("--workers", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: this machine's cores; 1 codes in this process).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: worker processes here; dask: shards on a Dask cluster (pip install 'dateline[dask]').")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Dask scheduler (default: a local Dask cluster).")
@click.option("--output-dir", type=click.Path(file_okay=False),
              help="With --engine dask: write one Parquet file per shard here; a rerun skips shards already written.")
@click.option("--shard-size", type=click.IntRange(min=1), default=None,
              help="With --engine dask: articles per shard (default 100).")
@click.option("--db", type=click.Path(dir_okay=False), help="Also store every article in this DuckDB file; a rerun "
              "skips articles stored with the same text and coder version. No stdout unless --format/--output.")
@click.option("--recode", is_flag=True, help="With --db: code and replace articles even when already stored.")
def code_cmd(inputs: tuple[str, ...], date: str | None, fmt: str | None, output: str | None, table: str,
             fields: tuple[str, ...], max_chars: int, model: str | None, kb_extra: tuple[str, ...],
             batch_size: int, workers: int | None, engine: str, scheduler: str | None, output_dir: str | None,
             shard_size: int | None, db: str | None, recode: bool) -> None:
    """Code articles from files, directories or stdin (-) into PLOVER events and more.

    \b
    Inputs: dateline text ("date YYYY-MM-DD" header), .txt, .jsonl, .json (an object, an
    array or pretty-printed records), .csv/.tsv, .html, directories (recursive), - for
    stdin, and .gz of any of these; UTF-8, or UTF-16/UTF-32 with a byte-order mark.
    Exit status: 0 when at least one record was coded, 1 when none was, 2 for usage errors.
    """
    from ._pipeline import Settings
    from ._readers import normalise_date

    if not inputs:
        if sys.stdin.isatty():
            raise Failure("no input: give files or directories, or '-' to read stdin (see dateline code --help)")
        inputs = ("-",)
    if date is not None and normalise_date(date) != date:
        raise Failure(f"--date {date!r}: write a calendar date as YYYY-MM-DD, for example --date 2022-02-04")
    if db and output is None and fmt is None:
        output = os.devnull  # --db alone: the database is the output
    explicit = fmt is not None
    if fmt is None:
        fmt = _format_from_path(output)
    if fmt == "parquet" and not output:
        raise Failure("--format parquet needs --output FILE.parquet (Parquet is not written to a terminal)")
    if output and output != os.devnull:
        _check_output(output, fmt, explicit)
    for p in inputs:
        if p != "-" and not Path(p).exists():
            raise Failure(f"{p}: no such file or directory")
    extras = tuple(kb_extra) + tuple(x for x in os.environ.get("DATELINE_KB_EXTRA", "").split(os.pathsep) if x)
    from ._scale import ArticleStream, code_articles, count_articles

    field_map = _parse_fields(fields)
    sink = None
    try:
        if db:  # the event store (dateline._store): skips stored records, stores coded articles (main process)
            from ._store import StoreSink

            sink = StoreSink(db, recode=recode)
        articles = code_articles(
            inputs, lambda ins: (sink.records if sink else iter)(
                _report_bad(read_inputs(ins, date=date, fields=field_map, max_chars=max_chars))),
            Settings(model=model, batch_size=batch_size, max_chars=max_chars, kb_extra=extras),
            workers=workers, engine=engine, scheduler=scheduler, output_dir=output_dir, shard_size=shard_size,
            fingerprint={"date": date, "fields": field_map})
        if sink:
            articles = ArticleStream(iter(sink.articles(articles)))  # keeps one progress display
    except DatelineError as exc:
        raise _fail(exc) from None
    try:
        if output_dir and not output:  # the Parquet shards are the output
            n_ok, n_bad = count_articles(articles)
        else:
            n_ok, n_bad = run_and_write(articles, fmt, output, table)
    except DatelineError as exc:
        raise _fail(exc) from None
    click.echo(f"dateline: {n_ok} article{'' if n_ok == 1 else 's'} coded, {n_bad} with errors", err=True)
    sys.exit(EXIT_OK if n_ok or (sink and sink.skipped) else EXIT_NONE_CODED)


def _report_bad(records: Iterable[Record]) -> Iterator[Record]:
    for rec in records:
        if rec.error is not None:
            click.echo(f"dateline: {rec.error}", err=True)
        for warning in rec.warnings:
            click.echo(f"dateline: warning: {warning}", err=True)
        yield rec


def _out_suffix(output: str) -> str:
    """The extension that names the format: ``events.csv.gz`` -> ``.csv``."""
    p = Path(output)
    if p.suffix.lower() in (".gz", ".gzip"):
        p = p.with_suffix("")
    return p.suffix.lower()


def _format_from_path(output: str | None) -> str:
    if not output:
        return "jsonl"
    suffix = _out_suffix(output)
    return {".json": "json", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}.get(suffix, "jsonl")


def _check_output(output: str, fmt: str, explicit: bool = False) -> None:
    """Refuse, before any coding, an --output that cannot be written or whose name promises another format."""
    from ._output import output_problem

    problem = output_problem(output, "JSON Lines, JSON, CSV or Parquet", ".jsonl, .json, .csv or .parquet "
                             "(spreadsheets open .csv), or add .gz to compress", explicit)
    if problem:
        raise Failure(problem)
    if fmt == "parquet" and Path(output).suffix.lower() in (".gz", ".gzip"):
        raise Failure(f"--output {output}: Parquet is compressed already; drop the .gz")


def run_and_write(articles: Iterable[Article], fmt: str, output: str | None, table: str = "events") -> tuple[int, int]:
    """Write articles in ``fmt`` to ``output`` (or stdout); returns (coded, with errors)."""
    counts = [0, 0]

    def counted(items: Iterable[Article]) -> Iterator[Article]:
        for art in items:
            counts[0 if art.ok else 1] += 1
            yield art

    try:
        return _write(articles, fmt, output, table, counted, counts)
    except OSError as exc:
        if not output or exc.filename not in (output, os.fspath(output)):
            raise
        raise Failure(f"--output {output}: cannot write it ({exc.strerror}); choose another path") from None


def _write(articles: Iterable[Article], fmt: str, output: str | None, table: str,
           counted: Any, counts: list[int]) -> tuple[int, int]:
    from . import _output

    shown = articles if getattr(articles, "reports_progress", False) else _progress(iter(articles), None, "coding")
    stream = counted(iter(shown))
    with contextlib.ExitStack() as stack:
        if fmt == "parquet":
            assert output
            for _ in _output.write_parquet(stream, output, table):
                pass
            return counts[0], counts[1]
        fh: IO[str]
        if output and Path(output).suffix.lower() in (".gz", ".gzip"):
            import gzip

            fh = stack.enter_context(gzip.open(output, "wt", encoding="utf-8", newline=""))
        elif output:
            fh = stack.enter_context(open(output, "w", encoding="utf-8", newline=""))
        else:
            fh = sys.stdout
        writer = {"jsonl": _output.write_jsonl, "json": _output.write_json}.get(fmt)
        gen = writer(stream, fh) if writer else _output.write_csv(stream, fh, table)
        for _ in gen:
            pass
    return counts[0], counts[1]


@cli.command("demo")
@click.option("--output", "-o", default="demo-output.jsonl", show_default=True, type=click.Path(dir_okay=False),
              help="Where to write the coded demo corpus (JSON Lines).")
@click.option("--db", type=click.Path(dir_okay=False),
              help="Also store the coded demo corpus in this DuckDB file (then: dateline serve --db FILE).")
def demo_cmd(output: str, db: str | None) -> None:
    """Code the bundled demo corpus, print a summary and write JSON Lines."""
    from ._demo import demo_records, summarise
    from ._pipeline import Pipeline

    _check_output(output, "jsonl")
    pipeline = Pipeline()
    articles: list[Article] = []
    with open(output, "w", encoding="utf-8") as fh:
        for art in pipeline.code_records(demo_records()):
            fh.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
            articles.append(art)
    click.echo(summarise(articles))
    click.echo(f"\nwrote {len(articles)} coded articles to {output}")
    if db:
        from ._store import open_store

        try:
            with open_store(db) as st:
                st.add_many(articles)
        except DatelineError as exc:
            raise _fail(exc) from None
        click.echo(f"stored them in {db}; browse with: dateline serve --db {db}")


@cli.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--detail", is_flag=True, help="Also print per-article scores and every miss and false alarm.")
@click.option("--layer", "layers", multiple=True,
              type=click.Choice(["events", "quotes", "actors", "times", "amounts", "places"]),
              help="Score only these layers (default: all the gold file annotates).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False),
              help="Score this coded JSON Lines file instead of coding the gold texts now.")
def evaluate_cmd(gold: str, detail: bool, layers: tuple[str, ...], as_json: bool, predictions: str | None) -> None:
    """Score the coder against a gold file (precision, recall, F1 per layer and article).

    The gold format and the matching rules are in docs/evaluation.md.
    """
    from ._evaluate import evaluate_file, format_report

    try:
        if predictions:
            _warn_unmatched_predictions(gold, predictions)
        report = evaluate_file(gold, layers=layers or None, predictions=predictions)
    except DatelineError as exc:
        raise _fail(exc) from None
    if not report.layers:
        raise Failure(f"{gold}: no annotations to score against (no article has events, quotes, actors, times, "
                      "amounts or places); a gold file is described in docs/evaluation.md")
    if as_json:
        click.echo(json.dumps(report.to_dict(detail=detail), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, detail=detail))


def _warn_unmatched_predictions(gold: str, predictions: str) -> None:
    """Say so when gold articles have no prediction: they would be scored as all misses, silently."""
    from ._evaluate import load_gold

    gold_ids = [str(g.get("id")) for g in load_gold(gold)]
    pred_ids: set[str] = set()
    with open(predictions, encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise Failure(f"{predictions}:{n}: not JSON ({exc.msg}); --predictions takes dateline code's "
                              "JSON Lines output") from None
            if isinstance(d, dict):
                pred_ids.add(str(d.get("id")))
    missing = [i for i in gold_ids if i not in pred_ids]
    if missing:
        click.echo(f"dateline: warning: {len(missing)} of {len(gold_ids)} gold articles have no prediction in "
                   f"{predictions} (ids such as {', '.join(missing[:3])}); they are scored as all misses. Code the "
                   f"gold file itself: dateline code {gold} -o {predictions}", err=True)


#: Modules that contribute commands: each defines ``COMMANDS``, a list of click commands.
COMMAND_MODULES = ("dateline._actors.cli", "dateline._store.cli", "dateline._web.cli", "dateline._scale.cli")


def _register_commands() -> None:
    import importlib

    for name in COMMAND_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue  # that feature is not built yet
            raise
        for cmd in getattr(mod, "COMMANDS", ()):
            cli.add_command(cmd)


_register_commands()


def main() -> None:
    try:
        cli(prog_name="dateline")
    except KeyboardInterrupt:
        click.echo("dateline: interrupted", err=True)
        sys.exit(130)
