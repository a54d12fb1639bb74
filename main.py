"""Regulars: `python main.py` opens the window; `python main.py COMMAND --help` for the rest.

Exit status: 0 success, 2 bad input or usage (one line on stderr), 1 anything unexpected
(and `check` when it finds problems).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path

from services.version import __version__

log = logging.getLogger("regulars")


class UsageError(Exception):
    """Bad input from the command line: exit 2 with this one-line reason."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, as scripts expect
        raise UsageError(f"{self.prog}: {message}")


def _db_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None if top else argparse.SUPPRESS,
        help="customer file (or an SQLAlchemy URL such as postgresql://…); "
        "default: the one in your user data folder",
    )


FIRST_YEAR, LAST_YEAR = 1900, 9999  # a date before 1900 is a typing slip in a shop's file
LARGEST = 2**31 - 1  # an id or a count both SQLite and PostgreSQL hold


def _date_arg(text: str) -> dt.date:
    from services.dates import parse_date
    from services.errors import ValidationError

    try:
        value = parse_date(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.errors[0].message) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{text}: the year must be between {FIRST_YEAR} and "
                                         f"{LAST_YEAR}")
    return value


def _positive_int(text: str, most: int = LARGEST) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    if value > most:
        raise argparse.ArgumentTypeError(f"{value} is too large (at most {most})")
    return value


def _up_to(most: int) -> Callable[[str], int]:
    def whole(text: str) -> int:
        return _positive_int(text, most)

    return whole


def _print_options(parser: argparse.ArgumentParser):
    """For whom (one of --customers, --all, --segment) and the PDF to write."""
    _db_option(parser)
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--customers", metavar="ID,ID…", help="these customers, in this order")
    who.add_argument("--all", action="store_true", help="every customer not archived")
    who.add_argument("--segment", metavar="NAME", help="a saved segment ('all': everyone)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    return who


def build_parser() -> Parser:
    p = Parser(prog="regulars", description="Regulars: the customer file for repeat buyers.")
    p.add_argument("--version", action="version", version=f"Regulars {__version__}")
    _db_option(p, top=True)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    demo = sub.add_parser("demo", help="fill a new customer file with demo data")
    _db_option(demo)
    demo.add_argument("--customers", type=_up_to(1_000_000), required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--end", type=_date_arg, default=None, metavar="YYYY-MM-DD",
                      help="last day of the three years of purchases (default: today)")
    demo.set_defaults(func=cmd_demo)

    create = sub.add_parser("create", help="make a new, empty customer file (the other "
                            "commands only open an existing one)")
    _db_option(create)
    create.set_defaults(func=cmd_create)

    search = sub.add_parser("search", help="find customers by name, phone or e-mail")
    _db_option(search)
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=_positive_int, default=50)
    search.add_argument("--archived", action="store_true", help="include archived customers")
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=cmd_search)

    customer = sub.add_parser("customer", help="add or show a customer")
    csub = customer.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser,
                                   required=True)
    add = csub.add_parser("add", help="add a customer; prints the new id")
    _db_option(add)
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
    _db_option(show)
    show.add_argument("id", type=_positive_int, metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_customer_show)
    for name, archived in (("archive", True), ("restore", False)):
        a = csub.add_parser(name, help=f"{name} customers")
        _db_option(a)
        a.add_argument("ids", type=_positive_int, nargs="+", metavar="ID")
        a.set_defaults(func=cmd_customer_archive, archived=archived)

    purchase = sub.add_parser("purchase", help="record a purchase")
    psub = purchase.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser,
                                   required=True)
    padd = psub.add_parser("add", help="record a purchase for a customer")
    _db_option(padd)
    padd.add_argument("customer_id", type=_positive_int, metavar="CUSTOMER_ID")
    padd.add_argument("--amount", required=True, help="what was paid, e.g. 1250.50")
    padd.add_argument("--date", type=_date_arg, help="YYYY-MM-DD (default: today)")
    padd.add_argument("--what", default="", help="what was bought")
    padd.add_argument("--category", default="")
    padd.add_argument("--currency", default=None, help="ISO code (default: the business's)")
    padd.add_argument("--json", action="store_true")
    padd.set_defaults(func=cmd_purchase_add)

    stats = sub.add_parser("stats", help="the numbers that matter, for the whole base")
    _db_option(stats)
    stats.add_argument("--from", dest="start", type=_date_arg, metavar="YYYY-MM-DD",
                       help="first day of the period (default: a year before --to)")
    stats.add_argument("--to", dest="end", type=_date_arg, metavar="YYYY-MM-DD",
                       help="last day of the period (default: today)")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(func=cmd_stats)

    rem = sub.add_parser("reminders", help="who to call, greet or wake up, from today")
    _db_option(rem)
    rem.add_argument("--days", type=_up_to(3660), default=14, metavar="N",
                     help="how many days ahead (default 14); overdue ones come first")
    rem.add_argument("--staff", metavar="NAME", help="only this staff member's")
    rem.add_argument("--ics", metavar="FILE", help="write birthdays, dates and tasks as an "
                     "iCalendar file instead")
    rem.add_argument("--json", action="store_true")
    rem.set_defaults(func=cmd_reminders)

    labels = sub.add_parser("labels", help="address labels for a label sheet (PDF)")
    envelopes = sub.add_parser("envelopes", help="envelopes with sender and recipient (PDF)")
    for prn in (labels, envelopes):
        _print_options(prn)
    sheet_choice = labels.add_mutually_exclusive_group(required=True)
    sheet_choice.add_argument("--sheet", metavar="NAME", help="L7160, L7163, L7651 or 5160")
    sheet_choice.add_argument("--grid", metavar="SPEC",
                              help="your own sheet: PAGE,COLUMNSxROWS,WIDTHxHEIGHT,LEFT,TOP"
                              "[,H_PITCH,V_PITCH] in mm, e.g. A4,3x8,70x36,0,4.5")
    labels.add_argument("--start", type=_positive_int, default=1, metavar="N",
                        help="first free label on a partly used sheet (default 1)")
    labels.set_defaults(func=cmd_labels)
    envelopes.add_argument("--size", default="DL", choices=["DL", "C5", "C6"])
    envelopes.set_defaults(func=cmd_envelopes)

    cards = sub.add_parser("cards", help="loyalty cards to print (PDF)")
    cwho = _print_options(cards)
    cwho.add_argument("--unprinted", action="store_true",
                      help="cards issued but not printed yet (marked printed afterwards)")
    cards.add_argument("--page", choices=["A4", "letter"], default="A4")
    cards.add_argument("--layout", choices=["band", "minimal"], default="band")
    cards.add_argument("--one-per-page", action="store_true", help="for a card printer")
    cards.add_argument("--qr", action="store_true", help="add a QR code of the number")
    cards.add_argument("--issue", action="store_true",
                       help="first issue a card to each chosen customer who has none "
                       "(those cards are marked printed afterwards)")
    cards.set_defaults(func=cmd_cards)

    letters = sub.add_parser("letters", help="mail-merge letters from a template (PDF)")
    _print_options(letters)
    letters.add_argument("--template", required=True, metavar="NAME",
                         help="birthday, thank_you, welcome, we_miss_you, new_collection, "
                         "or one of your own")
    letters.add_argument("--no-record", action="store_true",
                         help="do not note the letters in the customers' history")
    letters.set_defaults(func=cmd_letters)

    segment = sub.add_parser("segment", help="saved groups of customers")
    ssub = segment.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser,
                                  required=True)
    slist = ssub.add_parser("list", help="the saved segments and their sizes")
    _db_option(slist)
    slist.add_argument("--json", action="store_true")
    slist.set_defaults(func=cmd_segment_list)
    sshow = ssub.add_parser("show", help="a segment's criteria and customers")
    _db_option(sshow)
    sshow.add_argument("name", metavar="NAME")
    sshow.add_argument("--json", action="store_true")
    sshow.set_defaults(func=cmd_segment_show)
    ssave = ssub.add_parser("save", help="save (or replace) a segment")
    _db_option(ssave)
    ssave.add_argument("name", metavar="NAME")
    for flag, helptext in (("--ladder", "prospect, buyer, client, regular, adherent, advocate"),
                           ("--rfm", "champions, loyal, promising, need_attention, at_risk, "
                            "hibernating, lost"), ("--abc-xyz", "AX … CZ, insufficient"),
                           ("--tag", "any of these tags"),
                           ("--interest", "any of these preferences (silver, roses…)")):
        ssave.add_argument(flag, action="append", default=[], help=helptext + "; repeat")
    ssave.add_argument("--last-after", type=_date_arg, metavar="YYYY-MM-DD")
    ssave.add_argument("--last-before", type=_date_arg, metavar="YYYY-MM-DD")
    ssave.add_argument("--spent-min")
    ssave.add_argument("--spent-max")
    ssave.add_argument("--purchases-min", type=_positive_int)
    ssave.add_argument("--purchases-max", type=_positive_int)
    ssave.add_argument("--birthday-month", type=_up_to(12))
    ssave.add_argument("--city")
    ssave.add_argument("--consent", choices=["email", "sms", "post", "phone"])
    ssave.add_argument("--has-email", action="store_true")
    ssave.add_argument("--has-address", action="store_true")
    ssave.set_defaults(func=cmd_segment_save)
    sdel = ssub.add_parser("delete", help="forget a segment")
    _db_option(sdel)
    sdel.add_argument("name", metavar="NAME")
    sdel.set_defaults(func=cmd_segment_delete)

    mailing = sub.add_parser("mailing", help="mailing lists (only people who agreed)")
    msub = mailing.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser,
                                  required=True)
    mexport = msub.add_parser("export", help="the list for a mail service or SMS gateway (CSV)")
    _db_option(mexport)
    mexport.add_argument("--segment", required=True, metavar="NAME",
                         help="a saved segment ('all': everyone)")
    mexport.add_argument("--channel", required=True, choices=["email", "post", "sms"])
    mexport.add_argument("-o", "--output", required=True, metavar="FILE.csv")
    mexport.set_defaults(func=cmd_mailing_export)
    msend = msub.add_parser("send", help="e-mail a template to a segment (who agreed only)")
    _db_option(msend)
    msend.add_argument("--segment", required=True, metavar="NAME",
                       help="a saved segment ('all': everyone)")
    msend.add_argument("--template", required=True, metavar="NAME")
    msend.add_argument("--name", metavar="MAILING",
                       help="the mailing's name (default SEGMENT/TEMPLATE): a rerun under the "
                       "same name continues it and sends nobody anything twice")
    msend.add_argument("--dry-run", action="store_true", help="say who would get what")
    msend.add_argument("--resend-unconfirmed", action="store_true",
                       help="send again the messages the server took but never confirmed "
                       "(check first that they did not arrive)")
    msend.add_argument("--eml", metavar="FOLDER",
                       help="write .eml files for your mail program instead of sending")
    msend.add_argument("--json", action="store_true")
    msend.set_defaults(func=cmd_mailing_send)

    backup = sub.add_parser("backup", help="a consistent copy of the customer file")
    _db_option(backup)
    backup.add_argument("-o", "--output", metavar="FILE",
                        help="where (default: the backups folder beside the file)")
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser("restore", help="put a backup in place of the customer file "
                             "(the current file is kept aside)")
    _db_option(restore)
    restore.add_argument("backup", metavar="FILE")
    restore.set_defaults(func=cmd_restore)

    imp = sub.add_parser("import", help="customers or purchases in: CSV, XLSX or vCard; "
                         "'import history' lists the imports, 'import undo [ID]' takes one "
                         "back")
    _db_option(imp)
    imp.add_argument("file", metavar="FILE", help="a .csv, .txt, .xlsx or .vcf file (or "
                     "'history', or 'undo')")
    imp.add_argument("import_id", metavar="ID", nargs="?", type=_positive_int,
                     help="with 'undo': the import to take back (default: the last one)")
    imp.add_argument("--mode", choices=["both", "create", "update"], default="both",
                     help="create: only add customers not in the file yet; update: only add "
                          "to those who are; both (default)")
    imp.add_argument("--kind", choices=["customers", "purchases"], default="customers")
    imp.add_argument("--mapping", metavar="FILE.json",
                     help='which column is which field: {"column header": "field", …} '
                          "(default: guessed from the header, or what was used last time)")
    imp.add_argument("--dry-run", action="store_true",
                     help="check every row and report, write nothing")
    imp.add_argument("--skip-bad", action="store_true",
                     help="import the good rows when some are rejected (default: nothing)")
    imp.add_argument("--encoding", metavar="NAME",
                     help="the CSV file's encoding, e.g. cp1251 (default: detected)")
    imp.add_argument("--delimiter", metavar="CHAR",
                     help="the CSV delimiter; 'tab' for tabs (default: detected)")
    imp.add_argument("--sheet", metavar="NAME",
                     help="the workbook's sheet to read (default: the first)")
    imp.add_argument("--no-clean", dest="clean", action="store_false",
                     help="keep control and zero-width characters (rows with them are "
                          "rejected) instead of removing them")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import)

    export = sub.add_parser("export", help="customers out: CSV, XLSX, vCard or everything "
                            "as JSON")
    _db_option(export)
    export.add_argument("--format", required=True,
                        choices=["csv", "xlsx", "vcf", "json", "ics"],
                        help="ics: birthdays, dates and tasks for a calendar program")
    export.add_argument("--vcard", choices=["3.0", "4.0"], default="3.0",
                        help="vCard version (default 3.0)")
    ewho = export.add_mutually_exclusive_group()
    ewho.add_argument("--segment", metavar="NAME", help="a saved segment (default: everyone)")
    ewho.add_argument("--customers", metavar="ID,ID…",
                      help="these customers: with --format json, everything held about "
                      "them (a subject access request)")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.set_defaults(func=cmd_export, all=False)

    dedupe = sub.add_parser("dedupe", help="probable duplicates (same phone or e-mail, or "
                            "the same name in either alphabet)")
    _db_option(dedupe)
    dedupe.add_argument("--json", action="store_true")
    dedupe.set_defaults(func=cmd_dedupe)

    check = sub.add_parser("check", help="check the customer file for damage and inconsistencies")
    _db_option(check)
    check.add_argument("--repair", action="store_true",
                       help="rebuild derived data (search index) before checking")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_check)
    return p


# --- commands -------------------------------------------------------------------------------


def _open(args, create: bool = False):
    from services.paths import default_customer_file, ensure_private_dir
    from services.store import open_store

    target = args.db
    if target is None:
        path = default_customer_file()
        ensure_private_dir(path.parent)
        target = str(path)
    return open_store(target, create=create)


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_demo(args) -> int:
    from services.demo import generate

    with _open(args, create=True) as db:
        report = generate(db, args.customers, seed=args.seed, end=args.end)
    print(f"{report.customers} customers and {report.purchases} purchases written to "
          f"{db.path or db.url} in {report.seconds:.1f} s")
    return 0


def cmd_create(args) -> int:
    from services.errors import ServiceError

    target = args.db or str(_file_path(args))
    if "://" not in target and Path(target).expanduser().exists():
        raise ServiceError(f"{Path(target).expanduser().resolve()} already exists; it was left "
                           "as it was")
    with _open(args, create=True) as db:
        where = db.path or db.url
    print(f"New customer file: {where}")
    return 0


def cmd_search(args) -> int:
    from services import settings
    from services.search import search_ids
    from services.views import customer_rows

    with _open(args) as db, db.sessions() as session:
        hits = search_ids(session, args.text, region=settings.phone_region(session),
                          include_archived=args.archived, limit=args.limit)
        rows = customer_rows(session, [h.customer_id for h in hits])
        scores = {h.customer_id: h.score for h in hits}
    result = [{"id": r.id, "name": r.name, "phone": r.phone, "email": r.email,
               "city": r.city, "archived": r.archived, "score": scores[r.id]} for r in rows]
    if args.json:
        _print_json(result)
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
    from services.customers import (
        ConsentDraft,
        ContactDraft,
        CustomerDraft,
        create_customer,
        parse_full_name,
    )
    from services.dates import parse_partial_date
    from services.errors import field_error

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
    with _open(args) as db, db.transaction() as session:
        customer = create_customer(session, draft)
        new_id = customer.id
    if args.json:
        _print_json({"id": new_id})
    else:
        print(new_id)
    return 0


def cmd_customer_show(args) -> int:
    from services.report import customer_report

    with _open(args) as db, db.transaction() as session:  # may write off expired points
        data = customer_report(session, args.id)
    if args.json:
        _print_json(data)
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
    from services.bulk import set_archived

    with _open(args) as db, db.transaction() as session:
        changed = set_archived(session, args.ids, args.archived)
    print(f"{changed} customer(s) {'archived' if args.archived else 'restored'}")
    return 0


def cmd_purchase_add(args) -> int:
    from services.purchases import add_purchase, purchase_to_dict

    with _open(args) as db, db.transaction() as session:
        purchase = add_purchase(session, args.customer_id, args.amount, date=args.date,
                                currency=args.currency, description=args.what,
                                category=args.category)
        data = purchase_to_dict(purchase)
    if args.json:
        _print_json(data)
    else:
        print(data["id"])
    return 0


def cmd_stats(args) -> int:
    from services.errors import field_error
    from services.metrics import Period, compute, default_period, year_before

    end = args.end or dt.date.today()
    start = args.start or year_before(end) + dt.timedelta(days=1)
    if start > end:
        raise field_error("from", f"{start.isoformat()} is after --to {end.isoformat()}")
    period = Period(start, end) if (args.start or args.end) else default_period()
    with _open(args) as db:
        metrics = compute(db, period)
    data = metrics.to_json()
    if args.json:
        _print_json(data)
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
    from services.errors import field_error
    from services.reminders import agenda

    with _open(args) as db, db.sessions() as session:
        if args.ics:
            from services.calendar_export import write_ics

            try:
                count = write_ics(session, args.ics)
            except OSError as exc:
                raise field_error("ics", f"cannot write {args.ics}: {exc.strerror}") from None
            print(f"{count} events written to {args.ics}")
            return 0
        staff_id = None
        if args.staff:
            from services.names import find_by_name

            staff = find_by_name(session, Staff, args.staff)
            staff_id = staff.id if staff is not None else None
            if staff_id is None:
                raise field_error("staff", f"no staff member named '{args.staff}'")
        items = agenda(session, days=args.days, staff_id=staff_id)
    today = dt.date.today()
    if args.json:
        _print_json([i.to_json() for i in items])
        return 0
    if not items:
        print("Nothing to do.")
    for item in items:
        when = "OVERDUE " if item.date < today else "today   " if item.date == today else ""
        print(f"{when}{item.date.isoformat()}  {item.kind:<15} #{item.customer_id or '':<6} "
              f"{item.customer:<34} {item.text}" + (f"  [{item.contact}]" if item.contact
                                                    else ""))
    return 0


def _customer_ids(args, db=None) -> list[int] | None:
    from services.errors import field_error

    if getattr(args, "segment", None) is not None:
        from services.segments import resolve

        return resolve(db, args.segment)
    if args.all:
        return None
    ids = []
    for part in args.customers.split(","):
        part = part.strip()
        if not part.isdecimal() or not 0 < int(part) <= LARGEST:
            raise field_error("customers", f"'{part}' is not a customer id")
        ids.append(int(part))
    return ids


def _chosen(args) -> list[int] | None:
    """--customers as ids; None for --all and for a segment (resolved once the file is open)."""
    return None if args.segment is not None else _customer_ids(args)


def _write_file(path: str, data: bytes) -> None:
    from services.files import write_atomic

    write_atomic(path, data)


def _run_job(args, job) -> int:
    from services.printing.jobs import NOUNS, NothingToPrint, build

    def tell(skipped) -> None:
        for s in skipped:
            print(f"skipped #{s.customer_id} {s.name}: {s.reason}", file=sys.stderr)

    with _open(args) as db:
        if getattr(args, "segment", None) is not None:
            job.customer_ids = _customer_ids(args, db)
        try:
            result = build(db, job)
        except NothingToPrint as exc:
            tell(exc.skipped)
            raise
        tell(result.skipped)
        _write_file(args.output, result.pdf)
        result.done()
    print(f"{result.count} {NOUNS[job.kind]} written to {args.output}"
          + (f"; {result.issued} card(s) issued" if result.issued else "")
          + (f"; {len(result.skipped)} skipped" if result.skipped else ""))
    return 0


def cmd_labels(args) -> int:
    from services.printing.jobs import PrintJob

    return _run_job(args, PrintJob("labels", _chosen(args),
                                   sheet=args.sheet or "L7160", grid=args.grid,
                                   start=args.start))


def cmd_envelopes(args) -> int:
    from services.printing.jobs import PrintJob

    return _run_job(args, PrintJob("envelopes", _chosen(args),
                                   envelope=args.size))


def cmd_cards(args) -> int:
    from services.printing.jobs import PrintJob

    ids = None if args.unprinted else _chosen(args)
    return _run_job(args, PrintJob("cards", ids, page=args.page, layout=args.layout,
                                   one_per_page=args.one_per_page, qr=args.qr,
                                   unprinted=args.unprinted, issue=args.issue))


def cmd_letters(args) -> int:
    from services.printing.jobs import PrintJob

    return _run_job(args, PrintJob("letters", _chosen(args),
                                   template=args.template,
                                   record=not args.no_record))


def cmd_segment_list(args) -> int:
    from services.errors import ServiceError
    from services.segments import load_segment, members, segment_names

    rows = []
    with _open(args) as db:
        for name in segment_names(db):
            try:
                rows.append({"name": name, "count": len(members(db, load_segment(db, name)))})
            except ServiceError as exc:  # one broken segment does not hide the others
                rows.append({"name": name, "count": None, "problem": str(exc)})
    if args.json:
        _print_json(rows)
    elif not rows:
        print("No segments saved yet (regulars segment save NAME …).")
    for r in rows if not args.json else []:
        count = "?" if r["count"] is None else r["count"]
        print(f"{count:>7}  {r['name']}" + (f"  ({r['problem']})" if r["count"] is None
                                            else ""))
    return 0


def cmd_segment_show(args) -> int:
    from services.segments import ALL, load_segment, members

    with _open(args) as db:
        if args.name.strip().lower() == ALL:
            definition, ids = {}, None
        else:
            rule = load_segment(db, args.name)
            definition, ids = rule.to_json(), members(db, rule)
        if ids is None:
            from services.directory import CustomerDirectory

            ids = CustomerDirectory(db).find("")
    data = {"name": args.name, "definition": definition, "count": len(ids),
            "customer_ids": ids}
    if args.json:
        _print_json(data)
    else:
        print(f"{args.name}: {len(ids)} customer(s)")
        for key, value in definition.items():
            print(f"  {key}: {value}")
    return 0


def cmd_segment_save(args) -> int:
    from services.segments import SegmentRule, members, save_segment

    rule = SegmentRule(
        ladder=args.ladder, rfm=args.rfm, abc_xyz=args.abc_xyz, tags=args.tag,
        interests=args.interest,
        last_purchase_after=args.last_after.isoformat() if args.last_after else None,
        last_purchase_before=args.last_before.isoformat() if args.last_before else None,
        spent_min=args.spent_min, spent_max=args.spent_max,
        purchases_min=args.purchases_min, purchases_max=args.purchases_max,
        birthday_month=args.birthday_month, city=args.city, consent=args.consent,
        has_email=args.has_email, has_address=args.has_address)
    with _open(args) as db:
        save_segment(db, args.name, rule)
        count = len(members(db, rule))
    print(f"Segment '{args.name}' saved: {count} customer(s)")
    return 0


def cmd_segment_delete(args) -> int:
    from services.segments import delete_segment

    with _open(args) as db:
        delete_segment(db, args.name)
    print(f"Segment '{args.name}' deleted")
    return 0


def cmd_mailing_export(args) -> int:
    from collections import Counter

    from services.mailing import audience, export_csv
    from services.segments import resolve

    with _open(args) as db:
        ids = resolve(db, args.segment)
        with db.sessions() as session:
            reached, left_out = audience(session, ids, args.channel)
    _write_file(args.output, export_csv(reached, args.channel))
    print(f"{len(reached)} recipient(s) written to {args.output}")
    for reason, n in sorted(Counter(x.reason for x in left_out).items()):
        print(f"left out: {n} — {reason}", file=sys.stderr)
    return 0


def cmd_mailing_send(args) -> int:
    from services import email_sending
    from services.printing.letters import template_for
    from services.segments import resolve

    mailing = args.name or f"{args.segment}/{args.template}"
    with _open(args) as db:
        with db.sessions() as session:
            template_for(session, args.template, "en")  # an unknown template fails first
        ids = resolve(db, args.segment)
        stopped = None
        if args.dry_run:
            results = email_sending.plan(db, ids, mailing,
                                         resend_unconfirmed=args.resend_unconfirmed)
        elif args.eml:
            results = email_sending.write_eml(db, ids, args.template, args.eml)
        else:
            try:
                results = email_sending.send(
                    db, ids, args.template, mailing, resend_unconfirmed=args.resend_unconfirmed,
                    progress=None if args.json else
                    lambda n, total: print(f"\r{n}/{total} sent", end="", file=sys.stderr))
            except email_sending.MailingStopped as exc:
                results, stopped = exc.results, exc
            if not args.json:
                print(file=sys.stderr)
    if args.json:
        _print_json([r.to_json() for r in results])
    else:
        for r in results:
            print(f"{r.status:<8} #{r.customer_id:<6} {r.email:<32} {r.reason}".rstrip())
        counts = {}
        for r in results:
            counts[r.status] = counts.get(r.status, 0) + 1
        print(", ".join(f"{n} {status}" for status, n in sorted(counts.items())))
    if stopped is not None:  # every recipient's fate is printed above, then the reason
        raise stopped
    return 0


def cmd_backup(args) -> int:
    from services.backup import backup_now

    with _open(args) as db:
        path = backup_now(db, args.output)
    print(f"Backup written to {path}")
    return 0


def _file_path(args) -> Path:
    from services.paths import default_customer_file

    if args.db and "://" in args.db:
        from services.errors import ServiceError

        raise ServiceError("restore is for customer files, not database servers")
    return Path(args.db).expanduser().resolve() if args.db else default_customer_file()


def cmd_restore(args) -> int:
    from filelock import FileLock, Timeout

    from services.backup import restore
    from services.errors import ServiceError

    path = _file_path(args)
    if path.is_dir():
        raise ServiceError(f"{path} is a folder, not a customer file")
    lock = FileLock(str(path) + ".lock", timeout=0, mode=0o600)
    try:
        lock.acquire()
    except Timeout:
        raise ServiceError(f"{path} is in use by another copy of Regulars; close it first") \
            from None
    try:
        aside = restore(path, args.backup)
    finally:
        lock.release()
    print(f"Restored {args.backup} as {path}"
          + (f"; the file it replaced is kept as {aside}" if aside else ""))
    return 0


def _import_history(args) -> int:
    from services.import_undo import history, undo_import

    with _open(args) as db:
        if args.file == "history":
            runs = history(db)
            if args.json:
                _print_json([r.to_json() for r in runs])
            elif not runs:
                print("No imports yet.")
            for r in [] if args.json else runs:
                state = f", undone {r.undone_at:%Y-%m-%d %H:%M}" if r.undone_at else ""
                print(f"#{r.id}  {r.at:%Y-%m-%d %H:%M}  {r.source}: {r.created} created, "
                      f"{r.updated} updated{state}")
            return 0
        result = undo_import(db, args.import_id)
    if args.json:
        _print_json(result.to_json())
    else:
        print(f"Import #{result.import_id} undone: {len(result.removed)} customer(s) removed, "
              f"{len(result.restored)} put back as they were")
        for cid, reason in result.refused:
            print(f"  customer #{cid} not undone: {reason}")
    return 0


def cmd_import(args) -> int:
    from pathlib import Path

    if args.file in ("history", "undo") and not Path(args.file).exists():
        return _import_history(args)
    from services.import_readers import read_file
    from services.importing import FIELDS, import_table, mapping_for

    delimiter = "\t" if args.delimiter in ("tab", "\\t") else args.delimiter
    table = read_file(args.file, encoding=args.encoding, delimiter=delimiter, sheet=args.sheet)
    with _open(args) as db:
        if not args.dry_run and db.path is not None:  # as the window does: a way back first
            from services.backup import backup_now

            backup_now(db)
        mapping = mapping_for(db, table.headers, args.kind, args.mapping)
        report = import_table(db, table, mapping, args.kind, dry_run=args.dry_run,
                              skip_bad=args.skip_bad, clean=args.clean, mode=args.mode)
    if args.json:
        _print_json(report.to_json())
    else:
        used = [f"{h} → {FIELDS[args.kind][m]}" for h, m in zip(table.headers, mapping,
                                                                strict=True) if m]
        print("Columns: " + "; ".join(used))
        print(report.summary())
        for error in report.errors:
            print(f"  {table.source}, {error}")
        if report.warnings:
            print(f"Kept, but to check ({len(report.warnings)}):")
        for warning in report.warnings:
            print(f"  {table.source}, {warning}")
        if report.import_id:
            print(f"Import #{report.import_id}; 'import undo {report.import_id}' takes it back.")
        if report.rejected and not report.imported and not args.dry_run:
            print("Correct those rows, or run again with --skip-bad to import the good ones.")
    return 2 if report.rejected and not report.imported and not args.dry_run else 0


def cmd_export(args) -> int:
    from services.export import export

    with _open(args) as db:
        ids = (_customer_ids(args, db) if args.segment is not None or args.customers is not None
               else None)
        data, count = export(db, args.format, ids, args.vcard)
    _write_file(args.output, data)
    what = "calendar event(s)" if args.format == "ics" else "customer(s)"
    print(f"{count} {what} written to {args.output}")
    return 0


def cmd_dedupe(args) -> int:
    from services.dedupe import find_duplicates
    from services.views import customer_rows

    with _open(args) as db:
        pairs = find_duplicates(db)
        if args.json:
            _print_json([p.to_json() for p in pairs])
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


def cmd_check(args) -> int:
    from models.database import NotACustomerFileError, SetAsideError
    from services.backup import bad_backups
    from services.check import repair, run_checks

    try:
        db = _open(args)
    except (NotACustomerFileError, SetAsideError) as exc:
        return _report_unopened(args, exc)
    with db:
        repaired = repair(db) if args.repair else None
        problems = [{"where": p.where, "message": p.message} for p in run_checks(db)]
        if db.path is not None:
            problems += [{"where": str(path), "message": f"not a usable backup: {why}"}
                         for path, why in bad_backups(db.path)]
    if args.json:
        _print_json({"ok": not problems, "repaired": repaired, "problems": problems})
    else:
        if repaired is not None:
            print(f"Rebuilt the search index of {repaired} customers.")
        if problems:
            print(f"Problems found: {len(problems)}")
            for p in problems:
                print(f"  {p['where']}: {p['message']}")
        else:
            print("No problems found.")
    return 1 if problems else 0


def _report_unopened(args, exc) -> int:
    """`check` on a file it cannot open: what is wrong, and the way back (a backup, or the file
    a restore kept aside)."""
    from models.database import SetAsideError
    from services.backup import newest_good

    server = bool(args.db and "://" in args.db)
    path = args.db if server else _file_path(args)
    kept = exc.kept if isinstance(exc, SetAsideError) else []
    good = None if kept or server else newest_good(path)
    if args.json:
        _print_json({"ok": False, "repaired": None,
                     "problems": [{"where": str(path), "message": str(exc)}],
                     "kept_aside": [str(k) for k in kept],
                     "newest_good_backup": str(good) if good else None})
        return 1
    if kept:
        print(str(exc))
        return 1
    print(f"Cannot open the customer file: {exc}")
    if good:
        print(f"The newest good backup is {good}. Restore it with:\n"
              f"  regulars restore {good} --db {path}\n"
              "(the damaged file is kept aside, not deleted)")
    else:
        print("No good backup was found beside it.")
    return 1


# --- entry point ----------------------------------------------------------------------------


_NO_YEAR_DATE = re.compile(r"^--\d{2}-\d{2}$")


def _glue_no_year_dates(argv: list[str]) -> list[str]:
    """`--birthday --03-08` would read --03-08 as an option; glue it to its option."""
    out: list[str] = []
    for arg in argv:
        if out and _NO_YEAR_DATE.match(arg) and out[-1].startswith("--") and "=" not in out[-1]:
            out[-1] = f"{out[-1]}={arg}"
        else:
            out.append(arg)
    return out


def _refuse_undecodable(argv: list[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates, which no database, file or
    terminal takes: say which argument it is rather than fail halfway."""
    for n, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            raise UsageError(f"regulars: argument {n} ({shown!r}) is not UTF-8 text; if it "
                             "is a file's name, rename the file") from None


def run_cli(argv: list[str]) -> int:
    from models.database import DatabaseError
    from services.errors import ServiceError

    parser = build_parser()
    try:
        _refuse_undecodable(argv)
        args = parser.parse_args(_glue_no_year_dates(argv))
        if args.command is None:
            from ui.app import run_gui

            return run_gui(args.db)
        func: Callable[[argparse.Namespace], int] = args.func
        return func(args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except (ServiceError, DatabaseError) as exc:
        print(f"regulars: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `regulars stats | head`: the reader has all it wanted
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the contract: 1 for anything unexpected, logged for the bug report
        from services.logs import log_file, setup_logging

        setup_logging()
        log.exception("unexpected error in %s", argv)
        print(f"regulars: unexpected error: {exc} (details in {log_file()})", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    from services.logs import setup_logging

    setup_logging()
    return run_cli(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    # the import checks large files in worker processes; a frozen build needs this to start them
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
