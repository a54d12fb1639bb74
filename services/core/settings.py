"""Settings stored in the customer file, so that every desk sharing it agrees on them."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from models import BusinessProfile, Setting

DEFAULTS: dict[str, Any] = {
    # Where a phone number typed without a country code is assumed to be.
    "phone_region": None,  # None: the business profile's country
    # The ladder: a regular from the 3rd purchase, a client at the 2nd (domain notes).
    "ladder_regular_from": 3,
    "ladder_client_from": 2,
    # One or two purchases, the last longer ago than this: an "event buyer" (a one-off).
    "event_buyer_days": 365,
    # ABC by revenue share: A up to 80 % of revenue, B the next 15 %, C the last 5 %.
    "abc_cutoffs": [80, 95],
    # XYZ by the coefficient of variation of the days between purchases.
    "xyz_cutoffs": [0.35, 0.75],
    "xyz_min_purchases": 3,
    # Dormant: no purchase for longer than k times the customer's usual interval, or, for
    # one-time buyers, longer than a fixed window.
    "dormant_factor": 2,
    "dormant_single_days": 180,
    # CRR: a customer counts at a date if they bought in this many days before it.
    "crr_window_days": 365,
}


def _value(key: str, stored: str | None) -> Any:
    return DEFAULTS.get(key) if stored is None else json.loads(stored)


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return _value(key, row.value if row is not None else None)


def get_many(conn: Connection, keys: Sequence[str]) -> dict[str, Any]:
    """Several settings read on a bare connection (the purchase-figure hooks have no
    session of their own)."""
    stored = dict(conn.execute(select(Setting.key, Setting.value)
                               .where(Setting.key.in_(keys))).all())
    return {key: _value(key, stored.get(key)) for key in keys}


# What follows a setting when it changes (each customer's dormant date follows the dormant
# settings): registered by the store when it opens a file, so that nothing depends on which
# modules happen to be imported.
_REACTIONS: dict[str, set[Callable[[Session], None]]] = {}


def react(keys: Sequence[str], reaction: Callable[[Session], None]) -> None:
    for key in keys:
        _REACTIONS.setdefault(key, set()).add(reaction)


def put(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    before = _value(key, row.value if row is not None else None)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    if before != value and _REACTIONS.get(key):
        session.flush()
        for reaction in _REACTIONS[key]:
            reaction(session)


def profile(session: Session) -> BusinessProfile:
    """The business profile, created with defaults on first use."""
    row = session.execute(select(BusinessProfile).order_by(BusinessProfile.id)).scalars().first()
    if row is None:
        row = BusinessProfile(id=1)
        session.add(row)
        session.flush()
    return row


def phone_region(session: Session) -> str:
    region = get(session, "phone_region")
    if region:
        return str(region)
    row = session.execute(select(BusinessProfile.country).order_by(BusinessProfile.id)).first()
    return (row[0] if row else None) or "RU"


def currency(session: Session) -> str:
    row = session.execute(select(BusinessProfile.currency).order_by(BusinessProfile.id)).first()
    return (row[0] if row else None) or "RUB"
