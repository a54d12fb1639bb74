import csv
import datetime as dt
import io
import json

import pytest
import vobject
from openpyxl import load_workbook

from services.core.errors import ValidationError
from services.customers.history import add_interaction
from services.customers.writing import (
    AddressDraft,
    ConsentDraft,
    ContactDraft,
    CustomerDraft,
    DateDraft,
    DocumentDraft,
    PreferenceDraft,
    create_customer,
    link,
)
from services.sales.purchases import add_purchase
from services.text.dates import PartialDate
from services.transfer.export import COLUMNS, export
from services.transfer.importing import guess_mapping, import_table
from services.transfer.readers import read_file
from services.transfer.undo import own_uid


@pytest.fixture
def two(db):
    with db.transaction() as s:
        anna = create_customer(s, CustomerDraft(
            family_name="Петрова", given_name="Анна", patronymic="Ивановна",
            birthday=PartialDate(3, 8),
            contacts=[ContactDraft("phone", "+79123456789", "mobile"),
                      ContactDraft("phone", "+74951234567", "work"),
                      ContactDraft("email", "anna@example.com")],
            addresses=[AddressDraft("ул. Ленина, 1", city="Москва", postcode="101000",
                                    country="RU")], tags=["VIP"])).id
        evil = create_customer(s, CustomerDraft(family_name="=cmd|' /C calc'!A0",
                                                birthday=PartialDate(1, 2, 1980))).id
        add_purchase(s, anna, "1250.50", date=dt.date(2026, 1, 5), description="ring")
        add_interaction(s, anna, "call", text="asked about the ring")
    return anna, evil


@pytest.fixture
def complete(db):
    """A customer with every field filled in, and a friend to be related to."""
    with db.transaction() as s:
        friend = create_customer(s, CustomerDraft(family_name="Friend")).id
        cid = create_customer(s, CustomerDraft(
            family_name="Петрова", given_name="Мария", patronymic="Ивановна",
            family_name_latin="PETROVA", given_name_latin="MARIIA", company="Серебро",
            sex="female", salutation="Мария Ивановна", language="ru",
            birthday=PartialDate(3, 8, 1985), notes="Любит серебро", source="fair",
            is_adherent=True, penetration_percent="60", personal_discount_percent="5",
            regular_since=dt.date(2020, 5, 1), external_id="crm-17",
            contacts=[ContactDraft("phone", "+79123456789", "mobile"),
                      ContactDraft("phone", "+74951234567", "work"),
                      ContactDraft("email", "maria@example.com", "home"),
                      ContactDraft("messenger", "@mpetrova", "telegram"),
                      ContactDraft("website", "https://silver.example.com")],
            addresses=[AddressDraft("ул. Ленина, д. 1", "кв. 5", "Москва", "Московская обл.",
                                    "101000", "RU", "home", "Петровы"),
                       AddressDraft("Тверская, 7", city="Москва", postcode="125009",
                                    country="RU", label="work", primary=True),
                       AddressDraft("Садовая, 3", city="Руза", country="RU", label="дача")],
            dates=[DateDraft("wedding_anniversary", PartialDate(6, 12, 2010),
                             note="серебряная свадьба в 2035"),
                   DateDraft("name_day", PartialDate(8, 15), "Мария", note="звонить утром"),
                   DateDraft("passport_expiry", PartialDate(1, 1, 2030), yearly=False),
                   DateDraft("custom", PartialDate(9, 1), 'Первый "визит"')],
            documents=[DocumentDraft("foreign_passport", "75 1234567", dt.date(2030, 1, 1),
                                     dt.date(2020, 1, 1), "RU", "МВД 77001", "new one due")],
            preferences=[PreferenceDraft("metal", "silver", "no gold")],
            tags=["VIP"], consents=[ConsentDraft("email", True, "paper form")])).id
        link(s, cid, friend, "friend", "met at the fair")
    return cid


def test_csv_is_excel_friendly_and_formula_safe(db, two):
    data, n = export(db, "csv")
    assert n == 2 and data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    anna = next(r for r in rows if r["family_name"] == "Петрова")
    # a cell starting with + is neutralised too: Excel would read it as a formula
    assert (anna["phone"], anna["email"], anna["city"], anna["tags"]) == (
        "'+79123456789, +74951234567", "anna@example.com", "Москва", "VIP")
    assert anna["birthday"] == "'--03-08" and anna["total_spent"] == "1250.5"
    evil = next(r for r in rows if r["id"] == str(two[1]))
    assert evil["family_name"].startswith("'=")


def test_xlsx_opens_with_the_same_rows(db, two):
    data, _ = export(db, "xlsx")
    sheet = load_workbook(io.BytesIO(data)).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["id", "family_name", "given_name"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert any(v[1] == "Петрова" for v in values)
    assert any(str(v[1]).startswith("'=") for v in values)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcards_read_back_with_labels(db, two, version):
    data, _ = export(db, "vcf", [two[0]], vcard_version=version)
    (card,) = list(vobject.readComponents(data.decode("utf-8")))
    assert card.n.value.family == "Петрова" and card.n.value.given == "Анна"
    phones = {t.value: t.params["TYPE"][0] for t in card.contents["tel"]}
    assert phones == {"+79123456789": "CELL", "+74951234567": "WORK"}
    assert card.email.value == "anna@example.com"
    assert card.adr.value.city == "Москва" and card.adr.value.code == "101000"
    assert card.bday.value == ("--03-08" if version == "4.0" else "1604-03-08")
    with db.sessions() as s:  # the UID names this file, so a re-import here finds her
        assert card.uid.value == own_uid(s, two[0])


def test_json_holds_everything_about_a_customer(db, two):
    data, n = export(db, "json", [two[0]])
    payload = json.loads(data)
    assert payload["format"] == "regulars-export" and n == 1
    (anna,) = payload["customers"]
    assert anna["phones"][1] == {"value": "+74951234567", "label": "work", "primary": False,
                                 "verified": True, "unverified": "", "extension": ""}
    assert anna["purchase_list"][0]["amount"] == "1250.50"
    assert anna["history"][0]["text"] == "asked about the ring"
    with pytest.raises(ValidationError, match="not one of"):
        export(db, "pdf")


def test_ics_export_of_a_segment_or_everyone(db, make_customer):
    import icalendar

    from services.customers.writing import CustomerDraft, create_customer
    from services.text.dates import PartialDate
    from services.transfer.export import export

    with db.transaction() as s:
        anna = create_customer(s, CustomerDraft(family_name="Иванова",
                                                birthday=PartialDate(2, 29, 1988))).id
        create_customer(s, CustomerDraft(family_name="Smith", birthday=PartialDate(7, 4)))
    data, count = export(db, "ics")
    cal = icalendar.Calendar.from_ical(data)
    assert count == 2 and len(cal.walk("VEVENT")) == 2
    data, count = export(db, "ics", [anna])
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert count == 1 and "Иванова" in str(event["summary"])


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_of_a_customer_with_only_a_given_name(db, make_customer, version):
    cid = make_customer(given_name="Анна")
    data, n = export(db, "vcf", [cid], vcard_version=version)
    (card,) = list(vobject.readComponents(data.decode("utf-8")))
    assert n == 1 and card.version.value == version
    assert card.n.value.given == "Анна" and card.fn.value == "Анна"
    assert "bday" not in card.contents and "adr" not in card.contents
    with db.sessions() as s:
        assert card.uid.value == own_uid(s, cid)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_of_a_customer_with_every_field(db, complete, version):
    data, _ = export(db, "vcf", [complete], vcard_version=version)
    (card,) = list(vobject.readComponents(data.decode("utf-8")))
    x = "" if version == "4.0" else "x_"
    assert getattr(card, x + "gender").value == "F"
    assert (card.lang if version == "4.0" else card.x_language).value == "ru"
    assert card.bday.value == "1985-03-08" and card.org.value == ["Серебро"]
    wedding = card.contents[x.replace("_", "-") + "anniversary"]
    assert [w.value for w in wedding] == ["2010-06-12"]
    dates = {(d.params["X-KIND"][0], d.value, d.params.get("X-LABEL", [""])[0],
              d.params.get("X-YEARLY", ["TRUE"])[0]) for d in card.contents["x-regulars-date"]}
    assert dates == {("name_day", "--08-15", "Мария", "TRUE"),
                     ("passport_expiry", "2030-01-01", "", "FALSE"),
                     ("custom", "--09-01", "Первый 'визит'", "TRUE")}
    # the primary address first, for readers that take only one
    work, home, dacha = card.contents["adr"]
    assert (work.value.street, work.value.code) == ("Тверская, 7", "125009")
    assert work.params["TYPE"] == (["WORK", "PREF"] if version == "3.0" else ["work"])
    assert work.params.get("PREF") == (None if version == "3.0" else ["1"])
    assert home.value.street == "ул. Ленина, д. 1\nкв. 5"
    assert (home.value.city, home.value.region, home.value.country) == (
        "Москва", "Московская обл.", "RU")
    assert home.params["TYPE"] == ["HOME" if version == "3.0" else "home"]
    assert home.params["X-RECIPIENT"] == ["Петровы"]
    assert dacha.params["X-LABEL"] == ["дача"] and "TYPE" not in dacha.params
    assert card.note.value == "Любит серебро" and card.categories.value == ["VIP"]


def test_a_man_of_unknown_language_and_a_customer_of_unknown_sex(db, make_customer):
    man = make_customer(given_name="Ivan", sex="male")
    nobody = make_customer(given_name="Sam")
    data, _ = export(db, "vcf", [man, nobody], vcard_version="4.0")
    ivan, sam = vobject.readComponents(data.decode("utf-8"))
    assert ivan.gender.value == "M" and "lang" not in ivan.contents
    assert "gender" not in sam.contents


def test_json_carries_everything_stored(db, complete):
    data, _ = export(db, "json", [complete])
    (maria,) = json.loads(data)["customers"]
    assert maria["documents"] == [{
        "kind": "foreign_passport", "number": "75 1234567", "issued_on": "2020-01-01",
        "expires_on": "2030-01-01", "citizenship": "RU", "issued_by": "МВД 77001",
        "note": "new one due"}]
    assert maria["dates"][0] == {"kind": "wedding_anniversary", "label": "", "yearly": True,
                                 "date": "2010-06-12", "note": "серебряная свадьба в 2035"}
    assert maria["preferences"] == [{"category": "metal", "value": "silver", "note": "no gold"}]
    assert maria["relationships"][0]["note"] == "met at the fair"
    assert maria["addresses"][0]["recipient"] == "Петровы"
    assert maria["addresses"][0]["region"] == "Московская обл."
    assert len(maria["addresses"]) == 3
    assert maria["consents"]["email"]["changed_at"] is not None
    assert maria["messengers"][0]["value"] == "@mpetrova"
    assert maria["websites"][0]["value"] == "https://silver.example.com"
    assert (maria["personal_discount_percent"], maria["regular_since"], maria["external_id"],
            maria["archived_at"]) == (5.0, "2020-05-01", "crm-17", None)
    assert (maria["salutation"], maria["source"], maria["adherent"]) == (
        "Мария Ивановна", "fair", True)


@pytest.fixture
def plain(db):
    """One phone, a primary address that is not the first, and cells that look like
    formulas."""
    with db.transaction() as s:
        return create_customer(s, CustomerDraft(
            family_name="Иванова", given_name="Ольга", sex="female", language="bg",
            notes="+1+cmd|' /C calc'!A0", source="@fair",
            contacts=[ContactDraft("phone", "+359888123456", "mobile")],
            addresses=[AddressDraft("ul. Vitosha 1", city="Sofia", country="BG"),
                       AddressDraft("ул. Ленина, 1", "кв. 5", "Москва", "Московская обл.",
                                    "101000", "RU", primary=True)])).id


def test_table_headers_are_the_ones_the_import_recognises():
    mapping = dict(zip(COLUMNS, guess_mapping(COLUMNS), strict=True))
    for column in ("family_name", "given_name", "sex", "language", "birthday", "phone",
                   "email", "address_line1", "address_line2", "city", "region", "postcode",
                   "country", "tags", "notes"):
        assert mapping[column] == column


def test_csv_has_the_primary_address_and_a_bare_e164_phone(db, plain):
    data, _ = export(db, "csv", [plain])
    (row,) = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    assert [row[k] for k in ("address_line1", "address_line2", "city", "region", "postcode",
                             "country")] == ["ул. Ленина, 1", "кв. 5", "Москва",
                                             "Московская обл.", "101000", "RU"]
    assert (row["sex"], row["language"]) == ("female", "bg")
    assert row["phone"] == "+359888123456"  # + and digits only: no formula to fear
    assert row["notes"] == "'+1+cmd|' /C calc'!A0"


def test_xlsx_phone_is_a_text_cell_without_an_apostrophe(db, two, plain):
    data, _ = export(db, "xlsx")
    sheet = load_workbook(io.BytesIO(data)).active
    header = [c.value for c in sheet[1]]
    rows = {r[1].value: dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2)}
    phone = rows["Иванова"]["phone"]
    assert (phone.value, phone.data_type, phone.number_format) == ("+359888123456", "s", "@")
    both = rows["Петрова"]["phone"]
    assert (both.value, both.data_type) == ("+79123456789, +74951234567", "s")
    assert rows["Иванова"]["notes"].value.startswith("'+1+")
    assert rows["Иванова"]["postcode"].value == "101000"
    assert rows["'=cmd|' /C calc'!A0"]["phone"].value is None


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_table_round_trip_keeps_the_primary_address_sex_and_language(db, plain, tmp_path, fmt):
    from services.core.records import get_customer
    from services.customers.writing import customer_to_dict
    from services.ops.store import open_store

    path = tmp_path / f"out.{fmt}"
    path.write_bytes(export(db, fmt, [plain])[0])
    table = read_file(path)
    other = open_store(tmp_path / "other.regulars", create=True)
    try:
        report = import_table(other, table, guess_mapping(table.headers), "customers")
        assert (report.created, report.rejected) == (1, 0), report.errors
        with other.sessions() as s:
            back = customer_to_dict(s, get_customer(s, 1))
    finally:
        other.close()
    (address,) = back["addresses"]
    assert {k: address[k] for k in ("line1", "line2", "city", "region", "postcode",
                                    "country")} == {
        "line1": "ул. Ленина, 1", "line2": "кв. 5", "city": "Москва",
        "region": "Московская обл.", "postcode": "101000", "country": "RU"}
    assert (back["sex"], back["language"]) == ("female", "bg")
    assert [p["value"] for p in back["phones"]] == ["+359888123456"]


def test_the_json_export_carries_the_photo_itself(db, make_customer):
    import base64

    cid = make_customer(family_name="Doe", photo=b"\xff\xd8 picture", photo_type="image/jpeg")
    data, _ = export(db, "json", [cid])
    (person,) = json.loads(data)["customers"]
    assert person["photo"]["type"] == "image/jpeg"
    assert base64.b64decode(person["photo"]["base64"]) == b"\xff\xd8 picture"
