"""The freelancer's profile: a single row, created on first use (DESIGN.md section 3)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.models import Profile
from connect_desktop.store.profile import get_profile, profile_is_empty, save_profile, vat_rate_of


def test_profile_is_created_once_on_first_use(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        first = get_profile(session)
        again = get_profile(session)
        assert first is again
    with unit_of_work(engine) as session:
        get_profile(session)
    with read_session(engine) as session:
        assert len(session.exec(select(Profile)).all()) == 1


def test_profile_defaults(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        profile = get_profile(session)
    assert profile.based_in_france is True
    assert profile.vat_franchise is False
    assert profile.legal_form == "EI"
    assert profile.holiday_zone is None
    assert profile.language is None


def test_save_profile_updates_the_single_row(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, full_name="Camille Martin", siret="73282932000074")
    with unit_of_work(engine) as session:
        before = get_profile(session).updated_at
        save_profile(session, city="Lyon", holiday_zone="57")
    with read_session(engine) as session:
        rows = session.exec(select(Profile)).all()
    assert len(rows) == 1
    profile = rows[0]
    assert (profile.full_name, profile.siret, profile.city) == (
        "Camille Martin",
        "73282932000074",
        "Lyon",
    )
    assert profile.holiday_zone == "57"
    # Both are UTC; compare them whether or not they carry the tzinfo.
    assert profile.updated_at.replace(tzinfo=None) >= before.replace(tzinfo=None)


@pytest.mark.parametrize("name", ["colour", "id"])
def test_save_profile_refuses_unknown_fields_and_changes_nothing(engine: Engine, name: str) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, full_name="Camille Martin")
    with pytest.raises(AttributeError), unit_of_work(engine) as session:
        save_profile(session, full_name="Autre", **{name: 2})
    with read_session(engine) as session:
        profile = session.exec(select(Profile)).one()
    assert profile.full_name == "Camille Martin"
    assert profile.id == 1


def test_profile_is_empty_until_it_has_a_name_or_a_siret(engine: Engine) -> None:
    with read_session(engine) as session:
        assert profile_is_empty(session)
    with unit_of_work(engine) as session:
        get_profile(session)
        assert profile_is_empty(session)
        save_profile(session, siret="73282932000074")
        assert not profile_is_empty(session)


def test_r4_vat_rate_of_the_profile(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        profile = get_profile(session)
        assert vat_rate_of(profile) == Decimal("0.20")
        save_profile(session, vat_franchise=True)
        assert vat_rate_of(profile) == Decimal("0")
