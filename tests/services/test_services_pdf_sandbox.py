"""The reader process stays up between imports and is replaced after a crash, a timeout,
a parser bug or a change of memory cap (the guarantees themselves: test_services_import_fuzz).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from connect_desktop.services import pdf_sandbox
from connect_desktop.services.invoice_import import ImportRefused
from connect_desktop.services.pdf_sandbox import (
    ReaderFailed,
    read_invoice_pdf_isolated,
    start_reader,
    stop_reader,
)


def pid_reader(path: Path, **options: Any) -> int:
    """Which process read the file."""
    return os.getpid()


def exiting_reader(path: Path, **options: Any) -> int:
    os._exit(3)


def sleeping_reader(path: Path, **options: Any) -> int:
    time.sleep(60)
    return 0


def failing_reader(path: Path, **options: Any) -> int:
    raise KeyError("/Root")


@pytest.fixture
def pdf(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "file.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    yield path
    stop_reader()


def read_pid(path: Path, **options: Any) -> int:
    return read_invoice_pdf_isolated(path, timeout=60, reader=pid_reader, **options)  # type: ignore[return-value]


def test_one_process_reads_file_after_file(pdf: Path) -> None:
    first = read_pid(pdf)
    assert first != os.getpid()
    assert read_pid(pdf) == first
    assert read_pid(pdf) == first


def test_start_reader_starts_it_ahead_and_stop_reader_stops_it(pdf: Path) -> None:
    stop_reader()
    start_reader()
    started = pdf_sandbox._current
    assert started is not None
    assert started.alive()
    assert read_pid(pdf) == started.process.pid
    stop_reader()
    assert pdf_sandbox._current is None
    assert not started.alive()


@pytest.mark.parametrize(
    ("reader", "timeout", "code"),
    [(exiting_reader, 60, "crashed"), (sleeping_reader, 1.0, "timeout")],
)
def test_a_crash_or_a_timeout_replaces_the_process(
    pdf: Path, reader: Any, timeout: float, code: str
) -> None:
    before = read_pid(pdf)
    with pytest.raises(ImportRefused) as refused:
        read_invoice_pdf_isolated(pdf, timeout=timeout, reader=reader)
    assert refused.value.code == code
    after = read_pid(pdf)
    assert after != before


def test_a_parser_bug_replaces_the_process(pdf: Path) -> None:
    before = read_pid(pdf)
    with pytest.raises(ReaderFailed):
        read_invoice_pdf_isolated(pdf, timeout=60, reader=failing_reader)
    assert read_pid(pdf) != before


def test_a_process_killed_between_imports_is_replaced(pdf: Path) -> None:
    before = read_pid(pdf)
    child = pdf_sandbox._current
    assert child is not None
    child.process.kill()
    child.process.join(5)
    assert read_pid(pdf) != before


def test_another_memory_cap_starts_another_process(pdf: Path) -> None:
    before = read_pid(pdf)
    assert read_pid(pdf, memory=768 * 1024 * 1024) != before


def test_the_process_is_replaced_after_many_files(
    pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_sandbox, "MAX_FILES", 2)
    stop_reader()
    first = read_pid(pdf)
    assert read_pid(pdf) == first
    assert read_pid(pdf) != first
