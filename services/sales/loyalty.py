"""Loyalty: discount levels, a personal discount, coupons, points and cards — and what a
customer is entitled to on a purchase, with the reason in words."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models import Card, Coupon, Customer, DiscountLevel, Interaction, PointsEntry, Purchase
from models.types import utcnow
from services.core import settings
from services.core.errors import NotFoundError, ServiceError, field_error
from services.core.records import get_customer
from services.sales.purchases import add_purchase, parse_amount
from services.text.dates import format_day
from services.text.folding import N_
from services.text.numbers import money
from services.text.said import Said

CENT = Decimal("0.01")
CARD_CHUNK = 2000  # customer ids per query, well under SQLite's limit of bound parameters

def _d(value) -> Decimal:
    return Decimal(str(value))


# --- what a customer is entitled to ---------------------------------------------------------


@dataclass(frozen=True)
class Offer:
    source: str  # level, personal, coupon
    percent: Decimal | None
    amount: Decimal | None
    reason: str
    coupon_id: int | None = None

    def discount_on(self, gross: Decimal) -> Decimal:
        if self.amount is not None:
            return min(self.amount, gross)
        return (gross * self.percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Entitlement:
    best: Offer | None
    offers: list[Offer]

    rules: bool = True  # whether the shop has any discount level to reach

    @property
    def reason(self) -> str:
        if self.best:
            return self.best.reason
        if not self.rules and not self.offers:
            return Said(N_("no discount: no discount levels are set up yet"))
        return Said(N_("no discount"))


def levels(session: Session) -> list[DiscountLevel]:
    return list(session.execute(select(DiscountLevel).where(DiscountLevel.active.is_(True))
                                .order_by(DiscountLevel.percent, DiscountLevel.id)).scalars())


def reached_level(session: Session, purchase_number: int, spent_before: Decimal
                  ) -> DiscountLevel | None:
    """The best level the n-th purchase qualifies for."""
    best = None
    for level in levels(session):
        by_count = level.min_purchases is not None and purchase_number >= level.min_purchases
        by_spend = level.min_spent is not None and spent_before >= level.min_spent
        if (by_count or by_spend) and (best is None or level.percent > best.percent):
            best = level
    return best


def _percent(value: Decimal) -> str:
    return f"{value.normalize():f}%"


def _level_reason(level: DiscountLevel) -> str:
    pct = _percent(level.percent)
    if level.min_purchases is not None:
        return Said(N_("{percent}: {level}, from purchase no. {n}"), percent=pct,
                    level=level.name, n=level.min_purchases)
    return Said(N_("{percent}: {level}, spent over {amount}"), percent=pct, level=level.name,
                amount=money(level.min_spent))


def usable_coupon(session: Session, code: str, customer_id: int, on: dt.date) -> Coupon:
    coupon = session.execute(select(Coupon).where(func.upper(Coupon.code) == code.strip()
                                                  .upper())).scalar_one_or_none()
    if coupon is None:
        raise field_error("coupon", f"no coupon '{code}'")
    if coupon.customer_id is not None and coupon.customer_id != customer_id:
        raise field_error("coupon", f"coupon {coupon.code} was issued to another customer")
    if coupon.single_use and coupon.redeemed_at is not None:
        raise field_error("coupon", f"coupon {coupon.code} was already used on "
                          f"{coupon.redeemed_at:%Y-%m-%d}")
    if coupon.valid_until is not None and coupon.valid_until < on:
        raise field_error("coupon", f"coupon {coupon.code} expired on {coupon.valid_until}")
    return coupon


def _coupon_offer(coupon: Coupon) -> Offer:
    what = (_percent(coupon.percent) if coupon.percent is not None
            else Said(N_("{amount} off"), amount=money(coupon.amount)))
    if coupon.valid_until:
        reason = Said(N_("{what}: coupon {code}, valid until {day}"), what=what,
                      code=coupon.code, day=format_day(coupon.valid_until))
    else:
        reason = Said(N_("{what}: coupon {code}"), what=what, code=coupon.code)
    return Offer("coupon", coupon.percent, coupon.amount, reason, coupon.id)


def entitlement(session: Session, customer_id: int, gross: Decimal | str,
                coupon_code: str | None = None, on: dt.date | None = None) -> Entitlement:
    """Every discount this purchase could have, and the best one (the largest saving)."""
    customer = get_customer(session, customer_id)
    gross = _d(gross)
    on = on or dt.date.today()
    offers: list[Offer] = []
    level = reached_level(session, customer.purchase_count + 1, customer.total_spent)
    if level is not None:
        offers.append(Offer("level", level.percent, None, _level_reason(level)))
    if customer.personal_discount_percent:
        pct = customer.personal_discount_percent
        offers.append(Offer("personal", pct, None, Said(N_("{percent}: personal discount"),
                                                        percent=_percent(pct))))
    if coupon_code:
        offers.append(_coupon_offer(usable_coupon(session, coupon_code, customer_id, on)))
    else:  # the customer's own coupons apply without anyone typing the code
        for coupon in session.execute(select(Coupon).where(
                Coupon.customer_id == customer_id, Coupon.redeemed_at.is_(None),
                or_(Coupon.valid_until.is_(None), Coupon.valid_until >= on))).scalars():
            offers.append(_coupon_offer(coupon))
    best = max(offers, key=lambda o: (o.discount_on(gross), o.source == "coupon"),
               default=None)
    if best is not None and best.discount_on(gross) <= 0:
        best = None
    return Entitlement(best, offers, level is not None or bool(levels(session)))


# --- points ---------------------------------------------------------------------------------


def points_balance(session: Session, customer_id: int, on: dt.date | None = None) -> int:
    """The ledger's sum, less what has expired unspent by `on` (recorded or not)."""
    expire_points(session, customer_id, on)
    return int(session.execute(select(func.coalesce(func.sum(PointsEntry.points), 0))
                               .where(PointsEntry.customer_id == customer_id)).scalar_one())


def expire_points(session: Session, customer_id: int, on: dt.date | None = None) -> int:
    """Write off earned points past their expiry that were not spent (first in, first out)."""
    on = on or dt.date.today()
    entries = list(session.execute(select(PointsEntry).where(
        PointsEntry.customer_id == customer_id).order_by(PointsEntry.at, PointsEntry.id))
        .scalars())
    lots: list[list] = []  # [points left, expires_on]
    spent = 0
    expired_recorded = 0
    for e in entries:
        if e.points > 0:
            lots.append([e.points, e.expires_on])
        elif e.kind == "expired":
            expired_recorded += -e.points
        else:
            spent += -e.points
    for lot in lots:  # redemptions and adjustments use the oldest points first
        used = min(lot[0], spent)
        lot[0] -= used
        spent -= used
    due = sum(left for left, expires in lots if expires is not None and expires < on)
    to_expire = due - expired_recorded
    if to_expire > 0:
        session.add(PointsEntry(customer_id=customer_id, points=-to_expire, kind="expired",
                                reason="expired unused"))
        session.flush()
        return to_expire
    return 0


def adjust_points(session: Session, customer_id: int, points: int, reason: str) -> PointsEntry:
    get_customer(session, customer_id)
    if not reason.strip():
        raise field_error("reason", "say why the points are adjusted")
    if points == 0:
        raise field_error("points", "is zero")
    if points < 0 and points_balance(session, customer_id) + points < 0:
        raise field_error("points", "would make the balance negative")
    entry = PointsEntry(customer_id=customer_id, points=points, kind="adjusted",
                        reason=reason.strip())
    session.add(entry)
    session.flush()
    return entry


# --- coupons and cards ----------------------------------------------------------------------


def issue_coupon(session: Session, customer_id: int | None, *, percent=None, amount=None,
                 valid_until: dt.date | None = None, code: str | None = None,
                 single_use: bool = True, note: str = "") -> Coupon:
    if (percent is None) == (amount is None):
        raise field_error("coupon", "give either a percent or an amount")
    if percent is not None:
        percent = _d(percent)
        if not 0 < percent <= 100:
            raise field_error("percent", f"{percent} is not between 0 and 100")
    if amount is not None:
        amount = parse_amount(amount, settings.currency(session), "amount")
    if customer_id is not None:
        get_customer(session, customer_id)
    code = (code or _new_code(session)).strip().upper()
    if session.execute(select(Coupon.id).where(func.upper(Coupon.code) == code)).first():
        raise field_error("code", f"coupon {code} already exists")
    coupon = Coupon(code=code, customer_id=customer_id, percent=percent, amount=amount,
                    valid_until=valid_until, single_use=single_use, note=note)
    session.add(coupon)
    session.flush()
    return coupon


def _new_code(session: Session) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone
    while True:
        code = "".join(secrets.choice(alphabet) for _ in range(8))
        if not session.execute(select(Coupon.id).where(Coupon.code == code)).first():
            return code


def ean13_check_digit(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def valid_card_number(number: str) -> bool:
    return (len(number) == 13 and number.isdigit()
            and ean13_check_digit(number[:12]) == number[12])


def issue_card(session: Session, customer_id: int) -> Card:
    """A new card; an active card the customer had stops working (lost or replaced)."""
    get_customer(session, customer_id)
    for old in session.execute(select(Card).where(Card.customer_id == customer_id,
                                                  Card.status == "active")).scalars():
        old.status = "replaced"
    card = Card(number="pending", customer_id=customer_id)
    session.add(card)
    session.flush()
    base = f"2{card.id:011d}"  # prefix 2: EAN-13 numbers for use inside one business
    card.number = base + ean13_check_digit(base)
    session.flush()
    _reindex(session, customer_id)
    return card


def issue_missing_cards(session: Session, customer_ids: Sequence[int]) -> list[Card]:
    """A card for each of these customers who has no active one (archived customers and
    unknown ids are passed over), in the order given."""
    ids = list(dict.fromkeys(customer_ids))
    wanting: set[int] = set()
    for start in range(0, len(ids), CARD_CHUNK):
        part = ids[start:start + CARD_CHUNK]
        wanting.update(session.execute(select(Customer.id).where(
            Customer.id.in_(part), Customer.archived.is_(False),
            ~select(Card.id).where(Card.customer_id == Customer.id,
                                   Card.status == "active").exists())).scalars())
    return [issue_card(session, cid) for cid in ids if cid in wanting]


def find_card(session: Session, number: str) -> Card:
    digits = "".join(c for c in number if c.isdigit())
    if not valid_card_number(digits):
        raise field_error("card", f"'{number}' is not a card number (wrong check digit)")
    card = session.execute(select(Card).where(Card.number == digits)).scalar_one_or_none()
    if card is None:
        raise NotFoundError(f"no card {digits}")
    if card.status != "active":
        raise ServiceError(f"card {digits} was replaced and no longer works")
    return card


def _reindex(session: Session, customer_id: int) -> None:
    from services.directory.search import refresh_terms

    refresh_terms(session.connection(), [customer_id])


def cards_of(session: Session, customer_id: int) -> list[Card]:
    return list(session.execute(select(Card).where(Card.customer_id == customer_id)
                                .order_by(Card.id.desc())).scalars())


# --- recording a purchase with everything that follows from it ------------------------------


@dataclass
class SaleResult:
    purchase: Purchase
    entitlement: Entitlement
    discount: Decimal
    points_earned: int
    points_redeemed: int
    new_level: str | None
    welcome_coupon: Coupon | None


def record_purchase(session: Session, customer_id: int, gross: str | Decimal, *,
                    date: dt.date | None = None, description: str = "", category: str = "",
                    coupon_code: str | None = None, redeem_points: int = 0,
                    currency: str | None = None) -> SaleResult:
    """Apply the best discount, take points off if asked, record the purchase, earn points,
    use up the coupon, and say when the customer reached a new level."""
    customer = get_customer(session, customer_id)
    currency = currency or settings.currency(session)
    gross = parse_amount(gross, currency)
    on = date or dt.date.today()
    ent = entitlement(session, customer_id, gross, coupon_code, on)
    discount = ent.best.discount_on(gross) if ent.best else Decimal(0)
    level_before = reached_level(session, customer.purchase_count + 1, customer.total_spent)
    point_value = _d(settings.get(session, "point_value"))
    redeemed_money = Decimal(0)
    if redeem_points:
        if redeem_points < 0:
            raise field_error("points", "cannot redeem a negative number of points")
        balance = points_balance(session, customer_id, on)
        if redeem_points > balance:
            raise field_error("points", f"only {balance} points to redeem")
        redeemed_money = min(gross - discount, point_value * redeem_points).quantize(CENT)
    paid = gross - discount - redeemed_money
    purchase = add_purchase(session, customer_id, paid, date=on, description=description,
                            category=category, discount_amount=discount + redeemed_money,
                            currency=currency)
    if ent.best is not None and ent.best.percent is not None:
        purchase.discount_percent = ent.best.percent
    if redeem_points:
        session.add(PointsEntry(customer_id=customer_id, points=-redeem_points,
                                kind="redeemed", purchase_id=purchase.id,
                                reason=f"{money(redeemed_money)} off purchase #{purchase.id}"))
    if ent.best is not None and ent.best.coupon_id is not None:
        coupon = session.get(Coupon, ent.best.coupon_id)
        if coupon.single_use:
            coupon.redeemed_at = utcnow()
            coupon.purchase_id = purchase.id
    earned = int(paid * _d(settings.get(session, "points_per_unit")))
    if earned > 0:
        days = settings.get(session, "points_expiry_days")
        session.add(PointsEntry(
            customer_id=customer_id, points=earned, kind="earned", purchase_id=purchase.id,
            reason=f"purchase #{purchase.id}",
            expires_on=on + dt.timedelta(days=int(days)) if days else None))
    session.flush()
    session.refresh(customer)
    level_after = reached_level(session, customer.purchase_count + 1, customer.total_spent)
    new_level = None
    if level_after is not None and (level_before is None or level_after.id != level_before.id):
        new_level = level_after.name
    welcome = None
    if customer.purchase_count == 1:
        welcome = _welcome(session, customer_id, on)
    return SaleResult(purchase, ent, discount, earned, redeem_points, new_level, welcome)


def _welcome(session: Session, customer_id: int, on: dt.date) -> Coupon | None:
    """The maker's scheme: a small gift with the first purchase and a coupon for the next."""
    gift = settings.get(session, "first_purchase_gift")
    if gift:
        session.add(Interaction(customer_id=customer_id, kind="gift", text=gift))
    percent = settings.get(session, "welcome_coupon_percent")
    if not percent:
        return None
    days = int(settings.get(session, "welcome_coupon_days") or 90)
    return issue_coupon(session, customer_id, percent=percent,
                        valid_until=on + dt.timedelta(days=days),
                        note="welcome: for the second purchase")


def apply_makers_scheme(session: Session) -> None:
    """One click: a gift note and a 20% coupon after the 1st purchase, 10% from the 3rd on."""
    for level in session.execute(select(DiscountLevel)).scalars():
        level.active = False
    session.add(DiscountLevel(name="Regular", percent=Decimal(10), min_purchases=3))
    settings.put(session, "welcome_coupon_percent", "20")
    settings.put(session, "welcome_coupon_days", 90)
    settings.put(session, "first_purchase_gift",
                 "Small gift with the first purchase (not something we sell)")
    session.flush()


def add_level(session: Session, name: str, percent, *, min_purchases: int | None = None,
              min_spent=None) -> DiscountLevel:
    name = " ".join(name.split())
    if not name:
        raise field_error("name", "is empty")
    percent = _d(percent)
    if not 0 < percent <= 100:
        raise field_error("percent", f"{percent} is not between 0 and 100")
    if (min_purchases is None) == (min_spent is None):
        raise field_error("level", "give either a purchase number or a spend threshold")
    if min_purchases is not None and min_purchases < 1:
        raise field_error("min_purchases", "must be 1 or more")
    if min_spent is not None:
        min_spent = parse_amount(min_spent, settings.currency(session), "min_spent")
    level = DiscountLevel(name=name, percent=percent, min_purchases=min_purchases,
                          min_spent=min_spent)
    session.add(level)
    session.flush()
    return level


def customer_loyalty(session: Session, customer_id: int, on: dt.date | None = None) -> dict:
    """Level, discount, points, coupons and cards, as the card and the CLI show them."""
    customer = get_customer(session, customer_id)
    ent = entitlement(session, customer_id, Decimal(100), on=on)
    level = reached_level(session, customer.purchase_count + 1, customer.total_spent)
    on = on or dt.date.today()
    coupons = session.execute(select(Coupon).where(
        Coupon.customer_id == customer_id, Coupon.redeemed_at.is_(None),
        or_(Coupon.valid_until.is_(None), Coupon.valid_until >= on))).scalars()
    return {
        "level": level.name if level else None,
        "discount_percent": float(ent.best.percent) if ent.best and ent.best.percent else 0.0,
        "discount_reason": ent.reason,
        "discount_levels": ent.rules,
        "points": points_balance(session, customer_id, on),
        "coupons": [{"code": c.code, "percent": float(c.percent) if c.percent else None,
                     "amount": float(c.amount) if c.amount else None,
                     "valid_until": c.valid_until.isoformat() if c.valid_until else None}
                    for c in coupons],
        "cards": [{"number": c.number, "status": c.status} for c in cards_of(session,
                                                                             customer_id)],
    }

