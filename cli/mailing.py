"""Mailings: the recipient list for a service, or e-mail through the user's own server."""

from __future__ import annotations

import sys

from cli.args import Parser, db_option
from cli.common import open_db, print_json, write_file


def cmd_mailing_export(args) -> int:
    from collections import Counter

    from services.directory.segments import resolve
    from services.outreach.audience import audience, export_csv

    with open_db(args) as db:
        ids = resolve(db, args.segment)
        with db.sessions() as session:
            reached, left_out = audience(session, ids, args.channel)
    write_file(args.output, export_csv(reached, args.channel))
    print(f"{len(reached)} recipient(s) written to {args.output}")
    for reason, n in sorted(Counter(x.reason for x in left_out).items()):
        print(f"left out: {n} — {reason}", file=sys.stderr)
    return 0


def cmd_mailing_send(args) -> int:
    from services.directory.segments import resolve
    from services.outreach import sending as email_sending
    from services.printing.letters import template_for

    mailing = args.name or email_sending.mailing_key(args.segment, args.template)
    with open_db(args) as db:
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
        print_json([r.to_json() for r in results])
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


def add_commands(sub) -> None:
    """The mailing commands, registered by the group itself."""
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
