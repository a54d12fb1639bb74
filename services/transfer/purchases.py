"""Purchases in from a table, each finding its customer by id, e-mail, phone, card number or
full name; one already there (same customer, date, amount and description) is skipped."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Card, Customer, Purchase
from models.enums import PurchaseStatus
from services.core import settings
from services.core.errors import ServiceError, ValidationError, field_error
from services.sales.purchases import add_purchase, parse_amount
from services.text.folding import fold
from services.transfer.cells import month_first, parse_import_date
from services.transfer.matching import CustomerIndex
from services.transfer.report import ImportReport, RowError
from services.transfer.rows import Row
from services.transfer.rows import column as _column
from services.transfer.scratch import Scratch
from services.transfer.table import Table


def _import_purchases(session: Session, table: Table, mapping: Sequence[str | None],
                      report: ImportReport, clean: bool,
                      progress: Callable[[int, int], None] | None, scratch: Scratch) -> None:
    region = settings.phone_region(session)
    currency = settings.currency(session)
    order = month_first(_column(table, mapping, "date"), region)
    index = CustomerIndex(session, scratch)
    cards = dict(session.execute(select(Card.number, Card.customer_id)).all())
    seen = _Seen(session, scratch)
    for i, (number, cells) in enumerate(table.records()):
        if progress and i % 1000 == 0:
            progress(i, table.count)
        row = Row(cells, mapping, table.headers, clean)
        if not row.first:  # an empty row
            continue
        errors: list[RowError] = []
        cid = _purchase_customer(session, row, index, cards, region, number, errors)
        try:
            day = (parse_import_date(row.get("date"), "date", order) if row.get("date")
                   else None)
            if day is None or day.year is None:
                raise field_error("date", f"column '{row.header('date')}': "
                                             + ("is empty" if day is None else
                                                f"'{row.get('date')}' has no year"))
            day = dt.date(day.year, day.month, day.day)
        except ValidationError as exc:
            errors.append(RowError(number, "date", exc.errors[0].message))
            day = None
        try:
            if not row.get("amount"):
                raise field_error("amount", "is empty")
            value = parse_amount(_amount(row.get("amount")), row.get("currency").upper()
                                 or currency)
        except (ValidationError, ServiceError) as exc:
            message = exc.errors[0].message if isinstance(exc, ValidationError) else str(exc)
            errors.append(RowError(number, "amount", f"column '{row.header('amount')}': "
                                                     f"{message}"))
            value = None
        status = _status(row.get("status"))
        if status is None:
            errors.append(RowError(number, "status", f"column '{row.header('status')}': "
                                   f"'{row.get('status')}' is not one of: "
                                   + ", ".join(s.value for s in PurchaseStatus)))
        if errors or cid is None:
            report.reject(number, [(e.field, e.message) for e in errors])
            continue
        description = row.get("description")
        key = (cid, day, value, fold(description))
        if key in seen:
            report.skipped += 1
            continue
        try:
            add_purchase(session, cid, value, date=day, currency=row.get("currency") or None,
                         description=description, category=row.get("category"),
                         status=status)
        except ValidationError as exc:
            report.reject(number, [(e.field, e.message) for e in exc.errors])
            continue
        seen.add([key])
        report.created += 1


class _Seen:
    """The purchases in the file (customer, date, amount, description), on the scratch file:
    one already there is not added again."""

    def __init__(self, session: Session, scratch: Scratch):
        self.db = scratch.db
        self.db.execute("CREATE TABLE purchases (customer INTEGER, day TEXT, amount TEXT, "
                        "what TEXT, PRIMARY KEY (customer, day, amount, what)) WITHOUT ROWID")
        for rows in session.execute(
                select(Purchase.customer_id, Purchase.date, Purchase.amount,
                       Purchase.description)).partitions(5000):
            self.add(rows)

    @staticmethod
    def _row(key: tuple) -> tuple:
        cid, day, amount, description = key
        return cid, day.isoformat(), str(amount.normalize()), fold(description)

    def add(self, keys) -> None:
        self.db.executemany("INSERT OR IGNORE INTO purchases VALUES (?, ?, ?, ?)",
                            [self._row(k) for k in keys])

    def __contains__(self, key: tuple) -> bool:
        return self.db.execute("SELECT 1 FROM purchases WHERE customer = ? AND day = ? AND "
                               "amount = ? AND what = ?", self._row(key)).fetchone() is not None


def _amount(text: str) -> str:
    """1 234,50 ₽ / 1,234.50 / -1250 → a plain decimal: spaces and currency signs out, a
    comma as the decimal mark when it is the only mark."""
    value = re.sub(r"[^\d,.\-]", "", text)
    if "," in value and "." in value:
        value = value.replace(",", "")
    elif value.count(",") == 1 and len(value.split(",")[1]) <= 2:
        value = value.replace(",", ".")
    else:
        value = value.replace(",", "")
    return value or text


_STATUSES = {**{s.value: s.value for s in PurchaseStatus},
             "оплачено": "paid", "оплачен": "paid", "возврат": "returned",
             "отменен": "cancelled", "отменено": "cancelled"}


def _status(text: str) -> str | None:
    value = fold(text).strip()
    if not value:
        return PurchaseStatus.PAID.value
    return _STATUSES.get(value)


def _customers_named(session: Session, name: str) -> list[int]:
    """Customers whose whole name is this, family name first or last (the sort name is the
    folded full name, and indexed)."""
    words = name.split()
    orders = {fold(" ".join(words)), fold(" ".join(words[-1:] + words[:-1]))}
    return list(session.execute(select(Customer.id).where(Customer.sort_name.in_(orders),
                                                          Customer.archived.is_(False)))
                .scalars())


def _purchase_customer(session: Session, row: Row, index: CustomerIndex, cards: dict[str, int],
                       region: str, number: int, errors: list[RowError]) -> int | None:
    from services.text.contacts import normalize_email, normalize_phone

    tried, shared = [], []

    def key_of(kind: str, text: str) -> tuple[str, str] | None:
        try:
            if kind == "email":
                return kind, normalize_email(text).casefold()
            if kind == "phone":
                return kind, normalize_phone(text, region).casefold()
        except ValidationError:
            return None
        return kind, text

    for name, kind, label in (("customer_external_id", "x", "id"),
                              ("customer_email", "email", "e-mail"),
                              ("customer_phone", "phone", "phone")):
        text = row.get(name)
        if not text:
            continue
        tried.append(f"{label} '{text}'")
        key = key_of(kind, text)
        found = index.customers(key) if key else []
        if len(found) == 1:
            return found[0]
        if found:  # a family's shared phone: the name or the card decides
            shared.append(f"{len(found)} customers have the {label} '{text}'")
    if row.get("customer_card"):
        tried.append(f"card '{row.get('customer_card')}'")
        found = cards.get(re.sub(r"\D", "", row.get("customer_card")))
        if found is not None:
            return found
    if row.get("customer_name"):
        name = row.get("customer_name")
        tried.append(f"name '{name}'")
        ids = _customers_named(session, name)
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            errors.append(RowError(number, "customer", f"{len(ids)} customers are called "
                                   f"'{name}'; give their e-mail, phone or card number"))
            return None
    if shared:
        errors.append(RowError(number, "customer", "; ".join(shared) + "; give their card "
                               "number or full name too"))
    elif not tried:
        errors.append(RowError(number, "customer", "says nothing about whose purchase it is"))
    else:
        errors.append(RowError(number, "customer", "no customer with " + " or ".join(tried)))
    return None
