"""Typed errors: each carries a message written for a journalist, not a developer."""

from __future__ import annotations


class ParallaxError(Exception):
    """Base of every error the engine raises on purpose."""


class Cancelled(ParallaxError):
    """The caller's ``cancelled()`` predicate said stop; partial work is discarded."""

    def __init__(self) -> None:
        super().__init__("Cancelled.")


class LoadError(ParallaxError):
    """A file could not be turned into a Document. ``str(err)`` is the user message."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
