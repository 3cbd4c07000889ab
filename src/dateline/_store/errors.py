"""Errors of the event store (codes E040-E049), part of dateline's one error tree."""

from __future__ import annotations

from .._errors import DatelineError


class StoreError(DatelineError):
    """The event database cannot be used as asked."""

    code = "E040"


class StoreLocked(StoreError):
    """Another process holds the database for writing."""

    code = "E041"


class StoreCorrupt(StoreError):
    """The file looks like a DuckDB database but cannot be opened."""

    code = "E042"


class ForeignStore(StoreError):
    """The file is not a DuckDB database, or a DuckDB database without dateline's schema."""

    code = "E043"


class SchemaTooNew(StoreError):
    """The database was written by a newer dateline than this one."""

    code = "E044"


class StoreMissing(StoreError):
    """A read-only open of a database that does not exist."""

    code = "E045"


__all__ = ["ForeignStore", "SchemaTooNew", "StoreCorrupt", "StoreError", "StoreLocked", "StoreMissing"]
