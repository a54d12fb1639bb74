import csv
import io

import pytest

from services.core.errors import ValidationError
from services.customers.writing import (
    AddressDraft,
    ConsentDraft,
    ContactDraft,
    CustomerDraft,
    create_customer,
)
from services.outreach.audience import audience, export_csv, safe_cell


@pytest.fixture
def crowd(db):
    with db.transaction() as s:
        def make(name, consents=(), contacts=(), addresses=()):
            return create_customer(s, CustomerDraft(
                family_name=name, given_name="Анна", consents=list(consents),
                contacts=list(contacts), addresses=list(addresses))).id

        return {
            "yes": make("Yes", [ConsentDraft("email", True), ConsentDraft("post", True)],
                        [ContactDraft("email", "yes@example.com")],
                        [AddressDraft("ул. Ленина, 1", city="Москва", postcode="101000")]),
            "withdrawn": make("Withdrawn", [ConsentDraft("email", False)],
                              [ContactDraft("email", "no@example.com")]),
            "silent": make("Silent", [], [ContactDraft("email", "silent@example.com")]),
            "noaddr": make("NoAddress", [ConsentDraft("email", True), ConsentDraft("post", True)]),
            "formula": make("=HYPERLINK(\"x\")", [ConsentDraft("email", True)],
                            [ContactDraft("email", "f@example.com")]),
        }


def test_only_people_who_agreed_and_can_be_reached(db, crowd):
    with db.sessions() as s:
        reached, left = audience(s, list(crowd.values()), "email")
    assert sorted(r.customer_id for r in reached) == sorted([crowd["yes"], crowd["formula"]])
    reasons = {x.customer_id: x.reason for x in left}
    assert reasons == {crowd["withdrawn"]: "consent withdrawn", crowd["silent"]: "no consent",
                       crowd["noaddr"]: "no e-mail address"}
    with db.sessions() as s:
        post, left = audience(s, list(crowd.values()), "post")
    assert [r.customer_id for r in post] == [crowd["yes"]]
    assert post[0].address == ["Yes Анна", "ул. Ленина, 1", "Москва", "101000"]
    with db.sessions() as s:  # the same block as its envelope and label
        from services.printing.recipients import recipients

        (label,), _ = recipients(s, [crowd["yes"]])
        assert label.lines == post[0].address
    assert {x.customer_id: x.reason for x in left}[crowd["noaddr"]] == "no postal address"
    with pytest.raises(ValidationError, match="not one of"), db.sessions() as s:
        audience(s, None, "fax")


def test_csv_is_excel_friendly_and_formula_safe(db, crowd):
    with db.sessions() as s:
        reached, _ = audience(s, [crowd["formula"], crowd["yes"]], "email")
    data = export_csv(reached, "email")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["email", "first_name", "last_name", "language"]
    assert rows[1] == ["f@example.com", "Анна", "'=HYPERLINK(\"x\")", ""]
    assert rows[2] == ["yes@example.com", "Анна", "Yes", ""]
    for dangerous in ("=1+1", "+7", "-2", "@SUM(A1)", "\tx", "\rx", "+7 912 345",
                      "+79123456789+1", "+79123456789\n=1", "+0123456789"):
        assert safe_cell(dangerous) == "'" + dangerous
    assert safe_cell("Анна") == "Анна"
    assert safe_cell("+79123456789") == "+79123456789"  # E.164: + and digits, no formula


def test_sms_list_has_bare_e164_phones(db):
    with db.transaction() as s:
        cid = create_customer(s, CustomerDraft(
            family_name="Sms", given_name="-Анна", consents=[ConsentDraft("sms", True)],
            contacts=[ContactDraft("phone", "+7 912 345-67-89")])).id
        reached, _ = audience(s, [cid], "sms")
    rows = list(csv.reader(io.StringIO(export_csv(reached, "sms").decode("utf-8-sig"))))
    assert rows == [["phone", "first_name", "last_name", "language"],
                    ["+79123456789", "'-Анна", "Sms", ""]]
