"""Expected payments as iCalendar (issue 7), parsed back with ``icalendar``."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import Engine
from sqlmodel import select

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus
from connect_desktop.domain.money import format_money, from_cents
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services.export_files import NothingToExport
from connect_desktop.services.export_payments_ics import (
    IcsTexts,
    count_expected_payments,
    export_payments_ics,
    payment_uid,
)
from connect_desktop.store.database import read_session
from connect_desktop.store.demo import fill_demo
from connect_desktop.store.models import Invoice

TODAY = date(2026, 11, 28)
TEXTS = IcsTexts(
    calendar_name="Paiements Connect",
    summary="Paiement attendu : {amount} – {mission}",
    description="Facture {number} ({client})\nPériode : {period}\nOption : {option}\nNet : {net}",
    period="{start} – {end}",
    overdue="En retard",
    options={option: option.value.title() for option in PaymentOption},
)


def _expected(engine: Engine) -> dict[int, Invoice]:
    with read_session(engine) as session:
        invoices = session.exec(select(Invoice)).all()
        return {
            invoice.id: invoice
            for invoice in invoices
            if invoice.id is not None
            and invoice.kind is InvoiceKind.INVOICE
            and invoice.status not in (InvoiceStatus.PAID, InvoiceStatus.CANCELLED)
            and invoice.pay_earliest is not None
        }


def _events(path: Path) -> tuple[icalendar.Calendar, list[icalendar.Event]]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return calendar, list(calendar.walk("VEVENT"))


@pytest.fixture
def demo(engine: Engine) -> dict[int, Invoice]:
    fill_demo(engine, today=TODAY)
    expected = _expected(engine)
    assert len(expected) > 3
    return expected


def test_one_all_day_event_per_expected_payment(
    engine: Engine, demo: dict[int, Invoice], tmp_path: Path
) -> None:
    target = tmp_path / "paiements.ics"

    written = export_payments_ics(engine, target, texts=TEXTS, today=TODAY)

    calendar, events = _events(target)
    assert written == len(events) == len(demo) == count_expected_payments(engine)
    assert str(calendar["VERSION"]) == "2.0"
    assert "Connect Desktop" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Paiements Connect"
    for event in events:
        invoice_id = int(str(event["UID"]).split("-")[1])
        invoice = demo[invoice_id]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        # All-day: DATE values, not DATE-TIME.
        assert type(start) is date
        assert type(end) is date
        assert event["DTSTART"].params.get("VALUE", "DATE") == "DATE"
        assert start == invoice.pay_earliest
        latest = invoice.pay_latest or invoice.pay_earliest
        assert end == latest + timedelta(days=1)  # exclusive end
        assert isinstance(event.decoded("DTSTAMP"), datetime)
        net = format_money(from_cents(invoice.net_cents), "fr_FR")
        assert str(event["SUMMARY"]).startswith(f"Paiement attendu : {net} – ")
        description = str(event["DESCRIPTION"])
        assert "Période : " in description
        assert f"Net : {net}" in description
        assert ("En retard" in description) == (latest < TODAY)


def test_a_window_over_several_days_is_one_event(
    engine: Engine, demo: dict[int, Invoice], tmp_path: Path
) -> None:
    windows = [invoice for invoice in demo.values() if invoice.pay_latest != invoice.pay_earliest]
    assert windows  # legacy missions pay within a window (R5)
    target = tmp_path / "paiements.ics"
    export_payments_ics(engine, target, texts=TEXTS, today=TODAY)
    _, events = _events(target)
    by_uid = {str(event["UID"]): event for event in events}
    for invoice in windows:
        assert invoice.id is not None
        assert invoice.pay_latest is not None
        event = by_uid[payment_uid(invoice.id)]
        span = event.decoded("DTEND") - event.decoded("DTSTART")
        assert span == invoice.pay_latest - invoice.pay_earliest + timedelta(days=1)


def test_uids_are_stable_and_unique(
    engine: Engine, demo: dict[int, Invoice], tmp_path: Path
) -> None:
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    export_payments_ics(engine, first, texts=TEXTS, today=TODAY)
    export_payments_ics(engine, second, texts=TEXTS, today=TODAY + timedelta(days=1))

    uids_first = [str(event["UID"]) for event in _events(first)[1]]
    uids_second = [str(event["UID"]) for event in _events(second)[1]]
    assert uids_first == uids_second
    assert len(set(uids_first)) == len(uids_first)
    assert set(uids_first) == {payment_uid(invoice_id) for invoice_id in demo}


def test_paid_cancelled_and_credit_notes_are_left_out(
    engine: Engine, demo: dict[int, Invoice], tmp_path: Path
) -> None:
    target = tmp_path / "paiements.ics"
    export_payments_ics(engine, target, texts=TEXTS, today=TODAY)
    with read_session(engine) as session:
        left_out = {
            payment_uid(invoice.id)
            for invoice in session.exec(select(Invoice))
            if invoice.id is not None and invoice.id not in demo
        }
    assert left_out
    assert not left_out & {str(event["UID"]) for event in _events(target)[1]}


def test_english_texts_and_amounts(
    engine: Engine, demo: dict[int, Invoice], tmp_path: Path
) -> None:
    texts = IcsTexts(
        calendar_name="Connect payments",
        summary="Expected payment: {amount} – {mission}",
        description="Invoice {number}",
        period="{start} – {end}",
        overdue="Overdue",
        options={option: option.value for option in PaymentOption},
        locale="en_US",
    )
    target = tmp_path / "payments.ics"
    export_payments_ics(engine, target, texts=texts, today=TODAY)
    summaries = [str(event["SUMMARY"]) for event in _events(target)[1]]
    assert all(summary.startswith("Expected payment: €") for summary in summaries)
    assert Decimal(summaries[0].split("€")[1].split(" ")[0].replace(",", "")) > 0


def test_nothing_expected_writes_no_file(engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NothingToExport):
        export_payments_ics(engine, out / "paiements.ics", texts=TEXTS, today=TODAY)
    assert list(out.iterdir()) == []
