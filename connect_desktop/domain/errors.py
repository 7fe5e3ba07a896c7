"""Errors raised by the domain rules.

They subclass ``ValueError`` so that callers validating user input can catch one
type, and they carry structured fields so that the UI can word a translated message.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum


class DomainError(ValueError):
    """A rule of the domain refused an input or an action."""


class TransitionError(DomainError):
    """A lifecycle transition that the rules do not allow."""

    def __init__(self, kind: str, current: Enum, target: Enum, allowed: Iterable[Enum]) -> None:
        self.kind = kind
        self.current = current
        self.target = target
        self.allowed = tuple(allowed)
        if self.allowed:
            options = ", ".join(str(status.value) for status in self.allowed)
            hint = f"from {current.value} the allowed statuses are: {options}"
        else:
            hint = f"{current.value} is final: no further change is allowed"
        super().__init__(f"A {kind} cannot go from {current.value} to {target.value}; {hint}.")
