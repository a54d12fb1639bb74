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
    ImportantDate,
    Preference,
    Relationship,
    Tag,
    customer_tag,
)
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
