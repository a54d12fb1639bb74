"""The customer ladder: prospect → buyer → client → regular → adherent → advocate.

Defaults from the domain notes: no purchase → prospect; otherwise advocate if flagged as one or
if a customer they referred has bought; otherwise adherent if flagged; otherwise regular from
the 3rd purchase, client at the 2nd, buyer at the 1st.
"""

from __future__ import annotations

from sqlalchemy import case, exists, or_, select
from sqlalchemy.orm import aliased

from models import Customer

STEPS = ("prospect", "buyer", "client", "regular", "adherent", "advocate")
REGULAR_FROM = 3
CLIENT_FROM = 2


def ladder_rank(regular_from: int = REGULAR_FROM, client_from: int = CLIENT_FROM):
    """SQL: the step's position in STEPS (0 = prospect … 5 = advocate), for sorting and filters."""
    referred = aliased(Customer)
    referred_buyer = exists(select(referred.id).where(referred.referred_by_id == Customer.id,
                                                      referred.purchase_count > 0))
    return case(
        (Customer.purchase_count == 0, 0),
        (or_(Customer.is_advocate.is_(True), referred_buyer), 5),
        (Customer.is_adherent.is_(True), 4),
        (Customer.purchase_count >= regular_from, 3),
        (Customer.purchase_count >= client_from, 2),
        else_=1,
    )


def step_of(purchases: int, adherent: bool, advocate: bool, referred_a_buyer: bool) -> str:
    if purchases == 0:
        return "prospect"
    if advocate or referred_a_buyer:
        return "advocate"
    if adherent:
        return "adherent"
    if purchases >= REGULAR_FROM:
        return "regular"
    return "client" if purchases >= CLIENT_FROM else "buyer"


def configured_rank(session):
    """ladder_rank with the thresholds the user set in Settings."""
    from services.core import settings

    return ladder_rank(settings.get(session, "ladder_regular_from") or REGULAR_FROM,
                       settings.get(session, "ladder_client_from") or CLIENT_FROM)
