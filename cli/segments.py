"""Saved segments: list, show, save, delete."""

from __future__ import annotations

from cli.args import Parser, date_arg, db_option, positive_int, up_to
from cli.common import open_db, print_json


def cmd_segment_list(args) -> int:
    from services.core.errors import ServiceError
    from services.directory.segments import load_segment, members, segment_names

    rows = []
    with open_db(args) as db:
        for name in segment_names(db):
            try:
                rows.append({"name": name, "count": len(members(db, load_segment(db, name)))})
            except ServiceError as exc:  # one broken segment does not hide the others
                rows.append({"name": name, "count": None, "problem": str(exc)})
    if args.json:
        print_json(rows)
    elif not rows:
        print("No segments saved yet (regulars segment save NAME …).")
    for r in rows if not args.json else []:
        count = "?" if r["count"] is None else r["count"]
        print(f"{count:>7}  {r['name']}" + (f"  ({r['problem']})" if r["count"] is None
                                            else ""))
    return 0


def cmd_segment_show(args) -> int:
    from services.directory.segments import ALL, load_segment, members
    from services.ops.segments import segment_members

    with open_db(args) as db:
        if args.name.strip().lower() == ALL:  # everyone: the same list the window shows
            definition, ids = {}, segment_members(db, ALL)
        else:  # the segment read once, for its definition and its members
            rule = load_segment(db, args.name)
            definition, ids = rule.to_json(), members(db, rule)
    data = {"name": args.name, "definition": definition, "count": len(ids),
            "customer_ids": ids}
    if args.json:
        print_json(data)
    else:
        print(f"{args.name}: {len(ids)} customer(s)")
        for key, value in definition.items():
            print(f"  {key}: {value}")
    return 0


def cmd_segment_save(args) -> int:
    from services.directory.segments import SegmentRule, members, save_segment

    rule = SegmentRule(
        ladder=args.ladder, rfm=args.rfm, abc_xyz=args.abc_xyz, tags=args.tag,
        interests=args.interest,
        last_purchase_after=args.last_after.isoformat() if args.last_after else None,
        last_purchase_before=args.last_before.isoformat() if args.last_before else None,
        spent_min=args.spent_min, spent_max=args.spent_max,
        purchases_min=args.purchases_min, purchases_max=args.purchases_max,
        birthday_month=args.birthday_month, city=args.city, consent=args.consent,
        has_email=args.has_email, has_address=args.has_address)
    with open_db(args) as db:
        save_segment(db, args.name, rule)
        count = len(members(db, rule))
    print(f"Segment '{args.name}' saved: {count} customer(s)")
    return 0


def cmd_segment_delete(args) -> int:
    from services.directory.segments import delete_segment

    with open_db(args) as db:
        delete_segment(db, args.name)
    print(f"Segment '{args.name}' deleted")
    return 0


def add_commands(sub) -> None:
    """The segments commands, registered by the group itself."""
    segment = sub.add_parser("segment", help="saved groups of customers")
    ssub = segment.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser,
                                  required=True)
    slist = ssub.add_parser("list", help="the saved segments and their sizes")
    db_option(slist)
    slist.add_argument("--json", action="store_true")
    slist.set_defaults(func=cmd_segment_list)
    sshow = ssub.add_parser("show", help="a segment's criteria and customers")
    db_option(sshow)
    sshow.add_argument("name", metavar="NAME")
    sshow.add_argument("--json", action="store_true")
    sshow.set_defaults(func=cmd_segment_show)
    ssave = ssub.add_parser("save", help="save (or replace) a segment")
    db_option(ssave)
    ssave.add_argument("name", metavar="NAME")
    for flag, helptext in (("--ladder", "prospect, buyer, client, regular, adherent, advocate"),
                           ("--rfm", "champions, loyal, promising, need_attention, at_risk, "
                            "hibernating, lost"), ("--abc-xyz", "AX … CZ, insufficient"),
                           ("--tag", "any of these tags"),
                           ("--interest", "any of these preferences (silver, roses…)")):
        ssave.add_argument(flag, action="append", default=[], help=helptext + "; repeat")
    ssave.add_argument("--last-after", type=date_arg, metavar="YYYY-MM-DD")
    ssave.add_argument("--last-before", type=date_arg, metavar="YYYY-MM-DD")
    ssave.add_argument("--spent-min")
    ssave.add_argument("--spent-max")
    ssave.add_argument("--purchases-min", type=positive_int)
    ssave.add_argument("--purchases-max", type=positive_int)
    ssave.add_argument("--birthday-month", type=up_to(12))
    ssave.add_argument("--city")
    ssave.add_argument("--consent", choices=["email", "sms", "post", "phone"])
    ssave.add_argument("--has-email", action="store_true")
    ssave.add_argument("--has-address", action="store_true")
    ssave.set_defaults(func=cmd_segment_save)
    sdel = ssub.add_parser("delete", help="forget a segment")
    db_option(sdel)
    sdel.add_argument("name", metavar="NAME")
    sdel.set_defaults(func=cmd_segment_delete)
