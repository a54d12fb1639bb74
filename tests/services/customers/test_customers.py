import datetime as dt
from decimal import Decimal

import pytest

from models import Customer
from services.core.errors import NotFoundError, ValidationError
from services.customers.writing import (
    AddressDraft,
    ConsentDraft,
    ContactDraft,
    CustomerDraft,
    DateDraft,
    DocumentDraft,
    PreferenceDraft,
    create_customer,
    customer_to_dict,
    draft_from,
    get_customer,
    link,
    parse_full_name,
    update_customer,
)
from services.directory.bulk import set_archived
from services.text.dates import PartialDate, parse_partial_date


def full_draft() -> CustomerDraft:
    return CustomerDraft(
        family_name=" Петрова ", given_name="Мария", patronymic="Ивановна",
        family_name_latin="PETROVA", given_name_latin="MARIIA", sex="female", language="RU",
        birthday=PartialDate(3, 8, 1985), notes="Любит серебро", source="fair",
        penetration_percent=Decimal("60"),
        contacts=[ContactDraft("phone", "8 (912) 345-67-89", "mobile"),
                  ContactDraft("phone", "+7 495 123 45 67", "work"),
                  ContactDraft("email", "Maria.Petrova@Mail.RU"),
                  ContactDraft("messenger", "@mpetrova", "telegram")],
        addresses=[AddressDraft("ул. Ленина, д. 1", city="Москва", postcode="101000",
                                country="ru")],
        dates=[DateDraft("name_day", PartialDate(8, 15))],
        documents=[DocumentDraft("foreign_passport", "75 1234567", dt.date(2030, 1, 1),
                                 dt.date(2020, 1, 1), "ru")],
        preferences=[PreferenceDraft("metal", "Silver")],
        tags=["VIP", "vip", "fair"],
        consents=[ConsentDraft("email", True, "paper form"), ConsentDraft("sms", False)],
    )


def test_create_normalises_everything(db):
    with db.transaction() as s:
        cid = create_customer(s, full_draft()).id
    with db.sessions() as s:
        c = get_customer(s, cid)
        assert c.family_name == "Петрова" and c.language == "ru"
        assert [(x.value, x.is_primary) for x in c.contacts if x.kind == "phone"] == [
            ("+79123456789", True), ("+74951234567", False)]
        assert [x.value for x in c.contacts if x.kind == "email"] == ["Maria.Petrova@mail.ru"]
        assert c.addresses[0].country == "RU" and c.addresses[0].is_primary
        assert sorted(t.name for t in c.tags) == ["VIP", "fair"]
        assert c.preferences[0].value_key == "silver"
        assert {x.channel: x.status for x in c.consents} == {"email": "given",
                                                            "sms": "withdrawn"}
        assert c.sort_name == "петрова мария ивановна"
        assert (c.birth_year, c.birth_month, c.birth_day) == (1985, 3, 8)


def test_validation_names_every_bad_field(db):
    draft = CustomerDraft(
        family_name_latin="Петрова", language="russian",
        birthday=PartialDate(1, 1, 2999),
        contacts=[ContactDraft("phone", " "), ContactDraft("email", "")],
        addresses=[AddressDraft()],
        documents=[DocumentDraft("foreign_passport", "4111 1111 1111 1111")],
        penetration_percent=Decimal("150"),
    )
    with pytest.raises(ValidationError) as err, db.transaction() as s:
        create_customer(s, draft)
    fields = {e.field for e in err.value.errors}
    assert {"name", "family_name_latin", "language", "birthday", "phones[0]", "emails[0]",
            "addresses[0]", "documents[0].number", "penetration_percent"} <= fields
    assert "payment card" in err.value.for_field("documents[0].number")[0]
    assert "Latin letters" in err.value.for_field("family_name_latin")[0]
    with db.sessions() as s:
        assert s.query(Customer).count() == 0


def test_what_cannot_be_verified_is_kept_as_written_with_the_reason(db):
    draft = CustomerDraft(
        family_name="Smith",
        contacts=[ContactDraft("phone", "12345"), ContactDraft("phone", "905-555-1234"),
                  ContactDraft("phone", "+7 916 123-45-67 доб. 12"),
                  ContactDraft("email", "maria.mail.ru"), ContactDraft("phone", "pager")],
        addresses=[AddressDraft(city="Springfield", country="Narnia"),
                   AddressDraft(city="Sofia", country="България")],
    )
    with db.transaction() as s:
        cid = create_customer(s, draft).id
    with db.sessions() as s:
        c = get_customer(s, cid)
        got = [(x.kind, x.value, x.extension, bool(x.unverified)) for x in c.contacts]
        assert got == [("phone", "12345", "", True), ("phone", "905-555-1234", "", True),
                       ("phone", "+79161234567", "12", False),
                       ("email", "maria.mail.ru", "", True), ("phone", "pager", "", True)]
        assert "Canada" in c.contacts[1].unverified
        assert [a.country for a in c.addresses] == ["Narnia", "BG"]


def test_a_number_without_country_code_is_read_in_the_customers_own_country(db):
    draft = CustomerDraft(family_name="Brown", addresses=[AddressDraft(city="Toronto",
                                                                       country="Canada")],
                          contacts=[ContactDraft("phone", "905-555-1234")])
    with db.transaction() as s:
        cid = create_customer(s, draft).id
    with db.sessions() as s:
        phone = get_customer(s, cid).contacts[0]
        assert (phone.value, phone.unverified) == ("+19055551234", "")


def test_tags_are_shared_case_insensitively(db, make_customer):
    a = make_customer(family_name="A", tags=["VIP"])
    b = make_customer(family_name="B", tags=["vip"])
    with db.sessions() as s:
        assert get_customer(s, a).tags[0].id == get_customer(s, b).tags[0].id


def test_update_round_trips_through_the_draft(db):
    with db.transaction() as s:
        cid = create_customer(s, full_draft()).id
    with db.transaction() as s:
        draft = draft_from(get_customer(s, cid))
        draft.given_name = "Мариа"
        draft.contacts = [c for c in draft.contacts if c.kind != "messenger"]
        draft.consents = [ConsentDraft("email", False), ConsentDraft("sms", True, "in person")]
        update_customer(s, cid, draft)
    with db.sessions() as s:
        c = get_customer(s, cid)
        data = customer_to_dict(s, c)
    assert data["given_name"] == "Мариа"
    assert data["messengers"] == []
    assert data["consents"]["email"]["status"] == "withdrawn"
    assert data["consents"]["email"]["given_at"] is not None
    assert data["consents"]["email"]["withdrawn_at"] is not None
    assert data["consents"]["sms"]["status"] == "given"
    assert data["birthday"] == "1985-03-08"
    assert data["dates"] == [{"kind": "name_day", "label": "", "yearly": True,
                              "date": "--08-15", "note": ""}]


def test_archive_and_restore(db, make_customer):
    cid = make_customer(family_name="Old")
    with db.transaction() as s:
        assert set_archived(s, [cid]) == 1
        assert set_archived(s, [cid]) == 0
    with db.sessions() as s:
        assert get_customer(s, cid).archived
        assert get_customer(s, cid).archived_at is not None
    with db.transaction() as s:
        set_archived(s, [cid], archived=False)
    with db.sessions() as s:
        assert not get_customer(s, cid).archived
    with pytest.raises(NotFoundError), db.transaction() as s:
        set_archived(s, [999])


def test_relationships_show_from_both_sides(db, make_customer):
    mother = make_customer(family_name="Petrova", given_name="Maria")
    child = make_customer(family_name="Petrova", given_name="Anna")
    with db.transaction() as s:
        link(s, child, mother, "child")
        link(s, child, mother, "child")  # idempotent
    with db.sessions() as s:
        assert customer_to_dict(s, get_customer(s, child))["relationships"] == [
            {"kind": "child", "customer_id": mother, "name": "Petrova Maria", "note": ""}]
        assert customer_to_dict(s, get_customer(s, mother))["relationships"] == [
            {"kind": "child_of", "customer_id": child, "name": "Petrova Anna", "note": ""}]
    with pytest.raises(ValidationError, match="themselves"), db.transaction() as s:
        link(s, child, child, "friend")
    with pytest.raises(ValidationError, match="not one of"), db.transaction() as s:
        link(s, child, mother, "cousin")


def test_referred_by_must_exist_and_not_be_self(db, make_customer):
    cid = make_customer(family_name="X")
    with pytest.raises(ValidationError, match="no customer #77"), db.transaction() as s:
        create_customer(s, CustomerDraft(family_name="Y", referred_by_id=77))
    with pytest.raises(ValidationError, match="refer themselves"), db.transaction() as s:
        update_customer(s, cid, CustomerDraft(family_name="X", referred_by_id=cid))


@pytest.mark.parametrize("text,expected", [
    ("Иванова Анна Петровна", ("Иванова", "Анна", "Петровна")),
    ("Smith John", ("Smith", "John", "")),
    ("Madonna", ("Madonna", "", "")),
])
def test_parse_full_name(text, expected):
    assert parse_full_name(text) == expected


def test_parse_full_name_refuses_too_many_words():
    with pytest.raises(ValidationError, match="4 words"):
        parse_full_name("de la Cruz Maria")


@pytest.mark.parametrize("text,iso", [("1985-03-08", "1985-03-08"), ("--02-29", "--02-29"),
                                      ("2000-02-29", "2000-02-29")])
def test_partial_dates(text, iso):
    assert parse_partial_date(text).iso() == iso


@pytest.mark.parametrize("text", ["2001-02-29", "--02-30", "1985-13-01", "08.03.1985", "",
                                  "--3-8"])
def test_bad_partial_dates(text):
    with pytest.raises(ValidationError, match="birthday"):
        parse_partial_date(text, "birthday")


@pytest.mark.parametrize("text,iso", [("08.03.1985", "1985-03-08"), ("8.3", "--03-08"),
                                      ("29.02", "--02-29"), ("1985-03-08", "1985-03-08"),
                                      ("--12-31", "--12-31"), ("31/12/1999", "1999-12-31")])
def test_user_dates(text, iso):
    from services.text.dates import format_user_date, parse_user_date

    parsed = parse_user_date(text)
    assert parsed.iso() == iso
    assert parse_user_date(format_user_date(parsed)) == parsed


@pytest.mark.parametrize("text", ["31.02.2020", "29.02.2021", "1.13", "tomorrow", "08.03.85"])
def test_bad_user_dates(text):
    from services.text.dates import parse_user_date

    with pytest.raises(ValidationError, match="birthday"):
        parse_user_date(text, "birthday")
