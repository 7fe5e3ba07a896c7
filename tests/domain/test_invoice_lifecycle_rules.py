"""R8: Connect invoice lifecycle by invoicing mode; R3: what starts the payment clock."""

from __future__ import annotations

from datetime import date
from itertools import product

import pytest

from connect_desktop.domain.errors import DomainError, TransitionError
from connect_desktop.domain.invoice import (
    INVOICE_TRANSITIONS,
    InvoiceKind,
    InvoiceStatus,
    InvoicingMode,
    allowed_invoice_transitions,
    amounts_are_locked,
    check_invoice_transition,
    initial_invoice_status,
    is_overdue,
    starts_the_clock,
)

S = InvoiceStatus
M = InvoicingMode
EXPECTED: dict[InvoicingMode, dict[InvoiceStatus, set[InvoiceStatus]]] = {
    M.PLATFORM: {
        S.SPECIMEN: {S.FINAL, S.CANCELLED},
        S.FINAL: {S.PAID, S.CANCELLED},
        S.PAID: set(),
        S.CANCELLED: set(),
    },
    M.MANUAL_IMPORT: {
        S.TO_IMPORT: {S.IN_REVIEW, S.CANCELLED},
        S.IN_REVIEW: {S.FINAL, S.TO_IMPORT, S.CANCELLED},
        S.FINAL: {S.PAID, S.CANCELLED},
        S.PAID: set(),
        S.CANCELLED: set(),
    },
}


def test_r8_status_values_are_stable() -> None:
    assert [s.value for s in InvoiceStatus] == [
        "SPECIMEN",
        "TO_IMPORT",
        "IN_REVIEW",
        "FINAL",
        "PAID",
        "CANCELLED",
    ]
    assert {k.value for k in InvoiceKind} == {"INVOICE", "CREDIT_NOTE"}


@pytest.mark.parametrize("mode", list(InvoicingMode))
def test_r8_transition_table(mode: InvoicingMode) -> None:
    table = {status: set(targets) for status, targets in INVOICE_TRANSITIONS[mode].items()}
    assert table == EXPECTED[mode]
    for status, targets in EXPECTED[mode].items():
        assert allowed_invoice_transitions(mode, status) == targets


def test_r8_platform_path_specimen_final_paid() -> None:
    status = initial_invoice_status(M.PLATFORM)
    assert status is S.SPECIMEN
    for target in (S.FINAL, S.PAID):
        check_invoice_transition(M.PLATFORM, status, target)
        status = target
    assert status is S.PAID


def test_r8_manual_import_path_to_import_in_review_final_paid() -> None:
    status = initial_invoice_status(M.MANUAL_IMPORT)
    assert status is S.TO_IMPORT
    for target in (S.IN_REVIEW, S.FINAL, S.PAID):
        check_invoice_transition(M.MANUAL_IMPORT, status, target)
        status = target


def test_r8_manual_import_refused_file_goes_back_to_to_import() -> None:
    check_invoice_transition(M.MANUAL_IMPORT, S.IN_REVIEW, S.TO_IMPORT)
    check_invoice_transition(M.MANUAL_IMPORT, S.TO_IMPORT, S.IN_REVIEW)


@pytest.mark.parametrize(
    ("mode", "status"),
    [(mode, status) for mode in InvoicingMode for status in EXPECTED[mode] if status is not S.PAID],
)
def test_r8_any_status_but_paid_can_be_cancelled(
    mode: InvoicingMode, status: InvoiceStatus
) -> None:
    if status is S.CANCELLED:
        with pytest.raises(TransitionError):
            check_invoice_transition(mode, status, S.CANCELLED)
    else:
        check_invoice_transition(mode, status, S.CANCELLED)


@pytest.mark.parametrize(
    ("mode", "status", "target"),
    [
        (mode, status, target)
        for mode in InvoicingMode
        for status, target in product((S.PAID, S.CANCELLED), InvoiceStatus)
    ],
)
def test_r8_paid_and_cancelled_are_final(
    mode: InvoicingMode, status: InvoiceStatus, target: InvoiceStatus
) -> None:
    assert allowed_invoice_transitions(mode, status) == frozenset()
    with pytest.raises(TransitionError, match=f"{status.value} is final"):
        check_invoice_transition(mode, status, target)


@pytest.mark.parametrize(
    ("mode", "current", "target"),
    [
        (mode, current, target)
        for mode in InvoicingMode
        for current in EXPECTED[mode]
        for target in InvoiceStatus
        if target not in EXPECTED[mode][current] and EXPECTED[mode][current]
    ],
)
def test_r8_invalid_transition_raises_transition_error_naming_allowed_statuses(
    mode: InvoicingMode, current: InvoiceStatus, target: InvoiceStatus
) -> None:
    with pytest.raises(TransitionError) as info:
        check_invoice_transition(mode, current, target)
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, DomainError)
    assert error.kind == "Connect invoice"
    assert set(error.allowed) == EXPECTED[mode][current]
    message = str(error)
    assert f"from {current.value} to {target.value}" in message
    assert "allowed statuses are" in message
    for allowed in EXPECTED[mode][current]:
        assert allowed.value in message


def test_r8_specimen_cannot_be_paid_before_it_is_final() -> None:
    with pytest.raises(ValueError, match="allowed statuses are: CANCELLED, FINAL"):
        check_invoice_transition(M.PLATFORM, S.SPECIMEN, S.PAID)


def test_r8_statuses_of_the_other_mode_are_refused() -> None:
    with pytest.raises(TransitionError):
        check_invoice_transition(M.PLATFORM, S.SPECIMEN, S.IN_REVIEW)
    with pytest.raises(DomainError, match="TO_IMPORT is not a status of PLATFORM invoices"):
        check_invoice_transition(M.PLATFORM, S.TO_IMPORT, S.IN_REVIEW)
    with pytest.raises(DomainError, match="SPECIMEN is not a status of MANUAL_IMPORT invoices"):
        check_invoice_transition(M.MANUAL_IMPORT, S.SPECIMEN, S.FINAL)
    assert allowed_invoice_transitions(M.PLATFORM, S.IN_REVIEW) == frozenset()
    assert allowed_invoice_transitions(M.MANUAL_IMPORT, S.SPECIMEN) == frozenset()


def test_r8_initial_status_per_mode() -> None:
    assert initial_invoice_status(M.PLATFORM) is S.SPECIMEN
    assert initial_invoice_status(M.MANUAL_IMPORT) is S.TO_IMPORT


def test_r3_manual_import_clock_starts_when_finance_validates_the_invoice() -> None:
    assert starts_the_clock(M.MANUAL_IMPORT, S.FINAL)
    for target in InvoiceStatus:
        if target is not S.FINAL:
            assert not starts_the_clock(M.MANUAL_IMPORT, target)


def test_r3_platform_clock_starts_at_cra_validation_not_on_an_invoice_transition() -> None:
    for target in InvoiceStatus:
        assert not starts_the_clock(M.PLATFORM, target)


@pytest.mark.parametrize(
    ("status", "locked"),
    [
        (S.SPECIMEN, False),
        (S.TO_IMPORT, False),
        (S.IN_REVIEW, False),
        (S.FINAL, True),
        (S.PAID, True),
        (S.CANCELLED, False),
    ],
)
def test_r8_final_and_paid_amounts_are_locked(status: InvoiceStatus, locked: bool) -> None:
    assert amounts_are_locked(status) is locked


LATEST = date(2026, 5, 15)


@pytest.mark.parametrize("status", [S.SPECIMEN, S.TO_IMPORT, S.IN_REVIEW, S.FINAL])
def test_r8_overdue_when_not_paid_and_today_after_pay_latest(status: InvoiceStatus) -> None:
    assert not is_overdue(status, LATEST, date(2026, 5, 14))
    assert not is_overdue(status, LATEST, LATEST)
    assert is_overdue(status, LATEST, date(2026, 5, 16))
    assert is_overdue(status, LATEST, date(2027, 1, 1))


@pytest.mark.parametrize("status", [S.PAID, S.CANCELLED])
def test_r8_paid_or_cancelled_is_never_overdue(status: InvoiceStatus) -> None:
    assert not is_overdue(status, LATEST, date(2026, 5, 16))
    assert not is_overdue(status, LATEST, date(2030, 1, 1))


def test_r8_no_payment_date_yet_is_not_overdue() -> None:
    assert not is_overdue(S.TO_IMPORT, None, date(2030, 1, 1))
