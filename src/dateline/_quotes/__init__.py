"""The quotes layer: every quotation, who said it, and how.

Direct quotes are found by their marks on the original text (:mod:`.marks`), partial and
indirect quotes and every speaker by the parse (:mod:`.attribution`). Speakers are the
actors layer's mentions when it has run (``ctx.state["actor_mentions"]``); otherwise an
:class:`~dateline._records.Actor` is built from the speaker's noun phrase (``id`` null).
The speech cues live in ``data/quotes/cues.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable

from .._pipeline import Context, Settings
from .attribution import Attributor
from .lexicon import Lexicon, load_lexicon
from .marks import RawQuote, find_quotes
from .speakers import ranker_from_settings

__all__ = ["QuotesLayer", "find_quotes", "RawQuote", "Lexicon", "load_lexicon"]


class QuotesLayer:
    name = "quotes"
    version = "v1"
    assigns: tuple[str, ...] = ("quotes",)
    # reads ctx.state["actor_mentions"] when the actors layer ran before it, but works without
    requires: tuple[str, ...] = ()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lexicon: Lexicon = load_lexicon()
        # the trained speaker re-ranker (speakers.py, docs/quotes.md "Speaker model"), or None
        self.speakers: Callable[[Attributor], None] | None = ranker_from_settings(settings.extra)

    def __call__(self, ctx: Context) -> None:
        att = Attributor(ctx, self.lexicon)
        quotes = att.run()
        if self.speakers is not None:
            self.speakers(att)
        ctx.article.quotes.extend(quotes)
