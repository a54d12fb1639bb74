"""Getting the customers out: CSV (Excel-friendly, formula-safe), XLSX, vCard 3.0/4.0 that
phone and desktop address books read back, and a full JSON export of everything (a portable
backup, and for one customer, the answer to a subject access request)."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from decimal import Decimal

import vobject
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    Address,
    ContactPoint,
    Customer,
    ExternalRef,
    ImportantDate,
    Tag,
    customer_tag,
)
from models.customer import display_name
from models.database import Database
from models.enums import DateKind, Sex
from services.core.errors import field_error
from services.core.gcpause import no_gc_pauses
from services.customers.writing import customers_to_dicts
from services.directory.search import all_ids
from services.outreach.audience import safe_cell
from services.text.dates import iso_date
from services.transfer import undo as import_undo

# The headers are the import's field names (services.transfer.importing), so that a file exported
# here maps itself column by column when it is imported again.
COLUMNS = ("id", "family_name", "given_name", "patronymic", "family_name_latin",
           "given_name_latin", "company", "sex", "language", "birthday", "phone", "email",
           "address_line1", "address_line2", "city", "region", "postcode", "country", "tags",
           "notes", "purchases", "total_spent", "last_purchase")
PHONE = COLUMNS.index("phone")
FORMATS = ("csv", "xlsx", "vcf", "json", "ics")
CHUNK = 2000


def _ids(session: Session, ids: Sequence[int] | None) -> list[int]:
    return all_ids(session) if ids is None else list(ids)


def _records(db: Database, ids: Sequence[int] | None) -> list[dict]:
    """Everything about each customer (customer_to_dict's shape): the JSON export."""
    with db.sessions() as session:
        return customers_to_dicts(session, _ids(session, ids))


def _table_records(db: Database, ids: Sequence[int] | None, vcard: bool = False
                   ) -> list[dict]:
    """What the CSV, XLSX and vCard exports hold, in customer_to_dict's keys, read with a
    few plain queries per thousand customers: 100,000 are out in seconds. Only a vCard holds
    the dates, the photo and `uid`: the customer's vCard UID, the one they came with, else
    one naming this file (see services.transfer.undo.own_uid), so that importing the export
    again finds them."""
    c = Customer
    out = []
    uid_prefix = ""
    if vcard:
        with db.transaction() as session:  # the file's own id is made on first use
            uid_prefix = f"regulars-{import_undo.file_id(session)}-"
    with db.sessions() as session:
        order = _ids(session, ids)
        for start in range(0, len(order), CHUNK):
            part = order[start:start + CHUNK]
            rows = {r.id: r for r in session.execute(select(
                c.id, c.family_name, c.given_name, c.patronymic, c.family_name_latin,
                c.given_name_latin, c.company, c.sex, c.language, c.birth_year, c.birth_month,
                c.birth_day, c.notes, c.purchase_count, c.total_spent, c.last_purchase,
                c.job_title, c.nickname, c.photo_type)
                .where(c.id.in_(part)))}
            pictures = dict(session.execute(select(c.id, c.photo).where(
                c.id.in_(part), c.photo.is_not(None))).all()) if vcard else {}
            uids = dict(session.execute(select(ExternalRef.customer_id, ExternalRef.ref).where(
                ExternalRef.customer_id.in_(part), ExternalRef.source == "vcard")
                .order_by(ExternalRef.id.desc())).all()) if vcard else {}
            contacts: dict[int, dict[str, list[dict]]] = {}
            for cid, kind, value, label, primary, unverified, extension in session.execute(
                    select(ContactPoint.customer_id, ContactPoint.kind, ContactPoint.value,
                           ContactPoint.label, ContactPoint.is_primary, ContactPoint.unverified,
                           ContactPoint.extension)
                    .where(ContactPoint.customer_id.in_(part))
                    .order_by(ContactPoint.customer_id, ContactPoint.position)):
                contacts.setdefault(cid, {}).setdefault(kind, []).append(
                    {"value": value, "label": label, "primary": primary,
                     "verified": not unverified, "unverified": unverified,
                     "extension": extension})
            addresses: dict[int, list[dict]] = {}
            for a in session.execute(select(
                    Address.customer_id, Address.label, Address.recipient, Address.line1,
                    Address.line2, Address.city, Address.region, Address.postcode,
                    Address.country, Address.is_primary).where(Address.customer_id.in_(part))
                    .order_by(Address.customer_id, Address.position)):
                addresses.setdefault(a.customer_id, []).append(
                    {"label": a.label, "recipient": a.recipient, "line1": a.line1,
                     "line2": a.line2, "city": a.city, "region": a.region,
                     "postcode": a.postcode, "country": a.country, "primary": a.is_primary})
            dates: dict[int, list[dict]] = {}
            for d in [] if not vcard else session.execute(select(
                    ImportantDate.customer_id, ImportantDate.kind, ImportantDate.label,
                    ImportantDate.year, ImportantDate.month, ImportantDate.day,
                    ImportantDate.yearly, ImportantDate.note)
                    .where(ImportantDate.customer_id.in_(part))
                    .order_by(ImportantDate.customer_id, ImportantDate.id)):
                dates.setdefault(d.customer_id, []).append(
                    {"kind": d.kind, "label": d.label, "yearly": d.yearly,
                     "date": iso_date(d.month, d.day, d.year), "note": d.note})
            tags: dict[int, list[str]] = {}
            for cid, name in session.execute(
                    select(customer_tag.c.customer_id, Tag.name)
                    .join(Tag, Tag.id == customer_tag.c.tag_id)
                    .where(customer_tag.c.customer_id.in_(part)).order_by(Tag.name)):
                tags.setdefault(cid, []).append(name)
            for cid in part:
                r = rows.get(cid)
                if r is None:
                    continue
                mine = contacts.get(cid, {})
                birthday = (iso_date(r.birth_month, r.birth_day, r.birth_year)
                            if r.birth_month and r.birth_day else None)
                out.append({
                    "id": cid, "name": display_name(r.family_name, r.given_name, r.patronymic,
                                                    r.company),
                    "family_name": r.family_name, "given_name": r.given_name,
                    "patronymic": r.patronymic, "family_name_latin": r.family_name_latin,
                    "given_name_latin": r.given_name_latin, "company": r.company,
                    "sex": r.sex, "language": r.language, "birthday": birthday,
                    "phones": mine.get("phone", []), "emails": mine.get("email", []),
                    "websites": mine.get("website", []),
                    "messengers": mine.get("messenger", []),
                    "addresses": addresses.get(cid, []), "dates": dates.get(cid, []),
                    "tags": tags.get(cid, []), "job_title": r.job_title,
                    "nickname": r.nickname, "uid": uids.get(cid, f"{uid_prefix}{cid}"),
                    "photo": ({"type": r.photo_type, "data": pictures[cid]}
                              if cid in pictures else None),
                    "notes": r.notes,
                    "purchases": {"count": r.purchase_count, "total": float(r.total_spent),
                                  "last": r.last_purchase.isoformat() if r.last_purchase
                                  else None}})
            session.expunge_all()
    return out


def _all(items: list[dict]) -> str:
    """Every phone (or e-mail) in one cell, the primary first, as the import reads them."""
    if len(items) < 2:  # most customers: no list to order
        return items[0]["value"] if items else ""
    ordered = sorted(items, key=lambda i: not i["primary"])
    return ", ".join(i["value"] for i in ordered)


_ADDRESS_PARTS = ("line1", "line2", "city", "region", "postcode", "country")


def _primary_address(addresses: list[dict]) -> dict | None:
    """The primary address, else the first (the one a table has room for)."""
    return next((a for a in addresses if a["primary"]), addresses[0] if addresses else None)


def _row(r: dict) -> list:
    address = _primary_address(r["addresses"])
    return [r["id"], r["family_name"], r["given_name"], r["patronymic"],
            r["family_name_latin"], r["given_name_latin"], r["company"], r["sex"],
            r["language"], r["birthday"] or "", _all(r["phones"]), _all(r["emails"]),
            *(address[k] if address else "" for k in _ADDRESS_PARTS), ", ".join(r["tags"]),
            r["notes"], r["purchases"]["count"], r["purchases"]["total"],
            r["purchases"]["last"] or ""]


def to_csv(records: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for r in records:
        writer.writerow([safe_cell(v) if isinstance(v, str) else v for v in _row(r)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _text_cell(sheet, text: str) -> WriteOnlyCell:
    """A cell Excel keeps as text: a phone number as a number would lose its + (and be
    shown as 7.9E+10), and an apostrophe in front would be part of the value."""
    cell = WriteOnlyCell(sheet, value=text or None)
    cell.data_type = "s"  # openpyxl would take a value starting with = for a formula
    cell.number_format = "@"  # what is typed in over it stays text too
    return cell


def to_xlsx(records: list[dict]) -> bytes:
    # write-only: rows go straight to the file instead of a cell object each
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Customers")
    sheet.append(list(COLUMNS))
    for r in records:
        row = [safe_cell(v) if isinstance(v, str) else v for v in _row(r)]
        row[PHONE] = _text_cell(sheet, _all(r["phones"]))
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# What vCard has no property for is written so that a re-import can find it again:
#   sex       4.0 GENDER:F|M; 3.0 X-GENDER with the same letter (unknown: left out)
#   language  4.0 LANG:ru; 3.0 X-LANGUAGE:ru
#   dates     the first wedding anniversary as 4.0 ANNIVERSARY (3.0: X-ANNIVERSARY, as KDE and
#             Evolution write it); every other important date as
#             X-REGULARS-DATE;X-KIND=<DateKind value>[;X-LABEL=…][;X-YEARLY=FALSE]:<ISO date
#             or --MM-DD>, the kind spelled as models.enums.DateKind stores it
#   addresses every one, the primary first (readers that take one ADR take that), TYPE=home/
#             work when the label is one of those (and pref for the primary), any other
#             label as X-LABEL=…, the recipient as X-RECIPIENT=…; line 2 of the street after a
#             line break in the street component, as Apple Contacts writes it
_GENDER = {Sex.FEMALE.value: "F", Sex.MALE.value: "M"}
_ADR_TYPES = ("home", "work")


def _param(text: str) -> list[str]:
    """A parameter value: vCard allows no double quote or line break in one."""
    return [" ".join(text.replace('"', "'").split())]


def _typed(prop, version: str, kinds: list[str], primary: bool = False) -> None:
    if version == "3.0":
        kinds = [k.upper() for k in kinds] + (["PREF"] if primary else [])
    elif primary:
        prop.params["PREF"] = ["1"]
    if kinds:
        prop.params["TYPE"] = kinds


def _labelled(prop, version: str, contact: dict, types: dict[str, str], plain: list[str],
              pref_version: str | None = None) -> None:
    """TYPE for a label vCard knows (spelled as `version` spells it), X-LABEL for any other;
    PREF for the primary, as `pref_version` (else `version`) writes it."""
    label = contact["label"]
    known = types.get(label.lower())
    kinds = plain + ([known] if known else [])
    if (pref_version or version) == "4.0":
        _typed(prop, version, kinds)
        if contact["primary"]:
            prop.params["PREF"] = ["1"]
    else:
        _typed(prop, version, kinds, contact["primary"])
    if label and not known:
        prop.params["X-LABEL"] = _param(label)


def _add_date(card, name: str, date: dict):
    prop = card.add(name)
    prop.value = date["date"]
    if date["label"]:
        prop.params["X-LABEL"] = _param(date["label"])
    return prop


def to_vcards(records: list[dict], version: str = "3.0") -> bytes:
    if version not in ("3.0", "4.0"):
        raise field_error("version", "vCard 3.0 or 4.0")
    ext = "" if version == "4.0" else "x-"  # 4.0's own property, or 3.0's extension of it
    cards = []
    for r in records:
        card = vobject.vCard()
        card.add("version").value = version
        card.add("n").value = vobject.vcard.Name(family=r["family_name"], given=r["given_name"],
                                                 additional=r["patronymic"])
        card.add("fn").value = r["name"]
        if r["company"]:
            card.add("org").value = [r["company"]]
        if r["sex"] in _GENDER:
            card.add(ext + "gender").value = _GENDER[r["sex"]]
        if r["language"]:
            card.add("lang" if version == "4.0" else "x-language").value = r["language"]
        for phone in r["phones"]:
            tel = card.add("tel")
            # an extension as RFC 3966 writes it; a number kept as written already holds its own
            tel.value = phone["value"] + (f";ext={phone['extension']}" if phone["extension"]
                                          and phone["verified"] else "")
            # TYPE in capitals in both versions, as this export has always written phones
            _labelled(tel, "3.0", phone, {"mobile": "cell", "work": "work", "home": "home"},
                      [] if phone["label"] else ["voice"], version)
        for mail in r["emails"]:
            entry = card.add("email")
            entry.value = mail["value"]
            _labelled(entry, version, mail, {"home": "home", "work": "work"},
                      ["internet"] if version == "3.0" else [])
        for a in sorted(r["addresses"], key=lambda a: not a["primary"]):
            adr = card.add("adr")
            adr.value = vobject.vcard.Address(
                street="\n".join(x for x in (a["line1"], a["line2"]) if x), city=a["city"],
                region=a["region"], code=a["postcode"], country=a["country"])
            label = a["label"].lower()
            _typed(adr, version, [label] if label in _ADR_TYPES else [], a["primary"])
            if a["label"] and label not in _ADR_TYPES:
                adr.params["X-LABEL"] = _param(a["label"])
            if a["recipient"]:
                adr.params["X-RECIPIENT"] = _param(a["recipient"])
        if r["birthday"]:
            bday = card.add("bday")
            if version == "3.0" and r["birthday"].startswith("--"):
                # 3.0 has no "--MM-DD": Apple's convention for "year unknown"
                bday.value = "1604" + r["birthday"][1:]
                bday.params["X-APPLE-OMIT-YEAR"] = ["1604"]
            else:
                bday.value = r["birthday"]
        wedding = next((d for d in r["dates"] if d["kind"] == DateKind.WEDDING.value), None)
        if wedding is not None:  # at most one ANNIVERSARY in a card (RFC 6350)
            _add_date(card, ext + "anniversary", wedding)
        for d in r["dates"]:
            if d is not wedding:
                prop = _add_date(card, "x-regulars-date", d)
                prop.params["X-KIND"] = [d["kind"]]
                if not d["yearly"]:
                    prop.params["X-YEARLY"] = ["FALSE"]
        if r["notes"]:
            card.add("note").value = r["notes"]
        if r["tags"]:
            card.add("categories").value = list(r["tags"])
        for site in r["websites"]:
            card.add("url").value = site["value"]
        for handle in r["messengers"]:
            card.add("impp").value = handle["value"]
        if r["nickname"]:
            card.add("nickname").value = r["nickname"]
        if r["job_title"]:
            card.add("title").value = r["job_title"]
        if r["photo"]:
            photo = card.add("photo")
            kind = r["photo"]["type"].partition("/")[2].upper() or "JPEG"
            if version == "4.0":
                photo.value = (f"data:{r['photo']['type'] or 'image/jpeg'};base64,"
                               + base64.b64encode(r["photo"]["data"]).decode("ascii"))
            else:
                photo.encoding_param = "b"
                photo.type_param = kind
                photo.value = r["photo"]["data"]
        card.add("uid").value = r["uid"]
        cards.append(card.serialize())
    return "".join(cards).encode("utf-8")


def _json_default(value):
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def to_json(records: list[dict]) -> bytes:
    data = {"format": "regulars-export", "version": 1,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "customers": records}
    return json.dumps(data, ensure_ascii=False, indent=1, default=_json_default).encode()


def export(db: Database, fmt: str, ids: Sequence[int] | None = None,
           vcard_version: str = "3.0") -> tuple[bytes, int]:
    if fmt not in FORMATS:
        raise field_error("format", f"'{fmt}' is not one of: {', '.join(FORMATS)}")
    if fmt == "ics":  # birthdays, dates and tasks for a calendar program
        from services.agenda.calendar_file import build_calendar

        with db.sessions() as session:
            cal = build_calendar(session, ids=set(ids) if ids is not None else None)
            return cal.to_ical(), len({c["uid"] for c in cal.walk("VEVENT")})
    if fmt == "json":
        records = _records(db, ids)
        from services.customers.card_form import history_lines, purchase_lines

        with db.sessions() as session:  # the pictures too, which `customer show` only names
            # all of them and then the ones asked for: a list of 100,000 ids is too many
            # parameters for one query, and few customers have a picture
            pictures = dict(session.execute(select(Customer.id, Customer.photo).where(
                Customer.photo.is_not(None))).all())
        for r in records:  # everything held about them: purchases and history too
            r["purchase_list"] = [vars(p) for p in purchase_lines(db, r["id"])]
            r["history"] = [vars(h) for h in history_lines(db, r["id"])]
            if r["id"] in pictures:
                r["photo"]["base64"] = base64.b64encode(pictures[r["id"]]).decode("ascii")
        return to_json(records), len(records)
    with no_gc_pauses():
        records = _table_records(db, ids, vcard=fmt == "vcf")
    maker = {"csv": to_csv, "xlsx": to_xlsx,
             "vcf": lambda rs: to_vcards(rs, vcard_version)}[fmt]
    return maker(records), len(records)
