"""What runs around start-up to keep the data safe: the database's quick check (with the
offer to restore a backup when it fails), the tidy-up of the data folder, and the daily
automatic backup. Messages go through small functions that tests replace."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from connect_desktop import APP_NAME
from connect_desktop.services.clean_close import forget_clean_close, unchanged_since_clean_close
from connect_desktop.services.integrity import StoreReport, database_is_sound, tidy_store
from connect_desktop.ui.context import AppContext
from connect_desktop.ui.operations import call_when_idle, run_job

log = logging.getLogger(__name__)
MISSING_LISTED = 10


def show_missing_files(parent: QWidget | None, message: str) -> None:
    """Warn about attachments the database references but the folder lacks (tests
    replace this function)."""
    QMessageBox.warning(parent, APP_NAME, message)


def ask_restore(message: str) -> bool:
    """Ask whether to restore a backup of a damaged database (tests replace this)."""
    answer = QMessageBox.question(
        None,
        APP_NAME,
        message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_damaged(message: str) -> None:
    QMessageBox.critical(None, APP_NAME, message)


def missing_files_text(report: StoreReport) -> str:
    names = [item.original_name or item.sha256[:12] for item in report.missing]
    listed = "\n".join(f"• {name}" for name in names[:MISSING_LISTED])
    if len(names) > MISSING_LISTED:
        listed += "\n…"
    return QCoreApplication.translate(
        "StartupChecks",
        "These files are recorded for your invoices but are missing from the data "
        "folder. Nothing was removed from your invoices: put the files back, or restore "
        "a backup.\n\n{files}",
    ).format(files=listed)


def check_data_folder(parent: QObject, window: QWidget | None, context: AppContext) -> None:
    """Tidy the data folder off the UI thread, then say what is missing, if anything."""
    engine, data_dir = context.engine, context.data_dir

    def done(report: StoreReport) -> None:
        if report.temporary_removed or report.orphans_moved:
            log.info(
                "Data folder tidied: %d temporary files removed, %d unreferenced "
                "attachments moved to attachments/orphaned",
                report.temporary_removed,
                len(report.orphans_moved),
            )
        if report.missing:
            log.warning("%d referenced attachments are missing", len(report.missing))
            show_missing_files(window, missing_files_text(report))

    def failed(error: Exception) -> None:
        log.error("The data folder could not be checked: %s", error)

    run_job(parent, lambda: tidy_store(engine, data_dir), done, failed)


def database_usable(path: Path) -> bool:
    """The quick check before the database is opened (nothing is written if it fails),
    skipped when the file is as the last normal close left it (``clean_close``)."""
    if unchanged_since_clean_close(path):
        log.info("The database is as it was last closed: quick check skipped")
        sound = True
    else:
        sound = database_is_sound(path)
    forget_clean_close(path)  # in use from now on, until the next normal close
    if not sound:
        log.error("The database %s fails its quick check", path)
    return sound


def restore_damaged_database(data_dir: Path, interactive: bool) -> bool:
    """The quick check failed: offer the newest backup that passes its own checks. True
    when a backup was put in place (the damaged file is kept among the backups)."""
    from connect_desktop.domain.money import format_date
    from connect_desktop.services.backups import BackupInvalid, restore_backup, verify_backup
    from connect_desktop.store.database import BACKUP_FOLDER

    backups = sorted(
        (Path(data_dir) / BACKUP_FOLDER).glob("*.zip"),
        key=lambda path: path.stat().st_mtime,
        reverse=True,
    )
    for backup in backups:
        try:
            manifest = verify_backup(backup)
        except BackupInvalid as problem:
            log.warning("Backup %s not usable: %s", backup.name, problem)
            continue
        question = QCoreApplication.translate(
            "StartupChecks",
            "The database in {folder} is damaged. Restore the backup of {date} ({file})? "
            "The damaged file is kept beside the backups.",
        ).format(folder=data_dir, date=format_date(manifest.created_at.date()), file=backup.name)
        if interactive and ask_restore(question):
            report = restore_backup(backup, data_dir)
            log.warning(
                "Damaged database replaced by %s (safety copy %s)", backup, report.safety_backup
            )
            return True
        break
    message = QCoreApplication.translate(
        "StartupChecks",
        "The database in {folder} is damaged and was left as it is. Restore a backup "
        "from the backups folder, or copy the folder for support.",
    ).format(folder=data_dir)
    log.error("%s", message)
    if interactive:
        show_damaged(message)
    return False


def start_auto_backup(parent: QObject, context: AppContext) -> None:
    """Today's automatic backup (at most one a day, rotated), off the UI thread, once the
    window's own start-up jobs have delivered: a large database takes seconds to copy,
    and the one job thread would otherwise make the window's data wait for it."""
    from connect_desktop.services.backups import auto_backup_if_due

    engine, data_dir = context.engine, context.data_dir

    def done(info: object) -> None:
        if info is not None:
            log.info("Automatic backup written: %s", getattr(info, "path", info))

    def failed(error: Exception) -> None:
        log.error("The automatic backup failed: %s", error)

    call_when_idle(
        lambda: run_job(parent, lambda: auto_backup_if_due(engine, data_dir), done, failed)
    )


def show_restore_failed(message: str) -> None:
    QMessageBox.critical(None, APP_NAME, message)


def restore_chosen_backup(backup: Path, data_dir: Path) -> None:
    """Put a backup the user chose in place (the database is closed). A backup refused
    at this last check changes nothing: the app reopens the data as it was."""
    from connect_desktop.services.backups import restore_backup

    try:
        report = restore_backup(backup, data_dir)
    except (ValueError, RuntimeError, OSError) as error:
        log.error("Restoring %s failed: %s", backup, error)
        show_restore_failed(
            QCoreApplication.translate(
                "StartupChecks", "The backup {file} was not restored: {error}"
            ).format(file=backup.name, error=error)
        )
        return
    log.warning("Backup %s restored (the previous state is in %s)", backup, report.safety_backup)
