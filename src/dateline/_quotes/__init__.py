"""The quotes layer."""

from __future__ import annotations

from .._pipeline import Context, Settings


class QuotesLayer:
    name = "quotes"
    version = "v0"
    assigns: tuple[str, ...] = ("quotes",)
    requires: tuple[str, ...] = ("actors",)

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, ctx: Context) -> None:
        return None
