"""Everything about one customer in one JSON-ready dict (`customer show --json`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Customer
from services.analysis.ladder import STEPS, configured_rank
from services.analysis.metrics import customer_metrics
from services.core.records import get_customer
from services.customers.writing import customer_to_dict
from services.sales.loyalty import customer_loyalty


def ladder_step(session: Session, customer_id: int) -> str:
    rank = configured_rank(session)
    return STEPS[session.execute(select(rank).where(Customer.id == customer_id)).scalar_one()]


def customer_report(session: Session, customer_id: int, today: dt.date | None = None) -> dict:
    data = customer_to_dict(session, get_customer(session, customer_id))
    loyalty = customer_loyalty(session, customer_id, today)
    data.update(ladder=ladder_step(session, customer_id),
                discount_percent=loyalty["discount_percent"],
                discount_reason=loyalty["discount_reason"], level=loyalty["level"],
                points=loyalty["points"], coupons=loyalty["coupons"], cards=loyalty["cards"],
                **customer_metrics(session, customer_id, today))
    return data
