"""The times layer's word lists, loaded once from ``data/times/lexicon.yaml``."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]  # lower-case form without dot -> 1..12
    weekdays: dict[str, int]  # lower-case -> 0..6 (Monday = 0)
    parts_of_day: dict[str, str]  # word -> TimeML code (MO, AF, EV, NI, ...)
    clock_words: dict[str, str]
    seasons: dict[str, str]
    duration_units: dict[str, str]
    decade_words: dict[str, int]
    ordinals: dict[str, int]
    vague: tuple[str, ...]
    future_verbs: frozenset[str]
    dated_acts: frozenset[str]
    outlook_verbs: frozenset[str]
    appeal_verbs: frozenset[str]
    obligation_verbs: frozenset[str]  # "will require importers to pay ... from Friday": the infinitive is ahead
    report_verbs: frozenset[str]
    prepositions: tuple[str, ...]
    modifiers: tuple[str, ...]
    count_cues: tuple[str, ...]
    not_year_cues: frozenset[str]
    month_forms: tuple[str, ...]  # as written ("January", "Jan")
    translated_months: dict[str, int]  # lower-case French forms ("déc", "août") -> 1..12, read only after a day
    dateline_months: dict[str, int]  # every lower-case month form a dateline may write ("abr", "nov", "déc") -> 1..12
    weekday_forms: tuple[str, ...]
    holidays: dict[str, tuple[int, int]]  # lower-case name -> (month, day): fixed-date holidays
    weather_words: frozenset[str]  # what a forecast is of, or who makes it ("rain", "forecaster")
    lemma_fixes: dict[str, str]  # inflected form -> lemma, where the model's lemmatizer errs ("hoped" -> hop)

    def lemma(self, tok: Any) -> str:
        """The lower-case lemma of a spaCy token, with the lemmatizer's known slips mended."""
        return self.lemma_fixes.get(tok.lower_) or tok.lemma_.lower()


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternative of literal phrases, longest first; spaces match any whitespace."""
    parts = sorted({w for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts) + ")"


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = yaml.safe_load(resources.files("dateline.data.times").joinpath("lexicon.yaml").read_text("utf-8"))
    months: dict[str, int] = {}
    month_forms: list[str] = []
    for n, forms in raw["months"].items():
        for f in forms:
            months[f.lower()] = int(n)
            month_forms.append(f)
    translated: dict[str, int] = {}
    for n, forms in (raw.get("translated_months") or {}).items():
        for f in forms:
            translated[f.lower()] = int(n)
    # a dateline reads the English and French forms in any case, and the Spanish and Portuguese ones
    dateline = {**months, **translated}
    for n, forms in (raw.get("dateline_months") or {}).items():
        for f in forms:
            dateline[f.lower()] = int(n)
    weekdays: dict[str, int] = {}
    weekday_forms: list[str] = []
    for n, forms in raw["weekdays"].items():
        for f in forms:
            weekdays[f.lower()] = int(n)
            weekday_forms.append(f)
    return Lexicon(
        months=months,
        weekdays=weekdays,
        parts_of_day={str(k).lower(): str(v) for k, v in raw["parts_of_day"].items()},
        clock_words={str(k).lower(): str(v) for k, v in raw["clock_words"].items()},
        seasons={str(k).lower(): str(v) for k, v in raw["seasons"].items()},
        duration_units={str(k).lower(): str(v) for k, v in raw["duration_units"].items()},
        decade_words={str(k).lower(): int(v) for k, v in raw["decade_words"].items()},
        ordinals={str(k).lower(): int(v) for k, v in raw["ordinals"].items()},
        vague=tuple(raw.get("vague") or ()),
        future_verbs=frozenset(str(v).lower() for v in raw.get("future_verbs") or ()),
        dated_acts=frozenset(str(v).lower() for v in raw.get("dated_acts") or ()),
        outlook_verbs=frozenset(str(v).lower() for v in raw.get("outlook_verbs") or ()),
        appeal_verbs=frozenset(str(v).lower() for v in raw.get("appeal_verbs") or ()),
        obligation_verbs=frozenset(str(v).lower() for v in raw.get("obligation_verbs") or ()),
        report_verbs=frozenset(str(v).lower() for v in raw.get("report_verbs") or ()),
        prepositions=tuple(raw.get("prepositions") or ()),
        modifiers=tuple(raw.get("modifiers") or ()),
        count_cues=tuple(raw.get("count_cues") or ()),
        not_year_cues=frozenset(str(v).lower() for v in raw.get("not_year_cues") or ()),
        month_forms=tuple(month_forms),
        translated_months=translated,
        dateline_months=dateline,
        weekday_forms=tuple(weekday_forms),
        holidays={str(k).lower(): (int(str(v).split("-")[0]), int(str(v).split("-")[1]))
                  for k, v in (raw.get("holidays") or {}).items()},
        weather_words=frozenset(str(v).lower() for v in raw.get("weather_words") or ()),
        lemma_fixes={str(k).lower(): str(v).lower() for k, v in (raw.get("lemma_fixes") or {}).items()},
    )
