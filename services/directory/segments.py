"""Segments: filters saved under a name, evaluated in SQL (RFM and ABC-XYZ through the
metrics, only when a segment asks for them)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal, InvalidOperation

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session

from models import Address, Customer, Preference, Segment
from models.database import Database
from models.enums import Channel
from services.analysis.ladder import STEPS, configured_rank
from services.analysis.metrics import ABC_XYZ_CELLS, RFM_GROUPS, compute_with_groups
from services.core.errors import (
    FieldError,
    NotFoundError,
    ServiceError,
    ValidationError,
    field_error,
)
from services.directory.listing import ListFilter, filter_conditions
from services.text.folding import N_, fold
from services.text.named import find_by_name
from services.text.said import Said

ALL = "all"  # the segment name that means every customer not archived


@dataclass
class SegmentRule:
    ladder: list[str] = field(default_factory=list)
    rfm: list[str] = field(default_factory=list)
    abc_xyz: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    interests: list[str] = field(default_factory=list)  # any preference value, folded
    last_purchase_after: str | None = None  # ISO dates
    last_purchase_before: str | None = None
    spent_min: str | None = None
    spent_max: str | None = None
    purchases_min: int | None = None
    purchases_max: int | None = None
    birthday_month: int | None = None
    city: str | None = None
    staff_id: int | None = None
    consent: str | None = None
    has_email: bool = False
    has_address: bool = False

    def to_json(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in (None, [], False)}

    @classmethod
    def from_json(cls, data: dict) -> SegmentRule:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise field_error(sorted(unknown)[0], "is not a segment criterion")
        return cls(**data)


MOST_MONEY = Decimal(10) ** 12
MOST_COUNT = 2**31 - 1


def validate_rule(rule: SegmentRule) -> SegmentRule:
    problems = []

    def bad(name, message):
        problems.append(FieldError(name, message))

    for name, allowed in (("ladder", STEPS), ("rfm", RFM_GROUPS),
                          ("abc_xyz", ABC_XYZ_CELLS + ("insufficient",))):
        for value in getattr(rule, name):
            if value not in allowed:
                bad(name, f"'{value}' is not one of: {', '.join(allowed)}")
    for name in ("last_purchase_after", "last_purchase_before"):
        value = getattr(rule, name)
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                bad(name, Said(N_("'{value}' is not a date"), value=value))
    for name in ("spent_min", "spent_max"):
        value = getattr(rule, name)
        if value is not None:
            try:
                amount = Decimal(str(value))
            except InvalidOperation:
                amount = None
            if amount is None or not amount.is_finite():
                bad(name, f"'{value}' is not an amount")
            elif abs(amount) > MOST_MONEY:
                bad(name, f"{value} is more than any customer can have spent")
    for name, most in (("purchases_min", MOST_COUNT), ("purchases_max", MOST_COUNT),
                       ("birthday_month", 12)):
        value = getattr(rule, name)
        if value is None:
            continue
        if not isinstance(value, int) or isinstance(value, bool):
            bad(name, f"'{value}' is not a whole number")
        elif not (1 if name == "birthday_month" else 0) <= value <= most:
            bad(name, f"{value} is not a month" if name == "birthday_month"
                else f"{value} is not a number of purchases")
    if rule.consent and rule.consent not in {c.value for c in Channel}:
        bad("consent", f"'{rule.consent}' is not a channel")
    if problems:
        raise ValidationError(problems)
    return rule


def _conditions(session: Session, rule: SegmentRule) -> list:
    out = filter_conditions(ListFilter(
        tags=tuple(rule.tags), ladder=tuple(rule.ladder), staff_id=rule.staff_id,
        birthday_month=rule.birthday_month, has_email=rule.has_email,
        has_address=rule.has_address, consent=rule.consent), configured_rank(session))
    if rule.interests:
        keys = [fold(i) for i in rule.interests]
        out.append(exists(select(Preference.id).where(
            Preference.customer_id == Customer.id, Preference.value_key.in_(keys))))
    if rule.city:
        # SQLite's lower() knows only ASCII: match the (few) distinct cities in Python
        wanted = fold(rule.city)
        cities = [c for c in session.execute(select(Address.city).distinct()).scalars()
                  if fold(c) == wanted]
        out.append(exists(select(Address.id).where(
            Address.customer_id == Customer.id, Address.city.in_(cities))))
    if rule.last_purchase_after:
        out.append(Customer.last_purchase >= dt.date.fromisoformat(rule.last_purchase_after))
    if rule.last_purchase_before:
        out.append(Customer.last_purchase < dt.date.fromisoformat(rule.last_purchase_before))
    if rule.spent_min is not None:
        out.append(Customer.total_spent >= Decimal(str(rule.spent_min)))
    if rule.spent_max is not None:
        out.append(Customer.total_spent <= Decimal(str(rule.spent_max)))
    if rule.purchases_min is not None:
        out.append(Customer.purchase_count >= int(rule.purchases_min))
    if rule.purchases_max is not None:
        out.append(Customer.purchase_count <= int(rule.purchases_max))
    return out


def members(db: Database, rule: SegmentRule) -> list[int]:
    """The segment's customers (not archived), in name order."""
    validate_rule(rule)
    with db.sessions() as session:
        ids = list(session.execute(select(Customer.id).where(
            and_(Customer.archived.is_(False), *_conditions(session, rule)))
            .order_by(Customer.sort_name, Customer.id)).scalars())
    if rule.rfm or rule.abc_xyz:
        _metrics, groups, cells = compute_with_groups(db)
        if rule.rfm:
            ids = [i for i in ids if groups.get(i) in rule.rfm]
        if rule.abc_xyz:
            ids = [i for i in ids if cells.get(i) in rule.abc_xyz]
    return ids


def save_segment(db: Database, name: str, rule: SegmentRule) -> None:
    name = " ".join(name.split())
    if not name:
        raise field_error("name", "is empty")
    if name.lower() == ALL:
        raise field_error("name", f"'{ALL}' means every customer; choose another name")
    validate_rule(rule)
    with db.transaction() as session:
        row = find_by_name(session, Segment, name)
        if row is None:
            row = Segment(name=name)
            session.add(row)
        row.definition = json.dumps(rule.to_json(), ensure_ascii=False)


def load_segment(db: Database, name: str) -> SegmentRule:
    with db.sessions() as session:
        row = find_by_name(session, Segment, name)
        if row is None:
            known = list(session.execute(select(Segment.name).order_by(Segment.name))
                         .scalars())
            raise NotFoundError(f"no segment '{name}'" + (
                f"; there are: {', '.join(known)}" if known else "; none saved yet"))
        try:  # written by another version, or by hand: say so rather than fail somewhere
            return validate_rule(SegmentRule.from_json(json.loads(row.definition)))
        except (ValueError, TypeError, AttributeError, ValidationError) as exc:
            raise ServiceError(f"the segment '{row.name}' cannot be used ({exc}); save it "
                               f"again, or delete it") from None


def segment_names(db: Database) -> list[str]:
    with db.sessions() as session:
        return list(session.execute(select(Segment.name).order_by(Segment.name)).scalars())


def delete_segment(db: Database, name: str) -> None:
    with db.transaction() as session:
        row = find_by_name(session, Segment, name)
        if row is None:
            raise NotFoundError(f"no segment '{name}'")
        session.delete(row)


def resolve(db: Database, name: str) -> list[int] | None:
    """Customer ids for `--segment NAME`; None for "all" (everyone not archived)."""
    if name.strip().lower() == ALL:
        return None
    return members(db, load_segment(db, name))
