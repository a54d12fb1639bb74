"""What the customer card shows and saves: one call to load, one to check, one to save."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import delete, or_, select

from models import Customer, Purchase, Relationship
from models.database import Database
from models.enums import RelationKind
from services.analysis.figures import COUNTED_STATUSES
from services.core import settings
from services.core.errors import FieldError, ValidationError, field_error
from services.core.undo import Change, Recorder
from services.customers.history import interactions_of
from services.customers.writing import (
    CustomerDraft,
    create_customer,
    draft_from,
    get_customer,
    update_customer,
    validate,
)
from services.sales.purchases import categories, purchases_of


@dataclass(frozen=True)
class Link:
    """A relationship as the card shows it: `kind` of the other customer, from this side."""

    other_id: int
    other_name: str
    kind: str
    outgoing: bool  # True: this customer is <kind> of other; False: other is <kind> of this


@dataclass(frozen=True)
class ConsentInfo:
    status: str
    given_at: dt.datetime | None
    withdrawn_at: dt.datetime | None
    method: str


@dataclass
class PurchaseLine:
    id: int
    date: dt.date
    amount: Decimal
    currency: str
    discount_amount: Decimal
    description: str
    category: str
    status: str


@dataclass
class HistoryLine:
    id: int
    at: dt.datetime
    kind: str
    channel: str
    text: str
    outcome: str
    reason: str
    rating: int | None


@dataclass
class CardData:
    customer_id: int | None
    draft: CustomerDraft
    name: str = ""
    links: list[Link] = field(default_factory=list)
    consents: dict[str, ConsentInfo] = field(default_factory=dict)
    referred_by_name: str = ""
    archived: bool = False
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    region: str = "RU"
    currency: str = "RUB"


def load_card(db: Database, customer_id: int | None) -> CardData:
    with db.sessions() as session:
        region, currency = settings.phone_region(session), settings.currency(session)
        if customer_id is None:
            return CardData(None, CustomerDraft(), region=region, currency=currency)
        c = get_customer(session, customer_id)
        rels = session.execute(select(Relationship).where(or_(
            Relationship.customer_id == customer_id, Relationship.other_id == customer_id))
            .order_by(Relationship.id)).scalars()
        links = []
        for r in rels:
            outgoing = r.customer_id == customer_id
            other = r.other if outgoing else r.customer
            links.append(Link(other.id, other.display_name, r.kind, outgoing))
        return CardData(
            customer_id=c.id, draft=draft_from(c), name=c.display_name, links=links,
            consents={x.channel: ConsentInfo(x.status, x.given_at, x.withdrawn_at, x.method)
                      for x in c.consents},
            referred_by_name=c.referred_by.display_name if c.referred_by else "",
            archived=c.archived, created_at=c.created_at, updated_at=c.updated_at,
            region=region, currency=currency,
        )


def check_card(db: Database, draft: CustomerDraft, customer_id: int | None) -> list[FieldError]:
    """Every problem with the draft, each with its field; nothing is written."""
    with db.sessions() as session:
        try:
            validate(session, draft, customer_id)
        except ValidationError as exc:
            return exc.errors
    return []


def customer_name(db: Database, customer_id: int) -> str:
    with db.sessions() as session:
        return get_customer(session, customer_id).display_name


def _set_links(session, customer_id: int, links: list[Link]) -> list[int]:
    kinds = {k.value for k in RelationKind}
    others = []
    for link in links:
        if link.kind not in kinds:
            raise field_error("relationships", f"'{link.kind}' is not a relationship")
        if link.other_id == customer_id:
            raise field_error("relationships", "a customer cannot be related to themselves")
        get_customer(session, link.other_id)
        others.append(link.other_id)
    wanted = dict.fromkeys(
        (customer_id, link.other_id, link.kind) if link.outgoing
        else (link.other_id, customer_id, link.kind) for link in links)
    # A link still listed keeps its row, and with it what the card does not show (its note).
    existing = session.execute(select(Relationship.id, Relationship.customer_id,
                                      Relationship.other_id, Relationship.kind).where(or_(
        Relationship.customer_id == customer_id, Relationship.other_id == customer_id))).all()
    gone = [rid for rid, *key in existing if tuple(key) not in wanted]
    if gone:
        session.execute(delete(Relationship).where(Relationship.id.in_(gone)))
    stored = {tuple(key) for _rid, *key in existing}
    for a, b, kind in wanted:
        if (a, b, kind) not in stored:
            session.add(Relationship(customer_id=a, other_id=b, kind=kind))
    session.flush()
    return others


def save_card(db: Database, customer_id: int | None, draft: CustomerDraft,
              links: list[Link] | None = None) -> tuple[int, Change]:
    """Create or update the customer (and their relationships) in one transaction."""
    with db.transaction() as session:
        rec = Recorder(session)
        if customer_id is None:
            customer = create_customer(session, draft)
            rec.created(customer.id)
            label = f"New customer {customer.display_name}"
        else:
            rec.touch([customer_id])
            if links is not None:
                old = session.execute(select(Relationship.customer_id, Relationship.other_id)
                                      .where(or_(Relationship.customer_id == customer_id,
                                                 Relationship.other_id == customer_id))).all()
                rec.touch({x for pair in old for x in pair})
                rec.touch([link.other_id for link in links])
            customer = update_customer(session, customer_id, draft)
            label = f"Edit {customer.display_name}"
        if links is not None:
            rec.touch([link.other_id for link in links])
            _set_links(session, customer.id, links)
        return customer.id, rec.finish(label)


def purchase_lines(db: Database, customer_id: int) -> list[PurchaseLine]:
    with db.sessions() as session:
        return [PurchaseLine(p.id, p.date, p.amount, p.currency, p.discount_amount,
                             p.description, p.category, p.status)
                for p in purchases_of(session, customer_id)]


def purchase_totals(lines: list[PurchaseLine]) -> tuple[int, Decimal, Decimal]:
    counted = [p for p in lines if p.status in COUNTED_STATUSES]
    total = sum((p.amount for p in counted), Decimal(0))
    average = (total / len(counted)).quantize(Decimal("0.01")) if counted else Decimal(0)
    return len(counted), total, average


def history_lines(db: Database, customer_id: int) -> list[HistoryLine]:
    with db.sessions() as session:
        return [HistoryLine(i.id, i.at, i.kind, i.channel, i.text, i.outcome, i.reason,
                            i.rating) for i in interactions_of(session, customer_id)]


def known_categories(db: Database) -> list[str]:
    with db.sessions() as session:
        return categories(session)


def customer_of_purchase(db: Database, purchase_id: int) -> int | None:
    with db.sessions() as session:
        return session.execute(select(Purchase.customer_id).where(Purchase.id == purchase_id)
                               ).scalar_one_or_none()


def exists(db: Database, customer_id: int) -> bool:
    with db.sessions() as session:
        return session.get(Customer, customer_id) is not None


def duplicate_hints(db: Database, draft: CustomerDraft, exclude_id: int | None):
    from services.duplicates.at_entry import possible_duplicates

    with db.sessions() as session:
        return possible_duplicates(
            session, family_name=draft.family_name, given_name=draft.given_name,
            phones=[c.value for c in draft.contacts if c.kind == "phone"],
            emails=[c.value for c in draft.contacts if c.kind == "email"],
            region=settings.phone_region(session), exclude_id=exclude_id)


def staff_choices(db: Database) -> list[tuple[int, str]]:
    from services.directory.staff import list_staff

    with db.sessions() as session:
        return [(s.id, s.name) for s in list_staff(session)]


def new_staff(db: Database, name: str) -> int:
    from services.directory.staff import add_staff

    with db.transaction() as session:
        return add_staff(session, name).id


def tag_choices(db: Database) -> list[str]:
    from models import Tag

    with db.sessions() as session:
        return list(session.execute(select(Tag.name).order_by(Tag.name)).scalars())


def latin_spelling(text: str, language: str = "ru") -> str:
    """The passport spelling of a Cyrillic name, in capitals as printed: Bulgaria's official
    transliteration for Bulgarian names, ICAO Doc 9303 (as in Russian passports) otherwise."""
    import iuliia

    from services.text.folding import bulgarian_latin

    if not text:
        return ""
    if language == "bg":
        return bulgarian_latin(text).upper()
    return iuliia.ICAO_DOC_9303.translate(text).upper()


def loyalty_info(db: Database, customer_id: int) -> dict:
    from services.sales.loyalty import customer_loyalty

    with db.sessions() as session:
        info = customer_loyalty(session, customer_id)
        session.rollback()  # showing the card writes nothing (not even expired points)
        return info


def customer_value(db: Database, customer_id: int) -> dict:
    """LTV, RFM, ABC-XYZ and dormancy for the card (scores need the whole base: a moment)."""
    from services.analysis.metrics import customer_metrics
    from services.customers.report import ladder_step

    with db.sessions() as session:
        value = customer_metrics(session, customer_id)
        value["ladder"] = ladder_step(session, customer_id)
        return value
