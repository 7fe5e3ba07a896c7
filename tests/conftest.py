"""Shared fixtures: every test runs headless and in its own temporary data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

# Set before any Qt import so that no test ever needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder; the user's real one is never reachable from a test."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("CONNECT_DESKTOP_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return folder


@pytest.fixture
def engine(data_dir: Path) -> Iterator[Engine]:
    """A migrated, empty database in the test's data folder."""
    from connect_desktop.store.database import database_path, open_database

    db = open_database(database_path(data_dir))
    yield db
    db.dispose()
