"""The events layer."""

from __future__ import annotations

from .._pipeline import Context, Settings


class EventsLayer:
    name = "events"
    version = "v0"
    assigns: tuple[str, ...] = ("events",)
    requires: tuple[str, ...] = ("actors", "times", "places", "amounts")

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, ctx: Context) -> None:
        return None
