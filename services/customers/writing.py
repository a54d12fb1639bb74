"""Creating, changing and reading customers. The drafts and their checks are in
services.customers.drafts, the JSON shape in services.customers.serialise; both are re-exported
here, where callers have always found them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
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
)
from models.enums import ConsentStatus, RelationKind
from models.types import utcnow
from services.core.errors import field_error
from services.core.records import get_customer
from services.customers.drafts import (  # noqa: F401  (re-exported)
    NAME_FIELDS,
    AddressDraft,
    ConsentDraft,
    ContactDraft,
    CustomerDraft,
    DateDraft,
    DocumentDraft,
    PreferenceDraft,
    enum_values,
    parse_full_name,
    validate,
)
from services.customers.serialise import (  # noqa: F401  (re-exported)
    customer_to_dict,
    customers_to_dicts,
    purchase_summary,
)
from services.text.dates import PartialDate
from services.text.folding import fold


def _tag_objects(session: Session, names: list[str], existing: dict[str, Tag] | None = None
                 ) -> list[Tag]:
    if not names:
        return []
    if existing is None:
        existing = {fold(t.name): t for t in session.execute(select(Tag)).scalars()}
    tags = []
    for name in names:
        tag = existing.get(fold(name))
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            existing[fold(name)] = tag
        tags.append(tag)
    return tags


SCALAR_FIELDS = NAME_FIELDS + ("job_title", "nickname", "sex", "salutation", "language",
                               "notes", "source", "referred_by_id", "staff_id", "is_adherent",
                               "is_advocate", "penetration_percent",
                               "personal_discount_percent", "regular_since", "external_id",
                               "photo", "photo_type")


def customer_columns(d: CustomerDraft) -> dict:
    """A validated draft's values for the customer row's own columns (the card writes them
    through the ORM, an import with plain INSERTs)."""
    b = d.birthday
    return {**{name: getattr(d, name) for name in SCALAR_FIELDS},
            "birth_year": b.year if b else None, "birth_month": b.month if b else None,
            "birth_day": b.day if b else None}


def _apply(session: Session, customer: Customer, d: CustomerDraft,
           tags: dict[str, Tag] | None = None) -> None:
    for name, value in customer_columns(d).items():
        setattr(customer, name, value)
    customer.contacts = [
        ContactPoint(kind=c.kind, value=c.value, label=c.label, is_primary=c.primary, position=i,
                     unverified=c.unverified, extension=c.extension)
        for i, c in enumerate(d.contacts)
    ]
    customer.addresses = [
        Address(label=a.label, recipient=a.recipient, line1=a.line1, line2=a.line2, city=a.city,
                region=a.region, postcode=a.postcode, country=a.country, is_primary=a.primary,
                position=i)
        for i, a in enumerate(d.addresses)
    ]
    customer.dates = [
        ImportantDate(kind=x.kind, label=x.label, year=x.date.year, month=x.date.month,
                      day=x.date.day, yearly=x.yearly, note=x.note)
        for x in d.dates
    ]
    customer.documents = [
        Document(kind=x.kind, number=x.number, issued_on=x.issued_on, expires_on=x.expires_on,
                 citizenship=x.citizenship, issued_by=x.issued_by, note=x.note)
        for x in d.documents
    ]
    customer.preferences = [
        Preference(category=p.category, value=p.value, value_key=fold(p.value), note=p.note)
        for p in d.preferences
    ]
    customer.tags = _tag_objects(session, d.tags, tags)
    _apply_consents(customer, d.consents)
    # in place: the same (source, id) removed and added in one flush would trip its unique key
    wanted = list(d.refs)
    for row in list(customer.refs):
        if (row.source, row.ref) in wanted:
            wanted.remove((row.source, row.ref))
        else:
            customer.refs.remove(row)
    customer.refs += [ExternalRef(source=s, ref=r) for s, r in wanted]


def new_consent_columns(draft: ConsentDraft, now: dt.datetime) -> dict:
    """A consent row recorded for the first time: given or withdrawn now."""
    status = ConsentStatus.GIVEN.value if draft.given else ConsentStatus.WITHDRAWN.value
    return {"channel": draft.channel, "status": status, "method": draft.method,
            "changed_at": now, "given_at": now if draft.given else None,
            "withdrawn_at": None if draft.given else now}


def _apply_consents(customer: Customer, drafts: list[ConsentDraft]) -> None:
    now = utcnow()
    current = {c.channel: c for c in customer.consents}
    for draft in drafts:
        status = ConsentStatus.GIVEN.value if draft.given else ConsentStatus.WITHDRAWN.value
        row = current.get(draft.channel)
        if row is None:
            customer.consents.append(Consent(**new_consent_columns(draft, now)))
            continue
        if row.status == status:
            if draft.method:
                row.method = draft.method
            continue
        row.status = status
        row.changed_at = now
        row.method = draft.method or row.method
        if draft.given:
            row.given_at = now
        else:
            row.withdrawn_at = now


def create_customer(session: Session, draft: CustomerDraft) -> Customer:
    d = validate(session, draft)
    customer = Customer()
    session.add(customer)
    _apply(session, customer, d)
    session.flush()
    return customer


def tag_index(session: Session) -> dict[str, Tag]:
    return {fold(t.name): t for t in session.execute(select(Tag)).scalars()}


def update_customer(session: Session, customer_id: int, draft: CustomerDraft) -> Customer:
    customer = get_customer(session, customer_id)
    d = validate(session, draft, customer_id)
    _apply(session, customer, d)
    session.flush()
    return customer


def link(session: Session, customer_id: int, other_id: int, kind: str, note: str = ""
         ) -> Relationship:
    """Record that customer is <kind> of other (Anna is Maria's child)."""
    if kind not in {k.value for k in RelationKind}:
        raise field_error("kind", f"'{kind}' is not one of: "
                          + ", ".join(k.value for k in RelationKind))
    if customer_id == other_id:
        raise field_error("other", "a customer cannot be related to themselves")
    get_customer(session, customer_id)
    get_customer(session, other_id)
    existing = session.execute(select(Relationship).where(
        Relationship.customer_id == customer_id, Relationship.other_id == other_id,
        Relationship.kind == kind)).scalar_one_or_none()
    if existing is not None:
        return existing
    rel = Relationship(customer_id=customer_id, other_id=other_id, kind=kind, note=note)
    session.add(rel)
    session.flush()
    return rel


def draft_from(customer: Customer) -> CustomerDraft:
    """The editable form of a stored customer (what the card edits and saves back)."""
    birthday = None
    if customer.birth_month and customer.birth_day:
        birthday = PartialDate(customer.birth_month, customer.birth_day, customer.birth_year)
    return CustomerDraft(
        **{name: getattr(customer, name) for name in NAME_FIELDS},
        sex=customer.sex, salutation=customer.salutation, language=customer.language,
        birthday=birthday, notes=customer.notes, source=customer.source,
        referred_by_id=customer.referred_by_id, staff_id=customer.staff_id,
        is_adherent=customer.is_adherent, is_advocate=customer.is_advocate,
        penetration_percent=customer.penetration_percent,
        personal_discount_percent=customer.personal_discount_percent,
        regular_since=customer.regular_since, external_id=customer.external_id,
        job_title=customer.job_title, nickname=customer.nickname,
        photo=customer.photo, photo_type=customer.photo_type,
        contacts=[ContactDraft(c.kind, c.value, c.label, c.is_primary, c.unverified,
                               c.extension) for c in customer.contacts],
        addresses=[AddressDraft(a.line1, a.line2, a.city, a.region, a.postcode, a.country,
                                a.label, a.recipient, a.is_primary) for a in customer.addresses],
        dates=[DateDraft(x.kind, PartialDate(x.month, x.day, x.year), x.label, x.yearly, x.note)
               for x in customer.dates],
        documents=[DocumentDraft(x.kind, x.number, x.expires_on, x.issued_on, x.citizenship,
                                 x.issued_by, x.note) for x in customer.documents],
        preferences=[PreferenceDraft(p.category, p.value, p.note) for p in customer.preferences],
        tags=[t.name for t in customer.tags],
        consents=[ConsentDraft(c.channel, c.status == ConsentStatus.GIVEN.value, c.method)
                  for c in customer.consents],
        refs=[(r.source, r.ref) for r in customer.refs],
    )
