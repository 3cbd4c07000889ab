"""The quotes layer: every quotation, who said it, and how.

Direct quotes are found by their marks on the original text (:mod:`.marks`), partial and
indirect quotes and every speaker by the parse (:mod:`.attribution`). Speakers are the
actors layer's mentions when it has run (``ctx.state["actor_mentions"]``); otherwise an
:class:`~dateline._records.Actor` is built from the speaker's noun phrase (``id`` null).
The speech cues live in ``data/quotes/cues.yaml``.
"""

from __future__ import annotations

from .._pipeline import Context, Settings
from .attribution import Attributor
from .lexicon import Lexicon, load_lexicon
from .marks import RawQuote, find_quotes

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

    def __call__(self, ctx: Context) -> None:
        ctx.article.quotes.extend(Attributor(ctx, self.lexicon).run())
