"""The command line's grammar: every subcommand, its options and the types that check
them, so that a bad value is refused (exit 2) before anything is opened."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Callable

from cli.common import LARGEST
from cli.customers import (
    cmd_customer_add,
    cmd_customer_archive,
    cmd_customer_show,
    cmd_dedupe,
    cmd_purchase_add,
    cmd_search,
)
from cli.files import cmd_backup, cmd_check, cmd_create, cmd_demo, cmd_restore
from cli.mailing import cmd_mailing_export, cmd_mailing_send
from cli.printing import cmd_cards, cmd_envelopes, cmd_labels, cmd_letters
from cli.reports import cmd_reminders, cmd_stats
from cli.segments import cmd_segment_delete, cmd_segment_list, cmd_segment_save, cmd_segment_show
from cli.settings import add_commands as settings_commands
from cli.transfer import cmd_export, cmd_import
from services.core.version import __version__


class UsageError(Exception):
    """Bad input from the command line: exit 2 with this one-line reason."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, as scripts expect
        raise UsageError(f"{self.prog}: {message}")


def db_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None if top else argparse.SUPPRESS,
        help="customer file (or an SQLAlchemy URL such as postgresql://…); "
        "default: the one in your user data folder",
    )


FIRST_YEAR, LAST_YEAR = 1900, 9999  # a date before 1900 is a typing slip in a shop's file


def date_arg(text: str) -> dt.date:
    from services.core.errors import ValidationError
    from services.text.dates import parse_date

    try:
        value = parse_date(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.errors[0].message) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{text}: the year must be between {FIRST_YEAR} and "
                                         f"{LAST_YEAR}")
    return value


def positive_int(text: str, most: int = LARGEST) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    if value > most:
        raise argparse.ArgumentTypeError(f"{value} is too large (at most {most})")
    return value


def up_to(most: int) -> Callable[[str], int]:
    def whole(text: str) -> int:
        return positive_int(text, most)

    return whole


def print_options(parser: argparse.ArgumentParser):
    """For whom (one of --customers, --all, --segment) and the PDF to write."""
    db_option(parser)
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--customers", metavar="ID,ID…", help="these customers, in this order")
    who.add_argument("--all", action="store_true", help="every customer not archived")
    who.add_argument("--segment", metavar="NAME", help="a saved segment ('all': everyone)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    return who


def build_parser() -> Parser:
    p = Parser(prog="regulars", description="Regulars: the customer file for repeat buyers.")
    p.add_argument("--version", action="version", version=f"Regulars {__version__}")
    db_option(p, top=True)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    demo = sub.add_parser("demo", help="fill a new customer file with demo data")
    db_option(demo)
    demo.add_argument("--customers", type=up_to(1_000_000), required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--end", type=date_arg, default=None, metavar="YYYY-MM-DD",
                      help="last day of the three years of purchases (default: today)")
    demo.set_defaults(func=cmd_demo)

    create = sub.add_parser("create", help="make a new, empty customer file (the other "
                            "commands only open an existing one)")
    db_option(create)
    create.set_defaults(func=cmd_create)

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

    labels = sub.add_parser("labels", help="address labels for a label sheet (PDF)")
    envelopes = sub.add_parser("envelopes", help="envelopes with sender and recipient (PDF)")
    for prn in (labels, envelopes):
        print_options(prn)
    sheet_choice = labels.add_mutually_exclusive_group(required=True)
    sheet_choice.add_argument("--sheet", metavar="NAME", help="L7160, L7163, L7651 or 5160")
    sheet_choice.add_argument("--grid", metavar="SPEC",
                              help="your own sheet: PAGE,COLUMNSxROWS,WIDTHxHEIGHT,LEFT,TOP"
                              "[,H_PITCH,V_PITCH] in mm, e.g. A4,3x8,70x36,0,4.5")
    labels.add_argument("--start", type=positive_int, default=1, metavar="N",
                        help="first free label on a partly used sheet (default 1)")
    labels.set_defaults(func=cmd_labels)
    envelopes.add_argument("--size", default="DL", choices=["DL", "C5", "C6"])
    envelopes.set_defaults(func=cmd_envelopes)

    cards = sub.add_parser("cards", help="loyalty cards to print (PDF)")
    cwho = print_options(cards)
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
    print_options(letters)
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

    settings_commands(sub, Parser, db_option)

    mailing = sub.add_parser("mailing", help="mailing lists (only people who agreed)")
    msub = mailing.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser,
                                  required=True)
    mexport = msub.add_parser("export", help="the list for a mail service or SMS gateway (CSV)")
    db_option(mexport)
    mexport.add_argument("--segment", required=True, metavar="NAME",
                         help="a saved segment ('all': everyone)")
    mexport.add_argument("--channel", required=True, choices=["email", "post", "sms"])
    mexport.add_argument("-o", "--output", required=True, metavar="FILE.csv")
    mexport.set_defaults(func=cmd_mailing_export)
    msend = msub.add_parser("send", help="e-mail a template to a segment (who agreed only)")
    db_option(msend)
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
    db_option(backup)
    backup.add_argument("-o", "--output", metavar="FILE",
                        help="where (default: the backups folder beside the file)")
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser("restore", help="put a backup in place of the customer file "
                             "(the current file is kept aside)")
    db_option(restore)
    restore.add_argument("backup", metavar="FILE")
    restore.set_defaults(func=cmd_restore)

    imp = sub.add_parser("import", help="customers or purchases in: CSV, XLSX or vCard; "
                         "'import history' lists the imports, 'import undo [ID]' takes one "
                         "back")
    db_option(imp)
    imp.add_argument("file", metavar="FILE", help="a .csv, .txt, .xlsx or .vcf file (or "
                     "'history', or 'undo')")
    imp.add_argument("import_id", metavar="ID", nargs="?", type=positive_int,
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
    db_option(export)
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
    db_option(dedupe)
    dedupe.add_argument("--json", action="store_true")
    dedupe.set_defaults(func=cmd_dedupe)

    check = sub.add_parser("check", help="check the customer file for damage and inconsistencies")
    db_option(check)
    check.add_argument("--repair", action="store_true",
                       help="rebuild derived data (search index) before checking")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_check)
    return p


_NO_YEAR_DATE = re.compile(r"^--\d{2}-\d{2}$")


def glue_no_year_dates(argv: list[str]) -> list[str]:
    """`--birthday --03-08` would read --03-08 as an option; glue it to its option."""
    out: list[str] = []
    for arg in argv:
        if out and _NO_YEAR_DATE.match(arg) and out[-1].startswith("--") and "=" not in out[-1]:
            out[-1] = f"{out[-1]}={arg}"
        else:
            out.append(arg)
    return out


def refuse_undecodable(argv: list[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates, which no database, file or
    terminal takes: say which argument it is rather than fail halfway."""
    for n, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            raise UsageError(f"regulars: argument {n} ({shown!r}) is not UTF-8 text; if it "
                             "is a file's name, rename the file") from None
