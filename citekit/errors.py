"""Exceptions: only usage errors and bugs raise; data problems become Diagnostics."""

from __future__ import annotations


class CitekitError(Exception):
    """Base of citekit's own exceptions."""


class UsageError(CitekitError):
    """The user asked for something that cannot be done (unknown format, style, file).

    The CLI prints the message and exits with status 2.
    """


class InputError(CitekitError):
    """An input file cannot be read at all (binary, missing).  CLI exit status 1."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
