"""`check`: the database's own integrity check plus the program's consistency rules."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models import (
    Consent,
    ContactPoint,
    Customer,
    Document,
    ImportantDate,
    Interaction,
    Purchase,
    Relationship,
    SearchTerm,
)
from models.database import Database
from models.enums import (
    Channel,
    ConsentStatus,
    ContactKind,
    DateKind,
    DocumentKind,
    InteractionKind,
    PurchaseStatus,
    RelationKind,
    Sex,
)
from models.migrate import current_revision, head_revision
from services.analysis.figures import refresh_stats, stale_dormant, stats_values
from services.core.errors import ValidationError
from services.directory.search import load_terms, rebuild_all, term_rows
from services.text.contacts import normalize_email
from services.text.folding import sort_name

BATCH = 2000
NO_DATE = dt.date(1, 1, 1)


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _enum_problems(session: Session, column, enum, table: str) -> list[Problem]:
    allowed = [e.value for e in enum]
    rows = session.execute(
        select(column, func.count()).where(column.not_in(allowed)).group_by(column)
    ).all()
    return [Problem(f"{table}.{column.key}", f"{n} rows have the unknown value '{v}'")
            for v, n in rows]


def run_checks(db: Database) -> list[Problem]:
    problems: list[Problem] = []
    if db.is_sqlite:
        with db.engine.connect() as conn:
            for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
                if line != "ok":
                    problems.append(Problem("database", line))
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                problems.append(Problem(f"{row[0]} row {row[1]}",
                                        f"points to a missing row in {row[2]}"))
        if problems:
            return problems  # the rest cannot be trusted on a damaged file
    if current_revision(db.engine) != head_revision():
        problems.append(Problem("schema", "not at the current version"))
    with db.sessions() as session:
        problems += _enum_problems(session, Customer.sex, Sex, "customer")
        problems += _enum_problems(session, ContactPoint.kind, ContactKind, "contact_point")
        problems += _enum_problems(session, ImportantDate.kind, DateKind, "important_date")
        problems += _enum_problems(session, Document.kind, DocumentKind, "document")
        problems += _enum_problems(session, Relationship.kind, RelationKind, "relationship")
        problems += _enum_problems(session, Consent.channel, Channel, "consent")
        problems += _enum_problems(session, Consent.status, ConsentStatus, "consent")
        problems += _enum_problems(session, Purchase.status, PurchaseStatus, "purchase")
        problems += _enum_problems(session, Interaction.kind, InteractionKind, "interaction")
        problems += _date_problems(session)
        problems += _contact_problems(session)
        problems += _derived_problems(session)
    return problems


def _date_problems(session: Session) -> list[Problem]:
    out = []
    rows = session.execute(select(Customer.id, Customer.birth_year, Customer.birth_month,
                                  Customer.birth_day).where(Customer.birth_day > 28)).all()
    for cid, year, month, day in rows:
        if day > calendar.monthrange(year or 2000, month)[1]:
            out.append(Problem(f"customer #{cid}", f"birthday {month:02d}-{day:02d} does not "
                               "exist"))
    rows = session.execute(select(ImportantDate.customer_id, ImportantDate.year,
                                  ImportantDate.month, ImportantDate.day)
                           .where(ImportantDate.day > 28)).all()
    for cid, year, month, day in rows:
        if day > calendar.monthrange(year or 2000, month)[1]:
            out.append(Problem(f"customer #{cid}", f"date {month:02d}-{day:02d} does not exist"))
    return out


def _contact_problems(session: Session) -> list[Problem]:
    out = []
    # a value kept as written, unverified, is the user's and is marked so: not a problem
    for cid, value in session.execute(select(ContactPoint.customer_id, ContactPoint.value)
                                      .where(ContactPoint.kind == ContactKind.PHONE,
                                             ContactPoint.unverified == "")):
        if not (value.startswith("+") and value[1:].isdigit() and 8 <= len(value) <= 16):
            out.append(Problem(f"customer #{cid}", f"phone '{value}' is not in E.164 form"))
    for cid, value in session.execute(select(ContactPoint.customer_id, ContactPoint.value)
                                      .where(ContactPoint.kind == ContactKind.EMAIL,
                                             ContactPoint.unverified == "")):
        try:
            normalize_email(value)
        except ValidationError as exc:
            out.append(Problem(f"customer #{cid}", str(exc)))
    primaries = session.execute(
        select(ContactPoint.customer_id, ContactPoint.kind, func.count())
        .where(ContactPoint.is_primary.is_(True))
        .group_by(ContactPoint.customer_id, ContactPoint.kind).having(func.count() > 1)
    ).all()
    for cid, kind, n in primaries:
        out.append(Problem(f"customer #{cid}", f"{n} {kind} contacts are marked primary"))
    return out


def _derived_problems(session: Session) -> list[Problem]:
    """Sort names and search terms must be what the customer's data says they are."""
    out = []
    conn = session.connection()
    ids = list(session.execute(select(Customer.id).order_by(Customer.id)).scalars())
    stale_sort = 0
    stale_terms = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        for customer in session.execute(select(Customer).where(Customer.id.in_(chunk))
                                        ).scalars():
            if customer.sort_name != sort_name(customer):
                stale_sort += 1
        expected = Counter((r["customer_id"], r["term"], r["kind"])
                           for r in term_rows(load_terms(conn, chunk)))
        actual = Counter(session.execute(select(SearchTerm.customer_id, SearchTerm.term,
                                                SearchTerm.kind)
                                         .where(SearchTerm.customer_id.in_(chunk))).all())
        if expected != actual:
            stale_terms += len({k[0] for k in (expected - actual) + (actual - expected)})
        session.expunge_all()
    wrong_stats = _stale_stats(session) or len(stale_dormant(session.connection()))
    if wrong_stats:
        out.append(Problem("purchase figures", f"{wrong_stats} customers have purchase figures "
                           "that do not match their purchases (run check --repair)"))
    if stale_sort:
        out.append(Problem("search index", f"{stale_sort} customers have a stale sort name "
                           "(run check --repair)"))
    if stale_terms:
        out.append(Problem("search index", f"{stale_terms} customers have stale search terms "
                           "(run check --repair)"))
    return out


def _stale_stats(session: Session) -> int:
    expected = stats_values()
    mismatch = or_(
        Customer.purchase_count != expected["purchase_count"],
        Customer.total_spent != expected["total_spent"],
        func.coalesce(Customer.first_purchase, NO_DATE)
        != func.coalesce(expected["first_purchase"], NO_DATE),
        func.coalesce(Customer.last_purchase, NO_DATE)
        != func.coalesce(expected["last_purchase"], NO_DATE),
    )
    return session.execute(select(func.count(Customer.id)).where(mismatch)).scalar_one()


def repair(db: Database) -> int:
    """Rebuild everything derived (sort names, search terms); returns customers reindexed."""
    with db.transaction() as session:
        for customer in session.execute(select(Customer)).scalars():
            if customer.sort_name != sort_name(customer):
                customer.sort_name = sort_name(customer)
        session.flush()
        refresh_stats(session.connection())
        return rebuild_all(session.connection())

