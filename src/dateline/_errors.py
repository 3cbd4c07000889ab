"""One exception tree for dateline. Every message says what went wrong and how to fix it.

Codes (``E001`` ...) are stable: they appear in per-record ``errors`` strings so that
users can grep and count them.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base class of every error dateline raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ModelNotFound(DatelineError):
    code = "E001"


class InputError(DatelineError):
    """A whole input could not be read (a missing file, an unknown type, a usage mistake)."""

    code = "E002"


class RecordError(DatelineError):
    """One record could not be coded; the run goes on."""

    code = "E003"


class EmptyText(RecordError):
    code = "E010"


class Undecodable(RecordError):
    code = "E011"


class MalformedRecord(RecordError):
    code = "E012"


class TooLarge(RecordError):
    code = "E013"


class UnknownFormat(RecordError):
    code = "E014"


class DataFileError(DatelineError):
    """A bundled or user-supplied data file (ontology, patterns, knowledge base) is invalid."""

    code = "E020"


class MissingExtra(DatelineError):
    """An optional feature needs packages that are not installed."""

    code = "E030"

    def __init__(self, feature: str, extra: str, package: str) -> None:
        super().__init__(
            f"{feature} needs the optional package {package!r}, which is not installed. "
            f"Install it with: pip install 'dateline[{extra}]'"
        )


__all__ = [
    "DataFileError",
    "DatelineError",
    "EmptyText",
    "InputError",
    "MalformedRecord",
    "MissingExtra",
    "ModelNotFound",
    "RecordError",
    "TooLarge",
    "Undecodable",
    "UnknownFormat",
]
