"""The purchase figures kept on each customer row (count, total, first and last purchase)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, and_, func, select, update

from models import Customer, Purchase
from models.enums import PurchaseStatus

# A cancelled or returned sale is history, not a purchase that counts.
COUNTED_STATUSES = (PurchaseStatus.PAID.value, PurchaseStatus.UNPAID.value,
                    PurchaseStatus.PREORDER.value)
CHUNK = 500


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
        return
    id_list = sorted(set(ids))
    for start in range(0, len(id_list), CHUNK):
        chunk = id_list[start:start + CHUNK]
        conn.execute(update(Customer).where(Customer.id.in_(chunk)).values(**stats_values()))
