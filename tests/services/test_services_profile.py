"""The profile service: stdnum checks, normalisation, and saving all or nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import Engine, func
from sqlmodel import select

from connect_desktop.services.profile import (
    LEGAL_FORMS,
    ProfileData,
    ProfileInvalid,
    for_display,
    load_profile,
    normalise_profile,
    save_profile,
    validate_profile,
)
from connect_desktop.store.database import read_session
from connect_desktop.store.models import Profile

VALID = ProfileData(
    full_name="Camille Martin",
    legal_form="EI",
    trade_name="CM Conseil",
    siret="90765432100005",
    address_line1="18 rue des Lilas",
    address_line2="Bâtiment B",
    postcode="44000",
    city="Nantes",
    country="France",
    email="camille.martin@example.fr",
    phone="+33 6 12 34 56 78",
    based_in_france=True,
    vat_franchise=False,
    vat_number="FR24907654321",
    iban="FR7630006000011234567890189",
    bic="BNPAFRPP",
    invoice_prefix="CM-",
    holiday_zone="57",
    language="fr",
)


def profile_rows(engine: Engine) -> int:
    with read_session(engine) as session:
        return session.exec(select(func.count()).select_from(Profile)).one()


def test_a_complete_valid_profile_has_no_problem() -> None:
    assert validate_profile(VALID) == {}


def test_an_empty_profile_only_misses_the_name() -> None:
    assert validate_profile(ProfileData()) == {"full_name": "name_missing"}


@pytest.mark.parametrize("siret", ["73282932000074", "90765432100005", "732 829 320 00074"])
def test_valid_sirets_pass(siret: str) -> None:
    assert "siret" not in validate_profile(replace(VALID, siret=siret, vat_number=""))


@pytest.mark.parametrize(
    "siret",
    [
        "73282932000075",  # wrong check digit
        "7328293200007",  # 13 digits
        "732829320000745",  # 15 digits
        "7328293200007A",  # not a number
    ],
)
def test_invalid_sirets_are_refused(siret: str) -> None:
    assert validate_profile(replace(VALID, siret=siret, vat_number=""))["siret"] == "siret_invalid"


def test_the_siret_may_stay_empty_until_the_first_invoice() -> None:
    assert validate_profile(replace(VALID, siret="", vat_number="")) == {}


@pytest.mark.parametrize("vat", ["FR24907654321", "fr 24 907 654 321", "24907654321"])
def test_french_vat_numbers_are_accepted_with_or_without_spaces_and_prefix(vat: str) -> None:
    assert validate_profile(replace(VALID, vat_number=vat)) == {}


@pytest.mark.parametrize("vat", ["FR25907654321", "FR2490765432", "XX24907654321", "TVA"])
def test_invalid_vat_numbers_are_refused(vat: str) -> None:
    problems = validate_profile(replace(VALID, vat_number=vat))
    assert problems == {"vat_number": "vat_number_invalid"}


def test_the_french_vat_number_must_embed_the_siren_of_the_siret() -> None:
    # Both numbers are valid on their own, but FR24907654321 belongs to SIREN 907654321.
    problems = validate_profile(replace(VALID, siret="73282932000074"))
    assert problems == {"vat_number": "vat_number_siren_mismatch"}


def test_a_foreign_vat_number_is_not_compared_with_the_siren() -> None:
    assert validate_profile(replace(VALID, vat_number="DE136695976")) == {}


def test_the_siren_cross_check_waits_for_a_valid_siret() -> None:
    problems = validate_profile(replace(VALID, siret="73282932000075"))
    assert problems == {"siret": "siret_invalid"}


@pytest.mark.parametrize(
    "iban",
    [
        "FR7630006000011234567890189",
        "FR76 3000 6000 0112 3456 7890 189",
        "fr7630006000011234567890189",
    ],
)
def test_valid_iban_passes(iban: str) -> None:
    assert validate_profile(replace(VALID, iban=iban)) == {}


@pytest.mark.parametrize("iban", ["FR7630006000011234567890188", "FR76300060000112345", "IBAN"])
def test_invalid_iban_is_refused(iban: str) -> None:
    assert validate_profile(replace(VALID, iban=iban)) == {"iban": "iban_invalid"}


@pytest.mark.parametrize(
    ("bic", "valid"),
    [("BNPAFRPPXXX", True), ("bnpa fr pp", True), ("BNPA", False), ("1NPAFRPP", False)],
)
def test_bic_is_checked(bic: str, valid: bool) -> None:
    problems = validate_profile(replace(VALID, bic=bic))
    assert problems == ({} if valid else {"bic": "bic_invalid"})


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"full_name": "   "}, {"full_name": "name_missing"}),
        ({"legal_form": "SCOP"}, {"legal_form": "legal_form_invalid"}),
        ({"invoice_prefix": ""}, {"invoice_prefix": "prefix_invalid"}),
        ({"invoice_prefix": "FA 2026"}, {"invoice_prefix": "prefix_invalid"}),
        ({"invoice_prefix": "F/"}, {"invoice_prefix": "prefix_invalid"}),
        ({"invoice_prefix": "ABCDEFGHIJKLM"}, {"invoice_prefix": "prefix_invalid"}),
        ({"postcode": "4400"}, {"postcode": "postcode_invalid"}),
        ({"email": "camille.example.fr"}, {"email": "email_invalid"}),
        ({"phone": "call me"}, {"phone": "phone_invalid"}),
        ({"holiday_zone": "75"}, {"holiday_zone": "holiday_zone_invalid"}),
        ({"language": "de"}, {"language": "language_invalid"}),
    ],
)
def test_other_problems_have_their_code(changes: dict[str, str], expected: dict[str, str]) -> None:
    assert validate_profile(replace(VALID, **changes)) == expected


def test_a_foreign_postcode_is_not_held_to_the_french_format() -> None:
    assert validate_profile(replace(VALID, country="Belgique", postcode="1000")) == {}


def test_every_legal_form_of_the_dialog_is_accepted() -> None:
    for form in LEGAL_FORMS:
        assert validate_profile(replace(VALID, legal_form=form)) == {}


def test_several_problems_are_reported_together() -> None:
    data = replace(VALID, full_name="", siret="73282932000075", iban="FR00")
    assert validate_profile(data) == {
        "full_name": "name_missing",
        "siret": "siret_invalid",
        "iban": "iban_invalid",
    }


def test_normalise_stores_stdnum_compact_forms() -> None:
    typed = replace(
        VALID,
        full_name="  Camille Martin ",
        siret="907 654 321 00005",
        vat_number="24 907 654 321",
        iban="fr76 3000 6000 0112 3456 7890 189",
        bic="bnpa fr pp",
    )
    clean = normalise_profile(typed)
    assert clean.full_name == "Camille Martin"
    assert clean.siret == "90765432100005"
    assert clean.vat_number == "FR24907654321"
    assert clean.iban == "FR7630006000011234567890189"
    assert clean.bic == "BNPAFRPP"


def test_for_display_spaces_the_identifiers() -> None:
    shown = for_display(VALID)
    assert shown.siret == "907 654 321 00005"
    assert shown.iban == "FR76 3000 6000 0112 3456 7890 189"
    assert shown.bic == "BNPAFRPP"
    assert shown.vat_number == "FR24907654321"
    # An invalid value is shown as typed, never "corrected".
    assert for_display(replace(VALID, siret="12")).siret == "12"


def test_load_gives_the_defaults_and_writes_nothing_on_an_empty_database(engine: Engine) -> None:
    assert load_profile(engine) == ProfileData()
    assert profile_rows(engine) == 0


def test_save_then_load_round_trips(engine: Engine) -> None:
    typed = replace(VALID, siret="907 654 321 00005", iban="FR76 3000 6000 0112 3456 7890 189")
    saved = save_profile(engine, typed)
    assert saved == VALID  # compact forms
    assert load_profile(engine) == VALID
    assert profile_rows(engine) == 1


def test_saving_again_updates_the_single_row(engine: Engine) -> None:
    save_profile(engine, VALID)
    franchise = replace(VALID, vat_franchise=True, vat_number="", holiday_zone=None, language=None)
    save_profile(engine, franchise)
    assert load_profile(engine) == franchise
    assert profile_rows(engine) == 1


def test_invalid_data_saves_nothing(engine: Engine) -> None:
    with pytest.raises(ProfileInvalid) as raised:
        save_profile(engine, replace(VALID, siret="73282932000075"))
    assert isinstance(raised.value, ValueError)
    assert raised.value.problems == {"siret": "siret_invalid"}
    assert "siret_invalid" in str(raised.value)
    assert profile_rows(engine) == 0


def test_invalid_data_leaves_a_saved_profile_unchanged(engine: Engine) -> None:
    save_profile(engine, VALID)
    with pytest.raises(ValueError, match="iban_invalid"):
        save_profile(engine, replace(VALID, full_name="Someone Else", iban="FR00"))
    assert load_profile(engine) == VALID
