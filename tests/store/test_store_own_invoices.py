"""Numbering of the freelancer's own invoices (issue 6 point 1, DESIGN.md R10).

One continuous chronological sequence, assigned at issue, never reused, never with a gap,
safe against two writers at once and against a crash between numbering and saving.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.invoice import InvoiceKind, InvoicingMode
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.store.database import (
    create_db_engine,
    database_path,
    read_session,
    unit_of_work,
)
from connect_desktop.store.missions import create_mission
from connect_desktop.store.models import OwnInvoice, OwnInvoiceStatus
from connect_desktop.store.own_invoices import (
    OwnInvoiceNumberingError,
    issue_own_invoice,
    next_number,
)
from connect_desktop.store.profile import save_profile

DAY = date(2026, 3, 2)
MakeDraft = Callable[..., int]


def _set_prefix(engine: Engine, prefix: str) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, invoice_prefix=prefix)


def _draft_fields(mission_id: int, **overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "mission_id": mission_id,
        "amount_ht_cents": 1_200_000,
        "vat_cents": 240_000,
        "amount_ttc_cents": 1_440_000,
        "vat_rate_bp": 2000,
        "days_halves": 40,
        "daily_rate_cents": 60_000,
        "period_start": date(2026, 2, 1),
        "period_end": date(2026, 2, 28),
        "due_on": date(2026, 4, 1),
    }
    fields.update(overrides)
    return fields


@pytest.fixture
def mission_id(engine: Engine) -> int:
    with unit_of_work(engine) as session:
        mission = create_mission(
            session,
            title="Lead développeur Python",
            client_name="Assurances du Littoral",
            start_on=date(2026, 1, 5),
            daily_rate=Decimal("600"),
            signed_on=date(2025, 12, 15),
            payment_option=PaymentOption.EXPRESS,
            invoicing_mode=InvoicingMode.MANUAL_IMPORT,
        )
        assert mission.id is not None
        return mission.id


@pytest.fixture
def make_draft(engine: Engine, mission_id: int) -> MakeDraft:
    """Draft own invoices (no number yet); returns their ids."""

    def make(**overrides: Any) -> int:
        with unit_of_work(engine) as session:
            draft = OwnInvoice(**_draft_fields(mission_id, **overrides))
            session.add(draft)
            session.flush()
            assert draft.id is not None
            return draft.id

    return make


def _issue(engine: Engine, own_invoice_id: int, on: date = DAY) -> OwnInvoice:
    with unit_of_work(engine) as session:
        return issue_own_invoice(session, own_invoice_id, on)


def _numbered(engine: Engine) -> list[tuple[int, str]]:
    with read_session(engine) as session:
        rows = session.exec(
            select(OwnInvoice).where(OwnInvoice.sequence != None).order_by(OwnInvoice.sequence)  # noqa: E711
        ).all()
        return [(row.sequence or 0, row.number or "") for row in rows]


def test_drafts_have_no_number_and_many_drafts_coexist(engine: Engine, make_draft: MakeDraft):
    ids = [make_draft() for _ in range(3)]
    with read_session(engine) as session:
        drafts = [session.get(OwnInvoice, own_id) for own_id in ids]
    assert all(d is not None and d.number is None and d.sequence is None for d in drafts)
    assert all(d is not None and d.status == OwnInvoiceStatus.DRAFT for d in drafts)


def test_next_number_starts_at_one_and_formats_with_the_prefix(engine: Engine) -> None:
    with read_session(engine) as session:
        assert next_number(session, "", 2026) == (1, "2026-0001")
        assert next_number(session, "CM-", 2026) == (1, "CM-2026-0001")


def test_sequence_starts_at_one_without_gaps_over_fifty_issues(
    engine: Engine, make_draft: MakeDraft
) -> None:
    _set_prefix(engine, "")
    ids = [make_draft() for _ in range(50)]
    issued = [_issue(engine, own_id) for own_id in ids]

    assert [row.sequence for row in issued] == list(range(1, 51))
    assert issued[0].number == "2026-0001"
    assert issued[41].number == "2026-0042"
    assert _numbered(engine) == [(n, f"2026-{n:04d}") for n in range(1, 51)]
    assert all(row.status == OwnInvoiceStatus.ISSUED and row.issued_on == DAY for row in issued)


def test_the_sequence_does_not_restart_with_the_year(engine: Engine, make_draft: MakeDraft):
    _set_prefix(engine, "")
    first = _issue(engine, make_draft(), date(2026, 12, 30))
    second = _issue(engine, make_draft(), date(2027, 1, 4))
    assert (first.number, second.number) == ("2026-0001", "2027-0002")


def test_an_issue_date_before_the_last_issued_one_is_refused(
    engine: Engine, make_draft: MakeDraft
) -> None:
    _issue(engine, make_draft(), date(2026, 3, 10))
    late = make_draft()
    with pytest.raises(OwnInvoiceNumberingError, match="earlier"):
        _issue(engine, late, date(2026, 3, 9))
    # The same day and later days are fine, and the refusal consumed nothing.
    assert _issue(engine, late, date(2026, 3, 10)).sequence == 2


def test_issuing_twice_is_refused_and_the_number_is_kept(
    engine: Engine, make_draft: MakeDraft
) -> None:
    _set_prefix(engine, "")
    own_id = make_draft()
    _issue(engine, own_id)
    with pytest.raises(OwnInvoiceNumberingError, match="already issued"):
        _issue(engine, own_id, date(2026, 3, 5))
    assert _numbered(engine) == [(1, "2026-0001")]


def test_unknown_own_invoice_is_refused(engine: Engine) -> None:
    with pytest.raises(DomainError, match="no own invoice"):
        _issue(engine, 4242)


def test_a_cancelled_invoice_keeps_its_number_and_its_credit_note_takes_the_next(
    engine: Engine, make_draft: MakeDraft
) -> None:
    _set_prefix(engine, "")
    original = _issue(engine, make_draft())
    assert original.id is not None
    credit_id = make_draft(
        kind=InvoiceKind.CREDIT_NOTE,
        credits_own_invoice_id=original.id,
        amount_ht_cents=-1_200_000,
        vat_cents=-240_000,
        amount_ttc_cents=-1_440_000,
    )
    with unit_of_work(engine) as session:
        cancelled = session.get(OwnInvoice, original.id)
        assert cancelled is not None
        cancelled.status = OwnInvoiceStatus.CANCELLED
        session.add(cancelled)
        credit = issue_own_invoice(session, credit_id, DAY)
    assert credit.number == "2026-0002"
    with pytest.raises(OwnInvoiceNumberingError):  # cancelled is not a draft again
        _issue(engine, original.id)
    corrected = _issue(engine, make_draft())
    assert _numbered(engine) == [(1, "2026-0001"), (2, "2026-0002"), (3, "2026-0003")]
    assert corrected.number == "2026-0003"


def test_numbers_stay_unique_when_the_prefix_changes(engine: Engine, make_draft: MakeDraft):
    _set_prefix(engine, "")
    _issue(engine, make_draft())
    _set_prefix(engine, "CM-")
    _issue(engine, make_draft())
    _set_prefix(engine, "")
    third = _issue(engine, make_draft())
    assert _numbered(engine) == [(1, "2026-0001"), (2, "CM-2026-0002"), (3, "2026-0003")]
    assert third.number == "2026-0003"


def test_the_unique_constraint_is_the_backstop(engine: Engine, make_draft: MakeDraft) -> None:
    _issue(engine, make_draft())
    other = make_draft()

    def number_by_hand() -> None:  # sequence 1 again, bypassing issue_own_invoice
        with unit_of_work(engine) as session:
            row = session.get(OwnInvoice, other)
            assert row is not None
            row.sequence, row.number, row.status = 1, "X-1", OwnInvoiceStatus.ISSUED
            session.add(row)
            session.flush()

    with pytest.raises(IntegrityError):
        number_by_hand()


def test_a_crash_after_issuing_inside_the_unit_of_work_consumes_no_number(
    engine: Engine, make_draft: MakeDraft
) -> None:
    _set_prefix(engine, "")
    _issue(engine, make_draft())
    victim = make_draft()

    numbers_before_crash: list[str | None] = []

    def issue_then_crash() -> None:
        with unit_of_work(engine) as session:
            numbers_before_crash.append(issue_own_invoice(session, victim, DAY).number)
            raise RuntimeError("power cut before the PDF is stored")

    with pytest.raises(RuntimeError, match="power cut"):
        issue_then_crash()
    assert numbers_before_crash == ["2026-0002"]

    with read_session(engine) as session:
        row = session.get(OwnInvoice, victim)
        assert row is not None
        assert (row.number, row.sequence, row.status) == (None, None, OwnInvoiceStatus.DRAFT)
    assert _issue(engine, make_draft()).number == "2026-0002"  # the same number: no gap
    assert _issue(engine, victim).number == "2026-0003"


def test_a_crash_between_numbering_and_saving_consumes_no_number(
    engine: Engine, make_draft: MakeDraft, monkeypatch: pytest.MonkeyPatch
) -> None:
    _set_prefix(engine, "")
    victim = make_draft()

    saving = Session.flush
    numbers_at_crash: list[str] = []

    def crash(self: Session, *args: Any, **kwargs: Any) -> None:
        numbered = [o for o in self.dirty if isinstance(o, OwnInvoice) and o.number]
        if not numbered:  # an autoflush before the number is assigned: let it through
            return saving(self, *args, **kwargs)
        numbers_at_crash.append(numbered[0].number or "")
        raise OSError("disk vanished while saving")

    with monkeypatch.context() as patch:
        patch.setattr(Session, "flush", crash)
        with pytest.raises(OSError, match="disk vanished"), unit_of_work(engine) as session:
            issue_own_invoice(session, victim, DAY)
    assert numbers_at_crash == ["2026-0001"]  # it crashed after the number was assigned

    with read_session(engine) as session:
        row = session.get(OwnInvoice, victim)
        assert row is not None
        assert (row.number, row.sequence, row.status) == (None, None, OwnInvoiceStatus.DRAFT)
    assert _issue(engine, victim).number == "2026-0001"
    assert _numbered(engine) == [(1, "2026-0001")]


def test_two_writers_at_once_get_distinct_contiguous_numbers(
    engine: Engine, make_draft: MakeDraft, data_dir: Path
) -> None:
    """Two "quick clicks" from two connections: BEGIN IMMEDIATE serialises them."""
    _set_prefix(engine, "")
    per_thread = 15
    drafts = [[make_draft() for _ in range(per_thread)] for _ in range(2)]
    barrier = threading.Barrier(2)
    results: list[list[tuple[int, str]]] = [[], []]
    errors: list[BaseException] = []

    def worker(index: int) -> None:
        own_engine = create_db_engine(database_path(data_dir))
        try:
            barrier.wait(timeout=10)
            for own_id in drafts[index]:
                with unit_of_work(own_engine) as session:
                    issued = issue_own_invoice(session, own_id, DAY)
                    results[index].append((issued.sequence or 0, issued.number or ""))
        except BaseException as error:  # reported by the main thread
            errors.append(error)
        finally:
            own_engine.dispose()

    threads = [threading.Thread(target=worker, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    assert errors == []

    everything = sorted(results[0] + results[1])
    assert [seq for seq, _ in everything] == list(range(1, 2 * per_thread + 1))
    assert len({number for _, number in everything}) == 2 * per_thread
    assert _numbered(engine) == [(n, f"2026-{n:04d}") for n in range(1, 2 * per_thread + 1)]
    for own in results:  # each writer's own numbers grow in the order it issued them
        assert [seq for seq, _ in own] == sorted(seq for seq, _ in own)
