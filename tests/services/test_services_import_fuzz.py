"""Hostile input (issue 9, item 6): broken PDFs, a parser that hangs or dies, odd file names.

A quick subset of ``benchmarks/fuzz_import.py``: mutated seed PDFs and hypothesis-made
near-PDFs must give a result or ``ImportRefused``, nothing else. The sandboxed reader turns a
hanging or dying parser into "timeout" / "crashed"; file names from outside never become paths.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from invoice_pdfs import cii_xml, text_pdf, with_attachment
from sqlalchemy import Engine

from connect_desktop.services.facturx_xml import parse_cii
from connect_desktop.services.invoice_import import (
    ExtractedInvoice,
    ImportRefused,
    read_invoice_pdf,
)
from connect_desktop.services.pdf_sandbox import ReaderFailed, read_invoice_pdf_isolated

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
QUICK = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _load_cases() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_cases", BENCHMARKS / "fuzz_cases.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CASES = _load_cases()
_SEEDS: dict[str, bytes] = {}


def seeds() -> dict[str, bytes]:
    """The samples and a text invoice, with and without Factur-X XML (the app's own PDF/A
    invoice, slower to make, is left to the script)."""
    if not _SEEDS:
        _SEEDS.update(CASES.seed_pdfs(own_invoice=False))
        _SEEDS["facturx_invoice.pdf"] = with_attachment(
            _SEEDS["text_invoice.pdf"], "factur-x.xml", cii_xml()
        )
    return _SEEDS


def _strategies() -> Any:
    return CASES.strategies(seeds()["text_invoice.pdf"], CASES.xml_template(seeds()))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def read_or_refuse(folder: Path, data: bytes) -> ExtractedInvoice | ImportRefused:
    path = folder / "dropped.pdf"
    path.write_bytes(data)
    try:
        return read_invoice_pdf(path)
    except ImportRefused as refusal:
        return refusal


# -- fuzzing, the quick subset ------------------------------------------------------------


def test_mutated_pdfs_give_a_result_or_a_refusal(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The script goes deeper and bigger; a few seconds are enough here.
    monkeypatch.setattr(CASES, "DEPTHS", (100, 1_000))
    monkeypatch.setattr(CASES, "BOMB_MEGABYTES", (1, 10))
    cases = CASES.mutation_cases(seeds(), 50, seed=2026)
    assert len(cases) == 50
    outcomes = [type(read_or_refuse(folder, data)).__name__ for _label, data in cases]
    assert set(outcomes) <= {"ExtractedInvoice", "ImportRefused"}


@QUICK
@given(st.deferred(lambda: _strategies()[0]))
def test_generated_near_pdfs_give_a_result_or_a_refusal(folder: Path, data: bytes) -> None:
    assert isinstance(read_or_refuse(folder, data), (ExtractedInvoice, ImportRefused))


@QUICK
@given(st.deferred(lambda: _strategies()[1]))
def test_generated_facturx_xml_gives_fields_or_none(xml: bytes) -> None:
    parse_cii(xml)  # any exception fails the test


def test_too_many_pages_is_refused(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    for _ in range(4):
        pdf.add_page()
    path = tmp_path / "long.pdf"
    path.write_bytes(bytes(pdf.output()))
    with pytest.raises(ImportRefused) as refused:
        read_invoice_pdf(path, max_pages=3)
    assert refused.value.code == "too_many_pages"
    assert read_invoice_pdf(path).source == "none"  # 4 pages are within the default limit


def test_a_huge_page_count_is_not_trusted(tmp_path: Path) -> None:
    data = text_pdf(["Facture n° FA-1"])
    assert b"/Count 1" in data
    path = tmp_path / "count.pdf"
    path.write_bytes(data.replace(b"/Count 1", b"/Count 1000000000"))
    started = time.perf_counter()
    assert read_invoice_pdf(path).number == "FA-1"  # the pages are counted, not believed
    assert time.perf_counter() - started < 5


# -- the sandbox --------------------------------------------------------------------------
# The readers below run in the child process, which imports them from this module.


def sleeping_reader(path: Path, **options: Any) -> ExtractedInvoice:
    time.sleep(60)
    raise AssertionError("not reached")


def exiting_reader(path: Path, **options: Any) -> ExtractedInvoice:
    os._exit(3)


def killed_reader(path: Path, **options: Any) -> ExtractedInvoice:
    os.kill(os.getpid(), signal.SIGKILL)
    raise AssertionError("not reached")


def failing_reader(path: Path, **options: Any) -> ExtractedInvoice:
    raise KeyError("/Root")


def greedy_reader(path: Path, **options: Any) -> ExtractedInvoice:
    blocks = [bytearray(64 * 1024 * 1024) for _ in range(64)]  # 4 GB, over any cap here
    raise AssertionError(f"{len(blocks)} blocks allocated")


def test_the_sandbox_reads_like_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(seeds()["facturx_invoice.pdf"])
    isolated = read_invoice_pdf_isolated(path)
    assert isolated == read_invoice_pdf(path)
    assert isolated.source == "facturx"
    path.write_bytes(b"not a pdf at all")
    with pytest.raises(ImportRefused) as refused:
        read_invoice_pdf_isolated(path)
    assert refused.value.code == "not_pdf"


def test_a_hanging_parser_times_out(tmp_path: Path) -> None:
    path = tmp_path / "hangs.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    started = time.perf_counter()
    with pytest.raises(ImportRefused) as refused:
        read_invoice_pdf_isolated(path, timeout=1.0, reader=sleeping_reader)
    assert refused.value.code == "timeout"
    assert time.perf_counter() - started < 15


@pytest.mark.parametrize(
    "reader",
    [
        exiting_reader,
        pytest.param(
            killed_reader,
            marks=pytest.mark.skipif(sys.platform == "win32", reason="no SIGKILL"),
        ),
    ],
)
def test_a_dying_parser_is_reported_as_crashed(tmp_path: Path, reader: Any) -> None:
    path = tmp_path / "dies.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(ImportRefused) as refused:
        read_invoice_pdf_isolated(path, timeout=60, reader=reader)
    assert refused.value.code == "crashed"


def test_a_parser_bug_is_a_damaged_file_with_its_traceback(tmp_path: Path) -> None:
    path = tmp_path / "bug.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(ReaderFailed) as refused:
        read_invoice_pdf_isolated(path, timeout=60, reader=failing_reader)
    assert refused.value.code == "damaged"
    assert "KeyError" in refused.value.details


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is Linux's")
def test_the_parser_memory_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "greedy.pdf"
    path.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(ImportRefused) as refused:
        read_invoice_pdf_isolated(path, timeout=60, memory=512 * 1024 * 1024, reader=greedy_reader)
    assert refused.value.code in ("too_large", "crashed")


# -- file names from outside ------------------------------------------------------------

HOSTILE_NAMES = [
    "../../evil.pdf",
    "..\\..\\evil.pdf",
    "/etc/passwd",
    "con.pdf",
    "NUL",
    "nul\x00.pdf",
    "x" * 300 + ".pdf",
    "<b>bold</b><img src=x>.pdf",
]


def _manual_invoice(engine: Engine) -> int:
    from connect_desktop.domain.calendar import working_days_of_month
    from connect_desktop.domain.invoice import InvoicingMode
    from connect_desktop.domain.payment import PaymentOption
    from connect_desktop.services import cra as cra_service
    from connect_desktop.store.database import read_session, unit_of_work
    from connect_desktop.store.invoices import list_invoices
    from connect_desktop.store.missions import create_mission

    with unit_of_work(engine) as session:
        mission = create_mission(
            session,
            title="Refonte du SI",
            client_name="Banque Exemple",
            start_on=date(2026, 1, 5),
            daily_rate=Decimal("600"),
            signed_on=date(2025, 12, 15),
            payment_option=PaymentOption.EXPRESS,
            invoicing_mode=InvoicingMode.MANUAL_IMPORT,
        )
        mission_id = mission.id
    assert mission_id is not None
    days = dict.fromkeys(working_days_of_month(2026, 6)[:5], 2)
    today = date(2026, 7, 10)
    month = cra_service.set_days(engine, mission_id, 2026, 6, days, today)
    assert month.cra_id is not None
    cra_service.submit(engine, month.cra_id, date(2026, 7, 1))
    cra_service.record_validation(engine, month.cra_id, date(2026, 7, 2), today)
    with read_session(engine) as session:
        (invoice,) = list_invoices(session, mission_id)
        assert invoice.id is not None
        return invoice.id


def test_attached_files_are_stored_by_hash_whatever_their_name(
    engine: Engine, data_dir: Path, tmp_path: Path
) -> None:
    from sqlmodel import select

    from connect_desktop.services.attachments import ATTACHMENTS_FOLDER, attachment_path
    from connect_desktop.services.invoice_actions import attach_bytes
    from connect_desktop.services.invoices import ROLE_DOCUMENT
    from connect_desktop.store.database import read_session, unit_of_work
    from connect_desktop.store.invoices import get_invoice
    from connect_desktop.store.models import Attachment

    invoice_id = _manual_invoice(engine)
    for number, name in enumerate(HOSTILE_NAMES):
        data = text_pdf([f"Facture n° FA-{number}"])
        with unit_of_work(engine) as session:
            attach_bytes(
                session, data_dir, get_invoice(session, invoice_id), data, name, ROLE_DOCUMENT
            )
    with read_session(engine) as session:
        rows = session.exec(select(Attachment).where(Attachment.invoice_id == invoice_id)).all()
        stored = {row.original_name: row.sha256 for row in rows}
    assert set(stored) == set(HOSTILE_NAMES)  # kept as given, for display only
    files = sorted(path for path in (data_dir / ATTACHMENTS_FOLDER).rglob("*") if path.is_file())
    assert files == sorted(attachment_path(data_dir, digest) for digest in stored.values())
    # Nothing was written under (or beside) a name that came from outside.
    written = [path.name for path in tmp_path.parent.rglob("*")]
    assert not [name for name in written if "evil" in name or "xxxxxxxx" in name]
    assert not (Path.cwd().parent.parent / "evil.pdf").exists()
