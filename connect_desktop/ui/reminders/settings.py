"""Which reminders the freelancer wants, kept in the window settings (``window.ini``)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QSettings

from connect_desktop.domain.reminders import ReminderKind


def setting_key(kind: ReminderKind) -> str:
    """``reminders/cra_not_submitted`` and so on."""
    return f"reminders/{kind.value.lower()}"


def enabled_reminders(settings: QSettings) -> frozenset[ReminderKind]:
    """The kinds turned on; every kind is on until the user turns it off."""
    return frozenset(
        kind for kind in ReminderKind if settings.value(setting_key(kind), True, type=bool)
    )


def save_enabled_reminders(settings: QSettings, enabled: Collection[ReminderKind]) -> None:
    for kind in ReminderKind:
        settings.setValue(setting_key(kind), kind in enabled)
    settings.sync()
