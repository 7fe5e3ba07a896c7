"""The SQLModel tables and the Alembic migrations describe the same schema (DESIGN.md §3)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlmodel import SQLModel

import connect_desktop.store.models  # noqa: F401  (registers the tables in the metadata)
from connect_desktop.store.database import (
    MIGRATIONS_DIR,
    SCHEMA_REVISION,
    create_db_engine,
    current_revision,
    open_database,
)


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def test_models_and_migrations_agree(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []


def test_schema_revision_is_the_head_of_the_migration_scripts() -> None:
    script = ScriptDirectory.from_config(_config())
    assert script.get_heads() == [SCHEMA_REVISION]  # one head: a linear history
    assert script.get_current_head() == SCHEMA_REVISION


def test_migration_history_starts_from_an_empty_database() -> None:
    script = ScriptDirectory.from_config(_config())
    revisions = list(script.walk_revisions())
    assert revisions[0].revision == SCHEMA_REVISION
    assert revisions[-1].down_revision is None


def test_migrations_create_every_table_of_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables


def test_downgrade_to_base_then_upgrade_again(tmp_path: Path) -> None:
    path = tmp_path / "roundtrip.sqlite3"
    open_database(path).dispose()
    engine = create_db_engine(path)
    try:
        config = _config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) == {"alembic_version"}
        assert current_revision(engine) is None

        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        assert current_revision(engine) == SCHEMA_REVISION
        with engine.connect() as connection:
            differences = compare_metadata(
                MigrationContext.configure(connection), SQLModel.metadata
            )
        assert differences == []
    finally:
        engine.dispose()
