"""What the migration tests share: moving a database up or down to a given revision."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from connect_desktop.store.database import MIGRATIONS_DIR


def migrate(engine: Engine, direction: str, revision: str) -> None:
    """``alembic upgrade|downgrade revision`` (``direction``) on ``engine``'s database."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, direction)(config, revision)
