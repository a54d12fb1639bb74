"""Which cards to print, with what on them; marking them printed afterwards."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Card, Customer
from models.types import utcnow
from services.core import settings
from services.printing.cards import CardFace
from services.printing.recipients import Skipped, envelope_name
from services.sales.loyalty import customer_loyalty
from services.text.folding import N_


def card_faces(session: Session, customer_ids: Sequence[int] | None = None, *,
               unprinted: bool = False, qr: bool = False
               ) -> tuple[list[CardFace], list[int], list[Skipped]]:
    """Faces to print, the card ids they belong to, and the customers left out (and why)."""
    profile = settings.profile(session)
    stmt = select(Card, Customer).join(Customer, Customer.id == Card.customer_id).where(
        Card.status == "active", Customer.archived.is_(False))
    if unprinted:
        stmt = stmt.where(Card.printed_at.is_(None))
    if customer_ids is not None:
        stmt = stmt.where(Card.customer_id.in_(list(customer_ids)))
    rows = {customer.id: (card, customer) for card, customer in session.execute(
        stmt.order_by(Customer.sort_name))}
    order = list(customer_ids) if customer_ids is not None else list(rows)
    faces, card_ids, skipped = [], [], []
    for cid in order:
        if cid not in rows:
            customer = session.get(Customer, cid)
            why = N_("no active loyalty card") if customer else N_("no such customer")
            skipped.append(Skipped(cid, customer.display_name if customer else "", why))
            continue
        card, customer = rows[cid]
        loyalty = customer_loyalty(session, cid)
        level = (f"{loyalty['discount_percent']:g}% — {loyalty['level']}" if loyalty["level"]
                 else f"{loyalty['discount_percent']:g}%" if loyalty["discount_percent"]
                 else "")
        faces.append(CardFace(
            number=card.number, holder=envelope_name(customer) or customer.company,
            level=level, business=profile.name or "Regulars", phone=profile.phone,
            website=profile.website, terms=settings.get(session, "card_terms"),
            colour=settings.get(session, "card_colour"), logo=profile.logo, qr=qr))
        card_ids.append(card.id)
    return faces, card_ids, skipped


def mark_printed(session: Session, card_ids: Sequence[int]) -> None:
    now = utcnow()
    for card in session.execute(select(Card).where(Card.id.in_(list(card_ids)))).scalars():
        card.printed_at = now
    session.flush()
