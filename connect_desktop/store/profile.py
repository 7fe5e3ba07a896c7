"""The freelancer's profile: a single row, created on first use."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel import Session, select

from connect_desktop.domain.calendar import check_zone
from connect_desktop.domain.payment import vat_rate_for
from connect_desktop.store.models import Profile, utc_now


def get_profile(session: Session) -> Profile:
    """The profile row, created empty the first time it is asked for."""
    profile = session.exec(select(Profile)).first()
    if profile is None:
        profile = Profile()
        session.add(profile)
        session.flush()
    return profile


def save_profile(session: Session, **fields: object) -> Profile:
    """Update the profile's fields (unknown names raise ``AttributeError``)."""
    profile = get_profile(session)
    for name, value in fields.items():
        if name not in Profile.model_fields or name == "id":
            raise AttributeError(f"Profile has no field {name!r}.")
        setattr(profile, name, value)
    check_zone(profile.holiday_zone)
    profile.updated_at = utc_now()
    session.add(profile)
    session.flush()
    return profile


def profile_is_empty(session: Session) -> bool:
    """True until the freelancer has at least given a name or a SIRET."""
    profile = session.exec(select(Profile)).first()
    return profile is None or not (profile.full_name or profile.siret)


def vat_rate_of(profile: Profile) -> Decimal:
    """R4: the VAT rate of this freelancer's invoices."""
    return vat_rate_for(profile.vat_franchise)
