import datetime as dt

from services.core.undo import undo
from services.customers.card_form import load_card, purchase_lines
from services.customers.writing import ConsentDraft, ContactDraft, CustomerDraft, create_customer
from services.duplicates.pairs import find_duplicates, merge
from services.sales.purchases import add_purchase


def make(db, **kw):
    with db.transaction() as s:
        return create_customer(s, CustomerDraft(**kw)).id


def test_finds_same_phone_email_and_name_across_alphabets(db):
    a = make(db, family_name="Иванова", given_name="Анна",
             contacts=[ContactDraft("phone", "+79123456789")])
    b = make(db, family_name="Ivanova", given_name="Anna",
             contacts=[ContactDraft("email", "anna@example.com")])
    c = make(db, family_name="Петрова", given_name="Мария",
             contacts=[ContactDraft("phone", "8 912 345-67-89")])
    d = make(db, family_name="Smith", given_name="John",
             contacts=[ContactDraft("email", "ANNA@example.com")])
    make(db, family_name="Completely", given_name="Different")
    found = {(p.first, p.second): (p.reason, p.score) for p in find_duplicates(db)}
    assert found[(a, c)] == ("phone", 100)
    assert found[(b, d)] == ("email", 100)
    assert found[(a, b)][0] == "name" and found[(a, b)][1] >= 90
    assert len(found) == 3


def test_merge_moves_everything_and_undo_brings_both_back(db):
    a = make(db, family_name="Иванова", given_name="Анна",
             contacts=[ContactDraft("phone", "+79123456789")],
             consents=[ConsentDraft("email", True)], tags=["VIP"])
    b = make(db, family_name="Ivanova", given_name="Anna", patronymic="Петровна",
             contacts=[ContactDraft("phone", "+79123456789"),
                       ContactDraft("email", "anna@example.com")],
             consents=[ConsentDraft("post", True)], tags=["fair"], notes="likes silver")
    with db.transaction() as s:
        add_purchase(s, a, "100", date=dt.date(2026, 1, 1))
        add_purchase(s, b, "200", date=dt.date(2026, 2, 1))
    change = merge(db, a, b)
    card = load_card(db, a)
    assert card.draft.patronymic == "Петровна" and card.draft.notes == "likes silver"
    assert sorted((c.kind, c.value) for c in card.draft.contacts) == [
        ("email", "anna@example.com"), ("phone", "+79123456789")]
    assert sorted(card.draft.tags) == ["VIP", "fair"]
    assert set(card.consents) == {"email", "post"}
    assert sorted(str(p.amount) for p in purchase_lines(db, a)) == ["100.00", "200.00"]
    from services.customers.card_form import exists

    assert not exists(db, b)
    undo(db, change)
    assert exists(db, b)
    assert [str(p.amount) for p in purchase_lines(db, b)] == ["200.00"]
    assert load_card(db, a).draft.patronymic == ""


def test_different_patronymics_are_different_people(db):
    make(db, family_name="Фёдорова", given_name="Людмила", patronymic="Александровна")
    make(db, family_name="Фёдорова", given_name="Людмила", patronymic="Петровна")
    third = make(db, family_name="Фёдорова", given_name="Людмила")
    found = [(p.first, p.second) for p in find_duplicates(db)]
    assert found == [(1, third), (2, third)]  # without a patronymic it could be either
