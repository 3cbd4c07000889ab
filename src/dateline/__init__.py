"""dateline: political event data from news text, with every field traced to its characters.

    >>> import dateline
    >>> art = dateline.code("Xi Jinping met Vladimir Putin in Beijing on Friday.", date="2022-02-04")
    >>> [e.type for e in art.events]
    ['CONSULT']

The public surface is this module's ``__all__``; everything in ``dateline._*`` is private.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .__about__ import __version__
from ._errors import DatelineError, RecordError
from ._pipeline import Pipeline, Settings
from ._readers import read_inputs
from ._records import Actor, Amount, Article, Event, Place, Quote, Time, Trigger

__all__ = [
    "Actor",
    "Amount",
    "Article",
    "DatelineError",
    "Event",
    "Pipeline",
    "Place",
    "Quote",
    "RecordError",
    "Settings",
    "Time",
    "Trigger",
    "__version__",
    "code",
    "code_many",
    "read_inputs",
]


def code(text: str, date: str | None = None, **meta: Any) -> Article:
    """Code one article. ``date`` (``YYYY-MM-DD``) anchors relative times and roles.

    ``meta`` may carry ``id``, ``title``, ``url``, ``source``, ``language``. A text that
    begins with a ``date YYYY-MM-DD`` header has it removed and used when ``date`` is None.

    Bad input does not raise: an empty, binary or oversized text comes back as an Article
    whose ``errors`` say what is wrong and how to fix it, and a doubtful one (an unreadable
    date, text that is not English, HTML markup) is coded with ``warnings``. Every actor,
    event trigger, quote, time, amount and place is a character span into ``Article.text``.

    >>> art = code("Kenya accused Uganda of shelling border villages.", date="2024-03-05")
    >>> [(e.type, e.trigger.text) for e in art.events]
    [('ACCUSE', 'accused')]
    """
    from ._pipeline import default_pipeline

    return default_pipeline().code(text, date=date, **meta)


def code_many(records: Iterable[Any]) -> Iterator[Article]:
    """Code many articles lazily, batching internally; yields Articles in input order.

    Each record is a string, a dict with ``text`` (and optionally ``id``, ``date``,
    ``title``...), or a ``(text, meta)`` tuple. A bad record yields an Article whose
    ``errors`` say why; the others are coded as usual.
    """
    from ._pipeline import default_pipeline

    return default_pipeline().code_many(records)
