"""``dateline serve``: the web UI and HTTP API over a store, read-only."""

from __future__ import annotations

import socket

import click

from .._errors import DatelineError


class _Failure(click.ClickException):
    """A store that cannot be served: exit status 2, like the other commands' usage errors."""

    exit_code = 2


@click.command("serve")
@click.option("--db", required=True, type=click.Path(dir_okay=False, exists=True),
              help="The DuckDB store to serve (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. The default serves this machine only; 0.0.0.0 exposes it to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free one).")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="info",
              show_default=True)
def serve_cmd(db: str, host: str, port: int, log_level: str) -> None:
    """Browse a coded corpus in the browser and query it over HTTP.

    \b
    Examples:
      dateline demo --db demo.duckdb && dateline serve --db demo.duckdb
      dateline serve --db events.duckdb --port 8080
    Then open http://127.0.0.1:8000/ (pages) or http://127.0.0.1:8000/docs (API).
    """
    try:
        import uvicorn

        from . import create_app

        app = create_app(db)
    except DatelineError as exc:
        raise _Failure(str(exc)) from None
    except ImportError as exc:
        raise _Failure(f"the web UI needs the 'web' extra ({exc.name}): pip install 'dateline[web]'") \
            from None
    if port == 0:
        with socket.socket() as s:
            s.bind((host, 0))
            port = s.getsockname()[1]
    click.echo(f"dateline: serving {db} (read-only) at http://{host}:{port}/  (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


COMMANDS = [serve_cmd]
