"""The examples in the public module's docstrings run and give what they show."""

from __future__ import annotations

import doctest

import dateline


def test_public_docstring_examples_run() -> None:
    result = doctest.testmod(dateline, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 4 and result.failed == 0
