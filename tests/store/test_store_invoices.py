"""Connect invoices in the store: creation from a validated CRA (R8, R3, R4, R5), atomicity,
lifecycle transitions and their history, client payments of the legacy regime."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from connect_desktop.domain.calendar import working_days_of_month
from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.errors import DomainError, TransitionError
from connect_desktop.domain.invoice import InvoiceStatus, InvoicingMode
from connect_desktop.domain.payment import PaymentOption, quote
from connect_desktop.store import invoices as invoices_module
from connect_desktop.store.cras import add_adjustment, get_cra, submit_cra, validate_cra
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.invoices import (
    get_invoice,
    invoice_history,
    list_invoices,
    record_client_payment,
    transition_invoice,
)
from connect_desktop.store.models import Invoice, InvoiceEvent
from connect_desktop.store.profile import save_profile

# The factories come from tests/store/conftest.py.
MakeMission = Callable[..., int]
MakeCra = Callable[..., int]
ValidateCra = Callable[..., tuple[int, int]]

LEGACY_SIGNED_ON = date(2025, 2, 10)  # before the 2025-04-28 cut-off (R1: LEGACY)
ON_CLIENT_PAYMENT = PaymentOption.ON_CLIENT_PAYMENT  # the legacy default (R2)

JUNE = working_days_of_month(2026, 6)  # 22 working days, no holiday
# 18 full days and one half day: 18.5 days.
JUNE_18_5 = {**dict.fromkeys(JUNE[:18], 2), JUNE[18]: 1}
JUNE_SUBMITTED = date(2026, 6, 30)
JUNE_VALIDATED = date(2026, 7, 2)
# The make_mission default starts on Monday 5 January 2026.
JANUARY = [day for day in working_days_of_month(2026, 1) if day >= date(2026, 1, 5)][:10]
FEBRUARY = working_days_of_month(2026, 2)[:10]


def _invoice(engine: Engine, invoice_id: int) -> Invoice:
    with read_session(engine) as session:
        return get_invoice(session, invoice_id)


def _history(engine: Engine, invoice_id: int) -> list[InvoiceEvent]:
    with read_session(engine) as session:
        return invoice_history(session, invoice_id)


def _steps(engine: Engine, invoice_id: int) -> list[tuple[object, object, date]]:
    return [(e.from_status, e.to_status, e.happened_on) for e in _history(engine, invoice_id)]


def _move(
    engine: Engine,
    invoice_id: int,
    target: InvoiceStatus,
    on: date,
    note: str = "",
    number: str | None = None,
) -> Invoice:
    with unit_of_work(engine) as session:
        return transition_invoice(session, invoice_id, target, on, note, number)


# --- Creation from a validated CRA ------------------------------------------------------


def test_r8_validating_cra_creates_invoice_with_snapshot(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission(payment_option=PaymentOption.EXPRESS, daily_rate=Decimal("600"))
    cra_id, invoice_id = validated_cra(
        mission_id, 2026, 6, JUNE_18_5, JUNE_SUBMITTED, JUNE_VALIDATED
    )
    expected = quote(
        PaymentOption.EXPRESS,
        daily_rate=Decimal("600"),
        days=Decimal("18.5"),
        clock_start=JUNE_VALIDATED,
    )
    invoice = _invoice(engine, invoice_id)

    assert (invoice.mission_id, invoice.cra_id) == (mission_id, cra_id)
    assert invoice.days_halves == 37
    assert invoice.days == Decimal("18.5")
    assert invoice.daily_rate_cents == 60000
    assert invoice.vat_rate_bp == 2000
    assert invoice.payment_option is PaymentOption.EXPRESS
    # R4, by hand: 18.5 x 600 = 11 100; VAT 2 220; TTC 13 320; fee 2.5 % x 600 x 18.5.
    assert invoice.amount_ht_cents == 1_110_000
    assert invoice.vat_cents == 222_000
    assert invoice.amount_ttc_cents == 1_332_000
    assert invoice.fee_cents == 27_750
    assert invoice.net_cents == 1_304_250
    # ... and the same figures as the domain's quote.
    assert invoice.amount_ht == expected.amount_ht
    assert invoice.amount_ttc == expected.amount_ttc
    assert invoice.fee == expected.fee
    assert invoice.net == expected.net
    assert invoice.period_start == date(2026, 6, 1)
    assert invoice.period_end == date(2026, 6, 30)
    assert invoice.number == ""
    with read_session(engine) as session:
        assert get_cra(session, cra_id).status is CraStatus.VALIDATED
        assert len(session.exec(select(Invoice)).all()) == 1


def test_r3_platform_invoice_is_a_specimen_whose_clock_starts_at_cra_validation(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission(payment_option=PaymentOption.EXPRESS)
    _, invoice_id = validated_cra(mission_id, 2026, 6, JUNE_18_5, JUNE_SUBMITTED, JUNE_VALIDATED)
    invoice = _invoice(engine, invoice_id)
    assert invoice.status is InvoiceStatus.SPECIMEN
    assert invoice.invoicing_mode is InvoicingMode.PLATFORM
    assert invoice.clock_start == JUNE_VALIDATED
    # R5: Express pays 30 calendar days after the clock start.
    assert invoice.pay_earliest == invoice.pay_latest == date(2026, 8, 1)


def test_r3_manual_import_invoice_waits_for_its_file_without_a_clock(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission(
        payment_option=PaymentOption.FLASH, invoicing_mode=InvoicingMode.MANUAL_IMPORT
    )
    _, invoice_id = validated_cra(mission_id, 2026, 6, JUNE_18_5, JUNE_SUBMITTED, JUNE_VALIDATED)
    invoice = _invoice(engine, invoice_id)
    assert invoice.status is InvoiceStatus.TO_IMPORT
    assert invoice.invoicing_mode is InvoicingMode.MANUAL_IMPORT
    assert invoice.clock_start is None
    assert invoice.pay_earliest is None
    assert invoice.pay_latest is None
    # The amounts are known all the same: Flash is 5 % of 600 € x 18.5 days.
    assert invoice.amount_ht_cents == 1_110_000
    assert invoice.fee_cents == 55_500


@pytest.mark.parametrize(
    ("mode", "initial"),
    [
        (InvoicingMode.PLATFORM, InvoiceStatus.SPECIMEN),
        (InvoicingMode.MANUAL_IMPORT, InvoiceStatus.TO_IMPORT),
    ],
)
def test_r8_first_event_records_the_cra_validation(
    engine: Engine,
    make_mission: MakeMission,
    validated_cra: ValidateCra,
    mode: InvoicingMode,
    initial: InvoiceStatus,
) -> None:
    mission_id = make_mission(invoicing_mode=mode)
    _, invoice_id = validated_cra(mission_id, 2026, 6, JUNE_18_5, JUNE_SUBMITTED, JUNE_VALIDATED)
    history = _history(engine, invoice_id)
    assert len(history) == 1
    first = history[0]
    assert first.invoice_id == invoice_id
    assert first.from_status is None
    assert first.to_status is initial
    assert first.happened_on == JUNE_VALIDATED
    assert first.recorded_at is not None


def test_r4_vat_franchise_gives_no_vat(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, vat_franchise=True)
    mission_id = make_mission(payment_option=PaymentOption.EXPRESS)
    _, invoice_id = validated_cra(mission_id, 2026, 6, JUNE_18_5, JUNE_SUBMITTED, JUNE_VALIDATED)
    invoice = _invoice(engine, invoice_id)
    assert invoice.vat_rate_bp == 0
    assert invoice.vat_cents == 0
    assert invoice.amount_ttc_cents == invoice.amount_ht_cents == 1_110_000
    assert invoice.fee_cents == 27_750
    assert invoice.net_cents == 1_110_000 - 27_750


def test_r8_later_profile_changes_never_change_a_past_invoice(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission()
    _, invoice_id = validated_cra(mission_id, 2026, 6, JUNE_18_5, JUNE_SUBMITTED, JUNE_VALIDATED)
    before = _invoice(engine, invoice_id)
    with unit_of_work(engine) as session:
        save_profile(session, vat_franchise=True, holiday_zone="57")
    after = _invoice(engine, invoice_id)
    assert after.model_dump() == before.model_dump()
    assert after.vat_cents == 222_000
    assert after.zone is None


def test_r4_legacy_immediate_payment_costs_20_euros_per_day(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission(
        signed_on=LEGACY_SIGNED_ON,
        payment_option=PaymentOption.IMMEDIATE,
        daily_rate=Decimal("480"),
    )
    _, invoice_id = validated_cra(mission_id, 2026, 6, JUNE_18_5, JUNE_SUBMITTED, JUNE_VALIDATED)
    invoice = _invoice(engine, invoice_id)
    assert invoice.amount_ht_cents == 888_000  # 18.5 x 480
    assert invoice.vat_cents == 177_600
    assert invoice.amount_ttc_cents == 1_065_600
    assert invoice.fee_cents == 37_000  # 18.5 x 20 €
    assert invoice.net_cents == 1_065_600 - 37_000
    # R5: 3 to 5 calendar days after the CRA validation.
    assert invoice.pay_earliest == JUNE_VALIDATED + timedelta(days=3)
    assert invoice.pay_latest == JUNE_VALIDATED + timedelta(days=5)


def test_r5_legacy_on_client_payment_window_after_the_client_term(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission(
        signed_on=LEGACY_SIGNED_ON, payment_option=ON_CLIENT_PAYMENT, client_term_days=45
    )
    _, invoice_id = validated_cra(mission_id, 2026, 1, JANUARY, date(2026, 1, 30), date(2026, 2, 3))
    invoice = _invoice(engine, invoice_id)
    assert invoice.payment_option is PaymentOption.ON_CLIENT_PAYMENT
    assert invoice.fee_cents == 0
    assert invoice.client_term_days == 45
    # The client pays on 2026-03-20 (Friday, +45 days); LBC pays 5 to 8 working days later.
    assert invoice.pay_earliest == date(2026, 3, 27)
    assert invoice.pay_latest == date(2026, 4, 1)


def test_r8_period_follows_the_mission_dates_within_the_month(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission(start_on=date(2026, 6, 10), end_on=date(2026, 6, 24))
    _, invoice_id = validated_cra(
        mission_id, 2026, 6, [date(2026, 6, 10), date(2026, 6, 24)], JUNE_SUBMITTED, JUNE_VALIDATED
    )
    invoice = _invoice(engine, invoice_id)
    assert (invoice.period_start, invoice.period_end) == (date(2026, 6, 10), date(2026, 6, 24))


def test_r8_invoice_period_never_ends_before_it_starts(
    engine: Engine, make_mission: MakeMission, make_cra: MakeCra
) -> None:
    """A CRA after the mission's end that only carries an adjustment (R7) still gets a
    coherent invoice period."""
    mission_id = make_mission(start_on=date(2026, 1, 5), end_on=date(2026, 5, 29))
    may = make_cra(mission_id, 2026, 5, [date(2026, 5, 27), date(2026, 5, 28)], date(2026, 5, 29))
    with unit_of_work(engine) as session:
        validate_cra(session, may, date(2026, 6, 1))
    june = make_cra(mission_id, 2026, 6)
    with unit_of_work(engine) as session:
        add_adjustment(session, june, 2, "Mai : le 29/05 travaillé, oublié", may)
        submit_cra(session, june, date(2026, 6, 30))
        invoice_id = validate_cra(session, june, date(2026, 7, 1)).id
    invoice = _invoice(engine, invoice_id)
    assert invoice.days_halves == 2
    assert invoice.period_start <= invoice.period_end


# --- Atomicity ---------------------------------------------------------------------------


def test_r8_failed_cra_validation_leaves_no_invoice_and_no_event(
    engine: Engine,
    make_mission: MakeMission,
    make_cra: MakeCra,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A CRA validation that fails midway (after the invoice insert) leaves nothing behind."""
    mission_id = make_mission()
    cra_id = make_cra(mission_id, 2026, 6, JUNE_18_5, submitted_on=JUNE_SUBMITTED)

    class DiskFull(Exception):
        pass

    inserted: list[int | None] = []

    def failing_record_event(
        _session: object, invoice: Invoice, *_args: object, **_kwargs: object
    ) -> InvoiceEvent:
        inserted.append(invoice.id)
        raise DiskFull("database or disk is full")

    working_record_event = invoices_module.record_event
    monkeypatch.setattr(invoices_module, "record_event", failing_record_event)
    with pytest.raises(DiskFull), unit_of_work(engine) as session:
        validate_cra(session, cra_id, JUNE_VALIDATED)
    # The failure came after the invoice row had been written (it had an id)...
    assert len(inserted) == 1
    assert inserted[0] is not None

    # ... and the whole unit of work was rolled back.
    with read_session(engine) as session:
        assert session.exec(select(Invoice)).all() == []
        assert session.exec(select(InvoiceEvent)).all() == []
        cra = get_cra(session, cra_id)
    assert cra.status is CraStatus.SUBMITTED
    assert cra.validated_on is None

    # Once the fault is gone the same validation goes through.
    # (Not monkeypatch.undo(): it would also undo the data folder's environment.)
    monkeypatch.setattr(invoices_module, "record_event", working_record_event)
    with unit_of_work(engine) as session:
        invoice_id = validate_cra(session, cra_id, JUNE_VALIDATED).id
    assert len(_history(engine, invoice_id)) == 1


def test_r8_failed_transition_leaves_the_invoice_unchanged(
    engine: Engine,
    make_mission: MakeMission,
    validated_cra: ValidateCra,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mission_id = make_mission()
    _, invoice_id = validated_cra(mission_id, 2026, 6, JUNE_18_5, JUNE_SUBMITTED, JUNE_VALIDATED)

    def failing_record_event(*_args: object, **_kwargs: object) -> InvoiceEvent:
        raise OSError("disk I/O error")

    monkeypatch.setattr(invoices_module, "record_event", failing_record_event)
    with pytest.raises(OSError, match="disk I/O error"):
        _move(engine, invoice_id, InvoiceStatus.FINAL, date(2026, 7, 6), number="LBC-0042")
    invoice = _invoice(engine, invoice_id)
    assert invoice.status is InvoiceStatus.SPECIMEN
    assert invoice.number == ""
    assert len(_history(engine, invoice_id)) == 1


# --- Transitions -------------------------------------------------------------------------


@pytest.fixture
def platform_invoice(make_mission: MakeMission, validated_cra: ValidateCra) -> int:
    """A SPECIMEN invoice: Express, 18.5 days at 600 €, CRA validated on 2026-07-02."""
    mission_id = make_mission(payment_option=PaymentOption.EXPRESS)
    return validated_cra(mission_id, 2026, 6, JUNE_18_5, JUNE_SUBMITTED, JUNE_VALIDATED)[1]


@pytest.fixture
def manual_invoice(make_mission: MakeMission, validated_cra: ValidateCra) -> int:
    """A TO_IMPORT invoice: Flash, manual import, CRA validated on 2026-07-02."""
    mission_id = make_mission(
        payment_option=PaymentOption.FLASH, invoicing_mode=InvoicingMode.MANUAL_IMPORT
    )
    return validated_cra(mission_id, 2026, 6, JUNE_18_5, JUNE_SUBMITTED, JUNE_VALIDATED)[1]


def test_r8_platform_invoice_specimen_final_paid(engine: Engine, platform_invoice: int) -> None:
    final = _move(
        engine, platform_invoice, InvoiceStatus.FINAL, date(2026, 7, 6), number=" LBC-2026-0042 "
    )
    assert final.status is InvoiceStatus.FINAL
    invoice = _invoice(engine, platform_invoice)
    assert invoice.number == "LBC-2026-0042"
    # R3: the platform invoice's clock started at the CRA validation and does not move.
    assert invoice.clock_start == JUNE_VALIDATED
    assert invoice.pay_latest == date(2026, 8, 1)
    assert invoice.paid_on is None

    _move(engine, platform_invoice, InvoiceStatus.PAID, date(2026, 8, 1), note="Virement reçu")
    invoice = _invoice(engine, platform_invoice)
    assert invoice.status is InvoiceStatus.PAID
    assert invoice.paid_on == date(2026, 8, 1)
    assert invoice.number == "LBC-2026-0042"
    assert invoice.amount_ht_cents == 1_110_000

    S = InvoiceStatus
    assert _steps(engine, platform_invoice) == [
        (None, S.SPECIMEN, JUNE_VALIDATED),
        (S.SPECIMEN, S.FINAL, date(2026, 7, 6)),
        (S.FINAL, S.PAID, date(2026, 8, 1)),
    ]
    assert _history(engine, platform_invoice)[-1].note == "Virement reçu"


@pytest.mark.parametrize(
    "target",
    [InvoiceStatus.PAID, InvoiceStatus.IN_REVIEW, InvoiceStatus.TO_IMPORT, InvoiceStatus.SPECIMEN],
)
def test_r8_invalid_platform_transition_changes_nothing(
    engine: Engine, platform_invoice: int, target: InvoiceStatus
) -> None:
    before = _invoice(engine, platform_invoice)
    with pytest.raises(TransitionError) as caught:
        _move(engine, platform_invoice, target, date(2026, 7, 6), number="LBC-1")
    assert caught.value.current is InvoiceStatus.SPECIMEN
    assert caught.value.target is target
    after = _invoice(engine, platform_invoice)
    assert after.model_dump() == before.model_dump()
    assert after.paid_on is None
    assert len(_history(engine, platform_invoice)) == 1


def test_r8_manual_invoice_refused_then_validated_starts_the_clock(
    engine: Engine, manual_invoice: int
) -> None:
    S = InvoiceStatus
    _move(engine, manual_invoice, S.IN_REVIEW, date(2026, 7, 3), note="facture-2026-06.pdf")

    # Finance refuses the file: a reason is required.
    for blank in ("", "   "):
        with pytest.raises(DomainError):
            _move(engine, manual_invoice, S.TO_IMPORT, date(2026, 7, 6), note=blank)
    assert _invoice(engine, manual_invoice).status is S.IN_REVIEW
    _move(engine, manual_invoice, S.TO_IMPORT, date(2026, 7, 6), note=" SIRET erroné ")
    invoice = _invoice(engine, manual_invoice)
    assert invoice.status is S.TO_IMPORT
    assert invoice.refusal_reason == "SIRET erroné"
    assert invoice.clock_start is None

    _move(engine, manual_invoice, S.IN_REVIEW, date(2026, 7, 7))
    _move(engine, manual_invoice, S.FINAL, date(2026, 7, 9), number="F-2026-007")
    invoice = _invoice(engine, manual_invoice)
    assert invoice.status is S.FINAL
    assert invoice.number == "F-2026-007"
    assert invoice.refusal_reason == "SIRET erroné"  # kept
    # R3: the clock starts on Finance's validation; R5: Flash pays 3 days later.
    assert invoice.clock_start == date(2026, 7, 9)
    assert invoice.pay_earliest == invoice.pay_latest == date(2026, 7, 12)

    _move(engine, manual_invoice, S.PAID, date(2026, 7, 12))
    assert _invoice(engine, manual_invoice).paid_on == date(2026, 7, 12)

    assert _steps(engine, manual_invoice) == [
        (None, S.TO_IMPORT, JUNE_VALIDATED),
        (S.TO_IMPORT, S.IN_REVIEW, date(2026, 7, 3)),
        (S.IN_REVIEW, S.TO_IMPORT, date(2026, 7, 6)),
        (S.TO_IMPORT, S.IN_REVIEW, date(2026, 7, 7)),
        (S.IN_REVIEW, S.FINAL, date(2026, 7, 9)),
        (S.FINAL, S.PAID, date(2026, 7, 12)),
    ]
    notes = [event.note for event in _history(engine, manual_invoice)]
    assert notes[1:3] == ["facture-2026-06.pdf", "SIRET erroné"]


@pytest.mark.parametrize(
    "target", [InvoiceStatus.FINAL, InvoiceStatus.PAID, InvoiceStatus.SPECIMEN]
)
def test_r8_manual_invoice_cannot_skip_the_review(
    engine: Engine, manual_invoice: int, target: InvoiceStatus
) -> None:
    with pytest.raises(TransitionError):
        _move(engine, manual_invoice, target, date(2026, 7, 6))
    invoice = _invoice(engine, manual_invoice)
    assert invoice.status is InvoiceStatus.TO_IMPORT
    assert invoice.clock_start is None
    assert len(_history(engine, manual_invoice)) == 1


PLATFORM_PATHS = {
    InvoiceStatus.SPECIMEN: [],
    InvoiceStatus.FINAL: [InvoiceStatus.FINAL],
}
MANUAL_PATHS = {
    InvoiceStatus.TO_IMPORT: [],
    InvoiceStatus.IN_REVIEW: [InvoiceStatus.IN_REVIEW],
    InvoiceStatus.FINAL: [InvoiceStatus.IN_REVIEW, InvoiceStatus.FINAL],
}


@pytest.mark.parametrize(
    ("mode", "status"),
    [(InvoicingMode.PLATFORM, status) for status in PLATFORM_PATHS]
    + [(InvoicingMode.MANUAL_IMPORT, status) for status in MANUAL_PATHS],
)
def test_r8_any_status_but_paid_can_be_cancelled(
    engine: Engine,
    make_mission: MakeMission,
    validated_cra: ValidateCra,
    mode: InvoicingMode,
    status: InvoiceStatus,
) -> None:
    mission_id = make_mission(invoicing_mode=mode)
    _, invoice_id = validated_cra(mission_id, 2026, 6, JUNE_18_5, JUNE_SUBMITTED, JUNE_VALIDATED)
    path = (PLATFORM_PATHS if mode is InvoicingMode.PLATFORM else MANUAL_PATHS)[status]
    on = date(2026, 7, 3)
    for step in path:
        _move(engine, invoice_id, step, on)
        on += timedelta(days=1)
    assert _invoice(engine, invoice_id).status is status

    _move(engine, invoice_id, InvoiceStatus.CANCELLED, on, note="Remplacée par un avoir")
    invoice = _invoice(engine, invoice_id)
    assert invoice.status is InvoiceStatus.CANCELLED
    assert invoice.amount_ht_cents == 1_110_000  # amounts kept
    last = _history(engine, invoice_id)[-1]
    assert (last.from_status, last.to_status, last.happened_on) == (
        status,
        InvoiceStatus.CANCELLED,
        on,
    )
    assert last.note == "Remplacée par un avoir"
    assert len(_history(engine, invoice_id)) == len(path) + 2

    # A cancelled invoice is final.
    for target in InvoiceStatus:
        with pytest.raises(TransitionError):
            _move(engine, invoice_id, target, on)


def test_r8_paid_invoice_cannot_be_cancelled_nor_changed(
    engine: Engine, platform_invoice: int
) -> None:
    _move(engine, platform_invoice, InvoiceStatus.FINAL, date(2026, 7, 6), number="LBC-7")
    _move(engine, platform_invoice, InvoiceStatus.PAID, date(2026, 8, 1))
    before = _invoice(engine, platform_invoice)
    for target in InvoiceStatus:
        with pytest.raises(TransitionError):
            _move(engine, platform_invoice, target, date(2026, 8, 2), number="AUTRE")
    assert _invoice(engine, platform_invoice).model_dump() == before.model_dump()
    assert len(_history(engine, platform_invoice)) == 3


# --- Client payment (legacy, on client payment) ------------------------------------------


@pytest.fixture
def legacy_invoice(make_mission: MakeMission, validated_cra: ValidateCra) -> int:
    """ON_CLIENT_PAYMENT, client term 45 days, January CRA validated on 2026-02-03."""
    mission_id = make_mission(
        signed_on=LEGACY_SIGNED_ON, payment_option=ON_CLIENT_PAYMENT, client_term_days=45
    )
    return validated_cra(mission_id, 2026, 1, JANUARY, date(2026, 1, 30), date(2026, 2, 3))[1]


def test_r5_recorded_client_payment_recomputes_the_window(
    engine: Engine, legacy_invoice: int
) -> None:
    with unit_of_work(engine) as session:
        record_client_payment(session, legacy_invoice, date(2026, 4, 1))
    invoice = _invoice(engine, legacy_invoice)
    assert invoice.client_paid_on == date(2026, 4, 1)
    # 5 and 8 French working days after Wednesday 1 April 2026, skipping the weekend
    # and Easter Monday (6 April): Thursday 9 and Tuesday 14 April.
    assert invoice.pay_earliest == date(2026, 4, 9)
    assert invoice.pay_latest == date(2026, 4, 14)
    assert invoice.clock_start == date(2026, 2, 3)
    assert invoice.status is InvoiceStatus.SPECIMEN


def test_r5_client_payment_can_be_corrected_and_survives_the_final_invoice(
    engine: Engine, legacy_invoice: int
) -> None:
    _move(engine, legacy_invoice, InvoiceStatus.FINAL, date(2026, 2, 5), number="LBC-9")
    with unit_of_work(engine) as session:
        record_client_payment(session, legacy_invoice, date(2026, 3, 2))
    with unit_of_work(engine) as session:
        record_client_payment(session, legacy_invoice, date(2026, 4, 1))
    invoice = _invoice(engine, legacy_invoice)
    assert invoice.status is InvoiceStatus.FINAL
    assert (invoice.pay_earliest, invoice.pay_latest) == (date(2026, 4, 9), date(2026, 4, 14))


def test_r5_client_payment_before_the_clock_start_is_refused(
    engine: Engine, legacy_invoice: int
) -> None:
    before = _invoice(engine, legacy_invoice)
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        record_client_payment(session, legacy_invoice, date(2026, 2, 2))
    assert _invoice(engine, legacy_invoice).model_dump() == before.model_dump()


@pytest.mark.parametrize(
    ("signed_on", "option"),
    [
        (LEGACY_SIGNED_ON, PaymentOption.IMMEDIATE),
        (date(2025, 12, 15), PaymentOption.BASIC),
        (date(2025, 12, 15), PaymentOption.EXPRESS),
        (date(2025, 12, 15), PaymentOption.FLASH),
    ],
)
def test_r5_client_payment_is_refused_for_other_options(
    engine: Engine,
    make_mission: MakeMission,
    validated_cra: ValidateCra,
    signed_on: date,
    option: PaymentOption,
) -> None:
    mission_id = make_mission(signed_on=signed_on, payment_option=option)
    _, invoice_id = validated_cra(mission_id, 2026, 6, JUNE_18_5, JUNE_SUBMITTED, JUNE_VALIDATED)
    before = _invoice(engine, invoice_id)
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        record_client_payment(session, invoice_id, date(2026, 7, 20))
    after = _invoice(engine, invoice_id)
    assert after.model_dump() == before.model_dump()
    assert after.client_paid_on is None


def test_r5_client_payment_is_refused_on_a_paid_or_cancelled_invoice(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission(signed_on=LEGACY_SIGNED_ON, payment_option=ON_CLIENT_PAYMENT)
    _, paid = validated_cra(mission_id, 2026, 1, JANUARY, date(2026, 1, 30), date(2026, 2, 3))
    _, cancelled = validated_cra(mission_id, 2026, 2, FEBRUARY, date(2026, 2, 27), date(2026, 3, 2))
    _move(engine, paid, InvoiceStatus.FINAL, date(2026, 2, 4))
    _move(engine, paid, InvoiceStatus.PAID, date(2026, 3, 20))
    _move(engine, cancelled, InvoiceStatus.CANCELLED, date(2026, 3, 3))
    for invoice_id in (paid, cancelled):
        with pytest.raises(DomainError), unit_of_work(engine) as session:
            record_client_payment(session, invoice_id, date(2026, 3, 16))
        assert _invoice(engine, invoice_id).client_paid_on is None


def test_r5_client_payment_waits_for_the_manual_invoice_to_be_validated(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission(
        signed_on=LEGACY_SIGNED_ON,
        payment_option=ON_CLIENT_PAYMENT,
        invoicing_mode=InvoicingMode.MANUAL_IMPORT,
    )
    _, invoice_id = validated_cra(mission_id, 2026, 1, JANUARY, date(2026, 1, 30), date(2026, 2, 3))
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        record_client_payment(session, invoice_id, date(2026, 3, 2))

    _move(engine, invoice_id, InvoiceStatus.IN_REVIEW, date(2026, 2, 4))
    _move(engine, invoice_id, InvoiceStatus.FINAL, date(2026, 2, 6))
    invoice = _invoice(engine, invoice_id)
    # R3 + R5: the clock starts on 6 February; the client pays 30 days later (8 March,
    # a Sunday), LBC 5 to 8 working days after that.
    assert invoice.clock_start == date(2026, 2, 6)
    assert (invoice.pay_earliest, invoice.pay_latest) == (date(2026, 3, 13), date(2026, 3, 18))
    with unit_of_work(engine) as session:
        record_client_payment(session, invoice_id, date(2026, 4, 1))
    invoice = _invoice(engine, invoice_id)
    assert (invoice.pay_earliest, invoice.pay_latest) == (date(2026, 4, 9), date(2026, 4, 14))


def test_r6_payment_window_uses_the_zone_snapshotted_on_the_invoice(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, holiday_zone="57")
    mission_id = make_mission(signed_on=LEGACY_SIGNED_ON, payment_option=ON_CLIENT_PAYMENT)
    _, invoice_id = validated_cra(
        mission_id, 2026, 2, FEBRUARY, date(2026, 2, 27), date(2026, 3, 2)
    )
    assert _invoice(engine, invoice_id).zone == "57"
    with unit_of_work(engine) as session:
        save_profile(session, holiday_zone=None)  # the freelancer moved since
        record_client_payment(session, invoice_id, date(2026, 3, 30))
    invoice = _invoice(engine, invoice_id)
    # Alsace-Moselle also skips Good Friday (3 April) besides Easter Monday (6 April):
    # metropolitan France would give 7 and 10 April.
    assert (invoice.pay_earliest, invoice.pay_latest) == (date(2026, 4, 8), date(2026, 4, 13))


# --- Queries ------------------------------------------------------------------------------


def test_invoices_are_listed_newest_period_first_and_by_mission(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    first = make_mission(title="Mission A")
    second = make_mission(title="Mission B")
    _, january = validated_cra(first, 2026, 1, JANUARY, date(2026, 1, 30), date(2026, 2, 2))
    _, february = validated_cra(first, 2026, 2, FEBRUARY, date(2026, 2, 27), date(2026, 3, 2))
    _, other = validated_cra(second, 2026, 1, JANUARY, date(2026, 1, 30), date(2026, 2, 2))
    with read_session(engine) as session:
        assert [i.id for i in list_invoices(session)] == [february, january, other]
        assert [i.id for i in list_invoices(session, first)] == [february, january]
        assert [i.id for i in list_invoices(session, second)] == [other]


def test_unknown_invoice_is_a_domain_error(engine: Engine) -> None:
    with read_session(engine) as session, pytest.raises(DomainError):
        get_invoice(session, 404)
    with pytest.raises(DomainError):
        _move(engine, 404, InvoiceStatus.FINAL, date(2026, 7, 6))
