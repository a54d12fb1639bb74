"""The customer's history: calls, visits, letters, complaints, gifts, feedback, testimonials."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Interaction
from models.enums import InteractionChannel, InteractionKind, Reason
from models.types import utcnow
from services.core.errors import field_error
from services.core.records import get_customer, require


def _check(kind: str, channel: str, reason: str, rating: int | None, text: str) -> None:
    if kind not in {k.value for k in InteractionKind}:
        raise field_error("kind", f"'{kind}' is not one of: "
                          + ", ".join(k.value for k in InteractionKind))
    if channel and channel not in {c.value for c in InteractionChannel}:
        raise field_error("channel", f"'{channel}' is not one of: "
                          + ", ".join(c.value for c in InteractionChannel))
    if reason and reason not in {r.value for r in Reason}:
        raise field_error("reason", f"'{reason}' is not one of: "
                          + ", ".join(r.value for r in Reason))
    if rating is not None and not 1 <= rating <= 5:
        raise field_error("rating", f"{rating} is not between 1 and 5")
    if len(text) > 100_000:
        raise field_error("text", "is too long")


def add_interaction(session: Session, customer_id: int, kind: str, *, text: str = "",
                    channel: str = "", outcome: str = "", reason: str = "",
                    rating: int | None = None, at: dt.datetime | None = None,
                    staff_id: int | None = None) -> Interaction:
    get_customer(session, customer_id)
    _check(kind, channel, reason, rating, text)
    item = Interaction(customer_id=customer_id, kind=kind, channel=channel, text=text.strip(),
                       outcome=outcome.strip(), reason=reason, rating=rating,
                       at=at or utcnow(), staff_id=staff_id)
    session.add(item)
    session.flush()
    return item


def update_interaction(session: Session, interaction_id: int, **fields) -> Interaction:
    item = require(session, Interaction, interaction_id, "history entry")
    merged = {k: getattr(item, k) for k in ("kind", "channel", "reason", "rating", "text")}
    merged.update({k: v for k, v in fields.items() if k in merged})
    _check(merged["kind"], merged["channel"], merged["reason"], merged["rating"],
           merged["text"])
    for key, value in fields.items():
        setattr(item, key, value)
    session.flush()
    return item


def delete_interaction(session: Session, interaction_id: int) -> None:
    item = require(session, Interaction, interaction_id, "history entry")
    session.delete(item)
    session.flush()


def interactions_of(session: Session, customer_id: int) -> list[Interaction]:
    return list(session.execute(
        select(Interaction).where(Interaction.customer_id == customer_id)
        .order_by(Interaction.at.desc(), Interaction.id.desc())).scalars())
