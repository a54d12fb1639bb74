from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.customer import Customer
from models.types import Money, Percent, utcnow


class DiscountLevel(Base):
    """A discount a customer reaches by purchase count or by cumulative spend."""

    __tablename__ = "discount_level"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    percent: Mapped[Decimal] = mapped_column(Percent)
    # The n-th purchase gets the discount (3 = "from the 3rd purchase"); or, with min_spent,
    # once the customer's spend before this purchase reaches the amount.
    min_purchases: Mapped[int | None] = mapped_column(Integer)
    min_spent: Mapped[Decimal | None] = mapped_column(Money)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PointsEntry(Base):
    """One line of a customer's points ledger. The balance is the sum of the lines."""

    __tablename__ = "points_entry"
    __table_args__ = (Index("ix_points_entry_customer_at", "customer_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    points: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # earned, redeemed, expired, adjusted
    reason: Mapped[str] = mapped_column(Text, default="")
    purchase_id: Mapped[int | None] = mapped_column(
        ForeignKey("purchase.id", ondelete="SET NULL"), index=True)
    expires_on: Mapped[dt.date | None] = mapped_column(Date, index=True)


class Coupon(Base):
    __tablename__ = "coupon"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    percent: Mapped[Decimal | None] = mapped_column(Percent)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, index=True)
    single_use: Mapped[bool] = mapped_column(Boolean, default=True)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    redeemed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    purchase_id: Mapped[int | None] = mapped_column(
        ForeignKey("purchase.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(String(300), default="")


class Card(Base):
    """A loyalty card. Its number is EAN-13 shaped (prefix 2: in-store use) with a check digit."""

    __tablename__ = "card"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active, replaced
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    customer: Mapped[Customer] = relationship()
