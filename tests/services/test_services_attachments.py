"""The attachment store (DESIGN.md §3): files kept by SHA-256 under ``attachments/``, never
under the user's name, written once, never deleted; and the checks every attached PDF
passes first."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from connect_desktop.services.attachments import (
    ATTACHMENTS_FOLDER,
    FileRefused,
    attachment_path,
    read_pdf,
    store_file,
)


def invoice_pdf(path: Path, number: str, amount: str = "12 000,00 EUR") -> Path:
    """A small, real one-page PDF invoice made with fpdf2 (same input, same bytes)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(datetime(2026, 7, 1, 9, 0, tzinfo=UTC))
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in (
        f"FACTURE {number}",
        "Camille Martin EI - SIRET 907 654 321 00005",
        "LITTLE BIG CONNECTION SAS - 7 rue de Chateaudun, 75009 Paris",
        "Prestation du 01/06/2026 au 30/06/2026 : 20 jours x 600,00 EUR",
        f"Total HT : {amount}",
    ):
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def stored_files(data_dir: Path) -> list[Path]:
    return sorted(path for path in (data_dir / ATTACHMENTS_FOLDER).rglob("*") if path.is_file())


def test_store_file_keeps_bytes_under_their_sha256(data_dir: Path, tmp_path: Path) -> None:
    data = invoice_pdf(tmp_path / "Facture juin (copie).pdf", "F-2026-014").read_bytes()
    digest = store_file(data_dir, data)
    assert digest == hashlib.sha256(data).hexdigest()
    path = data_dir / "attachments" / digest[:2] / f"{digest}.pdf"
    assert attachment_path(data_dir, digest) == path
    assert path.read_bytes() == data
    assert stored_files(data_dir) == [path]  # the user's name appears nowhere on disk
    assert not any("Facture" in part for file in stored_files(data_dir) for part in file.parts)


def test_store_file_writes_the_same_bytes_once(data_dir: Path, tmp_path: Path) -> None:
    data = invoice_pdf(tmp_path / "a.pdf", "F-2026-014").read_bytes()
    digest = store_file(data_dir, data)
    path = attachment_path(data_dir, digest)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    assert store_file(data_dir, data) == digest
    assert path.stat().st_mtime == 1_000_000_000  # not rewritten
    other = store_file(data_dir, invoice_pdf(tmp_path / "b.pdf", "F-2026-015").read_bytes())
    assert other != digest
    assert len(stored_files(data_dir)) == 2
    # No temporary file is left beside them.
    assert all(not file.name.startswith(".") for file in stored_files(data_dir))


def test_store_file_repairs_a_damaged_copy(data_dir: Path, tmp_path: Path) -> None:
    data = invoice_pdf(tmp_path / "a.pdf", "F-2026-014").read_bytes()
    path = attachment_path(data_dir, store_file(data_dir, data))
    path.write_bytes(data[:100])  # cut short outside the app
    store_file(data_dir, data)
    assert path.read_bytes() == data


@pytest.mark.parametrize("digest", ["", "abc", "A" * 64, "g" * 64, "../" + "a" * 61])
def test_attachment_path_accepts_only_a_sha256(data_dir: Path, digest: str) -> None:
    with pytest.raises(ValueError, match="SHA-256"):
        attachment_path(data_dir, digest)


def test_read_pdf_returns_the_bytes(tmp_path: Path) -> None:
    path = invoice_pdf(tmp_path / "facture.pdf", "F-2026-014")
    assert read_pdf(path) == path.read_bytes()


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("vide.pdf", b"", "empty"),
        ("notes.pdf", b"Just some text, whatever the extension says.", "not_pdf"),
        ("image.pdf", b"\x89PNG\r\n\x1a\n" + bytes(200), "not_pdf"),
        ("absent.pdf", None, "missing"),
        ("dossier.pdf", "folder", "folder"),
    ],
)
def test_read_pdf_refuses_what_cannot_be_attached(
    tmp_path: Path, name: str, content: bytes | str | None, code: str
) -> None:
    path = tmp_path / name
    if content == "folder":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(FileRefused) as refused:
        read_pdf(path)
    assert refused.value.code == code
    assert isinstance(refused.value, ValueError)


def test_read_pdf_refuses_a_file_over_the_limit(tmp_path: Path) -> None:
    path = invoice_pdf(tmp_path / "facture.pdf", "F-2026-014")
    with pytest.raises(FileRefused) as refused:
        read_pdf(path, max_bytes=path.stat().st_size - 1)
    assert refused.value.code == "too_large"
