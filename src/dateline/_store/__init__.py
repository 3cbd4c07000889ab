"""The embedded event database: DuckDB storage, deduplication, query, export and analyses.

    from dateline._store import open_store
    with open_store("events.duckdb") as st:
        st.add(article)
    with open_store("events.duckdb", read_only=True) as st:
        st.query(actor="Putin", type="THREATEN", since="2022-01")

See docs/store.md.
"""

from __future__ import annotations

from .errors import ForeignStore, SchemaTooNew, StoreCorrupt, StoreError, StoreLocked, StoreMissing
from .query import Filters
from .schema import SCHEMA_VERSION
from .store import Store, StoreSink, StoreWriter, code_into_store, ingest, open_store

__all__ = [
    "SCHEMA_VERSION",
    "Filters",
    "ForeignStore",
    "SchemaTooNew",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreLocked",
    "StoreMissing",
    "StoreSink",
    "StoreWriter",
    "code_into_store",
    "ingest",
    "open_store",
]
