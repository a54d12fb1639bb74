"""Recording sales: exact money, the business's currency by default."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from babel.numbers import get_currency_precision, list_currencies
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Purchase
from models.enums import PurchaseStatus
from services.core import settings
from services.core.errors import field_error
from services.core.records import get_customer, require

_CURRENCIES = frozenset(list_currencies())
MAX_AMOUNT = Decimal("1000000000")


# How people write the currency beside an amount, besides its ISO code (RUB, BGN, EUR…).
CURRENCY_WORDS = {"₽": "RUB", "руб": "RUB", "р": "RUB", "rur": "RUB", "лв": "BGN", "lv": "BGN",
                  "€": "EUR", "евро": "EUR", "$": "USD", "£": "GBP"}
_AMOUNT = re.compile(r"^(\D*?)([+\-]?\d(?:[\d.,]*\d)?)(\D*)$")
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f']")  # 1 500, 1 500, 1'500 (Swiss)
# thousands grouped by the separator alone: 1,500 is 1500; 1.500 stays one and a half (a
# dot groups only when there are two groups, 1.500.000)
_GROUPED = {",": re.compile(r"^[+\-]?\d{1,3}(,\d{3})+$"),
            ".": re.compile(r"^[+\-]?\d{1,3}(\.\d{3}){2,}$")}


def _number_text(number: str) -> str | None:
    """The digits with a dot for the decimals, whichever separators were typed: 1,500.50 and
    1.500,50 and 1 500,50 are all 1500.50; None when it cannot be read one way."""
    if "," in number and "." in number:
        decimal = "," if number.rindex(",") > number.rindex(".") else "."
        grouping = "." if decimal == "," else ","
        whole, _sep, part = number.rpartition(decimal)
        if decimal in whole or not _GROUPED[","].match(whole.replace(grouping, ",")):
            return None
        return whole.replace(grouping, "") + "." + part
    for sep in (",", "."):
        if sep in number:
            if _GROUPED[sep].match(number):
                return number.replace(sep, "")
            if number.count(sep) > 1:
                return None
            return number.replace(",", ".")
    return number


def parse_amount(text: str | Decimal | int, currency: str, field: str = "amount") -> Decimal:
    """An exact, non-negative amount with no more decimals than the currency has, read as
    people type it: 1500, 1 500,50, 1,500.50, 1500 руб, 1500 лв., €15. An amount written in
    another currency than the sale's is refused, never recorded as if it were the same."""
    if isinstance(text, float):
        raise field_error(field, "must be given exactly (as text or Decimal), not as a float")
    wrong = f"'{text}' is not an amount"
    match = _AMOUNT.match(_SPACES.sub("", str(text)))
    if match is None:
        raise field_error(field, wrong)
    before, number, after = match.groups()
    if before and after:
        raise field_error(field, wrong)
    word = (before or after).strip().rstrip(".").lower()
    if word:
        code = CURRENCY_WORDS.get(word, word.upper())
        if code not in _CURRENCIES:
            raise field_error(field, wrong)
        if code != currency.upper():
            raise field_error(field, f"'{text}' is in {code}, not {currency.upper()}")
    digits = _number_text(number)
    try:
        amount = Decimal(digits) if digits is not None else None
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite():
        raise field_error(field, wrong)
    if amount < 0:
        raise field_error(field, f"{text} is negative")
    if amount >= MAX_AMOUNT:
        raise field_error(field, f"{text} is too large")
    places = get_currency_precision(currency)
    if -amount.as_tuple().exponent > places:
        raise field_error(field, f"{text} has more than {places} decimals for {currency}")
    return amount


def add_purchase(
    session: Session,
    customer_id: int,
    amount: str | Decimal | int,
    *,
    date: dt.date | None = None,
    currency: str | None = None,
    description: str = "",
    category: str = "",
    discount_amount: str | Decimal | int = 0,
    status: str = PurchaseStatus.PAID.value,
    service_start: dt.date | None = None,
    service_end: dt.date | None = None,
    staff_id: int | None = None,
) -> Purchase:
    get_customer(session, customer_id)
    currency = (currency or settings.currency(session)).upper()
    if currency not in _CURRENCIES:
        raise field_error("currency", f"'{currency}' is not an ISO 4217 currency code")
    value = parse_amount(amount, currency)
    discount = parse_amount(discount_amount, currency, "discount")
    if status not in {s.value for s in PurchaseStatus}:
        raise field_error("status", f"'{status}' is not one of: "
                          + ", ".join(s.value for s in PurchaseStatus))
    when = date or dt.date.today()
    if when > dt.date.today() + dt.timedelta(days=1):
        raise field_error("date", f"{when.isoformat()} is in the future")
    if service_start and service_end and service_end < service_start:
        raise field_error("service_end", "is before the service start")
    if len(description) > 10_000:
        raise field_error("what", "is too long (at most 10,000 characters)")
    purchase = Purchase(
        customer_id=customer_id, date=when, amount=value, currency=currency,
        discount_amount=discount, description=description.strip(), category=category.strip(),
        status=status, service_start=service_start, service_end=service_end, staff_id=staff_id,
    )
    session.add(purchase)
    session.flush()
    return purchase


def purchases_of(session: Session, customer_id: int) -> list[Purchase]:
    return list(session.execute(
        select(Purchase).where(Purchase.customer_id == customer_id)
        .order_by(Purchase.date.desc(), Purchase.id.desc())).scalars())


def purchase_to_dict(p: Purchase) -> dict:
    return {
        "id": p.id,
        "customer_id": p.customer_id,
        "date": p.date.isoformat(),
        "amount": float(p.amount),
        "currency": p.currency,
        "discount_amount": float(p.discount_amount),
        "what": p.description,
        "category": p.category,
        "status": p.status,
    }


def update_purchase(session: Session, purchase_id: int, **fields) -> Purchase:
    """Change a recorded purchase; the same checks as recording one."""
    purchase = require(session, Purchase, purchase_id, "purchase")
    currency = (fields.get("currency") or purchase.currency).upper()
    if currency not in _CURRENCIES:
        raise field_error("currency", f"'{currency}' is not an ISO 4217 currency code")
    if "amount" in fields:
        fields["amount"] = parse_amount(fields["amount"], currency)
    if "discount_amount" in fields:
        fields["discount_amount"] = parse_amount(fields["discount_amount"], currency, "discount")
    if "status" in fields and fields["status"] not in {s.value for s in PurchaseStatus}:
        raise field_error("status", f"'{fields['status']}' is not one of: "
                          + ", ".join(s.value for s in PurchaseStatus))
    when = fields.get("date", purchase.date)
    if when > dt.date.today() + dt.timedelta(days=1):
        raise field_error("date", f"{when.isoformat()} is in the future")
    allowed = {"date", "amount", "currency", "discount_amount", "description", "category",
               "status", "service_start", "service_end", "due_date", "staff_id"}
    unknown = set(fields) - allowed
    if unknown:
        raise field_error(sorted(unknown)[0], "cannot be changed")
    fields["currency"] = currency
    for key, value in fields.items():
        setattr(purchase, key, value.strip() if isinstance(value, str) and key in (
            "description", "category") else value)
    session.flush()
    return purchase


def delete_purchase(session: Session, purchase_id: int) -> None:
    purchase = require(session, Purchase, purchase_id, "purchase")
    session.delete(purchase)
    session.flush()


def categories(session: Session) -> list[str]:
    """Categories used before, most used first, to offer while typing."""
    rows = session.execute(
        select(Purchase.category, func.count()).where(Purchase.category != "")
        .group_by(Purchase.category).order_by(func.count().desc()).limit(50))
    return [c for c, _ in rows]
