import datetime as dt
from decimal import Decimal

import pytest

from services.core.errors import NotFoundError, ValidationError
from services.core.records import get_customer
from services.customers.writing import customer_to_dict
from services.sales.purchases import add_purchase, parse_amount, purchases_of


def test_purchase_is_exact_and_counted(db, make_customer):
    cid = make_customer(family_name="Buyer")
    with db.transaction() as s:
        add_purchase(s, cid, "0.10", date=dt.date(2026, 1, 1), description="ring")
        add_purchase(s, cid, "0.20", date=dt.date(2026, 2, 1))
        add_purchase(s, cid, "999", date=dt.date(2026, 3, 1), status="cancelled")
    with db.sessions() as s:
        summary = customer_to_dict(s, get_customer(s, cid))["purchases"]
        assert [p.amount for p in purchases_of(s, cid)] == [Decimal("999.00"),
                                                            Decimal("0.20"), Decimal("0.10")]
    assert summary == {"count": 2, "total": 0.3, "first": "2026-01-01", "last": "2026-02-01"}


@pytest.mark.parametrize("text,currency,expected", [
    ("1250.50", "RUB", Decimal("1250.50")), ("1 250,50", "RUB", Decimal("1250.50")),
    ("100", "JPY", Decimal("100")), (7, "EUR", Decimal("7")),
])
def test_amounts(text, currency, expected):
    assert parse_amount(text, currency) == expected


@pytest.mark.parametrize("text,message", [
    ("abc", "not an amount"), ("-5", "negative"), ("1.234", "more than 2 decimals"),
    ("NaN", "not an amount"), ("1e12", "not an amount"), ("2 000 000 000", "too large"),
])
def test_bad_amounts(text, message):
    with pytest.raises(ValidationError, match=message):
        parse_amount(text, "RUB")


def test_bad_purchase_input(db, make_customer):
    cid = make_customer(family_name="Buyer")
    with pytest.raises(NotFoundError), db.transaction() as s:
        add_purchase(s, 999, "10")
    with pytest.raises(ValidationError, match="currency"), db.transaction() as s:
        add_purchase(s, cid, "10", currency="XYZ")
    with pytest.raises(ValidationError, match="future"), db.transaction() as s:
        add_purchase(s, cid, "10", date=dt.date.today() + dt.timedelta(days=30))
    with pytest.raises(ValidationError, match="float"), db.transaction() as s:
        add_purchase(s, cid, 10.5)
    with db.sessions() as s:
        assert purchases_of(s, cid) == []


def test_customer_figures_follow_the_purchases(db, make_customer):
    from models import Customer, Purchase

    a = make_customer(family_name="A")
    b = make_customer(family_name="B")
    with db.transaction() as s:
        p1 = add_purchase(s, a, "100", date=dt.date(2026, 1, 1)).id
        add_purchase(s, a, "50.50", date=dt.date(2026, 3, 1))
    with db.sessions() as s:
        c = s.get(Customer, a)
        assert (c.purchase_count, c.total_spent, c.first_purchase, c.last_purchase) == (
            2, Decimal("150.50"), dt.date(2026, 1, 1), dt.date(2026, 3, 1))
    with db.transaction() as s:
        s.get(Purchase, p1).status = "returned"
    with db.sessions() as s:
        assert (s.get(Customer, a).purchase_count, s.get(Customer, a).total_spent) == (
            1, Decimal("50.50"))
    with db.transaction() as s:
        s.get(Purchase, p1).status = "paid"
        s.get(Purchase, p1).customer_id = b  # recorded on the wrong customer, moved
    with db.sessions() as s:
        assert s.get(Customer, a).purchase_count == 1
        assert (s.get(Customer, b).purchase_count, s.get(Customer, b).total_spent) == (
            1, Decimal("100.00"))
    with db.transaction() as s:
        s.delete(s.get(Purchase, p1))
    with db.sessions() as s:
        assert (s.get(Customer, b).purchase_count, s.get(Customer, b).last_purchase) == (0, None)


@pytest.mark.parametrize(("text", "currency", "expected"), [
    ("1500", "RUB", "1500"), ("1 500,50", "RUB", "1500.50"), ("1,500.50", "RUB", "1500.50"),
    ("1.500,50", "BGN", "1500.50"), ("1500 руб", "RUB", "1500"), ("1500 руб.", "RUB", "1500"),
    ("1500 ₽", "RUB", "1500"), ("1500 р.", "RUB", "1500"), ("1500 лв.", "BGN", "1500"),
    ("€15", "EUR", "15"), ("$1,500", "USD", "1500"), ("15,5", "EUR", "15.5"),
    ("1\u00a0500", "RUB", "1500"), ("1,500", "RUB", "1500"), ("EUR 15", "EUR", "15"),
])
def test_amounts_as_people_type_them(text, currency, expected):
    assert str(parse_amount(text, currency)) == expected


@pytest.mark.parametrize(("text", "currency", "problem"), [
    ("€15", "RUB", "in EUR, not RUB"), ("1500 лв.", "RUB", "in BGN, not RUB"),
    ("fifteen", "RUB", "not an amount"), ("1,5,0", "RUB", "not an amount"),
    ("-5", "RUB", "negative"), ("1.005", "RUB", "more than 2 decimals"),
])
def test_what_is_not_an_amount_says_why(text, currency, problem):
    with pytest.raises(ValidationError, match=problem):
        parse_amount(text, currency)
