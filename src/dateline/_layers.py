"""Registration of the built-in layers (imported lazily so that each loads its data once)."""

from __future__ import annotations

from ._pipeline import Layer, Settings, register_layer


@register_layer("times")
def _times(settings: Settings) -> Layer:
    from ._times import TimesLayer

    return TimesLayer(settings)


@register_layer("amounts")
def _amounts(settings: Settings) -> Layer:
    from ._amounts import AmountsLayer

    return AmountsLayer(settings)


@register_layer("places")
def _places(settings: Settings) -> Layer:
    from ._places import PlacesLayer

    return PlacesLayer(settings)


@register_layer("actors")
def _actors(settings: Settings) -> Layer:
    from ._actors import ActorsLayer

    return ActorsLayer(settings)


@register_layer("quotes")
def _quotes(settings: Settings) -> Layer:
    from ._quotes import QuotesLayer

    return QuotesLayer(settings)


@register_layer("events")
def _events(settings: Settings) -> Layer:
    from ._events import EventsLayer

    return EventsLayer(settings)
