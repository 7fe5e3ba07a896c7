"""Missions in the store: defaults (R1, R2), validation, the option lock (R2), snapshots (R8)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from connect_desktop.domain.errors import DomainError
from connect_desktop.domain.invoice import InvoicingMode
from connect_desktop.domain.payment import PaymentOption, Regime
from connect_desktop.store.cras import create_cra, reject_cra, set_day, submit_cra
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.invoices import get_invoice
from connect_desktop.store.missions import (
    OptionLockedError,
    archive_mission,
    cra_count,
    create_mission,
    get_mission,
    list_missions,
    update_mission,
    validated_cra_count,
)
from connect_desktop.store.models import Invoice, Mission
from connect_desktop.store.profile import save_profile

# The factories come from tests/store/conftest.py.
MakeMission = Callable[..., int]
MakeCra = Callable[..., int]
ValidateCra = Callable[..., tuple[int, int]]

PREDICTABLE_SIGNED_ON = date(2025, 12, 15)  # the make_mission default (R1: PREDICTABLE)
LEGACY_SIGNED_ON = date(2025, 2, 10)  # before the 2025-04-28 cut-off (R1: LEGACY)
JUNE_2026 = [date(2026, 6, day) for day in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12)]


def _mission_fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "title": "Migration Kubernetes",
        "client_name": "Assurances Exemple",
        "start_on": date(2026, 2, 2),
        "end_on": date(2026, 7, 31),
        "daily_rate": Decimal("650"),
        "signed_on": PREDICTABLE_SIGNED_ON,
    }
    fields.update(overrides)
    return fields


def _missions(engine: Engine) -> list[Mission]:
    with read_session(engine) as session:
        return list(session.exec(select(Mission)))


def _mission(engine: Engine, mission_id: int) -> Mission:
    with read_session(engine) as session:
        return get_mission(session, mission_id)


# --- Creation ------------------------------------------------------------------------


def test_r2_legacy_mission_defaults_to_on_client_payment(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        mission = create_mission(session, **_mission_fields(signed_on=LEGACY_SIGNED_ON))
    saved = _mission(engine, mission.id)
    assert saved.regime is Regime.LEGACY
    assert saved.payment_option is PaymentOption.ON_CLIENT_PAYMENT


def test_r2_predictable_mission_defaults_to_basic(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        mission = create_mission(session, **_mission_fields(signed_on=date(2025, 4, 28)))
    saved = _mission(engine, mission.id)
    assert saved.regime is Regime.PREDICTABLE
    assert saved.payment_option is PaymentOption.BASIC


def test_mission_defaults(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        mission = create_mission(session, **_mission_fields(end_on=None))
    saved = _mission(engine, mission.id)
    assert saved.invoicing_mode is InvoicingMode.PLATFORM
    assert saved.weekend_work is False
    assert saved.client_term_days == 30
    assert saved.archived is False
    assert saved.end_on is None
    assert saved.created_at is not None


@pytest.mark.parametrize("based_in_france", [True, False])
def test_r1_mission_copies_based_in_france_from_the_profile(
    engine: Engine, based_in_france: bool
) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, based_in_france=based_in_france)
    with unit_of_work(engine) as session:
        mission = create_mission(session, **_mission_fields(signed_on=date(2026, 1, 12)))
    saved = _mission(engine, mission.id)
    assert saved.based_in_france is based_in_france
    expected = Regime.PREDICTABLE if based_in_france else Regime.LEGACY
    assert saved.regime is expected
    default = PaymentOption.BASIC if based_in_france else PaymentOption.ON_CLIENT_PAYMENT
    assert saved.payment_option is default


def test_r1_explicit_based_in_france_wins_over_the_profile(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        save_profile(session, based_in_france=True)
        mission = create_mission(session, **_mission_fields(based_in_france=False))
    saved = _mission(engine, mission.id)
    assert saved.based_in_france is False
    assert saved.regime is Regime.LEGACY


def test_r1_later_profile_change_keeps_the_missions_regime(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        mission = create_mission(session, **_mission_fields(payment_option=PaymentOption.FLASH))
    with unit_of_work(engine) as session:
        save_profile(session, based_in_france=False)
    saved = _mission(engine, mission.id)
    assert saved.based_in_france is True
    assert saved.regime is Regime.PREDICTABLE
    assert saved.payment_option is PaymentOption.FLASH


def test_r4_daily_rate_is_stored_as_integer_cents(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        mission = create_mission(session, **_mission_fields(daily_rate=Decimal("612.505")))
    saved = _mission(engine, mission.id)
    assert saved.daily_rate_cents == 61251  # ROUND_HALF_UP to the cent
    assert saved.daily_rate == Decimal("612.51")


def test_r4_mission_rate_refuses_a_float(engine: Engine) -> None:
    with pytest.raises(TypeError), unit_of_work(engine) as session:
        create_mission(session, **_mission_fields(daily_rate=600.0))
    assert _missions(engine) == []


def test_mission_extra_fields_are_saved(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        mission = create_mission(
            session,
            **_mission_fields(
                signed_on=LEGACY_SIGNED_ON,
                payment_option=PaymentOption.IMMEDIATE,
                invoicing_mode=InvoicingMode.MANUAL_IMPORT,
                weekend_work=True,
                client_term_days=45,
                lbc_reference="LBC-2026-001",
            ),
        )
    saved = _mission(engine, mission.id)
    assert saved.payment_option is PaymentOption.IMMEDIATE
    assert saved.invoicing_mode is InvoicingMode.MANUAL_IMPORT
    assert saved.weekend_work is True
    assert saved.client_term_days == 45
    assert saved.lbc_reference == "LBC-2026-001"


@pytest.mark.parametrize(
    "overrides",
    [
        pytest.param({"title": ""}, id="empty-title"),
        pytest.param({"title": "   "}, id="blank-title"),
        pytest.param({"client_name": " "}, id="blank-client"),
        pytest.param({"daily_rate": Decimal("0")}, id="rate-zero"),
        pytest.param({"daily_rate": Decimal("-100")}, id="rate-negative"),
        pytest.param({"start_on": date(2026, 3, 2), "end_on": date(2026, 3, 1)}, id="end-first"),
        pytest.param({"client_term_days": 0}, id="term-zero"),
        pytest.param(
            {"payment_option": PaymentOption.IMMEDIATE}, id="legacy-option-on-predictable"
        ),
        pytest.param(
            {"payment_option": PaymentOption.ON_CLIENT_PAYMENT},
            id="on-client-payment-on-predictable",
        ),
        pytest.param(
            {"signed_on": LEGACY_SIGNED_ON, "payment_option": PaymentOption.FLASH},
            id="predictable-option-on-legacy",
        ),
        pytest.param(
            {"based_in_france": False, "payment_option": PaymentOption.EXPRESS},
            id="predictable-option-abroad",
        ),
    ],
)
def test_invalid_mission_is_refused_and_nothing_is_saved(
    engine: Engine, overrides: dict[str, Any]
) -> None:
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        create_mission(session, **_mission_fields(**overrides))
    assert _missions(engine) == []


# --- Update and the option lock (R2) ---------------------------------------------------


def test_r2_option_can_change_before_any_validated_cra(
    engine: Engine, make_mission: MakeMission, make_cra: MakeCra
) -> None:
    mission_id = make_mission()
    make_cra(mission_id, 2026, 5, [date(2026, 5, 4)])  # a draft
    make_cra(mission_id, 2026, 6, JUNE_2026, submitted_on=date(2026, 6, 30))  # submitted

    with unit_of_work(engine) as session:
        assert validated_cra_count(session, mission_id) == 0
        update_mission(session, mission_id, payment_option=PaymentOption.FLASH)

    assert _mission(engine, mission_id).payment_option is PaymentOption.FLASH


def test_r2_option_can_change_while_the_only_cra_is_rejected(
    engine: Engine, make_mission: MakeMission, make_cra: MakeCra
) -> None:
    mission_id = make_mission()
    cra_id = make_cra(mission_id, 2026, 6, JUNE_2026, submitted_on=date(2026, 6, 30))
    with unit_of_work(engine) as session:
        reject_cra(session, cra_id, date(2026, 7, 2), "Il manque le 12/06")
    with unit_of_work(engine) as session:
        update_mission(session, mission_id, payment_option=PaymentOption.BASIC)
    assert _mission(engine, mission_id).payment_option is PaymentOption.BASIC


def test_r2_option_is_locked_after_a_validated_cra(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission(payment_option=PaymentOption.EXPRESS)
    validated_cra(mission_id, 2026, 6, JUNE_2026, date(2026, 6, 30), date(2026, 7, 2))

    with read_session(engine) as session:
        assert validated_cra_count(session, mission_id) == 1
    with pytest.raises(OptionLockedError), unit_of_work(engine) as session:
        update_mission(session, mission_id, payment_option=PaymentOption.FLASH)

    assert _mission(engine, mission_id).payment_option is PaymentOption.EXPRESS


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"signed_on": LEGACY_SIGNED_ON}, id="signature-date"),
        pytest.param({"based_in_france": False}, id="residence"),
        pytest.param(
            {"signed_on": LEGACY_SIGNED_ON, "payment_option": PaymentOption.ON_CLIENT_PAYMENT},
            id="signature-and-option",
        ),
    ],
)
def test_r2_regime_change_is_locked_after_a_validated_cra(
    engine: Engine,
    make_mission: MakeMission,
    validated_cra: ValidateCra,
    change: dict[str, Any],
) -> None:
    mission_id = make_mission()
    validated_cra(mission_id, 2026, 6, JUNE_2026, date(2026, 6, 30), date(2026, 7, 2))

    with pytest.raises(OptionLockedError), unit_of_work(engine) as session:
        update_mission(session, mission_id, **change)

    saved = _mission(engine, mission_id)
    assert saved.signed_on == PREDICTABLE_SIGNED_ON
    assert saved.based_in_france is True
    assert saved.payment_option is PaymentOption.EXPRESS


def test_r2_setting_the_same_option_again_is_not_a_change(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission(payment_option=PaymentOption.EXPRESS)
    validated_cra(mission_id, 2026, 6, JUNE_2026, date(2026, 6, 30), date(2026, 7, 2))
    with unit_of_work(engine) as session:
        update_mission(
            session, mission_id, payment_option=PaymentOption.EXPRESS, notes="Renouvelée"
        )
    assert _mission(engine, mission_id).notes == "Renouvelée"


def test_r2_other_fields_stay_editable_after_a_validated_cra(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission()
    validated_cra(mission_id, 2026, 6, JUNE_2026, date(2026, 6, 30), date(2026, 7, 2))
    with unit_of_work(engine) as session:
        update_mission(
            session,
            mission_id,
            title="Migration Kubernetes (phase 2)",
            end_on=date(2027, 6, 30),
            daily_rate=Decimal("680"),
        )
    saved = _mission(engine, mission_id)
    assert saved.title == "Migration Kubernetes (phase 2)"
    assert saved.end_on == date(2027, 6, 30)
    assert saved.daily_rate_cents == 68000


def test_r2_option_of_the_other_regime_is_refused_on_update(
    engine: Engine, make_mission: MakeMission
) -> None:
    mission_id = make_mission()
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        update_mission(session, mission_id, payment_option=PaymentOption.IMMEDIATE)
    assert _mission(engine, mission_id).payment_option is PaymentOption.EXPRESS


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"title": ""}, id="empty-title"),
        pytest.param({"daily_rate": Decimal("0")}, id="rate-zero"),
        pytest.param({"end_on": date(2025, 12, 31)}, id="end-before-start"),
        pytest.param({"client_term_days": -30}, id="negative-term"),
    ],
)
def test_invalid_update_is_refused_and_nothing_changes(
    engine: Engine, make_mission: MakeMission, change: dict[str, Any]
) -> None:
    mission_id = make_mission()
    before = _mission(engine, mission_id)
    with pytest.raises(DomainError), unit_of_work(engine) as session:
        update_mission(session, mission_id, **change)
    after = _mission(engine, mission_id)
    assert after.model_dump() == before.model_dump()


def test_update_refuses_unknown_fields(engine: Engine, make_mission: MakeMission) -> None:
    mission_id = make_mission()
    with pytest.raises(AttributeError), unit_of_work(engine) as session:
        update_mission(session, mission_id, colour="blue")
    with pytest.raises(AttributeError), unit_of_work(engine) as session:
        update_mission(session, mission_id, id=99)


def test_r8_changing_the_rate_never_changes_a_past_invoice(
    engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra
) -> None:
    mission_id = make_mission(daily_rate=Decimal("600"))
    _cra_id, invoice_id = validated_cra(
        mission_id, 2026, 6, JUNE_2026, date(2026, 6, 30), date(2026, 7, 2)
    )
    with read_session(engine) as session:
        before = get_invoice(session, invoice_id)

    with unit_of_work(engine) as session:
        update_mission(session, mission_id, daily_rate=Decimal("750"), client_term_days=60)

    with read_session(engine) as session:
        after = get_invoice(session, invoice_id)
        assert get_mission(session, mission_id).daily_rate_cents == 75000
    assert after.daily_rate_cents == 60000
    assert after.amount_ht_cents == before.amount_ht_cents == 10 * 60000
    assert after.vat_cents == before.vat_cents
    assert after.amount_ttc_cents == before.amount_ttc_cents
    assert after.fee_cents == before.fee_cents
    assert after.net_cents == before.net_cents
    assert after.client_term_days == before.client_term_days
    assert (after.pay_earliest, after.pay_latest) == (before.pay_earliest, before.pay_latest)


# --- Archive, list, counts ---------------------------------------------------------


def test_archived_missions_are_kept_and_can_be_hidden(
    engine: Engine, make_mission: MakeMission
) -> None:
    current = make_mission(title="Mission en cours")
    old = make_mission(title="Ancienne mission", start_on=date(2026, 1, 5))
    with unit_of_work(engine) as session:
        archive_mission(session, old)
    with read_session(engine) as session:
        assert {m.id for m in list_missions(session)} == {current, old}
        assert [m.id for m in list_missions(session, include_archived=False)] == [current]
    with unit_of_work(engine) as session:
        archive_mission(session, old, archived=False)
    with read_session(engine) as session:
        assert len(list_missions(session, include_archived=False)) == 2


def test_missions_are_listed_newest_first(engine: Engine, make_mission: MakeMission) -> None:
    january = make_mission(start_on=date(2026, 1, 5))
    march = make_mission(start_on=date(2026, 3, 2))
    february = make_mission(start_on=date(2026, 2, 2))
    with read_session(engine) as session:
        assert [m.id for m in list_missions(session)] == [march, february, january]


def test_unknown_mission_is_a_domain_error(engine: Engine) -> None:
    with read_session(engine) as session, pytest.raises(DomainError):
        get_mission(session, 404)


def test_cra_counts(engine: Engine, make_mission: MakeMission, validated_cra: ValidateCra) -> None:
    mission_id = make_mission()
    validated_cra(mission_id, 2026, 6, JUNE_2026, date(2026, 6, 30), date(2026, 7, 2))
    with unit_of_work(engine) as session:
        cra = create_cra(session, mission_id, 2026, 7)
        set_day(session, cra.id, date(2026, 7, 1), 2)
        submit_cra(session, cra.id, date(2026, 7, 31))
    with read_session(engine) as session:
        assert cra_count(session, mission_id) == 2
        assert validated_cra_count(session, mission_id) == 1
        assert len(session.exec(select(Invoice)).all()) == 1
