from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models import Customer, Purchase


def test_money_round_trips_exactly_and_sums_exactly(db, make_customer):
    cid = make_customer(family_name="Exact")
    amounts = [Decimal("0.10")] * 10 + [Decimal("1234567.89"), Decimal("0.01")]
    with db.transaction() as s:
        for a in amounts:
            s.add(Purchase(customer_id=cid, date=__import__("datetime").date(2026, 1, 1),
                           amount=a, currency="RUB"))
    with db.sessions() as s:
        total = s.execute(select(func.sum(Purchase.amount))).scalar_one()
        stored = s.execute(select(Purchase.amount).order_by(Purchase.id)).scalars().all()
        raw = s.execute(select(func.max(Purchase.amount))).scalar_one()
    assert total == Decimal("1234568.90")
    assert isinstance(total, Decimal)
    assert stored[0] == Decimal("0.10") and stored[-1] == Decimal("0.01")
    assert raw == Decimal("1234567.89")


def test_float_money_is_refused(db, make_customer):
    import datetime as dt

    from sqlalchemy.exc import StatementError

    cid = make_customer(family_name="Float")
    with pytest.raises(StatementError, match="float"):
        with db.transaction() as s:
            s.add(Purchase(customer_id=cid, date=dt.date(2026, 1, 1), amount=0.1,
                           currency="RUB"))
    with db.sessions() as s:
        assert s.execute(select(func.count(Purchase.id))).scalar_one() == 0
        assert s.get(Customer, cid) is not None
