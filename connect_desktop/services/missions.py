"""Missions as the window sees them: plain objects in, plain objects out.

Each function opens its own unit of work, so that the UI can run it off its thread
and never holds a database session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.invoice import InvoiceKind, InvoiceStatus, InvoicingMode
from connect_desktop.domain.mission import MissionStatus, mission_status
from connect_desktop.domain.money import from_cents, halves_to_days
from connect_desktop.domain.payment import (
    DEFAULT_VAT_RATE,
    PaymentOption,
    Regime,
    RegimeReason,
    regime_reason,
)
from connect_desktop.store import missions as mission_store
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.models import Cra, Invoice, Mission, Profile
from connect_desktop.store.profile import vat_rate_of


@dataclass(frozen=True, slots=True)
class MissionDraft:
    """What the mission editor holds; ``id`` is None for a new mission."""

    title: str
    client_name: str
    start_on: date
    daily_rate: Decimal
    signed_on: date
    payment_option: PaymentOption
    based_in_france: bool = True
    end_on: date | None = None
    lbc_reference: str = ""
    client_address: str = ""
    invoicing_mode: InvoicingMode = InvoicingMode.PLATFORM
    weekend_work: bool = False
    client_term_days: int = 30
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class MissionView:
    """A saved mission with what the table and the chooser derive from it."""

    draft: MissionDraft
    regime: Regime
    regime_reason: RegimeReason
    status: MissionStatus
    archived: bool
    cra_count: int
    validated_cra_count: int
    # Days of the newest invoice, if any: the chooser's "typical month".
    last_cra_days: Decimal | None = field(default=None)

    @property
    def id(self) -> int:
        assert self.draft.id is not None
        return self.draft.id

    @property
    def option_locked(self) -> bool:
        return self.validated_cra_count > 0


# The fields a draft shares with the Mission table under the same name.
_SHARED_FIELDS = tuple(
    name for name in MissionDraft.__dataclass_fields__ if name not in ("id", "daily_rate")
)
_TRIMMED_FIELDS = ("title", "client_name", "client_address", "lbc_reference")


def _draft_of(mission: Mission) -> MissionDraft:
    shared = {name: getattr(mission, name) for name in _SHARED_FIELDS}
    return MissionDraft(id=mission.id, daily_rate=from_cents(mission.daily_rate_cents), **shared)


def _view_of(
    mission: Mission, counts: dict[int, tuple[int, int]], last_days: dict[int, Decimal], today: date
) -> MissionView:
    assert mission.id is not None
    total, validated = counts.get(mission.id, (0, 0))
    return MissionView(
        draft=_draft_of(mission),
        regime=mission.regime,
        regime_reason=regime_reason(mission.signed_on, mission.based_in_france),
        status=mission_status(mission.start_on, mission.end_on, mission.archived, today),
        archived=mission.archived,
        cra_count=total,
        validated_cra_count=validated,
        last_cra_days=last_days.get(mission.id),
    )


def _last_invoiced_days(session: Session, mission_id: int | None) -> dict[int, Decimal]:
    """Days billed by each mission's newest invoice: the chooser's "typical month".

    One pass over the invoices: with a single ``max()``, SQLite takes the other columns
    of a group from the row that holds the maximum."""
    query = select(Invoice.mission_id, Invoice.days_halves, func.max(Invoice.period_start)).where(
        col(Invoice.kind) == InvoiceKind.INVOICE, col(Invoice.status) != InvoiceStatus.CANCELLED
    )
    if mission_id is not None:
        query = query.where(Invoice.mission_id == mission_id)
    rows = session.exec(query.group_by(col(Invoice.mission_id))).all()
    return {mission: halves_to_days(halves) for mission, halves, _newest in rows}


def _cra_counts(session: Session, mission_id: int | None) -> dict[int, tuple[int, int]]:
    """(CRAs, validated CRAs) of each mission that has any."""
    validated = func.sum(func.iif(Cra.status == CraStatus.VALIDATED, 1, 0))
    query = select(Cra.mission_id, func.count(), validated)
    if mission_id is not None:
        query = query.where(Cra.mission_id == mission_id)
    rows = session.exec(query.group_by(Cra.mission_id)).all()
    return {mission: (total, done or 0) for mission, total, done in rows}


def load_missions(engine: Engine, today: date) -> list[MissionView]:
    """Every mission, newest first, with its CRA counts, in three queries."""
    with read_session(engine) as session:
        missions = mission_store.list_missions(session)
        counts = _cra_counts(session, None)
        last_days = _last_invoiced_days(session, None)
        return [_view_of(mission, counts, last_days, today) for mission in missions]


def load_mission(engine: Engine, mission_id: int, today: date) -> MissionView:
    """One mission, as ``load_missions`` shows it (reading only its own rows)."""
    with read_session(engine) as session:
        mission = mission_store.get_mission(session, mission_id)
        counts = _cra_counts(session, mission_id)
        last_days = _last_invoiced_days(session, mission_id)
        return _view_of(mission, counts, last_days, today)


def save_mission(engine: Engine, draft: MissionDraft, today: date) -> MissionView:
    """Create or update a mission; domain errors (``ValueError``) leave nothing written."""
    fields = {name: getattr(draft, name) for name in _SHARED_FIELDS}
    fields.update({name: fields[name].strip() for name in _TRIMMED_FIELDS})
    with unit_of_work(engine) as session:
        if draft.id is None:
            mission = mission_store.create_mission(session, daily_rate=draft.daily_rate, **fields)  # type: ignore[arg-type]
        else:
            mission = mission_store.update_mission(
                session, draft.id, daily_rate=draft.daily_rate, **fields
            )
        mission_id = mission.id
    assert mission_id is not None
    return load_mission(engine, mission_id, today)


def set_archived(engine: Engine, mission_id: int, archived: bool, today: date) -> MissionView:
    with unit_of_work(engine) as session:
        mission_store.archive_mission(session, mission_id, archived)
    return load_mission(engine, mission_id, today)


class ProfileBasics(NamedTuple):
    """What the mission editor needs from the profile (R1 residence, R4 VAT, R6 zone)."""

    based_in_france: bool = True
    vat_rate: Decimal = DEFAULT_VAT_RATE
    zone: str | None = None


def load_profile_basics(engine: Engine) -> ProfileBasics:
    """The profile's answers that new missions and quotes depend on (defaults if no profile)."""
    with read_session(engine) as session:
        profile = session.exec(select(Profile)).first()
        if profile is None:
            return ProfileBasics()
        return ProfileBasics(profile.based_in_france, vat_rate_of(profile), profile.holiday_zone)
