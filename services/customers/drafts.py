"""A customer as the card and an import hand it over (drafts), and the checks that name the
field of each problem. What cannot be verified (a phone, an e-mail, a country) is kept as
written and marked, never a reason to refuse the customer."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import cache

from sqlalchemy.orm import Session

from models import Customer, Staff
from models.enums import Channel, ContactKind, DateKind, DocumentKind, Sex
from services.core import settings
from services.core.errors import FieldError, ValidationError, field_error
from services.text.addresses import country_code, country_codes
from services.text.contacts import phone_region, read_email, read_phone
from services.text.dates import PartialDate
from services.text.placeholders import salutation_problem

_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z '\-.]*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
NAME_FIELDS = (
    "family_name",
    "given_name",
    "patronymic",
    "family_name_latin",
    "given_name_latin",
    "company",
)


@dataclass
class ContactDraft:
    kind: str
    value: str
    label: str = ""
    primary: bool = False
    unverified: str = ""  # why a phone or e-mail kept as written could not be verified
    extension: str = ""


@dataclass
class AddressDraft:
    line1: str = ""
    line2: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""
    label: str = ""
    recipient: str = ""
    primary: bool = False


@dataclass
class DateDraft:
    kind: str
    date: PartialDate
    label: str = ""
    yearly: bool = True
    note: str = ""


@dataclass
class DocumentDraft:
    kind: str
    number: str
    expires_on: dt.date | None = None
    issued_on: dt.date | None = None
    citizenship: str = ""
    issued_by: str = ""
    note: str = ""


@dataclass
class PreferenceDraft:
    category: str
    value: str
    note: str = ""


@dataclass
class ConsentDraft:
    channel: str
    given: bool
    method: str = ""


@dataclass
class CustomerDraft:
    family_name: str = ""
    given_name: str = ""
    patronymic: str = ""
    family_name_latin: str = ""
    given_name_latin: str = ""
    company: str = ""
    job_title: str = ""
    nickname: str = ""
    sex: str = Sex.UNKNOWN.value
    salutation: str = ""
    language: str = ""
    birthday: PartialDate | None = None
    notes: str = ""
    source: str = ""
    referred_by_id: int | None = None
    staff_id: int | None = None
    is_adherent: bool = False
    is_advocate: bool = False
    penetration_percent: Decimal | None = None
    personal_discount_percent: Decimal | None = None
    regular_since: dt.date | None = None
    external_id: str | None = None
    photo: bytes | None = None
    photo_type: str = ""
    contacts: list[ContactDraft] = field(default_factory=list)
    addresses: list[AddressDraft] = field(default_factory=list)
    dates: list[DateDraft] = field(default_factory=list)
    documents: list[DocumentDraft] = field(default_factory=list)
    preferences: list[PreferenceDraft] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    consents: list[ConsentDraft] = field(default_factory=list)
    # (source, id): the customer's ids in other programs, e.g. ("vcard", UID)
    refs: list[tuple[str, str]] = field(default_factory=list)


def parse_full_name(text: str) -> tuple[str, str, str]:
    """ "Family Given [Patronymic]" → (family, given, patronymic)."""
    parts = text.split()
    if not parts:
        raise field_error("name", "is empty")
    if len(parts) > 3:
        raise field_error(
            "name",
            f"'{text}' has {len(parts)} words; expected 'Family Given [Patronymic]' "
            "(join compound names with a hyphen)",
        )
    parts += [""] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def _looks_like_payment_card(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if not 13 <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


@cache
def enum_values(kind) -> frozenset[str]:
    """The values of an Enum class (asked for each field of each row of an import)."""
    return frozenset(k.value for k in kind)


class _Checker:
    def __init__(self):
        self.errors: list[FieldError] = []

    def add(self, name: str, message: str) -> None:
        self.errors.append(FieldError(name, message))

    def text(self, name: str, value: str, limit: int = 200) -> str:
        value = (value or "").strip()
        if _CONTROL.search(value):
            self.add(name, "contains control characters")
        elif len(value) > limit:
            self.add(name, f"is too long ({len(value)} characters, at most {limit})")
        return value

    def pick(self, name: str, value: str, allowed) -> str:
        if value not in enum_values(allowed):
            options = ", ".join(a.value for a in allowed)
            self.add(name, f"'{value}' is not one of: {options}")
        return value


def validate(session: Session | None, draft: CustomerDraft, customer_id: int | None = None, *,
             region: str | None = None) -> CustomerDraft:
    """A cleaned copy of the draft, or ValidationError listing every problem with its field.
    `region` (the phone region) may be passed by callers that validate thousands at once;
    with it, and no referrer or staff member in the draft, no session is needed."""
    ck = _Checker()
    d = replace(draft)
    for name in NAME_FIELDS:
        setattr(d, name, " ".join(ck.text(name, getattr(d, name), 300 if name == "company"
                                          else 200).split()))
    if not (d.family_name or d.given_name or d.company):
        ck.add("name", "a customer needs a family name, a given name or a company")
    d.job_title = ck.text("job_title", d.job_title)
    d.nickname = ck.text("nickname", d.nickname)
    d.photo_type = (d.photo_type or "").strip() if d.photo else ""
    if d.photo is not None and not d.photo:
        d.photo = None
    for name in ("family_name_latin", "given_name_latin"):
        value = getattr(d, name)
        if value and not _LATIN_NAME.match(value):
            ck.add(name, f"'{value}' must be written in Latin letters, as in a passport")
    ck.pick("sex", d.sex or Sex.UNKNOWN.value, Sex)
    d.sex = d.sex or Sex.UNKNOWN.value
    d.salutation = ck.text("salutation", d.salutation, 100)
    if d.salutation and (problem := salutation_problem(d.salutation)):
        ck.add("salutation", f"{problem}; write the greeting as it should read, for example "
               "'Dear Sasha'")
    d.language = (d.language or "").strip().lower()
    if d.language and not _LANGUAGE.match(d.language):
        ck.add("language", f"'{d.language}' is not a language code such as ru, bg or en")
    if d.birthday is not None and d.birthday.year is not None:
        today = dt.date.today()
        if d.birthday.year < 1900:
            ck.add("birthday", f"year {d.birthday.year} is before 1900")
        elif (d.birthday.year, d.birthday.month, d.birthday.day) > (
            today.year, today.month, today.day
        ):
            ck.add("birthday", f"{d.birthday.iso()} is in the future")
    d.notes = ck.text("notes", d.notes, 100_000)
    d.source = ck.text("source", d.source, 200)
    d.external_id = (d.external_id or "").strip() or None
    if d.penetration_percent is not None:
        try:
            pct = Decimal(d.penetration_percent)
        except (InvalidOperation, TypeError, ValueError):
            ck.add("penetration_percent", f"'{d.penetration_percent}' is not a number")
        else:
            if not 0 <= pct <= 100:
                ck.add("penetration_percent", f"{pct} is not between 0 and 100")
            d.penetration_percent = pct
    if d.personal_discount_percent is not None:
        try:
            pct = Decimal(d.personal_discount_percent)
        except (InvalidOperation, TypeError, ValueError):
            ck.add("personal_discount_percent", f"'{d.personal_discount_percent}' is not a number")
        else:
            if not 0 <= pct <= 100:
                ck.add("personal_discount_percent", f"{pct} is not between 0 and 100")
            d.personal_discount_percent = pct or None
    if d.referred_by_id is not None:
        if customer_id is not None and d.referred_by_id == customer_id:
            ck.add("referred_by", "a customer cannot refer themselves")
        elif session.get(Customer, d.referred_by_id) is None:
            ck.add("referred_by", f"no customer #{d.referred_by_id}")
    if d.staff_id is not None and session.get(Staff, d.staff_id) is None:
        ck.add("staff", f"no staff member #{d.staff_id}")

    region = region or settings.phone_region(session)
    d.addresses = _validate_addresses(ck, d.addresses)
    d.contacts = _validate_contacts(ck, d.contacts, _regions(d, region))
    for i, item in enumerate(d.dates):
        ck.pick(f"dates[{i}].kind", item.kind, DateKind)
        item.label = ck.text(f"dates[{i}].label", item.label)
        if not item.yearly and item.date.year is None:
            ck.add(f"dates[{i}]", "a one-off date needs a year")
    for i, doc in enumerate(d.documents):
        ck.pick(f"documents[{i}].kind", doc.kind, DocumentKind)
        doc.number = ck.text(f"documents[{i}].number", doc.number, 64)
        if not doc.number:
            ck.add(f"documents[{i}].number", "is empty")
        elif _looks_like_payment_card(doc.number):
            ck.add(f"documents[{i}].number", "looks like a payment card number; those are never "
                   "stored")
        doc.citizenship = country_code(doc.citizenship) or doc.citizenship.strip()
        if doc.citizenship and doc.citizenship not in country_codes():
            ck.add(f"documents[{i}].citizenship", f"'{doc.citizenship}' is not a country code")
        if doc.issued_on and doc.expires_on and doc.expires_on < doc.issued_on:
            ck.add(f"documents[{i}].expires_on", "is before the issue date")
    for i, pref in enumerate(d.preferences):
        pref.category = ck.text(f"preferences[{i}].category", pref.category, 100)
        pref.value = ck.text(f"preferences[{i}].value", pref.value, 300)
        if not pref.category or not pref.value:
            ck.add(f"preferences[{i}]", "needs both a category and a value")
    tags = []
    for i, tag in enumerate(d.tags):
        tag = ck.text(f"tags[{i}]", tag, 100)
        if tag and tag.casefold() not in {t.casefold() for t in tags}:
            tags.append(tag)
    d.tags = tags
    seen_channels = set()
    for i, consent in enumerate(d.consents):
        ck.pick(f"consents[{i}].channel", consent.channel, Channel)
        if consent.channel in seen_channels:
            ck.add(f"consents[{i}].channel", f"'{consent.channel}' is listed twice")
        seen_channels.add(consent.channel)
        consent.method = ck.text(f"consents[{i}].method", consent.method)
    refs = []
    for source, ref in d.refs:
        source, ref = source.strip()[:100], ref.strip()[:300]
        if ref and (source, ref) not in refs:
            refs.append((source, ref))
    d.refs = refs
    if ck.errors:
        raise ValidationError(ck.errors)
    return d


def _regions(d: CustomerDraft, business: str) -> list[str]:
    """Where the customer's numbers without a country code are most likely from: the
    countries of their addresses, then of their other numbers, then the business's own
    (always last: services.text.contacts.read_phone tells them apart by that)."""
    own = [a.country for a in d.addresses if len(a.country) == 2]
    own += [phone_region(c.value) for c in d.contacts if c.kind == ContactKind.PHONE
            and c.value.startswith("+") and c.value[1:].isdigit()]
    return [r for r in dict.fromkeys(own) if r and r != business] + [business]


def _validate_contacts(ck: _Checker, contacts: list[ContactDraft], regions: list[str]
                       ) -> list[ContactDraft]:
    out: list[ContactDraft] = []
    counters: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    for item in contacts:
        kind = item.kind
        n = counters.get(kind, 0)
        counters[kind] = n + 1
        name = f"{kind}s[{n}]" if kind in enum_values(ContactKind) else f"contacts[{n}]"
        ck.pick(f"{name}.kind", kind, ContactKind)
        unverified, extension = "", ""
        try:
            if kind == ContactKind.PHONE:
                phone = read_phone(item.value, regions, name)
                value, extension, unverified = phone.value, phone.extension, phone.unverified
                extension = extension or item.extension.strip()
            elif kind == ContactKind.EMAIL:
                value, unverified = read_email(item.value, name)
            else:
                value = ck.text(name, item.value, 300)
                if not value:
                    ck.add(name, "is empty")
        except ValidationError as exc:
            ck.errors.extend(exc.errors)
            continue
        if _CONTROL.search(value):
            ck.add(name, "contains control characters")
            continue
        key = (kind, value.casefold(), extension)
        if key in seen:
            continue
        seen.add(key)
        out.append(ContactDraft(kind, value, ck.text(f"{name}.label", item.label, 60),
                                item.primary, unverified, extension[:20]))
    for kind in {c.kind for c in out}:
        same = [c for c in out if c.kind == kind]
        primaries = [c for c in same if c.primary]
        for c in primaries[1:]:
            c.primary = False
        if not primaries:
            same[0].primary = True
    return out


def _validate_addresses(ck: _Checker, addresses: list[AddressDraft]) -> list[AddressDraft]:
    out = []
    for i, a in enumerate(addresses):
        name = f"addresses[{i}]"
        for attr in ("line1", "line2", "city", "region", "label", "recipient"):
            setattr(a, attr, ck.text(f"{name}.{attr}", getattr(a, attr), 300))
        a.postcode = ck.text(f"{name}.postcode", a.postcode, 20)
        # a country Regulars cannot name a code for stays as written (and prints as written)
        a.country = " ".join(a.country.split())
        a.country = country_code(a.country) or a.country[:100]
        if not (a.line1 or a.line2 or a.city or a.region or a.postcode or a.country):
            ck.add(name, "is empty")
        out.append(a)
    if out and not any(a.primary for a in out):
        out[0].primary = True
    return out
