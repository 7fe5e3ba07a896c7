"""Missions: create, update (with the option lock of R2), archive, list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func
from sqlmodel import Session, col, select

from connect_desktop.domain.cra import CraStatus
from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.invoice import InvoicingMode
from connect_desktop.domain.mission import check_mission_dates, option_is_locked
from connect_desktop.domain.money import to_cents
from connect_desktop.domain.payment import (
    PaymentOption,
    check_daily_rate,
    default_option,
    options_for,
    regime_for,
)
from connect_desktop.store.models import Cra, Mission
from connect_desktop.store.profile import get_profile


class OptionLockedError(DomainError):
    """The payment option cannot change once the mission has a validated CRA (R2)."""


def _check(mission: Mission) -> None:
    if not mission.title.strip():
        raise DomainError("A mission needs a title.")
    if not mission.client_name.strip():
        raise DomainError("A mission needs a client.")
    if mission.daily_rate_cents <= 0:
        raise DomainError("The daily rate must be above zero.")
    check_mission_dates(mission.start_on, mission.end_on)
    if mission.client_term_days <= 0:
        raise DomainError("The client payment term must be above zero.")
    allowed = options_for(mission.regime)
    if mission.payment_option not in allowed:
        raise DomainError(
            f"The {mission.payment_option.value} option does not exist under the "
            f"{mission.regime.value} regime; choose one of: {', '.join(allowed)}."
        )


def create_mission(
    session: Session,
    *,
    title: str,
    client_name: str,
    start_on: date,
    daily_rate: Decimal,
    signed_on: date,
    end_on: date | None = None,
    payment_option: PaymentOption | None = None,
    based_in_france: bool | None = None,
    invoicing_mode: InvoicingMode = InvoicingMode.PLATFORM,
    **extra: object,
) -> Mission:
    """A new mission; where the freelancer is based defaults to the profile's answer."""
    if based_in_france is None:
        based_in_france = get_profile(session).based_in_france
    regime = regime_for(signed_on, based_in_france)
    mission = Mission(
        title=title,
        client_name=client_name,
        start_on=start_on,
        end_on=end_on,
        daily_rate_cents=to_cents(check_daily_rate(daily_rate)),
        signed_on=signed_on,
        based_in_france=based_in_france,
        payment_option=payment_option or default_option(regime),
        invoicing_mode=invoicing_mode,
        **extra,
    )
    _check(mission)
    session.add(mission)
    session.flush()
    return mission


def validated_cra_count(session: Session, mission_id: int) -> int:
    query = select(func.count()).where(
        Cra.mission_id == mission_id, Cra.status == CraStatus.VALIDATED
    )
    return session.exec(query).one()


def cra_count(session: Session, mission_id: int) -> int:
    return session.exec(select(func.count()).where(Cra.mission_id == mission_id)).one()


def update_mission(session: Session, mission_id: int, **fields: object) -> Mission:
    """Change a mission's fields; amounts of past invoices are never touched (R8).

    Raises ``OptionLockedError`` when the payment option, the signature date or the
    place of residence would change the option of a mission with a validated CRA.
    """
    mission = get_mission(session, mission_id)
    before = (mission.payment_option, mission.regime)
    if "daily_rate" in fields:
        fields["daily_rate_cents"] = to_cents(check_daily_rate(fields.pop("daily_rate")))  # type: ignore[arg-type]
    for name, value in fields.items():
        if name not in Mission.model_fields or name == "id":
            raise AttributeError(f"Mission has no field {name!r}.")
        setattr(mission, name, value)
    if (mission.payment_option, mission.regime) != before and option_is_locked(
        validated_cra_count(session, mission_id)
    ):
        raise OptionLockedError(
            "The payment option is locked: this mission already has a validated CRA."
        )
    _check(mission)
    session.add(mission)
    session.flush()
    return mission


def archive_mission(session: Session, mission_id: int, archived: bool = True) -> Mission:
    """Archive (or bring back) a mission; missions are never deleted once they have CRAs."""
    mission = get_mission(session, mission_id)
    mission.archived = archived
    session.add(mission)
    session.flush()
    return mission


def get_mission(session: Session, mission_id: int) -> Mission:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise DomainError(f"There is no mission {mission_id}.")
    return mission


def list_missions(session: Session, *, include_archived: bool = True) -> list[Mission]:
    query = select(Mission).order_by(col(Mission.start_on).desc(), col(Mission.id))
    if not include_archived:
        query = query.where(col(Mission.archived).is_(False))
    return list(session.exec(query))
