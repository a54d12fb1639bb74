"""The agenda's rules: what falls due in a window of days, found in the customer file.

Every rule is an SQL query over a small date window (yearly dates by month and day, purchase
dates by index ranges), so a file of 100,000 customers gives its agenda in milliseconds.
What the user did with an occurrence is services.agenda.reminders' business, not the rules'.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from models import (
    Card,
    ContactPoint,
    Coupon,
    Customer,
    Document,
    ImportantDate,
    PointsEntry,
    Purchase,
    Relationship,
    Staff,
    Task,
)
from models.customer import display_name
from services.agenda.options import (  # noqa: F401  (callers' names)
    ACTIONS,
    DEFAULT_RULES,
    FORMER_TEXTS,
)
from services.analysis.figures import COUNTED_STATUSES
from services.core import settings
from services.text.dates import format_day
from services.text.folding import N_
from services.text.said import Said

KINDS = ("birthday", "date", "follow_up", "second_purchase", "reactivation", "service_end",
         "expiry", "card", "task")
ANNIVERSARY_YEARS = 50
FOLLOW_UP_UNTIL = 3  # purchases: the domain's "third purchase", where loyalty starts


@dataclass(slots=True)
class Item:
    key: str
    date: dt.date
    kind: str
    customer_id: int | None
    customer: str
    text: str
    action: str
    contact: str = ""
    staff: str | None = None
    status: str = "open"  # open or snoozed (done and dismissed ones are not listed)
    due: dt.date | None = None  # the original date, when snoozed to a later one
    staff_id: int | None = None

    def to_json(self) -> dict:
        return {"date": self.date.isoformat(), "kind": self.kind,
                "customer_id": self.customer_id, "customer": self.customer, "text": self.text,
                "action": self.action, "contact": self.contact, "staff": self.staff,
                "status": self.status, "key": self.key}


def rules(session: Session) -> dict:
    stored = settings.get(session, "reminder_rules") or {}
    out = {name: {**rule, **stored.get(name, {})} for name, rule in DEFAULT_RULES.items()}
    for name, rule in out.items():
        if FORMER_TEXTS.get(rule["text"]) == name:
            rule["text"] = DEFAULT_RULES[name]["text"]
    return out


def words(rule: str, text: str, suffix: str = "", **values) -> str:
    """A reminder's words: the rule's own when the user wrote them, or else the default's, as a
    Said that the window translates."""
    said = Said(text, **values) if text == DEFAULT_RULES[rule]["text"] else text.format(**values)
    return Said("{text}{suffix}", text=said, suffix=suffix) if suffix else said


def _days(start: dt.date, end: dt.date):
    day = start
    while day <= end:
        yield day
        day += dt.timedelta(days=1)


def _month_days(start: dt.date, end: dt.date) -> dict[tuple[int, int], dt.date]:
    """(month, day) → the date it falls on in the window; 29 February → 28 in common years."""
    out: dict[tuple[int, int], dt.date] = {}
    for day in _days(start, end):
        out[(day.month, day.day)] = day
        if day.month == 2 and day.day == 28 and not _leap(day.year):
            out[(2, 29)] = day
    return out


def _month_day_match(month_col, day_col, window: dict[tuple[int, int], dt.date]):
    """SQL: (month, day) in the window, as one index range per month it touches."""
    spans: dict[int, list[int]] = {}
    for month, day in window:
        spans.setdefault(month, []).append(day)
    return or_(*[and_(month_col == month, day_col.between(min(days), max(days)))
                 for month, days in spans.items()])


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _fmt(day: dt.date) -> str:
    return format_day(day)


def _first_contact(kind: str):
    """SQL: the customer's primary (else first) contact of a kind, read from the covering
    index ix_contact_point_customer."""
    return (select(ContactPoint.value)
            .where(ContactPoint.customer_id == Customer.id, ContactPoint.kind == kind)
            .order_by(ContactPoint.is_primary.desc(), ContactPoint.position)
            .limit(1).scalar_subquery())


def _contact(action: str):
    """SQL: the contact to use for an action: the e-mail to write to, else a phone to call
    (or, failing that, the e-mail). COALESCE stops at the first value, so most rows cost one
    index lookup."""
    if action == "email":
        return func.coalesce(_first_contact("email"), "")
    return func.coalesce(_first_contact("phone"), _first_contact("email"), "")


def _who(action: str) -> tuple:
    """The customer columns every rule selects after its own: each item is named in the
    query that finds it, instead of a second lookup of thousands of ids."""
    return (Customer.family_name, Customer.given_name, Customer.patronymic, Customer.company,
            Customer.staff_id, _contact(action))


WHO = len(_who("call"))


class _Collector:
    def __init__(self, session: Session, start: dt.date, end: dt.date, today: dt.date,
                 staff_id: int | None = None):
        self.session = session
        self.start, self.end, self.today = start, end, today
        self.staff_id = staff_id
        self.rules = rules(session)
        self.staff = dict(session.execute(select(Staff.id, Staff.name)).all())
        self.items: list[Item] = []

    def on(self, name: str) -> bool:
        return bool(self.rules[name]["enabled"])

    def select(self, rule: str, *columns):
        """A rule's query: its own columns, then the customer's (`WHO` of them); archived
        customers and, for "mine", other staff members' customers left out."""
        stmt = select(*columns, *_who(self.rules[rule]["action"])).where(
            Customer.archived.is_(False))
        if self.staff_id is not None:
            stmt = stmt.where(Customer.staff_id == self.staff_id)
        return stmt

    def add(self, kind: str, rule: str, key: str, due: dt.date, customer_id: int | None,
            who, suffix: str = "", **fmt) -> None:
        if self.start <= due <= self.end:
            r = self.rules[rule]
            family, given, patronymic, company, owner, contact = who
            self.items.append(Item(key, due, kind, customer_id,
                                   display_name(family, given, patronymic, company),
                                   words(rule, r["text"], suffix, **fmt), r["action"], contact,
                                   self.staff.get(owner), staff_id=owner))


DATE_WORDS = {"name_day": N_("Name day"), "wedding_anniversary": N_("Wedding anniversary"),
              "passport_expiry": N_("Passport expiry"), "child_birthday": N_("Child's birthday"),
              "founding_day": N_("Founding day")}  # (the window's words for the kinds of date)

_RULE_FUNCTIONS = {"birthday": "_birthdays", "date": "_dates", "follow_up": "_purchase_rules",
                   "reactivation": "_reactivation", "expiry": "_expiry", "task": "_tasks"}


def _collect(session: Session, start: dt.date, end: dt.date, today: dt.date,
             wanted: set[str] | None, staff_id: int | None = None) -> list[Item]:
    c = _Collector(session, start, end, today, staff_id)
    for kind, name in _RULE_FUNCTIONS.items():
        if wanted is None or _produces(kind) & wanted:
            globals()[name](c)  # looked up here, so the rules must stay in this module
    return c.items


def _produces(kind: str) -> set[str]:
    """The item kinds a rule function makes (the purchase rules make three, expiry two)."""
    return {"follow_up": {"follow_up", "second_purchase", "service_end"},
            "expiry": {"expiry", "card"}}.get(kind, {kind})


# --- the rules ------------------------------------------------------------------------------


def _birthdays(c: _Collector) -> None:
    if not c.on("birthday"):
        return
    lead = int(c.rules["birthday"]["lead_days"])
    window = _month_days(c.start + dt.timedelta(days=lead), c.end + dt.timedelta(days=lead))
    rows = c.session.execute(c.select(
        "birthday", Customer.id, Customer.birth_year, Customer.birth_month,
        Customer.birth_day).where(
        _month_day_match(Customer.birth_month, Customer.birth_day, window)))
    for cid, year, month, day, *who in rows:
        when = window.get((month, day))
        if when is None:  # a day range can hold a day the window does not (29 Feb)
            continue
        age = Said(N_(" (turns {age})"), age=when.year - year) if year else ""
        c.add("birthday", "birthday", f"birthday:{cid}:{when}", when - dt.timedelta(days=lead),
              cid, who, suffix=age)


def _dates(c: _Collector) -> None:
    kids = _children_birthdays(c.session)
    rows = []
    for rule, kinds in (("date", None), ("passport_expiry", ("passport_expiry",))):
        if not c.on(rule):
            continue
        # each rule looks as far ahead as its own lead time, no further
        lead = dt.timedelta(days=int(c.rules[rule]["lead_days"]))
        window = _month_days(c.start + lead, c.end + lead)
        stmt = c.select(
            rule, ImportantDate.id, ImportantDate.customer_id, ImportantDate.kind,
            ImportantDate.label, ImportantDate.year, ImportantDate.month, ImportantDate.day,
            ImportantDate.yearly).join(Customer, Customer.id == ImportantDate.customer_id).where(
            _month_day_match(ImportantDate.month, ImportantDate.day, window))
        stmt = stmt.where(ImportantDate.kind.in_(kinds) if kinds else
                          ImportantDate.kind != "passport_expiry")
        rows += [(d, window) for d in c.session.execute(stmt)]
    if rows:
        for row, window in rows:
            d, who = row[:-WHO], row[-WHO:]
            d_id, d_customer, d_kind, d_label, d_year, d_month, d_day, d_yearly = d
            when = window.get((d_month, d_day))
            if when is None:
                continue
            if not d_yearly and d_year != when.year:
                continue
            if d_kind == "child_birthday" and (d_month, d_day) in kids.get(d_customer, ()):
                continue  # the child is a customer too and gets their own birthday greeting
            rule = "passport_expiry" if d_kind == "passport_expiry" else "date"
            lead = int(c.rules[rule]["lead_days"])
            label = d_label or Said(DATE_WORDS.get(d_kind, N_("Other")))
            c.add("date", rule, f"date:{d_customer}:{d_id}:{when}",
                  when - dt.timedelta(days=lead), d_customer, who, label=label, date=_fmt(when))
    if c.on("passport_expiry"):
        lead = dt.timedelta(days=int(c.rules["passport_expiry"]["lead_days"]))
        for doc_id, cid, expires, *who in c.session.execute(c.select(
                "passport_expiry", Document.id, Document.customer_id, Document.expires_on).join(
                Customer, Customer.id == Document.customer_id).where(
                Document.expires_on.between(c.start + lead, c.end + lead))):
            c.add("date", "passport_expiry", f"document:{cid}:{doc_id}:{expires}",
                  expires - lead, cid, who, date=_fmt(expires))
    if c.on("first_purchase_anniversary"):
        window = _month_days(c.start, c.end)
        # one date range per past year, each answered by the index on first_purchase
        ranges = [Customer.first_purchase.between(_years_back(c.start, k),
                                                  _years_back(c.end, k))
                  for k in range(1, ANNIVERSARY_YEARS + 1)]
        for cid, first, *who in c.session.execute(c.select(
                "first_purchase_anniversary", Customer.id, Customer.first_purchase)
                .where(or_(*ranges))):
            when = window.get((first.month, first.day))
            if when is None:
                continue
            years = when.year - first.year
            if years >= 1:
                c.add("date", "first_purchase_anniversary", f"anniversary:{cid}:{when}", when,
                      cid, who, years=years)


def _years_back(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _children_birthdays(session: Session) -> dict[int, set[tuple[int, int]]]:
    """parent → birthdays of their children who are customers themselves."""
    child = Customer.__table__.alias("child")
    rows = session.execute(
        select(Relationship.customer_id, Relationship.other_id, child.c.birth_month,
               child.c.birth_day, Relationship.kind)
        .join(child, child.c.id == Relationship.customer_id)
        .where(Relationship.kind == "child", child.c.birth_month.is_not(None)))
    out: dict[int, set[tuple[int, int]]] = {}
    for _child_id, parent_id, month, day, _kind in rows:
        out.setdefault(parent_id, set()).add((month, day))
    return out


def _purchase_rules(c: _Collector) -> None:
    s = c.session
    if c.on("follow_up"):
        lead = dt.timedelta(days=int(c.rules["follow_up"]["lead_days"]))
        for pid, cid, day, *who in s.execute(c.select("follow_up", Purchase.id,
                                                      Purchase.customer_id, Purchase.date)
                                             .join(Customer, Customer.id == Purchase.customer_id)
                                             .where(Customer.purchase_count <= FOLLOW_UP_UNTIL,
                                                    Purchase.status.in_(COUNTED_STATUSES),
                                                    Purchase.date.between(c.start - lead,
                                                                          c.end - lead))):
            c.add("follow_up", "follow_up", f"follow_up:{cid}:{pid}", day + lead, cid, who)
    for rule, count in (("second_purchase", 1), ("third_purchase", 2)):
        if not c.on(rule):
            continue
        lead = dt.timedelta(days=int(c.rules[rule]["lead_days"]))
        # "+ 0" keeps SQLite on the last_purchase index: purchase_count = 1 is a third of the file
        for cid, last, *who in s.execute(c.select(rule, Customer.id,
                                                  Customer.last_purchase).where(
                Customer.purchase_count + 0 == count,
                Customer.last_purchase.between(c.start - lead, c.end - lead))):
            c.add("second_purchase", rule, f"{rule}:{cid}:{last}", last + lead, cid, who)
    if c.on("service_end"):
        lead = dt.timedelta(days=int(c.rules["service_end"]["lead_days"]))
        for pid, cid, ended, *who in s.execute(c.select("service_end", Purchase.id,
                                                        Purchase.customer_id,
                                                        Purchase.service_end)
                                               .join(Customer, Customer.id == Purchase.customer_id)
                                               .where(Purchase.service_end.between(
                                                   c.start - lead, c.end - lead))):
            c.add("service_end", "service_end", f"service_end:{cid}:{pid}", ended + lead, cid,
                  who)


def _reactivation(c: _Collector) -> None:
    """Customers who turn dormant in the window (the dashboard's definition, kept on each
    customer row as `dormant_on`)."""
    if not c.on("reactivation"):
        return
    for cid, last, turns, *who in c.session.execute(c.select(
            "reactivation", Customer.id, Customer.last_purchase, Customer.dormant_on).where(
            Customer.dormant_on.between(c.start, c.end))):
        c.add("reactivation", "reactivation", f"reactivation:{cid}:{last}", turns, cid, who)


def _expiry(c: _Collector) -> None:
    s = c.session
    if c.on("coupon_expiry"):
        lead = dt.timedelta(days=int(c.rules["coupon_expiry"]["lead_days"]))
        for coupon_id, cid, code, until, *who in s.execute(c.select(
                "coupon_expiry", Coupon.id, Coupon.customer_id, Coupon.code, Coupon.valid_until)
                .join(Customer, Customer.id == Coupon.customer_id).where(
                Coupon.redeemed_at.is_(None),
                Coupon.valid_until.between(c.start + lead, c.end + lead))):
            c.add("expiry", "coupon_expiry", f"coupon:{cid}:{coupon_id}", until - lead, cid,
                  who, code=code, date=_fmt(until))
    if c.on("points_expiry"):
        lead = dt.timedelta(days=int(c.rules["points_expiry"]["lead_days"]))
        for entry_id, cid, points, until, *who in s.execute(c.select(
                "points_expiry", PointsEntry.id, PointsEntry.customer_id, PointsEntry.points,
                PointsEntry.expires_on).join(Customer, Customer.id == PointsEntry.customer_id)
                .where(PointsEntry.points > 0,
                PointsEntry.expires_on.between(c.start + lead, c.end + lead))):
            c.add("expiry", "points_expiry", f"points:{cid}:{entry_id}", until - lead, cid,
                  who, points=points, date=_fmt(until))
    if c.on("card"):
        for card_id, cid, number, issued, *who in s.execute(c.select(
                "card", Card.id, Card.customer_id, Card.number, Card.issued_at)
                .join(Customer, Customer.id == Card.customer_id).where(
                Card.status == "active", Card.printed_at.is_(None))):
            due = max(issued.date(), c.start)
            c.add("card", "card", f"card:{cid}:{card_id}", due, cid, who, number=number)


def _tasks(c: _Collector) -> None:
    # A manual task may have no customer, so no c.select: its own staff member comes first.
    rows = c.session.execute(
        select(Task.id, Task.customer_id, Task.title, Task.action, Task.due, Task.staff_id,
               *_who("call"), _contact("email"))
        .outerjoin(Customer, Customer.id == Task.customer_id)
        .where(Task.done_at.is_(None), Task.due <= c.end))
    for task_id, cid, title, action, due, task_staff, *who, email in rows:
        family, given, patronymic, company, owner, phone_first = who
        owner = task_staff or owner
        contact = email if action == "email" else phone_first
        name = display_name(family, given, patronymic, company) if cid else ""
        c.items.append(Item(f"task:{task_id}", max(due, c.start), "task", cid, name, title,
                            action, contact, c.staff.get(owner), staff_id=owner))
