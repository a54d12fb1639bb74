"""Sales at the counter and on the card: a sale with its discount, purchases edited or removed, a
card, a coupon, points changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models import Purchase
from models.database import Database
from services.core.errors import ServiceError, field_error
from services.core.undo import Change, Recorder, perform
from services.customers.writing import CustomerDraft, create_customer
from services.ops.customers import _owner
from services.sales.loyalty import record_purchase
from services.sales.purchases import add_purchase, delete_purchase, update_purchase


@dataclass
class SaleOutcome:
    customer_id: int
    purchase_id: int
    change: Change
    paid: Decimal
    discount: Decimal
    reason: str
    points_earned: int
    new_level: str | None
    welcome_coupon: str | None


def record_sale(db: Database, customer_id: int | None, amount: str, *, what: str = "",
                category: str = "", date: dt.date | None = None,
                new_customer: CustomerDraft | None = None, coupon_code: str | None = None,
                redeem_points: int = 0) -> SaleOutcome:
    """The most frequent action: a sale for a found customer, or for one created on the spot,
    with the discount, points and coupon the customer is entitled to."""
    with db.transaction() as session:
        rec = Recorder(session)
        if customer_id is None:
            if new_customer is None:
                raise field_error("customer", "choose a customer or enter a new one")
            customer_id = create_customer(session, new_customer).id
            rec.created(customer_id)
        else:
            rec.touch([customer_id])
        sale = record_purchase(session, customer_id, amount, description=what,
                               category=category, date=date, coupon_code=coupon_code or None,
                               redeem_points=redeem_points)
        return SaleOutcome(customer_id, sale.purchase.id, rec.finish("Record a sale"),
                           sale.purchase.amount, sale.purchase.discount_amount,
                           sale.entitlement.reason, sale.points_earned, sale.new_level,
                           sale.welcome_coupon.code if sale.welcome_coupon else None)


def sale_preview(db: Database, customer_id: int, amount: str, coupon_code: str = ""
                 ) -> tuple[str, Decimal | None, int, bool]:
    """What the sale dialog shows before saving: the reason, the amount to pay, the points,
    and whether the shop has discount levels at all."""
    from services.core import settings
    from services.sales.loyalty import entitlement, points_balance
    from services.sales.purchases import parse_amount

    with db.sessions() as session:
        balance = points_balance(session, customer_id)
        session.rollback()  # a preview writes nothing, not even expired points
        try:
            gross = parse_amount(amount, settings.currency(session))
        except ServiceError:
            gross = None
        ent = entitlement(session, customer_id, gross or Decimal(100), coupon_code or None)
        pay = gross - ent.best.discount_on(gross) if (gross is not None and ent.best) else gross
        return ent.reason, pay, balance, ent.rules


def new_purchase(db: Database, customer_id: int, amount, **fields) -> Change:
    return perform(db, "Add purchase", [customer_id],
                   lambda s: add_purchase(s, customer_id, amount, **fields))[1]


def edit_purchase(db: Database, purchase_id: int, **fields) -> Change:
    return perform(db, "Edit purchase", _owner(db, Purchase, purchase_id),
                   lambda s: update_purchase(s, purchase_id, **fields))[1]


def remove_purchase(db: Database, purchase_id: int) -> Change:
    return perform(db, "Delete purchase", _owner(db, Purchase, purchase_id),
                   lambda s: delete_purchase(s, purchase_id))[1]


def give_card(db: Database, customer_id: int) -> tuple[str, Change]:
    from services.sales.loyalty import issue_card

    card, change = perform(db, "Issue a loyalty card", [customer_id],
                           lambda s: issue_card(s, customer_id))
    return card.number, change


def give_coupon(db: Database, customer_id: int, percent: str, valid_until: dt.date | None
                ) -> tuple[str, Change]:
    from services.sales.loyalty import issue_coupon

    coupon, change = perform(db, "Issue a coupon", [customer_id],
                             lambda s: issue_coupon(s, customer_id, percent=percent,
                                                    valid_until=valid_until))
    return coupon.code, change


def change_points(db: Database, customer_id: int, points: int, reason: str) -> Change:
    from services.sales.loyalty import adjust_points

    return perform(db, "Adjust points", [customer_id],
                   lambda s: adjust_points(s, customer_id, points, reason))[1]


# --- the agenda -----------------------------------------------------------------------------
