"""The purchase figures kept on each customer row (count, total, first and last purchase, and
the day the customer turns dormant)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import Connection, and_, bindparam, func, select, update

from models import Customer, Purchase
from models.enums import PurchaseStatus
from services.core import settings

# A cancelled or returned sale is history, not a purchase that counts.
COUNTED_STATUSES = (PurchaseStatus.PAID.value, PurchaseStatus.UNPAID.value,
                    PurchaseStatus.PREORDER.value)
CHUNK = 500
DORMANT_SETTINGS = ("dormant_factor", "dormant_single_days")


def _counted(aggregate):
    return (
        select(aggregate)
        .where(and_(Purchase.customer_id == Customer.id,
                    Purchase.status.in_(COUNTED_STATUSES)))
        .scalar_subquery()
    )


def stats_values() -> dict:
    return {
        "purchase_count": _counted(func.count(Purchase.id)),
        "total_spent": func.coalesce(_counted(func.sum(Purchase.amount)), 0),
        "first_purchase": _counted(func.min(Purchase.date)),
        "last_purchase": _counted(func.max(Purchase.date)),
    }


def refresh_stats(conn: Connection, ids: Iterable[int] | None = None) -> None:
    """Recompute the figures from the purchases, for these customers or (None) for all."""
    if ids is None:
        conn.execute(update(Customer).values(**stats_values()))
        refresh_dormant(conn)
        return
    id_list = sorted(set(ids))
    for start in range(0, len(id_list), CHUNK):
        chunk = id_list[start:start + CHUNK]
        conn.execute(update(Customer).where(Customer.id.in_(chunk)).values(**stats_values()))
    refresh_dormant(conn, id_list)


def silence_allowed(count: int, first: dt.date, last: dt.date, factor: float,
                    single_days: int) -> int:
    """Days a customer may stay silent before counting as dormant: `single_days` after a
    single purchase, else `factor` times their usual interval (at least a day)."""
    if count < 2:
        return single_days
    usual = (last - first).days / (count - 1)
    return int(factor * max(usual, 1))


def dormant_from(count: int, first: dt.date | None, last: dt.date | None, factor: float,
                 single_days: int) -> dt.date | None:
    """The first day a customer counts as dormant."""
    if not count or last is None or first is None:
        return None
    return last + dt.timedelta(days=silence_allowed(count, first, last, factor,
                                                    single_days) + 1)


def dormant_config(conn: Connection) -> tuple[float, int]:
    values = settings.get_many(conn, DORMANT_SETTINGS)
    return float(values["dormant_factor"]), int(values["dormant_single_days"])


def refresh_dormant(conn: Connection, ids: Iterable[int] | None = None) -> None:
    """Recompute `dormant_on` from the purchase figures, for these customers or all: after a
    purchase changes, and when the dormant settings change."""
    changes = stale_dormant(conn, ids)
    if changes:
        conn.execute(update(Customer).where(Customer.id == bindparam("cid"))
                     .values(dormant_on=bindparam("new")), changes)


def stale_dormant(conn: Connection, ids: Iterable[int] | None = None) -> list[dict]:
    """The customers whose stored `dormant_on` is not what their figures give."""
    factor, single = dormant_config(conn)
    query = select(Customer.id, Customer.purchase_count, Customer.first_purchase,
                   Customer.last_purchase, Customer.dormant_on)
    id_list = None if ids is None else sorted(set(ids))
    batches = [None] if id_list is None else [
        id_list[i:i + CHUNK] for i in range(0, len(id_list), CHUNK)]
    changes = []
    for chunk in batches:
        stmt = query if chunk is None else query.where(Customer.id.in_(chunk))
        for cid, count, first, last, stored in conn.execute(stmt):
            new = dormant_from(count, first, last, factor, single)
            if new != stored:
                changes.append({"cid": cid, "new": new})
    return changes
