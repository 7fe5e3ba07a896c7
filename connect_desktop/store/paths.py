"""Where the user's data lives.

``--data-dir`` wins, then ``CONNECT_DESKTOP_DATA_DIR``, then the platform's data folder
(``platformdirs``, app name "Connect Desktop").
"""

from __future__ import annotations

import os
from pathlib import Path

from connect_desktop import APP_NAME

DATA_DIR_ENV = "CONNECT_DESKTOP_DATA_DIR"
ATTACHMENTS_FOLDER = "attachments"


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use (not created here)."""
    if override:
        return Path(override).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
