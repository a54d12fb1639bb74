from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from models.base import Base, Timestamped
from models.business import Staff
from models.enums import ConsentStatus, Sex
from models.types import Money, Percent, utcnow

customer_tag = Table(
    "customer_tag",
    Base.metadata,
    Column("customer_id", ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


def display_name(family: str, given: str, patronymic: str, company: str) -> str:
    """How a customer is named everywhere (list, card, letters' lists, messages): family name,
    given name, patronymic, then the company in brackets."""
    name = " ".join(p for p in (family, given, patronymic) if p)
    if company:
        return f"{name} ({company})" if name else company
    return name


class Customer(Base, Timestamped):
    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint("birth_month IS NULL OR birth_month BETWEEN 1 AND 12", name="birth_month"),
        CheckConstraint("birth_day IS NULL OR birth_day BETWEEN 1 AND 31", name="birth_day"),
        CheckConstraint("(birth_day IS NULL) = (birth_month IS NULL)", name="birth_day_month"),
        CheckConstraint(
            "birth_year IS NULL OR birth_month IS NOT NULL", name="birth_year_needs_day"
        ),
        Index("ix_customer_sort", "archived", "sort_name"),
        Index("ix_customer_birthday", "birth_month", "birth_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    family_name: Mapped[str] = mapped_column(String(200), default="")
    given_name: Mapped[str] = mapped_column(String(200), default="")
    patronymic: Mapped[str] = mapped_column(String(200), default="")
    family_name_latin: Mapped[str] = mapped_column(String(200), default="")
    given_name_latin: Mapped[str] = mapped_column(String(200), default="")
    company: Mapped[str] = mapped_column(String(300), default="")
    job_title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    nickname: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Lower-cased "family given patronymic company": ordering the list is an index walk.
    sort_name: Mapped[str] = mapped_column(String(800), default="")
    sex: Mapped[str] = mapped_column(String(16), default=Sex.UNKNOWN.value)
    salutation: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="SET NULL"), index=True
    )
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    is_adherent: Mapped[bool] = mapped_column(Boolean, default=False)
    is_advocate: Mapped[bool] = mapped_column(Boolean, default=False)
    penetration_percent: Mapped[Decimal | None] = mapped_column(Percent)
    personal_discount_percent: Mapped[Decimal | None] = mapped_column(Percent)
    regular_since: Mapped[dt.date | None] = mapped_column(Date)
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Kept in step with the purchases by services/ops/store.py so that the list sorts and filters
    # by them without aggregating a million purchases on every keystroke. `check` verifies them.
    purchase_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0",
                                                index=True)
    total_spent: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"), server_default="0",
                                                 index=True)
    first_purchase: Mapped[dt.date | None] = mapped_column(Date, index=True)
    last_purchase: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # The first day the customer counts as dormant (services.analysis.figures.dormant_from), so
    # that the agenda finds who turns dormant this fortnight by an index range instead of a full
    # scan.
    dormant_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # A small picture (a contact photo brought in from a phone); deferred so that the list and
    # every other query that loads customers never reads it.
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    photo_type: Mapped[str] = mapped_column(String(40), default="", server_default="")

    contacts: Mapped[list[ContactPoint]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="ContactPoint.position"
    )
    addresses: Mapped[list[Address]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Address.position"
    )
    dates: Mapped[list[ImportantDate]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )
    documents: Mapped[list[Document]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )
    preferences: Mapped[list[Preference]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )
    consents: Mapped[list[Consent]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=customer_tag, order_by="Tag.name")
    relationships: Mapped[list[Relationship]] = relationship(
        back_populates="customer",
        cascade="all, delete-orphan",
        foreign_keys="Relationship.customer_id",
    )
    refs: Mapped[list[ExternalRef]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="ExternalRef.id"
    )
    referred_by: Mapped[Customer | None] = relationship(remote_side=[id])
    staff: Mapped[Staff | None] = relationship()

    @property
    def display_name(self) -> str:
        return display_name(self.family_name, self.given_name, self.patronymic,
                            self.company) or f"#{self.id}"


class ContactPoint(Base):
    """A phone (E.164), e-mail, messenger handle or website. A phone or e-mail that could not
    be verified is kept as written, with the reason in `unverified` (empty when verified)."""

    __tablename__ = "contact_point"
    __table_args__ = (Index("ix_contact_point_kind_value", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(320))
    label: Mapped[str] = mapped_column(String(60), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    unverified: Mapped[str] = mapped_column(String(200), default="", server_default="")
    extension: Mapped[str] = mapped_column(String(20), default="", server_default="")

    customer: Mapped[Customer] = relationship(back_populates="contacts")


# Covers "this customer's primary (else first) phone": the agenda reads one per item without
# touching the table.
Index("ix_contact_point_customer", ContactPoint.customer_id, ContactPoint.kind,
      ContactPoint.is_primary.desc(), ContactPoint.position, ContactPoint.value)


class Address(Base):
    __tablename__ = "address"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(60), default="")
    recipient: Mapped[str] = mapped_column(String(300), default="")
    line1: Mapped[str] = mapped_column(String(300), default="")
    line2: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(200), default="", index=True)
    region: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    # An ISO 3166 code, or the country as written when no code could be told from it
    country: Mapped[str] = mapped_column(String(100), default="")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="addresses")


class ImportantDate(Base):
    """A date to remember: name day, anniversary, passport expiry… Year optional when yearly."""

    __tablename__ = "important_date"
    __table_args__ = (
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
        CheckConstraint("day BETWEEN 1 AND 31", name="day"),
        CheckConstraint("yearly OR year IS NOT NULL", name="one_off_needs_year"),
        Index("ix_important_date_month_day", "month", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(200), default="")
    year: Mapped[int | None] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    yearly: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="dates")


class Document(Base):
    """A travel or identity document. Payment card numbers are never stored."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(64), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    citizenship: Mapped[str] = mapped_column(String(2), default="")
    issued_by: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="documents")


class Relationship(Base):
    """customer is <kind> of other: (Anna, child, Maria) reads "Anna is Maria's child"."""

    __tablename__ = "relationship"
    __table_args__ = (
        UniqueConstraint("customer_id", "other_id", "kind", name="uq_relationship_pair"),
        CheckConstraint("customer_id <> other_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    other_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(String(300), default="")

    customer: Mapped[Customer] = relationship(
        back_populates="relationships", foreign_keys=[customer_id]
    )
    other: Mapped[Customer] = relationship(foreign_keys=[other_id])


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Preference(Base):
    """category + value: ("size", "M"), ("metal", "silver"), ("favourite drink", "green tea")."""

    __tablename__ = "preference"
    __table_args__ = (Index("ix_preference_category_value", "category", "value_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(300))
    # Folded copy of value (lower case, ё→е) so "Silver" and "silver" find each other.
    value_key: Mapped[str] = mapped_column(String(300), index=True)
    note: Mapped[str] = mapped_column(String(300), default="")

    customer: Mapped[Customer] = relationship(back_populates="preferences")


class Consent(Base):
    """The current consent state for one channel; given_at survives a later withdrawal."""

    __tablename__ = "consent"
    __table_args__ = (UniqueConstraint("customer_id", "channel", name="uq_consent_channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default=ConsentStatus.GIVEN.value)
    given_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    method: Mapped[str] = mapped_column(String(200), default="")
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="consents")



class ExternalRef(Base):
    """The customer's id in another program (a vCard UID, a CSV's client code), one per
    source, so a re-import finds them even without a phone or e-mail, and an id from one
    program never overwrites another's."""

    __tablename__ = "external_ref"
    __table_args__ = (UniqueConstraint("source", "ref", name="uq_external_ref_source_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(100))
    ref: Mapped[str] = mapped_column(String(300))

    customer: Mapped[Customer] = relationship(back_populates="refs")
