"""A realistic sample data set, for first-time users (``--demo``) and for benchmarks.

The default is a profile, five missions that cover both regimes and every payment
option, and 18 months of CRAs and invoices in every status. ``missions`` and ``months``
scale it up: ``fill_demo(engine, missions=834, months=120)`` writes about 100 000 invoices.
Rows are built with the same rules as the app (``quote``, ``build_invoice``) and written
in bulk, in one transaction.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, func, insert
from sqlmodel import Session, select

from connect_desktop.domain.calendar import add_working_days, days_of_month, is_working_day
from connect_desktop.domain.cra import CraStatus, total_days
from connect_desktop.domain.invoice import InvoiceStatus, InvoicingMode
from connect_desktop.domain.money import to_cents
from connect_desktop.domain.payment import PREDICTABLE_FROM, PaymentOption
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.invoices import (
    CRA_VALIDATED_NOTE,
    build_invoice,
    refresh_payment_window,
)
from connect_desktop.store.models import Cra, CraDay, Invoice, InvoiceEvent, Mission
from connect_desktop.store.profile import save_profile


@dataclass(frozen=True, slots=True)
class MissionTemplate:
    title: str
    client_name: str
    client_address: str
    daily_rate: Decimal
    option: PaymentOption
    mode: InvoicingMode
    client_term_days: int = 30


TEMPLATES = (
    MissionTemplate(
        "Architecte data – plateforme de paiement",
        "Banque Hexagone",
        "12 avenue de l'Opéra, 75001 Paris",
        Decimal("650"),
        PaymentOption.ON_CLIENT_PAYMENT,
        InvoicingMode.PLATFORM,
        client_term_days=45,
    ),
    MissionTemplate(
        "Lead développeur Python",
        "Assurances du Littoral",
        "3 quai des Chartrons, 33000 Bordeaux",
        Decimal("600"),
        PaymentOption.IMMEDIATE,
        InvoicingMode.MANUAL_IMPORT,
    ),
    MissionTemplate(
        "Consultant DevOps et plateforme Kubernetes",
        "Transports Rhône-Alpes",
        "8 rue de la République, 69002 Lyon",
        Decimal("580"),
        PaymentOption.EXPRESS,
        InvoicingMode.PLATFORM,
    ),
    MissionTemplate(
        "Expert sécurité cloud",
        "Énergies Nouvelles SA",
        "40 boulevard Haussmann, 75009 Paris",
        Decimal("720"),
        PaymentOption.FLASH,
        InvoicingMode.MANUAL_IMPORT,
    ),
    MissionTemplate(
        "Product owner applications mobiles",
        "Mutuelle des Pays de Loire",
        "5 place Royale, 44000 Nantes",
        Decimal("550"),
        PaymentOption.BASIC,
        InvoicingMode.PLATFORM,
    ),
)

DEMO_PROFILE: dict[str, Any] = {
    "full_name": "Camille Martin",
    "legal_form": "EI",
    "siret": "90765432100005",
    "address_line1": "18 rue des Lilas",
    "postcode": "44000",
    "city": "Nantes",
    "email": "camille.martin@example.fr",
    "based_in_france": True,
    "vat_number": "FR24907654321",
    "iban": "FR7630006000011234567890189",
    "invoice_prefix": "CM-",
}


@dataclass(frozen=True, slots=True)
class DemoSummary:
    missions: int
    cras: int
    invoices: int


def _month_start(day: date, months_back: int) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _mission(template: MissionTemplate, index: int, start: date) -> Mission:
    legacy = template.option in (PaymentOption.ON_CLIENT_PAYMENT, PaymentOption.IMMEDIATE)
    signed_on = start - timedelta(days=21)
    if legacy:
        # Legacy contracts were signed before the predictable regime existed.
        signed_on = min(signed_on, PREDICTABLE_FROM - timedelta(days=40))
    else:
        signed_on = max(signed_on, PREDICTABLE_FROM)
    suffix = f" ({index // len(TEMPLATES) + 1})" if index >= len(TEMPLATES) else ""
    return Mission(
        title=template.title + suffix,
        client_name=template.client_name,
        client_address=template.client_address,
        lbc_reference=f"LBC-{2024 + index % 3}-{4100 + index:05d}",
        start_on=start,
        end_on=None,
        daily_rate_cents=to_cents(template.daily_rate),
        signed_on=signed_on,
        based_in_france=True,
        payment_option=template.option,
        invoicing_mode=template.mode,
        client_term_days=template.client_term_days,
    )


class _DemoWriter:
    """Builds the rows of one mission's history and writes them in bulk."""

    def __init__(self, session: Session, today: date, rng: random.Random) -> None:
        self.session = session
        self.today = today
        self.rng = rng
        self.profile = save_profile(session, **DEMO_PROFILE)
        self.invoice_count = 0

    def cra_status(self, months_back: int, index: int) -> CraStatus:
        if months_back == 0:
            return CraStatus.DRAFT
        if months_back == 1 and index % len(TEMPLATES) == 0:
            return CraStatus.SUBMITTED
        if months_back == 1 and index % len(TEMPLATES) == 4:
            return CraStatus.REJECTED
        return CraStatus.VALIDATED

    def days_for(self, mission: Mission, first: date, status: CraStatus) -> list[tuple[date, int]]:
        zone = self.profile.holiday_zone
        days = []
        for day in days_of_month(first.year, first.month):
            if day < mission.start_on or not is_working_day(day, zone):
                continue
            if status is CraStatus.DRAFT and day >= self.today:
                break
            roll = self.rng.random()
            if roll < 0.06:  # a day off now and then
                continue
            days.append((day, 1 if roll < 0.1 else 2))
        return days

    def write_mission(self, mission: Mission, index: int, months: int) -> int:
        session = self.session
        session.add(mission)
        session.flush()
        cras: list[tuple[Cra, list[tuple[date, int]]]] = []
        for months_back in range(months - 1, -1, -1):
            first = _month_start(self.today, months_back)
            status = self.cra_status(months_back, index)
            cra = Cra(mission_id=mission.id, year=first.year, month=first.month, status=status)
            days = self.days_for(mission, first, status)
            next_month = _month_start(self.today, months_back - 1)
            if status is not CraStatus.DRAFT:
                cra.submitted_on = add_working_days(next_month, 1)
            if status is CraStatus.VALIDATED:
                cra.validated_on = min(add_working_days(next_month, 3), self.today)
            if status is CraStatus.REJECTED:
                cra.rejected_on = min(add_working_days(next_month, 2), self.today)
                cra.rejection_reason = "Deux jours de congé à retirer du compte rendu."
            cras.append((cra, days))
        session.add_all([cra for cra, _ in cras])
        session.flush()
        session.execute(
            insert(CraDay),
            [{"cra_id": cra.id, "day": day, "halves": h} for cra, days in cras for day, h in days],
        )
        validated = [(cra, days) for cra, days in cras if cra.status is CraStatus.VALIDATED]
        invoices = [
            build_invoice(mission, cra, total_days(h for _, h in days), self.profile)
            for cra, days in validated
        ]
        session.add_all(invoices)
        session.flush()
        events: list[dict[str, Any]] = []
        for position, (invoice, (cra, _)) in enumerate(zip(invoices, validated, strict=True)):
            events += self.advance(invoice, cra, index, position, len(invoices))
        session.execute(insert(InvoiceEvent), events)
        return len(invoices)

    def advance(
        self, invoice: Invoice, cra: Cra, index: int, position: int, count: int
    ) -> list[dict[str, Any]]:
        """Walk the invoice along its lifecycle up to today; returns its history rows."""
        assert cra.validated_on is not None
        on = cra.validated_on
        events = [self.event(invoice, None, invoice.status, on, CRA_VALIDATED_NOTE)]

        def step(target: InvoiceStatus, when: date, note: str = "") -> bool:
            if when > self.today:
                return False
            events.append(self.event(invoice, invoice.status, target, when, note))
            invoice.status = target
            return True

        self.invoice_count += 1
        number = f"LBC-{on.year}-{self.invoice_count:06d}"
        # The newest invoice of some missions waits at an early step, so that the
        # sample shows every status.
        newest = position == count - 1
        waits_at = {
            1: InvoiceStatus.TO_IMPORT,
            2: InvoiceStatus.SPECIMEN,
            3: InvoiceStatus.IN_REVIEW,
        }
        if newest and waits_at.get(index % len(TEMPLATES)) is InvoiceStatus.TO_IMPORT:
            return events
        if invoice.invoicing_mode is InvoicingMode.MANUAL_IMPORT:
            if not step(InvoiceStatus.IN_REVIEW, on + timedelta(days=2), "Facture importée"):
                return events
            if newest and waits_at.get(index % len(TEMPLATES)) is InvoiceStatus.IN_REVIEW:
                return events
            if position == count - 3 and not step(
                InvoiceStatus.TO_IMPORT, on + timedelta(days=3), "SIRET absent de la facture"
            ):
                return events
            if invoice.status is InvoiceStatus.TO_IMPORT and not step(
                InvoiceStatus.IN_REVIEW, on + timedelta(days=4), "Facture corrigée importée"
            ):
                return events
            final_on = on + timedelta(days=5)
            if final_on > self.today:
                return events
            invoice.clock_start = final_on
            refresh_payment_window(invoice)
        elif newest and waits_at.get(index % len(TEMPLATES)) is InvoiceStatus.SPECIMEN:
            return events
        else:
            final_on = on + timedelta(days=2)
        if position == count // 2 and index % len(TEMPLATES) == 2:
            step(InvoiceStatus.CANCELLED, on + timedelta(days=1), "Erreur de taux, avoir émis")
            return events
        if not step(InvoiceStatus.FINAL, final_on, "Facture définitive envoyée au client"):
            return events
        invoice.number = number
        assert invoice.pay_earliest is not None
        assert invoice.pay_latest is not None
        # One invoice per mission stays unpaid past its date: the overdue case.
        overdue = position == count - 4
        paid_on = invoice.pay_earliest + timedelta(
            days=self.rng.randint(0, (invoice.pay_latest - invoice.pay_earliest).days)
        )
        if not overdue and step(InvoiceStatus.PAID, paid_on, "Virement reçu"):
            invoice.paid_on = paid_on
            invoice.paid_amount_cents = invoice.net_cents
        return events

    @staticmethod
    def event(
        invoice: Invoice,
        from_status: InvoiceStatus | None,
        to_status: InvoiceStatus,
        on: date,
        note: str,
    ) -> dict[str, Any]:
        return {
            "invoice_id": invoice.id,
            "happened_on": on,
            "from_status": from_status,
            "to_status": to_status,
            "note": note,
        }


def fill_demo(
    engine: Engine,
    *,
    missions: int = len(TEMPLATES),
    months: int = 18,
    today: date | None = None,
    seed: int = 2026,
) -> DemoSummary:
    """Fill an empty database with the sample data set; refuses a database with missions."""
    if missions < 1 or months < 2:
        raise ValueError("The sample needs at least one mission and two months.")
    today = today or date.today()
    with unit_of_work(engine) as session:
        if session.exec(select(func.count()).select_from(Mission)).one():
            raise ValueError("The sample data can only fill an empty database.")
        writer = _DemoWriter(session, today, random.Random(seed))
        start = _month_start(today, months - 1)
        invoices = 0
        for index in range(missions):
            mission = _mission(TEMPLATES[index % len(TEMPLATES)], index, start)
            invoices += writer.write_mission(mission, index, months)
    return DemoSummary(missions=missions, cras=missions * months, invoices=invoices)
