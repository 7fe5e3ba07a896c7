"""Fixtures for the store tests: missions and CRAs built through the store's own functions.

Every factory runs its own unit of work and returns ids, so that each test reads the
result back in a fresh session, as the application does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine

from connect_desktop.domain.invoice import InvoicingMode
from connect_desktop.domain.payment import PaymentOption
from connect_desktop.store.cras import create_cra, set_day, submit_cra, validate_cra
from connect_desktop.store.database import unit_of_work
from connect_desktop.store.missions import create_mission

# Signed after the 2025-04-28 cut-off by a France-based freelancer: PREDICTABLE (R1).
# The test modules repeat this value: they do not import from conftest.
PREDICTABLE_SIGNED_ON = date(2025, 12, 15)

MakeMission = Callable[..., int]
MakeCra = Callable[..., int]
ValidateCra = Callable[..., tuple[int, int]]


@pytest.fixture
def make_mission(engine: Engine) -> MakeMission:
    """A mission (PREDICTABLE, Express, 600 € a day, all of 2026 by default); returns its id."""

    def make(**overrides: Any) -> int:
        fields: dict[str, Any] = {
            "title": "Refonte du SI de facturation",
            "client_name": "Banque Exemple SA",
            "start_on": date(2026, 1, 5),
            "end_on": date(2026, 12, 31),
            "daily_rate": Decimal("600"),
            "signed_on": PREDICTABLE_SIGNED_ON,
            "payment_option": PaymentOption.EXPRESS,
            "invoicing_mode": InvoicingMode.PLATFORM,
        }
        fields.update(overrides)
        with unit_of_work(engine) as session:
            mission = create_mission(session, **fields)
            assert mission.id is not None
            return mission.id

    return make


@pytest.fixture
def make_cra(engine: Engine) -> MakeCra:
    """A draft CRA holding ``days`` ({date: halves}); submitted when ``submitted_on`` is given."""

    def make(
        mission_id: int,
        year: int,
        month: int,
        days: dict[date, int] | Iterable[date] = (),
        submitted_on: date | None = None,
    ) -> int:
        entries = days if isinstance(days, dict) else dict.fromkeys(days, 2)
        with unit_of_work(engine) as session:
            cra = create_cra(session, mission_id, year, month)
            assert cra.id is not None
            for day, halves in entries.items():
                set_day(session, cra.id, day, halves)
            if submitted_on is not None:
                submit_cra(session, cra.id, submitted_on)
            return cra.id

    return make


@pytest.fixture
def validated_cra(make_cra: MakeCra, engine: Engine) -> ValidateCra:
    """A CRA filled, submitted and validated by the client; returns (cra id, invoice id)."""

    def make(
        mission_id: int,
        year: int,
        month: int,
        days: dict[date, int] | Iterable[date],
        submitted_on: date,
        validated_on: date,
    ) -> tuple[int, int]:
        cra_id = make_cra(mission_id, year, month, days, submitted_on=submitted_on)
        with unit_of_work(engine) as session:
            invoice = validate_cra(session, cra_id, validated_on)
            assert invoice.id is not None
            return cra_id, invoice.id

    return make
