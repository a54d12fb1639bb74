from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.types import utcnow


class ReminderState(Base):
    """What the user did with one occurrence of a reminder (done, snoozed, dismissed).

    Reminders themselves are derived from the customer file every time; the key names the
    occurrence ("birthday:12:2026-03-08"), so recomputing never duplicates one and an edited
    birthday simply makes a new occurrence.
    """

    __tablename__ = "reminder_state"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16))  # done, snoozed, dismissed
    snoozed_until: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class TaskGroup(Base):
    """"Call these 40 regulars": tasks made together, shown with their progress."""

    __tablename__ = "task_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Task(Base):
    __tablename__ = "task"
    __table_args__ = (Index("ix_task_due_open", "done_at", "due"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    due: Mapped[dt.date] = mapped_column(Date)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"),
                                                 index=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("task_group.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(16), default="call")
    note: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Segment(Base):
    """A saved filter ("regulars interested in silver"): reused by the list, printing,
    tasks and mailings. The definition is JSON so new criteria need no migration."""

    __tablename__ = "segment"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    definition: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class MailingRecipient(Base):
    """One customer of one mailing: sent once, never twice, whatever fails or restarts."""

    __tablename__ = "mailing_recipient"

    mailing: Mapped[str] = mapped_column(String(300), primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  # sent, failed, handed, unconfirmed
    detail: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(Base):
    """What was done that must be provable later, without the personal data it removed."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(50))
    detail: Mapped[str] = mapped_column(Text, default="")
