"""What an import's columns can be (the fields, as the mapping step shows them), the headers
they are guessed from — English, Russian and Bulgarian, Google's, Outlook's, Thunderbird's and a
vCard's — and the mapping remembered for the next file with the same headers."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from models.database import Database
from services.core import settings
from services.core.errors import ServiceError
from services.text.folding import N_, fold
from services.transfer.cells import ADDRESS_PARTS
from services.transfer.vcard import vcard_field

KINDS = ("customers", "purchases")
MAPPINGS_SETTING = "import_mappings"
MAPPINGS_KEPT = 50

# field → what the mapping step shows. "phone:mobile" is a phone with that label.
CUSTOMER_FIELDS: dict[str, str] = {
    "family_name": N_("Family name"),
    "given_name": N_("Given name"),
    "patronymic": N_("Patronymic / middle name"),
    "full_name": N_("Full name, family name first (split)"),
    "full_name_given_first": N_("Full name, given name first (split)"),
    "family_name_latin": N_("Family name in Latin letters"),
    "given_name_latin": N_("Given name in Latin letters"),
    "display_name": N_("Name as the address book shows it (when there is no other)"),
    "nickname": N_("Nickname"),
    "name_prefix": N_("Name prefix (Mrs, Dr…)"),
    "company": N_("Company"),
    "job_title": N_("Job title"),
    "department": N_("Department"),
    "sex": N_("Sex"),
    "language": N_("Language"),
    "birthday": N_("Birthday"),
    "birth_year": N_("Year of birth"),
    "birth_month": N_("Month of birth"),
    "birth_day": N_("Day of birth"),
    "anniversary": N_("Wedding anniversary"),
    "name_day": N_("Name day"),
    "date:passport_expiry": N_("Passport expires"),
    "date:child_birthday": N_("A child's birthday"),
    "date:founding_day": N_("Founding day (a company's)"),
    "date:custom": N_("Another date to remember"),
    "phone": N_("Phone"),
    "phone:mobile": N_("Phone (mobile)"),
    "phone:home": N_("Phone (home)"),
    "phone:work": N_("Phone (work)"),
    "phone_label": N_("Label of the phone in the next column"),
    "email": N_("E-mail"),
    "email:home": N_("E-mail (home)"),
    "email:work": N_("E-mail (work)"),
    "email_label": N_("Label of the e-mail in the next column"),
    "website": N_("Website"),
    "messenger": N_("Messenger or social profile"),
    "address_label": N_("Label of the address in the next columns"),
    "address_line1": N_("Street address"),
    "address_line2": N_("Address, second line"),
    "city": N_("City"),
    "region": N_("Region / state"),
    "postcode": N_("Postcode"),
    "country": N_("Country"),
    "adr": N_("Address as a vCard writes it"),
    "adr:home": N_("Home address as a vCard writes it"),
    "adr:work": N_("Work address as a vCard writes it"),
    "photo": N_("Photo (base64)"),
    "preferred": N_("Which phone, e-mail and address come first (TEL:…, EMAIL:…, ADR:…)"),
    "notes": N_("Notes"),
    "tags": N_("Tags"),
    "source": N_("Where they came from"),
    "external_id": N_("Id in the other program"),
    "consent_email": N_("Agrees to e-mail (yes/no)"),
    "consent_sms": N_("Agrees to SMS (yes/no)"),
    "consent_post": N_("Agrees to post (yes/no)"),
}
PURCHASE_FIELDS: dict[str, str] = {
    "date": N_("Date"),
    "amount": N_("Amount"),
    "currency": N_("Currency"),
    "description": N_("What"),
    "category": N_("Category"),
    "status": N_("Status"),
    "customer_external_id": N_("Customer: id in the other program"),
    "customer_email": N_("Customer: e-mail"),
    "customer_phone": N_("Customer: phone"),
    "customer_card": N_("Customer: card number"),
    "customer_name": N_("Customer: name"),
}
FIELDS = {"customers": CUSTOMER_FIELDS, "purchases": PURCHASE_FIELDS}

# Headers as people and programs write them (folded: lower case, punctuation → space),
# including Google Contacts' and Outlook's CSV exports and Russian spreadsheets.
_CUSTOMER_HEADERS = {
    "family_name": ["family name", "last name", "lastname", "surname", "family", "фамилия",
                    "last"],
    "given_name": ["given name", "first name", "firstname", "forename", "имя", "име",
                   "first"],
    "patronymic": ["patronymic", "middle name", "additional name", "отчество", "презиме",
                   "middle"],
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
                  "мессенджер", "телеграм", "messenger id"],
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
             "группы", "категории", "category"],
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


# fields only a reader that knows the cells' form names (services.transfer.readers' vCards)
_EXACT_ONLY = {"photo", "adr", "adr:home", "adr:work", "preferred"}


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
        if kind == "customers" and vcard_field(header):
            found = vcard_field(header)
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


def mapping_for(db: Database, headers: Sequence[str], kind: str,
                mapping_file: str | Path | None = None) -> list[str | None]:
    """The mapping of a mapping file if one is given, else the one used last time for these
    headers, else the one guessed from them."""
    if mapping_file:
        return mapping_from_file(mapping_file, headers, kind)
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
