import datetime as dt

import pytest
from sqlalchemy import func, select, text

from models import ContactPoint, Customer, Purchase, SearchTerm
from services.core.errors import ServiceError
from services.maintenance.check import repair, run_checks
from services.maintenance.demo import generate
from services.ops.store import open_store

END = dt.date(2026, 11, 1)


def snapshot(db):
    with db.sessions() as s:
        customers = s.execute(select(Customer.family_name, Customer.given_name,
                                     Customer.birth_month).order_by(Customer.id)).all()
        purchases = s.execute(select(Purchase.customer_id, Purchase.date, Purchase.amount)
                              .order_by(Purchase.id)).all()
        phones = s.execute(select(ContactPoint.value).order_by(ContactPoint.id)).all()
    return customers, purchases, phones


def test_demo_is_deterministic_and_realistic(tmp_path):
    with open_store(tmp_path / "a.regulars") as a, open_store(tmp_path / "b.regulars") as b:
        report = generate(a, 400, seed=7, end=END)
        generate(b, 400, seed=7, end=END)
        assert snapshot(a) == snapshot(b)
        with a.sessions() as s:
            counts = dict(s.execute(
                select(Purchase.customer_id, func.count()).group_by(Purchase.customer_id)).all())
            assert s.execute(select(func.max(Purchase.date))).scalar() <= END
            assert s.execute(select(func.min(Purchase.date))).scalar() >= END - dt.timedelta(
                days=3 * 365)
            languages = set(s.execute(select(Customer.language)).scalars())
        assert report.purchases == sum(counts.values())
        one_off = sum(1 for n in counts.values() if n == 1)
        core = sum(1 for n in counts.values() if n >= 10)
        prospects = 400 - len(counts)
        assert one_off > 400 * 0.3, "many one-off buyers"
        assert core > 400 * 0.1, "a core of regulars"
        assert prospects > 0
        assert languages == {"ru", "bg", "en"}
        assert run_checks(a) == []


def test_demo_refuses_a_file_with_customers(db, make_customer):
    make_customer(family_name="Real")
    with pytest.raises(ServiceError, match="already has customers"):
        generate(db, 10)


def test_check_finds_and_repair_fixes_a_stale_index(db, make_customer):
    cid = make_customer(family_name="Петрова", phones=["+79123456789"])
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_term WHERE kind = 'p'"))
        conn.execute(text("UPDATE customer SET sort_name = 'zzz'"))
    problems = [str(p) for p in run_checks(db)]
    assert any("stale search terms" in p for p in problems)
    assert any("stale sort name" in p for p in problems)
    assert repair(db) == 1
    assert run_checks(db) == []
    with db.sessions() as s:
        assert s.execute(select(func.count()).where(SearchTerm.customer_id == cid,
                                                    SearchTerm.kind == "p")).scalar() == 2


def test_check_finds_bad_values(db, make_customer):
    cid = make_customer(family_name="Bad", phones=["+79123456789"], emails=["a@b.example"])
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE customer SET sex = 'other', birth_month = 2, birth_day = 30"))
        conn.execute(text("UPDATE contact_point SET value = '8 912' WHERE kind = 'phone'"))
        conn.execute(text("UPDATE contact_point SET value = 'nobody' WHERE kind = 'email'"))
    problems = [str(p) for p in run_checks(db)]
    assert "customer.sex: 1 rows have the unknown value 'other'" in problems
    assert f"customer #{cid}: birthday 02-30 does not exist" in problems
    assert any("'8 912' is not in E.164 form" in p for p in problems)
    assert any("'nobody' is not a valid e-mail" in p for p in problems)


@pytest.mark.parametrize("damage", [
    "UPDATE customer SET purchase_count = 5, last_purchase = NULL",
    "UPDATE customer SET dormant_on = NULL",
])
def test_check_finds_and_repair_fixes_wrong_purchase_figures(db, make_customer, damage):
    from services.sales.purchases import add_purchase

    cid = make_customer(family_name="Figures")
    with db.transaction() as s:
        add_purchase(s, cid, "10", date=dt.date(2026, 1, 1))
    with db.engine.begin() as conn:
        conn.execute(text(damage))
    assert any("purchase figures" in str(p) for p in run_checks(db))
    repair(db)
    assert run_checks(db) == []
    with db.sessions() as s:
        c = s.get(Customer, cid)
        # one purchase; silent more than 180 days from 2026-01-01: dormant from 2026-07-01
        assert (c.purchase_count, c.last_purchase, c.dormant_on) == (
            1, dt.date(2026, 1, 1), dt.date(2026, 7, 1))
