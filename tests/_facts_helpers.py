"""Shared by the fact-layer tests: code a hand-written text with the times, amounts and places
layers only, and read back what each layer found."""

from __future__ import annotations

from typing import Any

from dateline._pipeline import Pipeline, Settings

FACT_LAYERS = ("times", "amounts", "places")


def facts_pipeline(nlp: Any) -> Pipeline:
    return Pipeline(Settings(layers=FACT_LAYERS), nlp=nlp)


def times(pipe: Pipeline, text: str, date: str) -> dict[str, str | None]:
    """Each time expression's text -> its TimeML value, for an article dated ``date``."""
    return {t.text: t.value for t in pipe.code(text, date=date).times}


def amounts(pipe: Pipeline, text: str) -> list[tuple[str, float | int, str, str]]:
    """(text, value, unit, kind) of each amount."""
    return [(a.text, a.value, a.unit, a.kind) for a in pipe.code(text, date="2021-05-05").amounts]


def places(pipe: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    """(text, name, country) of each place; every span must index the original text."""
    art = pipe.code(text)
    for p in art.places:
        assert art.text[p.span[0] : p.span[1]] == p.text
    return [(p.text, p.name, p.country) for p in art.places]


def time_containing(found: dict[str, str | None], part: str) -> str | None:
    """The value of the one time expression (of :func:`times`) whose text contains ``part``."""
    (value,) = [v for t, v in found.items() if part in t]
    return value


def money_by_text(found: list[tuple[str, float | int, str, str]]) -> dict[str, tuple[float | int, str]]:
    """Text -> (value, unit) of the money amounts among :func:`amounts`."""
    return {t: (v, u) for t, v, u, k in found if k == "money"}


def places_by_text(found: list[tuple[str, str, str | None]]) -> dict[str, tuple[str, str | None]]:
    """Text -> (name, country) of the places of :func:`places`."""
    return {t: (n, c) for t, n, c in found}
