"""A small file where every number was worked out by hand from the definitions (DOMAIN.md and
issue 4), before running the code. The working is in the comments."""

import datetime as dt
import math
from decimal import Decimal

import pytest

from services.analysis import metrics as M
from services.customers.writing import CustomerDraft, create_customer
from services.directory.bulk import set_archived
from services.sales.purchases import add_purchase

D = dt.date
PERIOD = M.Period(D(2025, 1, 1), D(2025, 12, 31))  # 365 days; "today" is in the past
TODAY = D(2025, 12, 31)


@pytest.fixture
def shop(db):
    from services.core import settings

    with db.transaction() as s:
        settings.profile(s).margin_percent = Decimal("50")

        def customer(name, purchases, **kw):
            cid = create_customer(s, CustomerDraft(family_name=name, **kw)).id
            for day, amount in purchases:
                add_purchase(s, cid, amount, date=day)
            return cid

        e = customer("E", [(D(2025, 6, 1), "200"), (D(2025, 6, 11), "200"),
                           (D(2025, 12, 1), "200")])
        a = customer("A", [(D(2024, 6, 1), "100"), (D(2025, 2, 1), "100"),
                           (D(2025, 3, 1), "100"), (D(2025, 4, 1), "100")])
        b = customer("B", [(D(2025, 5, 10), "100")], referred_by_id=e)
        c = customer("C", [(D(2024, 3, 1), "50")])
        d = customer("D", [])
        f = customer("F", [(D(2025, 1, 5), "1000"), (D(2024, 1, 5), "1000")])
        set_archived(s, [f])  # archived customers count nowhere
    return {"A": a, "B": b, "C": c, "D": d, "E": e, "F": f}


def test_base_metrics_match_the_hand_computed_values(db, shop):
    m = M.compute(db, PERIOD, today=TODAY)
    assert m.customers == 5  # A B C D E
    # D: no purchase. B, C: one. A: four. E: three, and referred B who bought: advocate.
    assert m.ladder == {"prospect": 1, "buyer": 2, "client": 0, "regular": 1, "adherent": 0,
                        "advocate": 1}
    assert m.event_buyers == 1  # C: one purchase, 2024-03-01, over 365 days before today
    assert m.repeat_rate == 0.5  # A and E of the four who bought (A B C E)
    # In 2025: A 3 × 100, B 1 × 100, E 3 × 200 → 7 purchases, 1000.00
    assert (m.purchases, m.revenue) == (7, Decimal("1000.00"))
    assert m.avg_check == Decimal("142.86")  # 1000 / 7
    months = 365 / (365.25 / 12)
    assert m.purchases_per_month == pytest.approx(7 / 3 / months)
    # lifetimes in months: A 304 days, E 183 days, B and C one month each (the floor)
    assert m.lifetime_months == pytest.approx((304 / 30.4375 + 183 / 30.4375 + 2) / 4)
    assert m.lifetime_months == pytest.approx(4.5, abs=1e-4)
    expected_ltv = 142.86 * (7 / 3 / months) * 0.5 * m.lifetime_months
    assert float(m.ltv) == pytest.approx(expected_ltv, abs=0.01)
    # CRR: S = bought in 2024 (A, C) = 2; E = bought in 2025 (A, B, E) = 3; N = first
    # purchase in 2025 (B, E) = 2 → (3 − 2) / 2
    assert m.crr_counts == {"start": 2, "end": 3, "new": 2}
    assert m.crr == 0.5
    # ABC on 2025 revenue (E 600, A 300, B 100): E before 0 % → A, A before 60 % → A,
    # B before 90 % → B. XYZ: A's gaps 28 and 31 days, CV 0.05 → X; E's gaps 10 and 173,
    # CV 81.5 / 91.5 = 0.89 → Z; B bought once → insufficient.
    assert {k: v for k, v in m.abc_xyz.items() if v} == {"AX": 1, "AZ": 1, "insufficient": 1}
    assert set(m.abc_xyz) == {"AX", "AY", "AZ", "BX", "BY", "BZ", "CX", "CY", "CZ",
                              "insufficient"}
    # RFM as of 2025-12-31 over A B C E. Days since last: E 30, B 235, A 274, C 670 →
    # R = 1 + 5·(customers doing worse) // 4 → E 4, B 3, A 2, C 1. Purchases: A 4, E 3,
    # B 1, C 1 → F: A 4, E 3, B 1, C 1. Groups: A (R2 F4) at risk, E (R4 F3) loyal,
    # B (R3 F1) need attention, C (R1 F1) lost.
    assert m.rfm == {"champions": 0, "loyal": 1, "promising": 0, "need_attention": 1,
                     "at_risk": 1, "hibernating": 0, "lost": 1}
    # Dormant: A silent 274 days > 2 × its usual 101.3; B (235) and C (670) one-time buyers
    # silent over 180 days; E silent 30 < 2 × 91.5.
    assert m.dormant == 3
    assert m.pareto_top20_share == 0.6  # the top 20 % of 3 buyers is 1: E's 600 of 1000
    assert m.revenue_by_month == [
        {"month": "2025-02", "new": 0.0, "returning": 100.0, "new_customers": 0},
        {"month": "2025-03", "new": 0.0, "returning": 100.0, "new_customers": 0},
        {"month": "2025-04", "new": 0.0, "returning": 100.0, "new_customers": 0},
        {"month": "2025-05", "new": 100.0, "returning": 0.0, "new_customers": 1},
        {"month": "2025-06", "new": 400.0, "returning": 0.0, "new_customers": 1},
        {"month": "2025-12", "new": 0.0, "returning": 200.0, "new_customers": 0},
    ]


def test_a_period_ending_before_later_purchases(db, shop):
    """Figures as of an earlier date come from the purchases, not the customer row."""
    m = M.compute(db, M.Period(D(2025, 1, 1), D(2025, 6, 30)), today=D(2025, 6, 30))
    # Up to 2025-06-30: A 4 purchases, E 2 (06-01, 06-11), B 1, C 1 → repeat 2 of 4
    assert m.repeat_rate == 0.5
    assert (m.purchases, m.revenue) == (6, Decimal("800.00"))  # A 300, B 100, E 400
    # S = bought in 2024 (A, C); E = bought from 2024-07-01 to 2025-06-30 (A, B, E);
    # N = first purchase in the period (B, E)
    assert m.crr_counts == {"start": 2, "end": 3, "new": 2}
    assert m.revenue_by_month[-1] == {"month": "2025-06", "new": 400.0, "returning": 0.0,
                                      "new_customers": 1}


def test_crr_is_none_without_customers_at_the_start(db, make_customer):
    from services.sales.purchases import add_purchase as add

    cid = make_customer(family_name="New")
    with db.transaction() as s:
        add(s, cid, "10", date=D(2025, 3, 1))
    m = M.compute(db, PERIOD, today=TODAY)
    assert m.crr is None and m.crr_counts["start"] == 0


def test_empty_file(db):
    m = M.compute(db, PERIOD, today=TODAY)
    assert m.customers == 0 and m.avg_check == 0 and m.ltv == 0 and m.crr is None
    assert m.pareto_top20_share is None and sum(m.rfm.values()) == 0


@pytest.mark.parametrize("revenue,expected", [
    ({1: Decimal(50), 2: Decimal(30), 3: Decimal(15), 4: Decimal(5)},
     {1: "A", 2: "A", 3: "B", 4: "C"}),  # shares before: 0, 50, 80, 95
    ({1: Decimal(100)}, {1: "A"}),
    ({1: Decimal(0), 2: Decimal(0)}, {1: "C", 2: "C"}),
])
def test_abc_cutoffs(revenue, expected):
    assert M.abc_classes(revenue, [80, 95]) == expected


def test_xyz_needs_enough_purchases():
    assert M.xyz_class(None, [0.35, 0.75], 3) is None
    assert M.xyz_class((1, 30.0, 900.0), [0.35, 0.75], 3) is None  # two purchases
    assert M.xyz_class((2, 30.0, 900.0), [0.35, 0.75], 3) == "X"  # equal gaps: CV 0
    # gaps 10 and 50: mean 30, sd 20, CV 0.67 → Y
    assert M.xyz_class((2, 30.0, 1300.0), [0.35, 0.75], 3) == "Y"


def test_rfm_groups_cover_every_score():
    groups = {M.rfm_group(r, f) for r in range(1, 6) for f in range(1, 6)}
    assert groups == set(M.RFM_GROUPS)
    assert M.rfm_group(5, 5) == "champions" and M.rfm_group(1, 1) == "lost"
    assert M.rfm_group(5, 1) == "promising" and M.rfm_group(2, 1) == "hibernating"


def test_customer_metrics(db, shop):
    with db.sessions() as s:
        e = M.customer_metrics(s, shop["E"], today=TODAY)
        d = M.customer_metrics(s, shop["D"], today=TODAY)
    assert e["ltv"] == 300.0  # 600 spent × 50 % margin
    assert e["rfm"] == {"recency": 4, "frequency": 3, "monetary": 4, "group": "loyal"}
    assert e["abc_xyz"] == "AZ" and e["dormant"] is False
    assert d == {"ltv": 0.0, "rfm": None, "abc_xyz": None, "dormant": False}


def test_default_period_is_the_twelve_months_ending_today():
    p = M.default_period(D(2026, 11, 23))
    assert (p.start, p.end) == (D(2025, 11, 24), D(2026, 11, 23))
    leap = M.default_period(D(2028, 2, 29))
    assert leap.start == D(2027, 3, 1)
    assert math.isclose(M.default_period(D(2026, 1, 1)).months, 12, rel_tol=0.01)


def test_crr_month_by_month(db, shop):
    with db.sessions() as s:
        series = {row["month"]: row for row in M.crr_series(s, M.Period(D(2025, 1, 1),
                                                                          D(2025, 12, 31)))}
    assert len(series) == 12
    # March 2025. Start (2025-02-28, window from 2024-03-01): A (2025-02-01) and C
    # (2024-03-01). End (2025-03-31, window from 2024-04-01): A only. New: nobody.
    assert series["2025-03"] == {"month": "2025-03", "start": 2, "end": 1, "new": 0,
                                 "crr": 0.5}
    # May 2025. Start: A. End: A and B. New: B (first purchase 2025-05-10) → (2 − 1) / 1
    assert series["2025-05"] == {"month": "2025-05", "start": 1, "end": 2, "new": 1,
                                 "crr": 1.0}


def test_groups_for_click_through(db, shop):
    metrics, groups, cells = M.compute_with_groups(db, PERIOD, today=TODAY)
    assert groups == {shop["A"]: "at_risk", shop["E"]: "loyal", shop["B"]: "need_attention",
                      shop["C"]: "lost"}
    assert cells == {shop["A"]: "AX", shop["E"]: "AZ", shop["B"]: "insufficient"}
    assert metrics.rfm["loyal"] == 1
