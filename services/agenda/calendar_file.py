"""An iCalendar (RFC 5545) file of birthdays, dates and tasks for Google, Apple and Outlook.

UIDs are stable (the same birthday always has the same UID), so importing a newer file updates
the events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from pathlib import Path

from icalendar import Calendar, Event, vRecur
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Customer, ImportantDate, Task
from models.customer import display_name
from models.types import utcnow

DOMAIN = "regulars.invalid"  # UIDs need a domain part; .invalid is reserved never to resolve
CHUNK = 5000


def _yearly(event: Event, month: int, day: int) -> None:
    if (month, day) == (2, 29):  # the last day of February: the 28th in common years
        event.add("rrule", vRecur(freq="yearly", bymonth=2, bymonthday=-1))
    else:
        event.add("rrule", vRecur(freq="yearly"))


def _all_day(uid: str, summary: str, start: dt.date, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{DOMAIN}")
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(days=1))
    event.add("dtstamp", stamp)
    event.add("transp", "TRANSPARENT")
    return event


def build_calendar(session: Session, *, name: str = "Regulars",
                   ids: Collection[int] | None = None) -> Calendar:
    """Birthdays, dates and open tasks of everyone (or of these customers; tasks without a
    customer only with everyone)."""
    cal = Calendar()
    cal.add("prodid", "-//Regulars//Customer file//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    stamp = utcnow().replace(tzinfo=dt.UTC)
    names = {}
    for cid, family, given, patronymic, company, year, month, day in session.execute(select(
            Customer.id, Customer.family_name, Customer.given_name, Customer.patronymic,
            Customer.company, Customer.birth_year, Customer.birth_month, Customer.birth_day)
            .where(Customer.archived.is_(False))):
        if ids is not None and cid not in ids:
            continue
        names[cid] = display_name(family, given, patronymic, company)
        if month:
            event = _all_day(f"birthday-{cid}", f"🎂 {names[cid]}",
                             dt.date(year or 2000, month, day), stamp)
            _yearly(event, month, day)
            cal.add_component(event)
    for d in session.execute(select(ImportantDate)).scalars():
        if d.customer_id not in names:
            continue
        label = d.label or d.kind.replace("_", " ").capitalize()
        event = _all_day(f"date-{d.id}", f"{label}: {names[d.customer_id]}",
                         dt.date(d.year or 2000, d.month, d.day), stamp)
        if d.yearly:
            _yearly(event, d.month, d.day)
        cal.add_component(event)
    for task in session.execute(select(Task).where(Task.done_at.is_(None))).scalars():
        if ids is not None and task.customer_id not in names:
            continue
        who = names.get(task.customer_id, "")
        cal.add_component(_all_day(f"task-{task.id}", task.title + (f": {who}" if who else ""),
                                   task.due, stamp))
    return cal


def write_ics(session: Session, path: str | Path) -> int:
    """Write the calendar; returns how many events it holds."""
    cal = build_calendar(session)
    from services.core.files import write_atomic

    write_atomic(path, cal.to_ical())
    return sum(1 for c in cal.walk("VEVENT"))
