"""Mailings: the recipient list for a service, or e-mail through the user's own server."""

from __future__ import annotations

import sys

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
