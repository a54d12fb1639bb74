""""Forget this customer": the personal data goes, the anonymous purchase amounts stay (so
the statistics stay right), and an audit line without personal data says when."""

from __future__ import annotations

from sqlalchemy import delete, update

from models import (
    AuditEntry,
    Customer,
    ImportChange,
    Purchase,
    Relationship,
    customer_tables,
)
from models.database import Database
from services.core.records import get_customer
from services.directory.search import refresh_terms


def forget(db: Database, customer_id: int) -> None:
    with db.transaction() as session:
        customer = get_customer(session, customer_id)
        # everything that belongs to them goes, except the purchases (anonymous below)
        for table in reversed(customer_tables()):
            if table.name != "purchase":
                session.execute(delete(table).where(table.c.customer_id == customer_id))
        # an import's record of them holds their data as it was
        session.execute(delete(ImportChange).where(ImportChange.customer_id == customer_id))
        session.execute(delete(Relationship).where(
            (Relationship.customer_id == customer_id) | (Relationship.other_id == customer_id)))
        session.execute(update(Customer).where(Customer.referred_by_id == customer_id)
                        .values(referred_by_id=None))
        # the amounts, dates and categories stay; what was bought, in words, may say who
        session.execute(update(Purchase).where(Purchase.customer_id == customer_id)
                        .values(description=""))
        for attr in ("given_name", "patronymic", "family_name_latin", "given_name_latin",
                     "company", "job_title", "nickname", "salutation", "notes", "source",
                     "photo_type"):
            setattr(customer, attr, "")
        customer.family_name = f"Forgotten customer #{customer_id}"
        customer.birth_year = customer.birth_month = customer.birth_day = None
        customer.sex, customer.language = "unknown", ""
        customer.referred_by_id = customer.staff_id = None
        customer.external_id = None
        customer.photo = None
        customer.penetration_percent = customer.personal_discount_percent = None
        customer.is_adherent = customer.is_advocate = False
        # not archived: archived customers count nowhere, and these purchases must still count
        session.add(AuditEntry(action="forget", detail=f"customer #{customer_id} forgotten "
                               "at their request; purchases kept without names"))
        session.flush()
        refresh_terms(session.connection(), [customer_id])
