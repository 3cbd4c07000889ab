"""The amounts layer."""

from __future__ import annotations

from .._pipeline import Context, Settings


class AmountsLayer:
    name = "amounts"
    version = "v0"
    assigns: tuple[str, ...] = ("amounts",)
    requires: tuple[str, ...] = ()

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, ctx: Context) -> None:
        return None
