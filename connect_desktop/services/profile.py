"""The freelancer's profile as the settings dialog sees it: plain data in, plain data out.

Identifiers are checked with python-stdnum (SIRET, VAT number, IBAN, BIC), never with
hand-written checksums. Saved values are stdnum's compact forms; ``for_display`` gives
the spaced forms people read. Validation returns English problem codes; the UI turns
them into sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from sqlalchemy import Engine
from sqlmodel import select
from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.eu import vat as stdnum_vat
from stdnum.exceptions import ValidationError
from stdnum.fr import siret as stdnum_siret
from stdnum.fr import tva as stdnum_tva

from connect_desktop.domain.calendar import HOLIDAY_ZONES
from connect_desktop.store import profile as profile_store
from connect_desktop.store.database import read_session, unit_of_work
from connect_desktop.store.models import Profile

LEGAL_FORMS: tuple[str, ...] = ("EI", "EURL", "SASU", "SARL", "SAS", "autre")
LANGUAGES: tuple[str | None, ...] = (None, "fr", "en")
PREFIX_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,12}")
# A sanity check only: the address is the user's, we just catch obvious typos.
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
PHONE_PATTERN = re.compile(r"\+?[0-9 .()-]{6,20}")
FRENCH_POSTCODE = re.compile(r"[0-9]{5}")
FRANCE_NAMES = frozenset({"", "france", "fr"})

# Problem codes, one per field at most.
NAME_MISSING = "name_missing"
LEGAL_FORM_INVALID = "legal_form_invalid"
SIRET_INVALID = "siret_invalid"
POSTCODE_INVALID = "postcode_invalid"
EMAIL_INVALID = "email_invalid"
PHONE_INVALID = "phone_invalid"
VAT_NUMBER_INVALID = "vat_number_invalid"
VAT_NUMBER_SIREN_MISMATCH = "vat_number_siren_mismatch"
IBAN_INVALID = "iban_invalid"
BIC_INVALID = "bic_invalid"
PREFIX_INVALID = "prefix_invalid"
HOLIDAY_ZONE_INVALID = "holiday_zone_invalid"
LANGUAGE_INVALID = "language_invalid"


@dataclass(frozen=True, slots=True)
class ProfileData:
    """The editable fields of the ``Profile`` row, with the same defaults."""

    full_name: str = ""
    legal_form: str = "EI"
    trade_name: str = ""
    siret: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "France"
    email: str = ""
    phone: str = ""
    based_in_france: bool = True
    vat_franchise: bool = False
    vat_number: str = ""
    iban: str = ""
    bic: str = ""
    invoice_prefix: str = "F"
    holiday_zone: str | None = None
    language: str | None = None


FIELD_NAMES: tuple[str, ...] = tuple(field.name for field in fields(ProfileData))


class ProfileInvalid(ValueError):
    """Raised by ``save_profile``; ``problems`` maps field names to problem codes."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        listed = ", ".join(f"{name}: {code}" for name, code in problems.items())
        super().__init__(f"The profile was not saved: {listed}.")


def _from_row(row: Profile) -> ProfileData:
    return ProfileData(**{name: getattr(row, name) for name in FIELD_NAMES})


def load_profile(engine: Engine) -> ProfileData:
    """The saved profile, or the defaults when none was saved yet (nothing is written)."""
    with read_session(engine) as session:
        row = session.exec(select(Profile)).first()
        return ProfileData() if row is None else _from_row(row)


def _vat_compact(number: str) -> str:
    """stdnum's compact form with its country code; a bare French number gets ``FR``."""
    number = number.strip()
    if number[:2].isalpha():
        try:
            return stdnum_vat.compact(number)
        except ValidationError:  # no EU country code: a French number typed without FR
            pass
    return "FR" + stdnum_tva.compact(number)


def _valid_vat(number: str) -> str | None:
    """The compact VAT number if it is valid, else ``None``."""
    try:
        return stdnum_vat.validate(_vat_compact(number))
    except ValidationError:
        return None


def _valid(validate: Callable[[str], str], number: str) -> bool:
    try:
        validate(number)
    except ValidationError:
        return False
    return True


def validate_profile(data: ProfileData) -> dict[str, str]:
    """Problems of ``data`` as {field name: problem code}; empty when it can be saved.

    Only the name and the invoice prefix are required; every other identifier may be
    empty (the SIRET until the first invoice), but when given it must be valid.
    """
    problems: dict[str, str] = {}
    if not data.full_name.strip():
        problems["full_name"] = NAME_MISSING
    if data.legal_form not in LEGAL_FORMS:
        problems["legal_form"] = LEGAL_FORM_INVALID
    siret = data.siret.strip()
    siret_ok = bool(siret) and _valid(stdnum_siret.validate, siret)
    if siret and not siret_ok:
        problems["siret"] = SIRET_INVALID
    postcode = data.postcode.strip()
    if (
        postcode
        and data.country.strip().casefold() in FRANCE_NAMES
        and not FRENCH_POSTCODE.fullmatch(postcode)
    ):
        problems["postcode"] = POSTCODE_INVALID
    if data.email.strip() and not EMAIL_PATTERN.fullmatch(data.email.strip()):
        problems["email"] = EMAIL_INVALID
    if data.phone.strip() and not PHONE_PATTERN.fullmatch(data.phone.strip()):
        problems["phone"] = PHONE_INVALID
    if data.vat_number.strip():
        vat = _valid_vat(data.vat_number.strip())
        if vat is None:
            problems["vat_number"] = VAT_NUMBER_INVALID
        elif (
            siret_ok
            and vat.startswith("FR")
            and stdnum_tva.to_siren(vat) != stdnum_siret.to_siren(stdnum_siret.compact(siret))
        ):
            # A French VAT number is a key followed by the SIREN: both must name one company.
            problems["vat_number"] = VAT_NUMBER_SIREN_MISMATCH
    if data.iban.strip() and not _valid(stdnum_iban.validate, data.iban):
        problems["iban"] = IBAN_INVALID
    if data.bic.strip() and not _valid(stdnum_bic.validate, data.bic):
        problems["bic"] = BIC_INVALID
    if not PREFIX_PATTERN.fullmatch(data.invoice_prefix.strip()):
        problems["invoice_prefix"] = PREFIX_INVALID
    if data.holiday_zone not in HOLIDAY_ZONES:
        problems["holiday_zone"] = HOLIDAY_ZONE_INVALID
    if data.language not in LANGUAGES:
        problems["language"] = LANGUAGE_INVALID
    return problems


def normalise_profile(data: ProfileData) -> ProfileData:
    """``data`` as it is stored: text stripped, identifiers in stdnum's compact form.

    Call it on valid data only (an invalid identifier is left as typed).
    """
    text = {
        field.name: getattr(data, field.name).strip()
        for field in fields(ProfileData)
        if isinstance(getattr(data, field.name), str)
    }
    clean = replace(data, **text)
    vat = _valid_vat(clean.vat_number) if clean.vat_number else None
    return replace(
        clean,
        siret=stdnum_siret.compact(clean.siret),
        vat_number=vat or clean.vat_number,
        iban=stdnum_iban.compact(clean.iban),
        bic=stdnum_bic.compact(clean.bic),
    )


def for_display(data: ProfileData) -> ProfileData:
    """``data`` with identifiers spaced for reading (stdnum's ``format`` where it exists)."""
    return replace(
        data,
        siret=display_siret(data.siret),
        iban=display_iban(data.iban),
        bic=display_bic(data.bic),
        vat_number=display_vat_number(data.vat_number),
    )


def display_siret(value: str) -> str:
    """'732 829 320 00074' for a valid SIRET; anything else as it is."""
    return stdnum_siret.format(value) if value and _valid(stdnum_siret.validate, value) else value


def display_iban(value: str) -> str:
    return stdnum_iban.format(value) if value and _valid(stdnum_iban.validate, value) else value


def display_bic(value: str) -> str:
    return stdnum_bic.format(value) if value and _valid(stdnum_bic.validate, value) else value


def display_vat_number(value: str) -> str:
    """stdnum has no ``format`` for VAT numbers: the compact form is the readable one."""
    return (_valid_vat(value) or value) if value else value


def save_profile(engine: Engine, data: ProfileData) -> ProfileData:
    """Validate, normalise and store ``data`` in one unit of work; return what was stored.

    Raises ``ProfileInvalid`` (a ``ValueError``) listing every problem, and then writes
    nothing.
    """
    problems = validate_profile(data)
    if problems:
        raise ProfileInvalid(problems)
    clean = normalise_profile(data)
    with unit_of_work(engine) as session:
        row = profile_store.save_profile(
            session, **{name: getattr(clean, name) for name in FIELD_NAMES}
        )
        return _from_row(row)
