import datetime as dt
from decimal import Decimal

import pytest

from services.core import settings
from services.core.errors import NotFoundError, ServiceError, ValidationError
from services.directory.search import search_ids
from services.sales import loyalty as L

D = dt.date


@pytest.fixture
def cid(make_customer):
    return make_customer(family_name="Петрова", given_name="Анна")


def test_levels_by_count_and_spend_with_the_reason(db, cid):
    with db.transaction() as s:
        L.add_level(s, "Client", "3", min_purchases=2)
        L.add_level(s, "Silver", "5", min_spent="10000")
        L.add_level(s, "Gold", "10", min_spent="50000")
        first = L.record_purchase(s, cid, "1000", date=D(2026, 1, 1))
        assert first.discount == 0 and first.entitlement.best is None
        assert first.new_level == "Client"  # the next purchase is the 2nd
        second = L.record_purchase(s, cid, "10000", date=D(2026, 2, 1))
        assert second.discount == Decimal("300.00")
        assert second.entitlement.reason == "3%: Client, from purchase no. 2"
        assert second.purchase.amount == Decimal("9700.00")
        assert second.new_level == "Silver"  # 1000 + 9700 spent
        third = L.record_purchase(s, cid, "200", date=D(2026, 3, 1))
        assert third.entitlement.reason == "5%: Silver, spent over 10\u202f000.00"
        assert third.discount == Decimal("10.00")


def test_best_of_level_personal_and_coupon(db, cid):
    with db.transaction() as s:
        L.add_level(s, "Regular", "10", min_purchases=1)
        from models import Customer

        s.get(Customer, cid).personal_discount_percent = Decimal("12")
        coupon = L.issue_coupon(s, cid, amount="500", valid_until=D(2026, 12, 31))
        ent = L.entitlement(s, cid, "1000", on=D(2026, 6, 1))
        assert {o.source for o in ent.offers} == {"level", "personal", "coupon"}
        assert ent.best.coupon_id == coupon.id  # 500 off beats 12 % (120)
        ent = L.entitlement(s, cid, "10000", on=D(2026, 6, 1))
        assert ent.best.source == "personal" and ent.reason == "12%: personal discount"
        sale = L.record_purchase(s, cid, "1000", date=D(2026, 6, 1))
        assert sale.discount == Decimal("500.00") and sale.purchase.amount == Decimal("500.00")
        assert coupon.redeemed_at is not None and coupon.purchase_id == sale.purchase.id
        with pytest.raises(ValidationError, match="already used"):
            L.record_purchase(s, cid, "1000", coupon_code=coupon.code, date=D(2026, 6, 2))


def test_coupon_rules(db, cid, make_customer):
    other = make_customer(family_name="Other")
    with db.transaction() as s:
        mine = L.issue_coupon(s, cid, percent="20", valid_until=D(2026, 3, 1), code="spring20")
        assert mine.code == "SPRING20"
        with pytest.raises(ValidationError, match="expired on 2026-03-01"):
            L.usable_coupon(s, "spring20", cid, D(2026, 3, 2))
        with pytest.raises(ValidationError, match="another customer"):
            L.usable_coupon(s, "SPRING20", other, D(2026, 2, 1))
        with pytest.raises(ValidationError, match="no coupon"):
            L.usable_coupon(s, "NOPE", cid, D(2026, 2, 1))
        with pytest.raises(ValidationError, match="already exists"):
            L.issue_coupon(s, None, percent="5", code="Spring20")
        with pytest.raises(ValidationError, match="either a percent or an amount"):
            L.issue_coupon(s, None)
        anyone = L.issue_coupon(s, None, percent="15", single_use=False)
        assert len(anyone.code) == 8
        assert L.usable_coupon(s, anyone.code.lower(), other, D(2030, 1, 1)) == anyone


def test_points_ledger_earn_redeem_expire_adjust(db, cid):
    with db.transaction() as s:
        settings.put(s, "points_per_unit", "0.1")  # 1 point per 10 paid
        settings.put(s, "point_value", "1")
        settings.put(s, "points_expiry_days", 30)
        sale = L.record_purchase(s, cid, "1000", date=D(2026, 1, 1))
        assert sale.points_earned == 100
        assert L.points_balance(s, cid, D(2026, 1, 15)) == 100
        sale = L.record_purchase(s, cid, "500", date=D(2026, 1, 20), redeem_points=40)
        assert sale.purchase.amount == Decimal("460.00") and sale.points_earned == 46
        assert L.points_balance(s, cid, D(2026, 1, 25)) == 106  # 100 − 40 + 46
        # on 2026-02-01 the first 100 expire; 40 of them were spent: 60 go
        assert L.points_balance(s, cid, D(2026, 2, 1)) == 46
        assert L.points_balance(s, cid, D(2026, 2, 1)) == 46  # expiring twice writes once
        with pytest.raises(ValidationError, match="only 46 points"):
            L.record_purchase(s, cid, "100", redeem_points=50, date=D(2026, 2, 1))
        with pytest.raises(ValidationError, match="say why"):
            L.adjust_points(s, cid, 10, " ")
        L.adjust_points(s, cid, 10, "apology for the late delivery")
        with pytest.raises(ValidationError, match="negative"):
            L.adjust_points(s, cid, -1000, "typo")
        kinds = [e.kind for e in s.query(L.PointsEntry).order_by(L.PointsEntry.id)]
        # checking the -1000 looked at today's balance, which expired the second lot too
        assert kinds == ["earned", "redeemed", "earned", "expired", "adjusted", "expired"]


def test_cards_have_check_digits_are_searchable_and_reissued(db, cid):
    with db.transaction() as s:
        card = L.issue_card(s, cid)
        number = card.number
        assert L.valid_card_number(number) and number.startswith("2")
        assert L.find_card(s, number).customer_id == cid
    with db.sessions() as s:
        assert [h.customer_id for h in search_ids(s, number)] == [cid]
        assert [h.customer_id for h in search_ids(s, number[-5:])] == []  # not a phone
    with db.transaction() as s:
        new = L.issue_card(s, cid)  # the old one was lost
        assert new.number != number
        with pytest.raises(ServiceError, match="replaced"):
            L.find_card(s, number)
        with pytest.raises(ValidationError, match="check digit"):
            L.find_card(s, number[:-1] + str((int(number[-1]) + 1) % 10))
        with pytest.raises(NotFoundError):
            base = "299999999999"
            L.find_card(s, base + L.ean13_check_digit(base))
    with db.sessions() as s:
        assert search_ids(s, number) == []
        assert [h.customer_id for h in search_ids(s, new.number)] == [cid]


def test_ean13_check_digit_known_value():
    assert L.ean13_check_digit("400638133393") == "1"  # a published EAN-13: 4006381333931


def test_makers_scheme_preset(db, cid):
    with db.transaction() as s:
        L.apply_makers_scheme(s)
        first = L.record_purchase(s, cid, "1000", date=D(2026, 1, 1))
        assert first.welcome_coupon is not None and first.welcome_coupon.percent == 20
        assert first.welcome_coupon.valid_until == D(2026, 4, 1)
        second = L.record_purchase(s, cid, "1000", date=D(2026, 2, 1))
        assert second.discount == Decimal("200.00")
        assert second.entitlement.best.source == "coupon"
        assert second.new_level == "Regular"  # the 3rd purchase gets 10 %
        third = L.record_purchase(s, cid, "1000", date=D(2026, 3, 1))
        assert third.entitlement.reason == "10%: Regular, from purchase no. 3"
        assert third.discount == Decimal("100.00")
        from services.customers.history import interactions_of

        assert [i.kind for i in interactions_of(s, cid)] == ["gift"]
        info = L.customer_loyalty(s, cid, D(2026, 3, 2))
    assert info["level"] == "Regular" and info["discount_percent"] == 10.0
    assert info["coupons"] == []
