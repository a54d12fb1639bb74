"""The customer list: which customers to show (search, filters, sort, all in SQL) and their rows.

The window holds only the ids this returns and asks for rows a page at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import and_, exists, func, select

from models import Address, Consent, ContactPoint, Customer, Staff, Tag, customer_tag
from models.database import Database
from models.enums import ConsentStatus, ContactKind
from services.analysis.ladder import STEPS, configured_rank, ladder_rank
from services.core import settings
from services.directory.rows import CustomerRow, customer_rows
from services.directory.search import search_ids

SORT_KEYS = ("name", "phone", "email", "city", "ladder", "last_purchase", "purchases", "total",
             "tags", "staff")


@dataclass(frozen=True)
class ListFilter:
    tags: tuple[str, ...] = ()
    ladder: tuple[str, ...] = ()
    staff_id: int | None = None  # 0: customers nobody is assigned to
    birthday_month: int | None = None
    has_email: bool = False
    has_address: bool = False
    consent: str | None = None
    archived: bool = False
    # A set picked elsewhere (a dashboard bar), with the words that say what it is.
    only_ids: frozenset[int] | None = None
    only_label: str = ""

    def active(self) -> bool:
        return any((self.tags, self.ladder, self.staff_id is not None, self.birthday_month,
                    self.has_email, self.has_address, self.consent,
                    self.only_ids is not None))


@dataclass
class ListQuery:
    text: str = ""
    filter: ListFilter = field(default_factory=ListFilter)
    sort: str | None = None  # None: best match first (or by name with no text)
    descending: bool = False


def _contact(kind: ContactKind):
    return (select(func.min(ContactPoint.value))
            .where(ContactPoint.customer_id == Customer.id, ContactPoint.kind == kind.value)
            .scalar_subquery())


def sort_expression(key: str, rank=None):
    if key not in SORT_KEYS:
        raise ValueError(f"unknown sort column {key!r}")
    return {
        "name": lambda: Customer.sort_name,
        "phone": lambda: _contact(ContactKind.PHONE),
        "email": lambda: _contact(ContactKind.EMAIL),
        "city": lambda: select(func.min(Address.city))
        .where(Address.customer_id == Customer.id).scalar_subquery(),
        "ladder": lambda: rank if rank is not None else ladder_rank(),
        "last_purchase": lambda: Customer.last_purchase,
        "purchases": lambda: Customer.purchase_count,
        "total": lambda: Customer.total_spent,
        "tags": lambda: select(func.min(Tag.name)).join(customer_tag,
                                                        customer_tag.c.tag_id == Tag.id)
        .where(customer_tag.c.customer_id == Customer.id).scalar_subquery(),
        "staff": lambda: select(Staff.name).where(Staff.id == Customer.staff_id)
        .scalar_subquery(),
    }[key]()


def filter_conditions(f: ListFilter, rank=None) -> list:
    out = []
    if f.tags:
        out.append(exists(select(customer_tag.c.customer_id)
                          .join(Tag, Tag.id == customer_tag.c.tag_id)
                          .where(customer_tag.c.customer_id == Customer.id,
                                 Tag.name.in_(f.tags))))
    if f.ladder:
        ranks = [STEPS.index(step) for step in f.ladder]
        out.append((rank if rank is not None else ladder_rank()).in_(ranks))
    if f.staff_id is not None:
        out.append(Customer.staff_id.is_(None) if f.staff_id == 0
                   else Customer.staff_id == f.staff_id)
    if f.birthday_month:
        out.append(Customer.birth_month == f.birthday_month)
    if f.has_email:
        out.append(exists(select(ContactPoint.id).where(
            ContactPoint.customer_id == Customer.id,
            ContactPoint.kind == ContactKind.EMAIL.value)))
    if f.has_address:
        out.append(exists(select(Address.id).where(
            Address.customer_id == Customer.id, and_(Address.line1 != "", Address.city != ""))))
    if f.consent:
        out.append(exists(select(Consent.id).where(
            Consent.customer_id == Customer.id, Consent.channel == f.consent,
            Consent.status == ConsentStatus.GIVEN.value)))
    return out


class CustomerDirectory:
    def __init__(self, db: Database):
        self.db = db
        with db.sessions() as session:
            self.region = settings.phone_region(session)

    def find(self, query: ListQuery | str = "", *, archived: bool = False) -> list[int]:
        """Ids of the customers to show, in display order."""
        if isinstance(query, str):
            query = ListQuery(text=query, filter=ListFilter(archived=archived))
        with self.db.sessions() as session:
            rank = configured_rank(session)
            order_by = None
            if query.sort is not None:
                expr = sort_expression(query.sort, rank)
                order_by = [(expr.desc() if query.descending else expr.asc()).nulls_last(),
                            Customer.sort_name]
            hits = search_ids(session, query.text, region=self.region,
                              archived_only=query.filter.archived,
                              where=filter_conditions(query.filter, rank), order_by=order_by)
        if query.filter.only_ids is not None:
            return [h.customer_id for h in hits if h.customer_id in query.filter.only_ids]
        return [h.customer_id for h in hits]

    def rows(self, ids: Sequence[int]) -> list[CustomerRow]:
        with self.db.sessions() as session:
            return customer_rows(session, ids)

    def count(self, *, archived: bool = False) -> int:
        with self.db.sessions() as session:
            return session.execute(
                select(func.count(Customer.id)).where(Customer.archived.is_(archived))
            ).scalar_one()

    def tag_names(self) -> list[str]:
        with self.db.sessions() as session:
            return list(session.execute(select(Tag.name).order_by(Tag.name)).scalars())

    def staff(self) -> list[tuple[int, str]]:
        with self.db.sessions() as session:
            return [(i, n) for i, n in session.execute(
                select(Staff.id, Staff.name).where(Staff.active.is_(True))
                .order_by(Staff.name))]

    @staticmethod
    def this_month() -> int:
        return dt.date.today().month
