"""The month snapshot read in a few Core queries: what the ORM objects used to give."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine

from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.invoice import InvoiceStatus
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.services import cra as cra_service
from connect_desktop.services.invoice_actions import cancel_invoice
from connect_desktop.store.cras import create_cra, set_day, submit_cra, validate_cra
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.missions import create_mission
from connect_desktop.store.profile import save_profile

TODAY = date(2026, 11, 28)


def new_mission(engine: Engine) -> int:
    with unit_of_work(engine) as session:
        mission = create_mission(
            session,
            title="Refonte du SI de facturation",
            client_name="Banque Exemple SA",
            start_on=date(2025, 6, 2),
            daily_rate=Decimal("600"),
            signed_on=date(2025, 5, 20),
            payment_option=PaymentOption.EXPRESS,
        )
        assert mission.id is not None
        return mission.id


def test_a_mission_that_does_not_exist_is_refused(engine: Engine) -> None:
    with pytest.raises(DomainError):
        cra_service.load_cra_month(engine, 404, 2026, 11, TODAY)


def test_r4_the_quote_follows_the_vat_franchise(engine: Engine) -> None:
    mission_id = new_mission(engine)
    with unit_of_work(engine) as session:
        save_profile(session, vat_franchise=True)
    result = cra_service.set_days(engine, mission_id, 2026, 11, {date(2026, 11, 2): 2}, TODAY)
    assert result.figures is not None
    assert result.figures.vat == Decimal("0.00")
    assert result.figures.amount_ttc == result.figures.amount_ht == Decimal("600.00")


def test_r8_once_its_invoice_is_cancelled_the_month_is_quoted_again(engine: Engine) -> None:
    """The month shows its invoice's snapshot until that invoice is cancelled."""
    mission_id = new_mission(engine)
    with unit_of_work(engine) as session:
        cra = create_cra(session, mission_id, 2026, 10)
        assert cra.id is not None
        set_day(session, cra.id, date(2026, 10, 5), 2)
        submit_cra(session, cra.id, date(2026, 10, 30))
        invoice_id = validate_cra(session, cra.id, date(2026, 11, 2)).id
    assert invoice_id is not None
    validated = cra_service.load_cra_month(engine, mission_id, 2026, 10, TODAY)
    assert validated.invoice_id == invoice_id
    assert validated.invoice_status is InvoiceStatus.SPECIMEN
    cancel_invoice(engine, invoice_id, TODAY, "Erreur de jours", today=TODAY)
    after = cra_service.load_cra_month(engine, mission_id, 2026, 10, TODAY)
    assert after.invoice_id is None
    assert after.figures is not None
    assert after.figures.hypothetical  # quoted again, as if validated today
