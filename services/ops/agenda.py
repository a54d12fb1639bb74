"""The Today page: reminders done, snoozed or dismissed, tasks for one customer or a group, the
calendar export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from models.database import Database
from services.core.errors import field_error
from services.core.undo import Change, perform


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


def due_today_customers(db: Database) -> list[int]:
    """The customers of today's (and overdue) reminders, for printing their letters."""
    return list(dict.fromkeys(i.customer_id for i in load_agenda(db, days=0)
                              if i.customer_id is not None))
