"""What the dashboard shows: the metrics, month-by-month CRR, and who is behind each bar."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.database import Database
from services.analysis.metrics import Metrics, Period, compute_with_groups, crr_series
from services.core import settings

THRESHOLDS = ("abc_cutoffs", "xyz_cutoffs", "crr_window_days", "dormant_factor",
              "dormant_single_days", "event_buyer_days")


@dataclass
class DashboardData:
    metrics: Metrics
    rfm_members: dict[str, list[int]]
    cell_members: dict[str, list[int]]
    crr_by_month: list[dict]
    currency: str
    thresholds: dict = field(default_factory=dict)  # the settings behind the figures


def load_dashboard(db: Database, period: Period) -> DashboardData:
    metrics, groups, cells = compute_with_groups(db, period)
    rfm_members: dict[str, list[int]] = {}
    for cid, group in groups.items():
        rfm_members.setdefault(group, []).append(cid)
    cell_members: dict[str, list[int]] = {}
    for cid, cell in cells.items():
        cell_members.setdefault(cell, []).append(cid)
    with db.sessions() as session:
        window = settings.get(session, "crr_window_days")
        series = crr_series(session, period, window)
        currency = settings.currency(session)
        thresholds = {key: settings.get(session, key) for key in THRESHOLDS}
    rfm_members.update(metrics.members)  # "dormant" and "event": the tiles that open a list
    return DashboardData(metrics, rfm_members, cell_members, series, currency, thresholds)


def buyers_in_month(db: Database, month: str) -> list[int]:
    """The customers behind a month's bar: everyone who bought in it."""
    import datetime as dt

    from sqlalchemy import select

    from models import Customer, Purchase
    from services.analysis.figures import COUNTED_STATUSES

    year, number = (int(x) for x in month.split("-"))
    start = dt.date(year, number, 1)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    with db.sessions() as session:
        return list(session.execute(
            select(Purchase.customer_id).distinct()
            .join(Customer, Customer.id == Purchase.customer_id)
            .where(Purchase.date >= start, Purchase.date < end,
                   Purchase.status.in_(COUNTED_STATUSES), Customer.archived.is_(False))
        ).scalars())
