"""Customers and their purchases: search, add, show, archive, record a sale, duplicates."""

from __future__ import annotations

from cli.args import Parser, date_arg, db_option, positive_int
from cli.common import open_db, print_json


def cmd_search(args) -> int:
    from services.core import settings
    from services.directory.rows import customer_rows
    from services.directory.search import search_ids

    with open_db(args) as db, db.sessions() as session:
        hits = search_ids(session, args.text, region=settings.phone_region(session),
                          include_archived=args.archived, limit=args.limit)
        rows = customer_rows(session, [h.customer_id for h in hits])
        scores = {h.customer_id: h.score for h in hits}
    result = [{"id": r.id, "name": r.name, "phone": r.phone, "email": r.email,
               "city": r.city, "archived": r.archived, "score": scores[r.id]} for r in rows]
    if args.json:
        print_json(result)
    elif not result:
        print(f"No customer matches '{args.text}'.")
    else:
        for r in result:
            flag = "  [archived]" if r["archived"] else ""
            print(f"{r['id']:>7}  {r['name']:<40}  {r['phone'] or '':<18}  "
                  f"{r['email'] or ''}{flag}")
    return 0


def cmd_customer_add(args) -> int:
    from models.enums import Channel
    from services.core.errors import field_error
    from services.customers.writing import (
        ConsentDraft,
        ContactDraft,
        CustomerDraft,
        create_customer,
        parse_full_name,
    )
    from services.text.dates import parse_partial_date

    family, given, patronymic = parse_full_name(args.name)
    channels = [c.strip().lower() for c in args.consent.split(",") if c.strip()]
    valid = {c.value for c in Channel}
    for c in channels:
        if c not in valid:
            raise field_error("consent", f"'{c}' is not a channel; use {', '.join(sorted(valid))}")
    draft = CustomerDraft(
        family_name=family, given_name=given, patronymic=patronymic, company=args.company,
        sex=args.sex, language=args.language, notes=args.notes,
        birthday=parse_partial_date(args.birthday, "birthday") if args.birthday else None,
        contacts=[ContactDraft("phone", p) for p in args.phone]
        + [ContactDraft("email", e) for e in args.email],
        tags=args.tag,
        consents=[ConsentDraft(c, True, "command line") for c in dict.fromkeys(channels)],
    )
    with open_db(args) as db, db.transaction() as session:
        customer = create_customer(session, draft)
        new_id = customer.id
    if args.json:
        print_json({"id": new_id})
    else:
        print(new_id)
    return 0


def cmd_customer_show(args) -> int:
    from services.customers.report import customer_report

    with open_db(args) as db, db.transaction() as session:  # may write off expired points
        data = customer_report(session, args.id)
    if args.json:
        print_json(data)
        return 0
    print(f"#{data['id']}  {data['name']}" + ("  [archived]" if data["archived"] else ""))
    if data["family_name_latin"] or data["given_name_latin"]:
        print(f"  Latin:     {data['family_name_latin']} {data['given_name_latin']}".rstrip())
    if data["birthday"]:
        print(f"  Birthday:  {data['birthday']}")
    for phone in data["phones"]:
        print(f"  Phone:     {phone['value']} {phone['label']}".rstrip())
    for email in data["emails"]:
        print(f"  E-mail:    {email['value']} {email['label']}".rstrip())
    for a in data["addresses"]:
        parts = (a["line1"], a["city"], a["postcode"], a["country"])
        print(f"  Address:   {', '.join(x for x in parts if x)}")
    if data["tags"]:
        print(f"  Tags:      {', '.join(data['tags'])}")
    if data["consents"]:
        agreed = [k for k, v in data["consents"].items() if v["status"] == "given"]
        print(f"  Consents:  {', '.join(agreed) or 'none'}")
    for pref in data["preferences"]:
        print(f"  Likes:     {pref['category']}: {pref['value']}")
    p = data["purchases"]
    print(f"  Purchases: {p['count']}, total {p['total']:.2f}"
          + (f", last {p['last']}" if p["last"] else ""))
    print(f"  Ladder:    {data['ladder']}" + (f", RFM {data['rfm']['group']}" if data["rfm"]
                                              else "")
          + (f", {data['abc_xyz']}" if data["abc_xyz"] else ""))
    print(f"  Discount:  {data['discount_reason']}; points {data['points']}; "
          f"LTV {data['ltv']:.2f}")
    for card in data["cards"]:
        if card["status"] == "active":
            print(f"  Card:      {card['number']}")
    if data["notes"]:
        print(f"  Notes:     {data['notes']}")
    return 0


def cmd_customer_archive(args) -> int:
    from services.ops.customers import archive

    with open_db(args) as db:
        changed, _undo = archive(db, args.ids, args.archived)  # the window's operation
    print(f"{changed} customer(s) {'archived' if args.archived else 'restored'}")
    return 0


def cmd_purchase_add(args) -> int:
    from services.sales.purchases import add_purchase, purchase_to_dict

    with open_db(args) as db, db.transaction() as session:
        purchase = add_purchase(session, args.customer_id, args.amount, date=args.date,
                                currency=args.currency, description=args.what,
                                category=args.category)
        data = purchase_to_dict(purchase)
    if args.json:
        print_json(data)
    else:
        print(data["id"])
    return 0


def cmd_dedupe(args) -> int:
    from services.directory.rows import customer_rows
    from services.duplicates.pairs import find_duplicates

    with open_db(args) as db:
        pairs = find_duplicates(db)
        if args.json:
            print_json([p.to_json() for p in pairs])
            return 0
        ids = sorted({i for p in pairs for i in (p.first, p.second)})
        with db.sessions() as session:
            names = {r.id: r.name for r in customer_rows(session, ids)}
    if not pairs:
        print("No probable duplicates.")
    for p in pairs:
        print(f"{p.reason:<6} {p.score:>3}  #{p.first} {names.get(p.first, '')}  ~  "
              f"#{p.second} {names.get(p.second, '')}")
    return 0


def add_commands(sub) -> None:
    """The customers commands, registered by the group itself."""
    search = sub.add_parser("search", help="find customers by name, phone or e-mail")
    db_option(search)
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=positive_int, default=50)
    search.add_argument("--archived", action="store_true", help="include archived customers")
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=cmd_search)

    customer = sub.add_parser("customer", help="add or show a customer")
    csub = customer.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser,
                                   required=True)
    add = csub.add_parser("add", help="add a customer; prints the new id")
    db_option(add)
    add.add_argument("--name", required=True, help='"Family Given [Patronymic]"')
    add.add_argument("--company", default="")
    add.add_argument("--sex", choices=["female", "male", "unknown"], default="unknown")
    add.add_argument("--language", default="")
    add.add_argument("--phone", action="append", default=[], help="repeat for several")
    add.add_argument("--email", action="append", default=[], help="repeat for several")
    add.add_argument("--birthday", help="YYYY-MM-DD, or --MM-DD when the year is unknown")
    add.add_argument("--consent", default="", help="channels agreed to: email,post,sms,phone")
    add.add_argument("--tag", action="append", default=[], help="repeat for several")
    add.add_argument("--notes", default="")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_customer_add)
    show = csub.add_parser("show", help="everything about one customer")
    db_option(show)
    show.add_argument("id", type=positive_int, metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_customer_show)
    for name, archived in (("archive", True), ("restore", False)):
        a = csub.add_parser(name, help=f"{name} customers")
        db_option(a)
        a.add_argument("ids", type=positive_int, nargs="+", metavar="ID")
        a.set_defaults(func=cmd_customer_archive, archived=archived)

    purchase = sub.add_parser("purchase", help="record a purchase")
    psub = purchase.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser,
                                   required=True)
    padd = psub.add_parser("add", help="record a purchase for a customer")
    db_option(padd)
    padd.add_argument("customer_id", type=positive_int, metavar="CUSTOMER_ID")
    padd.add_argument("--amount", required=True, help="what was paid, e.g. 1250.50")
    padd.add_argument("--date", type=date_arg, help="YYYY-MM-DD (default: today)")
    padd.add_argument("--what", default="", help="what was bought")
    padd.add_argument("--category", default="")
    padd.add_argument("--currency", default=None, help="ISO code (default: the business's)")
    padd.add_argument("--json", action="store_true")
    padd.set_defaults(func=cmd_purchase_add)

    dedupe = sub.add_parser("dedupe", help="probable duplicates (same phone or e-mail, or "
                            "the same name in either alphabet)")
    db_option(dedupe)
    dedupe.add_argument("--json", action="store_true")
    dedupe.set_defaults(func=cmd_dedupe)
