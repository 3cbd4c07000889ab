"""The speech-cue lexicon of the quotes layer, read once from ``data/quotes/cues.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from .._errors import DatelineError

_LIST_KEYS = (
    "speech_verbs",
    "frame_verbs",
    "speaking_verbs",
    "prepositional_cues",
    "document_nouns",
    "issuing_verbs",
    "person_nouns",
    "population_nouns",
    "organization_words",
    "voice_nouns",
    "anonymity_markers",
    "role_nouns",
    "stance_verbs",
    "institution_nouns",
    "generic_institution_nouns",
    "aspect_verbs",
    "media_nouns",
    "title_nouns",
    "epithet_modifiers",
    "succession_new_modifiers",
    "succession_generic_roles",
    "succession_old_modifiers",
    "succession_new_before",
    "succession_new_after",
    "succession_old_before",
    "succession_old_after",
    "label_markers",
    "quantity_nouns",
    "nickname_verbs",
    "home_voice_nouns",
    "naming_verbs",
    "home_source_modifiers",
    "charge_verbs",
    "label_nouns",
    "clausal_cue_verbs",
    "utterance_nouns",
    "reason_verbs",
    "chant_verbs",
    "protest_crowd_nouns",
    "title_rank_modifiers",
    "attribution_nouns",
    "attribution_of_nouns",
    "quoted_words_nouns",
    "office_domain_nouns",
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    speech_verbs: frozenset[str]
    frame_verbs: frozenset[str]
    speaking_verbs: frozenset[str]
    phrasal_verbs: dict[str, str]
    prepositional_cues: tuple[tuple[str, ...], ...]
    document_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    person_nouns: frozenset[str]
    population_nouns: frozenset[str]
    organization_words: frozenset[str]
    voice_nouns: frozenset[str]
    anonymity_markers: frozenset[str]
    pronouns: dict[str, tuple[str, ...]]
    role_nouns: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    institution_nouns: frozenset[str] = frozenset()
    generic_institution_nouns: frozenset[str] = frozenset()
    aspect_verbs: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    title_nouns: frozenset[str] = frozenset()
    epithet_modifiers: frozenset[str] = frozenset()
    succession_new_modifiers: frozenset[str] = frozenset()
    succession_generic_roles: frozenset[str] = frozenset()
    succession_old_modifiers: frozenset[str] = frozenset()
    succession_new_before: frozenset[str] = frozenset()
    succession_new_after: frozenset[str] = frozenset()
    succession_old_before: frozenset[str] = frozenset()
    succession_old_after: frozenset[str] = frozenset()
    label_markers: tuple[str, ...] = ()
    quantity_nouns: frozenset[str] = frozenset()
    nickname_verbs: frozenset[str] = frozenset()
    home_voice_nouns: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    home_source_modifiers: frozenset[str] = frozenset()
    charge_verbs: frozenset[str] = frozenset()
    label_nouns: frozenset[str] = frozenset()
    utterance_nouns: frozenset[str] = frozenset()
    clausal_cue_verbs: frozenset[str] = frozenset()
    reason_verbs: frozenset[str] = frozenset()
    chant_verbs: frozenset[str] = frozenset()
    protest_crowd_nouns: frozenset[str] = frozenset()
    title_rank_modifiers: frozenset[str] = frozenset()
    attribution_nouns: frozenset[str] = frozenset()
    attribution_of_nouns: frozenset[str] = frozenset()
    quoted_words_nouns: frozenset[str] = frozenset()
    office_domain_nouns: frozenset[str] = frozenset()
    role_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    home_country: tuple[int, float, int] = (3, 2.0, 3)

    @property
    def cue_verbs(self) -> frozenset[str]:
        """Every verb that can attribute a direct quote."""
        return self.speech_verbs | self.frame_verbs | self.speaking_verbs | frozenset(self.phrasal_verbs)


def parse_lexicon(data: dict[str, Any], where: str = "cues.yaml") -> Lexicon:
    if not isinstance(data, dict):
        raise DatelineError(f"{where}: expected a mapping at the top level")
    lists: dict[str, list[str]] = {}
    for key in _LIST_KEYS:
        val = data.get(key, [])
        if not isinstance(val, list) or not all(isinstance(v, str) and v.strip() for v in val):
            raise DatelineError(f"{where}: {key!r} must be a list of non-empty strings")
        lists[key] = [v.strip().lower() for v in val]
    phrasal = data.get("phrasal_verbs", {}) or {}
    pronouns = data.get("pronouns", {}) or {}
    if not isinstance(phrasal, dict) or not isinstance(pronouns, dict):
        raise DatelineError(f"{where}: 'phrasal_verbs' and 'pronouns' must be mappings")
    return Lexicon(
        speech_verbs=frozenset(lists["speech_verbs"]),
        frame_verbs=frozenset(lists["frame_verbs"]),
        speaking_verbs=frozenset(lists["speaking_verbs"]),
        phrasal_verbs={str(k).lower(): str(v).lower() for k, v in phrasal.items()},
        prepositional_cues=tuple(tuple(p.split()) for p in lists["prepositional_cues"]),
        document_nouns=frozenset(lists["document_nouns"]),
        issuing_verbs=frozenset(lists["issuing_verbs"]),
        person_nouns=frozenset(lists["person_nouns"]),
        population_nouns=frozenset(lists["population_nouns"]),
        organization_words=frozenset(lists["organization_words"]),
        voice_nouns=frozenset(lists["voice_nouns"]),
        anonymity_markers=frozenset(lists["anonymity_markers"]),
        pronouns={str(k).lower(): tuple(v) for k, v in pronouns.items()},
        role_nouns=frozenset(lists["role_nouns"]),
        stance_verbs=frozenset(lists["stance_verbs"]),
        institution_nouns=frozenset(lists["institution_nouns"]) | frozenset(lists["generic_institution_nouns"]),
        generic_institution_nouns=frozenset(lists["generic_institution_nouns"]),
        aspect_verbs=frozenset(lists["aspect_verbs"]),
        media_nouns=frozenset(lists["media_nouns"]),
        title_nouns=frozenset(lists["title_nouns"]),
        epithet_modifiers=frozenset(lists["epithet_modifiers"]),
        succession_new_modifiers=frozenset(lists["succession_new_modifiers"]),
        succession_generic_roles=frozenset(lists["succession_generic_roles"]),
        succession_old_modifiers=frozenset(lists["succession_old_modifiers"]),
        succession_new_before=frozenset(lists["succession_new_before"]),
        succession_new_after=frozenset(lists["succession_new_after"]),
        succession_old_before=frozenset(lists["succession_old_before"]),
        succession_old_after=frozenset(lists["succession_old_after"]),
        label_markers=tuple(lists["label_markers"]),
        quantity_nouns=frozenset(lists["quantity_nouns"]),
        nickname_verbs=frozenset(lists["nickname_verbs"]),
        home_voice_nouns=frozenset(lists["home_voice_nouns"]),
        naming_verbs=frozenset(lists["naming_verbs"]),
        home_source_modifiers=frozenset(lists["home_source_modifiers"]),
        charge_verbs=frozenset(lists["charge_verbs"]),
        label_nouns=frozenset(lists["label_nouns"]),
        utterance_nouns=frozenset(lists["utterance_nouns"]),
        clausal_cue_verbs=frozenset(lists["clausal_cue_verbs"]),
        reason_verbs=frozenset(lists["reason_verbs"]),
        chant_verbs=frozenset(lists["chant_verbs"]),
        protest_crowd_nouns=frozenset(lists["protest_crowd_nouns"]),
        title_rank_modifiers=frozenset(lists["title_rank_modifiers"]),
        attribution_nouns=frozenset(lists["attribution_nouns"]),
        attribution_of_nouns=frozenset(lists["attribution_of_nouns"]),
        quoted_words_nouns=frozenset(lists["quoted_words_nouns"]),
        office_domain_nouns=frozenset(lists["office_domain_nouns"]),
        role_synonyms=_synonyms(data.get("role_synonyms")),
        home_country=_home_country(data.get("home_country")),
    )


def _synonyms(val: Any) -> dict[str, tuple[str, ...]]:
    """``role_synonyms: {magistrate: [judge], ...}``: each word also answers to the others."""
    if val is None:
        return {}
    if not isinstance(val, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) and w.strip() for w in v)
            for k, v in val.items()):
        raise DatelineError("cues.yaml: 'role_synonyms' must map words to lists of words")
    return {k.strip().lower(): tuple(w.strip().lower() for w in v) for k, v in val.items()}


def _home_country(val: Any) -> tuple[int, float, int]:
    """``home_country: {min_mentions: 3, min_ratio: 2.0, dateline_min_mentions: 2}`` (these defaults
    when absent; ``dateline_min_mentions`` defaults to ``min_mentions``)."""
    if val is None:
        return (3, 2.0, 3)
    if not isinstance(val, dict) or not all(isinstance(val.get(k), (int, float)) for k in ("min_mentions", "min_ratio")):
        raise DatelineError("cues.yaml: 'home_country' must map min_mentions and min_ratio to numbers")
    dl = val.get("dateline_min_mentions", val["min_mentions"])
    if not isinstance(dl, (int, float)):
        raise DatelineError("cues.yaml: 'home_country.dateline_min_mentions' must be a number")
    return (int(val["min_mentions"]), float(val["min_ratio"]), int(dl))


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    path = resources.files("dateline") / "data" / "quotes" / "cues.yaml"
    with path.open("r", encoding="utf-8") as fh:
        return parse_lexicon(yaml.safe_load(fh), str(path))
