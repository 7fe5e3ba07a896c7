"""Exports are all or nothing (issue 7): a failure or a cancel midway leaves no file under
the target name, no temporary file, and an older file at the target untouched."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from connect_desktop.services.export_files import ExportCancelled, atomic_output
from connect_desktop.services.export_invoices_csv import (
    CsvConvention,
    CsvLabels,
    export_invoices_csv,
)
from connect_desktop.services.export_payments_ics import export_payments_ics
from connect_desktop.services.files import NEW_FILE_MODE
from connect_desktop.store.demo import fill_demo

TODAY = date(2026, 11, 28)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_success_replaces_the_target_with_usual_permissions(out: Path) -> None:
    target = out / "export.txt"
    target.write_text("old")
    with atomic_output(target, "w", encoding="utf-8") as stream:
        stream.write("new")
        # Nothing under the target name changes while the export runs.
        assert target.read_text() == "old"
    assert target.read_text() == "new"
    assert sorted(path.name for path in out.iterdir()) == ["export.txt"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == NEW_FILE_MODE


def test_temporary_file_is_hidden_beside_the_target(out: Path) -> None:
    target = out / "export.csv"
    with atomic_output(target) as stream:
        stream.write(b"data")
        (temporary,) = out.iterdir()
        assert temporary.name.startswith(".export.csv.")
        assert temporary.name.endswith(".tmp")
    assert target.read_bytes() == b"data"


@pytest.mark.parametrize("error", [ExportCancelled(), OSError(28, "No space left on device")])
def test_failure_midway_leaves_nothing(out: Path, error: BaseException) -> None:
    target = out / "export.csv"

    def interrupted() -> None:
        with atomic_output(target) as stream:
            stream.write(b"half")
            raise error

    with pytest.raises(type(error)):
        interrupted()
    assert list(out.iterdir()) == []


def test_failure_keeps_an_existing_file(out: Path) -> None:
    target = out / "export.csv"
    target.write_bytes(b"previous export")

    def cancelled() -> None:
        with atomic_output(target) as stream:
            stream.write(b"half")
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        cancelled()
    assert target.read_bytes() == b"previous export"
    assert list(out.iterdir()) == [target]


def _cancel_after(count: int) -> object:
    def progress(done: int, total: int) -> None:
        if done >= count:
            raise ExportCancelled

    return progress


def test_cancelled_csv_export_leaves_the_old_file(engine: Engine, out: Path) -> None:
    fill_demo(engine, missions=10, months=60, today=TODAY)  # several progress steps
    target = out / "factures.csv"
    target.write_bytes(b"previous export")
    with pytest.raises(ExportCancelled):
        export_invoices_csv(
            engine,
            target,
            convention=CsvConvention.FRENCH,
            labels=CsvLabels.plain(),
            progress=_cancel_after(500),  # type: ignore[arg-type]
        )
    assert target.read_bytes() == b"previous export"
    assert list(out.iterdir()) == [target]


def test_cancelled_ics_export_writes_nothing(engine: Engine, out: Path) -> None:
    from test_services_export_ics import TEXTS

    fill_demo(engine, today=TODAY)
    with pytest.raises(ExportCancelled):
        export_payments_ics(
            engine,
            out / "paiements.ics",
            texts=TEXTS,
            today=TODAY,
            progress=_cancel_after(0),  # type: ignore[arg-type]
        )
    assert list(out.iterdir()) == []


def test_missing_folder_raises_an_oserror_and_writes_nothing(engine: Engine, out: Path) -> None:
    fill_demo(engine, today=TODAY)
    with pytest.raises(FileNotFoundError):
        export_invoices_csv(
            engine,
            out / "missing-folder" / "factures.csv",
            convention=CsvConvention.PLAIN,
            labels=CsvLabels.plain(),
        )
    assert list(out.iterdir()) == []
