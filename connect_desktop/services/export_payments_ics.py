"""Expected payments as an iCalendar file (issue 7), for any calendar application.

One all-day event per expected payment: a Connect invoice (not a credit note), neither
paid nor cancelled, whose earliest payment date is known. The event spans the payment
window (DTEND is exclusive, hence the day after the latest date). Its UID comes from the
invoice's id, so importing a newer export of the same database updates the events
instead of duplicating them. Words and formats come from the caller (``IcsTexts``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, and_, func, select

from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, is_overdue
from connect_desktop.domain.money import format_date, format_money, from_cents
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services.export_files import (
    NothingToExport,
    Progress,
    report,
    report_every,
)
from connect_desktop.services.files import write_bytes_atomically
from connect_desktop.store.models import Invoice, Mission

PRODID = "-//Connect Desktop//Expected payments//EN"


@dataclass(frozen=True)
class IcsTexts:
    """The words of the calendar, in the UI's language.

    ``summary`` is formatted with ``amount`` and ``mission``; ``description`` with
    ``number``, ``client``, ``period``, ``option`` and ``net``; ``period`` with ``start``
    and ``end``. ``overdue`` is appended to the description of an overdue payment.
    """

    calendar_name: str
    summary: str
    description: str
    period: str
    overdue: str
    options: Mapping[PaymentOption, str]
    locale: str = "fr_FR"


def payment_uid(invoice_id: int) -> str:
    """The event's UID: the same invoice gets the same UID in every export."""
    return f"invoice-{invoice_id}-payment@connect-desktop"


_INVOICE = Invoice.__table__  # type: ignore[attr-defined]
_MISSION = Mission.__table__  # type: ignore[attr-defined]
_EXPECTED = and_(
    _INVOICE.c.kind == InvoiceKind.INVOICE.name,
    _INVOICE.c.status.not_in([InvoiceStatus.PAID.name, InvoiceStatus.CANCELLED.name]),
    _INVOICE.c.pay_earliest.is_not(None),
)
_QUERY = (
    select(
        _INVOICE.c.id,
        _INVOICE.c.number,
        _INVOICE.c.status,
        _INVOICE.c.payment_option,
        _INVOICE.c.period_start,
        _INVOICE.c.period_end,
        _INVOICE.c.net_cents,
        _INVOICE.c.pay_earliest,
        _INVOICE.c.pay_latest,
        _MISSION.c.title,
        _MISSION.c.client_name,
    )
    .select_from(_INVOICE.join(_MISSION, _INVOICE.c.mission_id == _MISSION.c.id))
    .where(_EXPECTED)
    .order_by(_INVOICE.c.pay_earliest, _INVOICE.c.id)
)


def count_expected_payments(engine: Engine) -> int:
    """How many events the export would write."""
    query = select(func.count()).select_from(_INVOICE).where(_EXPECTED)
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def export_payments_ics(
    engine: Engine,
    path: Path,
    *,
    texts: IcsTexts,
    today: date,
    progress: Progress | None = None,
) -> int:
    """Write the expected payments to ``path`` (atomically); the events written.

    Raises ``NothingToExport`` (and writes nothing) when no payment is expected.
    """
    import icalendar  # only the export needs it

    with engine.connect() as connection:
        records = connection.execute(_QUERY).all()
    if not records:
        raise NothingToExport("No payment is expected.")
    total = len(records)
    report(progress, 0, total)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", texts.calendar_name)
    stamp = datetime.now(UTC).replace(microsecond=0)
    locale = texts.locale
    for done, (
        invoice_id, number, status, option, period_start, period_end, net_cents, earliest,
        latest, title, client,
    ) in enumerate(records, start=1):  # fmt: skip
        amount = format_money(from_cents(net_cents), locale)
        last = latest or earliest
        description = texts.description.format(
            number=number,
            client=client,
            period=texts.period.format(
                start=format_date(period_start, locale), end=format_date(period_end, locale)
            ),
            option=texts.options[PaymentOption(option)],
            net=amount,
        )
        if is_overdue(InvoiceStatus(status), last, today):
            description = f"{description}\n{texts.overdue}"
        event = icalendar.Event()
        event.add("uid", payment_uid(invoice_id))
        event.add("dtstamp", stamp)
        event.add("dtstart", earliest)
        event.add("dtend", last + timedelta(days=1))  # exclusive: the day after the window
        event.add("summary", texts.summary.format(amount=amount, mission=title))
        event.add("description", description)
        event.add("transp", "TRANSPARENT")  # a payment does not make the user busy
        calendar.add_component(event)
        report_every(progress, done, total)
    write_bytes_atomically(calendar.to_ical(), path)
    return total
