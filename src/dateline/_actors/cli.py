"""``dateline kb``: look up, validate and benchmark the actor knowledge base."""

from __future__ import annotations

import datetime as _dt
import json
import os
import sys
import time

import click

from .._errors import DatelineError


def _extras(kb_extra: tuple[str, ...]) -> tuple[str, ...]:
    env = tuple(x for x in os.environ.get("DATELINE_KB_EXTRA", "").split(os.pathsep) if x)
    return tuple(kb_extra) + env


@click.group("kb")
def kb_group() -> None:
    """The actor knowledge base: look up names, validate extra files, benchmark.

    \b
    Examples:
      dateline kb lookup "the Kremlin"
      dateline kb lookup Putin --date 2010-06-01
      dateline kb validate my_actors.yaml
      dateline kb bench corpus.jsonl --limit 200
    """


@kb_group.command("lookup")
@click.argument("name")
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Resolve offices and sectors on this date.")
@click.option("--kb-extra", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actors/aliases (YAML or TSV); also read from $DATELINE_KB_EXTRA.")
def lookup_cmd(name: str, date: str | None, kb_extra: tuple[str, ...]) -> None:
    """Print the actors NAME can mean (JSON Lines): names, aliases, ids, ISO3 codes.

    A role such as "head_of_state:RUS" prints who held it on --date.
    """
    from . import load_kb

    d = None
    if date:
        try:
            d = _dt.date.fromisoformat(date)
        except ValueError:
            raise click.BadParameter(f"{date!r}: write the date as YYYY-MM-DD", param_hint="--date") from None
    try:
        kb = load_kb(_extras(kb_extra))
    except DatelineError as exc:
        raise click.ClickException(str(exc)) from None
    actors = kb.lookup(name, d)
    if not actors and ":" in name:
        role, where = name.split(":", 1)
        holder = kb.office_holder(where.strip(), role.strip(), d.isoformat() if d else None)
        if holder:
            actors = [kb.actor(holder, d.isoformat() if d else None, text=name)]
    for a in actors:
        row = a.to_dict()
        row.pop("span", None)
        e = kb.entries.get(a.id or "")
        if e is not None:
            row["aliases"] = e.aliases[:20] + e.short
            if e.roles:
                row["roles"] = [{"role": r.role, "country": r.country, "org": r.org, "start": r.start or None,
                                 "end": r.end or None} for r in e.roles]
            if e.members and d is not None:
                row["members"] = kb.members_of(e.id, d.isoformat())
        click.echo(json.dumps(row, ensure_ascii=False))
    if not actors:
        click.echo(f"dateline: no actor is known as {name!r}", err=True)
        sys.exit(1)


@kb_group.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
def validate_cmd(files: tuple[str, ...]) -> None:
    """Check extra KB files (YAML or TSV); print every bad row with its line number.

    Exit status 1 when any file has problems. The formats are described in docs/actors.md.
    """
    from .kb import Problem, build_kb, read_extra

    kb = build_kb()
    problems: list[Problem] = []
    n = 0
    for f in files:
        ents, ags = read_extra(f, kb, problems)
        n += len(ents) + len(ags)
    for p in problems:
        click.echo(str(p), err=True)
    if problems:
        click.echo(f"dateline: {len(problems)} problem(s) in {len(files)} file(s)", err=True)
        sys.exit(1)
    click.echo(f"ok: {n} record(s) in {len(files)} file(s)")


@kb_group.command("bench")
@click.argument("inputs", nargs=-1, type=click.Path(exists=True))
@click.option("--limit", type=int, default=200, show_default=True, help="Articles to time.")
def bench_cmd(inputs: tuple[str, ...], limit: int) -> None:
    """Time KB loading and actor resolution against spaCy parsing on the same articles."""
    from .._nlp import load_model
    from .._readers import read_inputs
    from .._textprep import prepare
    from . import kb as kbmod
    from .resolve import Resolver

    t0 = time.perf_counter()
    kbmod._LOADED.clear()
    kb = kbmod.load_kb()
    t_load = time.perf_counter() - t0
    texts: list[tuple[str, str | None]] = []
    if inputs:
        for rec in read_inputs(inputs):
            if rec.error is None and rec.text:
                texts.append((rec.text, rec.date))
            if len(texts) >= limit:
                break
    else:
        from .._demo import demo_records

        for rec in demo_records():
            texts.append((rec.text or "", rec.date))
    nlp = load_model()
    clean = [prepare(t).clean for t, _ in texts]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(clean, batch_size=32))
    t_spacy = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_mentions = 0
    for doc, (_, date) in zip(docs, texts, strict=True):
        n_mentions += len(Resolver(kb, doc, date).build())
    t_res = time.perf_counter() - t0
    result = {
        "articles": len(texts), "kb_load_s": round(t_load, 3), "spacy_s": round(t_spacy, 3),
        "actors_s": round(t_res, 3), "actors_over_spacy": round(t_res / max(t_spacy, 1e-9), 4),
        "mentions": n_mentions, "kb_version": kb.version,
    }
    click.echo(json.dumps(result))


COMMANDS = [kb_group]
