"""The bootstrap: language choice, --smoke, --demo, one instance per data folder, logging
and the global exception hook with its crash dialog.

Starting the whole application runs in a subprocess (QApplication is a singleton), with
HOME and the XDG folders inside the test's temporary folder.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QLockFile, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func
from sqlmodel import select

import connect_desktop
from connect_desktop import __version__
from connect_desktop.store.database import database_path, open_database, read_session
from connect_desktop.store.models import Mission
from connect_desktop.store.paths import log_dir
from connect_desktop.ui import crash_dialog
from connect_desktop.ui.crash_dialog import CrashDialog
from connect_desktop.ui.crash_hook import CrashReporter
from connect_desktop.ui.instance_lock import LOCK_FILENAME
from connect_desktop.ui.logging_setup import LOG_FILENAME, configure_logging
from connect_desktop.ui.translations import choose_language, install_translations

APP_TIMEOUT = 60
HEAVY_MODULES = ("fpdf", "pypdf", "alembic", "facturx")


# -- helpers ------------------------------------------------------------------------------
def app_env(tmp_path: Path) -> dict[str, str]:
    """The environment of an app subprocess: headless, every user folder in tmp_path."""
    env = dict(os.environ)
    env.pop("CONNECT_DESKTOP_DATA_DIR", None)
    # Run the very package under test, whatever else is installed.
    package_root = str(Path(connect_desktop.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        XDG_STATE_HOME=str(tmp_path / "xdg-state"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
        XDG_CACHE_HOME=str(tmp_path / "xdg-cache"),
    )
    return env


def run_app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "connect_desktop", *args],
        env=app_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=APP_TIMEOUT,
        check=False,
    )


def mission_count(folder: Path) -> int:
    engine = open_database(database_path(folder))
    try:
        with read_session(engine) as session:
            return session.exec(select(func.count()).select_from(Mission)).one()
    finally:
        engine.dispose()


def folder_snapshot(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def app_log(tmp_path: Path) -> str:
    folder = log_dir()
    assert folder.is_relative_to(tmp_path), "tests must never write to the real log folder"
    path = folder / LOG_FILENAME
    return path.read_text(encoding="utf-8") if path.exists() else ""


def wait_for(condition: Callable[[], bool], timeout: float = APP_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


# -- language -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cli", "profile", "system", "expected"),
    [
        ("en", "fr", "fr_FR", "en"),  # --lang wins over everything
        ("fr", "en", "en_US", "fr"),
        (None, "en", "fr_FR", "en"),  # then the profile's choice
        (None, "fr", "de_DE", "fr"),
        (None, None, "fr_FR", "fr"),  # then the system: French for any French locale
        (None, None, "fr_CA", "fr"),
        (None, None, "fr-BE", "fr"),
        (None, None, "en_GB", "en"),  # English everywhere else
        (None, None, "de_DE", "en"),
        (None, None, "C", "en"),
        (None, None, "", "en"),
        (None, "de", "fr_FR", "fr"),  # a language we do not ship is ignored
        (None, "", "fr_FR", "fr"),
    ],
)
def test_choose_language(cli: str | None, profile: str | None, system: str, expected: str) -> None:
    assert choose_language(cli, profile, system) == expected


def test_french_loads_qt_translations_and_english_only_its_plurals(qapp: QApplication) -> None:
    default_locale = QLocale()
    translators = install_translations(qapp, "fr")
    try:
        assert any(Path(t.filePath()).name == "qtbase_fr.qm" for t in translators)
        assert QLocale().language() == QLocale.Language.French
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(default_locale)
    translators = install_translations(qapp, "en")
    try:
        assert [Path(t.filePath()).name for t in translators] == ["connect_desktop_en.qm"]
        one = QCoreApplication.translate("OverduePaymentsModel", "%n day(s) late", "", 1)
        many = QCoreApplication.translate("OverduePaymentsModel", "%n day(s) late", "", 12)
        assert (one, many) == ("1 day late", "12 days late")
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(default_locale)


# -- start-up -----------------------------------------------------------------------------
def test_smoke_starts_shows_the_window_and_exits_zero(tmp_path: Path) -> None:
    data = tmp_path / "first-start"
    result = run_app(tmp_path, "--smoke", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert database_path(data).exists()
    assert not (data / LOCK_FILENAME).exists(), "the lock is released on exit"
    log_text = app_log(tmp_path)
    assert "Main window shown" in log_text
    assert f"Starting Connect Desktop {__version__}" in log_text


def test_the_log_says_when_the_window_is_shown_then_painted_with_its_data(
    tmp_path: Path,
) -> None:
    """benchmarks/startup.py reads these two lines (and their unix time)."""
    data = tmp_path / "clock"
    result = run_app(tmp_path, "--smoke", "--demo", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    times = {}
    for moment in ("Main window shown", "Main window painted with data"):
        match = re.search(rf"{moment} \d+ ms after start \(unix time ([\d.]+)\)", app_log(tmp_path))
        assert match is not None, moment
        times[moment] = float(match.group(1))
    assert times["Main window shown"] <= times["Main window painted with data"]


def test_demo_fills_an_empty_database_once_without_heavy_imports(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    first = run_app(tmp_path, "--smoke", "--demo", "--data-dir", str(data))
    assert first.returncode == 0, first.stderr
    assert mission_count(data) == 5

    # Second start on the migrated database: --demo leaves existing data alone, and
    # neither the PDF libraries nor Alembic are imported.
    script = (
        "import sys\n"
        "from connect_desktop.app import main\n"
        f"code = main(['--smoke', '--demo', '--data-dir', {str(data)!r}])\n"
        f"print(sorted(m for m in {HEAVY_MODULES!r} if m in sys.modules))\n"
        "sys.exit(code)\n"
    )
    second = subprocess.run(
        [sys.executable, "-c", script],
        env=app_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=APP_TIMEOUT,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == "[]"
    assert "--demo ignored" in second.stderr
    assert mission_count(data) == 5


def test_second_instance_exits_cleanly_without_opening_the_database(
    tmp_path: Path, data_dir: Path
) -> None:
    engine = open_database(database_path(data_dir))
    engine.dispose()
    before = folder_snapshot(data_dir)
    lock = QLockFile(str(data_dir / LOCK_FILENAME))
    assert lock.tryLock(0)
    try:
        result = run_app(tmp_path, "--smoke", "--demo", "--data-dir", str(data_dir))
    finally:
        lock.unlock()
    assert result.returncode == 0, result.stderr
    assert "already open" in result.stderr
    assert "Traceback" not in result.stderr
    # Not opened: no journal, no sample written, not a byte changed.
    assert folder_snapshot(data_dir) == before
    assert mission_count(data_dir) == 0


def test_second_instance_beside_a_running_app_then_a_crashed_lock_is_taken_over(
    tmp_path: Path,
) -> None:
    data = tmp_path / "running"
    first_errors = tmp_path / "first-stderr.txt"
    with first_errors.open("w") as stderr:
        first = subprocess.Popen(
            [sys.executable, "-m", "connect_desktop", "--demo", "--data-dir", str(data)],
            env=app_env(tmp_path),
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:

        def first_window_shown() -> bool:
            assert first.poll() is None, first_errors.read_text()
            return "Main window shown" in app_log(tmp_path)

        wait_for(first_window_shown)
        second = run_app(tmp_path, "--smoke", "--data-dir", str(data))
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stderr
        assert first.poll() is None, "the first instance keeps running"
        assert mission_count(data) == 5
    finally:
        first.kill()  # as a crash would: the lock file stays behind
        first.wait(timeout=APP_TIMEOUT)
    assert (data / LOCK_FILENAME).exists()

    third = run_app(tmp_path, "--smoke", "--data-dir", str(data))
    assert third.returncode == 0, third.stderr
    assert "already open" not in third.stderr
    assert mission_count(data) == 5


def test_logging_writes_a_file_and_warnings_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "logs"
    setup = configure_logging(folder)
    try:
        logging.getLogger("connect_desktop.test").info("routine detail")
        logging.getLogger("connect_desktop.test").warning("something to look at")
    finally:
        setup.close()
    text = (folder / LOG_FILENAME).read_text(encoding="utf-8")
    assert "routine detail" in text
    assert "something to look at" in text
    err = capsys.readouterr().err
    assert "something to look at" in err
    assert "routine detail" not in err
    assert setup.handlers == []


# -- exception hook and crash dialog ------------------------------------------------------
@pytest.fixture
def shown_reports(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        crash_dialog, "show_crash_report", lambda report, log_file=None: shown.append(report)
    )
    return shown


def _raise_in_a_slot() -> None:
    raise RuntimeError("boom in a slot")


def test_crash_hook_logs_the_report_and_shows_it(
    qapp: QApplication, shown_reports: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    reporter = CrashReporter(interactive=True)
    try:
        _raise_in_a_slot()
    except RuntimeError as error:
        exc_info = (type(error), error, error.__traceback__)
    with caplog.at_level(logging.CRITICAL, logger="connect_desktop.ui.crash_hook"):
        reporter.excepthook(*exc_info)

    assert len(shown_reports) == 1
    report = shown_reports[0]
    assert f"Connect Desktop {__version__}" in report
    for field in ("OS: ", "Python: ", "Qt: "):
        assert field in report
    assert "Traceback (most recent call last)" in report
    assert "_raise_in_a_slot" in report
    assert "RuntimeError: boom in a slot" in report
    logged = [r.getMessage() for r in caplog.records if r.levelno == logging.CRITICAL]
    assert any("RuntimeError: boom in a slot" in message for message in logged)
    assert reporter.errors == 1


def test_installed_hook_catches_slot_and_thread_errors(
    qtbot: QtBot, shown_reports: list[str]
) -> None:
    reporter = CrashReporter(interactive=True)
    reporter.install()
    try:
        assert sys.excepthook == reporter.excepthook
        QTimer.singleShot(0, _raise_in_a_slot)
        qtbot.waitUntil(lambda: len(shown_reports) == 1)

        worker = threading.Thread(target=_raise_in_a_slot, name="worker-1")
        worker.start()
        worker.join()
        # The dialog opens on the UI thread, once the event loop gets the report.
        qtbot.waitUntil(lambda: len(shown_reports) == 2)
    finally:
        reporter.uninstall()
    assert sys.excepthook != reporter.excepthook
    assert "Thread: worker-1" in shown_reports[1]
    assert reporter.errors == 2


def test_hook_without_a_display_only_logs(
    shown_reports: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    reporter = CrashReporter(interactive=False)
    with caplog.at_level(logging.CRITICAL, logger="connect_desktop.ui.crash_hook"):
        report = reporter.report(ValueError, ValueError("bad"), None)
    assert "ValueError: bad" in report
    assert shown_reports == []
    assert reporter.errors == 1


def test_crash_dialog_copies_the_report_to_the_clipboard(qtbot: QtBot) -> None:
    report = f"Connect Desktop {__version__}\n\nTraceback (most recent call last):\n  boom\n"
    dialog = CrashDialog(report, Path("/tmp/connect-desktop.log"))
    qtbot.addWidget(dialog)
    assert dialog.report_view.isReadOnly()
    assert dialog.report_view.toPlainText() == report
    assert dialog.copy_button.text() == "&Copy the report"
    assert dialog.close_button.text() == "Close"

    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == report

    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


def test_a_database_from_a_newer_version_stops_the_app_and_is_left_unchanged(
    tmp_path: Path,
) -> None:
    import sqlite3

    data = tmp_path / "newer"
    first = run_app(tmp_path, "--smoke", "--data-dir", str(data))
    assert first.returncode == 0, first.stderr
    database = data / "connect-desktop.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    before = database.read_bytes()
    result = run_app(tmp_path, "--smoke", "--data-dir", str(data))
    assert result.returncode == 1
    assert "newer version" in result.stderr
    assert database.read_bytes() == before
