"""Find bundled files (icons, fonts, translations) from source and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``connect_desktop/resources`` in a source tree or an installed package, or the
    same folder inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "connect_desktop" / "resources"
    return Path(__file__).with_name("resources")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
