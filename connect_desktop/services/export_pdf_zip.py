"""Every PDF of a year in one ZIP file, under readable names (issue 7).

The PDFs are the files attached to Connect invoices (``Attachment``) and the
freelancer's own invoices and credit notes (``OwnInvoice.attachment_sha256``); a file is
put once even when both point at it. The year is the invoice's period. Inside the ZIP a
file is named after its month, mission, number and role, for example
``2026-03 Mission title/F-2026-0012 - Final invoice.pdf``, made safe for Windows and
macOS. A file missing from the data folder is reported, not fatal.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from sqlalchemy import Engine, extract, select, union

from connect_desktop.services.attachments import attachment_path
from connect_desktop.services.export_files import (
    NothingToExport,
    Progress,
    atomic_output,
    report,
)
from connect_desktop.store.models import Attachment, Invoice, Mission, OwnInvoice

# Role keys of the own invoices (the attachment roles are those of ``invoice_actions``).
ROLE_OWN_INVOICE = "own_invoice"
ROLE_OWN_CREDIT_NOTE = "own_credit_note"

MAX_COMPONENT = 80  # characters per folder or file name: deep paths stay under Windows' 260
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"COM{n}" for n in range(1, 10)]
    + [f"LPT{n}" for n in range(1, 10)]
)


@dataclass(frozen=True)
class ZipNames:
    """The words of the names: a label per role key (unknown roles show their key)."""

    roles: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class ZipReport:
    written: int
    missing: tuple[str, ...]  # the readable names of files absent from the data folder


def safe_component(text: str, max_length: int = MAX_COMPONENT) -> str:
    """``text`` as a file or folder name every desktop system accepts.

    Forbidden and control characters become ``_``, runs of spaces one space; no leading
    or trailing space, no trailing dot; Windows' reserved device names get a ``_``; the
    result is NFC (one form for accented letters) and at most ``max_length`` characters.
    """
    text = unicodedata.normalize("NFC", text)
    text = " ".join(_FORBIDDEN.sub("_", text).split())
    text = text[:max_length].rstrip(" .")
    if text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"[:max_length]
    return text or "_"


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``... when taken (compared without case, as on Windows and
    macOS, where two names differing only by case are the same file)."""
    path = PurePosixPath(name)
    candidate, count = name, 1
    while candidate.casefold() in taken:
        count += 1
        candidate = str(path.with_name(f"{path.stem} ({count}){path.suffix}"))
    taken.add(candidate.casefold())
    return candidate


@dataclass(frozen=True, slots=True)
class _Entry:
    sha256: str
    role: str
    number: str
    original_name: str
    period_start: date
    mission: str


_ATTACHMENT = Attachment.__table__  # type: ignore[attr-defined]
_INVOICE = Invoice.__table__  # type: ignore[attr-defined]
_OWN = OwnInvoice.__table__  # type: ignore[attr-defined]
_MISSION = Mission.__table__  # type: ignore[attr-defined]


def pdf_years(engine: Engine) -> list[int]:
    """The years (of invoice periods) that have at least one PDF, newest first."""
    attached = select(extract("year", _INVOICE.c.period_start).label("year")).select_from(
        _ATTACHMENT.join(_INVOICE, _ATTACHMENT.c.invoice_id == _INVOICE.c.id)
    )
    own = select(extract("year", _OWN.c.period_start).label("year")).where(
        _OWN.c.attachment_sha256 != ""
    )
    with engine.connect() as connection:
        years = connection.execute(union(attached, own)).scalars().all()
    return sorted({int(year) for year in years}, reverse=True)


def _entries(engine: Engine, year: int) -> list[_Entry]:
    first, last = date(year, 1, 1), date(year, 12, 31)
    attached = (
        select(
            _ATTACHMENT.c.sha256,
            _ATTACHMENT.c.role,
            _INVOICE.c.number,
            _ATTACHMENT.c.original_name,
            _INVOICE.c.period_start,
            _MISSION.c.title,
        )
        .select_from(
            _ATTACHMENT.join(_INVOICE, _ATTACHMENT.c.invoice_id == _INVOICE.c.id).join(
                _MISSION, _INVOICE.c.mission_id == _MISSION.c.id
            )
        )
        .where(_INVOICE.c.period_start.between(first, last))
        .order_by(_INVOICE.c.period_start, _INVOICE.c.id, _ATTACHMENT.c.id)
    )
    own = (
        select(
            _OWN.c.attachment_sha256,
            _OWN.c.kind,
            _OWN.c.number,
            _OWN.c.period_start,
            _MISSION.c.title,
        )
        .select_from(_OWN.join(_MISSION, _OWN.c.mission_id == _MISSION.c.id))
        .where(_OWN.c.attachment_sha256 != "", _OWN.c.period_start.between(first, last))
        .order_by(_OWN.c.period_start, _OWN.c.id)
    )
    with engine.connect() as connection:  # one transaction: one consistent snapshot
        rows = connection.execute(attached).all()
        own_rows = connection.execute(own).all()
    entries = [_Entry(*row) for row in rows]
    for sha256, kind, number, period_start, title in own_rows:
        role = ROLE_OWN_CREDIT_NOTE if kind == "CREDIT_NOTE" else ROLE_OWN_INVOICE
        entries.append(_Entry(sha256, role, number or "", "", period_start, title))
    # Issuing an own invoice may also attach its PDF to the Connect invoice: once is enough.
    unique = list({entry.sha256: entry for entry in reversed(entries)}.values())[::-1]
    unique.sort(key=lambda entry: (entry.period_start, entry.mission))
    return unique


def _readable_name(entry: _Entry, names: ZipNames, taken: set[str]) -> str:
    folder = safe_component(f"{entry.period_start:%Y-%m} {entry.mission}")
    label = names.roles.get(entry.role, entry.role)
    base = entry.number or PurePosixPath(entry.original_name).stem or entry.sha256[:12]
    # Room for " (2)" and the extension within the length limit.
    stem = safe_component(f"{base} - {label}", MAX_COMPONENT - 10)
    return _unique(f"{folder}/{stem}.pdf", taken)


def export_pdfs_zip(
    engine: Engine,
    data_dir: Path,
    path: Path,
    year: int,
    *,
    names: ZipNames,
    progress: Progress | None = None,
) -> ZipReport:
    """Write the PDFs of ``year`` into the ZIP file ``path`` (atomically).

    Raises ``NothingToExport`` (and writes nothing) when the year has no PDF.
    """
    entries = _entries(engine, year)
    if not entries:
        raise NothingToExport(f"There is no PDF for {year}.")
    total = len(entries)
    report(progress, 0, total)
    taken: set[str] = set()
    written = 0
    missing: list[str] = []
    with (
        atomic_output(path, "wb") as stream,
        # Stored, not deflated: PDF content is compressed already, so deflating again
        # would save a few percent at the cost of much CPU time on large years.
        # strict_timestamps off: a file dated before 1980 (a restored copy) is clamped
        # to 1980 instead of failing the whole export.
        zipfile.ZipFile(
            stream, "w", compression=zipfile.ZIP_STORED, strict_timestamps=False
        ) as archive,
    ):
        for done, entry in enumerate(entries, start=1):
            name = _readable_name(entry, names, taken)
            source = attachment_path(data_dir, entry.sha256)
            try:
                archive.write(source, name)  # streamed in chunks, never whole in memory
            except FileNotFoundError:
                missing.append(name)
            else:
                written += 1
            report(progress, done, total)
    return ZipReport(written=written, missing=tuple(missing))
