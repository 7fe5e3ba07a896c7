"""French (translated) wording of the errors that saving a mission can raise.

The domain and the store raise ``ValueError`` subclasses with English messages meant for
logs; the known ones are mapped to sentences for the user, the others are wrapped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from connect_desktop.store.missions import OptionLockedError


class SaveErrors(QObject):
    def text(self, error: ValueError) -> str:
        """The French (translated) message for an error the rules raised in English."""
        if isinstance(error, OptionLockedError):
            return self.tr(
                "The payment option cannot change: this mission already has a validated CRA. "
                "Keep the option (and a signature date of the same regime)."
            )
        message = str(error)
        known = {
            "A mission needs a title.": self.tr("Enter a title for the mission."),
            "A mission needs a client.": self.tr("Enter the client's name."),
            "The daily rate must be above zero": self.tr("The daily rate must be above zero."),
            "A mission cannot end before it starts.": self.tr(
                "The end date is before the start date."
            ),
            "The client payment term must be above zero.": self.tr(
                "The client payment term must be above zero."
            ),
            "There is no mission": self.tr("This mission no longer exists: reload the list."),
        }
        for prefix, text in known.items():
            if message.startswith(prefix):
                return text
        if "option does not exist under the" in message:
            return self.tr("This payment option does not exist for the mission's regime.")
        return self.tr("The mission could not be saved: {reason}").format(reason=message)
