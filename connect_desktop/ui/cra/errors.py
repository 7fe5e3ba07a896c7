"""French (translated) wording of the errors the CRA actions can raise.

The domain and the store raise ``ValueError`` subclasses with English messages meant for
logs; the known ones become sentences for the user, the others are wrapped.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QObject

from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.errors import TransitionError
from connect_desktop.domain.money import format_date

_DAY_ERROR = re.compile(r"^(\d{4}-\d{2}-\d{2}) (.*)$")


class CraErrors(QObject):
    def __init__(self, locale: str = "fr_FR", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locale = locale

    def text(self, error: ValueError) -> str:
        """The message for an error the rules raised in English."""
        if isinstance(error, TransitionError) and error.kind == "CRA":
            return self._transition(error)
        message = str(error)
        day_error = _DAY_ERROR.match(message)
        if day_error:
            found = self._day(date.fromisoformat(day_error.group(1)), day_error.group(2))
            if found:
                return found
        if message.startswith("Only a draft CRA can be edited"):
            if "VALIDATED" in message:
                return self.validated_note()
            return self.submitted_note()
        known = {
            "An empty CRA cannot be submitted": self.empty_text(),
            "The client's validation date cannot be in the future": self.tr(
                "The validation date cannot be in the future."
            ),
            "The client's refusal date cannot be in the future": self.tr(
                "The refusal date cannot be in the future."
            ),
            "Say why the client refused": self.tr("Enter the reason the client gave."),
            "The client cannot validate a CRA before it was submitted": self.tr(
                "The validation date cannot be before the CRA was submitted."
            ),
            "The client cannot refuse a CRA before it was submitted": self.tr(
                "The refusal date cannot be before the CRA was submitted."
            ),
            "An adjustment needs a comment": self.tr("Explain the adjustment in a comment."),
            "An adjustment adds or removes at least half a day": self.tr(
                "An adjustment adds or removes at least half a day."
            ),
            "Adjustments cannot bring a CRA below zero days": self.tr(
                "The adjustments would bring this month below zero days."
            ),
            "Only a validated CRA is corrected": self.tr(
                "Only a validated CRA is corrected by an adjustment."
            ),
            "An adjustment is carried by a CRA of a later month": self.tr(
                "An adjustment goes on a later month than the corrected CRA."
            ),
            "There is no CRA": self.tr("This CRA no longer exists: choose the month again."),
            "There is no mission": self.tr("This mission no longer exists."),
            "A day holds 0, a half day": self.tr("A day holds 0, a half day or a full day."),
        }
        for prefix, text in known.items():
            if message.startswith(prefix):
                return text
        return self.tr("The CRA was not changed: {reason}").format(reason=message)

    def _day(self, day: date, rest: str) -> str | None:
        shown = format_date(day, self.locale)
        if rest.startswith("is outside the mission's dates"):
            return self.tr("{date} is outside the mission's dates: nothing was changed.").format(
                date=shown
            )
        if rest.startswith("is a weekend day"):
            return self.tr(
                "{date} is a weekend day and the mission excludes weekend work: "
                "nothing was changed."
            ).format(date=shown)
        holiday = re.match(r"is a public holiday \((.*)\)", rest)
        if holiday:
            return self.tr(
                "{date} is a public holiday ({name}) and the mission excludes it: "
                "nothing was changed."
            ).format(date=shown, name=holiday.group(1))
        if rest.startswith("is not in this CRA's month"):
            return self.tr("{date} is not in this month.").format(date=shown)
        return None

    def _transition(self, error: TransitionError) -> str:
        current = CraStatus(error.current)
        target = CraStatus(error.target)
        if current is CraStatus.VALIDATED:
            return self.tr("This CRA is already validated.")
        if target is CraStatus.SUBMITTED:
            return self.tr("This CRA is already submitted.")
        if target in (CraStatus.VALIDATED, CraStatus.REJECTED):
            return self.tr("Submit the CRA before recording the client's answer.")
        return self.tr("This action is not possible in the CRA's current status.")

    # -- notes shared with the summary panel ---------------------------------------------
    def empty_text(self) -> str:
        return self.tr("An empty CRA cannot be submitted: fill at least half a day.")

    def submitted_note(self) -> str:
        return self.tr("CRA submitted: it can no longer be edited.")

    def validated_note(self) -> str:
        return self.tr("CRA validated: a correction is made by an adjustment on a later month.")
