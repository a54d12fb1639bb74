"""The numbers that matter, and the reminders."""

from __future__ import annotations

import datetime as dt

from cli.args import date_arg, db_option, up_to
from cli.common import open_db, print_json


def cmd_stats(args) -> int:
    from services.analysis.metrics import Period, compute, default_period, year_before
    from services.core.errors import field_error

    end = args.end or dt.date.today()
    start = args.start or year_before(end) + dt.timedelta(days=1)
    if start > end:
        raise field_error("from", f"{start.isoformat()} is after --to {end.isoformat()}")
    period = Period(start, end) if (args.start or args.end) else default_period()
    with open_db(args) as db:
        metrics = compute(db, period)
    data = metrics.to_json()
    if args.json:
        print_json(data)
        return 0

    def pct(x):
        return "—" if x is None else f"{x * 100:.1f} %"

    print(f"Period {data['period']['from']} – {data['period']['to']}")
    print(f"  Customers            {data['customers']}")
    print("  Ladder               " + ", ".join(f"{k} {v}" for k, v in data["ladder"].items()))
    print(f"  Event buyers         {data['event_buyers']}")
    print(f"  Repeat purchase rate {pct(data['repeat_rate'])}")
    print(f"  Purchases / revenue  {data['purchases']} / {data['revenue']:,.2f}")
    print(f"  Average check        {data['avg_check']:,.2f}")
    print(f"  Purchases per month  {data['purchases_per_month']:.3f} per customer")
    print(f"  Lifetime             {data['lifetime_months']:.1f} months")
    print(f"  LTV                  {data['ltv']:,.2f} (margin {data['margin_percent']:g} %)")
    c = data["crr_counts"]
    print(f"  CRR                  {pct(data['crr'])} (start {c['start']}, end {c['end']}, "
          f"new {c['new']})")
    print(f"  Top 20 % bring       {pct(data['pareto_top20_share'])} of revenue")
    print(f"  Dormant              {data['dormant']}")
    print("  ABC-XYZ              " + ", ".join(f"{k} {v}" for k, v in data["abc_xyz"].items()))
    print("  RFM                  " + ", ".join(f"{k} {v}" for k, v in data["rfm"].items()))
    return 0


def cmd_reminders(args) -> int:

    from models import Staff
    from services.agenda.reminders import agenda
    from services.core.errors import field_error

    with open_db(args) as db, db.sessions() as session:
        if args.ics:
            from services.agenda.calendar_file import write_ics

            try:
                count = write_ics(session, args.ics)
            except OSError as exc:
                raise field_error("ics", f"cannot write {args.ics}: {exc.strerror}") from None
            print(f"{count} events written to {args.ics}")
            return 0
        staff_id = None
        if args.staff:
            from services.text.named import find_by_name

            staff = find_by_name(session, Staff, args.staff)
            staff_id = staff.id if staff is not None else None
            if staff_id is None:
                raise field_error("staff", f"no staff member named '{args.staff}'")
        items = agenda(session, days=args.days, staff_id=staff_id)
    today = dt.date.today()
    if args.json:
        print_json([i.to_json() for i in items])
        return 0
    if not items:
        print("Nothing to do.")
    for item in items:
        when = "OVERDUE " if item.date < today else "today   " if item.date == today else ""
        print(f"{when}{item.date.isoformat()}  {item.kind:<15} #{item.customer_id or '':<6} "
              f"{item.customer:<34} {item.text}" + (f"  [{item.contact}]" if item.contact
                                                    else ""))
    return 0


def add_commands(sub) -> None:
    """The reports commands, registered by the group itself."""
    stats = sub.add_parser("stats", help="the numbers that matter, for the whole base")
    db_option(stats)
    stats.add_argument("--from", dest="start", type=date_arg, metavar="YYYY-MM-DD",
                       help="first day of the period (default: a year before --to)")
    stats.add_argument("--to", dest="end", type=date_arg, metavar="YYYY-MM-DD",
                       help="last day of the period (default: today)")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(func=cmd_stats)

    rem = sub.add_parser("reminders", help="who to call, greet or wake up, from today")
    db_option(rem)
    rem.add_argument("--days", type=up_to(3660), default=14, metavar="N",
                     help="how many days ahead (default 14); overdue ones come first")
    rem.add_argument("--staff", metavar="NAME", help="only this staff member's")
    rem.add_argument("--ics", metavar="FILE", help="write birthdays, dates and tasks as an "
                     "iCalendar file instead")
    rem.add_argument("--json", action="store_true")
    rem.set_defaults(func=cmd_reminders)
