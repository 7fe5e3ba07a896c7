"""Fixtures for the UI tests: an application context on the test's own database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from connect_desktop.ui.context import AppContext


@pytest.fixture
def context(engine: Engine, data_dir: Path) -> AppContext:
    """The window's shared state, in French, on a fixed day (Saturday 28 November 2026)."""
    return AppContext(
        engine=engine, data_dir=data_dir, language="fr", today_override=date(2026, 11, 28)
    )
