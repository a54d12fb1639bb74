"""Import and export."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from cli.args import db_option, positive_int
from cli.common import customer_ids, open_db, print_json, write_file


def _import_history(args) -> int:
    from services.transfer.undo import history, undo_import

    with open_db(args) as db:
        if args.file == "history":
            runs = history(db)
            if args.json:
                print_json([r.to_json() for r in runs])
            elif not runs:
                print("No imports yet.")
            for r in [] if args.json else runs:
                state = f", undone {r.undone_at:%Y-%m-%d %H:%M}" if r.undone_at else ""
                print(f"#{r.id}  {r.at:%Y-%m-%d %H:%M}  {r.source}: {r.created} created, "
                      f"{r.updated} updated{state}")
            return 0
        result = undo_import(db, args.import_id)
    if args.json:
        print_json(result.to_json())
    else:
        print(f"Import #{result.import_id} undone: {len(result.removed)} customer(s) removed, "
              f"{len(result.restored)} put back as they were")
        for cid, reason in result.refused:
            print(f"  customer #{cid} not undone: {reason}")
    return 0


def cmd_import(args) -> int:

    if args.file in ("history", "undo") and not Path(args.file).exists():
        return _import_history(args)
    from services.transfer.importing import FIELDS, import_table, mapping_for
    from services.transfer.readers import read_file

    delimiter = "\t" if args.delimiter in ("tab", "\\t") else args.delimiter
    table = read_file(args.file, encoding=args.encoding, delimiter=delimiter, sheet=args.sheet)
    # Importing into a path that does not exist yet is how a spreadsheet becomes a customer file;
    # a dry run only looks, so it still wants the file to be there.
    with open_db(args, create=not args.dry_run) as db:
        if not args.dry_run and db.path is not None:  # as the window does: a way back first
            from services.maintenance.backup import backup_now

            backup_now(db)
        mapping = mapping_for(db, table.headers, args.kind, args.mapping)
        report = import_table(db, table, mapping, args.kind, dry_run=args.dry_run,
                              skip_bad=args.skip_bad, clean=args.clean, mode=args.mode,
                              progress=_progress() if sys.stderr.isatty() else None)
        if sys.stderr.isatty():
            print("\r\033[K", end="", file=sys.stderr)
    if args.json:
        print_json(report.to_json())
    else:
        used = [f"{h} → {FIELDS[args.kind][m]}" for h, m in zip(table.headers, mapping,
                                                                strict=True) if m]
        print("Columns: " + "; ".join(used))
        print(report.summary())
        for error in report.errors:
            print(f"  {table.source}, {error}")
        if report.errors_left_out:
            print(f"  … and {report.errors_left_out} more")
        if report.warnings:
            print(f"Kept, but to check ({len(report.warnings) + report.warnings_left_out}):")
        for warning in report.warnings:
            print(f"  {table.source}, {warning}")
        if report.warnings_left_out:
            print(f"  … and {report.warnings_left_out} more")
        if report.import_id:
            print(f"Import #{report.import_id}; 'import undo {report.import_id}' takes it back.")
        if report.rejected and not report.imported and not args.dry_run:
            print("Correct those rows, or run again with --skip-bad to import the good ones.")
    return 2 if report.rejected and not report.imported and not args.dry_run else 0


def _progress():
    """How far an import has got, on the terminal (Ctrl+C stops it; nothing is written)."""
    shown = [0.0]

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        if now - shown[0] >= 0.5 or done == total:
            shown[0] = now
            print(f"\rrow {done:,} of {total:,} (Ctrl+C stops, and nothing is written)",
                  end="", file=sys.stderr, flush=True)

    return show


def cmd_export(args) -> int:
    from services.transfer.export import export

    with open_db(args) as db:
        ids = (customer_ids(args, db) if args.segment is not None or args.customers is not None
               else None)
        data, count = export(db, args.format, ids, args.vcard)
    write_file(args.output, data)
    what = "calendar event(s)" if args.format == "ics" else "customer(s)"
    print(f"{count} {what} written to {args.output}")
    return 0


def add_commands(sub) -> None:
    """The transfer commands, registered by the group itself."""
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
