"""Shared fixtures. The spaCy model loads once per test session (it is cached per process)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from dateline._nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def pipeline(nlp):
    from dateline import Pipeline

    return Pipeline(nlp=nlp)
