"""The numbers that matter (DOMAIN.md): ladder, repeat rate, average check, LTV, CRR, ABC-XYZ,
RFM, dormant customers, new vs returning revenue, the Pareto share.

Everything is aggregated in SQL to one row per customer (or per month); Python only scores and
counts those rows, so a file of 100,000 customers and a million purchases takes about a second.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from models import Customer, Purchase
from models.database import Database
from services.analysis.figures import COUNTED_STATUSES, silence_allowed
from services.analysis.ladder import STEPS, configured_rank
from services.core import settings
from services.core.gcpause import no_gc_pauses
from services.core.sqlfuncs import days_between, month_of

DAYS_PER_MONTH = 365.25 / 12
RFM_GROUPS = ("champions", "loyal", "promising", "need_attention", "at_risk", "hibernating",
              "lost")
ABC_XYZ_CELLS = tuple(a + x for a in "ABC" for x in "XYZ")


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @property
    def months(self) -> float:
        return ((self.end - self.start).days + 1) / DAYS_PER_MONTH


def year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def default_period(today: dt.date | None = None) -> Period:
    """The 12 months ending today."""
    end = today or dt.date.today()
    return Period(year_before(end) + dt.timedelta(days=1), end)


@dataclass(frozen=True)
class CustomerFigures:
    """One customer's purchases up to a date, from one SQL aggregate row."""

    customer_id: int
    count: int
    total: Decimal
    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class Rfm:
    recency: int
    frequency: int
    monetary: int
    group: str


@dataclass
class Metrics:
    period: Period
    customers: int
    ladder: dict[str, int]
    event_buyers: int
    repeat_rate: float
    avg_check: Decimal
    purchases: int
    revenue: Decimal
    purchases_per_month: float
    lifetime_months: float
    margin_percent: Decimal
    ltv: Decimal
    crr: float | None
    crr_counts: dict[str, int]
    abc_xyz: dict[str, int]
    rfm: dict[str, int]
    dormant: int
    pareto_top20_share: float | None
    revenue_by_month: list[dict] = field(default_factory=list)
    members: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def to_json(self) -> dict:
        """The stable shape of `stats --json` (documented in the README)."""
        return {
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "customers": self.customers,
            "ladder": self.ladder,
            "event_buyers": self.event_buyers,
            "repeat_rate": round(self.repeat_rate, 6),
            "avg_check": float(self.avg_check),
            "purchases": self.purchases,
            "revenue": float(self.revenue),
            "purchases_per_month": round(self.purchases_per_month, 6),
            "lifetime_months": round(self.lifetime_months, 6),
            "margin_percent": float(self.margin_percent),
            "ltv": float(self.ltv),
            "crr": None if self.crr is None else round(self.crr, 6),
            "crr_counts": self.crr_counts,
            "abc_xyz": self.abc_xyz,
            "rfm": self.rfm,
            "dormant": self.dormant,
            "pareto_top20_share": (None if self.pareto_top20_share is None
                                   else round(self.pareto_top20_share, 6)),
            "revenue_by_month": self.revenue_by_month,
        }


# --- SQL aggregates -------------------------------------------------------------------------


def _counted(start: dt.date | None, end: dt.date, archived_too: bool = False):
    conditions = [Purchase.status.in_(COUNTED_STATUSES), Purchase.date <= end]
    if not archived_too:
        conditions.append(Customer.archived.is_(False))
    if start is not None:
        conditions.append(Purchase.date >= start)
    return and_(*conditions)


def _archived_ids(session: Session) -> set[int]:
    return set(session.execute(select(Customer.id).where(Customer.archived.is_(True)))
               .scalars())


def _nothing_after(session: Session, end: dt.date) -> bool:
    return session.execute(select(Purchase.id).where(
        Purchase.date > end, Purchase.status.in_(COUNTED_STATUSES)).limit(1)).first() is None


def customer_figures(session: Session, end: dt.date) -> list[CustomerFigures]:
    """Every customer's purchases up to `end` (one row each)."""
    if _nothing_after(session, end):
        # The figures kept on the customer row are exactly this, and read in one table scan.
        rows = session.execute(
            select(Customer.id, Customer.purchase_count, Customer.total_spent,
                   Customer.first_purchase, Customer.last_purchase)
            .where(Customer.archived.is_(False), Customer.purchase_count > 0))
    else:
        rows = session.execute(
            select(Purchase.customer_id, func.count(Purchase.id), func.sum(Purchase.amount),
                   func.min(Purchase.date), func.max(Purchase.date))
            .join(Customer, Customer.id == Purchase.customer_id)
            .where(_counted(None, end))
            .group_by(Purchase.customer_id))
    return [CustomerFigures(cid, n, total, first, last) for cid, n, total, first, last in rows]


@dataclass(frozen=True)
class PeriodFigures(CustomerFigures):
    gaps: int = 0  # days between consecutive purchases within the period: how many,
    mean_gap: float = 0.0  # their mean,
    mean_gap_sq: float = 0.0  # and the mean of their squares (for the variation)


def period_figures(session: Session, period: Period) -> list[PeriodFigures]:
    """Each customer's purchases within the period, with the gaps between them: one pass."""
    gap = days_between(
        session, Purchase.date,
        func.lag(Purchase.date).over(partition_by=Purchase.customer_id,
                                     order_by=(Purchase.date, Purchase.id)))
    # Archived customers (few) are dropped afterwards: joining every purchase to its
    # customer just to check the flag would cost a lookup per purchase.
    rows = (select(Purchase.customer_id.label("cid"), Purchase.amount.label("amount"),
                   Purchase.date.label("date"), gap.label("gap"))
            .where(_counted(period.start, period.end, archived_too=True)).subquery())
    archived = _archived_ids(session)
    out = []
    for cid, n, total, first, last, gaps, mean, meansq in session.execute(
        select(rows.c.cid, func.count(), func.sum(rows.c.amount), func.min(rows.c.date),
               func.max(rows.c.date), func.count(rows.c.gap), func.avg(rows.c.gap),
               func.avg(rows.c.gap * rows.c.gap)).group_by(rows.c.cid)
    ):
        if cid not in archived:
            out.append(PeriodFigures(cid, n, Decimal(total), _date(first), _date(last),
                                     gaps, float(mean or 0), float(meansq or 0)))
    return out


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


# --- scoring --------------------------------------------------------------------------------


def _scores(values: dict[int, float], higher_is_better: bool = True) -> dict[int, int]:
    """1–5 by the share of customers doing strictly worse; equal values score the same."""
    ordered = sorted(values.values())
    n = len(ordered)
    out = {}
    for cid, v in values.items():
        worse = bisect.bisect_left(ordered, v) if higher_is_better else \
            n - bisect.bisect_right(ordered, v)
        out[cid] = min(5, 1 + (5 * worse) // n)
    return out


def rfm_group(r: int, f: int) -> str:
    if r >= 4 and f >= 4:
        return "champions"
    if r >= 3 and f >= 3:
        return "loyal"
    if r >= 4:
        return "promising"
    if r == 3:
        return "need_attention"
    if f >= 3:
        return "at_risk"
    return "hibernating" if r == 2 else "lost"


def rfm_scores(figures: list[CustomerFigures], as_of: dt.date) -> dict[int, Rfm]:
    if not figures:
        return {}
    recency = _scores({f.customer_id: (as_of - f.last).days for f in figures},
                      higher_is_better=False)
    frequency = _scores({f.customer_id: f.count for f in figures})
    monetary = _scores({f.customer_id: float(f.total) for f in figures})
    return {cid: Rfm(recency[cid], frequency[cid], monetary[cid],
                     rfm_group(recency[cid], frequency[cid])) for cid in recency}


def abc_classes(revenue: dict[int, Decimal], cutoffs: list[float]) -> dict[int, str]:
    """A while the revenue share before the customer is under the first cut-off, then B…"""
    total = sum(revenue.values(), Decimal(0))
    out: dict[int, str] = {}
    if total <= 0:
        return {cid: "C" for cid in revenue}
    running = Decimal(0)
    a_cut, b_cut = (Decimal(str(c)) for c in cutoffs)
    for cid, amount in sorted(revenue.items(), key=lambda kv: (-kv[1], kv[0])):
        share_before = running * 100 / total
        out[cid] = "A" if share_before < a_cut else "B" if share_before < b_cut else "C"
        running += amount
    return out


def xyz_class(gaps: tuple[int, float, float] | None, cutoffs: list[float],
              min_purchases: int) -> str | None:
    """X, Y or Z by the coefficient of variation of the gaps; None when too few purchases."""
    if gaps is None or gaps[0] + 1 < min_purchases:
        return None
    _n, mean, meansq = gaps
    if mean <= 0:
        return "X"
    cv = math.sqrt(max(0.0, meansq - mean * mean)) / mean
    return "X" if cv <= cutoffs[0] else "Y" if cv <= cutoffs[1] else "Z"


def classify_abc_xyz(in_period: list[PeriodFigures], config: dict) -> dict[int, str]:
    """customer → "AX"… or "insufficient", for the customers who bought in the period."""
    abc = abc_classes({f.customer_id: f.total for f in in_period}, config["abc_cutoffs"])
    out = {}
    for f in in_period:
        gaps = (f.gaps, f.mean_gap, f.mean_gap_sq) if f.gaps else None
        xyz = xyz_class(gaps, config["xyz_cutoffs"], config["xyz_min_purchases"])
        out[f.customer_id] = abc[f.customer_id] + xyz if xyz else "insufficient"
    return out


def is_dormant(f: CustomerFigures, as_of: dt.date, factor: float, single_days: int) -> bool:
    # the same rule as services.analysis.figures.dormant_from, counted in days (run for every
    # customer)
    return (as_of - f.last).days > silence_allowed(f.count, f.first, f.last, factor,
                                                   single_days)


def lifetime_months(f: CustomerFigures) -> float:
    return max(1.0, (f.last - f.first).days / DAYS_PER_MONTH)


def _config(session: Session) -> dict:
    return {key: settings.get(session, key) for key in settings.options()}


# --- the whole base -------------------------------------------------------------------------


def compute(db: Database, period: Period | None = None, today: dt.date | None = None
            ) -> Metrics:
    """All the base's numbers for a period (default: the 12 months ending today)."""
    return compute_with_groups(db, period, today)[0]


def compute_with_groups(db: Database, period: Period | None = None,
                        today: dt.date | None = None
                        ) -> tuple[Metrics, dict[int, str], dict[int, str]]:
    """compute(), plus who is in which RFM group and which ABC-XYZ cell (for click-through);
    the dormant and the event buyers are in the RFM map too, under "dormant" and "event".

    The independent aggregates run side by side on their own connections: the database does
    the heavy lifting outside Python's lock, so two cores finish in about half the time.
    """
    with no_gc_pauses():  # figures for every customer: many small objects, no cycles
        return _compute(db, period or default_period(today), today)


def _compute(db: Database, period: Period, today: dt.date | None
             ) -> tuple[Metrics, dict[int, str], dict[int, str]]:
    def read(fn, *args):
        with db.sessions() as session:
            return fn(session, *args)

    with ThreadPoolExecutor(max_workers=3) as pool:
        f_period = pool.submit(read, period_figures, period)
        f_months = pool.submit(read, revenue_by_month, period)
        f_base = pool.submit(read, _base_figures, period, today)
        in_period = f_period.result()
        months = f_months.result()
        config, margin, customers, ladder, upto_end, s_count, loyal_ids = f_base.result()

    cutoff = (today or period.end) - dt.timedelta(days=config["event_buyer_days"])
    event_ids = [f.customer_id for f in upto_end
                 if f.count <= 2 and f.last < cutoff and f.customer_id not in loyal_ids]
    event_buyers = len(event_ids)
    repeat_rate = (sum(1 for f in upto_end if f.count >= 2) / len(upto_end)) if upto_end else 0.0
    purchases = sum(f.count for f in in_period)
    revenue = sum((f.total for f in in_period), Decimal(0))
    avg_check = (revenue / purchases).quantize(Decimal("0.01")) if purchases else Decimal(0)
    per_month = (purchases / len(in_period) / period.months) if in_period else 0.0
    lifetime = (sum(lifetime_months(f) for f in upto_end) / len(upto_end)) if upto_end else 0.0
    ltv = (avg_check * Decimal(str(per_month)) * margin / 100 * Decimal(str(lifetime))
           ).quantize(Decimal("0.01"))
    window = dt.timedelta(days=config["crr_window_days"])
    e_count = sum(1 for f in upto_end if f.last > period.end - window)
    n_count = sum(1 for f in upto_end if f.first >= period.start)
    crr = (e_count - n_count) / s_count if s_count else None

    cells = classify_abc_xyz(in_period, config)
    abc_counts = dict.fromkeys(ABC_XYZ_CELLS + ("insufficient",), 0)
    abc_counts.update(Counter(cells.values()))
    groups = {cid: r.group for cid, r in rfm_scores(upto_end, period.end).items()}
    rfm_counts = dict.fromkeys(RFM_GROUPS, 0)
    rfm_counts.update(Counter(groups.values()))
    dormant_ids = [f.customer_id for f in upto_end if is_dormant(
        f, period.end, config["dormant_factor"], config["dormant_single_days"])]
    dormant = len(dormant_ids)
    pareto = None
    if in_period and revenue > 0:
        top = sorted((f.total for f in in_period), reverse=True)
        k = max(1, math.ceil(len(top) * 0.2))
        pareto = float(sum(top[:k], Decimal(0)) / revenue)
    metrics = Metrics(
        period=period, customers=customers, ladder=ladder, event_buyers=event_buyers,
        repeat_rate=repeat_rate, avg_check=avg_check, purchases=purchases, revenue=revenue,
        purchases_per_month=per_month, lifetime_months=lifetime, margin_percent=margin,
        ltv=ltv, crr=crr, crr_counts={"start": s_count, "end": e_count, "new": n_count},
        abc_xyz=abc_counts, rfm=rfm_counts, dormant=dormant, pareto_top20_share=pareto,
        revenue_by_month=months,
    )
    metrics.members = {"dormant": dormant_ids, "event": event_ids}
    return metrics, groups, cells


def _base_figures(session: Session, period: Period, today: dt.date | None):
    config = _config(session)
    margin = settings.profile(session).margin_percent
    customers = session.execute(select(func.count(Customer.id))
                                .where(Customer.archived.is_(False))).scalar_one()
    ladder = dict.fromkeys(STEPS, 0)
    rank = configured_rank(session)
    for r, n in session.execute(select(rank, func.count(Customer.id))
                                .where(Customer.archived.is_(False)).group_by(rank)):
        ladder[STEPS[r]] = n
    upto_end = customer_figures(session, period.end)
    window = dt.timedelta(days=config["crr_window_days"])
    s_count = _active_at(session, period.start - dt.timedelta(days=1), window)
    # adherents and advocates are never "event buyers", however few their purchases
    loyal_ids = set(session.execute(select(Customer.id).where(
        Customer.archived.is_(False), rank >= STEPS.index("adherent"))).scalars())
    return config, margin, customers, ladder, upto_end, s_count, loyal_ids


def _active_at(session: Session, day: dt.date, window: dt.timedelta) -> int:
    """Customers who bought in the window of days up to and including `day`."""
    first_day = day - window + dt.timedelta(days=1)
    everyone = session.execute(
        select(func.count(func.distinct(Purchase.customer_id)))
        .where(_counted(first_day, day, archived_too=True))).scalar_one()
    archived_ids = sorted(_archived_ids(session))
    archived = 0
    for start in range(0, len(archived_ids), 500):  # by customer: the index on customer_id
        archived += session.execute(
            select(func.count(func.distinct(Purchase.customer_id)))
            .where(Purchase.customer_id.in_(archived_ids[start:start + 500]),
                   _counted(first_day, day, archived_too=True))).scalar_one()
    return everyone - archived


def revenue_by_month(session: Session, period: Period) -> list[dict]:
    """Per month of the period: revenue from customers buying for the first time that month
    ("new") and from everyone else ("returning")."""
    if _nothing_after(session, period.end):
        first = Customer.first_purchase  # kept on the row: no pass over every purchase
        stmt = select(Purchase.amount).join(Customer, Customer.id == Purchase.customer_id)
    else:
        firsts = (select(Purchase.customer_id.label("cid"),
                         func.min(Purchase.date).label("first"))
                  .join(Customer, Customer.id == Purchase.customer_id)
                  .where(_counted(None, period.end)).group_by(Purchase.customer_id).subquery())
        first = firsts.c.first
        stmt = (select(Purchase.amount).join(Customer, Customer.id == Purchase.customer_id)
                .join(firsts, firsts.c.cid == Purchase.customer_id))
    month = month_of(session, Purchase.date)
    is_new = month == month_of(session, first)
    rows = session.execute(
        stmt.with_only_columns(month, func.sum(Purchase.amount).filter(is_new),
                               func.sum(Purchase.amount).filter(~is_new),
                               func.count(func.distinct(Purchase.customer_id)).filter(is_new))
        .where(_counted(period.start, period.end))
        .group_by(month).order_by(month))
    return [{"month": m, "new": float(new or 0), "returning": float(ret or 0),
             "new_customers": n or 0} for m, new, ret, n in rows]


# --- one customer ---------------------------------------------------------------------------


def customer_metrics(session: Session, customer_id: int, today: dt.date | None = None) -> dict:
    """What the card and `customer show --json` say about one customer's value."""
    period = default_period(today)
    margin = settings.profile(session).margin_percent
    upto_end = customer_figures(session, period.end)
    mine = next((f for f in upto_end if f.customer_id == customer_id), None)
    rfm = rfm_scores(upto_end, period.end).get(customer_id)
    config = _config(session)
    return {
        "ltv": float((mine.total * margin / 100).quantize(Decimal("0.01"))) if mine else 0.0,
        "rfm": ({"recency": rfm.recency, "frequency": rfm.frequency,
                 "monetary": rfm.monetary, "group": rfm.group} if rfm else None),
        "abc_xyz": classify_abc_xyz(period_figures(session, period), config).get(customer_id),
        "dormant": bool(mine and is_dormant(mine, period.end, config["dormant_factor"],
                                            config["dormant_single_days"])),
    }


def crr_series(session: Session, period: Period, window_days: int = 365) -> list[dict]:
    """CRR for each month of the period, all month boundaries counted in one pass."""
    starts = []
    day = period.start.replace(day=1)
    while day <= period.end:
        starts.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    bounds = [s - dt.timedelta(days=1) for s in starts]
    bounds.append(min(period.end, (starts[-1] + dt.timedelta(days=32)).replace(day=1)
                      - dt.timedelta(days=1)))
    window = dt.timedelta(days=window_days - 1)
    # one row per customer with a 0/1 per boundary, summed: a single pass over the purchases
    flags = (select(*[func.max(case((Purchase.date.between(b - window, b), 1), else_=0))
                      .label(f"b{i}") for i, b in enumerate(bounds)])
             .join(Customer, Customer.id == Purchase.customer_id)
             .where(_counted(bounds[0] - window, bounds[-1]))
             .group_by(Purchase.customer_id).subquery())
    active = session.execute(select(*[func.coalesce(func.sum(c), 0) for c in flags.c])).one()
    firsts = dict(session.execute(
        select(month_of(session, Customer.first_purchase), func.count(Customer.id))
        .where(Customer.archived.is_(False), Customer.first_purchase.is_not(None))
        .group_by(month_of(session, Customer.first_purchase))).all())
    out = []
    for i, start in enumerate(starts):
        s_count, e_count = active[i], active[i + 1]
        n_count = firsts.get(start.strftime("%Y-%m"), 0)
        out.append({"month": start.strftime("%Y-%m"), "start": s_count, "end": e_count,
                    "new": n_count,
                    "crr": (e_count - n_count) / s_count if s_count else None})
    return out
