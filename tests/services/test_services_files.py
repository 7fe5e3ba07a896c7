"""Writing the user's files: all or nothing, with ordinary permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from connect_desktop.services import files


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "exports"
    path.mkdir()
    return path


def test_write_replaces_the_file_and_leaves_no_temporary(folder: Path) -> None:
    target = folder / "cra.pdf"
    target.write_bytes(b"old")
    files.write_bytes_atomically(b"new", target)
    assert target.read_bytes() == b"new"
    assert [path.name for path in folder.iterdir()] == ["cra.pdf"]


def test_written_file_is_readable_by_others_as_the_umask_allows(folder: Path) -> None:
    target = files.write_bytes_atomically(b"%PDF", folder / "cra.pdf")
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode == 0o666 & ~files._UMASK


def test_a_failed_write_keeps_the_previous_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "cra.pdf"
    target.write_bytes(b"old")

    def refuse(source: str, destination: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        files.write_bytes_atomically(b"new", target)
    assert target.read_bytes() == b"old"
    assert [path.name for path in folder.iterdir()] == ["cra.pdf"]
