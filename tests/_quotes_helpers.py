"""Shared by the quotes tests: run the quotes layer alone on a hand-written text.

The actors layer is not run; where a test is about reusing its Actors, the mentions are built
by hand with :func:`mention` and passed to the runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dateline._pipeline import Context, Settings
from dateline._quotes import QuotesLayer
from dateline._records import Actor, Article, Quote
from dateline._textprep import prepare

Runner = Callable[..., list[Quote]]


def quotes_runner(nlp: Any, layer: QuotesLayer | None = None, *, check_spans: bool = False) -> Runner:
    """A function ``run(text, mentions=None) -> quotes`` over ``layer`` (a fresh one by default).

    With ``check_spans`` every quote, speaker and cue span is checked against the original text.
    """
    layer = layer if layer is not None else QuotesLayer(Settings())

    def _run(text: str, mentions: list[Actor] | None = None) -> list[Quote]:
        prep = prepare(text)
        ctx = Context(Article(id="t", text=text), prep, nlp(prep.clean), Settings())
        if mentions is not None:
            ctx.state["actor_mentions"] = sorted(mentions, key=lambda a: a.span or (0, 0))
        layer(ctx)
        if check_spans:
            for q in ctx.article.quotes:  # every span indexes the original text
                assert 0 <= q.span[0] < q.span[1] <= len(text)
                if q.speaker_span is not None:
                    assert 0 <= q.speaker_span[0] < q.speaker_span[1] <= len(text)
                if q.cue_span is not None and q.cue:
                    assert text[q.cue_span[0] : q.cue_span[1]] == q.cue
        return ctx.article.quotes

    return _run


def mention(text: str, word: str, occurrence: int = 1, **kw: Any) -> Actor:
    """A hand-built actor mention of the ``occurrence``-th ``word`` in ``text``."""
    i = -1
    for _ in range(occurrence):
        i = text.index(word, i + 1)
    return Actor(text=word, span=(i, i + len(word)), resolved_by="test", **kw)


def only_quote(quotes: list[Quote], part: str) -> Quote:
    """The one non-indirect quote whose text contains ``part`` (fails unless exactly one)."""
    hits = [q for q in quotes if part in q.text and q.kind != "indirect"]
    assert len(hits) == 1, [q.text for q in quotes]
    return hits[0]


def speaker_name(q: Quote) -> str | None:
    return q.speaker.name if q.speaker is not None else None


def layers_coder(nlp: Any, layers: tuple[str, ...] = ("places", "actors", "quotes")) -> Callable[[str, str], Article]:
    """A function ``code(text, date) -> Article`` over a pipeline of ``layers`` only (by default
    what quotes need: the knowledge base and the article's home country, no events)."""
    from dateline import Pipeline

    pipe = Pipeline(Settings(layers=layers), nlp=nlp)

    def _code(text: str, date: str) -> Article:
        return pipe.code(text, date=date)

    return _code


def speaker_country(art: Article, part: str) -> str | None:
    """The country of the speaker of the one quote containing ``part`` (None: no speaker)."""
    q = only_quote(art.quotes, part)
    return q.speaker.country if q.speaker is not None else None
