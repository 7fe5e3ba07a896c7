"""Opening the database: pragmas, migrations and the copy taken before any migration.

Alembic is imported only when the schema is behind ``SCHEMA_REVISION``: an up-to-date
database opens without it, which keeps start-up fast.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlmodel import Session

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

DATABASE_FILENAME = "connect-desktop.sqlite3"
BACKUP_FOLDER = "backups"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest Alembic revision; a test checks it is the head of migrations/versions.
SCHEMA_REVISION = "0004"
BUSY_TIMEOUT_MS = 5000
_WRITE_OPTION = "connect_desktop_write"


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILENAME


def create_db_engine(path: Path) -> Engine:
    """An engine on ``path`` whose connections use WAL, foreign keys and a busy timeout.

    Transactions are begun explicitly (the sqlite3 module's own handling is switched
    off) so that a unit of work is one real SQLite transaction, taken with
    ``BEGIN IMMEDIATE`` when it is going to write.
    """
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        writing = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """One write transaction: committed if the block ends normally, else rolled back whole."""
    with Session(engine, expire_on_commit=False) as session:
        session.connection(execution_options={_WRITE_OPTION: True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A session for reading; objects stay usable after it closes."""
    with Session(engine, expire_on_commit=False) as session:
        yield session


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at, or ``None`` for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def has_user_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(inspect(connection).get_table_names())


def backup_database(path: Path, label: str) -> Path:
    """Copy the database aside under ``backups/`` with SQLite's online backup (WAL-safe)."""
    folder = path.parent / BACKUP_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{label}-{stamp}{path.suffix}"
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    log.info("Database copied to %s", target)
    return target


class NewerDatabaseError(ValueError):
    """The database is at a schema revision this app does not know (a newer app wrote it)."""


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    """Every revision of migrations/versions (imports Alembic)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def run_migrations(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``, by default the head one (imports Alembic)."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def open_database(path: Path) -> Engine:
    """Open (or create) the database at ``path`` and migrate it if it is behind.

    A database that already holds tables is copied aside before any migration runs. A
    database at a revision this app does not know raises ``NewerDatabaseError``, untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(path)
    revision = current_revision(engine)
    if revision is not None and revision != SCHEMA_REVISION and revision not in known_revisions():
        # Refused before any write (no copy, no migration): this app cannot read that schema.
        engine.dispose()
        raise NewerDatabaseError(
            f"The database {path} is at schema revision {revision}, which this version of "
            "Connect Desktop does not know: it was written by a newer version. Install that "
            "version again to open it; the file was left unchanged."
        )
    if revision != SCHEMA_REVISION:
        if has_user_tables(engine):
            backup_database(path, f"before-migration-from-{revision or 'none'}")
        log.info("Migrating database %s from %s to %s", path, revision, SCHEMA_REVISION)
        run_migrations(engine)
    return engine
