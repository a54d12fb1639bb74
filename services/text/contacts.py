"""Phone numbers (E.164 via phonenumbers) and e-mail addresses (email-validator, offline).

A number or address that cannot be verified is kept as written, with the reason: it is
somebody's contact all the same (a number newer than the library's tables, a fictional range
in a test file, "pager"), and dropping it would lose what the user had.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from services.core.errors import field_error
from services.text.addresses import country_name

_PHONE_CHARS = re.compile(r"^[\d\s+()\-./]+$")
# ";ext=102" (RFC 3966, vCard 4.0), "ext. 102", "x102", "доб. 102", "вн. 12", "#102"
_EXTENSION = re.compile(r"(?:;\s*ext=|\s*(?:\bext\b\.?|\bextension\b|\bx|\bдоб\b\.?|"
                        r"\bдобавочный\b|\bвн\b\.?|#)\s*)(\d{1,10})\s*$", re.IGNORECASE)
MAX_PHONE = 100


@dataclass(frozen=True)
class Phone:
    value: str  # E.164 when verified, else as written
    extension: str = ""
    unverified: str = ""  # why it could not be verified; empty when it was


def split_extension(text: str) -> tuple[str, str]:
    m = _EXTENSION.search(text)
    if m and m.start() > 0:
        return text[:m.start()].strip(), m.group(1)
    return text, ""


def _digit_groups(text: str, nsn: str) -> list[int] | None:
    """The lengths of the digit groups that spell the national number, as written; None when
    the grouping says nothing (no separators) or does not line up with the number."""
    groups = [len(g) for g in re.findall(r"\d+", text)]
    out, total = [], 0
    for n in reversed(groups):
        if total >= len(nsn):
            break
        out.insert(0, n)
        total += n
    if total < len(nsn) or len(out) < 2:
        return None
    out[0] -= total - len(nsn)  # a group that starts with the trunk prefix: "07789"
    return out


def _written_like(text: str, number) -> bool:
    """Whether the number is grouped as its country writes it ("905-555-1234" is not how a
    Russian number is written; "905 555-12-34" is)."""
    nsn = phonenumbers.national_significant_number(number)
    written = _digit_groups(text, nsn)
    if written is None:
        return True
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    usual = _digit_groups(national, nsn)
    return usual is None or written == usual


@cache
def _main_regions() -> tuple[str, ...]:
    return tuple(regions[0] for regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.values()
                 if regions and regions[0] != "001")


def _written_elsewhere(text: str, not_code: int) -> str | None:
    """A country whose numbers are written like this one (for a number without a country
    code that the business's country would read differently)."""
    for region in _main_regions():
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if (number.country_code != not_code and phonenumbers.is_valid_number(number)
                and _written_like(text, number)):
            return phonenumbers.region_code_for_number(number) or region
    return None


def read_phone(raw: str, regions: Sequence[str], field: str = "phone") -> Phone:
    """A phone number as Regulars keeps it. `regions` are the countries to read a number
    without a country code in, most likely first: the ones the customer's own row points to,
    then the business's country (always last). A number is given a country's code only when it
    is valid there and, if only the business's country speaks for it, written the way numbers
    are written there; else it stays as written, unverified, with the reason."""
    text = " ".join(raw.split())
    if not text:
        raise field_error(field, "is empty")
    if len(text) > MAX_PHONE:
        raise field_error(field, f"is too long ({len(text)} characters, at most {MAX_PHONE})")
    body, extension = split_extension(text)
    if body.lower().startswith("tel:"):
        body = body[4:].strip()
    if not _PHONE_CHARS.match(body):
        return Phone(text, extension, "not verified: has letters or signs a phone number "
                                      "cannot have")
    international = body.startswith(("+", "00"))
    if body.startswith("00"):
        body = "+" + body[2:]
    candidates = list(dict.fromkeys(r.upper() for r in regions if r)) or ["ZZ"]
    reason = ""
    for i, region in enumerate(candidates):
        try:
            number = phonenumbers.parse(body, None if international else region)
        except phonenumbers.NumberParseException as exc:
            reason = f"not verified: not a phone number ({exc._msg})"
            break
        if phonenumbers.is_valid_number(number):
            only_default = i == len(candidates) - 1
            if not international and only_default and not _written_like(body, number):
                other = _written_elsewhere(body, number.country_code)
                if other:
                    return Phone(text, extension,
                                 f"not verified: no country code, and it is written like a "
                                 f"number in {country_name(other)}; add the country code")
            return Phone(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
                         extension or (number.extension or ""))
        if international:
            reason = ("not verified: the wrong number of digits for its country"
                      if not phonenumbers.is_possible_number(number)
                      else "not verified: not a number in use in its country (as far as "
                           "Regulars' tables know)")
            break
        if not reason:
            where = country_name(region)
            reason = (f"not verified: the wrong number of digits for a number in {where}"
                      if not phonenumbers.is_possible_number(number)
                      else f"not verified: not a number in use in {where} (as far as "
                           "Regulars' tables know); add the country code")
    return Phone(text, extension, reason)


def phone_region(e164: str) -> str:
    """The main country of a verified number's country code (+1: US, +7: RU), or ''. Read
    from the code table without parsing: it is asked for every number of every row."""
    digits = e164[1:] if e164.startswith("+") else ""
    if digits.isdigit():
        for length in (1, 2, 3):
            regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:length]))
            if regions:
                return regions[0] if regions[0] != "001" else ""
    return ""


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


def read_email(raw: str, field: str = "email") -> tuple[str, str]:
    """(the address, why it is not verified or ''): an address email-validator refuses is
    kept as written, and never mailed."""
    text = raw.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:].strip()
    if not text:
        raise field_error(field, "is empty")
    if len(text) > 320:
        raise field_error(field, f"is too long ({len(text)} characters, at most 320)")
    try:
        return validate_email(text, check_deliverability=False).normalized, ""
    except EmailNotValidError as exc:
        return text, f"not verified: {exc}"


def normalize_email(raw: str, field: str = "email") -> str:
    text = raw.strip()
    if not text:
        raise field_error(field, "is empty")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise field_error(field, f"'{raw}' is not a valid e-mail address: {exc}") from None
    return result.normalized
