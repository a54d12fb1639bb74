from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Timestamped
from models.customer import Customer
from models.enums import PurchaseStatus
from models.types import Money, Percent, utcnow


class Purchase(Base, Timestamped):
    """One sale. amount is what the customer paid, after discount_amount was taken off."""

    __tablename__ = "purchase"
    __table_args__ = (
        Index("ix_purchase_customer_date", "customer_id", "date"),
        # Covers the period scans of the metrics: no table lookup per purchase.
        Index("ix_purchase_period", "date", "status", "customer_id", "amount"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        CheckConstraint("discount_amount >= 0", name="discount_not_negative"),
        CheckConstraint(
            "service_end IS NULL OR service_start IS NULL OR service_end >= service_start",
            name="service_period",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    discount_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    discount_percent: Mapped[Decimal | None] = mapped_column(Percent)
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(100), default="", index=True)
    status: Mapped[str] = mapped_column(String(16), default=PurchaseStatus.PAID.value)
    service_start: Mapped[dt.date | None] = mapped_column(Date)
    service_end: Mapped[dt.date | None] = mapped_column(Date, index=True)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))

    customer: Mapped[Customer] = relationship()


class Interaction(Base):
    """A contact with the customer: a call, a visit, a letter, a complaint, a gift…"""

    __tablename__ = "interaction"
    __table_args__ = (
        Index("ix_interaction_customer_at", "customer_id", "at"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    channel: Mapped[str] = mapped_column(String(16), default="")
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(String(32), default="")
    rating: Mapped[int | None] = mapped_column(Integer)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))

    customer: Mapped[Customer] = relationship()


class SearchTerm(Base):
    """One folded word a customer can be found by (name part, transliteration, phone, e-mail).

    Kept in step with the customer by services.directory.search; a prefix search on the index of
    `term` is what makes lookups in 100,000 customers fast on both back ends.
    """

    __tablename__ = "search_term"
    __table_args__ = (Index("ix_search_term_term", "term", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    # Byte order on PostgreSQL too, so that a range scan is exactly a prefix match.
    term: Mapped[str] = mapped_column(
        String(320).with_variant(String(320, collation="C"), "postgresql")
    )
    # f: family name (any script), n: other name, l: Latin spelling or transliteration,
    # e: e-mail, p: phone, r: reversed phone, c: card number.
    kind: Mapped[str] = mapped_column(String(1))
