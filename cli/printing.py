"""Labels, envelopes, loyalty cards and letters, as PDF."""

from __future__ import annotations

import sys

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
