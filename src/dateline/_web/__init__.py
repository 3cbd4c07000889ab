"""The web UI and HTTP API over an event store: ``dateline serve --db events.duckdb``.

    from dateline._web import create_app
    app = create_app("events.duckdb")

See docs/web.md. Needs the ``web`` extra (fastapi, uvicorn, jinja2).
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def create_app(db: str, **kw: Any) -> Any:
    """The FastAPI application over the store ``db`` (opened read-only)."""
    try:
        from .app import create_app as _create
    except ImportError as exc:
        from .._errors import MissingExtra

        raise MissingExtra("the web UI", "web", getattr(exc, "name", None) or "fastapi") from None
    return _create(db, **kw)
