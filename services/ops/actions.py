"""The window's actions, each one transaction that comes back as an undoable Change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select

from models import Interaction, Purchase
from models.database import Database
from services.core.errors import ServiceError, field_error
from services.core.undo import Change, Recorder, perform
from services.customers.history import add_interaction, delete_interaction, update_interaction
from services.customers.writing import CustomerDraft, create_customer
from services.directory import bulk
from services.sales.loyalty import record_purchase
from services.sales.purchases import add_purchase, delete_purchase, update_purchase

T = TypeVar("T")


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
                 ) -> tuple[str, Decimal | None, int]:
    """What the sale dialog shows before saving: the reason, the amount to pay, the points."""
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
        return ent.reason, pay, balance


def _owner(db: Database, model, row_id: int) -> list[int]:
    """The customer a purchase or history entry belongs to (none if it is gone)."""
    with db.sessions() as session:
        owner = session.execute(select(model.customer_id).where(model.id == row_id)
                                ).scalar_one_or_none()
    return [owner] if owner is not None else []


def new_purchase(db: Database, customer_id: int, amount, **fields) -> Change:
    return perform(db, "Add purchase", [customer_id],
                   lambda s: add_purchase(s, customer_id, amount, **fields))[1]


def edit_purchase(db: Database, purchase_id: int, **fields) -> Change:
    return perform(db, "Edit purchase", _owner(db, Purchase, purchase_id),
                   lambda s: update_purchase(s, purchase_id, **fields))[1]


def remove_purchase(db: Database, purchase_id: int) -> Change:
    return perform(db, "Delete purchase", _owner(db, Purchase, purchase_id),
                   lambda s: delete_purchase(s, purchase_id))[1]


def new_interaction(db: Database, customer_id: int, kind: str, **fields) -> Change:
    return perform(db, "Add to history", [customer_id],
                   lambda s: add_interaction(s, customer_id, kind, **fields))[1]


def edit_interaction(db: Database, interaction_id: int, **fields) -> Change:
    return perform(db, "Edit history entry", _owner(db, Interaction, interaction_id),
                   lambda s: update_interaction(s, interaction_id, **fields))[1]


def remove_interaction(db: Database, interaction_id: int) -> Change:
    return perform(db, "Delete history entry", _owner(db, Interaction, interaction_id),
                   lambda s: delete_interaction(s, interaction_id))[1]


def tag(db: Database, ids: Sequence[int], name: str) -> tuple[int, Change]:
    return perform(db, f"Tag {len(ids)} customer(s) “{name}”", ids,
                   lambda s: bulk.add_tag(s, ids, name))


def untag(db: Database, ids: Sequence[int], name: str) -> tuple[int, Change]:
    return perform(db, f"Remove tag “{name}”", ids, lambda s: bulk.remove_tag(s, ids, name))


def assign(db: Database, ids: Sequence[int], staff_id: int | None) -> tuple[int, Change]:
    return perform(db, f"Assign {len(ids)} customer(s)", ids,
                   lambda s: bulk.assign_staff(s, ids, staff_id))


def archive(db: Database, ids: Sequence[int], archived: bool = True) -> tuple[int, Change]:
    label = "Archive" if archived else "Restore"
    return perform(db, f"{label} {len(ids)} customer(s)", ids,
                   lambda s: bulk.set_archived(s, ids, archived))


def deletion_summary(db: Database, ids: Sequence[int]) -> dict[str, int]:
    with db.sessions() as session:
        return bulk.deletion_summary(session, ids)


def delete_for_good(db: Database, ids: Sequence[int]) -> int:
    with db.transaction() as session:
        return bulk.delete_permanently(session, ids)


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


def load_agenda(db: Database, *, days: int = 14, staff_id: int | None = None,
                kinds: set[str] | None = None):
    from services.agenda.reminders import agenda

    with db.sessions() as session:
        return agenda(session, days=days, staff_id=staff_id, kinds=kinds)


def agenda_count(db: Database) -> int:
    """What is due today or overdue: the number the window shows on start."""
    items = load_agenda(db, days=0)
    return len(items)


def _agenda_action(db: Database, label: str, item, fn) -> Change:
    ids = [item.customer_id] if item.customer_id is not None else []
    return perform(db, label, ids, fn)[1]


def reminder_done(db: Database, item, note: str = "") -> Change:
    from services.agenda.reminders import mark_done

    return _agenda_action(db, "Done: " + item.text, item, lambda s: mark_done(s, item, note))


def reminder_snooze(db: Database, item, until: dt.date) -> Change:
    from services.agenda.reminders import snooze

    return _agenda_action(db, "Snooze: " + item.text, item, lambda s: snooze(s, item, until))


def reminder_dismiss(db: Database, item) -> Change:
    from services.agenda.reminders import dismiss

    return _agenda_action(db, "Dismiss: " + item.text, item, lambda s: dismiss(s, item))


def make_group_task(db: Database, title: str, due: dt.date, customer_ids: Sequence[int],
                    staff_ids: Sequence[int], action: str = "call") -> Change:
    from services.agenda.reminders import group_task

    return perform(db, f"Group task “{title}”", list(customer_ids),
                   lambda s: group_task(s, title, due, list(customer_ids), list(staff_ids),
                                        action))[1]


def task_groups(db: Database) -> list[dict]:
    from services.agenda.reminders import group_progress

    with db.sessions() as session:
        return group_progress(session)


def export_calendar(db: Database, path: str) -> int:
    from services.agenda.calendar_file import write_ics

    with db.sessions() as session:
        try:
            return write_ics(session, path)
        except OSError as exc:
            raise field_error("file", f"cannot write {path}: {exc.strerror}") from None


def new_task(db: Database, title: str, due: dt.date, staff_id: int | None = None,
             action: str = "call") -> None:
    """A task for nobody in particular (order boxes, book the fair); deleted by marking done."""
    from services.agenda.reminders import add_task

    with db.transaction() as session:
        add_task(session, title, due, staff_id=staff_id, action=action)


# --- printing -------------------------------------------------------------------------------


def letter_templates(db: Database) -> dict[str, dict[str, str]]:
    from services.printing.letters import templates

    with db.sessions() as session:
        return templates(session)


def save_letter_template(db: Database, name: str, language: str, text: str) -> None:
    from services.printing.letters import save_template

    with db.transaction() as session:
        save_template(session, name, language, text)


def due_today_customers(db: Database) -> list[int]:
    """The customers of today's (and overdue) reminders, for printing their letters."""
    return list(dict.fromkeys(i.customer_id for i in load_agenda(db, days=0)
                              if i.customer_id is not None))


def segment_names(db: Database) -> list[str]:
    from services.directory.segments import segment_names as names

    return names(db)


def segment_members(db: Database, name: str) -> list[int]:
    from services.directory.segments import resolve

    ids = resolve(db, name)
    if ids is None:
        from services.directory.listing import CustomerDirectory

        ids = CustomerDirectory(db).find("")
    return ids


def save_segment(db: Database, name: str, rule) -> None:
    from services.directory.segments import save_segment as save

    save(db, name, rule)


def mailing_audience(db: Database, segment: str, channel: str):
    from services.outreach.audience import audience

    ids = segment_members(db, segment)
    with db.sessions() as session:
        return audience(session, ids, channel)


def preview_email(db: Database, customer_id: int, template: str, address: str
                  ) -> tuple[str, str]:
    """Subject and body of the message this customer would get."""
    from models import Customer
    from services.core import settings
    from services.outreach.sending import compose_email

    with db.sessions() as session:
        sender = (settings.get(session, "mail_from") or settings.profile(session).email
                  or "shop@example.invalid")
        message = compose_email(session, session.get(Customer, customer_id), address,
                                template, sender, sender)
        return message["Subject"], message.get_content()


def export_mailing_csv(db: Database, segment: str, channel: str, path: str) -> int:
    from services.core.files import write_atomic
    from services.outreach.audience import export_csv

    reached, _left = mailing_audience(db, segment, channel)
    write_atomic(path, export_csv(reached, channel))
    return len(reached)


def segment_rule_members(db: Database, rule) -> list[int]:
    from services.directory.segments import members

    return members(db, rule)


def forget_customer(db: Database, customer_id: int) -> None:
    from services.customers.erasure import forget

    forget(db, customer_id)


def duplicate_pairs(db: Database):
    from services.duplicates.pairs import find_duplicates

    return find_duplicates(db)


def merge_customers(db: Database, survivor: int, other: int, choose: dict[str, str]) -> Change:
    from services.duplicates.pairs import merge

    return merge(db, survivor, other, choose)
