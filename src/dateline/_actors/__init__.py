"""The actors layer."""

from __future__ import annotations

from .._pipeline import Context, Settings


class ActorsLayer:
    name = "actors"
    version = "v0"
    assigns: tuple[str, ...] = ("actors", "actor_mentions")
    requires: tuple[str, ...] = ()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, ctx: Context) -> None:
        return None
