"""Rows for lists: one query for a page of customer ids, in the order the ids came."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Address, ContactPoint, Customer, Staff, Tag, customer_tag
from models.customer import display_name
from models.enums import ContactKind
from services.analysis.ladder import STEPS, configured_rank
from services.core import settings


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    phone: str | None
    email: str | None
    city: str | None
    archived: bool
    purchases: int = 0
    total: Decimal = Decimal(0)
    last_purchase: dt.date | None = None
    tags: str = ""
    staff: str | None = None
    ladder: str = "prospect"
    event_buyer: bool = False  # one or two purchases, the last long ago: a one-off


def customer_rows(session: Session, ids: Sequence[int]) -> list[CustomerRow]:
    if not ids:
        return []
    id_list = list(ids)
    event_before = dt.date.today() - dt.timedelta(
        days=int(settings.get(session, "event_buyer_days")))
    base = {
        r.id: r
        for r in session.execute(
            select(Customer.id, Customer.family_name, Customer.given_name, Customer.patronymic,
                   Customer.company, Customer.archived, Customer.purchase_count,
                   Customer.total_spent, Customer.last_purchase, Staff.name.label("staff"),
                   configured_rank(session).label("ladder"))
            .outerjoin(Staff, Staff.id == Customer.staff_id)
            .where(Customer.id.in_(id_list))
        )
    }
    primary: dict[tuple[int, str], str] = {}
    # Filtering by kind in Python: with a kind condition SQLite may pick the (kind, value)
    # index and scan every phone in the file instead of looking up these customers.
    for cid, kind, value in session.execute(
        select(ContactPoint.customer_id, ContactPoint.kind, ContactPoint.value)
        .where(ContactPoint.customer_id.in_(id_list))
        .order_by(ContactPoint.is_primary.desc(), ContactPoint.position)
    ):
        if kind in (ContactKind.PHONE.value, ContactKind.EMAIL.value):
            primary.setdefault((cid, kind), value)
    cities: dict[int, str] = {}
    for cid, city in session.execute(
        select(Address.customer_id, Address.city).where(Address.customer_id.in_(id_list))
        .order_by(Address.is_primary.desc(), Address.position)
    ):
        cities.setdefault(cid, city)
    tags: dict[int, list[str]] = {}
    for cid, name in session.execute(
        select(customer_tag.c.customer_id, Tag.name).join(Tag, Tag.id == customer_tag.c.tag_id)
        .where(customer_tag.c.customer_id.in_(id_list)).order_by(Tag.name)
    ):
        tags.setdefault(cid, []).append(name)
    rows = []
    for cid in id_list:
        b = base.get(cid)
        if b is None:
            continue
        rows.append(CustomerRow(
            id=cid, name=display_name(b.family_name, b.given_name, b.patronymic, b.company),
            phone=primary.get((cid, ContactKind.PHONE.value)),
            email=primary.get((cid, ContactKind.EMAIL.value)), city=cities.get(cid),
            archived=b.archived, purchases=b.purchase_count, total=b.total_spent,
            last_purchase=b.last_purchase,
            tags=", ".join(tags.get(cid, [])), staff=b.staff, ladder=STEPS[b.ladder],
            # an adherent or advocate is not "a one-off", whatever the count says
            event_buyer=(STEPS[b.ladder] in ("buyer", "client")
                         and b.last_purchase is not None and b.last_purchase < event_before),
        ))
    return rows
