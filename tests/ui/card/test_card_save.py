"""Saving the card writes back only what the user changed: every stored field of every row
the card does not show (or shows in another form) survives a save."""

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import or_, select

from models import Relationship
from models.enums import Channel, DateKind, DocumentKind, RelationKind
from services.customers import card_form as card_service
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
)
from services.directory.staff import add_staff
from services.text.dates import PartialDate
from tests.ui.card.test_customer_card import _no_questions_at_teardown, make_card, settle, undo

__all__ = ["_no_questions_at_teardown", "undo"]  # fixtures shared with the card's other tests

LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЖЯabcdefghijklmnopqrstuvwxyzQZ0123456789-'.№"
WORD = st.text(alphabet=LETTERS, min_size=1, max_size=8)
TEXT = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
LATIN = st.from_regex(r"[A-Z][A-Za-z]{0,10}", fullmatch=True)
PAST = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2024, 12, 31))
PHONES = ["+79123456789", "+79161234567", "+359888123456", "+447911123456", "+12025550123"]
COUNTRIES = ["RU", "BG", "US", "GB", "DE"]


def partial(day: dt.date, with_year: bool) -> PartialDate:
    return PartialDate(day.month, day.day, day.year if with_year else None)


contacts = st.tuples(
    st.lists(st.sampled_from(PHONES), min_size=1, max_size=3, unique=True),
    st.lists(st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.(ru|com)", fullmatch=True), min_size=1,
             max_size=2, unique=True),
).flatmap(lambda values: st.tuples(
    st.lists(TEXT, min_size=4 + len(values[0]) + len(values[1]),
             max_size=4 + len(values[0]) + len(values[1])),
    st.lists(st.booleans(), min_size=4 + len(values[0]) + len(values[1]),
             max_size=4 + len(values[0]) + len(values[1])),
).map(lambda extra: [
    ContactDraft(kind, value, label, primary) for (kind, value), label, primary in zip(
        [("phone", p) for p in values[0]] + [("email", e) for e in values[1]]
        + [("messenger", "@anna"), ("messenger", "+79123456789"), ("website", "https://a.example"),
           ("website", "https://shop.example/anna")], *extra, strict=True)]))

addresses = st.lists(st.builds(
    AddressDraft, line1=TEXT, line2=TEXT, city=TEXT, region=TEXT,
    postcode=st.from_regex(r"[0-9]{4,6}", fullmatch=True), country=st.sampled_from(COUNTRIES),
    label=TEXT, recipient=TEXT, primary=st.booleans()), min_size=2, max_size=3)

dates = st.lists(st.builds(
    lambda kind, day, yearly, label, note: DateDraft(kind, partial(day, True), label, yearly,
                                                     note),
    st.sampled_from([k.value for k in DateKind]), PAST, st.booleans(), TEXT, TEXT),
    min_size=1, max_size=3)

documents = st.lists(st.builds(
    lambda kind, number, issued, days, citizenship, issued_by, note: DocumentDraft(
        kind, number, issued + dt.timedelta(days=days), issued, citizenship, issued_by, note),
    st.sampled_from([k.value for k in DocumentKind]),
    st.from_regex(r"[A-Z]{2}[0-9]{7}", fullmatch=True), PAST, st.integers(1, 3650),
    st.sampled_from(COUNTRIES), TEXT, TEXT), min_size=1, max_size=3)

preferences = st.lists(st.builds(PreferenceDraft, TEXT, TEXT, TEXT), min_size=1, max_size=3)

consents = st.lists(st.builds(ConsentDraft, st.sampled_from([c.value for c in Channel]),
                              st.booleans(), TEXT),
                    min_size=2, max_size=4, unique_by=lambda c: c.channel)

customers = st.builds(
    CustomerDraft, family_name=TEXT, given_name=TEXT, patronymic=TEXT, family_name_latin=LATIN,
    given_name_latin=LATIN, company=TEXT, sex=st.sampled_from(["female", "male", "unknown"]),
    salutation=TEXT, language=st.sampled_from(["ru", "bg", "en", "de"]),
    birthday=st.builds(partial, PAST, st.booleans()), notes=st.lists(TEXT, min_size=1,
                                                                      max_size=3).map("\n".join),
    source=TEXT, is_adherent=st.booleans(), is_advocate=st.booleans(),
    penetration_percent=st.decimals(0, 100, places=2),
    personal_discount_percent=st.decimals(1, 100, places=2), regular_since=PAST,
    external_id=st.from_regex(r"EXT-[0-9]{6}", fullmatch=True), contacts=contacts,
    addresses=addresses, dates=dates, documents=documents, preferences=preferences,
    tags=st.lists(WORD, min_size=1, max_size=3), consents=consents)

links = st.lists(st.tuples(st.sampled_from([k.value for k in RelationKind]), st.booleans(),
                           TEXT), min_size=2, max_size=4)


@pytest.fixture
def people(db):
    """A staff member and three other customers: a referrer and family to link to."""
    with db.transaction() as s:
        staff = add_staff(s, "Мария Ивановна").id
        others = [create_customer(s, CustomerDraft(family_name=name)).id
                  for name in ("Сидорова", "Козлов", "Орлова")]
    return staff, others


def create_full(db, people, draft: CustomerDraft, relations) -> int:
    staff, others = people
    with db.transaction() as s:
        cid = create_customer(s, replace(draft, staff_id=staff, referred_by_id=others[0])).id
        for other, (kind, outgoing, note) in zip(others, relations, strict=False):
            link(s, *((cid, other) if outgoing else (other, cid)), kind, note)
    return cid


def stored(db, cid: int):
    """Everything kept about the customer: the JSON of `customer show --json`, the full draft
    (which has the fields the JSON leaves out) and the relationship and consent rows whole
    (their notes and change times are in neither)."""
    with db.sessions() as s:
        c = get_customer(s, cid)
        rels = s.execute(select(Relationship.id, Relationship.customer_id, Relationship.other_id,
                                Relationship.kind, Relationship.note)
                         .where(or_(Relationship.customer_id == cid, Relationship.other_id == cid))
                         .order_by(Relationship.id)).all()
        consent_rows = sorted((x.channel, x.status, x.given_at, x.withdrawn_at, x.method,
                               x.changed_at) for x in c.consents)
        return customer_to_dict(s, c), draft_from(c), rels, consent_rows


def without_updated_at(snapshot):
    as_json, *rest = snapshot
    return ({k: v for k, v in as_json.items() if k != "updated_at"}, *rest)


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(draft=customers, relations=links)
def test_saving_unchanged_changes_nothing(qtbot, db, undo, people, draft, relations):
    cid = create_full(db, people, draft, relations)
    before = stored(db, cid)
    assert all(a["region"] and a["recipient"] for a in before[0]["addresses"])
    assert all(d.issued_by and d.note and d.issued_on for d in before[1].documents)
    steps = undo.stack.count()
    card = make_card(qtbot, db, undo, cid)
    assert settle(qtbot, card) == []
    assert card.save() is True
    assert stored(db, cid) == before
    assert undo.stack.count() == steps  # nothing written, so nothing to undo
    # What the card would write if it did write is the customer as stored; writing it stamps
    # updated_at and nothing else.
    edited, problems = card.build_draft()
    assert problems == [] and edited == before[1]
    card_service.save_card(db, cid, edited, card.links_box.links)
    assert without_updated_at(stored(db, cid)) == without_updated_at(before)
    card.dirty = False
    card.close()


FULL = CustomerDraft(
    family_name="Петрова", given_name="Анна", patronymic="Ивановна", family_name_latin="PETROVA",
    given_name_latin="ANNA", company="Серебро", sex="female", salutation="Анна Ивановна",
    language="ru", birthday=PartialDate(3, 8, 1985), notes="likes pearls\nask about Masha",
    source="fair", is_adherent=True, is_advocate=True, penetration_percent=Decimal("33.50"),
    personal_discount_percent=Decimal("12.25"), regular_since=dt.date(2020, 5, 1),
    external_id="EXT-000123",
    contacts=[ContactDraft("phone", "+79123456789", "mobile", True),
              ContactDraft("phone", "+12025550123", "work"),
              ContactDraft("email", "anna@example.com", "home", True),
              ContactDraft("messenger", "@anna", "telegram", True),
              ContactDraft("website", "https://anna.example", "blog", True)],
    addresses=[AddressDraft("ul. Lenina 1", "kv. 5", "Moskva", "Moskovskaya obl.", "101000",
                            "RU", "home", "Petrova A.I.", True),
               AddressDraft("1600 Pennsylvania Ave", "Suite 2", "Washington", "DC", "20500",
                            "US", "work", "Anna Petrova c/o Silver")],
    dates=[DateDraft("name_day", PartialDate(2, 16), "Anna's day", True, "send a card"),
           DateDraft("wedding_anniversary", PartialDate(6, 20, 2010), "wedding", True, "roses"),
           DateDraft("custom", PartialDate(9, 1, 2026), "Masha to school", False, "gift")],
    documents=[DocumentDraft("foreign_passport", "AB1234567", dt.date(2031, 4, 1),
                             dt.date(2021, 4, 1), "RU", "MVD 77001", "renew in March"),
               DocumentDraft("visa", "V998877", dt.date(2027, 1, 31), dt.date(2024, 2, 1), "US",
                             "US Embassy", "multiple entry")],
    preferences=[PreferenceDraft("metal", "silver", "never gold"),
                 PreferenceDraft("size", "17", "ring size")],
    tags=["VIP", "fair"],
    consents=[ConsentDraft("email", True, "paper form"), ConsentDraft("sms", True, "website"),
              ConsentDraft("post", False, "phone")],
)


@pytest.fixture
def full(db, people):
    return create_full(db, people, FULL, [("spouse", True, "married 2010"),
                                          ("child", False, "Masha"), ("friend", True, "gym")])


def cell(table, row: int, key: str):
    return table.table.item(row, [c.key for c in table.columns].index(key))


def edit_and_save(qtbot, card) -> None:
    card._edited()
    assert settle(qtbot, card) == []
    assert card.save() is True


def test_editing_the_given_name_changes_only_the_given_name(qtbot, db, undo, full):
    before_json, before_draft, rels, consent_rows = stored(db, full)
    card = make_card(qtbot, db, undo, full)
    card.given.setText("Анюта")
    edit_and_save(qtbot, card)
    after_json, after_draft, *after_rest = stored(db, full)
    assert after_draft == replace(before_draft, given_name="Анюта")
    assert after_rest == [rels, consent_rows]
    # updated_at: the save did write the customer, and says when
    assert {k for k in after_json if after_json[k] != before_json[k]} == {
        "given_name", "name", "updated_at"}


def test_editing_rows_keeps_what_the_card_does_not_change(qtbot, db, undo, full):
    _, before, rels, consent_rows = stored(db, full)
    card = make_card(qtbot, db, undo, full)
    cell(card.tables.addresses, 1, "line1").setText("1 Main St")
    card.tables.addresses.table.removeRow(0)
    card.tables.addresses.add_record({"line1": "Tverskaya 7", "city": "Moskva", "country": "RU"})
    cell(card.tables.documents, 1, "number").setText("V112233")
    cell(card.tables.dates, 0, "label").setText("Анна")
    cell(card.tables.preferences, 1, "value").setText("17.5")
    cell(card.tables.contacts, 1, "label").setText("office")
    edit_and_save(qtbot, card)
    _, after, after_rels, after_consents = stored(db, full)
    assert after.addresses == [replace(before.addresses[1], line1="1 Main St", primary=True),
                               AddressDraft("Tverskaya 7", city="Moskva", country="RU")]
    assert after.documents == [before.documents[0],
                               replace(before.documents[1], number="V112233")]
    assert after.dates == [replace(before.dates[0], label="Анна"), *before.dates[1:]]
    assert after.preferences == [before.preferences[0],
                                 replace(before.preferences[1], value="17.5")]
    assert after.contacts == [before.contacts[0], replace(before.contacts[1], label="office"),
                              *before.contacts[2:]]
    assert replace(after, addresses=[], documents=[], dates=[], preferences=[],
                   contacts=[]) == replace(before, addresses=[], documents=[], dates=[],
                                           preferences=[], contacts=[])
    assert (after_rels, after_consents) == (rels, consent_rows)


def test_the_card_shows_and_edits_region_recipient_issue_and_notes(qtbot, db, undo, full):
    _, before, *_ = stored(db, full)
    card = make_card(qtbot, db, undo, full)
    assert cell(card.tables.addresses, 1, "region").text() == "DC"
    assert cell(card.tables.addresses, 1, "recipient").text() == "Anna Petrova c/o Silver"
    assert cell(card.tables.documents, 0, "issued_on").text() == "01.04.2021"
    assert cell(card.tables.documents, 0, "issued_by").text() == "MVD 77001"
    assert cell(card.tables.dates, 1, "note").text() == "roses"
    assert cell(card.tables.preferences, 0, "note").text() == "never gold"
    cell(card.tables.addresses, 0, "region").setText("Moskva")
    cell(card.tables.addresses, 1, "recipient").setText("")
    cell(card.tables.documents, 1, "issued_on").setText("02.02.2024")
    cell(card.tables.documents, 1, "note").setText("single entry")
    cell(card.tables.dates, 2, "note").setText("")
    cell(card.tables.preferences, 1, "note").setText("right hand")
    card.tables.documents.add_record({"kind": "id_card", "number": "BG123", "issued_on": "1.2.2020",
                               "issued_by": "MVR Sofia"})
    edit_and_save(qtbot, card)
    _, after, *_ = stored(db, full)
    assert after == replace(
        before,
        addresses=[replace(before.addresses[0], region="Moskva"),
                   replace(before.addresses[1], recipient="")],
        documents=[before.documents[0],
                   replace(before.documents[1], issued_on=dt.date(2024, 2, 2),
                           note="single entry"),
                   DocumentDraft("id_card", "BG123", issued_on=dt.date(2020, 2, 1),
                                 issued_by="MVR Sofia")],
        dates=[*before.dates[:2], replace(before.dates[2], note="")],
        preferences=[before.preferences[0], replace(before.preferences[1], note="right hand")])


def test_changing_one_consent_leaves_the_others_alone(qtbot, db, undo, full):
    _, before, _, consent_rows = stored(db, full)
    card = make_card(qtbot, db, undo, full)
    card.consent.consent_checks["sms"].setChecked(False)
    card.consent.consent_checks["phone"].setChecked(True)
    card.consent.consent_method.setCurrentText("in person")
    edit_and_save(qtbot, card)
    _, after, _, after_rows = stored(db, full)
    by_channel = {row[0]: row for row in after_rows}
    assert [row for row in after_rows if row[0] in ("email", "post")] == [
        row for row in consent_rows if row[0] in ("email", "post")]
    assert by_channel["sms"][1:2] == ("withdrawn",) and by_channel["sms"][4] == "in person"
    assert by_channel["phone"][1] == "given" and by_channel["phone"][4] == "in person"
    assert after.consents[:3] == [before.consents[0], ConsentDraft("sms", False, "in person"),
                                  before.consents[2]]


def test_fields_the_card_does_not_know_are_carried_over(qtbot, db, undo, full, monkeypatch):
    """A field added to a draft later (say, why a phone is unverified) survives a save from
    a card that has never heard of it."""

    @dataclass
    class Contact(ContactDraft):
        unverified_reason: str = ""

    @dataclass
    class Customer(CustomerDraft):
        loyalty_note: str = ""

    real_load = card_service.load_card

    def load_with_new_fields(db, customer_id):
        data = real_load(db, customer_id)
        d = data.draft
        data.draft = Customer(**vars(d) | {
            "loyalty_note": "asked for a card",
            "contacts": [Contact(**vars(c), unverified_reason="no answer") for c in d.contacts]})
        return data

    monkeypatch.setattr(card_service, "load_card", load_with_new_fields)
    card = make_card(qtbot, db, undo, full)
    card.given.setText("Анюта")
    card.tables.contacts.table.item(0, 2).setText("personal")
    card.tables.contacts.add_record({"kind": "email", "value": "new@example.com"})
    edited, problems = card.build_draft()
    assert problems == []
    assert edited.loyalty_note == "asked for a card" and edited.given_name == "Анюта"
    assert [getattr(c, "unverified_reason", None) for c in edited.contacts] == [
        "no answer"] * len(FULL.contacts) + [None]
    assert edited.contacts[0].label == "personal"
