"""The FastAPI application: JSON API (with CSV twins), server-rendered pages, one error shape.

    from dateline._web import create_app
    app = create_app("events.duckdb")      # serve with uvicorn

The database is opened read-only once; every request reads through its own DuckDB cursor.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import threading
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..__about__ import __version__
from .._output import csv_safe
from . import svg
from .data import ORDERS, BadRequest, Database, Reader, make_cursor, read_cursor
from .highlight import event_anchor, highlight, marks_of

HERE = Path(__file__).parent
log = logging.getLogger("dateline.web")
API_SCHEMA = "dateline-web/1"
MAX_PAGE = 500
DEFAULT_PAGE = 50
MAX_BODY = 256 * 1024
MAX_CODE_CHARS = 100_000
MAX_STR = 200

#: The columns of each CSV twin (an empty list still gets its header).
CSV_COLUMNS: dict[str, list[str]] = {
    "articles": ["article_id", "date", "title", "url", "source", "n_events", "coder_version", "errors"],
    "quotes": ["speaker", "speaker_key", "speaker_id", "speaker_country", "quote", "kind", "cue", "article_id", "date",
               "seq", "span_start", "span_end", "title", "url"],
    "places": ["lat", "lon", "name", "country", "mentions", "events", "q1", "q2", "q3", "q4", "mean_intensity"],
    "actor-series": ["period", "quad_class", "type", "role", "events", "mentions", "mean_intensity"],
    "actor-by_type": ["type", "quad_class", "role", "events", "mentions"],
    "actor-counterparts": ["key", "name", "country", "events", "mean_intensity", "cooperative", "conflictual"],
    "actor-quotes": ["article_id", "date", "title", "seq", "quote", "kind", "cue", "span_start", "span_end"],
}

FORMAT = Query("json", description="`csv` for the CSV twin of this list.")


# -- errors -----------------------------------------------------------------------------------------

_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "payload_too_large",
          415: "unsupported_media_type", 422: "validation_error", 500: "internal_error", 503: "unavailable"}


def error_body(status: int, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The one error shape of the API: ``{"error": {"status", "code", "message", "details"}}``."""
    return {"error": {"status": status, "code": _CODES.get(status, "error"), "message": message,
                      "details": details or []}}


def _wants_json(path: str) -> bool:
    return path.startswith("/api") or path == "/openapi.json"


class BodyLimit:
    """ASGI middleware: refuse a request body over ``max_bytes`` with 413 (declared or streamed)."""

    def __init__(self, app: Any, max_bytes: int, render: Callable[[str, int, str], Response]) -> None:
        self.app, self.max_bytes, self.render = app, max_bytes, render

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        msg = f"request body over the limit of {self.max_bytes} bytes"
        for k, v in scope.get("headers") or []:
            if k == b"content-length":
                try:
                    declared = int(v)
                except ValueError:
                    declared = 0
                if declared > self.max_bytes:
                    await self.render(scope["path"], 413, msg)(scope, receive, send)
                    return
        body = b""
        while True:
            m = await receive()
            if m["type"] == "http.disconnect":
                return
            body += m.get("body", b"")
            if len(body) > self.max_bytes:
                await self.render(scope["path"], 413, msg)(scope, receive, send)
                return
            if not m.get("more_body"):
                break
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


# -- models (for the OpenAPI document) ------------------------------------------------------------


class CodeRequest(BaseModel):
    """An article to code now (not stored)."""

    text: str = Field(..., min_length=1, max_length=MAX_CODE_CHARS, description="The article body.")
    date: str | None = Field(None, max_length=10, pattern=r"^\d{4}-\d{2}-\d{2}$",
                             description="Article date, YYYY-MM-DD (anchors relative times).")
    title: str | None = Field(None, max_length=1000)
    id: str | None = Field(None, max_length=200)

    @field_validator("date")
    @classmethod
    def _calendar_date(cls, v: str | None) -> str | None:
        import datetime

        if v is not None:
            try:
                datetime.date.fromisoformat(v)
            except ValueError:
                raise ValueError(f"{v!r} is not a calendar date (YYYY-MM-DD)") from None
        return v


class ListPage(BaseModel):
    """Every list answer: items plus paging. Items keep their keys across releases (new keys may appear)."""

    schema_: str = Field(API_SCHEMA, alias="schema")
    items: list[dict[str, Any]]
    count: int
    total: int | None = None
    next_cursor: str | None = None
    links: dict[str, str | None] = {}


class ErrorBody(BaseModel):
    error: dict[str, Any]


ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}, 422: {"model": ErrorBody}}


# -- helpers ------------------------------------------------------------------------------------------


def _url(path: str, params: dict[str, Any] | None = None) -> str:
    items: list[tuple[str, str]] = []
    for k, v in (params or {}).items():
        if v is None or v == "" or v is False or v == []:
            continue
        if isinstance(v, list | tuple):
            items += [(k, str(x)) for x in v if x not in (None, "")]
        else:
            items.append((k, "1" if v is True else str(v)))
    qs = urllib.parse.urlencode(items)
    return path + ("?" + qs if qs else "")


def _quote_path(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def _csv_cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, list | tuple):
        return "; ".join(str(x) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, default=str)
    if isinstance(v, float) and math.isnan(v):
        return ""
    return v


def csv_response(rows: list[dict[str, Any]], name: str, columns: list[str]) -> Response:
    cols = columns
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    for r in rows:
        # A cell starting with = + - @, a tab or CR is prefixed with ' so spreadsheets do not run it as a formula.
        w.writerow([csv_safe(_csv_cell(r.get(c))) for c in cols])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'inline; filename="{name}.csv"'})


def _jsonable(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_jsonable(x) for x in v]
    if isinstance(v, float) and math.isnan(v):
        return None
    if v is None or isinstance(v, str | int | float | bool):
        return v
    return str(v)


def _q(desc: str) -> Any:
    return Query(None, max_length=MAX_STR, description=desc)


class EventFilters:
    """The filters of ``dateline query``, as query parameters (all optional, all combinable)."""

    def __init__(
        self,
        actor: str | None = _q("Actor name or id (substring, any case), either side."),
        country: str | None = _q("That actor's country (ISO 3166 alpha-3)."),
        sector: str | None = _q("That actor's sector (GOV, MIL, REB, ...)."),
        counterpart: str | None = _q("An actor on the other side: name/id substring or country code."),
        type: list[str] = Query([], description="PLOVER event type (repeatable), e.g. ASSAULT."),  # noqa: A002
        quad_class: list[str] = Query([], description="Quad class 1-4 (repeatable)."),
        since: str | None = _q("Events on or after YYYY, YYYY-MM or YYYY-MM-DD."),
        until: str | None = _q("Events on or before (a month or year counts whole)."),
        place: str | None = _q("Location name substring or its country code."),
        quote_text: str | None = _q("A quote containing this text overlaps the event's sentence."),
        include_flagged: bool = Query(False, description="Keep negated and hypothetical events."),
    ) -> None:
        quads: list[int] = []
        for q in quad_class:
            if q in ("", None):
                continue
            try:
                quads.append(int(q))
            except ValueError:
                raise BadRequest(f"quad_class {q!r}: give 1, 2, 3 or 4") from None
        self.values: dict[str, Any] = {
            "actor": actor, "country": country, "sector": sector, "counterpart": counterpart,
            "type": [t for t in type if t], "quad_class": quads, "since": since, "until": until, "place": place,
            "quote_text": quote_text, "include_flagged": include_flagged,
        }

    def params(self) -> dict[str, Any]:
        return {k: v for k, v in self.values.items() if v not in (None, "", [], False)}


# -- the application --------------------------------------------------------------------------------


def create_app(db: str, *, pipeline_factory: Callable[[], Any] | None = None, max_body: int = MAX_BODY,
               max_code_chars: int = MAX_CODE_CHARS) -> FastAPI:
    """The web application over the store ``db`` (opened read-only now: a bad file fails here)."""
    database = Database(db)
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(url=_url, qp=_quote_path, quad_names=svg.QUAD_NAMES, quad_colours=svg.QUAD_COLOURS,
                       version=__version__, db_name=Path(db).name, anchor=event_anchor,
                       setkey=lambda d, k, v: {**d, k: v})
    pipe_lock = threading.Lock()
    pipe_holder: dict[str, Any] = {}

    def get_pipeline() -> Any:
        with pipe_lock:
            if "p" not in pipe_holder:
                if pipeline_factory is not None:
                    pipe_holder["p"] = pipeline_factory()
                else:
                    from .._pipeline import Pipeline

                    pipe_holder["p"] = Pipeline()
            return pipe_holder["p"]

    def render_error(path: str, status: int, message: str, details: list[dict[str, Any]] | None = None) -> Response:
        if _wants_json(path):
            return JSONResponse(error_body(status, message, details), status_code=status)
        html = env.get_template("error.html").render(status=status, code=_CODES.get(status, "error"),
                                                     message=message, details=details or [], title="Error",
                                                     path=path)
        return HTMLResponse(html, status_code=status)

    app = FastAPI(title="dateline", version=__version__, docs_url=None, redoc_url=None,
                  description="Events, quotes and actors coded by dateline, each with the exact words it came "
                              "from. Lists answer JSON (`format=csv` for CSV) and page with opaque cursors.")
    app.state.database = database
    app.add_middleware(BodyLimit, max_bytes=max_body, render=render_error)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"nothing at {request.url.path}"
        return render_error(request.url.path, exc.status_code, msg)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()]
        first = details[0] if details else {"loc": [], "msg": "invalid request"}
        return render_error(request.url.path, 422, f"{'.'.join(first['loc'][1:] or first['loc'])}: {first['msg']}",
                            details)

    @app.exception_handler(BadRequest)
    async def _bad_request(request: Request, exc: BadRequest) -> Response:
        return render_error(request.url.path, 422, str(exc))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        log.error("error answering %s", request.url.path, exc_info=exc)
        return render_error(request.url.path, 500, f"internal error ({type(exc).__name__}); see the server log")

    def reader() -> Any:
        r = Reader(database.cursor())
        try:
            yield r
        finally:
            r.close()

    def page(name: str, request: Request, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(request=request, path=request.url.path, **ctx))

    def listing(request: Request, items: list[dict[str, Any]], more: bool, offset: int, scope: dict[str, Any],
                total: int | None = None) -> dict[str, Any]:
        nxt = make_cursor(offset + len(items), scope) if more else None
        params = dict(request.query_params.multi_items())
        base = {k: v for k, v in request.query_params.multi_items() if k not in ("cursor", "format")}
        q = list(base.items())
        return {"schema": API_SCHEMA, "items": _jsonable(items), "count": len(items), "total": total,
                "next_cursor": nxt,
                "links": {"self": str(request.url.path) + ("?" + urllib.parse.urlencode(list(params.items()))
                                                             if params else ""),
                          "next": (request.url.path + "?" + urllib.parse.urlencode([*q, ("cursor", nxt)]))
                          if nxt else None,
                          "csv": request.url.path + "?" + urllib.parse.urlencode([*q, ("format", "csv")])}}

    # ---------------------------------------------------------------- API

    @app.get("/api", tags=["meta"], summary="What this server holds, and its endpoints")
    def api_index(r: Reader = Depends(reader)) -> dict[str, Any]:
        return {"schema": API_SCHEMA, "version": __version__, "database": Path(db).name, "counts": r.info(),
                "endpoints": sorted({getattr(rt, "path", "") for rt in app.routes
                                     if getattr(rt, "path", "").startswith("/api")}),
                "openapi": "/openapi.json", "docs": "/docs"}

    def event_list(request: Request, r: Reader, f: EventFilters, clusters: bool, order: str, limit: int,
                   cursor: str | None) -> tuple[list[dict[str, Any]], bool, int, dict[str, Any], int]:
        scope = {"f": f.values, "clusters": clusters, "order": order}
        offset = read_cursor(cursor, scope)
        rows, more = r.events(f.values, clusters=clusters, order=order, limit=limit, offset=offset)
        total = r.count_events(f.values, clusters=clusters)
        return rows, more, offset, scope, total

    @app.get("/api/events", tags=["events"], response_model=ListPage, responses=ERRORS,
             summary="Events (mentions, or one row per deduplicated event with clusters=true)")
    def api_events(request: Request, f: EventFilters = Depends(), clusters: bool = False,
                   order: Literal["date", "-date", "mentions", "intensity"] = "date",
                   limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE), cursor: str | None = Query(None, max_length=400),
                   format: Literal["json", "csv"] = FORMAT, r: Reader = Depends(reader)) -> Any:  # noqa: A002
        rows, more, offset, scope, total = event_list(request, r, f, clusters, order, limit, cursor)
        if format == "csv":
            from .._store.query import QUERY_COLUMNS

            return csv_response(rows, "events", list(QUERY_COLUMNS))
        return JSONResponse(listing(request, rows, more, offset, scope, total))

    @app.get("/api/events/facets", tags=["events"], responses=ERRORS,
             summary="Counts of matching event mentions by type, quad class, country, actor and month")
    def api_facets(f: EventFilters = Depends(), top: int = Query(12, ge=1, le=100),
                   format: Literal["json", "csv"] = FORMAT, r: Reader = Depends(reader)) -> Any:  # noqa: A002
        facets = r.facets(f.values, top=top)
        if format == "csv":
            rows = [{"facet": k, "value": x["value"], "key": x.get("key"), "n": x["n"]}
                    for k, xs in facets.items() for x in xs]
            return csv_response(rows, "facets", ["facet", "value", "key", "n"])
        return {"schema": API_SCHEMA, "facets": _jsonable(facets)}

    @app.get("/api/events/{cluster_id}", tags=["events"], responses=ERRORS,
             summary="One event: every mention across articles, with provenance")
    def api_event(cluster_id: str, r: Reader = Depends(reader)) -> Any:
        ev = r.event(cluster_id)
        if ev is None:
            raise StarletteHTTPException(404, f"no event {cluster_id!r}")
        return {"schema": API_SCHEMA, **_jsonable(ev)}

    @app.get("/api/articles", tags=["articles"], response_model=ListPage, responses=ERRORS,
             summary="Stored articles (search title and text with q)")
    def api_articles(request: Request, q: str | None = _q("Substring of title or text, or an exact id."),
                     limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE), cursor: str | None = Query(None, max_length=400),
                     format: Literal["json", "csv"] = FORMAT, r: Reader = Depends(reader)) -> Any:  # noqa: A002
        scope = {"q": q}
        offset = read_cursor(cursor, scope)
        rows, more = r.articles(q=q, limit=limit, offset=offset)
        if format == "csv":
            return csv_response(rows, "articles", CSV_COLUMNS["articles"])
        return JSONResponse(listing(request, rows, more, offset, scope))

    @app.get("/api/articles/{article_id:path}", tags=["articles"], responses=ERRORS,
             summary="One article: its text and every annotation (the shape of `dateline code` output)")
    def api_article(article_id: str, r: Reader = Depends(reader)) -> Any:
        art = r.article(article_id)
        if art is None:
            raise StarletteHTTPException(404, f"no article {article_id!r}")
        return _jsonable(art)

    @app.get("/api/actors", tags=["actors"], response_model=ListPage, responses=ERRORS,
             summary="Actor search: name or id substring, exact key, or a country code")
    def api_actors(request: Request, q: str | None = _q("Name or id substring, exact key, or country code."),
                   limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE), cursor: str | None = Query(None, max_length=400),
                   format: Literal["json", "csv"] = FORMAT, r: Reader = Depends(reader)) -> Any:  # noqa: A002
        scope = {"q": q}
        offset = read_cursor(cursor, scope)
        rows, more = r.actor_search(q, limit=limit, offset=offset)
        if format == "csv":
            return csv_response(rows, "actors", ["key", "id", "name", "kind", "country", "sector", "events",
                                                 "articles"])
        return JSONResponse(listing(request, rows, more, offset, scope))

    @app.get("/api/actors/{key:path}", tags=["actors"], responses=ERRORS,
             summary="Actor profile: events by period, quad class and type; top counterparts; quotes")
    def api_actor(key: str, freq: Literal["month", "week"] = "month", top: int = Query(15, ge=1, le=100),
                  table: Literal["series", "by_type", "counterparts", "quotes"] = Query(
                      "series", description="With format=csv: which list of the profile."),
                  format: Literal["json", "csv"] = FORMAT, r: Reader = Depends(reader)) -> Any:  # noqa: A002
        prof = r.actor(key, freq=freq, top=top, quotes=MAX_PAGE)
        if prof is None:
            raise StarletteHTTPException(404, f"no actor with key {key!r}")
        if format == "csv":
            return csv_response(prof[table], f"actor-{table}", CSV_COLUMNS[f"actor-{table}"])
        return {"schema": API_SCHEMA, **_jsonable(prof)}

    @app.get("/api/quotes", tags=["quotes"], response_model=ListPage, responses=ERRORS,
             summary="Quotes by speaker and text")
    def api_quotes(request: Request, speaker: str | None = _q("Speaker name/id substring or exact key."),
                   text: str | None = _q("Substring of the quote."), since: str | None = _q("Article date from."),
                   until: str | None = _q("Article date to."),
                   limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE), cursor: str | None = Query(None, max_length=400),
                   format: Literal["json", "csv"] = FORMAT, r: Reader = Depends(reader)) -> Any:  # noqa: A002
        scope = {"speaker": speaker, "text": text, "since": since, "until": until}
        offset = read_cursor(cursor, scope)
        rows, more = r.quotes(speaker=speaker, text=text, since=since, until=until, limit=limit, offset=offset)
        if format == "csv":
            return csv_response(rows, "quotes", CSV_COLUMNS["quotes"])
        return JSONResponse(listing(request, rows, more, offset, scope))

    def dyad_rows(r: Reader, a: str, b: str, by: str, freq: str, directed: bool, unit: str,
                  f: EventFilters) -> list[dict[str, Any]]:
        flt = {k: v for k, v in f.values.items() if k not in ("actor", "counterpart")}
        return r.dyad(a, b, by=by, freq=freq, directed=directed, unit=unit, flt=flt)

    @app.get("/api/dyad", tags=["analyses"], responses=ERRORS,
             summary="Dyad time series: events between a and b per period and quad class, with mean intensity")
    def api_dyad(a: str = Query(..., min_length=1, max_length=MAX_STR, description="Country code or actor."),
                 b: str = Query(..., min_length=1, max_length=MAX_STR, description="Country code or actor."),
                 by: Literal["country", "actor"] = "country", freq: Literal["month", "week"] = "month",
                 directed: bool = False, unit: Literal["cluster", "mention"] = "cluster",
                 f: EventFilters = Depends(), format: Literal["json", "csv"] = FORMAT,  # noqa: A002
                 r: Reader = Depends(reader)) -> Any:
        rows = dyad_rows(r, a, b, by, freq, directed, unit, f)
        if format == "csv":
            return csv_response(rows, "dyad", ["period", "quad_class", "events", "mentions", "mean_intensity"])
        return {"schema": API_SCHEMA, "a": a, "b": b, "by": by, "freq": freq, "directed": directed,
                "unit": unit, "items": rows, "count": len(rows)}

    @app.get("/api/network", tags=["analyses"], responses=ERRORS,
             summary="Interaction network: edges between actors (or countries) weighted by events")
    def api_network(by: Literal["actor", "country"] = "actor", min_events: int = Query(1, ge=1, le=10_000),
                    top: int = Query(60, ge=1, le=MAX_PAGE), f: EventFilters = Depends(),
                    format: Literal["json", "csv"] = FORMAT, r: Reader = Depends(reader)) -> Any:  # noqa: A002
        rows = r.network(by=by, min_events=min_events, flt=f.values, top=top)
        if format == "csv":
            return csv_response(rows, "network", ["source", "target", "source_label", "target_label", "events",
                                                  "mentions", "mean_intensity", "directed"])
        return {"schema": API_SCHEMA, "by": by, "items": rows, "count": len(rows)}

    @app.get("/api/places", tags=["analyses"], responses=ERRORS,
             summary="Event locations with coordinates and counts by quad class")
    def api_places(f: EventFilters = Depends(), limit: int = Query(200, ge=1, le=MAX_PAGE * 4),
                   format: Literal["json", "csv"] = FORMAT, r: Reader = Depends(reader)) -> Any:  # noqa: A002
        rows = r.places(f.values, limit=limit)
        if format == "csv":
            return csv_response(rows, "places", CSV_COLUMNS["places"])
        return {"schema": API_SCHEMA, "items": _jsonable(rows), "count": len(rows)}

    @app.post("/api/code", tags=["coding"], responses={**ERRORS, 413: {"model": ErrorBody}},
              summary="Code a pasted article now (not stored); answers the `dateline code` article shape")
    def api_code(body: CodeRequest) -> Any:
        if len(body.text) > max_code_chars:
            raise StarletteHTTPException(413, f"text over the limit of {max_code_chars} characters")
        art = get_pipeline().code(body.text, date=body.date, title=body.title,
                                  **({"id": body.id} if body.id else {}))
        return _jsonable(art.to_dict())

    @app.get("/docs", include_in_schema=False)
    def docs_page(request: Request) -> HTMLResponse:
        return page("docs.html", request, title="API", ops=_operations(app.openapi()))

    # ---------------------------------------------------------------- pages

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/events", status_code=307)

    @app.get("/events", include_in_schema=False)
    def events_page(request: Request, f: EventFilters = Depends(), clusters: bool = False,
                    order: str = Query("date", max_length=20), limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE),
                    cursor: str | None = Query(None, max_length=400), r: Reader = Depends(reader)) -> HTMLResponse:
        if order not in ORDERS:
            raise BadRequest(f"order must be one of {', '.join(ORDERS)}")
        rows, more, offset, scope, total = event_list(request, r, f, clusters, order, limit, cursor)
        current = {**f.params(), "clusters": clusters, "order": order if order != "date" else None,
                   "limit": limit if limit != DEFAULT_PAGE else None}
        nxt = make_cursor(offset + len(rows), scope) if more else None
        return page("events.html", request, title="Events", rows=rows, total=total, offset=offset, facets=r.facets(
            f.values), f=f.values, current=current, next_url=_url("/events", {**current, "cursor": nxt}) if nxt else None,
            json_url=_url("/api/events", {**current, "cursor": cursor}),
            csv_url=_url("/api/events", {**current, "cursor": cursor, "format": "csv"}), info=r.info(),
            orders=ORDERS, plover_types=_types())

    @app.get("/events/{cluster_id}", include_in_schema=False)
    def event_page(request: Request, cluster_id: str, r: Reader = Depends(reader)) -> HTMLResponse:
        ev = r.event(cluster_id)
        if ev is None:
            raise StarletteHTTPException(404, f"no event {cluster_id!r}")
        return page("event.html", request, title=f"{ev['type']} event", ev=ev,
                    json_url=f"/api/events/{_quote_path(cluster_id)}")

    @app.get("/articles", include_in_schema=False)
    def articles_page(request: Request, q: str | None = Query(None, max_length=MAX_STR),
                      cursor: str | None = Query(None, max_length=400), r: Reader = Depends(reader)) -> HTMLResponse:
        scope = {"q": q}
        offset = read_cursor(cursor, scope)
        rows, more = r.articles(q=q, limit=DEFAULT_PAGE, offset=offset)
        nxt = make_cursor(offset + len(rows), scope) if more else None
        return page("articles.html", request, title="Articles", rows=rows, q=q or "",
                    next_url=_url("/articles", {"q": q, "cursor": nxt}) if nxt else None,
                    json_url=_url("/api/articles", {"q": q, "cursor": cursor}),
                    csv_url=_url("/api/articles", {"q": q, "cursor": cursor, "format": "csv"}))

    def article_view(request: Request, art: dict[str, Any], *, stored: bool) -> HTMLResponse:
        body = highlight(art.get("text") or "", marks_of(art))
        return page("article.html", request, title=art.get("title") or art.get("id") or "Article", art=art,
                    body=body, stored=stored,
                    json_url=f"/api/articles/{_quote_path(str(art.get('id')))}" if stored else None)

    @app.get("/articles/{article_id:path}", include_in_schema=False)
    def article_page(request: Request, article_id: str, r: Reader = Depends(reader)) -> HTMLResponse:
        art = r.article(article_id)
        if art is None:
            raise StarletteHTTPException(404, f"no article {article_id!r}")
        return article_view(request, art, stored=True)

    @app.get("/actors", include_in_schema=False)
    def actors_page(request: Request, q: str | None = Query(None, max_length=MAX_STR),
                    cursor: str | None = Query(None, max_length=400), r: Reader = Depends(reader)) -> HTMLResponse:
        scope = {"q": q}
        offset = read_cursor(cursor, scope)
        rows, more = r.actor_search(q, limit=DEFAULT_PAGE, offset=offset)
        nxt = make_cursor(offset + len(rows), scope) if more else None
        return page("actors.html", request, title="Actors", rows=rows, q=q or "",
                    next_url=_url("/actors", {"q": q, "cursor": nxt}) if nxt else None,
                    json_url=_url("/api/actors", {"q": q, "cursor": cursor}),
                    csv_url=_url("/api/actors", {"q": q, "cursor": cursor, "format": "csv"}))

    @app.get("/actors/{key:path}", include_in_schema=False)
    def actor_page(request: Request, key: str, freq: Literal["month", "week"] = "month",
                   r: Reader = Depends(reader)) -> HTMLResponse:
        prof = r.actor(key, freq=freq, top=15, quotes=100)
        if prof is None:
            raise StarletteHTTPException(404, f"no actor with key {key!r}")
        agg: dict[tuple[str, int], dict[str, Any]] = {}
        for s in prof["series"]:
            k = (s["period"], s["quad_class"])
            agg.setdefault(k, {"period": s["period"], "quad_class": s["quad_class"], "events": 0})
            agg[k]["events"] += s["events"]
        chart = svg.quad_bars(list(agg.values()), title=f"events of {prof['actor']['name']} by quad class")
        base = f"/api/actors/{_quote_path(key)}"
        return page("actor.html", request, title=prof["actor"]["name"] or key, p=prof, chart=chart, key=key,
                    freq=freq, json_url=base, csv_base=base)

    @app.get("/quotes", include_in_schema=False)
    def quotes_page(request: Request, speaker: str | None = Query(None, max_length=MAX_STR),
                    text: str | None = Query(None, max_length=MAX_STR), cursor: str | None = Query(None, max_length=400),
                    r: Reader = Depends(reader)) -> HTMLResponse:
        scope = {"speaker": speaker, "text": text, "since": None, "until": None}
        offset = read_cursor(cursor, scope)
        rows, more = r.quotes(speaker=speaker, text=text, since=None, until=None, limit=DEFAULT_PAGE, offset=offset)
        nxt = make_cursor(offset + len(rows), scope) if more else None
        cur = {"speaker": speaker, "text": text}
        return page("quotes.html", request, title="Quotes", rows=rows, speaker=speaker or "", text=text or "",
                    next_url=_url("/quotes", {**cur, "cursor": nxt}) if nxt else None,
                    json_url=_url("/api/quotes", {**cur, "cursor": cursor}),
                    csv_url=_url("/api/quotes", {**cur, "cursor": cursor, "format": "csv"}))

    @app.get("/dyad", include_in_schema=False)
    def dyad_page(request: Request, a: str | None = Query(None, max_length=MAX_STR),
                  b: str | None = Query(None, max_length=MAX_STR), by: Literal["country", "actor"] = "country",
                  freq: Literal["month", "week"] = "month", directed: bool = False,
                  f: EventFilters = Depends(), r: Reader = Depends(reader)) -> HTMLResponse:
        rows: list[dict[str, Any]] = []
        chart = None
        params = {"a": a, "b": b, "by": by, "freq": freq, "directed": directed}
        if a and b:
            rows = dyad_rows(r, a, b, by, freq, directed, "cluster", f)
            chart = svg.quad_bars(rows, title=f"{a} and {b}", intensity=True)
        return page("dyad.html", request, title="Dyad", a=a or "", b=b or "", by=by, freq=freq, directed=directed,
                    rows=rows, chart=chart,
                    json_url=_url("/api/dyad", params) if a and b else None,
                    csv_url=_url("/api/dyad", {**params, "format": "csv"}) if a and b else None,
                    events_url=_url("/events", {"actor" if by == "actor" else "country": a, "counterpart": b}))

    @app.get("/network", include_in_schema=False)
    def network_page(request: Request, by: Literal["actor", "country"] = "actor",
                     min_events: int = Query(1, ge=1, le=10_000), top: int = Query(40, ge=1, le=200),
                     f: EventFilters = Depends(), r: Reader = Depends(reader)) -> HTMLResponse:
        rows = r.network(by=by, min_events=min_events, flt=f.values, top=top)
        link = ((lambda k: f"/actors/{_quote_path(k)}") if by == "actor"
                else (lambda k: _url("/events", {"country": k})))
        params = {**f.params(), "by": by, "min_events": min_events, "top": top}
        return page("network.html", request, title="Network", rows=rows, chart=svg.network(rows, link=link), by=by,
                    min_events=min_events, top=top, f=f.values, json_url=_url("/api/network", params),
                    csv_url=_url("/api/network", {**params, "format": "csv"}))

    @app.get("/places", include_in_schema=False)
    def places_page(request: Request, f: EventFilters = Depends(), r: Reader = Depends(reader)) -> HTMLResponse:
        rows = r.places(f.values, limit=500)
        params = f.params()
        chart = svg.places(rows, link=lambda p: _url("/events", {**params, "place": p.get("name") or p.get("country")}))
        return page("places.html", request, title="Places", rows=rows, chart=chart, f=f.values,
                    json_url=_url("/api/places", params), csv_url=_url("/api/places", {**params, "format": "csv"}))

    @app.get("/code", include_in_schema=False)
    def code_form(request: Request) -> HTMLResponse:
        return page("code.html", request, title="Code an article", text="", date="", error=None,
                    max_chars=max_code_chars)

    @app.post("/code", include_in_schema=False)
    async def code_page(request: Request) -> HTMLResponse:
        ctype = request.headers.get("content-type", "")
        if not ctype.startswith("application/x-www-form-urlencoded"):
            raise StarletteHTTPException(415, "send the form (application/x-www-form-urlencoded)")
        form = urllib.parse.parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)
        text = (form.get("text") or [""])[0]
        date = (form.get("date") or [""])[0].strip() or None
        try:
            body = CodeRequest(  # type: ignore[call-arg]  # 'id' defaults via Field(None), unseen without pydantic's plugin
                text=text, date=date, title=(form.get("title") or [""])[0] or None)
        except Exception as exc:  # pydantic's ValidationError
            errs: list[dict[str, Any]] = getattr(exc, "errors", lambda: [])()
            msg = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in errs) or str(exc)
            return HTMLResponse(env.get_template("code.html").render(
                request=request, path=request.url.path, title="Code an article", text=text, date=date or "",
                error=msg, max_chars=max_code_chars), status_code=422)
        from starlette.concurrency import run_in_threadpool

        art = await run_in_threadpool(lambda: get_pipeline().code(body.text, date=body.date, title=body.title))
        return article_view(request, art.to_dict(), stored=False)

    return app


def _types() -> tuple[str, ...]:
    from .._store.query import PLOVER_TYPES

    return PLOVER_TYPES


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The OpenAPI operations as plain rows for the offline docs page."""
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = []
            for p in op.get("parameters", []):
                sch = p.get("schema", {})
                typ = sch.get("type") or " | ".join(
                    str(x.get("type") or x.get("$ref", "").rsplit("/", 1)[-1]) for x in sch.get("anyOf", []))
                if sch.get("enum"):
                    typ = " | ".join(str(x) for x in sch["enum"])
                if sch.get("type") == "array":
                    typ = f"list of {sch.get('items', {}).get('type', 'value')}"
                params.append({"name": p.get("name"), "in": p.get("in"), "required": p.get("required", False),
                               "type": typ, "default": sch.get("default"), "description": p.get("description")
                               or sch.get("description") or ""})
            body = None
            if "requestBody" in op:
                ref = op["requestBody"].get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
                name = ref.rsplit("/", 1)[-1]
                body = {"name": name, "schema": json.dumps(spec.get("components", {}).get("schemas", {}).get(name, {}),
                                                           indent=2)}
            ops.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                        "tag": (op.get("tags") or ["other"])[0], "params": params, "body": body,
                        "responses": sorted(op.get("responses", {}))})
    return ops


__all__ = ["API_SCHEMA", "MAX_BODY", "MAX_PAGE", "create_app", "error_body"]
