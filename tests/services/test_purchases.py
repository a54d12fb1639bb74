import datetime as dt
from decimal import Decimal

import pytest

from services.customers import customer_to_dict, get_customer
from services.errors import NotFoundError, ValidationError
from services.purchases import add_purchase, parse_amount, purchases_of


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
    ("NaN", "not an amount"), ("1e12", "too large"),
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
