"""What the dashboard shows: the metrics, month-by-month CRR, and who is behind each bar."""

from __future__ import annotations

from dataclasses import dataclass

from models.database import Database
from services import settings
from services.metrics import Metrics, Period, compute_with_groups, crr_series


@dataclass
class DashboardData:
    metrics: Metrics
    rfm_members: dict[str, list[int]]
    cell_members: dict[str, list[int]]
    crr_by_month: list[dict]
    currency: str


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
    rfm_members.update(metrics.members)  # "dormant" and "event": the tiles that open a list
    return DashboardData(metrics, rfm_members, cell_members, series, currency)
