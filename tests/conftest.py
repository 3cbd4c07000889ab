"""Shared fixtures. The spaCy model loads once per test session (it is cached per process)."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run, so CI cannot pass or fail by the draw;
# HYPOTHESIS_PROFILE=explore draws fresh ones (run it when changing a scanner or a prefilter).
settings.register_profile("dateline", derandomize=True, deadline=None)
settings.register_profile("explore", derandomize=False, deadline=None, max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dateline"))

# The rule-coder tests assert the candidates the rules propose; the trained event filter that drops
# likely false alarms after them (on by default, docs/events.md "Candidate filter") has its own tests
# (tests/test_events_filter.py) and the evaluation gate measures the pipeline with it on.
os.environ.setdefault("DATELINE_EVENT_FILTER", "off")
# Likewise the trained candidate generator that proposes events where no rule fits (docs/events.md,
# "Candidate generator"): tests/test_events_generator.py tests it, the evaluation gate measures the
# shipped default.
os.environ.setdefault("DATELINE_EVENT_GENERATOR", "off")
# Likewise the trained argument chooser that may re-choose the rules' sources and targets
# (docs/events.md, "Argument chooser"): tests/test_events_arguments.py tests it, the evaluation
# gate measures the shipped default.
os.environ.setdefault("DATELINE_EVENT_ARGUMENTS", "off")
# Likewise the trained quote speaker re-ranker (docs/quotes.md, "Speaker model"):
# tests/test_quotes_speakers_model.py tests it, the evaluation gate measures the shipped default.
os.environ.setdefault("DATELINE_QUOTE_SPEAKERS", "off")


@pytest.fixture(scope="session")
def nlp():
    from dateline._nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def pipeline(nlp):
    from dateline import Pipeline

    return Pipeline(nlp=nlp)
