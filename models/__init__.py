"""The ORM and the database: tables, engine and session set-up, migrations. No Qt here."""

from models.activity import Interaction, Purchase, SearchTerm
from models.agenda import (
    AuditEntry,
    MailingRecipient,
    ReminderState,
    Segment,
    Task,
    TaskGroup,
)
from models.base import Base
from models.business import BusinessProfile, Setting, Staff
from models.customer import (
    Address,
    Consent,
    ContactPoint,
    Customer,
    Document,
    ExternalRef,
    ImportantDate,
    Preference,
    Relationship,
    Tag,
    customer_tag,
)
from models.imports import ImportChange, ImportRun
from models.loyalty import Card, Coupon, DiscountLevel, PointsEntry

__all__ = [
    "Address",
    "AuditEntry",
    "Base",
    "BusinessProfile",
    "Card",
    "Coupon",
    "DiscountLevel",
    "PointsEntry",
    "Consent",
    "ContactPoint",
    "Customer",
    "Document",
    "ExternalRef",
    "ImportChange",
    "ImportRun",
    "ImportantDate",
    "Interaction",
    "MailingRecipient",
    "Preference",
    "Purchase",
    "Relationship",
    "ReminderState",
    "SearchTerm",
    "Segment",
    "Setting",
    "Staff",
    "Tag",
    "Task",
    "TaskGroup",
    "customer_tag",
]


def customer_tables() -> list:
    """Every table whose rows belong to one customer through customer_id, in foreign-key order
    (a purchase before the coupon that points at it). Derived from the metadata, so a table
    added later is included without anyone remembering to list it. The search index and
    relationships (which belong to two customers) are left out: callers treat them apart."""
    from sqlalchemy import Table

    out: list[Table] = []
    for table in Base.metadata.sorted_tables:
        column = table.c.get("customer_id")
        if column is None or table.name in ("search_term", "relationship"):
            continue
        if any(fk.column.table.name == "customer" for fk in column.foreign_keys):
            out.append(table)
    return out
