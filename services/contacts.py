"""Phone numbers (E.164 via phonenumbers) and e-mail addresses (email-validator, offline)."""

from __future__ import annotations

import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from services.errors import field_error

_PHONE_CHARS = re.compile(r"^[\d\s+()\-./]+$")


def normalize_phone(raw: str, region: str, field: str = "phone") -> str:
    """Return the number in E.164 form, or raise a ValidationError that says why not."""
    text = raw.strip()
    if not text:
        raise field_error(field, "is empty")
    if not _PHONE_CHARS.match(text):
        raise field_error(field, f"'{raw}' has characters a phone number cannot have")
    try:
        number = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise field_error(field, f"'{raw}' is not a phone number ({exc._msg})") from None
    if not phonenumbers.is_possible_number(number):
        raise field_error(field, f"'{raw}' has the wrong number of digits for its country")
    if not phonenumbers.is_valid_number(number):
        raise field_error(field, f"'{raw}' is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """How a stored number is shown: international format, readable."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def query_phone_digits(text: str, region: str) -> str | None:
    """The E.164 digits a typed number means, if it is a complete valid number."""
    if not _PHONE_CHARS.match(text.strip() or "x"):
        return None
    try:
        number = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164).lstrip("+")


def national_digits(e164: str) -> str:
    """The number without its country code. In E.164 that is the digits after the code, and
    country codes are prefix-free, so the code table answers without parsing the number
    (the search index asks this for every phone of every customer it indexes)."""
    digits = e164[1:] if e164.startswith("+") else e164
    if digits.isdigit():
        for length in (1, 2, 3):
            if int(digits[:length]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
                return digits[length:]
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ""
    return phonenumbers.national_significant_number(number)


def normalize_email(raw: str, field: str = "email") -> str:
    text = raw.strip()
    if not text:
        raise field_error(field, "is empty")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise field_error(field, f"'{raw}' is not a valid e-mail address: {exc}") from None
    return result.normalized
