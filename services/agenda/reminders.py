"""The agenda: who to call, greet or wake up, derived from the customer file each time.

The rules that find the occurrences are in services.agenda.rules. What the user did with an
occurrence (done, snoozed, dismissed) is kept here, under a stable key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Customer, Interaction, ReminderState, Staff, Task, TaskGroup
from models.types import utcnow
from services.agenda.rules import (
    ACTIONS,
    ANNIVERSARY_YEARS,
    DEFAULT_RULES,
    FOLLOW_UP_UNTIL,
    KINDS,
    Item,
    _collect,
    rules,
)
from services.core import settings
from services.core.errors import field_error
from services.core.gcpause import no_gc_pauses
from services.core.records import require
from services.text.folding import fold

# callers have always imported these from here
__all__ = ["ACTIONS", "ANNIVERSARY_YEARS", "DEFAULT_RULES", "FOLLOW_UP_UNTIL",
           "INTERACTION_FOR_ACTION", "KINDS", "STATE_DAYS", "Item", "add_task", "agenda",
           "dismiss", "group_progress", "group_task", "mark_done", "rules", "snooze"]

STATE_DAYS = 800  # an occurrence acted on longer ago is outside any agenda window
INTERACTION_FOR_ACTION = {"call": ("call", "phone"), "letter": ("letter", "post"),
                          "email": ("email", "email"), "card": ("gift", "in_person")}


def _window(session: Session, days: int, today: dt.date | None, overdue_days: int | None):
    today = today or dt.date.today()
    if overdue_days is None:
        overdue_days = int(settings.get(session, "agenda_overdue_days"))
    return today, today - dt.timedelta(days=overdue_days), today + dt.timedelta(days=days)


def _finish(session: Session, items: list[Item], today: dt.date, end: dt.date,
            staff_id: int | None, kinds: set[str] | None) -> list[Item]:
    if kinds:
        items = [i for i in items if i.kind in kinds]
    if staff_id is not None:  # the rules asked for this staff member's customers; tasks too
        items = [i for i in items if i.staff_id == staff_id]
    items = _apply_states(session, items, today, end)
    # names as the list sorts them (folded: Ёлкина among the Е names, not after Я)
    return sorted(items, key=lambda i: (i.date, i.kind, fold(i.customer), i.customer, i.key))


def agenda(session: Session, *, days: int = 14, today: dt.date | None = None,
           staff_id: int | None = None, kinds: set[str] | None = None,
           overdue_days: int | None = None) -> list[Item]:
    """Overdue (not done or dismissed), today, and the next `days` days, by date."""
    today, start, end = _window(session, days, today, overdue_days)
    with no_gc_pauses():
        items = _collect(session, start, end, today, kinds, staff_id)
        return _finish(session, items, today, end, staff_id, kinds)


# --- states and customers -------------------------------------------------------------------


def _apply_states(session: Session, items: list[Item], today: dt.date, end: dt.date
                  ) -> list[Item]:
    # The states touched in the last STATE_DAYS are all that can matter to a window this
    # size; reading them whole is cheaper than asking for thousands of keys one batch at a time.
    since = utcnow() - dt.timedelta(days=STATE_DAYS)
    states = {st.key: st for st in session.execute(
        select(ReminderState).where(ReminderState.updated_at >= since)).scalars()}
    out = []
    for item in items:
        st = states.get(item.key)
        if st is None:
            out.append(item)
        elif st.status == "snoozed" and st.snoozed_until is not None:
            if st.snoozed_until <= end:
                out.append(replace(item, date=max(st.snoozed_until, item.date),
                                   status="snoozed", due=item.date))
    return out


def _state(session: Session, key: str, customer_id: int | None) -> ReminderState:
    st = session.get(ReminderState, key)
    if st is None:
        st = ReminderState(key=key, customer_id=customer_id, status="open")
        session.add(st)
    st.updated_at = utcnow()
    return st


def mark_done(session: Session, item: Item, note: str = "") -> None:
    """Done: it leaves the agenda, and the contact goes into the customer's history."""
    if item.kind == "task":
        require(session, Task, int(item.key.split(":")[1]), "task").done_at = utcnow()
    st = _state(session, item.key, item.customer_id)
    st.status, st.note = "done", note
    if item.customer_id is not None:
        kind, channel = INTERACTION_FOR_ACTION.get(item.action, ("note", ""))
        if item.kind == "follow_up":
            kind = "feedback"  # what they liked and did not: the note says it
        text = item.text + (f" — {note}" if note else "")
        session.add(Interaction(customer_id=item.customer_id, kind=kind, channel=channel,
                                text=text, outcome="done from the agenda"))
    session.flush()


def snooze(session: Session, item: Item, until: dt.date, today: dt.date | None = None) -> None:
    if until <= (today or dt.date.today()):
        raise field_error("until", "snooze to a day after today")
    st = _state(session, item.key, item.customer_id)
    st.status, st.snoozed_until = "snoozed", until
    session.flush()


def dismiss(session: Session, item: Item) -> None:
    st = _state(session, item.key, item.customer_id)
    st.status = "dismissed"
    session.flush()


def add_task(session: Session, title: str, due: dt.date, *, customer_id: int | None = None,
             staff_id: int | None = None, action: str = "call", group_id: int | None = None
             ) -> Task:
    title = " ".join(title.split())
    if not title:
        raise field_error("title", "is empty")
    if action not in ACTIONS:
        raise field_error("action", f"'{action}' is not one of: {', '.join(ACTIONS)}")
    if customer_id is not None:
        require(session, Customer, customer_id, "customer")
    if staff_id is not None:
        require(session, Staff, staff_id, "staff member")
    task = Task(title=title, due=due, customer_id=customer_id, staff_id=staff_id,
                action=action, group_id=group_id)
    session.add(task)
    session.flush()
    return task


def group_task(session: Session, title: str, due: dt.date, customer_ids: list[int],
               staff_ids: list[int], action: str = "call") -> TaskGroup:
    """One task per customer, shared out between the staff in turn."""
    if not customer_ids:
        raise field_error("customers", "choose at least one customer")
    group = TaskGroup(title=" ".join(title.split()) or "Group task")
    session.add(group)
    session.flush()
    for i, cid in enumerate(customer_ids):
        staff = staff_ids[i % len(staff_ids)] if staff_ids else None
        add_task(session, group.title, due, customer_id=cid, staff_id=staff, action=action,
                 group_id=group.id)
    return group


def group_progress(session: Session) -> list[dict]:
    from sqlalchemy import func

    rows = session.execute(
        select(TaskGroup.id, TaskGroup.title, func.count(Task.id),
               func.count(Task.done_at)).join(Task, Task.group_id == TaskGroup.id)
        .group_by(TaskGroup.id, TaskGroup.title).order_by(TaskGroup.id.desc()))
    return [{"id": gid, "title": title, "total": total, "done": done}
            for gid, title, total, done in rows]

