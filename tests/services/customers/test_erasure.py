import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select, text

from models import AuditEntry, Customer, Purchase
from services.analysis.metrics import Period, compute
from services.customers.erasure import forget
from services.customers.history import add_interaction
from services.customers.writing import (
    AddressDraft,
    ConsentDraft,
    ContactDraft,
    CustomerDraft,
    create_customer,
    link,
)
from services.directory.search import search_ids
from services.sales import loyalty
from services.sales.purchases import add_purchase


def test_forgetting_removes_personal_data_and_keeps_the_numbers(db):
    with db.transaction() as s:
        anna = create_customer(s, CustomerDraft(
            family_name="Петрова", given_name="Анна", notes="allergic to nickel",
            contacts=[ContactDraft("phone", "+79123456789"),
                      ContactDraft("email", "anna@example.com")],
            addresses=[AddressDraft("ул. Ленина, 1", city="Москва")],
            consents=[ConsentDraft("email", True)], tags=["VIP"])).id
        friend = create_customer(s, CustomerDraft(family_name="Friend",
                                                  referred_by_id=anna)).id
        link(s, friend, anna, "friend")
        add_purchase(s, anna, "1000", date=dt.date(2026, 1, 5), description="ring for Anna")
        add_interaction(s, anna, "call", text="talked about her daughter")
        loyalty.issue_card(s, anna)
    before = compute(db, Period(dt.date(2026, 1, 1), dt.date(2026, 1, 31)))
    forget(db, anna)
    with db.sessions() as s:
        c = s.get(Customer, anna)
        assert c.family_name == f"Forgotten customer #{anna}" and c.given_name == ""
        assert c.notes == "" and not c.contacts and not c.addresses
        assert not c.consents and not c.tags and not c.relationships
        assert s.get(Customer, friend).referred_by_id is None
        (purchase,) = s.execute(select(Purchase).where(Purchase.customer_id == anna)).scalars()
        assert purchase.amount == Decimal("1000.00") and purchase.description == ""
        assert search_ids(s, "петрова", include_archived=True) == []
        assert search_ids(s, "89123456789", include_archived=True) == []
        (audit,) = s.execute(select(AuditEntry)).scalars()
        assert audit.action == "forget" and "Петрова" not in audit.detail
        dump = " ".join(str(v) for row in s.execute(text(
            "SELECT * FROM customer")).all() for v in row)
        assert "Петрова" not in dump and "nickel" not in dump
        terms = s.execute(text("SELECT term FROM search_term WHERE customer_id = :c"),
                          {"c": anna}).scalars().all()
        assert not any("петров" in t or "анна" in t or "8912" in t or "9123" in t
                       for t in terms)
        for table in ("contact_point", "interaction", "card"):
            count = s.execute(text(f"SELECT count(*) FROM {table} WHERE customer_id = :c"),
                              {"c": anna}).scalar()
            assert count == 0, table
        assert s.execute(select(func.sum(Purchase.amount))).scalar() == Decimal("1000.00")
    after = compute(db, Period(dt.date(2026, 1, 1), dt.date(2026, 1, 31)))
    assert after.revenue == before.revenue  # the statistics stay right
