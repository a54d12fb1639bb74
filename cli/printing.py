"""Labels, envelopes, loyalty cards and letters, as PDF."""

from __future__ import annotations

import sys

from cli.args import positive_int, print_options
from cli.common import chosen, customer_ids, open_db, write_file


def _run_job(args, job) -> int:
    from services.printing.jobs import NOUNS, NothingToPrint, build

    def tell(skipped) -> None:
        for s in skipped:
            print(f"skipped #{s.customer_id} {s.name}: {s.reason}", file=sys.stderr)

    with open_db(args) as db:
        if getattr(args, "segment", None) is not None:
            job.customer_ids = customer_ids(args, db)
        try:
            result = build(db, job)
        except NothingToPrint as exc:
            tell(exc.skipped)
            raise
        tell(result.skipped)
        write_file(args.output, result.pdf)
        result.done()
    print(f"{result.count} {NOUNS[job.kind]} written to {args.output}"
          + (f"; {result.issued} card(s) issued" if result.issued else "")
          + (f"; {len(result.skipped)} skipped" if result.skipped else ""))
    return 0


def cmd_labels(args) -> int:
    from services.printing.jobs import PrintJob

    return _run_job(args, PrintJob("labels", chosen(args),
                                   sheet=args.sheet or "L7160", grid=args.grid,
                                   start=args.start))


def cmd_envelopes(args) -> int:
    from services.printing.jobs import PrintJob

    return _run_job(args, PrintJob("envelopes", chosen(args),
                                   envelope=args.size))


def cmd_cards(args) -> int:
    from services.printing.jobs import PrintJob

    ids = None if args.unprinted else chosen(args)
    return _run_job(args, PrintJob("cards", ids, page=args.page, layout=args.layout,
                                   one_per_page=args.one_per_page, qr=args.qr,
                                   unprinted=args.unprinted, issue=args.issue))


def cmd_letters(args) -> int:
    from services.printing.jobs import PrintJob

    return _run_job(args, PrintJob("letters", chosen(args),
                                   template=args.template,
                                   record=not args.no_record))


def add_commands(sub) -> None:
    """The printing commands, registered by the group itself."""
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
