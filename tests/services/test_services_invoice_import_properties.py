"""R9 properties: no file, however broken, crashes the reader or keeps it busy for long."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from invoice_pdfs import INVOICE_LINES, cii_xml, invoice_pdf

from connect_desktop.domain.money import format_money
from connect_desktop.services.facturx_xml import parse_cii
from connect_desktop.services.invoice_import import ImportRefused, read_invoice_pdf
from connect_desktop.services.invoice_text import parse_amount, parse_invoice_text

SECONDS = 3.0  # "a few seconds" at most, measured generously on a slow machine
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# A real, small invoice to damage (fpdf2 writes it uncompressed enough to matter).
VALID = invoice_pdf("\u202f", INVOICE_LINES)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def read_within_limits(folder: Path, data: bytes) -> None:
    """Read ``data`` as a dropped file: a result or ``ImportRefused``, and quickly."""
    path = folder / "dropped.pdf"
    path.write_bytes(data)
    started = time.perf_counter()
    refused: ImportRefused | None = None
    try:
        invoice = read_invoice_pdf(path)
    except ImportRefused as error:
        refused = error
    assert time.perf_counter() - started < SECONDS
    if refused is not None:
        assert refused.code in {"empty", "not_pdf", "truncated", "damaged", "encrypted"}
    else:
        assert invoice.size == len(data)
        assert invoice.source in {"facturx", "text", "none"}


@FUZZ
@given(data=st.binary(max_size=64 * 1024))
def test_r9_random_bytes_never_crash_the_reader(folder: Path, data: bytes) -> None:
    read_within_limits(folder, data)


@FUZZ
@given(body=st.binary(max_size=64 * 1024), end=st.sampled_from([b"", b"\n%%EOF\n"]))
def test_r9_random_bytes_behind_a_pdf_header_never_crash_the_reader(
    folder: Path, body: bytes, end: bytes
) -> None:
    read_within_limits(folder, b"%PDF-1.7\n" + body + end)


@FUZZ
@given(
    cuts=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=len(VALID) - 1),
            st.integers(min_value=0, max_value=200),
            st.binary(max_size=200),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_r9_a_damaged_real_pdf_never_crashes_the_reader(
    folder: Path, cuts: list[tuple[int, int, bytes]]
) -> None:
    data = VALID
    for start, length, replacement in cuts:
        data = data[:start] + replacement + data[start + length :]
    read_within_limits(folder, data)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=2000))
def test_random_text_never_crashes_the_heuristics(text: str) -> None:
    parse_invoice_text(text)


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(st.sampled_from((*INVOICE_LINES, "", "€", "%", "20 %", "du", "au")), max_size=30)
)
def test_shuffled_invoice_lines_never_crash_the_heuristics(text: list[str]) -> None:
    parse_invoice_text("\n".join(text))


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=4096))
def test_random_xml_bytes_never_crash_the_cii_parser(data: bytes) -> None:
    parse_cii(data)


XML_SAFE = st.text(  # any text XML can hold: no control, surrogate or non-character
    st.characters(exclude_categories=("Cc", "Cs", "Cn"), exclude_characters="<>&"), max_size=30
)


@settings(max_examples=150, deadline=None)
@given(number=XML_SAFE, ht=XML_SAFE, ttc=XML_SAFE, start=XML_SAFE, end=XML_SAFE)
def test_odd_values_in_a_cii_document_give_none_not_an_error(
    number: str, ht: str, ttc: str, start: str, end: str
) -> None:
    found = parse_cii(cii_xml(number=number, ht=ht, ttc=ttc, period=(start, end)))
    assert found is not None
    assert found.total_ht is None or isinstance(found.total_ht, Decimal)
    assert found.total_ttc is None or abs(found.total_ttc) < 10**12


@settings(max_examples=300, deadline=None)
@given(
    cents=st.integers(min_value=-(10**11), max_value=10**11),
    space=st.sampled_from([" ", "\xa0", "\u202f"]),
)
def test_french_amounts_read_back_to_the_cent(cents: int, space: str) -> None:
    amount = (Decimal(cents) / 100).quantize(Decimal("0.01"))
    shown = format_money(amount).replace("\u202f", space).replace("\xa0", space)
    assert parse_amount(shown) == amount
