"""The attachment store: PDFs kept under ``attachments/`` by their SHA-256 (DESIGN.md §3).

A file is stored at ``attachments/<first two hex digits>/<sha256>.pdf``: never under the
name the user gave it (that name lives only in the database), written atomically, and
never deleted, so that an invoice's history keeps every file it ever had. Storing the
same bytes twice writes nothing the second time.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from connect_desktop.domain.errors import DomainError
from connect_desktop.services.files import write_bytes_atomically

ATTACHMENTS_FOLDER = "attachments"
# Every stored file the database refers to, as (invoice id, name shown, sha256): the
# invoices' attachments and the freelancer's own invoice PDFs.
REFERENCED_FILES_SQL = (
    "SELECT invoice_id, original_name, sha256 FROM attachment "
    "UNION SELECT invoice_id, number, attachment_sha256 FROM owninvoice "
    "WHERE attachment_sha256 != ''"
)
MAX_PDF_BYTES = 10 * 1024 * 1024  # R9: an imported invoice is at most 10 MB
_SHA256 = re.compile(r"[0-9a-f]{64}")


class FileRefused(DomainError):
    """A file that cannot be attached; ``code`` names the reason for the UI."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def attachment_path(data_dir: Path, sha256: str) -> Path:
    """Where the file of digest ``sha256`` is (or would be) stored."""
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"{sha256!r} is not a SHA-256 digest in lower-case hexadecimal.")
    return Path(data_dir) / ATTACHMENTS_FOLDER / sha256[:2] / f"{sha256}.pdf"


def store_file(data_dir: Path, data: bytes) -> str:
    """Keep ``data`` in the store (once) and return its SHA-256.

    A stored file of the right size is trusted and left alone; one of the wrong size (a
    copy damaged outside the app) is rewritten, atomically, with the right bytes.
    """
    digest = sha256_of(data)
    path = attachment_path(data_dir, digest)
    try:
        if path.stat().st_size == len(data):
            return digest
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomically(data, path)
    return digest


def read_pdf(path: Path, max_bytes: int = MAX_PDF_BYTES) -> bytes:
    """The bytes of the PDF at ``path``, or ``FileRefused`` if it cannot be attached.

    Only the basic checks every attached file needs: it exists, is a file, is not empty,
    starts like a PDF and is not too large. Reading the content is the import's job.
    """
    path = Path(path)
    if path.is_dir():
        raise FileRefused("folder", f"{path.name} is a folder, not a PDF file.")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FileRefused(
                "too_large", f"{path.name} is too large ({size} bytes; at most {max_bytes})."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileRefused("missing", f"The file {path.name} does not exist (any more).") from None
    except OSError:
        raise FileRefused("missing", f"The file {path.name} cannot be read.") from None
    if not data:
        raise FileRefused("empty", f"{path.name} is empty.")
    if len(data) > max_bytes:  # it grew while being read
        raise FileRefused("too_large", f"{path.name} is too large (at most {max_bytes} bytes).")
    if b"%PDF-" not in data[:1024]:  # readers accept the header within the first 1 KiB
        raise FileRefused("not_pdf", f"{path.name} is not a PDF file.")
    return data
