"""Bringing customers and purchases in from a table (services.import_readers): the mapping of
columns to fields, guessed from the header and remembered; each row checked like the card
checks a customer; re-imports matched by external id, e-mail or phone so nothing is
duplicated; a dry run; the good rows or nothing, and never half a file.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Address, Card, ContactPoint, Customer, ExternalRef, Purchase
from models.database import Database
from models.enums import PurchaseStatus, Sex
from services import settings, undo
from services.bulk_add import add_validated
from services.customers import (
    AddressDraft,
    ConsentDraft,
    ContactDraft,
    CustomerDraft,
    DateDraft,
    draft_from,
    tag_index,
    update_customer,
    validate,
)
from services.dates import format_user_date
from services.errors import ServiceError, ValidationError, field_error
from services.gcpause import no_gc_pauses
from services.import_readers import VCARD_FIELDS, Table
from services.import_rows import (  # noqa: F401  (parse_import_date, clean_text: API)
    ADDRESS_PARTS,
    Draft,
    Row,
    clean_text,
    customer_draft,
    month_first,
    parse_import_date,
)
from services.purchases import add_purchase, parse_amount
from services.text import fold, latin_variants

KINDS = ("customers", "purchases")
FLUSH_EVERY = 2000
PARALLEL_FROM = 5000  # rows: below this, starting worker processes costs more than it saves
BATCH = 2000
MAX_WORKERS = 4
MAPPINGS_SETTING = "import_mappings"
MAPPINGS_KEPT = 50

# field → what the mapping step shows. "phone:mobile" is a phone with that label.
CUSTOMER_FIELDS: dict[str, str] = {
    "family_name": "Family name",
    "given_name": "Given name",
    "patronymic": "Patronymic / middle name",
    "full_name": "Full name, family name first (split)",
    "full_name_given_first": "Full name, given name first (split)",
    "family_name_latin": "Family name in Latin letters",
    "given_name_latin": "Given name in Latin letters",
    "display_name": "Name as the address book shows it (when there is no other)",
    "nickname": "Nickname",
    "name_prefix": "Name prefix (Mrs, Dr…)",
    "company": "Company",
    "job_title": "Job title",
    "department": "Department",
    "sex": "Sex",
    "language": "Language",
    "birthday": "Birthday",
    "birth_year": "Year of birth",
    "birth_month": "Month of birth",
    "birth_day": "Day of birth",
    "anniversary": "Wedding anniversary",
    "name_day": "Name day",
    "phone": "Phone",
    "phone:mobile": "Phone (mobile)",
    "phone:home": "Phone (home)",
    "phone:work": "Phone (work)",
    "phone_label": "Label of the phone in the next column",
    "email": "E-mail",
    "email:home": "E-mail (home)",
    "email:work": "E-mail (work)",
    "email_label": "Label of the e-mail in the next column",
    "website": "Website",
    "messenger": "Messenger or social profile",
    "address_label": "Label of the address in the next columns",
    "address_line1": "Street address",
    "address_line2": "Address, second line",
    "city": "City",
    "region": "Region / state",
    "postcode": "Postcode",
    "country": "Country",
    "adr": "Address as a vCard writes it",
    "adr:home": "Home address as a vCard writes it",
    "adr:work": "Work address as a vCard writes it",
    "photo": "Photo (base64)",
    "notes": "Notes",
    "tags": "Tags",
    "source": "Where they came from",
    "external_id": "Id in the other program",
    "consent_email": "Agrees to e-mail (yes/no)",
    "consent_sms": "Agrees to SMS (yes/no)",
    "consent_post": "Agrees to post (yes/no)",
}
PURCHASE_FIELDS: dict[str, str] = {
    "date": "Date",
    "amount": "Amount",
    "currency": "Currency",
    "description": "What",
    "category": "Category",
    "status": "Status",
    "customer_external_id": "Customer: id in the other program",
    "customer_email": "Customer: e-mail",
    "customer_phone": "Customer: phone",
    "customer_card": "Customer: card number",
    "customer_name": "Customer: name",
}
FIELDS = {"customers": CUSTOMER_FIELDS, "purchases": PURCHASE_FIELDS}

# Headers as people and programs write them (folded: lower case, punctuation → space),
# including Google Contacts' and Outlook's CSV exports and Russian spreadsheets.
_CUSTOMER_HEADERS = {
    "family_name": ["family name", "last name", "lastname", "surname", "family", "фамилия"],
    "given_name": ["given name", "first name", "firstname", "forename", "имя", "име"],
    "patronymic": ["patronymic", "middle name", "additional name", "отчество", "презиме"],
    "display_name": ["display name", "displayname", "screen name shown", "nickname shown"],
    "nickname": ["nickname", "nick", "short name", "псевдоним", "прозвище"],
    "name_prefix": ["title", "prefix", "name prefix", "обращение"],
    "job_title": ["job title", "occupation", "position", "должность", "длъжност"],
    "department": ["department", "отдел"],
    "anniversary": ["anniversary", "wedding anniversary", "годовщина свадьбы"],
    "name_day": ["name day", "именины", "имен ден"],
    "birth_year": ["birth year", "year of birth", "год рождения"],
    "birth_month": ["birth month", "month of birth"],
    "birth_day": ["birth day", "day of birth"],
    "website": ["website", "web page", "web page 1", "web page 2", "home page", "homepage",
                "url", "website home page", "website work", "website blog", "website other",
                "website profile", "personal website", "business website", "сайт"],
    "messenger": ["screen name", "im aim", "im icq", "im jabber", "im msn", "im skype",
                  "im yahoo", "im address", "skype", "telegram", "whatsapp", "viber",
                  "мессенджер", "телеграм"],
    "full_name": ["фио", "ф и о", "full name family first", "клиент", "покупатель",
                  "customer", "client", "фамилия имя отчество", "имя фамилия отчество",
                  "име презиме фамилия"],
    "full_name_given_first": ["name", "full name", "contact", "контакт"],
    "family_name_latin": ["family name latin", "фамилия латиницей", "фамилия лат"],
    "given_name_latin": ["given name latin", "имя латиницей", "имя лат"],
    "company": ["company", "organization", "organisation", "organization name",
                "organization 1 name", "компания", "организация", "фирма", "фирма компания"],
    "sex": ["sex", "gender", "пол"],
    "language": ["language", "язык"],
    "birthday": ["birthday", "birth date", "date of birth", "dob", "дата рождения",
                 "день рождения", "др"],
    "phone": ["phone", "telephone", "tel", "phone number", "primary phone", "other phone",
              "телефон", "тел", "номер телефона"],
    "phone:mobile": ["mobile", "mobile phone", "cell", "cell phone", "мобильный",
                     "мобильный телефон", "сотовый", "моб телефон", "mobile number",
                     "home mobile", "мобилен", "мобилен телефон", "сотовый телефон"],
    "phone:home": ["home phone", "home phone 2", "домашний телефон"],
    "phone:work": ["business phone", "business phone 2", "work phone", "company main phone",
                   "рабочий телефон"],
    "email": ["email", "e mail", "email address", "e mail address", "e mail 2 address",
              "e mail 3 address", "mail", "почта", "эл почта", "электронная почта",
              "e mail адрес", "емейл", "имейл", "primary email", "secondary email",
              "alternate email", "alternate email 1", "alternate email 2", "email other",
              "email 2", "email 3", "other email", "имейл адрес", "ел поща"],
    "email:home": ["email home", "home email", "personal email"],
    "email:work": ["email work", "work email", "business email"],
    "address_line1": ["address", "street", "street address", "home street", "address 1 street",
                      "address line 1", "адрес", "улица", "home address", "work address",
                      "business street", "other street", "business address", "адрес улица"],
    "address_line2": ["address line 2", "home street 2", "адрес 2", "home address 2",
                      "work address 2", "business street 2", "other street 2",
                      "home street 3", "business street 3"],
    "city": ["city", "town", "home city", "address 1 city", "город", "населенный пункт",
             "work city", "business city", "other city", "град"],
    "region": ["region", "state", "province", "home state", "address 1 region", "область",
               "регион", "край", "work state", "business state", "other state",
               "home state province", "област"],
    "postcode": ["postcode", "postal code", "post code", "zip", "zip code", "home postal code",
                 "address 1 postal code", "индекс", "почтовый индекс", "home zip",
                 "home zipcode", "work zip", "work zipcode", "business postal code",
                 "other postal code", "other zip", "пощенски код"],
    "country": ["country", "home country region", "address 1 country", "страна",
                "home country", "work country", "business country", "business country region",
                "other country", "other country region", "държава"],
    "notes": ["notes", "note", "comment", "comments", "примечание", "примечания",
              "комментарий", "комментарии", "заметки"],
    "tags": ["tags", "labels", "categories", "group membership", "groups", "теги", "метки",
             "группы", "категории"],
    "source": ["source", "источник", "откуда"],
    "external_id": ["external id", "customer id", "client id", "код клиента", "id клиента"],
    "consent_email": ["consent email", "email consent", "согласие email",
                      "согласие на рассылку"],
    "consent_sms": ["consent sms", "sms consent", "согласие sms", "согласие смс"],
    "consent_post": ["consent post", "post consent", "согласие почта"],
}
_PURCHASE_HEADERS = {
    "date": ["date", "purchase date", "sale date", "дата", "дата покупки", "дата продажи"],
    "amount": ["amount", "sum", "total", "price", "paid", "сумма", "стоимость", "цена",
               "итого"],
    "currency": ["currency", "валюта"],
    "description": ["description", "item", "items", "product", "what", "товар", "описание",
                    "наименование", "назначение платежа"],
    "category": ["category", "категория"],
    "status": ["status", "статус"],
    "customer_external_id": ["external id", "customer id", "client id", "код клиента"],
    "customer_email": _CUSTOMER_HEADERS["email"],
    "customer_phone": _CUSTOMER_HEADERS["phone"] + _CUSTOMER_HEADERS["phone:mobile"],
    "customer_card": ["card", "card number", "loyalty card", "карта", "номер карты"],
    "customer_name": ["customer", "client", "name", "full name", "buyer", "клиент",
                      "покупатель", "фио", "имя"],
}
_PATTERNS = [  # numbered columns: Google's "Phone 1 - Value", Outlook's "E-mail 2 Address"
    (re.compile(r"^phone \d+ value$"), "phone"),
    (re.compile(r"^phone \d+ (?:type|label)$"), "phone_label"),
    (re.compile(r"^e ?mail \d+ value$"), "email"),
    (re.compile(r"^e ?mail \d+ (?:type|label)$"), "email_label"),
    (re.compile(r"^address \d+ type$"), "address_label"),
    (re.compile(r"^address \d+ street$"), "address_line1"),
    (re.compile(r"^address \d+ (?:po box|extended address)$"), "address_line2"),
    (re.compile(r"^organization \d+ title$"), "job_title"),
    (re.compile(r"^website \d+ value$"), "website"),
    (re.compile(r"^im \d+ value$"), "messenger"),
    (re.compile(r"^(?:other |home |work )?(?:fax|pager|car phone|phone video|assistant s phone|"
                r"callback|radio phone|telex|isdn|ttytdd phone|home fax|business fax|"
                r"other fax|fax number|pager number)$"), "phone"),
    (re.compile(r"^address \d+ city$"), "city"),
    (re.compile(r"^address \d+ region$"), "region"),
    (re.compile(r"^address \d+ postal code$"), "postcode"),
    (re.compile(r"^address \d+ country$"), "country"),
]
_HEADERS = {
    "customers": {h: f for f, hs in _CUSTOMER_HEADERS.items() for h in hs},
    "purchases": {h: f for f, hs in _PURCHASE_HEADERS.items() for h in hs},
}


# fields only a reader that knows the cells' form names (services.import_readers' vCards)
_EXACT_ONLY = {"photo", "adr", "adr:home", "adr:work"}


def normalize_header(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text).replace("ё", "е")).split())


def guess_mapping(headers: Sequence[str], kind: str = "customers") -> list[str | None]:
    """A field for each column (None: not imported), from the header's words; each field
    once, except phones and e-mails, which may come in several columns."""
    known = _HEADERS[kind]
    out: list[str | None] = []
    used: set[str] = set()
    for header in headers:
        key = normalize_header(header)
        found = header if header in FIELDS[kind] else known.get(key)
        if found is None:
            found = next((f for p, f in _PATTERNS if p.match(key)), None)
            if found is not None and found not in FIELDS[kind]:
                found = None
        if found is None and key in FIELDS[kind]:
            found = key
        if found is None and key.replace(" ", "_") in FIELDS[kind]:
            found = key.replace(" ", "_")
        if found in _EXACT_ONLY and header != found:
            found = None  # Google's "Photo" column is a link, not the picture
        if kind == "customers" and header in VCARD_FIELDS:
            found = VCARD_FIELDS[header]
        repeatable = found is not None and (
            found.split(":")[0] in ("phone", "email", "website", "messenger", "adr")
            or found.endswith("_label") or found in ADDRESS_PARTS)
        if found in used and not repeatable:
            found = None
        if found is not None:
            used.add(found)
        out.append(found)
    return out


def _signature(headers: Sequence[str], kind: str) -> str:
    return kind + "|" + "|".join(normalize_header(h) for h in headers)


def remembered_mapping(session: Session, headers: Sequence[str], kind: str
                       ) -> list[str | None] | None:
    """The mapping last used for a file with exactly these headers."""
    stored = settings.get(session, MAPPINGS_SETTING) or {}
    mapping = stored.get(_signature(headers, kind))
    if mapping is None or len(mapping) != len(headers):
        return None
    return [m if m in FIELDS[kind] else None for m in mapping]


def mapping_for(db: Database, headers: Sequence[str], kind: str) -> list[str | None]:
    """The mapping used last time for these headers, else the one guessed from them."""
    with db.sessions() as session:
        return remembered_mapping(session, headers, kind) or guess_mapping(headers, kind)


def remember_mapping(session: Session, headers: Sequence[str], kind: str,
                     mapping: Sequence[str | None]) -> None:
    stored = dict(settings.get(session, MAPPINGS_SETTING) or {})
    key = _signature(headers, kind)
    stored.pop(key, None)
    stored[key] = list(mapping)
    while len(stored) > MAPPINGS_KEPT:  # the oldest first: dicts keep insertion order
        stored.pop(next(iter(stored)))
    settings.put(session, MAPPINGS_SETTING, stored)


def mapping_from_file(path: str | Path, headers: Sequence[str], kind: str
                      ) -> list[str | None]:
    """A mapping file: JSON {"column header": "field", …}; columns it does not name are not
    imported."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ServiceError(f"{path}: no such mapping file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ServiceError(f"{path}: not a JSON mapping file ({exc})") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise ServiceError(f'{path}: expected an object {{"column header": "field", …}}')
    by_header = {normalize_header(h): i for i, h in enumerate(headers)}
    mapping: list[str | None] = [None] * len(headers)
    for header, name in data.items():
        if name is None or name == "":
            continue
        if name not in FIELDS[kind]:
            raise ServiceError(f"{path}: '{name}' (for column '{header}') is not a field for "
                               f"{kind}; fields: {', '.join(FIELDS[kind])}")
        index = by_header.get(normalize_header(header))
        if index is None:
            raise ServiceError(f"{path}: the file has no column '{header}' (columns: "
                               f"{', '.join(headers)})")
        mapping[index] = name
    return mapping


def check_mapping(mapping: Sequence[str | None], headers: Sequence[str], kind: str) -> None:
    if len(mapping) != len(headers):
        raise ServiceError(f"the mapping has {len(mapping)} columns, the file {len(headers)}")
    fields = {m for m in mapping if m}
    unknown = fields - set(FIELDS[kind])
    if unknown:
        raise ServiceError(f"not fields for {kind}: {', '.join(sorted(unknown))}")
    if kind == "customers":
        # a name, or something a person can be told by: a phone or an e-mail
        names = {"family_name", "given_name", "full_name", "full_name_given_first", "company",
                 "display_name", "nickname"}
        if not {f.split(":")[0] for f in fields} & (names | {"phone", "email"}):
            raise ServiceError("no column is mapped to a name, a company, a phone or an "
                               "e-mail; map at least one")
    else:
        missing = [f for f in ("date", "amount") if f not in fields]
        if missing:
            raise ServiceError(f"no column is mapped to: {', '.join(missing)}")
        if not fields & {f for f in PURCHASE_FIELDS if f.startswith("customer_")}:
            raise ServiceError("no column says whose purchase it is; map the customer's "
                               "e-mail, phone, card number, id or name")


# --- the report -----------------------------------------------------------------------------


@dataclass
class RowError:
    row: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f", {self.field}" if self.field else ""
        return f"row {self.row}{where}: {self.message}"


@dataclass
class ImportReport:
    kind: str
    source: str
    created: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False
    imported: bool = False  # False: nothing was written (a dry run, or rows were rejected)
    # kept, but unverified or moved (a number as written, a birthday into the notes)
    warnings: list[RowError] = field(default_factory=list)
    import_id: int | None = None  # the record `import undo` takes back

    def to_json(self) -> dict:
        return {"kind": self.kind, "source": self.source, "created": self.created,
                "updated": self.updated, "skipped": self.skipped, "rejected": self.rejected,
                "errors": [asdict(e) for e in self.errors], "dry_run": self.dry_run,
                "imported": self.imported, "warnings": [asdict(w) for w in self.warnings],
                "import_id": self.import_id}

    def summary(self) -> str:
        if self.imported:
            return (f"{self.source}: {self.created} created, {self.updated} updated, "
                    f"{self.skipped} unchanged, {self.rejected} rejected")
        return (f"{self.source}: {self.created} to create, {self.updated} to update, "
                f"{self.skipped} unchanged, {self.rejected} rejected; nothing was written")


class _Rejected(Exception):
    def __init__(self, errors: list[RowError]):
        super().__init__(errors)
        self.errors = errors


class _DryRun(Exception):
    pass


# --- cells to drafts ------------------------------------------------------------------------


_LISTS = {"phones": "phone", "emails": "email", "contacts": "phone", "websites": "website",
          "messengers": "messenger", "addresses": "address_line1", "consents": "consent_email",
          "tags": "tags", "dates": "anniversary"}


def _base_field(name: str) -> str:
    """The import field a validation error is about: phones[1] → phone,
    addresses[0].country → country."""
    m = re.match(r"^(\w+)\[\d+\](?:\.(\w+))?$", name)
    if not m:
        return name
    if m.group(1) == "addresses" and m.group(2) in ("line1", "line2"):
        return "address_" + m.group(2)
    if m.group(1) == "addresses" and m.group(2):
        return m.group(2)
    return _LISTS.get(m.group(1), m.group(1))


def _column_of(name: str, row: Row, made: Draft | None) -> str:
    """The header of the column a draft's field came from: the second phone's own column,
    not the first phone column's."""
    m = re.match(r"^(\w+)\[(\d+)\]", name)
    if m and made is not None:
        header = made.origin(m.group(1), int(m.group(2)))
        if header:
            return header
    base = _base_field(name)
    header = row.header(base)
    return header if header != base else ""


def _field_errors(exc: ValidationError, row: Row, made: Draft | None = None
                  ) -> list[tuple[str, str]]:
    out = []
    for e in exc.errors:
        if e.field == "name":
            out.append(("name", "nothing says who this is: no name, company, phone or e-mail"))
            continue
        header = _column_of(e.field, row, made)
        out.append((_base_field(e.field), (f"column '{header}': " if header else "")
                    + e.message))
    return out


def _warnings(d: CustomerDraft, row: Row, made: Draft) -> list[tuple[str, str]]:
    """What was kept but could not be verified, for the user to review."""
    out = list(made.warnings)
    counters: dict[str, int] = {}
    for c in d.contacts:
        n = counters.get(c.kind, 0)
        counters[c.kind] = n + 1
        if c.unverified:
            header = _column_of(f"{c.kind}s[{n}]", row, made)
            out.append((c.kind, (f"column '{header}': " if header else "")
                        + f"'{c.value}' kept as written, {c.unverified}"))
    for i, a in enumerate(d.addresses):
        if a.country and len(a.country) != 2:
            header = made.origin("addresses", i) or row.header("country")
            out.append(("country", f"column '{header}': '{a.country}' kept as written; "
                                   "Regulars does not know which country that is"))
    return out



# --- matching -------------------------------------------------------------------------------


def _same_name(a: str, b: str) -> bool:
    if fold(a) == fold(b):
        return True
    # "Ivanova" in one file and "Иванова" in the other
    return fold(b) in {fold(v) for v in latin_variants(a)} or \
        fold(a) in {fold(v) for v in latin_variants(b)}


def _may_be_same(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two (family, given) names can be one person: each part the same where both
    have it. A family's shared phone or e-mail does not make Maria her mother Anna."""
    return all(not (x and y) or _same_name(x, y) for x, y in zip(a, b, strict=True))


def _name_key(family: str, given: str) -> str:
    return fold(f"{family} {given}").strip()


def _place(a: AddressDraft) -> str:
    return "|".join(fold(x) for x in (a.line1, a.city, a.postcode))


class _Index:
    """Who is already in the file, by their ids in other programs, e-mail and phone, else by
    name and birthday or address; new rows join it as they are read, so a file that lists
    someone twice makes one customer."""

    def __init__(self, session: Session, own_prefix: str = ""):
        self.own = own_prefix  # the UIDs Regulars' own vCard export gives this file's customers
        self.by_key: dict[tuple[str, str], list[int | str]] = {}
        self.names: dict[int | str, tuple[str, str]] = {}

        def put(key: tuple[str, str], cid: int) -> None:
            found = self.by_key.setdefault(key, [])
            if cid not in found:
                found.append(cid)

        for cid, ext, family, given, year, month, day in session.execute(
                select(Customer.id, Customer.external_id, Customer.family_name,
                       Customer.given_name, Customer.birth_year, Customer.birth_month,
                       Customer.birth_day)):
            self.names[cid] = (family, given)
            put(("id", str(cid)), cid)
            if ext is not None:
                put(("x", ext), cid)
            name = _name_key(family, given)
            if name:
                put(("n", name), cid)
                if month:
                    put(("nb", f"{name}|{year}|{month}|{day}"), cid)
        for cid, source, ref in session.execute(select(ExternalRef.customer_id,
                                                       ExternalRef.source, ExternalRef.ref)):
            put(("r:" + source, ref), cid)
        for cid, kind, value in session.execute(
                select(ContactPoint.customer_id, ContactPoint.kind, ContactPoint.value)
                .where(ContactPoint.kind.in_(("email", "phone")))):
            put((kind, value.casefold()), cid)
        for cid, line1, city, postcode in session.execute(
                select(Address.customer_id, Address.line1, Address.city, Address.postcode)):
            name = _name_key(*self.names.get(cid, ("", "")))
            if name:
                put(("na", name + "|" + "|".join(fold(x) for x in (line1, city, postcode))),
                    cid)

    def keys(self, d: CustomerDraft) -> list[tuple[str, str]]:
        keys = []
        for source, ref in d.refs:
            if source == "vcard" and self.own and ref.startswith(self.own):
                keys.append(("id", ref[len(self.own):]))
            keys.append(("r:" + source, ref))
        if d.external_id:
            keys.append(("x", d.external_id))
        keys += [(c.kind, c.value.casefold()) for c in d.contacts
                 if c.kind in ("email", "phone")]
        name = _name_key(d.family_name, d.given_name)
        if name:
            if d.birthday is not None:
                b = d.birthday
                keys.append(("nb", f"{name}|{b.year}|{b.month}|{b.day}"))
            keys += [("na", f"{name}|{_place(a)}") for a in d.addresses]
            if not (d.refs or d.external_id or d.contacts or d.birthday or d.addresses):
                keys.append(("n", name))  # nothing but a name: the same name is them
        return keys

    def find(self, d: CustomerDraft) -> int | str | None:
        """The customer this draft is: the same id in the other program, else the same
        e-mail or phone under a name that can be theirs, else the same name with the same
        birthday or address."""
        name = (d.family_name, d.given_name)
        for key in self.keys(d):
            strong = key[0] in ("id", "x") or key[0].startswith("r:")
            for who in self.by_key.get(key, ()):
                if strong or _may_be_same(self.names[who], name):
                    return who
        return None

    def customers(self, key: tuple[str, str]) -> list[int]:
        """The customers already written that have this id, e-mail or phone."""
        return [w for w in self.by_key.get(key, ()) if isinstance(w, int)]

    def add(self, d: CustomerDraft, who: int | str) -> None:
        self.names[who] = (d.family_name, d.given_name)
        for key in self.keys(d):
            found = self.by_key.setdefault(key, [])
            if who not in found:
                found.append(who)

    def rebind(self, d: CustomerDraft, old: str, new: int) -> None:
        """A new customer of this file, known by its row until written, now by its id."""
        self.names[new] = self.names.pop(old)
        for key in self.keys(d):
            found = self.by_key.get(key, [])
            if old in found:
                found[found.index(old)] = new


_REPLACED = ("family_name", "given_name", "patronymic", "family_name_latin", "given_name_latin",
             "company", "job_title", "nickname", "language", "notes", "source")


def merge_drafts(old: CustomerDraft, new: CustomerDraft) -> CustomerDraft:
    """What the file says added to what is known: filled fields replace, contacts, addresses,
    dates, ids and tags are added, nothing is taken away."""
    out = replace(old, contacts=list(old.contacts), addresses=list(old.addresses),
                  tags=list(old.tags), consents=list(old.consents), dates=list(old.dates),
                  refs=list(old.refs))
    for name in _REPLACED:
        value = getattr(new, name)
        if value and not (name in ("family_name", "given_name", "patronymic")
                          and getattr(old, name) and _same_name(getattr(old, name), value)):
            setattr(out, name, value)  # but "Ivanova" does not rename "Иванова"
    if new.external_id and not old.external_id:
        out.external_id = new.external_id  # another program's id never replaces the first
    if new.photo and not old.photo:
        out.photo, out.photo_type = new.photo, new.photo_type
    if new.sex and new.sex != Sex.UNKNOWN.value:
        out.sex = new.sex
    if new.birthday is not None:
        out.birthday = new.birthday
    have = {(c.kind, c.value.casefold(), c.extension) for c in out.contacts}
    for c in new.contacts:
        if (c.kind, c.value.casefold(), c.extension) not in have:
            out.contacts.append(replace(c, primary=False))
            have.add((c.kind, c.value.casefold(), c.extension))
    places = {_place(a) for a in out.addresses}
    for a in new.addresses:
        if _place(a) not in places:
            out.addresses.append(replace(a, primary=False))
            places.add(_place(a))
    dates = {(x.kind, x.date) for x in out.dates}
    out.dates += [x for x in new.dates if (x.kind, x.date) not in dates]
    out.refs += [r for r in new.refs if r not in out.refs]
    known = {fold(t) for t in out.tags}
    out.tags += [t for t in new.tags if fold(t) not in known]
    channels = {c.channel: i for i, c in enumerate(out.consents)}
    for c in new.consents:
        if c.channel in channels:
            old_c = out.consents[channels[c.channel]]
            if old_c.given != c.given:
                out.consents[channels[c.channel]] = c
        else:
            out.consents.append(c)
    return out


# --- the import -----------------------------------------------------------------------------


MODES = ("both", "create", "update")


def import_table(db: Database, table: Table, mapping: Sequence[str | None],
                 kind: str = "customers", *, dry_run: bool = False, skip_bad: bool = False,
                 clean: bool = True, remember: bool = True, mode: str = "both",
                 progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import the table in one transaction. Rows that fail their checks are reported; with
    any rejected, nothing is written unless `skip_bad` (import the good rows). A dry run
    reports the same and writes nothing. `mode`: "create" only adds customers not in the
    file yet, "update" only adds to those who are, "both" does both. What an import of
    customers did is recorded, so that services.import_undo can take it back."""
    if kind not in KINDS:
        raise ServiceError(f"'{kind}' is not a kind of import (customers, purchases)")
    if mode not in MODES:
        raise ServiceError(f"'{mode}' is not a mode of import ({', '.join(MODES)})")
    check_mapping(mapping, table.headers, kind)
    report = ImportReport(kind, table.source, dry_run=dry_run)
    for number, message in table.problems:
        report.errors.append(RowError(number, "", message))
    report.warnings += [RowError(number, "", message) for number, message in table.warnings]
    try:
        with db.transaction() as session:
            with no_gc_pauses():  # a draft per row: many objects, no cycles
                if kind == "customers":
                    _import_customers(session, table, mapping, report, clean, progress, mode)
                else:
                    _import_purchases(session, table, mapping, report, clean, progress)
            report.rejected = len({e.row for e in report.errors})
            if report.rejected and not skip_bad:
                raise _Rejected(report.errors)
            if dry_run:
                raise _DryRun
            if remember:
                remember_mapping(session, table.headers, kind, mapping)
        report.imported = True
    except (_Rejected, _DryRun):
        report.import_id = None
    report.errors.sort(key=lambda e: e.row)
    report.warnings.sort(key=lambda e: e.row)
    return report


def _import_customers(session: Session, table: Table, mapping: Sequence[str | None],
                      report: ImportReport, clean: bool,
                      progress: Callable[[int, int], None] | None, mode: str = "both") -> None:
    from services import import_undo

    region = settings.phone_region(session)
    index = _Index(session, import_undo.own_uid_prefix(session))
    tags = tag_index(session)
    pending: dict[str, CustomerDraft] = {}  # new customers not written yet, by their row
    fresh: set[int] = set()  # customers this import created (and wrote already)
    current: dict[int, CustomerDraft] = {}  # what the file makes of customers it touched
    originals: dict[int, CustomerDraft] = {}  # …and what they were before

    def write_pending() -> None:
        # written while the rest of the file is still being read and checked
        keys = list(pending)
        for key, cid in zip(keys, add_validated(session, list(pending.values()), tags),
                            strict=True):
            draft = pending.pop(key)
            index.rebind(draft, key, cid)
            fresh.add(cid)
            originals[cid] = current[cid] = draft

    warned: dict[int, list[RowError]] = {}
    for i, (number, draft, errors, warnings) in enumerate(_prepared(table, mapping, clean,
                                                                    region)):
        if progress and i % 1000 == 0:
            progress(i, len(table.rows))
        if errors:
            report.errors += [RowError(number, f, m) for f, m in errors]
            continue
        if draft is None:  # an empty row
            continue
        who = index.find(draft)
        if (who is None and mode == "update") or (isinstance(who, int) and who not in fresh
                                                  and mode == "create"):
            report.skipped += 1
            continue
        warned[number] = [RowError(number, f, m) for f, m in warnings]
        if who is None:
            key = f"row{number}"
            pending[key] = draft
            index.add(draft, key)
            report.created += 1
            if len(pending) >= FLUSH_EVERY:
                write_pending()
            continue
        if isinstance(who, int) and who not in current:
            originals[who] = current[who] = draft_from(_load(session, who))
        before = pending[who] if isinstance(who, str) else current[who]
        merged = merge_drafts(before, draft)
        if merged == before:
            report.skipped += 1
            continue
        try:
            merged = validate(session, merged, None if isinstance(who, str) else who,
                              region=region)
        except ValidationError as exc:
            row = Row(table.rows[i], mapping, table.headers, clean)
            report.errors += [RowError(number, f, m) for f, m in _field_errors(exc, row)]
            warned.pop(number, None)
            continue
        if isinstance(who, str):
            pending[who] = merged
        else:
            current[who] = merged
        report.skipped += 1  # until the end says whether the customer really changed
        index.add(merged, who)
    write_pending()
    changed = [cid for cid in current if cid not in fresh and current[cid] != originals[cid]]
    before = undo.take(session, changed)
    for cid in changed:
        update_customer(session, cid, current[cid])
    updated = import_undo.really_changed(session, before)
    report.updated = len(updated)
    report.skipped -= len(updated)
    report.warnings += [w for ws in warned.values() for w in ws]
    if not report.dry_run and (fresh or updated):
        report.import_id = import_undo.record(session, report, sorted(fresh),
                                              {cid: before[cid] for cid in updated})
    if progress:
        progress(len(table.rows), len(table.rows))


def _prepare_row(cells: list[str], mapping: Sequence[str | None], headers: Sequence[str],
                 clean: bool, region: str, month_first: bool = True
                 ) -> tuple[CustomerDraft | None, list[tuple[str, str]], list[tuple[str, str]]]:
    """One row to a validated draft, or its problems (field, message), and what was kept
    but could not be verified; (None, [], []) when the row is empty. No database: it may run
    in another process."""
    row = Row(cells, mapping, headers, clean)
    if not row.first:
        return None, [], []
    made = customer_draft(row, month_first)
    try:
        draft = validate(None, made.draft, region=region)
    except ValidationError as exc:
        return None, _field_errors(exc, row, made), []
    return draft, [], _warnings(draft, row, made)


_SCALARS = tuple(f.name for f in fields(CustomerDraft)
                 if f.name not in ("contacts", "addresses", "dates", "documents",
                                   "preferences", "tags", "consents", "refs"))
_ADDRESS = tuple(f.name for f in fields(AddressDraft))
_CONTACT = tuple(f.name for f in fields(ContactDraft))
_DATE = tuple(f.name for f in fields(DateDraft))


def _pack(d: CustomerDraft | None) -> tuple | None:
    """A draft as plain tuples: what crosses from a worker process. Unpickling tuples is a
    tenth of the cost of unpickling dataclasses, and this end reads 100,000 of them."""
    if d is None:
        return None
    return (tuple(getattr(d, n) for n in _SCALARS),
            tuple(tuple(getattr(c, n) for n in _CONTACT) for c in d.contacts),
            tuple(tuple(getattr(a, n) for n in _ADDRESS) for a in d.addresses),
            tuple(d.tags), tuple((c.channel, c.given, c.method) for c in d.consents),
            tuple(tuple(getattr(x, n) for n in _DATE) for x in d.dates), tuple(d.refs))


def _unpack(packed: tuple | None) -> CustomerDraft | None:
    if packed is None:
        return None
    scalars, contacts, addresses, tags, consents, dates, refs = packed
    d = CustomerDraft(**dict(zip(_SCALARS, scalars, strict=True)))
    d.contacts = [ContactDraft(*c) for c in contacts]
    d.addresses = [AddressDraft(*a) for a in addresses]
    d.tags = list(tags)
    d.consents = [ConsentDraft(*c) for c in consents]
    d.dates = [DateDraft(*x) for x in dates]
    d.refs = list(refs)
    return d


def _prepare_batch(args) -> list[tuple]:
    rows, mapping, headers, clean, region, order = args
    out = []
    for cells in rows:
        draft, errors, warnings = _prepare_row(cells, mapping, headers, clean, region, order)
        out.append((_pack(draft), errors, warnings))
    return out


def _column(table: Table, mapping: Sequence[str | None], field_name: str) -> list[str]:
    return [cells[i] for i, f in enumerate(mapping) if f == field_name for cells in table.rows]


def _prepared(table: Table, mapping: Sequence[str | None], clean: bool, region: str):
    """(row number, draft or None, errors) for each row, in order. Reading and checking the
    rows is most of an import's work and needs no database, so a large file is checked by
    worker processes, one per core, while this one matches and writes."""
    n = len(table.rows)
    order = month_first(_column(table, mapping, "birthday"), region)
    workers = min((os.cpu_count() or 1) - 1, MAX_WORKERS)
    if n < PARALLEL_FROM or workers < 1:
        for number, cells in zip(table.numbers, table.rows, strict=True):
            yield (number, *_prepare_row(cells, mapping, table.headers, clean, region, order))
        return
    batches = [(table.rows[i:i + BATCH], list(mapping), list(table.headers), clean, region,
                order) for i in range(0, n, BATCH)]
    # spawn, not fork: the window's process has Qt's threads, which a fork would copy broken
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        numbers = iter(table.numbers)
        for results in pool.map(_prepare_batch, batches):
            for packed, errors, warnings in results:
                yield next(numbers), _unpack(packed), errors, warnings


def preview(table: Table, mapping: Sequence[str | None], region: str, clean: bool = True,
            rows: int = 10) -> list[str]:
    """How each of the first rows of a customer file will be read, in words: the name, the
    birthday as a date, the contacts as stored; or what is wrong with the row."""
    order = month_first(_column(table, mapping, "birthday"), region)
    out = []
    for cells in table.rows[:rows]:
        draft, errors, warnings = _prepare_row(cells, mapping, table.headers, clean, region,
                                               order)
        if errors:
            out.append("✗ " + "; ".join(m for _f, m in errors))
        elif draft is None:
            out.append("")
        else:
            name = " ".join(x for x in (draft.family_name, draft.given_name, draft.patronymic)
                            if x)
            parts = [name or draft.company]
            if name and draft.company:
                parts.append(draft.company)
            parts.append(format_user_date(draft.birthday))
            parts += [c.value for c in draft.contacts]
            parts += [a.city for a in draft.addresses if a.city]
            parts += ["⚠ " + m for _f, m in warnings]
            out.append(" · ".join(p for p in parts if p))
    return out


def preview_for(db: Database, table: Table, mapping: Sequence[str | None], clean: bool = True,
                rows: int = 10) -> list[str]:
    with db.sessions() as session:
        region = settings.phone_region(session)
    return preview(table, mapping, region, clean, rows)


def _load(session: Session, cid: int) -> Customer:
    return session.execute(
        select(Customer).where(Customer.id == cid).options(
            selectinload(Customer.contacts), selectinload(Customer.addresses),
            selectinload(Customer.tags), selectinload(Customer.consents),
            selectinload(Customer.refs), selectinload(Customer.dates))
    ).scalar_one()


def _import_purchases(session: Session, table: Table, mapping: Sequence[str | None],
                      report: ImportReport, clean: bool,
                      progress: Callable[[int, int], None] | None) -> None:
    region = settings.phone_region(session)
    currency = settings.currency(session)
    order = month_first(_column(table, mapping, "date"), region)
    index = _Index(session)
    cards = dict(session.execute(select(Card.number, Card.customer_id)).all())
    seen: set[tuple] = set()
    for cid, day, amount, description in session.execute(
            select(Purchase.customer_id, Purchase.date, Purchase.amount,
                   Purchase.description)):
        seen.add((cid, day, amount, fold(description)))
    for i, (number, cells) in enumerate(zip(table.numbers, table.rows, strict=True)):
        if progress and i % 1000 == 0:
            progress(i, len(table.rows))
        row = Row(cells, mapping, table.headers, clean)
        if not row.first:  # an empty row
            continue
        errors: list[RowError] = []
        cid = _purchase_customer(session, row, index, cards, region, number, errors)
        try:
            day = (parse_import_date(row.get("date"), "date", order) if row.get("date")
                   else None)
            if day is None or day.year is None:
                raise field_error("date", f"column '{row.header('date')}': "
                                             + ("is empty" if day is None else
                                                f"'{row.get('date')}' has no year"))
            day = dt.date(day.year, day.month, day.day)
        except ValidationError as exc:
            errors.append(RowError(number, "date", exc.errors[0].message))
            day = None
        try:
            if not row.get("amount"):
                raise field_error("amount", "is empty")
            value = parse_amount(_amount(row.get("amount")), row.get("currency").upper()
                                 or currency)
        except (ValidationError, ServiceError) as exc:
            message = exc.errors[0].message if isinstance(exc, ValidationError) else str(exc)
            errors.append(RowError(number, "amount", f"column '{row.header('amount')}': "
                                                     f"{message}"))
            value = None
        status = _status(row.get("status"))
        if status is None:
            errors.append(RowError(number, "status", f"column '{row.header('status')}': "
                                   f"'{row.get('status')}' is not one of: "
                                   + ", ".join(s.value for s in PurchaseStatus)))
        if errors or cid is None:
            report.errors += errors
            continue
        description = row.get("description")
        key = (cid, day, value, fold(description))
        if key in seen:
            report.skipped += 1
            continue
        try:
            add_purchase(session, cid, value, date=day, currency=row.get("currency") or None,
                         description=description, category=row.get("category"),
                         status=status)
        except ValidationError as exc:
            report.errors += [RowError(number, e.field, e.message) for e in exc.errors]
            continue
        seen.add(key)
        report.created += 1


def _amount(text: str) -> str:
    """1 234,50 ₽ / 1,234.50 / -1250 → a plain decimal: spaces and currency signs out, a
    comma as the decimal mark when it is the only mark."""
    value = re.sub(r"[^\d,.\-]", "", text)
    if "," in value and "." in value:
        value = value.replace(",", "")
    elif value.count(",") == 1 and len(value.split(",")[1]) <= 2:
        value = value.replace(",", ".")
    else:
        value = value.replace(",", "")
    return value or text


_STATUSES = {**{s.value: s.value for s in PurchaseStatus},
             "оплачено": "paid", "оплачен": "paid", "возврат": "returned",
             "отменен": "cancelled", "отменено": "cancelled"}


def _status(text: str) -> str | None:
    value = fold(text).strip()
    if not value:
        return PurchaseStatus.PAID.value
    return _STATUSES.get(value)


def _customers_named(session: Session, name: str) -> list[int]:
    """Customers whose whole name is this, family name first or last (the sort name is the
    folded full name, and indexed)."""
    words = name.split()
    orders = {fold(" ".join(words)), fold(" ".join(words[-1:] + words[:-1]))}
    return list(session.execute(select(Customer.id).where(Customer.sort_name.in_(orders),
                                                          Customer.archived.is_(False)))
                .scalars())


def _purchase_customer(session: Session, row: Row, index: _Index, cards: dict[str, int],
                       region: str, number: int, errors: list[RowError]) -> int | None:
    from services.contacts import normalize_email, normalize_phone

    tried, shared = [], []

    def key_of(kind: str, text: str) -> tuple[str, str] | None:
        try:
            if kind == "email":
                return kind, normalize_email(text).casefold()
            if kind == "phone":
                return kind, normalize_phone(text, region).casefold()
        except ValidationError:
            return None
        return kind, text

    for name, kind, label in (("customer_external_id", "x", "id"),
                              ("customer_email", "email", "e-mail"),
                              ("customer_phone", "phone", "phone")):
        text = row.get(name)
        if not text:
            continue
        tried.append(f"{label} '{text}'")
        key = key_of(kind, text)
        found = index.customers(key) if key else []
        if len(found) == 1:
            return found[0]
        if found:  # a family's shared phone: the name or the card decides
            shared.append(f"{len(found)} customers have the {label} '{text}'")
    if row.get("customer_card"):
        tried.append(f"card '{row.get('customer_card')}'")
        found = cards.get(re.sub(r"\D", "", row.get("customer_card")))
        if found is not None:
            return found
    if row.get("customer_name"):
        name = row.get("customer_name")
        tried.append(f"name '{name}'")
        ids = _customers_named(session, name)
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            errors.append(RowError(number, "customer", f"{len(ids)} customers are called "
                                   f"'{name}'; give their e-mail, phone or card number"))
            return None
    if shared:
        errors.append(RowError(number, "customer", "; ".join(shared) + "; give their card "
                               "number or full name too"))
    elif not tried:
        errors.append(RowError(number, "customer", "says nothing about whose purchase it is"))
    else:
        errors.append(RowError(number, "customer", "no customer with " + " or ".join(tried)))
    return None
