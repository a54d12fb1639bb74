"""Closed vocabularies, stored as short strings.

The database holds plain strings without CHECK constraints so that adding a value later needs no
table rebuild on SQLite; services validate against these enums.
"""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    UNKNOWN = "unknown"
    FEMALE = "female"
    MALE = "male"


class ContactKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    MESSENGER = "messenger"
    WEBSITE = "website"


class DateKind(StrEnum):
    NAME_DAY = "name_day"
    WEDDING = "wedding_anniversary"
    PASSPORT_EXPIRY = "passport_expiry"
    CHILD_BIRTHDAY = "child_birthday"
    FOUNDING_DAY = "founding_day"
    CUSTOM = "custom"


class DocumentKind(StrEnum):
    FOREIGN_PASSPORT = "foreign_passport"
    DOMESTIC_PASSPORT = "domestic_passport"
    ID_CARD = "id_card"
    VISA = "visa"
    OTHER = "other"


class RelationKind(StrEnum):
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    FRIEND = "friend"
    COLLEAGUE = "colleague"
    CONTACT_PERSON = "contact_person"
    REFERRED = "referred"
    OTHER = "other"


class Channel(StrEnum):
    """Channels a customer can consent to."""

    EMAIL = "email"
    SMS = "sms"
    POST = "post"
    PHONE = "phone"


class ConsentStatus(StrEnum):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


class PurchaseStatus(StrEnum):
    PAID = "paid"
    UNPAID = "unpaid"
    PREORDER = "preorder"
    CANCELLED = "cancelled"
    RETURNED = "returned"


class InteractionKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    LETTER = "letter"
    EMAIL = "email"
    SMS = "sms"
    COMPLAINT = "complaint"
    FEEDBACK = "feedback"
    GIFT = "gift"
    TESTIMONIAL = "testimonial"
    LAPSE = "lapse"
    NOTE = "note"


class InteractionChannel(StrEnum):
    PHONE = "phone"
    IN_PERSON = "in_person"
    EMAIL = "email"
    POST = "post"
    SMS = "sms"
    MESSENGER = "messenger"
    OTHER = "other"


class Reason(StrEnum):
    """Why a customer left or complained (the domain's categories)."""

    FORGOT = "forgot"
    NEW_OFFER = "needed_new_offer"
    SERVICE = "service"
    PRODUCT = "product"
    DELIVERY = "delivery"
    OTHER = "other"

