"""Saved segments: list, show, save, delete."""

from __future__ import annotations

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

    with open_db(args) as db:
        if args.name.strip().lower() == ALL:
            definition, ids = {}, None
        else:
            rule = load_segment(db, args.name)
            definition, ids = rule.to_json(), members(db, rule)
        if ids is None:
            from services.directory.listing import CustomerDirectory

            ids = CustomerDirectory(db).find("")
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
