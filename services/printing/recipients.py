"""Who a label or envelope goes to, and who is left out (and why)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Address, Customer
from services.core import settings
from services.directory.search import all_ids
from services.text.addresses import PostalAddress, address_lines
from services.text.folding import N_, has_cyrillic

CHUNK = 2000


@dataclass(frozen=True)
class Recipient:
    customer_id: int
    lines: list[str]


@dataclass(frozen=True)
class Skipped:
    customer_id: int
    name: str
    reason: str


def envelope_name(c: Customer) -> str:
    """Russian and Bulgarian order on a Cyrillic envelope (Family Given Patronymic), the
    Western order (Given Family) otherwise."""
    if c.language in ("ru", "bg") or has_cyrillic(c.family_name + c.given_name):
        return " ".join(x for x in (c.family_name, c.given_name, c.patronymic) if x)
    return " ".join(x for x in (c.given_name, c.family_name) if x)


def first_addresses(session: Session, ids: Sequence[int]) -> dict[int, Address]:
    """Each customer's primary (else first) address."""
    out: dict[int, Address] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        for a in session.execute(select(Address).where(Address.customer_id.in_(chunk))
                                 .order_by(Address.is_primary.desc(), Address.position)
                                 ).scalars():
            out.setdefault(a.customer_id, a)
    return out


def address_block(c: Customer, a: Address | None, sender_country: str) -> list[str] | None:
    """The lines of an envelope, a label or a letter's window; None without a street and a
    city to send to."""
    if a is None or not (a.line1 and a.city):
        return None
    name = a.recipient or envelope_name(c) or c.company
    lines = address_lines(PostalAddress(name, a.line1, a.line2, a.city, a.region,
                                        a.postcode, a.country), sender_country)
    if c.company and a.recipient == "" and c.company != name:
        lines.insert(1, c.company)
    return lines


def recipients(session: Session, customer_ids: Sequence[int] | None
               ) -> tuple[list[Recipient], list[Skipped]]:
    """Address blocks for these customers (None: everyone not archived), in the given order."""
    sender_country = settings.profile(session).country
    ids = all_ids(session) if customer_ids is None else list(customer_ids)
    found: dict[int, Customer] = {}
    for start in range(0, len(ids), CHUNK):
        found.update({c.id: c for c in session.execute(
            select(Customer).where(Customer.id.in_(ids[start:start + CHUNK]))).scalars()})
    addresses = first_addresses(session, ids)
    out, skipped = [], []
    for cid in ids:
        c = found.get(cid)
        if c is None:
            skipped.append(Skipped(cid, "", N_("no such customer")))
            continue
        lines = address_block(c, addresses.get(cid), sender_country)
        if lines is None:
            skipped.append(Skipped(cid, c.display_name, N_("no postal address")))
            continue
        out.append(Recipient(cid, lines))
    return out, skipped
