"""What every part of the window shares: the database, the data folder, the settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from sqlalchemy import Engine

UI_SETTINGS_FILE = "window.ini"


@dataclass
class AppContext:
    engine: Engine
    data_dir: Path
    language: str = "fr"
    # Tests pin the date; the app asks the clock.
    today_override: date | None = field(default=None)

    def today(self) -> date:
        return self.today_override or date.today()

    @property
    def locale(self) -> str:
        """The babel locale for numbers and dates."""
        return "fr_FR" if self.language == "fr" else "en_US"

    def settings(self) -> QSettings:
        """Window state kept beside the database, so that tests never touch the user's."""
        return QSettings(str(self.data_dir / UI_SETTINGS_FILE), QSettings.Format.IniFormat)
