"""Catching a duplicate at the door: existing customers like the one being typed in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ContactPoint, Customer, SearchTerm
from models.enums import ContactKind
from services.core.errors import ValidationError
from services.text.contacts import normalize_email, normalize_phone
from services.text.folding import fold

LIMIT = 20


@dataclass(frozen=True)
class Match:
    customer_id: int
    name: str
    reason: str  # "name", "phone" or "email"


def possible_duplicates(
    session: Session,
    *,
    family_name: str = "",
    given_name: str = "",
    phones: Sequence[str] = (),
    emails: Sequence[str] = (),
    region: str = "RU",
    exclude_id: int | None = None,
) -> list[Match]:
    """Customers with the same phone or e-mail (strong), or the same family name (weak)."""
    found: dict[int, str] = {}
    values = []
    for raw in phones:
        try:
            values.append((ContactKind.PHONE.value, normalize_phone(raw, region)))
        except ValidationError:
            pass
    for raw in emails:
        try:
            values.append((ContactKind.EMAIL.value, normalize_email(raw).casefold()))
        except ValidationError:
            pass
    for kind, value in values:
        column = ContactPoint.value
        stmt = select(ContactPoint.customer_id).where(ContactPoint.kind == kind)
        if kind == ContactKind.EMAIL.value:
            # stored addresses keep the case of their local part; compare case-insensitively
            stmt = stmt.where(column.ilike(value))
        else:
            stmt = stmt.where(column == value)
        for cid in session.execute(stmt.limit(LIMIT)).scalars():
            found.setdefault(cid, kind)
    family = fold(family_name)
    if family:
        stmt = (select(SearchTerm.customer_id).where(SearchTerm.term == family,
                                                     SearchTerm.kind == "f").limit(LIMIT * 5))
        ids = set(session.execute(stmt).scalars())
        given = fold(given_name)
        if given and ids:
            with_given = set(session.execute(select(SearchTerm.customer_id).where(
                SearchTerm.customer_id.in_(ids), SearchTerm.term == given)).scalars())
            ids = with_given or ids
        for cid in sorted(ids):
            found.setdefault(cid, "name")
    found.pop(exclude_id, None)
    if not found:
        return []
    customers = session.execute(select(Customer).where(Customer.id.in_(found))).scalars()
    strength = {"phone": 0, "email": 0, "name": 1}
    ordered = sorted(customers, key=lambda c: (strength[found[c.id]], c.sort_name, c.id))
    return [Match(c.id, c.display_name, found[c.id]) for c in ordered[:LIMIT]]
