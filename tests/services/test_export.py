import csv
import datetime as dt
import io
import json

import pytest
import vobject
from openpyxl import load_workbook

from services.customers import AddressDraft, ContactDraft, CustomerDraft, create_customer
from services.dates import PartialDate
from services.errors import ValidationError
from services.export import export
from services.interactions import add_interaction
from services.purchases import add_purchase


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
    assert card.uid.value == f"regulars-customer-{two[0]}"


def test_json_holds_everything_about_a_customer(db, two):
    data, n = export(db, "json", [two[0]])
    payload = json.loads(data)
    assert payload["format"] == "regulars-export" and n == 1
    (anna,) = payload["customers"]
    assert anna["phones"][1] == {"value": "+74951234567", "label": "work", "primary": False}
    assert anna["purchase_list"][0]["amount"] == "1250.50"
    assert anna["history"][0]["text"] == "asked about the ring"
    with pytest.raises(ValidationError, match="not one of"):
        export(db, "pdf")


def test_ics_export_of_a_segment_or_everyone(db, make_customer):
    import icalendar

    from services.customers import CustomerDraft, create_customer
    from services.dates import PartialDate
    from services.export import export

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
    assert card.uid.value == f"regulars-customer-{cid}"
