import datetime as dt

import pytest

from services.agenda import reminders as R
from services.analysis import metrics
from services.core import settings
from services.core.errors import ValidationError
from services.customers.writing import (
    CustomerDraft,
    DateDraft,
    DocumentDraft,
    create_customer,
    draft_from,
    get_customer,
    link,
    update_customer,
)
from services.sales.purchases import add_purchase
from services.text.dates import PartialDate

D = dt.date
TODAY = D(2025, 6, 10)


def make(db, name, **kw):
    with db.transaction() as s:
        return create_customer(s, CustomerDraft(family_name=name, **kw)).id


def items(db, **kw):
    with db.sessions() as s:
        return R.agenda(s, today=kw.pop("today", TODAY), **kw)


def by_kind(db, kind, **kw):
    return [(i.date, i.customer_id, i.text) for i in items(db, kinds={kind}, **kw)]


def test_birthday_with_age_and_without_year(db):
    anna = make(db, "Anna", birthday=PartialDate(6, 12, 1990))
    boris = make(db, "Boris", birthday=PartialDate(6, 20))
    make(db, "Later", birthday=PartialDate(7, 30))
    assert by_kind(db, "birthday") == [
        (D(2025, 6, 12), anna, "Birthday: call and congratulate (turns 35)"),
        (D(2025, 6, 20), boris, "Birthday: call and congratulate"),
    ]


def test_29_february_is_greeted_on_28_february_in_common_years(db):
    leap = make(db, "Leap", birthday=PartialDate(2, 29, 1996))
    assert by_kind(db, "birthday", today=D(2025, 2, 27)) == [
        (D(2025, 2, 28), leap, "Birthday: call and congratulate (turns 29)")]
    assert by_kind(db, "birthday", today=D(2028, 2, 27)) == [
        (D(2028, 2, 29), leap, "Birthday: call and congratulate (turns 32)")]


def test_editing_a_birthday_moves_its_reminder_and_states_stick(db):
    cid = make(db, "Mover", birthday=PartialDate(6, 12))
    (item,) = items(db, kinds={"birthday"})
    with db.transaction() as s:
        draft = draft_from(get_customer(s, cid))
        draft.birthday = PartialDate(6, 15)
        update_customer(s, cid, draft)
    assert by_kind(db, "birthday") == [(D(2025, 6, 15), cid, "Birthday: call and congratulate")]
    assert len(items(db)) == len(items(db))  # recomputing never duplicates


def test_done_snooze_dismiss_persist(db):
    a = make(db, "A", birthday=PartialDate(6, 11))
    b = make(db, "B", birthday=PartialDate(6, 12))
    c = make(db, "C", birthday=PartialDate(6, 13))
    first, second, third = items(db, kinds={"birthday"})
    with db.transaction() as s:
        R.mark_done(s, first, "she was delighted")
        R.snooze(s, second, D(2025, 6, 20), today=TODAY)
        R.dismiss(s, third)
        with pytest.raises(ValidationError, match="after today"):
            R.snooze(s, third, TODAY, today=TODAY)
    left = items(db, kinds={"birthday"})
    assert [(i.customer_id, i.date, i.status) for i in left] == [(b, D(2025, 6, 20), "snoozed")]
    from services.customers.history import interactions_of

    with db.sessions() as s:
        (note,) = interactions_of(s, a)
    assert (note.kind, note.channel) == ("call", "phone")
    assert note.text == "Birthday: call and congratulate — she was delighted"
    assert c not in [i.customer_id for i in items(db)]


def test_important_dates_and_passport_lead_time(db):
    cid = make(db, "Traveller", dates=[
        DateDraft("name_day", PartialDate(6, 15)),
        DateDraft("passport_expiry", PartialDate(9, 1, 2025), yearly=False),
        DateDraft("wedding_anniversary", PartialDate(6, 14, 2010), label="Wedding"),
    ], documents=[DocumentDraft("foreign_passport", "75 1234567", D(2025, 9, 5))])
    got = by_kind(db, "date")
    assert (D(2025, 6, 15), cid, "Name day") in got
    assert (D(2025, 6, 14), cid, "Wedding") in got
    # passport 2025-09-01 and 2025-09-05, 90 days before: 2025-06-03 (overdue) and 06-07
    assert (D(2025, 6, 3), cid, "Passport expires 01.09.2025: time to renew") in got
    assert (D(2025, 6, 7), cid, "Passport expires 05.09.2025: time to renew") in got


def test_a_child_who_is_a_customer_is_not_greeted_twice(db):
    mother = make(db, "Mother", dates=[DateDraft("child_birthday", PartialDate(6, 15),
                                                 label="Masha's birthday")])
    child = make(db, "Masha", birthday=PartialDate(6, 15, 2015))
    assert (D(2025, 6, 15), mother, "Masha's birthday") in by_kind(db, "date")
    with db.transaction() as s:
        link(s, child, mother, "child")
    assert by_kind(db, "date") == []
    assert [i[1] for i in by_kind(db, "birthday")] == [child]


def test_purchase_rules(db):
    once = make(db, "Once")
    twice = make(db, "Twice")
    trip = make(db, "Trip")
    with db.transaction() as s:
        add_purchase(s, once, "10", date=D(2025, 5, 12))  # 30 days later: 06-11
        add_purchase(s, twice, "10", date=D(2025, 4, 1))
        add_purchase(s, twice, "10", date=D(2025, 5, 15))  # 30 days later: 06-14
        add_purchase(s, trip, "10", date=D(2025, 6, 8), service_start=D(2025, 6, 1),
                     service_end=D(2025, 6, 15))
    assert by_kind(db, "follow_up") == [  # three days after each purchase in the window
        (D(2025, 6, 11), trip, "How do they like it? Ask what they liked and what they did not"),
    ]
    assert by_kind(db, "second_purchase") == [
        (D(2025, 6, 11), once, "Bought once: invite them back for the second purchase"),
        (D(2025, 6, 14), twice, "Bought twice: the third purchase is where loyalty starts"),
    ]
    assert by_kind(db, "service_end") == [
        (D(2025, 6, 16), trip, "Back from the trip: welcome back, how was it?")]


def test_reactivation_when_a_customer_slips_away(db):
    regular = make(db, "Regular")
    single = make(db, "Single")
    with db.transaction() as s:
        for day in (D(2025, 1, 1), D(2025, 1, 31), D(2025, 3, 2)):  # every 30 days
            add_purchase(s, regular, "10", date=day)
        # silent more than 180 days: dormant from 2024-12-15 + 181 days = 2025-06-14
        add_purchase(s, single, "10", date=D(2024, 12, 15))
    got = by_kind(db, "reactivation")
    # regular: last 2025-03-02 + 2 × 30 days + 1 = 2025-05-02: outside the week of overdue
    assert got == [(D(2025, 6, 14), single,
                    "Slipping away: invite them back (and ask why they left)")]
    later = by_kind(db, "reactivation", today=D(2025, 5, 1))
    assert (D(2025, 5, 2), regular, "Slipping away: invite them back (and ask why they left)"
            ) in later
    # the day of the reminder is the first day the dashboard counts them dormant
    with db.sessions() as s:
        everyone = {f.customer_id: f for f in metrics.customer_figures(s, D(2025, 12, 31))}
        for cid, day in ((single, D(2025, 6, 14)), (regular, D(2025, 5, 2))):
            figures = everyone[cid]
            assert not metrics.is_dormant(figures, day - dt.timedelta(days=1), 2, 180)
            assert metrics.is_dormant(figures, day, 2, 180)


def test_reactivation_follows_the_dormant_settings_and_new_purchases(db):
    single = make(db, "Single")
    with db.transaction() as s:
        add_purchase(s, single, "10", date=D(2024, 12, 15))
    with db.transaction() as s:
        settings.put(s, "dormant_single_days", 170)  # dormant from 2024-12-15 + 171 days
    assert [d for d, *_ in by_kind(db, "reactivation")] == [D(2025, 6, 4)]
    with db.transaction() as s:
        add_purchase(s, single, "10", date=D(2025, 6, 1))  # came back: a regular now
    assert by_kind(db, "reactivation") == []


def test_expiring_coupons_points_and_cards(db):
    from services.core import settings
    from services.sales import loyalty

    cid = make(db, "Loyal")
    with db.transaction() as s:
        settings.put(s, "points_per_unit", "1")
        settings.put(s, "points_expiry_days", 30)
        loyalty.record_purchase(s, cid, "50", date=D(2025, 5, 25))  # expire 06-24
        loyalty.issue_coupon(s, cid, percent="10", valid_until=D(2025, 6, 20), code="JUNE")
        card = loyalty.issue_card(s, cid)
        card.issued_at = dt.datetime(2025, 6, 1, 12)
    texts = {i.text for i in items(db, kinds={"expiry", "card"})}
    assert "Coupon JUNE expires 20.06.2025" in texts
    assert "50 points expire 24.06.2025" in texts
    assert f"Loyalty card {card.number} to hand over" in texts


def test_tasks_group_tasks_and_staff_filter(db):
    from services.directory.staff import add_staff

    ids = [make(db, f"C{i}") for i in range(5)]
    with db.transaction() as s:
        olga, misha = add_staff(s, "Olga").id, add_staff(s, "Misha").id
        R.add_task(s, "Send the catalogue", D(2025, 6, 12), customer_id=ids[0],
                   action="letter")
        group = R.group_task(s, "Call about the autumn collection", D(2025, 6, 11), ids,
                             [olga, misha])
        with pytest.raises(ValidationError, match="empty"):
            R.add_task(s, " ", TODAY)
    tasks = items(db, kinds={"task"})
    assert len(tasks) == 6
    mine = items(db, kinds={"task"}, staff_id=olga)
    assert [i.customer_id for i in mine] == [ids[0], ids[2], ids[4]]
    with db.transaction() as s:
        R.mark_done(s, mine[0])
        assert R.group_progress(s) == [{"id": group.id, "title": group.title, "total": 5,
                                        "done": 1}]
    assert len(items(db, kinds={"task"})) == 5


def test_rules_can_be_switched_off_and_changed(db):
    from services.core import settings

    make(db, "Anna", birthday=PartialDate(6, 12))
    with db.transaction() as s:
        settings.put(s, "reminder_rules", {"birthday": {"enabled": False}})
    assert by_kind(db, "birthday") == []
    with db.transaction() as s:
        settings.put(s, "reminder_rules", {"birthday": {"lead_days": 3, "text": "Greet"}})
    assert [(d, t) for d, _c, t in by_kind(db, "birthday")] == [(D(2025, 6, 9), "Greet")]


def test_calendar_file_round_trips_with_stable_uids(db, tmp_path):
    from icalendar import Calendar

    from services.agenda.calendar_file import write_ics

    leap = make(db, "Leap", birthday=PartialDate(2, 29, 1996))
    anna = make(db, "Anna", birthday=PartialDate(6, 12), dates=[
        DateDraft("name_day", PartialDate(2, 16)),
        DateDraft("passport_expiry", PartialDate(9, 1, 2027), yearly=False)])
    with db.transaction() as s:
        R.add_task(s, "Send the catalogue", D(2025, 7, 1), customer_id=anna)
    path = tmp_path / "regulars.ics"
    with db.sessions() as s:
        assert write_ics(s, path) == 5
        first = path.read_bytes()
        write_ics(s, path)
    cal = Calendar.from_ical(path.read_bytes())
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {f"birthday-{leap}@regulars.invalid",
                           f"birthday-{anna}@regulars.invalid",
                           *(u for u in events if u.startswith(("date-", "task-")))}
    assert len(events) == 5
    leap_event = events[f"birthday-{leap}@regulars.invalid"]
    assert leap_event["rrule"]["FREQ"] == ["YEARLY"]
    assert leap_event["rrule"]["BYMONTHDAY"] == [-1]  # 28 February in common years
    assert leap_event["dtstart"].dt == D(1996, 2, 29)
    passport = next(e for e in events.values() if "Passport" in str(e["summary"]))
    assert "rrule" not in passport and passport["dtstart"].dt == D(2027, 9, 1)
    task = next(e for e in events.values() if str(e["uid"]).startswith("task-"))
    assert str(task["summary"]) == "Send the catalogue: Anna"
    # the same file content but for the time stamp: UIDs never change between exports
    assert [line for line in first.splitlines() if line.startswith(b"UID")] == [
        line for line in path.read_bytes().splitlines() if line.startswith(b"UID")]


def test_follow_ups_stop_after_the_third_purchase(db):
    regular = make(db, "Regular")
    with db.transaction() as s:
        for day in (D(2025, 1, 1), D(2025, 2, 1), D(2025, 3, 1), D(2025, 6, 8)):
            add_purchase(s, regular, "10", date=day)
    assert by_kind(db, "follow_up") == []  # the 4th purchase: no call after each visit


def test_first_purchase_anniversary_including_29_february(db):
    first = make(db, "First")
    leap = make(db, "Leap")
    with db.transaction() as s:
        add_purchase(s, first, "10", date=D(2023, 6, 12))
        add_purchase(s, leap, "10", date=D(2024, 2, 29))
    assert by_kind(db, "date") == [(D(2025, 6, 12), first, "Years since the first purchase: 2")]
    assert by_kind(db, "date", today=D(2025, 2, 27)) == [
        (D(2025, 2, 28), leap, "Years since the first purchase: 1")]


def test_a_follow_up_done_is_recorded_as_feedback(db):
    from services.customers.history import interactions_of

    cid = make(db, "Buyer")
    with db.transaction() as s:
        add_purchase(s, cid, "10", date=D(2025, 6, 7))
    (item,) = items(db, kinds={"follow_up"})
    with db.transaction() as s:
        R.mark_done(s, item, "loves the ring, the box was dented")
        (entry,) = interactions_of(s, cid)
    assert (entry.kind, entry.channel) == ("feedback", "phone")
    assert entry.text.endswith("loves the ring, the box was dented")


def test_names_on_the_same_day_in_alphabetical_order_ё_with_е(db):
    for name in ("Ёлкина", "Елисеева", "Алексеев", "Жукова"):
        make(db, name, birthday=PartialDate(6, 12, 1980))
    names = [i.customer for i in items(db, kinds={"birthday"})]
    assert names == ["Алексеев", "Елисеева", "Ёлкина", "Жукова"]
