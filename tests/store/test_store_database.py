"""Opening the database (DESIGN.md section 3): pragmas, migrations, backups, units of work."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from connect_desktop.store import database
from connect_desktop.store.database import (
    BACKUP_FOLDER,
    BUSY_TIMEOUT_MS,
    SCHEMA_REVISION,
    current_revision,
    database_path,
    open_database,
    read_session,
    unit_of_work,
)
from connect_desktop.store.missions import create_mission
from connect_desktop.store.models import CraDay, Mission, Profile
from connect_desktop.store.paths import DATA_DIR_ENV, resolve_data_dir
from connect_desktop.store.profile import get_profile, save_profile

EXPECTED_TABLES = {
    "alembic_version",
    "attachment",
    "cra",
    "craadjustment",
    "craday",
    "invoice",
    "invoiceevent",
    "mission",
    "owninvoice",
    "profile",
}


def _backups(data_dir: Path) -> list[Path]:
    folder = data_dir / BACKUP_FOLDER
    return sorted(folder.iterdir()) if folder.exists() else []


def _create_foreign_database(path: Path) -> None:
    """A SQLite file that holds user data but no Alembic revision (an older state)."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE legacy_note (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO legacy_note (body) VALUES ('Mission Banque Exemple')")
        connection.commit()


def _table_names(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}


# --- Pragmas -------------------------------------------------------------------------


def test_connections_use_wal_foreign_keys_and_busy_timeout(engine: Engine) -> None:
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
    assert BUSY_TIMEOUT_MS == 5000


def test_every_new_connection_gets_the_pragmas(engine: Engine) -> None:
    # Two connections open at once come from two distinct DBAPI connections.
    with engine.connect() as first, engine.connect() as second:
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_sessions_see_the_pragmas_too(engine: Engine) -> None:
    with read_session(engine) as session:
        assert session.exec(text("PRAGMA foreign_keys")).scalar() == 1  # type: ignore[call-overload]
    with unit_of_work(engine) as session:
        assert session.exec(text("PRAGMA busy_timeout")).scalar() == 5000  # type: ignore[call-overload]


def test_wal_mode_is_persistent_in_the_file(engine: Engine, data_dir: Path) -> None:
    with closing(sqlite3.connect(database_path(data_dir))) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    def insert_orphan_day() -> None:
        with unit_of_work(engine) as session:
            session.add(CraDay(cra_id=4242, day=date(2026, 5, 4), halves=2))
            session.flush()

    with pytest.raises(IntegrityError):
        insert_orphan_day()
    with read_session(engine) as session:
        assert session.exec(select(CraDay)).all() == []


# --- Migrations and revision ---------------------------------------------------------


def test_fresh_database_ends_at_schema_revision(engine: Engine) -> None:
    assert current_revision(engine) == SCHEMA_REVISION
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == EXPECTED_TABLES


def test_database_file_is_in_the_data_folder(engine: Engine, data_dir: Path) -> None:
    assert database_path(data_dir) == data_dir / database.DATABASE_FILENAME
    assert database_path(data_dir).is_file()


def test_empty_new_database_makes_no_backup(engine: Engine, data_dir: Path) -> None:
    assert current_revision(engine) == SCHEMA_REVISION
    assert _backups(data_dir) == []


def test_reopening_an_up_to_date_database_makes_no_backup_and_runs_no_migration(
    engine: Engine, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_engine: Engine) -> None:
        raise AssertionError("an up-to-date database must not be migrated")

    monkeypatch.setattr(database, "run_migrations", refuse)
    reopened = open_database(database_path(data_dir))
    try:
        assert current_revision(reopened) == SCHEMA_REVISION
    finally:
        reopened.dispose()
    assert _backups(data_dir) == []


def test_reopening_an_up_to_date_database_does_not_import_alembic(
    engine: Engine, data_dir: Path
) -> None:
    engine.dispose()
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from connect_desktop.store.database import current_revision, open_database\n"
        "engine = open_database(Path(sys.argv[1]))\n"
        "revision = current_revision(engine)\n"
        "engine.dispose()\n"
        "print(json.dumps({'alembic': 'alembic' in sys.modules, 'revision': revision}))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-W", "error", "-c", script, str(database_path(data_dir))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    assert result == {"alembic": False, "revision": SCHEMA_REVISION}


def test_opening_a_new_database_imports_alembic_to_migrate(data_dir: Path) -> None:
    """The counterpart of the test above: the subprocess check can tell the difference."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from connect_desktop.store.database import open_database\n"
        "open_database(Path(sys.argv[1])).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script, str(data_dir / "other.sqlite3")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip().splitlines()[-1] == "True"


def test_database_in_an_older_state_is_copied_to_backups_before_migrating(
    data_dir: Path,
) -> None:
    path = database_path(data_dir)
    _create_foreign_database(path)

    engine = open_database(path)
    try:
        assert current_revision(engine) == SCHEMA_REVISION
        with engine.connect() as connection:
            # Migrating keeps the user's data.
            kept = connection.execute(text("SELECT body FROM legacy_note")).scalars().all()
        assert kept == ["Mission Banque Exemple"]
    finally:
        engine.dispose()

    backups = _backups(data_dir)
    assert len(backups) == 1
    backup = backups[0]
    assert backup.suffix == path.suffix
    assert "before-migration" in backup.name
    with closing(sqlite3.connect(backup)) as connection:
        rows = connection.execute("SELECT body FROM legacy_note").fetchall()
    assert rows == [("Mission Banque Exemple",)]
    # The copy is taken *before* the migration: it has none of the new tables.
    assert _table_names(backup) == {"legacy_note"}


def test_backup_exists_even_when_the_migration_fails(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = database_path(data_dir)
    _create_foreign_database(path)

    def broken_migration(_engine: Engine) -> None:
        raise RuntimeError("migration crashed")

    monkeypatch.setattr(database, "run_migrations", broken_migration)
    with pytest.raises(RuntimeError, match="migration crashed"):
        open_database(path)

    backups = _backups(data_dir)
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as connection:
        assert connection.execute("SELECT count(*) FROM legacy_note").fetchone() == (1,)


def test_opening_creates_missing_parent_folders(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / database.DATABASE_FILENAME
    engine = open_database(path)
    try:
        assert path.is_file()
        assert current_revision(engine) == SCHEMA_REVISION
    finally:
        engine.dispose()


# --- Units of work -------------------------------------------------------------------


def test_unit_of_work_commits_when_the_block_ends_normally(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, full_name="Camille Martin", siret="73282932000074")
    with read_session(engine) as session:
        profile = session.exec(select(Profile)).one()
    assert profile.full_name == "Camille Martin"


def test_unit_of_work_rolls_everything_back_on_exception(engine: Engine) -> None:
    class Boom(Exception):
        pass

    def failing_work() -> None:
        with unit_of_work(engine) as session:
            save_profile(session, full_name="Camille Martin")
            create_mission(
                session,
                title="Audit",
                client_name="Client SA",
                start_on=date(2026, 3, 2),
                daily_rate=Decimal("550"),
                signed_on=date(2026, 2, 1),
            )
            raise Boom

    with pytest.raises(Boom):
        failing_work()

    with read_session(engine) as session:
        assert session.exec(select(Mission)).all() == []
        assert session.exec(select(Profile)).all() == []


def test_unit_of_work_rolls_back_earlier_flushed_writes(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, full_name="Avant")

    def interrupted_work() -> None:
        with unit_of_work(engine) as session:
            save_profile(session, full_name="Après")
            raise KeyboardInterrupt  # a BaseException too: the whole block is rolled back

    with pytest.raises(KeyboardInterrupt):
        interrupted_work()

    with read_session(engine) as session:
        assert get_profile(session).full_name == "Avant"


def test_unit_of_work_takes_the_write_lock_at_once(engine: Engine, data_dir: Path) -> None:
    """BEGIN IMMEDIATE: a second writer is refused while a unit of work is open."""
    with unit_of_work(engine) as session:
        save_profile(session, full_name="Camille Martin")
        with closing(sqlite3.connect(database_path(data_dir), timeout=0)) as other:
            other.isolation_level = None
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")


def test_readers_are_not_blocked_by_a_unit_of_work(engine: Engine) -> None:
    with unit_of_work(engine) as writer:
        save_profile(writer, full_name="Pas encore validé")
        with read_session(engine) as reader:
            # WAL: the reader sees the last committed state, without waiting.
            assert reader.exec(select(Profile)).all() == []


def test_read_session_objects_stay_usable_after_it_closes(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, full_name="Camille Martin")
    with read_session(engine) as session:
        profile = session.exec(select(Profile)).one()
    assert profile.full_name == "Camille Martin"


# --- Data folder -------------------------------------------------------------------


def test_data_dir_override_wins_over_environment(tmp_path: Path, data_dir: Path) -> None:
    assert resolve_data_dir(tmp_path / "chosen") == (tmp_path / "chosen").resolve()
    assert resolve_data_dir() == data_dir.resolve()


def test_data_dir_comes_from_platformdirs_without_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATA_DIR_ENV)
    folder = resolve_data_dir()
    assert folder.name == "Connect Desktop"
    if sys.platform.startswith("linux"):
        # The autouse fixture points XDG_DATA_HOME into the test's temporary folder.
        assert folder == tmp_path / "xdg-data" / "Connect Desktop"
